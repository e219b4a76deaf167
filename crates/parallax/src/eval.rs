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

/// Record a gate failure when a measured figure is below its floor.
fn check_floor(failed: &mut Vec<String>, what: &str, value: Option<f64>, min: Option<f64>) {
    if let (Some(v), Some(min)) = (value, min) {
        if v < min {
            failed.push(format!("{what} {v:.4} is below the floor {min}"));
        }
    }
}

/// Print the scores (JSON, or `human` for people) and the gate failures;
/// the exit code says whether a gate failed.
fn finish(json: bool, mut doc: serde_json::Value, failed: &[String], human: impl FnOnce() -> Result<()>) -> Result<u8> {
    if json {
        doc["gate_failures"] = json!(failed);
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        human()?;
        for f in failed {
            eprintln!("gate failed: {f}");
        }
    }
    Ok(if failed.is_empty() { exit::OK } else { exit::INPUT_FAILED })
}

/// The dataset folder `name`: `root` itself, or `root/name`.
fn require(root: &Path, name: &str) -> Result<PathBuf> {
    match dataset(root, name) {
        Some(p) => Ok(p),
        None => bail!("no {name}/ under {}", root.display()),
    }
}

fn dataset(root: &Path, name: &str) -> Option<PathBuf> {
    if root.file_name().is_some_and(|n| n == name) {
        return Some(root.to_path_buf());
    }
    let p = root.join(name);
    p.is_dir().then_some(p)
}

pub fn extraction(args: ExtractionArgs) -> Result<u8> {
    let opts = ExtractOptions { strategy: crate::extractor_strategy()?, ..ExtractOptions::default() };
    let aeb_dir = dataset(&args.data, "article-extraction-benchmark");
    let traf_dir = dataset(&args.data, "trafilatura-eval");
    if aeb_dir.is_none() && traf_dir.is_none() {
        bail!("no extraction dataset under {} (expected article-extraction-benchmark/ or trafilatura-eval/)", args.data.display());
    }
    let aeb = aeb_dir.map(|d| parallax_eval::extraction::eval_aeb(&d, &opts)).transpose()?;
    let traf = traf_dir.map(|d| parallax_eval::extraction::eval_trafilatura(&d, &opts)).transpose()?;
    let mut failed = Vec::new();
    check_floor(&mut failed, "article-extraction-benchmark f1", aeb.as_ref().map(|s| s.f1), args.min_aeb_f1);
    check_floor(&mut failed, "trafilatura-eval f1", traf.as_ref().map(|s| s.f1), args.min_traf_f1);
    check_floor(&mut failed, "trafilatura-eval date accuracy", traf.as_ref().map(|s| s.date_accuracy), args.min_date_accuracy);
    finish(args.json, json!({"article_extraction_benchmark": aeb, "trafilatura_eval": traf}), &failed, || {
        if let Some(s) = &aeb {
            println!(
                "article-extraction-benchmark  {} pages   precision {:.3}  recall {:.3}  F1 {:.3}   (empty: {})",
                s.pages, s.precision, s.recall, s.f1, s.empty
            );
        }
        if let Some(s) = &traf {
            println!(
                "trafilatura-eval              {} docs    precision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}",
                s.documents, s.precision, s.recall, s.f1, s.accuracy
            );
            println!(
                "  publish date (exact day)    {}/{} correct = {:.3}   (no day-precise date: {})",
                s.date_correct, s.dated, s.date_accuracy, s.date_missing
            );
        }
        Ok(())
    })
}

#[derive(Args)]
pub struct StoriesArgs {
    /// The eval root (`../shared/eval`).
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Override the join threshold (for exploring; the default is the documented one).
    #[arg(long)]
    join_threshold: Option<f32>,
    /// Override the topic threshold.
    #[arg(long)]
    topic_threshold: Option<f32>,
    /// Override the split threshold (of large stories too, unless `--split-threshold-large`
    /// is given; 0 turns splits off).
    #[arg(long)]
    split_threshold: Option<f32>,
    /// Override the split threshold of stories of `split_large` (16) articles or more.
    #[arg(long)]
    split_threshold_large: Option<f32>,
    /// Override the bridge threshold (above 1 turns bridging off).
    #[arg(long)]
    bridge_threshold: Option<f32>,
    /// Also run the shuffled datasets in this many arrival orders in all (the
    /// eval's and N - 1 others) and report the spread of B-cubed F1.
    #[arg(long, value_name = "N", default_value_t = 1)]
    orders: u64,
    /// Fail (exit 1) when ECB+ B-cubed F1 is below this.
    #[arg(long, value_name = "F1")]
    min_ecb_f1: Option<f64>,
    /// Fail (exit 1) when Multi-News (all clusters) B-cubed F1 is below this.
    #[arg(long, value_name = "F1")]
    min_multinews_f1: Option<f64>,
    /// Fail (exit 1) when Multi-News (cleaned, first 1,000 clusters) B-cubed F1 is below this.
    #[arg(long, value_name = "F1")]
    min_multinews_clean_f1: Option<f64>,
}

