//! MEANTIME's CAT XML, shared by the time and entity harnesses: the text
//! rebuilt from its tokens (one sentence a line), each token's byte span, and
//! the list of documents.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::EvalError;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<token\b[^>]*?\bt_id="(\d+)"[^>]*>([^<]*)</token>"#).unwrap());
static SENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"\bsentence="(\d+)""#).unwrap());

/// The value of `name="..."` in a tag's attributes.
pub fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

/// Append `s` with the five XML entities decoded.
pub fn unescape_into(out: &mut String, s: &str) {
    out.push_str(&s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&"));
}

/// A CAT document's text and token spans.
pub struct CatText {
    pub text: String,
    /// Token id to (start, end, sentence number).
    pub tokens: HashMap<String, (usize, usize, u32)>,
    /// Sentences in order, as byte ranges.
    pub sentences: Vec<(usize, usize)>,
}

impl CatText {
    /// End of the last token of sentences numbered `<= last`.
    pub fn end_of_sentence(&self, last: u32) -> usize {
        self.tokens.values().filter(|t| t.2 <= last).map(|t| t.1).max().unwrap_or(0)
    }
}

/// Rebuild the text: tokens joined by spaces, no space before closing
/// punctuation or a clitic, none after `(` or `$`, a newline between sentences.
pub fn read_tokens(xml: &str) -> CatText {
    let mut text = String::new();
    let mut tokens = HashMap::new();
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut last_sentence: Option<u32> = None;
    for c in TOKEN.captures_iter(xml) {
        let sentence = SENT.captures(c.get(0).map_or("", |m| m.as_str())).and_then(|s| s[1].parse::<u32>().ok());
        let tok = &c[2];
        let glue = matches!(tok, "," | "." | ":" | ";" | "!" | "?" | ")" | "%" | "'s" | "n't" | "'");
        let new_sentence = sentence != last_sentence || sentences.is_empty();
        if !text.is_empty() {
            if sentence != last_sentence {
                text.push('\n');
            } else if !glue && !text.ends_with(['(', '$']) {
                text.push(' ');
            }
        }
        last_sentence = sentence;
        let start = text.len();
        unescape_into(&mut text, tok);
        if new_sentence {
            sentences.push((start, text.len()));
        } else if let Some(s) = sentences.last_mut() {
            s.1 = text.len();
        }
        tokens.insert(c[1].to_string(), (start, text.len(), sentence.unwrap_or(0)));
    }
    CatText { text, tokens, sentences }
}

/// All MEANTIME documents (`intra_cross-doc_annotation/<corpus>/*.xml`), sorted.
pub fn meantime_files(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let root = dir.join("intra_cross-doc_annotation");
    let mut files = Vec::new();
    for corpus in std::fs::read_dir(&root).map_err(|_| EvalError::Missing(dir.to_path_buf()))? {
        let corpus = corpus.map_err(|source| EvalError::Io { path: root.clone(), source })?.path();
        if corpus.is_dir() {
            for f in std::fs::read_dir(&corpus).map_err(|source| EvalError::Io { path: corpus.clone(), source })? {
                let f = f.map_err(|source| EvalError::Io { path: corpus.clone(), source })?.path();
                if f.extension().is_some_and(|e| e == "xml") {
                    files.push(f);
                }
            }
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_become_text_sentences_and_spans() {
        let xml = r#"<token t_id="1" sentence="0" number="0">Apple</token><token t_id="2" sentence="0" number="1">'s</token><token t_id="3" sentence="0" number="2">(</token><token t_id="4" sentence="0" number="3">AT&amp;T</token><token t_id="5" sentence="0" number="4">)</token><token t_id="6" sentence="1" number="0">Next</token>"#;
        let c = read_tokens(xml);
        assert_eq!(c.text, "Apple's (AT&T)\nNext");
        assert_eq!(c.sentences, [(0, 14), (15, 19)]);
        assert_eq!(c.tokens["4"], (9, 13, 0));
        assert_eq!(c.end_of_sentence(0), 14);
        assert_eq!(c.end_of_sentence(1), 19);
    }
}
