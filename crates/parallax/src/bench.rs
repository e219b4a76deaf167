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
    let field =
        |name: &str| status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok());
    (field("VmHWM:"), field("VmRSS:"))
}

pub fn extract(args: ExtractBenchArgs) -> Result<u8> {
    let pages = parallax_eval::extraction::load_aeb(&args.data)?;
    let bytes: usize = pages.iter().map(|(_, h, _)| h.len()).sum();
    let opts = ExtractOptions { strategy: crate::extractor_strategy()?, ..ExtractOptions::default() };
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
        println!(
            "extraction benchmark: {} pages × {repeat} passes, {:.1} MB of HTML per pass, one thread",
            pages.len(),
            bytes as f64 / 1e6
        );
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

#[derive(Args)]
pub struct StoriesBenchArgs {
    /// The eval root (`../shared/eval`): its Multi-News sentences feed the generator.
    #[arg(long)]
    data: PathBuf,
    /// Corpus sizes to run, each from scratch.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    sizes: Vec<usize>,
    /// Generator seed.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

pub fn stories(args: StoriesBenchArgs) -> Result<u8> {
    use parallax_eval::generate::{article_text, plan, sentence_pool};
    use parallax_stories::{ArticleInput, Clusterer, StoryConfig};
    let pool = sentence_pool(&args.data)?;
    let mut runs = Vec::new();
    for &n in &args.sizes {
        let p = plan(n, pool.len(), args.seed);
        let mut clusterer = Clusterer::new(StoryConfig { keep_texts: false, ..StoryConfig::default() });
        let mut pred = Vec::with_capacity(n);
        let mut clustering = std::time::Duration::ZERO;
        // Marginal cost of the last 10% of the articles: the cost at this corpus size.
        let tail_from = n - n / 10;
        let mut tail = std::time::Duration::ZERO;
        let wall = Instant::now();
        for i in 0..n {
            let text = article_text(&p, &pool, i);
            let t = Instant::now();
            let m = clusterer.add(ArticleInput { title: None, text: &text, day: Some(p.items[i].0) });
            let dt = t.elapsed();
            clustering += dt;
            if i >= tail_from {
                tail += dt;
            }
            pred.push(m.story);
        }
        let wall = wall.elapsed().as_secs_f64();
        let gold: Vec<u32> = p.items.iter().map(|x| x.1).collect();
        let score = parallax_eval::stories::score(&pred, &gold);
        let (peak, rss) = memory_kib();
        runs.push(json!({
            "articles": n,
            "seconds_total": wall,
            "seconds_clustering": clustering.as_secs_f64(),
            "articles_per_sec": n as f64 / clustering.as_secs_f64(),
            "us_per_article_at_size": tail.as_secs_f64() * 1e6 / (n - tail_from) as f64,
            "stories_found": score.found_clusters,
            "stories_gold": score.gold_clusters,
            "bcubed_f1": score.bcubed_f1,
            "rss_kib": rss,
            "peak_rss_kib": peak,
        }));
    }
    let first = runs.first().and_then(|r| r["us_per_article_at_size"].as_f64());
    let last = runs.last().and_then(|r| r["us_per_article_at_size"].as_f64());
    let growth = match (first, last) {
        (Some(a), Some(b)) if a > 0.0 => Some(b / a),
        _ => None,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"runs": runs, "cost_growth_last_vs_first": growth}))?);
    } else {
        println!("story clustering on a generated corpus (seed {}, {} source sentences), one thread", args.seed, pool.len());
        for r in &runs {
            println!(
                "  {:>8} articles  {:>7.1}s total ({:>6.1}s clustering)  {:>8.0} articles/s  {:>6.1} µs/article at this size  stories {:>7} (gold {:>7})  B3 F1 {:.3}  peak RSS {} MiB",
                r["articles"], r["seconds_total"].as_f64().unwrap_or(0.0), r["seconds_clustering"].as_f64().unwrap_or(0.0), r["articles_per_sec"].as_f64().unwrap_or(0.0),
                r["us_per_article_at_size"].as_f64().unwrap_or(0.0), r["stories_found"], r["stories_gold"], r["bcubed_f1"].as_f64().unwrap_or(0.0),
                r["peak_rss_kib"].as_u64().unwrap_or(0) / 1024
            );
        }
        if let Some(g) = growth {
            println!("  cost per article at the largest size / at the smallest: {g:.2}x");
        }
    }
    Ok(exit::OK)
}
