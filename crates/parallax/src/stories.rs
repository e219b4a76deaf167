//! Story grouping inside `parallax analyze`: articles are clustered online as
//! they stream in; the report (stories, topics, membership evidence) is
//! printed after the articles.

use std::collections::HashMap;

use parallax_model::Article;
use parallax_stories::dated::{dated_sentences, lead_day};
use parallax_stories::statements::{reported_quotes, Statement, StatementIndex};
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
    /// Entities (aliases merged across the corpus) the article shares with other
    /// articles of its story, named by the most of them first; filled once the
    /// corpus entities are known ([`attach_shared_entities`]).
    pub shared_entities: Vec<String>,
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
    /// Who said what: each speaker's statements, merged across the articles that report them.
    pub statements: Vec<Statement>,
}

/// A topic: a thread of related stories.
#[derive(Debug, Clone, Serialize)]
pub struct TopicOut {
    pub id: String,
    pub label: String,
    /// First and last publication day of its stories, when known.
    pub start: Option<String>,
    pub end: Option<String>,
    /// Its stories in time order (by start; undated stories last, in arrival order).
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

/// Online story grouping for a run.
pub struct StoryGrouper {
    clusterer: Clusterer,
    /// Each article's story and evidence, by article number.
    members: Vec<(u32, Member)>,
    /// Each story's timeline, merged as articles arrive, once the story can
    /// no longer be split.
    timelines: HashMap<u32, Timeline>,
    /// Every story's statements, merged as articles arrive; a split moves an
    /// article's reports with it.
    statements: StatementIndex,
    /// Dated sentences of the articles of stories that may still be split,
    /// by story, in article order: they follow their article when it moves.
    pending: HashMap<u32, Vec<(u32, Vec<DatedSentence>)>>,
}

impl StoryGrouper {
    /// `keep_texts`: keep the words of each statement for the terminal.
    pub fn new(keep_texts: bool) -> Self {
        StoryGrouper {
            clusterer: Clusterer::new(StoryConfig::default()),
            members: Vec::new(),
            timelines: HashMap::new(),
            statements: StatementIndex::new(keep_texts),
            pending: HashMap::new(),
        }
    }

