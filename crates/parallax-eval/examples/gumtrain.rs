//! Development aid: the shipped recogniser on GUM's train-split documents (which the
//! tagger was trained on, so only changes to the rules are meaningful here), to check
//! that a rule found on held-out errors also helps where it was not looked for.
//! `cargo run --release -p parallax-eval --example gumtrain -- ../shared/eval/gum-news-interview`
fn main() {
    let dir = std::env::args().nth(1).expect("usage: gumtrain GUM_DIR");
    let path = std::path::Path::new(&dir);
    let held_out = parallax_eval::entities::gum_held_out(path);
    let docs: Vec<_> = parallax_eval::entities::load_gum(path, None)
        .expect("gum")
        .into_iter()
        .filter(|d| !held_out.iter().any(|h| d.name.as_str() == h.as_str()))
        .collect();
    let rec = parallax_entities::Recognizer::shipped().expect("model");
    let s = parallax_eval::entities::score_docs(&docs, rec);
    println!("gum train {} docs  overlap F1 {:.3}", s.documents, s.overlap.f1);
    for t in ["PER", "ORG", "LOC"] {
        let p = &s.by_type_overlap[t];
        println!("  {t} P {:.3} R {:.3} F1 {:.3}", p.precision, p.recall, p.f1);
    }
}
