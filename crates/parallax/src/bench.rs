//! `parallax bench extract`: pages per second on one core and memory, beside
//! Python trafilatura run on the same pages in the same invocation.

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

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

/// `VmHWM` (peak resident set) and `VmRSS` of a process, in KiB, from its
/// `/proc/.../status` (Linux).
fn status_kib(status_path: &str) -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string(status_path).unwrap_or_default();
    let field =
        |name: &str| status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok());
    (field("VmHWM:"), field("VmRSS:"))
}

/// `VmHWM` and `VmRSS` of this process, in KiB.
fn memory_kib() -> (Option<u64>, Option<u64>) {
    status_kib("/proc/self/status")
}

/// Run a Python peer as `PYTHON SCRIPT DATA REPEAT`; it prints one JSON object.
fn run_peer(py: &std::path::Path, script: &std::path::Path, data: &std::path::Path, repeat: usize) -> Result<Value> {
    let out = Command::new(py)
        .arg(script)
        .arg(data)
        .arg(repeat.to_string())
        .output()
        .with_context(|| format!("cannot run the peer {}", py.display()))?;
    if !out.status.success() {
        anyhow::bail!("peer failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    serde_json::from_slice::<Value>(&out.stdout).context("peer printed no json")
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
    let peer = args.peer_python.as_deref().map(|py| run_peer(py, &args.peer_script, &args.data, repeat)).transpose()?;
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

/// Time spent adding articles: over a whole run, and over its last tenth,
/// the marginal cost per article at that corpus size.
struct SizeTimer {
    tail_from: usize,
    tail_len: usize,
    total: Duration,
    tail: Duration,
}

impl SizeTimer {
    fn new(n: usize) -> Self {
        SizeTimer { tail_from: n - n / 10, tail_len: (n / 10).max(1), total: Duration::ZERO, tail: Duration::ZERO }
    }
    fn record(&mut self, i: usize, dt: Duration) {
        self.total += dt;
        if i >= self.tail_from {
            self.tail += dt;
        }
    }
    fn us_per_article_at_size(&self) -> f64 {
        self.tail.as_secs_f64() * 1e6 / self.tail_len as f64
    }
}

/// Cost per article at the largest size over that at the smallest.
fn cost_growth(runs: &[Value]) -> Option<f64> {
    let first = runs.first().and_then(|r| r["us_per_article_at_size"].as_f64())?;
    let last = runs.last().and_then(|r| r["us_per_article_at_size"].as_f64())?;
    (first > 0.0).then(|| last / first)
}

/// The generated corpora a size benchmark runs on.
#[derive(Args)]
pub struct GeneratedCorpusArgs {
    /// The eval root (`../shared/eval`): its Multi-News sentences feed the generator.
    #[arg(long)]
    data: PathBuf,
    /// Corpus sizes to run, each from scratch.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    sizes: Vec<usize>,
    /// Generator seed.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

#[derive(Args)]
pub struct StoriesBenchArgs {
    #[command(flatten)]
    corpus: GeneratedCorpusArgs,
    /// A Python with River installed: runs its textClust stream clustering on
    /// the first `--peer-articles` articles of the smallest corpus, and
    /// Parallax on the same articles, both scored against the same gold.
    #[arg(long, value_name = "PYTHON")]
    peer_python: Option<PathBuf>,
    /// The peer script.
    #[arg(long, value_name = "SCRIPT", default_value = "bench/peer_river_textclust.py")]
    peer_script: PathBuf,
    /// Articles the peer runs.
    #[arg(long, default_value_t = 2000)]
    peer_articles: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// The peer's story labels as story numbers (any JSON integers; equal labels, one story).
fn relabel(labels: &[Value]) -> Result<Vec<u32>> {
    let mut ids: std::collections::HashMap<i64, u32> = std::collections::HashMap::new();
    labels
        .iter()
        .map(|l| {
            let l = l.as_i64().context("peer label is not an integer")?;
            let next = ids.len() as u32;
            Ok(*ids.entry(l).or_insert(next))
        })
        .collect()
}

/// Cluster the first `n` articles of a generated corpus in arrival order, as
/// the benchmark does (no texts kept); `time(i, d)` gets each article's
/// clustering time. Returns each article's story at the end (splits may have
/// moved it since it joined).
fn cluster_generated(p: &parallax_eval::generate::Plan, pool: &[String], n: usize, mut time: impl FnMut(usize, Duration)) -> Vec<u32> {
    use parallax_stories::{ArticleInput, Clusterer, StoryConfig};
    let mut clusterer = Clusterer::new(StoryConfig { keep_texts: false, ..StoryConfig::default() });
    for i in 0..n {
        let text = parallax_eval::generate::article_text(p, pool, i);
        let t = Instant::now();
        clusterer.add(ArticleInput { title: None, text: &text, day: Some(p.items[i].0), event_day: None, language: None });
        // The final assignment is read below; the moves only need draining.
        clusterer.take_moves();
        time(i, t.elapsed());
    }
    (0..n as u32).map(|i| clusterer.story_of(i)).collect()
}

pub fn stories(args: StoriesBenchArgs) -> Result<u8> {
    use parallax_eval::generate::{article_text, plan, sentence_pool};
    let pool = sentence_pool(&args.corpus.data)?;
    let mut runs = Vec::new();
    for &n in &args.corpus.sizes {
        let p = plan(n, pool.len(), args.corpus.seed);
        let mut timer = SizeTimer::new(n);
        let wall = Instant::now();
        let pred = cluster_generated(&p, &pool, n, |i, t| timer.record(i, t));
        let wall = wall.elapsed().as_secs_f64();
        let gold: Vec<u32> = p.items.iter().map(|x| x.1).collect();
        let score = parallax_eval::stories::score(&pred, &gold);
        let (peak, rss) = memory_kib();
        runs.push(json!({
            "articles": n,
            "seconds_total": wall,
            "seconds_clustering": timer.total.as_secs_f64(),
            "articles_per_sec": n as f64 / timer.total.as_secs_f64(),
            "us_per_article_at_size": timer.us_per_article_at_size(),
            "stories_found": score.found_clusters,
            "stories_gold": score.gold_clusters,
            "bcubed_f1": score.bcubed_f1,
            "rss_kib": rss,
            "peak_rss_kib": peak,
        }));
    }
    let growth = cost_growth(&runs);
    // The peer and Parallax on the same first articles of the smallest corpus.
    let mut peer = None;
    if let (Some(py), Some(&smallest)) = (&args.peer_python, args.corpus.sizes.iter().min()) {
        let n = args.peer_articles.min(smallest);
        let p = plan(smallest, pool.len(), args.corpus.seed);
        let path = std::env::temp_dir().join(format!("parallax-bench-stories-peer-{}.jsonl", std::process::id()));
        let mut lines = String::new();
        for i in 0..n {
            lines.push_str(&json!({"text": article_text(&p, &pool, i)}).to_string());
            lines.push('\n');
        }
        std::fs::write(&path, lines)?;
        let out = Command::new(py).arg(&args.peer_script).arg(&path).arg(n.to_string()).output();
        std::fs::remove_file(&path).ok();
        let out = out.with_context(|| format!("cannot run the peer {}", py.display()))?;
        if !out.status.success() {
            anyhow::bail!("peer failed: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        let mut v: Value = serde_json::from_slice(&out.stdout).context("peer printed no json")?;
        let labels = relabel(v["labels"].as_array().context("peer printed no labels")?)?;
        if labels.len() != n {
            anyhow::bail!("peer labelled {} articles of {n}", labels.len());
        }
        let gold: Vec<u32> = p.items[..n].iter().map(|x| x.1).collect();
        let theirs = parallax_eval::stories::score(&labels, &gold);
        let mut secs = 0.0;
        let ours = parallax_eval::stories::score(&cluster_generated(&p, &pool, n, |_, t| secs += t.as_secs_f64()), &gold);
        v.as_object_mut().map(|o| o.remove("labels"));
        v["bcubed_f1"] = json!(theirs.bcubed_f1);
        v["stories_found"] = json!(theirs.found_clusters);
        peer = Some(json!({
            "articles": n,
            "stories_gold": ours.gold_clusters,
            "peer": v,
            "parallax": {"seconds": secs, "articles_per_sec": n as f64 / secs, "bcubed_f1": ours.bcubed_f1, "stories_found": ours.found_clusters},
        }));
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"runs": runs, "cost_growth_last_vs_first": growth, "peer": peer}))?);
    } else {
        println!("story clustering on a generated corpus (seed {}, {} source sentences), one thread", args.corpus.seed, pool.len());
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
        if let Some(c) = &peer {
            let (them, us) = (&c["peer"], &c["parallax"]);
            let rate = |x: &Value| x["articles_per_sec"].as_f64().unwrap_or(0.0);
            println!("  same first {} articles (gold {} stories), one thread:", c["articles"], c["stories_gold"]);
            println!(
                "    {} {}: {:.1} articles/s  stories {}  B3 F1 {:.3}  peak RSS {} MiB",
                them["tool"].as_str().unwrap_or("peer"),
                them["version"].as_str().unwrap_or(""),
                rate(them),
                them["stories_found"],
                them["bcubed_f1"].as_f64().unwrap_or(0.0),
                them["peak_rss_kib"].as_u64().unwrap_or(0) / 1024
            );
            println!(
                "    parallax: {:.0} articles/s  stories {}  B3 F1 {:.3}  ({:.0}x the peer's speed)",
                rate(us),
                us["stories_found"],
                us["bcubed_f1"].as_f64().unwrap_or(0.0),
                rate(us) / rate(them).max(1e-9)
            );
        }
    }
    Ok(exit::OK)
}

#[derive(Args)]
pub struct ProvenanceBenchArgs {
    /// The eval root (`../shared/eval`): Multi-News sentences are recombined into articles.
    #[arg(long)]
    data: PathBuf,
    /// Corpus sizes to run, each from scratch.
    #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
    sizes: Vec<usize>,
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Write the sentence shingles and gold pairs of the first N articles here (for the
    /// datasketch peer, bench/peer_datasketch.py), and time the same candidate step on them.
    #[arg(long, value_name = "DIR")]
    dump: Option<PathBuf>,
    #[arg(long, default_value_t = 100_000)]
    dump_articles: usize,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// `parallax bench provenance`: near-duplicate and reuse detection (both stages) over a
/// generated corpus; recall of the derived pairs; cost per article as the corpus grows.
pub fn provenance(args: ProvenanceBenchArgs) -> Result<u8> {
    use parallax_eval::derive::DerivStream;
    use parallax_eval::generate::sentence_pool;
    use parallax_model::Span;
    use parallax_provenance::{DocInput, Timestamp, Tracker};
    let pool = sentence_pool(&args.data)?;
    let mut runs = Vec::new();
    for &n in &args.sizes {
        let mut tracker = Tracker::default();
        let mut timer = SizeTimer::new(n);
        let (mut gold, mut found) = (0u64, 0u64);
        let wall = Instant::now();
        for (i, d) in DerivStream::new(&pool, args.seed).take(n).enumerate() {
            let spans: Vec<Span> = d.sentences.iter().map(|&(s, e)| Span::new(s, e)).collect();
            let id = i.to_string();
            let t = Instant::now();
            let pairs = tracker.add(DocInput {
                id: &id,
                text: &d.text,
                sentences: &spans,
                published: Some(Timestamp { seconds: (d.hours * 3600.0) as i64, day_only: false }),
                outlet: None,
                dateline: None,
                quotes: &[],
            });
            timer.record(i, t.elapsed());
            if let Some(b) = d.base {
                gold += 1;
                let b = b.to_string();
                found += u64::from(pairs.iter().any(|p| p.b == b));
            }
        }
        let pairs = tracker.pair_count();
        drop(tracker);
        let (peak, _) = memory_kib();
        runs.push(json!({
            "articles": n,
            "seconds_total": wall.elapsed().as_secs_f64(),
            "seconds_provenance": timer.total.as_secs_f64(),
            "articles_per_sec": n as f64 / timer.total.as_secs_f64(),
            "us_per_article_at_size": timer.us_per_article_at_size(),
            "derived_articles": gold,
            "derived_pair_recall": found as f64 / gold.max(1) as f64,
            "pairs_reported": pairs,
            "peak_rss_kib": peak,
        }));
    }
    let candidate = match &args.dump {
        Some(dir) => Some(candidate_step(&pool, args.seed, args.dump_articles, dir)?),
        None => None,
    };
    let growth = cost_growth(&runs);
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"runs": runs, "cost_growth_last_vs_first": growth, "candidate_step": candidate}))?
        );
    } else {
        println!("provenance (fingerprints + alignment) on a generated corpus (seed {}), one thread", args.seed);
        for r in &runs {
            println!(
                "  {:>8} articles  {:>7.1}s  {:>8.0} articles/s  {:>6.1} µs/article at this size  derived-pair recall {:.3} ({} derived)  {} pairs  peak RSS {} MiB",
                r["articles"],
                r["seconds_provenance"].as_f64().unwrap_or(0.0),
                r["articles_per_sec"].as_f64().unwrap_or(0.0),
                r["us_per_article_at_size"].as_f64().unwrap_or(0.0),
                r["derived_pair_recall"].as_f64().unwrap_or(0.0),
                r["derived_articles"],
                r["pairs_reported"],
                r["peak_rss_kib"].as_u64().unwrap_or(0) / 1024
            );
        }
        if let Some(g) = growth {
            println!("  cost per article at the largest size / at the smallest: {g:.2}x");
        }
        if let Some(c) = &candidate {
            println!(
                "  candidate step alone on {} articles ({} sentences): {:.2}s, recall of derived pairs {:.4}; shingles for the peer in {}",
                c["articles"],
                c["sentences"],
                c["seconds"].as_f64().unwrap_or(0.0),
                c["recall"].as_f64().unwrap_or(0.0),
                c["dir"].as_str().unwrap_or("")
            );
        }
    }
    Ok(exit::OK)
}

