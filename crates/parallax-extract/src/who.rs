//! Entities on an article, and quote sources resolved to them.

use std::collections::HashMap;

use parallax_entities::{Context, Recognizer};
use parallax_model::{Article, ArticleEntity, EntityMention, Speaker};

/// Tag the article's names and merge their aliases; resolve quote speakers.
/// Returns an error message when the entity model cannot be read (the
/// article then has no entities).
pub fn add_entities(article: &mut Article) -> Result<(), String> {
    let rec = Recognizer::shipped().map_err(str::to_string)?;
    let mut sentences: Vec<(usize, usize)> = article.sentences.iter().map(|s| (s.start, s.end)).collect();
    // The lead after a dateline opens a sentence of its own: "VARNHOLM, Dec 4 (Coastline
    // Wire) - Ostmark and Selvania will …" lost "Ostmark" to the tagger.
    if let Some(d) = &article.dateline {
        if let Some(i) = sentences.iter().position(|&(a, b)| a <= d.start && d.end < b) {
            let (a, b) = sentences[i];
            sentences[i] = (a, d.end);
            sentences.insert(i + 1, (d.end, b));
        }
    }
    let dateline_place = article.dateline.as_ref().map(|d| (d.start, d.start + d.place.len()));
    let ctx = Context { outlet: article.outlet.as_deref(), authors: &article.authors, dateline_place, title: article.title.as_deref() };
    let (mentions, entities) = rec.analyze(&article.text, &sentences, &ctx);
    article.mentions = mentions
        .iter()
        .map(|m| EntityMention {
            start: m.start,
            end: m.end,
            text: article.text[m.start..m.end].to_string(),
            kind: m.kind.name().to_string(),
            entity: m.entity,
            metonymy: m.metonymy,
            nested: m.nested,
        })
        .collect();
    article.entities = entities
        .into_iter()
        .map(|e| ArticleEntity {
            name: e.name,
            kind: e.kind.name().to_string(),
            aliases: e.aliases,
            mentions: e.mentions,
            role: e.role.to_string(),
            titles: e.titles,
            key: e.key,
            metonymy: e.metonymy,
        })
        .collect();
    resolve_speakers(article);
    Ok(())
}

const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her"];
const GROUP_PRONOUNS: &[&str] = &["it", "they"];

/// `Q` or `A` when the source is an interview's one-letter turn label (`A: Look, …`).
fn interview_label(text: &str, src: parallax_model::Span) -> Option<char> {
    let label = text[src.start..src.end].trim();
    let turn = text[src.end..].trim_start().starts_with(':') && (src.start == 0 || text[..src.start].ends_with('\n'));
    match label {
        "Q" | "q" if turn => Some('Q'),
        "A" | "a" if turn => Some('A'),
        _ => None,
    }
}

/// Who the turns of an interview belong to: `Q` to the byline's author (else the
/// outlet), `A` to the person the introduction names, before the first turn, most
/// often in the whole article (ties: the first named). `None` where the article does
/// not say.
fn interview_roles(article: &Article) -> (Option<usize>, Option<usize>) {
    let text = &article.text;
    let first_turn = article.quotes.iter().filter_map(|q| q.source).filter(|&s| interview_label(text, s).is_some()).map(|s| s.start).min();
    let Some(first_turn) = first_turn else { return (None, None) };
    let role = |r: &str| article.entities.iter().position(|e| e.role == r);
    let interviewer = role("author").or_else(|| role("outlet"));
    let mut count = vec![0usize; article.entities.len()];
    for m in &article.mentions {
        if let Some(c) = count.get_mut(m.entity) {
            *c += 1;
        }
    }
    let mut best: Option<(usize, usize)> = None; // (mentions in the article, entity)
    for m in article.mentions.iter().filter(|m| m.end <= first_turn && m.kind == "person") {
        let Some(e) = article.entities.get(m.entity) else { continue };
        if e.role == "author" || best.is_some_and(|(_, b)| b == m.entity) {
            continue;
        }
        let n = count[m.entity];
        if best.is_none_or(|(bn, _)| n > bn) {
            best = Some((n, m.entity));
        }
    }
    (interviewer, best.map(|(_, e)| e))
}

