//! Events and entity timelines: which words of a sentence name an event
//! (a verb or an event noun), what day each event is anchored to, and the
//! events of one entity across many articles put in order.
//!
//! Event words come from a lexicon of news verbs (with their inflections
//! generated) and event nouns, plus regular past forms (`-ed`) of words that
//! are not capitalised. Auxiliaries and copulas are not events. An event takes
//! the date of the nearest date expression in its sentence, else the article's
//! article's reference day; an event whose article has no date is unanchored.
//! The reference day is the first full date of the article within the week
//! before publication ("announced Friday" in Saturday's article), else the
//! publication date. Reporting verbs ("said") always take the reference day;
//! an event under a modal or an infinitive ("will build", "plans to sell")
//! without a date of its own stays unanchored.
//! For an entity, only event words within `NEAR` tokens of its mentions count.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::civil::Day;
use crate::{find_timexes, TimexType};

/// Base forms of verbs that report events in news.
const VERBS: &str = "accept accuse acquire add admit agree aim allow announce appeal appear appoint approve argue arrest ask attack attempt attend avoid back ban beat begin bid block boost borrow break bring build buy call cancel carry cause celebrate charge claim close collapse comment complete confirm consider continue cost create criticise criticize cut deal decide decline defeat delay deliver demand deny depart describe design develop die drop earn ease elect employ end enter escape estimate expand expect experience explain export extend face fail fall file fill finish fire fly follow force forecast found gain give grant grow halt hand help hire hit hold hope import improve include increase indicate inform insist install intend introduce invest investigate invite involve issue join jump keep kill land launch lay lead leave lend lift limit list lose lower maintain make manufacture mark meet merge miss move name need negotiate note notify offer open operate order own pass pay plan plunge post postpone predict prepare present press prevent produce promise propose protest provide publish purchase push raise rally reach rebound receive recommend record recover reduce refuse reject release rely remain remove renew replace report request require resign respond restructure resume retire return reveal rise rule run save schedule see seek sell send serve settle shed ship show shut sign slash slide slip slow slump soar speak spend split stand start state step stop strike struggle succeed sue suffer suggest supply support surge suspend take talk target tell test threaten tie total trade trim tumble turn underline undergo unveil urge use vote warn welcome win withdraw work worsen write";

/// Irregular past and participle forms (and other forms the rules miss).
const IRREGULAR: &str = "began begun bought broke broken brought built came caught chose chosen cut dealt did done drew drawn drove fell fallen felt flew flown fought found gave given got gotten grew grown heard held hit hurt kept knew known laid led left lent lost made meant met paid put quit ran rose risen said sank saw seen sent set shed shot showed shown shut slid sold spent split spoke spoken stood struck sued swung taken took told thought threw thrown underwent undergone won withdrew withdrawn wrote written";

/// Nouns that name events.
const NOUNS: &str = "acquisition agreement announcement appeal arrest attack auction ban bankruptcy bid boycott cancellation cap ceremony change charge closure collapse conference contract crash crisis cut cuts deal death decision decline default delay delivery demand departure dispute drop election expansion fall flight gain growth hearing increase investigation investment job launch lawsuit layoff layoffs loan loss losses meeting merger offer order orders outage plan plunge production profit profits protest purchase rally recall recession recovery reduction release resignation restructuring retirement rise ruling sale sales settlement shutdown slump speech split strike suit surge takeover talks test trial vote war";

/// How near (in tokens) an event word must be to a mention of the entity
/// to count as its event. Chosen on the SemEval-2015 trial corpus, where 2
/// and 3 tie; wider windows add more wrong events than right ones.
pub const NEAR: usize = 3;

