//! A tiny BERT made here (seeded weights, a 40-word vocabulary) stands in for a
//! real checkpoint: the same loading, training, saving and scoring code runs on it.

use super::*;

const WORDS: [&str; 16] = [
    "river", "bridge", "storm", "harbour", "mayor", "council", "vote", "budget", "apple", "violin", "comet", "pepper", "glacier", "tulip",
    "saddle", "lantern",
];

fn tiny_config() -> BertConfig {
    BertConfig {
        vocab_size: 8 + WORDS.len(),
        hidden_size: 16,
        num_hidden_layers: 2,
        num_attention_heads: 2,
        intermediate_size: 32,
        max_position_embeddings: 64,
        type_vocab_size: 2,
        layer_norm_eps: 1e-12,
        hidden_act: "gelu".into(),
    }
}

fn tokenizer_json() -> String {
    let mut vocab = serde_json::Map::new();
    for (i, t) in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", ",", "the"].iter().chain(WORDS.iter()).enumerate() {
        vocab.insert(t.to_string(), serde_json::json!(i));
    }
    let special = |id: &str, n: u32| serde_json::json!({"id": n, "special": true, "content": id, "single_word": false, "lstrip": false, "rstrip": false, "normalized": false});
    serde_json::json!({
        "version": "1.0", "truncation": null, "padding": null,
        "added_tokens": [special("[PAD]", 0), special("[UNK]", 1), special("[CLS]", 2), special("[SEP]", 3)],
        "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true, "strip_accents": null, "lowercase": true},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}, {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}}, {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {"[CLS]": {"id": "[CLS]", "ids": [2], "tokens": ["[CLS]"]}, "[SEP]": {"id": "[SEP]", "ids": [3], "tokens": ["[SEP]"]}}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": true},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100, "vocab": vocab}
    })
    .to_string()
}

/// Writes a base checkpoint with seeded weights (layer norms at one and zero).
fn tiny_base(dir: &Path) {
    let cfg = tiny_config();
    let vars = VarMap::new();
    Bert::load(VarBuilder::from_varmap(&vars, DType::F32, &Device::Cpu), &cfg).unwrap();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut tensors = HashMap::new();
    // by name, so that every run draws the same values for the same tensor
    let data = vars.data().lock().unwrap();
    let mut names: Vec<&String> = data.keys().collect();
    names.sort();
    for name in names {
        let t = data[name].as_tensor();
        let value = if name.contains("LayerNorm") {
            t.clone()
        } else {
            let n = t.elem_count();
            let v: Vec<f32> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ((seed % 2001) as f32 / 1000.0 - 1.0) * 0.2
                })
                .collect();
            Tensor::from_vec(v, t.shape(), &Device::Cpu).unwrap()
        };
        tensors.insert(name.clone(), value);
    }
    candle_core::safetensors::save(&tensors, dir.join("model.safetensors")).unwrap();
    std::fs::write(dir.join("config.json"), serde_json::to_string(&cfg).unwrap()).unwrap();
    std::fs::write(dir.join("tokenizer.json"), tokenizer_json()).unwrap();
}

/// Same-statement pairs use the first half of the words, the others the second half:
/// a rule the classifier can only find by training.
fn toy_pairs() -> Vec<LabelledPair> {
    let mut out = Vec::new();
    for i in 0..48 {
        let same = i % 2 == 0;
        let pool = if same { &WORDS[..8] } else { &WORDS[8..] };
        let w = |k: usize| pool[(i * 3 + k) % pool.len()];
        out.push(LabelledPair { same, a: format!("the {} {} {}.", w(0), w(1), w(2)), b: format!("{}, the {} {}.", w(3), w(4), w(1)) });
    }
    out
}

