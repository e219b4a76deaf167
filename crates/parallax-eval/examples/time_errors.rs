//! Developer aid: list TempEval-3 misses, false alarms and wrong values.
fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: time_errors TEMPEVAL_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(dir.join("te3-platinum")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        let xml = std::fs::read_to_string(&f).unwrap();
        let d = parallax_eval::time::parse_timeml("", &xml);
        let sys = parallax_time::find_timexes(&d.text, d.dct);
        for g in &d.gold {
            match sys.iter().find(|s| s.start < g.end && g.start < s.end) {
                None => println!("MISS  {:?} {} {}", &d.text[g.start..g.end], g.kind, g.value),
                Some(s) if s.value.as_deref() != Some(g.value.as_str()) => {
                    println!("VALUE {:?} gold {} ours {:?} ({:?})", &d.text[g.start..g.end], g.value, s.value, s.text)
                }
                _ => {}
            }
        }
        for s in &sys {
            if !d.gold.iter().any(|g| s.start < g.end && g.start < s.end) {
                println!("EXTRA {:?} {:?}", s.text, s.value);
            }
        }
    }
}