pub fn stories(args: StoriesArgs) -> Result<u8> {
    use parallax_eval::stories::{as_cleaned, evaluate, evaluate_cleaned, load_ecbplus, load_meantime, load_multinews, EVAL_ORDER_SEED};
    let mut config = parallax_stories::StoryConfig::default();
    if let Some(t) = args.join_threshold {
        config.join_threshold = t;
    }
    if let Some(t) = args.topic_threshold {
        config.topic_threshold = t;
    }
    if let Some(t) = args.split_threshold {
        config.split_threshold = t;
        config.split_threshold_large = t;
    }
    if let Some(t) = args.split_threshold_large {
        config.split_threshold_large = t;
    }
    if let Some(t) = args.bridge_threshold {
        config.bridge_threshold = t;
    }
    let mut results = Vec::new();
    // B-cubed F1 of each shuffled dataset in every arrival order asked for.
    let mut spreads: Vec<(String, Vec<f64>)> = Vec::new();
    let mut shuffled = |name: &str, docs: Vec<parallax_eval::stories::Doc>| {
        let docs: Vec<_> = docs.into_iter().map(as_cleaned).collect();
        let mut f1s = Vec::new();
        for k in 1..args.orders.max(1) {
            f1s.push(evaluate_cleaned(name, docs.clone(), Some(EVAL_ORDER_SEED + k), &config).stories.bcubed_f1);
        }
        let r = evaluate_cleaned(name, docs, Some(EVAL_ORDER_SEED), &config);
        f1s.insert(0, r.stories.bcubed_f1);
        spreads.push((name.to_string(), f1s));
        r
    };
    if let Some(d) = dataset(&args.data, "ecbplus") {
        results.push(shuffled("ecbplus", load_ecbplus(&d)?));
    }
    if let Some(d) = dataset(&args.data, "multinews-test") {
        results.push(shuffled("multinews (all 5,622 clusters)", load_multinews(&d, false)?));
        results.push(shuffled("multinews (cleaned, first 1,000)", load_multinews(&d, true)?));
    }
    if let Some(d) = dataset(&args.data, "meantime-en") {
        results.push(evaluate("meantime (4 topic corpora)", load_meantime(&d)?, false, &config));
    }
    if results.is_empty() {
        bail!("no story dataset under {} (expected ecbplus/, multinews-test/ or meantime-en/)", args.data.display());
    }
    let mut failed = Vec::new();
    let f1_of = |prefix: &str| results.iter().find(|r| r.name.starts_with(prefix)).map(|r| r.stories.bcubed_f1);
    check_floor(&mut failed, "ecbplus b-cubed f1", f1_of("ecbplus"), args.min_ecb_f1);
    check_floor(&mut failed, "multinews (all) b-cubed f1", f1_of("multinews (all"), args.min_multinews_f1);
    check_floor(&mut failed, "multinews (cleaned) b-cubed f1", f1_of("multinews (cleaned"), args.min_multinews_clean_f1);
    finish(
        args.json,
        json!({
            "datasets": results,
            "join_threshold": config.join_threshold,
            "topic_threshold": config.topic_threshold,
            "split_threshold": config.split_threshold,
            "split_threshold_large": config.split_threshold_large,
            "split_large": config.split_large,
            "bridge_threshold": config.bridge_threshold,
            "orders": spreads.iter().map(|(name, f1s)| json!({"dataset": name, "bcubed_f1": f1s})).collect::<Vec<_>>(),
        }),
        &failed,
        || {
            println!(
                "join threshold {}, topic threshold {}, split threshold {} ({} from {} members; checked at {} members and each doubling up to {}), bridge threshold {}",
                config.join_threshold,
                config.topic_threshold,
                config.split_threshold,
                config.split_threshold_large,
                config.split_large,
                config.split_min,
                config.split_max,
                config.bridge_threshold
            );
            for r in &results {
                let s = &r.stories;
                let t = &r.topics;
                println!(
                    "{:<36} {:>6} docs  stories {:>5} (gold {:>5})  B3 P {:.3} R {:.3} F1 {:.3}  pairwise F1 {:.3}",
                    r.name, s.documents, s.found_clusters, s.gold_clusters, s.bcubed_precision, s.bcubed_recall, s.bcubed_f1, s.pairwise_f1
                );
                println!(
                    "{:<36} {:>6}       topics  {:>5}               B3 P {:.3} R {:.3} F1 {:.3}",
                    "", "", t.found_clusters, t.bcubed_precision, t.bcubed_recall, t.bcubed_f1
                );
            }
            if args.orders > 1 {
                println!("stories B3 F1 over {} arrival orders (the first is the one above):", args.orders);
                for (name, f1s) in &spreads {
                    let mean = f1s.iter().sum::<f64>() / f1s.len() as f64;
                    let (lo, hi) = f1s.iter().fold((f64::MAX, f64::MIN), |(l, h), &x| (l.min(x), h.max(x)));
                    let all: Vec<String> = f1s.iter().map(|x| format!("{x:.3}")).collect();
                    println!("{name:<36} min {lo:.3} mean {mean:.3} max {hi:.3}  ({})", all.join(" "));
                }
            }
            Ok(())
        },
    )
}

