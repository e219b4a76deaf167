//! Stage 2: exact alignment of a candidate pair, sentence by sentence, then
//! passages (runs of aligned sentences that keep their order).
//!
//! Each sentence of the newer article is compared with the sentences of the
//! older one that share at least two content stems:
//! - the word LCS ratio `2·LCS/(|a|+|b|)` over lower-cased words decides
//!   verbatim (≥ `verbatim_ratio`) and near-verbatim (≥ `near_ratio`);
//! - a common run of at least `fragment_run` words inside otherwise different
//!   sentences is a verbatim fragment (a copied quote, a kept clause);
//! - otherwise the IDF-weighted Dice overlap of content stems decides
//!   paraphrase (≥ `paraphrase_dice`): the same fact, reworded.

use serde::Serialize;

use crate::lsh::FastMap;
use crate::tokens::{Sentence, Token};

/// How a passage was reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    Verbatim,
    NearVerbatim,
    Paraphrase,
}

impl PassageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Verbatim => "verbatim",
            PassageKind::NearVerbatim => "near_verbatim",
            PassageKind::Paraphrase => "paraphrase",
        }
    }
}

/// Thresholds of the sentence comparison.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    pub verbatim_ratio: f32,
    pub near_ratio: f32,
    pub fragment_run: usize,
    pub paraphrase_dice: f32,
    /// Longest sentence compared word by word (longer ones are cut).
    pub max_sentence_tokens: usize,
    /// Shorter sentences (bylines, fragments) are not aligned.
    pub min_sentence_tokens: usize,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            verbatim_ratio: 0.95,
            near_ratio: 0.70,
            fragment_run: 8,
            paraphrase_dice: 0.40,
            max_sentence_tokens: 160,
            min_sentence_tokens: 4,
        }
    }
}

/// The comparison of two sentences.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceMatch {
    pub kind: PassageKind,
    /// The figure that decided the kind (LCS ratio, run share or Dice).
    pub score: f32,
    pub ratio: f32,
    pub dice: f32,
    /// For a verbatim fragment: the common run as token offsets (a, b, len) inside the sentences.
    pub fragment: Option<(usize, usize, usize)>,
    /// Both sentences state numbers and they differ (a changed figure or date).
    pub numbers_differ: bool,
}

