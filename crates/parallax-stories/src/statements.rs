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
    /// The words of the first report (their first [`TEXT_CHARS`] characters, then "…"),
    /// kept only for the terminal (empty, and left out of the JSON, otherwise: the reports'
    /// offsets give the words in full).
    #[serde(skip_serializing_if = "String::is_empty")]
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

/// How much of a statement's words it keeps for the terminal.
pub const TEXT_CHARS: usize = 240;

/// Sources that name no one on their own.
const PRONOUNS: &[&str] =
    &["he", "she", "they", "it", "we", "i", "you", "who", "which", "that", "this", "one", "someone", "some", "others", "many"];

/// The quotes of an article that have a speaker, for its story's statements.
pub fn reported_quotes(a: &Article) -> Vec<ReportedQuote> {
    let mut out = Vec::new();
    for q in &a.quotes {
        let Some(text) = a.text.get(q.content.start..q.content.end) else { continue };
        let report = |speaker: String, key: String, named: bool| ReportedQuote {
            speaker,
            key,
            named,
            kind: q.kind.clone(),
            text: text.to_string(),
            start: q.content.start,
            end: q.content.end,
        };
        // A joint statement is each of its speakers' ("Jonas Aune and Mirela Dovan said").
        for e in q.co_speakers.iter().filter_map(|s| a.entities.get(s.entity)) {
            out.push(report(e.name.clone(), format!("{}:{}", e.kind, e.key), true));
        }
        if let Some(e) = q.speaker.as_ref().and_then(|s| a.entities.get(s.entity)) {
            out.push(report(e.name.clone(), format!("{}:{}", e.kind, e.key), true));
        } else if let Some(s) = q.source.and_then(|s| a.text.get(s.start..s.end)) {
            let words = s.trim();
            let lower = words.to_lowercase();
            let bare = ["the ", "a ", "an "].iter().find_map(|d| lower.strip_prefix(d)).unwrap_or(&lower).trim().to_string();
            if !bare.is_empty() && !PRONOUNS.contains(&bare.as_str()) {
                out.push(report(words.to_string(), format!("source:{bare}"), false));
            }
        }
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

/// A quote is compared with this many of its speaker's latest statements in its story at
/// most, so the cost per quote stays bounded however much one speaker says in one story.
const RECENT: usize = 64;

const KINDS: [&str; 3] = ["direct", "indirect", "mixed"];

fn kind_code(kind: &str) -> u8 {
    KINDS.iter().position(|k| *k == kind).unwrap_or(1) as u8
}

/// No statement: the end of a chain.
const NONE: u32 = u32::MAX;

/// A report as the index keeps it: the article by its number, the kind by its place in
/// [`KINDS`] (16 bytes, no allocation).
#[derive(Debug, Clone, Copy)]
struct Report {
    article: u32,
    kind: u8,
    start: u32,
    end: u32,
}

/// A statement as the index keeps it while it grows. Statements are chained, newest first,
/// per story and per (story, speaker), through the indexes of the ones before.
#[derive(Debug)]
struct Acc {
    story: u32,
    speaker: u32,
    prev_in_story: u32,
    prev_of_speaker: u32,
    text: Option<Box<str>>,
    words: Box<[u32]>,
    first: Report,
    more: Vec<Report>,
    /// All its reports moved to another story.
    gone: bool,
}

impl Acc {
    fn reports(&self) -> impl Iterator<Item = &Report> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

/// Every story's statements in one index, as articles arrive: each quote merges into the
/// statement of the same speaker in the same story that shares at least half of the shorter
/// one's longer words (two at least, or all of them when it has fewer), else it starts one.
/// One index for the whole run, not one per story, so a story costs no containers of its
/// own: a statement takes about a hundred bytes and its words' hashes.
#[derive(Debug, Default)]
pub struct StatementIndex {
    keep_texts: bool,
    items: Vec<Acc>,
    /// Speakers: shown name and whether it is named; found by the hash of their key.
    speakers: Vec<(Box<str>, bool)>,
    speaker_of: HashMap<u64, u32>,
    /// The newest statement of each story, and of each speaker in each story.
    last_in_story: HashMap<u32, u32>,
    last_of_speaker: HashMap<(u32, u32), u32>,
}

impl StatementIndex {
    /// `keep_texts`: keep each statement's words for the terminal.
    pub fn new(keep_texts: bool) -> Self {
        StatementIndex { keep_texts, ..StatementIndex::default() }
    }

    /// Merge one quote of article number `article` (an article's quotes arrive together) into
    /// the statements of `story`. An article that says the same thing twice is one report.
    pub fn add(&mut self, story: u32, article: u32, q: ReportedQuote) {
        let speakers = &mut self.speakers;
        let speaker = *self.speaker_of.entry(hash(&q.key)).or_insert_with(|| {
            speakers.push((q.speaker.into_boxed_str(), q.named));
            (speakers.len() - 1) as u32
        });
        let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let report = Report { article, kind: kind_code(&q.kind), start: at(q.start), end: at(q.end) };
        let text = self.keep_texts.then(|| match q.text.char_indices().nth(TEXT_CHARS) {
            Some((cut, _)) => format!("{}…", &q.text[..cut]).into_boxed_str(),
            None => q.text.as_str().into(),
        });
        self.place(story, speaker, report, words(&q.text), text);
    }

    fn place(&mut self, story: u32, speaker: u32, report: Report, ws: Box<[u32]>, text: Option<Box<str>>) {
        let mut best: Option<(usize, f32)> = None;
        let mut i = self.last_of_speaker.get(&(story, speaker)).copied().unwrap_or(NONE);
        let mut seen = 0;
        while i != NONE && seen < RECENT {
            let acc = &self.items[i as usize];
            if !acc.gone {
                seen += 1;
                let n = parallax_text::hashing::sorted_overlap(&ws, &acc.words);
                let smaller = ws.len().min(acc.words.len());
                let enough = if smaller >= 2 { n >= 2 && n * 2 >= smaller } else { n == smaller && smaller > 0 };
                let score = n as f32 / smaller.max(1) as f32;
                if enough && best.is_none_or(|(_, s)| score > s) {
                    best = Some((i as usize, score));
                }
            }
            i = acc.prev_of_speaker;
        }
        if let Some((i, _)) = best {
            let acc = &mut self.items[i];
            if !acc.reports().any(|r| r.article == report.article) {
                acc.more.push(report);
            }
            return;
        }
        let n = self.items.len() as u32;
        let prev_in_story = self.last_in_story.insert(story, n).unwrap_or(NONE);
        let prev_of_speaker = self.last_of_speaker.insert((story, speaker), n).unwrap_or(NONE);
        self.items.push(Acc {
            story,
            speaker,
            prev_in_story,
            prev_of_speaker,
            text,
            words: ws,
            first: report,
            more: Vec::new(),
            gone: false,
        });
    }

    /// The statements of `story`, newest first, by index.
    fn chain(&self, story: u32) -> Vec<usize> {
        let mut out = Vec::new();
        let mut i = self.last_in_story.get(&story).copied().unwrap_or(NONE);
        while i != NONE {
            out.push(i as usize);
            i = self.items[i as usize].prev_in_story;
        }
        out
    }

    /// Move every report of article number `article` from story `from` to story `to` (a
    /// split moved the article). A moved report keeps its offsets; its words are taken to be
    /// its statement's.
    pub fn move_article(&mut self, article: u32, from: u32, to: u32) {
        let mut moved = Vec::new();
        for i in self.chain(from).into_iter().rev() {
            let acc = &mut self.items[i];
            if acc.gone || acc.story != from {
                continue;
            }
            let report = if acc.first.article == article {
                let r = acc.first;
                if acc.more.is_empty() {
                    acc.gone = true;
                } else {
                    acc.first = acc.more.remove(0);
                }
                r
            } else if let Some(k) = acc.more.iter().position(|r| r.article == article) {
                acc.more.remove(k)
            } else {
                continue;
            };
            moved.push((acc.speaker, report, acc.words.clone(), acc.text.clone()));
        }
        for (speaker, report, ws, text) in moved {
            self.place(to, speaker, report, ws, text);
        }
    }

    /// The statements of `story`, those reported by the most articles first (ties in order
    /// of arrival); `article_id` names an article by its number.
    pub fn statements(&self, story: u32, article_id: impl Fn(u32) -> String) -> Vec<Statement> {
        let mut out: Vec<Statement> = self
            .chain(story)
            .into_iter()
            .rev()
            .map(|i| &self.items[i])
            .filter(|a| !a.gone)
            .map(|a| {
                let (speaker, named) = &self.speakers[a.speaker as usize];
                Statement {
                    speaker: speaker.to_string(),
                    named: *named,
                    kind: KINDS[a.first.kind as usize].to_string(),
                    text: a.text.as_deref().unwrap_or("").to_string(),
                    reports: a
                        .reports()
                        .map(|r| StatementReport {
                            article: article_id(r.article),
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

    fn quote(speaker: &str, kind: &str, text: &str) -> ReportedQuote {
        ReportedQuote {
            speaker: speaker.into(),
            key: format!("person:{}", speaker.to_lowercase()),
            named: true,
            kind: kind.into(),
            text: text.into(),
            start: 0,
            end: text.len(),
        }
    }

    fn id(n: u32) -> String {
        ["a", "b", "c", "d"][n as usize].to_string()
    }

    #[test]
    fn one_speaker_s_words_in_three_outlets_are_one_statement_with_three_reports() {
        let mut s = StatementIndex::new(true);
        // (an article's quotes arrive together, as a story's articles are added)
        s.add(
            0,
            0,
            quote("Ines Moro", "direct", "\"The building was cleared in under six minutes. Our staff did exactly what they trained for,\""),
        );
        // Another statement of hers stays apart, and the same article saying the first
        // again is one report.
        s.add(0, 0, quote("Ines Moro", "indirect", "crossings to Selka would resume within a week"));
        s.add(0, 0, quote("Ines Moro", "indirect", "the building was cleared in six minutes"));
        s.add(0, 1, quote("Ines Moro", "direct", "\"The building was cleared in under six minutes,\""));
        // The same words from someone else stay apart, and so do hers in another story.
        s.add(0, 1, quote("Tomas Vell", "indirect", "the building was cleared in under six minutes"));
        s.add(0, 2, quote("Ines Moro", "indirect", "the building had been cleared in under six minutes"));
        s.add(1, 3, quote("Ines Moro", "indirect", "the building had been cleared in under six minutes"));
        let got = s.statements(0, id);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].speaker, "Ines Moro");
        assert_eq!(got[0].reports.iter().map(|r| r.article.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(got[0].kind, "direct");
        assert!(got[0].text.starts_with("\"The building was cleared"), "{got:?}");
        assert!(got[1..].iter().all(|s| s.reports.len() == 1), "{got:?}");
        assert_eq!(s.statements(1, id).len(), 1);
        // Without the terminal, no words are kept: the offsets give them.
        let mut s = StatementIndex::new(false);
        s.add(0, 0, quote("Ines Moro", "direct", "\"The building was cleared.\""));
        assert_eq!(s.statements(0, id)[0].text, "");
    }

    #[test]
    fn a_moved_article_takes_its_reports_to_the_other_story() {
        let mut s = StatementIndex::new(true);
        s.add(0, 0, quote("Ines Moro", "direct", "The building was cleared in under six minutes."));
        s.add(0, 1, quote("Ines Moro", "indirect", "the building was cleared in under six minutes"));
        s.add(0, 1, quote("Tomas Vell", "indirect", "the fire started in a storage room"));
        s.add(2, 2, quote("Tomas Vell", "indirect", "the fire started in a storage room"));
        s.move_article(1, 0, 2);
        let (left, moved) = (s.statements(0, id), s.statements(2, id));
        assert_eq!(left.len(), 1, "{left:?}");
        assert_eq!(left[0].reports.len(), 1);
        // Her words start a statement there; his join the one already there.
        assert_eq!(moved.len(), 2, "{moved:?}");
        let vell = moved.iter().find(|m| m.speaker == "Tomas Vell").unwrap();
        assert_eq!(vell.reports.iter().map(|r| r.article.as_str()).collect::<Vec<_>>(), ["c", "b"]);
        // Moving the first report of a statement keeps the rest.
        s.move_article(0, 0, 2);
        assert!(s.statements(0, id).is_empty());
        assert_eq!(s.statements(2, id).iter().find(|m| m.speaker == "Ines Moro").unwrap().reports.len(), 2);
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

    #[test]
    fn a_joint_statement_is_each_of_its_speakers() {
        let text = "Jonas Aune and Mirela Dovan said the crossing would open.";
        let a: Article = serde_json::from_value(serde_json::json!({
            "id": "a", "source": {"path": "a.txt", "format": "text"}, "title": null, "outlet": null, "byline": null,
            "authors": [], "url": null, "published": null, "modified": null, "language": null, "word_count": 9,
            "text": text, "paragraphs": [], "sentences": [], "captions": [], "removed": [], "encoding": "UTF-8",
            "time_expressions": [], "extractor": "text",
            "entities": [
                {"name": "Jonas Aune", "type": "person", "aliases": [], "mentions": 1, "role": "participant", "key": "jonas aune"},
                {"name": "Mirela Dovan", "type": "person", "aliases": [], "mentions": 1, "role": "participant", "key": "mirela dovan"}
            ],
            "quotes": [{
                "kind": "indirect", "content": {"start": 33, "end": 56}, "source": {"start": 0, "end": 27},
                "speaker": {"entity": 1, "name": "Mirela Dovan", "via": "name"},
                "co_speakers": [{"entity": 0, "name": "Jonas Aune", "via": "name"}]
            }]
        }))
        .expect("an article");
        let got = reported_quotes(&a);
        assert_eq!(
            got.iter().map(|q| (q.speaker.as_str(), q.text.as_str())).collect::<Vec<_>>(),
            [("Jonas Aune", "the crossing would open"), ("Mirela Dovan", "the crossing would open")]
        );
    }
}
