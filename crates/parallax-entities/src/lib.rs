//! Named entities: who and what an article names, with offsets.
//!
//! Pipeline per article:
//! 1. [`tokens`]: word tokens with byte offsets, sentence by sentence.
//! 2. [`tagger`]: a greedy averaged-perceptron BIO tagger (weights shipped in
//!    `model/ner.bin.gz`, made by `examples/train.rs`; see `model/MODEL.md`)
//!    tags person, organisation, place, facility, group (nationalities,
//!    parties), product, event, work and law names.
//! 3. Context rules ([`rules`]): titles before a capitalised name make a
//!    person (`Chancellor Scholz`); ship prefixes and ship nouns make a vessel
//!    (`the USS Ronald Reagan`), and a "person" after `the` is a named thing, not
//!    a person; a place that speaks or acts (`Beijing warned`, `Downing
//!    Street said`) is the government (organisation, `metonymy`); the
//!    article's own outlet is an organisation with the role `outlet`; a
//!    company designator (`Chrysler LLC`) or an organisation noun before the
//!    name (`automaker Chrysler`) makes an organisation; a facility head
//!    (`Museum of Flight`) makes a facility; time zones are not names; the
//!    dateline's place (`BROVA, March 3 —`) is a place.
//! 4. Aliases ([`alias`]): mentions of one entity in an article are merged
//!    (full name and surname, with and without diacritics or titles,
//!    acronyms of organisation names); [`Corpus`] merges them across articles.
//!
//! Nothing here prints or fails: a model that cannot be read yields no
//! mentions and an error string for the caller to report.

pub mod alias;
mod companies;
pub mod rules;
pub mod tagger;
pub mod tokens;

use std::sync::LazyLock;

use serde::Serialize;

pub use alias::{fold, Corpus, CorpusEntity, EntityRef, LocalEntity};
use tagger::{Model, MODEL_TYPES};
use tokens::{tokenize, Token};

/// What kind of thing a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
    /// Buildings, airports, bridges, roads.
    Facility,
    /// Nationalities, religious and political groups (`German`, `Democrats`).
    Group,
    Product,
    Event,
    /// Titles of books, films, songs, reports.
    Work,
    Law,
    /// Ships and other named craft.
    Vessel,
}

impl EntityType {
    pub const ALL: [EntityType; 10] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Place,
        EntityType::Facility,
        EntityType::Group,
        EntityType::Product,
        EntityType::Event,
        EntityType::Work,
        EntityType::Law,
        EntityType::Vessel,
    ];
    /// The type named by [`EntityType::name`].
    pub fn from_name(s: &str) -> Option<EntityType> {
        Self::ALL.into_iter().find(|t| t.name() == s)
    }
    pub fn name(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
            EntityType::Facility => "facility",
            EntityType::Group => "group",
            EntityType::Product => "product",
            EntityType::Event => "event",
            EntityType::Work => "work",
            EntityType::Law => "law",
            EntityType::Vessel => "vessel",
        }
    }
}

/// One mention: a `[start, end)` byte range of the text, its type, and the
/// article-level entity it belongs to (an index into the entities returned
/// with it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    /// A place name standing for its government (`Beijing warned`).
    pub metonymy: bool,
    /// Title words written before the name (`Chancellor`), kept for nominal references.
    pub title: Option<String>,
    pub entity: usize,
    /// A name inside a longer one: the state in a state body's name (`US` in `the US Air
    /// Force`). It overlaps the longer mention, which comes right after it; passes that
    /// read one name per place in the text skip it.
    pub nested: bool,
}

impl Mention {
    /// A mention a pass found: not yet linked, no title, not nested.
    pub(crate) fn found(start: usize, end: usize, kind: EntityType) -> Mention {
        Mention { start, end, kind, metonymy: false, title: None, entity: 0, nested: false }
    }
}

/// What the caller knows about the article beyond its text.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The article's outlet name: a mention of it is an organisation with the role `outlet`.
    pub outlet: Option<&'a str>,
    /// Author names from the byline: a mention of one has the role `author`.
    pub authors: &'a [String],
    /// The byte range of the dateline's place (`BROVA` in `BROVA, March 3 —`):
    /// a place, whatever the tagger made of its capitals.
    pub dateline_place: Option<(usize, usize)>,
    /// The headline, when it is not part of the text: a river or lake it names in full
    /// ("… as the Orva River rises") types the body's bare name ("The Orva is expected to
    /// peak").
    pub title: Option<&'a str>,
}

static EMBEDDED: &[u8] = include_bytes!("../model/ner.bin.gz");

/// The tagger with the weights shipped in the crate.
pub struct Recognizer {
    model: Model,
}

static DEFAULT: LazyLock<Result<Recognizer, String>> = LazyLock::new(|| Recognizer::from_bytes(EMBEDDED));

impl Recognizer {
    /// The shipped model (read once per process).
    pub fn shipped() -> Result<&'static Recognizer, &'static str> {
        DEFAULT.as_ref().map_err(|e| e.as_str())
    }

    /// A model from bytes written by `examples/train.rs`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Recognizer, String> {
        Ok(Recognizer { model: Model::read(bytes)? })
    }

    /// Raw model spans of one sentence: (token range, model type).
    fn tag_sentence(&self, text: &str, toks: &[Token]) -> Vec<(usize, usize, EntityType)> {
        tagger::spans(&self.model.tag(text, toks)).into_iter().map(|(a, b, t)| (a, b, MODEL_TYPES[t])).collect()
    }

    /// Mentions and article-level entities of `text`, sentence by sentence.
    pub fn analyze(&self, text: &str, sentences: &[(usize, usize)], ctx: &Context) -> (Vec<Mention>, Vec<LocalEntity>) {
        let mut mentions = Vec::new();
        // Every sentence's tokens, kept for the article-wide pass after tagging.
        let mut toks = Vec::new();
        let mut bounds = Vec::with_capacity(sentences.len());
        let ships = std::cell::OnceCell::new();
        for &(from, to) in sentences {
            if from >= to || to > text.len() || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
                continue;
            }
            let first = toks.len();
            tokenize(text, from, to, &mut toks);
            let sentence = &toks[first..];
            let raw = self.tag_sentence(text, sentence);
            rules::apply(text, sentence, raw, ctx, &ships, &mut mentions);
            bounds.push(first..toks.len());
        }
        let entities = resolve(text, &toks, &bounds, ctx, &self.model.lexicon, &mut mentions);
        debug_assert!(
            mentions.iter().filter(|m| !m.nested).collect::<Vec<_>>().windows(2).all(|w| w[0].end <= w[1].start),
            "mentions overlap"
        );
        (mentions, entities)
    }
}

/// The article-wide passes after tagging, sentence by sentence: names the tagger missed,
/// words that are no names, the dateline's place, one type per name, then aliases
/// linked into entities.
pub(crate) fn resolve(
    text: &str,
    toks: &[Token],
    bounds: &[std::ops::Range<usize>],
    ctx: &Context,
    lexicon: &tagger::Lexicon,
    mentions: &mut Vec<Mention>,
) -> Vec<LocalEntity> {
    let dateline = ctx.dateline_place.filter(|&(a, b)| a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
    trim_dangling_words(text, mentions);
    drop_lowercase_words(text, lexicon, mentions);
    spot_storms(text, toks, mentions);
    spot_lowercase_brands(text, toks, mentions);
    spot_hub_places(text, toks, lexicon, mentions);
    spot_based_places(text, toks, mentions);
    spot_described_organisations(text, toks, mentions);
    spot_affiliations(text, toks, mentions);
    surnames(text, toks, bounds, dateline.map(|(a, b)| &text[a..b]), mentions);
    drop_common_words(text, mentions);
    drop_titles(text, mentions);
    names_across_and(text, lexicon, mentions);
    spot_companies(text, mentions);
    drop_in_foreign_quotations(text, mentions);
    spot_teams(text, toks, mentions);
    party_nicknames(text, mentions);
    possessive_bodies(text, mentions);
    types_from_context(text, mentions);
    event_names(text, mentions);
    publications(text, mentions);
    if let Some((a, b)) = dateline {
        mentions.retain(|m| m.end <= a || b <= m.start);
        let at = mentions.partition_point(|m| m.start < a);
        mentions.insert(at, Mention::found(a, b, EntityType::Place));
    }
    alias::vote_types(text, mentions, dateline);
    listed_products(text, mentions);
    if let Some(title) = ctx.title {
        title_places(title, text, mentions);
    }
    extend_to_known_names(text, mentions);
    extend_to_known_given_names(text, mentions);
    let mut entities = alias::link(text, mentions, ctx);
    neuter_names(text, mentions, &mut entities);
    nested_states(text, mentions, &mut entities);
    // A dateline's place written in capitals ("KELLBY, Nov 20 —") is named in title
    // case, as the article would write it; the capitals stay an alias.
    if let Some((a, b)) = dateline {
        if let Some(e) = mentions.iter().find(|m| m.start == a && m.end == b).and_then(|m| entities.get_mut(m.entity)) {
            let letters = e.name.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 3 && !e.name.chars().any(char::is_lowercase) {
                let titled = title_case(&e.name);
                let caps = std::mem::replace(&mut e.name, titled);
                if !e.aliases.contains(&caps) {
                    e.aliases.insert(0, caps);
                }
            }
        }
    }
    entities
}

/// The mentions that may overlap `[start, end)`, for passes that add names between the
/// tagger's: those starting before `end`, back to a few before (mentions are in text
/// order and, before [`nested_states`], do not overlap), so a pass costs the same for
/// each candidate however long the article.
fn near(mentions: &[Mention], start: usize, end: usize) -> &[Mention] {
    debug_assert!(start <= end);
    let to = mentions.partition_point(|m| m.start < end);
    &mentions[to.saturating_sub(8)..to]
}

/// Whether a mention already covers part of `[start, end)` (see [`near`]).
fn taken(mentions: &[Mention], start: usize, end: usize) -> bool {
    near(mentions, start, end).iter().any(|m| m.start < end && start < m.end)
}

/// Mentions found by a pass over the article, added in text order.
fn add_mentions(mentions: &mut Vec<Mention>, added: Vec<Mention>) {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.start, m.end));
    }
}

