//! A story's timeline: dated events from its articles' sentences, merged
//! across articles, with conflicting dates for the same event kept side by side.

use std::collections::HashSet;

use parallax_text::lexicon::stem;
use parallax_time::events::{is_event_word, is_speech_word};
use serde::Serialize;

/// A dated sentence from one article.
#[derive(Debug, Clone)]
pub struct DatedSentence {
    /// The article's id.
    pub article: String,
    /// The sentence, as written.
    pub sentence: String,
    /// `start`/`end` of the sentence in the article's text.
    pub start: usize,
    pub end: usize,
    /// The day the sentence's time expression resolves to (`YYYY-MM-DD`).
    pub day: String,
}

/// One event on the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEvent {
    pub day: String,
    /// The sentence of the first article that reports it.
    pub text: String,
    /// Every report: article id and sentence offsets.
    pub reports: Vec<EventReport>,
    /// Days other articles give for what looks like the same event.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicting_days: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventReport {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

/// What a timeline keeps of a sentence to tell whether two report the same
/// event, hashed so it stays small: its longer words (four letters or more,
/// lower-cased) and the stems of its event words (not reporting verbs).
#[derive(Debug, Default)]
struct Gist {
    words: HashSet<u64>,
    events: HashSet<u64>,
    /// Names: capitalised words (not a weekday or month; the first word only before another
    /// capitalised one).
    names: HashSet<u64>,
    /// Kinds of event the sentence's words name, through `KINDS` ("arrested", "detained"
    /// and "custody" are one kind).
    kinds: HashSet<u64>,
    /// The sentence says the event happened again ("arrived again", "a second strike"):
    /// it is no other report of an earlier one.
    recurs: bool,
}

/// Words that name one kind of event, by stem: reports of one event on one day that
/// word it differently ("arrested" in one, "detained" in another) still merge.
const KINDS: &[&[&str]] = &[
    &["arrest", "rearrest", "detain", "custodi"],
    &["kill", "die", "dead", "death"],
    &["injur", "hurt", "wound"],
    &["resign", "quit"],
    &["evacu"],
    &["strike", "walkout"],
    &["shut", "close", "closur"],
    &["suspend", "halt"],
    &["arriv", "dock"],
];

