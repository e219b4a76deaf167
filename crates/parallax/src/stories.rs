//! Story grouping inside `parallax analyze`: articles are clustered online as
//! they stream in; the report (stories, topics, membership evidence) is
//! printed after the articles.

use std::collections::HashMap;

use parallax_model::Article;
use parallax_stories::timeline::{DatedSentence, Timeline, TimelineEvent};
use parallax_stories::{day_number, day_to_iso, ArticleInput, Clusterer, StoryConfig};
use serde::Serialize;

/// One article's place in its story.
#[derive(Debug, Clone, Serialize)]
pub struct Member {
    /// The article's `id`.
    pub article: String,
    /// `path` or `path#record`, for people reading the output.
    pub source: String,
    /// Similarity to the story when the article joined (1.0 for the first
    /// article), or, when a split moved it here, to this story at the split.
    pub similarity: f32,
    /// Terms the article shares with the story, strongest first.
    pub shared_terms: Vec<String>,
}

/// A story: articles that report the same event.
#[derive(Debug, Clone, Serialize)]
pub struct StoryOut {
    /// `s-` + the id of the story's first article: stable for the same input.
    pub id: String,
    pub label: String,
    pub topic: String,
    /// First and last publication day of its articles, when known.
    pub start: Option<String>,
    pub end: Option<String>,
    pub terms: Vec<String>,
    pub articles: Vec<Member>,
    /// Dated events from its articles, merged; conflicting days kept side by side.
    pub timeline: Vec<TimelineEvent>,
}

/// A topic: a thread of related stories.
#[derive(Debug, Clone, Serialize)]
pub struct TopicOut {
    pub id: String,
    pub label: String,
    pub stories: Vec<String>,
}

/// Stories and topics of a run.
#[derive(Debug, Clone, Serialize)]
pub struct StoriesReport {
    pub stories: Vec<StoryOut>,
    pub topics: Vec<TopicOut>,
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// Whether the time expression at `t` dates what its sentence at `s` reports. Not a
/// dateline ("Coastline Wire, 14 May 2026": no event, only names and the date) nor a
/// deadline ("urged both sides to return to talks by Friday": the urging is not on Friday).
fn dates_an_event(text: &str, s: (usize, usize), t: (usize, usize)) -> bool {
    let before = &text[s.0..t.0];
    let event_word = before.split_whitespace().chain(text[t.1..s.1].split_whitespace()).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.len() >= 3 && w.starts_with(char::is_lowercase)
    });
    // (nor does the start of a span: "the third robbery in the region since November")
    let deadline = before.split_whitespace().next_back().is_some_and(|w| matches!(w, "by" | "until" | "till" | "since"));
    // The date of a dateline that opens the sentence ("DALSUND, April 9 (Coastline Wire) -
    // A section … collapsed on Thursday"): the day of filing, not of the event.
    let dateline = {
        let after = text[t.1..s.1].trim_start();
        let after = after.strip_prefix('(').and_then(|a| a.split_once(')')).map_or(after, |(_, rest)| rest.trim_start());
        before.trim_end().ends_with(',')
            && before.split_whitespace().all(|w| !w.starts_with(char::is_lowercase))
            && after.starts_with(['-', '—', '–'])
    };
    // The day of the telling ("…, the city said on Tuesday.", "Aune said Tuesday that …"):
    // the words were said then, the event is elsewhere in the sentence.
    let telling = before
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| !matches!(*w, "on" | "late" | "early" | "last" | "this" | "earlier" | "later"))
        .is_some_and(|w| {
            matches!(
                w,
                "said" | "says" | "told" | "added" | "announced" | "reported" | "confirmed" | "stated" | "wrote" | "tweeted" | "insisted"
            )
        });
    event_word && !deadline && !dateline && !telling
}

/// A time expression's span and the day it resolves to.
type Dated<'d> = (usize, usize, &'d str);