/// Reporting verbs.
const SPEECH: &[&str] =
    &["said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "states", "commented", "explained", "explains"];

/// Whether `lower` (lower-cased) is a reporting verb such as `said` or `told`.
pub fn is_speech_word(lower: &str) -> bool {
    SPEECH.contains(&lower)
}

/// Auxiliaries and copulas: never events on their own.
const AUX: &str = "am is are was were be been being do does did will would shall should can could may might must";

fn inflect(base: &str, out: &mut HashSet<String>) {
    out.insert(base.to_string());
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    // -s
    if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") {
        out.insert(format!("{base}es"));
    } else if base.ends_with('y') && n > 1 && !vowel(chars[n - 2]) {
        out.insert(format!("{}ies", &base[..base.len() - 1]));
    } else {
        out.insert(format!("{base}s"));
    }
    // -ed and -ing
    if let Some(stem) = base.strip_suffix('e') {
        out.insert(format!("{base}d"));
        out.insert(format!("{stem}ing"));
    } else if base.ends_with('y') && n > 1 && !vowel(chars[n - 2]) {
        out.insert(format!("{}ied", &base[..base.len() - 1]));
        out.insert(format!("{base}ing"));
    } else {
        out.insert(format!("{base}ed"));
        out.insert(format!("{base}ing"));
        // Doubled final consonant after one short vowel (stop, plan, drop).
        if n >= 3 && !vowel(chars[n - 1]) && !"wxy".contains(chars[n - 1]) && vowel(chars[n - 2]) && !vowel(chars[n - 3]) {
            let last = chars[n - 1];
            out.insert(format!("{base}{last}ed"));
            out.insert(format!("{base}{last}ing"));
        }
    }
}

static VERB_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut out = HashSet::new();
    for v in VERBS.split_whitespace() {
        inflect(v, &mut out);
    }
    out.extend(IRREGULAR.split_whitespace().map(str::to_string));
    out
});
static NOUN_FORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NOUNS.split_whitespace().collect());
static IRREGULAR_FORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| IRREGULAR.split_whitespace().collect());
static AUX_FORMS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| AUX.split_whitespace().collect());

/// Words ending in `-ed` that are not verbs.
const NOT_VERBS: &[&str] =
    &["bed", "hundred", "indeed", "need", "red", "seed", "shed", "speed", "united", "feed", "breed", "greed", "sacred", "naked", "wicked"];

/// Whether `tokens[i]` names an event. `have`/`has`/`had` count only as a
/// main verb (not before a participle within two words).
pub fn is_event_word(tokens: &[&str], i: usize) -> bool {
    let w = tokens[i];
    let lower = w.to_lowercase();
    if lower.len() < 2 || AUX_FORMS.contains(lower.as_str()) {
        return false;
    }
    if matches!(lower.as_str(), "have" | "has" | "had" | "having") {
        let next = tokens.iter().skip(i + 1).take(2);
        return !next.into_iter().any(|t| {
            let t = t.to_lowercase();
            t.ends_with("ed") || t.ends_with("en") || IRREGULAR_FORMS.contains(t.as_str())
        });
    }
    // Capitalised inside a sentence: a name, not an event.
    if i > 0 && w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if VERB_FORMS.contains(&lower) || NOUN_FORMS.contains(lower.as_str()) {
        return true;
    }
    lower.len() > 4 && lower.ends_with("ed") && lower.chars().all(|c| c.is_ascii_lowercase()) && !NOT_VERBS.contains(&lower.as_str())
}

/// A date as `YYYY-MM-DD` with `XX` for unknown parts, from a TIMEX3 date value.
pub fn date_of_value(value: &str) -> Option<String> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.len() >= r.end && b[r].iter().all(u8::is_ascii_digit);
    if !digits(0..4) {
        return None;
    }
    if b.len() == 4 {
        return Some(format!("{value}-XX-XX"));
    }
    if b.len() == 7 && b[4] == b'-' && digits(5..7) {
        return Some(format!("{value}-XX"));
    }
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && digits(5..7) && digits(8..10) {
        return Some(value[..10].to_string());
    }
    None
}

/// One sentence of an article, as tokens.
#[derive(Debug, Clone)]
pub struct EventSentence<'a> {
    /// The article's id.
    pub article: &'a str,
    /// Sentence number in the article.
    pub number: u32,
    pub tokens: Vec<&'a str>,
    /// The article's publication date.
    pub published: Option<Day>,
}

/// An event of a timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedEvent {
    pub article: String,
    pub sentence: u32,
    /// Token index in the sentence, and the word.
    pub token: usize,
    pub word: String,
    /// `YYYY-MM-DD` with `XX` for unknown parts; `None` when unanchored.
    pub date: Option<String>,
    /// Token span of the date expression it rests on; `None` when the date
    /// is the publication date.
    pub date_tokens: Option<(usize, usize)>,
}

