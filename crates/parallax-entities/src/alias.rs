//! Aliases: which mentions name the same entity, in an article and across a corpus.
//!
//! Names are compared folded: diacritics dropped (`José` = `Jose`), lowercase,
//! without a leading `the`, titles (`Chancellor Scholz` = `Scholz`) or
//! company suffixes (`Acme Corp.` = `Acme`). In an article, a one-word person
//! mention joins the person whose surname (or first name) it is, the most
//! recent one first; a longer name joins one with the same first and last
//! words (`Barack Obama`, `Barack Hussein Obama`); an all-capitals
//! organisation name joins the organisation whose initials it spells. Across
//! a corpus, entities with the same type and folded name are one, and at
//! the end a one-word person name joins the only full name it ends.

use std::collections::HashMap;

use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::rules::is_title;
use crate::{Context, EntityType, Mention};

/// An entity of one article: its name (the longest form), its other forms, and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalEntity {
    pub name: String,
    pub kind: EntityType,
    /// Other surface forms, in order of first appearance.
    pub aliases: Vec<String>,
    pub mentions: usize,
    /// `outlet` (the article's own outlet), `author` (a byline name) or `participant`.
    pub role: &'static str,
    pub metonymy: bool,
    /// Title words seen before the name (`Chancellor`), lowercase.
    pub titles: Vec<String>,
    /// Folded name, the key across a corpus.
    pub key: String,
}

/// Diacritics dropped, lowercase, curly apostrophes straightened.
pub fn fold(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).map(|c| if c == '’' { '\'' } else { c }).flat_map(char::to_lowercase).collect()
}

const COMPANY_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "co",
    "co.",
    "ltd",
    "ltd.",
    "llc",
    "plc",
    "ag",
    "sa",
    "s.a.",
    "gmbh",
    "limited",
    "as",
    "asa",
    "a/s",
    "ab",
    "oy",
    "oyj",
    "bv",
    "b.v.",
    "nv",
    "n.v.",
    "spa",
];
const SKIP_IN_INITIALS: &[&str] = &["of", "the", "and", "for", "&", "de", "du", "la", "le", "des", "on", "in"];

/// The folded words of a name, without a leading `the`, titles or company suffixes.
/// The key of a place's name, as [`link`] gives it (a country's usual aliases are one key).
pub(crate) fn place_key(name: &str) -> String {
    key_words(name, EntityType::Place).join(" ")
}

fn key_words(name: &str, kind: EntityType) -> Vec<String> {
    let mut words: Vec<String> = fold(name).split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    if words.first().is_some_and(|w| w == "the") {
        words.remove(0);
    }
    if kind == EntityType::Person {
        while words.len() > 1 && is_title(&words[0]) {
            words.remove(0);
        }
    }
    // A craft without its prefix: "MS Kari Lund" is "the Kari Lund".
    if kind == EntityType::Vessel && words.len() > 1 && crate::rules::SHIP_PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(&words[0])) {
        words.remove(0);
    }
    if kind == EntityType::Organization {
        while words.len() > 1 && words.last().is_some_and(|w| COMPANY_SUFFIXES.contains(&w.trim_end_matches(','))) {
            words.pop();
        }
        if let Some(w) = words.last_mut() {
            *w = w.trim_end_matches(',').to_string();
        }
    }
    // Common country aliases.
    let joined = words.join(" ");
    let canon = match joined.as_str() {
        "us" | "u.s." | "u.s" | "usa" | "u.s.a." | "united states of america" => Some("united states"),
        "uk" | "u.k." | "britain" | "great britain" => Some("united kingdom"),
        "un" | "u.n." => Some("united nations"),
        "eu" | "e.u." => Some("european union"),
        _ => None,
    };
    match canon {
        Some(c) if matches!(kind, EntityType::Place | EntityType::Organization) => c.split(' ').map(str::to_string).collect(),
        _ => words,
    }
}

fn initials(words: &[String]) -> String {
    words.iter().filter(|w| !SKIP_IN_INITIALS.contains(&w.as_str())).filter_map(|w| w.chars().next()).collect()
}

/// The votes of a designator for the bare name ("Chrysler LLC" for "Chrysler"):
/// it decides, whatever the tagger guessed for the other mentions.
const DECISIVE: u32 = 1000;

