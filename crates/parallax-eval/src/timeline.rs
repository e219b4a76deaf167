//! SemEval-2015 Task 4 (TimeLine), Track A: from the raw (tokenised) Wikinews
//! articles of each corpus and a list of target entities, build one timeline
//! per entity and score it with temporal awareness (`crate::awareness`).
//!
//! The system side is Parallax's own: entity mentions by name (with the
//! surname, a model number or the initials as aliases), event words from
//! `parallax_time::events`, dates from the time tagger anchored on the
//! article's creation time, and `order_events` for positions.

use std::path::Path;
use std::sync::LazyLock;

use parallax_time::civil::Day;
use parallax_time::events::{entity_events, order_events, EventSentence};
use regex::Regex;
use serde::Serialize;

use crate::awareness::{parse_timeline, score, Awareness, TimelineFile, TimelineLine};
use crate::cat::attr;
use crate::EvalError;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<token\b([^>]*)>([^<]*)</token>"#).unwrap());
static TIMEX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<TIMEX3\b([^>]*)>"#).unwrap());

/// One article: id, creation time, sentences of tokens.
pub struct TimelineDoc {
    pub id: String,
    pub published: Option<Day>,
    pub sentences: Vec<(u32, Vec<String>)>,
}

/// Read a CAT article: its tokens by sentence and its creation time.
pub fn read_doc(xml: &str) -> TimelineDoc {
    let id = xml.find("<Document").and_then(|i| xml[i..].find('>').map(|j| attr(&xml[i..i + j], "doc_id"))).flatten().unwrap_or_default();
    let mut sentences: Vec<(u32, Vec<String>)> = Vec::new();
    for c in TOKEN.captures_iter(xml) {
        let n = attr(&c[1], "sentence").and_then(|s| s.parse().ok()).unwrap_or(0);
        let mut word = String::new();
        crate::cat::unescape_into(&mut word, &c[2]);
        match sentences.last_mut() {
            Some((m, v)) if *m == n => v.push(word),
            _ => sentences.push((n, vec![word])),
        }
    }
    let published =
        TIMEX.captures_iter(xml).find(|c| c[1].contains("CREATION_TIME")).and_then(|c| attr(&c[1], "value")).and_then(|v| Day::parse(&v));
    TimelineDoc { id, published, sentences }
}

/// Generic last words that do not name an organisation on their own.
const GENERIC: &[&str] = &[
    "airlines",
    "association",
    "average",
    "bank",
    "composite",
    "company",
    "corporation",
    "creditors",
    "dollar",
    "exchange",
    "force",
    "group",
    "inc",
    "index",
    "markets",
    "motors",
    "reserve",
    "union",
    "workers",
    "worldwide",
];

/// Qualifiers that a name often drops ("US Federal Reserve", "the Federal Reserve").
const QUALIFIERS: &[&str] = &["us", "u.s.", "american", "british", "european"];
/// Trailing words that a name often drops ("FTSE 100 index", "the FTSE 100").
const DROPPABLE: &[&str] = &["average", "composite", "index", "industrial"];

/// The token sequences that name an entity: the full name; the name without
/// a leading country qualifier or trailing words such as "index"; then, of a
/// shortened name ending in a number, the words before it ("FTSE"); the
/// first word of a shortened two-word name ("Dow"); the last word of a two-
/// or three-word name when it is not generic (a surname, a model number);
/// the initials of a name of several capitalised words ("GM").
pub fn entity_names(entity: &str) -> Vec<Vec<String>> {
    let words: Vec<&str> = entity.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let mut out = vec![lower.clone()];
    let mut short = lower.clone();
    if short.len() > 1 && QUALIFIERS.contains(&short[0].as_str()) {
        short.remove(0);
    }
    while short.len() > 1 && short.last().is_some_and(|w| DROPPABLE.contains(&w.as_str())) {
        short.pop();
    }
    if short != lower {
        out.push(short.clone());
        // "FTSE 100" gives "FTSE"; "Dow Jones" (from four words) gives "Dow".
        let number = short.len() == 2 && short[1].bytes().all(|b| b.is_ascii_digit());
        if short.len() == 2 && (number || short.len() + 1 < lower.len()) {
            out.push(vec![short[0].clone()]);
        }
    }
    if let Some(last) = lower.last() {
        if (2..=3).contains(&words.len()) && !GENERIC.contains(&last.as_str()) && last.len() > 2 {
            out.push(vec![last.clone()]);
        }
    }
    let caps: Vec<&&str> = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    if caps.len() >= 2 && caps.len() == words.len() && words.iter().all(|w| w.chars().all(char::is_alphabetic)) {
        out.push(vec![caps.iter().filter_map(|w| w.chars().next()).collect::<String>().to_lowercase()]);
    }
    out.dedup();
    out
}

