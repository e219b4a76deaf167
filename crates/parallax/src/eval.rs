//! `parallax eval ...`: run the quality harnesses and gate on floors.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use clap::Args;
use parallax_extract::ExtractOptions;
use serde_json::json;

use crate::exit;

#[derive(Args)]
pub struct ExtractionArgs {
    /// The eval root (`../shared/eval`) or one dataset folder inside it.
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when article-extraction-benchmark F1 is below this.
    #[arg(long, value_name = "F1")]
    min_aeb_f1: Option<f64>,
    /// Fail (exit 1) when trafilatura-eval segment F1 is below this.
    #[arg(long, value_name = "F1")]
    min_traf_f1: Option<f64>,
    /// Fail (exit 1) when trafilatura-eval exact-day date accuracy is below this.
    #[arg(long, value_name = "ACCURACY")]
    min_date_accuracy: Option<f64>,
}

fn dataset(root: &Path, name: &str) -> Option<PathBuf> {
    if root.file_name().is_some_and(|n| n == name) {
        return Some(root.to_path_buf());
    }
    let p = root.join(name);
    p.is_dir().then_some(p)
}

pub fn extraction(args: ExtractionArgs) -> Result<u8> {
    let opts = ExtractOptions::default();
    let aeb_dir = dataset(&args.data, "article-extraction-benchmark");
    let traf_dir = dataset(&args.data, "trafilatura-eval");
    if aeb_dir.is_none() && traf_dir.is_none() {
        bail!("no extraction dataset under {} (expected article-extraction-benchmark/ or trafilatura-eval/)", args.data.display());
    }
    let aeb = aeb_dir.map(|d| parallax_eval::extraction::eval_aeb(&d, &opts)).transpose()?;
    let traf = traf_dir.map(|d| parallax_eval::extraction::eval_trafilatura(&d, &opts)).transpose()?;
    let mut failed = Vec::new();
    if let (Some(min), Some(s)) = (args.min_aeb_f1, &aeb) {
        if s.f1 < min {
            failed.push(format!("article-extraction-benchmark f1 {:.4} is below the floor {min}", s.f1));
        }
    }
    if let (Some(min), Some(s)) = (args.min_traf_f1, &traf) {
        if s.f1 < min {
            failed.push(format!("trafilatura-eval f1 {:.4} is below the floor {min}", s.f1));
        }
    }
    if let (Some(min), Some(s)) = (args.min_date_accuracy, &traf) {
        if s.date_accuracy < min {
            failed.push(format!("trafilatura-eval date accuracy {:.4} is below the floor {min}", s.date_accuracy));
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"article_extraction_benchmark": aeb, "trafilatura_eval": traf, "gate_failures": failed}))?);
    } else {
        if let Some(s) = &aeb {
            println!("article-extraction-benchmark  {} pages   precision {:.3}  recall {:.3}  F1 {:.3}   (empty: {})", s.pages, s.precision, s.recall, s.f1, s.empty);
        }
        if let Some(s) = &traf {
            println!("trafilatura-eval              {} docs    precision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}", s.documents, s.precision, s.recall, s.f1, s.accuracy);
            println!(
                "  publish date (exact day)    {}/{} correct = {:.3}   (no day-precise date: {})",
                s.date_correct, s.dated, s.date_accuracy, s.date_missing
            );
        }
        for f in &failed {
            eprintln!("gate failed: {f}");
        }
    }
    Ok(if failed.is_empty() { exit::OK } else { exit::INPUT_FAILED })
}
