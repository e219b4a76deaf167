//! Quote attribution quality on PolNeAR (test split; one annotator per article).
//!
//! Gold: brat standoff attributions (Source, Cue, Content spans). A predicted
//! quote matches a gold attribution when their contents overlap (or are equal,
//! for exact). Source and cue are scored on matched pairs; "content and
//! source jointly" needs both to overlap the same attribution (or neither
//! to name a source: a passive "was accused of" has none). A prediction whose
//! words start in a passage the annotators marked `Discard` (an editor's note,
//! an advertisement, a byline, an embedded tweet) is not scored, as nothing
//! there was annotated; the joint figure with those scored is reported beside.

use std::collections::HashMap;
use std::path::Path;

use parallax_quotes::{find_quotes, Quote, QuoteKind};
use serde::Serialize;

use crate::EvalError;

/// A gold attribution (spans joined over discontinuities).
#[derive(Debug, Clone)]
pub struct GoldAttribution {
    pub content: (usize, usize),
    pub source: Option<(usize, usize)>,
    pub cue: Option<(usize, usize)>,
    pub direct: bool,
}

/// brat offsets count characters: the byte offset of each (the text's end past the last).
fn char_to_byte(text: &str) -> impl Fn(usize) -> usize + '_ {
    let byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    move |c| byte_at.get(c).copied().unwrap_or(text.len())
}

/// Parse a brat `.ann` file against its text (character offsets → byte offsets).
pub fn parse_ann(ann: &str, text: &str) -> Vec<GoldAttribution> {
    let to_byte = char_to_byte(text);
    let mut spans: HashMap<String, (String, usize, usize)> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else { continue };
        if id.starts_with('T') {
            let mut parts = body.splitn(2, ' ');
            let (Some(label), Some(offsets)) = (parts.next(), parts.next()) else { continue };
            let nums: Vec<usize> = offsets.split([' ', ';']).filter_map(|n| n.parse().ok()).collect();
            if let (Some(&s), Some(&e)) = (nums.iter().min(), nums.iter().max()) {
                spans.insert(id.to_string(), (label.to_string(), to_byte(s), to_byte(e)));
            }
        } else if id.starts_with('E') {
            events.push(body.to_string());
        }
    }
    let mut out = Vec::new();
    for e in events {
        let role = |name: &str| {
            e.split(' ').find_map(|r| r.strip_prefix(&format!("{name}:"))).and_then(|t| spans.get(t)).map(|(_, s, en)| (*s, *en))
        };
        let Some(content) = role("Content") else { continue };
        let source = role("Source");
        let cue = role("Cue");
        let c = text.get(content.0..content.1).unwrap_or("").trim();
        let direct = c.starts_with(['“', '"', '‘']) && c.trim_end_matches([',', '.', ' ']).ends_with(['”', '"', '’']);
        out.push(GoldAttribution { content, source, cue, direct });
    }
    out
}

/// Whether `q`'s words start in one of the `discarded` passages.
pub fn in_discarded(discard: &[(usize, usize)], q: &Quote) -> bool {
    discard.iter().any(|&(s, e)| s <= q.content.start && q.content.start < e)
}

