//! Developer aid: PolNeAR quotes found with the wrong (or no) source.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: source_misses POLNEAR_DIR"));
    let test = dir.join("test");
    let mut anns: Vec<_> = std::fs::read_dir(test.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let (mut none, mut wrong, mut shown) = (0, 0, 0);
    for a in anns {
        let name = a.file_stem().unwrap().to_str().unwrap().to_string();
        let base = name.rsplit_once('_').unwrap().0.to_string();
        if !seen.insert(base.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(test.join("text").join(format!("{base}.txt"))).unwrap();
        let gold = parallax_eval::quotes::parse_ann(&std::fs::read_to_string(&a).unwrap(), &text);
        for p in parallax_quotes::find_quotes(&text) {
            let Some(g) = gold.iter().find(|g| p.content.start < g.content.1 && g.content.0 < p.content.end) else { continue };
            let Some(gs) = g.source else { continue };
            match p.source {
                None => none += 1,
                Some(s) if !(s.start < gs.1 && gs.0 < s.end) => {
                    wrong += 1;
                    if shown < 14 {
                        shown += 1;
                        let cue = p.cue.map(|c| &text[c.start..c.end]).unwrap_or("-");
                        println!("OURS {:?} GOLD {:?} CUE {cue:?}", &text[s.start..s.end], &text[gs.0..gs.1]);
                    }
                }
                _ => {}
            }
        }
    }
    println!("matched quotes without a source: {none}, with a wrong source: {wrong}");
}
