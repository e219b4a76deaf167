fn main() {
    let t = std::env::args().nth(1).unwrap();
    for q in parallax_quotes::find_quotes(&t) {
        println!(
            "{:?} content={:?} cue={:?} source={:?}",
            q.kind,
            &t[q.content.start..q.content.end],
            q.cue.map(|c| &t[c.start..c.end]),
            q.source.map(|s| &t[s.start..s.end])
        );
    }
    let (p, s) = parallax_text::segment(&t);
    println!("{} paragraphs, sentences: {:?}", p.len(), s.iter().map(|x| &t[x.start..x.end]).collect::<Vec<_>>());
}
