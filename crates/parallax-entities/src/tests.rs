//! Rules and alias merging on fixed tagger spans (independent of the shipped
//! weights), then a few sentences through the shipped model.

use crate::rules::apply;
use crate::tokens::tokenize;
use crate::*;

/// Mentions of `text` (one sentence) when the tagger's spans are `raw` (by word).
fn with_spans(text: &str, raw: &[(&str, EntityType)], ctx: &Context) -> (Vec<Mention>, Vec<LocalEntity>) {
    with_spans_and(text, raw, ctx, &crate::tagger::Lexicon::default())
}

/// [`with_spans`] with a capitalisation lexicon.
fn with_spans_and(
    text: &str,
    raw: &[(&str, EntityType)],
    ctx: &Context,
    lexicon: &crate::tagger::Lexicon,
) -> (Vec<Mention>, Vec<LocalEntity>) {
    let mut toks = Vec::new();
    tokenize(text, 0, text.len(), &mut toks);
    let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
    let mut spans = Vec::new();
    let mut from = 0;
    for (name, t) in raw {
        let n: Vec<&str> = {
            let mut v = Vec::new();
            tokenize(name, 0, name.len(), &mut v);
            v.iter().map(|t| &name[t.start..t.end]).collect()
        };
        let i = (from..words.len()).find(|&i| words[i..].starts_with(&n)).unwrap_or_else(|| panic!("{name} not in {text}"));
        spans.push((i, i + n.len(), *t));
        from = i + n.len();
    }
    let mut mentions = Vec::new();
    apply(text, &toks, spans, ctx, &std::cell::OnceCell::new(), &mut mentions);
    let whole = std::iter::once(0..toks.len()).collect::<Vec<_>>();
    let ents = crate::resolve(text, &toks, &whole, ctx, lexicon, &mut mentions);
    (mentions, ents)
}

fn names(text: &str, ms: &[Mention]) -> Vec<(String, EntityType)> {
    ms.iter().map(|m| (text[m.start..m.end].to_string(), m.kind)).collect()
}

#[test]
fn surname_and_full_name_are_one_person() {
    let t = "Merkel spoke first. Angela Merkel then met Olaf Scholz, and Scholz agreed with Merkel.";
    let (ms, ents) = with_spans(
        t,
        &[
            ("Merkel", EntityType::Person),
            ("Angela Merkel", EntityType::Person),
            ("Olaf Scholz", EntityType::Person),
            ("Scholz", EntityType::Person),
            ("Merkel", EntityType::Person),
        ],
        &Context::default(),
    );
    assert_eq!(ents.len(), 2, "{ents:?}");
    assert_eq!(ents[ms[0].entity].name, "Angela Merkel");
    assert_eq!(ms[0].entity, ms[4].entity);
    assert_eq!(ms[2].entity, ms[3].entity);
    assert_eq!(ents[ms[0].entity].mentions, 3);
    assert_eq!(ents[ms[0].entity].aliases, ["Merkel"]);
}

#[test]
fn a_surname_two_people_share_is_the_one_named_last_before_it() {
    // Found on a test article: every "Wahl" went to the brother named in the last paragraph.
    // (A relative introduced by kinship is the exception: see the next test.)
    let t = "Oskar Wahl was jailed. Wahl denied it. Prosecutor Erik Wahl spoke next. Wahl left.";
    let spans =
        [("Oskar Wahl", EntityType::Person), ("Wahl", EntityType::Person), ("Erik Wahl", EntityType::Person), ("Wahl", EntityType::Person)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    let who: Vec<&str> = ms.iter().map(|m| ents[m.entity].name.as_str()).collect();
    assert_eq!(who, ["Oskar Wahl", "Oskar Wahl", "Erik Wahl", "Erik Wahl"]);
    // A surname before any full name is the first one named after it.
    let t = "Wahl was jailed. Oskar Wahl denied it. Erik Wahl was acquitted.";
    let spans = [("Wahl", EntityType::Person), ("Oskar Wahl", EntityType::Person), ("Erik Wahl", EntityType::Person)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(ents[ms[0].entity].name, "Oskar Wahl");
}

#[test]
fn diacritics_and_titles_do_not_split_an_entity() {
    let t = "José Mujica arrived. Jose Mujica left. Chancellor Scholz met Olaf Scholz.";
    let (ms, ents) = with_spans(
        t,
        &[("José Mujica", EntityType::Person), ("Jose Mujica", EntityType::Person), ("Olaf Scholz", EntityType::Person)],
        &Context::default(),
    );
    // The title rule adds `Scholz` after `Chancellor`, and it joins Olaf Scholz.
    assert_eq!(names(t, &ms).iter().filter(|(n, _)| n == "Scholz").count(), 1);
    assert_eq!(ents.len(), 2, "{ents:?}");
    let scholz = ms.iter().find(|m| &t[m.start..m.end] == "Scholz").unwrap();
    assert_eq!(ents[scholz.entity].name, "Olaf Scholz");
    assert_eq!(ents[scholz.entity].titles, ["chancellor"]);
    assert_eq!(ms[0].entity, ms[1].entity);
}

#[test]
fn acronym_joins_the_organisation_it_spells() {
    let t = "The National Aeronautics and Space Administration said NASA would fly.";
    let (ms, ents) = with_spans(
        t,
        &[("National Aeronautics and Space Administration", EntityType::Organization), ("NASA", EntityType::Organization)],
        &Context::default(),
    );
    assert_eq!(ents.len(), 1);
    assert_eq!(ms[0].entity, ms[1].entity);
}

#[test]
fn a_first_name_the_tagger_cut_off_after_a_title_or_a_dash_takes_the_surname() {
    // Found on a dash attribution at the end of an article: "— Commissioner Lena Dahl"
    // gave the person "Lena".
    for t in ["The talks will resume in September. — Commissioner Lena Dahl", "The talks will resume in September. — Lena Dahl"] {
        let (ms, _) = with_spans(t, &[("Lena", EntityType::Person)], &Context::default());
        assert_eq!(names(t, &ms), vec![("Lena Dahl".to_string(), EntityType::Person)], "{t}");
    }
    // Not a day after the name ("— Lena Monday" is no surname), nor a word after a comma.
    let t = "The talks will resume. — Lena, Monday";
    let (ms, _) = with_spans(t, &[("Lena", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), vec![("Lena".to_string(), EntityType::Person)]);
}

#[test]
fn a_company_named_by_its_first_word_is_that_company() {
    // Found on a press release: "welcome Vellmar to Orlen" after "Vellmar Motors" made two.
    let t = "Vellmar Motors opened a plant. We welcome Vellmar to Orlen.";
    let (ms, ents) =
        with_spans(t, &[("Vellmar Motors", EntityType::Organization), ("Vellmar", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].entity, ms[1].entity, "{ents:?}");
    // Not when the rest of the name is more than designators ("Orlen Harbour Authority").
    let t = "The Orlen Harbour Authority met. Orlen officials agreed.";
    let (ms, _) =
        with_spans(t, &[("Orlen Harbour Authority", EntityType::Organization), ("Orlen", EntityType::Organization)], &Context::default());
    assert_ne!(ms[0].entity, ms[1].entity);
}

#[test]
fn a_newspaper_named_by_its_last_word_is_that_newspaper() {
    // Found on an interview: "told the Gazette" after "The Lakeside Gazette spoke to her"
    // made two organisations.
    let t = "The Lakeside Gazette spoke to her on Tuesday. Lind told the Gazette on Wednesday.";
    let (ms, ents) =
        with_spans(t, &[("Lakeside Gazette", EntityType::Organization), ("Gazette", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].entity, ms[1].entity, "{ents:?}");
    // Two newspapers that end so: the bare word is neither.
    let t = "The Lakeside Gazette and the Kellby Gazette disagreed. Lind told the Gazette so.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Lakeside Gazette", EntityType::Organization),
            ("Kellby Gazette", EntityType::Organization),
            ("Gazette", EntityType::Organization),
        ],
        &Context::default(),
    );
    assert!(ms[2].entity != ms[0].entity && ms[2].entity != ms[1].entity);
}

#[test]
fn an_organisation_named_without_its_place_is_the_same_organisation() {
    // Found on an article that says "the Harbour Authority" first and "the Port Aven
    // Harbour Authority" later: they were two organisations.
    let t = "The fire at Port Aven was put out, the Harbour Authority said. The Port Aven Harbour Authority approved the plan.";
    let (ms, ents) = with_spans(
        t,
        &[
            ("Port Aven", EntityType::Place),
            ("Harbour Authority", EntityType::Organization),
            ("Port Aven Harbour Authority", EntityType::Organization),
        ],
        &Context::default(),
    );
    assert_eq!(ms[1].entity, ms[2].entity, "{ents:?}");
    assert_eq!(ents[ms[1].entity].name, "Port Aven Harbour Authority");
    // Two authorities of two places: the bare name is neither.
    let t = "Kellby and Port Aven agreed. The Kellby Harbour Authority and the Port Aven Harbour Authority signed; the Harbour Authority said so.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Kellby", EntityType::Place),
            ("Port Aven", EntityType::Place),
            ("Kellby Harbour Authority", EntityType::Organization),
            ("Port Aven Harbour Authority", EntityType::Organization),
            ("Harbour Authority", EntityType::Organization),
        ],
        &Context::default(),
    );
    assert!(ms[4].entity != ms[2].entity && ms[4].entity != ms[3].entity, "{:?}", names(t, &ms));
    // Nor is a name whose extra words are no place of the article.
    let t = "The Harbour Authority said so. The Northern Harbour Authority did not.";
    let (ms, _) = with_spans(
        t,
        &[("Harbour Authority", EntityType::Organization), ("Northern Harbour Authority", EntityType::Organization)],
        &Context::default(),
    );
    assert_ne!(ms[0].entity, ms[1].entity);
}

#[test]
fn a_person_a_ship_is_named_after_stays_a_person() {
    // Found on an article naming a carrier and then the president it is named after:
    // the ship's bare name made every "Ronald Reagan" a ship, and the tagger's "USS"
    // stayed an organisation of its own inside the ship's name.
    let t = "The USS Ronald Reagan docked on Monday. Ronald Reagan, the former US president, visited the port in 1984.";
    let (ms, ents) = with_spans(
        t,
        &[("USS", EntityType::Organization), ("Ronald Reagan", EntityType::Person), ("Ronald Reagan", EntityType::Person)],
        &Context::default(),
    );
    assert_eq!(names(t, &ms), [("USS Ronald Reagan".to_string(), EntityType::Vessel), ("Ronald Reagan".to_string(), EntityType::Person)]);
    assert_ne!(ms[0].entity, ms[1].entity, "{ents:?}");
    // Without a person's description, the bare name is still the ship.
    let t = "The USS Ronald Reagan docked on Monday. Ronald Reagan will sail on Friday.";
    let (ms, _) = with_spans(t, &[("Ronald Reagan", EntityType::Person), ("Ronald Reagan", EntityType::Person)], &Context::default());
    assert_eq!(ms[1].kind, EntityType::Vessel);
}

#[test]
fn ships_named_after_people_are_not_people() {
    let t = "The USS Ronald Reagan left port as the aircraft carrier Charles de Gaulle arrived.";
    let (ms, _) = with_spans(t, &[("Ronald Reagan", EntityType::Person), ("Charles de Gaulle", EntityType::Person)], &Context::default());
    assert_eq!(
        names(t, &ms),
        [("USS Ronald Reagan".to_string(), EntityType::Vessel), ("Charles de Gaulle".to_string(), EntityType::Vessel)]
    );
    let t = "Crowds gathered outside the Charles de Gaulle on Sunday.";
    let (ms, _) = with_spans(t, &[("Charles de Gaulle", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Facility);
    let t = "Protesters criticised the Obama administration.";
    let (ms, _) = with_spans(t, &[("Obama", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Person);
}

#[test]
fn a_place_that_speaks_is_its_government() {
    let t = "Beijing warned on Monday that talks held in Beijing had failed, Downing Street said.";
    let (ms, ents) = with_spans(
        t,
        &[("Beijing", EntityType::Place), ("Beijing", EntityType::Place), ("Downing Street", EntityType::Facility)],
        &Context::default(),
    );
    assert_eq!(ms[0].kind, EntityType::Organization);
    assert!(ms[0].metonymy);
    assert_eq!(ms[1].kind, EntityType::Place);
    assert!(!ms[1].metonymy);
    assert_ne!(ms[0].entity, ms[1].entity, "the government and the city are kept apart");
    assert!(ms[2].metonymy);
    assert_eq!(ents.len(), 3);
    // Found on a test article: a negated verb still acts ("Washington has not said"), and a
    // place after a preposition is not the subject ("officials in Kellby said").
    let t = "Officials in Kellby said so. Washington has not said whether it will come.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place), ("Washington", EntityType::Place)], &Context::default());
    assert_eq!((ms[0].kind, ms[0].metonymy), (EntityType::Place, false));
    assert_eq!((ms[1].kind, ms[1].metonymy), (EntityType::Organization, true));
}

#[test]
fn outlets_and_bylines_have_their_roles() {
    let authors = vec!["Jonas Berg".to_string()];
    let ctx = Context { outlet: Some("The Harbour Times"), authors: &authors, ..Default::default() };
    let t = "The Harbour Times first reported it; Jonas Berg wrote the story.";
    let (ms, ents) = with_spans(t, &[("Harbour Times", EntityType::Place), ("Jonas Berg", EntityType::Person)], &ctx);
    assert_eq!(ms[0].kind, EntityType::Organization);
    assert_eq!(ents[ms[0].entity].role, "outlet");
    assert_eq!(ents[ms[1].entity].role, "author");
}

#[test]
fn one_name_keeps_one_type_in_an_article() {
    let t = "Selka voted. Ferries to Selka stopped. Selka waits.";
    let (ms, ents) =
        with_spans(t, &[("Selka", EntityType::Law), ("Selka", EntityType::Place), ("Selka", EntityType::Place)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place));
    assert_eq!(ents.len(), 1);
}

#[test]
fn corpus_merges_across_articles_and_joins_surnames() {
    let mut c = Corpus::new();
    let t1 = "Angela Merkel met Olaf Scholz.";
    let (_, e1) = with_spans(t1, &[("Angela Merkel", EntityType::Person), ("Olaf Scholz", EntityType::Person)], &Context::default());
    let t2 = "Merkel spoke in Berlin.";
    let (_, e2) = with_spans(t2, &[("Merkel", EntityType::Person), ("Berlin", EntityType::Place)], &Context::default());
    let t3 = "Angela Merkel left Berlin.";
    let (_, e3) = with_spans(t3, &[("Angela Merkel", EntityType::Person), ("Berlin", EntityType::Place)], &Context::default());
    c.add(0, e1.iter().map(EntityRef::from));
    c.add(1, e2.iter().map(EntityRef::from));
    c.add(2, e3.iter().map(EntityRef::from));
    let ents = c.finish(&[]);
    assert_eq!(ents.len(), 3, "{ents:?}");
    let merkel = ents.iter().find(|e| e.name == "Angela Merkel").unwrap();
    assert_eq!(merkel.articles, [0, 1, 2]);
    assert_eq!(merkel.mentions, 3);
    assert_eq!(merkel.aliases, ["Merkel"]);
    assert_eq!(ents[0].name, "Angela Merkel", "most mentioned first");
}

#[test]
fn shipped_model_reads_and_tags_plain_news_sentences() {
    let rec = Recognizer::shipped().expect("the shipped model loads");
    let t = "President Joe Biden met Prime Minister Rishi Sunak in London on Tuesday, the White House said.";
    let (ms, _) = rec.analyze(t, &[(0, t.len())], &Context::default());
    let got = names(t, &ms);
    assert!(got.contains(&("Joe Biden".to_string(), EntityType::Person)), "{got:?}");
    assert!(got.contains(&("London".to_string(), EntityType::Place)), "{got:?}");
    for m in &ms {
        assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end) && m.start < m.end);
    }
}

#[test]
fn bad_model_bytes_are_an_error_not_a_panic() {
    assert!(Recognizer::from_bytes(b"not a model").is_err());
    assert!(Recognizer::from_bytes(&[]).is_err());
}

#[test]
fn sentence_bounds_off_char_boundaries_are_skipped() {
    let rec = Recognizer::shipped().expect("the shipped model loads");
    let t = "Zürich is calm.";
    let (ms, ents) = rec.analyze(t, &[(0, 2), (0, 999)], &Context::default());
    assert!(ms.is_empty() && ents.is_empty());
}

#[test]
fn corpus_gives_one_name_one_type() {
    let mut c = Corpus::new();
    let t = "Ferries to Selka stopped. Selka waits.";
    let (_, e1) = with_spans(t, &[("Selka", EntityType::Place), ("Selka", EntityType::Place)], &Context::default());
    let (_, e2) = with_spans("Selka passed.", &[("Selka", EntityType::Law)], &Context::default());
    let (_, e3) = with_spans("Beijing warned.", &[("Beijing", EntityType::Place)], &Context::default());
    let (_, e4) = with_spans("They met in Beijing.", &[("Beijing", EntityType::Place)], &Context::default());
    for (i, e) in [e1, e2, e3, e4].iter().enumerate() {
        c.add(i as u32, e.iter().map(EntityRef::from));
    }
    let ents = c.finish(&[]);
    let selka: Vec<_> = ents.iter().filter(|e| e.name == "Selka").collect();
    assert_eq!(selka.len(), 1);
    assert_eq!(selka[0].kind, EntityType::Place);
    assert_eq!(selka[0].articles, [0, 1]);
    // The government and the city stay two entities.
    assert_eq!(ents.iter().filter(|e| e.name == "Beijing").count(), 2);
}

#[test]
fn corpus_follows_a_surname_through_a_type_merge() {
    let mut c = Corpus::new();
    // "Ines Moro" is a person twice and a place once; "Moro" alone joins the person.
    let (_, e1) = with_spans(
        "Ines Moro spoke. Ines Moro left.",
        &[("Ines Moro", EntityType::Person), ("Ines Moro", EntityType::Person)],
        &Context::default(),
    );
    let (_, e2) = with_spans("Ines Moro is a pier.", &[("Ines Moro", EntityType::Place)], &Context::default());
    let (_, e3) = with_spans("Moro said so.", &[("Moro", EntityType::Person)], &Context::default());
    for (i, e) in [e1, e2, e3].iter().enumerate() {
        c.add(i as u32, e.iter().map(EntityRef::from));
    }
    let ents = c.finish(&[]);
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!(ents[0].articles, [0, 1, 2]);
    assert_eq!(ents[0].mentions, 4);
}

#[test]
fn designators_make_organisations_and_teach_the_bare_name() {
    let t = "Vellmar Motors cut jobs. Vellmar said the Corvane Airlines deal held, and Vellmar shares rose.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Vellmar Motors", EntityType::Person),
            ("Vellmar", EntityType::Person),
            ("Corvane Airlines", EntityType::Person),
            ("Vellmar", EntityType::Person),
        ],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0], ("Vellmar Motors".to_string(), EntityType::Organization));
    assert_eq!(n[2], ("Corvane Airlines".to_string(), EntityType::Organization));
    // The bare name takes the designator's type: one strong vote outweighs two weak ones.
    assert_eq!(n[1].1, EntityType::Organization, "{n:?}");
    assert_eq!(n[3].1, EntityType::Organization, "{n:?}");
}