/// A name written with a lowercase letter before its capital ("iPod", "eReader",
/// "iPhone") is a product, with the capitalised words or numbers right after it ("the
/// iPod Classic, Nano and Shuffle", "the iPhone 4"), also where the tagger saw nothing;
/// one that is a listed company ("eBay") is the company. Units ("kWh") and acronyms
/// ("mRNA", "pH") are no names: the capital is followed by two lowercase letters or more.
fn spot_lowercase_brands(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    // (read as bytes: every token passes here, and the test allocates nothing)
    let brand = |w: &str| match w.as_bytes() {
        [a, b, rest @ ..] => a.is_ascii_lowercase() && b.is_ascii_uppercase() && rest.len() >= 2 && rest.iter().all(u8::is_ascii_lowercase),
        _ => false,
    };
    let mut added = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !brand(&text[toks[i].start..toks[i].end]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && j < i + 4 && &text[toks[j - 1].end..toks[j].start] == " " {
            let w = &text[toks[j].start..toks[j].end];
            let named = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && w.chars().all(char::is_alphanumeric);
            if !named {
                break;
            }
            j += 1;
        }
        let (start, end) = (toks[i].start, toks[j - 1].end);
        // the tagger's mentions inside the name give way; one reaching outside it stays
        if !near(mentions, start, end).iter().any(|m| m.start < end && start < m.end && (m.start < start || m.end > end)) {
            mentions.retain(|m| !(start <= m.start && m.end <= end));
            let kind = if j == i + 1 && companies::is_company(&text[start..end]) { EntityType::Organization } else { EntityType::Product };
            added.push(Mention::found(start, end, kind));
        }
        i = j;
    }
    add_mentions(mentions, added);
}

/// A name the tagger missed before an airport or a harbour, written lowercase ("landing
/// at Kellby airport", "Selka harbour was closed"), is a place: one or two capitalised
/// words the capitalisation lexicon does not know as common words.
fn spot_hub_places(text: &str, toks: &[Token], lex: &tagger::Lexicon, mentions: &mut Vec<Mention>) {
    let name_word = |t: &Token| {
        let w = &text[t.start..t.end];
        w.starts_with(|c: char| c.is_uppercase())
            && w.chars().count() >= 3
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(lex.bin(&w.to_lowercase()), 1 | 2)
            && !rules::is_title(w)
    };
    let mut added = Vec::new();
    for i in 1..toks.len() {
        let hub = &text[toks[i].start..toks[i].end];
        if !matches!(hub, "airport" | "harbour" | "harbor" | "airbase" | "seaport") || !name_word(&toks[i - 1]) {
            continue;
        }
        let mut a = i - 1;
        if a > 0 && name_word(&toks[a - 1]) && &text[toks[a - 1].end..toks[a].start] == " " {
            a -= 1;
        }
        let (start, end) = (toks[a].start, toks[i - 1].end);
        if &text[end..toks[i].start] != " " || taken(mentions, start, end) {
            continue;
        }
        added.push(Mention::found(start, end, EntityType::Place));
    }
    add_mentions(mentions, added);
}

/// The place in "the Kellby-based carrier", "a Brova-headquartered bank": a capitalised
/// word joined to "-based" before a company noun (within two words) names where the
/// company is. Not before other nouns: "a Linux-based server" names no place.
fn spot_based_places(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = &text[t.start..t.end];
        let Some(place) = w.strip_suffix("-based").or_else(|| w.strip_suffix("-headquartered")) else { continue };
        let proper = place.starts_with(|c: char| c.is_uppercase())
            && place.chars().count() >= 3
            && place.chars().all(|c| c.is_alphabetic() || c == '-' || c == ' ');
        let company = toks[i + 1..].iter().take(3).any(|n| rules::ORG_NOUNS.contains(&&text[n.start..n.end]));
        if !proper || !company {
            continue;
        }
        let (start, end) = (t.start, t.start + place.len());
        if taken(mentions, t.start, t.end) {
            // the tagger's mention of the whole word gives way to the place in it
            mentions.retain(|m| !(m.start >= t.start && m.end <= t.end));
            if taken(mentions, t.start, t.end) {
                continue;
            }
        }
        added.push(Mention::found(start, end, EntityType::Place));
    }
    add_mentions(mentions, added);
}

/// A show, fair or festival named by its place or organiser is an event, not the place
/// ("the Kellby Air Show", "the Brova Book Fair"): the name takes in the capitalised words
/// up to the event's head, and the mentions of those words give way.
fn event_names(text: &str, mentions: &mut Vec<Mention>) {
    // ("Games" is no head: "Kellby Games" is as often a studio)
    const HEADS: [&str; 9] = ["Show", "Airshow", "Expo", "Fair", "Festival", "Olympics", "Marathon", "Carnival", "Exhibition"];
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        if m.kind == EntityType::Person {
            i += 1;
            continue;
        }
        let mut end = m.end;
        let mut head_at = None;
        let mut rest = &text[m.end..];
        for _ in 0..3 {
            let Some(r) = rest.strip_prefix(' ') else { break };
            let w_len = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
            let w = &r[..w_len];
            if !w.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            end += 1 + w_len;
            rest = &r[w_len..];
            if HEADS.contains(&w) {
                head_at = Some(end);
                break;
            }
        }
        let own_head = text[m.start..m.end].rsplit(' ').next().is_some_and(|w| HEADS.contains(&w) && m.start + w.len() < m.end);
        if let Some(end) = head_at {
            let (start, from) = (m.start, m.end);
            // the words taken in may be mentions of their own ("Air Show" as an organisation)
            let swallowed = |n: &Mention| n.start >= from && n.end <= end;
            let crosses = near(mentions, start, end).iter().any(|n| n.end > end);
            if !crosses {
                mentions.retain(|n| !swallowed(n));
                let m = &mut mentions[i];
                debug_assert_eq!(m.start, start);
                m.end = end;
                m.kind = EntityType::Event;
                m.metonymy = false;
            }
        } else if own_head {
            mentions[i].kind = EntityType::Event;
            mentions[i].metonymy = false;
        }
        i += 1;
    }
}

