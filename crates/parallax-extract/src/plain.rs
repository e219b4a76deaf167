//! Plain-text and markdown articles: optional `---` front matter, the first
//! line as the title, `By ...` bylines, date lines, markdown syntax stripped
//! (images become captions in the cleanup step).

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, BlockKind};

/// Fields from a `---` front matter block (`key: value` lines).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
}

/// A parsed plain-text document.
#[derive(Debug, Default)]
pub struct PlainDoc {
    pub front: FrontMatter,
    /// The title line (first non-label line), when the text has one.
    pub title: Option<String>,
    /// All blocks, the title line included (cleanup removes it and records why).
    pub blocks: Vec<Block>,
}

static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]+)\]\([^)]*\)").unwrap());
static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\*\*|__)(.+?)(\*\*|__)|(^|[^\w*])\*([^*\s][^*]*?)\*").unwrap());
/// A byline's line: "By Marta Soll", "**By Marta Soll**".
static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:[*_]{1,2})?By \p{Lu}").unwrap());
/// A turn's label opening a transcript's line: "Q:", "A.", "Vang:", "Sigrid Vang:".
static TURN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[*_]{1,2})?(?:[QA][:.]|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}:)(?:[*_]{1,2})?\s").unwrap());
static LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+").unwrap());

fn unquote(v: &str) -> String {
    let v = v.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(v);
    v.trim().to_string()
}

/// The field a front matter key names, if any.
fn front_field<'a>(fm: &'a mut FrontMatter, key: &str) -> Option<&'a mut Option<String>> {
    Some(match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => &mut fm.title,
        "outlet" | "source" | "publication" | "site" | "site_name" | "publisher" => &mut fm.outlet,
        "author" | "authors" | "byline" => &mut fm.author,
        "date" | "published" | "date_publish" | "pubdate" => &mut fm.published,
        "modified" | "updated" | "date_modify" => &mut fm.modified,
        "url" | "link" | "canonical" => &mut fm.url,
        "language" | "lang" => &mut fm.language,
        _ => return None,
    })
}

/// Front matter between `---` lines, or a header block without them: a
/// first paragraph whose every line is a known `key: value` field
/// ("Title: …", "Date: …", "Source: …"), as texts saved from mail or
/// exported by hand often start. One unknown key makes the paragraph body.
fn parse_front_matter(text: &str) -> (FrontMatter, &str) {
    let mut fm = FrontMatter::default();
    let body = text.trim_start_matches('\u{feff}');
    let Some(rest) = body.strip_prefix("---\n").or_else(|| body.strip_prefix("---\r\n")) else {
        return header_block(body).unwrap_or((fm, text));
    };
    let Some(end) = rest.find("\n---") else { return (fm, text) };
    for line in rest[..end].lines() {
        let Some((k, v)) = line.split_once(':') else { continue };
        let v = unquote(v);
        if v.is_empty() {
            continue;
        }
        if let Some(field) = front_field(&mut fm, k) {
            *field = Some(v);
        }
    }
    let after = &rest[end + 4..];
    let after = after.split_once('\n').map(|(_, r)| r).unwrap_or("");
    (fm, after)
}

/// A header block of known `key: value` lines ending at the first blank line.
fn header_block(body: &str) -> Option<(FrontMatter, &str)> {
    let body = body.trim_start_matches(['\n', '\r']);
    let (head, after) = match body.find("\n\n").or_else(|| body.find("\n\r\n")) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => return None, // a text that is all header has no body
    };
    let mut fm = FrontMatter::default();
    for line in head.lines() {
        let (k, v) = line.split_once(':')?;
        // A key is one or two words: "Title", "Published", "Site name".
        if k.split_whitespace().count() > 2 {
            return None;
        }
        let v = unquote(v);
        let field = front_field(&mut fm, &k.replace(' ', "_"))?;
        if v.is_empty() || field.is_some() {
            return None;
        }
        *field = Some(v);
    }
    Some((fm, after))
}

fn strip_inline_markdown(line: &str) -> String {
    let s = LINK.replace_all(line, "$1");
    let s = EMPHASIS.replace_all(
        &s,
        |c: &regex::Captures<'_>| {
            if let Some(m) = c.get(2) {
                m.as_str().to_string()
            } else {
                format!("{}{}", &c[4], &c[5])
            }
        },
    );
    s.replace('`', "")
}

