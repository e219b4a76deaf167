//! Developer aid: print the tag/class chain above the element holding a needle text (after the pre-pass).
fn find(parser: &tl::Parser<'_>, h: tl::NodeHandle, needle: &str, path: &mut Vec<String>) -> bool {
    match h.get(parser) {
        Some(tl::Node::Tag(t)) => {
            let label = format!(
                "{}.{}#{}",
                t.name().as_utf8_str(),
                t.attributes().class().map(|c| c.as_utf8_str().into_owned()).unwrap_or_default(),
                t.attributes().id().map(|c| c.as_utf8_str().into_owned()).unwrap_or_default()
            );
            path.push(label);
            for c in t.children().top().iter() {
                if find(parser, *c, needle, path) {
                    return true;
                }
            }
            path.pop();
            false
        }
        Some(tl::Node::Raw(b)) => b.as_utf8_str().contains(needle),
        _ => false,
    }
}
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let needle = std::env::args().nth(2).unwrap();
    let html = String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned();
    let prepared = parallax_extract::prepare::prepare(&html);
    let dom = tl::parse(&prepared, tl::ParserOptions::default()).unwrap();
    for h in dom.children() {
        let mut path = Vec::new();
        if find(dom.parser(), *h, &needle, &mut path) {
            for (i, p) in path.iter().enumerate() {
                println!("{}{}", "  ".repeat(i), p);
            }
        }
    }
}