/// The dates of a sentence: (first token, last token, date).
fn sentence_dates(tokens: &[&str], published: Option<Day>) -> Vec<(usize, usize, String)> {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(tokens.len());
    for t in tokens {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(t);
    }
    let token_at = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
    find_timexes(&text, published)
        .into_iter()
        .filter(|t| t.kind == TimexType::Date)
        // A part of a period ("by the end of this year") mostly dates a plan, which the
        // timelines leave undated.
        .filter(|t| crate::PART_OF.find(&t.text).is_none_or(|m| m.start() != 0))
        .filter_map(|t| {
            let date = match t.value.as_deref() {
                Some("PRESENT_REF") => published.map(|d| d.iso()),
                Some(v) => date_of_value(v),
                None => None,
            }?;
            Some((token_at(t.start), token_at(t.end.saturating_sub(1)), date))
        })
        .collect()
}

/// The events of the sentences that mention the entity, each with its date.
/// `mentions[i]` holds the token spans (first, last) where `sentences[i]`
/// names the entity.
pub fn entity_events(sentences: &[EventSentence<'_>], mentions: &[Vec<(usize, usize)>]) -> Vec<DatedEvent> {
    debug_assert_eq!(sentences.len(), mentions.len());
    let mut out = Vec::new();
    // Each article's reference day: the first full date of its text in the
    // week up to its publication (news reports "on Monday" what it
    // publishes on Tuesday); else the publication date.
    let mut reference: HashMap<&str, Option<String>> = HashMap::new();
    for s in sentences {
        let Some(p) = s.published else { continue };
        let slot = reference.entry(s.article).or_insert(None);
        if slot.is_some() {
            continue;
        }
        *slot = sentence_dates(&s.tokens, s.published)
            .into_iter()
            .map(|d| d.2)
            .find(|d| Day::parse(d).is_some_and(|d| d.number() < p.number() && p.number() - d.number() <= 7));
    }
    for (s, spans) in sentences.iter().zip(mentions) {
        if spans.is_empty() {
            continue;
        }
        let dates = sentence_dates(&s.tokens, s.published);
        for i in 0..s.tokens.len() {
            if spans.iter().any(|&(a, b)| a <= i && i <= b) || dates.iter().any(|d| d.0 <= i && i <= d.1) {
                continue;
            }
            if !is_event_word(&s.tokens, i) {
                continue;
            }
            if !spans.iter().any(|&(a, b)| (i < a && a - i <= NEAR) || (i > b && i - b <= NEAR)) {
                continue;
            }
            // A reporting verb happens when the article reports, whatever
            // dates the reported words carry.
            let speech = SPEECH.contains(&s.tokens[i].to_lowercase().as_str());
            let distance = |d: &(usize, usize, String)| if i < d.0 { d.0 - i } else { i - d.1 };
            let nearest = if speech { None } else { dates.iter().min_by_key(|d| distance(d)) };
            // An event under a modal or an infinitive ("will build", "plans to
            // sell") has not happened when the article reports: no date but its own.
            let irrealis = s.tokens[i.saturating_sub(2)..i].iter().any(|t| {
                matches!(t.to_lowercase().as_str(), "will" | "would" | "could" | "may" | "might" | "should" | "can" | "to" | "must")
            });
            let (date, date_tokens) = match nearest {
                Some(d) => (Some(d.2.clone()), Some((d.0, d.1))),
                None if irrealis => (None, None),
                None => (reference.get(s.article).cloned().flatten().or_else(|| s.published.map(|d| d.iso())), None),
            };
            out.push(DatedEvent {
                article: s.article.to_string(),
                sentence: s.number,
                token: i,
                word: s.tokens[i].to_string(),
                date,
                date_tokens,
            });
        }
    }
    out
}

/// Put events in order: one position per distinct date, earliest first, a
/// coarser date ("2008") before the finer dates inside it; events without a
/// date get position 0 (not ordered). Returns (position, events) in order.
pub fn order_events(mut events: Vec<DatedEvent>) -> Vec<(u32, Vec<DatedEvent>)> {
    // "2008-XX-XX" sorts as "2008-00-00": before every day inside it.
    events.sort_by_cached_key(|e| (e.date.as_ref().map(|d| d.replace("XX", "00")), e.article.clone(), e.sentence, e.token));
    let mut out: Vec<(u32, Vec<DatedEvent>)> = Vec::new();
    let mut position = 0;
    let mut last: Option<String> = None;
    for e in events {
        if e.date.is_none() {
            match out.first_mut() {
                Some((0, v)) => v.push(e),
                _ => out.insert(0, (0, vec![e])),
            }
            continue;
        }
        if e.date != last {
            position += 1;
            last = e.date.clone();
            out.push((position, Vec::new()));
        }
        out.last_mut().expect("a position was just pushed").1.push(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where each sentence names "Acme".
    fn acme(sentences: &[EventSentence]) -> Vec<Vec<(usize, usize)>> {
        sentences.iter().map(|s| (0..s.tokens.len()).filter(|&i| s.tokens[i] == "Acme").map(|i| (i, i)).collect()).collect()
    }

    fn toks(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn verbs_and_event_nouns_are_events_auxiliaries_and_names_are_not() {
        let t = toks("The carrier has announced a merger and was planning layoffs , United said");
        let events: Vec<&str> = (0..t.len()).filter(|&i| is_event_word(&t, i)).map(|i| t[i]).collect();
        assert_eq!(events, ["announced", "merger", "planning", "layoffs", "said"]);
        let t = toks("Acme has 300 aircraft and shipped them");
        let events: Vec<&str> = (0..t.len()).filter(|&i| is_event_word(&t, i)).map(|i| t[i]).collect();
        assert_eq!(events, ["has", "shipped"]);
    }

    #[test]
    fn inflections_follow_spelling_rules() {
        let mut s = HashSet::new();
        inflect("stop", &mut s);
        inflect("rely", &mut s);
        inflect("close", &mut s);
        for w in ["stopped", "stopping", "stops", "relied", "relies", "relying", "closed", "closing", "closes"] {
            assert!(s.contains(w), "{w}");
        }
    }

    #[test]
    fn dates_keep_their_granularity() {
        assert_eq!(date_of_value("2008").as_deref(), Some("2008-XX-XX"));
        assert_eq!(date_of_value("2008-03").as_deref(), Some("2008-03-XX"));
        assert_eq!(date_of_value("2008-03-01").as_deref(), Some("2008-03-01"));
        assert_eq!(date_of_value("2008-W12"), None);
        assert_eq!(date_of_value("P3Y"), None);
    }

    #[test]
    fn events_take_the_nearest_date_or_the_reference_day() {
        let published = Day::new(2008, 3, 5);
        let tokens = toks("Acme sold the plant in 2006 , and Acme announced on Monday it would grow");
        let s1 = EventSentence { article: "a", number: 1, tokens, published };
        let s2 = EventSentence { article: "a", number: 2, tokens: toks("Rivals complained"), published };
        let s3 = EventSentence { article: "a", number: 3, tokens: toks("Acme said shares fell in 2006"), published };
        let s4 = EventSentence { article: "b", number: 1, tokens: toks("Acme launched a jet"), published: None };
        let s5 = EventSentence { article: "c", number: 1, tokens: toks("Acme launched a jet"), published };
        let sentences = [s1, s2, s3, s4, s5];
        let ev = entity_events(&sentences, &acme(&sentences));
        let got: Vec<(&str, Option<&str>)> = ev.iter().map(|e| (e.word.as_str(), e.date.as_deref())).collect();
        assert_eq!(
            got,
            [
                // The year beside it; "grow" is too far from "Acme".
                ("sold", Some("2006-XX-XX")),
                ("announced", Some("2008-03-03")),
                // Reporting happens on the article's reference day ("on Monday").
                ("said", Some("2008-03-03")),
                ("fell", Some("2006-XX-XX")),
                // No publication date: unanchored; no date in the text: the publication date.
                ("launched", None),
                ("launched", Some("2008-03-05")),
            ],
            "{ev:?}"
        );
        let ordered = order_events(ev);
        let shape: Vec<(u32, Vec<&str>)> = ordered.iter().map(|(p, v)| (*p, v.iter().map(|e| e.word.as_str()).collect())).collect();
        assert_eq!(shape, [(0, vec!["launched"]), (1, vec!["sold", "fell"]), (2, vec!["announced", "said"]), (3, vec!["launched"])]);
    }

    #[test]
    fn events_under_a_modal_are_not_dated_by_the_article() {
        let published = Day::new(2008, 3, 5);
        let s = EventSentence { article: "a", number: 1, tokens: toks("Acme will build a plant and plans to hire staff"), published };
        let sentences = [s];
        let ev = entity_events(&sentences, &acme(&sentences));
        let got: Vec<(&str, Option<&str>)> = ev.iter().map(|e| (e.word.as_str(), e.date.as_deref())).collect();
        assert_eq!(got, [("build", None)], "{ev:?}");
    }
}