/// The candidate step alone (MinHash band keys, query, insert) on the first `n`
/// articles, timed; writes the same shingles and the gold pairs for the peer.
fn candidate_step(pool: &[String], seed: u64, n: usize, dir: &std::path::Path) -> Result<Value> {
    use parallax_eval::derive::DerivStream;
    use parallax_model::Span;
    use parallax_provenance::lsh::{band_keys, FastMap, SentenceLsh};
    use parallax_provenance::{tokens, ProvenanceConfig, Tracker};
    use std::io::Write;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let cfg = ProvenanceConfig::default();
    // shingles first (tokenising is not part of the candidate step for either side)
    let mut docs: Vec<Vec<Vec<u32>>> = Vec::with_capacity(n);
    let mut gold: Vec<(usize, usize)> = Vec::new();
    for (i, d) in DerivStream::new(pool, seed).take(n).enumerate() {
        let spans: Vec<Span> = d.sentences.iter().map(|&(s, e)| Span::new(s, e)).collect();
        let toks = tokens::tokenize(&d.text);
        let sents = tokens::sentences(&toks, &spans);
        docs.push(Tracker::sentence_shingles(&toks, &sents, cfg.min_sentence_stems));
        if let Some(b) = d.base {
            gold.push((i, b));
        }
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join("shingles.tsv"))?);
    for (i, d) in docs.iter().enumerate() {
        for s in d.iter().filter(|s| !s.is_empty()) {
            write!(f, "{i}\t")?;
            for (k, x) in s.iter().enumerate() {
                write!(f, "{}{x}", if k > 0 { " " } else { "" })?;
            }
            writeln!(f)?;
        }
    }
    f.flush()?;
    let mut g = std::io::BufWriter::new(std::fs::File::create(dir.join("gold.tsv"))?);
    for (a, b) in &gold {
        writeln!(g, "{a}\t{b}")?;
    }
    g.flush()?;
    let started = Instant::now();
    let mut lsh = SentenceLsh::new(cfg.bands, cfg.rows, cfg.postings_cap, cfg.window);
    let mut hits = FastMap::default();
    let mut candidates: std::collections::HashSet<(usize, usize)> = Default::default();
    for (i, d) in docs.iter().enumerate() {
        let keys: Vec<Vec<u64>> = d
            .iter()
            .map(|s| {
                let mut k = Vec::new();
                band_keys(s, cfg.bands, cfg.rows, &mut k);
                k
            })
            .collect();
        let fingerprinted = keys.iter().filter(|k| !k.is_empty()).count() as u32;
        let need = cfg.min_hits.min(fingerprinted.max(1));
        for (slot, hitn) in lsh.query(&keys, &mut hits).into_iter().take(cfg.max_candidates) {
            if hitn >= need {
                candidates.insert((i, slot as usize));
            }
        }
        lsh.insert(i as u32, &keys);
    }
    let seconds = started.elapsed().as_secs_f64();
    let found = gold.iter().filter(|p| candidates.contains(p)).count();
    Ok(json!({
        "articles": n,
        "sentences": docs.iter().map(|d| d.iter().filter(|s| !s.is_empty()).count()).sum::<usize>(),
        "seconds": seconds,
        "recall": found as f64 / gold.len().max(1) as f64,
        "candidate_pairs": candidates.len(),
        "dir": dir.display().to_string(),
    }))
}