/// The state a state body is named by is a place mention of its own, inside the body's:
/// a country's name (or its usual abbreviation) opening the name of a government, an
/// armed force, a court, a legislature or an agency ("the US Air Force", "the Norway
/// Supreme Court", "the UK Treasury"). A company named after a country names no place
/// ("Qatar Airways"). The nested mention is linked to the article's entity for the
/// place (a country's aliases are one: "U.S." is the United States), or to a new one.
fn nested_states(text: &str, mentions: &mut Vec<Mention>, entities: &mut Vec<alias::LocalEntity>) {
    const ABBREVIATIONS: [&str; 6] = ["US", "U.S.", "USA", "UK", "U.K.", "EU"];
    const BODY_WORDS: [&str; 33] = [
        "Government",
        "Air",
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Marine",
        "Marines",
        "Coast",
        "Guard",
        "Treasury",
        "Senate",
        "Congress",
        "Parliament",
        "Cabinet",
        "Department",
        "Ministry",
        "Office",
        "Bureau",
        "Agency",
        "Administration",
        "Service",
        "Commission",
        "Council",
        "Court",
        "Federal",
        "Reserve",
        "Embassy",
        "Police",
        "Space",
        "RAF",
        "Party",
        "House",
    ];
    let mut added = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Organization && !m.nested) {
        let name = &text[m.start..m.end];
        // (the body's word first: most organisations have none, and skip the country list)
        if !name.split(' ').skip(1).any(|w| BODY_WORDS.contains(&w)) {
            continue;
        }
        let state = ABBREVIATIONS
            .iter()
            .chain(rules::COUNTRIES)
            .filter(|c| name.len() > c.len() && name.starts_with(**c) && name[c.len()..].starts_with(' '))
            .max_by_key(|c| c.len());
        let Some(state) = state else { continue };
        if !name[state.len()..].split(' ').any(|w| BODY_WORDS.contains(&w)) {
            continue;
        }
        let key = alias::place_key(state);
        let entity = match entities.iter().position(|e| e.kind == EntityType::Place && !e.metonymy && e.key == key) {
            Some(e) => {
                entities[e].mentions += 1;
                if entities[e].name != *state && !entities[e].aliases.iter().any(|a| a == state) {
                    entities[e].aliases.push(state.to_string());
                }
                e
            }
            None => {
                entities.push(alias::LocalEntity {
                    name: state.to_string(),
                    kind: EntityType::Place,
                    aliases: Vec::new(),
                    mentions: 1,
                    role: "participant",
                    metonymy: false,
                    titles: Vec::new(),
                    key,
                });
                entities.len() - 1
            }
        };
        let end = m.start + state.len();
        added.push(Mention { start: m.start, end, kind: EntityType::Place, metonymy: false, title: None, entity, nested: true });
    }
    add_mentions(mentions, added);
}

/// A storm named with its kind ("Storm Halvar swept across …", "Hurricane Ida") is an
/// event also where the tagger saw nothing: the kind and the capitalised word after it.
fn spot_storms(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    // A storm's name: one capitalised word of three letters or more.
    let storm_name = |t: &Token| {
        let w = &text[t.start..t.end];
        w.len() >= 3 && w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    // "Hurricanes Harvey and Irma": two storms, each named by its word alone (the tagger
    // reads "Hurricanes Harvey" as a place and "Irma" as a person).
    for run in toks.windows(4) {
        let plural = text[run[0].start..run[0].end].strip_suffix('s').is_some_and(|k| rules::STORM_PREFIXES.contains(&k));
        if plural && storm_name(&run[1]) && &text[run[2].start..run[2].end] == "and" && storm_name(&run[3]) {
            mentions.retain(|m| m.end <= run[0].start || m.start >= run[3].end);
            added.push(Mention::found(run[1].start, run[1].end, EntityType::Event));
            added.push(Mention::found(run[3].start, run[3].end, EntityType::Event));
        }
    }
    for pair in toks.windows(2) {
        let kind = &text[pair[0].start..pair[0].end];
        if !rules::STORM_PREFIXES.contains(&kind) || !storm_name(&pair[1]) || text[pair[0].end..pair[1].start] != *" " {
            continue;
        }
        let (start, end) = (pair[0].start, pair[1].end);
        if taken(mentions, start, end) {
            continue;
        }
        added.push(Mention::found(start, end, EntityType::Event));
    }
    add_mentions(mentions, added);
}

/// A capitalised word set off before a description as an organisation ("Nordnett, the grid
/// operator, said …", "Brokk, a software firm, …") is that organisation, also where the
/// tagger saw nothing: the description is "the" or "a", at most two words, and one of
/// [`rules::ORG_NOUNS`] before a comma.
fn spot_described_organisations(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let mut added = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let name = &text[t.start..t.end];
        if !name.starts_with(char::is_uppercase) || name.len() < 3 || !name.chars().all(char::is_alphabetic) {
            continue;
        }
        let word = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
        if word(i + 1) != "," || !matches!(word(i + 2), "the" | "a" | "an") {
            continue;
        }
        // the org noun within three words, then a comma
        let Some(k) = (i + 3..i + 6).find(|&k| word(k) == ",") else { continue };
        // (the description's own name may follow it instead: "Initially, the Italian
        // company, Fiat, will …"; nor is an adverb a name)
        if k == i + 3 || !rules::ORG_NOUNS.contains(&word(k - 1)) || word(k + 1).starts_with(char::is_uppercase) || name.ends_with("ly") {
            continue;
        }
        // not a word inside a longer capitalised run ("Port Aven, the operator, …")
        if i > 0 && word(i - 1).starts_with(char::is_uppercase) && text[toks[i - 1].end..t.start] == *" " {
            continue;
        }
        if mentions.iter().any(|m| m.start < t.end && t.start < m.end) || parallax_text::lexicon::is_stop(&name.to_lowercase()) {
            continue;
        }
        added.push(Mention::found(t.start, t.end, EntityType::Organization));
    }
    add_mentions(mentions, added);
}

/// One to three capitalised words the tagger left after a person's name and "of" are the
/// person's organisation: "Kari Moen of Clean Fjords told reporters".
fn spot_affiliations(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let places: std::collections::HashSet<&str> =
        mentions.iter().filter(|m| m.kind == EntityType::Place).flat_map(|m| text[m.start..m.end].split_whitespace()).collect();
    let mut added = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == EntityType::Person) {
        let i = toks.partition_point(|t| t.start < m.end);
        let word = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
        if word(i) != "of" {
            continue;
        }
        let name_word = |k: usize| {
            let w = word(k);
            w.starts_with(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !parallax_text::lexicon::CALENDAR_WORDS.contains(&w.to_lowercase().as_str())
                && !parallax_text::lexicon::is_stop(&w.to_lowercase())
        };
        let mut j = i + 1;
        while j < i + 4 && name_word(j) {
            j += 1;
        }
        // (one word is as often a place: "Chancellor Dieter Kranz of Ostmark"; so are "North
        // Selka" and the words of a place the article names)
        if j < i + 3
            || name_word(j)
            || word(j).starts_with(char::is_uppercase)
            || alias::PLACE_PARTS.contains(&word(i + 1).to_lowercase().as_str())
            || matches!(word(i + 1), "New" | "Upper" | "Lower" | "Saint" | "St" | "San" | "Santa")
            || (i + 1..j).any(|k| places.contains(word(k)))
        {
            continue;
        }
        let (start, end) = (toks[i + 1].start, toks[j - 1].end);
        if mentions.iter().any(|o| o.start < end && start < o.end) {
            continue;
        }
        added.push(Mention::found(start, end, EntityType::Organization));
    }
    add_mentions(mentions, added);
}

/// Nouns of a country's institutions: a name right before one, after "the", is the
/// country ("the Ostmark parliament").
const STATE_NOUNS: &[&str] = &[
    "parliament",
    "government",
    "army",
    "navy",
    "police",
    "military",
    "cabinet",
    "embassy",
    "coast",
    "border",
    "economy",
    "capital",
    "authorities",
    "treasury",
    "president",
    "prime",
];

/// A name that a piece of writing appeared in is the outlet that published it, an
/// organisation, whatever the tagger said: "an April report in Ars Technica", "an
/// op-ed in Brova Today", "a 2019 interview in Wired". A country or capital stays a
/// place ("an article in Berlin"); after "report" or "story", which are also filed
/// from places ("a report in Kellby said"), only a name of two words or more counts.
fn publications(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityType::Place | EntityType::Person | EntityType::Product | EntityType::Facility) {
            continue;
        }
        let name = &text[m.start..m.end];
        let Some(before) = text[..m.start].trim_end().strip_suffix(" in") else { continue };
        // the piece is one of the three words before "in" ("a report published in" too)
        let lo = before.len().saturating_sub(60);
        let lo = (lo..before.len()).find(|&i| before.is_char_boundary(i)).unwrap_or(before.len());
        let words: Vec<&str> = before[lo..].split_whitespace().rev().take(3).collect();
        let piece = words.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase()).find_map(|w| {
            match w.as_str() {
                "article" | "articles" | "op-ed" | "editorial" | "column" | "interview" | "essay" | "commentary" | "piece" => Some(false),
                "report" | "reports" | "story" | "stories" => Some(true),
                _ => None,
            }
        });
        let Some(filed_from_places) = piece else { continue };
        if rules::COUNTRIES.contains(&name) || rules::CAPITALS.contains(&name) || (filed_from_places && !name.contains(' ')) {
            continue;
        }
        m.kind = EntityType::Organization;
        m.metonymy = false;
    }
}

