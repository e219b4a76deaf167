//! Development aid: the quotes found in a text file, one per line.
fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).expect("usage: qtry FILE")).expect("readable file");
    for q in parallax_quotes::find_quotes(&t) {
        let g = |r: Option<parallax_quotes::Range>| r.map(|r| t[r.start..r.end].to_string()).unwrap_or_default();
        println!(
            "{:?} [{}] cue [{}] src [{}] via [{}]",
            q.kind,
            &t[q.content.start..q.content.end],
            g(q.cue),
            g(q.source),
            g(q.relayed_by)
        );
    }
}
