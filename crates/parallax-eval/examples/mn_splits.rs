//! Developer aid: gold Multi-News clusters (cleaned set) that the stories split
//! (recall errors), with each lead's story, length and opening words, in the
//! texts and order `parallax eval stories` uses.
//! `cargo run --release -p parallax-eval --example mn_splits -- ../shared/eval/multinews-test [N]`
use std::collections::HashMap;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: mn_splits MULTINEWS_DIR [N]"));
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(15);
    let cfg = parallax_stories::StoryConfig::default();
    let mut docs: Vec<_> =
        parallax_eval::stories::load_multinews(&dir, true).unwrap().into_iter().map(parallax_eval::stories::as_cleaned).collect();
    parallax_eval::stories::shuffle(&mut docs, parallax_eval::stories::EVAL_ORDER_SEED);
    let (stories, _) = parallax_eval::stories::cluster(&docs, &cfg);
    let mut by_gold: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        by_gold.entry(d.gold).or_default().push(i);
    }
    let mut golds: Vec<_> =
        by_gold.into_iter().filter(|(_, m)| m.iter().map(|&i| stories[i]).collect::<std::collections::HashSet<_>>().len() > 1).collect();
    golds.sort_by_key(|(g, _)| *g);
    println!("{} gold clusters split", golds.len());
    for (g, m) in golds.iter().take(n) {
        let distinct: std::collections::HashSet<u32> = m.iter().map(|&i| stories[i]).collect();
        println!("gold {g}: {} leads in {} stories", m.len(), distinct.len());
        for &i in m {
            let t: String = docs[i].text.chars().take(160).collect();
            println!("   story {:>5} ({} words) | {}", stories[i], docs[i].text.split_whitespace().count(), t.replace('\n', " "));
        }
    }
}