/// A quote's source to an entity: a name inside the source span; a pronoun to
/// the last person (or, for `it`/`they`, organisation) named before it; a
/// noun phrase with a title word (`the chancellor`) to the last person named
/// with that title.
pub fn resolve_speakers(article: &mut Article) {
    let text = &article.text;
    let entities = &article.entities;
    let ix = Mentions::new(&article.mentions, entities);
    let (interviewer, interviewee) = interview_roles(article);
    // The speaker behind the last document that spoke ("a ministry statement said"), for a
    // later "the document added" or "the statement said". Quotes are in text order.
    let mut last_document: Option<usize> = None;
    let mut sources: Vec<usize> = article.quotes.iter().filter_map(|q| q.source.map(|s| s.start)).collect();
    sources.sort_unstable();
    let genders = genders(text, &ix, &article.sentences, &sources);
    let sentences = &article.sentences;
    // The end of the last source that describes a person without naming them, and their
    // gender once a pronoun stood for them.
    let mut last_unnamed: Option<(usize, Option<Gender>)> = None;
    // The content and the person speaking it, of each quote resolved so far.
    let mut spoken: Vec<(parallax_model::Span, usize)> = Vec::new();
    for q in &mut article.quotes {
        if let Some(rep) = q.relayed_by {
            q.reporter = ix
                .around(rep.start, rep.end)
                .iter()
                .rfind(|m| m.start < rep.end && rep.start < m.end && matches!(m.kind.as_str(), "person" | "organization"))
                .map(|m| Speaker { entity: m.entity, name: entities[m.entity].name.clone(), via: "name".to_string() });
        }
        let Some(src) = q.source else { continue };
        // A person named as the complement of another noun is not the speaker:
        // "an aide to Marin", "a source close to Marin", "Marin's spokesman", "critics in
        // Ostmark" (a country the tagger took for a person).
        let complement = |m: &&parallax_model::EntityMention| {
            let before: Vec<&str> = text[src.start..m.start.max(src.start)].split_whitespace().collect();
            let after = &text[m.end.min(src.end)..src.end];
            let possessor = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).is_some_and(|rest| rest.trim().len() > 1);
            let after_preposition =
                before.len() >= 2 && matches!(before[before.len() - 1], "to" | "of" | "for" | "at" | "with" | "from" | "near" | "in");
            // Who asked is not who answered: "economists polled by the Northgate Ledger",
            // "voters surveyed by Selka Research"; nor who read a document what it says
            // ("internal documents seen by the Northgate Ledger").
            let bare: &[&str] = match before.split_last() {
                Some((&("the" | "a" | "an"), rest)) => rest,
                _ => &before,
            };
            // Who a survey was made for is not who made it: "a new Nordpoll survey for the
            // Selka Daily".
            let client = bare.len() >= 2
                && bare[bare.len() - 1] == "for"
                && matches!(bare[bare.len() - 2], "survey" | "poll" | "study" | "report" | "analysis" | "review" | "audit");
            let asker = client
                || bare.len() >= 2
                    && bare[bare.len() - 1] == "by"
                    && matches!(
                        bare[bare.len() - 2],
                        "polled"
                            | "surveyed"
                            | "interviewed"
                            | "asked"
                            | "contacted"
                            | "questioned"
                            | "seen"
                            | "obtained"
                            | "reviewed"
                            | "viewed"
                    );
            // Where a document appeared is not who wrote it: "a study published on Wednesday
            // in the Journal of Northern Medicine".
            let venue = bare.last() == Some(&"in") && before.iter().any(|w| matches!(*w, "published" | "appeared" | "printed" | "posted"));
            // Who once led an organisation no longer speaks for it: "The former head of the
            // Tessvik port authority pleaded not guilty".
            let former = bare.last().is_some_and(|w| matches!(*w, "of" | "at" | "for" | "with"))
                && before.iter().take(3).any(|w| w.eq_ignore_ascii_case("former") || w.starts_with("ex-"));
            // An organisation owning a thing after a preposition is no speaker either:
            // "union leaders at Nordcell's plant".
            (m.kind == "person" && (after_preposition || possessor))
                || (m.kind == "organization" && after_preposition && possessor)
                || asker
                || venue
                || former
        };
        let named: Vec<&&EntityMention> = ix
            .around(src.start, src.end)
            .iter()
            .filter(|m| m.start < src.end && src.start < m.end)
            .filter(|m| !complement(m))
            .filter(|m| matches!(m.kind.as_str(), "person" | "organization") || m.metonymy)
            .collect();
        let inside = named.iter().copied().max_by_key(|m| (m.kind == "person", m.end));
        // "Jonas Aune and Mirela Dovan said": the names joined to the speaker's by "and" or
        // commas, of the same kind, speak with them.
        let mut co_speakers = Vec::new();
        if let Some(first) = inside {
            let joined = |a: &EntityMention, b: &EntityMention| {
                a.end <= b.start && matches!(text[a.end..b.start].trim(), "and" | "," | ", and" | "&")
            };
            let at = named.iter().position(|m| std::ptr::eq(**m, *first)).unwrap_or(0);
            let mut k = at;
            while k > 0 && joined(named[k - 1], named[k]) && named[k - 1].kind == first.kind {
                k -= 1;
                if named[k].entity != first.entity && !co_speakers.contains(&named[k].entity) {
                    co_speakers.insert(0, named[k].entity);
                }
            }
        }
        let before = |table: &[Option<usize>]| ix.last_before(table, src.start);
        let words: Vec<String> =
            text[src.start..src.end].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let label = interview_label(text, src);
        // "an unnamed health official", "an anonymous aide": no one the article names.
        let unnamed = words.iter().any(|w| matches!(w.as_str(), "unnamed" | "anonymous" | "unidentified"));
        let speaker = if unnamed && inside.is_none() {
            None
        } else if label == Some('A') {
            interviewee.map(|e| (e, "interview"))
        } else if label == Some('Q') {
            interviewer.map(|e| (e, "interview"))
        } else if let Some(m) = inside {
            Some((m.entity, "name"))
        } else if words.len() == 1 && PERSON_PRONOUNS.contains(&words[0].as_str()) {
            // The last person named before, of the pronoun's gender where the article shows
            // one; none when a speaker the article does not name came after that person
            // ("…,” one skipper said. … “…,” he said").
            let want = if matches!(words[0].as_str(), "he" | "him") { Gender::Male } else { Gender::Female };
            let mut at = src.start;
            let mut found = None;
            // Not someone named in the quotation itself: "“I congratulate Sara Holm,” he
            // said" is not Holm.
            let content = q.content;
            for _ in 0..8 {
                let Some(m) = ix.last_before(&ix.last_person, at) else { break };
                let in_own_words = content.start <= m.start && m.end <= content.end;
                if !in_own_words && genders.get(&m.entity).is_none_or(|&g| g == want) {
                    found = Some(m);
                    break;
                }
                at = m.start;
            }
            // An unnamed speaker of the other gender (learnt from the pronoun that last
            // stood for them) is not what the pronoun stands for.
            let unnamed_since = |m: &&EntityMention| last_unnamed.is_some_and(|(u, g)| u > m.end && g.is_none_or(|g| g == want));
            // A person named inside what someone reported is less likely the pronoun's
            // antecedent than the one who reported it: "Judge Forsberg said Wahl had
            // lied. She ordered …" is the judge.
            let reporter_of = |m: &EntityMention| {
                // (the last few reports hold any recent enough to matter)
                spoken
                    .iter()
                    .rev()
                    .take(8)
                    .find(|(c, _)| c.start <= m.start && m.end <= c.end)
                    .map(|&(_, e)| e)
                    .filter(|&e| e != m.entity && genders.get(&e).is_none_or(|&g| g == want))
            };
            match found {
                Some(m) if unnamed_since(&m) => {
                    if let Some((_, g)) = last_unnamed.as_mut() {
                        *g = Some(want);
                    }
                    None
                }
                Some(m) => Some((reporter_of(m).unwrap_or(m.entity), "pronoun")),
                None => None,
            }
        } else if words.len() == 1 && GROUP_PRONOUNS.contains(&words[0].as_str()) {
            before(&ix.last_org).map(|m| (m.entity, "pronoun"))
        } else if words.len() == 1 && matches!(words[0].as_str(), "who" | "which") {
            // "Obama, who has often complained": the name right before the relative clause.
            before(&ix.last_named)
                .filter(|m| {
                    // an age may stand between: "Sami Okafor, 34, who had planned …"
                    let gap = text[m.end..src.start].trim();
                    gap == ","
                        || gap.strip_prefix(',').and_then(|g| g.strip_suffix(',')).is_some_and(|g| {
                            let g = g.trim();
                            !g.is_empty() && g.len() <= 3 && g.bytes().all(|b| b.is_ascii_digit())
                        })
                })
                .map(|m| (m.entity, "relative"))
        } else {
            // `the German chancellor`: the last person named with one of these title words.
            // "the Norland leader": a leader is whoever heads a government.
            // Every title word of the phrase must be the person's: "a foreign ministry
            // spokeswoman" is not the foreign minister.
            let leader = words.iter().any(|w| w == "leader");
            let recent = |w: &str| ix.by_title.get(w).map(|list| ix.listed_before(list, src.start).take(16).collect::<Vec<usize>>());
            let mut by_title: Option<Vec<usize>> = leader.then(|| {
                ["president", "prime", "premier", "chancellor", "king", "queen"].iter().filter_map(|w| recent(w)).flatten().collect()
            });
            for w in words.iter().filter(|w| parallax_entities::rules::is_title(w)) {
                let list = recent(w).unwrap_or_default();
                by_title = Some(match by_title {
                    None => list,
                    Some(had) => had.into_iter().filter(|i| list.contains(i)).collect(),
                });
            }
            let by_title = by_title.unwrap_or_default();
            // A place or people in the phrase ("the Ostmark chancellor") picks the one
            // named near it; else the last named.
            let qualifiers: Vec<&str> = text[src.start..src.end]
                .split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| w.starts_with(char::is_uppercase))
                .collect();
            // Near: in the 40 bytes before the mention or the 20 after it ("the prime
            // minister of Norland, Astrid Holm", "Chancellor Dieter Kranz of Ostmark"),
            // not past another person's name.
            let near = |i: usize| {
                let m = ix.ms[i];
                let other = |o: &&&EntityMention| o.kind == "person" && o.entity != m.entity;
                // (a few mentions either way hold every name within those bytes)
                let prev = ix.ms[..i].iter().rev().take(8).filter(other).find(|o| o.end <= m.start).map_or(0, |o| o.end);
                let next = ix.ms[i + 1..].iter().take(8).filter(other).find(|o| o.start >= m.end).map_or(text.len(), |o| o.start);
                let (mut lo, mut hi) = (m.start.saturating_sub(40).max(prev), (m.end + 20).min(next).min(src.start.max(m.end)));
                while !text.is_char_boundary(lo) {
                    lo -= 1;
                }
                while !text.is_char_boundary(hi) {
                    hi += 1;
                }
                qualifiers.iter().all(|q| text[lo..hi].split(|c: char| !c.is_alphanumeric()).any(|w| w == *q))
            };
            let by_title = by_title
                .iter()
                .copied()
                .filter(|&i| !qualifiers.is_empty() && near(i))
                .max()
                .or_else(|| by_title.iter().copied().max())
                .map(|i| (ix.ms[i].entity, "nominal"));
            // `the ministry`, `the harbour authority`: the last organisation named earlier whose
            // name holds every word of the phrase (`Ministry of Transport`).
            // "a spokesperson for the ministry": the organisation the spokesperson speaks for.
            let spoken_for = words
                .windows(2)
                .position(|p| p[0].starts_with("spokes") && matches!(p[1].as_str(), "for" | "of" | "at"))
                .map_or(0, |i| i + 2);
            let content: Vec<&String> = words[spoken_for..]
                .iter()
                // a possessor is not the organisation: "the city's harbour authority"
                .filter(|w| !(w.ends_with("'s") || w.ends_with("’s")))
                // nor where it is or who owns it: "the Selka-based utility", "the state-owned firm"
                .filter(|w| !["-based", "-owned", "-run", "-listed", "-backed", "-controlled"].iter().any(|s| w.ends_with(s)))
                .filter(|w| {
                    !DOCUMENTS.contains(&w.as_str())
                        && !matches!(
                            w.as_str(),
                            "the" | "a" | "an" | "its" | "their" | "from" | "spokesperson" | "spokesman" | "spokeswoman" | "s"
                        )
                })
                .collect();
            by_title.or_else(|| {
                let names_it = |&&i: &&usize| {
                    let m = ix.ms[i];
                    let name: Vec<String> = entities[m.entity].name.split_whitespace().map(|w| w.to_lowercase()).collect();
                    m.kind == "organization" && content.iter().all(|w| name.iter().any(|n| n == *w))
                };
                // Only organisations whose name holds the first word can hold them all.
                let listed: &[usize] = content.first().and_then(|w| ix.by_org_word.get(w.as_str())).map_or(&[], Vec::as_slice);
                (!content.is_empty() && words.first().is_some_and(|w| w == "the" || w == "a"))
                    .then(|| {
                        // Before the phrase; else the first named after it, as a lead often says
                        // "the harbour authority said" before naming the "Port Aven Harbour Authority".
                        listed
                            .iter()
                            .filter(|&&i| ix.ms[i].end <= src.start)
                            .rfind(names_it)
                            .or_else(|| listed.iter().filter(|&&i| ix.ms[i].start >= src.end).find(names_it))
                            .map(|&i| (ix.ms[i].entity, "nominal"))
                    })
                    .flatten()
                    // "the company", "a company spokeswoman": of the last organisations named
                    // before, the last whose name says company ("Vellmar Motors"), else the
                    // last that is no public body.
                    .or_else(|| {
                        if !(content.len() == 1 && COMPANY_NOUNS.contains(&content[0].as_str())) {
                            return None;
                        }
                        let mut recent = Vec::new();
                        let mut at = src.start;
                        // (not one named after a preposition in the words reported: "The first
                        // packs will ship to Selka Lines in May, the company said" is not Selka
                        // Lines speaking; "Vellmar Motors will cut 1,200 jobs, the carmaker
                        // said" is Vellmar)
                        let own = q.content;
                        let object = |m: &EntityMention| {
                            own.start <= m.start
                                && m.end <= own.end
                                && text[..m.start].split_whitespace().next_back().is_some_and(|w| {
                                    matches!(w, "to" | "with" | "from" | "for" | "by" | "at" | "of" | "on" | "against" | "into")
                                })
                        };
                        let mut looked = 0;
                        while let Some(m) = ix.last_before(&ix.last_org, at).filter(|_| recent.len() < 8 && looked < 16) {
                            looked += 1;
                            if !object(m) {
                                recent.push(m);
                            }
                            at = m.start;
                        }
                        let name = |m: &&EntityMention| entities[m.entity].name.as_str();
                        recent
                            .iter()
                            .find(|m| name(m).split_whitespace().any(parallax_entities::rules::is_org_designator))
                            .or_else(|| recent.iter().find(|m| !public_body(name(m))))
                            .map(|m| (m.entity, "nominal"))
                    })
                    // "The contractor, Brugg Bygg, blames the weather. Its managing director
                    // told …": someone of "its" speaks for the organisation named last.
                    .or_else(|| {
                        (words.len() >= 2 && words[0] == "its" && words.len() <= 4)
                            .then(|| before(&ix.last_org).map(|m| (m.entity, "nominal")))
                            .flatten()
                    })
                    // "Selka Lines welcomed the agreement. A spokesman said: …": a spokesperson
                    // alone speaks for the organisation the sentence before is about (the
                    // first one it names), when it names one.
                    .or_else(|| {
                        let bare = content.is_empty()
                            && matches!(words.first().map(String::as_str), Some("a" | "an"))
                            && words.iter().any(|w| w.starts_with("spokes"));
                        if !bare {
                            return None;
                        }
                        let here = sentences.partition_point(|s| s.end <= src.start);
                        let prev = sentences.get(here.checked_sub(1)?)?;
                        ix.around(prev.start, prev.end)
                            .iter()
                            .filter(|m| m.start >= prev.start && m.end <= prev.end && m.kind == "organization")
                            .min_by_key(|m| m.start)
                            .map(|m| (m.entity, "nominal"))
                    })
            })
        };
        // "Ostmark and Selvania will reopen the crossing, the two governments said": the two
        // the sentence named before, one the speaker and one beside it.
        let mut pair_with = None;
        let speaker = match speaker {
            None => both_of(src, &words, &ix, sentences, text).map(|(first, second)| {
                pair_with = Some(first);
                (second, "nominal")
            }),
            found => found,
        };
        let document = words.iter().any(|w| DOCUMENTS.contains(&w.as_str()));
        let speaker = match speaker {
            None if document && words.len() == 2 && words[0] == "the" => last_document.map(|e| (e, "document")),
            // "the Selvanian government", "Ostmark's foreign ministry" (unnamed): the country
            // the adjective is made from, when the article names it.
            None => government_of(text, src, &words, entities, &article.mentions).map(|e| (e, "nominal")),
            found => found,
        };
        // "The Port Authority said in a statement that …" sets the document's speaker as
        // much as "a Port Authority statement said" does.
        let setting_document = q.cue.is_some_and(|c| {
            c.end <= q.content.start
                && text[c.end..q.content.start]
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| DOCUMENTS.contains(&w.to_lowercase().as_str()))
        });
        if document || setting_document {
            if let Some((e, _)) = speaker {
                last_document = Some(e);
            }
        }
        if speaker.is_none() && unnamed_person(&words) {
            last_unnamed = Some((src.end, None));
        }
        if let Some((e, _)) = speaker.filter(|&(e, _)| entities[e].kind == "person") {
            spoken.push((q.content, e));
        }
        q.speaker = speaker.map(|(e, via)| Speaker { entity: e, name: entities[e].name.clone(), via: via.to_string() });
        q.co_speakers = if speaker.is_some_and(|(_, via)| via == "name") {
            co_speakers.iter().map(|&e| Speaker { entity: e, name: entities[e].name.clone(), via: "name".to_string() }).collect()
        } else if let Some(e) = pair_with.filter(|_| speaker.is_some_and(|(_, via)| via == "nominal")) {
            vec![Speaker { entity: e, name: entities[e].name.clone(), via: "nominal".to_string() }]
        } else {
            Vec::new()
        };
    }
}

