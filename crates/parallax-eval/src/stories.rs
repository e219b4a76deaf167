//! Story grouping quality: B-cubed precision/recall/F1, pairwise F1 and the
//! number of stories found against the gold count.
//!
//! - `ecbplus/`: 982 documents, 43 topics × 2 seminal events = 86 gold stories
//!   (same topic, different event: the hard case). No dates.
//! - `multinews-test/`: 5,622 clusters of article leads (lower-cased); all of
//!   them, and a cleaned set (first 1,000 clusters, articles with 3 or more
//!   "irrelevant" votes dropped). No dates.
//! - `meantime-en/`: 120 articles in 4 topic corpora, with creation dates;
//!   scored at the topic level, as a sanity check.
//!
//! Datasets without dates are fed in a seeded shuffled order, so no
//! clustering can lean on the input order. Every text is first cleaned the
//! way `parallax analyze` cleans a text file (page furniture such as tweet
//! prompts and web-archive notes removed; see `as_cleaned`); titles and dates
//! come from the dataset only.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::LazyLock;

use parallax_stories::{ArticleInput, Clusterer, StoryConfig};
use regex::Regex;
use serde::Serialize;

use crate::{read_gz, EvalError};

/// Clustering scores against gold labels.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterScore {
    pub documents: usize,
    pub gold_clusters: usize,
    pub found_clusters: usize,
    pub bcubed_precision: f64,
    pub bcubed_recall: f64,
    pub bcubed_f1: f64,
    pub pairwise_precision: f64,
    pub pairwise_recall: f64,
    pub pairwise_f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// Score predicted cluster ids against gold ids (same length, same order).
pub fn score(pred: &[u32], gold: &[u32]) -> ClusterScore {
    assert_eq!(pred.len(), gold.len());
    let n = pred.len();
    let mut joint: HashMap<(u32, u32), u64> = HashMap::new();
    let mut pc: HashMap<u32, u64> = HashMap::new();
    let mut gc: HashMap<u32, u64> = HashMap::new();
    for (&p, &g) in pred.iter().zip(gold) {
        *joint.entry((p, g)).or_default() += 1;
        *pc.entry(p).or_default() += 1;
        *gc.entry(g).or_default() += 1;
    }
    // B-cubed: each item's precision = |C ∩ G| / |C|, recall = |C ∩ G| / |G|; sum over items = sum over cells of n_cg * n_cg / n_c.
    let (mut bp, mut br) = (0.0, 0.0);
    let mut same_both = 0u64;
    for (&(p, g), &c) in &joint {
        bp += (c * c) as f64 / pc[&p] as f64;
        br += (c * c) as f64 / gc[&g] as f64;
        same_both += c * (c - 1) / 2;
    }
    let pairs = |m: &HashMap<u32, u64>| m.values().map(|c| c * c.saturating_sub(1) / 2).sum::<u64>();
    let (pred_pairs, gold_pairs) = (pairs(&pc), pairs(&gc));
    let (bp, br) = (bp / n.max(1) as f64, br / n.max(1) as f64);
    let pp = if pred_pairs > 0 { same_both as f64 / pred_pairs as f64 } else { 1.0 };
    let pr = if gold_pairs > 0 { same_both as f64 / gold_pairs as f64 } else { 1.0 };
    ClusterScore {
        documents: n,
        gold_clusters: gc.len(),
        found_clusters: pc.len(),
        bcubed_precision: bp,
        bcubed_recall: br,
        bcubed_f1: f1(bp, br),
        pairwise_precision: pp,
        pairwise_recall: pr,
        pairwise_f1: f1(pp, pr),
    }
}

/// A document for story evaluation.
#[derive(Clone)]
pub struct Doc {
    pub title: Option<String>,
    pub text: String,
    pub day: Option<f64>,
    /// The day the lead dates its event, as `parallax analyze` finds it.
    pub event_day: Option<f64>,
    pub gold: u32,
    /// Gold topic (the level above stories), where the dataset has one.
    pub gold_topic: Option<u32>,
}

/// Deterministic shuffle (splitmix64-driven Fisher-Yates).
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for i in (1..items.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// Cluster `docs` in the given order (stories), returning story and topic ids.
pub fn cluster(docs: &[Doc], config: &StoryConfig) -> (Vec<u32>, Vec<u32>) {
    let mut c = Clusterer::new(StoryConfig { keep_texts: false, ..config.clone() });
    for d in docs {
        c.add(ArticleInput { title: d.title.as_deref(), text: &d.text, day: d.day, event_day: d.event_day, language: None });
        c.take_moves();
    }
    // Each article's story at the end: splits may have moved it since it joined.
    let stories: Vec<u32> = (0..docs.len() as u32).map(|i| c.story_of(i)).collect();
    let topics = stories.iter().map(|&s| c.topic_of(s)).collect();
    (stories, topics)
}

static DCT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4})-(\d{2})-(\d{2})"|<TIMEX3\b[^>]*value="(\d{4})-(\d{2})-(\d{2})"[^>]*functionInDocument="CREATION_TIME""#).unwrap()
});

