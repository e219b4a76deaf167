//! Developer aid: which PolNeAR attributions are missed, by cue word.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: quote_misses POLNEAR_DIR"));
    let test = dir.join("test");
    let mut anns: Vec<_> = std::fs::read_dir(test.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut cues = std::collections::HashMap::<String, (usize, usize)>::new();
    for a in anns {
        let name = a.file_stem().unwrap().to_str().unwrap().to_string();
        let base = name.rsplit_once('_').unwrap().0.to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(test.join("text").join(format!("{base}.txt"))).unwrap();
        let gold = parallax_eval::quotes::parse_ann(&std::fs::read_to_string(&a).unwrap(), &text);
        let pred = parallax_quotes::find_quotes(&text);
        for g in gold {
            let cue = g.cue.map(|c| text[c.0..c.1].to_lowercase()).unwrap_or_else(|| "(none)".into());
            let e = cues.entry(cue).or_default();
            e.0 += 1;
            if pred.iter().any(|p| p.content.start < g.content.1 && g.content.0 < p.content.end) {
                e.1 += 1;
            }
        }
    }
    let mut v: Vec<_> = cues.into_iter().collect();
    v.sort_by_key(|(_, (n, f))| std::cmp::Reverse(n - f));
    for (c, (n, f)) in v.iter().take(40) {
        println!("{:>4} missed of {:>4}  {c:?}", n - f, n);
    }
}