#[derive(Args)]
pub struct EntitiesBenchArgs {
    /// The article-extraction-benchmark folder (its gold article bodies are the input).
    #[arg(long)]
    data: PathBuf,
    /// Passes over all texts (after one warm-up pass).
    #[arg(long, default_value_t = 5)]
    repeat: usize,
    /// A Python with spaCy and `en_core_web_sm` installed: tags the same texts for comparison.
    #[arg(long, value_name = "PYTHON")]
    peer_python: Option<PathBuf>,
    /// The peer script.
    #[arg(long, value_name = "SCRIPT", default_value = "bench/peer_spacy.py")]
    peer_script: PathBuf,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// `parallax bench entities`: the entity stage alone (tagger, rules, aliases) on
/// plain article texts, one thread, beside spaCy's small English NER on the same texts.
pub fn entities(args: EntitiesBenchArgs) -> Result<u8> {
    // The gold article bodies: plain news text, as the stage sees it after extraction.
    let texts: Vec<String> =
        parallax_eval::extraction::load_aeb(&args.data)?.into_iter().map(|(_, _, body)| body).filter(|t| !t.trim().is_empty()).collect();
    if texts.is_empty() {
        anyhow::bail!("{}: no article bodies", args.data.display());
    }
    // Segmentation is done before timing, as the pipeline hands the stage its sentences.
    let segmented: Vec<(String, Vec<(usize, usize)>)> = texts
        .iter()
        .map(|t| {
            let (_, sentences) = parallax_text::segment(t);
            (t.clone(), sentences.iter().map(|s| (s.start, s.end)).collect())
        })
        .collect();
    let load = Instant::now();
    let rec = parallax_entities::Recognizer::shipped().map_err(|e| anyhow::anyhow!("{e}"))?;
    let load_secs = load.elapsed().as_secs_f64();
    let ctx = parallax_entities::Context::default();
    let words: usize = texts.iter().map(|t| parallax_text::word_count(t)).sum();
    let mut mentions = 0usize;
    for (t, s) in &segmented {
        mentions += rec.analyze(t, s, &ctx).0.len();
    }
    let repeat = args.repeat.max(1);
    let started = Instant::now();
    for _ in 0..repeat {
        for (t, s) in &segmented {
            std::hint::black_box(rec.analyze(t, s, &ctx));
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let n = texts.len() * repeat;
    let (peak, _) = memory_kib();
    let ours = json!({
        "tool": "parallax",
        "texts": n,
        "seconds": secs,
        "texts_per_sec": n as f64 / secs,
        "words_per_sec": (words * repeat) as f64 / secs,
        "us_per_text": secs * 1e6 / n as f64,
        "mentions_per_pass": mentions,
        "model_load_seconds": load_secs,
        "peak_rss_kib": peak,
        "threads": 1,
    });
    let peer = args.peer_python.as_deref().map(|py| run_peer(py, &args.peer_script, &args.data, repeat)).transpose()?;
    let tps = n as f64 / secs;
    let ratio = peer.as_ref().and_then(|p| p["texts_per_sec"].as_f64()).map(|p| tps / p);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&json!({"parallax": ours, "peer": peer, "speedup": ratio}))?);
    } else {
        println!("entity benchmark: {} article texts ({} words) × {repeat} passes, one thread", texts.len(), words);
        println!(
            "  parallax entities     {:>8.1} texts/s  {:>9.0} words/s  {:>7.0} µs/text  {} mentions a pass  model load {:.2}s  peak RSS {} MiB",
            tps,
            (words * repeat) as f64 / secs,
            secs * 1e6 / n as f64,
            mentions,
            load_secs,
            peak.map(|k| k / 1024).unwrap_or(0)
        );
        if let Some(p) = &peer {
            println!(
                "  {:<21} {:>8.1} texts/s  {:>9.0} words/s  {:>7.0} µs/text  {} mentions a pass  peak RSS {} MiB",
                format!("spaCy {} sm", p["version"].as_str().unwrap_or("?")),
                p["texts_per_sec"].as_f64().unwrap_or(0.0),
                p["words_per_sec"].as_f64().unwrap_or(0.0),
                1e6 / p["texts_per_sec"].as_f64().unwrap_or(1.0),
                p["mentions_per_pass"].as_u64().unwrap_or(0),
                p["peak_rss_kib"].as_u64().map(|k| k / 1024).unwrap_or(0)
            );
        }
        if let Some(r) = ratio {
            println!("  speed ratio parallax / spaCy: {r:.1}x");
        }
    }
    Ok(exit::OK)
}

