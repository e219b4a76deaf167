//! A story's statements: who said what, across its articles, and who reports it.
//!
//! Every quote of a story's articles whose speaker is known (an entity of the article,
//! or the words that name the source: "the harbour authority", "police") is a report of a
//! statement. Reports of one speaker that share most of their words ("The building was
//! cleared in under six minutes" in three outlets, one of them quoting only part of it)
//! are one statement, listed with every article that reports it. Quotes with no source
//! ("is expected to …") and sources that are only a pronoun the article could not resolve
//! are left out: they say what, not who.

use std::collections::HashMap;

use parallax_model::Article;
use serde::Serialize;

/// One quote of one article, ready to be merged into its story's statements.
#[derive(Debug, Clone)]
pub struct ReportedQuote {
    /// The article's id.
    pub article: String,
    /// The speaker as shown: the entity's name, or the source's words.
    pub speaker: String,
    /// What joins one speaker across articles: the entity's folded name and type, or the
    /// source's words lower-cased without a leading article.
    pub key: String,
    /// Whether the speaker is a named entity (else only the words that name the source).
    pub named: bool,
    /// `direct`, `indirect` or `mixed`.
    pub kind: String,
    /// The reported words, as written.
    pub text: String,
    /// `start`/`end` of the words in the article's text.
    pub start: usize,
    pub end: usize,
}