/// The sorted, distinct content stems of some tokens.
pub fn content_stems(toks: &[Token]) -> Vec<u32> {
    let mut v: Vec<u32> = toks.iter().filter(|t| t.is_content()).map(|t| t.stem).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn numbers(toks: &[Token]) -> Vec<u32> {
    let mut v: Vec<u32> = toks.iter().filter(|t| t.is_number()).map(|t| t.word).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// IDF-weighted Dice overlap of two sorted stem sets.
pub fn weighted_dice(a: &[u32], b: &[u32], idf: &impl Fn(u32) -> f32) -> f32 {
    let (mut i, mut j) = (0, 0);
    let mut shared = 0.0;
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += idf(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    let total: f32 = a.iter().chain(b).map(|&s| idf(s)).sum();
    if total <= 0.0 {
        0.0
    } else {
        2.0 * shared / total
    }
}

/// Longest common subsequence and longest common run of two word sequences.
/// Returns (lcs, run length, run end in a, run end in b).
fn lcs_and_run(a: &[u32], b: &[u32]) -> (usize, usize, usize, usize) {
    let m = b.len();
    let mut prev = vec![0u16; m + 1];
    let mut cur = vec![0u16; m + 1];
    let mut run_prev = vec![0u16; m + 1];
    let mut run_cur = vec![0u16; m + 1];
    let (mut best_run, mut end_a, mut end_b) = (0u16, 0, 0);
    for (i, &x) in a.iter().enumerate() {
        for j in 0..m {
            if x == b[j] {
                cur[j + 1] = prev[j] + 1;
                run_cur[j + 1] = run_prev[j] + 1;
                if run_cur[j + 1] > best_run {
                    best_run = run_cur[j + 1];
                    end_a = i + 1;
                    end_b = j + 1;
                }
            } else {
                cur[j + 1] = cur[j].max(prev[j + 1]);
                run_cur[j + 1] = 0;
            }
        }
        std::mem::swap(&mut prev, &mut cur);
        std::mem::swap(&mut run_prev, &mut run_cur);
    }
    (prev[m] as usize, best_run as usize, end_a, end_b)
}

/// Compares two sentences (their tokens). `None` when they do not share a passage.
pub fn compare(a: &[Token], b: &[Token], idf: &impl Fn(u32) -> f32, cfg: &AlignConfig) -> Option<SentenceMatch> {
    compare_with_stems(a, &content_stems(a), b, &content_stems(b), idf, cfg)
}

/// [`compare`] with each sentence's [`content_stems`] computed by the caller.
fn compare_with_stems(
    a: &[Token],
    sa: &[u32],
    b: &[Token],
    sb: &[u32],
    idf: &impl Fn(u32) -> f32,
    cfg: &AlignConfig,
) -> Option<SentenceMatch> {
    if a.len() < cfg.min_sentence_tokens || b.len() < cfg.min_sentence_tokens {
        return None;
    }
    let dice = weighted_dice(sa, sb, idf);
    let numbers_differ = {
        let (na, nb) = (numbers(a), numbers(b));
        !na.is_empty() && !nb.is_empty() && na != nb
    };
    let a = &a[..a.len().min(cfg.max_sentence_tokens)];
    let b = &b[..b.len().min(cfg.max_sentence_tokens)];
    let wa: Vec<u32> = a.iter().map(|t| t.word).collect();
    let wb: Vec<u32> = b.iter().map(|t| t.word).collect();
    let (lcs, run, end_a, end_b) = lcs_and_run(&wa, &wb);
    let ratio = 2.0 * lcs as f32 / (wa.len() + wb.len()) as f32;
    let base = SentenceMatch { kind: PassageKind::Paraphrase, score: dice, ratio, dice, fragment: None, numbers_differ };
    if ratio >= cfg.verbatim_ratio {
        return Some(SentenceMatch { kind: PassageKind::Verbatim, score: ratio, ..base });
    }
    if ratio >= cfg.near_ratio {
        return Some(SentenceMatch { kind: PassageKind::NearVerbatim, score: ratio, ..base });
    }
    if run >= cfg.fragment_run {
        let share = run as f32 / wa.len().min(wb.len()) as f32;
        return Some(SentenceMatch { kind: PassageKind::Verbatim, score: share, fragment: Some((end_a - run, end_b - run, run)), ..base });
    }
    if dice >= cfg.paraphrase_dice {
        return Some(base);
    }
    None
}

/// A document as the aligner sees it.
pub struct DocView<'a> {
    pub tokens: &'a [Token],
    pub sentences: &'a [Sentence],
    /// Sentences not to align (boilerplate of the outlet).
    pub skip: &'a dyn Fn(usize) -> bool,
}

impl DocView<'_> {
    fn sentence_tokens(&self, i: usize) -> &[Token] {
        let s = &self.sentences[i];
        &self.tokens[s.tokens.0 as usize..s.tokens.1 as usize]
    }
}

/// One aligned sentence pair.
#[derive(Debug, Clone, Copy)]
pub struct SentenceLink {
    pub a: usize,
    pub b: usize,
    pub m: SentenceMatch,
}

/// Aligns every sentence of `a` with its best counterpart in `b`.
pub fn align(a: &DocView, b: &DocView, idf: &impl Fn(u32) -> f32, cfg: &AlignConfig) -> Vec<SentenceLink> {
    // content stems of every sentence, once per pair
    let stems_b: Vec<Vec<u32>> = (0..b.sentences.len()).map(|j| content_stems(b.sentence_tokens(j))).collect();
    // content stem -> sentences of b holding it
    let mut index: FastMap<u32, Vec<u16>> = FastMap::default();
    for (j, stems) in stems_b.iter().enumerate() {
        if (b.skip)(j) || j > u16::MAX as usize {
            continue;
        }
        for &s in stems {
            index.entry(s).or_default().push(j as u16);
        }
    }
    let mut shared = vec![0u16; b.sentences.len()];
    let mut links = Vec::new();
    for i in 0..a.sentences.len() {
        if (a.skip)(i) {
            continue;
        }
        let ta = a.sentence_tokens(i);
        let sa = content_stems(ta);
        shared.iter_mut().for_each(|c| *c = 0);
        for s in &sa {
            if let Some(js) = index.get(s) {
                for &j in js {
                    shared[j as usize] += 1;
                }
            }
        }
        let need = 2.min(sa.len()).max(1) as u16;
        let mut best: Option<SentenceLink> = None;
        for (j, &n) in shared.iter().enumerate() {
            if n < need {
                continue;
            }
            if let Some(m) = compare_with_stems(ta, &sa, b.sentence_tokens(j), &stems_b[j], idf, cfg) {
                let better = match &best {
                    None => true,
                    Some(cur) => (m.kind, -m.score) < (cur.m.kind, -cur.m.score),
                };
                if better {
                    best = Some(SentenceLink { a: i, b: j, m });
                }
            }
        }
        links.extend(best);
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn cmp(a: &str, b: &str) -> Option<SentenceMatch> {
        compare(&tokenize(a), &tokenize(b), &|_| 1.0, &AlignConfig::default())
    }

    #[test]
    fn kinds_of_reuse() {
        let orig = "Firefighters battled the blaze at the Selka grain terminal for six hours on Tuesday night.";
        assert_eq!(cmp(orig, orig).unwrap().kind, PassageKind::Verbatim);
        let edited = "Firefighters fought the blaze at the Selka grain terminal for six hours on Tuesday.";
        assert_eq!(cmp(edited, orig).unwrap().kind, PassageKind::NearVerbatim);
        let reworded = "On Tuesday night, crews spent six hours battling a blaze that tore through Selka's grain terminal.";
        assert_eq!(cmp(reworded, orig).unwrap().kind, PassageKind::Paraphrase);
        let other = "The city council will vote on the library budget next month.";
        assert!(cmp(other, orig).is_none());
    }

    #[test]
    fn copied_quote_inside_a_rewritten_sentence_is_a_verbatim_fragment() {
        let a = "In a rare admission, the harbour master conceded that we were not ready for a fire of this size at all, critics noted.";
        let b = "\"We were not ready for a fire of this size at all,\" harbour master Ilse Varga told reporters on Wednesday morning at the quay.";
        let m = cmp(a, b).unwrap();
        assert_eq!(m.kind, PassageKind::Verbatim);
        let (_, _, len) = m.fragment.unwrap();
        assert!(len >= 8);
    }

    #[test]
    fn changed_numbers_are_flagged() {
        let m = cmp(
            "The fire injured 12 workers and closed the port for 3 days.",
            "The fire injured 21 workers and closed the port for 3 days.",
        )
        .unwrap();
        assert_eq!(m.kind, PassageKind::NearVerbatim);
        assert!(m.numbers_differ);
    }
}