    /// Place one article (called as articles arrive).
    pub fn add(&mut self, a: &Article) {
        let day = a.published.as_ref().and_then(|p| day_number(&p.value));
        // Sentences whose time expression names a day: the article's dated events.
        let dated = dated_sentences(a);
        let event_day = lead_day(a, &dated);
        let m = self.clusterer.add(ArticleInput {
            title: a.title.as_deref(),
            text: &a.text,
            day,
            event_day,
            language: a.language.as_ref().map(|l| l.code.as_str()),
        });
        debug_assert_eq!(m.article as usize, self.members.len());
        self.members.push((
            m.story,
            Member {
                article: a.id.clone(),
                source: a.source.display(),
                similarity: round3(m.similarity),
                shared_terms: m.shared_terms,
                shared_entities: Vec::new(),
            },
        ));
        self.pending.entry(m.story).or_default().push((m.article, dated));
        for q in reported_quotes(a) {
            self.statements.add(m.story, m.article, q);
        }
        // A split moves articles (and their dated sentences) to a new story.
        for mv in self.clusterer.take_moves() {
            let (story, member) = &mut self.members[mv.article as usize];
            if let Some(list) = self.pending.get_mut(story) {
                if let Some(i) = list.iter().position(|(x, _)| *x == mv.article) {
                    let entry = list.remove(i);
                    self.pending.entry(mv.story).or_default().push(entry);
                }
            }
            self.statements.move_article(mv.article, *story, mv.story);
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
        let ids: Vec<String> = self.members.iter().map(|(_, m)| m.article.clone()).collect();
        let article_id = |n: u32| ids.get(n as usize).cloned().unwrap_or_default();
        let mut by_story: Vec<(u32, Vec<Member>)> = Vec::new();
        let mut index: HashMap<u32, usize> = HashMap::new();
        for (s, m) in self.members {
            let i = *index.entry(s).or_insert_with(|| {
                by_story.push((s, Vec::new()));
                by_story.len() - 1
            });
            by_story[i].1.push(m);
        }
        // Each topic's place in `topics`: a lookup, not a scan, per story.
        let mut topic_at: HashMap<u32, usize> = HashMap::new();
        let mut topics: Vec<TopicOut> = Vec::new();
        let mut stories = Vec::new();
        for (s, members) in by_story {
            let summary = self.clusterer.summary(s);
            let id = format!("s-{}", members[0].article);
            let at = *topic_at.entry(summary.topic).or_insert_with(|| {
                let label = self.clusterer.topic_label(summary.topic);
                topics.push(TopicOut { id: format!("t-{}", members[0].article), label, start: None, end: None, stories: Vec::new() });
                topics.len() - 1
            });
            topics[at].stories.push(id.clone());
            let topic = topics[at].id.clone();
            stories.push(StoryOut {
                id,
                label: summary.label,
                topic,
                start: summary.first_day.map(day_to_iso),
                end: summary.last_day.map(day_to_iso),
                terms: summary.terms,
                articles: members,
                timeline: self.timelines.remove(&s).map(Timeline::finish).unwrap_or_default(),
                statements: self.statements.statements(s, article_id),
            });
        }
        // A topic reads as a thread: its stories in time order, and its span.
        let span: HashMap<&str, (Option<&String>, Option<&String>)> =
            stories.iter().map(|s| (s.id.as_str(), (s.start.as_ref(), s.end.as_ref()))).collect();
        for t in &mut topics {
            // Dated first, by day; stable, so stories of one day, and undated ones, keep
            // their arrival order.
            t.stories.sort_by_key(|s| {
                let start = span[s.as_str()].0;
                (start.is_none(), start)
            });
            t.start = t.stories.iter().filter_map(|s| span[s.as_str()].0).min().cloned();
            t.end = t.stories.iter().filter_map(|s| span[s.as_str()].1).max().cloned();
        }
        StoriesReport { stories, topics }
    }
}

/// Most shared entities listed for an article.
const SHARED_ENTITIES: usize = 6;

/// Fills each member's `shared_entities`: the participants (not outlets or authors)
/// it shares with at least one other article of its story, those that more of the
/// story's articles name first. Linear in the entities' article lists.
pub fn attach_shared_entities(report: &mut StoriesReport, ents: &[crate::entities::EntityOut]) {
    let mut at: HashMap<&str, (usize, usize)> = HashMap::new();
    for (si, s) in report.stories.iter().enumerate() {
        for (mi, m) in s.articles.iter().enumerate() {
            at.insert(m.article.as_str(), (si, mi));
        }
    }
    // Per member, its strongest shared entities so far: (how many of the story's articles
    // name it, entity), at most `SHARED_ENTITIES`, so memory stays bounded.
    let mut best: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    let mut by_story: HashMap<usize, Vec<usize>> = HashMap::new();
    for (ei, e) in ents.iter().enumerate() {
        if e.role != "participant" {
            continue;
        }
        by_story.clear();
        for a in &e.articles {
            if let Some(&(si, mi)) = at.get(a.as_str()) {
                by_story.entry(si).or_default().push(mi);
            }
        }
        for (&si, members) in &by_story {
            if members.len() < 2 {
                continue;
            }
            for &mi in members {
                let list = best.entry((si, mi)).or_default();
                list.push((members.len(), ei));
                // More of the story's articles first, then the entities' order.
                list.sort_unstable_by_key(|&(n, e)| (std::cmp::Reverse(n), e));
                list.truncate(SHARED_ENTITIES);
            }
        }
    }
    for ((si, mi), list) in best {
        report.stories[si].articles[mi].shared_entities = list.into_iter().map(|(_, ei)| ents[ei].name.clone()).collect();
    }
}
