//! Development aid: sweeps the paraphrase threshold on MRPC train (never
//! test) and prints the derivation-set scores.
//! `cargo run --release -p parallax-eval --example provenance_dev -- ../shared/eval [clusters]`

use std::path::PathBuf;

use parallax_eval::provenance::{eval_derivation, load_mrpc, mrpc_matches};
use parallax_provenance::align::AlignConfig;

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/eval".into()));
    let clusters: usize = std::env::args().nth(2).and_then(|s| s.parse().ok()).unwrap_or(300);
    let train = load_mrpc(&root.join("mrpc/msr_paraphrase_train.txt")).expect("mrpc train");
    // everything but paraphrase decided by the default thresholds; sweep the Dice bar
    let cfg = AlignConfig { paraphrase_dice: 2.0, ..AlignConfig::default() };
    let m = mrpc_matches(&train, &cfg);
    for t in (30..70).step_by(2) {
        let t = t as f32 / 100.0;
        let (mut tp, mut fp, mut fneg) = (0, 0, 0);
        for (y, mm, dice) in &m {
            let pred = mm.is_some() || *dice >= t;
            match (*y, pred) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fneg += 1,
                _ => {}
            }
        }
        println!("dice {t:.2}  train F1 {:.3}", 2.0 * tp as f64 / (2 * tp + fp + fneg) as f64);
    }
    if std::env::var("DUMP").is_ok() {
        dump_same_event(&root, clusters);
        return;
    }
    let (tr, te) = parallax_eval::provenance::eval_mrpc(&root.join("mrpc")).expect("mrpc");
    println!("mrpc default: train F1 {:.3}  test F1 {:.3} acc {:.3}", tr.f1, te.f1, te.accuracy);
    let s = eval_derivation(&root, clusters, 7).expect("derivation");
    println!("{}", serde_json::to_string_pretty(&s).unwrap());
}

/// Prints the passages of pairs between two bases of one cluster (independent reports).
#[allow(dead_code)]
pub fn dump_same_event(root: &std::path::Path, clusters: usize) {
    use parallax_model::Span;
    use parallax_provenance::{DocInput, Timestamp, Tracker};
    let docs = parallax_eval::derive::generate(root, clusters, 7).expect("generate");
    let mut t = Tracker::default();
    for d in &docs {
        let spans: Vec<Span> = d.sentences.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let ps = t
            .add(DocInput {
                id: &d.id,
                text: &d.text,
                sentences: &spans,
                published: d.hours.map(|h| Timestamp { seconds: (h * 3600.0) as i64, day_only: false }),
                outlet: Some(&d.outlet),
                dateline: None,
                agency: None,
                quotes: &[],
            })
            .to_vec();
        for p in ps {
            let b = docs.iter().find(|x| x.id == p.b).unwrap();
            if d.base.is_none() && b.base.is_none() {
                println!("== {} {} {:?}", p.a, p.b, p.kind);
                for x in &p.passages {
                    println!("  [{:?} {:.2}]\n   A: {}\n   B: {}", x.kind, x.score, x.a.slice(&d.text), x.b.slice(&b.text));
                }
            }
        }
    }
}