/// The events of a sentence with its dates: one per clause that holds a day of its own
/// ("Mujica on Friday hailed the visit of the carrier, which arrived in Kellby on
/// Wednesday" is two), cut at the last comma, semicolon or dash between two dates; the
/// whole sentence with its first day when nothing sets the second apart.
fn clauses<'d>(text: &str, s: (usize, usize), exprs: &[Dated<'d>]) -> Vec<Dated<'d>> {
    let Some(&(_, _, first)) = exprs.first() else { return Vec::new() };
    let mut cuts = vec![s.0];
    let mut days = vec![first];
    for w in exprs.windows(2) {
        let (prev, next) = (w[0], w[1]);
        if days.last() == Some(&next.2) || next.0 < prev.1 {
            continue;
        }
        let between = &text[prev.1..next.0];
        // Not inside a quotation ("“Tuesday will be windy, but nothing like Sunday night,”
        // she said" is one thing said).
        let quoted = |at: usize| text[s.0..at].chars().filter(|c| matches!(c, '"' | '“' | '”')).count() % 2 == 1;
        let boundary =
            [", ", "; ", " — ", " – "].iter().flat_map(|b| between.match_indices(b).map(|(i, _)| i)).filter(|&i| !quoted(prev.1 + i)).max();
        if let Some(i) = boundary {
            cuts.push(prev.1 + i);
            days.push(next.2);
        }
    }
    cuts.push(s.1);
    let marks: &[char] = &[',', ';', ' ', '—', '–', '.'];
    days.iter()
        .enumerate()
        .filter_map(|(k, &day)| {
            let piece = &text[cuts[k]..cuts[k + 1]];
            let lead = piece.len() - piece.trim_start_matches(marks).len();
            let body = piece[lead..].trim_end_matches(marks);
            // the sentence's own end stays on its last clause
            let end = if k + 1 == days.len() { s.1 } else { cuts[k] + lead + body.len() };
            // A relative clause takes its antecedent along: "the carrier, which arrived …".
            let mut start = cuts[k] + lead;
            if k > 0 && (body.starts_with("which ") || body.starts_with("who ")) {
                let before = &text[cuts[k - 1]..cuts[k]];
                if let Some(i) = [" the ", " a ", " an "].iter().filter_map(|d| before.rfind(d)).max() {
                    start = cuts[k - 1] + i + 1;
                }
            }
            (!body.is_empty()).then_some((start, end, day))
        })
        .collect()
}

/// Online story grouping for a run.
pub struct StoryGrouper {
    clusterer: Clusterer,
    /// Each article's story and evidence, by article number.
    members: Vec<(u32, Member)>,
    /// Each story's timeline, merged as articles arrive, once the story can
    /// no longer be split.
    timelines: HashMap<u32, Timeline>,
    /// Dated sentences of the articles of stories that may still be split,
    /// by story, in article order: they follow their article when it moves.
    pending: HashMap<u32, Vec<(u32, Vec<DatedSentence>)>>,
}

impl StoryGrouper {
    pub fn new() -> Self {
        StoryGrouper {
            clusterer: Clusterer::new(StoryConfig::default()),
            members: Vec::new(),
            timelines: HashMap::new(),
            pending: HashMap::new(),
        }
    }