#[test]
fn training_learns_the_labels_and_the_saved_model_scores_them() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let out = tempfile::tempdir().unwrap();
    let pairs = toy_pairs();
    let opts =
        TrainOptions { epochs: 6, learning_rate: 3e-3, batch_size: 8, held_out: 0.25, seed: 7, data: "toy".into(), ..Default::default() };
    let mut seen = Vec::new();
    let meta = train(base.path(), &pairs, &opts, out.path(), &mut |p| seen.push(p)).unwrap();
    assert_eq!(seen.len(), 6 * 36usize.div_ceil(8));
    assert_eq!(seen.last().unwrap().step, seen.last().unwrap().steps);
    assert!(seen.last().unwrap().loss < seen[0].loss, "loss {} -> {}", seen[0].loss, seen.last().unwrap().loss);
    assert_eq!((meta.training.train_pairs, meta.training.held_out_pairs), (36, 12));
    assert!(meta.training.held_out_f1.is_some_and(|f| f >= 0.9), "held-out F1 {:?}", meta.training.held_out_f1);

    let model = PairModel::load(out.path()).unwrap();
    assert_eq!(model.meta(), &meta);
    let texts: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    let scores = model.score(&texts).unwrap();
    let right = pairs.iter().zip(&scores).filter(|(p, &s)| p.same == (s >= model.threshold())).count();
    assert!(right >= 44, "{right} of 48 right");
    // the order of a batch does not change a pair's score
    let reversed: Vec<(&str, &str)> = texts.iter().rev().copied().collect();
    let again = model.score(&reversed).unwrap();
    for (x, y) in scores.iter().zip(again.iter().rev()) {
        assert!((x - y).abs() < 1e-4);
    }
}

#[test]
fn a_model_trained_without_held_out_pairs_loads_with_the_middle_bar() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let out = tempfile::tempdir().unwrap();
    let opts = TrainOptions { epochs: 1, batch_size: 16, held_out: 0.0, ..Default::default() };
    let meta = train(base.path(), &toy_pairs(), &opts, out.path(), &mut |_| {}).unwrap();
    assert_eq!((meta.threshold, meta.training.held_out_f1, meta.training.held_out_pairs), (0.5, None, 0));
    assert_eq!(PairModel::load(out.path()).unwrap().meta(), &meta);
}

#[test]
fn a_model_trained_on_both_orders_scores_a_pair_the_same_either_way() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let out = tempfile::tempdir().unwrap();
    let pairs = toy_pairs();
    let opts =
        TrainOptions { epochs: 4, learning_rate: 3e-3, batch_size: 8, held_out: 0.25, seed: 7, both_orders: true, ..Default::default() };
    let mut steps = 0;
    let meta = train(base.path(), &pairs, &opts, out.path(), &mut |p| steps = p.steps).unwrap();
    // 36 training pairs, each in both orders
    assert_eq!(steps, 4 * 72usize.div_ceil(8));
    assert!(meta.symmetric);
    let model = PairModel::load(out.path()).unwrap();
    let ab: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    let ba: Vec<(&str, &str)> = pairs.iter().map(|p| (p.b.as_str(), p.a.as_str())).collect();
    let (x, y) = (model.score(&ab).unwrap(), model.score(&ba).unwrap());
    for (s, t) in x.iter().zip(&y) {
        assert!((s - t).abs() < 1e-5, "{s} vs {t}");
    }
    let right = pairs.iter().zip(&x).filter(|(p, &s)| p.same == (s >= model.threshold())).count();
    assert!(right >= 44, "{right} of 48 right");
}

#[test]
fn a_record_without_the_symmetric_field_reads_as_one_order() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let out = tempfile::tempdir().unwrap();
    let opts = TrainOptions { epochs: 2, learning_rate: 3e-3, batch_size: 8, held_out: 0.0, ..Default::default() };
    train(base.path(), &toy_pairs(), &opts, out.path(), &mut |_| {}).unwrap();
    let path = out.path().join(META_FILE);
    let mut record: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(record["symmetric"], serde_json::Value::Bool(false));
    record.as_object_mut().unwrap().remove("symmetric");
    std::fs::write(&path, record.to_string()).unwrap();
    let model = PairModel::load(out.path()).unwrap();
    assert!(!model.meta().symmetric);
    // one order: swapping a pair changes its score
    let pairs = toy_pairs();
    let ab: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    let ba: Vec<(&str, &str)> = pairs.iter().map(|p| (p.b.as_str(), p.a.as_str())).collect();
    let (x, y) = (model.score(&ab).unwrap(), model.score(&ba).unwrap());
    assert!(x.iter().zip(&y).any(|(s, t)| (s - t).abs() > 1e-6));
}

#[test]
fn a_directory_without_the_marker_is_refused_by_name() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let err = PairModel::load(base.path()).err().expect("a base checkpoint is not a pair model").to_string();
    assert!(err.contains(META_FILE) && err.contains(&base.path().display().to_string()), "{err}");
}

#[test]
fn missing_files_and_one_label_are_clear_errors() {
    let empty = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = train(empty.path(), &toy_pairs(), &TrainOptions::default(), out.path(), &mut |_| {}).err().unwrap().to_string();
    assert!(err.contains("config.json"), "{err}");
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let one_label: Vec<LabelledPair> = toy_pairs().into_iter().filter(|p| p.same).collect();
    let err = train(base.path(), &one_label, &TrainOptions::default(), out.path(), &mut |_| {}).err().unwrap().to_string();
    assert!(err.contains("both labels"), "{err}");
}

