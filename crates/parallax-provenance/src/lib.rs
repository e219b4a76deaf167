//! Provenance: which articles share text, how (verbatim, near-verbatim,
//! paraphrase), how much of each is original, who likely derives from whom,
//! and which articles form groups of mutually derived texts.
//!
//! Articles arrive one at a time ([`Tracker::add`]). Two stages:
//! 1. candidates from fingerprints ([`lsh`]): MinHash band keys of each
//!    sentence's content stems, looked up in a windowed index with capped
//!    posting lists, so cost per article stays flat;
//! 2. alignment ([`align`]) of each candidate pair, sentence by sentence,
//!    then passages with offsets in both articles.
//!
//! Direction comes from evidence, each item pointing at what supports it:
//! publication times, attribution (the newer text names the other's outlet),
//! quotes kept in full in one and cut in the other, containment asymmetry and
//! datelines. When the evidence is weak or conflicting the pair is reported
//! as "common source or unknown direction".
//!
//! Boilerplate an outlet repeats in its own articles (footers, author blurbs)
//! is not reuse: a sentence found verbatim in `boilerplate_docs` articles of
//! one outlet is discounted from then on.
//!
//! The library never prints; the report is built on demand.

pub mod align;
pub mod lsh;
pub mod tokens;

use parallax_model::Span;
use serde::Serialize;

pub use align::{AlignConfig, PassageKind};
use align::{DocView, SentenceLink};
use lsh::{band_keys, FastMap, SentenceLsh};
use tokens::{hash32, Sentence, Token};

/// Tunables. The defaults are the documented, evaluated settings.
#[derive(Debug, Clone)]
pub struct ProvenanceConfig {
    pub align: AlignConfig,
    /// MinHash bands and rows per band over each sentence's stems.
    pub bands: usize,
    pub rows: usize,
    /// Sentences with fewer content stems are not fingerprinted.
    pub min_sentence_stems: usize,
    pub postings_cap: usize,
    /// Articles per index generation (each article meets the last `window`..`2·window`).
    pub window: usize,
    /// Sentences of the new article that must hit an earlier one to make it a candidate
    /// (one suffices for articles with fewer fingerprinted sentences).
    pub min_hits: u32,
    /// Most candidates aligned per article.
    pub max_candidates: usize,
    /// Words of the newer article a pair must share.
    pub min_shared_words: usize,
    /// A pair made of paraphrase alone needs this many aligned sentences
    /// and this share of one article.
    pub min_paraphrase_links: usize,
    pub min_paraphrase_share: f32,
    /// Verbatim sightings in one outlet after which a sentence is that outlet's boilerplate.
    pub boilerplate_docs: u16,
    /// Net evidence needed to state a direction.
    pub direction_margin: f32,
}

impl Default for ProvenanceConfig {
    fn default() -> Self {
        ProvenanceConfig {
            align: AlignConfig::default(),
            bands: 6,
            rows: 2,
            min_sentence_stems: 3,
            postings_cap: 32,
            window: 50_000,
            min_hits: 2,
            max_candidates: 16,
            min_shared_words: 12,
            min_paraphrase_links: 3,
            min_paraphrase_share: 0.35,
            boilerplate_docs: 3,
            direction_margin: 1.5,
        }
    }
}

/// When an article was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    /// Seconds since the Unix epoch (midnight UTC for a day-precise date).
    pub seconds: i64,
    /// Only the day is known.
    pub day_only: bool,
}

/// One article as provenance needs it.
#[derive(Debug, Clone, Copy)]
pub struct DocInput<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: &'a [Span],
    pub published: Option<Timestamp>,
    pub outlet: Option<&'a str>,
    /// The span of the text's dateline, if it has one.
    pub dateline: Option<Span>,
    /// Content spans of direct quotes.
    pub quotes: &'a [Span],
}

/// Which way text travelled between the two articles of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// `a` likely derives from `b`.
    AFromB,
    /// `b` likely derives from `a`.
    BFromA,
    /// Common source or unknown direction.
    Unknown,
}

/// One piece of evidence about direction.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// `published_earlier`, `attribution`, `quote_cut`, `containment`, `dateline`.
    pub kind: &'static str,
    pub favours: Direction,
    pub weight: f32,
    pub detail: String,
    /// The words it rests on: an article id and a span in its text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<Span>,
}

