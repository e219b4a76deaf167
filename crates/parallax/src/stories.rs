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
    /// Similarity to the story when the article joined (1.0 for the first article).
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

/// Online story grouping for a run.
pub struct StoryGrouper {
    clusterer: Clusterer,
    members: Vec<(u32, Member)>,
    /// Each story's timeline, merged as articles arrive.
    timelines: HashMap<u32, Timeline>,
}

impl StoryGrouper {
    pub fn new() -> Self {
        StoryGrouper { clusterer: Clusterer::new(StoryConfig::default()), members: Vec::new(), timelines: HashMap::new() }
    }

    /// Place one article (called as articles arrive).
    pub fn add(&mut self, a: &Article) {
        let day = a.published.as_ref().and_then(|p| day_number(&p.value));
        let m = self.clusterer.add(ArticleInput { title: a.title.as_deref(), text: &a.text, day });
        // Sentences whose time expression names a day: the article's dated events.
        let mut dated = Vec::new();
        for t in &a.time_expressions {
            let Some(v) = t.value.as_deref() else { continue };
            if !(t.kind == "DATE" || t.kind == "TIME") || v.len() < 10 || parallax_stories::day_number(v).is_none() {
                continue;
            }
            if let Some(s) = a.sentences.iter().find(|s| s.start <= t.start && t.end <= s.end) {
                if !dated.iter().any(|d: &DatedSentence| d.start == s.start) {
                    dated.push(DatedSentence {
                        article: a.id.clone(),
                        sentence: s.slice(&a.text).to_string(),
                        start: s.start,
                        end: s.end,
                        day: v[..10].to_string(),
                    });
                }
            }
        }
        let timeline = self.timelines.entry(m.story).or_default();
        for d in dated {
            timeline.add(d);
        }
        self.members.push((
            m.story,
            Member {
                article: a.id.clone(),
                source: a.source.display(),
                similarity: (m.similarity * 1000.0).round() / 1000.0,
                shared_terms: m.shared_terms,
            },
        ));
    }

    /// The report, stories in order of first appearance.
    pub fn report(mut self) -> StoriesReport {
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
