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
    /// Each sentence states a number the other lacks (a changed figure or date).
    pub numbers_differ: bool,
}

/// The sorted, distinct content stems of some tokens.
pub fn content_stems(toks: &[Token]) -> Vec<u32> {
    let mut v: Vec<u32> = toks.iter().filter(|t| t.is_content()).map(|t| t.stem).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The hashes of the weekday and month names ([`parallax_text::lexicon::CALENDAR_WORDS`],
/// without "may", mostly the verb): a changed day ("until Thursday", "until Wednesday")
/// is a changed figure too.
static CALENDAR_HASHES: std::sync::LazyLock<Vec<u32>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<u32> =
        parallax_text::lexicon::CALENDAR_WORDS.iter().filter(|w| **w != "may").map(|w| crate::tokens::hash32(w)).collect();
    v.sort_unstable();
    v
});

/// Whether a token states a figure or a date: a number, a weekday or a month.
pub(crate) fn is_figure(t: &Token) -> bool {
    t.is_number() || CALENDAR_HASHES.binary_search(&t.word).is_ok()
}

fn numbers(toks: &[Token]) -> Vec<u32> {
    let mut v: Vec<u32> = toks.iter().filter(|t| is_figure(t)).map(|t| t.word).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// IDF-weighted Dice overlap of two sorted stem sets.
pub fn weighted_dice(a: &[u32], b: &[u32], idf: &impl Fn(u32) -> f32) -> f32 {
    weighted_dice_totals(a, b, idf, idf_total(a, idf) + idf_total(b, idf))
}

/// The summed weight of a sentence's content stems (the Dice denominator's share).
fn idf_total(stems: &[u32], idf: &impl Fn(u32) -> f32) -> f32 {
    stems.iter().map(|&s| idf(s)).sum()
}

/// [`weighted_dice`] with the summed weights of both sentences given.
fn weighted_dice_totals(a: &[u32], b: &[u32], idf: &impl Fn(u32) -> f32, total: f32) -> f32 {
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
    compare_profiles(&Profile::new(a, idf), &Profile::new(b, idf), idf, cfg)
}

/// What the comparison needs of one sentence, computed once: its tokens, its
/// sorted content stems and their summed weight, its numbers, and (made on
/// first use, since most sentence pairs never get that far) its words cut to
/// `max_sentence_tokens`, the same words sorted, and the sorted hashes of its
/// runs of `fragment_run` words.
struct Profile<'t> {
    tokens: &'t [Token],
    stems: Vec<u32>,
    /// The stems not in about a quarter of the documents or more ([`COMMON_IDF`]).
    rare: Vec<u32>,
    total: f32,
    words: std::cell::OnceCell<Words>,
}

struct Words {
    words: Vec<u32>,
    sorted: Vec<u32>,
    runs: Vec<u64>,
    numbers: Vec<u32>,
}

impl<'t> Profile<'t> {
    fn new(tokens: &'t [Token], idf: &impl Fn(u32) -> f32) -> Self {
        let stems = content_stems(tokens);
        let mut total = 0.0;
        let mut rare = Vec::new();
        for &s in &stems {
            let w = idf(s);
            total += w;
            if w >= COMMON_IDF {
                rare.push(s);
            }
        }
        Profile { tokens, stems, rare, total, words: std::cell::OnceCell::new() }
    }

    fn words(&self, cfg: &AlignConfig) -> &Words {
        self.words.get_or_init(|| {
            let words: Vec<u32> = self.tokens[..self.tokens.len().min(cfg.max_sentence_tokens)].iter().map(|t| t.word).collect();
            let mut sorted = words.clone();
            sorted.sort_unstable();
            let k = cfg.fragment_run.max(1);
            let mut runs: Vec<u64> = words.windows(k).map(|w| crate::tokens::hash_words(w.iter().copied())).collect();
            runs.sort_unstable();
            Words { words, sorted, runs, numbers: numbers(self.tokens) }
        })
    }
}

