//! Development aid: typed false positives and misses of the entity stage over
//! MEANTIME or GUM's held-out documents, as `FP TYPE text` / `FN TYPE text` lines.
//! `cargo run --release -p parallax-eval --example whoerrors -- ../shared/eval/meantime-en`
use parallax_entities::{Context, Recognizer};

fn main() {
    let dir = std::env::args().nth(1).expect("usage: whoerrors MEANTIME_DIR|GUM_DIR");
    let path = std::path::Path::new(&dir);
    let docs = if dir.contains("gum") {
        let held_out = parallax_eval::entities::gum_held_out(path);
        parallax_eval::entities::load_gum(path, Some(&held_out)).expect("gum")
    } else {
        parallax_eval::entities::load_meantime(path).expect("meantime")
    };
    let rec = Recognizer::shipped().expect("model");
    for d in &docs {
        let (ms, _) = rec.analyze(&d.text, &d.sentences, &Context::default());

        let sys: Vec<(usize, usize, &str)> = ms
            .iter()
            .filter(|m| m.start < d.scored_end)
            .filter_map(|m| {
                Some((m.start, m.end, parallax_eval::entities::sys_type(m.kind, &d.text[m.start..m.end], d.demonyms_are_places)?))
            })
            .collect();
        for s in &sys {
            if !d.gold.iter().any(|g| g.2 == s.2 && g.0 < s.1 && s.0 < g.1) {
                let other = d.gold.iter().find(|g| g.0 < s.1 && s.0 < g.1).map(|g| g.2).unwrap_or("-");
                println!("FP {} (gold {other}) {}{}", s.2, &d.text[s.0..s.1], ctx(&d.text, s.0, s.1));
            }
        }
        for g in &d.gold {
            if !sys.iter().any(|s| g.2 == s.2 && g.0 < s.1 && s.0 < g.1) {
                let other = ms.iter().find(|m| g.0 < m.end && m.start < g.1).map(|m| format!("{:?}", m.kind)).unwrap_or("-".into());
                println!("FN {} (sys {other}) {}{}", g.2, &d.text[g.0..g.1], ctx(&d.text, g.0, g.1));
            }
        }
    }
}

/// With `CTX=1`, the words around a mention, after a tab.
fn ctx(text: &str, a: usize, b: usize) -> String {
    if std::env::var_os("CTX").is_none() {
        return String::new();
    }
    let lo = text[..a].char_indices().rev().nth(40).map(|x| x.0).unwrap_or(0);
    let hi = text[b..].char_indices().nth(40).map(|x| b + x.0).unwrap_or(text.len());
    format!("\t{}[{}]{}", &text[lo..a], &text[a..b], &text[b..hi]).replace('\n', " ")
}
