//! Developer aid: which gold stories merge or split on ECB+.
use std::collections::HashMap;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: story_errors ECBPLUS_DIR [threshold]"));
    let mut cfg = parallax_stories::StoryConfig::default();
    if let Some(t) = std::env::args().nth(2) {
        cfg.join_threshold = t.parse().unwrap();
    }
    let mut docs: Vec<_> =
        parallax_eval::stories::load_ecbplus(&dir).unwrap().into_iter().map(parallax_eval::stories::as_cleaned).collect();
    let seed = std::env::var("SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    parallax_eval::stories::shuffle(&mut docs, parallax_eval::stories::EVAL_ORDER_SEED + seed);
    let (stories, _) = parallax_eval::stories::cluster(&docs, &cfg);
    let mut comp: HashMap<u32, HashMap<u32, u32>> = HashMap::new();
    for (s, d) in stories.iter().zip(&docs) {
        *comp.entry(*s).or_default().entry(d.gold).or_default() += 1;
    }
    let mut impure: Vec<(u32, Vec<(u32, u32)>)> =
        comp.iter().filter(|(_, g)| g.len() > 1).map(|(s, g)| (*s, g.iter().map(|(a, b)| (*a, *b)).collect())).collect();
    impure.sort_by_key(|(_, g)| std::cmp::Reverse(g.iter().map(|x| x.1).sum::<u32>()));
    println!("impure stories: {}", impure.len());
    for (s, g) in impure.iter().take(15) {
        println!("story {s}: gold composition {g:?}");
        if std::env::var("PEEK").is_ok() {
            for (gold, _) in g {
                for d in docs.iter().filter(|d| d.gold == *gold).take(2) {
                    let t: String = d.text.chars().take(200).collect();
                    println!("   [{gold}] {} | {}", d.title.as_deref().unwrap_or(""), t.replace('\n', " "));
                }
            }
        }
    }
    let mut splits: HashMap<u32, usize> = HashMap::new();
    for g in comp.values() {
        for gold in g.keys() {
            *splits.entry(*gold).or_default() += 1;
        }
    }
    let mut sv: Vec<(u32, usize)> = splits.into_iter().filter(|(_, n)| *n > 2).collect();
    sv.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("gold stories split into >2 pieces: {:?}", &sv[..sv.len().min(15)]);
}