/// One name, one type in an article: mentions with the same folded name take the
/// type most of them have (a place standing for its government keeps its own).
/// The dateline's place (`dateline`, a mention's range) is a place and votes
/// three times for it.
pub fn vote_types(text: &str, mentions: &mut [Mention], dateline: Option<(usize, usize)>) {
    let is_dateline = |m: &Mention| dateline == Some((m.start, m.end));
    let voting = |m: &Mention| !m.metonymy && m.kind != EntityType::Vessel;
    let keys: Vec<Option<String>> = mentions.iter().map(|m| voting(m).then(|| fold(&text[m.start..m.end]))).collect();
    // The name with its designators off, and how much it says, once per name: a legal
    // form decides ("Aer Lingus Group PLC" teaches "Aer Lingus"); a descriptive head
    // ("Vellmar Motors", "Singapore Airlines") is strong evidence, but not against a place.
    let mut bare: HashMap<String, u32> = HashMap::new();
    for m in mentions.iter().filter(|m| voting(m) && m.kind == EntityType::Organization) {
        let name = &text[m.start..m.end];
        if !crate::rules::has_org_designator(name) {
            continue;
        }
        let mut words: Vec<&str> = name.split_whitespace().collect();
        let mut legal = false;
        while words.len() > 1 && words.last().is_some_and(|w| crate::rules::is_org_designator(w)) {
            legal |= words.last().is_some_and(|w| crate::rules::LEGAL_FORMS.contains(w));
            words.pop();
        }
        let weight = bare.entry(fold(&words.join(" "))).or_default();
        *weight = (*weight).max(if legal { DECISIVE } else { 3 });
    }
    // A stock index is neither its publisher nor its market: "the Nikkei stock index",
    // "the FTSE 100 index", "Standard & Poor's 500 index", "the Dow Jones Industrial Average"
    // (whose bare name "Dow Jones" then is the index too).
    // Every written name is checked against the article's "index" words, also where the
    // tagger did not mark it ("Japan's Nikkei stock index" teaches "the Nikkei closed down").
    let sites = index_sites(text);
    // The words right before a company's shares anywhere in the text ("Nordbanken shares
    // lost 9.2 percent", also where the tagger did not mark the name there).
    let share_words: std::collections::HashSet<&str> = text
        .match_indices(" shares ")
        .chain(text.match_indices(" stock "))
        .filter(|&(i, _)| shares_after(text, i))
        .filter_map(|(i, _)| text[..i].rsplit(|c: char| !c.is_alphanumeric()).next())
        .collect();
    // Names whose type the article decides by what it calls them: a stock index, a storm,
    // a craft (see below).
    let mut decided: HashMap<String, EntityType> = HashMap::new();
    let mut seen = std::collections::HashSet::new();
    for m in mentions.iter().filter(|m| voting(m)) {
        if !seen.insert(&text[m.start..m.end]) {
            continue;
        }
        let name = &text[m.start..m.end];
        let mut words: Vec<&str> = name.split_whitespace().collect();
        if words.len() > 1 && words.last().is_some_and(|w| matches!(*w, "Index" | "Average")) {
            decided.insert(fold(name), EntityType::Product);
            while words.len() > 1 && words.last().is_some_and(|w| matches!(*w, "Index" | "Average" | "Industrial" | "Composite" | "Stock"))
            {
                words.pop();
            }
            decided.insert(fold(&words.join(" ")), EntityType::Product);
        } else if let Some(qualified) = sites
            .iter()
            .filter(|&&(end, _)| {
                end >= name.len() && text[..end].ends_with(name) && !text[..end - name.len()].ends_with(|c: char| c.is_alphanumeric())
            })
            .map(|&(_, q)| q)
            .max()
        {
            // "the primary UK index" is the market's place: a place needs a number or a
            // kind of index between ("the Nikkei stock index", "the Nikkei 225 index").
            if (qualified || m.kind != EntityType::Place) && !crate::rules::COUNTRIES.contains(&name) {
                decided.insert(fold(name), EntityType::Product);
            }
        }
    }
    // A storm or a craft named with its kind ("Cyclone Phailin", "Space Shuttle Atlantis",
    // "HMS Vessa") teaches its bare name ("Phailin's winds", "Atlantis will go on display"),
    // also where the tagger marked nothing ("Space Shuttle Atlantis", "the orbiter Discovery").
    for kind in ["Shuttle ", "shuttle ", "orbiter "] {
        for (i, _) in text.match_indices(kind).take(64) {
            let rest = &text[i + kind.len()..];
            let word: &str = rest.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
            let then = rest[word.len()..].trim_start();
            if word.starts_with(char::is_uppercase) && word.len() > 2 && !then.starts_with(char::is_uppercase) {
                decided.insert(fold(word), EntityType::Vessel);
            }
        }
    }
    for m in mentions.iter() {
        let name = &text[m.start..m.end];
        match m.kind {
            EntityType::Event => {
                if let Some((_, rest)) = name.split_once(' ').filter(|(head, _)| crate::rules::STORM_PREFIXES.contains(head)) {
                    decided.insert(fold(rest), EntityType::Event);
                }
            }
            // "the Orva River" teaches "the Orva" (and "Lake Stor", "Stor").
            EntityType::Place => {
                if let Some(bare) = crate::rules::geographic_bare_name(name) {
                    decided.insert(fold(bare), EntityType::Place);
                }
            }
            EntityType::Vessel => {
                // (the name as written decides too: "the frigate Harald Dahl" … "The Harald
                // Dahl, named after the admiral")
                decided.insert(fold(name), EntityType::Vessel);
                if let Some(bare) = crate::rules::craft_bare_name(name) {
                    decided.insert(fold(bare), EntityType::Vessel);
                }
            }
            // A listed maker's product teaches its bare line: "the Ford Taurus" … "the Taurus".
            // A product with a model number teaches its other models: "Lumen 3" makes
            // "the Lumen 2" a product too.
            EntityType::Product => {
                if let Some((line, n)) = name.rsplit_once(' ').filter(|(_, n)| n.bytes().all(|b| b.is_ascii_digit())) {
                    for other in mentions.iter().map(|o| &text[o.start..o.end]) {
                        if other.rsplit_once(' ').is_some_and(|(l, m)| l == line && m != n && m.bytes().all(|b| b.is_ascii_digit())) {
                            decided.insert(fold(other), EntityType::Product);
                        }
                    }
                }
                let words: Vec<&str> = name.split(' ').collect();
                if let Some(k) = crate::companies::maker_prefix(&words) {
                    let line = words[k..].join(" ");
                    if line.starts_with(char::is_uppercase) {
                        decided.insert(fold(&line), EntityType::Product);
                    }
                }
            }
            _ => {}
        }
    }
    let person_words = full_name_words(text, mentions);
    // One-word names the tagger took for people ("Tunsil"), for the full names that end in
    // them ("Laremy Tunsil", read as a facility).
    let surnames: std::collections::HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person && !text[m.start..m.end].contains(' '))
        .map(|m| &text[m.start..m.end])
        .collect();
    let mut votes: HashMap<&str, [u32; 10]> = HashMap::new();
    // Names the text places somewhere by more than the tagger's word ("in Singapore",
    // "Kellby airport"): a company's bare name does not outvote those.
    let mut placed: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (m, k) in mentions.iter().zip(&keys) {
        if let Some(k) = k {
            if let Some(&kind) = decided.get(k.as_str()) {
                votes.entry(k).or_default()[kind as usize] += DECISIVE;
            }
            // "automaker Chrysler": the noun before the name is strong evidence too.
            let one_word = !text[m.start..m.end].contains(' ');
            // So is a place after a preposition of place: "near Ormvik", "in Kellby".
            // (also past a part of it: "in central Kellby", "near northern Selka")
            let located = m.kind == EntityType::Place && one_word && {
                let mut back = text[..m.start].split_whitespace().rev();
                let mut prev = back.next();
                if prev.is_some_and(|w| PLACE_PARTS.contains(&w)) {
                    prev = back.next();
                }
                matches!(prev, Some("in" | "near" | "from" | "outside"))
            };
            let strong = (m.kind == EntityType::Organization && crate::rules::org_noun_before(text, m.start)) || is_dateline(m) || located;
            if m.kind == EntityType::Place && (located || is_dateline(m) || !one_word) {
                placed.insert(k);
            }
            // "Residents of Lillholm", "the island of Lillholm", "a bridge to Lillholm": where
            // people live or a road leads, whatever the tagger said.
            let dwelling = one_word && m.kind != EntityType::Person && {
                let back: Vec<&str> = text[..m.start].split_whitespace().rev().take(2).collect();
                match back.as_slice() {
                    ["of", noun, ..] => matches!(
                        noun.to_lowercase().as_str(),
                        "residents"
                            | "inhabitants"
                            | "people"
                            | "citizens"
                            | "islanders"
                            | "villagers"
                            | "town"
                            | "island"
                            | "village"
                            | "city"
                            | "municipality"
                            | "outskirts"
                    ),
                    ["to", noun, ..] => matches!(*noun, "bridge" | "road" | "tunnel" | "ferry" | "crossing" | "route" | "railway"),
                    _ => false,
                }
            };
            if dwelling {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += 3;
            }
            // "the Marta, a wooden ferry his grandfather built": a craft described after its name.
            if crate::rules::craft_apposition_after(text, m.end) {
                votes.entry(k).or_default()[EntityType::Vessel as usize] += DECISIVE;
            }
            // "Analysts polled by Finvest", "economists surveyed by Nordpoll": a pollster.
            if m.kind != EntityType::Organization && polled_by(text, m.start) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += 3;
            }
            votes.entry(k).or_default()[m.kind as usize] += if strong { 3 } else { 1 };
            // "Laremy Tunsil" as a facility or an organisation where "Tunsil" alone is a person:
            // a given name and that surname, unless the name says what kind of thing it is
            // ("Tunsil Stadium" ends in no surname; "Port Jackson" opens with a place's word).
            let words: Vec<&str> = text[m.start..m.end].split(' ').collect();
            let full_name = matches!(m.kind, EntityType::Facility | EntityType::Organization)
                && words.len() == 2
                && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase))
                && surnames.contains(words[1])
                && !crate::rules::is_title(words[0])
                && !crate::rules::has_org_designator(&text[m.start..m.end])
                && !crate::rules::PLACE_PREFIXES.contains(&words[0])
                && !matches!(words[0], "Saint" | "San" | "Santa" | "The" | "New");
            if full_name {
                votes.entry(k).or_default()[EntityType::Person as usize] += 3;
            }
            // "President Kessler", "Mr. Kessler": a person's title right before a one-word
            // name decides, whatever the tagger made of the name elsewhere ("Kessler's
            // trajectory" as an organisation).
            let prev = text[..m.start].split_whitespace().next_back().unwrap_or("");
            if one_word && PERSON_TITLES.contains(&prev) {
                votes.entry(k).or_default()[EntityType::Person as usize] += DECISIVE;
            }
            // A one-word name owning a company's office is the company: "Brokk's chief
            // executive" after "Brokk Technologies", however the tagger typed it.
            // ("Shares of Nordbanken rose", "a stake in Vellmark" too)
            let shares = shares_after(text, m.end) || shares_before(text, m.start);
            if one_word && (company_office(text, m) || shares) && bare.contains_key(k.as_str()) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += 3;
            } else if one_word
                && (shares || share_words.contains(&text[m.start..m.end]) || chief_executive(text, m))
                && !crate::rules::COUNTRIES.contains(&&text[m.start..m.end])
            {
                // "Nordbanken shares lost 9.2 percent": a listed company, whatever else the
                // tagger thought it was.
                votes.entry(k).or_default()[EntityType::Organization as usize] += 3;
            }
            // A one-word "person" the text uses as a country: "in Ostmark", "Ostmark and
            // Selvania" (a place), "Ostmark's foreign minister".
            // (so is a "group" that is no people's name: "Ostmark and Selvania", not
            // "Selvanians" or "Selvanian")
            let people_name = |n: &str| ["an", "ans", "ish", "ese", "i", "is", "ic", "ics", "s"].iter().any(|e| n.ends_with(e));
            let as_country = m.kind == EntityType::Person || (m.kind == EntityType::Group && !people_name(&text[m.start..m.end]));
            if as_country && one_word && country_use(text, m, mentions) {
                placed.insert(k);
                // (a group's name is not a surname that joins a person's later: it wins
                // over the tagger's guesses for the name's other mentions)
                votes.entry(k).or_default()[EntityType::Place as usize] += if m.kind == EntityType::Group { 4 } else { 2 };
            }
            // An island is lived "on": "lives on Ormøya", "anyone on Ormøya" (not someone's
            // surname: "a report on Dahl").
            let on = text[..m.start].trim_end().rsplit(char::is_whitespace).next() == Some("on");
            // (nor a company's bare name: "a price target on Vellmark")
            if m.kind == EntityType::Person
                && on
                && one_word
                && !person_words.contains(&text[m.start..m.end])
                && !bare.contains_key(k.as_str())
            {
                votes.entry(k).or_default()[EntityType::Place as usize] += 1;
            }
            // "a company based in Tessvik", "its plant in Tessvik", "stuck in Kellby": where
            // something is, not a company something is in ("a stake in Vellmark").
            if m.kind == EntityType::Organization && one_word && where_in(text, m) {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += 2;
            }
            // "Kellby's city council", "Kellby's mayor": a town's offices and people (no
            // person has a mayor or a harbour, whatever the tagger said).
            if matches!(m.kind, EntityType::Organization | EntityType::Person) && one_word && town_owner(text, m) {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += 2;
            }
            // "ferries between Kellby and Storøy", "off the coast of Varnholm", "42 km west of
            // Varnholm": a route's ends and where a point lies are places.
            if m.kind != EntityType::Place && one_word && (route_end(text, m) || bearing_of(text, m)) {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += 3;
            }
            // "Kellby airport", "Varnholm province": the name of the place the noun is.
            if m.kind != EntityType::Place && one_word && before_place_noun(text, m) {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += 3;
            }
            // A country's name is a place (or, speaking, its government: those do not vote).
            if crate::rules::COUNTRIES.contains(&&text[m.start..m.end]) {
                placed.insert(k);
                votes.entry(k).or_default()[EntityType::Place as usize] += DECISIVE;
            }
            // A model's number makes a name a product, not a law, unless a legal word heads it:
            // "the Lumen 4" against "Proposition 8", "Article 50", "Section 230".
            if m.kind == EntityType::Law && model_number(&text[m.start..m.end]) {
                votes.entry(k).or_default()[EntityType::Product as usize] += DECISIVE;
            }
            // A company's people: "Nordnett's chief engineer", "Nordnett's customers".
            if m.kind == EntityType::Place && one_word && company_office(text, m) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += 2;
            }
            // A place is no "who": "Selka City, who drew 0-0 at home" is a team.
            if m.kind == EntityType::Place && !is_dateline(m) && [", who ", " who "].iter().any(|w| text[m.end..].starts_with(w)) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += 3;
            }
            // A broadcaster: "told Kellby Radio", "Selka TV reported".
            if !one_word && broadcaster_name(&text[m.start..m.end]) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += DECISIVE;
            }
            // A listed company is an organisation, unless a person named in full bears it.
            let name = &text[m.start..m.end];
            if m.kind != EntityType::Product && crate::companies::is_company(name) && !name.split(' ').any(|w| person_words.contains(w)) {
                votes.entry(k).or_default()[EntityType::Organization as usize] += DECISIVE;
            }
        }
    }
    for (b, &weight) in &bare {
        let v = votes.entry(b.as_str()).or_default();
        // "Singapore Airlines" says nothing against "delivered in Singapore"; it does
        // against the tagger's guess alone ("Nordlys cut its forecast").
        if weight < DECISIVE && v[EntityType::Place as usize] > 0 && placed.contains(b.as_str()) {
            continue;
        }
        v[EntityType::Organization as usize] += weight;
    }
    // A tie goes to the type of the name's first mention among the tied ones, so
    // one name still keeps one type ("a link to Kellby" … "a link from Kellby");
    // a person loses a tie, since a person's later mentions are surnames that
    // join the full name, not the same word under another type.
    let mut winner: HashMap<&str, usize> = HashMap::new();
    let person = EntityType::Person as usize;
    for (m, k) in mentions.iter().zip(&keys) {
        if let Some((k, v)) = k.as_deref().and_then(|k| votes.get(k).map(|v| (k, v))) {
            let top = v.iter().copied().max().unwrap_or(0);
            let other_tied = (0..10).any(|t| t != person && v[t] == top);
            if v[m.kind as usize] == top && !(m.kind == EntityType::Person && other_tied) {
                winner.entry(k).or_insert(m.kind as usize);
            }
        }
    }
    for (m, k) in mentions.iter_mut().zip(&keys) {
        if is_dateline(m) {
            continue;
        }
        let best = k.as_deref().and_then(|k| {
            // (with no mention of the winning type, a person still loses a tie)
            winner.get(k).copied().or_else(|| votes.get(k).and_then(|v| (0..10).max_by_key(|&t| (v[t], t != person, std::cmp::Reverse(t)))))
        });
        if let Some(best) = best {
            // A ship named after a person does not make the person a ship: "USS Ronald
            // Reagan" … "Ronald Reagan, the former US president, …".
            if best == EntityType::Vessel as usize
                && crate::rules::person_apposition_after(text, m.end)
                && !crate::rules::craft_apposition_after(text, m.end)
            {
                m.kind = EntityType::Person;
            } else if best == EntityType::Place as usize
                && matches!(m.kind, EntityType::Organization | EntityType::Person)
                && acts_after(text, m.end)
            {
                // A place the tagger took for an organisation or a person where it speaks or
                // acts is its government: "the naval base at Varnholm" … "Varnholm said".
                m.kind = EntityType::Organization;
                m.metonymy = true;
            } else if best != m.kind as usize {
                m.kind = EntityType::ALL[best];
            }
        }
        // A seat of government that is the surname of someone the article names in full is
        // that person: "According to Sund, the city will borrow" after "Mayor Ingrid Sund"
        // (the tagger took it for a town, and a town that speaks for its government).
        if m.metonymy && !text[m.start..m.end].contains(' ') && person_words.contains(&text[m.start..m.end]) {
            m.kind = EntityType::Person;
            m.metonymy = false;
        }
    }
}

