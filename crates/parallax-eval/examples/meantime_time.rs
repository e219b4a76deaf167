//! Developer aid: MEANTIME time expressions found but not in the gold, and misses.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: meantime_time MEANTIME_DIR"));
    let mut extra = std::collections::HashMap::<String, usize>::new();
    let mut misses = std::collections::HashMap::<String, usize>::new();
    for corpus in std::fs::read_dir(dir.join("intra_cross-doc_annotation")).unwrap() {
        for f in std::fs::read_dir(corpus.unwrap().path()).unwrap() {
            let xml = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let d = parallax_eval::time::parse_cat(&xml);
            let sys: Vec<_> = parallax_time::find_timexes(&d.text, d.dct).into_iter().filter(|t| t.start < d.scored_end).collect();
            for s in &sys {
                if !d.gold.iter().any(|g| g.start < s.end && s.start < g.end) {
                    *extra.entry(s.text.clone()).or_default() += 1;
                }
            }
            for g in &d.gold {
                match sys.iter().find(|s| g.start < s.end && s.start < g.end) {
                    None => *misses.entry(format!("MISS {} {}", &d.text[g.start..g.end], g.value)).or_default() += 1,
                    Some(s) if s.value.as_deref() != Some(g.value.as_str()) => {
                        *misses.entry(format!("VALUE {:?} gold {} ours {:?}", &d.text[g.start..g.end], g.value, s.value)).or_default() += 1
                    }
                    _ => {}
                }
            }
        }
    }
    let mut e: Vec<_> = extra.into_iter().collect();
    e.sort_by_key(|x| std::cmp::Reverse(x.1));
    println!("extras: {:?}", &e[..e.len().min(25)]);
    let mut m: Vec<_> = misses.into_iter().collect();
    m.sort_by_key(|x| std::cmp::Reverse(x.1));
    let shown = std::env::var("ALL").map_or(40, |_| m.len());
    for x in &m[..shown] {
        println!("{x:?}");
    }
}