/// A shared passage: offsets in both articles.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    pub kind: PassageKind,
    pub a: Span,
    pub b: Span,
    /// The figure that decided the kind (word LCS ratio, run share, or stem overlap for paraphrase).
    pub score: f32,
    /// Both sides state numbers and they differ.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub numbers_differ: bool,
    /// Where they differ: the figures and dates (numbers, weekdays, months) of `a`'s side
    /// that `b`'s side does not state, and the other way round. For a verbatim fragment of
    /// two sentences, they lie in the rest of its sentences ("Forty-one people were hurt" and
    /// "39 people were hurt" share "people were hurt").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub a_only: Vec<Span>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub b_only: Vec<Span>,
    #[serde(skip)]
    a_words: u32,
    #[serde(skip)]
    b_words: u32,
    #[serde(skip)]
    a_tokens: (u32, u32),
    #[serde(skip)]
    b_tokens: Vec<(u32, u32)>,
    /// The whole sentences the passage lies in, where its figures are compared.
    #[serde(skip)]
    a_sentences: (u32, u32),
    #[serde(skip)]
    b_sentences: Vec<(u32, u32)>,
}

/// Two articles that share text. `a` arrived after `b`.
#[derive(Debug, Clone, Serialize)]
pub struct Pair {
    pub a: String,
    pub b: String,
    /// The kind covering most shared words.
    pub kind: PassageKind,
    /// Share of `a`'s words found in `b`, and of `b`'s in `a`.
    pub a_share: f32,
    pub b_share: f32,
    pub direction: Direction,
    /// The likely original and the likely copy, when the direction is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub derived: Option<String>,
    pub evidence: Vec<Evidence>,
    pub passages: Vec<Passage>,
    #[serde(skip)]
    pub a_slot: u32,
    #[serde(skip)]
    pub b_slot: u32,
}

/// An article's provenance summary.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleProvenance {
    pub article: String,
    /// Share of its words found in no article it may derive from (1.0 = all its own).
    pub originality: f32,
    pub derived_from: Vec<String>,
    pub copied_by: Vec<String>,
    /// Related by shared text, direction unknown.
    pub shares_text_with: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
}

/// Articles linked by shared text: not independent sources of each other.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// `g-` + the id of its first article.
    pub id: String,
    pub articles: Vec<String>,
}

/// What provenance found in a run, beyond the pairs (which [`Tracker::add`]
/// returns as they are found, to be streamed out).
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProvenanceReport {
    /// Only articles that share text with another; all others are wholly original.
    pub articles: Vec<ArticleProvenance>,
    pub groups: Vec<Group>,
}

/// Derives from, reused by, shares text with (direction unknown).
type Relations = (Vec<u32>, Vec<u32>, Vec<u32>);

/// What the report needs of a pair.
struct PairCore {
    a_slot: u32,
    b_slot: u32,
    direction: Direction,
    a_tokens: Vec<(u32, u32)>,
    b_tokens: Vec<(u32, u32)>,
}

struct StoredDoc {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    published: Option<Timestamp>,
    outlet: u32,
    has_dateline: bool,
    /// Hashes of capitalised name sequences with their byte offsets.
    names: Vec<(u32, u32, u32)>,
    /// Direct quotes as token ranges.
    quotes: Vec<(u32, u32)>,
    /// The text, kept only when a [`ParaphraseJudge`] needs its sentences.
    text: Option<Box<str>>,
}

/// A second opinion on sentence pairs the lexical comparison calls
/// paraphrase (a trained pair model): shared words alone also link two
/// independent reports of one event, which say different things about it.
pub trait ParaphraseJudge {
    /// For each pair of sentences (newer, older), whether they state the same thing.
    fn same(&self, pairs: &[(&str, &str)]) -> Result<Vec<bool>, String>;
}

struct DocMeta {
    id: String,
    words: u32,
}

/// Online provenance over a stream of articles.
pub struct Tracker {
    cfg: ProvenanceConfig,
    lsh: SentenceLsh,
    /// Stored documents from `first_slot` on.
    docs: std::collections::VecDeque<StoredDoc>,
    first_slot: u32,
    meta: Vec<DocMeta>,
    df: FastMap<u32, u32>,
    boilerplate: FastMap<u64, u16>,
    /// Pairs of the last article added.
    recent: Vec<Pair>,
    /// What the report needs of every pair found: tens of bytes per pair, not kilobytes.
    cores: Vec<PairCore>,
    hits: FastMap<u32, (u32, u32)>,
    judge: Option<Box<dyn ParaphraseJudge>>,
    judged: JudgeCounts,
}

