//! A seeded, deterministic generator of story corpora for benchmarks.
//!
//! It recombines sentences of a real corpus (Multi-News article leads, read
//! from `../shared/eval` at run time, never stored). Each synthetic story has
//! a core of sentences (its facts) plus two invented names and a number that
//! only it uses (its who and how many); each article takes three to five
//! core sentences in shuffled order plus one or two sentences from elsewhere
//! (noise), and is published within two days of the story's start. Stories
//! start in time order, articles are returned in time order, with gold labels.

use crate::stories::{load_multinews, shuffle};
use crate::EvalError;
use std::path::Path;

/// A generated article: its text, day and gold story.
pub struct GenArticle {
    pub text: String,
    pub day: f64,
    pub gold: u32,
}

pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Sentences of the Multi-News leads (at least 8 words each).
pub fn sentence_pool(eval_root: &Path) -> Result<Vec<String>, EvalError> {
    let docs = load_multinews(&eval_root.join("multinews-test"), false)?;
    let mut pool = Vec::new();
    for d in docs {
        for s in d.text.split(". ") {
            let s = s.trim();
            if s.split_whitespace().count() >= 8 {
                pool.push(format!("{s}."));
            }
        }
    }
    Ok(pool)
}

const SYLLABLES: &[&str] = &["ka", "lor", "vem", "ti", "sar", "un", "bel", "dro", "mi", "qua", "zen", "ost", "ra", "fel", "gor", "ni"];

pub(crate) fn invented_name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2) as usize;
    let mut s: String = (0..n).map(|_| SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize]).collect();
    if let Some(f) = s.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    s
}

/// The plan of a corpus: (day, story, article seed) per article, in time order.
/// Texts are built on demand by [`article_text`], so a million articles need no memory.
pub struct Plan {
    pub items: Vec<(f64, u32, u64)>,
    stories: Vec<StoryPlan>,
}

struct StoryPlan {
    core: Vec<u32>,
    names: [String; 2],
    number: u32,
}

/// Plan `articles` articles (mean story size about five) over a pool of `pool_len` sentences.
pub fn plan(articles: usize, pool_len: usize, seed: u64) -> Plan {
    let mut rng = Rng(seed);
    let mut items = Vec::with_capacity(articles);
    let mut stories = Vec::new();
    let stories_per_day = 2000.0;
    while items.len() < articles {
        let id = stories.len() as u32;
        let start = id as f64 / stories_per_day;
        let size = 1 + rng.below(9) as usize; // 1..=9, mean 5
        let core: Vec<u32> = (0..6).map(|_| rng.below(pool_len as u64) as u32).collect();
        stories.push(StoryPlan { core, names: [invented_name(&mut rng), invented_name(&mut rng)], number: 10 + rng.below(9990) as u32 });
        for _ in 0..size {
            if items.len() >= articles {
                break;
            }
            items.push((start + rng.unit() * 2.0, id, rng.next()));
        }
    }
    items.sort_by(|a, b| a.0.total_cmp(&b.0));
    Plan { items, stories }
}

/// The text of one planned article.
pub fn article_text(plan: &Plan, pool: &[String], item: usize) -> String {
    let (_, story, seed) = plan.items[item];
    let s = &plan.stories[story as usize];
    let mut rng = Rng(seed);
    let mut picks: Vec<u32> = s.core.clone();
    shuffle(&mut picks, seed);
    let keep = 3 + rng.below(3) as usize;
    picks.truncate(keep);
    for _ in 0..(1 + rng.below(2)) {
        picks.insert(rng.below(picks.len() as u64 + 1) as usize, rng.below(pool.len() as u64) as u32);
    }
    let mut text = format!("{} {} said {} people were involved. ", s.names[0], s.names[1], s.number);
    for p in picks {
        text.push_str(&pool[p as usize]);
        text.push(' ');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_are_deterministic_and_time_ordered() {
        let a = plan(500, 100, 42);
        let b = plan(500, 100, 42);
        assert_eq!(a.items.len(), 500);
        assert_eq!(a.items.iter().map(|x| x.2).collect::<Vec<_>>(), b.items.iter().map(|x| x.2).collect::<Vec<_>>());
        assert!(a.items.windows(2).all(|w| w[0].0 <= w[1].0));
        let pool: Vec<String> = (0..100).map(|i| format!("Sentence number {i} about something that happened.")).collect();
        assert_eq!(article_text(&a, &pool, 7), article_text(&b, &pool, 7));
    }
}
