//! Stage 1: candidates from fingerprints. Each sentence is a set of content
//! stems (its shingles); MinHash with `bands × rows` functions turns it into
//! `bands` keys, and two sentences collide when one band agrees, which is
//! likely when their Jaccard similarity is high (with 6 bands of 2 rows:
//! 0.82 at Jaccard 0.5, 0.22 at 0.2). An article's candidates are the earlier
//! articles hit by at least `min_hits` of its sentences.
//!
//! Memory and cost stay flat: posting lists are capped (the oldest entry
//! drops off, so boilerplate keys cannot grow without bound), and the index
//! has two generations of `window` articles each: when the young one is full,
//! the old one is dropped. Each article is compared with the last
//! `window`..`2·window` articles.

/// SplitMix64 finaliser: a fast, well-mixed 64-bit hash of `x`.
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// MinHash band keys of one shingle set.
pub fn band_keys(shingles: &[u32], bands: usize, rows: usize, out: &mut Vec<u64>) {
    out.clear();
    if shingles.is_empty() {
        return;
    }
    for band in 0..bands {
        let mut key = mix(band as u64 ^ 0xA5A5_0000);
        for row in 0..rows {
            let seed = mix((band * rows + row) as u64 + 1);
            let min = shingles.iter().map(|&s| mix(u64::from(s) ^ seed)).min().unwrap_or(0);
            key = mix(key ^ min);
        }
        out.push(key);
    }
}

/// A map over keys that are already hashes.
pub type FastMap<K, V> = parallax_text::hashing::KeyMap<K, V>;

/// The band-key index over recent articles.
pub struct SentenceLsh {
    pub bands: usize,
    pub rows: usize,
    pub postings_cap: usize,
    pub window: usize,
    young: FastMap<u64, Vec<u32>>,
    old: FastMap<u64, Vec<u32>>,
    young_docs: usize,
    /// First article slot still indexed.
    oldest_slot: u32,
    young_first_slot: u32,
}

impl SentenceLsh {
    pub fn new(bands: usize, rows: usize, postings_cap: usize, window: usize) -> Self {
        SentenceLsh {
            bands,
            rows,
            postings_cap,
            window: window.max(1),
            young: FastMap::default(),
            old: FastMap::default(),
            young_docs: 0,
            oldest_slot: 0,
            young_first_slot: 0,
        }
    }

    /// The first article slot that can still be a candidate.
    pub fn oldest_slot(&self) -> u32 {
        self.oldest_slot
    }

    /// Articles sharing fingerprints with `sentence_keys` (one key list per
    /// sentence), with the number of sentences that hit each, most hits first.
    pub fn query(&self, sentence_keys: &[Vec<u64>], hits: &mut FastMap<u32, (u32, u32)>) -> Vec<(u32, u32)> {
        hits.clear();
        for (i, keys) in sentence_keys.iter().enumerate() {
            let stamp = i as u32 + 1;
            for k in keys {
                for gen in [&self.young, &self.old] {
                    if let Some(slots) = gen.get(k) {
                        for &slot in slots {
                            let e = hits.entry(slot).or_insert((0, 0));
                            // count each sentence once per article
                            if e.1 != stamp {
                                e.1 = stamp;
                                e.0 += 1;
                            }
                        }
                    }
                }
            }
        }
        let mut out: Vec<(u32, u32)> = hits.iter().map(|(&slot, &(n, _))| (slot, n)).collect();
        out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        out
    }

    /// Indexes article `slot` (slots must increase).
    pub fn insert(&mut self, slot: u32, sentence_keys: &[Vec<u64>]) {
        if self.young_docs >= self.window {
            self.old = std::mem::take(&mut self.young);
            self.oldest_slot = self.young_first_slot;
            self.young_first_slot = slot;
            self.young_docs = 0;
        }
        if self.young_docs == 0 {
            self.young_first_slot = slot;
        }
        self.young_docs += 1;
        for keys in sentence_keys {
            for &k in keys {
                let list = self.young.entry(k).or_default();
                if list.last() == Some(&slot) {
                    continue;
                }
                if list.len() >= self.postings_cap {
                    list.remove(0);
                }
                list.push(slot);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_sets_collide_and_different_ones_do_not() {
        let a: Vec<u32> = (0..12).collect();
        let mut b = a.clone();
        b[11] = 99; // Jaccard 11/13
        let c: Vec<u32> = (100..112).collect();
        let (mut ka, mut kb, mut kc) = (Vec::new(), Vec::new(), Vec::new());
        band_keys(&a, 6, 2, &mut ka);
        band_keys(&b, 6, 2, &mut kb);
        band_keys(&c, 6, 2, &mut kc);
        assert!(ka.iter().zip(&kb).any(|(x, y)| x == y));
        assert!(ka.iter().zip(&kc).all(|(x, y)| x != y));
    }

    #[test]
    fn window_drops_old_articles() {
        let mut lsh = SentenceLsh::new(1, 1, 8, 2);
        let keys = vec![vec![7u64]];
        let mut hits = FastMap::default();
        for slot in 0..5 {
            lsh.insert(slot, &keys);
        }
        let found: Vec<u32> = lsh.query(&keys, &mut hits).into_iter().map(|(s, _)| s).collect();
        // generations of two: slots 2,3 (old) and 4 (young)
        assert_eq!(found, [4, 3, 2]);
        assert_eq!(lsh.oldest_slot(), 2);
    }
}
