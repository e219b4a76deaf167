//! Several pair models judged as one: a pair's probability is the mean of the
//! members' probabilities, each member's taken over both orders of the pair (so
//! the judgement does not depend on which sentence comes first), and the
//! decision bar is picked again, for the mean, on the pairs every member held
//! out of its training.
//!
//! [`combine`] writes an ensemble directory (only [`ENSEMBLE_FILE`], naming the
//! member directories); [`PairJudge::load`] reads either an ensemble or a
//! single model directory.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{format_error, pick_threshold, read, split_held_out, EncoderError, LabelledPair, PairModel, Result, META_FILE};

/// The file that marks a directory as an ensemble of pair models.
pub const ENSEMBLE_FILE: &str = "parallax-ensemble.json";

/// How an ensemble was put together.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EnsembleMeta {
    /// The member model directories (absolute).
    pub members: Vec<PathBuf>,
    /// Pairs whose mean probability is at or above this are the same statement.
    pub threshold: f32,
    /// The pairs all members held out, on which the bar was picked.
    pub held_out_pairs: usize,
    pub held_out_f1: f64,
}

/// One model, or the mean of several, with its decision bar.
pub struct PairJudge {
    members: Vec<PairModel>,
    threshold: f32,
    ensemble: Option<EnsembleMeta>,
}

/// The members' mean probability for each pair.
fn mean_scores(members: &[PairModel], pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
    let mut sum = vec![0.0f32; pairs.len()];
    for m in members {
        for (s, p) in sum.iter_mut().zip(m.score_both_orders(pairs)?) {
            *s += p;
        }
    }
    let n = members.len().max(1) as f32;
    Ok(sum.into_iter().map(|s| s / n).collect())
}

impl PairJudge {
    /// Reads an ensemble directory ([`ENSEMBLE_FILE`]) or a model directory.
    pub fn load(dir: &Path) -> Result<Self> {
        let path = dir.join(ENSEMBLE_FILE);
        if !path.exists() {
            let model = PairModel::load(dir)?;
            let threshold = model.threshold();
            return Ok(PairJudge { members: vec![model], threshold, ensemble: None });
        }
        let meta: EnsembleMeta = serde_json::from_str(&read(&path)?).map_err(|e| format_error(&path, e))?;
        if meta.members.is_empty() {
            return Err(format_error(&path, "an ensemble without members"));
        }
        let members = meta.members.iter().map(|m| PairModel::load(m)).collect::<Result<Vec<_>>>()?;
        Ok(PairJudge { members, threshold: meta.threshold, ensemble: Some(meta) })
    }

    /// The probability that each pair states the same thing (the members' mean).
    pub fn score(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        mean_scores(&self.members, pairs)
    }

    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub fn members(&self) -> &[PairModel] {
        &self.members
    }

    /// How the ensemble was made (none for a single model).
    pub fn ensemble(&self) -> Option<&EnsembleMeta> {
        self.ensemble.as_ref()
    }
}

/// Puts trained models together and writes the ensemble to `out`. The members
/// must have held out the same pairs of `pairs` (the data they were trained on,
/// the same seed and share); the bar for the mean is picked on those pairs.
pub fn combine(members: &[PathBuf], pairs: &[LabelledPair], out: &Path) -> Result<EnsembleMeta> {
    if members.len() < 2 {
        return Err(EncoderError::Data(format!("an ensemble needs at least 2 models, {} given", members.len())));
    }
    let mut dirs = Vec::new();
    for m in members {
        dirs.push(m.canonicalize().map_err(|source| EncoderError::Io { path: m.clone(), source })?);
    }
    let models = dirs.iter().map(|d| PairModel::load(d)).collect::<Result<Vec<_>>>()?;
    let first = &models[0].meta().training;
    for (dir, m) in dirs.iter().zip(&models) {
        let t = &m.meta().training;
        if t.held_out_pairs == 0 {
            return Err(format_error(&dir.join(META_FILE), "the model held no pairs out, so the ensemble's bar cannot be picked"));
        }
        if (t.seed, t.train_pairs, t.held_out_pairs) != (first.seed, first.train_pairs, first.held_out_pairs) {
            return Err(format_error(
                &dir.join(META_FILE),
                format!(
                    "held out other pairs than {} (seed {}, {} + {} pairs against seed {}, {} + {})",
                    dirs[0].display(),
                    t.seed,
                    t.train_pairs,
                    t.held_out_pairs,
                    first.seed,
                    first.train_pairs,
                    first.held_out_pairs
                ),
            ));
        }
    }
    if first.train_pairs + first.held_out_pairs != pairs.len() {
        return Err(EncoderError::Data(format!(
            "{} pairs given, but the models were trained on {} and held out {}",
            pairs.len(),
            first.train_pairs,
            first.held_out_pairs
        )));
    }
    let (_, held) = split_held_out(pairs, first.seed, first.held_out_pairs);
    let texts: Vec<(&str, &str)> = held.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    let gold: Vec<bool> = held.iter().map(|p| p.same).collect();
    let (threshold, held_out_f1) = pick_threshold(&mean_scores(&models, &texts)?, &gold);
    let meta = EnsembleMeta { members: dirs, threshold, held_out_pairs: held.len(), held_out_f1 };
    std::fs::create_dir_all(out).map_err(|source| EncoderError::Io { path: out.into(), source })?;
    let path = out.join(ENSEMBLE_FILE);
    let text = serde_json::to_string_pretty(&meta).map_err(|e| format_error(&path, e))?;
    std::fs::write(&path, text).map_err(|source| EncoderError::Io { path, source })?;
    Ok(meta)
}