/// A CAT XML document as (title = its first sentence, text = all sentences,
/// one per line), rebuilt by the shared CAT reader.
fn cat_text(xml: &str) -> (String, String) {
    let cat = crate::cat::read_tokens(xml);
    let title = cat.sentences.first().map(|&(a, b)| cat.text[a..b].to_string()).unwrap_or_default();
    (title, cat.text)
}

/// Days since 1970-01-01 for a civil date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> f64 {
    parallax_stories::day_number(&format!("{y:04}-{m:02}-{d:02}")).unwrap_or(0.0)
}

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), EvalError> {
    let rd = std::fs::read_dir(dir).map_err(|source| EvalError::Io { path: dir.into(), source })?;
    for e in rd {
        let p = e.map_err(|source| EvalError::Io { path: dir.into(), source })?.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

/// ECB+ documents with gold = (topic, ecb | ecbplus).
pub fn load_ecbplus(dir: &Path) -> Result<Vec<Doc>, EvalError> {
    let docs_dir = dir.join("docs");
    if !docs_dir.is_dir() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let mut files = Vec::new();
    walk(&docs_dir, &mut files)?;
    files.sort();
    let mut gold_ids: HashMap<String, u32> = HashMap::new();
    let mut docs = Vec::new();
    for f in files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
        if !name.ends_with(".xml.gz") {
            continue;
        }
        let topic = name.split('_').next().unwrap_or("").to_string();
        let gold_topic = topic.parse::<u32>().ok();
        let kind = if name.contains("ecbplus") { "plus" } else { "ecb" };
        let n = gold_ids.len() as u32;
        let gold = *gold_ids.entry(format!("{topic}/{kind}")).or_insert(n);
        let xml = String::from_utf8_lossy(&read_gz(&f)?).into_owned();
        let (_, text) = cat_text(&xml);
        docs.push(Doc { title: None, text, day: None, event_day: None, gold, gold_topic });
    }
    Ok(docs)
}

/// A document as `parallax analyze` would see it from a text file: extracted
/// title, cleaned text and the publication day found in the text. A document
/// with no article left (all of it page furniture) comes back with no text.
pub fn through_pipeline(doc: Doc) -> Doc {
    use parallax_ingest::{Payload, RawDocument};
    use parallax_model::{Format, Source};
    let raw = RawDocument {
        source: Source { path: "doc.txt".into(), record: None, format: Format::Text },
        payload: Payload::Text { text: doc.text.clone(), markdown: false },
        encoding: "UTF-8".into(),
        fetched_url: None,
    };
    match parallax_extract::extract(raw, &parallax_extract::ExtractOptions::default()).article {
        Some(a) => Doc {
            title: a.title.clone().or(doc.title),
            day: a.published.as_ref().and_then(|p| parallax_stories::day_number(&p.value)).or(doc.day),
            event_day: parallax_stories::dated::lead_day(&a, &parallax_stories::dated::dated_sentences(&a)),
            text: a.text,
            ..doc
        },
        // No article (nothing left after cleanup): `parallax analyze` groups nothing.
        None => Doc { text: String::new(), ..doc },
    }
}

/// Multi-News test clusters. `clean` keeps the first 1,000 clusters and drops
/// articles with 3 or more irrelevant votes. Empty articles are skipped.
pub fn load_multinews(dir: &Path, clean: bool) -> Result<Vec<Doc>, EvalError> {
    let path = dir.join("multinews-test.jsonl.gz");
    if !path.exists() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let bytes = read_gz(&path)?;
    let mut docs = Vec::new();
    for (i, line) in BufReader::new(&bytes[..]).lines().enumerate() {
        let line = line.map_err(|source| EvalError::Io { path: path.clone(), source })?;
        if clean && i >= 1000 {
            break;
        }
        let v: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| EvalError::Gold { path: path.clone(), message: e.to_string() })?;
        let texts = v["docs"].as_array().cloned().unwrap_or_default();
        let votes = v["irrelevant_votes"].as_array().cloned().unwrap_or_default();
        for (j, t) in texts.iter().enumerate() {
            let text = t.as_str().unwrap_or("").trim();
            if text.is_empty() {
                continue;
            }
            if clean && votes.get(j).and_then(|x| x.as_u64()).unwrap_or(0) >= 3 {
                continue;
            }
            docs.push(Doc { title: None, text: text.to_string(), day: None, event_day: None, gold: i as u32, gold_topic: None });
        }
    }
    Ok(docs)
}

