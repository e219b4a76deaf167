//! Developer aid: `parallax eval stories` on ECB+ and Multi-News (all and
//! cleaned) under settings from the environment, one line per run:
//! `JOIN=0.2 QT=8 PC=48 MC=32 IT=20 DT=40 CT=80` (join threshold, query terms,
//! postings cap, most candidates, indexed terms, terms per article and per centroid);
//! `ST=0.4 STL=0.5 SM=4 SX=64` (split threshold, of large stories, first and last split check); `BR=0.25` the bridge threshold; `SDF=16` the story size from
//! which a story adds no more to its terms' document frequency (0: never); `SEED=n` another arrival order.
//! `cargo run --release -p parallax-eval --example storycfg -- ../shared/eval`
use parallax_eval::stories::{evaluate, load_ecbplus, load_multinews};

fn main() {
    let data = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: storycfg DATA_DIR"));
    let mut cfg = parallax_stories::StoryConfig::default();
    let get = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<f32>().ok());
    if let Some(v) = get("JOIN") {
        cfg.join_threshold = v;
    }
    if let Some(v) = get("SDF") {
        cfg.story_df_cap = v as u32;
    }
    if let Some(v) = get("ST") {
        cfg.split_threshold = v;
        cfg.split_threshold_large = v;
    }
    if let Some(v) = get("STL") {
        cfg.split_threshold_large = v;
    }
    if let Some(v) = get("BR") {
        cfg.bridge_threshold = v;
    }
    if let Some(v) = get("SM") {
        cfg.split_min = v as u32;
    }
    if let Some(v) = get("SX") {
        cfg.split_max = v as u32;
    }
    let counts: [(&str, &mut usize); 6] = [
        ("QT", &mut cfg.query_terms),
        ("PC", &mut cfg.postings_cap),
        ("MC", &mut cfg.max_candidates),
        ("IT", &mut cfg.indexed_terms),
        ("DT", &mut cfg.doc_terms),
        ("CT", &mut cfg.centroid_terms),
    ];
    for (k, slot) in counts {
        if let Some(v) = get(k) {
            *slot = v as usize;
        }
    }
    let runs = [
        ("ecb", load_ecbplus(&data.join("ecbplus")).expect("ecbplus")),
        ("mn", load_multinews(&data.join("multinews-test"), false).expect("multinews")),
        ("mnc", load_multinews(&data.join("multinews-test"), true).expect("multinews")),
    ];
    // SEED=n: another arrival order than the eval's.
    let seed = std::env::var("SEED").ok().and_then(|v| v.parse::<u64>().ok());
    for (name, mut docs) in runs {
        if let Some(seed) = seed {
            parallax_eval::stories::shuffle(&mut docs, seed);
        }
        let s = evaluate(name, docs, seed.is_none(), &cfg).stories;
        print!("{name} {:.3} ({:.3}/{:.3}) n={}  ", s.bcubed_f1, s.bcubed_precision, s.bcubed_recall, s.found_clusters);
    }
    println!();
}