/// Whether the word right after a name is a verb of speaking or acting ("Varnholm said").
fn acts_after(text: &str, end: usize) -> bool {
    crate::rules::acts_word(text[end..].split_whitespace().next().unwrap_or(""))
}

/// Whether the words right before byte `start` make the name a poll's maker: "polled by",
/// "surveyed by", "compiled by", "conducted by", "a poll by" (any case of the verb); not
/// "interviewed by", which a reporter may be.
fn polled_by(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(rest) = before.strip_suffix(" by") else { return false };
    let verb = rest.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    // (and the poll's own noun: "An exit poll by Nordpoll")
    matches!(verb.as_str(), "polled" | "surveyed" | "compiled" | "conducted" | "poll" | "polls" | "survey" | "surveys")
}

/// Where a stock index's name may end before an "index" word (at most 64 per article, so
/// the cost stays linear): before an optional kind of index ("stock", "composite"), an
/// optional number ("100", "225") and, before a number, an optional "'s" ("Standard &
/// Poor's 500 index"). With each end: whether a number or a kind stands between.
fn index_sites(text: &str) -> Vec<(usize, bool)> {
    let word_at = |i: usize, w: &str| {
        !text[..i].ends_with(|c: char| c.is_alphanumeric()) && !text[i + w.len()..].starts_with(|c: char| c.is_alphanumeric())
    };
    let mut sites = Vec::new();
    for w in ["index", "Index", "indices"] {
        for (i, _) in text.match_indices(w).filter(|&(i, _)| word_at(i, w)).take(64) {
            let mut end = text[..i].trim_end().len();
            let mut qualified = false;
            let last_word = |end: usize| text[..end].rsplit(char::is_whitespace).next().unwrap_or("");
            if matches!(last_word(end), "stock" | "share" | "composite" | "benchmark" | "blue-chip" | "Composite") {
                end = text[..end - last_word(end).len()].trim_end().len();
                qualified = true;
            }
            let number = last_word(end);
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
                end = text[..end - number.len()].trim_end().len();
                qualified = true;
                end -= ["'s", "’s"].iter().find(|s| text[..end].ends_with(*s)).map_or(0, |s| s.len());
            }
            if end > 0 {
                sites.push((end, qualified));
            }
        }
    }
    sites.truncate(64);
    sites
}