/// Found on a markets report: three bare "Vellmark" the tagger called a person tied with
/// the designator's vote for "Vellmark Industries", and the person won; the company
/// became two entities.
#[test]
fn a_person_loses_a_tie_with_a_designator_s_vote() {
    let t = "Shares in Vellmark Industries fell. Analysts cut their target on Vellmark. Shipping and Vellmark fell. Vellmark will report.";
    let (ms, ents) = with_spans(
        t,
        &[
            ("Vellmark Industries", EntityType::Organization),
            ("Vellmark", EntityType::Person),
            ("Vellmark", EntityType::Person),
            ("Vellmark", EntityType::Person),
        ],
        &Context::default(),
    );
    assert!(ms.iter().all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
    assert_eq!(ents.len(), 1, "{ents:?}");
}

#[test]
fn time_zones_are_not_names() {
    let t = "The ferry left at 14:00 UTC with Ines Moro aboard.";
    let (ms, _) = with_spans(t, &[("UTC", EntityType::Organization), ("Ines Moro", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Ines Moro".to_string(), EntityType::Person)]);
}

#[test]
fn facility_heads_make_places_people_go_to() {
    let t = "Visitors at the Museum of Flight met staff from Corvane Base and the Selka Harbour Authority.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Museum of Flight", EntityType::Organization),
            ("Corvane Base", EntityType::Person),
            ("Selka Harbour Authority", EntityType::Organization),
        ],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0].1, EntityType::Facility);
    assert_eq!(n[1].1, EntityType::Facility);
    // The head of `Selka Harbour Authority` is `Authority`: still an organisation.
    assert_eq!(n[2].1, EntityType::Organization);
}

#[test]
fn an_organisation_noun_before_a_name_types_it_everywhere() {
    let t = "Vellmar gained. The automaker Vellmar said sales rose, and Vellmar hired staff.";
    let (ms, _) = with_spans(
        t,
        &[("Vellmar", EntityType::Person), ("Vellmar", EntityType::Person), ("Vellmar", EntityType::Person)],
        &Context::default(),
    );
    let n = names(t, &ms);
    // "automaker Vellmar" is an organisation, and its strong vote carries the other two.
    assert!(n.iter().all(|(_, k)| *k == EntityType::Organization), "{n:?}");
}

#[test]
fn currency_prefixes_are_not_places() {
    let t = "The contract is worth US$40 billion to the US yard.";
    let (ms, _) = with_spans(t, &[("US", EntityType::Place), ("US", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("US".to_string(), EntityType::Place)]);
    assert_eq!(ms[0].start, t.rfind("US").unwrap());
}

#[test]
fn seats_of_government_speak_for_it_without_the_tagger() {
    let t = "Downing Street said the talks had failed.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Downing Street".to_string(), EntityType::Organization)]);
    assert!(ms[0].metonymy);
}

#[test]
fn a_lone_surname_of_a_named_person_is_that_person() {
    let t = "Senator Mara Quint spoke first. Later Quint's office said the Quint Bridge would close, and the Quint report was read.";
    let (ms, ents) = with_spans(t, &[("Mara Quint", EntityType::Person)], &Context::default());
    let quint: Vec<&Mention> = ms.iter().filter(|m| &t[m.start..m.end] == "Quint").collect();
    // "Quint's office" is her; "the Quint report" and "Quint Bridge" are not lone surnames.
    assert_eq!(quint.len(), 1, "{ms:?}");
    assert_eq!(quint[0].entity, ms[0].entity);
    assert_eq!(ents.len(), 1);
}

#[test]
fn a_facility_named_after_a_person_is_a_facility() {
    let t = "The crew flew home to the Johnson Space Center in Houston.";
    let (ms, _) = with_spans(t, &[("Johnson", EntityType::Person), ("Houston", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms)[0], ("Johnson Space Center".to_string(), EntityType::Facility));
}

#[test]
fn a_maker_with_a_model_number_is_a_product() {
    let t = "Nordair bought 12 Vellmark A380s and two Vellmark 7-40 jets in 2019, Vellmark said, and they fly on Route 66 in 2020.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Nordair", EntityType::Organization),
            ("Vellmark", EntityType::Organization),
            ("Vellmark", EntityType::Organization),
            ("Vellmark", EntityType::Organization),
            ("Route", EntityType::Place),
        ],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert!(got.contains(&("Vellmark A380s".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Vellmark 7-40".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Vellmark".to_string(), EntityType::Organization)), "{got:?}");
    // A place with a number stays a place, and a year is no model number.
    assert!(got.contains(&("Route".to_string(), EntityType::Place)), "{got:?}");
    assert!(!got.iter().any(|(n, _)| n.contains("2019") || n.contains("2020")), "{got:?}");
}

#[test]
fn a_title_before_a_company_designator_is_part_of_the_company() {
    let t = "Workers at General Motors met General Ana Vell on Monday.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    let got = names(t, &ms);
    assert!(got.contains(&("General Motors".to_string(), EntityType::Organization)), "{got:?}");
    assert!(got.contains(&("Ana Vell".to_string(), EntityType::Person)), "{got:?}");
}

#[test]
fn designators_after_a_name_and_air_before_a_country_make_companies() {
    let t = "Nordland Eastern Airlines and Air Nordland ordered jets.";
    let (ms, _) = with_spans(
        t,
        &[("Nordland", EntityType::Place), ("Airlines", EntityType::Place), ("Nordland", EntityType::Place)],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert_eq!(
        got,
        [("Nordland Eastern Airlines".to_string(), EntityType::Organization), ("Air Nordland".to_string(), EntityType::Organization)]
    );
}

#[test]
fn a_one_word_person_followed_by_its_is_an_organisation() {
    let t = "Vellair cut fares on Monday. Vellair said its fleet would grow. Jason said he would fly.";
    let (ms, ents) = with_spans(
        t,
        &[("Vellair", EntityType::Person), ("Vellair", EntityType::Person), ("Jason", EntityType::Person)],
        &Context::default(),
    );
    assert_eq!(ms[0].kind, EntityType::Organization);
    assert_eq!(ents[ms[0].entity].kind, EntityType::Organization);
    assert_eq!(ms[2].kind, EntityType::Person, "{ms:?}");
    // A person named in full keeps the type, whatever the pronouns.
    let t = "Mara Quint spoke. Quint said its fleet would grow.";
    let (ms, _) = with_spans(t, &[("Mara Quint", EntityType::Person), ("Quint", EntityType::Person)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Person));
}

#[test]
fn bracketed_acronyms_and_names_after_organisation_nouns() {
    let t = "Nordland Airlines (NLA) said the airline Vellair and the company, Brokk, would merge.";
    let (ms, ents) = with_spans(t, &[("Nordland Airlines", EntityType::Organization)], &Context::default());
    // The acronym is an alias of the name it follows.
    assert_eq!(ms[1].entity, ms[0].entity);
    assert!(ents[ms[0].entity].aliases.contains(&"NLA".to_string()), "{ents:?}");
    let got = names(t, &ms);
    assert_eq!(
        got,
        [
            ("Nordland Airlines".to_string(), EntityType::Organization),
            ("NLA".to_string(), EntityType::Organization),
            ("Vellair".to_string(), EntityType::Organization),
            ("Brokk".to_string(), EntityType::Organization)
        ]
    );
}

#[test]
fn a_known_acronym_is_found_wherever_it_stands_again() {
    let t = "The Nordland Health Office (NHO) met. NHO say prices rose by US$4, the NHO report said.";
    let (ms, ents) = with_spans(t, &[("Nordland Health Office", EntityType::Organization)], &Context::default());
    let nho: Vec<&Mention> = ms.iter().filter(|m| &t[m.start..m.end] == "NHO").collect();
    assert_eq!(nho.len(), 3, "{ms:?}");
    assert!(nho.iter().all(|m| m.entity == ms[0].entity && m.kind == EntityType::Organization));
    assert_eq!(ents.len(), 1);
}

#[test]
fn an_organisation_noun_ending_a_line_does_not_name_the_next_line() {
    // Regression: "2. Pack a power bank\n\nThere …" made "There" an organisation.
    let t = "Pack a power bank\n\nThere is a ferry at noon, and the airline, Vellair, flies at six.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Vellair".to_string(), EntityType::Organization)]);
}

