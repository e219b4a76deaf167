//! A greedy averaged-perceptron BIO tagger over hashed features.
//!
//! Each token is scored against every class (`O`, `B-type`, `I-type`) with
//! weights looked up in a fixed table of hashed feature rows; the best class
//! that keeps the BIO sequence valid wins, left to right, and the previous
//! decisions are features of the next one. The cost per token is a fixed
//! number of table rows, so the cost per article is linear in its length.
//!
//! The model file (`model/ner.bin.gz`) holds the quantised weights and a
//! capitalisation lexicon (how often a word is capitalised away from the
//! start of a sentence), both learned by `examples/train.rs`.

use std::io::{Read, Write};

use xxhash_rust::xxh3::xxh3_64_with_seed;

use crate::tokens::Token;
use crate::EntityType;

/// Types the model tags (rules add [`EntityType::Vessel`]).
pub const MODEL_TYPES: &[EntityType] = EntityType::ALL.split_at(9).0;
/// `O`, then `B-t`, `I-t` for each model type.
pub const CLASSES: usize = 1 + 2 * MODEL_TYPES.len();

const MAGIC: &[u8; 6] = b"PXNER1";

/// Class index of `B-t` / `I-t`.
pub fn begin(t: usize) -> usize {
    1 + 2 * t
}
pub fn inside(t: usize) -> usize {
    2 + 2 * t
}
/// Model type index of a class, `None` for `O`.
pub fn class_type(c: usize) -> Option<usize> {
    (c > 0).then(|| (c - 1) / 2)
}

/// Per-token values the features are built from.
pub struct TokenView<'a> {
    pub lower: Vec<String>,
    pub shape: Vec<String>,
    pub cap: Vec<u8>,
    pub text: &'a str,
}

/// Word shape: `Xxxx`, `XX`, `dd`, `X.X.` (runs longer than 3 are cut).
pub fn shape(w: &str) -> String {
    let mut out = String::new();
    let mut last = '\0';
    let mut run = 0;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 3 {
            out.push(s);
        }
    }
    out
}

/// The capitalisation lexicon: word (lowercase, hashed) to a bin.
#[derive(Default)]
pub struct Lexicon {
    map: std::collections::HashMap<u64, u8>,
}

impl Lexicon {
    pub fn bin(&self, lower: &str) -> u8 {
        self.map.get(&xxh3_64_with_seed(lower.as_bytes(), 7)).copied().unwrap_or(0)
    }
    /// Build from (lowercase word, capitalised count, total count) away from sentence starts.
    pub fn from_counts(counts: impl Iterator<Item = (String, u32, u32)>) -> Self {
        let mut map = std::collections::HashMap::new();
        for (w, cap, total) in counts {
            if total < 2 {
                continue;
            }
            let r = cap as f64 / total as f64;
            let b = if r < 0.05 {
                1
            } else if r < 0.5 {
                2
            } else if r < 0.95 {
                3
            } else {
                4
            };
            map.insert(xxh3_64_with_seed(w.as_bytes(), 7), b);
        }
        Lexicon { map }
    }
}

impl<'a> TokenView<'a> {
    /// Views of the tokens near a capitalised word or a digit (within 3): only
    /// those can be scored or read as neighbours; the rest stay empty.
    pub fn new(text: &'a str, toks: &[Token], lex: &Lexicon) -> Self {
        let n = toks.len();
        let mut near = vec![false; n];
        for (i, t) in toks.iter().enumerate() {
            if text[t.start..t.end].chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
                near[i.saturating_sub(3)..(i + 4).min(n)].iter_mut().for_each(|x| *x = true);
            }
        }
        let mut lower = Vec::with_capacity(n);
        let mut shapes = Vec::with_capacity(n);
        let mut cap = Vec::with_capacity(n);
        for (i, t) in toks.iter().enumerate() {
            if near[i] {
                let w = &text[t.start..t.end];
                let l = w.to_lowercase();
                cap.push(lex.bin(&l));
                lower.push(l);
                shapes.push(shape(w));
            } else {
                lower.push(String::new());
                shapes.push(String::new());
                cap.push(0);
            }
        }
        TokenView { lower, shape: shapes, cap, text }
    }
}