/// "the two governments", "both companies", "the two leaders": two entities of that kind
/// joined by "and" in the sentence before the source (or in the sentence before it):
/// "Ostmark and Selvania will reopen the crossing, the two governments said".
fn both_of(
    src: parallax_model::Span,
    words: &[String],
    ix: &Mentions,
    sentences: &[parallax_model::Span],
    text: &str,
) -> Option<(usize, usize)> {
    let noun = match words {
        [the, two, noun] if the == "the" && two == "two" => noun,
        [both, noun] if both == "both" => noun,
        _ => return None,
    };
    let fits: fn(&EntityMention) -> bool = match noun.as_str() {
        "governments" | "countries" | "nations" | "states" | "sides" => |m| m.kind == "place" || m.metonymy,
        "companies" | "firms" | "banks" | "carriers" | "airlines" | "parties" | "clubs" | "groups" | "unions" => {
            |m| m.kind == "organization"
        }
        "leaders" | "ministers" | "men" | "women" | "presidents" | "officials" => |m| m.kind == "person",
        _ => return None,
    };
    let here = sentences.partition_point(|s| s.end <= src.start);
    for si in [here, here.wrapping_sub(1)] {
        let Some(s) = sentences.get(si) else { continue };
        let end = src.start.min(s.end);
        let inside: Vec<&&EntityMention> =
            ix.around(s.start, end).iter().filter(|m| m.start >= s.start && m.end <= end && fits(m)).collect();
        // (two alone: not the last two of a list, "Ostmark, Kellby and Selvania")
        let pair = |p: &[&&EntityMention]| {
            p[0].entity != p[1].entity
                && p[0].end <= p[1].start
                && text[p[0].end..p[1].start].trim() == "and"
                && !text[..p[0].start].trim_end().ends_with(',')
        };
        if let Some(p) = inside.windows(2).find(|p| pair(p)) {
            return Some((p[0].entity, p[1].entity));
        }
    }
    None
}