/// Types the words around a one-word name decide, whatever the tagger said:
/// - "the Ostmark parliament", "the Selka government": a place (the country);
/// - "from Kellby to Varnholm": both places, when the first is one;
/// - "Vellmar shares rose" after "Vellmar Technologies": the company, not the chief
///   executive who shares its name.
fn types_from_context(text: &str, mentions: &mut [Mention]) {
    let orgs: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Organization && text[m.start..m.end].contains(' '))
        .map(|m| text[m.start..m.end].to_string())
        .collect();
    for i in 0..mentions.len() {
        let (start, end, kind) = (mentions[i].start, mentions[i].end, mentions[i].kind);
        let name = &text[start..end];
        if name.contains(' ') {
            if let Some(k) = multiword_type(text, start, end, kind) {
                mentions[i].kind = k;
            }
            continue;
        }
        let before = text[..start].trim_end();
        let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let after = text[end..].trim_start();
        let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let state = prev.eq_ignore_ascii_case("the")
            && kind == EntityType::Organization
            && STATE_NOUNS.contains(&next)
            && text[end..].starts_with(' ');
        let route = prev == "to"
            && matches!(kind, EntityType::Organization | EntityType::Person)
            && i > 0
            && mentions[i - 1].kind == EntityType::Place
            && text[..mentions[i - 1].start].trim_end().ends_with(" from")
            && text[mentions[i - 1].end..start].trim() == "to";
        // A doctrine named after its founder is a political group's creed, not a place or a
        // person: "Trumpism", "Thatcherism", "Peronism".
        let doctrine =
            name.len() > 5 && name.ends_with("ism") && name.starts_with(char::is_uppercase) && !name[1..].contains(char::is_uppercase);
        if doctrine {
            mentions[i].kind = EntityType::Group;
        } else if state || route {
            mentions[i].kind = EntityType::Place;
        } else if alias::shares_after(text, end) && orgs.iter().any(|o| o.split(' ').next() == Some(name)) {
            mentions[i].kind = EntityType::Organization;
        }
    }
}

/// The type a longer name's words and place give it, over the tagger's:
/// - a legislature's party members are people ("Senate Democrats", "House Republicans");
/// - a centre in a city, or one something is taken to or from, is a place ("sent to the
///   Vell Science Center", "the Kell Convention Center in Brova"; not "the Center for
///   Policy Studies", an organisation named by what it does);
/// - a study is a work ("the National Diet Study").
fn multiword_type(text: &str, start: usize, end: usize, kind: EntityType) -> Option<EntityType> {
    let name = &text[start..end];
    let words: Vec<&str> = name.split(' ').collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    let members = matches!(first, "Senate" | "House" | "Congressional" | "Parliamentary" | "Assembly")
        && matches!(last, "Democrats" | "Republicans" | "Conservatives" | "Liberals" | "Tories" | "Socialists");
    if members && words.len() == 2 && kind != EntityType::Group {
        return Some(EntityType::Group);
    }
    let of_or_for = words.iter().any(|w| matches!(*w, "of" | "for" | "on"));
    if kind == EntityType::Organization && matches!(last, "Center" | "Centre") && !of_or_for {
        let before = text[..start].trim_end();
        let before = before.strip_suffix(" the").or_else(|| before.strip_suffix(" The")).unwrap_or(before);
        let prev = before.rsplit(' ').next().unwrap_or("");
        let after = text[end..].strip_prefix(" in ").or_else(|| text[end..].strip_prefix(", "));
        let in_city = after.is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()));
        if in_city || matches!(prev, "to" | "from" | "into" | "inside" | "outside" | "near") {
            return Some(EntityType::Facility);
        }
    }
    if kind == EntityType::Organization && last == "Study" && !of_or_for {
        return Some(EntityType::Work);
    }
    None
}

/// A list that names a product names products: a one-word name joined to a product by
/// commas or "and" is another ("the Kell Pro, Nano and Shuffle", "the Vell Aspen, Cruiser
/// and Durango": not the towns), and so is a maker's model the tagger took for a person
/// ("existing Lockheed Tristar and Vickers VC-10 aircraft"). An item the tagger missed
/// between two listed names is a product too ("the Chrysler Aspen, PT Cruiser, and Durango").
/// A person stays a person ("the Kell Pro and Ada Lind" is rare enough, and a name of two
/// words or more keeps its type unless its first words are a listed maker).
fn listed_products(text: &str, mentions: &mut Vec<Mention>) {
    let sep = |gap: &str| matches!(gap, ", " | " and " | ", and " | " or " | ", or " | " & ");
    // A gap that is itself an item: ", PT Cruiser, and " (one to three capitalised words
    // between separators). Gives the item's byte range within the gap.
    let item_in = |gap: &str| -> Option<(usize, usize)> {
        let inner = gap.strip_prefix(", ")?;
        let cut = [", and ", ", or ", ", ", " and ", " or "].iter().filter_map(|s| inner.find(s)).min()?;
        let (item, rest) = (&inner[..cut], &inner[cut..]);
        let words: Vec<&str> = item.split(' ').collect();
        let capitalised =
            words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric() || c == '-'));
        (!item.is_empty() && words.len() <= 3 && capitalised && sep(rest)).then_some((2, 2 + item.len()))
    };
    let joined = |gap: &str| sep(gap) || item_in(gap).is_some();
    let mut missed = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        // the run of mentions from i joined by list separators
        let mut j = i + 1;
        while j < mentions.len() && mentions[j - 1].end <= mentions[j].start && joined(&text[mentions[j - 1].end..mentions[j].start]) {
            j += 1;
        }
        if j - i >= 2 && mentions[i..j].iter().any(|m| m.kind == EntityType::Product) {
            // A list the kind of its products closes names no person either: "the Vell Orbit
            // 3, Lumen and Vela phones".
            let kind_after = text[mentions[j - 1].end..].split_whitespace().next().is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                matches!(
                    w,
                    "phones"
                        | "smartphones"
                        | "laptops"
                        | "tablets"
                        | "models"
                        | "cars"
                        | "vehicles"
                        | "jets"
                        | "aircraft"
                        | "planes"
                        | "consoles"
                )
            });
            for k in i..j {
                let words: Vec<&str> = text[mentions[k].start..mentions[k].end].split(' ').collect();
                let kinds = if kind_after {
                    &[EntityType::Place, EntityType::Organization, EntityType::Person][..]
                } else {
                    &[EntityType::Place, EntityType::Organization][..]
                };
                let one_word = words.len() == 1 && kinds.contains(&mentions[k].kind);
                let maker_model = mentions[k].kind == EntityType::Person && companies::maker_prefix(&words).is_some();
                if one_word || maker_model {
                    mentions[k].kind = EntityType::Product;
                }
                if k + 1 < j {
                    let from = mentions[k].end;
                    if let Some((a, b)) = item_in(&text[from..mentions[k + 1].start]) {
                        let kind = EntityType::Product;
                        missed.push(Mention::found(from + a, from + b, kind));
                    }
                }
            }
        }
        i = j;
    }
    if !missed.is_empty() {
        mentions.extend(missed);
        mentions.sort_by_key(|m| m.start);
    }
}

/// A party named by its members ("the Greens", "the Tories").
pub(crate) const PARTY_NICKNAMES: &[&str] = &[
    "Greens",
    "Liberals",
    "Conservatives",
    "Tories",
    "Socialists",
    "Social Democrats",
    "Christian Democrats",
    "Nationalists",
    "Labourites",
    "Centrists",
    "Liberal Democrats",
    "Lib Dems",
    "Free Democrats",
    "Pirates",
];

/// A party named by its members after "the" ("coalition with the Greens") is the party, an
/// organisation, however the tagger typed it (it took "Greens" for a person).
fn party_nicknames(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let before = text[..m.start].trim_end();
        let the = before.rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if the && PARTY_NICKNAMES.contains(&&text[m.start..m.end]) {
            m.kind = EntityType::Organization;
        }
    }
}

/// A river, lake or mountain the headline names in full ("Flood warning as the Orva River
/// rises") makes its bare name in the text a place ("The Orva is expected to peak").
fn title_places(title: &str, text: &str, mentions: &mut [Mention]) {
    let words: Vec<&str> = title.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let bare: Vec<&str> = words
        .windows(2)
        .filter(|p| p.iter().all(|w| w.starts_with(char::is_uppercase)))
        .filter_map(|p| rules::geographic_bare_words(p[0], p[1]))
        .collect();
    if bare.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if bare.contains(&&text[m.start..m.end]) {
            m.kind = EntityType::Place;
            m.metonymy = false;
        }
    }
}