/// Group an article's mentions into entities; sets each mention's `entity`.
pub fn link(text: &str, mentions: &mut [Mention], ctx: &Context) -> Vec<LocalEntity> {
    let mut ents: Vec<LocalEntity> = Vec::new();
    let mut words_of: Vec<Vec<String>> = Vec::new();
    // Where each entity is named with more than one word, in text order (such mentions are
    // linked before one-word ones, in text order, so each list grows at its end).
    let mut seen_at: Vec<Vec<usize>> = Vec::new();
    let mut by_key: HashMap<(EntityType, String), usize> = HashMap::new();
    // Rivers, lakes and mountains by their bare name ("orva" for "Orva River").
    let mut geographic: HashMap<String, usize> = HashMap::new();
    // Longer names first, so a surname finds its full name even when it comes first,
    // and so does an organisation's name without its place ("the Harbour Authority"
    // before "the Port Aven Harbour Authority").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    let n_words = |i: usize| {
        let n = text[mentions[i].start..mentions[i].end].split_whitespace().count();
        if mentions[i].kind == EntityType::Organization {
            n
        } else {
            n.min(2)
        }
    };
    order.sort_by_key(|&i| (std::cmp::Reverse(n_words(i)), mentions[i].start));
    let mut assigned = vec![false; mentions.len()];
    let mut index = NameIndex::default();
    // The article's place names, as keys, for organisations named after a place.
    let places: std::collections::HashSet<String> =
        mentions.iter().filter(|m| m.kind == EntityType::Place).map(|m| key_words(&text[m.start..m.end], m.kind).join(" ")).collect();
    for i in order {
        let m = &mentions[i];
        let surface = &text[m.start..m.end];
        let words = key_words(surface, m.kind);
        if words.is_empty() {
            continue;
        }
        let key = words.join(" ");
        // A single word that is the surname of a person named in full is that person,
        // whatever the tagger called it (`Moro said` after `Ines Moro`).
        if words.len() == 1 && m.kind != EntityType::Person && !m.metonymy && !crate::rules::COUNTRIES.contains(&surface) {
            let surname_of = index.people_by_last.get(&words[0]).and_then(|es| {
                es.iter()
                    .copied()
                    .find(|&e| ents[e].kind == EntityType::Person && words_of[e].len() > 1 && words_of[e].last() == words.last())
            });
            // So is a first name the tagger took for an organisation or a name of another
            // kind (“Ilse gave everything”, inside a quotation), not for a place ("Paris").
            let first_name_of = || {
                m.kind != EntityType::Place
                    && m.kind != EntityType::Facility
                    && index.people_by_first.get(&words[0]).is_some_and(|es| {
                        es.iter()
                            .any(|&e| ents[e].kind == EntityType::Person && words_of[e].len() > 1 && words_of[e].first() == words.first())
                    })
            };
            // (not where the word is plainly the company that opens an organisation's name:
            // "Vellmar shares rose" after "Vellmar Technologies" and "Hanne Vellmar")
            let company_use = m.kind == EntityType::Organization
                && (shares_after(text, m.end) || company_office(text, m))
                && index.orgs_by_first.get(&words[0]).is_some_and(|es| {
                    es.iter().any(|&e| ents[e].kind == EntityType::Organization && words_of[e].len() > 1 && words_of[e][0] == words[0])
                });
            if (surname_of.is_some() || first_name_of()) && !company_use {
                mentions[i].kind = EntityType::Person;
            }
        }
        let m = &mentions[i];
        let mut found = by_key.get(&(m.kind, key.clone())).copied();
        if found.is_none() && m.kind == EntityType::Person {
            let w = &words;
            let mut listed: Vec<usize> = w
                .last()
                .and_then(|l| index.people_by_last.get(l))
                .into_iter()
                .chain(w.first().and_then(|f| index.people_by_first.get(f)))
                .flatten()
                .copied()
                .collect();
            // In entity order, as a scan of every entity would meet them (ties go to the last).
            listed.sort_unstable();
            listed.dedup();
            let cands: Vec<usize> = listed
                .into_iter()
                .filter(|&e| ents[e].kind == EntityType::Person)
                .filter(|&e| {
                    let f = &words_of[e];
                    if w.len() == 1 {
                        f.last() == w.last() || f.first() == w.first()
                    } else {
                        f.len() > 1 && f.first() == w.first() && f.last() == w.last()
                    }
                })
                .collect();
            // Surname matches beat first-name matches; then the one named in full last before
            // the mention ("Oskar Wahl … Wahl … Erik Wahl": the first "Wahl" is Oskar), else
            // the one named first after it.
            let recency = |e: usize| {
                let at = &seen_at[e];
                match at.partition_point(|&p| p < m.start) {
                    0 => (false, -(at.first().copied().unwrap_or(usize::MAX) as i64)),
                    k => (true, at[k - 1] as i64),
                }
            };
            // A relative introduced by kinship ("His daughter, Elin Voss, said …") shares
            // the surname of the one the article is about: a lone "Voss" is the latter.
            // (the introduction decides: "Her daughter, Kari Solberg, said …" then "Kari
            // Solberg said" is still the daughter)
            let kin = |e: usize| {
                seen_at[e].first().is_some_and(|&p| {
                    let before = text[..p].trim_end();
                    let Some(b) = before.strip_suffix(',') else { return false };
                    let mut ws = b.split_whitespace().rev();
                    let (noun, owner) = (ws.next().unwrap_or("").to_lowercase(), ws.next().unwrap_or("").to_lowercase());
                    crate::KIN_NOUNS.contains(&noun.as_str())
                        && (matches!(owner.as_str(), "his" | "her" | "their") || owner.ends_with("'s") || owner.ends_with("’s"))
                })
            };
            let shared = cands.len() > 1;
            found = cands
                .iter()
                .copied()
                .filter(|&e| words_of[e].last() == w.last())
                .max_by_key(|&e| (!(shared && kin(e)), recency(e)))
                .or_else(|| cands.iter().copied().max_by_key(|&e| recency(e)));
        }
        if found.is_none()
            && m.kind == EntityType::Organization
            && words.len() == 1
            && surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        {
            let acro: String = words[0].chars().filter(|c| c.is_alphanumeric()).collect();
            found = index.orgs_by_initials.get(&acro).and_then(|es| {
                es.iter()
                    .copied()
                    .filter(|&e| ents[e].kind == EntityType::Organization && words_of[e].len() > 1 && initials(&words_of[e]) == acro)
                    .min()
            });
        }
        // An organisation named without the place that opens its full name is that
        // organisation ("the Harbour Authority" of "the Port Aven Harbour Authority"),
        // when one organisation of the article fits (among the last 64 listed under its
        // last word, so a text of thousands of authorities stays linear).
        if found.is_none() && m.kind == EntityType::Organization && words.len() >= 2 {
            let fit = only_fit(index.orgs_by_last.get(&words[words.len() - 1]), |e| {
                let f = &words_of[e];
                ents[e].kind == EntityType::Organization && f.len() > words.len() && f.ends_with(&words)
            });
            // One organisation ends so, and what opens its name is a place of the article.
            found = fit.filter(|&e| {
                let f = &words_of[e];
                places.contains(&f[..f.len() - words.len()].join(" "))
            });
        }
        // A name's head alone, for the one organisation of the article whose name ends so:
        // a newspaper after "the" ("told the Gazette" after "the Lakeside Gazette"); a club,
        // whatever the tagger typed it ("United equalised" after "Kellby United", taken for
        // a place); an institution ("The Institute's director" after "the Ostmark Geological
        // Institute").
        if found.is_none() && words.len() == 1 {
            let head = words[0].as_str();
            let after_the = || text[..m.start].trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let newspaper = m.kind == EntityType::Organization && NEWSPAPER_NOUNS.contains(&head) && after_the();
            let club = matches!(m.kind, EntityType::Organization | EntityType::Place | EntityType::Person)
                && crate::rules::CLUB_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head) && h.len() > 3);
            let institution = m.kind == EntityType::Organization && INSTITUTION_HEADS.contains(&head);
            if newspaper || club || institution {
                found = only_fit(index.orgs_by_last.get(&words[0]), |e| {
                    ents[e].kind == EntityType::Organization && words_of[e].len() > 1 && words_of[e].ends_with(&words)
                });
            }
        }
        // A company named by its first word ("welcome Vellmar to Orlen" after "Vellmar
        // Motors"): the one company of the article whose name is that word and designators.
        if found.is_none() && m.kind == EntityType::Organization && words.len() == 1 && !m.metonymy && !places.contains(&words[0]) {
            let designator = |w: &String| {
                let mut c = w.chars();
                c.next().is_some_and(|f| crate::rules::is_org_designator(&format!("{}{}", f.to_uppercase(), c.as_str())))
            };
            // (also a team named by its town: "Varnholm equalised" after "Varnholm City"; and
            // a party by its first word: "Labour won" after "the Labour Party")
            let team_head = |w: &String| w == "party" || crate::rules::TEAM_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w));
            found = only_fit(index.orgs_by_first.get(&words[0]), |e| {
                let f = &words_of[e];
                ents[e].kind == EntityType::Organization
                    && f.len() > 1
                    && f[0] == words[0]
                    && (f[1..].iter().all(designator) || (f.len() == 2 && team_head(&f[1])))
            });
        }
        // An organisation named without what follows "for" or "of" in its full name ("the
        // Met Office" of "the Met Office for Selka", "the Ministry" of "the Ministry of
        // Fisheries"): the one organisation of the article whose name goes on so.
        if found.is_none() && m.kind == EntityType::Organization && !m.metonymy {
            found = only_fit(index.orgs_by_first.get(&words[0]), |e| {
                let f = &words_of[e];
                ents[e].kind == EntityType::Organization
                    && f.len() >= words.len() + 2
                    && f.starts_with(&words)
                    && matches!(f[words.len()].as_str(), "for" | "of")
            });
        }
        // A river or a lake named without its head ("the Orva" after "the Orva River").
        if found.is_none() && m.kind == EntityType::Place && words.len() == 1 {
            found = geographic.get(&words[0]).copied().filter(|&e| ents[e].kind == EntityType::Place);
        }
        // A party named by its members ("the Greens") after its name ("the Green Alliance",
        // "the Green Party"): the one party of the article whose name opens with the singular.
        if found.is_none() && m.kind == EntityType::Organization && words.len() == 1 && crate::PARTY_NICKNAMES.contains(&surface) {
            if let Some(singular) = words[0].strip_suffix('s') {
                let body = |w: &String| crate::rules::BODY_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w));
                found = only_fit(index.orgs_by_first.get(singular), |e| {
                    let f = &words_of[e];
                    ents[e].kind == EntityType::Organization && f.len() == 2 && f[0] == singular && body(&f[1])
                });
            }
        }
        // An acronym in brackets right after a name is that name: "Singapore Airlines (SIA)".
        if found.is_none() && words.len() == 1 && surface.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
            let bracketed = text[..m.start].trim_end().ends_with('(') && text[m.end..].trim_start().starts_with(')');
            let defined = bracketed
                .then(|| {
                    (0..mentions.len()).find(|&j| {
                        assigned[j]
                            && mentions[j].kind == m.kind
                            && mentions[j].end <= m.start
                            && text[mentions[j].end..m.start].trim() == "("
                    })
                })
                .flatten();
            if let Some(j) = defined {
                found = Some(mentions[j].entity);
                by_key.entry((m.kind, key.clone())).or_insert(mentions[j].entity);
            }
        }
        let e = match found {
            Some(e) => {
                let ent = &mut ents[e];
                ent.mentions += 1;
                let better = words.len() > words_of[e].len();
                if better {
                    let old = std::mem::replace(&mut ent.name, clean_name(surface));
                    if !ent.aliases.contains(&old) {
                        ent.aliases.push(old);
                    }
                    words_of[e] = words.clone();
                    index.list(e, ent.kind, &words);
                    ent.key = key.clone();
                    by_key.insert((m.kind, key.clone()), e);
                } else {
                    let s = clean_name(surface);
                    let shouting = |n: &str| n.chars().any(char::is_alphabetic) && !n.chars().any(char::is_lowercase);
                    if s != ent.name && shouting(&ent.name) && !shouting(&s) && s.len() == ent.name.len() {
                        // "Brova" names the entity better than the dateline's "BROVA".
                        let old = std::mem::replace(&mut ent.name, s.clone());
                        ent.aliases.retain(|a| *a != s);
                        ent.aliases.push(old);
                    } else if s != ent.name && !ent.aliases.contains(&s) {
                        ent.aliases.push(s);
                    }
                }
                e
            }
            None => {
                let e = ents.len();
                if let Some(bare) = (m.kind == EntityType::Place).then(|| crate::rules::geographic_bare_name(surface)).flatten() {
                    geographic.entry(fold(bare)).or_insert(e);
                }
                ents.push(LocalEntity {
                    name: clean_name(surface),
                    kind: m.kind,
                    aliases: Vec::new(),
                    mentions: 1,
                    role: "participant",
                    metonymy: m.metonymy,
                    titles: Vec::new(),
                    key: key.clone(),
                });
                words_of.push(words.clone());
                index.list(e, m.kind, &words);
                seen_at.push(Vec::new());
                by_key.insert((m.kind, key), e);
                e
            }
        };
        if words.len() > 1 {
            let at = &mut seen_at[e];
            if at.last().is_none_or(|&p| p <= m.start) {
                at.push(m.start);
            }
        }
        if let Some(t) = &m.title {
            let t = t.to_lowercase();
            if !ents[e].titles.contains(&t) {
                ents[e].titles.push(t);
            }
        }
        mentions[i].entity = e;
        assigned[i] = true;
    }
    for (e, ent) in ents.iter_mut().enumerate() {
        if ent.kind == EntityType::Organization && ctx.outlet.is_some_and(|o| is_outlet(o, &ent.key)) {
            ent.role = "outlet";
        }
        if ent.kind == EntityType::Person && ctx.authors.iter().any(|a| key_words(a, EntityType::Person) == words_of[e]) {
            ent.role = "author";
        }
    }
    ents
}