/// Nouns that stand for a company named before ("the firm said"): the company nouns of
/// `parallax_entities::rules::ORG_NOUNS`, without those that may name a public body or a
/// union ("regulator", "exchange", "union").
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "carrier",
    "airline",
    "operator",
    "manufacturer",
    "maker",
    "carmaker",
    "automaker",
    "retailer",
    "lender",
    "insurer",
    "supplier",
    "conglomerate",
    "utility",
];

/// Whether an organisation's name says it is a public body, not a company.
fn public_body(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "ministry"
                | "authority"
                | "council"
                | "government"
                | "police"
                | "court"
                | "department"
                | "agency"
                | "commission"
                | "parliament"
                | "union"
                | "party"
                | "office"
                | "committee"
                | "senate"
                | "congress"
                | "army"
                | "navy"
                | "university"
        )
    })
}

/// The country behind "the Selvanian government" or "Norlandic officials": a place the
/// article names whose name the phrase's adjective is made from ("Selvania" →
/// "Selvanian", "Norland" → "Norlandic", "China" → "Chinese"), when the phrase holds a
/// word of government.
fn government_of(
    text: &str,
    src: parallax_model::Span,
    words: &[String],
    entities: &[parallax_model::ArticleEntity],
    mentions: &[EntityMention],
) -> Option<usize> {
    let governing = words.iter().any(|w| {
        matches!(w.as_str(), "government" | "authorities" | "officials" | "ministry" | "cabinet" | "administration" | "embassy" | "regime")
    });
    if !governing {
        return None;
    }
    let adjectives: Vec<&str> = text[src.start..src.end]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.starts_with(char::is_uppercase) && w.len() > 3)
        .collect();
    let made_from = |place: &str, adjective: &str| {
        let (p, a) = (place.to_lowercase(), adjective.to_lowercase());
        let stem = p.trim_end_matches(['a', 'e', 'o', 'y']);
        stem.chars().count() >= 3
            && a.starts_with(stem)
            && ["n", "an", "ian", "ese", "ic", "ish", "i"].iter().any(|s| a.len() == stem.len() + s.len() && a.ends_with(s))
    };
    // The place of the article with that name, among those it mentions.
    mentions
        .iter()
        .filter(|m| m.kind == "place" && !m.text.contains(' '))
        .find(|m| adjectives.iter().any(|a| made_from(&entities[m.entity].name, a)))
        .map(|m| m.entity)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Male,
    Female,
}