/// A party or union named with a possessive is one name: "the People's Party", "the
/// Workers' Party" (the tagger marked "People" and "Party", or "Workers" alone, as two
/// organisations or one).
fn possessive_bodies(text: &str, mentions: &mut Vec<Mention>) {
    // (a head's own mention is marked, then all go at once: removing one by one would be
    // quadratic in a long text)
    let mut gone = vec![false; mentions.len()];
    let mut i = 0;
    while i < mentions.len() {
        let end = mentions[i].end;
        let rest = &text[end..];
        let Some(after) = ["'s ", "’s ", "' ", "’ "].iter().find_map(|p| rest.strip_prefix(p)) else {
            i += 1;
            continue;
        };
        let head = after.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if !rules::BODY_HEADS.contains(&head) || text[mentions[i].start..end].contains(' ') {
            i += 1;
            continue;
        }
        let new_end = end + (rest.len() - after.len()) + head.len();
        // (the head's own mention, when the tagger marked it, is part of the name now)
        let mut skip = 1;
        if mentions.get(i + 1).is_some_and(|n| n.start < new_end) {
            if mentions[i + 1].end > new_end {
                i += 1;
                continue;
            }
            gone[i + 1] = true;
            skip = 2;
        }
        mentions[i].end = new_end;
        mentions[i].kind = EntityType::Organization;
        mentions[i].metonymy = false;
        i += skip;
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// Words of a match report: an article with three of them is about sport.
const SPORT_WORDS: &[&str] = &[
    "match",
    "derby",
    "goal",
    "goals",
    "header",
    "penalty",
    "half-time",
    "stoppage-time",
    "kick-off",
    "equaliser",
    "equalizer",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "league",
    "unbeaten",
    "scored",
    "scoring",
    "table",
    "fixture",
    "semi-final",
    "quarter-final",
    "final",
    "points",
    "season",
    "manager",
    "coach",
    "referee",
    "innings",
    "wickets",
    "touchdown",
    "playoff",
    "playoffs",
];

/// Words after a team's name that make it a team: its staff and players ("Kellby manager
/// Siv Olsen") and what a team does in a match ("Varnholm equalised", "Kellby host Nesvik").
const TEAM_WORDS: &[&str] = &[
    "manager",
    "coach",
    "boss",
    "captain",
    "striker",
    "goalkeeper",
    "keeper",
    "defender",
    "midfielder",
    "forward",
    "winger",
    "fans",
    "supporters",
    "players",
    "squad",
    "beat",
    "beats",
    "stun",
    "stunned",
    "equalised",
    "equalized",
    "drew",
    "host",
    "hosts",
    "hosted",
    "climb",
    "climbed",
    "thrashed",
    "edged",
    "trailed",
    "trail",
    "visit",
    "visited",
    "led",
];

/// Words after a team's possessive ("Kellby's unbeaten run").
const TEAM_POSSESSIONS: &[&str] =
    &["unbeaten", "winning", "lead", "defence", "defense", "attack", "goalkeeper", "manager", "coach", "fans", "captain", "striker"];

/// In a match report, a town's name that acts as a team ("Kellby went ahead after 12
/// minutes", "Kellby manager Siv Olsen", "Varnholm City ended Kellby's unbeaten run") is the
/// team, an organisation, at every mention, also where the tagger saw a person or nothing.
/// The article must read as sport (three of [`SPORT_WORDS`]) and the name must act as a
/// team at least once: before a word of [`TEAM_WORDS`], before "went ahead", before a
/// possession of [`TEAM_POSSESSIONS`], or with a team head of [`rules::TEAM_HEADS`] ("City", "United").
fn spot_teams(text: &str, toks: &[Token], mentions: &mut Vec<Mention>) {
    let word = |k: usize| toks.get(k).map_or("", |t| &text[t.start..t.end]);
    let sport = {
        let mut seen = std::collections::HashSet::new();
        for t in toks {
            let w = text[t.start..t.end].to_lowercase();
            if let Some(s) = SPORT_WORDS.iter().find(|s| **s == w) {
                seen.insert(*s);
            }
        }
        seen.len() >= 3
    };
    if !sport {
        return;
    }
    let name_word = |k: usize| {
        let w = word(k);
        w.len() >= 3
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !w.chars().all(char::is_uppercase)
            && !parallax_text::lexicon::is_stop(&w.to_lowercase())
            && !parallax_text::lexicon::CALENDAR_WORDS.contains(&w.to_lowercase().as_str())
            && !rules::TEAM_HEADS.contains(&w)
            && !rules::is_title(w)
    };
    // a name standing alone: no capitalised word right before it, unless it opens the sentence
    let alone = |k: usize| k == 0 || !word(k - 1).starts_with(char::is_uppercase) || matches!(word(k - 1), "." | "The");
    // (a word inside a longer person's name is the person's: "Emil Sand")
    debug_assert!(mentions.windows(2).all(|w| w[0].end <= w[1].start), "mentions in text order and apart");
    // (mentions are in text order and apart, so one binary search finds the one that may hold a word)
    let persons: Vec<(usize, usize)> =
        mentions.iter().filter(|m| m.kind == EntityType::Person && text[m.start..m.end].contains(' ')).map(|m| (m.start, m.end)).collect();
    let person_at = |k: usize| {
        let at = persons.partition_point(|&(_, b)| b <= toks[k].start);
        persons.get(at).is_some_and(|&(a, b)| a <= toks[k].start && toks[k].end <= b)
    };
    let mut teams: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for i in 0..toks.len() {
        if !name_word(i) || !alone(i) || person_at(i) {
            continue;
        }
        let next = word(i + 1);
        // what a team is in a match report: "host Nesvik", "three points clear of Nesvik"
        let prev = word(i.wrapping_sub(1));
        let opponent = matches!(prev, "host" | "hosts" | "hosted" | "beat" | "beats" | "against" | "visit" | "visits" | "face" | "faces")
            || (prev == "of" && matches!(word(i.wrapping_sub(2)), "clear" | "behind"));
        let acts = opponent
            || rules::TEAM_HEADS.contains(&next)
            || TEAM_WORDS.contains(&next)
            || (next == "went" && word(i + 2) == "ahead")
            || (matches!(next, "'s" | "’s") && TEAM_POSSESSIONS.contains(&word(i + 2)));
        if acts {
            teams.insert(word(i));
        }
    }
    if teams.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for i in 0..toks.len() {
        if !teams.contains(word(i)) || !alone(i) || person_at(i) {
            continue;
        }
        let end = if rules::TEAM_HEADS.contains(&word(i + 1)) && text[toks[i].end..toks[i + 1].start] == *" " {
            toks[i + 1].end
        } else {
            toks[i].end
        };
        let start = toks[i].start;
        let first = mentions.partition_point(|m| m.end <= start);
        let over: Vec<usize> = (first..mentions.len()).take_while(|&k| mentions[k].start < end).collect();
        match over.as_slice() {
            [] => added.push(Mention::found(start, end, EntityType::Organization)),
            [k] if mentions[*k].start == start && mentions[*k].end <= end => {
                mentions[*k].end = end;
                mentions[*k].kind = EntityType::Organization;
            }
            _ => {}
        }
    }
    add_mentions(mentions, added);
}

/// A mention that stops short of a longer organisation name the article writes in full
/// elsewhere, where the text goes on with the rest of it ("Labour" in "Labour Alliance
/// leader Per Vold" after "the Labour Alliance"), is that name.
fn extend_to_known_names(text: &str, mentions: &mut [Mention]) {
    // Organisations, and products with their model ("Lumen 4" against a "Lumen" in a
    // quotation, which the tagger took for a work), each with its type.
    let names: Vec<(&str, EntityType)> = {
        let mut v: Vec<(&str, EntityType)> = mentions
            .iter()
            .filter(|m| matches!(m.kind, EntityType::Organization | EntityType::Product))
            .map(|m| (&text[m.start..m.end], m.kind))
            .filter(|(n, _)| n.contains(' '))
            .collect();
        v.sort_unstable_by_key(|(n, k)| (*n, *k as usize));
        v.dedup_by_key(|(n, _)| *n);
        v
    };
    if names.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let (start, kind) = (mentions[i].start, mentions[i].kind);
        if matches!(kind, EntityType::Person | EntityType::Place) {
            continue;
        }
        let short = &text[start..mentions[i].end];
        let Some(&(longer, longer_kind)) = names
            .iter()
            .filter(|(n, k)| {
                n.len() > short.len()
                    && n.starts_with(short)
                    && n[short.len()..].starts_with(' ')
                    && (*k == kind || kind != EntityType::Organization)
            })
            .find(|(n, _)| {
                let end = start + n.len();
                text[start..].starts_with(*n) && !text[end..].starts_with(char::is_alphanumeric)
            })
        else {
            continue;
        };
        let end = start + longer.len();
        // (not over the next mention)
        if mentions.get(i + 1).is_some_and(|n| n.start < end) {
            continue;
        }
        mentions[i].end = end;
        mentions[i].kind = longer_kind;
    }
}

/// A person's surname alone where the article names the person in full elsewhere, right
/// after the given name the tagger left ("Anders Lie spoke" after "said Anders Lie, a
/// partner"), is the full name.
fn extend_to_known_given_names(text: &str, mentions: &mut [Mention]) {
    let full: Vec<&str> = {
        let mut v: Vec<&str> =
            mentions.iter().filter(|m| m.kind == EntityType::Person).map(|m| &text[m.start..m.end]).filter(|n| n.contains(' ')).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    if full.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let (m_start, m_end) = (mentions[i].start, mentions[i].end);
        let short = &text[m_start..m_end];
        if mentions[i].kind != EntityType::Person || short.contains(' ') {
            continue;
        }
        let Some(name) = full.iter().find(|n| {
            n.strip_suffix(short).and_then(|g| g.strip_suffix(' ')).is_some_and(|given| {
                !given.contains(' ')
                    && m_start > given.len()
                    && text.as_bytes()[m_start - 1] == b' '
                    && text[..m_start - 1].ends_with(given)
                    && {
                        let at = m_start - 1 - given.len();
                        !text[..at].ends_with(|c: char| c.is_alphanumeric())
                    }
            })
        }) else {
            continue;
        };
        let start = m_end - name.len();
        // (not over the mention before)
        if i > 0 && mentions[i - 1].end > start {
            continue;
        }
        mentions[i].start = start;
    }
}

/// A listed company the article names somewhere ([`companies`]) is named wherever else
/// it is written, also where the tagger saw nothing ("Boeing pushes back …" in a headline),
/// unless a person named in full bears the name.
fn spot_companies(text: &str, mentions: &mut Vec<Mention>) {
    let mut listed: Vec<&str> = mentions.iter().map(|m| &text[m.start..m.end]).filter(|n| companies::is_company(n)).collect();
    if listed.is_empty() {
        return;
    }
    listed.sort_unstable();
    listed.dedup();
    let person_words = alias::full_name_words(text, mentions);
    let mut added = Vec::new();
    for name in listed.into_iter().filter(|n| !n.split(' ').any(|w| person_words.contains(w))) {
        for (at, _) in text.match_indices(name).take(256) {
            let end = at + name.len();
            let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-')
                && !text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-');
            if !bounded {
                continue;
            }
            // With a model number after it, the name is the maker's product ("Boeing 787").
            let rest = &text[end..];
            let gap = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
            let model = rest[gap..].split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
            let (end, kind) = if gap > 0 && rules::is_model_number(model) {
                (end + gap + model.len(), EntityType::Product)
            } else {
                (end, EntityType::Organization)
            };
            if !mentions.iter().any(|m| m.start < end && at < m.end) {
                added.push(Mention::found(at, end, kind));
            }
        }
    }
    add_mentions(mentions, added);
}

/// Quotations in another language hold no names the English tagger can read: German
/// nouns are capitalised ("„Wir wollen Frieden, aber nicht um jeden Preis.“" gave a
/// group "Frieden" and a person "Preis"). A quotation of four words or more on one line
/// with none of the English stop words is taken for one, and its mentions dropped.
fn drop_in_foreign_quotations(text: &str, mentions: &mut Vec<Mention>) {
    let foreign = |q: &str| {
        let words: Vec<String> = q.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        words.len() >= 4 && !words.iter().any(|w| parallax_text::lexicon::is_stop(w))
    };
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (_, '\n') => open = None,
            (None, '„' | '«' | '“' | '"') => open = Some((i + c.len_utf8(), c)),
            (Some((from, o)), _) if matches!((o, c), ('„', '“' | '”') | ('«', '»') | ('“', '”') | ('"', '"')) || i - from > 600 =>
            {
                if i - from <= 600 && foreign(&text[from..i]) {
                    spans.push((from, i));
                }
                open = None;
            }
            _ => {}
        }
    }
    if !spans.is_empty() {
        mentions.retain(|m| !spans.iter().any(|&(a, b)| a <= m.start && m.end <= b));
    }
}

