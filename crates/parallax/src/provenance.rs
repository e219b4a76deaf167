//! Provenance inside `parallax analyze`: every article is compared, as it
//! arrives, with the earlier articles that share fingerprints; the report
//! (pairs with passages, originality, direction, groups) is printed after
//! the stories.

use std::collections::HashMap;

use parallax_model::{Article, Granularity};
use parallax_provenance::{DocInput, Pair, ProvenanceReport, Timestamp, Tracker};

/// Articles whose text is kept for the side-by-side terminal view; beyond
/// this the terminal shows offsets only (the JSON always has offsets).
const KEEP_TEXTS: usize = 20_000;

/// Provenance for a run, plus what printers need to show it.
pub struct ProvenanceRun {
    tracker: Tracker,
    keep_texts: bool,
    texts: HashMap<String, String>,
    sources: HashMap<String, String>,
}

/// The report and, for the terminal, article texts and display names.
pub struct ProvenanceOut {
    /// Articles and groups; the pairs went to the printer as they were found.
    pub report: ProvenanceReport,
    pub pair_count: usize,
    pub texts: HashMap<String, String>,
    pub sources: HashMap<String, String>,
    /// What the paraphrase model (if any) decided.
    pub judged: parallax_provenance::JudgeCounts,
}

impl ProvenanceOut {
    pub fn source<'a>(&'a self, id: &'a str) -> &'a str {
        self.sources.get(id).map(String::as_str).unwrap_or(id)
    }
}

fn timestamp(a: &Article) -> Option<Timestamp> {
    let p = a.published.as_ref()?;
    if !matches!(p.granularity, Granularity::Day | Granularity::Minute) {
        return None;
    }
    let day = parallax_stories::day_number(&p.value)?;
    Some(Timestamp { seconds: (day * 86_400.0).round() as i64, day_only: p.granularity == Granularity::Day })
}

impl ProvenanceRun {
    /// `keep_texts`: keep article texts for the terminal view. `judge`: a
    /// trained paraphrase model that confirms reworded sentence links.
    pub fn new(keep_texts: bool, judge: Option<Box<dyn parallax_provenance::ParaphraseJudge>>) -> Self {
        let tracker = match judge {
            Some(j) => Tracker::default().with_judge(j),
            None => Tracker::default(),
        };
        ProvenanceRun { tracker, keep_texts, texts: HashMap::new(), sources: HashMap::new() }
    }

    /// Adds an article; returns the pairs it forms with earlier articles (to print now).
    pub fn add(&mut self, a: &Article) -> &[Pair] {
        // The quoted words: a direct quote's content, and the marked part of a mixed one
        // ("the response “calm, quick and professional”").
        let quotes: Vec<parallax_model::Span> = a
            .quotes
            .iter()
            .filter_map(|q| match q.kind.as_str() {
                "direct" => Some(q.content),
                "mixed" => {
                    let words = &a.text[q.content.start..q.content.end];
                    let open = words.find(['“', '"', '«', '„'])?;
                    let close = words.rfind(['”', '"', '»', '“']).filter(|&c| c > open)?;
                    let end = close + words[close..].chars().next().map_or(1, char::len_utf8);
                    Some(parallax_model::Span::new(q.content.start + open, q.content.start + end))
                }
                _ => None,
            })
            .collect();
        let pairs = self.tracker.add(DocInput {
            id: &a.id,
            text: &a.text,
            sentences: &a.sentences,
            published: timestamp(a),
            outlet: a.outlet.as_deref(),
            dateline: a.dateline.as_ref().map(|d| parallax_model::Span::new(d.start, d.end)),
            quotes: &quotes,
        });
        let shares = !pairs.is_empty();
        if self.keep_texts && self.texts.len() < KEEP_TEXTS {
            self.texts.insert(a.id.clone(), a.text.clone());
        }
        if self.keep_texts || shares {
            self.sources.insert(a.id.clone(), a.source.display());
        }
        pairs
    }

    pub fn finish(self) -> ProvenanceOut {
        let report = self.tracker.report();
        let mut sources = self.sources;
        // only articles that appear in the report need a display name
        let keep: std::collections::HashSet<&str> = report.articles.iter().map(|a| a.article.as_str()).collect();
        sources.retain(|k, _| keep.contains(k.as_str()));
        let mut texts = self.texts;
        texts.retain(|k, _| keep.contains(k.as_str()));
        ProvenanceOut { report, pair_count: self.tracker.pair_count(), texts, sources, judged: self.tracker.judged().clone() }
    }
}