    /// Place one article (called as articles arrive).
    pub fn add(&mut self, a: &Article) {
        let day = a.published.as_ref().and_then(|p| day_number(&p.value));
        let m = self.clusterer.add(ArticleInput { title: a.title.as_deref(), text: &a.text, day });
        debug_assert_eq!(m.article as usize, self.members.len());
        // Sentences whose time expression names a day: the article's dated events.
        // The day-valued expressions of each sentence, in text order.
        let mut by_sentence: Vec<(usize, Vec<Dated<'_>>)> = Vec::new();
        for t in &a.time_expressions {
            let Some(v) = t.value.as_deref() else { continue };
            // A day ("2026-11-20", also a time's), or a month ("2026-09": "in early September").
            let month = t.kind == "DATE" && v.len() == 7 && parallax_stories::day_number(&format!("{v}-01")).is_some();
            let day = (t.kind == "DATE" || t.kind == "TIME") && v.len() >= 10 && parallax_stories::day_number(v).is_some();
            if !(day || month) {
                continue;
            }
            let v = if month { v } else { &v[..10] };
            let si = a.sentences.partition_point(|s| s.end <= t.start);
            let Some(s) = a.sentences.get(si).filter(|s| s.start <= t.start && t.end <= s.end) else { continue };
            if !dates_an_event(&a.text, (s.start, s.end), (t.start, t.end)) {
                continue;
            }
            match by_sentence.last_mut() {
                Some((last, list)) if *last == si => list.push((t.start, t.end, v)),
                _ => by_sentence.push((si, vec![(t.start, t.end, v)])),
            }
        }
        let mut dated = Vec::new();
        for (si, exprs) in by_sentence {
            let s = a.sentences[si];
            for (start, end, day) in clauses(&a.text, (s.start, s.end), &exprs) {
                // The dateline opening the lead is no part of the event ("ORMVIK, Nov 23
                // (Coastline Wire) — Storm Halvar swept …").
                let start = match &a.dateline {
                    Some(d) if d.start <= start && start < d.end && d.end < end => d.end,
                    _ => start,
                };
                let start = start + (a.text[start..end].len() - a.text[start..end].trim_start().len());
                dated.push(DatedSentence {
                    article: a.id.clone(),
                    sentence: a.text[start..end].to_string(),
                    start,
                    end,
                    day: day.to_string(),
                });
            }
        }
        self.members.push((
            m.story,
            Member { article: a.id.clone(), source: a.source.display(), similarity: round3(m.similarity), shared_terms: m.shared_terms },
        ));
        self.pending.entry(m.story).or_default().push((m.article, dated));
        // A split moves articles (and their dated sentences) to a new story.
        for mv in self.clusterer.take_moves() {
            let (story, member) = &mut self.members[mv.article as usize];
            if let Some(list) = self.pending.get_mut(story) {
                if let Some(i) = list.iter().position(|(x, _)| *x == mv.article) {
                    let entry = list.remove(i);
                    self.pending.entry(mv.story).or_default().push(entry);
                }
            }
            *story = mv.story;
            member.similarity = round3(mv.similarity);
            member.shared_terms = mv.shared_terms;
        }
        // A story that can no longer be split folds its dated sentences into its timeline.
        if !self.clusterer.may_split(m.story) {
            self.settle(m.story);
        }
    }

    fn settle(&mut self, story: u32) {
        if let Some(list) = self.pending.remove(&story) {
            let timeline = self.timelines.entry(story).or_default();
            for d in list.into_iter().flat_map(|(_, dated)| dated) {
                timeline.add(d);
            }
        }
    }

    /// The report, stories in order of first appearance.
    pub fn report(mut self) -> StoriesReport {
        let open: Vec<u32> = self.pending.keys().copied().collect();
        for story in open {
            self.settle(story);
        }
        let mut by_story: Vec<(u32, Vec<Member>)> = Vec::new();
        let mut index: HashMap<u32, usize> = HashMap::new();
        for (s, m) in self.members {
            let i = *index.entry(s).or_insert_with(|| {
                by_story.push((s, Vec::new()));
                by_story.len() - 1
            });
            by_story[i].1.push(m);
        }
        let mut topic_ids: HashMap<u32, String> = HashMap::new();
        let mut topics: Vec<TopicOut> = Vec::new();
        let mut stories = Vec::new();
        for (s, members) in by_story {
            let summary = self.clusterer.summary(s);
            let id = format!("s-{}", members[0].article);
            let topic = topic_ids
                .entry(summary.topic)
                .or_insert_with(|| {
                    topics.push(TopicOut { id: format!("t-{}", members[0].article), label: summary.label.clone(), stories: Vec::new() });
                    format!("t-{}", members[0].article)
                })
                .clone();
            if let Some(t) = topics.iter_mut().find(|t| t.id == topic) {
                t.stories.push(id.clone());
            }
            stories.push(StoryOut {
                id,
                label: summary.label,
                topic,
                start: summary.first_day.map(day_to_iso),
                end: summary.last_day.map(day_to_iso),
                terms: summary.terms,
                articles: members,
                timeline: self.timelines.remove(&s).map(Timeline::finish).unwrap_or_default(),
            });
        }
        StoriesReport { stories, topics }
    }
}

#[cfg(test)]
mod tests {
    use super::dates_an_event;

