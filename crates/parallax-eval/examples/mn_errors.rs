//! Developer aid: the largest impure stories on Multi-News, with a text sample,
//! and the B-cubed score if stories of eight or more articles from nine in ten
//! different gold clusters (page furniture such as archive notices) were split.
use std::collections::HashMap;
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: mn_errors MULTINEWS_DIR"));
    let cfg = parallax_stories::StoryConfig::default();
    // The texts as `parallax eval stories` clusters them (cleaned like `parallax analyze` does).
    let docs: Vec<_> =
        parallax_eval::stories::load_multinews(&dir, false).unwrap().into_iter().map(parallax_eval::stories::as_cleaned).collect();
    let (stories, _) = parallax_eval::stories::cluster(&docs, &cfg);
    let mut members: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, s) in stories.iter().enumerate() {
        members.entry(*s).or_default().push(i);
    }
    let mut v: Vec<(u32, Vec<usize>)> = members.into_iter().collect();
    v.sort_by_key(|(_, m)| std::cmp::Reverse(m.len()));
    let mut split = stories.clone();
    let mut next = 1_000_000u32;
    for (_, m) in v.iter() {
        let golds: std::collections::HashSet<u32> = m.iter().map(|&i| docs[i].gold).collect();
        if m.len() >= 8 && golds.len() * 10 >= m.len() * 9 {
            for &i in m {
                split[i] = next;
                next += 1;
            }
        }
    }
    let gold: Vec<u32> = docs.iter().map(|d| d.gold).collect();
    let a = parallax_eval::stories::score(&stories, &gold);
    let b = parallax_eval::stories::score(&split, &gold);
    println!(
        "now P {:.3} R {:.3} F {:.3}; junk split P {:.3} R {:.3} F {:.3}",
        a.bcubed_precision, a.bcubed_recall, a.bcubed_f1, b.bcubed_precision, b.bcubed_recall, b.bcubed_f1
    );
    for (s, m) in v.iter().take(25) {
        let golds: std::collections::HashSet<u32> = m.iter().map(|&i| docs[i].gold).collect();
        let t: String = docs[m[0]].text.chars().take(150).collect();
        println!("story {s}: {} docs, {} gold clusters | {}", m.len(), golds.len(), t.replace('\n', " "));
    }
}
