//! Train the entity tagger from teacher-labelled text (see `model/MODEL.md`).
//!
//! `cargo run --release -p parallax-entities --example train -- SILVER.jsonl OUT.bin.gz [EPOCHS] [ROW_BITS]`
//!
//! SILVER.jsonl comes from `scripts/entities-teacher.py`: one text a line with
//! entity spans as byte offsets and OntoNotes labels. Sentences are split and
//! tokenised exactly as at run time; the last 5% of texts are held out and
//! the token agreement with the teacher on them is printed each epoch.

use std::collections::HashMap;
use std::io::BufRead;

use parallax_entities::tagger::{begin, inside, spans, Lexicon, Trainer};
use parallax_entities::tokens::{tokenize, Token};

fn label_type(l: &str) -> Option<usize> {
    Some(match l {
        "PERSON" => 0,
        "ORG" => 1,
        "GPE" | "LOC" => 2,
        "FAC" => 3,
        "NORP" => 4,
        "PRODUCT" => 5,
        "EVENT" => 6,
        "WORK_OF_ART" => 7,
        "LAW" => 8,
        _ => return None,
    })
}

struct Sent {
    text: std::rc::Rc<String>,
    toks: Vec<Token>,
    gold: Vec<usize>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: train SILVER.jsonl OUT.bin.gz [EPOCHS] [ROW_BITS]");
        std::process::exit(2);
    }
    let epochs: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(8);
    let bits: u32 = args.get(4).and_then(|s| s.parse().ok()).unwrap_or(18);
    let file = std::fs::File::open(&args[1]).expect("open silver file");
    let mut docs: Vec<Vec<Sent>> = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let line = line.expect("read line");
        let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        let text = std::rc::Rc::new(v["text"].as_str().unwrap_or("").to_string());
        let ents: Vec<(usize, usize, usize)> = v["ents"]
            .as_array()
            .map(|a| {
                a.iter().filter_map(|e| Some((e[0].as_u64()? as usize, e[1].as_u64()? as usize, label_type(e[2].as_str()?)?))).collect()
            })
            .unwrap_or_default();
        let mut sents = Vec::new();
        for s in parallax_text::split_sentences(&text) {
            let mut toks = Vec::new();
            tokenize(&text, s.start, s.end, &mut toks);
            if toks.is_empty() {
                continue;
            }
            let mut gold = vec![0usize; toks.len()];
            for &(a, b, t) in &ents {
                let mut first = true;
                for (i, tk) in toks.iter().enumerate() {
                    if tk.start >= a && tk.end <= b {
                        let w = &text[tk.start..tk.end];
                        // The teacher's `the` and possessives are not part of the name here.
                        if first && matches!(w, "the" | "The") {
                            continue;
                        }
                        if matches!(w, "'s" | "’s") {
                            continue;
                        }
                        gold[i] = if first { begin(t) } else { inside(t) };
                        first = false;
                    }
                }
            }
            sents.push(Sent { text: text.clone(), toks, gold });
        }
        docs.push(sents);
    }
    let held = docs.len() / 20;
    let test = docs.split_off(docs.len() - held);
    // Capitalisation lexicon from the training texts (away from sentence starts).
    let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
    for s in docs.iter().flatten() {
        for t in s.toks.iter().skip(1) {
            let w = &s.text[t.start..t.end];
            if !w.chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let c = counts.entry(w.to_lowercase()).or_default();
            c.1 += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                c.0 += 1;
            }
        }
    }
    let lexicon = Lexicon::from_counts(counts.into_iter().map(|(w, (c, t))| (w, c, t)));
    let mut trainer = Trainer::new(bits, lexicon);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut seed = 0x9e3779b97f4a7c15u64;
    let ntok: usize = docs.iter().flatten().map(|s| s.toks.len()).sum();
    eprintln!("{} training texts ({} tokens), {} held out", docs.len(), ntok, test.len());
    for epoch in 0..epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        let mut errors = 0;
        for &d in &order {
            for s in &docs[d] {
                errors += trainer.learn(&s.text, &s.toks, &s.gold);
            }
        }
        eprintln!("epoch {}: {:.4} token error rate", epoch + 1, errors as f64 / ntok as f64);
    }
    let model = trainer.finish();
    // Agreement with the teacher on the held-out texts.
    let (mut agree, mut total, mut ent_gold, mut ent_sys, mut ent_ok) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for s in test.iter().flatten() {
        let tags = model.tag(&s.text, &s.toks);
        for (a, b) in tags.iter().zip(&s.gold) {
            agree += (a == b) as usize;
            total += 1;
        }
        let g = spans(&s.gold);
        let p = spans(&tags);
        if std::env::var("SHOW").is_ok() && g != p {
            let show = |v: &[(usize, usize, usize)]| {
                v.iter().map(|&(a, b, t)| format!("[{}]{}", &s.text[s.toks[a].start..s.toks[b - 1].end], t)).collect::<Vec<_>>().join(" ")
            };
            eprintln!("GOLD {}\nSYS  {}\n", show(&g), show(&p));
        }
        ent_gold += g.len();
        ent_sys += p.len();
        ent_ok += p.iter().filter(|x| g.contains(x)).count();
    }
    let prec = ent_ok as f64 / ent_sys.max(1) as f64;
    let rec = ent_ok as f64 / ent_gold.max(1) as f64;
    eprintln!(
        "held out: token agreement {:.4}; entity P {:.3} R {:.3} F1 {:.3} against the teacher",
        agree as f64 / total.max(1) as f64,
        prec,
        rec,
        2.0 * prec * rec / (prec + rec).max(1e-9)
    );
    let out = std::fs::File::create(&args[2]).expect("create model file");
    model.write(std::io::BufWriter::new(out)).expect("write model");
    eprintln!("wrote {}", args[2]);
}