/// People by their name's last and first word, organisations of several words by
/// their initials: the entities a name can join, so `link` compares a name with
/// those, not with every entity of the article. An entity whose words change (a
/// longer name arrives) is listed again under its new words; lookups check the
/// entity's current words, so an old listing never matches wrongly.
#[derive(Default)]
struct NameIndex {
    people_by_last: HashMap<String, Vec<usize>>,
    people_by_first: HashMap<String, Vec<usize>>,
    orgs_by_initials: HashMap<String, Vec<usize>>,
    orgs_by_last: HashMap<String, Vec<usize>>,
    orgs_by_first: HashMap<String, Vec<usize>>,
}

impl NameIndex {
    fn list(&mut self, e: usize, kind: EntityType, words: &[String]) {
        match kind {
            EntityType::Person => {
                if let (Some(first), Some(last)) = (words.first(), words.last()) {
                    self.people_by_last.entry(last.clone()).or_default().push(e);
                    self.people_by_first.entry(first.clone()).or_default().push(e);
                }
            }
            EntityType::Organization if words.len() > 1 => {
                self.orgs_by_initials.entry(initials(words)).or_default().push(e);
                if let Some(last) = words.last() {
                    self.orgs_by_last.entry(last.clone()).or_default().push(e);
                }
                self.orgs_by_first.entry(words[0].clone()).or_default().push(e);
            }
            _ => {}
        }
    }
}