/// Each person's gender as the article shows it: a title before a mention ("Mr.",
/// "Ms."), else the personal pronoun that first follows a mention in its sentence before
/// another person is named ("Holm accused her neighbours"), by majority over the
/// mentions. People the article shows no gender for are left out.
fn genders(text: &str, ix: &Mentions<'_>, sentences: &[parallax_model::Span], sources: &[usize]) -> HashMap<usize, Gender> {
    let mut votes: HashMap<usize, (i32, i32)> = HashMap::new();
    let people: Vec<&EntityMention> = ix.ms.iter().copied().filter(|m| m.kind == "person").collect();
    for (k, m) in people.iter().enumerate() {
        let sentence_end = sentences.get(sentences.partition_point(|s| s.end <= m.start)).map_or(text.len(), |s| s.end);
        let v = votes.entry(m.entity).or_default();
        let title = text[..m.start].split_whitespace().next_back().map(|w| w.trim_end_matches('.').to_lowercase());
        match title.as_deref() {
            Some("mr") | Some("sir") => v.0 += 3,
            Some("mrs") | Some("ms") | Some("miss") | Some("dame") | Some("lady") => v.1 += 3,
            _ => {}
        }
        let mut end = people.get(k + 1).map_or(text.len(), |n| n.start).min(sentence_end).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Not a pronoun that is itself a speaker to resolve: "Holm met Kranz. “…,” she said"
        // says nothing of Kranz.
        let from = m.end.min(end);
        let span = &text[from..end];
        let words: Vec<(usize, String)> = span
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| (w.as_ptr() as usize - span.as_ptr() as usize, w.to_lowercase()))
            .collect();
        // An object ("accused Thomas of groping her at a dinner", "thanked him") stands for
        // someone else as often as not: "him" does not count, nor "her" unless a noun follows
        // it (a possessive: "accused her neighbours").
        let possessive_her = |k: usize| {
            let (at, w) = &words[k];
            let glued = span[at + w.len()..].starts_with(|c: char| !c.is_whitespace());
            words.get(k + 1).is_some_and(|(_, n)| {
                !glued
                    && !matches!(
                        n.as_str(),
                        "at" | "in"
                            | "on"
                            | "of"
                            | "to"
                            | "for"
                            | "with"
                            | "by"
                            | "from"
                            | "and"
                            | "or"
                            | "but"
                            | "the"
                            | "a"
                            | "an"
                            | "that"
                            | "as"
                            | "into"
                            | "about"
                            | "after"
                            | "before"
                            | "was"
                            | "is"
                            | "had"
                            | "has"
                            | "would"
                            | "will"
                    )
            })
        };
        let first = words.iter().enumerate().find(|&(k, (_, w))| {
            matches!(w.as_str(), "he" | "his" | "himself" | "she" | "hers" | "herself") || (w == "her" && possessive_her(k))
        });
        // The subject of reported words ("Kranz said she was wrong") may be anyone: it
        // shows nothing.
        let reported = first.is_some_and(|(k, (_, w))| {
            matches!(w.as_str(), "he" | "she")
                && k > 0
                && matches!(
                    words[k - 1].1.as_str(),
                    "said" | "says" | "say" | "told" | "tells" | "added" | "adds" | "that" | "reporters" | "believes" | "thinks" | "warned"
                )
        });
        match first.filter(|(_, (i, _))| !reported && sources.binary_search(&(from + i)).is_err()).map(|(_, (_, w))| w.as_str()) {
            Some("he" | "his" | "himself") => v.0 += 1,
            Some(_) => v.1 += 1,
            None => {}
        }
    }
    votes
        .into_iter()
        .filter_map(|(e, (male, female))| match male.cmp(&female) {
            std::cmp::Ordering::Greater => Some((e, Gender::Male)),
            std::cmp::Ordering::Less => Some((e, Gender::Female)),
            std::cmp::Ordering::Equal => None,
        })
        .collect()
}