const NONE: &str = "<s>";

/// Hash of the parts joined by 0x1f, seeded by the template; joined on the stack when short.
fn h(tpl: u64, parts: &[&str]) -> u64 {
    let len: usize = parts.iter().map(|p| p.len()).sum::<usize>() + parts.len().saturating_sub(1);
    let mut stack = [0u8; 96];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if len <= stack.len() {
        &mut stack[..len]
    } else {
        heap.resize(len, 0);
        &mut heap
    };
    let mut at = 0;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            buf[at] = 0x1f;
            at += 1;
        }
        buf[at..at + p.len()].copy_from_slice(p.as_bytes());
        at += p.len();
    }
    debug_assert_eq!(at, len);
    xxh3_64_with_seed(buf, tpl)
}

const TAGS: [&str; CLASSES] =
    ["O", "B0", "I0", "B1", "I1", "B2", "I2", "B3", "I3", "B4", "I4", "B5", "I5", "B6", "I6", "B7", "I7", "B8", "I8"];

/// Static features of token `i` (those that do not depend on earlier decisions).
pub fn static_features(v: &TokenView, i: usize, out: &mut Vec<u64>) {
    // The value at offset `k` from token `i`, or `none` past either end of the sentence.
    let at = |k: isize| (i as isize + k).try_into().ok().filter(|&j: &usize| j < v.lower.len());
    let w = |k: isize| at(k).map_or(NONE, |j| v.lower[j].as_str());
    let sh = |k: isize| at(k).map_or(NONE, |j| v.shape[j].as_str());
    let cb = |k: isize| at(k).map_or(9, |j| v.cap[j]);
    let l = &v.lower[i];
    let chars: Vec<char> = l.chars().collect();
    let suf3: String = chars[chars.len().saturating_sub(3)..].iter().collect();
    let pre3: String = chars[..chars.len().min(3)].iter().collect();
    let caps = [b'0' + cb(-1), b'0' + cb(0), b'0' + cb(1)];
    let c = |k: usize| std::str::from_utf8(&caps[k..k + 1]).unwrap_or("?");
    out.push(h(0, &[]));
    out.push(h(1, &[l]));
    out.push(h(2, &[&suf3]));
    out.push(h(3, &[&pre3]));
    out.push(h(4, &[sh(0)]));
    out.push(h(5, &[w(-1)]));
    out.push(h(6, &[w(1)]));
    out.push(h(7, &[w(-2)]));
    out.push(h(8, &[w(2)]));
    out.push(h(9, &[sh(-1), sh(0)]));
    out.push(h(10, &[sh(0), sh(1)]));
    out.push(h(14, &[if i == 0 { "first" } else { "" }, sh(0)]));
    out.push(h(15, &[w(-1), l]));
    out.push(h(16, &[l, w(1)]));
    out.push(h(17, &[c(1), sh(0)]));
    out.push(h(18, &[c(0), c(2)]));
    out.push(h(21, &[c(2), sh(1)]));
    out.push(h(23, &[c(0), sh(-1)]));
    let title = |k: isize| if crate::rules::is_title(w(k)) { "T" } else { "" };
    out.push(h(24, &[title(-1), title(0), sh(0)]));
    out.push(h(25, &[&suf3, sh(-1)]));
    let psuf: String = w(-1).chars().rev().take(2).collect();
    out.push(h(26, &[&psuf, sh(0)]));
    out.push(h(27, &[w(-1), sh(0), sh(1)]));
}

/// Features that read the previous decisions.
pub fn history_features(v: &TokenView, i: usize, p1: usize, p2: usize, out: &mut Vec<u64>) {
    let n = v.lower.len();
    let next = if i + 1 < n { v.lower[i + 1].as_str() } else { NONE };
    out.push(h(11, &[TAGS[p1]]));
    out.push(h(12, &[TAGS[p1], TAGS[p2]]));
    out.push(h(13, &[TAGS[p1], &v.lower[i]]));
    out.push(h(19, &[TAGS[p1], &v.shape[i]]));
    out.push(h(22, &[TAGS[p1], next]));
}

