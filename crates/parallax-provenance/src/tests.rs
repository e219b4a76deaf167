use super::*;

struct Doc {
    id: &'static str,
    text: String,
    outlet: &'static str,
    day: Option<i64>,
    spans: Vec<Span>,
}

fn doc(id: &'static str, outlet: &'static str, day: Option<i64>, sentences: &[&str]) -> Doc {
    let mut text = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        spans.push(Span::new(text.len(), text.len() + s.len()));
        text.push_str(s);
    }
    Doc { id, text, outlet, day, spans }
}

fn add<'t>(t: &'t mut Tracker, d: &Doc) -> &'t [Pair] {
    t.add(DocInput {
        id: d.id,
        text: &d.text,
        sentences: &d.spans,
        published: d.day.map(|day| Timestamp { seconds: day * 86_400, day_only: true }),
        outlet: Some(d.outlet),
        dateline: None,
        quotes: &[],
    })
}

const ORIGINAL: &[&str] = &[
    "A fire broke out at the Selka grain terminal in Port Aven late on Tuesday, forcing the evacuation of 140 dock workers.",
    "Firefighters battled the blaze for six hours before bringing it under control shortly after dawn on Wednesday.",
    "Harbour master Ilse Varga said the fire started in a conveyor housing on the terminal's north pier.",
    "Two workers were treated for smoke inhalation at Port Aven General Hospital and released the same night.",
    "The terminal handles roughly a third of the region's grain exports, and shipping agents warned of delays.",
    "Investigators from the regional fire service are expected to publish preliminary findings within two weeks.",
];

fn paraphrase() -> Doc {
    doc(
        "para",
        "Meridia Daily",
        Some(11),
        &[
            "Late on Tuesday a blaze erupted at Port Aven's Selka grain terminal, and 140 dock workers were evacuated.",
            "Fire crews fought the flames for six hours and brought them under control soon after dawn on Wednesday.",
            "According to harbour master Ilse Varga, the fire began inside a conveyor housing on the north pier of the terminal.",
            "Shipping agents warned of delays at a terminal that handles about a third of the region's grain exports.",
            "The mayor's office has not commented on the cost of the damage.",
        ],
    )
}

#[test]
fn copies_and_rewrites_point_back_to_the_original() {
    let mut t = Tracker::default();
    let orig = doc("orig", "Harbour Times", Some(10), ORIGINAL);
    assert!(add(&mut t, &orig).is_empty());
    let unrelated = doc(
        "other",
        "Harbour Times",
        Some(10),
        &[
            "The city council approved a new budget for the central library on Monday evening.",
            "Councillors voted nine to four in favour of extending opening hours at weekends.",
            "Librarians welcomed the decision but said staffing remained a concern for the winter.",
        ],
    );
    assert!(add(&mut t, &unrelated).is_empty());

    // A verbatim wire copy, one day later, with a sentence dropped.
    let copy = doc("copy", "Bay Courier", Some(11), &[ORIGINAL[0], ORIGINAL[1], ORIGINAL[2], ORIGINAL[4], ORIGINAL[5]]);
    let pairs = add(&mut t, &copy).to_vec();
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    let p = &pairs[0];
    assert_eq!((p.a.as_str(), p.b.as_str()), ("copy", "orig"));
    assert_eq!(p.kind, PassageKind::Verbatim);
    assert_eq!(p.direction, Direction::AFromB);
    assert_eq!(p.source.as_deref(), Some("orig"));
    assert!(p.a_share > 0.95 && p.b_share > 0.75 && p.b_share < 0.9, "{} {}", p.a_share, p.b_share);
    // the dropped sentence splits the shared text into two passages
    assert_eq!(p.passages.len(), 2);
    assert_eq!(p.passages[0].b.slice(&orig.text), [ORIGINAL[0], ORIGINAL[1], ORIGINAL[2]].join(" "));

    let para = paraphrase();
    let pairs = add(&mut t, &para).to_vec();
    let p = pairs.iter().find(|p| p.b == "orig").expect("paraphrase pairs with the original");
    assert_eq!(p.kind, PassageKind::Paraphrase);
    // the reworded sentences align in order (lexical overlap misses the most heavily
    // reworded one: "fire crews fought the flames" for "firefighters battled the blaze");
    // the fifth sentence is the rewrite's own
    let last = para.spans[4];
    assert!(p.passages.iter().all(|x| x.a.end <= last.start), "{:?}", p.passages);
    let aligned = (0..4).filter(|&i| p.passages.iter().any(|x| x.a.start <= para.spans[i].start && x.a.end >= para.spans[i].end)).count();
    assert!(aligned >= 3, "{:?}", p.passages);
    // the last sentence is its own
    let report = t.report();
    let para_prov = report.articles.iter().find(|a| a.article == "para").unwrap();
    // its own sentence and the unaligned one: about two fifths
    assert!(para_prov.originality > 0.15 && para_prov.originality < 0.5, "{}", para_prov.originality);
    let orig_prov = report.articles.iter().find(|a| a.article == "orig").unwrap();
    assert_eq!(orig_prov.originality, 1.0);
    assert!(orig_prov.copied_by.contains(&"copy".to_string()));
    assert!(!report.articles.iter().any(|a| a.article == "other"));
    // one group of mutually derived articles
    assert_eq!(report.groups.len(), 1);
    assert_eq!(report.groups[0].id, "g-orig");
    assert_eq!(report.groups[0].articles.len(), 3);
}

