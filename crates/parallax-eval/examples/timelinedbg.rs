//! Development aid for the timeline harness: per matched event, the gold and
//! system dates; per word, how often it is a gold event.
//! `cargo run --release -p parallax-eval --example timelinedbg -- DIR/semeval2015-timeline [corpus_dir gold_dir]`
use std::collections::HashMap;
use std::path::Path;

use parallax_eval::awareness::parse_timeline;
use parallax_eval::timeline::{build_timeline, read_doc};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let root = Path::new(&args[1]);
    let (docs_dir, gold_dir) = (root.join(&args[2]), root.join(&args[3]));
    let mut docs = Vec::new();
    for e in std::fs::read_dir(&docs_dir).unwrap() {
        let p = e.unwrap().path();
        docs.push(read_doc(&std::fs::read_to_string(p).unwrap()));
    }
    let mut date_ok: HashMap<String, (usize, usize)> = HashMap::new();
    let mut words: HashMap<String, (usize, usize)> = HashMap::new();
    for e in std::fs::read_dir(&gold_dir).unwrap() {
        let (g, _) = parse_timeline(&std::fs::read_to_string(e.unwrap().path()).unwrap());
        let s = build_timeline(&g.entity, &docs);
        let gold: HashMap<String, String> =
            g.lines.iter().flat_map(|l| l.events.iter().map(move |e| (e.to_lowercase(), l.date.clone()))).collect();
        for l in &s.lines {
            let id = l.events[0].to_lowercase();
            let w = id.rsplit('-').next().unwrap().to_string();
            let hit = gold.get(&id);
            let ent = words.entry(w).or_default();
            ent.0 += 1;
            if let Some(gd) = hit {
                ent.1 += 1;
                let kind = if gd.starts_with("XXXX") {
                    "gold-undated"
                } else if *gd == l.date {
                    "same"
                } else {
                    "different"
                };
                let e = date_ok.entry(kind.to_string()).or_default();
                e.0 += 1;
                if std::env::var("SHOW").is_ok() && kind != "same" {
                    println!("{}\t{}\tsys {}\tgold {}", g.entity, id, l.date, gd);
                }
            }
        }
    }
    println!("{date_ok:?}");
    let mut v: Vec<_> = words.into_iter().collect();
    v.sort_by_key(|x| std::cmp::Reverse(x.1 .0));
    for (w, (n, hit)) in v.iter().take(60) {
        print!("{w}:{hit}/{n}  ");
    }
    println!();
}
