//! Development aid: score an entity model file (not the shipped one) on GUM's
//! held-out documents and MEANTIME, as `parallax eval who` scores the shipped one.
//! `cargo run --release -p parallax-eval --example whomodel -- MODEL.bin.gz ../shared/eval`
use std::path::Path;

use parallax_entities::Recognizer;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (model, data) = match (args.get(1), args.get(2)) {
        (Some(m), Some(d)) => (m, Path::new(d)),
        _ => {
            eprintln!("usage: whomodel MODEL.bin.gz DATA_DIR");
            std::process::exit(2);
        }
    };
    let bytes = std::fs::read(model).expect("read model");
    let rec = Recognizer::from_bytes(&bytes).expect("model");
    let gum_dir = data.join("gum-news-interview");
    let held = parallax_eval::entities::gum_held_out(&gum_dir);
    let sets = [
        ("gum", parallax_eval::entities::load_gum(&gum_dir, Some(&held)).expect("gum")),
        ("meantime", parallax_eval::entities::load_meantime(&data.join("meantime-en")).expect("meantime")),
    ];
    for (name, docs) in &sets {
        let s = parallax_eval::entities::score_docs(docs, &rec);
        let t = |k: &str| s.by_type_overlap.get(k).map_or(0.0, |p| p.f1);
        println!(
            "{name:9} all {:.3} (P {:.3} R {:.3}) PER {:.3} ORG {:.3} LOC {:.3} exact {:.3}",
            s.overlap.f1,
            s.overlap.precision,
            s.overlap.recall,
            t("PER"),
            t("ORG"),
            t("LOC"),
            s.exact.f1
        );
    }
}