#[test]
fn unknown_direction_without_evidence() {
    let mut t = Tracker::default();
    let orig = doc("x", "Harbour Times", None, ORIGINAL);
    add(&mut t, &orig);
    let copy = doc("y", "Bay Courier", None, ORIGINAL);
    let p = add(&mut t, &copy)[0].clone();
    assert_eq!(p.direction, Direction::Unknown);
    assert!(p.source.is_none());
}

#[test]
fn attribution_names_the_source_outlet() {
    let mut t = Tracker::default();
    add(&mut t, &doc("wire", "Coastline Wire", None, ORIGINAL));
    let mut s: Vec<&str> = ORIGINAL[..4].to_vec();
    s.push("Coastline Wire first reported the evacuation overnight.");
    let p = add(&mut t, &doc("rewrite", "Sentinel", None, &s))[0].clone();
    assert_eq!(p.direction, Direction::AFromB);
    let e = p.evidence.iter().find(|e| e.kind == "attribution").unwrap();
    assert_eq!(e.at.unwrap().slice(&doc("rewrite", "Sentinel", None, &s).text), "Coastline Wire");
}

#[test]
fn outlet_boilerplate_is_not_reuse() {
    let mut t = Tracker::default();
    let footer = [
        "Sign up for the Harbour Times morning briefing to get the top stories from the coast in your inbox every day.",
        "The Harbour Times is an independent newspaper founded in 1921 and owned by its readers' cooperative trust.",
    ];
    let topics = [
        ["The council approved the library budget on Monday after a long debate.", "Opening hours will be extended at weekends."],
        ["A new ferry route to the islands starts in the spring, operators said.", "Tickets go on sale next month."],
        ["Grain prices rose for the third week running on strong demand.", "Traders expect the rise to continue."],
        ["The museum reopened its maritime wing after two years of restoration work.", "Entry is free until the end of May."],
        ["Local fishermen protested against new quotas outside the port authority.", "The protest ended peacefully at noon."],
    ];
    let mut found = Vec::new();
    for (i, t2) in topics.iter().enumerate() {
        let id: &'static str = ["d0", "d1", "d2", "d3", "d4"][i];
        let d = doc(id, "Harbour Times", None, &[t2[0], t2[1], footer[0], footer[1]]);
        found.push(add(&mut t, &d).len());
    }
    // the first sightings pair up; once the footer is known as boilerplate, no more pairs
    assert!(found[0] == 0 && found[1] >= 1);
    assert_eq!(found[4], 0, "{found:?}");
}

/// The sentence pairs a judge was asked about.
type Asked = std::rc::Rc<std::cell::RefCell<Vec<(String, String)>>>;

/// Answers from a fixed rule and records what it was asked.
struct RuleJudge {
    asked: Asked,
    rule: fn(&str, &str) -> Result<bool, String>,
}

impl ParaphraseJudge for RuleJudge {
    fn same(&self, pairs: &[(&str, &str)]) -> Result<Vec<bool>, String> {
        self.asked.borrow_mut().extend(pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())));
        pairs.iter().map(|(a, b)| (self.rule)(a, b)).collect()
    }
}

fn judged_tracker(rule: fn(&str, &str) -> Result<bool, String>) -> (Tracker, Asked) {
    let asked = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    (Tracker::default().with_judge(Box::new(RuleJudge { asked: asked.clone(), rule })), asked)
}