/// Whether a target name looks like a person's: two or three capitalised
/// alphabetic words, none of them generic.
fn is_person_like(entity: &str) -> bool {
    let words: Vec<&str> = entity.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !words.iter().any(|w| GENERIC.contains(&w.to_lowercase().as_str()))
}

/// Tokens of a sentence-opening reference to the entity last named: `He`,
/// `She` for a person; `It`, `The company` (and like nouns) otherwise.
fn anaphor(tokens: &[&str], person: bool) -> Option<usize> {
    let first = tokens.first()?.to_lowercase();
    if person {
        return matches!(first.as_str(), "he" | "she").then_some(1);
    }
    if first == "it" {
        return Some(1);
    }
    let second = tokens.get(1)?.to_lowercase();
    (first == "the"
        && matches!(
            second.as_str(),
            "company" | "firm" | "airline" | "carrier" | "automaker" | "manufacturer" | "bank" | "index" | "group" | "maker"
        ))
    .then_some(2)
}

/// Token spans of `names` in `tokens` (case-insensitive; a possessive `'s`
/// glued to the last word is allowed).
fn find_names(tokens: &[&str], names: &[Vec<String>]) -> Vec<(usize, usize)> {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let mut out = Vec::new();
    for name in names {
        let n = name.len();
        if n == 0 || n > lower.len() {
            continue;
        }
        for i in 0..=lower.len() - n {
            if (0..n).all(|k| lower[i + k] == name[k] || (k == n - 1 && lower[i + k].strip_suffix("'s") == Some(name[k].as_str()))) {
                out.push((i, i + n - 1));
            }
        }
    }
    out
}

/// The system's timeline for one entity over a set of articles.
pub fn build_timeline(entity: &str, docs: &[TimelineDoc]) -> TimelineFile {
    let names = entity_names(entity);
    let sentences: Vec<EventSentence> = docs
        .iter()
        .flat_map(|d| {
            d.sentences.iter().map(move |(n, toks)| EventSentence {
                article: &d.id,
                number: *n,
                tokens: toks.iter().map(String::as_str).collect(),
                published: d.published,
            })
        })
        .collect();
    // Mentions by name, then a pronoun or "the company" opening the sentence
    // right after one (the entity is still what the text is about).
    let person = is_person_like(entity);
    let mut spans: Vec<Vec<(usize, usize)>> = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        let mut found = find_names(&s.tokens, &names);
        let follows = i > 0 && sentences[i - 1].article == s.article && !spans[i - 1].is_empty();
        if found.is_empty() && follows {
            if let Some(n) = anaphor(&s.tokens, person) {
                found.push((0, n - 1));
            }
        }
        spans.push(found);
    }
    let events = entity_events(&sentences, &spans);
    let mut lines = Vec::new();
    for (position, group) in order_events(events) {
        for e in group {
            lines.push(TimelineLine {
                ordinal: position,
                date: e.date.unwrap_or_else(|| "XXXX-XX-XX".into()),
                events: vec![format!("{}-{}-{}", e.article, e.sentence, e.word)],
            });
        }
    }
    TimelineFile { entity: entity.to_string(), lines }
}

