//! Developer aid: ECB+ stories when every document first goes through the
//! extraction pipeline (title, cleaned text, publication day found in the
//! text), as `parallax analyze` would read them from text files, under a
//! few time-decay scales; then the days found in each gold story.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: ecb_days ECBPLUS_DIR"));
    let mut docs: Vec<_> =
        parallax_eval::stories::load_ecbplus(&dir).unwrap().into_iter().map(parallax_eval::stories::through_pipeline).collect();
    println!("{} of {} documents have a day", docs.iter().filter(|d| d.day.is_some()).count(), docs.len());
    parallax_eval::stories::shuffle(&mut docs, 0x5EED);
    let gold: Vec<u32> = docs.iter().map(|d| d.gold).collect();
    for scale in [4.0f32, 7.0, 14.0, 30.0, 1e9] {
        let cfg = parallax_stories::StoryConfig { time_scale_days: scale, ..Default::default() };
        let (stories, _) = parallax_eval::stories::cluster(&docs, &cfg);
        let s = parallax_eval::stories::score(&stories, &gold);
        println!("time scale {scale} days: B3 P {:.3} R {:.3} F1 {:.3}", s.bcubed_precision, s.bcubed_recall, s.bcubed_f1);
    }
    // The spread of the days found in each gold story.
    let mut by_gold: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    for d in &docs {
        if let Some(day) = d.day {
            by_gold.entry(d.gold).or_default().push(parallax_stories::day_to_iso(day));
        }
    }
    for (g, mut days) in by_gold.into_iter().take(20) {
        days.sort();
        println!("gold {g}: {}", days.join(" "));
    }
}