/// Parse a plain-text (`markdown == false`) or markdown article into blocks.
pub fn parse(text: &str, markdown: bool) -> PlainDoc {
    let (front, body) = parse_front_matter(text);
    let mut blocks: Vec<Block> = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut para_kind = BlockKind::Paragraph;
    let flush = |para: &mut Vec<String>, kind: BlockKind, blocks: &mut Vec<Block>| {
        if !para.is_empty() {
            blocks.push(Block::new(para.join(" "), kind));
            para.clear();
        }
    };
    for raw in body.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut para, para_kind, &mut blocks);
            para_kind = BlockKind::Paragraph;
            continue;
        }
        if markdown {
            if line.starts_with("![") {
                flush(&mut para, para_kind, &mut blocks);
                blocks.push(Block::new(line, BlockKind::Paragraph)); // cleanup turns it into a caption
                continue;
            }
            if line.starts_with('#') {
                flush(&mut para, para_kind, &mut blocks);
                let h = line.trim_start_matches('#').trim();
                if !h.is_empty() {
                    blocks.push(Block::new(strip_inline_markdown(h), BlockKind::Heading));
                }
                continue;
            }
            if line.chars().all(|c| matches!(c, '-' | '*' | '_' | '=')) && line.len() >= 3 {
                flush(&mut para, para_kind, &mut blocks);
                continue;
            }
            if let Some(q) = line.strip_prefix('>') {
                if para_kind != BlockKind::Quote {
                    flush(&mut para, para_kind, &mut blocks);
                }
                para_kind = BlockKind::Quote;
                para.push(strip_inline_markdown(q.trim()));
                continue;
            }
        }
        if LIST.is_match(line) && (markdown || line.starts_with(['-', '*', '•'])) {
            flush(&mut para, para_kind, &mut blocks);
            let item = LIST.replace(line, "");
            let item = if markdown { strip_inline_markdown(&item) } else { item.into_owned() };
            blocks.push(Block::new(item, BlockKind::ListItem));
            continue;
        }
        // "By Marta Soll" on a line of its own at the top, then "Northgate Ledger, 3 March
        // 2026": a byline is a block of its own, not the start of a wrapped paragraph.
        if para.is_empty() && blocks.len() < 4 && BYLINE_LINE.is_match(line) && line.split_whitespace().count() <= 8 {
            blocks.push(Block::new(if markdown { strip_inline_markdown(line) } else { line.to_string() }, BlockKind::Paragraph));
            continue;
        }
        // "Q: How much ice …?" over "A: About 4 metres …": each turn of a transcript is a
        // paragraph of its own, not a line of one wrapped paragraph.
        if para.first().is_some_and(|first| TURN_LINE.is_match(first)) && TURN_LINE.is_match(line) {
            flush(&mut para, para_kind, &mut blocks);
        }
        para.push(if markdown { strip_inline_markdown(line) } else { line.to_string() });
    }
    flush(&mut para, para_kind, &mut blocks);
    // Character references ("&amp;", "&#124;", "&rsquo;"): text taken from a page
    // without decoding them, as markdown means them to be read. Left undecoded, a
    // scraped lead's "news &#124; page 1" gave every such lead the number "124".
    for b in &mut blocks {
        if b.text.contains('&') {
            if let std::borrow::Cow::Owned(decoded) = html_escape::decode_html_entities(&b.text) {
                b.text = decoded;
            }
        }
    }
    // The title: the first block that is not a section label or an image line,
    // when a block follows it (a text of one paragraph is all body).
    let title = blocks
        .iter()
        .position(|b| !b.text.starts_with("![") && crate::clean::section_label(&b.text).is_none())
        .filter(|&i| i + 1 < blocks.len())
        .map(|i| &blocks[i])
        .filter(|b| b.text.split_whitespace().count() <= 30 && !b.text.contains('\n'))
        .map(|b| b.text.clone());
    PlainDoc { front, title, blocks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_and_title() {
        let d = parse("---\ntitle: \"Ferry halted\"\noutlet: Harbour Times\ndate: 2024-03-12\n---\nFerry halted\n\nBy Ada Lind\n\nThe ferry stopped.\nIt was late.\n", false);
        assert_eq!(d.front.title.as_deref(), Some("Ferry halted"));
        assert_eq!(d.front.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(d.front.published.as_deref(), Some("2024-03-12"));
        assert_eq!(d.title.as_deref(), Some("Ferry halted"));
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Ferry halted", "By Ada Lind", "The ferry stopped. It was late."]);
    }

    #[test]
    fn character_references_are_read_as_the_characters_they_stand_for() {
        let d =
            parse("Ferry &amp; pier reopen\n\nnews &#124; page 1 &#x2014; the crew&rsquo;s &quot;deal&quot; holds, R&D; AT&T.\n", false);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Ferry & pier reopen", "news | page 1 \u{2014} the crew\u{2019}s \"deal\" holds, R&D; AT&T."]);
        assert_eq!(d.title.as_deref(), Some("Ferry & pier reopen"));
    }

    /// Regression: a text starting "Title: …", "Date: …", "Source: …" lines
    /// without `---` kept them as its headline and had no date or outlet.
    #[test]
    fn header_lines_without_dashes_are_front_matter() {
        let d = parse(
            "Title: Quake kills 14\nDate: 2026-11-19\nSource: Eastgate Wire\n\nQuake kills 14\n\nA quake struck on Thursday.\n",
            false,
        );
        assert_eq!(d.front.title.as_deref(), Some("Quake kills 14"));
        assert_eq!(d.front.published.as_deref(), Some("2026-11-19"));
        assert_eq!(d.front.outlet.as_deref(), Some("Eastgate Wire"));
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Quake kills 14", "A quake struck on Thursday."]);
        // A first paragraph with a line that is no known field is body.
        let d = parse("Update: the ferry resumed.\nIt was late.\n\nMore text.\n", false);
        assert_eq!(d.front, FrontMatter::default());
        assert_eq!(d.blocks[0].text, "Update: the ferry resumed. It was late.");
        // So is a known key with a sentence for a key ("The source: …").
        let d = parse("The source of the fire: a heater.\n\nMore text.\n", false);
        assert_eq!(d.front, FrontMatter::default());
    }

    /// Regression: a text of one paragraph lost it as a headline and then
    /// failed with "no article text found".
    #[test]
    fn each_turn_of_a_transcript_is_a_paragraph() {
        // Found on a Q&A interview: "Q: …" and "A: …" on consecutive lines were one
        // paragraph, so the question ran on into the answer.
        let d = parse("Melt\n\nQ: How much ice was lost?\nA: About 4 metres.\n\nVang: It was a record.\nHolm: Was it?\n", false);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Melt", "Q: How much ice was lost?", "A: About 4 metres.", "Vang: It was a record.", "Holm: Was it?"]);
        // A wrapped line of prose stays in its paragraph.
        let d = parse("Melt\n\nThe cause of the melt: heat.\nIt was a record: 4 metres.\n", false);
        assert_eq!(d.blocks.len(), 2);
    }

    #[test]
    fn one_paragraph_text_is_body_not_title() {
        let d = parse("Two harbour pilots were arrested in Port Aven on Saturday, police said.\n", false);
        assert_eq!(d.title, None);
        assert_eq!(d.blocks.len(), 1);
        // With a second paragraph, the short first line is the headline again.
        let d = parse("Pilots arrested in Port Aven\n\nTwo harbour pilots were arrested on Saturday.\n", false);
        assert_eq!(d.title.as_deref(), Some("Pilots arrested in Port Aven"));
    }

    #[test]
    fn markdown_is_stripped() {
        let d =
            parse("POLITICS\n\n# The **big** vote\n\nSee [the report](http://x.test) and *this*.\n\n- one\n- two\n\n> quoted line\n", true);
        assert_eq!(d.title.as_deref(), Some("The big vote"));
        let got: Vec<(&str, BlockKind)> = d.blocks.iter().map(|b| (b.text.as_str(), b.kind)).collect();
        assert_eq!(
            got,
            [
                ("POLITICS", BlockKind::Paragraph),
                ("The big vote", BlockKind::Heading),
                ("See the report and this.", BlockKind::Paragraph),
                ("one", BlockKind::ListItem),
                ("two", BlockKind::ListItem),
                ("quoted line", BlockKind::Quote),
            ]
        );
    }
}