#[derive(Args)]
pub struct TimeArgs {
    /// The eval root (`../shared/eval`) or the `tempeval3-platinum` folder.
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when TempEval-3 value F1 is below this.
    #[arg(long, value_name = "F1")]
    min_value_f1: Option<f64>,
}

pub fn time(args: TimeArgs) -> Result<u8> {
    let dir = require(&args.data, "tempeval3-platinum")?;
    let s = parallax_eval::time::eval_tempeval(&dir)?;
    let meantime = dataset(&args.data, "meantime-en").map(|d| parallax_eval::time::eval_meantime(&d)).transpose()?;
    let mut failed = Vec::new();
    check_floor(&mut failed, "tempeval-3 value f1", Some(s.value_f1), args.min_value_f1);
    finish(args.json, json!({"tempeval3_platinum": s, "meantime": meantime}), &failed, || {
        println!(
            "tempeval-3 platinum  {} docs, {} gold timexes, {} found\n  strict   P {:.3} R {:.3} F1 {:.3}\n  relaxed  P {:.3} R {:.3} F1 {:.3}\n  value F1 {:.3}   type F1 {:.3}",
            s.documents, s.gold, s.system, s.strict_precision, s.strict_recall, s.strict_f1, s.relaxed_precision, s.relaxed_recall, s.relaxed_f1, s.value_f1, s.type_f1
        );
        if let Some(m) = &meantime {
            println!(
                "meantime-en           {} docs, {} gold timexes, {} found\n  relaxed F1 {:.3}   value accuracy {:.3}   value F1 {:.3}",
                m.documents, m.gold, m.system, m.relaxed_f1, m.value_accuracy, m.value_f1
            );
        }
        Ok(())
    })
}

#[derive(Args)]
pub struct QuotesArgs {
    /// The eval root (`../shared/eval`) or the `polnear` folder.
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when the content-and-source overlap F1 is below this.
    #[arg(long, value_name = "F1")]
    min_joint_f1: Option<f64>,
}

