//! Developer aid: print the top of a page's tl tree.
fn dump(parser: &tl::Parser<'_>, h: tl::NodeHandle, depth: usize, max: usize) {
    if depth > max {
        return;
    }
    if let Some(tl::Node::Tag(t)) = h.get(parser) {
        println!("{}{} {:?}", "  ".repeat(depth), t.name().as_utf8_str(), t.attributes().class().map(|c| c.as_utf8_str().into_owned()));
        for c in t.children().top().iter() {
            dump(parser, *c, depth + 1, max);
        }
    }
}
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let html = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
    let dom = tl::parse(&html, tl::ParserOptions::default()).unwrap();
    for h in dom.children() {
        dump(dom.parser(), *h, 0, 12);
    }
}