/// Names in a sequence of classes: `(start, end, model type index)` token ranges.
pub fn spans(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        match class_type(tags[i]) {
            Some(t) => {
                let mut j = i + 1;
                while j < tags.len() && tags[j] == inside(t) {
                    j += 1;
                }
                out.push((i, j, t));
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a token is outside any name without scoring it: a lowercase word or
/// punctuation that does not continue a name (names start with a capital or a
/// digit in news text; `of` in `Bank of America` continues one and is scored).
/// Most tokens are settled here, which keeps the cost per article low.
pub fn settled_outside(text: &str, tok: &Token, prev: usize) -> bool {
    prev == 0 && text[tok.start..tok.end].chars().next().is_some_and(|c| c.is_lowercase() || !c.is_alphanumeric())
}

/// Whether class `c` may follow class `prev` (an `I-t` continues a `t` only).
pub fn valid(prev: usize, c: usize) -> bool {
    if c == 0 || (c - 1).is_multiple_of(2) {
        return true;
    }
    prev != 0 && class_type(prev) == class_type(c)
}

/// Quantised weights and the lexicon.
pub struct Model {
    pub rows_log2: u32,
    pub weights: Vec<i16>,
    pub lexicon: Lexicon,
}

impl Model {
    fn row(&self, f: u64) -> usize {
        (f & ((1u64 << self.rows_log2) - 1)) as usize * CLASSES
    }

    /// Tag one sentence's tokens; classes per token.
    pub fn tag(&self, text: &str, toks: &[Token]) -> Vec<usize> {
        let v = TokenView::new(text, toks, &self.lexicon);
        let mut tags = Vec::with_capacity(toks.len());
        let mut feats = Vec::with_capacity(32);
        let (mut p1, mut p2) = (0usize, 0usize);
        for (i, tok) in toks.iter().enumerate() {
            if settled_outside(text, tok, p1) {
                tags.push(0);
                p2 = p1;
                p1 = 0;
                continue;
            }
            feats.clear();
            static_features(&v, i, &mut feats);
            history_features(&v, i, p1, p2, &mut feats);
            let mut scores = [0i32; CLASSES];
            for &f in &feats {
                let r = self.row(f);
                for (s, w) in scores.iter_mut().zip(&self.weights[r..r + CLASSES]) {
                    *s += *w as i32;
                }
            }
            let best = (0..CLASSES).filter(|&c| valid(p1, c)).max_by_key(|&c| (scores[c], std::cmp::Reverse(c))).unwrap_or(0);
            tags.push(best);
            p2 = p1;
            p1 = best;
        }
        tags
    }

    /// Serialise (gzip) to `w`.
    pub fn write(&self, w: impl Write) -> std::io::Result<()> {
        let mut z = flate2::write::GzEncoder::new(w, flate2::Compression::best());
        z.write_all(MAGIC)?;
        z.write_all(&self.rows_log2.to_le_bytes())?;
        z.write_all(&(CLASSES as u32).to_le_bytes())?;
        for x in &self.weights {
            z.write_all(&x.to_le_bytes())?;
        }
        let mut lex: Vec<(&u64, &u8)> = self.lexicon.map.iter().collect();
        lex.sort();
        z.write_all(&(lex.len() as u32).to_le_bytes())?;
        for (k, b) in lex {
            z.write_all(&k.to_le_bytes())?;
            z.write_all(&[*b])?;
        }
        z.finish()?;
        Ok(())
    }

    /// Read a model written by [`Model::write`].
    pub fn read(bytes: &[u8]) -> Result<Model, String> {
        let mut z = flate2::read::GzDecoder::new(bytes);
        let mut buf = Vec::new();
        z.read_to_end(&mut buf).map_err(|e| format!("entity model: {e}"))?;
        let mut p = 0usize;
        let mut take = |n: usize| -> Result<&[u8], String> {
            let s = buf.get(p..p + n).ok_or("entity model: truncated")?;
            p += n;
            Ok(s)
        };
        if take(6)? != MAGIC {
            return Err("entity model: not a parallax entity model".into());
        }
        let u32_at = |s: &[u8]| u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        let rows_log2 = u32_at(take(4)?);
        let classes = u32_at(take(4)?) as usize;
        if classes != CLASSES || rows_log2 > 26 {
            return Err(format!("entity model: {classes} classes, {rows_log2} row bits; this build expects {CLASSES}"));
        }
        let n = (1usize << rows_log2) * CLASSES;
        let raw = take(n * 2)?;
        let weights = raw.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        let nlex = u32_at(take(4)?) as usize;
        let mut map = std::collections::HashMap::with_capacity(nlex);
        for _ in 0..nlex {
            let s = take(9)?;
            let k = u64::from_le_bytes(s[..8].try_into().unwrap_or([0; 8]));
            map.insert(k, s[8]);
        }
        Ok(Model { rows_log2, weights, lexicon: Lexicon { map } })
    }
}

/// Averaged-perceptron training state (weights, running totals, last update step).
pub struct Trainer {
    pub rows_log2: u32,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u64>,
    step: u64,
    pub lexicon: Lexicon,
}

impl Trainer {
    pub fn new(rows_log2: u32, lexicon: Lexicon) -> Self {
        let n = (1usize << rows_log2) * CLASSES;
        Trainer { rows_log2, w: vec![0.0; n], total: vec![0.0; n], stamp: vec![0; n], step: 0, lexicon }
    }

    fn row(&self, f: u64) -> usize {
        (f & ((1u64 << self.rows_log2) - 1)) as usize * CLASSES
    }

    fn bump(&mut self, idx: usize, delta: f32) {
        let elapsed = (self.step - self.stamp[idx]) as f64;
        self.total[idx] += elapsed * self.w[idx] as f64;
        self.stamp[idx] = self.step;
        self.w[idx] += delta;
    }

    /// One pass over a sentence with gold classes; returns the number of token errors.
    pub fn learn(&mut self, text: &str, toks: &[Token], gold: &[usize]) -> usize {
        let v = TokenView::new(text, toks, &self.lexicon);
        let mut feats = Vec::with_capacity(32);
        let (mut p1, mut p2) = (0usize, 0usize);
        let mut errors = 0;
        for i in 0..toks.len() {
            if settled_outside(text, &toks[i], p1) {
                errors += (gold[i] != 0) as usize;
                p2 = p1;
                p1 = 0;
                continue;
            }
            self.step += 1;
            feats.clear();
            static_features(&v, i, &mut feats);
            history_features(&v, i, p1, p2, &mut feats);
            let mut scores = [0f32; CLASSES];
            for &f in &feats {
                let r = self.row(f);
                for (s, w) in scores.iter_mut().zip(&self.w[r..r + CLASSES]) {
                    *s += *w;
                }
            }
            // The gold class stays reachable even after a wrong decision before it.
            let guess = (0..CLASSES)
                .filter(|&c| valid(p1, c) || c == gold[i])
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                .unwrap_or(0);
            if guess != gold[i] {
                errors += 1;
                for &f in &feats {
                    let r = self.row(f);
                    self.bump(r + gold[i], 1.0);
                    self.bump(r + guess, -1.0);
                }
            }
            p2 = p1;
            p1 = guess;
        }
        errors
    }

    /// Averaged, quantised weights.
    pub fn finish(self) -> Model {
        let step = self.step.max(1) as f64;
        let avg: Vec<f32> = (0..self.w.len())
            .map(|i| {
                let t = self.total[i] + (self.step - self.stamp[i]) as f64 * self.w[i] as f64;
                (t / step) as f32
            })
            .collect();
        let max = avg.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9);
        let scale = 32000.0 / max;
        let weights = avg.iter().map(|x| (x * scale).round() as i16).collect();
        Model { rows_log2: self.rows_log2, weights, lexicon: self.lexicon }
    }
}