#[test]
fn a_judge_sees_reworded_sentences_only_and_its_no_removes_them() {
    let orig = doc("orig", "Harbour Times", Some(10), ORIGINAL);
    let copy = doc("copy", "Bay Courier", Some(11), &[ORIGINAL[0], ORIGINAL[1], ORIGINAL[2]]);
    let para = paraphrase();

    // a judge that agrees changes nothing
    let (mut t, asked) = judged_tracker(|_, _| Ok(true));
    add(&mut t, &orig);
    assert_eq!(add(&mut t, &copy).len(), 1);
    assert!(asked.borrow().is_empty(), "verbatim sentences are not asked about");
    let with_yes = add(&mut t, &para).iter().find(|p| p.b == "orig").cloned().expect("the rewrite pairs with the original");
    // the judge gets the sentence texts: the rewrite's sentence, then the original's
    assert!(
        asked.borrow().iter().any(|(a, b)| a == para.text.get(para.spans[0].start..para.spans[0].end).unwrap() && b == ORIGINAL[0]),
        "{:?}",
        asked.borrow()
    );
    assert_eq!(t.judged().rejected, 0);
    let mut plain = Tracker::default();
    add(&mut plain, &orig);
    add(&mut plain, &copy);
    let without = add(&mut plain, &para).iter().find(|p| p.b == "orig").cloned().unwrap();
    assert_eq!(with_yes.passages.len(), without.passages.len());

    // a judge that says no to every reworded sentence leaves the rewrite unpaired
    let (mut t, _) = judged_tracker(|_, _| Ok(false));
    add(&mut t, &orig);
    assert_eq!(add(&mut t, &copy).len(), 1, "verbatim copies do not depend on the judge");
    assert!(add(&mut t, &para).iter().all(|p| p.kind != PassageKind::Paraphrase));
    assert!(t.judged().rejected >= 3 && t.judged().rejected == t.judged().asked);
}

#[test]
fn a_failing_judge_keeps_the_lexical_decision_and_is_counted() {
    let (mut t, _) = judged_tracker(|_, _| Err("model file truncated".into()));
    add(&mut t, &doc("orig", "Harbour Times", Some(10), ORIGINAL));
    let pairs = add(&mut t, &paraphrase()).to_vec();
    assert!(pairs.iter().any(|p| p.b == "orig" && p.kind == PassageKind::Paraphrase));
    assert_eq!(t.judged().failures, 1);
    assert_eq!(t.judged().last_error.as_deref(), Some("model file truncated"));
}

/// Found on a content-farm rewrite of a police report: "numbers differ" said nothing of
/// which numbers. A changed figure or day points at its words on both sides.
#[test]
fn a_changed_figure_points_at_its_words_on_both_sides() {
    let mut t = Tracker::default();
    let orig = doc("x", "Harbour Times", None, ORIGINAL);
    add(&mut t, &orig);
    let mut changed: Vec<&str> = ORIGINAL.to_vec();
    changed[0] = "A fire broke out at the Selka grain terminal in Port Aven late on Monday, forcing the evacuation of 410 dock workers.";
    let copy = doc("y", "Bay Courier", None, &changed);
    let p = add(&mut t, &copy)[0].clone();
    let x = p.passages.iter().find(|x| x.numbers_differ).expect("a passage with changed figures");
    let words = |spans: &[Span], text: &str| spans.iter().map(|s| s.slice(text).to_string()).collect::<Vec<_>>();
    // `a` is the article just added.
    assert_eq!(words(&x.a_only, &copy.text), ["Monday", "410"]);
    assert_eq!(words(&x.b_only, &orig.text), ["Tuesday", "140"]);
    // Passages whose figures agree carry none.
    assert!(p.passages.iter().filter(|x| !x.numbers_differ).all(|x| x.a_only.is_empty() && x.b_only.is_empty()));
}

/// Found on the example corpus: a verbatim fragment of two sentences whose figures differ
/// ("through the passenger hall of the … terminal" in "300 evacuated … Tuesday" and "41 hurt
/// … Monday") printed "only here:" with nothing on either side, since the figures lie outside
/// the shared run.
#[test]
fn a_verbatim_fragment_points_at_the_figures_of_its_sentences() {
    let mut t = Tracker::default();
    let orig = doc("x", "Harbour Times", None, ORIGINAL);
    add(&mut t, &orig);
    let mut changed: Vec<&str> = ORIGINAL.to_vec();
    changed[1] = "Crews fought hard, and firefighters battled the blaze for six hours before bringing it under control, officials told reporters on Thursday.";
    let copy = doc("y", "Bay Courier", None, &changed);
    let p = add(&mut t, &copy)[0].clone();
    let words = |spans: &[Span], text: &str| spans.iter().map(|s| s.slice(text).to_string()).collect::<Vec<_>>();
    for x in p.passages.iter().filter(|x| x.numbers_differ) {
        assert!(!x.a_only.is_empty() && !x.b_only.is_empty(), "{x:?}");
    }
    let x = p.passages.iter().find(|x| x.a_only.iter().any(|s| s.slice(&copy.text) == "Thursday")).expect("the changed sentence's passage");
    assert_eq!(words(&x.b_only, &orig.text), ["Wednesday"], "{x:?}");
}
