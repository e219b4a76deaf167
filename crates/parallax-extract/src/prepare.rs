//! A byte-level pre-pass before the `tl` parse: removes the elements whose
//! content browsers treat as raw text or never render (`script`, `style`,
//! `noscript`, `template`, `svg`) and comments. `tl` does not implement the
//! raw-text rules, so a `<script>` whose code contains `"<script>"` strings
//! would otherwise swallow the rest of the page; processing instructions and
//! declarations (`<?xml ?>`, `<!DOCTYPE>`) go too, for the same reason.
//! JSON-LD scripts are kept for the metadata pass.

use std::borrow::Cow;

const DROPPED: [&[u8]; 5] = [b"script", b"style", b"noscript", b"template", b"svg"];

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// Position of `needle` (ASCII, case-insensitive) in `hay`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first.to_ascii_lowercase(), first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i;
        if starts_with_ci(&hay[at..], needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The page without raw-text elements and comments.
pub fn prepare(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut last = 0; // start of the not-yet-copied input
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let at = i + off;
        let rest = &b[at + 1..];
        // Comments.
        if rest.starts_with(b"!--") {
            let end = find_ci(&b[at + 4..], b"-->").map(|e| at + 4 + e + 3).unwrap_or(b.len());
            out.get_or_insert_with(|| String::with_capacity(html.len())).push_str(&html[last..at]);
            last = end;
            i = end;
            continue;
        }
        // Processing instructions (`<?xml ...?>` pasted into a body) and declarations
        // (`<!DOCTYPE>`, `<![CDATA[`): `tl` would read them as elements that never close.
        if rest.first().is_some_and(|c| *c == b'?' || *c == b'!') {
            let end = if rest.starts_with(b"![CDATA[") {
                find_ci(&b[at..], b"]]>").map(|e| at + e + 3).unwrap_or(b.len())
            } else {
                memchr::memchr(b'>', rest).map(|e| at + 1 + e + 1).unwrap_or(b.len())
            };
            out.get_or_insert_with(|| String::with_capacity(html.len())).push_str(&html[last..at]);
            last = end;
            i = end;
            continue;
        }
        let name = DROPPED
            .iter()
            .find(|n| starts_with_ci(rest, n) && rest.get(n.len()).is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/'));
        if let Some(name) = name {
            let open_end = memchr::memchr(b'>', rest).map(|e| at + 1 + e + 1).unwrap_or(b.len());
            let open_tag = &b[at..open_end];
            if *name == b"script" && find_ci(open_tag, b"ld+json").is_some() {
                i = open_end;
                continue;
            }
            let self_closing = open_tag.ends_with(b"/>");
            let end = if self_closing {
                open_end
            } else {
                let mut close = Vec::with_capacity(name.len() + 2);
                close.extend_from_slice(b"</");
                close.extend_from_slice(name);
                match find_ci(&b[open_end..], &close) {
                    Some(e) => {
                        let c = open_end + e;
                        memchr::memchr(b'>', &b[c..]).map(|g| c + g + 1).unwrap_or(b.len())
                    }
                    None => b.len(),
                }
            };
            out.get_or_insert_with(|| String::with_capacity(html.len())).push_str(&html[last..at]);
            last = end;
            i = end;
            continue;
        }
        i = at + 1;
    }
    match out {
        Some(mut s) => {
            s.push_str(&html[last..]);
            Cow::Owned(s)
        }
        None => Cow::Borrowed(html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_raw_text_elements_and_comments() {
        let html = "<head><script>document.write('<script src=x><\\/script>')</script><STYLE>p{}</STYLE>\
                    <script type=\"application/ld+json\">{\"a\":1}</script></head><body><!-- <p>hidden</p> --><p>Kept</p>\
                    <noscript><img src=t></noscript><svg><text>x</text></svg><script/></body>";
        assert_eq!(prepare(html), "<head><script type=\"application/ld+json\">{\"a\":1}</script></head><body><p>Kept</p></body>");
    }

    #[test]
    fn untouched_pages_are_borrowed_and_unclosed_tails_are_dropped() {
        assert!(matches!(prepare("<p>plain <b>page</b></p>"), Cow::Borrowed(_)));
        assert_eq!(prepare("<p>a</p><script>never closed <p>b</p>"), "<p>a</p>");
        assert_eq!(prepare("<p>a <scripts> b</p>"), "<p>a <scripts> b</p>");
        assert_eq!(prepare("<!DOCTYPE html><a><?xml version=\"1.0\"?><b>x</b></a>"), "<a><b>x</b></a>");
    }
}
