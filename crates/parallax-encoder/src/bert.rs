//! A BERT encoder (embeddings, then post-norm transformer layers) written
//! on candle's tensors so that it can be trained: every operation here has a
//! gradient (layer norm and softmax are composed of elementary operations,
//! since candle's fused kernels for them have none).
//!
//! Parameter names follow the Hugging Face BERT layout
//! (`embeddings.word_embeddings.weight`, `encoder.layer.0.attention.self.query.weight`, …),
//! so a `model.safetensors` of any BERT-family checkpoint loads as it is.

use candle_core::{DType, Result, Tensor, D};
use candle_nn::{embedding, linear, Embedding, Init, Linear, Module, VarBuilder};
use serde::Deserialize;

/// The fields of a Hugging Face `config.json` the encoder needs.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
pub struct BertConfig {
    pub vocab_size: usize,
    pub hidden_size: usize,
    pub num_hidden_layers: usize,
    pub num_attention_heads: usize,
    pub intermediate_size: usize,
    #[serde(default = "default_positions")]
    pub max_position_embeddings: usize,
    #[serde(default = "default_types")]
    pub type_vocab_size: usize,
    #[serde(default = "default_eps")]
    pub layer_norm_eps: f64,
    #[serde(default = "default_act")]
    pub hidden_act: String,
}

fn default_positions() -> usize {
    512
}
fn default_types() -> usize {
    2
}
fn default_eps() -> f64 {
    1e-12
}
fn default_act() -> String {
    "gelu".into()
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl LayerNorm {
    fn load(vb: VarBuilder, size: usize, eps: f64) -> Result<Self> {
        Ok(LayerNorm {
            weight: vb.get_with_hints(size, "weight", Init::Const(1.0))?,
            bias: vb.get_with_hints(size, "bias", Init::Const(0.0))?,
            eps,
        })
    }

    fn forward(&self, x: &Tensor) -> Result<Tensor> {
        let centred = x.broadcast_sub(&x.mean_keepdim(D::Minus1)?)?;
        let var = centred.sqr()?.mean_keepdim(D::Minus1)?;
        centred.broadcast_div(&(var + self.eps)?.sqrt()?)?.broadcast_mul(&self.weight)?.broadcast_add(&self.bias)
    }
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

/// The encoder: token ids in, one vector per token out.
pub struct Bert {
    words: Embedding,
    positions: Embedding,
    types: Embedding,
    norm: LayerNorm,
    layers: Vec<Layer>,
    heads: usize,
}

impl Bert {
    /// Builds the encoder from `vb` (a checkpoint, or a variable map that creates fresh parameters).
    pub fn load(vb: VarBuilder, cfg: &BertConfig) -> Result<Self> {
        let (h, eps) = (cfg.hidden_size, cfg.layer_norm_eps);
        if cfg.num_attention_heads == 0 || h % cfg.num_attention_heads != 0 {
            candle_core::bail!("hidden size {h} is not a multiple of {} attention heads", cfg.num_attention_heads);
        }
        if cfg.hidden_act != "gelu" {
            candle_core::bail!("unsupported activation {:?} (only \"gelu\")", cfg.hidden_act);
        }
        let e = vb.pp("embeddings");
        let mut layers = Vec::with_capacity(cfg.num_hidden_layers);
        for l in 0..cfg.num_hidden_layers {
            let v = vb.pp(format!("encoder.layer.{l}"));
            layers.push(Layer {
                query: linear(h, h, v.pp("attention.self.query"))?,
                key: linear(h, h, v.pp("attention.self.key"))?,
                value: linear(h, h, v.pp("attention.self.value"))?,
                attention_out: linear(h, h, v.pp("attention.output.dense"))?,
                attention_norm: LayerNorm::load(v.pp("attention.output.LayerNorm"), h, eps)?,
                intermediate: linear(h, cfg.intermediate_size, v.pp("intermediate.dense"))?,
                output: linear(cfg.intermediate_size, h, v.pp("output.dense"))?,
                output_norm: LayerNorm::load(v.pp("output.LayerNorm"), h, eps)?,
            });
        }
        Ok(Bert {
            words: embedding(cfg.vocab_size, h, e.pp("word_embeddings"))?,
            positions: embedding(cfg.max_position_embeddings, h, e.pp("position_embeddings"))?,
            types: embedding(cfg.type_vocab_size, h, e.pp("token_type_embeddings"))?,
            norm: LayerNorm::load(e.pp("LayerNorm"), h, eps)?,
            layers,
            heads: cfg.num_attention_heads,
        })
    }

    /// Token vectors `(batch, tokens, hidden)` for ids, segment ids and the
    /// attention mask (1 for a token, 0 for padding), each `(batch, tokens)`.
    pub fn forward(&self, ids: &Tensor, types: &Tensor, mask: &Tensor) -> Result<Tensor> {
        let (batch, n) = ids.dims2()?;
        let positions = Tensor::arange(0u32, n as u32, ids.device())?;
        let x = self.words.forward(ids)?.add(&self.types.forward(types)?)?.broadcast_add(&self.positions.forward(&positions)?)?;
        let mut x = self.norm.forward(&x)?;
        let hidden = x.dim(2)?;
        let head = hidden / self.heads;
        // padding gets a large negative score before the softmax
        let bias = ((mask.to_dtype(DType::F32)? - 1.0)? * 10_000.0)?.reshape((batch, 1, 1, n))?;
        let scale = (head as f64).sqrt();
        for l in &self.layers {
            let split = |t: Tensor| t.reshape((batch, n, self.heads, head))?.transpose(1, 2)?.contiguous();
            let q = split(l.query.forward(&x)?)?;
            let k = split(l.key.forward(&x)?)?;
            let v = split(l.value.forward(&x)?)?;
            let scores = (q.matmul(&k.t()?)? / scale)?.broadcast_add(&bias)?;
            let attention = candle_nn::ops::softmax(&scores, D::Minus1)?;
            let context = attention.matmul(&v)?.transpose(1, 2)?.contiguous()?.reshape((batch, n, hidden))?;
            let a = l.attention_norm.forward(&(l.attention_out.forward(&context)? + &x)?)?;
            let f = l.output.forward(&l.intermediate.forward(&a)?.gelu_erf()?)?;
            x = l.output_norm.forward(&(f + a)?)?;
        }
        Ok(x)
    }
}
