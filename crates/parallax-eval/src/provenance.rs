//! Provenance quality: the paraphrase decision on MRPC, derived pairs,
//! passages and direction on the generated derivation set ([`crate::derive`]),
//! and how often InSciOut's known source → press-release pairs are aligned.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use parallax_model::Span;
use parallax_provenance::align::{compare, content_stems, weighted_dice, AlignConfig, SentenceMatch};
use parallax_provenance::tokens::tokenize;
use parallax_provenance::{DocInput, ParaphraseJudge, PassageKind, ProvenanceConfig, Timestamp, Tracker};
use serde::Serialize;

use crate::derive::{generate, DeriveKind, GenDoc, KINDS};
use crate::EvalError;

/// Paraphrase decision scores on one MRPC split.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ParaphraseScores {
    pub pairs: usize,
    pub gold_positive: usize,
    pub predicted_positive: usize,
    pub accuracy: f64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 { 0.0 } else { tp as f64 / predicted as f64 };
    let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// MRPC pairs: (label, sentence 1, sentence 2).
pub fn load_mrpc(path: &Path) -> Result<Vec<(bool, String, String)>, EvalError> {
    let text = crate::read_text(path)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            return Err(EvalError::Gold { path: path.into(), message: format!("line {}: expected 5 tab-separated fields", i + 1) });
        }
        let clean = |s: &str| s.replace("<QUOTE>", "\"");
        out.push((f[0].trim_start_matches('\u{feff}').trim_start_matches("ï»¿") == "1", clean(f[3]), clean(f[4])));
    }
    Ok(out)
}

/// Sentence comparisons of MRPC pairs, with document frequencies counted over the split
/// (as the tracker counts them over its corpus).
pub fn mrpc_matches(pairs: &[(bool, String, String)], cfg: &AlignConfig) -> Vec<(bool, Option<SentenceMatch>, f32)> {
    let mut df: HashMap<u32, u32> = HashMap::new();
    let toks: Vec<_> = pairs.iter().map(|(_, a, b)| (tokenize(a), tokenize(b))).collect();
    for (a, b) in &toks {
        for t in [a, b] {
            for x in content_stems(t) {
                *df.entry(x).or_insert(0) += 1;
            }
        }
    }
    let n = (2 * pairs.len()) as f32;
    let idf = |s: u32| ((n + 1.0) / (df.get(&s).copied().unwrap_or(0) as f32 + 1.0)).ln().max(0.05);
    pairs
        .iter()
        .zip(&toks)
        .map(|((y, _, _), (a, b))| (*y, compare(a, b, &idf, cfg), weighted_dice(&content_stems(a), &content_stems(b), &idf)))
        .collect()
}

fn score_decisions(decisions: &[(bool, bool)]) -> ParaphraseScores {
    let gold = decisions.iter().filter(|d| d.0).count();
    let predicted = decisions.iter().filter(|d| d.1).count();
    let tp = decisions.iter().filter(|d| d.0 && d.1).count();
    let correct = decisions.iter().filter(|d| d.0 == d.1).count();
    let (precision, recall, f1) = prf(tp, predicted, gold);
    ParaphraseScores {
        pairs: decisions.len(),
        gold_positive: gold,
        predicted_positive: predicted,
        accuracy: correct as f64 / decisions.len().max(1) as f64,
        precision,
        recall,
        f1,
    }
}

/// MRPC: the aligner's sentence decision (any kind of shared passage = paraphrase).
pub fn eval_mrpc(dir: &Path) -> Result<(ParaphraseScores, ParaphraseScores), EvalError> {
    let cfg = AlignConfig::default();
    let mut out = Vec::new();
    for split in ["train", "test"] {
        let path = dir.join(format!("msr_paraphrase_{split}.txt"));
        if !path.exists() {
            return Err(EvalError::Missing(path));
        }
        let pairs = load_mrpc(&path)?;
        let d: Vec<(bool, bool)> = mrpc_matches(&pairs, &cfg).into_iter().map(|(y, m, _)| (y, m.is_some())).collect();
        out.push(score_decisions(&d));
    }
    let test = out.pop().unwrap_or_default();
    let train = out.pop().unwrap_or_default();
    Ok((train, test))
}