/// MEANTIME: gold = corpus (topic); title = first sentence; day = creation time.
pub fn load_meantime(dir: &Path) -> Result<Vec<Doc>, EvalError> {
    let root = dir.join("intra_cross-doc_annotation");
    if !root.is_dir() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let mut files = Vec::new();
    walk(&root, &mut files)?;
    files.sort();
    let mut gold_ids: HashMap<String, u32> = HashMap::new();
    let mut docs = Vec::new();
    for f in files {
        if f.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let corpus = f.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("").to_string();
        let n = gold_ids.len() as u32;
        let gold = *gold_ids.entry(corpus).or_insert(n);
        let xml = crate::read_text(&f)?;
        let (title, text) = cat_text(&xml);
        let day = DCT.captures(&xml).and_then(|c| {
            let g = |a: usize, b: usize| c.get(a).or_else(|| c.get(b)).and_then(|m| m.as_str().parse::<i64>().ok());
            Some(days_from_civil(g(1, 4)?, g(2, 5)?, g(3, 6)?))
        });
        let body = text.split_once('\n').map(|(_, b)| b.to_string()).unwrap_or_default();
        docs.push(Doc { title: Some(title), text: body, day, event_day: None, gold, gold_topic: Some(gold) });
    }
    // Time order, as articles would arrive.
    docs.sort_by(|a, b| a.day.unwrap_or(0.0).total_cmp(&b.day.unwrap_or(0.0)));
    Ok(docs)
}

/// Every story figure for one dataset.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetScores {
    pub name: String,
    /// Stories against gold stories (or topics, for MEANTIME).
    pub stories: ClusterScore,
    /// Topic threads against the gold topics where the dataset has them
    /// (ECB+: its 43 topics; MEANTIME: its 4 corpora), else against the gold stories.
    pub topics: ClusterScore,
}

/// A document's text as `parallax analyze` keeps it from a text file, with the
/// dataset's own title and day. Nothing left (all page furniture): no text, so
/// the document stays a story of its own, as it would stay out of every story
/// in `parallax analyze`.
pub fn as_cleaned(doc: Doc) -> Doc {
    let (title, day) = (doc.title.clone(), doc.day);
    Doc { title, day, ..through_pipeline(doc) }
}

/// The arrival order the eval reports for datasets without dates.
pub const EVAL_ORDER_SEED: u64 = 0x5EED;

/// Run one dataset with `config`, on the texts as `parallax analyze` cleans them.
pub fn evaluate(name: &str, docs: Vec<Doc>, shuffled: bool, config: &StoryConfig) -> DatasetScores {
    evaluate_cleaned(name, docs.into_iter().map(as_cleaned).collect(), shuffled.then_some(EVAL_ORDER_SEED), config)
}

/// [`evaluate`] on documents already passed through [`as_cleaned`], shuffled by
/// `seed` first (or in their own order): online clustering depends on the
/// arrival order, and several orders need the cleaning only once.
pub fn evaluate_cleaned(name: &str, mut docs: Vec<Doc>, seed: Option<u64>, config: &StoryConfig) -> DatasetScores {
    if let Some(seed) = seed {
        shuffle(&mut docs, seed);
    }
    let gold: Vec<u32> = docs.iter().map(|d| d.gold).collect();
    let gold_topics: Vec<u32> = docs.iter().map(|d| d.gold_topic.unwrap_or(d.gold)).collect();
    let (stories, topics) = cluster(&docs, config);
    DatasetScores { name: name.to_string(), stories: score(&stories, &gold), topics: score(&topics, &gold_topics) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_degenerate_clusterings() {
        let gold = [0, 0, 1, 1, 2];
        let s = score(&[5, 5, 7, 7, 9], &gold);
        assert_eq!((s.bcubed_f1, s.pairwise_f1, s.found_clusters), (1.0, 1.0, 3));
        // Everything in one cluster: recall 1, precision (2*2+2*2+1)/5/5.
        let s = score(&[0; 5], &gold);
        assert!((s.bcubed_recall - 1.0).abs() < 1e-12);
        assert!((s.bcubed_precision - 9.0 / 25.0).abs() < 1e-12);
        // All singletons: precision 1, recall (1/2+1/2+1/2+1/2+1)/5.
        let s = score(&[0, 1, 2, 3, 4], &gold);
        assert!((s.bcubed_precision - 1.0).abs() < 1e-12);
        assert!((s.bcubed_recall - 0.6).abs() < 1e-12);
        assert_eq!(s.pairwise_recall, 0.0);
    }

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0.0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017.0);
    }

    #[test]
    fn shuffle_is_deterministic() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        shuffle(&mut a, 7);
        shuffle(&mut b, 7);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
