//! `parallax bench extract`: pages per second on one core and memory, beside
//! Python trafilatura run on the same pages in the same invocation.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::Args;
use parallax_extract::ExtractOptions;
use serde_json::{json, Value};

use crate::exit;

#[derive(Args)]
pub struct ExtractBenchArgs {
    /// The article-extraction-benchmark folder.
    #[arg(long)]
    data: PathBuf,
    /// Passes over all pages (after one warm-up pass).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// A Python with trafilatura installed: runs the same pages for comparison.
    #[arg(long, value_name = "PYTHON")]
    peer_python: Option<PathBuf>,
    /// The peer script (default: bench/peer_trafilatura.py next to the data-independent repo root).
    #[arg(long, value_name = "SCRIPT", default_value = "bench/peer_trafilatura.py")]
    peer_script: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// `VmHWM` (peak resident set) and `VmRSS` of this process, in KiB (Linux).
fn memory_kib() -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok());
    (field("VmHWM:"), field("VmRSS:"))
}

pub fn extract(args: ExtractBenchArgs) -> Result<u8> {
    let pages = parallax_eval::extraction::load_aeb(&args.data)?;
    let bytes: usize = pages.iter().map(|(_, h, _)| h.len()).sum();
    let opts = ExtractOptions::default();
    // Warm-up pass (also the reference output).
    let mut words = 0usize;
    for (id, html, _) in &pages {
        if let Some(a) = parallax_eval::extraction::run_page(id, html, None, &opts) {
            words += a.word_count;
        }
    }
    let (_, rss_after_first) = memory_kib();
    let repeat = args.repeat.max(1);
    let started = Instant::now();
    for _ in 0..repeat {
        for (id, html, _) in &pages {
            std::hint::black_box(parallax_eval::extraction::run_page(id, html, None, &opts));
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let n = pages.len() * repeat;
    let pps = n as f64 / secs;
    let (peak, rss_end) = memory_kib();
    let ours = json!({
        "tool": "parallax",
        "pages": n,
        "seconds": secs,
        "pages_per_sec": pps,
        "mb_per_sec": (bytes * repeat) as f64 / secs / 1e6,
        "peak_rss_kib": peak,
        "rss_after_first_pass_kib": rss_after_first,
        "rss_after_last_pass_kib": rss_end,
        "words_extracted": words,
        "threads": 1,
    });
    let peer = match &args.peer_python {
        Some(py) => {
            let out = Command::new(py)
                .arg(&args.peer_script)
                .arg(&args.data)
                .arg(repeat.to_string())
                .output()
                .with_context(|| format!("cannot run the peer {}", py.display()))?;
            if !out.status.success() {
                anyhow::bail!("peer failed: {}", String::from_utf8_lossy(&out.stderr).trim());
            }
            Some(serde_json::from_slice::<Value>(&out.stdout).context("peer printed no json")?)
        }
        None => None,
    };
    let ratio = peer.as_ref().and_then(|p| p["pages_per_sec"].as_f64()).map(|p| pps / p);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"parallax": ours, "peer": peer, "speedup": ratio}))?);
    } else {
        println!("extraction benchmark: {} pages × {repeat} passes, {:.1} MB of HTML per pass, one thread", pages.len(), bytes as f64 / 1e6);
        println!(
            "  parallax              {:>8.1} pages/s   {:>6.1} MB/s   peak RSS {} MiB (RSS after pass 1: {} MiB, after last: {} MiB)",
            pps,
            (bytes * repeat) as f64 / secs / 1e6,
            peak.map(|k| k / 1024).unwrap_or(0),
            rss_after_first.map(|k| k / 1024).unwrap_or(0),
            rss_end.map(|k| k / 1024).unwrap_or(0)
        );
        if let Some(p) = &peer {
            println!(
                "  {:<21} {:>8.1} pages/s   peak RSS {} MiB",
                format!("trafilatura {}", p["version"].as_str().unwrap_or("?")),
                p["pages_per_sec"].as_f64().unwrap_or(0.0),
                p["peak_rss_kib"].as_u64().map(|k| k / 1024).unwrap_or(0)
            );
        }
        if let Some(r) = ratio {
            println!("  speed ratio parallax / trafilatura: {r:.2}x");
        }
    }
    Ok(exit::OK)
}