pub fn quotes(args: QuotesArgs) -> Result<u8> {
    let dir = require(&args.data, "polnear")?;
    let s = parallax_eval::quotes::eval_polnear(&dir)?;
    let mut failed = Vec::new();
    check_floor(&mut failed, "polnear content+source overlap f1", Some(s.content_and_source_overlap_f1), args.min_joint_f1);
    finish(args.json, json!({"polnear_test": s}), &failed, || {
        println!(
            "polnear test  {} docs, {} gold attributions, {} predicted (and {} in passages marked Discard, not scored)\n  content  exact F1 {:.3}   overlap P {:.3} R {:.3} F1 {:.3}\n  source overlap F1 {:.3}   cue overlap F1 {:.3}   content+source overlap F1 {:.5} ({:.5} with the Discard passages scored)\n  spans on their own: source exact F1 {:.3} overlap F1 {:.3}   cue exact F1 {:.3} overlap F1 {:.3}\n  direct: recall {:.3} precision {:.3}   indirect: recall {:.3} precision {:.3}",
            s.documents, s.gold, s.predicted, s.in_discarded_passages, s.content_exact_f1, s.content_overlap_precision, s.content_overlap_recall, s.content_overlap_f1,
            s.source_overlap_f1, s.cue_overlap_f1, s.content_and_source_overlap_f1, s.content_and_source_overlap_f1_scoring_discarded,
            s.source_span_exact_f1, s.source_span_overlap_f1, s.cue_span_exact_f1, s.cue_span_overlap_f1, s.direct_recall, s.direct_precision, s.indirect_recall, s.indirect_precision
        );
        Ok(())
    })
}

#[derive(Args)]
pub struct ProvenanceArgs {
    /// The eval root (`../shared/eval`), holding `mrpc/`, `multinews-test/`, `babe/` and `insciout-exaggeration/`.
    #[arg(long)]
    data: PathBuf,
    /// Multi-News clusters used as bases of the generated derivation set.
    #[arg(long, default_value_t = 1000)]
    clusters: usize,
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when the MRPC test F1 is below this.
    #[arg(long, value_name = "F1")]
    min_mrpc_f1: Option<f64>,
    /// A trained paraphrase model or ensemble (`parallax train paraphrase[-ensemble]`): MRPC test is also decided by it.
    #[arg(long, value_name = "DIR")]
    paraphrase_model: Option<PathBuf>,
    /// Fail when the MRPC test F1 of the paraphrase model is below this (needs `--paraphrase-model`).
    #[arg(long, value_name = "F1", requires = "paraphrase_model")]
    min_mrpc_model_f1: Option<f64>,
    /// Fail when the verbatim or near-verbatim pair F1 of the derivation set is below this.
    #[arg(long, value_name = "F1")]
    min_copy_f1: Option<f64>,
    /// Fail when the paraphrase pair F1 of the derivation set is below this.
    #[arg(long, value_name = "F1")]
    min_paraphrase_f1: Option<f64>,
    /// Fail when the direction accuracy (timed pairs) is below this.
    #[arg(long, value_name = "ACCURACY")]
    min_direction: Option<f64>,
}