#[test]
fn the_threshold_is_the_middle_of_the_best_bars() {
    let scores = [0.9, 0.8, 0.3, 0.2];
    let gold = [true, true, false, false];
    let (t, f) = pick_threshold(&scores, &gold);
    assert_eq!(f, 1.0);
    assert!(t > 0.3 && t <= 0.8, "{t}");
}

/// Trains a tiny model on the toy pairs (a quarter held out with `seed`).
fn tiny_model(base: &Path, seed: u64, both_orders: bool) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let epochs = if both_orders { 4 } else { 6 };
    let opts = TrainOptions { epochs, learning_rate: 3e-3, batch_size: 8, held_out: 0.25, seed, both_orders, ..Default::default() };
    train(base, &toy_pairs(), &opts, out.path(), &mut |_| {}).unwrap();
    out
}

#[test]
fn an_ensemble_scores_the_mean_of_its_members_with_a_bar_picked_on_their_held_out_pairs() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let (one, two) = (tiny_model(base.path(), 7, false), tiny_model(base.path(), 7, true));
    let out = tempfile::tempdir().unwrap();
    let pairs = toy_pairs();
    let meta = combine(&[one.path().into(), two.path().into()], &pairs, out.path()).unwrap();
    assert_eq!((meta.members.len(), meta.held_out_pairs), (2, 12));
    assert!(meta.held_out_f1 >= 0.9, "held-out F1 {}", meta.held_out_f1);

    let judge = PairJudge::load(out.path()).unwrap();
    assert_eq!(judge.ensemble(), Some(&meta));
    assert_eq!((judge.members().len(), judge.threshold()), (2, meta.threshold));
    let texts: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    let mean = judge.score(&texts).unwrap();
    // the one-order member counts with both orders, the symmetric one as it scores
    let swapped: Vec<(&str, &str)> = texts.iter().map(|&(a, b)| (b, a)).collect();
    let first = PairModel::load(one.path()).unwrap();
    let (a, a_swapped) = (first.score(&texts).unwrap(), first.score(&swapped).unwrap());
    let b = PairModel::load(two.path()).unwrap().score(&texts).unwrap();
    for (i, m) in mean.iter().enumerate() {
        assert!((m - ((a[i] + a_swapped[i]) / 2.0 + b[i]) / 2.0).abs() < 1e-5);
    }
    let mean_swapped = judge.score(&swapped).unwrap();
    assert!(mean.iter().zip(&mean_swapped).all(|(x, y)| (x - y).abs() < 1e-5));
    let right = pairs.iter().zip(&mean).filter(|(p, &s)| p.same == (s >= judge.threshold())).count();
    assert!(right >= 44, "{right} of 48 right");

    // a model directory is a judge of one
    let single = PairJudge::load(one.path()).unwrap();
    assert!(single.ensemble().is_none());
    assert_eq!(single.threshold(), single.members()[0].threshold());
}

#[test]
fn an_ensemble_refuses_members_that_held_out_other_pairs_and_names_a_lost_member() {
    let base = tempfile::tempdir().unwrap();
    tiny_base(base.path());
    let (one, other_seed) = (tiny_model(base.path(), 7, false), tiny_model(base.path(), 8, false));
    let out = tempfile::tempdir().unwrap();
    let pairs = toy_pairs();
    let err = combine(&[one.path().into(), other_seed.path().into()], &pairs, out.path()).err().unwrap().to_string();
    assert!(
        err.contains("held out other pairs") && err.contains(&other_seed.path().canonicalize().unwrap().display().to_string()),
        "{err}"
    );
    let err = combine(&[one.path().into()], &pairs, out.path()).err().unwrap().to_string();
    assert!(err.contains("at least 2"), "{err}");
    let err = combine(&[one.path().into(), one.path().into()], &pairs[..40], out.path()).err().unwrap().to_string();
    assert!(err.contains("40 pairs given"), "{err}");

    let same_seed = tiny_model(base.path(), 7, true);
    combine(&[one.path().into(), same_seed.path().into()], &pairs, out.path()).unwrap();
    let lost = same_seed.path().canonicalize().unwrap();
    drop(same_seed);
    let err = PairJudge::load(out.path()).err().unwrap().to_string();
    assert!(err.contains(&lost.display().to_string()), "{err}");
}