/// Nouns of people a source may describe without naming them ("one skipper said").
const PERSON_HEADS: &[&str] = &[
    "skipper",
    "fisherman",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "witness",
    "resident",
    "worker",
    "driver",
    "officer",
    "lawyer",
    "man",
    "woman",
    "aide",
    "adviser",
    "advisor",
    "analyst",
    "expert",
    "diplomat",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "member",
    "leader",
    "executive",
    "director",
    "manager",
    "employee",
    "voter",
    "supporter",
    "farmer",
    "owner",
    "neighbour",
    "neighbor",
    "passenger",
    "survivor",
    "victim",
    "mother",
    "father",
    "son",
    "daughter",
    "wife",
    "husband",
    "friend",
    "colleague",
    "protester",
    "activist",
    "investigator",
    "prosecutor",
    "judge",
    "lawmaker",
    "senator",
    "minister",
    "soldier",
    "commander",
    "firefighter",
    "engineer",
    "scientist",
    "researcher",
    "economist",
    "professor",
    "strategist",
    "consultant",
    "insider",
    "person",
    "guard",
    "captain",
    "pilot",
    "dockworker",
    "trader",
    "banker",
    "mayor",
    "councillor",
    "shopkeeper",
    "vendor",
    "customer",
    "parent",
];

/// Whether a source's words describe a person the article does not name ("one skipper",
/// "a senior official", "the driver"): a short phrase opened by an article whose head is
/// a noun of people, and no document.
fn unnamed_person(words: &[String]) -> bool {
    let (Some(first), Some(head)) = (words.first(), words.last()) else { return false };
    (2..=6).contains(&words.len())
        && matches!(first.as_str(), "a" | "an" | "one" | "another" | "the")
        && PERSON_HEADS.contains(&head.as_str())
        && !words.iter().any(|w| DOCUMENTS.contains(&w.as_str()))
}

