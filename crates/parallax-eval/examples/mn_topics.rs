//! Developer aid: the largest topics on Multi-News "all", in the texts and
//! order `parallax eval stories` uses: each topic's leads, stories and gold
//! clusters, the openings of the largest topic's leads, and how many leads sit
//! in topics of 50 or more (a measure of chaining; the set has no topic gold).
//! `cargo run --release -p parallax-eval --example mn_topics -- ../shared/eval/multinews-test`
use std::collections::{HashMap, HashSet};
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: mn_topics MULTINEWS_DIR"));
    let cfg = parallax_stories::StoryConfig::default();
    let mut docs: Vec<_> =
        parallax_eval::stories::load_multinews(&dir, false).unwrap().into_iter().map(parallax_eval::stories::as_cleaned).collect();
    parallax_eval::stories::shuffle(&mut docs, parallax_eval::stories::EVAL_ORDER_SEED);
    let (stories, topics) = parallax_eval::stories::cluster(&docs, &cfg);
    let mut by_topic: HashMap<u32, (usize, HashSet<u32>, HashSet<u32>)> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        let e = by_topic.entry(topics[i]).or_default();
        e.0 += 1;
        e.1.insert(stories[i]);
        e.2.insert(d.gold);
    }
    let mut v: Vec<_> = by_topic.into_iter().collect();
    v.sort_by_key(|(t, (n, _, _))| (std::cmp::Reverse(*n), *t));
    for (t, (n, s, g)) in v.iter().take(15) {
        println!("topic {t}: {n} leads, {} stories, {} gold clusters", s.len(), g.len());
    }
    if let Some((big, _)) = v.first() {
        println!("the largest topic's first 40 leads:");
        for (i, d) in docs.iter().enumerate().filter(|(i, _)| topics[*i] == *big).take(40) {
            let t: String = d.text.chars().take(110).collect();
            println!("  story {:>5} | {}", stories[i], t.replace('\n', " "));
        }
    }
    println!("leads in topics of 50 or more: {}", v.iter().map(|x| x.1 .0).filter(|&n| n >= 50).sum::<usize>());
}
