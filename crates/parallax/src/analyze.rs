//! `parallax analyze`: ingest, extract, print; count what failed.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use parallax_extract::{analyze, Analysis, ExtractOptions};
use parallax_ingest::{Ingest, IngestOptions, Item};
use parallax_model::{Diagnostic, Severity};
use serde::Serialize;

use crate::entities::EntityRun;
use crate::printer::{HumanPrinter, JsonPrinter, JsonlPrinter, Printer};
use crate::provenance::ProvenanceRun;
use crate::stories::StoryGrouper;
use crate::{exit, AnalyzeArgs};

/// Counts printed at the end of a run.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    /// Articles produced.
    pub articles: u64,
    /// Inputs (files or records) that produced no article.
    pub failed: u64,
    /// Files inside folders skipped for an unsupported extension.
    pub ignored: u64,
    pub warnings: u64,
    /// Stories found (articles reporting the same event).
    pub stories: u64,
    /// Topic threads found (related stories).
    pub topics: u64,
    /// Pairs of articles that share text.
    pub shared_text_pairs: u64,
    /// Groups of articles derived from one another.
    pub derived_groups: u64,
    /// Entities across the corpus (aliases merged).
    pub entities: u64,
    pub seconds: f64,
}

pub fn run(args: AnalyzeArgs) -> Result<u8> {
    let ingest = Ingest::new(&args.paths, IngestOptions { max_bytes: args.max_size });
    let opts = ExtractOptions { keep: args.keep.iter().copied().collect(), strategy: crate::extractor_strategy()? };
    let stdout = io::stdout().lock();
    let out = BufWriter::with_capacity(256 * 1024, stdout);
    let mut printer: Box<dyn Printer> = if args.json {
        Box::new(JsonPrinter::new(out)?)
    } else if args.jsonl {
        Box::new(JsonlPrinter::new(out))
    } else {
        Box::new(HumanPrinter::new(out, args.text, io::stdout().is_terminal()))
    };
    let progress = progress_bar();
    let started = Instant::now();
    let mut grouper = StoryGrouper::new(!(args.json || args.jsonl));
    let mut entities = EntityRun::new();
    let judge = match &args.paraphrase_model {
        Some(dir) => Some(Box::new(crate::paraphrase::load(dir)?) as Box<dyn parallax_provenance::ParaphraseJudge>),
        None => None,
    };
    let mut provenance = ProvenanceRun::new(!(args.json || args.jsonl), judge);
    let mut summary = Summary::default();
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let machine = args.json || args.jsonl;

    let report = |d: Diagnostic, summary: &mut Summary, diagnostics: &mut Vec<Diagnostic>| {
        if d.severity == Severity::Warning {
            summary.warnings += 1;
        }
        if d.severity >= Severity::Warning || args.verbose {
            progress.suspend(|| eprintln!("{d}"));
        }
        if machine {
            diagnostics.push(d);
        }
    };

    // Extraction (the costly per-document part) runs on every core, a small
    // batch at a time, on a producer thread, while this thread feeds the
    // online stages and the printer, so the two overlap. Batches are consumed
    // in input order, so the online stages and the output do not depend on
    // the number of threads; at most two finished batches wait in the channel.
    let threads = args.threads.map(usize::from).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8));
    let mut items = ingest.into_iter();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Done>>(2);
    let opts_ref = &opts;
    std::thread::scope(|scope| -> Result<()> {
        scope.spawn(move || loop {
            let batch: Vec<Item> = items.by_ref().take(PER_THREAD * threads).collect();
            // A closed channel means the consumer stopped on an error.
            if batch.is_empty() || tx.send(extract_batch(batch, opts_ref, threads)).is_err() {
                break;
            }
        });
        for done in rx {
            for item in done {
                match item {
                    Done::Doc(analysis, notes) => {
                        for n in notes {
                            report(n, &mut summary, &mut diagnostics);
                        }
                        for d in analysis.diagnostics {
                            if d.severity == Severity::Error && analysis.article.is_none() {
                                summary.failed += 1;
                            }
                            report(d, &mut summary, &mut diagnostics);
                        }
                        if let Some(article) = analysis.article {
                            summary.articles += 1;
                            grouper.add(&article);
                            entities.add(&article);
                            printer.article(&article)?;
                            // pairs follow the article that completes them
                            for pair in provenance.add(&article) {
                                printer.pair(pair)?;
                            }
                        }
                    }
                    Done::Failed(d) => {
                        summary.failed += 1;
                        report(d, &mut summary, &mut diagnostics);
                    }
                    Done::Ignored(path) => {
                        summary.ignored += 1;
                        if args.verbose {
                            progress.suspend(|| eprintln!("info: {}: ignored (not a supported article format)", path.display()));
                        }
                    }
                }
                let secs = started.elapsed().as_secs_f64().max(1e-9);
                progress.set_message(format!(
                    "{} articles, {} failed, {:.0}/s",
                    summary.articles,
                    summary.failed,
                    summary.articles as f64 / secs
                ));
                progress.tick();
            }
        }
        Ok(())
    })?;
    progress.finish_and_clear();
    summary.seconds = (started.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    // The reports are built so that no two large structures live at once:
    // provenance first (which frees its window of recent articles), then the
    // stories, which the entities need and are dropped once both are done;
    // the output order (stories, provenance, entities) is unchanged.
    let prov = provenance.finish();
    let mut report = grouper.report();
    summary.stories = report.stories.len() as u64;
    summary.topics = report.topics.len() as u64;
    // The corpus entities first: each story member lists those it shares.
    let ents = entities.finish(&report);
    crate::stories::attach_shared_entities(&mut report, &ents);
    printer.stories(&report)?;
    drop(report);
    if let Some(e) = &prov.judged.last_error {
        // the links the model could not judge kept the lexical decision
        summary.warnings += 1;
        progress.suspend(|| eprintln!("warning: paraphrase model failed {} times, lexical decisions kept: {e}", prov.judged.failures));
    }
    summary.shared_text_pairs = prov.pair_count as u64;
    summary.derived_groups = prov.report.groups.len() as u64;
    printer.provenance(&prov)?;
    drop(prov);
    summary.entities = ents.len() as u64;
    printer.entities(&ents)?;
    printer.finish(&diagnostics, &summary)?;
    if !machine {
        // Errors were printed as they happened; end with the counts.
        writeln!(
            io::stderr().lock(),
            "{} articles · {} stories · {} shared-text pairs · {} entities · {} failed · {} ignored · {} warnings · {:.2}s",
            summary.articles,
            summary.stories,
            summary.shared_text_pairs,
            summary.entities,
            summary.failed,
            summary.ignored,
            summary.warnings,
            summary.seconds
        )?;
    }
    Ok(if summary.failed > 0 { exit::INPUT_FAILED } else { exit::OK })
}

