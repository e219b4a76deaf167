//! Developer aid: Multi-News (cleaned set) gold clusters that the clusterer
//! leaves in more than one story, with each lead's story and opening words.
use std::collections::HashMap;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: mn_recall MULTINEWS_DIR [N]"));
    let n: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(20);
    let cfg = parallax_stories::StoryConfig::default();
    let mut docs: Vec<_> =
        parallax_eval::stories::load_multinews(&dir, true).unwrap().into_iter().map(parallax_eval::stories::as_cleaned).collect();
    parallax_eval::stories::shuffle(&mut docs, parallax_eval::stories::EVAL_ORDER_SEED);
    let (stories, _) = parallax_eval::stories::cluster(&docs, &cfg);
    let mut by_gold: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        by_gold.entry(d.gold).or_default().push(i);
    }
    let mut golds: Vec<(u32, Vec<usize>)> = by_gold.into_iter().collect();
    golds.sort_by_key(|(g, _)| *g);
    let mut shown = 0;
    for (g, members) in golds {
        let distinct: std::collections::HashSet<u32> = members.iter().map(|&i| stories[i]).collect();
        if distinct.len() < 2 || shown >= n {
            continue;
        }
        shown += 1;
        println!("gold {g}: {} leads in {} stories", members.len(), distinct.len());
        for i in members {
            let t: String = docs[i].text.chars().take(160).collect();
            println!("   story {:>5} ({} words) {}", stories[i], docs[i].text.split_whitespace().count(), t.replace('\n', " "));
        }
    }
}
