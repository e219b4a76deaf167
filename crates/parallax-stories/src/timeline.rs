//! A story's timeline: dated events from its articles' sentences, merged
//! across articles, with conflicting dates for the same event kept side by side.

use std::collections::HashSet;

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

/// The longer words of a sentence (four letters or more), lowercased and
/// hashed: a timeline keeps these for every event, so they stay small.
fn words(s: &str) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.to_lowercase().hash(&mut h);
            h.finish()
        })
        .collect()
}

fn overlap(a: &HashSet<u64>, b: &HashSet<u64>) -> f32 {
    let inter = a.intersection(b).count() as f32;
    let smaller = a.len().min(b.len()).max(1) as f32;
    inter / smaller
}

/// Share of words two sentences must share to report the same event.
const SAME_EVENT: f32 = 0.5;

/// A story's timeline as it grows: each dated sentence is merged as it arrives,
/// so memory grows with the number of distinct events, not of reports.
#[derive(Debug, Default)]
pub struct Timeline {
    events: Vec<(TimelineEvent, HashSet<u64>)>,
}

impl Timeline {
    /// Merge one dated sentence into the events of its day, or add an event.
    pub fn add(&mut self, it: DatedSentence) {
        let w = words(&it.sentence);
        let report = EventReport { article: it.article, start: it.start, end: it.end };
        match self.events.iter_mut().find(|(e, ew)| e.day == it.day && overlap(ew, &w) >= SAME_EVENT) {
            Some((e, ew)) => {
                if !e.reports.iter().any(|r| r.article == report.article) {
                    e.reports.push(report);
                }
                ew.extend(w);
            }
            None => {
                self.events.push((TimelineEvent { day: it.day, text: it.sentence, reports: vec![report], conflicting_days: Vec::new() }, w))
            }
        }
    }

    /// The events sorted by day; the same event on different days is kept
    /// on both, each naming the other's day.
    pub fn finish(mut self) -> Vec<TimelineEvent> {
        let n = self.events.len();
        for i in 0..n {
            for j in 0..n {
                if i != j && self.events[i].0.day != self.events[j].0.day && overlap(&self.events[i].1, &self.events[j].1) >= SAME_EVENT {
                    let d = self.events[j].0.day.clone();
                    if !self.events[i].0.conflicting_days.contains(&d) {
                        self.events[i].0.conflicting_days.push(d);
                    }
                }
            }
        }
        let mut out: Vec<TimelineEvent> = self.events.into_iter().map(|(e, _)| e).collect();
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
}
