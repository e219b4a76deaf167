//! Developer aid for quote attribution on PolNeAR (test split, one annotator per article).
//!
//! `quote_misses DIR cues`         missed attributions counted by cue word
//! `quote_misses DIR context CUE`  missed attributions with that cue, in context
//! `quote_misses DIR sources`      found quotes whose source is wrong or missing
//! `quote_misses DIR bounds`       where matched contents' edges differ from gold's
//! `quote_misses DIR predsrc`      every prediction: joint-right, content-right, source, cue (tab-separated)
//! `quote_misses DIR nested`       gold attributions inside another's content, and the missed ones
//! `quote_misses DIR joint`        content matched but no source agrees, as the
//!   scorer counts it: `P` lines are predictions, `R` lines gold attributions
//!   (CONTEXT=1 prints the passage; SPLIT=train|dev reads another split)
use parallax_eval::quotes::{parc_source as src, parse_ann, same_source as same, GoldAttribution};
use parallax_quotes::Quote;

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// `text[lo..hi]` widened to char boundaries (`hi` clamped to the end).
fn passage(text: &str, lo: usize, hi: usize) -> &str {
    &text[text.floor_char_boundary(lo)..text.ceil_char_boundary(hi.min(text.len()))]
}

/// (text, gold, predicted) per test article.
fn articles(dir: &std::path::Path) -> Vec<(String, Vec<GoldAttribution>, Vec<Quote>)> {
    let split = std::env::var("SPLIT").unwrap_or_else(|_| "test".into());
    let test = dir.join(split);
    let mut anns: Vec<_> = std::fs::read_dir(test.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for a in anns {
        let name = a.file_stem().unwrap().to_str().unwrap().to_string();
        let base = name.rsplit_once('_').unwrap().0.to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(test.join("text").join(format!("{base}.txt"))).unwrap();
        let gold = parse_ann(&std::fs::read_to_string(&a).unwrap(), &text);
        let pred = parallax_quotes::find_quotes(&text);
        out.push((text, gold, pred));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(args.get(1).expect("usage: quote_misses POLNEAR_DIR [cues|context CUE|sources]"));
    let mode = args.get(2).map(String::as_str).unwrap_or("cues");
    let docs = articles(&dir);
    let found = |g: &GoldAttribution, pred: &[Quote]| pred.iter().any(|p| overlaps(g.content, (p.content.start, p.content.end)));
    match mode {
        "cues" => {
            let mut cues = std::collections::HashMap::<String, (usize, usize)>::new();
            for (text, gold, pred) in &docs {
                for g in gold {
                    let cue = g.cue.map(|c| text[c.0..c.1].to_lowercase()).unwrap_or_else(|| "(none)".into());
                    let e = cues.entry(cue).or_default();
                    e.0 += 1;
                    e.1 += found(g, pred) as usize;
                }
            }
            let mut v: Vec<_> = cues.into_iter().collect();
            v.sort_by_key(|(_, (n, f))| std::cmp::Reverse(n - f));
            for (c, (n, f)) in v.iter().take(std::env::var("TOP").ok().and_then(|t| t.parse().ok()).unwrap_or(40)) {
                println!("{:>4} missed of {:>4}  {c:?}", n - f, n);
            }
        }
        "context" => {
            let want = args.get(3).cloned().unwrap_or_else(|| "said".into());
            for (text, gold, pred) in &docs {
                for g in gold.iter().filter(|g| g.cue.is_some_and(|c| text[c.0..c.1].to_lowercase() == want) && !found(g, pred)) {
                    let c = g.cue.unwrap();
                    let lo = g.content.0.min(c.0).saturating_sub(60);
                    let src = g.source.map(|s| &text[s.0..s.1]).unwrap_or("-");
                    println!("SRC={src:?}  …{}", passage(text, lo, g.content.1.max(c.1)).replace('\n', " / "));
                }
            }
        }
        "passive" => {
            // Gold attributions whose source is a passive's agent ("was criticized by X"):
            // how many there are, how many we find, and how many with the right source.
            let (mut n, mut hit, mut ok) = (0, 0, 0);
            for (text, gold, pred) in &docs {
                for g in gold {
                    let (Some(c), Some(s)) = (g.cue, g.source) else { continue };
                    if s.0 < c.1 || !text[c.1..s.0].trim().eq_ignore_ascii_case("by") {
                        continue;
                    }
                    n += 1;
                    let m: Vec<_> = pred.iter().filter(|p| overlaps(g.content, (p.content.start, p.content.end))).collect();
                    hit += !m.is_empty() as usize;
                    let good = m.iter().any(|p| same(g.source, src(p)));
                    ok += good as usize;
                    if !good && std::env::var("CONTEXT").is_ok() {
                        let lo = g.content.0.min(c.0).saturating_sub(20);
                        println!(
                            "SRC={:?} CONTENT={:?}  …{}",
                            &text[s.0..s.1],
                            &text[g.content.0..g.content.1],
                            passage(text, lo, g.content.1.max(s.1)).replace('\n', " / ")
                        );
                    }
                }
            }
            println!("passive-agent attributions: {n}, content found {hit}, source right {ok}");
        }
        "preds" => {
            // One tab-separated line per prediction, for offline study:
            // joint-correct, content-matched, kind, source, cue, nested-in-another-prediction,
            // passage, content.
            for (text, gold, pred) in &docs {
                for p in pred {
                    let pc = (p.content.start, p.content.end);
                    let m: Vec<_> = gold.iter().filter(|g| overlaps(g.content, pc)).collect();
                    let ok = m.iter().any(|g| same(g.source, src(p)));
                    let inside = pred.iter().any(|o| {
                        !std::ptr::eq(o, p)
                            && o.content.start <= pc.0
                            && pc.1 <= o.content.end
                            && (o.content.end - o.content.start) > (pc.1 - pc.0)
                    });
                    let s = src(p).map(|s| text[s.0..s.1].replace(['\n', '\t'], " ")).unwrap_or_else(|| "-".into());
                    let c = p.cue.map(|c| text[c.start..c.end].replace(['\n', '\t'], " ")).unwrap_or_else(|| "-".into());
                    let lo = pc.0.min(p.source.map_or(pc.0, |s| s.start)).saturating_sub(30);
                    let shown = passage(text, lo, pc.1.max(p.source.map_or(pc.1, |s| s.end)) + 10);
                    println!(
                        "{}\t{}\t{:?}\t{s}\t{c}\t{}\t{}\t{}",
                        ok as u8,
                        (!m.is_empty()) as u8,
                        p.kind,
                        inside as u8,
                        shown.replace(['\n', '\t'], " "),
                        text[pc.0..pc.1].replace(['\n', '\t'], " ")
                    );
                }
            }
        }
        "predsrc" => {
            // Every prediction: whether the joint scorer counts it right, its source and cue.
            for (text, gold, pred) in &docs {
                for p in pred {
                    let pc = (p.content.start, p.content.end);
                    let ok = gold.iter().any(|g| overlaps(g.content, pc) && same(g.source, src(p)));
                    let any = gold.iter().any(|g| overlaps(g.content, pc));
                    let s = src(p).map(|s| text[s.0..s.1].replace('\n', "\\n")).unwrap_or_else(|| "-".into());
                    let c = p.cue.as_ref().map(|c| text[c.start..c.end].to_string()).unwrap_or_default();
                    if std::env::var("CONTEXT").is_ok() {
                        let golds: Vec<&str> = gold
                            .iter()
                            .filter(|g| overlaps(g.content, pc))
                            .map(|g| g.source.map(|x| &text[x.0..x.1]).unwrap_or("-"))
                            .collect();
                        let cue_at = p.cue.as_ref().map_or(pc.0, |c| c.start);
                        let shown = passage(text, cue_at.saturating_sub(200), cue_at + 60);
                        println!("{}\t{}\t{}\t{}\t{:?}\t…{}", ok as u8, any as u8, s, c, golds, shown.replace('\n', " / "));
                    } else {
                        println!("{}\t{}\t{}\t{}", ok as u8, any as u8, s, c);
                    }
                }
            }
        }
        "after" => {
            // Missed gold attributions: the cue and the words right after it.
            for (text, gold, pred) in &docs {
                for g in gold.iter().filter(|g| !found(g, pred)) {
                    let Some(c) = g.cue else { continue };
                    let after: Vec<&str> = text[c.1..].split_whitespace().take(3).collect();
                    let before: Vec<&str> = text[..c.0].split_whitespace().rev().take(3).collect();
                    let before: Vec<&str> = before.into_iter().rev().collect();
                    println!("{}\t[{}]\t{}", before.join(" "), &text[c.0..c.1], after.join(" "));
                }
            }
        }
        "nested" => {
            // Gold attributions whose content lies inside another gold attribution's
            // content, and how many of them no prediction overlaps.
            let (mut nested, mut missed, mut total) = (0, 0, 0);
            for (text, gold, pred) in &docs {
                for g in gold {
                    total += 1;
                    let inside = gold
                        .iter()
                        .any(|o| !std::ptr::eq(o, g) && o.content.0 <= g.content.0 && g.content.1 <= o.content.1 && o.content != g.content);
                    if !inside {
                        continue;
                    }
                    nested += 1;
                    // Missed: no prediction whose content overlaps and is not the outer one's.
                    let hit = pred.iter().any(|p| {
                        let pc = (p.content.start, p.content.end);
                        overlaps(g.content, pc) && pc.0 >= g.content.0.saturating_sub(5) && pc.1 <= g.content.1 + 5
                    });
                    if !hit {
                        missed += 1;
                        if std::env::var("CONTEXT").is_ok() && missed <= 30 {
                            let cue = g.cue.map(|c| text[c.0..c.1].to_string()).unwrap_or_default();
                            println!(
                                "{:?} [{}] {}",
                                g.source.map(|s| &text[s.0..s.1]),
                                cue,
                                &text[g.content.0..g.content.1].chars().take(100).collect::<String>()
                            );
                        }
                    }
                }
            }
            println!(
                "{total} gold attributions, {nested} nested in another's content, {missed} of those without a prediction of their own"
            );
        }
        "bounds" => {
            // For each gold content and the prediction overlapping it most: the text
            // between their starts and between their ends, counted (`+` ours only, `-` gold only).
            let mut starts: std::collections::HashMap<String, usize> = Default::default();
            let mut ends: std::collections::HashMap<String, usize> = Default::default();
            let (mut same, mut pairs) = (0, 0);
            let norm = |t: &str| {
                let t = t.trim().replace('\n', " ");
                if t.chars().count() > 30 {
                    format!("{}… ({} words)", t.chars().take(20).collect::<String>(), t.split_whitespace().count())
                } else {
                    t
                }
            };
            for (text, gold, pred) in &docs {
                for g in gold {
                    let best = pred
                        .iter()
                        .map(|p| (p, g.content.1.min(p.content.end).saturating_sub(g.content.0.max(p.content.start))))
                        .filter(|(_, o)| *o > 0)
                        .max_by_key(|(_, o)| *o);
                    let Some((p, _)) = best else { continue };
                    pairs += 1;
                    let (gs, ge, ps, pe) = (g.content.0, g.content.1, p.content.start, p.content.end);
                    if gs == ps && ge == pe {
                        same += 1;
                        continue;
                    }
                    let key = |a: usize, b: usize, ours: bool| {
                        let (lo, hi) = (a.min(b), a.max(b));
                        if lo == hi {
                            "=".to_string()
                        } else {
                            format!("{}{}", if ours { "+" } else { "-" }, norm(&text[lo..hi]))
                        }
                    };
                    if std::env::var("CONTEXT").is_ok() && (pairs * 7919) % 97 == 0 {
                        println!("GOLD {}\nOURS {}\n", &text[gs..ge].replace('\n', " "), &text[ps..pe].replace('\n', " "));
                    }
                    *starts.entry(key(gs, ps, ps < gs)).or_default() += 1;
                    *ends.entry(key(ge, pe, pe > ge)).or_default() += 1;
                }
            }
            println!("{pairs} matched, {same} exact");
            for (name, m) in [("start", starts), ("end", ends)] {
                let mut v: Vec<_> = m.into_iter().collect();
                v.sort_by_key(|e| std::cmp::Reverse(e.1));
                println!("== {name}");
                for (k, n) in v.into_iter().take(25) {
                    println!("{n:6} {k}");
                }
            }
        }
        "edges" => {
            // Spans that start or end inside a word: always a bug.
            let edge = |t: &str, i: usize| {
                !(t[..i].chars().next_back().is_some_and(char::is_alphanumeric) && t[i..].chars().next().is_some_and(char::is_alphanumeric))
            };
            let mut n = 0;
            for (text, _, pred) in &docs {
                for q in pred {
                    for (what, r) in [("content", Some(q.content)), ("source", q.source), ("cue", q.cue)] {
                        if let Some(r) = r.filter(|r| !edge(text, r.start) || !edge(text, r.end)) {
                            n += 1;
                            let shown = passage(text, r.start.saturating_sub(30), r.end + 30);
                            println!("{what} {:?} in …{}…", &text[r.start..r.end], shown.replace('\n', " / "));
                        }
                    }
                }
            }
            println!("spans inside a word: {n}");
        }
        "misplaced" => {
            // Gold attributions we miss although one of our quotes has the same cue: the
            // content was put elsewhere.
            let mut n = 0;
            for (text, gold, pred) in &docs {
                for g in gold.iter().filter(|g| !found(g, pred)) {
                    let Some(c) = g.cue else { continue };
                    let Some(p) = pred.iter().find(|p| p.cue.is_some_and(|pc| overlaps(c, (pc.start, pc.end)))) else { continue };
                    n += 1;
                    println!(
                        "CUE {:?}\n  GOLD {:?}\n  OURS {:?}",
                        &text[c.0..c.1],
                        text[g.content.0..g.content.1].replace('\n', " / "),
                        text[p.content.start..p.content.end].replace('\n', " / ")
                    );
                }
            }
            println!("missed with a cue we found: {n}");
        }
        "joint" => {
            let show = |text: &str, s: Option<(usize, usize)>| s.map(|s| text[s.0..s.1].to_string()).unwrap_or_else(|| "-".into());
            let ctx = |text: &str, lo: usize, hi: usize| passage(text, lo.saturating_sub(60), hi + 20).replace('\n', " / ");
            let (mut pl, mut rl) = (0, 0);
            for (text, gold, pred) in &docs {
                for p in pred {
                    let pc = (p.content.start, p.content.end);
                    let m: Vec<_> = gold.iter().filter(|g| overlaps(g.content, pc)).collect();
                    if m.is_empty() || m.iter().any(|g| same(g.source, src(p))) {
                        continue;
                    }
                    pl += 1;
                    let golds: Vec<_> = m.iter().map(|g| show(text, g.source)).collect();
                    println!("P ours {:?} gold {:?}", show(text, src(p)), golds);
                    if std::env::var("CONTEXT").is_ok() {
                        let lo = m.iter().filter_map(|g| g.source.map(|s| s.0)).chain([pc.0]).chain(src(p).map(|s| s.0)).min().unwrap();
                        println!("    …{}", ctx(text, lo, pc.1));
                    }
                }
                for g in gold {
                    let m: Vec<_> = pred.iter().filter(|p| overlaps(g.content, (p.content.start, p.content.end))).collect();
                    if m.is_empty() || m.iter().any(|p| same(g.source, src(p))) {
                        continue;
                    }
                    rl += 1;
                    let ours: Vec<_> = m.iter().map(|p| show(text, src(p))).collect();
                    println!("R gold {:?} ours {:?}", show(text, g.source), ours);
                    if std::env::var("CONTEXT").is_ok() {
                        let lo =
                            m.iter().filter_map(|p| src(p).map(|s| s.0)).chain([g.content.0]).chain(g.source.map(|s| s.0)).min().unwrap();
                        println!("    …{}", ctx(text, lo, g.content.1));
                    }
                }
            }
            println!("predictions with no agreeing source: {pl}; gold attributions with no agreeing source: {rl}");
        }
        _ => {
            let (mut none, mut wrong) = (0, 0);
            for (text, gold, pred) in &docs {
                for p in pred {
                    let Some(g) = gold.iter().find(|g| overlaps(g.content, (p.content.start, p.content.end))) else { continue };
                    let Some(gs) = g.source else { continue };
                    match p.source {
                        None => none += 1,
                        Some(s) if !overlaps((s.start, s.end), gs) => {
                            wrong += 1;
                            println!("OURS {:?} GOLD {:?}", &text[s.start..s.end], &text[gs.0..gs.1]);
                            if std::env::var("CONTEXT").is_ok() {
                                let lo = gs.0.min(s.start).min(p.content.start).saturating_sub(40);
                                let shown = passage(text, lo, p.content.end.max(gs.1).max(s.end) + 20);
                                println!("    …{}", shown.replace('\n', " / "));
                            }
                        }
                        _ => {}
                    }
                }
            }
            println!("matched quotes without a source: {none}, with a wrong source: {wrong}");
        }
    }
}
