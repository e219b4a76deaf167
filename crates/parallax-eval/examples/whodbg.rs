//! Show gold and system entity mentions side by side for one GUM or MEANTIME document.
//! `cargo run --release -p parallax-eval --example whodbg -- PATH`
use parallax_entities::{Context, Recognizer};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: whodbg FILE.conllu|FILE.xml");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let doc = if path.ends_with(".xml") {
        parallax_eval::entities::parse_meantime(&path, &src)
    } else {
        parallax_eval::entities::parse_gum(&path, &src)
    };
    if std::env::var("DUMP").is_ok() {
        // One JSON line: text, sentences, gold and the scored end, for scoring other taggers.
        let gold: Vec<(usize, usize, &str)> = doc.gold.clone();
        println!(
            "{}",
            serde_json::json!({"name": doc.name, "text": doc.text, "sentences": doc.sentences, "gold": gold, "scored_end": doc.scored_end, "demonyms_are_places": doc.demonyms_are_places})
        );
        return;
    }
    let Ok(rec) = Recognizer::shipped() else { return };
    let (ms, _) = rec.analyze(&doc.text, &doc.sentences, &Context::default());
    println!(
        "scored to byte {} of {}; {} sentences {:?}",
        doc.scored_end,
        doc.text.len(),
        doc.sentences.len(),
        &doc.sentences[..doc.sentences.len().min(8)]
    );
    for (a, b, t) in &doc.gold {
        println!("GOLD {t} {}", &doc.text[*a..*b]);
    }
    for m in ms.iter().filter(|m| m.start < doc.scored_end) {
        println!("SYS  {:?} {} @{}", m.kind, &doc.text[m.start..m.end], m.start);
    }
}
