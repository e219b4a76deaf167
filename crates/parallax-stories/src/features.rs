//! Article features for story clustering: weighted terms that discriminate
//! events, not topics. Names (capitalised words), numbers and title words
//! weigh more; adjacent names also form name pairs, which the clusterer
//! keeps for labels; stop words are dropped; weights are TF-IDF
//! with document frequencies counted online.

use std::collections::HashMap;

use parallax_text::lexicon::{is_stop, stem};

/// What a feature is, which sets its boost and how a label shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Word,
    Name,
    NamePair,
    Number,
}

impl Kind {
    pub fn boost(self) -> f32 {
        match self {
            Kind::Word => 1.0,
            Kind::Name => 1.6,
            // Pairs serve labels only and never weigh in the similarity.
            Kind::NamePair => 0.0,
            Kind::Number => 1.3,
        }
    }
}

/// A term as found in one article, before weighting.
#[derive(Debug, Clone)]
pub struct RawTerm {
    pub key: u64,
    /// How a reader sees the term: the word as written (lower-cased), not its stem.
    pub text: String,
    pub kind: Kind,
    pub count: f32,
}

pub fn key_of(kind: Kind, text: &str) -> u64 {
    let tag: &[u8] = match kind {
        Kind::Word | Kind::Name => b"w:",
        Kind::NamePair => b"p:",
        Kind::Number => b"n:",
    };
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(tag);
    h.update(text.as_bytes());
    h.digest()
}

/// Tokens of `text` with whether each starts a sentence and is capitalised.
fn tokens(text: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut cur = String::new();
    let mut prev_end = ' ';
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let joins_number = matches!(c, '.' | ',')
            && !cur.is_empty()
            && cur.chars().last().is_some_and(|p| p.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || joins_number || (c == '-' && !cur.is_empty() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric())) {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                let cap = cur.chars().next().is_some_and(|f| f.is_uppercase());
                out.push((std::mem::take(&mut cur), sentence_start, cap));
                sentence_start = false;
            }
            if matches!(c, '.' | '!' | '?' | '\n' | '"' | '“' | '”' | ':' | ';') && !(c == '.' && prev_end.is_uppercase()) {
                sentence_start = true;
            }
        }
        if !c.is_whitespace() {
            prev_end = c;
        }
        i += 1;
    }
    if !cur.is_empty() {
        let cap = cur.chars().next().is_some_and(|f| f.is_uppercase());
        out.push((cur, sentence_start, cap));
    }
    out
}

/// Longest term kept, in bytes (the longest English words are under 30 letters).
const MAX_TERM_BYTES: usize = 40;

/// Raw terms of an article. Title terms count twice. Names come from cased
/// text only: a lower-cased corpus simply yields words and numbers. Name
/// pairs (for labels) only when `pairs` is set.
pub fn raw_terms(title: Option<&str>, text: &str, pairs: bool) -> Vec<RawTerm> {
    let mut acc: HashMap<u64, RawTerm> = HashMap::new();
    fn add(acc: &mut HashMap<u64, RawTerm>, kind: Kind, text: String, n: f32) {
        let key = key_of(kind, &text);
        acc.entry(key).and_modify(|t| t.count += n).or_insert(RawTerm { key, text, kind, count: n });
    }
    for (source, weight) in [(title.unwrap_or(""), 2.0f32), (text, 1.0)] {
        let toks = tokens(source);
        let mut prev_name: Option<String> = None;
        for (tok, start, cap) in toks {
            let lower = tok.to_lowercase();
            let lower = lower.trim_end_matches("'s").to_string();
            if lower.chars().any(|c| c.is_ascii_digit()) {
                if lower.len() <= 12 {
                    add(&mut acc, Kind::Number, lower, weight);
                }
                prev_name = None;
                continue;
            }
            // A run of letters longer than any word (a hash, an encoded blob, a
            // whitespace-free line) is no term: it would only flood labels and evidence.
            if lower.chars().count() < 2 || lower.len() > MAX_TERM_BYTES || is_stop(&lower) {
                prev_name = None;
                continue;
            }
            let all_caps = tok.chars().filter(|c| c.is_alphabetic()).count() >= 2 && tok.chars().all(|c| !c.is_lowercase());
            let is_name = cap && (!start || all_caps);
            if is_name {
                if let Some(p) = prev_name.as_ref().filter(|_| pairs) {
                    add(&mut acc, Kind::NamePair, format!("{p} {lower}"), weight);
                }
                add(&mut acc, Kind::Name, lower.clone(), weight);
                prev_name = Some(lower);
            } else {
                add_word(&mut acc, stem(&lower), lower, weight);
                prev_name = None;
            }
        }
    }
    let mut terms: Vec<RawTerm> = acc.into_values().collect();
    // Deterministic order (the map's is random): results must not vary between runs.
    terms.sort_unstable_by_key(|t| t.key);
    terms
}