#[derive(Args)]
pub struct PipelineBenchArgs {
    #[command(flatten)]
    corpus: GeneratedCorpusArgs,
    /// Extraction threads for `analyze` (default: every core, up to 8).
    #[arg(long)]
    threads: Option<std::num::NonZeroUsize>,
    /// A Python with spaCy and `en_core_web_sm` installed: runs its whole
    /// pipeline on the first `--peer-articles` articles of the smallest corpus.
    #[arg(long, value_name = "PYTHON")]
    peer_python: Option<PathBuf>,
    /// The peer script.
    #[arg(long, value_name = "SCRIPT", default_value = "bench/peer_spacy_pipeline.py")]
    peer_script: PathBuf,
    /// Articles the peer runs.
    #[arg(long, default_value_t = 5000)]
    peer_articles: usize,
    /// Write the generated corpora here and keep them (default: a temporary folder, removed).
    #[arg(long, value_name = "DIR")]
    keep_corpus: Option<PathBuf>,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

/// Write `n` generated articles as JSON Lines (title, text, date, outlet).
fn write_generated(path: &std::path::Path, pool: &[String], n: usize, seed: u64) -> Result<u64> {
    use parallax_eval::generate::{article_text, plan};
    use std::io::Write;
    let p = plan(n, pool.len(), seed);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?);
    let start = parallax_time::civil::Day::new(2024, 1, 1).expect("a valid day");
    let mut bytes = 0u64;
    for i in 0..n {
        let text = article_text(&p, pool, i);
        let title: String = text.split_whitespace().take(8).collect::<Vec<_>>().join(" ");
        let (day, _, s) = p.items[i];
        let line = serde_json::to_string(&json!({
            "title": title,
            "text": text,
            "date_publish": start.plus(day as i64).iso(),
            "source_domain": format!("outlet{}.test", s % 200),
        }))?;
        bytes += line.len() as u64 + 1;
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(bytes)
}

/// Run `analyze --jsonl` on `path` in a child process, output discarded;
/// wall seconds and the child's peak RSS (KiB, sampled from /proc).
fn run_analyze(path: &std::path::Path, threads: Option<std::num::NonZeroUsize>) -> Result<(f64, u64)> {
    let exe = std::env::current_exe()?;
    let mut cmd = Command::new(exe);
    cmd.arg("analyze").arg(path).arg("--jsonl");
    if let Some(t) = threads {
        cmd.arg("--threads").arg(t.to_string());
    }
    let started = Instant::now();
    let mut child =
        cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped()).spawn().context("cannot start parallax analyze")?;
    let status_path = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let status = loop {
        if let Ok(s) = std::fs::read_to_string(&status_path) {
            if let Some(v) =
                s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok())
            {
                peak = peak.max(v);
            }
        }
        if let Some(st) = child.try_wait()? {
            break st;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let secs = started.elapsed().as_secs_f64();
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        use std::io::Read;
        e.read_to_string(&mut err)?;
    }
    if !status.success() {
        anyhow::bail!("parallax analyze failed ({status}): {err}");
    }
    Ok((secs, peak))
}