/// A statement of a story: one speaker's words, as every article that reports them has them.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub speaker: String,
    /// The speaker is a named entity (`false`: only the words that name the source).
    pub named: bool,
    /// The kind of the first report (`direct`, `indirect` or `mixed`).
    pub kind: String,
    /// The words of the first report (their first [`TEXT_CHARS`] characters, then "…"; the
    /// reports' offsets give them in full).
    pub text: String,
    /// Every report, one per article: the article, its kind and the words' offsets.
    pub reports: Vec<StatementReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatementReport {
    pub article: String,
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// How much of a statement's words it keeps, so memory stays bounded in a long run.
pub const TEXT_CHARS: usize = 240;

/// Sources that name no one on their own.
const PRONOUNS: &[&str] =
    &["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "one", "someone", "some", "others", "many"];

/// The quotes of an article that have a speaker, for its story's statements.
pub fn reported_quotes(a: &Article) -> Vec<ReportedQuote> {
    let mut out = Vec::new();
    for q in &a.quotes {
        let (speaker, key, named) = if let Some(e) = q.speaker.as_ref().and_then(|s| a.entities.get(s.entity)) {
            (e.name.clone(), format!("{}:{}", e.kind, e.key), true)
        } else if let Some(s) = q.source.and_then(|s| a.text.get(s.start..s.end)) {
            let words = s.trim();
            let lower = words.to_lowercase();
            let bare = ["the ", "a ", "an "].iter().find_map(|d| lower.strip_prefix(d)).unwrap_or(&lower).trim().to_string();
            if bare.is_empty() || PRONOUNS.contains(&bare.as_str()) {
                continue;
            }
            (words.to_string(), format!("source:{bare}"), false)
        } else {
            continue;
        };
        let Some(text) = a.text.get(q.content.start..q.content.end) else { continue };
        out.push(ReportedQuote {
            article: a.id.clone(),
            speaker,
            key,
            named,
            kind: q.kind.clone(),
            text: text.to_string(),
            start: q.content.start,
            end: q.content.end,
        });
    }
    out
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The words that tell two reports of a statement apart: four letters or more, lower-cased,
/// hashed to 32 bits, sorted and without repeats (a few bytes a word).
fn words(text: &str) -> Box<[u32]> {
    let mut w: Vec<u32> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(|w| hash(&w.to_lowercase()) as u32).collect();
    w.sort_unstable();
    w.dedup();
    w.into_boxed_slice()
}

/// Words two sorted word lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A quote is compared with this many of its speaker's latest statements at most, so the
/// cost per quote stays bounded however much one speaker says in one story.
const RECENT: usize = 64;

const KINDS: [&str; 3] = ["direct", "indirect", "mixed"];

fn kind_code(kind: &str) -> u8 {
    KINDS.iter().position(|k| *k == kind).unwrap_or(1) as u8
}

/// A report as a story keeps it: the article as a number into the story's articles, the
/// kind as a number into [`KINDS`] (16 bytes, no allocation).
#[derive(Debug)]
struct Report {
    article: u32,
    kind: u8,
    start: u32,
    end: u32,
}

/// A statement as a story keeps it while it grows.
#[derive(Debug)]
struct Acc {
    /// Index into `Statements::speakers`.
    speaker: u32,
    text: Box<str>,
    words: Box<[u32]>,
    reports: Vec<Report>,
}

/// A story's statements as they grow: each quote is merged as it arrives, so memory grows
/// with the number of distinct statements (a few hundred bytes each), not of reports.
#[derive(Debug, Default)]
pub struct Statements {
    items: Vec<Acc>,
    /// Speakers: shown name, named or not, the hash of the key; and each speaker's
    /// statements, in order of arrival, by that hash.
    speakers: Vec<(String, bool, u64)>,
    by_speaker: HashMap<u64, (u32, Vec<u32>)>,
    /// The articles of the reports, in order of arrival.
    articles: Vec<Box<str>>,
}

impl Statements {
    /// Merge one report: into the statement of the same speaker that shares at least half
    /// of the shorter one's words (two at least, or all of them when it has fewer), else a
    /// new statement. An article that says the same thing twice is one report.
    pub fn add(&mut self, q: ReportedQuote) {
        let key = hash(&q.key);
        self.add_hashed(key, q.speaker, q.named, kind_code(&q.kind), q.text, q.article, q.start, q.end);
    }

    #[allow(clippy::too_many_arguments)]
    fn add_hashed(&mut self, key: u64, speaker: String, named: bool, kind: u8, text: String, article: String, start: usize, end: usize) {
        let ws = words(&text);
        // (an article's quotes arrive together)
        let article = match self.articles.iter().rposition(|a| **a == *article) {
            Some(i) if i + 1 == self.articles.len() => i,
            _ => {
                self.articles.push(article.into_boxed_str());
                self.articles.len() - 1
            }
        } as u32;
        let speakers = &mut self.speakers;
        let (speaker_at, mine) = self.by_speaker.entry(key).or_insert_with(|| {
            speakers.push((speaker, named, key));
            ((speakers.len() - 1) as u32, Vec::new())
        });
        let mut best: Option<(usize, f32)> = None;
        for &i in mine.iter().rev().filter(|&&i| !self.items[i as usize].reports.is_empty()).take(RECENT) {
            let other = &self.items[i as usize].words;
            let n = shared(&ws, other);
            let smaller = ws.len().min(other.len());
            let enough = if smaller >= 2 { n >= 2 && n * 2 >= smaller } else { n == smaller && smaller > 0 };
            let score = n as f32 / smaller.max(1) as f32;
            if enough && best.is_none_or(|(_, s)| score > s) {
                best = Some((i as usize, score));
            }
        }
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let report = Report { article, kind, start: at(start), end: at(end) };
        match best {
            Some((i, _)) => {
                let reports = &mut self.items[i].reports;
                if !reports.iter().any(|r| r.article == article) {
                    reports.push(report);
                }
            }
            None => {
                mine.push(self.items.len() as u32);
                let text = match text.char_indices().nth(TEXT_CHARS) {
                    Some((cut, _)) => format!("{}…", &text[..cut]),
                    None => text,
                };
                self.items.push(Acc { speaker: *speaker_at, text: text.into_boxed_str(), words: ws, reports: vec![report] });
            }
        }
    }

    /// Move every report of one article to `to` (a split moved the article to another
    /// story). A moved report's words are its statement's (the first report's).
    pub fn move_article(&mut self, article: &str, to: &mut Statements) {
        let Some(at) = self.articles.iter().position(|a| &**a == article) else { return };
        let at = at as u32;
        let mut moved = Vec::new();
        for acc in self.items.iter_mut() {
            if let Some(k) = acc.reports.iter().position(|r| r.article == at) {
                let r = acc.reports.remove(k);
                moved.push((acc.speaker, acc.text.to_string(), r));
            }
        }
        for (speaker, text, r) in moved {
            let (name, named, key) = self.speakers[speaker as usize].clone();
            to.add_hashed(key, name, named, r.kind, text, article.to_string(), r.start as usize, r.end as usize);
        }
    }

    /// The statements, those reported by the most articles first (ties in order of arrival).
    pub fn finish(self) -> Vec<Statement> {
        let (speakers, articles) = (self.speakers, self.articles);
        let mut out: Vec<Statement> = self
            .items
            .into_iter()
            .filter(|a| !a.reports.is_empty())
            .map(|a| {
                let (speaker, named, _) = speakers[a.speaker as usize].clone();
                Statement {
                    speaker,
                    named,
                    kind: KINDS[a.reports[0].kind as usize].to_string(),
                    text: a.text.into(),
                    reports: a
                        .reports
                        .iter()
                        .map(|r| StatementReport {
                            article: articles[r.article as usize].to_string(),
                            kind: KINDS[r.kind as usize].to_string(),
                            start: r.start as usize,
                            end: r.end as usize,
                        })
                        .collect(),
                }
            })
            .collect();
        // (a stable sort keeps the order of arrival among equals)
        out.sort_by_key(|s| std::cmp::Reverse(s.reports.len()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(article: &str, speaker: &str, kind: &str, text: &str) -> ReportedQuote {
        ReportedQuote {
            article: article.into(),
            speaker: speaker.into(),
            key: format!("person:{}", speaker.to_lowercase()),
            named: true,
            kind: kind.into(),
            text: text.into(),
            start: 0,
            end: text.len(),
        }
    }

    #[test]
    fn one_speaker_s_words_in_three_outlets_are_one_statement_with_three_reports() {
        let mut s = Statements::default();
        // (an article's quotes arrive together, as a story's articles are added)
        s.add(quote(
            "a",
            "Ines Moro",
            "direct",
            "\"The building was cleared in under six minutes. Our staff did exactly what they trained for,\"",
        ));
        // Another statement of hers stays apart, and the same article saying the first
        // again is one report.
        s.add(quote("a", "Ines Moro", "indirect", "crossings to Selka would resume within a week"));
        s.add(quote("a", "Ines Moro", "indirect", "the building was cleared in six minutes"));
        s.add(quote("b", "Ines Moro", "direct", "\"The building was cleared in under six minutes,\""));
        // The same words from someone else stay apart.
        s.add(quote("b", "Tomas Vell", "indirect", "the building was cleared in under six minutes"));
        s.add(quote("c", "Ines Moro", "indirect", "the building had been cleared in under six minutes"));
        let got = s.finish();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].speaker, "Ines Moro");
        assert_eq!(got[0].reports.iter().map(|r| r.article.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(got[0].kind, "direct");
        assert!(got[1..].iter().all(|s| s.reports.len() == 1), "{got:?}");
    }

    #[test]
    fn a_moved_article_takes_its_reports_to_the_other_story() {
        let mut s = Statements::default();
        s.add(quote("a", "Ines Moro", "direct", "The building was cleared in under six minutes."));
        s.add(quote("b", "Ines Moro", "indirect", "the building was cleared in under six minutes"));
        s.add(quote("b", "Tomas Vell", "indirect", "the fire started in a storage room"));
        let mut t = Statements::default();
        s.move_article("b", &mut t);
        let (left, moved) = (s.finish(), t.finish());
        assert_eq!(left.len(), 1, "{left:?}");
        assert_eq!(left[0].reports.len(), 1);
        assert_eq!(moved.len(), 2, "{moved:?}");
        assert!(moved.iter().all(|m| m.reports[0].article == "b"), "{moved:?}");
        assert_eq!(moved.iter().map(|m| m.speaker.as_str()).collect::<Vec<_>>(), ["Ines Moro", "Tomas Vell"]);
    }

    #[test]
    fn a_quote_names_its_speaker_or_its_source_words_and_a_bare_pronoun_names_no_one() {
        let text = "The harbour authority said the hall was closed. She said it would reopen. \"Soon,\" Moro said.";
        let span = |w: &str| {
            let i = text.find(w).unwrap();
            serde_json::json!({"start": i, "end": i + w.len()})
        };
        let a: Article = serde_json::from_value(serde_json::json!({
            "id": "a", "source": {"path": "a.txt", "format": "text"}, "title": null, "outlet": null, "byline": null,
            "authors": [], "url": null, "published": null, "modified": null, "language": null, "word_count": 16,
            "text": text, "paragraphs": [], "sentences": [], "captions": [], "removed": [], "encoding": "UTF-8",
            "time_expressions": [], "extractor": "text",
            "entities": [{"name": "Ines Moro", "type": "person", "aliases": ["Moro"], "mentions": 1, "role": "participant", "key": "ines moro"}],
            "quotes": [
                {"kind": "indirect", "content": span("the hall was closed"), "source": span("The harbour authority")},
                {"kind": "indirect", "content": span("it would reopen"), "source": span("She")},
                {"kind": "direct", "content": span("\"Soon,\""), "source": span("Moro"), "speaker": {"entity": 0, "name": "Ines Moro", "via": "name"}}
            ]
        }))
        .expect("an article");
        let got = reported_quotes(&a);
        assert_eq!(
            got.iter().map(|q| (q.speaker.as_str(), q.key.as_str(), q.named)).collect::<Vec<_>>(),
            [("The harbour authority", "source:harbour authority", false), ("Ines Moro", "person:ines moro", true)]
        );
    }
}