/// The passages the annotators marked `Discard` (editor's notes, advertisements, bylines,
/// embedded tweets, section labels), as byte ranges, one per piece of a discontinuous span:
/// they carry no attributions, so nothing found in them can be judged.
pub fn discarded(ann: &str, text: &str) -> Vec<(usize, usize)> {
    let to_byte = char_to_byte(text);
    let mut out = Vec::new();
    for line in ann.lines() {
        let mut cols = line.split('\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else { continue };
        let Some(offsets) = body.strip_prefix("Discard ").filter(|_| id.starts_with('T')) else { continue };
        for piece in offsets.split(';') {
            let nums: Vec<usize> = piece.split(' ').filter_map(|n| n.parse().ok()).collect();
            if let [s, e] = nums[..] {
                out.push((to_byte(s), to_byte(e)));
            }
        }
    }
    out
}

/// Quote extraction scores.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteScore {
    pub documents: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Predictions left unscored: their words start in a passage marked `Discard`.
    pub in_discarded_passages: usize,
    /// Content and source jointly when those predictions are scored too (as false
    /// positives): the figure before passages marked `Discard` were set aside.
    pub content_and_source_overlap_f1_scoring_discarded: f64,
    pub content_exact_f1: f64,
    pub content_overlap_precision: f64,
    pub content_overlap_recall: f64,
    pub content_overlap_f1: f64,
    /// The source of a prediction matched by content overlaps that attribution's source
    /// (or neither names one): on matched pairs, so it equals the joint figure.
    pub source_overlap_f1: f64,
    /// The cue of a prediction matched by content overlaps that attribution's cue.
    pub cue_overlap_f1: f64,
    /// Source spans on their own, whatever their content: a predicted source counts when it
    /// equals (exact) or overlaps (overlap) some gold source in the article, and a gold one
    /// when some predicted source does; attributions with no source are left out.
    pub source_span_exact_f1: f64,
    pub source_span_overlap_f1: f64,
    /// Cue spans on their own, scored the same way.
    pub cue_span_exact_f1: f64,
    pub cue_span_overlap_f1: f64,
    /// Content and source both overlapping the same attribution.
    pub content_and_source_overlap_f1: f64,
    pub direct_recall: f64,
    pub indirect_recall: f64,
    pub direct_precision: f64,
    pub indirect_precision: f64,
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Sources agree when they overlap, or when neither names one (a passive
/// "was accused of", an agentless "seems").
pub fn same_source(gold: Option<(usize, usize)>, pred: Option<(usize, usize)>) -> bool {
    match (gold, pred) {
        (Some(a), Some(b)) => overlaps(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b > 0 {
        a as f64 / b as f64
    } else {
        0.0
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The source PARC annotates: for a relayed quote ("The Post quoted an official as
/// saying …"), the outermost reporter, whom the text holds responsible for the words.
pub fn parc_source(q: &Quote) -> Option<(usize, usize)> {
    q.relayed_by.or(q.source).as_ref().map(rng)
}

fn rng(q: &parallax_quotes::Range) -> (usize, usize) {
    (q.start, q.end)
}

/// Score `find_quotes` on `polnear/test`.
pub fn eval_polnear(dir: &Path) -> Result<QuoteScore, EvalError> {
    eval_polnear_split(dir, "test")
}

/// Score `find_quotes` on one split of PolNeAR (`train`, `dev` or `test`).
pub fn eval_polnear_split(dir: &Path, split: &str) -> Result<QuoteScore, EvalError> {
    let test = dir.join(split);
    let text_dir = test.join("text");
    let ann_dir = test.join("attributions");
    let mut anns: Vec<_> =
        std::fs::read_dir(&ann_dir).map_err(|_| EvalError::Missing(dir.to_path_buf()))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut c = Counts::default();
    let mut every = Counts::default();
    let mut docs = 0;
    for ann_path in anns {
        let name = ann_path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let Some((base, _annotator)) = name.rsplit_once('_') else { continue };
        if !seen.insert(base.to_string()) {
            continue; // one annotator per article
        }
        let text_path = text_dir.join(format!("{base}.txt"));
        let Ok(text) = std::fs::read_to_string(&text_path) else { continue };
        let ann = crate::read_text(&ann_path)?;
        let gold = parse_ann(&ann, &text);
        let discard = discarded(&ann, &text);
        let (pred, unscored): (Vec<Quote>, Vec<Quote>) = find_quotes(&text).into_iter().partition(|q| !in_discarded(&discard, q));
        c.unscored += unscored.len();
        c.add(&gold, &pred);
        let all: Vec<Quote> = pred.into_iter().chain(unscored).collect();
        every.add(&gold, &all);
        docs += 1;
    }
    Ok(c.score(docs, every.joint_f1()))
}

/// One role's spans (source or cue) scored on their own, exact and by overlap.
#[derive(Default)]
struct SpanCounts {
    pred: usize,
    gold: usize,
    exact_pred: usize,
    exact_gold: usize,
    overlap_pred: usize,
    overlap_gold: usize,
}

impl SpanCounts {
    /// One article's gold and predicted spans (one per attribution that has the role).
    fn add(&mut self, gold: &[(usize, usize)], pred: &[(usize, usize)]) {
        self.gold += gold.len();
        self.pred += pred.len();
        for p in pred {
            self.exact_pred += gold.contains(p) as usize;
            self.overlap_pred += gold.iter().any(|g| overlaps(*g, *p)) as usize;
        }
        for g in gold {
            self.exact_gold += pred.contains(g) as usize;
            self.overlap_gold += pred.iter().any(|p| overlaps(*g, *p)) as usize;
        }
    }

    fn exact_f1(&self) -> f64 {
        f1(ratio(self.exact_pred, self.pred), ratio(self.exact_gold, self.gold))
    }

    fn overlap_f1(&self) -> f64 {
        f1(ratio(self.overlap_pred, self.pred), ratio(self.overlap_gold, self.gold))
    }
}

#[derive(Default)]
struct Counts {
    unscored: usize,
    gold: usize,
    pred: usize,
    exact_pred: usize,
    exact_gold: usize,
    ov_pred: usize,
    ov_gold: usize,
    src_pred: usize,
    src_gold: usize,
    cue_pred: usize,
    cue_gold: usize,
    joint_pred: usize,
    joint_gold: usize,
    source_spans: SpanCounts,
    cue_spans: SpanCounts,
    direct_gold: usize,
    direct_found: usize,
    indirect_gold: usize,
    indirect_found: usize,
    direct_pred: usize,
    direct_pred_ok: usize,
    indirect_pred: usize,
    indirect_pred_ok: usize,
}

impl Counts {
    fn add(&mut self, gold: &[GoldAttribution], pred: &[Quote]) {
        self.gold += gold.len();
        self.pred += pred.len();
        let gold_sources: Vec<_> = gold.iter().filter_map(|g| g.source).collect();
        let pred_sources: Vec<_> = pred.iter().filter_map(parc_source).collect();
        self.source_spans.add(&gold_sources, &pred_sources);
        let gold_cues: Vec<_> = gold.iter().filter_map(|g| g.cue).collect();
        let pred_cues: Vec<_> = pred.iter().filter_map(|p| p.cue.as_ref().map(rng)).collect();
        self.cue_spans.add(&gold_cues, &pred_cues);
        for p in pred {
            let pc = rng(&p.content);
            let m: Vec<&GoldAttribution> = gold.iter().filter(|g| overlaps(g.content, pc)).collect();
            self.exact_pred += gold.iter().any(|g| g.content == pc) as usize;
            self.ov_pred += (!m.is_empty()) as usize;
            let src = parc_source(p);
            let cue = p.cue.as_ref().map(rng);
            self.src_pred += m.iter().any(|g| same_source(g.source, src)) as usize;
            self.cue_pred += m.iter().any(|g| matches!((g.cue, cue), (Some(a), Some(b)) if overlaps(a, b))) as usize;
            self.joint_pred += m.iter().any(|g| same_source(g.source, src)) as usize;
            let ok = !m.is_empty() as usize;
            if p.kind == QuoteKind::Direct {
                self.direct_pred += 1;
                self.direct_pred_ok += ok;
            } else {
                self.indirect_pred += 1;
                self.indirect_pred_ok += ok;
            }
        }
        for g in gold {
            let m: Vec<&Quote> = pred.iter().filter(|p| overlaps(g.content, rng(&p.content))).collect();
            self.exact_gold += pred.iter().any(|p| rng(&p.content) == g.content) as usize;
            self.ov_gold += (!m.is_empty()) as usize;
            let src_ok = m.iter().any(|p| same_source(g.source, parc_source(p)));
            self.src_gold += src_ok as usize;
            self.cue_gold += m.iter().any(|p| matches!((g.cue, p.cue.as_ref().map(rng)), (Some(a), Some(b)) if overlaps(a, b))) as usize;
            self.joint_gold += src_ok as usize;
            if g.direct {
                self.direct_gold += 1;
                self.direct_found += (!m.is_empty()) as usize;
            } else {
                self.indirect_gold += 1;
                self.indirect_found += (!m.is_empty()) as usize;
            }
        }
    }

    /// Content and source jointly.
    fn joint_f1(&self) -> f64 {
        f1(ratio(self.joint_pred, self.pred), ratio(self.joint_gold, self.gold))
    }

    /// The scores, with the joint figure of the same predictions when the Discard passages
    /// are scored too.
    fn score(&self, documents: usize, joint_scoring_discarded: f64) -> QuoteScore {
        let r = ratio;
        let (op, or) = (r(self.ov_pred, self.pred), r(self.ov_gold, self.gold));
        QuoteScore {
            documents,
            gold: self.gold,
            predicted: self.pred,
            in_discarded_passages: self.unscored,
            content_and_source_overlap_f1_scoring_discarded: joint_scoring_discarded,
            content_exact_f1: f1(r(self.exact_pred, self.pred), r(self.exact_gold, self.gold)),
            content_overlap_precision: op,
            content_overlap_recall: or,
            content_overlap_f1: f1(op, or),
            source_overlap_f1: f1(r(self.src_pred, self.pred), r(self.src_gold, self.gold)),
            cue_overlap_f1: f1(r(self.cue_pred, self.pred), r(self.cue_gold, self.gold)),
            source_span_exact_f1: self.source_spans.exact_f1(),
            source_span_overlap_f1: self.source_spans.overlap_f1(),
            cue_span_exact_f1: self.cue_spans.exact_f1(),
            cue_span_overlap_f1: self.cue_spans.overlap_f1(),
            content_and_source_overlap_f1: self.joint_f1(),
            direct_recall: r(self.direct_found, self.direct_gold),
            indirect_recall: r(self.indirect_found, self.indirect_gold),
            direct_precision: r(self.direct_pred_ok, self.direct_pred),
            indirect_precision: r(self.indirect_pred_ok, self.indirect_pred),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_on_their_own_are_scored_exact_and_by_overlap() {
        let mut c = SpanCounts::default();
        // gold: (0, 5) and (10, 20); predicted: (0, 5) exact, (12, 15) overlapping, (30, 34) wrong
        c.add(&[(0, 5), (10, 20)], &[(0, 5), (12, 15), (30, 34)]);
        assert_eq!((c.exact_pred, c.exact_gold, c.overlap_pred, c.overlap_gold), (1, 1, 2, 2));
        assert!((c.exact_f1() - f1(1.0 / 3.0, 0.5)).abs() < 1e-9);
        assert!((c.overlap_f1() - f1(2.0 / 3.0, 1.0)).abs() < 1e-9);
    }

    #[test]
    fn brat_attributions_are_read_with_char_offsets() {
        let text = "“Ça va,” she said.";
        let ann = "T1\tContent 0 8\t“Ça va,”\nT2\tSource 9 12\tshe\nT3\tCue 13 17\tsaid\nT4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";
        let g = parse_ann(ann, text);
        assert_eq!(g.len(), 1);
        assert_eq!(&text[g[0].content.0..g[0].content.1], "“Ça va,”");
        assert_eq!(&text[g[0].source.unwrap().0..g[0].source.unwrap().1], "she");
        assert!(g[0].direct);
    }

    #[test]
    fn discarded_passages_are_read_piece_by_piece() {
        let text = "Lind said the pier is shut.\n\nEditor’s note: ads.\n\nMore ads.";
        let ann = "T1\tDiscard 29 47;50 59\tEditor’s note: ads. More ads.\nT2\tContent 10 26\tthe pier is shut\n";
        let d = discarded(ann, text);
        assert_eq!(d.len(), 2);
        assert_eq!(&text[d[0].0..d[0].1], "Editor’s note: ads");
        assert_eq!(&text[d[1].0..d[1].1], "More ads.");
        // A report is set aside when its words start inside one, not before it.
        let at = |start: usize| Quote {
            kind: QuoteKind::Indirect,
            content: parallax_quotes::Range { start, end: text.len() },
            cue: None,
            source: None,
            relayed_by: None,
        };
        assert!(in_discarded(&d, &at(d[0].0)));
        assert!(!in_discarded(&d, &at(d[0].0 - 1)));
        assert!(!in_discarded(&d, &at(d[0].1)));
    }
}
