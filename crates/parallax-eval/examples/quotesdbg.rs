//! Development aid for the quote rules on PolNeAR's dev split (never test):
//! gold attributions that no prediction overlaps, and predictions with the
//! wrong source. `cargo run --release -p parallax-eval --example quotesdbg -- ../shared/eval/polnear [score|missed|source|gsrc|spurious|all|cues|judged|feat|psrc|taken]`
//! (`gsrc`: gold attributions whose content is found with the wrong source, TAKEN when the
//! prediction holding them is right for another attribution, WRONG otherwise; `CTX=1` with
//! `missed` prints the words around; `psrc`: every prediction's source beside the gold sources its
//! content overlaps; `taken`: gold attributions only a prediction right for another one holds,
//! with the words between the two)
use std::collections::HashSet;
use std::path::Path;

use parallax_eval::quotes::{parc_source, parse_ann, same_source, GoldAttribution};
use parallax_quotes::{find_quotes, Quote};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // (`SPLIT=train` reads the training split instead)
    let dir = Path::new(&args[1]).join(std::env::var("SPLIT").unwrap_or_else(|_| "dev".into()));
    let mode = args.get(2).map(String::as_str).unwrap_or("missed");
    if mode == "score" {
        // train and dev only: test is the reported figure
        for split in ["train", "dev"] {
            let s = parallax_eval::quotes::eval_polnear_split(Path::new(&args[1]), split).unwrap();
            println!(
                "{split}: content overlap F1 {:.4} (P {:.3} R {:.3})  source {:.4}  joint {:.5} ({:.5} Discard scored)  predicted {} gold {}  exact {:.4}",
                s.content_overlap_f1,
                s.content_overlap_precision,
                s.content_overlap_recall,
                s.source_overlap_f1,
                s.content_and_source_overlap_f1,
                s.content_and_source_overlap_f1_scoring_discarded,
                s.predicted,
                s.gold,
                s.content_exact_f1
            );
        }
        return;
    }
    let mut anns: Vec<_> = std::fs::read_dir(dir.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = HashSet::new();
    // "cues": per word form, occurrences outside predicted cues and how many sit in a gold cue
    let mut stats: std::collections::HashMap<String, (usize, usize, usize)> = Default::default();
    let ov = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
    let clip =
        |t: &str, a: (usize, usize)| -> String { t.get(a.0..a.1).unwrap_or("").chars().take(90).collect::<String>().replace('\n', " ") };
    for p in anns {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let base = name.rsplit_once('_').unwrap().0.to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(dir.join("text").join(format!("{base}.txt"))).unwrap();
        let ann = std::fs::read_to_string(&p).unwrap();
        let gold = parse_ann(&ann, &text);
        // (as the score does: nothing in a passage marked Discard is judged)
        let discard = parallax_eval::quotes::discarded(&ann, &text);
        // (the quotes found once: those in Discard passages set aside)
        let (pred, set_aside): (Vec<_>, Vec<_>) =
            find_quotes(&text).into_iter().partition(|q| !parallax_eval::quotes::in_discarded(&discard, q));
        // "dump": one JSON line per article (byte offsets), for offline analysis
        if mode == "dump" {
            let r = |x: Option<parallax_quotes::Range>| x.map(|x| (x.start, x.end));
            let p: Vec<_> = pred
                .iter()
                .map(|q| serde_json::json!({"content": (q.content.start, q.content.end), "cue": r(q.cue), "source": parc_source(q)}))
                .collect();
            let g: Vec<_> = gold.iter().map(|g| serde_json::json!({"content": g.content, "cue": g.cue, "source": g.source})).collect();
            println!("{}", serde_json::json!({"doc": base, "pred": p, "gold": g}));
        }
        // "discarded": the predictions set aside in Discard passages, to see what they are
        if mode == "discarded" {
            for q in &set_aside {
                println!(
                    "DISCARDED\t{}\t{}\t{}",
                    q.cue.map_or(String::new(), |c| text[c.start..c.end].to_string()),
                    q.source.map_or(String::new(), |c| text[c.start..c.end].to_string()),
                    clip(&text, (q.content.start, q.content.end))
                );
            }
        }
        if mode == "cues" {
            let mut i = 0;
            for w in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
                let (a, b) = (i, i + w.len());
                i = b + text[b..].chars().next().map_or(0, char::len_utf8);
                if w.is_empty() || pred.iter().any(|q| q.cue.is_some_and(|c| ov((c.start, c.end), (a, b)))) {
                    continue;
                }
                let e = stats.entry(w.to_lowercase()).or_default();
                e.0 += 1;
                if let Some(g) = gold.iter().find(|g| g.cue.is_some_and(|c| ov(c, (a, b)))) {
                    e.1 += 1;
                    e.2 += !pred.iter().any(|q| ov(g.content, (q.content.start, q.content.end))) as usize;
                }
            }
            continue;
        }
        for g in &gold {
            let m: Vec<_> = pred.iter().filter(|q| ov(g.content, (q.content.start, q.content.end))).collect();
            let cue = g.cue.map(|c| clip(&text, c)).unwrap_or_default();
            let src = g.source.map(|c| clip(&text, c)).unwrap_or_default();
            // "cuemiss": missed, though a prediction shares the cue (its words were put elsewhere)
            if mode == "cuemiss" && m.is_empty() {
                if let Some(p) = g.cue.and_then(|gc| pred.iter().find(|q| q.cue.is_some_and(|c| ov(gc, (c.start, c.end))))) {
                    println!(
                        "CUEMISS cue [{cue}] src [{src}] gold [{}] pred [{}]",
                        clip(&text, g.content),
                        clip(&text, (p.content.start, p.content.end))
                    );
                }
            }
            if mode == "missed" && m.is_empty() {
                println!("MISSED cue [{cue}] src [{src}] content [{}]", clip(&text, g.content));
                if std::env::var("CTX").is_ok() {
                    let lo = text.floor_char_boundary(
                        g.content.0.min(g.cue.map_or(usize::MAX, |c| c.0)).min(g.source.map_or(usize::MAX, |c| c.0)).saturating_sub(80),
                    );
                    let hi = text.ceil_char_boundary((g.content.1 + 40).min(text.len()));
                    println!("    {}", text[lo..hi].replace('\n', " "));
                }
            }
            if mode == "source" && !m.is_empty() {
                let ok = m.iter().any(|q| same_source(g.source, parc_source(q)));
                if !ok {
                    let ps = m[0].source.map(|s| clip(&text, (s.start, s.end))).unwrap_or_default();
                    println!("SOURCE gold [{src}] pred [{ps}] cue [{cue}] content [{}]", clip(&text, g.content));
                    // (`CTX=1`: the words around, gold source in {…}, predicted in <…>)
                    if std::env::var("CTX").is_ok() {
                        let mut marks = vec![(g.content.0, "["), (g.content.1, "]")];
                        if let Some(a) = g.source {
                            marks.extend([(a.0, "{"), (a.1, "}")]);
                        }
                        if let Some(b) = m[0].source {
                            marks.extend([(b.start, "<"), (b.end, ">")]);
                        }
                        marks.sort();
                        let lo = marks[0].0.saturating_sub(60);
                        let hi = (marks[marks.len() - 1].0 + 60).min(text.len());
                        let (lo, hi) = (text.floor_char_boundary(lo), text.ceil_char_boundary(hi));
                        let mut line = String::new();
                        let mut at = lo;
                        for (i, mk) in marks {
                            line.push_str(&text[at..i]);
                            line.push_str(mk);
                            at = i;
                        }
                        line.push_str(&text[at..hi]);
                        println!("    {}", line.replace('\n', " "));
                    }
                }
            }
        }
        // "gsrc": gold attributions found with the wrong source
        if mode == "gsrc" {
            for g in &gold {
                let m: Vec<_> = pred.iter().filter(|q| ov(g.content, (q.content.start, q.content.end))).collect();
                if m.is_empty() || m.iter().any(|q| same_source(g.source, parc_source(q))) {
                    continue;
                }
                let taken = m
                    .iter()
                    .all(|q| gold.iter().any(|h| ov(h.content, (q.content.start, q.content.end)) && same_source(h.source, parc_source(q))));
                let inner = gold.iter().any(|h| !std::ptr::eq(h, g) && h.content.0 <= g.content.0 && g.content.1 <= h.content.1);
                let outer = gold.iter().any(|h| !std::ptr::eq(h, g) && g.content.0 <= h.content.0 && h.content.1 <= g.content.1);
                let q = m[0];
                println!(
                    "{}\t{}\t{}\tgold[{}] pred[{}] cue[{}] pcue[{}] | {}",
                    if taken { "TAKEN" } else { "WRONG" },
                    if inner { "inner" } else { "-" },
                    if outer { "outer" } else { "-" },
                    g.source.map(|c| clip(&text, c)).unwrap_or_default(),
                    q.source.map(|s| clip(&text, (s.start, s.end))).unwrap_or_default(),
                    g.cue.map(|c| clip(&text, c)).unwrap_or_default(),
                    q.cue.map(|c| clip(&text, (c.start, c.end))).unwrap_or_default(),
                    clip(&text, g.content)
                );
            }
        }
        // Each prediction's outcome for the joint figure: right (content and source match
        // one gold attribution), wrong source (content matches, source does not), or
        // spurious (no gold content overlaps it).
        let matches =
            |q: &Quote, g: &GoldAttribution| ov(g.content, (q.content.start, q.content.end)) && same_source(g.source, parc_source(q));
        let outcome = |q: &Quote| {
            if gold.iter().any(|g| matches(q, g)) {
                "OK"
            } else if gold.iter().any(|g| ov(g.content, (q.content.start, q.content.end))) {
                "SRC"
            } else {
                "SPUR"
            }
        };
        // "psrc": every prediction with its source, the overlapping gold sources and the words before the source
        if mode == "psrc" {
            for q in &pred {
                let gs: Vec<String> = gold
                    .iter()
                    .filter(|g| ov(g.content, (q.content.start, q.content.end)))
                    .map(|g| g.source.map(|c| clip(&text, c)).unwrap_or_default())
                    .collect();
                let before = q.source.map_or(String::new(), |s| {
                    let lo = text.floor_char_boundary(s.start.saturating_sub(60));
                    text[lo..s.start].replace('\n', " ")
                });
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    outcome(q),
                    q.source.map_or(String::new(), |c| text[c.start..c.end].to_string()),
                    gs.join(" | "),
                    before,
                    q.cue.map_or(String::new(), |c| text[c.start..c.end].to_lowercase()),
                );
            }
        }
        // "taken": gold attributions whose content only a prediction right for another holds
        if mode == "taken" {
            for g in &gold {
                let m: Vec<_> = pred.iter().filter(|q| ov(g.content, (q.content.start, q.content.end))).collect();
                if m.is_empty() || m.iter().any(|q| same_source(g.source, parc_source(q))) {
                    continue;
                }
                for q in m {
                    let Some(h) =
                        gold.iter().find(|h| ov(h.content, (q.content.start, q.content.end)) && same_source(h.source, parc_source(q)))
                    else {
                        continue;
                    };
                    let gc = g.cue.map_or(0, |c| c.0);
                    let pos = if gc >= q.content.start && gc < q.content.end { "cue-in" } else { "cue-out" };
                    let hend = if h.content.1 <= g.content.0 {
                        "h-before"
                    } else if h.content.0 >= g.content.1 {
                        "h-after"
                    } else {
                        "h-ov"
                    };
                    let g2s = g.source.map_or(gc, |s| s.0.min(gc));
                    let gap =
                        if hend == "h-before" && h.content.1 <= g2s { text[h.content.1..g2s].replace('\n', " ") } else { String::new() };
                    println!(
                        "{pos}\t{hend}\tGAP[{gap}]\tG1[{}] G2src[{}] G2cue[{}] G2[{}] P[{}]",
                        clip(&text, h.content),
                        g.source.map(|c| clip(&text, c)).unwrap_or_default(),
                        g.cue.map(|c| clip(&text, c)).unwrap_or_default(),
                        clip(&text, g.content),
                        clip(&text, (q.content.start, q.content.end))
                    );
                    break;
                }
            }
        }
        // "judged": every prediction with its outcome
        if mode == "judged" {
            for q in &pred {
                println!(
                    "{}\t{}\t{}\t{}",
                    outcome(q),
                    q.cue.map_or(String::new(), |c| text[c.start..c.end].to_lowercase()),
                    q.source.map_or(String::new(), |c| text[c.start..c.end].to_string()),
                    clip(&text, (q.content.start, q.content.end))
                );
            }
        }
        // "feat": every prediction as tab-separated fields, for offline analysis of which
        // kinds of prediction are right how often: outcome, how many gold attributions count
        // only through it, kind, cue, source, content words, the word before the cue, the
        // first content word.
        if mode == "feat" {
            // (per gold attribution, how many predictions count for it)
            let counted: Vec<usize> = gold.iter().map(|g| pred.iter().filter(|q| matches(q, g)).count()).collect();
            for q in &pred {
                let sole = gold.iter().zip(&counted).filter(|(g, n)| **n == 1 && matches(q, g)).count();
                let before = q.cue.map_or("", |cu| text[..cu.start].split_whitespace().next_back().unwrap_or(""));
                let content = &text[q.content.start..q.content.end];
                println!(
                    "{}\t{sole}\t{:?}\t{}\t{}\t{}\t{}\t{}",
                    outcome(q),
                    q.kind,
                    q.cue.map_or(String::new(), |cu| text[cu.start..cu.end].to_lowercase().replace('\n', " ")),
                    q.source.map_or(String::new(), |s| text[s.start..s.end].replace('\n', " ")),
                    content.split_whitespace().count(),
                    before,
                    content.split_whitespace().next().unwrap_or("")
                );
            }
        }
        // "all": every prediction, to diff two versions of the rules
        if mode == "spurious" || mode == "all" {
            for q in &pred {
                if mode == "all" || !gold.iter().any(|g| ov(g.content, (q.content.start, q.content.end))) {
                    println!(
                        "SPURIOUS [{}] cue [{}] src [{}]",
                        clip(&text, (q.content.start, q.content.end)),
                        q.cue.map_or(String::new(), |c| text[c.start..c.end].to_string()),
                        q.source.map_or(String::new(), |c| text[c.start..c.end].to_string())
                    );
                }
            }
        }
    }
    let mut v: Vec<_> = stats.into_iter().filter(|(_, s)| s.1 >= 5).collect();
    v.sort_by_key(|(_, s)| std::cmp::Reverse(s.2));
    for (w, (n, g, m)) in v {
        println!("{w}\t{n}\t{g}\t{m}\t{:.2}", g as f64 / n as f64);
    }
}