/// A word is keyed by its stem and shown as first written.
fn add_word(acc: &mut HashMap<u64, RawTerm>, stem: String, surface: String, n: f32) {
    let key = key_of(Kind::Word, &stem);
    acc.entry(key).and_modify(|t| t.count += n).or_insert(RawTerm { key, text: surface, kind: Kind::Word, count: n });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(terms: &'a [RawTerm], text: &str) -> Option<&'a RawTerm> {
        terms.iter().find(|t| t.text == text)
    }

    #[test]
    fn names_numbers_and_title_weight() {
        let terms = raw_terms(
            Some("Tara Reid enters rehab"),
            "Actress Tara Reid checked into Promises on Tuesday. The clinic said 14 staff were there.",
            true,
        );
        let reid = find(&terms, "reid").unwrap();
        assert_eq!(reid.kind, Kind::Name);
        assert_eq!(reid.count, 3.0); // twice from the title, once from the text
        assert_eq!(find(&terms, "tara reid").unwrap().kind, Kind::NamePair);
        // Without labels, no pairs are built.
        let bare = raw_terms(Some("Tara Reid enters rehab"), "Actress Tara Reid checked into Promises.", false);
        assert!(bare.iter().all(|t| t.kind != Kind::NamePair) && find(&bare, "reid").is_some());
        assert_eq!(find(&terms, "14").unwrap().kind, Kind::Number);
        assert!(find(&terms, "the").is_none() && find(&terms, "said").is_none());
        // Sentence-initial capitals are not names.
        assert_eq!(find(&terms, "actress").unwrap().kind, Kind::Word);
        assert_eq!(find(&terms, "clinic").unwrap().kind, Kind::Word);
        // Words are keyed by stem ("checked", "check" are one term) and shown as written.
        assert_eq!(terms.iter().find(|t| t.key == key_of(Kind::Word, "check")).map(|t| t.text.as_str()), Some("checked"));
    }

    #[test]
    fn a_token_longer_than_any_word_is_no_term() {
        // Found by feeding a file that is one 3-million-letter line: the story label was that line.
        let blob = "x".repeat(5000);
        let terms = raw_terms(Some("Pier reopens"), &format!("The pier {blob} reopened at Dunmore harbour."), true);
        assert!(terms.iter().all(|t| t.text.len() <= MAX_TERM_BYTES), "{:?}", terms.iter().map(|t| t.text.len()).max());
        assert!(
            find(&terms, "pier").is_some() && find(&terms, "harbour").is_some() && find(&terms, "dunmore").is_some(),
            "{:?}",
            terms.iter().map(|t| &t.text).collect::<Vec<_>>()
        );
    }

    #[test]
    fn lower_cased_text_yields_words() {
        let terms = raw_terms(None, "tara reid checked into promises on tuesday .", true);
        assert!(terms.iter().all(|t| t.kind == Kind::Word));
        assert!(find(&terms, "reid").is_some());
        assert!(terms.iter().any(|t| t.key == key_of(Kind::Word, "promis")));
    }
}
