//! Entities on an article, and quote sources resolved to them.

use parallax_entities::{Context, Recognizer};
use parallax_model::{Article, ArticleEntity, EntityMention, Speaker};

/// Tag the article's names and merge their aliases; resolve quote speakers.
/// Returns an error message when the entity model cannot be read (the
/// article then has no entities).
pub fn add_entities(article: &mut Article) -> Result<(), String> {
    let rec = Recognizer::shipped().map_err(str::to_string)?;
    let sentences: Vec<(usize, usize)> = article.sentences.iter().map(|s| (s.start, s.end)).collect();
    let dateline_place = article.dateline.as_ref().map(|d| (d.start, d.start + d.place.len()));
    let ctx = Context { outlet: article.outlet.as_deref(), authors: &article.authors, dateline_place };
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
    let mentions = &article.mentions;
    let entities = &article.entities;
    let (interviewer, interviewee) = interview_roles(article);
    for q in &mut article.quotes {
        if let Some(rep) = q.relayed_by {
            q.reporter = mentions
                .iter()
                .rfind(|m| m.start < rep.end && rep.start < m.end && matches!(m.kind.as_str(), "person" | "organization"))
                .map(|m| Speaker { entity: m.entity, name: entities[m.entity].name.clone(), via: "name".to_string() });
        }
        let Some(src) = q.source else { continue };
        // A person named as the complement of another noun is not the speaker:
        // "an aide to Marin", "a source close to Marin", "Marin's spokesman".
        let complement = |m: &&parallax_model::EntityMention| {
            let before: Vec<&str> = text[src.start..m.start.max(src.start)].split_whitespace().collect();
            let after = &text[m.end.min(src.end)..src.end];
            m.kind == "person"
                && ((before.len() >= 2 && matches!(before[before.len() - 1], "to" | "of" | "for" | "at" | "with" | "from" | "near"))
                    || after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).is_some_and(|rest| rest.trim().len() > 1))
        };
        let inside = mentions
            .iter()
            .filter(|m| m.start < src.end && src.start < m.end)
            .filter(|m| !complement(m))
            .filter(|m| matches!(m.kind.as_str(), "person" | "organization") || m.metonymy)
            .max_by_key(|m| (m.kind == "person", m.end));
        let before = |kind: &str| mentions.iter().rfind(|m| m.end <= src.start && m.kind == kind && entities[m.entity].role != "author");
        let words: Vec<String> =
            text[src.start..src.end].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let label = interview_label(text, src);
        let speaker = if label == Some('A') {
            interviewee.map(|e| (e, "interview"))
        } else if label == Some('Q') {
            interviewer.map(|e| (e, "interview"))
        } else if let Some(m) = inside {
            Some((m.entity, "name"))
        } else if words.len() == 1 && PERSON_PRONOUNS.contains(&words[0].as_str()) {
            before("person").map(|m| (m.entity, "pronoun"))
        } else if words.len() == 1 && GROUP_PRONOUNS.contains(&words[0].as_str()) {
            before("organization").map(|m| (m.entity, "pronoun"))
        } else if words.len() == 1 && matches!(words[0].as_str(), "who" | "which") {
            // "Obama, who has often complained": the name right before the relative clause.
            mentions
                .iter()
                .rfind(|m| m.end <= src.start && matches!(m.kind.as_str(), "person" | "organization"))
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
            let by_title = mentions
                .iter()
                .filter(|m| m.end <= src.start && m.kind == "person")
                .rfind(|m| entities[m.entity].titles.iter().any(|t| t.split_whitespace().any(|tw| words.iter().any(|w| w == tw))))
                .map(|m| (m.entity, "nominal"));
            // `the ministry`, `the harbour authority`: the last organisation named earlier whose
            // name holds every word of the phrase (`Ministry of Transport`).
            let content: Vec<&String> = words
                .iter()
                // a possessor is not the organisation: "the city's harbour authority"
                .filter(|w| !(w.ends_with("'s") || w.ends_with("’s")))
                .filter(|w| {
                    !matches!(
                        w.as_str(),
                        "the" | "a" | "an" | "its" | "their" | "statement" | "from" | "spokesperson" | "spokesman" | "spokeswoman" | "s"
                    )
                })
                .collect();
            by_title.or_else(|| {
                let names_it = |m: &&parallax_model::EntityMention| {
                    let name: Vec<String> = entities[m.entity].name.split_whitespace().map(|w| w.to_lowercase()).collect();
                    m.kind == "organization" && content.iter().all(|w| name.iter().any(|n| n == *w))
                };
                (!content.is_empty() && words.first().is_some_and(|w| w == "the" || w == "a"))
                    .then(|| {
                        // Before the phrase; else the first named after it, as a lead often says
                        // "the harbour authority said" before naming the "Port Aven Harbour Authority".
                        mentions
                            .iter()
                            .filter(|m| m.end <= src.start)
                            .rfind(names_it)
                            .or_else(|| mentions.iter().filter(|m| m.start >= src.end).find(names_it))
                            .map(|m| (m.entity, "nominal"))
                    })
                    .flatten()
            })
        };
        q.speaker = speaker.map(|(e, via)| Speaker { entity: e, name: entities[e].name.clone(), via: via.to_string() });
    }
}