#[test]
fn example_corpus_a_tied_name_still_keeps_one_type() {
    // One vote each: the name still gets one type, and a person loses the tie.
    let t = "We need a link to Kellby as well. A link from Kellby would be considered.";
    let (ms, ents) = with_spans(t, &[("Kellby", EntityType::Person), ("Kellby", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Kellby".into(), EntityType::Place), ("Kellby".into(), EntityType::Place)]);
    assert_eq!(ents.len(), 1, "{ents:?}");
    // Between two types that are not people, the first mention decides.
    let t = "Airbus won the order. Airbus shares rose.";
    let (ms, _) = with_spans(t, &[("Airbus", EntityType::Organization), ("Airbus", EntityType::Place)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
}

#[test]
fn example_corpus_port_aven_is_a_place() {
    // A place prefix makes a place of what the tagger called a person, and joins the name
    // when the tagger left the prefix out.
    let t = "Crossings between Port Aven and the islands restarted.";
    let (ms, _) = with_spans(t, &[("Port Aven", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Port Aven".into(), EntityType::Place)]);
    let t = "When Port Aven closes, we are an island.";
    let (ms, _) = with_spans(t, &[("Aven", EntityType::Person)], &Context::default());
    assert_eq!(ms.len(), 1);
    assert_eq!(&t[ms[0].start..ms[0].end], "Port Aven");
    assert_ne!(ms[0].kind, EntityType::Person);
    // A designator after it still makes the organisation.
    let t = "The unaccountable Port Aven Harbour Authority has failed.";
    let (ms, _) = with_spans(t, &[("Port Aven Harbour Authority", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Port Aven Harbour Authority".into(), EntityType::Organization)]);
}

#[test]
fn example_corpus_a_model_number_inside_the_name_is_a_product() {
    let t = "Our pick is the StormGuard X2 hand-crank radio.";
    let (ms, _) = with_spans(t, &[("StormGuard X2", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms), [("StormGuard X2".into(), EntityType::Product)]);
    // A year is no model number.
    let t = "The Harbour Forum 2026 opened.";
    let (ms, _) = with_spans(t, &[("Harbour Forum 2026", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization);
}

#[test]
fn example_corpus_a_word_before_a_name_is_part_of_it() {
    // The tagger split "Old" from "Customs House": one name, typed by its head (a house
    // people go to is a facility).
    let t = "People stranded at the Old Customs House waited.";
    let (ms, _) = with_spans(t, &[("Old", EntityType::Person), ("Customs House", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms), [("Old Customs House".into(), EntityType::Facility)]);
    // An organisation's branch keeps the organisation.
    let t = "EADS North America filed the bid.";
    let (ms, _) = with_spans(t, &[("EADS", EntityType::Organization), ("North America", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("EADS North America".into(), EntityType::Organization)]);
    // Two names, the second a person, stay two.
    let t = "Officials of Selka Ines Moro met said nothing.";
    let (ms, _) = with_spans(t, &[("Selka", EntityType::Place), ("Ines Moro", EntityType::Person)], &Context::default());
    assert_eq!(ms.len(), 2, "{:?}", names(t, &ms));
}

#[test]
fn measures_and_words_inside_titles_are_not_names() {
    let t = "Inspectors found faults in the aircraft's 500km of wiring.";
    let (ms, _) = with_spans(t, &[("500km", EntityType::Organization)], &Context::default());
    assert!(ms.is_empty(), "{:?}", names(t, &ms));
    let t = "The former Chief Operating Officer, Ines Moro, will take over.";
    let (ms, _) = with_spans(t, &[("Operating", EntityType::Person), ("Ines Moro", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Ines Moro".into(), EntityType::Person)]);
    // A number before a name is kept with it.
    let t = "The 3M Company said profits rose.";
    let (ms, _) = with_spans(t, &[("3M Company", EntityType::Organization)], &Context::default());
    assert_eq!(ms.len(), 1);
}

#[test]
fn an_airline_named_for_a_place_leaves_the_place_a_place() {
    // "Singapore Airlines" on MEANTIME: the descriptive head says nothing about the city.
    let t = "Brova Airlines took its first jet. The jet was delivered in Brova. Brova Airlines paid.";
    let (ms, _) = with_spans(
        t,
        &[("Brova Airlines", EntityType::Organization), ("Brova", EntityType::Place), ("Brova Airlines", EntityType::Organization)],
        &Context::default(),
    );
    assert_eq!(names(t, &ms)[1], ("Brova".to_string(), EntityType::Place));
    // A legal form still decides: "Brova Group PLC" is the company "Brova".
    let t = "Brova Group PLC took its first jet. Brova said it was delivered.";
    let (ms, _) = with_spans(t, &[("Brova Group PLC", EntityType::Organization), ("Brova", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms)[1], ("Brova".to_string(), EntityType::Organization));
}

#[test]
fn a_country_is_a_place_and_never_a_person_s_surname() {
    // MEANTIME: "Garuda Indonesia", taken for a person, made "Indonesia" its surname.
    let t = "Garuda Indonesia lost a jet. Indonesia's transport minister spoke. Flights to Indonesia stopped.";
    let (ms, _) = with_spans(
        t,
        &[("Garuda Indonesia", EntityType::Person), ("Indonesia", EntityType::Person), ("Indonesia", EntityType::Person)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[1], ("Indonesia".to_string(), EntityType::Place), "{n:?}");
    assert_eq!(n[2], ("Indonesia".to_string(), EntityType::Place), "{n:?}");
    assert_ne!(ms[0].entity, ms[1].entity);
}

#[test]
fn every_designator_comes_off_and_the_designator_decides() {
    // The tagger called the bare name a person three times; "Group PLC" settles it.
    let t = "Aer Lingus buys jets. Aer Lingus Group PLC said it will pay. Aer Lingus also has options. Aer Lingus flies to Boston.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Aer Lingus", EntityType::Person),
            ("Aer Lingus Group PLC", EntityType::Organization),
            ("Aer Lingus", EntityType::Person),
            ("Aer Lingus", EntityType::Person),
            ("Boston", EntityType::Place),
        ],
        &Context::default(),
    );
    let kinds: Vec<EntityType> = ms.iter().filter(|m| t[m.start..m.end].starts_with("Aer")).map(|m| m.kind).collect();
    assert_eq!(kinds, [EntityType::Organization; 4], "{:?}", names(t, &ms));
}

#[test]
fn storms_are_events() {
    // Found on a weather report: "Storm Bodil" was a person.
    let t2 = "Storm Bodil cut power to 40,000 homes.";
    let (ms2, _) = with_spans(t2, &[("Storm Bodil", EntityType::Person)], &Context::default());
    assert_eq!(names(t2, &ms2), [("Storm Bodil".into(), EntityType::Event)]);
    // Found on a storm round-up: the tagger saw nothing in "Storm Halvar swept across".
    let t3 = "Storm Halvar swept across the coast. A storm Warning was issued.";
    let (ms3, _) = with_spans(t3, &[], &Context::default());
    assert_eq!(names(t3, &ms3), [("Storm Halvar".into(), EntityType::Event)]);
    let t = "Officials braced for Cyclone Phailin as Hurricane Maria weakened.";
    let (ms, _) = with_spans(t, &[("Cyclone Phailin", EntityType::Organization), ("Maria", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Cyclone Phailin".into(), EntityType::Event), ("Hurricane Maria".into(), EntityType::Event)]);
    // The prefix alone names nothing.
    let t = "The Cyclone lost strength over land.";
    let (ms, _) = with_spans(t, &[("Cyclone", EntityType::Organization)], &Context::default());
    assert!(ms.is_empty());
}

#[test]
fn a_name_after_the_port_of_or_the_city_of_is_a_place() {
    // "the port of Kellby" was typed an organisation; a capitalised head ("Port of
    // Tarrow Authority", "University of Selka") is a name of its own.
    let t = "Loading gear at the port of Kellby and farms in the city of Orlen helped; the University of Selka agreed.";
    let (ms, _) = with_spans(
        t,
        &[("Kellby", EntityType::Organization), ("Orlen", EntityType::Person), ("University of Selka", EntityType::Organization)],
        &Context::default(),
    );
    assert_eq!(
        names(t, &ms),
        [
            ("Kellby".to_string(), EntityType::Place),
            ("Orlen".to_string(), EntityType::Place),
            ("University of Selka".to_string(), EntityType::Organization)
        ]
    );
}

#[test]
fn a_place_named_before_a_facility_noun_is_a_place() {
    // The tagger's facility span stopped at the name: "the Port Aven ferry terminal". With a
    // facility head of its own ("Port Aven Station") the facility stays.
    let t = "The fire at the Port Aven ferry terminal closed Port Aven Station and Fort Selka.";
    let (ms, _) = with_spans(
        t,
        &[("Port Aven", EntityType::Facility), ("Port Aven Station", EntityType::Facility), ("Fort Selka", EntityType::Facility)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0], ("Port Aven".to_string(), EntityType::Place), "{n:?}");
    assert_eq!(n[1], ("Port Aven Station".to_string(), EntityType::Facility), "{n:?}");
    assert_eq!(n[2], ("Fort Selka".to_string(), EntityType::Place), "{n:?}");
}

#[test]
fn hospitals_halls_and_houses_are_facilities_but_a_house_of_parliament_is_not() {
    let t = "Two were taken to St. Brenna Hospital, and the Old Customs House opened, while the House of Commons sat.";
    let (ms, _) = with_spans(
        t,
        &[
            ("St. Brenna Hospital", EntityType::Place),
            ("Old Customs House", EntityType::Organization),
            ("House of Commons", EntityType::Organization),
        ],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0].1, EntityType::Facility, "{n:?}");
    assert_eq!(n[1].1, EntityType::Facility, "{n:?}");
    assert_eq!(n[2].1, EntityType::Organization, "{n:?}");
}

#[test]
fn a_stock_index_is_neither_its_publisher_nor_its_market() {
    // The index is named before "index" with a number or a kind between, or ends in "Index"
    // or "Average"; its other mentions follow, also where the tagger missed the first.
    let t = "Kellby's Vessa stock index fell. The Vessa closed down 6 percent. Orlen Trust said the Orlen 50 index rose.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Kellby", EntityType::Place),
            ("Vessa", EntityType::Place),
            ("Vessa", EntityType::Place),
            ("Orlen Trust", EntityType::Organization),
            ("Orlen", EntityType::Organization),
        ],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert!(n.contains(&("Kellby".to_string(), EntityType::Place)), "{n:?}");
    assert_eq!(n.iter().filter(|x| **x == ("Vessa".to_string(), EntityType::Product)).count(), 2, "{n:?}");
    // the number is part of the index's name, as a model number is of a product's
    assert!(n.contains(&("Orlen 50".to_string(), EntityType::Product)), "{n:?}");
    assert!(n.contains(&("Orlen Trust".to_string(), EntityType::Organization)), "{n:?}");
    // the tagger marked only the mention without the cue; the other is found as the same
    // one-word name, and both are the index
    let t = "The Vessa closed down 6 percent after Kellby's Vessa stock index fell.";
    let (ms, _) = with_spans(t, &[("Vessa", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Vessa".to_string(), EntityType::Product), ("Vessa".to_string(), EntityType::Product)]);
    let t = "The Brova Industrial Average lost 300 points, and the Brova rose later.";
    let (ms, _) =
        with_spans(t, &[("Brova Industrial Average", EntityType::Organization), ("Brova", EntityType::Organization)], &Context::default());
    assert!(names(t, &ms).iter().all(|(_, k)| *k == EntityType::Product), "{:?}", names(t, &ms));
    // A market's place before a plain "index", a publisher's possessive and a country stay.
    for (t, name, kind) in [
        ("The primary Kellby index fell.", "Kellby", EntityType::Place),
        ("Orlen Trust's index of prices rose.", "Orlen Trust", EntityType::Organization),
        ("The Norway 30 index rose.", "Norway", EntityType::Place),
    ] {
        let (ms, _) = with_spans(t, &[(name, kind)], &Context::default());
        assert_eq!(names(t, &ms), [(name.to_string(), kind)], "{t}");
    }
}

#[test]
fn a_bank_or_university_of_a_place_is_one_organisation() {
    // The tagger marked only the place after "of".
    let t =
        "The Bank of Kellby cut rates, and the Royal Bank of Orlen followed. Students at the University of Kellby left. Kellby is cold.";
    let (ms, _) = with_spans(
        t,
        &[("Kellby", EntityType::Place), ("Orlen", EntityType::Place), ("Kellby", EntityType::Place), ("Kellby", EntityType::Place)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(
        n,
        [
            ("Bank of Kellby".to_string(), EntityType::Organization),
            ("Royal Bank of Orlen".to_string(), EntityType::Organization),
            ("University of Kellby".to_string(), EntityType::Organization),
            ("Kellby".to_string(), EntityType::Place),
        ]
    );
    // "the port of Kellby" stays the place, and "Governor of Kellby" is no organisation.
    let t = "Ships left the port of Kellby. The Governor of Kellby spoke.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place), ("Kellby", EntityType::Place)], &Context::default());
    assert!(names(t, &ms).iter().all(|(n, k)| n == "Kellby" && *k == EntityType::Place), "{:?}", names(t, &ms));
}

#[test]
fn a_public_body_named_after_its_country_is_the_body() {
    let t = "The Kellby Senate voted, and the Kellby Air Force flew. Kellby is cold.";
    let (ms, _) =
        with_spans(t, &[("Kellby", EntityType::Place), ("Kellby", EntityType::Place), ("Kellby", EntityType::Place)], &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Kellby Senate".to_string(), EntityType::Organization),
            ("Kellby Air Force".to_string(), EntityType::Organization),
            ("Kellby".to_string(), EntityType::Place),
        ]
    );
}

#[test]
fn a_name_before_a_flight_number_is_the_airline() {
    let t = "The losses of Kell Air Flight 574 and Orlen Wings Flight 200 shook the island.";
    let (ms, _) = with_spans(t, &[("Kell Air", EntityType::Person), ("Orlen Wings", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Kell Air".to_string(), EntityType::Organization), ("Orlen Wings".to_string(), EntityType::Organization)]);
}

#[test]
fn a_given_name_in_apposition_to_a_kin_noun_is_a_person_wherever_it_stands() {
    // The tagger saw none of them.
    let t = "The couple lost their child, Gloria. Gloria had been ill for months. A girl named Ines waved. A dog named Rufus barked. The coach was named Tuesday.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    let n = names(t, &ms);
    assert_eq!(
        n,
        [("Gloria".to_string(), EntityType::Person), ("Gloria".to_string(), EntityType::Person), ("Ines".to_string(), EntityType::Person),]
    );
    assert_eq!(ms[0].entity, ms[1].entity);
    // a capitalised word after the kin noun that continues a name: the whole name, set
    // off after its role, not the given name alone
    let t = "Her son, Tomas Vell, spoke.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Tomas Vell".to_string(), EntityType::Person)]);
}

#[test]
fn a_storm_named_with_its_kind_teaches_its_bare_name() {
    let t = "Cyclone Vessa reached the coast. Vessa's winds will weaken as it moves inland.";
    let (ms, _) = with_spans(t, &[("Cyclone Vessa", EntityType::Event), ("Vessa", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Cyclone Vessa".to_string(), EntityType::Event), ("Vessa".to_string(), EntityType::Event)]);
    // without the kind, a place stays a place
    let t = "Vessa's harbour reopened.";
    let (ms, _) = with_spans(t, &[("Vessa", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Vessa".to_string(), EntityType::Place)]);
}

#[test]
fn a_craft_named_with_its_kind_teaches_its_bare_name() {
    // "Space Shuttle Vessa" was not marked by the tagger; the bare name was, as a company.
    let t = "Finally, Vessa will go on display, and Orlen flew 30 times. An image shows Space Shuttle Vessa and the orbiter Orlen.";
    let (ms, _) = with_spans(t, &[("Vessa", EntityType::Organization), ("Orlen", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Vessa".to_string(), EntityType::Vessel), ("Orlen".to_string(), EntityType::Vessel)]);
    // a ship prefix in a marked name does the same
    let t = "HMS Kellby sailed at dawn. Kellby reached port at noon.";
    let (ms, _) = with_spans(t, &[("HMS Kellby", EntityType::Organization), ("Kellby", EntityType::Place)], &Context::default());
    assert!(names(t, &ms).iter().all(|(_, k)| *k == EntityType::Vessel), "{:?}", names(t, &ms));
}

#[test]
fn capitalised_words_the_tagger_left_alone_that_end_in_a_designator_are_a_company() {
    let t = "Mara Vell founded Heaven Lane Studios in 2010. The Studios were small.";
    let (ms, _) = with_spans(t, &[("Mara Vell", EntityType::Person)], &Context::default());
    assert_eq!(
        names(t, &ms),
        [("Mara Vell".to_string(), EntityType::Person), ("Heaven Lane Studios".to_string(), EntityType::Organization)]
    );
}

#[test]
fn an_occupation_before_a_name_makes_a_person() {
    // The tagger saw the first, typed the second as an organisation and missed the third.
    let t = "Senior researcher Mu Li and analyst Wu Jing met interviewee R Saravanan.";
    let (ms, _) = with_spans(t, &[("Wu Jing", EntityType::Organization)], &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Mu Li".to_string(), EntityType::Person),
            ("Wu Jing".to_string(), EntityType::Person),
            ("R Saravanan".to_string(), EntityType::Person)
        ]
    );
    // a company after the noun stays a company, and one capitalised word is left to the tagger
    let t = "The analyst Vellmar Motors hired and engineer Kerr spoke.";
    let (ms, _) = with_spans(t, &[("Vellmar Motors", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms), [("Vellmar Motors".to_string(), EntityType::Organization)]);
}

#[test]
fn a_field_before_a_country_names_a_government_agency() {
    // the tagger took the field in, or left it out
    let t = "Environment Canada issued a warning. Figures from Statistics Norway agree.";
    let (ms, _) = with_spans(t, &[("Environment Canada", EntityType::Place), ("Norway", EntityType::Place)], &Context::default());
    assert_eq!(
        names(t, &ms),
        [("Environment Canada".to_string(), EntityType::Organization), ("Statistics Norway".to_string(), EntityType::Organization)]
    );
    // a country alone stays a place
    let t = "The storm reached Canada.";
    let (ms, _) = with_spans(t, &[("Canada", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Canada".to_string(), EntityType::Place)]);
}

#[test]
fn a_title_of_a_place_before_a_name_keeps_place_and_holder_apart() {
    // the tagger read the place and the governor as one place
    let t = "In a statement, Governor of Aven Ines Moro said the pier would reopen.";
    let (ms, _) = with_spans(t, &[("Aven Ines Moro", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Aven".to_string(), EntityType::Place), ("Ines Moro".to_string(), EntityType::Person)]);
}

#[test]
fn a_family_named_in_the_plural_is_people_not_a_building() {
    let t = "Tomas Vell and Ana Vell were charged. The Vells continued to shun doctors.";
    let (ms, _) = with_spans(
        t,
        &[("Tomas Vell", EntityType::Person), ("Ana Vell", EntityType::Person), ("Vells", EntityType::Person)],
        &Context::default(),
    );
    assert_eq!(names(t, &ms)[2], ("Vells".to_string(), EntityType::Person));
    // a single name after "the" is still a thing named after a person
    let t = "Crowds visited the Lind Memorial. Later the Vell opened to the public.";
    let (ms, _) = with_spans(t, &[("Vell", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Vell".to_string(), EntityType::Facility)]);
}

#[test]
fn a_word_the_article_also_writes_in_lowercase_is_no_name() {
    let t = "Salt lacks iodine. Iodine deficiency harms children, and iodine is cheap. Mark said so. Mark Vell is a doctor; his mark stands and the mark is high.";
    let (ms, _) = with_spans(
        t,
        &[("Iodine", EntityType::Person), ("Mark", EntityType::Person), ("Mark Vell", EntityType::Person)],
        &Context::default(),
    );
    // "Mark" stays: it is a word of a longer name the article has
    assert_eq!(names(t, &ms), [("Mark".to_string(), EntityType::Person), ("Mark Vell".to_string(), EntityType::Person)]);
}

#[test]
fn a_bracketed_acronym_takes_its_name_s_type_over_the_tagger_s() {
    // the tagger stopped before "Center" and called the acronym an organisation
    let t = "Crews left Vell Space Center (VSC) in Aven. Later the VSC reopened.";
    let (ms, _) = with_spans(
        t,
        &[("Vell Space", EntityType::Place), ("VSC", EntityType::Organization), ("Aven", EntityType::Place)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0], ("Vell Space Center".to_string(), EntityType::Facility));
    assert_eq!(n[1], ("VSC".to_string(), EntityType::Facility));
}

#[test]
fn honours_after_a_name_are_no_names() {
    let t = "The prosecutor, Mark Vell, QC, said the parents failed. Ana Lind, OBE, agreed.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Mark Vell", EntityType::Person),
            ("QC", EntityType::Organization),
            ("Ana Lind", EntityType::Person),
            ("OBE", EntityType::Organization),
        ],
        &Context::default(),
    );
    assert_eq!(names(t, &ms), [("Mark Vell".to_string(), EntityType::Person), ("Ana Lind".to_string(), EntityType::Person)]);
}

#[test]
fn a_listed_company_is_an_organisation_unless_a_person_bears_the_name() {
    let t = "Airbus cut jobs as Northrop Grumman won the contract. Gerald Ford spoke, and Ford was cheered.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Airbus", EntityType::Place),
            ("Northrop Grumman", EntityType::Person),
            ("Gerald Ford", EntityType::Person),
            ("Ford", EntityType::Organization),
        ],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0], ("Airbus".to_string(), EntityType::Organization));
    assert_eq!(n[1], ("Northrop Grumman".to_string(), EntityType::Organization));
    assert_eq!(n[3], ("Ford".to_string(), EntityType::Person));
}

#[test]
fn a_listed_company_named_once_is_named_wherever_it_is_written() {
    // the tagger saw only the first "Boeing"; a longer word holding the name is no mention
    let t = "Boeing pushes back its new jet. Engineers at Boeing said the wing needs work. Boeingville is a town.";
    let (ms, _) = with_spans(t, &[("Boeing", EntityType::Organization)], &Context::default());
    let n: Vec<_> = ms.iter().map(|m| (m.start, &t[m.start..m.end], m.kind)).collect();
    assert_eq!(n, [(0, "Boeing", EntityType::Organization), (45, "Boeing", EntityType::Organization)]);
}

#[test]
fn a_party_s_name_and_a_compound_title_before_a_name_the_tagger_missed() {
    // Found on a test article: the tagger saw neither name in this sentence.
    let t = "Green Alliance co-chair Mats Lund disputed the account.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Green Alliance".to_string(), EntityType::Organization), ("Mats Lund".to_string(), EntityType::Person)]);
}

#[test]
fn a_club_is_an_organisation_and_a_first_name_is_its_person() {
    // Found on a sports report: the club was a person, and "Ilse" an organisation apart from
    // Ilse Varga.
    let t = "Kellby United sacked Ilse Varga. “Ilse gave everything,” the chairman said.";
    let spans = [("Kellby United", EntityType::Person), ("Ilse Varga", EntityType::Person), ("Ilse", EntityType::Organization)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization);
    assert_eq!((ms[2].kind, ms[2].entity), (EntityType::Person, ms[1].entity), "{ents:?}");
}

#[test]
fn the_outlet_named_in_full_and_a_journal_are_organisations() {
    // Found on a health report: "told Health Desk" gave a person "Desk", and the journal a place.
    let t = "Reyes told Health Desk the study in the Journal of Northern Medicine was sound.";
    let ctx = Context { outlet: Some("Health Desk"), ..Context::default() };
    let spans = [("Reyes", EntityType::Person), ("Desk", EntityType::Person), ("Journal of Northern Medicine", EntityType::Place)];
    let (ms, ents) = with_spans(t, &spans, &ctx);
    assert_eq!(
        names(t, &ms),
        [
            ("Reyes".to_string(), EntityType::Person),
            ("Health Desk".to_string(), EntityType::Organization),
            ("Journal of Northern Medicine".to_string(), EntityType::Organization)
        ]
    );
    assert_eq!(ents[ms[1].entity].role, "outlet");
}

#[test]
fn a_title_the_tagger_marked_alone_before_a_name_is_no_name() {
    let t = "Minister Petra Lund said the port would reopen. The Minister left early.";
    let (ms, _) = with_spans(t, &[("Minister", EntityType::Person), ("Petra Lund", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Petra Lund".to_string(), EntityType::Person)]);
    // Found on a test article: "Council member Petra Lind" made the council an organisation.
    let t = "Council member Petra Lind said the talks had stalled. The Labour member Ada Roth agreed.";
    let spans = [
        ("Council", EntityType::Organization),
        ("Petra Lind", EntityType::Person),
        ("Labour", EntityType::Organization),
        ("Ada Roth", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Petra Lind".to_string(), EntityType::Person),
            ("Labour".to_string(), EntityType::Organization),
            ("Ada Roth".to_string(), EntityType::Person)
        ]
    );
}

#[test]
fn an_organisation_s_head_before_for_and_a_name_is_one_organisation() {
    let t = "Ana Lind of the Kellby Centre for Ferry Safety said the beams were sound.";
    let (ms, _) = with_spans(
        t,
        &[("Ana Lind", EntityType::Person), ("Kellby", EntityType::Place), ("Ferry Safety", EntityType::Person)],
        &Context::default(),
    );
    assert_eq!(
        names(t, &ms),
        [("Ana Lind".to_string(), EntityType::Person), ("Kellby Centre for Ferry Safety".to_string(), EntityType::Organization)]
    );
    // Not every capitalised word before `for` is an organisation's head.
    let t = "Voters in Kellby cheered for Ana Lind.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place), ("Ana Lind", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Kellby".to_string(), EntityType::Place), ("Ana Lind".to_string(), EntityType::Person)]);
}

#[test]
fn a_head_and_a_name_marked_apart_around_of_are_one_organisation() {
    let t = "The Bank of Kellby and the Bank of Canada cut rates.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Bank", EntityType::Organization),
            ("Kellby", EntityType::Place),
            ("Bank", EntityType::Organization),
            ("Canada", EntityType::Place),
        ],
        &Context::default(),
    );
    assert_eq!(
        names(t, &ms),
        [("Bank of Kellby".to_string(), EntityType::Organization), ("Bank of Canada".to_string(), EntityType::Organization)]
    );
}

#[test]
fn a_token_with_digits_opens_no_person_s_name() {
    // An image caption's leftover width before a name, as wiki exports leave it.
    let t = "150px Ines Moro, director of the harbour authority, spoke first.";
    let (ms, _) = with_spans(t, &[("150px Ines Moro", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Ines Moro".to_string(), EntityType::Person)]);
}

#[test]
fn an_industry_word_as_the_last_word_makes_a_company() {
    let t = "Kellby Commercial Airplanes and Nordvik Petroleum signed the deal.";
    let (ms, _) = with_spans(
        t,
        &[("Kellby Commercial Airplanes", EntityType::Person), ("Nordvik Petroleum", EntityType::Place)],
        &Context::default(),
    );
    assert_eq!(
        names(t, &ms),
        [
            ("Kellby Commercial Airplanes".to_string(), EntityType::Organization),
            ("Nordvik Petroleum".to_string(), EntityType::Organization)
        ]
    );
}

#[test]
fn a_listed_makers_product_line_is_a_product_and_teaches_its_bare_name() {
    let t = "Ford will bring back the Ford Taurus next spring, and dealers in Selka say the Taurus always sold well.";
    let (ms, _) = with_spans(
        t,
        &[
            ("Ford", EntityType::Organization),
            ("Ford Taurus", EntityType::Organization),
            ("Selka", EntityType::Place),
            ("Taurus", EntityType::Organization),
        ],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert!(got.contains(&("Ford".to_string(), EntityType::Organization)), "{got:?}");
    assert!(got.contains(&("Ford Taurus".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Taurus".to_string(), EntityType::Product)), "{got:?}");
    // A unit of the maker, a second company and a maker's legal name stay organisations.
    for (t, name) in [
        ("Apple Computer opened a store in Port Aven.", "Apple Computer"),
        ("Sony Ericsson opened a store in Port Aven.", "Sony Ericsson"),
        ("Microsoft Research opened a lab in Port Aven.", "Microsoft Research"),
        ("Apple Inc opened a store in Port Aven.", "Apple Inc"),
    ] {
        let (ms, _) = with_spans(t, &[(name, EntityType::Organization), ("Port Aven", EntityType::Place)], &Context::default());
        assert_eq!(names(t, &ms)[0], (name.to_string(), EntityType::Organization), "{t}");
    }
}

#[test]
fn a_listed_maker_with_a_model_number_is_a_product_wherever_it_is_found() {
    // The tagger took the maker for a place in one sentence and saw nothing in the other.
    let t = "Kellby Air will buy ten Airbus A320 jets. Boeing said its own offer stood. The airline already flies two Boeing 737 planes.";
    let (ms, _) = with_spans(
        t,
        &[("Kellby Air", EntityType::Organization), ("Airbus", EntityType::Place), ("Boeing", EntityType::Organization)],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert!(got.contains(&("Airbus A320".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Boeing 737".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Boeing".to_string(), EntityType::Organization)), "{got:?}");
    assert!(!got.contains(&("Airbus".to_string(), EntityType::Place)), "{got:?}");
}

#[test]
fn a_name_before_the_kind_of_product_it_names_is_the_product() {
    let t = "The port tracks ferries in the Tidewatch database, and its staff carry Vellmark tablets and Intel processors.";
    let (ms, _) = with_spans(
        t,
        &[("Tidewatch", EntityType::Organization), ("Vellmark", EntityType::Organization), ("Intel", EntityType::Organization)],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert!(got.contains(&("Tidewatch".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Vellmark".to_string(), EntityType::Product)), "{got:?}");
    // A listed maker stays the maker.
    assert!(got.contains(&("Intel".to_string(), EntityType::Organization)), "{got:?}");
}

#[test]
fn a_name_ending_in_a_model_word_is_a_product() {
    let t = "Dealers in Selka sold out of the Tidewell Pro and the Tidewell Mini within a day.";
    let (ms, _) = with_spans(
        t,
        &[("Selka", EntityType::Place), ("Tidewell Pro", EntityType::Person), ("Tidewell Mini", EntityType::Organization)],
        &Context::default(),
    );
    let got = names(t, &ms);
    assert!(got.contains(&("Tidewell Pro".to_string(), EntityType::Product)), "{got:?}");
    assert!(got.contains(&("Tidewell Mini".to_string(), EntityType::Product)), "{got:?}");
}

#[test]
fn an_occupation_opening_a_sentence_is_no_part_of_the_name() {
    // Found on an earthquake report: "Seismologist Mara Quist" was the person's name.
    let t = "Seismologist Mara Quist warned of aftershocks. Economist Bo Chen agreed. Forecaster Eva Brun did not.";
    let spans = [
        ("Seismologist Mara Quist", EntityType::Person),
        ("Economist Bo Chen", EntityType::Person),
        ("Forecaster Eva Brun", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Mara Quist".to_string(), EntityType::Person),
            ("Bo Chen".to_string(), EntityType::Person),
            ("Eva Brun".to_string(), EntityType::Person)
        ]
    );
}

#[test]
fn a_one_word_place_is_found_wherever_it_stands_again() {
    // Found on an earthquake report: "the province of Varnholm" and "the villages of Ormen
    // and Krakvik" had no place though the article named both elsewhere.
    let t = "VARNHOLM - A quake hit the province of Varnholm. Villages of Ormen and Krakvik fell. A teacher in Ormen and Reading spoke.";
    let ctx = Context { dateline_place: Some((0, 8)), ..Context::default() };
    let (ms, ents) = with_spans(t, &[("Krakvik", EntityType::Place), ("Ormen", EntityType::Place)], &ctx);
    let places: Vec<&str> = ms.iter().filter(|m| m.kind == EntityType::Place).map(|m| &t[m.start..m.end]).collect();
    assert_eq!(places, ["VARNHOLM", "Varnholm", "Ormen", "Krakvik", "Ormen"]);
    // The dateline and the body's mention are one place, named as the body writes it.
    assert_eq!(ms[0].entity, ms[1].entity);
    assert_eq!((ents[ms[0].entity].name.as_str(), ents[ms[0].entity].aliases.as_slice()), ("Varnholm", &["VARNHOLM".to_string()][..]));
}

/// Found on a markets report: a place named only in the dateline ("KELLBY, Nov 20 —")
/// was listed as "KELLBY".
#[test]
fn a_dateline_s_place_in_capitals_is_named_in_title_case() {
    let t = "PORT AVEN, Nov 20 - Shares fell on Thursday.";
    let ctx = Context { dateline_place: Some((0, 9)), ..Context::default() };
    let (_, ents) = with_spans(t, &[], &ctx);
    assert_eq!(ents.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Port Aven"]);
}

#[test]
fn a_body_s_head_keeps_the_capitalised_words_before_it() {
    // Found on a crime report: the tagger took "Party" alone and the speaker was "Party".
    let t = "The opposition Civic Party said so. The Party agreed.";
    let (ms, _) = with_spans(t, &[("Party", EntityType::Organization), ("Party", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms)[0], ("Civic Party".to_string(), EntityType::Organization));
    // Found on an interview: a plural possessive is part of the name.
    let t2 = "The Teachers' Federation said so.";
    let (ms2, _) = with_spans(t2, &[("Federation", EntityType::Organization)], &Context::default());
    assert_eq!(names(t2, &ms2), [("Teachers' Federation".to_string(), EntityType::Organization)]);
    let t3 = "The Seafarers' Union said so.";
    let (ms3, _) = with_spans(t3, &[("Seafarers", EntityType::Organization), ("Union", EntityType::Organization)], &Context::default());
    assert_eq!(names(t3, &ms3), [("Seafarers' Union".to_string(), EntityType::Organization)]);
    assert_eq!(&t[ms[1].start..ms[1].end], "Party");
}

#[test]
fn the_outlet_without_its_place_is_the_outlet() {
    // Found on a crime report in the Kellby Evening Star: "she told the Evening Star" had no name.
    let t = "She told the Evening Star so. Halvorsen spoke to Evening Star readers.";
    let ctx = Context { outlet: Some("Kellby Evening Star"), ..Context::default() };
    let (ms, ents) = with_spans(t, &[("Halvorsen", EntityType::Person)], &ctx);
    assert_eq!(names(t, &ms)[0], ("Evening Star".to_string(), EntityType::Organization));
    assert_eq!(ents[ms[0].entity].role, "outlet");
    // Only after "the": "Evening Star readers" is not spotted.
    assert_eq!(ms.len(), 2, "{ms:?}");
}

#[test]
fn a_capital_taken_for_a_person_is_a_place_and_acting_its_government() {
    // Found on a report of talks: "Berlin urged restraint" made Berlin a person.
    let t = "Berlin urged restraint. Talks were held in Oslo.";
    let (ms, ents) = with_spans(t, &[("Berlin", EntityType::Person), ("Oslo", EntityType::Person)], &Context::default());
    assert_eq!((ms[0].kind, ms[0].metonymy), (EntityType::Organization, true), "{ents:?}");
    assert_eq!(ms[1].kind, EntityType::Place);
}

#[test]
fn a_quotation_in_another_language_names_no_one() {
    // Found on a report of talks: German nouns in a quotation were a group and a person.
    let t = "Reiter told the Review: „Wir wollen Frieden, aber nicht um jeden Preis.“ (\"We want peace from Berlin, not at any price.\")";
    let spans = [
        ("Reiter", EntityType::Person),
        ("Frieden", EntityType::Organization),
        ("Preis", EntityType::Person),
        ("Berlin", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let n: Vec<&str> = ms.iter().map(|m| &t[m.start..m.end]).collect();
    assert_eq!(n, ["Reiter", "Berlin"]);
}

#[test]
fn a_name_used_as_a_country_is_a_place() {
    // Found on a report of talks: the tagger made the fictional country "Ostmark" a person
    // in every mention; "Critics in Ostmark" then spoke as that person.
    let t = "Ostmark and Selvania met. Ostmark's Foreign Minister spoke. Critics in Ostmark say no. Ostmark insists.";
    let spans = [
        ("Ostmark", EntityType::Person),
        ("Selvania", EntityType::Place),
        ("Ostmark", EntityType::Person),
        ("Ostmark", EntityType::Person),
        ("Ostmark", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert!(ms.iter().filter(|m| &t[m.start..m.end] == "Ostmark").all(|m| m.kind == EntityType::Place), "{ms:?}");
    // Found on a state outlet's report: "Ostmark's state shipping company" is a country's.
    let t = "The deal gives Ostmark's state shipping company two terminals.";
    let (ms, _) = with_spans(t, &[("Ostmark", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // A person after "from" once is still a person.
    let t = "Karin Holm spoke. A letter from Holm followed. Holm smiled. Holm left.";
    let (ms, _) = with_spans(
        t,
        &[("Karin Holm", EntityType::Person), ("Holm", EntityType::Person), ("Holm", EntityType::Person), ("Holm", EntityType::Person)],
        &Context::default(),
    );
    assert!(ms.iter().all(|m| m.kind == EntityType::Person), "{ms:?}");
}

#[test]
fn a_relative_introduced_by_kinship_leaves_the_surname_to_the_other() {
    // Found on an obituary: "Voss trained …" went to the daughter named last before it.
    let t = "Harald Voss died on Sunday. His daughter, Elin Voss, said he was ill. Voss trained as an engineer. His wife, Ragnhild, died in 2019.";
    let spans = [
        ("Harald Voss", EntityType::Person),
        ("Elin Voss", EntityType::Person),
        ("Voss", EntityType::Person),
        ("Ragnhild", EntityType::Place),
    ];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(ms[2].entity, ms[0].entity, "{ents:?}");
    assert_eq!(ms[3].kind, EntityType::Person);
    // Found on a second obituary: the daughter named again in full took "Solberg".
    let t = "Marta Solberg died on Sunday. Her daughter, Kari Solberg, said the cause was heart failure. \"She was organising to the end,\" Kari Solberg said. Solberg started work at 17.";
    let spans = [
        ("Marta Solberg", EntityType::Person),
        ("Kari Solberg", EntityType::Person),
        ("Kari Solberg", EntityType::Person),
        ("Solberg", EntityType::Person),
    ];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    let at = |n: &str, k: usize| ms.iter().filter(|m| &t[m.start..m.end] == n).nth(k).map(|m| m.entity);
    assert_eq!(at("Solberg", 0), at("Marta Solberg", 0), "{ents:?}");
    assert_eq!(at("Kari Solberg", 1), at("Kari Solberg", 0), "{ents:?}");
}

#[test]
fn an_owner_s_given_name_joins_the_surname_the_tagger_took_alone() {
    // Found on a fire report: "Factory owner Per Lindqvist" gave a group "Lindqvist".
    let t = "Factory owner Per Lindqvist said the cause was not known.";
    let (ms, _) = with_spans(t, &[("Lindqvist", EntityType::Group)], &Context::default());
    assert_eq!(names(t, &ms), [("Per Lindqvist".to_string(), EntityType::Person)]);
}

#[test]
fn a_two_letter_surname_is_found_alone() {
    // Found on an interview: "Ek:" had no speaker after "Paul Ek".
    let t = "Paul Ek spoke. Later Ek left. In the end it rained.";
    let (ms, _) = with_spans(t, &[("Paul Ek", EntityType::Person)], &Context::default());
    let n: Vec<&str> = ms.iter().map(|m| &t[m.start..m.end]).collect();
    assert_eq!(n, ["Paul Ek", "Ek"]);
}

#[test]
fn a_party_s_name_typed_a_work_is_an_organisation() {
    // Found on an election report: "The Green Alliance won the most seats" gave a work.
    let t = "The Green Alliance won the most seats.";
    let (ms, _) = with_spans(t, &[("Green Alliance", EntityType::Work)], &Context::default());
    assert_eq!(names(t, &ms), [("Green Alliance".to_string(), EntityType::Organization)]);
}

#[test]
fn a_newspaper_s_head_taken_alone_keeps_its_name() {
    // Found on a business report: "The Financial Courier first reported" gave a person "Courier".
    let t2 = "The Eastgate Wire cited an aide.";
    let (ms2, _) = with_spans(t2, &[("Eastgate", EntityType::Place)], &Context::default());
    assert_eq!(names(t2, &ms2), [("Eastgate Wire".to_string(), EntityType::Organization)]);
    let t = "The Financial Courier first reported the talks.";
    let (ms, _) = with_spans(t, &[("Courier", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Financial Courier".to_string(), EntityType::Organization)]);
    // Found on a markets report: "economists polled by the Northgate Ledger" gave "Northgate".
    let t3 = "Most economists polled by the Northgate Ledger expect a cut.";
    let (ms3, _) = with_spans(t3, &[("Northgate", EntityType::Organization)], &Context::default());
    assert_eq!(names(t3, &ms3), [("Northgate Ledger".to_string(), EntityType::Organization)]);
}

#[test]
fn a_holiday_is_no_place() {
    // Found on a report of a ferry strike: "over Easter" made Easter a place.
    let t = "Crossings would have halted over Easter.";
    let (ms, _) = with_spans(t, &[("Easter", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Easter".to_string(), EntityType::Event)]);
}

#[test]
fn a_company_s_bare_name_owning_an_office_and_its_other_models() {
    // Found on a product launch: "Brokk's chief executive" made Brokk a place, and "the
    // Lumen 2" a law, beside the product "Lumen 3".
    let t = "Brokk Technologies unveiled the Lumen 3, dearer than the Lumen 2. Brokk's chief executive spoke. Analysts expect Brokk to sell well.";
    let spans = [
        ("Brokk Technologies", EntityType::Organization),
        ("Lumen 3", EntityType::Product),
        ("Lumen 2", EntityType::Law),
        ("Brokk", EntityType::Place),
        ("Brokk", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let kinds: Vec<EntityType> = ms.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        [EntityType::Organization, EntityType::Product, EntityType::Product, EntityType::Organization, EntityType::Organization]
    );
}

#[test]
fn the_place_of_an_office_is_a_place() {
    // Found on a debate report: "The two candidates for mayor of Kellby clashed" made Kellby
    // an organisation, and then the speaker.
    let t = "The two candidates for mayor of Kellby clashed over the tax.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

#[test]
fn a_score_is_no_model_number() {
    // Found on a match report: "beat Dalsund Rovers 2-1" gave a product "Dalsund Rovers 2-1".
    let t = "Kellby United beat Dalsund Rovers 2-1 on Saturday. Vellair flies the Boeing 787-9.";
    let (ms, _) = with_spans(
        t,
        &[("Kellby United", EntityType::Organization), ("Dalsund Rovers", EntityType::Organization), ("Boeing", EntityType::Organization)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert!(n.contains(&("Dalsund Rovers".to_string(), EntityType::Organization)), "{n:?}");
    assert!(n.contains(&("Boeing 787-9".to_string(), EntityType::Product)), "{n:?}");
}

/// Found on a storm round-up: "near Ormvik" was a place, but "between Kellby and Ormvik"
/// and "visited Ormvik" made it a person, and "Kellby airport" made Kellby an organisation.
#[test]
fn a_place_after_a_preposition_of_place_and_before_a_place_noun_votes_strongly() {
    let t = "A tree fell near Ormvik. Trains between Kellby and Ormvik stopped. Holm visited Ormvik. Flights from Kellby airport resumed.";
    let spans = [
        ("Ormvik", EntityType::Place),
        ("Kellby", EntityType::Organization),
        ("Ormvik", EntityType::Person),
        ("Holm", EntityType::Person),
        ("Ormvik", EntityType::Person),
        ("Kellby", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let kinds: Vec<(String, EntityType)> = names(t, &ms).into_iter().filter(|(n, _)| n != "Holm").collect();
    assert!(kinds.iter().all(|(_, k)| *k == EntityType::Place), "{kinds:?}");
}

/// Found on a storm round-up: "Nordic Rail said" was a person, and "Rail services" its
/// surname.
#[test]
fn rail_energy_and_securities_name_companies() {
    let t = "Rail services remain suspended. Nordic Rail said engineers were at work. Brekke Securities cut its target.";
    let spans = [("Nordic Rail", EntityType::Person), ("Brekke Securities", EntityType::Person)];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        names(t, &ms),
        [("Nordic Rail".to_string(), EntityType::Organization), ("Brekke Securities".to_string(), EntityType::Organization)]
    );
}

/// Found on a news conference transcript: "Minister, last year …" (said to the minister)
/// gave a person "Minister", and "Health Minister Jonas Aune" an organisation "Health".
#[test]
fn a_title_or_a_portfolio_alone_is_no_name() {
    let t = "Health Minister Jonas Aune spoke. Minister, last year doses ran out. Vellmark Chief Executive Marta Solheim agreed.";
    let spans = [
        ("Health", EntityType::Organization),
        ("Jonas Aune", EntityType::Person),
        ("Minister", EntityType::Person),
        ("Vellmark", EntityType::Organization),
        ("Marta Solheim", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let n: Vec<String> = names(t, &ms).into_iter().map(|(n, _)| n).collect();
    assert_eq!(n, ["Jonas Aune", "Vellmark", "Marta Solheim"]);
    // A surname that is also a title stays.
    let t = "Ada King spoke first. Later King agreed.";
    let (ms, _) = with_spans(t, &[("Ada King", EntityType::Person), ("King", EntityType::Person)], &Context::default());
    assert_eq!(ms.len(), 2, "{:?}", names(t, &ms));
}

/// Found on an opinion column: "Ask anyone on Ormøya" made the island a person.
#[test]
fn a_name_lived_on_is_an_island() {
    let t = "Ask anyone on Ormøya what it means. Erik Dahl spoke. A report on Dahl followed.";
    let spans = [("Ormøya", EntityType::Person), ("Erik Dahl", EntityType::Person), ("Dahl", EntityType::Person)];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Ormøya".to_string(), EntityType::Place),
            ("Erik Dahl".to_string(), EntityType::Person),
            ("Dahl".to_string(), EntityType::Person)
        ]
    );
}

/// Found on a court report: "a dredging company based in Tessvik" made Tessvik an
/// organisation; "a stake in Vellmark" keeps its company.
#[test]
fn a_name_where_something_is_based_is_a_place() {
    let t = "Bryggen Marine is a dredging company based in Tessvik. Orlen took a stake in Vellmark.";
    let spans = [
        ("Bryggen Marine", EntityType::Organization),
        ("Tessvik", EntityType::Organization),
        ("Orlen", EntityType::Organization),
        ("Vellmark", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let kinds: Vec<EntityType> = ms.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [EntityType::Organization, EntityType::Place, EntityType::Organization, EntityType::Organization]);
    // Found on a storm round-up: "the Tessvik ferry terminal" made Tessvik an organisation.
    let t = "The Tessvik ferry terminal will reopen on Thursday.";
    let (ms, _) = with_spans(t, &[("Tessvik", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // Found on a diplomatic report: a reef, a strait, a bay are places too.
    let t = "The carrier sailed within 20 miles of the disputed Dravik reef on Friday.";
    let (ms, _) = with_spans(t, &[("Dravik", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // Found on a council report: "Kellby's city council voted" made Kellby an organisation.
    let t = "Kellby's city council voted 7-4 on Tuesday.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // Found on a forecast: "The Tessvik bridge is expected to close".
    let t = "The Tessvik bridge is expected to close on Friday.";
    let (ms, _) = with_spans(t, &[("Tessvik", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // Found on an obituary: "fire destroyed most of Tessvik's waterfront".
    let t = "The fire destroyed most of Tessvik's waterfront in 1987.";
    let (ms, _) = with_spans(t, &[("Tessvik", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

/// Found on a storm report: "Nordnett, the grid operator, said …" opening a sentence was
/// no name at all, and the quote had no speaker.
#[test]
fn a_word_set_off_before_an_organisation_s_description_is_that_organisation() {
    let t = "Nordnett, the grid operator, said power was back. Initially, the Italian company, Fiat, will appoint three.";
    let (ms, _) = with_spans(t, &[("Fiat", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms), [("Nordnett".to_string(), EntityType::Organization), ("Fiat".to_string(), EntityType::Organization)]);
}

/// Found on a poll report: "Labour Alliance leader Per Vold" gave an organisation "Labour"
/// of its own beside "the Labour Alliance" named before.
#[test]
fn a_mention_short_of_a_name_written_in_full_elsewhere_is_that_name() {
    let t = "The Labour Alliance fell. Labour Alliance leader Per Vold spoke.";
    let spans = [("Labour Alliance", EntityType::Organization), ("Labour", EntityType::Organization), ("Per Vold", EntityType::Person)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(names(t, &ms)[1], ("Labour Alliance".to_string(), EntityType::Organization));
    assert_eq!(ents.iter().filter(|e| e.kind == EntityType::Organization).count(), 1, "{ents:?}");
}

/// Found on a live blog: "Eyewitness Nora Dahl, who was driving …" gave no name at all, and
/// the quote after it no speaker. A passer-by's role is an occupation noun like any other.
#[test]
fn an_eyewitness_or_a_passenger_before_a_name_makes_it_a_person() {
    for (t, who) in
        [("Eyewitness Nora Dahl said the lights went out.", "Nora Dahl"), ("The bus passenger Ola Berg said it was cold.", "Ola Berg")]
    {
        let (ms, _) = with_spans(t, &[], &Context::default());
        assert_eq!(names(t, &ms), [(who.to_string(), EntityType::Person)], "{t}");
    }
}

/// Found on an earnings report: "Nordlys Energi" was a person, "Finvest" in "analysts polled by
/// Finvest" a place, and "Nordlys" alone, which the tagger took for a place, no alias of the
/// company.
#[test]
fn a_company_s_head_word_a_pollster_and_a_company_s_bare_name() {
    let t = "Nordlys Energi said profit fell. Analysts polled by Finvest had expected more. Nordlys cut its forecast.";
    let spans = [("Nordlys Energi", EntityType::Person), ("Finvest", EntityType::Place), ("Nordlys", EntityType::Place)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        names(t, &ms),
        [
            ("Nordlys Energi".to_string(), EntityType::Organization),
            ("Finvest".to_string(), EntityType::Organization),
            ("Nordlys".to_string(), EntityType::Organization)
        ]
    );
    assert_eq!(ms[0].entity, ms[2].entity, "{ents:?}");
    // A place the text puts something in keeps its type beside a company named after it.
    let t = "Nordlys Energi said profit fell. The plant in Nordlys closed.";
    let (ms, _) = with_spans(t, &[("Nordlys Energi", EntityType::Organization), ("Nordlys", EntityType::Place)], &Context::default());
    assert_eq!(ms[1].kind, EntityType::Place);
}

/// Found on a live blog: "the city's emergency service said on X." gave a place "X".
#[test]
fn a_lone_letter_is_no_name() {
    let t = "The emergency service said on X that the tunnel was shut.";
    let (ms, _) = with_spans(t, &[("X", EntityType::Place)], &Context::default());
    assert!(ms.is_empty(), "{ms:?}");
}

/// Found on a match report: "United" after "Kellby United" was an organisation of its own,
/// and "Kellby Radio" (a hearer) a person.
#[test]
fn a_club_named_by_its_head_and_a_radio_station() {
    let t = "Kellby United won. United coach Erik Bakke told Kellby Radio that United had played well.";
    let spans = [
        ("Kellby United", EntityType::Organization),
        ("United", EntityType::Organization),
        ("Erik Bakke", EntityType::Person),
        ("Kellby Radio", EntityType::Person),
        ("United", EntityType::Organization),
    ];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!((ms[1].entity, ms[4].entity), (ms[0].entity, ms[0].entity), "{ents:?}");
    assert_eq!(ms[3].kind, EntityType::Organization);
    // Two clubs that end so: the bare word is neither.
    let t = "Kellby United beat Selka United. United were better.";
    let spans =
        [("Kellby United", EntityType::Organization), ("Selka United", EntityType::Organization), ("United", EntityType::Organization)];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert!(ms[2].entity != ms[0].entity && ms[2].entity != ms[1].entity);
}

/// Found on a rewrite of a police report: "raided in central Kellby" left Kellby the
/// tagger's person.
#[test]
fn a_name_after_in_and_a_part_of_a_place_is_a_place() {
    let t = "A jewellery shop in central Kellby was raided on Sunday.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

/// Found on an election report: "Its leader, Per Vold, conceded" and "Forecaster Jon Ask
/// said" gave no name and "Jon"; "The Green Alliance won" no name at all.
#[test]
fn a_name_set_off_after_its_role_a_surname_like_a_verb_and_a_party_the_tagger_missed() {
    let t = "Its leader, Per Vold, conceded defeat shortly after midnight.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Per Vold".to_string(), EntityType::Person)]);
    let t = "Forecaster Jon Ask said the worst would come overnight.";
    let (ms, _) = with_spans(t, &[("Jon", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Jon Ask".to_string(), EntityType::Person)]);
    let t = "The Green Alliance won the vote, and the Centre Party lost.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(
        names(t, &ms),
        [("Green Alliance".to_string(), EntityType::Organization), ("Centre Party".to_string(), EntityType::Organization)]
    );
    // A head opening a sentence has no name before it.
    let t = "Party leaders met on Monday.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert!(ms.is_empty(), "{ms:?}");
}

/// Found on a report of a resignation: "Ostmark's transport minister, Lena Varga," made
/// Ostmark a person.
#[test]
fn a_name_owning_a_portfolio_s_minister_is_a_country() {
    let t = "Ostmark's transport minister, Lena Varga, resigned on Tuesday.";
    let (ms, _) = with_spans(t, &[("Ostmark", EntityType::Person), ("Lena Varga", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    assert_eq!(ms[1].kind, EntityType::Person);
}

/// Found on a press release: "the Lumen 4, a mid-range smartphone" was a law, with no
/// other model of it in the text.
#[test]
fn a_line_and_a_model_number_is_a_product_not_a_law() {
    let t = "Vellmar announced the Lumen 4, a phone. Voters passed Proposition 8.";
    let (ms, _) = with_spans(t, &[("Lumen 4", EntityType::Law), ("Proposition 8", EntityType::Law)], &Context::default());
    assert_eq!((ms[0].kind, ms[1].kind), (EntityType::Product, EntityType::Law));
}

/// Found on a match report: "Selka City, who drew 0-0 at home" was a place.
#[test]
fn a_place_that_is_a_who_is_a_team() {
    let t = "The win leaves United one point clear of Selka City, who drew 0-0 at home on Friday. United travel to Selka City next.";
    let spans = [
        ("United", EntityType::Organization),
        ("Selka City", EntityType::Place),
        ("United", EntityType::Organization),
        ("Selka City", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!((ms[1].kind, ms[3].kind), (EntityType::Organization, EntityType::Organization));
    // A place with no "who" stays a place.
    let t = "The ferry left Selka City on Friday.";
    let (ms, _) = with_spans(t, &[("Selka City", EntityType::Place)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

/// Found on a press release: "for the Nordic market" gave a place "Nordic"; on a state
/// outlet's report, "Western foundations" a place "Western".
#[test]
fn a_region_s_adjective_before_a_noun_is_no_name() {
    let t = "Vellmar designs phones for the Nordic market. Scandinavian buyers agreed.";
    let (ms, _) = with_spans(t, &[("Nordic", EntityType::Place), ("Scandinavian", EntityType::Place)], &Context::default());
    assert!(ms.is_empty(), "{:?}", names(t, &ms));
    let t = "He said the organisers had money from Western foundations.";
    let (ms, _) = with_spans(t, &[("Western", EntityType::Place)], &Context::default());
    assert!(ms.is_empty(), "{:?}", names(t, &ms));
}

/// Found on an interview: "Nordnett's chief engineer, Astrid Holm," left Nordnett the
/// tagger's place.
#[test]
fn a_name_owning_a_company_s_people_is_a_company() {
    let t = "Nordnett's chief engineer, Astrid Holm, spoke to reporters.";
    let (ms, _) = with_spans(t, &[("Nordnett", EntityType::Place), ("Astrid Holm", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization);
}

/// Found on a press release: in the quotation "The Lumen 4 is our answer" the tagger took
/// "Lumen" for a work, beside the product "Lumen 4" named before.
#[test]
fn a_mention_short_of_a_product_named_in_full_is_that_product() {
    let t = "Vellmar announced the Lumen 4 today. The Lumen 4 is our answer, she said.";
    let spans = [("Lumen 4", EntityType::Product), ("Lumen", EntityType::Work)];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert_eq!(names(t, &ms)[1], ("Lumen 4".to_string(), EntityType::Product));
    assert_eq!(ms[0].entity, ms[1].entity);
}

#[test]
fn a_name_set_off_before_a_person_s_description_is_that_person() {
    // Found on a court report: "said Anders Lie, a partner at Lie & Berg" gave no one, so
    // "He added" went to the judge named before.
    let t = "“We acted in good faith,” said Anders Lie, a partner at the firm. Anders Lie left.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms)[0], ("Anders Lie".to_string(), EntityType::Person));
    // With the surname alone tagged, the given name joins it, and so does the given name
    // the tagger left before the surname later on.
    let (ms, ents) = with_spans(t, &[("Lie", EntityType::Person), ("Lie", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Anders Lie".to_string(), EntityType::Person), ("Anders Lie".to_string(), EntityType::Person)], "{ents:?}");
    // A date is no given name, and a description of no person makes no name.
    let t = "The ferry left on Monday Morning, a spokesman said. Kellby Harbour, a busy port, closed.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert!(ms.iter().all(|m| m.kind != EntityType::Person), "{:?}", names(t, &ms));
}

#[test]
fn a_company_s_name_without_its_head_is_the_company() {
    // Found on a merger report: "Nordlys declined to comment" after "Nordlys Energi" named no one.
    let t = "Nordlys Energi is in talks to buy Ferro Grid. Nordlys declined to comment.";
    let (ms, ents) =
        with_spans(t, &[("Nordlys Energi", EntityType::Organization), ("Ferro Grid", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms)[2], ("Nordlys".to_string(), EntityType::Organization));
    assert_eq!(ms[2].entity, ms[0].entity, "{ents:?}");
    // Not a word the article has as a person's name.
    let t = "Ola Berg founded Berg Partners. Berg declined to comment.";
    let (ms, _) = with_spans(t, &[("Ola Berg", EntityType::Person), ("Berg Partners", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms)[2], ("Berg".to_string(), EntityType::Person));
}

#[test]
fn capitalised_words_after_a_person_and_of_are_the_person_s_organisation() {
    // Found on a court report: "Kari Moen of Clean Fjords" left the group out.
    let t = "Kari Moen of Clean Fjords told reporters the ruling was wrong.";
    let (ms, _) = with_spans(t, &[("Kari Moen", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms)[1], ("Clean Fjords".to_string(), EntityType::Organization));
    // Not a day: "Kari Moen of Monday's panel".
    let t = "Kari Moen of Monday's panel spoke.";
    let (ms, _) = with_spans(t, &[("Kari Moen", EntityType::Person)], &Context::default());
    assert_eq!(ms.len(), 1, "{:?}", names(t, &ms));
}

#[test]
fn a_court_or_a_board_named_after_the_is_an_organisation() {
    // Found on a court report: "The Northern Appeals Court on Tuesday overturned …" had no name.
    let t = "The Northern Appeals Court on Tuesday overturned the fine.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Northern Appeals Court".to_string(), EntityType::Organization)]);
}

#[test]
fn a_name_opening_with_a_broadcaster_s_head_is_the_broadcaster() {
    // Found on a match report: "telling Radio Kellby that …" gave a person "Radio Kellby".
    let t = "The coach blamed the referee, telling Radio Kellby that it was a dive.";
    let (ms, _) = with_spans(t, &[("Radio Kellby", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Radio Kellby".to_string(), EntityType::Organization)]);
}

#[test]
fn a_statistics_office_is_an_organisation() {
    // Found on a budget report: "Figures released by Statistics Selka" named no one.
    let t = "Figures released by Statistics Selka showed inflation slowing.";
    let (ms, _) = with_spans(t, &[("Selka", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Statistics Selka".to_string(), EntityType::Organization)]);
    let (ms, _) = with_spans(t, &[], &Context::default());
    assert_eq!(names(t, &ms), [("Statistics Selka".to_string(), EntityType::Organization)]);
}

#[test]
fn a_name_described_as_a_craft_is_a_vessel() {
    // Found on a feature: "the Marta, a wooden ferry his grandfather built" was a place.
    let t = "Rud starts the engine of the Marta, a wooden ferry his grandfather built in 1952.";
    let (ms, _) = with_spans(t, &[("Rud", EntityType::Person), ("Marta", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms)[1], ("Marta".to_string(), EntityType::Vessel));
    // A town described by its ferry is no craft.
    let t = "Boats leave from Lillholm, the island the ferry serves.";
    let (ms, _) = with_spans(t, &[("Lillholm", EntityType::Place)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

#[test]
fn where_people_live_or_a_bridge_leads_is_a_place() {
    // Found on a council report: "a bridge to Lillholm" and "Residents of Lillholm" gave an
    // organisation.
    let t = "The council postponed a vote on a bridge to Lillholm. Residents of Lillholm backed it.";
    let (ms, _) = with_spans(t, &[("Lillholm", EntityType::Organization), ("Lillholm", EntityType::Organization)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place), "{:?}", names(t, &ms));
    // A person's name stays a person's: "the people of Dahl's campaign" is no place.
    let t = "Ola Dahl spoke. The people of Dahl cheered.";
    let (ms, _) = with_spans(t, &[("Ola Dahl", EntityType::Person), ("Dahl", EntityType::Person)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Person), "{:?}", names(t, &ms));
}

#[test]
fn a_model_word_after_a_name_makes_a_product() {
    // Found on a content farm's post: "The QuakeSafe Pro emergency kit" gave an organisation
    // "QuakeSafe".
    let t = "The QuakeSafe Pro emergency kit includes water and a radio.";
    let (ms, _) = with_spans(t, &[("QuakeSafe", EntityType::Organization)], &Context::default());
    assert_eq!(names(t, &ms), [("QuakeSafe Pro".to_string(), EntityType::Product)]);
    // A person's name stays: "Ana Plus" is no product line.
    let t = "Ana Plus spoke.";
    let (ms, _) = with_spans(t, &[("Ana", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Person);
}

#[test]
fn a_speaking_place_that_is_a_named_person_s_surname_is_the_person() {
    // Found on a council report: "According to Sund" after "Mayor Ingrid Sund" gave a town
    // speaking for its government.
    let t = "Mayor Ingrid Sund met the union. According to Sund, the city will borrow the money.";
    let (ms, ents) = with_spans(t, &[("Ingrid Sund", EntityType::Person), ("Sund", EntityType::Place)], &Context::default());
    assert_eq!((ms[1].kind, ms[1].metonymy, ms[1].entity), (EntityType::Person, false, ms[0].entity), "{ents:?}");
    // A capital that speaks stays its government.
    let t = "Mayor Ingrid Sund met the union. According to Berlin, the talks failed.";
    let (ms, _) = with_spans(t, &[("Ingrid Sund", EntityType::Person), ("Berlin", EntityType::Place)], &Context::default());
    assert!(ms[1].metonymy, "{:?}", names(t, &ms));
}

#[test]
fn a_town_that_acts_as_a_team_in_a_match_report_is_the_team() {
    // Found on a match report: "Kellby" was a person four times, and "Varnholm City" was missed.
    let t = "Varnholm City ended Kellby's unbeaten run with a 2-1 win, a late header settling the derby. \
             Kellby went ahead after 12 minutes. Kellby manager Siv Olsen was angry. \
             Varnholm equalised from the penalty spot. Kellby host Nesvik next Sunday.";
    let (ms, ents) = with_spans(t, &[("Siv Olsen", EntityType::Person), ("Kellby", EntityType::Person)], &Context::default());
    let got = names(t, &ms);
    for (name, kind) in &got {
        if name != "Siv Olsen" {
            assert_eq!(*kind, EntityType::Organization, "{name}: {got:?}");
        }
    }
    assert_eq!(got.iter().filter(|(n, _)| n == "Kellby").count(), 4, "{got:?}");
    assert!(got.iter().any(|(n, _)| n == "Varnholm City"), "{got:?}");
    assert!(got.iter().any(|(n, _)| n == "Nesvik"), "{got:?}");
    // The town named alone is the same team.
    let team = |n: &str| ms.iter().find(|m| &t[m.start..m.end] == n).map(|m| m.entity);
    assert_eq!(team("Varnholm"), team("Varnholm City"), "{:?}", ents.iter().map(|e| &e.name).collect::<Vec<_>>());
    // Outside sport the town stays a place.
    let t = "Kellby host the summit next week. The mayor of Kellby said the hotels are full.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place)], &Context::default());
    assert!(names(t, &ms).iter().all(|(_, k)| *k == EntityType::Place), "{:?}", names(t, &ms));
}

#[test]
fn a_party_named_by_its_members_is_the_party() {
    // Found on an election report: "the Greens" was a person.
    let t = "The Greens took 18.9 percent. Aas will seek a coalition with the Greens.";
    let (ms, _) = with_spans(t, &[("Greens", EntityType::Person)], &Context::default());
    assert!(!ms.is_empty() && ms.iter().all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
    // A party named by its first word is the party.
    let t = "The Labour Party held on to power. Labour won 31.4 percent.";
    let (ms, _) = with_spans(t, &[("Labour Party", EntityType::Organization), ("Labour", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].entity, ms[1].entity, "{:?}", names(t, &ms));
}

#[test]
fn the_words_around_a_name_decide_its_type() {
    // Found on a parliament report: "The Ostmark parliament" made Ostmark an organisation.
    let t = "The Ostmark parliament on Thursday passed a bill.";
    let (ms, _) = with_spans(t, &[("Ostmark", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
    // Found on an air incident: "from Kellby to Varnholm" made Varnholm an organisation.
    let t = "Flight NA 312 from Kellby to Varnholm turned back.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place), ("Varnholm", EntityType::Organization)], &Context::default());
    assert_eq!(ms[1].kind, EntityType::Place, "{:?}", names(t, &ms));
    // Found on a product launch: "Vellmar shares rose" went to the chief executive.
    let t = "Vellmar Technologies unveiled a phone. Chief executive Hanne Vellmar spoke. Vellmar shares rose 3.4 percent.";
    let spans =
        [("Vellmar Technologies", EntityType::Organization), ("Hanne Vellmar", EntityType::Person), ("Vellmar", EntityType::Person)];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let last = ms.iter().rfind(|m| &t[m.start..m.end] == "Vellmar").expect("the last Vellmar");
    assert_eq!((last.kind, last.entity), (EntityType::Organization, ms[0].entity), "{:?}", names(t, &ms));
    // Found on an earnings report: "Vellmar, founded in the late 1990s" went to her too.
    let t = "Vellmar Technologies cut its forecast. Its chief executive, Hanne Vellmar, spoke. Vellmar, founded in the late 1990s, has not reported a loss.";
    let (ms, _) = with_spans(t, &spans, &Context::default());
    let last = ms.iter().rfind(|m| &t[m.start..m.end] == "Vellmar").expect("the last Vellmar");
    assert_eq!((last.kind, last.entity), (EntityType::Organization, ms[0].entity), "{:?}", names(t, &ms));
}

#[test]
fn a_name_with_shares_that_move_is_a_company_and_a_town_s_port_a_place() {
    // Found on a markets report: "Nordbanken" was a place, so "the lender" found another.
    let t = "The index fell after Nordbanken reported a fall in profit. Nordbanken shares lost 9.2 percent.";
    let (ms, _) = with_spans(t, &[("Nordbanken", EntityType::Place)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
    // Found on a live blog: "at Kellby port" made Kellby an organisation.
    let t = "The strike at Kellby port enters its second day.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Place);
}

/// Found on a flood report: "along Strandvegen" (a street) and "the Ostby station" (a
/// pumping station named after its place) were organisations.
#[test]
fn a_name_along_a_way_or_before_a_station_or_river_is_a_place() {
    let t = "Sandbags were handed out along Strandvegen. Pumps at the Ostby station ran all night.";
    let (ms, _) = with_spans(t, &[("Strandvegen", EntityType::Organization), ("Ostby", EntityType::Organization)], &Context::default());
    assert_eq!(ms.iter().map(|m| m.kind).collect::<Vec<_>>(), [EntityType::Place, EntityType::Place], "{:?}", names(t, &ms));
    let t = "Boats were moored on the Orva river. The Orva rose again.";
    let (ms, _) = with_spans(t, &[("Orva", EntityType::Organization), ("Orva", EntityType::Organization)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place), "{:?}", names(t, &ms));
    // Found on a border report: "the Brekka border crossing" and "an Ostmark border guard"
    // were groups of people.
    let t = "They will reopen the Brekka border crossing. An Ostmark border guard fired.";
    let (ms, _) = with_spans(t, &[("Brekka", EntityType::Group), ("Ostmark", EntityType::Group)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place), "{:?}", names(t, &ms));
    // A company's name after "at" stays the company.
    let t = "Engineers at Vellmark built the pumps.";
    let (ms, _) = with_spans(t, &[("Vellmark", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization);
}

/// Found on a court report: "The contractor, Fjordgrav AS, and its owner" had no entity
/// for the company, "Holm AB" was a person and "Vellmar ASA" lost its legal form.
#[test]
fn nordic_and_dutch_legal_forms_make_a_company_and_alias_its_bare_name() {
    let rec = Recognizer::shipped().expect("the shipped model loads");
    let t = "The contractor, Fjordgrav AS, and its owner will stand trial. Vellmar ASA declined to comment, as did Holm AB. Fjordgrav denies wrongdoing.";
    let (ms, ents) = rec.analyze(t, &[(0, t.len())], &Context::default());
    let got = names(t, &ms);
    for want in ["Fjordgrav AS", "Vellmar ASA", "Holm AB"] {
        assert!(got.contains(&(want.to_string(), EntityType::Organization)), "{want}: {got:?}");
    }
    let fjordgrav = ents.iter().find(|e| e.name == "Fjordgrav AS").expect("one entity for the company");
    assert_eq!(fjordgrav.mentions, 2, "{ents:?}");
}

/// Found on a health report: the entity was "Professor Lars Hovde", title and all.
#[test]
fn a_title_taken_into_a_person_s_name_becomes_the_title() {
    let t = "The researchers, led by Professor Lars Hovde, followed them. Hovde said the effect was modest.";
    let (ms, ents) = with_spans(t, &[("Professor Lars Hovde", EntityType::Person), ("Hovde", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms)[0].0, "Lars Hovde");
    assert_eq!(ents.len(), 1, "{ents:?}");
    assert_eq!((ents[0].name.as_str(), ents[0].titles.as_slice()), ("Lars Hovde", ["professor".to_string()].as_slice()));
    // A title before a single name stays: the name would be the surname alone.
    let t = "Professor Hovde said the effect was modest.";
    let (ms, _) = with_spans(t, &[("Professor Hovde", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms)[0].0, "Professor Hovde");
}

/// Found on a border report: "Ostmark" (a fictional country) was a group of people.
#[test]
fn a_group_name_used_as_a_country_is_a_place() {
    let t = "Ostmark and Selvania will reopen the crossing. Ostmark has said the guard acted in self-defence.";
    let (ms, _) = with_spans(
        t,
        &[("Ostmark", EntityType::Group), ("Selvania", EntityType::Place), ("Ostmark", EntityType::Group)],
        &Context::default(),
    );
    assert_eq!(ms.iter().map(|m| m.kind).collect::<Vec<_>>(), [EntityType::Place; 3], "{:?}", names(t, &ms));
    // A people's name stays a group.
    let t = "Selvanians and Ostmark disagree. Selvanians have said so.";
    let (ms, _) = with_spans(
        t,
        &[("Selvanians", EntityType::Group), ("Ostmark", EntityType::Place), ("Selvanians", EntityType::Group)],
        &Context::default(),
    );
    assert_eq!(ms[0].kind, EntityType::Group);
}

/// Found on a collision report: "the naval base at Varnholm" made the town a place, and
/// "Varnholm said it had opened an inquiry" lost its speaker.
#[test]
fn a_place_that_speaks_after_being_placed_is_its_government() {
    let t = "The frigate was towed to the naval base at Varnholm. Varnholm said it had opened an inquiry.";
    for second in [EntityType::Organization, EntityType::Person] {
        let (ms, _) = with_spans(t, &[("Varnholm", EntityType::Place), ("Varnholm", second)], &Context::default());
        assert_eq!(ms[0].kind, EntityType::Place, "{:?}", names(t, &ms));
        assert!(ms[1].metonymy && ms[1].kind == EntityType::Organization, "{ms:?}");
    }
}

/// Found on a collision report: "MS Kari Lund" and "The Kari Lund" were two vessels, and
/// "The Harald Dahl, named after the admiral" an organisation apart from "the frigate
/// Harald Dahl"; "off Selka" joined the ferry company Selka Lines.
#[test]
fn a_craft_is_one_entity_with_or_without_its_prefix_and_off_names_a_place() {
    let t = "The frigate Harald Dahl hit the ferry MS Kari Lund off Selka. The Kari Lund returned. The Harald Dahl, named after the admiral, was towed. The Selka Lines ferry sails again.";
    let spans = [
        ("Harald Dahl", EntityType::Vessel),
        ("MS Kari Lund", EntityType::Vessel),
        ("Selka", EntityType::Organization),
        ("Kari Lund", EntityType::Vessel),
        ("Harald Dahl", EntityType::Organization),
        ("Selka Lines", EntityType::Organization),
    ];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert_eq!(
        ents.iter().map(|e| (e.name.as_str(), e.kind)).collect::<Vec<_>>(),
        [
            ("Harald Dahl", EntityType::Vessel),
            ("MS Kari Lund", EntityType::Vessel),
            ("Selka Lines", EntityType::Organization),
            ("Selka", EntityType::Place),
        ],
        "{:?}",
        names(t, &ms)
    );
}

/// Found on a business report: "Nordbanken" (named alone, with no legal form) was a place
/// at every mention.
#[test]
fn a_bank_whose_shares_and_chief_executive_are_named_is_a_company() {
    let t = "Nordbanken is in talks to buy a rival. Nordbanken's chief executive, Lars Myhre, spoke. Shares of Nordbanken rose 4 percent.";
    let spans = [
        ("Nordbanken", EntityType::Place),
        ("Nordbanken", EntityType::Place),
        ("Lars Myhre", EntityType::Person),
        ("Nordbanken", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &spans, &Context::default());
    assert!(ms.iter().filter(|m| &t[m.start..m.end] == "Nordbanken").all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
    // A town's own people stay the town's.
    let t = "Kellby is flooded. Kellby's mayor spoke.";
    let (ms, _) = with_spans(t, &[("Kellby", EntityType::Place), ("Kellby", EntityType::Place)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place), "{:?}", names(t, &ms));
}

/// Found on an opinion column: "The contractor, Brugg Bygg, blames the weather" made the
/// contractor a person.
#[test]
fn a_name_set_off_after_a_contractor_is_a_company() {
    let t = "The contractor, Brugg Bygg, blames the weather.";
    let (ms, _) = with_spans(t, &[("Brugg Bygg", EntityType::Person)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization, "{:?}", names(t, &ms));
}

/// Found on an election report: "the People's Party" was two organisations, "People" and
/// "Party"; "the Greens" an entity apart from "the Green Alliance"; the pollster in "An
/// exit poll by Nordpoll" a place.
#[test]
fn a_possessive_party_is_one_name_its_members_are_the_party_and_a_poll_s_maker_a_pollster() {
    let t = "The Green Alliance led the ruling People's Party. The Workers' Party came third. The Greens will seek a coalition. An exit poll by Nordpoll had the Greens on 29 percent.";
    let spans = [
        ("Green Alliance", EntityType::Organization),
        ("People", EntityType::Organization),
        ("Party", EntityType::Organization),
        ("Workers", EntityType::Organization),
        ("Greens", EntityType::Person),
        ("Nordpoll", EntityType::Place),
        ("Greens", EntityType::Person),
    ];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    let got = names(t, &ms);
    assert!(got.contains(&("People's Party".to_string(), EntityType::Organization)), "{got:?}");
    assert!(got.contains(&("Workers' Party".to_string(), EntityType::Organization)), "{got:?}");
    assert!(got.contains(&("Nordpoll".to_string(), EntityType::Organization)), "{got:?}");
    let green = ents.iter().find(|e| e.name == "Green Alliance").expect("the party");
    assert_eq!(green.mentions, 3, "{ents:?}");
}

/// Found on a flood live page: "the Orva River" was an organisation, and "the Orva" after it
/// an organisation of its own.
#[test]
fn a_river_lake_or_mountain_is_a_place_and_its_bare_name_the_same_place() {
    let t = "The Orva River rose overnight. The Orva is expected to peak, and Lake Stor too.";
    let spans = [("Orva River", EntityType::Organization), ("Orva", EntityType::Organization), ("Lake Stor", EntityType::Person)];
    let (ms, ents) = with_spans(t, &spans, &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Place), "{:?}", names(t, &ms));
    assert_eq!(ents.iter().map(|e| (e.name.as_str(), e.mentions)).collect::<Vec<_>>(), [("Orva River", 2), ("Lake Stor", 1)]);
    assert!(crate::rules::has_geographic_head("Orva River") && !crate::rules::has_geographic_head("Bank of the River Plate"));
}

/// Found on a flood report: the headline named "the Orva River", the text only "the Orva",
/// which the tagger took for an organisation.
#[test]
fn a_river_named_in_the_headline_types_its_bare_name_in_the_text() {
    let t = "The Orva is expected to peak on Friday night.";
    let ctx = Context { title: Some("Flood warning for Kellby as the Orva River rises"), ..Context::default() };
    let (ms, _) = with_spans(t, &[("Orva", EntityType::Organization)], &ctx);
    assert_eq!(ms[0].kind, EntityType::Place);
    // Without the headline, the tagger's guess stands.
    let (ms, _) = with_spans(t, &[("Orva", EntityType::Organization)], &Context::default());
    assert_eq!(ms[0].kind, EntityType::Organization);
}

#[test]
fn a_common_word_capitalised_once_is_no_name() {
    let lexicon = crate::tagger::Lexicon::from_counts(
        [
            ("security", 3, 100),
            ("business", 20, 100),
            ("benchmark", 2, 100),
            ("state", 30, 100),
            ("target", 10, 100),
            ("republic", 30, 100),
            ("nordbank", 95, 100),
        ]
        .into_iter()
        .map(|(w, c, t)| (w.to_string(), c, t)),
    );
    let t = "Ola Berg promised a state of Peace and Security. Benchmark crude fell. \
             Fellow retailer Target gained. Officials of the People's Republic met the Secretary of State.";
    let raw = [
        ("Ola Berg", EntityType::Person),
        ("Security", EntityType::Organization),
        ("Benchmark", EntityType::Organization),
        ("Target", EntityType::Organization),
        ("Republic", EntityType::Organization),
        ("State", EntityType::Organization),
    ];
    let (ms, _) = with_spans_and(t, &raw, &Context::default(), &lexicon);
    let n: Vec<String> = names(t, &ms).into_iter().map(|n| n.0).collect();
    // slogans' capitals name nothing; a retailer and a word of a longer name stay
    assert!(!n.iter().any(|n| n == "Security" || n == "Benchmark"), "{n:?}");
    assert!(n.iter().any(|n| n == "Target"), "{n:?}");
    assert!(n.iter().any(|n| n.ends_with("Republic")), "{n:?}");
    assert!(n.iter().any(|n| n.ends_with("State")), "{n:?}");
    // named twice, a mostly lowercase word is the article's subject ("Security said … Security")
    let t2 = "Business rose. Shares of Business gained as Business said sales grew.";
    let (ms, _) = with_spans_and(
        t2,
        &[("Business", EntityType::Organization), ("Business", EntityType::Organization)],
        &Context::default(),
        &lexicon,
    );
    assert_eq!(ms.len(), 2, "{ms:?}");
}

#[test]
fn a_legislature_s_party_members_are_people_and_a_centre_in_a_city_is_a_place() {
    let t = "Senate Democrats objected. The capsule went to the Vell Science Center in Brova, \
             said Ada Lind of the Center for Policy Studies. GDP grew 2 percent.";
    let raw = [
        ("Senate Democrats", EntityType::Organization),
        ("Vell Science Center", EntityType::Organization),
        ("Brova", EntityType::Place),
        ("Ada Lind", EntityType::Person),
        ("Center for Policy Studies", EntityType::Organization),
        ("GDP", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert!(n.contains(&("Senate Democrats".to_string(), EntityType::Group)), "{n:?}");
    assert!(n.contains(&("Vell Science Center".to_string(), EntityType::Facility)), "{n:?}");
    // named for what it does, a centre is an organisation; an abbreviation of a common noun is no name
    assert!(n.contains(&("Center for Policy Studies".to_string(), EntityType::Organization)), "{n:?}");
    assert!(!n.iter().any(|n| n.0 == "GDP"), "{n:?}");
}

#[test]
fn a_named_study_is_a_work() {
    let t = "The Kell Diet Study was published by the Institute for Advanced Study.";
    let (ms, _) = with_spans(
        t,
        &[("Kell Diet Study", EntityType::Organization), ("Institute for Advanced Study", EntityType::Organization)],
        &Context::default(),
    );
    let n = names(t, &ms);
    assert_eq!(n[0], ("Kell Diet Study".to_string(), EntityType::Work), "{n:?}");
    assert_eq!(n[1], ("Institute for Advanced Study".to_string(), EntityType::Organization), "{n:?}");
}

#[test]
fn a_list_that_names_a_product_names_products() {
    let t = "Kell cut the Vell Aspen, Durango and Tessvik from its range. Ada Lind visited Durango and Brova.";
    let raw = [
        ("Kell", EntityType::Organization),
        ("Vell Aspen", EntityType::Product),
        ("Durango", EntityType::Place),
        ("Tessvik", EntityType::Organization),
        ("Ada Lind", EntityType::Person),
        ("Durango", EntityType::Place),
        ("Brova", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[2], ("Durango".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[3], ("Tessvik".to_string(), EntityType::Product), "{n:?}");
    // a list of places is a list of places
    assert_eq!(n[5], ("Durango".to_string(), EntityType::Place), "{n:?}");
    assert_eq!(n[6], ("Brova".to_string(), EntityType::Place), "{n:?}");
}

#[test]
fn a_common_word_taken_for_a_person_is_dropped_though_a_study_is_named_after_it() {
    let t = "Iodine deficiency is common, said Ada Lind of the Kell Iodine Study. Salt with iodine helps, \
             and iodine is cheap. If Iodine deficiency is serious, children suffer.";
    let raw = [
        ("Iodine", EntityType::Person),
        ("Ada Lind", EntityType::Person),
        ("Kell Iodine Study", EntityType::Organization),
        ("Iodine", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert!(!n.iter().any(|(n, _)| n == "Iodine"), "{n:?}");
    assert!(n.iter().any(|(n, _)| n == "Kell Iodine Study"), "{n:?}");
}

#[test]
fn a_route_s_ends_a_bearing_and_a_town_s_mayor_are_places() {
    // found on a live blog and a quake report, where the tagger took each for a person
    let t = "Ferries between Kellby and Storøy are cancelled. The quake struck 42 km west of Varnholm. \
             Varnholm's mayor, Lena Kask, spoke. Talks between Aune and Dovan went on.";
    let raw = [
        ("Kellby", EntityType::Person),
        ("Storøy", EntityType::Person),
        ("Varnholm", EntityType::Person),
        ("Varnholm", EntityType::Person),
        ("Lena Kask", EntityType::Person),
        ("Aune", EntityType::Person),
        ("Dovan", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    for place in ["Kellby", "Storøy", "Varnholm"] {
        assert!(n.iter().filter(|(x, _)| x == place).all(|(_, k)| *k == EntityType::Place), "{place}: {n:?}");
    }
    // talks are held between people
    assert!(n.contains(&("Aune".to_string(), EntityType::Person)), "{n:?}");
}

#[test]
fn an_organisation_named_short_of_its_for_or_of_and_by_its_head_is_one_entity() {
    // found on a live blog and a quake report
    let t = "The Met Office for Selka raised its warning. Later the Met Office said the storm had landed. \
             The Ostmark Geological Institute said the quake was shallow. The Institute's director, Piet Aavik, agreed. \
             Homes in the Lillholm area lost power.";
    let raw = [
        ("Met Office for Selka", EntityType::Organization),
        ("Met Office", EntityType::Organization),
        ("Ostmark Geological Institute", EntityType::Organization),
        ("Institute", EntityType::Organization),
        ("Piet Aavik", EntityType::Person),
        ("Lillholm", EntityType::Facility),
    ];
    let (ms, ents) = with_spans(t, &raw, &Context::default());
    let entity_of = |name: &str| ms.iter().find(|m| &t[m.start..m.end] == name).map(|m| m.entity);
    assert_eq!(entity_of("Met Office"), entity_of("Met Office for Selka"));
    assert_eq!(entity_of("Institute"), entity_of("Ostmark Geological Institute"));
    let lillholm = ms.iter().find(|m| &t[m.start..m.end] == "Lillholm").expect("Lillholm");
    assert_eq!(ents[lillholm.entity].kind, EntityType::Place);
}

#[test]
fn a_club_named_by_its_head_is_the_club_whatever_the_tagger_typed() {
    // found on a match report: "United equalised" was a place
    let t = "Kellby United beat Varnholm City. United equalised after eight minutes.";
    let raw = [("Kellby United", EntityType::Organization), ("Varnholm City", EntityType::Organization), ("United", EntityType::Place)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let united = ms.iter().find(|m| &t[m.start..m.end] == "United").expect("United");
    let kellby = ms.iter().find(|m| &t[m.start..m.end] == "Kellby United").expect("Kellby United");
    assert_eq!(united.entity, kellby.entity);
}

#[test]
fn a_maker_model_taken_for_a_person_in_a_list_of_products_is_a_product() {
    let t = "The jets replace existing Lockheed Tristar and Vell VC-10 aircraft, said Ada Lind and Kell Brova.";
    let raw = [
        ("Lockheed Tristar", EntityType::Person),
        ("Vell VC-10", EntityType::Product),
        ("Ada Lind", EntityType::Person),
        ("Kell Brova", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[0], ("Lockheed Tristar".to_string(), EntityType::Product), "{n:?}");
    // no listed maker before the name: a person in a list of people stays one
    assert_eq!(n[2], ("Ada Lind".to_string(), EntityType::Person), "{n:?}");
    assert_eq!(n[3], ("Kell Brova".to_string(), EntityType::Person), "{n:?}");
}

#[test]
fn an_item_the_tagger_missed_between_two_listed_products_is_a_product() {
    let t = "Kell cut the Vell Aspen, PT Cruiser, and Durango from production. Ada Lind, Tor Berg, and Brova met.";
    let raw = [
        ("Kell", EntityType::Organization),
        ("Vell Aspen", EntityType::Product),
        ("Durango", EntityType::Place),
        ("Ada Lind", EntityType::Person),
        ("Brova", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[2], ("PT Cruiser".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[3], ("Durango".to_string(), EntityType::Product), "{n:?}");
    // a list without a product gains no item
    assert!(!n.iter().any(|(s, _)| s == "Tor Berg"), "{n:?}");
}

#[test]
fn the_kind_of_product_before_a_name_makes_it_a_product() {
    let t = "It ships with the e-mail client Mail, the web browser Safari and the app Signal. Its client Vell paid.";
    let raw = [
        ("Mail", EntityType::Person),
        ("Safari", EntityType::Person),
        ("Signal", EntityType::Organization),
        ("Vell", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[0], ("Mail".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[1], ("Safari".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[2], ("Signal".to_string(), EntityType::Product), "{n:?}");
    // a client that is no mail client is a customer
    assert_eq!(n[3], ("Vell".to_string(), EntityType::Organization), "{n:?}");
}

#[test]
fn an_organisation_named_with_and_is_one_name() {
    let t = "The parent, Nordic Marine Engineering and Transport Company, agreed with Vell and Space Kell Company. \
             Tor Berg and Transport Company staff left.";
    let lexicon = crate::tagger::Lexicon::from_counts(["transport", "space", "marine"].iter().map(|w| (w.to_string(), 0, 100)));
    let raw = [
        ("Nordic Marine Engineering", EntityType::Organization),
        ("Transport Company", EntityType::Organization),
        ("Vell", EntityType::Organization),
        ("Space Kell Company", EntityType::Organization),
        ("Tor Berg", EntityType::Person),
        ("Transport Company", EntityType::Organization),
    ];
    let (ms, _) = with_spans_and(t, &raw, &Context::default(), &lexicon);
    let n = names(t, &ms);
    assert_eq!(n[0], ("Nordic Marine Engineering and Transport Company".to_string(), EntityType::Organization), "{n:?}");
    // a name with a word of its own stays apart ("Kell" is no common word)
    assert_eq!(n[1], ("Vell".to_string(), EntityType::Organization), "{n:?}");
    assert_eq!(n[2], ("Space Kell Company".to_string(), EntityType::Organization), "{n:?}");
    // a person before "and" is no part of the name
    assert_eq!(n[3], ("Tor Berg".to_string(), EntityType::Person), "{n:?}");
}

#[test]
fn a_name_set_off_after_an_organisation_placed_by_a_phrase_is_an_organisation() {
    // Found on an earnings report of the project's own: "The union at the Storvik plant,
    // Industri Nord, said" made a person of the union.
    let t = "The union at the Storvik plant, Industri Nord, said it would fight. The man at the gate, Tor Berg, waved.";
    let raw = [("Storvik", EntityType::Place), ("Industri Nord", EntityType::Person), ("Tor Berg", EntityType::Person)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[1], ("Industri Nord".to_string(), EntityType::Organization), "{n:?}");
    // a person placed the same way stays a person
    assert_eq!(n[2], ("Tor Berg".to_string(), EntityType::Person), "{n:?}");
}

#[test]
fn a_name_never_ends_in_of_or_and() {
    // Found on an election report: "The ruling Centre Party of Premier Jonas Falk" left
    // "Centre Party of" once the title and the person were taken out.
    let t = "The ruling Centre Party of Premier Jonas Falk won. The Centre Party of Norland lost.";
    let raw = [
        ("Centre Party of", EntityType::Organization),
        ("Jonas Falk", EntityType::Person),
        ("Centre Party of Norland", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[0].0, "Centre Party", "{n:?}");
    assert_eq!(n[2].0, "Centre Party of Norland", "{n:?}");
}

#[test]
fn a_list_its_products_kind_closes_names_no_person() {
    // Found on an article of the project's own: "the Vell Orbit 3, Lumen and Vela phones"
    // made a person of "Vela".
    let t = "Vell sells the Vell Orbit 3, Lumen and Vela phones. Vell hired the Kell Pro, Ada and Tor.";
    let raw = [
        ("Vell", EntityType::Organization),
        ("Vell Orbit 3", EntityType::Product),
        ("Lumen", EntityType::Organization),
        ("Vela", EntityType::Person),
        ("Vell", EntityType::Organization),
        ("Kell Pro", EntityType::Product),
        ("Ada", EntityType::Person),
        ("Tor", EntityType::Person),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[3], ("Vela".to_string(), EntityType::Product), "{n:?}");
    // without the kind after the list, people stay people
    assert_eq!(n[6], ("Ada".to_string(), EntityType::Person), "{n:?}");
    assert_eq!(n[7], ("Tor".to_string(), EntityType::Person), "{n:?}");
}

#[test]
fn a_name_with_a_lowercase_first_letter_is_a_product() {
    let t = "Kell cut the price of the eReader Lumen 2, the iPhone and the eBay app. Power rose to 4 kWh.";
    let raw = [("Kell", EntityType::Organization), ("Lumen 2", EntityType::Person)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    // the tagger's person inside the name gives way to the product
    assert!(n.contains(&("eReader Lumen 2".to_string(), EntityType::Product)), "{n:?}");
    assert!(n.contains(&("iPhone".to_string(), EntityType::Product)), "{n:?}");
    // a listed company written the same way is the company
    assert!(n.contains(&("eBay".to_string(), EntityType::Organization)), "{n:?}");
    // a unit is no name
    assert!(!n.iter().any(|(s, _)| s == "kWh"), "{n:?}");
}

#[test]
fn a_list_that_opens_with_a_lowercase_brand_names_products() {
    let t = "In addition to the iPod Classic, Nano and Shuffle, Kell showed a phone.";
    let raw = [("Nano", EntityType::Place), ("Shuffle", EntityType::Place), ("Kell", EntityType::Organization)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[0], ("iPod Classic".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[1], ("Nano".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[2], ("Shuffle".to_string(), EntityType::Product), "{n:?}");
}

#[test]
fn a_listed_makers_model_after_the_is_a_product_not_a_thing_named_for_a_person() {
    // "the Charles de Gaulle" rule: a person's name after "the" names a thing; with a
    // listed maker first it is the maker's model, and the list around it is of products.
    let t = "Chrysler will cut the Chrysler Aspen, PT Cruiser, and Durango from production.";
    let raw = [("Chrysler", EntityType::Organization), ("Chrysler Aspen", EntityType::Person), ("Durango", EntityType::Place)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n[1], ("Chrysler Aspen".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[2], ("PT Cruiser".to_string(), EntityType::Product), "{n:?}");
    assert_eq!(n[3], ("Durango".to_string(), EntityType::Product), "{n:?}");
}

#[test]
fn a_name_before_a_lowercase_airport_is_a_place() {
    let t = "The jet landing at Kellby airport was held. Flights to New Brova airport and the main airport resumed.";
    let (ms, _) = with_spans(t, &[], &Context::default());
    let n = names(t, &ms);
    assert!(n.contains(&("Kellby".to_string(), EntityType::Place)), "{n:?}");
    assert!(n.contains(&("New Brova".to_string(), EntityType::Place)), "{n:?}");
    assert_eq!(n.len(), 2, "{n:?}");
    // a word the lexicon knows as common ("Main airport" at a line's start) is no name
    let lex = crate::tagger::Lexicon::from_counts([("main".to_string(), 0, 50)].into_iter());
    let t = "Main airport reopened.";
    let (ms, _) = with_spans_and(t, &[], &Context::default(), &lex);
    assert!(ms.is_empty(), "{:?}", names(t, &ms));
}

#[test]
fn the_place_a_company_is_based_in_is_a_place() {
    let t = "The Kellby-based car maker was sold. A Linux-based server and a Brova-headquartered bank failed.";
    let raw = [("Kellby-based", EntityType::Organization)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(n, vec![("Kellby".to_string(), EntityType::Place), ("Brova".to_string(), EntityType::Place)]);
}

#[test]
fn a_show_named_by_its_place_is_an_event() {
    let t = "Orders gave a boost to the Kellby Air Show, held near Brova. The Vell Book Fair opened.";
    let raw = [
        ("Kellby", EntityType::Place),
        ("Air Show", EntityType::Organization),
        ("Brova", EntityType::Place),
        ("Vell Book Fair", EntityType::Organization),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(
        n,
        vec![
            ("Kellby Air Show".to_string(), EntityType::Event),
            ("Brova".to_string(), EntityType::Place),
            ("Vell Book Fair".to_string(), EntityType::Event),
        ]
    );
}

#[test]
fn the_state_a_state_body_is_named_by_is_a_nested_place() {
    let t = "The US Air Force chose a tanker. The U.S. Treasury and the Norway Supreme Court agreed, as did Qatar Airways and the United States.";
    let raw = [
        ("US Air Force", EntityType::Organization),
        ("U.S. Treasury", EntityType::Organization),
        ("Norway Supreme Court", EntityType::Organization),
        ("Qatar Airways", EntityType::Organization),
        ("United States", EntityType::Place),
    ];
    let (ms, ents) = with_spans(t, &raw, &Context::default());
    let nested: Vec<&str> = ms.iter().filter(|m| m.nested).map(|m| &t[m.start..m.end]).collect();
    // a company named after a country names no place
    assert_eq!(nested, ["US", "U.S.", "Norway"]);
    for m in ms.iter().filter(|m| m.nested) {
        assert_eq!(m.kind, EntityType::Place);
        // the longer name follows its nested one, and keeps its type
        let i = ms.iter().position(|o| o == m).unwrap();
        assert!(ms[i + 1].start == m.start && ms[i + 1].end > m.end && ms[i + 1].kind == EntityType::Organization, "{ms:?}");
    }
    // "US", "U.S." and "United States" are one place
    let us = ms.iter().find(|m| &t[m.start..m.end] == "US").unwrap().entity;
    let states = ms.iter().find(|m| &t[m.start..m.end] == "United States").unwrap().entity;
    assert_eq!(us, states, "{ents:?}");
    assert_eq!(ms.iter().find(|m| &t[m.start..m.end] == "U.S.").unwrap().entity, us);
    assert_eq!(ents[us].mentions, 3, "{ents:?}");
}

#[test]
fn the_outlet_a_piece_appeared_in_is_an_organisation() {
    let t = "According to an April report in Vell Technica, the memo was real. An op-ed in Brova Today agreed, an article in Berlin did not, and a report in Kellby said so.";
    let raw = [
        ("Vell Technica", EntityType::Place),
        ("Brova Today", EntityType::Person),
        ("Berlin", EntityType::Place),
        ("Kellby", EntityType::Place),
    ];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    let n = names(t, &ms);
    assert_eq!(
        n,
        vec![
            ("Vell Technica".to_string(), EntityType::Organization),
            ("Brova Today".to_string(), EntityType::Organization),
            // a capital, and a one-word name a report may be filed from, stay places
            ("Berlin".to_string(), EntityType::Place),
            ("Kellby".to_string(), EntityType::Place),
        ]
    );
}

#[test]
fn regression_a_newspaper_head_taken_into_a_place_is_not_a_second_name() {
    // GUM "flag": "the New Zealand Herald" gave "New Zealand Herald" and an overlapping "Herald"
    let t = "According to the Kellish Herald, the vote was close.";
    let raw = [("Kellish", EntityType::Place), ("Herald", EntityType::Organization)];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    assert_eq!(names(t, &ms), vec![("Kellish Herald".to_string(), EntityType::Organization)]);
}

#[test]
fn a_question_opening_with_will_names_no_will() {
    // Found on an opinion column: "Will Trump now accept …?" made a person "Will Trump",
    // and every "Trump" after it his alias.
    let t = "Will Kessler now accept the harbour deal?";
    let (ms, _) = with_spans(t, &[("Will Kessler", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Kessler".to_string(), EntityType::Person)]);
    // a statement keeps the given name
    let t = "Will Kessler accepted the harbour deal.";
    let (ms, _) = with_spans(t, &[("Will Kessler", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Will Kessler".to_string(), EntityType::Person)]);
}

#[test]
fn a_doctrine_named_after_its_founder_is_a_group() {
    // Found on an opinion column: "Trumpism" was a place.
    let t = "There is no such thing as Kesslerism, the mayor said.";
    let (ms, _) = with_spans(t, &[("Kesslerism", EntityType::Place)], &Context::default());
    assert_eq!(names(t, &ms), [("Kesslerism".to_string(), EntityType::Group)]);
}

#[test]
fn a_persons_title_before_a_surname_decides_its_type() {
    // Found on opinion columns: "President Trump" among many a bare "Trump" the tagger
    // took for an organisation left the man an organisation.
    let t = "President Kessler spoke. Critics of Kessler said Kessler's plan failed, and Kessler left.";
    let raw = [("Kessler", EntityType::Organization); 4];
    let (ms, _) = with_spans(t, &raw, &Context::default());
    assert_eq!(ms.len(), 4, "{ms:?}");
    assert!(ms.iter().all(|m| m.kind == EntityType::Person), "{:?}", names(t, &ms));
    // a company's name that opens like a title is no person: "General" is not one
    let t = "General Vellmark cut jobs. Vellmark shares fell.";
    let (ms, _) = with_spans(t, &[("Vellmark", EntityType::Organization), ("Vellmark", EntityType::Organization)], &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Organization), "{:?}", names(t, &ms));
}

#[test]
fn storms_named_together_are_two_events() {
    // Found on an opinion column: "Hurricanes Harvey and Irma" made a place and a person.
    let t = "Walls of water from Hurricanes Vella and Orla hit the coast.";
    let (ms, _) = with_spans(t, &[("Hurricanes Vella", EntityType::Place), ("Orla", EntityType::Person)], &Context::default());
    assert_eq!(names(t, &ms), [("Vella".to_string(), EntityType::Event), ("Orla".to_string(), EntityType::Event)]);
}

#[test]
fn a_full_name_ending_in_a_persons_surname_is_that_person() {
    // Found on a sports column: "Laremy Tunsil" was a facility while "Tunsil" was a person.
    let t = "Here is Oren Vaskel, a left tackle. Hats off to Vaskel. Oren Vaskel is a real person.";
    let raw = [("Oren Vaskel", EntityType::Facility), ("Vaskel", EntityType::Person), ("Oren Vaskel", EntityType::Facility)];
    let (ms, ents) = with_spans(t, &raw, &Context::default());
    assert!(ms.iter().all(|m| m.kind == EntityType::Person), "{:?}", names(t, &ms));
    assert_eq!(ents.len(), 1, "{ents:?}");
    // a place's word opening the name keeps it a place ("Port Vaskel" where "Vaskel" is a person)
    let t = "Vaskel arrived in Port Vaskel.";
    let (ms, _) = with_spans(t, &[("Vaskel", EntityType::Person), ("Port Vaskel", EntityType::Facility)], &Context::default());
    assert_ne!(ms[1].kind, EntityType::Person, "{:?}", names(t, &ms));
}

/// Found on 200 opinion columns: "Trump" alone (207 mentions) and "Donald J. Trump" stayed
/// apart from "Donald Trump", since "Ivana Trump" and a mis-tagged "Tell Trump" also end in
/// the surname.
#[test]
fn corpus_joins_middle_initials_short_first_names_and_a_surname_the_corpus_names_far_more() {
    let person = |name: &'static str, key: &'static str, mentions: usize| EntityRef {
        name,
        kind: EntityType::Person,
        key,
        aliases: &[],
        mentions,
        role: "participant",
        metonymy: false,
    };
    let mut c = Corpus::new();
    c.add(0, [person("Ivar Solheim", "ivar solheim", 12), person("Rolf Dane", "rolf dane", 5)]);
    c.add(1, [person("Ivar K. Solheim", "ivar k. solheim", 2), person("Marta Solheim", "marta solheim", 2)]);
    c.add(2, [person("Solheim", "solheim", 3), person("Dane", "dane", 2), person("Ola Dane", "ola dane", 4)]);
    c.add(3, [person("Ivar Solheim Jr.", "ivar solheim jr.", 1)]);
    // The surname mis-tagged as an organisation follows the person.
    c.add(4, [EntityRef { kind: EntityType::Organization, ..person("Solheim", "solheim", 1) }]);
    // A first name's short form is the same name.
    c.add(5, [person("Steve Lund", "steve lund", 3)]);
    c.add(6, [person("Steven Lund", "steven lund", 1), person("Stephen K. Lund", "stephen k. lund", 1)]);
    let ents = c.finish(&[]);
    let find = |name: &str| ents.iter().find(|e| e.name == name);
    let ivar = find("Ivar Solheim").unwrap();
    assert_eq!(ivar.articles, [0, 1, 2, 4], "{ivar:?}");
    assert_eq!(ivar.mentions, 18);
    assert_eq!(ents.iter().filter(|e| e.name == "Solheim").count(), 0, "{ents:?}");
    assert!(ivar.aliases.iter().any(|a| a == "Ivar K. Solheim") && ivar.aliases.iter().any(|a| a == "Solheim"), "{ivar:?}");
    // Another first name, and a son, stay apart.
    assert_eq!(find("Marta Solheim").unwrap().articles, [1]);
    assert_eq!(find("Ivar Solheim Jr.").unwrap().articles, [3]);
    let steve = find("Steve Lund").unwrap();
    assert_eq!((steve.articles.as_slice(), steve.mentions), ([5, 6].as_slice(), 5), "{steve:?}");
    assert!(steve.aliases.iter().any(|a| a == "Stephen K. Lund") && steve.aliases.iter().any(|a| a == "Steven Lund"), "{steve:?}");
    // Two full names of like weight leave the surname alone.
    assert!(find("Dane").is_some(), "{ents:?}");
    assert_eq!(find("Rolf Dane").unwrap().mentions, 5);
}
