//! A hasher for keys that are already hashes (xxh3 of terms, MinHash band
//! keys, stem hashes): hashing them again with SipHash only costs time.

use std::hash::{BuildHasherDefault, Hasher};

/// Passes a `u64` key through; spreads a `u32` key by a multiplication.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A `HashMap` over already-hashed keys.
pub type KeyMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<KeyHasher>>;

/// How many items two sorted sequences share, counted with multiplicity (sorted word-hash
/// lists: shared words of two passages or two quotes).
pub fn sorted_overlap<T: Ord>(x: &[T], y: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod overlap_tests {
    #[test]
    fn sorted_sequences_share_items_with_multiplicity() {
        assert_eq!(super::sorted_overlap(&[1, 2, 2, 5, 9], &[2, 2, 3, 9]), 3);
        assert_eq!(super::sorted_overlap::<u32>(&[], &[1]), 0);
    }
}