/// A one-word name that the article also writes in lowercase, at least twice, is a
/// common word capitalised where a sentence or a heading starts ("Iodine deficiency is
/// …" in an article about iodine), not a name: unless it is a word of a longer name the
/// article has ("Long" after "Billy Long") or spelled in capitals ("WHO").
fn drop_common_words(text: &str, mentions: &mut Vec<Mention>) {
    // A lone letter names nothing the article can be searched by ("said on X", "Plan B").
    mentions.retain(|m| text[m.start..m.end].chars().count() > 1);
    // Nor does an abbreviation of a common noun ("15 IQ points", "GDP grew").
    mentions.retain(|m| !NOT_NAMES.contains(&&text[m.start..m.end]));
    // A region's adjective before a lowercase noun names no one: "the Nordic market",
    // "Scandinavian buyers" (a name of its own, "Nordic Timber Prize", is several words).
    mentions.retain(|m| {
        let adjective = matches!(
            &text[m.start..m.end],
            "Nordic" | "Scandinavian" | "Arctic" | "Western" | "Eastern" | "Northern" | "Southern" | "Baltic" | "Balkan"
        );
        !(adjective && text[m.end..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_lowercase)))
    });
    let single: std::collections::HashSet<String> = mentions
        .iter()
        .map(|m| &text[m.start..m.end])
        .filter(|n| !n.contains(' ') && n.chars().skip(1).all(|c| c.is_lowercase()))
        .map(str::to_lowercase)
        .collect();
    if single.is_empty() {
        return;
    }
    let mut lower: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if single.contains(w) {
            *lower.entry(w).or_insert(0) += 1;
        }
    }
    // (a person's name is kept only by a longer person's name: "Long" after "Billy Long";
    // "Iodine" taken for a person is no part of "National Iodine Nutrition Study")
    let longer: Vec<(&str, EntityType)> =
        mentions.iter().map(|m| (&text[m.start..m.end], m.kind)).filter(|(n, _)| n.contains(' ')).collect();
    mentions.retain(|m| {
        let n = &text[m.start..m.end];
        if n.contains(' ') || !n.chars().skip(1).all(|c| c.is_lowercase()) {
            return true;
        }
        let common = lower.get(n.to_lowercase().as_str()).copied().unwrap_or(0) >= 2;
        !common || longer.iter().any(|(l, k)| (m.kind != EntityType::Person || *k == EntityType::Person) && l.split(' ').any(|w| w == n))
    });
}

/// An organisation whose name joins two fields with "and" is one name: "European Marine
/// Engineering and Transport Company", "Nordic Aeronautic Defence and Space Company". The
/// tagger often stops at "and" and keeps only "Transport Company", a generic name of common
/// words before a designator, which no organisation goes by alone; such a name takes in the
/// capitalised words before "and" (and the mentions the tagger made of them, "European"
/// taken for a group).
fn names_across_and(text: &str, lex: &tagger::Lexicon, mentions: &mut Vec<Mention>) {
    let mut gone = vec![false; mentions.len()];
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind != EntityType::Organization || !text[..m.start].ends_with(" and ") {
            continue;
        }
        let mut words: Vec<&str> = text[m.start..m.end].split(' ').collect();
        // an abbreviation may follow the name in the same span ("Space Company EADS")
        if words.len() > 2 && words[words.len() - 1].chars().all(|c| c.is_ascii_uppercase()) {
            words.pop();
        }
        let generic = words.len() >= 2
            && rules::is_org_designator(words[words.len() - 1])
            && words[..words.len() - 1].iter().all(|w| (1..=2).contains(&lex.bin(&w.to_lowercase())));
        if !generic {
            continue;
        }
        // the capitalised words right before " and ", back to a lowercase word, a mark or an opener
        let head = &text[..m.start - " and ".len()];
        let mut start = head.len();
        for w in head.rsplit(' ') {
            let capitalised = w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&');
            if !capitalised || rules::NAME_OPENERS.contains(&w) {
                break;
            }
            start -= w.len();
            if start == 0 {
                break;
            }
            start -= 1;
        }
        if start > 0 {
            start += 1;
        }
        if start >= head.len() {
            continue;
        }
        // the words before "and" may hold no person, and no mention may reach back past them;
        // the tagger's other mentions there ("European Marine Engineering", a group
        // "European") become part of the one name
        let inside: Vec<usize> = (0..i).rev().take_while(|&k| mentions[k].end > start).collect();
        if inside.iter().any(|&k| mentions[k].start < start || mentions[k].kind == EntityType::Person) {
            continue;
        }
        for &k in &inside {
            gone[k] = true;
        }
        mentions[i].start = start;
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}