pub fn provenance(args: ProvenanceArgs) -> Result<u8> {
    use parallax_eval::derive::DeriveKind;
    let mrpc_dir = require(&args.data, "mrpc")?;
    let (train, test) = parallax_eval::provenance::eval_mrpc(&mrpc_dir)?;
    let judge = args.paraphrase_model.as_deref().map(crate::paraphrase::load).transpose()?;
    let model = match &judge {
        Some(judge) => {
            let started = std::time::Instant::now();
            let (alone, rule) = parallax_eval::provenance::eval_mrpc_judged(&mrpc_dir, judge)?;
            let (describe, summary) = (crate::paraphrase::describe(&judge.0), crate::paraphrase::summary(&judge.0));
            Some((alone, rule, judge.0.threshold(), describe, summary, started.elapsed().as_secs_f64()))
        }
        None => None,
    };
    let boxed = judge.map(|j| Box::new(j) as Box<dyn parallax_provenance::ParaphraseJudge>);
    let (d, dj) = parallax_eval::provenance::eval_derivation(&args.data, args.clusters, args.seed, boxed)?;
    let insci = dataset(&args.data, "insciout-exaggeration").map(|p| parallax_eval::provenance::eval_insciout(&p)).transpose()?;
    let kind_f1 = |k: DeriveKind| d.by_kind.iter().find(|x| x.kind == k).map(|x| x.f1);
    let mut failed = Vec::new();
    check_floor(&mut failed, "mrpc test f1", Some(test.f1), args.min_mrpc_f1);
    check_floor(&mut failed, "mrpc test f1 (paraphrase model)", model.as_ref().map(|m| m.0.f1), args.min_mrpc_model_f1);
    check_floor(&mut failed, "verbatim pair f1", kind_f1(DeriveKind::Verbatim), args.min_copy_f1);
    check_floor(&mut failed, "near-verbatim pair f1", kind_f1(DeriveKind::NearVerbatim), args.min_copy_f1);
    check_floor(&mut failed, "paraphrase pair f1", kind_f1(DeriveKind::Paraphrase), args.min_paraphrase_f1);
    check_floor(&mut failed, "direction accuracy", Some(d.timed_direction_accuracy), args.min_direction);
    let model_json =
        model.as_ref().map(|(s, r, t, rec, _, secs)| json!({"test": s, "test_tracker_rule": r, "threshold": t, "training": rec, "seconds": secs, "derivation": dj}));
    finish(
        args.json,
        json!({"mrpc_train": train, "mrpc_test": test, "mrpc_model": model_json, "derivation": d, "insciout": insci}),
        &failed,
        || {
            println!(
                "mrpc (paraphrase decision)  train F1 {:.3}\n  test  {} pairs: accuracy {:.3}  P {:.3} R {:.3} F1 {:.3}",
                train.f1, test.pairs, test.accuracy, test.precision, test.recall, test.f1
            );
            if let Some((s, r, t, _, judge, secs)) = &model {
                println!(
                    "  paraphrase model ({judge}, threshold {:.2}, {:.1}s)\n  test  {} pairs: accuracy {:.3}  P {:.3} R {:.3} F1 {:.3}",
                    t, secs, s.pairs, s.accuracy, s.precision, s.recall, s.f1
                );
                println!(
                    "  the tracker's rule (a lexical link; paraphrase only when the model agrees): accuracy {:.3}  P {:.3} R {:.3} F1 {:.3}",
                    r.accuracy, r.precision, r.recall, r.f1
                );
            }
            println!(
            "derivation set  {} articles from {} Multi-News clusters, {} gold pairs, {} predicted ({:.1}s)\n  pairs  P {:.3} R {:.3} F1 {:.3}",
            d.articles, d.clusters, d.gold_pairs, d.predicted_pairs, d.seconds, d.pair_precision, d.pair_recall, d.pair_f1
        );
            for k in &d.by_kind {
                println!(
                    "    {:<14} {} gold, recall {:.3}, F1 {:.3}",
                    format!("{:?}", k.kind).to_lowercase(),
                    k.gold_pairs,
                    k.recall,
                    k.f1
                );
            }
            println!(
            "  independent reports of one event flagged as sharing text: {} of {} pairs\n  passages (sentence links)  P {:.3} R {:.3} F1 {:.3}",
            d.same_event_base_pairs, d.base_pairs_in_clusters, d.passage_precision, d.passage_recall, d.passage_f1
        );
            println!(
                "  direction  timed pairs {}: accuracy {:.3}   untimed pairs {}: {} stated, {} right",
                d.timed_pairs, d.timed_direction_accuracy, d.untimed_pairs, d.untimed_stated, d.untimed_correct
            );
            if let Some(j) = &dj {
                let kinds: Vec<String> =
                    j.by_kind.iter().map(|k| format!("{} {:.3}", format!("{:?}", k.kind).to_lowercase(), k.f1)).collect();
                println!(
                    "  with the paraphrase model ({:.1}s): pairs P {:.3} R {:.3} F1 {:.3} ({})\n    passages P {:.3} R {:.3} F1 {:.3}   independent reports flagged {} of {}",
                    j.seconds, j.pair_precision, j.pair_recall, j.pair_f1, kinds.join(", "), j.passage_precision, j.passage_recall, j.passage_f1,
                    j.same_event_base_pairs, j.base_pairs_in_clusters
                );
            }
            if let Some(i) = &insci {
                println!(
                "insciout (abstract -> press release)  {} pairs\n  found by the tracker {} ({:.3})   aligned sentences {} ({:.3}: {} verbatim, {} near, {} paraphrase)\n  mismatched pairs aligned {} ({:.3})",
                i.pairs, i.found_by_tracker, i.tracker_recall, i.found_by_aligner, i.aligner_recall, i.verbatim, i.near_verbatim, i.paraphrase,
                i.mismatched_found_by_aligner, i.mismatched_rate
            );
            }
            Ok(())
        },
    )
}