/// MRPC test pairs decided with a judge (a trained pair model), two ways:
/// the judge alone on every pair, and the tracker's rule (verbatim and
/// near-verbatim by the lexical comparison; its paraphrase links only when the
/// judge agrees; no link, no paraphrase).
pub fn eval_mrpc_judged(dir: &Path, judge: &dyn ParaphraseJudge) -> Result<(ParaphraseScores, ParaphraseScores), EvalError> {
    let path = dir.join("msr_paraphrase_test.txt");
    if !path.exists() {
        return Err(EvalError::Missing(path));
    }
    let pairs = load_mrpc(&path)?;
    let texts: Vec<(&str, &str)> = pairs.iter().map(|(_, a, b)| (a.as_str(), b.as_str())).collect();
    let same = judge.same(&texts).map_err(|message| EvalError::Judge { path: path.clone(), message })?;
    if same.len() != pairs.len() {
        return Err(EvalError::Judge { path, message: format!("{} answers for {} pairs", same.len(), pairs.len()) });
    }
    let alone: Vec<(bool, bool)> = pairs.iter().zip(&same).map(|((y, _, _), &s)| (*y, s)).collect();
    let lexical = mrpc_matches(&pairs, &AlignConfig::default());
    let tracker: Vec<(bool, bool)> =
        lexical.iter().zip(&same).map(|((y, m, _), &s)| (*y, m.is_some_and(|m| m.kind != PassageKind::Paraphrase || s))).collect();
    Ok((score_decisions(&alone), score_decisions(&tracker)))
}

/// Per-kind recall of derived pairs.
#[derive(Debug, Clone, Serialize)]
pub struct KindScores {
    pub kind: DeriveKind,
    pub gold_pairs: usize,
    pub found: usize,
    pub recall: f64,
    /// With the overall pair precision (a false pair has no kind).
    pub f1: f64,
}

/// Scores on the generated derivation set.
#[derive(Debug, Clone, Serialize)]
pub struct DerivationScores {
    pub articles: usize,
    pub clusters: usize,
    /// Gold pairs: base → derived, plus derived siblings of one base.
    pub gold_pairs: usize,
    pub predicted_pairs: usize,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    pub by_kind: Vec<KindScores>,
    /// Predicted pairs between two bases of one cluster: independent reports of one event
    /// (real leads; some may truly share wire copy).
    pub same_event_base_pairs: usize,
    pub base_pairs_in_clusters: usize,
    /// Sentence links (derived sentence, base sentence) of base → derived pairs.
    pub passage_precision: f64,
    pub passage_recall: f64,
    pub passage_f1: f64,
    /// Direction of found base → derived pairs where both carry a time.
    pub timed_pairs: usize,
    pub timed_direction_accuracy: f64,
    /// Where the derived article carries no time: how many got a direction, and how many of those are right.
    pub untimed_pairs: usize,
    pub untimed_stated: usize,
    pub untimed_correct: usize,
    pub seconds: f64,
}

/// Feeds a generated corpus to the tracker and scores it: lexical decisions
/// alone, and, with a judge, again with the judge confirming paraphrase links.
pub fn eval_derivation(
    eval_root: &Path,
    clusters: usize,
    seed: u64,
    judge: Option<Box<dyn ParaphraseJudge>>,
) -> Result<(DerivationScores, Option<DerivationScores>), EvalError> {
    let docs = generate(eval_root, clusters, seed)?;
    let judged = judge.map(|j| score_derivation(&docs, Tracker::new(ProvenanceConfig::default()).with_judge(j)));
    Ok((score_derivation(&docs, Tracker::new(ProvenanceConfig::default())), judged))
}

fn doc_spans(d: &GenDoc) -> Vec<Span> {
    d.sentences.iter().map(|&(s, e)| Span::new(s, e)).collect()
}

fn sentence_at(d: &GenDoc, offset: usize) -> Option<usize> {
    d.sentences.iter().position(|&(s, e)| offset >= s && offset < e)
}

