//! Developer aid: missed PolNeAR attributions with a given cue, in context.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: said_misses POLNEAR_DIR CUE"));
    let want = std::env::args().nth(2).unwrap_or_else(|| "said".into());
    let test = dir.join("test");
    let mut anns: Vec<_> = std::fs::read_dir(test.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut shown = 0;
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
            let Some(c) = g.cue else { continue };
            if text[c.0..c.1].to_lowercase() != want || pred.iter().any(|p| p.content.start < g.content.1 && g.content.0 < p.content.end) {
                continue;
            }
            let lo = g.content.0.min(c.0).saturating_sub(0);
            let hi = g.content.1.max(c.1);
            let mut lo2 = lo.saturating_sub(60);
            while !text.is_char_boundary(lo2) {
                lo2 -= 1;
            }
            let src = g.source.map(|s| &text[s.0..s.1]).unwrap_or("-");
            println!("SRC={src:?}  …{}", text[lo2..hi.min(text.len())].replace('\n', " / "));
            shown += 1;
            if shown >= 12 {
                return;
            }
        }
    }
}