/// A name ends in a name's word, not in "of", "for" or "and": "the ruling Centre Party of
/// Premier Jonas Falk" left "Centre Party of" once the title and the person were taken out.
fn trim_dangling_words(text: &str, mentions: &mut Vec<Mention>) {
    const DANGLING: &[&str] = &[" of", " for", " and", " the", " de", " du", " von", " van", " &"];
    for m in mentions.iter_mut() {
        while let Some(d) = DANGLING.iter().find(|d| text[m.start..m.end].ends_with(*d)) {
            m.end -= d.len();
        }
    }
    mentions.retain(|m| m.end > m.start);
}

/// A one-word organisation, person or product named once, whose word the model's
/// capitalisation lexicon says is mostly written in lowercase (capitalised under half
/// the time away from sentence starts), is a common word capitalised for emphasis or
/// in a slogan ("a state of Peace and Security", "Benchmark crude was down"), not a
/// name. Kept: a word named twice or more (a company the article is about), spelled in
/// capitals, quoted, after "the" ("the Times"), a noun that says what it names
/// ("retailer Target") or a title, and a word of a longer name, whether the article
/// has that name or the tagger split it ("the People's Republic", "Secretary of
/// State", "Red Cross", "Standard and Poor's").
fn drop_lowercase_words(text: &str, lex: &tagger::Lexicon, mentions: &mut Vec<Mention>) {
    let one_word = |m: &Mention| {
        let n = &text[m.start..m.end];
        !n.contains(' ') && n.chars().count() > 1 && n.chars().skip(1).all(char::is_lowercase)
    };
    let mut named: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for m in mentions.iter() {
        *named.entry(&text[m.start..m.end]).or_insert(0) += 1;
    }
    let longer_names: Vec<&str> = named.keys().copied().filter(|n| n.contains(' ')).collect();
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let word_before = |upto: &str| upto.trim_end().rsplit(char::is_whitespace).next().unwrap_or("").to_string();
    mentions.retain(|m| {
        if !one_word(m) || !matches!(m.kind, EntityType::Organization | EntityType::Person | EntityType::Product) {
            return true;
        }
        let n = &text[m.start..m.end];
        if named.get(n).copied().unwrap_or(0) > 1 || !(1..=2).contains(&lex.bin(&n.to_lowercase())) {
            return true;
        }
        // a word of a longer name the article has ("Waters" after "Maxine Waters")
        if longer_names.iter().any(|l| l.split(' ').any(|w| w == n)) {
            return true;
        }
        let before = text[..m.start].trim_end();
        let prev = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // "retailer Target", "Minister Rook"; "the Times"; a quoted word ("labelled \"Anonymous\"").
        let described = rules::ORG_NOUNS.contains(&prev) || rules::is_title(prev) || prev.eq_ignore_ascii_case("the");
        let quoted = before.ends_with(['"', '“', '\'', '‘']);
        // The last word of a longer name: "Red Cross", "the People's Party", "Secretary of State".
        let in_name = capital(prev) && before.ends_with(|c: char| c.is_alphanumeric());
        let possessive = prev == "s" && capital(&word_before(before[..before.len() - 1].trim_end_matches(['\'', '’'])));
        let after_of = matches!(prev, "of" | "for") && capital(&word_before(&before[..before.len() - prev.len()]));
        if described || quoted || in_name || possessive || after_of {
            return true;
        }
        // The first word of one: before a possessive, a capitalised word, or one after "and", "on" or "of".
        let rest = &text[m.end..];
        let mut words = rest.split_whitespace();
        let next = words.next().unwrap_or("");
        rest.starts_with("'s")
            || rest.starts_with("’s")
            || rest.starts_with(' ') && capital(next)
            || (matches!(next, "and" | "&" | "on" | "of") && rest.starts_with(' ') && words.next().is_some_and(capital))
    });
}

/// Abbreviations of common nouns that the tagger can take for organisations.
const NOT_NAMES: &[&str] = &[
    "IQ", "GDP", "GNP", "CPI", "CEO", "CFO", "COO", "CTO", "DNA", "RNA", "HIV", "TV", "PC", "CO2", "IPO", "VAT", "ATM", "SUV", "MRI",
    "ICU", "GPS", "USB", "LED", "FAQ", "DIY", "HQ", "PhD", "MBA", "AI", "UFO", "PPE", "ETA",
];

/// A title is no name: a lone title word taken for a person ("Minister, last year the
/// campaign …", said to the minister), and a portfolio before a minister's title taken
/// for an organisation ("Health Minister Jonas Aune").
fn drop_titles(text: &str, mentions: &mut Vec<Mention>) {
    // (a surname that is also a title stays: "King" after "Ada King")
    let surnames: std::collections::HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Person)
        .filter_map(|m| text[m.start..m.end].split_once(' ').map(|_| text[m.start..m.end].rsplit(' ').next().unwrap_or("")))
        .collect();
    mentions.retain(|m| {
        let n = &text[m.start..m.end];
        if n.contains(' ') {
            return true;
        }
        let lone_title = m.kind == EntityType::Person && rules::is_title(n) && !surnames.contains(n);
        let next = text[m.end..].strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
        let portfolio = m.kind == EntityType::Organization && rules::is_portfolio(n) && rules::is_title(next);
        !(lone_title || portfolio)
    });
}

/// A one-word "person" that the article never names in full nor with a
/// title, and that is followed by more `it`/`its` than `he`/`his`/`she`/`her`
/// after its mentions (200 bytes at most, and not past the next name of
/// another entity), is an organisation ("Ryanair … its fleet"): people in
/// news are introduced with a first name or a title.
fn neuter_names(text: &str, mentions: &mut [Mention], entities: &mut [LocalEntity]) {
    for (e, ent) in entities.iter_mut().enumerate() {
        if ent.kind != EntityType::Person || ent.role != "participant" || !ent.titles.is_empty() {
            continue;
        }
        if mentions.iter().any(|m| m.entity == e && text[m.start..m.end].split_whitespace().count() > 1) {
            continue;
        }
        let (mut personal, mut neuter) = (0, 0);
        for (k, m) in mentions.iter().enumerate().filter(|(_, m)| m.entity == e) {
            // Up to 200 bytes, and not past the next name of someone else (mentions are in text order).
            let next = mentions[k + 1..].iter().find(|o| o.start >= m.end && o.entity != e).map_or(text.len(), |o| o.start);
            let mut end = (m.end + 200).min(next);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            for w in text[m.end..end].split(|c: char| !c.is_alphabetic()) {
                match w {
                    "he" | "his" | "him" | "she" | "her" | "He" | "His" | "She" | "Her" => personal += 1,
                    "it" | "its" | "It" | "Its" => neuter += 1,
                    _ => {}
                }
            }
        }
        if neuter > personal {
            ent.kind = EntityType::Organization;
            for m in mentions.iter_mut().filter(|m| m.entity == e) {
                m.kind = EntityType::Organization;
            }
        }
    }
}

