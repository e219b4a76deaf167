//! Development aid: sweeps the paraphrase threshold on MRPC train (never
//! test); `parallax eval provenance` reports the chosen setting.
//! `cargo run --release -p parallax-eval --example provenance_dev -- ../shared/eval`

use std::path::PathBuf;

use parallax_eval::provenance::{load_mrpc, mrpc_matches};
use parallax_provenance::align::AlignConfig;

fn main() {
    let root = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/eval".into()));
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
}