/// [`compare`] on profiles made by the caller.
fn compare_profiles(a: &Profile, b: &Profile, idf: &impl Fn(u32) -> f32, cfg: &AlignConfig) -> Option<SentenceMatch> {
    if a.tokens.len() < cfg.min_sentence_tokens || b.tokens.len() < cfg.min_sentence_tokens {
        return None;
    }
    let dice = weighted_dice_totals(&a.stems, &b.stems, idf, a.total + b.total);
    let (a, b) = (a.words(cfg), b.words(cfg));
    // A changed figure: each side states a number the other lacks. One sentence stating more
    // numbers than the other ("300 evacuated" and "300 evacuated, 14 treated") is no conflict.
    let numbers_differ =
        a.numbers.iter().any(|n| b.numbers.binary_search(n).is_err()) && b.numbers.iter().any(|n| a.numbers.binary_search(n).is_err());
    let (wa, wb) = (&a.words, &b.words);
    // Cheap bounds before the quadratic comparison: the common subsequence is
    // no longer than the shared bag of words, and a fragment needs a shared
    // run of `fragment_run` words (a shared run hash). When neither can reach
    // its bar and the Dice is below the paraphrase bar, the answer is the same
    // without the comparison.
    if dice < cfg.paraphrase_dice {
        let ratio_bound = 2.0 * parallax_text::hashing::sorted_overlap(&a.sorted, &b.sorted) as f32 / (wa.len() + wb.len()) as f32;
        if ratio_bound < cfg.near_ratio && parallax_text::hashing::sorted_overlap(&a.runs, &b.runs) == 0 {
            return None;
        }
    }
    let (lcs, run, end_a, end_b) = lcs_and_run(wa, wb);
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

/// Stems in more than about a quarter of the documents (`ln 4`) do not
/// propose sentence pairs: in a language without a stop-word list ("und",
/// "der") they would pair every sentence with every other.
const COMMON_IDF: f32 = 1.386;

/// Sentences of the other document compared word by word with each sentence.
const MAX_COMPARED: usize = 12;

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
    // every sentence of b profiled once per pair
    let profiles_b: Vec<Profile> = (0..b.sentences.len()).map(|j| Profile::new(b.sentence_tokens(j), idf)).collect();
    // content stem -> sentences of b holding it
    let mut index: FastMap<u32, Vec<u16>> = FastMap::default();
    for (j, p) in profiles_b.iter().enumerate() {
        if (b.skip)(j) || j > u16::MAX as usize {
            continue;
        }
        for &s in &p.rare {
            index.entry(s).or_default().push(j as u16);
        }
    }
    let mut shared = vec![0u16; b.sentences.len()];
    let mut touched: Vec<u16> = Vec::new();
    let mut ranked: Vec<(u16, u16)> = Vec::new();
    let mut links = Vec::new();
    for i in 0..a.sentences.len() {
        if (a.skip)(i) {
            continue;
        }
        let pa = Profile::new(a.sentence_tokens(i), idf);
        for &j in &touched {
            shared[j as usize] = 0;
        }
        touched.clear();
        for s in &pa.rare {
            if let Some(js) = index.get(s) {
                for &j in js {
                    if shared[j as usize] == 0 {
                        touched.push(j);
                    }
                    shared[j as usize] += 1;
                }
            }
        }
        let need = 2.min(pa.rare.len()).max(1) as u16;
        // Only the sentences sharing the most content stems are compared word by
        // word (at most `MAX_COMPARED`): the best match is among them, and a long
        // page against its own copy stays linear instead of quadratic.
        ranked.clear();
        ranked.extend(touched.iter().map(|&j| (shared[j as usize], j)).filter(|&(n, _)| n >= need));
        if ranked.len() > MAX_COMPARED {
            ranked.select_nth_unstable_by(MAX_COMPARED - 1, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            ranked.truncate(MAX_COMPARED);
        }
        ranked.sort_unstable_by_key(|&(_, j)| j);
        let mut best: Option<SentenceLink> = None;
        for &(_, j) in &ranked {
            let j = j as usize;
            if let Some(m) = compare_profiles(&pa, &profiles_b[j], idf, cfg) {
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
    use parallax_model::Span;

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
        // One side stating a figure more is no conflict.
        let m = cmp(
            "The fire injured 12 workers and closed the port on Monday.",
            "The fire injured 12 workers, closed the port on Monday and cost 3 jobs.",
        )
        .unwrap();
        assert!(!m.numbers_differ);
        // Found on two storm reports: a changed day is a changed figure too.
        let m = cmp(
            "The Tessvik ferry terminal will stay closed until Thursday, the operator said.",
            "The Tessvik ferry terminal will stay closed until Wednesday, the operator said.",
        )
        .unwrap();
        assert!(m.numbers_differ);
    }

    #[test]
    fn the_cheap_bounds_never_drop_a_match() {
        // Random word sequences over a small vocabulary share many words and runs:
        // the bag overlap bounds the common subsequence, and a shared run of
        // `fragment_run` words always shows as a shared run hash.
        let cfg = AlignConfig::default();
        let mut state = 11u64;
        let mut next = |n: u64| {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        for _ in 0..300 {
            let la = 5 + next(60) as usize;
            let lb = 5 + next(60) as usize;
            let a: Vec<Token> = (0..la).map(|_| Token { start: 0, len: 1, flags: 0, word: next(6) as u32, stem: 0 }).collect();
            let mut b: Vec<Token> = (0..lb).map(|_| Token { start: 0, len: 1, flags: 0, word: next(6) as u32, stem: 0 }).collect();
            if next(2) == 0 && la > 10 && lb > 10 {
                b[..10].copy_from_slice(&a[..10]);
            }
            let (pa, pb) = (Profile::new(&a, &|_| 1.0), Profile::new(&b, &|_| 1.0));
            let (wa, wb) = (pa.words(&cfg), pb.words(&cfg));
            let (lcs, run, _, _) = lcs_and_run(&wa.words, &wb.words);
            assert!(lcs <= parallax_text::hashing::sorted_overlap(&wa.sorted, &wb.sorted));
            if run >= cfg.fragment_run {
                assert!(parallax_text::hashing::sorted_overlap(&wa.runs, &wb.runs) > 0);
            }
        }
    }

    #[test]
    fn a_sentence_finds_its_copy_among_many_look_alikes() {
        // 300 sentences sharing stems with the probe, and the probe's copy last:
        // only a few are compared word by word, and the copy is among them.
        let probe = "The Selka grain terminal reopened on Friday after engineers checked every beam twice.";
        let mut text = String::new();
        for k in 0..300 {
            text.push_str(&format!("The Selka grain terminal {k} stayed closed while engineers waited for beams. "));
        }
        text.push_str(probe);
        let tb = tokenize(&text);
        let ta = tokenize(probe);
        let spans_b: Vec<Span> = {
            let mut v = Vec::new();
            let mut start = 0;
            for (i, c) in text.char_indices() {
                if c == '.' {
                    v.push(Span::new(start, i + 1));
                    start = i + 2;
                }
            }
            v
        };
        let sb = crate::tokens::sentences(&tb, &spans_b);
        let sa = crate::tokens::sentences(&ta, &[Span::new(0, probe.len())]);
        let no = |_: usize| false;
        let av = DocView { tokens: &ta, sentences: &sa, skip: &no };
        let bv = DocView { tokens: &tb, sentences: &sb, skip: &no };
        let links = align(&av, &bv, &|_| 2.0, &AlignConfig::default());
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].b, sb.len() - 1);
        assert_eq!(links[0].m.kind, PassageKind::Verbatim);
    }
}