/// The one entity among the last 64 of `listed` that `fits`, if exactly one does (so a
/// text of thousands of authorities stays linear).
fn only_fit(listed: Option<&Vec<usize>>, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let mut found = listed.into_iter().flat_map(|es| es.iter().rev().take(64)).copied().filter(|&e| fits(e));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Heads by which an institution is named again, lower-cased ("the Institute").
const INSTITUTION_HEADS: &[&str] =
    &["institute", "agency", "authority", "office", "bureau", "commission", "directorate", "inspectorate", "service", "foundation"];

/// The last words of news outlets' names, by which a story names them again ("the Gazette"),
/// lower-cased; also what tells an outlet's date line from a place's (`parallax-extract`).
pub const NEWSPAPER_NOUNS: &[&str] = &[
    "times",
    "post",
    "gazette",
    "herald",
    "journal",
    "tribune",
    "chronicle",
    "courier",
    "telegraph",
    "guardian",
    "observer",
    "globe",
    "examiner",
    "inquirer",
    "register",
    "sentinel",
    "monitor",
    "wire",
    "bulletin",
    "dispatch",
    "record",
    "standard",
    "star",
    "mail",
    "ledger",
    "express",
    "mirror",
    "advocate",
    "beacon",
    "argus",
    "clarion",
    "enquirer",
    "news",
    "press",
    "daily",
    "today",
    "weekly",
    "online",
    "radio",
    "magazine",
    "digest",
    "agency",
    "review",
    "broadcaster",
    "broadcasting",
    "television",
    "messenger",
    "echo",
    "mercury",
    "bugle",
    "telegram",
    "intelligencer",
    // (the head words of newspapers in other languages, kept in English text)
    "tidende",
    "tidning",
    "avis",
    "avisen",
    "posten",
    "bladet",
    "dagblad",
    "zeitung",
    "kurier",
    "courant",
    "gazzetta",
    "corriere",
    "diario",
    "gazeta",
];

/// Whether a name is a line and a model number ("Lumen 4"), not a numbered legal text.
fn model_number(name: &str) -> bool {
    let Some((line, n)) = name.rsplit_once(' ') else { return false };
    let legal = line.split(' ').any(|w| {
        matches!(
            w,
            "Proposition"
                | "Article"
                | "Title"
                | "Section"
                | "Resolution"
                | "Amendment"
                | "Act"
                | "Bill"
                | "Rule"
                | "Directive"
                | "Regulation"
                | "Chapter"
                | "Clause"
                | "Measure"
                | "Question"
                | "Order"
                | "Law"
                | "Protocol"
                | "Convention"
        )
    });
    !legal && n.bytes().all(|b| b.is_ascii_digit()) && line.starts_with(char::is_uppercase)
}

/// Whether a name is a broadcaster's: it ends or opens with one's head ("Kellby Radio",
/// "Radio Kellby", "TV Selka"). A maker's device is no broadcaster ("Apple TV").
fn broadcaster_name(name: &str) -> bool {
    let maker = name.split(' ').next().is_some_and(crate::companies::is_company);
    let ends = name.rsplit(' ').next().is_some_and(|w| matches!(w, "Radio" | "TV" | "Television" | "Broadcasting" | "FM"));
    let opens = name
        .split_once(' ')
        .is_some_and(|(head, rest)| matches!(head, "Radio" | "TV" | "Television") && rest.starts_with(char::is_uppercase));
    !maker && (ends || opens)
}

/// What a name owns, the words after its possessive: "chief executive spoke" of "Brokk's
/// chief executive spoke".
fn owned<'t>(text: &'t str, m: &Mention) -> Option<&'t str> {
    let after = &text[m.end..];
    after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s "))
}

/// Whether a company's shares follow a name ("Vellmar shares rose"), not a market ("Irish
/// stock markets").
pub(crate) fn shares_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(after) = rest.strip_prefix(" shares ").or_else(|| rest.strip_prefix(" stock ")) else { return false };
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    !matches!(next.trim_end_matches(|c: char| !c.is_alphanumeric()), "market" | "markets" | "exchange" | "exchanges" | "index" | "indices")
}

/// Whether a name is what shares are of: "Shares of Nordbanken", "a stake in Vellmark".
fn shares_before(text: &str, start: usize) -> bool {
    // (the last few bytes only: a whole prefix per mention would be quadratic)
    let mut from = start.saturating_sub(12);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = text[from..start].to_lowercase();
    ["shares of ", "shares in ", "stake in ", "stock of "].iter().any(|p| before.ends_with(p))
}

/// Whether a name owns a listed company's own offices: "Nordbanken's chief executive",
/// "Nordbanken's shareholders" (no town's or country's).
fn chief_executive(text: &str, m: &Mention) -> bool {
    owns_one_of(text, m, &["chief executive", "chief financial officer", "ceo", "shareholders", "share price"])
}

/// Whether a name owns one of `offices` ("Brokk's chief executive"), in any case.
fn owns_one_of(text: &str, m: &Mention, offices: &[&str]) -> bool {
    owned(text, m).is_some_and(|rest| offices.iter().any(|o| rest.get(..o.len()).is_some_and(|head| head.eq_ignore_ascii_case(o))))
}

/// Whether a name owns a company's office or people: "Brokk's chief executive", "Brokk's
/// founder", "Nordnett's chief engineer", "its customers".
fn company_office(text: &str, m: &Mention) -> bool {
    // A company's history or size set off after its name: "Vellmar, founded in the late
    // 1990s, …", "Vellmar, which employs 3,000 people".
    let after = &text[m.end..];
    if [", founded ", " was founded ", ", which employs ", ", which makes ", ", listed "].iter().any(|w| after.starts_with(w)) {
        return true;
    }
    owns_one_of(
        text,
        m,
        &[
            "chief executive",
            "chief engineer",
            "chief financial officer",
            "chief operating officer",
            "ceo",
            "founder",
            "chairman",
            "chairwoman",
            "board",
            "shareholders",
            "shares",
            "spokesman",
            "spokeswoman",
            "customers",
            "employees",
        ],
    )
}

/// Titles that only a person holds, as written right before a surname ("President
/// Kessler", "Sen. Ahl"); not "General" or "Major", which open company and league names.
const PERSON_TITLES: &[&str] = &[
    "President",
    "president",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr.",
    "Sen.",
    "Senator",
    "Rep.",
    "Gov.",
    "Governor",
    "Mayor",
    "Minister",
    "Chancellor",
    "Secretary",
    "Speaker",
    "Judge",
    "Justice",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Councilman",
    "Councilwoman",
    "Premier",
    "Ambassador",
    "Professor",
    "Prof.",
];

/// Words for a part of a place, between a preposition and the place's name ("in central
/// Kellby", "across northern Selvania").
pub(crate) const PLACE_PARTS: &[&str] = &[
    "central", "northern", "southern", "eastern", "western", "downtown", "greater", "rural", "coastal", "inner", "north", "south", "east",
    "west",
];

/// Whether a one-word name is used the way a country is: after "in" or "from", joined
/// by "and" to a place, or owning a government's office ("Ostmark's Foreign Minister").
fn country_use(text: &str, m: &Mention, mentions: &[Mention]) -> bool {
    let before = text[..m.start].trim_end();
    let prev = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    // "in central Kellby": a part of the place before its name.
    let prev = if PLACE_PARTS.contains(&prev) { before.split_whitespace().rev().nth(1).unwrap_or("") } else { prev };
    let after = &text[m.end..];
    let place_at = |start: usize, end: usize| mentions.iter().any(|o| o.kind == EntityType::Place && o.start == start && o.end == end);
    let joined_to_place = after.strip_prefix(" and ").is_some_and(|rest| {
        let w = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let start = m.end + 5;
        !w.is_empty() && place_at(start, start + w.len())
    }) || before.strip_suffix(" and").is_some_and(|b| {
        let w = b.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        !w.is_empty() && place_at(b.len() - w.len(), b.len())
    });
    let office = owned(text, m).is_some_and(|rest| {
        let w = rest.split_whitespace().next().unwrap_or("").to_lowercase();
        // "Ostmark's transport minister", "Selvania's health ministry"
        let portfolio = rest.split_whitespace().nth(1).is_some_and(|n| matches!(n.trim_end_matches([',', '.']), "minister" | "ministry"));
        portfolio
            || matches!(
                w.as_str(),
                "foreign"
                    | "prime"
                    | "interior"
                    | "defence"
                    | "defense"
                    | "finance"
                    | "president"
                    | "government"
                    | "army"
                    | "embassy"
                    | "parliament"
                    | "ambassador"
                    | "state"
                    | "capital"
                    | "border"
                    | "borders"
                    | "citizens"
                    | "central"
                    | "coast"
                    | "economy"
            )
    });
    matches!(prev, "in" | "from" | "near" | "outside" | "across") || joined_to_place || office
}