fn progress_bar() -> ProgressBar {
    // Hidden when stderr is not a terminal (pipes, CI).
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_style(ProgressStyle::with_template("{spinner} {elapsed} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()));
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}

/// An ingested item after extraction.
enum Done {
    Doc(Box<Analysis>, Vec<Diagnostic>),
    Failed(Diagnostic),
    Ignored(std::path::PathBuf),
}

/// Documents per thread in one batch: enough to keep every core busy, few
/// enough that memory stays bounded by a handful of documents.
const PER_THREAD: usize = 8;

fn extract_one(item: Item, opts: &ExtractOptions) -> Done {
    match item {
        Item::Doc(doc, notes) => {
            let (path, record) = (doc.source.path.clone(), doc.source.record);
            Done::Doc(Box::new(guarded(path, record, || analyze(doc, opts))), notes)
        }
        Item::Failed(d) => Done::Failed(d),
        Item::Ignored(p) => Done::Ignored(p),
    }
}

/// Runs one document's analysis. A panic in an analysis stage is a bug: it
/// fails this document with an error naming it, and the rest of the batch goes on.
fn guarded(path: String, record: Option<u64>, run: impl FnOnce() -> Analysis) -> Analysis {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|e| {
        let what = e.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| e.downcast_ref::<String>().cloned()).unwrap_or_default();
        let what = what.lines().next().unwrap_or("").to_string();
        Analysis { article: None, diagnostics: vec![Diagnostic::error(path, record, format!("internal error, please report it: {what}"))] }
    })
}

/// Extract a batch on `threads` threads (documents dealt round-robin); results in input order.
fn extract_batch(batch: Vec<Item>, opts: &ExtractOptions, threads: usize) -> Vec<Done> {
    if threads <= 1 || batch.len() <= 1 {
        return batch.into_iter().map(|i| extract_one(i, opts)).collect();
    }
    let n = batch.len();
    let mut lanes: Vec<Vec<(usize, Item)>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, item) in batch.into_iter().enumerate() {
        lanes[i % threads].push((i, item));
    }
    let mut slots: Vec<Option<Done>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = lanes
            .into_iter()
            .map(|lane| scope.spawn(move || lane.into_iter().map(|(i, item)| (i, extract_one(item, opts))).collect::<Vec<_>>()))
            .collect();
        for h in handles {
            // A panic in a worker is a bug; re-raise it rather than lose documents silently.
            match h.join() {
                Ok(done) => {
                    for (i, d) in done {
                        slots[i] = Some(d);
                    }
                }
                Err(e) => std::panic::resume_unwind(e),
            }
        }
    });
    slots.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_stage_fails_only_its_document_with_an_error_naming_it() {
        let failed = guarded("corpus/bad.html".into(), Some(3), || panic!("byte index 19 is not a char boundary"));
        assert!(failed.article.is_none());
        assert_eq!(failed.diagnostics.len(), 1);
        let d = &failed.diagnostics[0];
        assert_eq!((d.severity, d.path.as_str(), d.record), (Severity::Error, "corpus/bad.html", Some(3)));
        assert!(d.message.contains("not a char boundary"), "{}", d.message);
        // A document that analyses fine passes through untouched.
        let fine = guarded("corpus/good.html".into(), None, || Analysis { article: None, diagnostics: Vec::new() });
        assert!(fine.diagnostics.is_empty());
    }
}
