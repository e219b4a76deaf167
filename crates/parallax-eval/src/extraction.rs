//! Article extraction quality.
//!
//! - `article-extraction-benchmark`: 4-gram shingle precision and recall per
//!   page (multiset counts, normalised per page), averaged over pages; F1 of
//!   the two means. Reimplemented from the dataset's description; it
//!   reproduces the published figures of the reference outputs.
//! - `trafilatura-eval`: `with` segments that must appear and `without`
//!   segments that must not, after white-space normalisation, micro-summed;
//!   plus publish-date exact-day accuracy against the gold `date`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use parallax_extract::{analyze, ExtractOptions};
use parallax_ingest::{decode, Payload, RawDocument};
use parallax_model::{Article, Format, Source};
use regex::Regex;
use serde::Serialize;

use crate::{read_gz, read_json, EvalError};

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").unwrap());

/// Shingle counts of `text`: n-grams of `\w+` tokens. A text shorter than
/// `n` tokens yields one shorter shingle, as the reference metric does.
fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, u32> {
    let tokens: Vec<&str> = WORD.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    let count = tokens.len().saturating_sub(n - 1).max(1);
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// Per-page (tp, fp, fn), normalised to sum 1.
pub fn shingle_match(gold: &str, pred: &str) -> (f64, f64, f64) {
    let g = shingles(gold, 4);
    let p = shingles(pred, 4);
    let (mut tp, mut fp, mut fneg) = (0f64, 0f64, 0f64);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc) as f64;
        fneg += gc.saturating_sub(pc) as f64;
    }
    for (k, &pc) in &p {
        let gc = g.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(gc) as f64;
    }
    let s = tp + fp + fneg;
    if s > 0.0 {
        (tp / s, fp / s, fneg / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// One page's precision (`err` = false positives, `other` = false negatives) or
/// recall (the other way round), as the reference computes it; `None` when the
/// page does not count (no true positives and no errors of this kind).
fn page_ratio(tp: f64, err: f64, other: f64) -> Option<f64> {
    if tp + err <= 0.0 {
        None
    } else if err == 0.0 && other == 0.0 {
        Some(1.0)
    } else {
        Some(tp / (tp + err))
    }
}

/// Precision, recall and F1 from per-page triples, as the reference computes them.
pub fn shingle_prf(triples: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let p = mean(triples.iter().filter_map(|&(tp, fp, fneg)| page_ratio(tp, fp, fneg)).collect());
    let r = mean(triples.iter().filter_map(|&(tp, fp, fneg)| page_ratio(tp, fneg, fp)).collect());
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

/// Scores on the article-extraction-benchmark.
#[derive(Debug, Clone, Serialize)]
pub struct AebScore {
    pub pages: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Pages where no article came out.
    pub empty: usize,
}

/// Run one HTML page through the full pipeline (ingest decoding, extraction, cleanup).
pub fn run_page(id: &str, bytes: &[u8], url: Option<&str>, opts: &ExtractOptions) -> Option<Article> {
    let d = decode(bytes, None, true);
    let doc = RawDocument {
        source: Source { path: id.to_string(), record: None, format: Format::Html },
        payload: Payload::Html(d.text),
        encoding: d.encoding.into(),
        fetched_url: url.map(str::to_string),
    };
    analyze(doc, opts).article
}

/// The benchmark's pages, decompressed, with their gold bodies: (id, html bytes, gold text).
pub fn load_aeb(dir: &Path) -> Result<Vec<(String, Vec<u8>, String)>, EvalError> {
    let gold_path = dir.join("ground-truth.json");
    if !gold_path.exists() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let gold = read_json(&gold_path)?;
    let obj = gold.as_object().ok_or_else(|| EvalError::Gold { path: gold_path.clone(), message: "expected an object".into() })?;
    let mut ids: Vec<&String> = obj.keys().collect();
    ids.sort();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let body = obj[id].get("articleBody").and_then(|v| v.as_str()).unwrap_or("").to_string();
        let html = read_gz(&dir.join("html").join(format!("{id}.html.gz")))?;
        out.push((id.clone(), html, body));
    }
    Ok(out)
}

/// Score the pipeline on `article-extraction-benchmark/`.
pub fn eval_aeb(dir: &Path, opts: &ExtractOptions) -> Result<AebScore, EvalError> {
    let pages = load_aeb(dir)?;
    let mut triples = Vec::with_capacity(pages.len());
    let mut empty = 0;
    for (id, html, gold) in &pages {
        let text = match run_page(id, html, None, opts) {
            Some(a) => a.text,
            None => {
                empty += 1;
                String::new()
            }
        };
        triples.push(shingle_match(gold, &text));
    }
    let (precision, recall, f1) = shingle_prf(&triples);
    Ok(AebScore { pages: pages.len(), precision, recall, f1, empty })
}

/// Scores on the trafilatura evaluation corpus.
#[derive(Debug, Clone, Serialize)]
pub struct TrafScore {
    pub documents: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub accuracy: f64,
    /// Documents with a gold date.
    pub dated: usize,
    /// Of those, how many got the exact day right.
    pub date_correct: usize,
    /// Of those, how many got no day-precise date at all.
    pub date_missing: usize,
    pub date_accuracy: f64,
}

fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Score the pipeline on `trafilatura-eval/`.
pub fn eval_trafilatura(dir: &Path, opts: &ExtractOptions) -> Result<TrafScore, EvalError> {
    let gold_path = dir.join("evaldata.json");
    if !gold_path.exists() {
        return Err(EvalError::Missing(dir.to_path_buf()));
    }
    let gold = read_json(&gold_path)?;
    let obj = gold.as_object().ok_or_else(|| EvalError::Gold { path: gold_path.clone(), message: "expected an object".into() })?;
    let mut urls: Vec<&String> = obj.keys().collect();
    urls.sort();
    let (mut tp, mut fneg, mut fp, mut tn) = (0usize, 0usize, 0usize, 0usize);
    let (mut dated, mut date_correct, mut date_missing) = (0, 0, 0);
    for url in &urls {
        let item = &obj[*url];
        let Some(file) = item.get("file").and_then(|f| f.as_str()) else { continue };
        let html = read_gz(&dir.join("html").join(format!("{file}.gz")))?;
        let article = run_page(file, &html, Some(url), opts);
        let text = norm_ws(article.as_ref().map(|a| a.text.as_str()).unwrap_or(""));
        let segs = |key: &str| item.get(key).and_then(|v| v.as_array()).cloned().unwrap_or_default();
        for s in segs("with") {
            if let Some(s) = s.as_str() {
                if text.contains(&norm_ws(s)) {
                    tp += 1
                } else {
                    fneg += 1
                }
            }
        }
        for s in segs("without") {
            if let Some(s) = s.as_str() {
                if text.contains(&norm_ws(s)) {
                    fp += 1
                } else {
                    tn += 1
                }
            }
        }
        if let Some(gold_date) = item.get("date").and_then(|d| d.as_str()).filter(|d| d.len() >= 10) {
            dated += 1;
            match article.as_ref().and_then(|a| a.published.as_ref()).and_then(|p| p.day().map(str::to_string)) {
                Some(day) if day == gold_date[..10] => date_correct += 1,
                Some(_) => {}
                None => date_missing += 1,
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(tp, tp + fp);
    let recall = ratio(tp, tp + fneg);
    let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    Ok(TrafScore {
        documents: urls.len(),
        precision,
        recall,
        f1,
        accuracy: ratio(tp + tn, tp + tn + fp + fneg),
        dated,
        date_correct,
        date_missing,
        date_accuracy: ratio(date_correct, dated),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let t = "the quick brown fox jumps over the lazy dog";
        assert_eq!(shingle_match(t, t), (1.0, 0.0, 0.0));
        assert_eq!(shingle_prf(&[shingle_match(t, t)]), (1.0, 1.0, 1.0));
    }

    #[test]
    fn extra_and_missing_text_lower_precision_and_recall() {
        let gold = "one two three four five six";
        let (tp, fp, fneg) = shingle_match(gold, "one two three four five six seven eight");
        // 3 shared shingles, 2 extra: normalised by 5.
        assert!((tp - 0.6).abs() < 1e-9 && (fp - 0.4).abs() < 1e-9 && fneg == 0.0);
        let (p, r, _) = shingle_prf(&[(tp, fp, fneg)]);
        assert!((p - 0.6).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        // Empty prediction: recall 0, and the page does not count for precision.
        let empty = shingle_match(gold, "");
        assert_eq!(empty, (0.0, 0.0, 1.0));
        let (p, r, _) = shingle_prf(&[empty, (1.0, 0.0, 0.0)]);
        assert_eq!((p, r), (1.0, 0.5));
    }

    #[test]
    fn short_texts_make_one_short_shingle() {
        assert_eq!(shingles("a b", 4).len(), 1);
        assert!(shingles("", 4).is_empty());
    }
}