/// Scores a tracker on a generated corpus (articles in publication order).
pub fn score_derivation(docs: &[GenDoc], mut tracker: Tracker) -> DerivationScores {
    let started = std::time::Instant::now();
    let mut pairs = Vec::new();
    let index: HashMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    for d in docs {
        let spans = doc_spans(d);
        let found = tracker.add(DocInput {
            id: &d.id,
            text: &d.text,
            sentences: &spans,
            published: d.hours.map(|h| Timestamp { seconds: (h * 3600.0) as i64, day_only: false }),
            outlet: Some(&d.outlet),
            dateline: None,
            quotes: &[],
        });
        pairs.extend_from_slice(found);
    }
    let seconds = started.elapsed().as_secs_f64();
    let key = |a: usize, b: usize| (a.min(b), a.max(b));
    // gold pairs
    let mut gold: HashMap<(usize, usize), Option<DeriveKind>> = HashMap::new();
    let mut children: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        if let Some(b) = d.base {
            gold.insert(key(i, b), d.kind);
            children.entry(b).or_default().push(i);
        }
    }
    for kids in children.values() {
        for (x, &i) in kids.iter().enumerate() {
            for &j in &kids[x + 1..] {
                gold.entry(key(i, j)).or_insert(None);
            }
        }
    }
    let mut base_pairs_in_clusters = 0;
    let mut by_cluster: HashMap<u32, usize> = HashMap::new();
    for d in docs.iter().filter(|d| d.base.is_none()) {
        *by_cluster.entry(d.cluster).or_insert(0) += 1;
    }
    for n in by_cluster.values() {
        base_pairs_in_clusters += n * (n - 1) / 2;
    }
    let mut predicted: HashSet<(usize, usize)> = HashSet::new();
    let (mut links_tp, mut links_pred) = (0usize, 0usize);
    let mut same_event = 0;
    let (mut timed, mut timed_ok, mut untimed, mut untimed_stated, mut untimed_ok) = (0, 0, 0, 0, 0);
    let mut found_base_pairs: HashSet<(usize, usize)> = HashSet::new();
    for p in &pairs {
        let (a, b) = (index[p.a.as_str()], index[p.b.as_str()]);
        predicted.insert(key(a, b));
        if docs[a].base.is_none() && docs[b].base.is_none() && docs[a].cluster == docs[b].cluster {
            same_event += 1;
        }
        // base → derived pair?
        let (derived, base) = if docs[a].base == Some(b) {
            (a, b)
        } else if docs[b].base == Some(a) {
            (b, a)
        } else {
            continue;
        };
        found_base_pairs.insert((derived, base));
        let (dv, bv) = (&docs[derived], &docs[base]);
        let gold_links: HashSet<(usize, usize)> = dv.links.iter().copied().collect();
        let mut pred_links: HashSet<(usize, usize)> = HashSet::new();
        for x in &p.passages {
            let (ds, bs) = if derived == a { (x.a, x.b) } else { (x.b, x.a) };
            // every derived sentence inside the passage, paired in order with the base sentences inside it
            let d_first = sentence_at(dv, ds.start);
            let d_last = sentence_at(dv, ds.end.saturating_sub(1));
            let b_first = sentence_at(bv, bs.start);
            let b_last = sentence_at(bv, bs.end.saturating_sub(1));
            if let (Some(d0), Some(d1), Some(b0), Some(b1)) = (d_first, d_last, b_first, b_last) {
                for (k, ds) in (d0..=d1).enumerate() {
                    pred_links.insert((ds, (b0 + k).min(b1)));
                }
            }
        }
        links_tp += pred_links.intersection(&gold_links).count();
        links_pred += pred_links.len();
        let source = p.source.as_deref().map(|s| index[s]);
        if dv.hours.is_some() && bv.hours.is_some() {
            timed += 1;
            timed_ok += usize::from(source == Some(base));
        } else {
            untimed += 1;
            if source.is_some() {
                untimed_stated += 1;
                untimed_ok += usize::from(source == Some(base));
            }
        }
    }
    // every gold link counts, so the links of missed pairs are missed
    let links_gold: usize = docs.iter().filter(|d| d.base.is_some()).map(|d| d.links.len()).sum();
    let tp = predicted.iter().filter(|k| gold.contains_key(k)).count();
    let (pair_precision, pair_recall, pair_f1) = prf(tp, predicted.len(), gold.len());
    let by_kind = KINDS
        .iter()
        .map(|&k| {
            let g: Vec<&(usize, usize)> = gold.iter().filter(|(_, v)| **v == Some(k)).map(|(k, _)| k).collect();
            let found = g.iter().filter(|x| predicted.contains(x)).count();
            let recall = found as f64 / g.len().max(1) as f64;
            let f1 = if pair_precision + recall == 0.0 { 0.0 } else { 2.0 * pair_precision * recall / (pair_precision + recall) };
            KindScores { kind: k, gold_pairs: g.len(), found, recall, f1 }
        })
        .collect();
    let (passage_precision, passage_recall, passage_f1) = prf(links_tp, links_pred, links_gold);
    DerivationScores {
        articles: docs.len(),
        clusters: docs.iter().map(|d| d.cluster).collect::<HashSet<_>>().len(),
        gold_pairs: gold.len(),
        predicted_pairs: predicted.len(),
        pair_precision,
        pair_recall,
        pair_f1,
        by_kind,
        same_event_base_pairs: same_event,
        base_pairs_in_clusters,
        passage_precision,
        passage_recall,
        passage_f1,
        timed_pairs: timed,
        timed_direction_accuracy: timed_ok as f64 / timed.max(1) as f64,
        untimed_pairs: untimed,
        untimed_stated,
        untimed_correct: untimed_ok,
        seconds,
    }
}