#[derive(Args)]
pub struct WhoArgs {
    /// The eval root (`../shared/eval`).
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when the overlap F1 (people, organisations and places) on the GUM held-out documents is below this.
    #[arg(long, value_name = "F1")]
    min_gum_f1: Option<f64>,
    /// Fail (exit 1) when the overlap F1 (people, organisations and places) on MEANTIME is below this.
    #[arg(long, value_name = "F1")]
    min_meantime_f1: Option<f64>,
    /// Fail (exit 1) when the overlap F1 of any one type (people, organisations or places) on either set is below this.
    #[arg(long, value_name = "F1")]
    min_type_f1: Option<f64>,
}

pub fn who(args: WhoArgs) -> Result<u8> {
    let gum = dataset(&args.data, "gum-news-interview");
    let meantime = dataset(&args.data, "meantime-en");
    if gum.is_none() && meantime.is_none() {
        bail!("no gum-news-interview/ or meantime-en/ under {}", args.data.display());
    }
    let s = parallax_eval::entities::eval_who(gum.as_deref(), meantime.as_deref())?;
    let mut failed = Vec::new();
    check_floor(&mut failed, "gum held-out entity overlap f1", s.gum_held_out.as_ref().map(|x| x.overlap.f1), args.min_gum_f1);
    check_floor(&mut failed, "meantime entity overlap f1", s.meantime.as_ref().map(|x| x.overlap.f1), args.min_meantime_f1);
    for (set, score) in [("gum held-out", &s.gum_held_out), ("meantime", &s.meantime)] {
        for t in ["PER", "ORG", "LOC"] {
            let f1 = score.as_ref().and_then(|x| x.by_type_overlap.get(t)).map(|p| p.f1);
            check_floor(&mut failed, &format!("{set} {t} overlap f1"), f1, args.min_type_f1);
        }
    }
    finish(args.json, json!({"who": s}), &failed, || {
        let show = |name: &str, e: &parallax_eval::entities::EntityScore| {
            println!(
                "{name}  {} docs, {} gold names, {} found\n  all      exact P {:.3} R {:.3} F1 {:.3}   overlap P {:.3} R {:.3} F1 {:.3}",
                e.documents,
                e.exact.gold,
                e.exact.system,
                e.exact.precision,
                e.exact.recall,
                e.exact.f1,
                e.overlap.precision,
                e.overlap.recall,
                e.overlap.f1
            );
            for t in ["PER", "ORG", "LOC"] {
                let (x, o) = (&e.by_type_exact[t], &e.by_type_overlap[t]);
                println!(
                    "  {t}  ({:>4})  exact P {:.3} R {:.3} F1 {:.3}   overlap P {:.3} R {:.3} F1 {:.3}",
                    x.gold, x.precision, x.recall, x.f1, o.precision, o.recall, o.f1
                );
            }
        };
        if let Some(e) = &s.gum_held_out {
            show("gum held-out (dev+test)", e);
        }
        if let Some(e) = &s.meantime {
            show("meantime-en            ", e);
        }
        Ok(())
    })
}

#[derive(Args)]
pub struct TimelineArgs {
    /// The eval root (`../shared/eval`) or the `semeval2015-timeline` folder.
    #[arg(long)]
    data: PathBuf,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail (exit 1) when the micro-averaged temporal-awareness F1 (0 to 100, as the task reports it) is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
}

pub fn timeline(args: TimelineArgs) -> Result<u8> {
    let dir = require(&args.data, "semeval2015-timeline")?;
    let s = parallax_eval::timeline::eval_semeval(&dir)?;
    let mut failed = Vec::new();
    check_floor(&mut failed, "semeval-2015 timeline f1", Some(100.0 * s.total.f1), args.min_f1);
    finish(args.json, json!({"timeline": s}), &failed, || {
        println!("semeval-2015 task 4, track A (raw text): temporal awareness, micro-averaged over timelines (0-100)");
        for c in s.corpora.iter().chain([&s.total]).chain(s.trial.as_ref()) {
            println!(
                "  {:<14} {:>3} docs {:>3} timelines  events: gold {:>4} found {:>5} right {:>4}   P {:>5.2} R {:>5.2} F1 {:>5.2}",
                c.name,
                c.documents,
                c.timelines,
                c.gold_events,
                c.system_events,
                c.events_matched,
                100.0 * c.precision,
                100.0 * c.recall,
                100.0 * c.f1
            );
        }
        Ok(())
    })
}
