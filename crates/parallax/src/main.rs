//! The `parallax` binary: argument parsing, printing and exit codes over the
//! library crates. Only this crate prints.

mod analyze;
mod bench;
mod entities;
mod eval;
mod paraphrase;
mod printer;
mod provenance;
mod stories;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Exit codes (documented in README and `docs/cli.md`).
pub mod exit {
    /// Every input produced an article; every gate passed.
    pub const OK: u8 = 0;
    /// At least one input failed or was skipped (analyze), or a quality gate failed (eval).
    pub const INPUT_FAILED: u8 = 1;
    /// Bad usage, or nothing could run (missing dataset, unwritable output).
    pub const FATAL: u8 = 2;
}

#[derive(Parser)]
#[command(name = "parallax", version, about = "Local-first news intelligence: clean articles, stories, provenance and more.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles from files, folders or stdin (`-`) and print clean text and metadata.
    Analyze(AnalyzeArgs),
    /// Measure quality on the labelled datasets in ../shared/eval.
    Eval {
        #[command(subcommand)]
        what: EvalWhat,
    },
    /// Train a model from labelled data (kept in a local directory; nothing is downloaded).
    Train {
        #[command(subcommand)]
        what: TrainWhat,
    },
    /// Measure speed and memory against a named peer on the same input.
    Bench {
        #[command(subcommand)]
        what: BenchWhat,
    },
}

#[derive(Args)]
pub struct AnalyzeArgs {
    /// Files, folders (read recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print the whole result as one JSON document.
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Print one JSON object per line: articles, then diagnostics, then a summary.
    #[arg(long)]
    jsonl: bool,
    /// Keep text a cleanup rule would remove (repeatable), e.g. `--keep image_credit`.
    #[arg(long = "keep", value_name = "REASON", value_parser = parse_reason)]
    keep: Vec<parallax_model::RemovalReason>,
    /// Largest document accepted, in bytes (per record for JSONL and WARC).
    #[arg(long, value_name = "BYTES", default_value_t = parallax_ingest::DEFAULT_MAX_BYTES)]
    max_size: u64,
    /// Also print informational notes (encodings detected, ...).
    #[arg(short, long)]
    verbose: bool,
    /// Threads for extraction (default: every core, at most 8). The output does not depend on it.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    threads: Option<u16>,
    /// Print the clean text of each article in the terminal summary.
    #[arg(long)]
    text: bool,
    /// A trained paraphrase model (`parallax train paraphrase`) or ensemble
    /// (`parallax train paraphrase-ensemble`) that confirms reworded sentence links
    /// between articles (on 2 cores: about 30 sentence pairs a second for one model,
    /// 9 for the two-model ensemble that `scripts/paraphrase-model.sh` makes).
    #[arg(long, value_name = "DIR")]
    paraphrase_model: Option<PathBuf>,
}

/// The HTML extractor choice from `PARALLAX_EXTRACTOR` (`auto`, `fast`, `trafilatura`),
/// a measurement switch read once per run.
pub fn extractor_strategy() -> anyhow::Result<parallax_extract::html::Strategy> {
    match std::env::var("PARALLAX_EXTRACTOR") {
        Err(_) => Ok(parallax_extract::html::Strategy::Auto),
        Ok(v) => parallax_extract::html::Strategy::from_name(&v)
            .ok_or_else(|| anyhow::anyhow!("PARALLAX_EXTRACTOR={v:?} is not one of auto, fast, trafilatura")),
    }
}

fn parse_reason(s: &str) -> Result<parallax_model::RemovalReason, String> {
    parallax_model::RemovalReason::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = parallax_model::RemovalReason::ALL.iter().map(|r| r.name()).collect();
        format!("unknown reason {s:?}; one of: {}", names.join(", "))
    })
}

#[derive(Subcommand)]
enum EvalWhat {
    /// Article extraction: article-extraction-benchmark and trafilatura-eval.
    Extraction(eval::ExtractionArgs),
    /// Story grouping: ECB+, Multi-News (all and cleaned) and MEANTIME.
    Stories(eval::StoriesArgs),
    /// Time expressions: TempEval-3 platinum (extent and value F1) and MEANTIME.
    Time(eval::TimeArgs),
    /// Quotes and attribution: PolNeAR test split (content, source, cue spans).
    Quotes(eval::QuotesArgs),
    /// Entities: named person, organisation and place mentions on GUM and MEANTIME.
    Who(eval::WhoArgs),
    /// Entity timelines: SemEval-2015 Task 4 Track A, temporal-awareness F1.
    Timeline(eval::TimelineArgs),
    /// Provenance: MRPC paraphrase decision, the generated derivation set, InSciOut pairs.
    Provenance(eval::ProvenanceArgs),
}

#[derive(Subcommand)]
enum TrainWhat {
    /// Fine-tune a sentence-pair model (the provenance judge of reworded sentences) on labelled pairs.
    Paraphrase(paraphrase::TrainParaphraseArgs),
    /// Put trained paraphrase models together: their mean probability decides, at a bar picked on their held-out pairs.
    ParaphraseEnsemble(paraphrase::TrainEnsembleArgs),
}

#[derive(Subcommand)]
enum BenchWhat {
    /// Extraction speed and memory on the article-extraction-benchmark pages, beside Python trafilatura.
    Extract(bench::ExtractBenchArgs),
    /// Story clustering speed, memory and cost per article on a generated corpus (10k, 100k, 1M articles).
    Stories(bench::StoriesBenchArgs),
    /// Provenance (fingerprints and alignment) on a generated corpus; optional datasketch peer input.
    Provenance(bench::ProvenanceBenchArgs),
    /// The entity stage alone on article texts, beside spaCy's small English NER.
    Entities(bench::EntitiesBenchArgs),
    /// The whole analyze pipeline on generated corpora (10k, 100k, 1M articles), beside spaCy's small English pipeline.
    Pipeline(bench::PipelineBenchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Eval { what: EvalWhat::Extraction(args) } => eval::extraction(args),
        Command::Eval { what: EvalWhat::Stories(args) } => eval::stories(args),
        Command::Eval { what: EvalWhat::Time(args) } => eval::time(args),
        Command::Eval { what: EvalWhat::Quotes(args) } => eval::quotes(args),
        Command::Eval { what: EvalWhat::Who(args) } => eval::who(args),
        Command::Eval { what: EvalWhat::Timeline(args) } => eval::timeline(args),
        Command::Eval { what: EvalWhat::Provenance(args) } => eval::provenance(args),
        Command::Train { what: TrainWhat::Paraphrase(args) } => paraphrase::train(args),
        Command::Train { what: TrainWhat::ParaphraseEnsemble(args) } => paraphrase::train_ensemble(args),
        Command::Bench { what: BenchWhat::Extract(args) } => bench::extract(args),
        Command::Bench { what: BenchWhat::Stories(args) } => bench::stories(args),
        Command::Bench { what: BenchWhat::Provenance(args) } => bench::provenance(args),
        Command::Bench { what: BenchWhat::Pipeline(args) } => bench::pipeline(args),
        Command::Bench { what: BenchWhat::Entities(args) } => bench::entities(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A reader that stopped early (`parallax analyze … | head`) is not a failure.
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => {
            ExitCode::from(exit::OK)
        }
        Err(e) => {
            eprintln!("parallax: error: {e:#}");
            ExitCode::from(exit::FATAL)
        }
    }
}