/// Scores of one corpus (or of all of them).
#[derive(Debug, Clone, Serialize)]
pub struct TimelineScore {
    pub name: String,
    pub documents: usize,
    pub timelines: usize,
    /// Gold and system event mentions, and system events that are gold events
    /// of the same entity.
    pub gold_events: usize,
    pub system_events: usize,
    pub events_matched: usize,
    /// Temporal awareness, micro-averaged over the timelines (0 to 1).
    pub counts: Awareness,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// The task's file name for an entity's timeline: lowercase, `&` as
/// `_and_`, other runs of non-alphanumerics as `_`.
fn file_stem_of(entity: &str) -> String {
    let mut out = String::new();
    for c in entity.to_lowercase().replace('&', "_and_").chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// Score one corpus: its articles folder, gold folder, and target entities
/// (`None`: every gold timeline's entity).
fn eval_corpus(name: &str, docs_dir: &Path, gold_dir: &Path, targets: Option<Vec<String>>) -> Result<TimelineScore, EvalError> {
    let docs: Vec<TimelineDoc> =
        crate::files_with_ext(docs_dir, "xml")?.iter().map(|p| crate::read_text(p).map(|x| read_doc(&x))).collect::<Result<_, _>>()?;
    // Gold timelines by file stem; the first line names the entity, but a
    // few first lines carry typos, so targets are matched by file name first.
    let mut gold: Vec<(String, TimelineFile)> = Vec::new();
    for p in crate::files_with_ext(gold_dir, "txt")? {
        let (t, errors) = parse_timeline(&crate::read_text(&p)?);
        if let Some((line, message)) = errors.first() {
            return Err(EvalError::Gold { path: p, message: format!("line {line}: {message}") });
        }
        let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        gold.push((stem, t));
    }
    let mut targets = targets.unwrap_or_else(|| gold.iter().map(|(_, t)| t.entity.clone()).collect());
    targets.sort();
    targets.dedup();
    let find = |entity: &str| {
        let stem = file_stem_of(entity);
        gold.iter().find(|(s, _)| *s == stem).or_else(|| gold.iter().find(|(_, t)| t.entity.eq_ignore_ascii_case(entity))).map(|(_, t)| t)
    };
    let mut total = Awareness::default();
    let (mut gold_events, mut system_events, mut matched) = (0, 0, 0);
    for entity in &targets {
        let Some(g) = find(entity) else { continue };
        let s = build_timeline(entity, &docs);
        let gold_ids: std::collections::HashSet<String> = g.lines.iter().flat_map(|l| l.events.iter().map(|e| e.to_lowercase())).collect();
        gold_events += gold_ids.len();
        system_events += s.lines.len();
        matched += s.lines.iter().filter(|l| gold_ids.contains(&l.events[0].to_lowercase())).count();
        total.add(score(g, &s));
    }
    Ok(TimelineScore {
        name: name.to_string(),
        documents: docs.len(),
        timelines: targets.iter().filter(|t| find(t).is_some()).count(),
        gold_events,
        system_events,
        events_matched: matched,
        counts: total,
        precision: total.precision(),
        recall: total.recall(),
        f1: total.f1(),
    })
}

/// The whole evaluation: the three test corpora, their micro-average, and the
/// trial corpus (Apple) reported apart as the development set.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEval {
    pub corpora: Vec<TimelineScore>,
    pub total: TimelineScore,
    pub trial: Option<TimelineScore>,
}

/// Run Track A on `semeval2015-timeline/`.
pub fn eval_semeval(dir: &Path) -> Result<TimelineEval, EvalError> {
    let data = dir.join("SemEval_Task4_data");
    if !data.is_dir() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let mut corpora = Vec::new();
    for n in 1..=3 {
        let c = data.join(format!("corpus_{n}"));
        if !c.is_dir() {
            continue;
        }
        let list = crate::read_text(&c.join(format!("list_target_entities_corpus_{n}.txt")))?;
        let targets = list.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        corpora.push(eval_corpus(&format!("corpus_{n}"), &c.join("corpus_trackA_CAT"), &c.join("TimeLines_Gold_Standard"), Some(targets))?);
    }
    if corpora.is_empty() {
        return Err(EvalError::Missing(data));
    }
    let mut counts = Awareness::default();
    for c in &corpora {
        counts.add(c.counts);
    }
    let sum = |f: fn(&TimelineScore) -> usize| corpora.iter().map(f).sum::<usize>();
    let total = TimelineScore {
        name: "total".into(),
        documents: sum(|c| c.documents),
        timelines: sum(|c| c.timelines),
        gold_events: sum(|c| c.gold_events),
        system_events: sum(|c| c.system_events),
        events_matched: sum(|c| c.events_matched),
        counts,
        precision: counts.precision(),
        recall: counts.recall(),
        f1: counts.f1(),
    };
    let trial_docs = dir.join("Corpus-trial-data_task4");
    let trial_gold = dir.join("TimeLines_trial_data_task4_v1.2");
    let trial =
        if trial_docs.is_dir() && trial_gold.is_dir() { Some(eval_corpus("trial (apple)", &trial_docs, &trial_gold, None)?) } else { None };
    Ok(TimelineEval { corpora, total, trial })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_have_surname_model_and_initials_aliases() {
        assert_eq!(
            entity_names("Louis Gallois"),
            vec![vec!["louis".to_string(), "gallois".into()], vec!["gallois".into()], vec!["lg".into()]]
        );
        assert!(entity_names("Airbus A380").contains(&vec!["a380".to_string()]));
        assert!(entity_names("General Motors").contains(&vec!["gm".to_string()]));
        assert!(!entity_names("China Eastern Airlines").contains(&vec!["airlines".to_string()]));
        assert_eq!(entity_names("Boeing"), vec![vec!["boeing".to_string()]]);
        let v = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let ftse = entity_names("FTSE 100 index");
        assert!(ftse.contains(&v("ftse 100")) && ftse.contains(&v("ftse")), "{ftse:?}");
        let dow = entity_names("Dow Jones Industrial Average");
        assert!(dow.contains(&v("dow jones")) && dow.contains(&v("dow")), "{dow:?}");
        let fed = entity_names("US Federal Reserve");
        assert!(fed.contains(&v("federal reserve")), "{fed:?}");
    }

    #[test]
    fn a_small_corpus_becomes_a_scored_timeline() {
        let xml = r#"<Document doc_id="7" doc_name="x"><token t_id="1" sentence="0" number="0">Acme</token><token t_id="2" sentence="0" number="1">sold</token><token t_id="3" sentence="0" number="2">jets</token><token t_id="4" sentence="1" number="0">In</token><token t_id="5" sentence="1" number="1">2006</token><token t_id="6" sentence="1" number="2">,</token><token t_id="7" sentence="1" number="3">Acme's</token><token t_id="8" sentence="1" number="4">chief</token><token t_id="9" sentence="1" number="5">resigned</token><token t_id="10" sentence="2" number="0">Rivals</token><token t_id="11" sentence="2" number="1">complained</token>
            <Markables><TIMEX3 m_id="1" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME"></TIMEX3></Markables></Document>"#;
        let doc = read_doc(xml);
        assert_eq!(doc.id, "7");
        assert_eq!(doc.published, Day::new(2008, 3, 1));
        assert_eq!(doc.sentences.len(), 3);
        let t = build_timeline("Acme", &[doc]);
        let lines: Vec<(u32, &str, &str)> = t.lines.iter().map(|l| (l.ordinal, l.date.as_str(), l.events[0].as_str())).collect();
        assert_eq!(lines, [(1, "2006-XX-XX", "7-1-resigned"), (2, "2008-03-01", "7-0-sold")]);
        let (gold, _) = parse_timeline("Acme\n1\t2006-XX-XX\t7-1-resigned\n2\t2008-03-01\t7-0-sold\n");
        assert_eq!(score(&gold, &t).f1(), 1.0);
    }

    #[test]
    fn a_pronoun_right_after_a_mention_carries_the_entity() {
        let toks = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let doc = TimelineDoc {
            id: "9".into(),
            published: Day::new(2010, 6, 8),
            sentences: vec![
                (0, toks("Tomas Vell resigned on Monday")),
                (1, toks("He later apologised")),
                (2, toks("Rivals celebrated")),
                (3, toks("He laughed")),
            ],
        };
        let t = build_timeline("Tomas Vell", &[doc]);
        let words: Vec<&str> = t.lines.iter().map(|l| l.events[0].rsplit('-').next().unwrap()).collect();
        // "He" after a mention is Vell; "He" after a sentence without him is not.
        assert_eq!(words, ["resigned", "apologised"], "{t:?}");
        assert!(is_person_like("Tomas Vell") && !is_person_like("General Motors") && !is_person_like("Boeing"));
        assert_eq!(anaphor(&["The", "company", "said"], false), Some(2));
        assert_eq!(anaphor(&["She", "said"], false), None);
    }
}
