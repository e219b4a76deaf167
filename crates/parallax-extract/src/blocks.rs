//! HTML fragments to text blocks (paragraphs, headings, list items, captions).

use ego_tree::NodeRef;
use scraper::node::Node;
use scraper::Html;

/// What kind of block a paragraph came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Caption,
    Preformatted,
}

/// One paragraph-level piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub kind: BlockKind,
}

impl Block {
    pub fn new(text: impl Into<String>, kind: BlockKind) -> Self {
        Block { text: text.into(), kind }
    }
}

fn block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "dd" | "dt" | "tr" | "table" | "ul" | "ol"
        | "dl" | "form" | "center" | "address" | "details" | "summary" | "body" | "figure" | "hr" => BlockKind::Paragraph,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "figcaption" | "caption" => BlockKind::Caption,
        "pre" => BlockKind::Preformatted,
        _ => return None,
    })
}

fn skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "button" | "select" | "option" | "head" | "title" | "nav"
    )
}

struct Builder {
    blocks: Vec<Block>,
    buf: String,
    kind_stack: Vec<BlockKind>,
    pre: usize,
}

impl Builder {
    fn current_kind(&self) -> BlockKind {
        // The innermost specific kind wins over generic containers.
        self.kind_stack.iter().rev().find(|k| **k != BlockKind::Paragraph).copied().unwrap_or(BlockKind::Paragraph)
    }

    fn flush(&mut self) {
        let text = self.buf.trim();
        if !text.is_empty() {
            let kind = self.current_kind();
            self.blocks.push(Block::new(text, kind));
        }
        self.buf.clear();
    }

    fn push_text(&mut self, t: &str) {
        if self.pre > 0 {
            self.buf.push_str(t);
            return;
        }
        for (i, piece) in t.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 && !self.buf.ends_with([' ', '\n']) && !self.buf.is_empty() {
                self.buf.push(' ');
            }
            self.buf.push_str(piece);
        }
    }

    fn walk(&mut self, node: NodeRef<'_, Node>) {
        match node.value() {
            Node::Text(t) => self.push_text(t),
            Node::Element(e) => {
                let tag = e.name();
                if skipped(tag) {
                    return;
                }
                if tag == "br" {
                    // A line break stays inside the paragraph.
                    let trimmed = self.buf.trim_end().len();
                    self.buf.truncate(trimmed);
                    if !self.buf.is_empty() {
                        self.buf.push('\n');
                    }
                    return;
                }
                let kind = block_kind(tag);
                if let Some(k) = kind {
                    self.flush();
                    self.kind_stack.push(k);
                }
                if tag == "pre" {
                    self.pre += 1;
                }
                if matches!(tag, "td" | "th") && !self.buf.trim().is_empty() {
                    self.buf.push_str(" | ");
                }
                for child in node.children() {
                    self.walk(child);
                }
                if tag == "pre" {
                    self.pre -= 1;
                }
                if kind.is_some() {
                    self.flush();
                    self.kind_stack.pop();
                }
            }
            _ => {
                for child in node.children() {
                    self.walk(child);
                }
            }
        }
    }
}

/// Blocks of an HTML fragment or page, in document order.
pub fn html_to_blocks(html: &str) -> Vec<Block> {
    if nests_deeper_than(html, DEEP_NESTING) {
        // The HTML5 tree builder is quadratic in nesting depth and the walk below
        // recurses: such markup is read by the fast extractor's bounded tree instead.
        return tl::parse(html, tl::ParserOptions::default()).map(|dom| crate::fast::extract(&dom).blocks).unwrap_or_default();
    }
    let doc = Html::parse_fragment(html);
    let mut b = Builder { blocks: Vec::new(), buf: String::new(), kind_stack: Vec::new(), pre: 0 };
    b.walk(doc.tree.root());
    b.flush();
    b.blocks
        .into_iter()
        .map(|mut bl| {
            // Tidy spaces around line breaks.
            if bl.text.contains('\n') && bl.kind != BlockKind::Preformatted {
                bl.text = bl.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
            }
            bl
        })
        .collect()
}

/// Nesting past which markup is not handed to the HTML5 tree builder
/// (html5ever scans its stack of open elements at each start tag, so a page of
/// 100,000 nested `<div>`s takes minutes; real pages nest a few dozen deep).
pub(crate) const DEEP_NESTING: usize = 1_024;

/// Whether `html` opens elements more than `limit` deep, counted on the raw
/// tags: void and self-closed elements do not open, a closing tag closes one.
/// Unclosed tags (`<p>` without `</p>`) count as open, so this overestimates.
pub(crate) fn nests_deeper_than(html: &str, limit: usize) -> bool {
    const VOID: &[&[u8]] =
        &[b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param", b"source", b"track", b"wbr"];
    let b = html.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    while let Some(at) = b[i..].iter().position(|&c| c == b'<') {
        i += at + 1;
        match b.get(i) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = b[i..].iter().position(|c| !c.is_ascii_alphanumeric()).map_or(b.len(), |n| i + n);
                let name = b[i..name_end].to_ascii_lowercase();
                let close = b[name_end..].iter().position(|&c| c == b'>').map_or(b.len(), |n| name_end + n);
                let self_closed = close > 0 && close < b.len() && b[close - 1] == b'/';
                if !self_closed && !VOID.contains(&name.as_slice()) {
                    depth += 1;
                    if depth > limit {
                        return true;
                    }
                }
                i = close.min(b.len());
            }
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_counted_on_open_tags_not_void_or_closed_ones() {
        assert!(!nests_deeper_than(&"<p>a</p>".repeat(5000), 3));
        assert!(!nests_deeper_than(&"<div><br><img src=x><hr/></div>".repeat(5000), 1));
        assert!(nests_deeper_than(&"<div>".repeat(5), 4));
        assert!(!nests_deeper_than(&"<div>".repeat(4), 4));
        assert!(!nests_deeper_than("a < b and c <= d <!-- x --> <?xml?>", 0));
    }

    #[test]
    fn a_fragment_of_100k_nested_divs_keeps_its_text() {
        // Fuzzed input: html5ever took minutes on it, and the recursive walk overflowed the stack.
        let html = format!("{}<p>Ana Lind said the pier will reopen on Monday after repairs.</p>", "<div>".repeat(100_000));
        let blocks = html_to_blocks(&html);
        assert!(blocks.iter().any(|b| b.text.contains("the pier will reopen")), "{blocks:?}");
    }

    #[test]
    fn blocks_from_fragment() {
        let html = "<h2>Head &amp; line</h2><p>One <b>bold</b>\n  word.</p><figure><img src=x><figcaption>A caption</figcaption></figure>\
                    <ul><li>First</li><li>Second</li></ul><blockquote><p>Quoted.</p></blockquote><p>Line<br>break</p><script>x()</script>";
        let blocks = html_to_blocks(html);
        let got: Vec<(&str, BlockKind)> = blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect();
        assert_eq!(
            got,
            [
                ("Head & line", BlockKind::Heading),
                ("One bold word.", BlockKind::Paragraph),
                ("A caption", BlockKind::Caption),
                ("First", BlockKind::ListItem),
                ("Second", BlockKind::ListItem),
                ("Quoted.", BlockKind::Quote),
                ("Line\nbreak", BlockKind::Paragraph),
            ]
        );
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        let blocks = html_to_blocks("<p>The <a href=#>mayor</a>'s <i>plan</i>.</p>");
        assert_eq!(blocks[0].text, "The mayor's plan.");
    }
}