/// InSciOut: are known source → press-release conclusion pairs aligned?
#[derive(Debug, Clone, Serialize)]
pub struct InsciScores {
    pub pairs: usize,
    /// Pairs where the tracker (both stages, default settings) reports shared text.
    pub found_by_tracker: usize,
    pub tracker_recall: f64,
    /// Pairs where at least one sentence pair aligns (stage 2 alone).
    pub found_by_aligner: usize,
    pub aligner_recall: f64,
    /// The same on mismatched pairs (each press release against the next row's abstract).
    pub mismatched_found_by_aligner: usize,
    pub mismatched_rate: f64,
    /// Found pairs by the kind of their strongest passage.
    pub verbatim: usize,
    pub near_verbatim: usize,
    pub paraphrase: usize,
}

pub fn eval_insciout(dir: &Path) -> Result<InsciScores, EvalError> {
    let path = dir.join("insciout_test.jsonl");
    if !path.exists() {
        return Err(EvalError::Missing(path));
    }
    let text = crate::read_text(&path)?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| EvalError::Gold { path: path.clone(), message: format!("line {}: {e}", i + 1) })?;
        let get = |k: &str| v[k].as_str().unwrap_or("").to_string();
        rows.push((get("abstract_conclusion"), get("press_release_conclusion")));
    }
    let cfg = ProvenanceConfig::default();
    let aligned = |abs: &str, pr: &str| -> Option<parallax_provenance::PassageKind> {
        let (_, sa) = parallax_text::segment(abs);
        let (_, sb) = parallax_text::segment(pr);
        let (ta, tb) = (tokenize(abs), tokenize(pr));
        let (xa, xb) = (parallax_provenance::tokens::sentences(&ta, &sa), parallax_provenance::tokens::sentences(&tb, &sb));
        let mut best: Option<parallax_provenance::PassageKind> = None;
        for x in &xa {
            for y in &xb {
                let m = compare(
                    &ta[x.tokens.0 as usize..x.tokens.1 as usize],
                    &tb[y.tokens.0 as usize..y.tokens.1 as usize],
                    &|_| 1.0,
                    &cfg.align,
                );
                if let Some(m) = m {
                    best = Some(best.map_or(m.kind, |b| b.min(m.kind)));
                }
            }
        }
        best
    };
    let (mut tracker_found, mut aligner_found, mut mismatched) = (0, 0, 0);
    let (mut verb, mut near, mut para) = (0, 0, 0);
    for (i, (abs, pr)) in rows.iter().enumerate() {
        let mut t = Tracker::new(cfg.clone());
        for (id, text) in [("abstract", abs), ("press_release", pr)] {
            let (_, spans) = parallax_text::segment(text);
            let n = t.add(DocInput { id, text, sentences: &spans, published: None, outlet: None, dateline: None, quotes: &[] }).len();
            if id == "press_release" && n > 0 {
                tracker_found += 1;
            }
        }
        if let Some(k) = aligned(abs, pr) {
            aligner_found += 1;
            match k {
                parallax_provenance::PassageKind::Verbatim => verb += 1,
                parallax_provenance::PassageKind::NearVerbatim => near += 1,
                parallax_provenance::PassageKind::Paraphrase => para += 1,
            }
        }
        let other = &rows[(i + 1) % rows.len()].0;
        if aligned(other, pr).is_some() {
            mismatched += 1;
        }
    }
    let n = rows.len().max(1) as f64;
    Ok(InsciScores {
        pairs: rows.len(),
        found_by_tracker: tracker_found,
        tracker_recall: tracker_found as f64 / n,
        found_by_aligner: aligner_found,
        aligner_recall: aligner_found as f64 / n,
        mismatched_found_by_aligner: mismatched,
        mismatched_rate: mismatched as f64 / n,
        verbatim: verb,
        near_verbatim: near,
        paraphrase: para,
    })
}