/// Nouns of documents that speak for whoever issued them ("a ministry statement said",
/// "the document added").
const DOCUMENTS: &[&str] =
    &["statement", "document", "report", "letter", "memo", "filing", "release", "notice", "communique", "transcript"];

/// An article's mentions in text order, indexed so that resolving a quote's
/// speaker looks at the few mentions that can matter, not at all of them: a
/// book-length text has thousands of quotes and tens of thousands of names.
struct Mentions<'a> {
    /// By start (stable: the article's order among equal starts).
    ms: Vec<&'a EntityMention>,
    /// The longest mention, in bytes: a mention overlapping a span starts at most this far before it.
    longest: usize,
    /// For each position, the last position at or before it of a person (not an author),
    /// of an organisation (not an author), and of either (any role).
    last_person: Vec<Option<usize>>,
    last_org: Vec<Option<usize>>,
    last_named: Vec<Option<usize>>,
    /// A title word (`chancellor`) to the positions of the people whose entity carries it.
    by_title: HashMap<&'a str, Vec<usize>>,
    /// A lower-cased name word to the positions of the organisations whose name holds it.
    by_org_word: HashMap<String, Vec<usize>>,
}

impl<'a> Mentions<'a> {
    fn new(mentions: &'a [EntityMention], entities: &'a [ArticleEntity]) -> Mentions<'a> {
        // (a name inside another, `US` in `US Air Force`, is no one's name for a source)
        let mut ms: Vec<&EntityMention> = mentions.iter().filter(|m| m.entity < entities.len() && !m.nested).collect();
        ms.sort_by_key(|m| m.start);
        let longest = ms.iter().map(|m| m.end.saturating_sub(m.start)).max().unwrap_or(0);
        let running = |keep: &dyn Fn(&EntityMention) -> bool| {
            let mut last = None;
            ms.iter()
                .enumerate()
                .map(|(i, m)| {
                    if keep(m) {
                        last = Some(i);
                    }
                    last
                })
                .collect::<Vec<_>>()
        };
        let author = |m: &EntityMention| entities[m.entity].role == "author";
        let last_person = running(&|m| m.kind == "person" && !author(m));
        // The article's own outlet ("PORT AVEN (Harbour Times) —") is not what a later
        // "it said" refers to.
        let last_org = running(&|m| m.kind == "organization" && !author(m) && entities[m.entity].role != "outlet");
        let last_named = running(&|m| matches!(m.kind.as_str(), "person" | "organization"));
        let mut by_title: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_org_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in ms.iter().enumerate() {
            let e = &entities[m.entity];
            if m.kind == "person" {
                for tw in e.titles.iter().flat_map(|t| t.split_whitespace()) {
                    let list = by_title.entry(tw).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            } else if m.kind == "organization" {
                for w in e.name.split_whitespace() {
                    let list = by_org_word.entry(w.to_lowercase()).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
        }
        Mentions { ms, longest, last_person, last_org, last_named, by_title, by_org_word }
    }

    /// The mentions that may overlap `start..end`, in text order.
    fn around(&self, start: usize, end: usize) -> &[&'a EntityMention] {
        let lo = self.ms.partition_point(|m| m.start.saturating_add(self.longest) <= start);
        let hi = self.ms.partition_point(|m| m.start < end);
        &self.ms[lo..hi.max(lo)]
    }

    /// The last mention of a `table` kind that ends at or before `at`.
    fn last_before(&self, table: &[Option<usize>], at: usize) -> Option<&'a EntityMention> {
        let p = self.ms.partition_point(|m| m.start < at);
        let mut j = table.get(p.checked_sub(1)?).copied().flatten();
        // Only mentions that straddle `at` are stepped over.
        while let Some(i) = j {
            if self.ms[i].end <= at {
                return Some(self.ms[i]);
            }
            j = i.checked_sub(1).and_then(|k| table[k]);
        }
        None
    }

    /// The positions of `list` (ascending) whose mention ends at or before `at`, latest first.
    fn listed_before<'l>(&'l self, list: &'l [usize], at: usize) -> impl Iterator<Item = usize> + 'l {
        let p = list.partition_point(|&i| self.ms[i].start < at);
        list[..p].iter().rev().copied().filter(move |&i| self.ms[i].end <= at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(name: &str, kind: &str, role: &str, titles: &[&str]) -> ArticleEntity {
        ArticleEntity {
            name: name.into(),
            kind: kind.into(),
            aliases: Vec::new(),
            mentions: 1,
            role: role.into(),
            titles: titles.iter().map(|t| t.to_string()).collect(),
            key: name.to_lowercase(),
            metonymy: false,
        }
    }

    fn mention(start: usize, end: usize, kind: &str, entity: usize) -> EntityMention {
        EntityMention { start, end, text: String::new(), kind: kind.into(), entity, metonymy: false, nested: false }
    }

    #[test]
    fn the_mention_index_finds_what_a_scan_of_every_mention_finds() {
        let entities = [
            entity("Ana Lind", "person", "participant", &["mayor"]),
            entity("Port Aven Harbour Authority", "organization", "participant", &[]),
            entity("Tomas Vell", "person", "author", &[]),
            entity("Kellby Ferries", "organization", "participant", &[]),
        ];
        // Out of order on purpose: the index reads them by start.
        let mentions = [
            mention(50, 60, "person", 2),
            mention(0, 8, "person", 0),
            mention(20, 47, "organization", 1),
            mention(70, 90, "organization", 3),
            mention(95, 103, "person", 0),
        ];
        let ix = Mentions::new(&mentions, &entities);
        // The author is no pronoun's antecedent; a mention straddling the position is stepped over.
        assert_eq!(ix.last_before(&ix.last_person, 65).map(|m| m.start), Some(0));
        assert_eq!(ix.last_before(&ix.last_named, 65).map(|m| m.start), Some(50));
        assert_eq!(ix.last_before(&ix.last_org, 80).map(|m| m.start), Some(20));
        assert_eq!(ix.last_before(&ix.last_person, 0), None);
        // Overlap windows hold every mention that overlaps, whatever its length.
        let around: Vec<usize> = ix.around(40, 72).iter().map(|m| m.start).collect();
        assert_eq!(around, [20, 50, 70]);
        // Title words and organisation name words point at their mentions.
        assert_eq!(ix.by_title.get("mayor").map(Vec::len), Some(2));
        assert_eq!(ix.listed_before(&ix.by_title["mayor"], 99).next().map(|i| ix.ms[i].start), Some(0));
        assert_eq!(ix.by_org_word.get("harbour").map(Vec::len), Some(1));
    }

    #[test]
    fn the_article_s_own_outlet_is_no_antecedent_of_it() {
        // Found on a test article: "PORT AVEN (Harbour Times) — …" then "In a statement, it
        // said …" about an association the tagger did not name: "it" became the outlet.
        let entities = [
            entity("Harbour Times", "organization", "outlet", &[]),
            entity("Port Aven Harbour Authority", "organization", "participant", &[]),
        ];
        let outlet_only = [mention(12, 25, "organization", 0)];
        let ix = Mentions::new(&outlet_only, &entities);
        assert_eq!(ix.last_before(&ix.last_org, 200).map(|m| m.start), None);
        let both = [mention(12, 25, "organization", 0), mention(40, 67, "organization", 1)];
        let ix = Mentions::new(&both, &entities);
        assert_eq!(ix.last_before(&ix.last_org, 200).map(|m| m.start), Some(40));
    }
}