/// Whether a name is an end of a route: "ferries between Kellby and Storøy", "flights
/// from …" are left to the prepositions; "between" takes people too ("talks between Aune
/// and Dovan"), so a noun of travel must come first.
fn route_end(text: &str, m: &Mention) -> bool {
    let back: Vec<&str> = text[..m.start].split_whitespace().rev().take(5).collect();
    let between_at = match back.as_slice() {
        ["between", ..] if text[m.end..].starts_with(" and ") => 1,
        ["and", _, "between", ..] => 3,
        ["and", "the", _, "between", ..] => 4,
        _ => return false,
    };
    back.get(between_at).is_some_and(|n| {
        matches!(
            n.to_lowercase().as_str(),
            "ferries"
                | "ferry"
                | "flights"
                | "trains"
                | "services"
                | "route"
                | "road"
                | "railway"
                | "rail"
                | "bridge"
                | "tunnel"
                | "crossing"
                | "traffic"
                | "buses"
        )
    })
}

/// Whether a name follows the coast or a compass bearing and "of": "off the coast of
/// Varnholm", "42 km west of Varnholm", "north-east of Kellby".
fn bearing_of(text: &str, m: &Mention) -> bool {
    let back: Vec<&str> = text[..m.start].split_whitespace().rev().take(2).collect();
    matches!(back.as_slice(), ["of", noun, ..] if matches!(
        noun.to_lowercase().as_str(),
        "coast" | "shores" | "west" | "east" | "north" | "south" | "northwest" | "northeast" | "southwest" | "southeast"
            | "north-west" | "north-east" | "south-west" | "south-east"
    ))
}

/// Whether a one-word name owns a town's offices or people: "Kellby's city council",
/// "Kellby's mayor", "Kellby's residents".
fn town_owner(text: &str, m: &Mention) -> bool {
    let Some(rest) = owned(text, m) else { return false };
    let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(
        next,
        "city"
            | "town"
            | "mayor"
            | "council"
            | "councillors"
            | "residents"
            | "townspeople"
            | "inhabitants"
            | "population"
            | "harbour"
            | "harbor"
            | "port"
            | "waterfront"
            | "shoreline"
            | "coastline"
            | "streets"
            | "outskirts"
            | "suburbs"
            | "downtown"
            | "skyline"
            | "old"
    )
}

/// Whether a name follows "in" or "at" after a word that says where something is: "based
/// in", "plant in", "stuck in", "lives in"; or follows "along" or "across".
fn where_in(text: &str, m: &Mention) -> bool {
    let mut back = text[..m.start].split_whitespace().rev();
    let (prep, word) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
    // "along Strandvegen", "across Kaigata", "off Selka": prepositions that take a way or
    // a place only.
    if matches!(prep, "along" | "across" | "off") {
        return true;
    }

    matches!(prep, "in" | "at")
        && matches!(
            word,
            "based"
                | "born"
                | "located"
                | "headquartered"
                | "plant"
                | "factory"
                | "office"
                | "offices"
                | "site"
                | "lives"
                | "lived"
                | "living"
                | "arrived"
                | "stranded"
                | "stuck"
                | "died"
                | "hospital"
                | "school"
                | "bridge"
                | "terminal"
                | "harbour"
                | "port"
                | "base"
                | "headquarters"
                | "camp"
                | "prison"
                | "hotel"
        )
}

/// Whether a one-word name stands before a lowercase noun of a place it names: "Kellby
/// airport", "Selka harbour", "Varnholm province".
fn before_place_noun(text: &str, m: &Mention) -> bool {
    let mut words = text[m.end..].strip_prefix(' ').unwrap_or("").split(' ').map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()));
    let next = words.next().unwrap_or("");
    // A transport hub, also after the kind of transport: "the Tessvik ferry terminal",
    // "Kellby railway station".
    let hub = |w: &str| matches!(w, "terminal" | "station" | "harbour" | "harbor" | "port" | "airport");
    if matches!(next, "ferry" | "railway" | "rail" | "bus" | "train" | "container" | "cruise") && words.next().is_some_and(hub) {
        return true;
    }
    matches!(
        next,
        "reef"
            | "strait"
            | "bay"
            | "peninsula"
            | "archipelago"
            | "airport"
            | "harbour"
            | "harbor"
            | "county"
            | "province"
            | "region"
            | "district"
            | "municipality"
            | "valley"
            | "island"
            | "bridge"
            | "tunnel"
            | "port"
            | "river"
            | "lake"
            | "fjord"
            | "canal"
            | "dam"
            | "station"
            | "square"
            | "border"
            | "crossing"
            // "in the Lillholm area", "the Kellby suburbs"
            | "area"
            | "areas"
            | "suburbs"
            | "outskirts"
            | "coast"
            | "coastline"
    )
}

/// An outlet's name as an entity key: folded, without a leading `the`.
pub(crate) fn outlet_key(outlet: &str) -> String {
    fold(outlet.trim()).trim_start_matches("the ").to_string()
}

/// The outlet's name without its first word when it has three or more ("Evening Star"
/// of "Kellby Evening Star"): how a paper names itself in its own text ("told the
/// Evening Star").
pub(crate) fn outlet_short(outlet: &str) -> Option<&str> {
    let name = outlet.trim();
    let name = name.strip_prefix("The ").unwrap_or(name);
    (name.split_whitespace().count() >= 3).then(|| name.split_once(' ').map(|(_, rest)| rest.trim())).flatten()
}

/// Whether a name's key is the article's outlet, in full or short.
pub(crate) fn is_outlet(outlet: &str, key: &str) -> bool {
    outlet_key(outlet) == key || outlet_short(outlet).is_some_and(|s| outlet_key(s) == key)
}

/// The name as shown: the surface form without a possessive or trailing punctuation.
fn clean_name(s: &str) -> String {
    s.trim().trim_end_matches("'s").trim_end_matches("’s").trim_end_matches([',', '.', ';', ':']).to_string()
}

/// An entity across the corpus.
#[derive(Debug, Clone, Serialize)]
pub struct CorpusEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub aliases: Vec<String>,
    pub mentions: u64,
    /// The ordinals of the articles it appears in, in arrival order.
    pub articles: Vec<u32>,
    /// `outlet`, `author` or `participant` (the role it had most often).
    pub role: &'static str,
    pub metonymy: bool,
    #[serde(skip)]
    key: String,
    #[serde(skip)]
    roles: [u32; 3],
}

/// An article's entity as [`Corpus::add`] reads it.
#[derive(Debug, Clone, Copy)]
pub struct EntityRef<'a> {
    pub name: &'a str,
    pub kind: EntityType,
    pub key: &'a str,
    pub aliases: &'a [String],
    pub mentions: usize,
    pub role: &'a str,
    pub metonymy: bool,
}

impl<'a> From<&'a LocalEntity> for EntityRef<'a> {
    fn from(l: &'a LocalEntity) -> Self {
        EntityRef {
            name: &l.name,
            kind: l.kind,
            key: &l.key,
            aliases: &l.aliases,
            mentions: l.mentions,
            role: l.role,
            metonymy: l.metonymy,
        }
    }
}

/// Corpus-level entities, built as articles arrive.
#[derive(Debug, Default)]
pub struct Corpus {
    by_key: HashMap<(EntityType, String, bool), usize>,
    entities: Vec<CorpusEntity>,
}

const MAX_ALIASES: usize = 24;

/// The full form of a first name (`FIRST_NAME_FORMS`), or the name itself.
fn full_form(first: &str) -> &str {
    FIRST_NAME_FORMS.iter().find(|(short, _)| *short == first).map_or(first, |(_, full)| full)
}