/// What the judge decided over a run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct JudgeCounts {
    pub asked: usize,
    pub rejected: usize,
    /// Calls that failed: their links kept the lexical decision.
    pub failures: usize,
    pub last_error: Option<String>,
}

impl Default for Tracker {
    fn default() -> Self {
        Tracker::new(ProvenanceConfig::default())
    }
}

fn norm_name(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

/// Capitalised word runs (up to four words) as hashes with their byte spans.
fn name_runs(text: &str, tokens: &[Token]) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::new();
    let mut run: Vec<&Token> = Vec::new();
    let flush = |run: &mut Vec<&Token>, out: &mut Vec<(u32, u32, u32)>| {
        for i in 0..run.len() {
            for j in i + 1..=(i + 4).min(run.len()) {
                let (s, e) = (run[i].start as usize, run[j - 1].end());
                out.push((hash32(&norm_name(&text[s..e])), s as u32, e as u32));
            }
        }
        run.clear();
    };
    for (k, t) in tokens.iter().enumerate() {
        let w = &text[t.start as usize..t.end()];
        let adjacent = k > 0 && run.last().is_some_and(|p| text[p.end()..t.start as usize].trim().is_empty());
        if w.chars().next().is_some_and(char::is_uppercase) {
            if !adjacent {
                flush(&mut run, &mut out);
            }
            run.push(t);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out.sort_unstable();
    out.dedup_by_key(|x| x.0);
    out
}

impl Tracker {
    pub fn new(cfg: ProvenanceConfig) -> Self {
        let lsh = SentenceLsh::new(cfg.bands, cfg.rows, cfg.postings_cap, cfg.window);
        Tracker {
            cfg,
            lsh,
            docs: Default::default(),
            first_slot: 0,
            meta: Vec::new(),
            df: FastMap::default(),
            boilerplate: FastMap::default(),
            recent: Vec::new(),
            cores: Vec::new(),
            hits: FastMap::default(),
            judge: None,
            judged: JudgeCounts::default(),
        }
    }

    /// Paraphrase links (not verbatim or near-verbatim ones) are kept only
    /// when `judge` agrees. The tracker then keeps every stored article's text.
    pub fn with_judge(mut self, judge: Box<dyn ParaphraseJudge>) -> Self {
        self.judge = Some(judge);
        self
    }

    /// What the judge decided so far.
    pub fn judged(&self) -> &JudgeCounts {
        &self.judged
    }

    /// Drops the paraphrase links the judge rejects.
    fn judge_links(&mut self, new: &StoredDoc, new_text: &str, b_slot: u32, links: &mut Vec<SentenceLink>) {
        let Some(judge) = &self.judge else { return };
        let b = &self.docs[(b_slot - self.first_slot) as usize];
        let Some(b_text) = b.text.as_deref() else { return };
        let asked: Vec<usize> = (0..links.len()).filter(|&i| links[i].m.kind == PassageKind::Paraphrase).collect();
        if asked.is_empty() {
            return;
        }
        fn cut<'t>(text: &'t str, s: &Sentence) -> &'t str {
            text.get(s.span.0 as usize..s.span.1 as usize).unwrap_or("")
        }
        let texts: Vec<(&str, &str)> =
            asked.iter().map(|&i| (cut(new_text, &new.sentences[links[i].a]), cut(b_text, &b.sentences[links[i].b]))).collect();
        let verdict = judge.same(&texts);
        self.judged.asked += texts.len();
        match verdict {
            Ok(same) if same.len() == asked.len() => {
                let mut keep = vec![true; links.len()];
                for (&i, &ok) in asked.iter().zip(&same) {
                    keep[i] = ok;
                }
                self.judged.rejected += same.iter().filter(|&&ok| !ok).count();
                let mut verdicts = keep.into_iter();
                links.retain(|_| verdicts.next().unwrap_or(true));
            }
            Ok(same) => {
                self.judged.failures += 1;
                self.judged.last_error = Some(format!("judge answered {} of {} pairs", same.len(), asked.len()));
            }
            Err(e) => {
                self.judged.failures += 1;
                self.judged.last_error = Some(e);
            }
        }
    }

    fn idf(&self, stem: u32) -> f32 {
        let n = self.meta.len() as f32 + 50.0;
        let df = self.df.get(&stem).copied().unwrap_or(0) as f32;
        ((n + 1.0) / (df + 1.0)).ln().max(0.05)
    }

    fn boiler_key(outlet: u32, exact: u64) -> u64 {
        lsh::mix(exact ^ (u64::from(outlet) << 32))
    }

    fn is_boilerplate(&self, outlet: u32, exact: u64) -> bool {
        outlet != 0 && self.boilerplate.get(&Self::boiler_key(outlet, exact)).is_some_and(|&n| n >= self.cfg.boilerplate_docs)
    }

    /// Fingerprint keys per sentence (empty for short or boilerplate sentences).
    pub fn sentence_shingles(tokens: &[Token], sentences: &[Sentence], min_stems: usize) -> Vec<Vec<u32>> {
        sentences
            .iter()
            .map(|s| {
                let mut v: Vec<u32> =
                    tokens[s.tokens.0 as usize..s.tokens.1 as usize].iter().filter(|t| t.is_content()).map(|t| t.stem).collect();
                v.sort_unstable();
                v.dedup();
                if v.len() < min_stems {
                    v.clear();
                }
                v
            })
            .collect()
    }

    /// Adds an article; returns the pairs it forms with earlier articles.
    pub fn add(&mut self, doc: DocInput) -> &[Pair] {
        let slot = self.meta.len() as u32;
        let tokens = tokens::tokenize(doc.text);
        let sentences = tokens::sentences(&tokens, doc.sentences);
        let outlet = doc.outlet.map(|o| hash32(&norm_name(o))).unwrap_or(0);
        let shingles = Self::sentence_shingles(&tokens, &sentences, self.cfg.min_sentence_stems);
        let mut keys: Vec<Vec<u64>> = Vec::with_capacity(sentences.len());
        for (s, sh) in sentences.iter().zip(&shingles) {
            let mut k = Vec::new();
            if !self.is_boilerplate(outlet, s.exact) {
                band_keys(sh, self.cfg.bands, self.cfg.rows, &mut k);
            }
            keys.push(k);
        }
        let fingerprinted = keys.iter().filter(|k| !k.is_empty()).count() as u32;
        let need = self.cfg.min_hits.min(fingerprinted.max(1));
        let mut hits = std::mem::take(&mut self.hits);
        let candidates: Vec<u32> = self
            .lsh
            .query(&keys, &mut hits)
            .into_iter()
            .filter(|&(s, n)| n >= need && s >= self.first_slot)
            .take(self.cfg.max_candidates)
            .map(|(s, _)| s)
            .collect();
        self.hits = hits;

        let names = name_runs(doc.text, &tokens);
        let quotes = doc
            .quotes
            .iter()
            .filter_map(|q| {
                let first = tokens.partition_point(|t| (t.start as usize) < q.start);
                let last = tokens.partition_point(|t| t.end() <= q.end);
                (last > first + 2).then_some((first as u32, last as u32))
            })
            .collect();
        let text = self.judge.is_some().then(|| doc.text.into());
        let new =
            StoredDoc { tokens, sentences, published: doc.published, outlet, has_dateline: doc.dateline.is_some(), names, quotes, text };

        self.recent.clear();
        for b_slot in candidates {
            let b = &self.docs[(b_slot - self.first_slot) as usize];
            let a_skip = |i: usize| self.is_boilerplate(outlet, new.sentences[i].exact);
            let b_skip = |j: usize| self.is_boilerplate(b.outlet, b.sentences[j].exact);
            let av = DocView { tokens: &new.tokens, sentences: &new.sentences, skip: &a_skip };
            let bv = DocView { tokens: &b.tokens, sentences: &b.sentences, skip: &b_skip };
            let mut links = align::align(&av, &bv, &|s| self.idf(s), &self.cfg.align);
            self.judge_links(&new, doc.text, b_slot, &mut links);
            if links.is_empty() {
                continue;
            }
            let b = &self.docs[(b_slot - self.first_slot) as usize];
            // Verbatim sentences repeated inside one outlet count towards its boilerplate.
            let mut boiler_hits = Vec::new();
            if outlet != 0 && outlet == b.outlet {
                for l in &links {
                    if new.sentences[l.a].exact == b.sentences[l.b].exact {
                        boiler_hits.push(Self::boiler_key(outlet, new.sentences[l.a].exact));
                    }
                }
            }
            let pair = self.make_pair(&doc, slot, &new, b_slot, b, &links);
            // A whole article repeated (a repost, an update) is not boilerplate: only
            // sentences shared by articles that are otherwise different count.
            if pair.as_ref().is_some_and(|p| p.a_share.min(p.b_share) >= 0.8) {
                boiler_hits.clear();
            }
            for k in boiler_hits {
                *self.boilerplate.entry(k).or_insert(0) += 1;
            }
            if let Some(p) = pair {
                self.cores.push(PairCore {
                    a_slot: p.a_slot,
                    b_slot: p.b_slot,
                    direction: p.direction,
                    a_tokens: p.passages.iter().map(|x| x.a_tokens).collect(),
                    b_tokens: p.passages.iter().flat_map(|x| x.b_tokens.iter().copied()).collect(),
                });
                self.recent.push(p);
            }
        }

        // Document frequencies and the index learn the article after it was compared.
        let mut stems: Vec<u32> = new.tokens.iter().filter(|t| t.is_content()).map(|t| t.stem).collect();
        stems.sort_unstable();
        stems.dedup();
        for s in stems {
            *self.df.entry(s).or_insert(0) += 1;
        }
        self.lsh.insert(slot, &keys);
        let words = new.tokens.len() as u32;
        self.docs.push_back(new);
        self.meta.push(DocMeta { id: doc.id.to_string(), words });
        while self.first_slot < self.lsh.oldest_slot() {
            self.docs.pop_front();
            self.first_slot += 1;
        }
        &self.recent
    }

    fn make_pair(&self, doc: &DocInput, a_slot: u32, a: &StoredDoc, b_slot: u32, b: &StoredDoc, links: &[SentenceLink]) -> Option<Pair> {
        let mut passages: Vec<Passage> = Vec::new();
        let mut last: Option<(usize, usize)> = None;
        let mut b_covered: Vec<(u32, u32)> = Vec::new();
        for l in links {
            let sa = &a.sentences[l.a];
            let sb = &b.sentences[l.b];
            // a whole sentence, or only the common run of a verbatim fragment
            let (a_tok, b_tok, a_span, b_span) = match l.m.fragment {
                Some((ia, ib, len)) => {
                    let (a0, b0) = (sa.tokens.0 as usize + ia, sb.tokens.0 as usize + ib);
                    let a_span = Span::new(a.tokens[a0].start as usize, a.tokens[a0 + len - 1].end());
                    let b_span = Span::new(b.tokens[b0].start as usize, b.tokens[b0 + len - 1].end());
                    ((a0, a0 + len), (b0, b0 + len), a_span, b_span)
                }
                None => ((sa.tokens.0 as usize, sa.tokens.1 as usize), (sb.tokens.0 as usize, sb.tokens.1 as usize), sa.span(), sb.span()),
            };
            b_covered.push((b_tok.0 as u32, b_tok.1 as u32));
            let extend = match (last, passages.last()) {
                (Some((pa, pb)), Some(p)) => {
                    p.kind == l.m.kind
                        && l.m.fragment.is_none()
                        && l.a == pa + 1
                        && (l.b == pb || l.b == pb + 1)
                        && b_span.start >= p.b.start
                }
                _ => false,
            };
            if extend {
                let p = passages.last_mut().expect("checked above");
                p.a.end = a_span.end;
                p.b.end = p.b.end.max(b_span.end);
                p.score = p.score.min(l.m.score);
                p.numbers_differ |= l.m.numbers_differ;
                p.a_words += (a_tok.1 - a_tok.0) as u32;
                p.b_words += (b_tok.1 - b_tok.0) as u32;
                p.a_tokens.1 = a_tok.1 as u32;
                p.b_tokens.push((b_tok.0 as u32, b_tok.1 as u32));
                p.a_sentences.1 = sa.tokens.1;
                p.b_sentences.push(sb.tokens);
            } else {
                passages.push(Passage {
                    kind: l.m.kind,
                    a: a_span,
                    b: b_span,
                    score: l.m.score,
                    numbers_differ: l.m.numbers_differ,
                    a_only: Vec::new(),
                    b_only: Vec::new(),
                    a_words: (a_tok.1 - a_tok.0) as u32,
                    b_words: (b_tok.1 - b_tok.0) as u32,
                    a_tokens: (a_tok.0 as u32, a_tok.1 as u32),
                    b_tokens: vec![(b_tok.0 as u32, b_tok.1 as u32)],
                    a_sentences: sa.tokens,
                    b_sentences: vec![sb.tokens],
                });
            }
            last = Some((l.a, l.b));
        }
        let a_words: u32 = passages.iter().map(|p| p.a_words).sum();
        b_covered.sort_unstable();
        let mut b_words = 0u32;
        let mut reach = 0u32;
        for (s, e) in b_covered {
            let s = s.max(reach);
            if e > s {
                b_words += e - s;
                reach = e;
            }
        }
        if (a_words as usize) < self.cfg.min_shared_words {
            return None;
        }
        // A changed figure points at its words on both sides.
        for p in passages.iter_mut().filter(|p| p.numbers_differ) {
            let a_toks = &a.tokens[p.a_sentences.0 as usize..p.a_sentences.1 as usize];
            let mut b_ranges = p.b_sentences.clone();
            b_ranges.sort_unstable();
            b_ranges.dedup();
            let b_toks: Vec<&tokens::Token> = b_ranges.iter().flat_map(|&(s, e)| &b.tokens[s as usize..e as usize]).collect();
            let mut a_words: Vec<u32> = a_toks.iter().filter(|t| align::is_figure(t)).map(|t| t.word).collect();
            let mut b_words: Vec<u32> = b_toks.iter().filter(|t| align::is_figure(t)).map(|t| t.word).collect();
            a_words.sort_unstable();
            b_words.sort_unstable();
            p.a_only = a_toks
                .iter()
                .filter(|t| align::is_figure(t) && b_words.binary_search(&t.word).is_err())
                .map(|t| Span::new(t.start as usize, t.end()))
                .collect();
            p.b_only = b_toks
                .iter()
                .filter(|t| align::is_figure(t) && a_words.binary_search(&t.word).is_err())
                .map(|t| Span::new(t.start as usize, t.end()))
                .collect();
            p.b_only.sort_by_key(|s| s.start);
            p.b_only.dedup();
        }
        let a_share = (a_words as f32 / a.tokens.len().max(1) as f32).min(1.0);
        let b_share = (b_words as f32 / b.tokens.len().max(1) as f32).min(1.0);
        // Independent reports of one event share facts, so reworded sentences alone
        // make a pair only when several align and they cover much of one article.
        let strong = passages.iter().any(|p| p.kind != PassageKind::Paraphrase);
        if !strong && (links.len() < self.cfg.min_paraphrase_links || a_share.max(b_share) < self.cfg.min_paraphrase_share) {
            return None;
        }
        let mut by_kind: Vec<(PassageKind, u32)> = Vec::new();
        for p in &passages {
            match by_kind.iter_mut().find(|(k, _)| *k == p.kind) {
                Some(e) => e.1 += p.a_words,
                None => by_kind.push((p.kind, p.a_words)),
            }
        }
        by_kind.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        let kind = by_kind[0].0;

        let a_id = doc.id.to_string();
        let b_id = self.meta[b_slot as usize].id.clone();
        let evidence = self.direction_evidence(doc, a, b, &a_id, &b_id, a_share, b_share);
        let net: f32 = evidence
            .iter()
            .map(|e| match e.favours {
                Direction::AFromB => e.weight,
                Direction::BFromA => -e.weight,
                Direction::Unknown => 0.0,
            })
            .sum();
        let direction = if net >= self.cfg.direction_margin {
            Direction::AFromB
        } else if net <= -self.cfg.direction_margin {
            Direction::BFromA
        } else {
            Direction::Unknown
        };
        let (source, derived) = match direction {
            Direction::AFromB => (Some(b_id.clone()), Some(a_id.clone())),
            Direction::BFromA => (Some(a_id.clone()), Some(b_id.clone())),
            Direction::Unknown => (None, None),
        };
        Some(Pair { a: a_id, b: b_id, kind, a_share, b_share, direction, source, derived, evidence, passages, a_slot, b_slot })
    }

    #[allow(clippy::too_many_arguments)]
    fn direction_evidence(
        &self,
        doc: &DocInput,
        a: &StoredDoc,
        b: &StoredDoc,
        a_id: &str,
        b_id: &str,
        a_share: f32,
        b_share: f32,
    ) -> Vec<Evidence> {
        let mut ev = Vec::new();
        // 1. publication times
        if let (Some(ta), Some(tb)) = (a.published, b.published) {
            let min_gap = if ta.day_only || tb.day_only { 86_400 } else { 3_600 };
            let gap = ta.seconds - tb.seconds;
            if gap.abs() >= min_gap {
                let (favours, first) = if gap > 0 { (Direction::AFromB, b_id) } else { (Direction::BFromA, a_id) };
                let hours = gap.abs() as f64 / 3600.0;
                ev.push(Evidence {
                    kind: "published_earlier",
                    favours,
                    weight: 3.0,
                    detail: format!("{first} was published {hours:.0} h earlier"),
                    article: None,
                    at: None,
                });
            }
        }
        // 2. attribution: one names the other's outlet
        let credits = |text_of: &StoredDoc, other: &StoredDoc| -> Option<(u32, u32)> {
            if other.outlet == 0 || other.outlet == text_of.outlet {
                return None;
            }
            text_of.names.iter().find(|n| n.0 == other.outlet).map(|n| (n.1, n.2))
        };
        if let Some((s, e)) = credits(a, b) {
            ev.push(Evidence {
                kind: "attribution",
                favours: Direction::AFromB,
                weight: 2.0,
                detail: format!("{a_id} names the outlet of {b_id}: \"{}\"", &doc.text[s as usize..e as usize]),
                article: Some(a_id.to_string()),
                at: Some(Span::new(s as usize, e as usize)),
            });
        }
        if let Some((s, e)) = credits(b, a) {
            ev.push(Evidence {
                kind: "attribution",
                favours: Direction::BFromA,
                weight: 2.0,
                detail: format!("{b_id} names the outlet of {a_id}"),
                article: Some(b_id.to_string()),
                at: Some(Span::new(s as usize, e as usize)),
            });
        }
        // 3. a quote kept whole in one and cut in the other
        let words = |d: &StoredDoc, q: (u32, u32)| -> Vec<u32> { d.tokens[q.0 as usize..q.1 as usize].iter().map(|t| t.word).collect() };
        let cut_in = |short: &StoredDoc, long: &StoredDoc| -> Option<(u32, u32)> {
            for &qs in &short.quotes {
                let ws = words(short, qs);
                for &ql in &long.quotes {
                    let wl = words(long, ql);
                    if wl.len() >= ws.len() + 3 && wl.windows(ws.len()).any(|w| w == ws.as_slice()) {
                        return Some((short.tokens[qs.0 as usize].start, short.tokens[qs.1 as usize - 1].end() as u32));
                    }
                }
            }
            None
        };
        if let Some((s, e)) = cut_in(a, b) {
            ev.push(Evidence {
                kind: "quote_cut",
                favours: Direction::AFromB,
                weight: 1.0,
                detail: format!("{a_id} quotes part of a quote {b_id} gives in full"),
                article: Some(a_id.to_string()),
                at: Some(Span::new(s as usize, e as usize)),
            });
        }
        if let Some((s, e)) = cut_in(b, a) {
            ev.push(Evidence {
                kind: "quote_cut",
                favours: Direction::BFromA,
                weight: 1.0,
                detail: format!("{b_id} quotes part of a quote {a_id} gives in full"),
                article: Some(b_id.to_string()),
                at: Some(Span::new(s as usize, e as usize)),
            });
        }
        // 4. containment asymmetry: one holds most of the other, which holds little of it
        if b_share >= 0.6 && a_share <= b_share - 0.3 {
            ev.push(Evidence {
                kind: "containment",
                favours: Direction::AFromB,
                weight: 1.0,
                detail: format!("{a_id} holds {:.0}% of {b_id}, which holds {:.0}% of it", b_share * 100.0, a_share * 100.0),
                article: None,
                at: None,
            });
        } else if a_share >= 0.6 && b_share <= a_share - 0.3 {
            ev.push(Evidence {
                kind: "containment",
                favours: Direction::BFromA,
                weight: 1.0,
                detail: format!("{b_id} holds {:.0}% of {a_id}, which holds {:.0}% of it", a_share * 100.0, b_share * 100.0),
                article: None,
                at: None,
            });
        }
        // 5. datelines: the article with its own dateline reported from the place
        if a.has_dateline != b.has_dateline {
            let (favours, with) = if b.has_dateline { (Direction::AFromB, b_id) } else { (Direction::BFromA, a_id) };
            ev.push(Evidence {
                kind: "dateline",
                favours,
                weight: 0.5,
                detail: format!("only {with} carries a dateline"),
                article: Some(with.to_string()),
                at: if b.has_dateline { None } else { doc.dateline },
            });
        }
        ev
    }

    /// Pairs found so far.
    pub fn pair_count(&self) -> usize {
        self.cores.len()
    }

    /// The report: each article's originality and relations, and the groups.
    pub fn report(&self) -> ProvenanceReport {
        let n = self.meta.len();
        // union-find over pairs
        let mut parent: Vec<u32> = (0..n as u32).collect();
        fn find(p: &mut [u32], mut x: u32) -> u32 {
            while p[x as usize] != x {
                p[x as usize] = p[p[x as usize] as usize];
                x = p[x as usize];
            }
            x
        }
        let mut touched: Vec<u32> = Vec::new();
        let mut covered: std::collections::BTreeMap<u32, Vec<(u32, u32)>> = Default::default();
        // per article: derives from, reused by, shares text with (direction unknown)
        let mut rel: std::collections::BTreeMap<u32, Relations> = Default::default();
        for p in &self.cores {
            let (ra, rb) = (find(&mut parent, p.a_slot), find(&mut parent, p.b_slot));
            if ra != rb {
                let (lo, hi) = (ra.min(rb), ra.max(rb));
                parent[hi as usize] = lo;
            }
            touched.extend([p.a_slot, p.b_slot]);
            // Shared words are not an article's own unless the other one copied them from it
            // (with the direction unknown, they count against both).
            if p.direction != Direction::BFromA {
                covered.entry(p.a_slot).or_default().extend(p.a_tokens.iter().copied());
            }
            if p.direction != Direction::AFromB {
                covered.entry(p.b_slot).or_default().extend(p.b_tokens.iter().copied());
            }
            match p.direction {
                Direction::AFromB => {
                    rel.entry(p.a_slot).or_default().0.push(p.b_slot);
                    rel.entry(p.b_slot).or_default().1.push(p.a_slot);
                }
                Direction::BFromA => {
                    rel.entry(p.b_slot).or_default().0.push(p.a_slot);
                    rel.entry(p.a_slot).or_default().1.push(p.b_slot);
                }
                Direction::Unknown => {
                    rel.entry(p.a_slot).or_default().2.push(p.b_slot);
                    rel.entry(p.b_slot).or_default().2.push(p.a_slot);
                }
            }
        }
        touched.sort_unstable();
        touched.dedup();
        let mut groups_by_root: std::collections::BTreeMap<u32, Vec<u32>> = Default::default();
        for &s in &touched {
            groups_by_root.entry(find(&mut parent, s)).or_default().push(s);
        }
        let ids = |v: &[u32]| -> Vec<String> {
            let mut v = v.to_vec();
            v.sort_unstable();
            v.dedup();
            v.into_iter().map(|s| self.meta[s as usize].id.clone()).collect()
        };
        let groups: Vec<Group> = groups_by_root
            .values()
            .map(|members| Group { id: format!("g-{}", self.meta[members[0] as usize].id), articles: ids(members) })
            .collect();
        let articles = touched
            .iter()
            .map(|&s| {
                let mut spans = covered.remove(&s).unwrap_or_default();
                spans.sort_unstable();
                let (mut words, mut reach) = (0u32, 0u32);
                for (a, b) in spans {
                    let a = a.max(reach);
                    if b > a {
                        words += b - a;
                        reach = b;
                    }
                }
                let total = self.meta[s as usize].words.max(1);
                let (from, by, shares) = rel.remove(&s).unwrap_or_default();
                let root = find(&mut parent, s);
                ArticleProvenance {
                    article: self.meta[s as usize].id.clone(),
                    originality: (1.0 - words as f32 / total as f32).clamp(0.0, 1.0),
                    derived_from: ids(&from),
                    copied_by: ids(&by),
                    shares_text_with: ids(&shares),
                    group: Some(format!("g-{}", self.meta[root as usize].id)),
                }
            })
            .collect();
        ProvenanceReport { articles, groups }
    }
}

#[cfg(test)]
mod tests;