/// A surname of a person named in full elsewhere in the article, standing
/// alone where the tagger saw nothing ("Cornyn's statement added"), is that
/// person. Only a lone capitalised word: not inside a longer capitalised run,
/// not after `the`. Likewise an all-capitals organisation or place name the
/// article has (`WHO`, `KSC`) is that name wherever else it stands, and so is a
/// one-word place the article names (`Krakvik`, or the dateline's `VARNHOLM` as
/// `Varnholm`) standing alone inside a sentence where the tagger saw nothing.
fn surnames(text: &str, tokens: &[Token], sentences: &[std::ops::Range<usize>], dateline: Option<&str>, mentions: &mut Vec<Mention>) {
    // A given name in apposition to a kin noun ("their nine-month-old child, Gloria,", "his
    // wife, Manju") or after a person noun and "named" ("a girl named Gloria") is a person, and so is the same
    // word alone elsewhere in the article.
    let given = given_names(text, tokens, sentences);
    let names: std::collections::HashSet<&str> = given
        .iter()
        .copied()
        .chain(
            mentions
                .iter()
                .filter(|m| m.kind == EntityType::Person)
                .filter_map(|m| {
                    let words: Vec<&str> = text[m.start..m.end].split_whitespace().collect();
                    (words.len() >= 2).then(|| words[words.len() - 1])
                })
                // Two letters do for a surname that is no English word ("Ek", "Li", "Wu"): not a
                // function word, a title or an abbreviation ("In", "Mr", "St").
                .filter(|w| {
                    let n = w.chars().count();
                    let lower = w.to_lowercase();
                    let word = || {
                        parallax_text::lexicon::is_stop(&lower)
                            || rules::is_title(&lower)
                            || matches!(lower.as_str(), "hi" | "oh" | "ok" | "ah" | "st" | "jr" | "sr" | "mt")
                    };
                    w.starts_with(char::is_uppercase) && (n >= 3 || (n == 2 && w.chars().nth(1).is_some_and(char::is_lowercase) && !word()))
                }),
        )
        .collect();
    // Acronyms the article already names ("World Health Organisation (WHO)"),
    // wherever they stand again ("WHO say …", "the KSC employees").
    let acronyms: std::collections::HashMap<&str, EntityType> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityType::Organization | EntityType::Place | EntityType::Facility))
        .map(|m| (&text[m.start..m.end], m.kind))
        .filter(|(t, _)| (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    // One-word places, and the dateline's place as a name is written ("VARNHOLM" → "Varnholm").
    let dateline_word = dateline.filter(|d| !d.contains(' ') && d.chars().all(|c| !c.is_lowercase())).map(|d| {
        let mut c = d.chars();
        c.next().map(|f| f.to_string() + &c.as_str().to_lowercase()).unwrap_or_default()
    });
    let places: std::collections::HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::Place && !m.metonymy)
        .map(|m| &text[m.start..m.end])
        .filter(|n| !n.contains(' ') && n.chars().count() >= 3 && n.chars().skip(1).all(char::is_lowercase))
        .chain(dateline_word.as_deref())
        .collect();
    // A company's name without its head ("Nordlys" for "Nordlys Energi", "Ferro" for "Ferro
    // Airlines"), unless the article has the word as a place or a person's name.
    let short_orgs: std::collections::HashSet<&str> = {
        let taken_elsewhere: std::collections::HashSet<&str> = mentions
            .iter()
            .filter(|m| matches!(m.kind, EntityType::Place | EntityType::Person))
            .flat_map(|m| text[m.start..m.end].split_whitespace())
            .collect();
        mentions
            .iter()
            .filter(|m| m.kind == EntityType::Organization)
            .filter_map(|m| {
                let words: Vec<&str> = text[m.start..m.end].split_whitespace().collect();
                (words.len() == 2 && rules::is_org_designator(words[1])).then_some(words[0])
            })
            .filter(|w| {
                w.chars().count() >= 3
                    && w.chars().skip(1).all(char::is_lowercase)
                    && !parallax_text::lexicon::is_stop(&w.to_lowercase())
                    && !rules::is_title(&w.to_lowercase())
                    && !taken_elsewhere.contains(w)
            })
            .collect()
    };
    if names.is_empty() && acronyms.is_empty() && places.is_empty() && short_orgs.is_empty() {
        return;
    }
    debug_assert!(mentions.windows(2).all(|p| p[0].end <= p[1].start), "mentions are in text order and do not overlap");
    // Whether a token lies in a mention already (binary search: mentions are in text order).
    let taken = |t: Token| {
        let k = mentions.partition_point(|m| m.end <= t.start);
        k < mentions.len() && mentions[k].start < t.end
    };
    let mut found = Vec::new();
    let mut retype = Vec::new();
    for range in sentences {
        let toks = &tokens[range.clone()];
        let w = |i: usize| &text[toks[i].start..toks[i].end];
        let cap = |i: usize| w(i).starts_with(char::is_uppercase);
        // A capitalised word before it continues a name unless it opens the sentence ("Later Quint said").
        let opens = |i: usize| i == 0 || matches!(w(i - 1), "." | "!" | "?" | "\"" | "“" | ":");
        for i in 0..toks.len() {
            if let Some(&kind) = acronyms.get(w(i)) {
                let t = toks[i];
                if !rules::currency_prefix(text, t.start, t.end) && !taken(t) {
                    found.push(Mention::found(t.start, t.end, kind));
                }
                continue;
            }
            // A place alone inside the sentence: not opening it, not after "the", not
            // next to another capitalised word.
            let joined = |i: usize| opens(i) || cap(i - 1) || w(i - 1).eq_ignore_ascii_case("the") || (i + 1 < toks.len() && cap(i + 1));
            if places.contains(w(i)) && !joined(i) && !taken(toks[i]) {
                let t = toks[i];
                found.push(Mention::found(t.start, t.end, EntityType::Place));
                continue;
            }
            // "Nordlys declined to comment": a company's short name may open the sentence.
            if short_orgs.contains(w(i))
                && (opens(i) || !(cap(i - 1) || w(i - 1).eq_ignore_ascii_case("the")))
                && !(i + 1 < toks.len() && cap(i + 1))
                && !taken(toks[i])
            {
                let t = toks[i];
                found.push(Mention::found(t.start, t.end, EntityType::Organization));
                continue;
            }
            // "Gloria developed eczema": a given name may open the sentence.
            let joined_before = i > 0 && ((cap(i - 1) && !opens(i - 1)) || w(i - 1).eq_ignore_ascii_case("the"));
            if !names.contains(w(i)) || joined_before || (i + 1 < toks.len() && cap(i + 1)) {
                continue;
            }
            let t = toks[i];
            if !taken(t) {
                found.push(Mention::found(t.start, t.end, EntityType::Person));
            } else if given.contains(&w(i)) {
                // "His wife, Ragnhild, died": a given name after a kin noun is a person,
                // whatever type the tagger gave it.
                retype.push(t.start);
            }
        }
    }
    for at in retype {
        if let Some(m) = mentions.iter_mut().find(|m| m.start == at && !text[m.start..m.end].contains(' ')) {
            m.kind = EntityType::Person;
            m.metonymy = false;
        }
    }
    add_mentions(mentions, found);
}

/// Kin nouns before a given name in apposition: "their child, Gloria".
pub(crate) const KIN_NOUNS: &[&str] = &[
    "child",
    "son",
    "daughter",
    "wife",
    "husband",
    "mother",
    "father",
    "brother",
    "sister",
    "baby",
    "girlfriend",
    "boyfriend",
    "partner",
    "friend",
    "grandson",
    "granddaughter",
    "cousin",
    "nephew",
    "niece",
    "uncle",
    "aunt",
    "widow",
    "widower",
    "fiancée",
    "fiancé",
    "fiance",
    "grandmother",
    "grandfather",
    "stepson",
    "stepdaughter",
];

/// Given names the article introduces: a capitalised word in apposition to a kin noun
/// (`child, Gloria,` / `child, Gloria.`) or after a person noun and `named` (`a girl named Gloria`),
/// standing alone (no capitalised word after it).
fn given_names<'t>(text: &'t str, tokens: &[Token], sentences: &[std::ops::Range<usize>]) -> Vec<&'t str> {
    let mut out = Vec::new();
    for range in sentences {
        let toks = &tokens[range.clone()];
        let w = |i: usize| &text[toks[i].start..toks[i].end];
        for i in 1..toks.len() {
            let word = w(i);
            let alone = i + 1 >= toks.len() || !w(i + 1).starts_with(char::is_uppercase);
            if !(word.chars().count() >= 3 && word.starts_with(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase) && alone)
            {
                continue;
            }
            let after_kin = i >= 2 && w(i - 1) == "," && KIN_NOUNS.contains(&w(i - 2).to_lowercase().as_str());
            let closed = i + 1 >= toks.len() || matches!(w(i + 1), "," | "." | ";" | ")" | "and");
            // "was named Tuesday as coach": a day or month is no name.
            let calendar = parallax_text::lexicon::CALENDAR_WORDS.contains(&word.to_lowercase().as_str());
            // "a girl named Gloria", not "a dog named Rufus" nor "a ship named Aurora"
            let named = i >= 2
                && w(i - 1) == "named"
                && (KIN_NOUNS.contains(&w(i - 2).to_lowercase().as_str())
                    || matches!(
                        w(i - 2),
                        "man"
                            | "woman"
                            | "girl"
                            | "boy"
                            | "guy"
                            | "someone"
                            | "person"
                            | "student"
                            | "teacher"
                            | "officer"
                            | "soldier"
                            | "doctor"
                            | "nurse"
                            | "worker"
                            | "resident"
                            | "pilot"
                            | "farmer"
                    ));
            if ((after_kin && closed) || named) && !calendar {
                out.push(word);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;

/// Each word's first letter up, the rest down ("PORT AVEN" → "Port Aven", "SAINT-DENIS"
/// → "Saint-Denis").
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'' && c != '’';
    }
    out
}