/// `parallax bench pipeline`: the whole `analyze` pipeline (ingest,
/// extraction, entities, quotes, time, stories, provenance, JSON Lines
/// output) on generated corpora of growing size, beside spaCy's small
/// English pipeline on the same articles.
pub fn pipeline(args: PipelineBenchArgs) -> Result<u8> {
    let pool = parallax_eval::generate::sentence_pool(&args.corpus.data)?;
    let dir =
        args.keep_corpus.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("parallax-bench-pipeline-{}", std::process::id())));
    std::fs::create_dir_all(&dir)?;
    let mut runs = Vec::new();
    let mut peer = None;
    for &n in &args.corpus.sizes {
        let path = dir.join(format!("generated-{n}.jsonl"));
        let w = Instant::now();
        let bytes = write_generated(&path, &pool, n, args.corpus.seed)?;
        let write_secs = w.elapsed().as_secs_f64();
        let (secs, peak) = run_analyze(&path, args.threads)?;
        if peer.is_none() {
            if let Some(py) = &args.peer_python {
                let out = Command::new(py).arg(&args.peer_script).arg(&path).arg(args.peer_articles.to_string()).output()?;
                if !out.status.success() {
                    anyhow::bail!("peer failed: {}", String::from_utf8_lossy(&out.stderr));
                }
                peer = Some(serde_json::from_slice::<Value>(&out.stdout).context("peer output is not json")?);
            }
        }
        if args.keep_corpus.is_none() {
            std::fs::remove_file(&path).ok();
        }
        runs.push(json!({
            "articles": n,
            "input_bytes": bytes,
            "generate_seconds": write_secs,
            "seconds": secs,
            "articles_per_sec": n as f64 / secs,
            "us_per_article": secs * 1e6 / n as f64,
            "peak_rss_kib": peak,
            "projected_seconds_per_million": secs * 1e6 / n as f64,
        }));
    }
    if args.keep_corpus.is_none() {
        std::fs::remove_dir(&dir).ok();
    }
    let ours_rate = runs.first().and_then(|r| r["articles_per_sec"].as_f64());
    let ratio = match (ours_rate, peer.as_ref().and_then(|p| p["articles_per_sec"].as_f64())) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    };
    let threads = args.threads.map(|t| t.get()).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8));
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"threads": threads, "runs": runs, "peer": peer, "speedup_at_smallest": ratio}))?
        );
    } else {
        println!("whole pipeline (`analyze --jsonl`) on generated news articles (seed {}), {threads} extraction threads", args.corpus.seed);
        for r in &runs {
            println!(
                "  {:>8} articles  {:>6.0} MB  {:>7.1}s  {:>7.0} articles/s  {:>6.0} µs/article  peak RSS {:>5} MiB  (1M at this rate: {:.1} min)",
                r["articles"],
                r["input_bytes"].as_u64().unwrap_or(0) as f64 / 1e6,
                r["seconds"].as_f64().unwrap_or(0.0),
                r["articles_per_sec"].as_f64().unwrap_or(0.0),
                r["us_per_article"].as_f64().unwrap_or(0.0),
                r["peak_rss_kib"].as_u64().unwrap_or(0) / 1024,
                r["projected_seconds_per_million"].as_f64().unwrap_or(0.0) / 60.0
            );
        }
        if let (Some(first), Some(last)) = (runs.first(), runs.last()) {
            if let (Some(a), Some(b)) = (first["us_per_article"].as_f64(), last["us_per_article"].as_f64()) {
                println!("  cost per article at the largest size / at the smallest: {:.2}x", b / a);
            }
        }
        if let Some(p) = &peer {
            println!(
                "  spaCy {} sm, whole pipeline, {} processes: {:.1} articles/s on the first {} articles, peak RSS {} MiB",
                p["version"].as_str().unwrap_or("?"),
                p["processes"],
                p["articles_per_sec"].as_f64().unwrap_or(0.0),
                p["articles"],
                p["peak_rss_kib"].as_u64().unwrap_or(0) / 1024
            );
        }
        if let Some(r) = ratio {
            println!("  speed ratio parallax / spaCy (smallest corpus): {r:.1}x");
        }
    }
    Ok(exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peer_labels_become_story_numbers_in_order_of_first_use() {
        let labels = [json!(7), json!(-3), json!(7), json!(42), json!(-3)];
        assert_eq!(relabel(&labels).unwrap(), [0, 1, 0, 2, 1]);
        assert!(relabel(&[json!("x")]).is_err());
    }
}