    fn check(sentence: &str, expression: &str) -> bool {
        let at = sentence.find(expression).expect("the expression is in the sentence");
        dates_an_event(sentence, (0, sentence.len()), (at, at + expression.len()))
    }

    #[test]
    fn a_clause_with_a_day_of_its_own_is_an_event_of_its_own() {
        let t = "Mujica on Friday hailed the visit of the carrier, which arrived in Kellby on Wednesday, officials said.";
        let at = |w: &str| {
            let i = t.find(w).unwrap();
            (i, i + w.len())
        };
        let (f, w) = (at("Friday"), at("Wednesday"));
        let got: Vec<(&str, &str)> = super::clauses(t, (0, t.len()), &[(f.0, f.1, "2026-04-10"), (w.0, w.1, "2026-04-08")])
            .into_iter()
            .map(|(s, e, d)| (&t[s..e], d))
            .collect();
        assert_eq!(
            got,
            [
                ("Mujica on Friday hailed the visit of the carrier", "2026-04-10"),
                ("the carrier, which arrived in Kellby on Wednesday, officials said.", "2026-04-08")
            ]
        );
        // Nothing sets the second day apart: one event, on the first.
        let t = "The talks ran from Monday to Wednesday.";
        let (m, w) = (t.find("Monday").unwrap(), t.find("Wednesday").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(m, m + 6, "2026-04-06"), (w, w + 9, "2026-04-08")]);
        assert_eq!(got, [(0, t.len(), "2026-04-06")]);
        // Found on a storm round-up: no cut inside a quotation.
        let t = "\"Tuesday will be windy, but nothing like Sunday night,\" she said.";
        let (a, b) = (t.find("Tuesday").unwrap(), t.find("Sunday").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(a, a + 7, "2026-11-24"), (b, b + 6, "2026-11-22")]);
        assert_eq!(got, [(0, t.len(), "2026-11-24")]);
    }

    #[test]
    fn a_dateline_and_a_deadline_date_no_event() {
        assert!(!check("Coastline Wire, 14 May 2026", "14 May 2026"));
        assert!(!check("Brandt urged both sides to return to talks by Friday.", "Friday"));
        assert!(!check("The union will stay out until Monday.", "Monday"));
        assert!(check("Dock workers walked out on Thursday.", "Thursday"));
        assert!(check("Talks will resume on Thursday at 10am, the ministry said.", "Thursday"));
        // Found on a wire report: the dateline's date dated the collapse.
        let t = "DALSUND, April 9 (Coastline Wire) - A section of the bridge collapsed on Thursday evening.";
        assert!(!check(t, "April 9"));
        assert!(check(t, "Thursday evening"));
        assert!(!check("KELLBY, May 3 — Dock workers walked out.", "May 3"));
        // Found on two reports of a bridge closure: the day of the telling is no event, and
        // made a false conflict with the closure's day.
        let t = "The bridge was closed on Monday, a day after inspectors found cracks, the city said on Tuesday.";
        assert!(check(t, "Monday"));
        assert!(!check(t, "Tuesday"));
        assert!(!check("Aune said Tuesday that repairs would take six weeks.", "Tuesday"));
    }
}