fn kind_of(stem: &str) -> Option<usize> {
    KINDS.iter().position(|k| k.contains(&stem))
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

fn gist(s: &str) -> Gist {
    let tokens: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut g = Gist::default();
    for (i, w) in tokens.iter().enumerate() {
        let lower = w.to_lowercase();
        let stemmed = stem(&lower);
        if lower.chars().count() >= 4 {
            g.words.insert(hash(&lower));
        }
        if is_event_word(&tokens, i) && !is_speech_word(&lower) {
            g.events.insert(hash(&stemmed));
        }
        // The first word is a name only when another capitalised word follows it ("Arvid Kell was …").
        let inside = i > 0 || tokens.get(1).is_some_and(|n| n.starts_with(char::is_uppercase));
        if inside && w.starts_with(char::is_uppercase) && !parallax_text::lexicon::CALENDAR_WORDS.contains(&lower.as_str()) {
            g.names.insert(hash(&lower));
        }
        if let Some(k) = kind_of(&stemmed) {
            g.kinds.insert(k as u64);
        }
        g.recurs |= matches!(lower.as_str(), "again" | "another" | "second" | "third" | "renewed" | "anew" | "fresh");
    }
    g
}

impl Gist {
    /// Two sentences report the same event when they share half the words of
    /// the shorter and, when both name events, one of those events: the
    /// closure and the reopening of one terminal share most words but no event.
    fn same_event(&self, other: &Gist) -> bool {
        overlap(&self.words, &other.words) >= SAME_EVENT
            && (self.events.is_empty() || other.events.is_empty() || !self.events.is_disjoint(&other.events))
    }

    /// Reports of one day may word one event differently: they are one event when they
    /// share two names and a kind of event ("Police arrested former mayor Arvid Kell in
    /// Kellby on Monday" and "Arvid Kell … of Kellby was detained on Monday").
    fn same_event_that_day(&self, other: &Gist) -> bool {
        self.same_event(other) || self.same_names_and_kind(other)
    }

    /// Two names and a kind of event in common ("The USS Ronald Reagan docked in Kellby"
    /// and "the USS Ronald Reagan, which arrived in Kellby"): on days a few apart, the same
    /// event dated differently.
    /// One name will do when two event words are shared too ("A bridge collapsed in Dalsund
    /// on Wednesday, injuring four" and "… the Hallberg Bridge in Dalsund collapsed … on
    /// Thursday, injuring four").
    fn same_names_and_kind(&self, other: &Gist) -> bool {
        let names = self.names.intersection(&other.names).count();
        let events = || self.events.intersection(&other.events).count();
        !self.kinds.is_disjoint(&other.kinds) && (names >= 2 || (names == 1 && events() >= 2))
    }

    /// Names and kinds stay those of the event's first report: a union over hundreds of
    /// reports would hold every name and kind of the day, and take in any sentence.
    fn extend(&mut self, other: Gist) {
        self.words.extend(other.words);
        self.events.extend(other.events);
    }
}

fn overlap(a: &HashSet<u64>, b: &HashSet<u64>) -> f32 {
    let inter = a.intersection(b).count() as f32;
    let smaller = a.len().min(b.len()).max(1) as f32;
    inter / smaller
}

/// Days between two `YYYY-MM-DD` days (infinite when one does not parse).
fn days_apart(a: &str, b: &str) -> f64 {
    match (crate::day_number(a), crate::day_number(b)) {
        (Some(x), Some(y)) => (x - y).abs(),
        _ => f64::INFINITY,
    }
}

/// Share of words two sentences must share to report the same event.
const SAME_EVENT: f32 = 0.5;

/// A story's timeline as it grows: each dated sentence is merged as it arrives,
/// so memory grows with the number of distinct events, not of reports.
#[derive(Debug, Default)]
pub struct Timeline {
    /// Each event, its gist and the articles (hashed) that report it.
    events: Vec<(TimelineEvent, Gist, HashSet<u64>)>,
    /// Each day's events by word and by name, so a sentence is compared with the events of
    /// its own day that share a word or a name with it, not with every event.
    by_day: std::collections::HashMap<String, DayIndex>,
}

#[derive(Debug, Default)]
struct DayIndex {
    by_word: std::collections::HashMap<u64, Vec<usize>>,
    by_name: std::collections::HashMap<u64, Vec<usize>>,
}

/// A word or name listed under more events than this is too common to find an event by:
/// two reports of one event share rarer ones too, and the cost per sentence stays bounded.
const COMMON_WORD_EVENTS: usize = 64;

/// The events listed under the given words, skipping lists of common words, once each and
/// in event order.
fn listed<'a>(lists: impl Iterator<Item = &'a Vec<usize>>) -> Vec<usize> {
    let mut out: Vec<usize> = lists.filter(|list| list.len() <= COMMON_WORD_EVENTS).flatten().copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl Timeline {
    /// Merge one dated sentence into the events of its day, or add an event.
    pub fn add(&mut self, it: DatedSentence) {
        let w = gist(&it.sentence);
        let report = EventReport { article: it.article, start: it.start, end: it.end };
        let article = hash(&report.article);
        let day = self.by_day.entry(it.day.clone()).or_default();
        // Reporting the same event, two sentences share words (half the shorter's) or two
        // names; the first event of the day that does, in order, takes the report.
        let candidates = listed(w.words.iter().filter_map(|k| day.by_word.get(k)).chain(w.names.iter().filter_map(|k| day.by_name.get(k))));
        match candidates.into_iter().find(|&i| self.events[i].1.same_event_that_day(&w)) {
            Some(i) => {
                let (e, ew, articles) = &mut self.events[i];
                if articles.insert(article) {
                    e.reports.push(report);
                }
                for &k in w.words.difference(&ew.words) {
                    day.by_word.entry(k).or_default().push(i);
                }
                ew.extend(w);
            }
            None => {
                let i = self.events.len();
                for &k in &w.words {
                    day.by_word.entry(k).or_default().push(i);
                }
                for &k in &w.names {
                    day.by_name.entry(k).or_default().push(i);
                }
                let e = TimelineEvent { day: it.day, text: it.sentence, reports: vec![report], conflicting_days: Vec::new() };
                self.events.push((e, w, HashSet::from([article])));
            }
        }
    }

    /// The events sorted by day; the same event on different days is kept
    /// on both, each naming the other's day.
    pub fn finish(mut self) -> Vec<TimelineEvent> {
        // Two events that report the same share half the words of the shorter: candidates
        // come from an index of words.
        let mut by_word: std::collections::HashMap<u64, Vec<usize>> = std::collections::HashMap::new();
        for (i, (_, g, _)) in self.events.iter().enumerate() {
            for &w in &g.words {
                by_word.entry(w).or_default().push(i);
            }
        }
        // Each pair once (`same_event` is symmetric); days are pushed in event order.
        let n = self.events.len();
        for i in 0..n {
            for j in listed(self.events[i].1.words.iter().filter_map(|w| by_word.get(w))).into_iter().filter(|&j| j > i) {
                let (a, b) = (&self.events[i], &self.events[j]);
                let once = !a.1.recurs && !b.1.recurs;
                // (a month and a day in it do not conflict: "in November" and "on November 20")
                let nested = a.0.day.starts_with(&b.0.day) || b.0.day.starts_with(&a.0.day);
                // (two dates in one sentence of one article are two things it dates: "published
                // new rules last Thursday, which take effect in January")
                let one_sentence =
                    a.0.reports.iter().any(|r| b.0.reports.iter().any(|o| o.article == r.article && o.start < r.end && r.start < o.end));
                if !nested
                    && once
                    && !one_sentence
                    && (a.1.same_event(&b.1) || (a.1.same_names_and_kind(&b.1) && days_apart(&a.0.day, &b.0.day) <= 3.0))
                {
                    for (to, from) in [(i, j), (j, i)] {
                        let d = self.events[from].0.day.clone();
                        if !self.events[to].0.conflicting_days.contains(&d) {
                            self.events[to].0.conflicting_days.push(d);
                        }
                    }
                }
            }
        }
        let mut out: Vec<TimelineEvent> = self.events.into_iter().map(|(e, _, _)| e).collect();
        out.sort_by(|a, b| a.day.cmp(&b.day).then(b.reports.len().cmp(&a.reports.len())));
        out
    }
}

/// Build the timeline of one story from all its dated sentences, sorted by day.
pub fn build_timeline(items: &[DatedSentence]) -> Vec<TimelineEvent> {
    let mut t = Timeline::default();
    for it in items {
        t.add(it.clone());
    }
    t.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(article: &str, sentence: &str, day: &str) -> DatedSentence {
        DatedSentence { article: article.into(), sentence: sentence.into(), start: 0, end: sentence.len(), day: day.into() }
    }

    #[test]
    fn reports_merge_and_conflicts_stay_side_by_side() {
        let t = build_timeline(&[
            item("a", "A fire tore through the passenger hall of the ferry terminal on Tuesday.", "2026-11-10"),
            item("b", "Fire swept through the passenger hall of the ferry terminal on Tuesday afternoon.", "2026-11-10"),
            item(
                "c",
                "Forty-one people were hurt on Monday when fire ripped through the passenger hall of the ferry terminal.",
                "2026-11-09",
            ),
            item("a", "Crossings to Selka restarted on Friday.", "2026-11-20"),
        ]);
        assert_eq!(t.len(), 3);
        let tue = t.iter().find(|e| e.day == "2026-11-10").unwrap();
        assert_eq!(tue.reports.len(), 2);
        assert_eq!(tue.conflicting_days, ["2026-11-09"]);
        let mon = t.iter().find(|e| e.day == "2026-11-09").unwrap();
        assert_eq!(mon.conflicting_days, ["2026-11-10"]);
        assert!(t.iter().find(|e| e.day == "2026-11-20").unwrap().conflicting_days.is_empty());
        assert_eq!(t[0].day, "2026-11-09");
    }

    #[test]
    fn reports_of_one_day_worded_differently_merge_when_they_share_names_and_a_kind_of_event() {
        // Found on a test corpus of two arrests of one former mayor: three reports of each
        // arrest stayed three events, since they share too few words.
        let t = build_timeline(&[
            item("a", "Police in Kellby arrested former mayor Arvid Kell on Monday on suspicion of fraud.", "2026-06-01"),
            item("b", "Arvid Kell, who led Kellby city hall until last year, was detained on Monday.", "2026-06-01"),
            item("c", "Kellby's former mayor Arvid Kell spent Monday night in custody.", "2026-06-01"),
            // Same day, same names, another kind of event: a separate event.
            item("d", "Arvid Kell resigned from the Kellby harbour board on Monday.", "2026-06-01"),
        ]);
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].reports.len(), 3, "{t:?}");
        // One shared name is not enough.
        let t = build_timeline(&[
            item("a", "Police arrested Arvid Kell in Kellby on Monday.", "2026-06-01"),
            item("b", "His driver was detained by police near Lund on Monday.", "2026-06-01"),
        ]);
        assert_eq!(t.len(), 2, "{t:?}");
    }

    #[test]
    fn one_event_worded_differently_on_two_close_days_is_a_conflict() {
        // Found on a test story: a carrier that "docked in Kellby on Thursday" in one report
        // "arrived in Kellby on Wednesday" in another; the two dates were not set side by side.
        let t = build_timeline(&[
            item("a", "The USS Ronald Reagan docked in Kellby on Thursday, the navy said.", "2026-04-09"),
            item("b", "the USS Ronald Reagan, which arrived in Kellby on Wednesday, according to port officials.", "2026-04-08"),
            item("c", "The USS Ronald Reagan left Kellby on Sunday.", "2026-04-12"),
            item("d", "The USS Ronald Reagan arrived in Kellby again in May.", "2026-05-20"),
        ]);
        let docked = t.iter().find(|e| e.day == "2026-04-09").unwrap();
        assert_eq!(docked.conflicting_days, ["2026-04-08"]);
        // One name and two event words in common will do.
        let bridge = build_timeline(&[
            item("a", "A section of the Hallberg Bridge in Dalsund collapsed on Thursday, injuring four people.", "2027-04-08"),
            item("b", "A bridge collapsed in the city of Dalsund on Wednesday, injuring four, officials said.", "2027-04-07"),
            item("c", "A bridge in Dalsund was closed for repairs on Monday, injuring no one.", "2027-04-05"),
        ]);
        assert_eq!(bridge.iter().find(|e| e.day == "2027-04-08").unwrap().conflicting_days, ["2027-04-07"]);
        assert!(bridge.iter().find(|e| e.day == "2027-04-05").unwrap().conflicting_days.is_empty());
        // Leaving is another kind of event, and a visit "again" another event.
        for day in ["2026-04-12", "2026-05-20"] {
            assert!(t.iter().find(|e| e.day == day).unwrap().conflicting_days.is_empty(), "{day}");
        }
    }

    #[test]
    fn two_dates_in_one_sentence_of_one_article_are_no_conflict() {
        // Found on a court report: "Last Thursday the regulator published new inspection
        // rules, which take effect in January" showed each clause as the other's other date.
        let mut a = item("a", "Last Thursday the regulator published new inspection rules", "2026-10-29");
        (a.start, a.end) = (10, 70);
        let mut b = item("a", "the regulator published new inspection rules, which take effect in January.", "2027-01-05");
        (b.start, b.end) = (25, 101);
        let t = build_timeline(&[a, b]);
        assert!(t.iter().all(|e| e.conflicting_days.is_empty()), "{t:?}");
        // Another article giving the other day for it still conflicts.
        let mut c = item("c", "Last Thursday the regulator published new inspection rules", "2026-10-30");
        (c.start, c.end) = (10, 70);
        let mut a = item("a", "Last Thursday the regulator published new inspection rules", "2026-10-29");
        (a.start, a.end) = (10, 70);
        let t = build_timeline(&[a, c]);
        assert!(t.iter().any(|e| !e.conflicting_days.is_empty()), "{t:?}");
    }

    #[test]
    fn two_events_in_the_same_words_on_different_days_are_no_conflict() {
        // Found reading timelines: the closure and the reopening of one terminal share
        // most of their words, and were shown as one event reported on two days.
        let t = build_timeline(&[
            item("a", "The ferry terminal at Port Aven closed on Monday after the fire.", "2026-11-09"),
            item("b", "The ferry terminal at Port Aven reopened on Friday.", "2026-11-13"),
            item("c", "The Port Aven ferry terminal was closed on Tuesday after the fire.", "2026-11-10"),
        ]);
        assert_eq!(t.len(), 3);
        let reopened = t.iter().find(|e| e.day == "2026-11-13").unwrap();
        assert!(reopened.conflicting_days.is_empty(), "{:?}", reopened.conflicting_days);
        // The closure, given two days, still is a conflict.
        let monday = t.iter().find(|e| e.day == "2026-11-09").unwrap();
        assert_eq!(monday.conflicting_days, ["2026-11-10"]);
    }
}
