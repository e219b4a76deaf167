//! Developer aid: how often the fast extractor is confident on a folder of pages.
fn main() {
    let (mut empty, mut conf, mut n) = (0, 0, 0);
    let dir = std::env::args().nth(1).expect("usage: fastdbg DIR");
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let html = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
        let prepared = parallax_extract::prepare::prepare(&html);
        let dom = tl::parse(&prepared, tl::ParserOptions::default()).unwrap();
        let r = parallax_extract::fast::extract(&dom);
        n += 1;
        if r.blocks.is_empty() {
            empty += 1;
            if empty <= 5 {
                println!("empty {} {:?}", p.display(), parallax_extract::fast::debug_stats(&dom));
            }
        }
        if r.confident {
            conf += 1;
        }
    }
    println!("{n} pages, {empty} empty, {conf} confident");
}