/// Short forms of English first names and the full form they are keyed by, where
/// the short form names one full name only ("Chris", "Alex", "Pat" and "Sam" name
/// a man's and a woman's name, and are left out).
const FIRST_NAME_FORMS: &[(&str, &str)] = &[
    ("steve", "steven"),
    ("stephen", "steven"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("rob", "robert"),
    ("bill", "william"),
    ("billy", "william"),
    ("mike", "michael"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("dave", "david"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("joe", "joseph"),
    ("matt", "matthew"),
    ("nick", "nicholas"),
    ("tony", "anthony"),
    ("ben", "benjamin"),
    ("andy", "andrew"),
    ("pete", "peter"),
    ("ken", "kenneth"),
    ("larry", "lawrence"),
    ("greg", "gregory"),
    ("ron", "ronald"),
    ("tim", "timothy"),
    ("jeff", "jeffrey"),
    ("chuck", "charles"),
    ("charlie", "charles"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("jenny", "jennifer"),
    ("debbie", "deborah"),
];

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    /// Add an article's entities.
    pub fn add<'a>(&mut self, article: u32, local: impl IntoIterator<Item = EntityRef<'a>>) {
        for l in local {
            let k = (l.kind, l.key.to_string(), l.metonymy);
            let idx = *self.by_key.entry(k).or_insert_with(|| {
                self.entities.push(CorpusEntity {
                    name: l.name.to_string(),
                    kind: l.kind,
                    aliases: Vec::new(),
                    mentions: 0,
                    articles: Vec::new(),
                    role: "participant",
                    metonymy: l.metonymy,
                    key: l.key.to_string(),
                    roles: [0; 3],
                });
                self.entities.len() - 1
            });
            let e = &mut self.entities[idx];
            e.mentions += l.mentions as u64;
            if e.articles.last() != Some(&article) {
                e.articles.push(article);
            }
            for a in std::iter::once(l.name).chain(l.aliases.iter().map(String::as_str)) {
                if a != e.name && !e.aliases.iter().any(|x| x == a) && e.aliases.len() < MAX_ALIASES {
                    e.aliases.push(a.to_string());
                }
            }
            e.roles[match l.role {
                "outlet" => 0,
                "author" => 1,
                _ => 2,
            }] += 1;
        }
    }

    /// Number of entities so far.
    pub fn len(&self) -> usize {
        self.entities.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// Names that are outlets of the corpus become organisations with the role
    /// `outlet`; a full name with middle names or initials, or with a short form
    /// of its first name, joins the same first and last name; one-word person
    /// names join the only full name they end, or the one named far more than the
    /// others; the entities come out most-mentioned first.
    pub fn finish(mut self, outlets: &[String]) -> Vec<CorpusEntity> {
        let n = self.entities.len();
        let mut target: Vec<usize> = (0..n).collect();
        let person = |e: &CorpusEntity| e.kind == EntityType::Person && !e.metonymy;
        // "Jr." and the like end a name of their own.
        let suffix = |w: &str| matches!(w.trim_end_matches('.'), "jr" | "sr" | "ii" | "iii" | "iv");
        // A first name's short form is the name ("Steve Bannon", "Stephen Bannon" and
        // "Steven Bannon" are one): two-word names are keyed by the full form, and the
        // most-mentioned of those sharing a key takes the others.
        let mut two_words: HashMap<String, usize> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if let (true, Some((first, last))) = (person(e), e.key.split_once(' ')) {
                if !last.contains(' ') {
                    let slot = two_words.entry(format!("{} {last}", full_form(first))).or_insert(i);
                    if e.mentions > self.entities[*slot].mentions {
                        *slot = i;
                    }
                }
            }
        }
        // A full name with middle names or initials, or a short first name, joins the
        // same first and last name ("Donald J. Trump" joins "Donald Trump").
        for (i, e) in self.entities.iter().enumerate() {
            let words: Vec<&str> = e.key.split(' ').collect();
            if !person(e) || words.len() < 2 || suffix(words[words.len() - 1]) {
                continue;
            }
            if let Some(&t) = two_words.get(&format!("{} {}", full_form(words[0]), words[words.len() - 1])) {
                if t != i {
                    target[i] = t;
                }
            }
        }
        // Mentions of each full name with its variants.
        let mut weight: Vec<u64> = vec![0; n];
        for (i, &t) in target.iter().enumerate() {
            weight[t] += self.entities[i].mentions;
        }
        let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            if person(e) && e.key.contains(' ') && target[i] == i {
                let last = e.key.rsplit(' ').next().unwrap_or("");
                if !suffix(last) {
                    by_last.entry(last).or_default().push(i);
                }
            }
        }
        // A surname alone joins the only full name it ends, or the one the corpus
        // names far more than any other (ten mentions or more, and three times the
        // next): in a corpus of "Donald Trump" 600 times and "Ivana Trump" four,
        // "Trump" alone is Donald Trump. Two names of like weight ("George W. Bush",
        // "Billy Bush") leave the surname alone.
        for (i, e) in self.entities.iter().enumerate() {
            if e.kind == EntityType::Person && !e.key.contains(' ') {
                if let Some(c) = by_last.get(e.key.as_str()) {
                    // Heaviest first; the earlier entity on ties.
                    let mut ranked = c.clone();
                    ranked.sort_unstable_by_key(|&x| (std::cmp::Reverse(weight[x]), x));
                    let w = |k: usize| ranked.get(k).map_or(0, |&x| weight[x]);
                    if ranked.len() == 1 || (w(0) >= 10 && w(0) >= 3 * w(1)) {
                        target[i] = ranked[0];
                    }
                }
            }
        }
        // One name, one type across the corpus: an entity joins the same name's most-mentioned
        // type (a place standing for its government stays apart).
        // A name that joined a full name still counts here, so the same name of another
        // type follows it there ("Trump" tagged an organisation follows "Trump" the person
        // into "Donald Trump").
        let mut best_of_key: HashMap<(&str, bool), usize> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate() {
            let b = best_of_key.entry((e.key.as_str(), e.metonymy)).or_insert(i);
            if e.mentions > self.entities[*b].mentions {
                *b = i;
            }
        }
        for (i, t) in target.iter_mut().enumerate() {
            if *t == i {
                let e = &self.entities[i];
                if let Some(&b) = best_of_key.get(&(e.key.as_str(), e.metonymy)) {
                    *t = b;
                }
            }
        }
        // Follow chains (a surname joined a full name that joined another type) to their end.
        for i in 0..n {
            let mut t = target[i];
            let mut steps = 0;
            while target[t] != t && steps < n {
                t = target[t];
                steps += 1;
            }
            target[i] = t;
        }
        let outlet_keys: std::collections::HashSet<String> = outlets.iter().map(|o| outlet_key(o)).collect();
        // Merge the sources into their targets.
        for (i, &t) in target.iter().enumerate() {
            if t == i {
                continue;
            }
            let src = std::mem::take(&mut self.entities[i].articles);
            let (name, aliases, mentions, roles) = {
                let s = &self.entities[i];
                (s.name.clone(), s.aliases.clone(), s.mentions, s.roles)
            };
            let d = &mut self.entities[t];
            d.mentions += mentions;
            d.articles.extend(src);
            d.articles.sort_unstable();
            d.articles.dedup();
            for a in std::iter::once(name).chain(aliases) {
                if a != d.name && !d.aliases.contains(&a) && d.aliases.len() < MAX_ALIASES {
                    d.aliases.push(a);
                }
            }
            for (dr, r) in d.roles.iter_mut().zip(roles) {
                *dr += r;
            }
        }
        for (i, e) in self.entities.iter_mut().enumerate() {
            if target[i] != i {
                continue; // merged into another entity, dropped below
            }
            if outlet_keys.contains(&e.key) {
                e.kind = EntityType::Organization;
                e.role = "outlet";
            } else {
                let r = e.roles;
                e.role = if r[0] >= r[1] && r[0] >= r[2] && r[0] > 0 {
                    "outlet"
                } else if r[1] > r[2] {
                    "author"
                } else {
                    "participant"
                };
            }
        }
        let mut out: Vec<CorpusEntity> =
            self.entities.into_iter().zip(target).enumerate().filter(|(i, (_, t))| t == i).map(|(_, (e, _))| e).collect();
        // Stable: ties keep their order of first appearance.
        out.sort_by_key(|e| std::cmp::Reverse(e.mentions));
        out
    }
}

/// Words of people named in full in the article: "Ford" after "Gerald Ford" is no
/// company. A name counts when each word opens with a capital and holds no digit
/// ("150px Airbus", an image caption's leftover, names no one).
pub(crate) fn full_name_words<'t>(text: &'t str, mentions: &[Mention]) -> std::collections::HashSet<&'t str> {
    mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .map(|m| &text[m.start..m.end])
        .filter(|n| n.contains(' ') && !crate::companies::is_company(n))
        .filter(|n| n.split(' ').all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())))
        .flat_map(|n| n.split(' '))
        .collect()
}
