//! Article features for story clustering: weighted terms that discriminate
//! events, not topics. Names (capitalised words), numbers and title words
//! weigh more; adjacent names also form name pairs, which the clusterer
//! keeps for labels; stop words are dropped; weights are TF-IDF
//! with document frequencies counted online.

use std::collections::hash_map::Entry;
use std::ops::Range;

use parallax_text::hashing::KeyMap;

use parallax_text::lexicon::Lexis;

/// What a feature is, which sets its boost and how a label shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Word,
    Name,
    NamePair,
    Number,
}

impl Kind {
    pub fn boost(self) -> f32 {
        match self {
            Kind::Word => 1.0,
            Kind::Name => 1.6,
            // Pairs serve labels only and never weigh in the similarity.
            Kind::NamePair => 0.0,
            Kind::Number => 1.3,
        }
    }
}

/// A term as found in one article, before weighting.
#[derive(Debug, Clone)]
pub struct RawTerm {
    pub key: u64,
    /// Where `RawTerms::text` finds how a reader sees the term.
    text: Range<u32>,
    pub kind: Kind,
    pub count: f32,
    /// Whether the text shows how the term is written: a name mid-sentence,
    /// or shown with its capitals. A name seen only where every word is
    /// capitalised (a sentence's start, a heading) is not: a later mention
    /// with its capitals replaces it ("ESPN accepted …", then "… ESPN said").
    pub settled: bool,
    /// A word (by its weight in the similarity) that the article also writes as a
    /// name mid-sentence: "Graham said …", then "… said Graham". Labels and evidence
    /// show it as the name.
    pub named: bool,
}

/// An article's raw terms, sorted by key, with their texts in one buffer
/// (no allocation per term).
#[derive(Debug, Default)]
pub struct RawTerms {
    pub terms: Vec<RawTerm>,
    texts: String,
}

impl RawTerms {
    /// How a reader sees the term: the word as written (lower-cased), not its stem.
    pub fn text(&self, t: &RawTerm) -> &str {
        &self.texts[t.text.start as usize..t.text.end as usize]
    }

    /// The term of `key`, if the article has it.
    pub fn get(&self, key: u64) -> Option<&RawTerm> {
        self.terms.binary_search_by_key(&key, |t| t.key).ok().map(|i| &self.terms[i])
    }
}

pub fn key_of(kind: Kind, text: &str) -> u64 {
    let tag: &[u8] = match kind {
        Kind::Word | Kind::Name => b"w:",
        Kind::NamePair => b"p:",
        Kind::Number => b"n:",
    };
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(tag);
    h.update(text.as_bytes());
    h.digest()
}

/// Tokens of `text` as byte ranges, with whether each starts a sentence and
/// is capitalised. A token is a run of letters and digits, with inner
/// hyphens and the separators of a number (`3.5`, `1,200`).
/// Abbreviated titles before a name ("Mr.", "Sen.", "Gov."), whose period ends no sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep",
    "rev", "hon", "pres", "supt", "det", "insp", "atty", "messrs",
];

fn tokens(text: &str) -> Vec<(Range<usize>, bool, bool)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut start: Option<usize> = None;
    let mut prev_end = ' ';
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let next_is = |i: usize, f: fn(&char) -> bool| chars.get(i + 1).is_some_and(|(_, n)| f(n));
    for (i, &(at, c)) in chars.iter().enumerate() {
        // The token so far is every char from `start` to this one, so its last is the previous char.
        let joins_number = matches!(c, '.' | ',') && start.is_some() && chars[i - 1].1.is_ascii_digit() && next_is(i, char::is_ascii_digit);
        // An Irish or French name's apostrophe after one capital ("O'Malley", "D’Angelo"):
        // split there, the name lost its "O'" and read "Malley" in labels.
        let joins_name = matches!(c, '\'' | '’')
            && start.is_some_and(|s| i > 0 && chars[i - 1].0 == s && chars[i - 1].1.is_uppercase())
            && next_is(i, |n| n.is_uppercase());
        if c.is_alphanumeric() || joins_number || joins_name || (c == '-' && start.is_some() && next_is(i, |n| n.is_alphanumeric())) {
            start.get_or_insert(at);
        } else {
            if let Some(s) = start.take() {
                let cap = text[s..].chars().next().is_some_and(|f| f.is_uppercase());
                out.push((s..at, sentence_start, cap));
                // The minutes of a clock time opening a sentence leave the next word at
                // its start: a live report's "13:30 Hello and welcome …".
                sentence_start = sentence_start && text[..s].ends_with(':') && text[s..at].bytes().all(|b| b.is_ascii_digit());
            }
            // A title's period opens no sentence: "Mr. D’Souza" is a name mid-sentence.
            let title = c == '.'
                && out.last().is_some_and(|(r, _, _): &(Range<usize>, bool, bool)| {
                    r.end == at && TITLE_ABBREVIATIONS.iter().any(|t| t.eq_ignore_ascii_case(&text[r.clone()]))
                });
            if matches!(c, '.' | '!' | '?' | '\n' | '"' | '“' | '”' | ':' | ';') && !(c == '.' && prev_end.is_uppercase()) && !title {
                sentence_start = true;
            }
            // A dateline's dash opens the lead ("TESSVIK, Nov. 25 — Police have arrested …").
            if matches!(c, '—' | '–') {
                let line = &text[text[..at].rfind('\n').map_or(0, |n| n + 1)..at];
                let first = line.split(|x: char| !x.is_alphabetic()).next().unwrap_or("");
                if line.len() <= 60 && first.len() >= 3 && first.chars().all(char::is_uppercase) {
                    sentence_start = true;
                }
            }
        }
        if !c.is_whitespace() {
            prev_end = c;
        }
    }
    if let Some(s) = start {
        let cap = text[s..].chars().next().is_some_and(|f| f.is_uppercase());
        out.push((s..text.len(), sentence_start, cap));
    }
    out
}

/// Words headline case capitalises and prose does not. The stop list will not do:
/// it holds news words such as "story" and "video", which a credit line capitalises
/// ("Story by Scott Conroy Video produced by …").
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "but", "with", "at", "from", "as", "into", "over", "after", "about",
    "is", "are", "was", "be", "it", "its", "this", "that", "their", "his", "her", "how", "why", "what", "will",
];

/// Longest paragraph, in tokens, read as a subhead when in headline case.
const HEADING_TOKENS: usize = 20;

/// Whether tokens are in headline case: four or more of four letters or more,
/// eight in ten of them capitalised.
fn headline_case(toks: &[(Range<usize>, bool, bool)]) -> bool {
    let long: Vec<bool> = toks.iter().filter(|(r, _, _)| r.len() >= 4).map(|&(_, _, cap)| cap).collect();
    long.len() >= 4 && long.iter().filter(|&&c| c).count() * 10 >= long.len() * 8
}

/// Longest term kept, in bytes (the longest English words are under 30 letters).
const MAX_TERM_BYTES: usize = 40;

/// The whitespace-free chunk of `source` around `range` (at most `LINK_SCAN`
/// bytes either side): a handle, an e-mail address or a link.
const LINK_SCAN: usize = 300;

/// Where the chunk ends when the token at `range` is part of a handle, an e-mail address or a link
/// ("@jamezolah", "desk@harbourpost.example", "pic.twitter.com/Oqct…",
/// "https://…"). Their words name no event: an article quoting readers' posts
/// had its story labelled "hard-line, jamezolah, invoketruth", and a link's
/// random path reads as a name. Chunks end at ASCII whitespace, so byte
/// offsets stay on character boundaries.
fn in_handle_or_link(source: &str, range: &Range<usize>) -> Option<usize> {
    let b = source.as_bytes();
    let lo = range.start.saturating_sub(LINK_SCAN);
    let hi = (range.end + LINK_SCAN).min(b.len());
    let start = b[lo..range.start].iter().rposition(u8::is_ascii_whitespace).map_or(lo, |i| lo + i + 1);
    let end = b[range.end..hi].iter().position(u8::is_ascii_whitespace).map_or(hi, |i| range.end + i);
    let chunk = &b[start..end];
    let handle = chunk.windows(2).any(|w| w[0] == b'@' && w[1].is_ascii_alphanumeric());
    let scheme = chunk.windows(3).any(|w| w == b"://") || chunk.len() > 4 && chunk[..4].eq_ignore_ascii_case(b"www.");
    // A domain followed by a path: a dot, two to six letters, a slash (".com/").
    let domain_path = chunk.iter().enumerate().any(|(i, &c)| {
        c == b'.' && {
            let letters = chunk[i + 1..].iter().take_while(|x| x.is_ascii_alphabetic()).count();
            (2..=6).contains(&letters) && chunk.get(i + 1 + letters) == Some(&b'/')
        }
    });
    (handle || scheme || domain_path).then_some(end)
}

/// Lower-cases `tok` into `out` (cleared first); ASCII without allocating.
fn lower_into(tok: &str, out: &mut String) {
    out.clear();
    if tok.is_ascii() {
        out.extend(tok.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        // `str::to_lowercase` knows word-final sigma; char by char would not. Both
        // apostrophes are one ("O’Malley" is "O'Malley").
        out.push_str(&fold(tok));
    }
}

type Acc = KeyMap<u64, RawTerm>;

/// A form folded for comparing: lower-cased, both apostrophes one ("D’Souza" is "d'souza").
pub fn fold(s: &str) -> String {
    s.to_lowercase().replace('’', "'")
}

/// Whether a new occurrence of a term (`kind`, its form, whether that form is `settled`)
/// replaces the form shown so far (`known_*`), and whether it does so as a word's name.
/// A name seen only where every word has a capital takes a later settled form of the
/// same kind; a word first seen opening a sentence ("Graham said …") is shown as the
/// name a later mention writes mid-sentence ("… said Graham"), keeping its weight as a
/// word. A word is keyed by its stem, so "kelly" and the name "Kelli" share a key: only
/// the same word becomes its name. Words are shown lower-cased, so one word's form never
/// replaces another's. Returns `None` when the known form stays, else `Some(named)`.
pub fn takes_over(known_kind: Kind, known_text: &str, known_settled: bool, kind: Kind, text: &str, settled: bool) -> Option<bool> {
    let named = known_kind == Kind::Word && kind == Kind::Name && fold(known_text) == fold(text);
    (settled && !known_settled && (known_kind == kind && kind != Kind::Word || named)).then_some(named)
}

fn add(acc: &mut Acc, texts: &mut String, key: u64, kind: Kind, text: &str, n: f32, settled: bool) {
    match acc.entry(key) {
        Entry::Occupied(mut e) => {
            let term = e.get_mut();
            term.count += n;
            let known = &texts[term.text.start as usize..term.text.end as usize];
            if let Some(named) = takes_over(term.kind, known, term.settled, kind, text, settled) {
                let start = texts.len() as u32;
                texts.push_str(text);
                term.text = start..texts.len() as u32;
                term.settled = true;
                term.named |= named;
            }
        }
        Entry::Vacant(e) => {
            let start = texts.len() as u32;
            texts.push_str(text);
            e.insert(RawTerm { key, text: start..texts.len() as u32, kind, count: n, settled, named: false });
        }
    }
}

/// Stem keys of the words seen, by the word's own 64-bit hash (as term keys
/// are): a word is stemmed once, not at each of its occurrences. Bounded:
/// emptied when full.
#[derive(Default)]
pub struct StemCache {
    keys: KeyMap<u64, u64>,
}

impl StemCache {
    /// Most words remembered (16 bytes each, plus the table's slack).
    const MAX: usize = 1 << 20;

    /// The key of `word`'s stem in the language (`key_of(Kind::Word, lexis.stem(word))`).
    pub fn word_key(&mut self, word: &str, lexis: &Lexis) -> u64 {
        let h = xxhash_rust::xxh3::xxh3_64_with_seed(word.as_bytes(), u64::from(lexis.id()));
        if let Some(k) = self.keys.get(&h) {
            return *k;
        }
        if self.keys.len() >= Self::MAX {
            self.keys.clear();
        }
        let k = key_of(Kind::Word, &lexis.stem(word));
        self.keys.insert(h, k);
        k
    }
}

/// A word of two letters or more, all capitals ("FBI", "TESSVIK").
fn caps_word(source: &str, range: &Range<usize>) -> bool {
    let t = &source[range.clone()];
    t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
}

/// Raw terms of an article. Title terms count twice. Names come from cased
/// text only: a lower-cased corpus simply yields words and numbers. Name
/// pairs (for labels) only when `pairs` is set. Stop words and stems are the
/// article language's (`lexis`).
pub fn raw_terms(title: Option<&str>, text: &str, pairs: bool, lexis: &Lexis, stems: &mut StemCache) -> RawTerms {
    let mut acc: Acc = Acc::default();
    let mut texts = String::new();
    // Reused buffers: the token lower-cased, the previous name (lower-cased
    // and as shown), a name pair (its key and as shown).
    let mut lower = String::new();
    let mut prev_name = String::new();
    let mut prev_shown = String::new();
    let mut pair = String::new();
    let mut pair_shown = String::new();
    // A title in headline case ("5 Things the Ferry Closure Teaches Us") capitalises every
    // word: there a word is a name only if the text writes it as one too.
    let title_toks = tokens(title.unwrap_or(""));
    let headline = headline_case(&title_toks);
    let text_toks = tokens(text);
    // So is a short paragraph of the text in headline case, a subhead ("GOP Candidates
    // Resoundingly Reject The Idea Of A Minimum Wage Hike."): its tokens are marked.
    // (The title's rule stays looser: a title is a heading whatever its words.)
    let mut heading = vec![false; text_toks.len()];
    let mut first = 0;
    while first < text_toks.len() {
        let line_end = text[text_toks[first].0.start..].find('\n').map_or(text.len(), |n| text_toks[first].0.start + n);
        let last = first + text_toks[first..].iter().take_while(|(r, _, _)| r.start < line_end).count();
        // A line of names ("From Josh Feldman writing at The Post:") is capitalised too,
        // so a subhead must capitalise every word of four letters or more, and a
        // function word past its start ("The", "Of").
        let function_word = || {
            text_toks[first + 1..last]
                .iter()
                .any(|(r, _, cap)| *cap && HEADLINE_FUNCTION_WORDS.iter().any(|w| w.eq_ignore_ascii_case(&text[r.clone()])))
        };
        let every_long_word = || text_toks[first..last].iter().all(|(r, _, cap)| *cap || r.len() < 4);
        if last - first <= HEADING_TOKENS && headline_case(&text_toks[first..last]) && every_long_word() && function_word() {
            heading[first..last].fill(true);
        }
        first = last;
    }
    let text_names: Vec<String> = if headline || heading.contains(&true) {
        let mut v: Vec<String> = text_toks
            .iter()
            .zip(&heading)
            .filter(|&(&(_, start, cap), &in_heading)| cap && !start && !in_heading)
            .map(|(t, _)| t)
            .map(|(r, _, _)| {
                let mut lower = String::new();
                lower_into(&text[r.clone()], &mut lower);
                lower
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    } else {
        Vec::new()
    };
    for (source, toks, weight, in_title) in [(title.unwrap_or(""), title_toks, 2.0f32, true), (text, text_toks, 1.0, false)] {
        let mut after_name = false;
        let mut prev_end = 0;
        // Tokens before this offset are in a handle or link.
        let mut link_chunk_end = 0;
        for (i, &(ref range, start, cap)) in toks.iter().enumerate() {
            // A capitalised word opening a sentence is a name when a name follows it at once:
            // "Marta Solheim, harbour pilot, dies at 88" (a sentence-case title or lead).
            let name_follows = toks.get(i + 1).is_some_and(|(r, s, c)| *c && !*s && source[range.end..r.start].trim().is_empty());
            // Names apart by punctuation are no pair ("ORLEN, Norland, Sept. 2").
            if !source[prev_end..range.start].trim().is_empty() {
                after_name = false;
            }
            prev_end = range.end;
            // The chunk's verdict is kept for its next tokens ("pic", "twitter", "com", …).
            if range.start >= link_chunk_end {
                link_chunk_end = in_handle_or_link(source, range).unwrap_or(0);
            }
            if range.start < link_chunk_end {
                after_name = false;
                continue;
            }
            let tok = &source[range.clone()];
            let in_heading = if in_title { headline } else { heading[i] };
            lower_into(tok, &mut lower);
            let word = lower.as_str();
            if word.chars().any(|c| c.is_ascii_digit()) {
                if word.len() <= 12 {
                    add(&mut acc, &mut texts, key_of(Kind::Number, word), Kind::Number, word, weight, true);
                }
                after_name = false;
                continue;
            }
            // A run of letters longer than any word (a hash, an encoded blob, a
            // whitespace-free line) is no term: it would only flood labels and evidence.
            if word.len() > MAX_TERM_BYTES || word.chars().nth(1).is_none() || lexis.is_stop(word) {
                after_name = false;
                continue;
            }
            let all_caps = caps_word(source, range);
            let is_name = cap && (!start || all_caps) && !(in_heading && text_names.binary_search_by(|n| n.as_str().cmp(word)).is_err());
            if is_name {
                // An acronym is shown as written ("FBI", not "Fbi" in a label): all
                // capitals, five letters at most, mid-sentence, and not in a run of
                // capitals (a heading, a shouted line), where every word is capitals.
                // So is a name with a capital inside ("StormGuard", "DeSantis"):
                // lower-cased, it made a label read "Stormguard".
                let inner_capital = !all_caps && tok.chars().skip(1).any(char::is_uppercase);
                let shown = if inner_capital
                    || all_caps
                        && !start
                        && word.chars().count() <= 5
                        && !(i > 0 && caps_word(source, &toks[i - 1].0))
                        && !toks.get(i + 1).is_some_and(|(r, _, _)| caps_word(source, r))
                {
                    tok
                } else {
                    word
                };
                if after_name && pairs {
                    pair.clear();
                    pair.push_str(&prev_name);
                    pair.push(' ');
                    pair.push_str(word);
                    pair_shown.clear();
                    pair_shown.push_str(&prev_shown);
                    pair_shown.push(' ');
                    pair_shown.push_str(shown);
                    add(&mut acc, &mut texts, key_of(Kind::NamePair, &pair), Kind::NamePair, &pair_shown, weight, true);
                }
                // Capitals shown, or a capital mid-sentence, say how the name is written.
                let settled = shown != word || !start && !all_caps;
                add(&mut acc, &mut texts, key_of(Kind::Name, word), Kind::Name, shown, weight, settled);
                prev_name.clear();
                prev_name.push_str(word);
                prev_shown.clear();
                prev_shown.push_str(shown);
                after_name = true;
            } else {
                // A word is keyed by its stem and shown as first written.
                // Capitalised at a sentence's start, its form is not known yet.
                add(&mut acc, &mut texts, stems.word_key(word, lexis), Kind::Word, word, weight, !(cap && start));
                // It still opens a pair for labels (the similarity does not see pairs).
                after_name = cap && start && name_follows && !headline && !in_heading;
                if after_name {
                    prev_name.clear();
                    prev_name.push_str(word);
                    prev_shown.clear();
                    // A capital inside ("AP-GfK Poll: …") says how it is written.
                    prev_shown.push_str(if tok.chars().skip(1).any(char::is_uppercase) { tok } else { word });
                }
            }
        }
    }
    let mut terms: Vec<RawTerm> = acc.into_values().collect();
    // Deterministic order (the map's is random): results must not vary between runs.
    terms.sort_unstable_by_key(|t| t.key);
    RawTerms { terms, texts }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Raw terms of an English article, with a fresh stem cache.
    fn english(title: Option<&str>, text: &str, pairs: bool) -> RawTerms {
        raw_terms(title, text, pairs, parallax_text::lexicon::lexis(None), &mut StemCache::default())
    }

    fn find<'a>(terms: &'a RawTerms, text: &str) -> Option<&'a RawTerm> {
        terms.terms.iter().find(|t| terms.text(t) == text)
    }

    /// An acronym keeps its capitals; a word in a run of capitals (a heading) and a
    /// sentence's first word do not.
    #[test]
    fn acronyms_keep_their_capitals_and_headings_do_not() {
        let terms = english(None, "TESSVIK, Nov. 25 — Agents of the NSB left. The mayor said BREAKING FERRY UPDATE: the NSB left.", false);
        assert!(find(&terms, "NSB").is_some() && find(&terms, "nsb").is_none());
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        assert!(find(&terms, "ferry").is_some() && find(&terms, "FERRY").is_none(), "{all:?}");
        assert!(find(&terms, "tessvik").is_some() && find(&terms, "TESSVIK").is_none());
    }

    /// Found on a sports column: "ESPN accepted …" opened the text, so the label read
    /// "Espn" though every later mention wrote "ESPN".
    #[test]
    fn an_acronym_first_seen_opening_a_sentence_takes_its_capitals_from_a_later_mention() {
        let terms = english(None, "ESPN accepted the apology. The network said ESPN would not comment.", false);
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        assert!(find(&terms, "ESPN").is_some() && find(&terms, "espn").is_none(), "{all:?}");
        // A name written with a capital mid-sentence keeps that form: a shout later does not win.
        let terms = english(None, "The mayor of Selka resigned. Voters in SELKA cheered.", false);
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        assert!(find(&terms, "selka").is_some() && find(&terms, "SELKA").is_none(), "{all:?}");
    }

    /// Found on the example corpus: a product named "StormGuard X2" was
    /// "Stormguard" in its story's label.
    #[test]
    fn a_name_with_a_capital_inside_is_shown_as_written() {
        let terms = english(None, "Readers asked about the StormGuard tent and Ron DeSantis. The ferry left.", false);
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        assert!(find(&terms, "StormGuard").is_some() && find(&terms, "DeSantis").is_some(), "{all:?}");
        assert!(find(&terms, "ron").is_some() && find(&terms, "ferry").is_some(), "{all:?}");
    }

    /// Found on campaign coverage: a topic about Martin O'Malley was labelled "Malley,
    /// Iowa, Martin": the apostrophe cut his name and dropped its "O".
    #[test]
    fn a_name_with_an_apostrophe_after_one_capital_stays_whole() {
        let terms = english(None, "Voters met Martin O'Malley in Ames. Later O’Malley's aides and D'Angelo left.", false);
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        let omalley = find(&terms, "O'Malley").expect("O'Malley");
        // both apostrophes are one name, counted twice; the possessive does not stick
        assert_eq!(omalley.count, 2.0, "{all:?}");
        assert!(find(&terms, "D'Angelo").is_some() && find(&terms, "malley").is_none(), "{all:?}");
        // a possessive or a contraction is no name's part
        let terms = english(None, "Lund's crew said it's late. Kellby's mayor agreed.", false);
        let all: Vec<&str> = terms.terms.iter().map(|t| terms.text(t)).collect();
        assert!(find(&terms, "lund").is_some() && find(&terms, "kellby").is_some(), "{all:?}");
    }

    /// Found on campaign coverage: "Mr. D’Souza" opened a sentence after "Mr.", so the
    /// name was a word, and a label read "d'souza".
    #[test]
    fn a_title_s_period_opens_no_sentence() {
        let text = "Voters cheered. Mr. Lund spoke, and Sen. Aune left. Dr. Vell said so.";
        let t = tokens(text);
        let start_of = |w: &str| t.iter().find(|(r, _, _)| &text[r.clone()] == w).map(|x| x.1);
        assert_eq!(start_of("Lund"), Some(false), "{t:?}");
        assert_eq!(start_of("Aune"), Some(false), "{t:?}");
        // the title itself still opens its sentence
        assert_eq!(start_of("Mr"), Some(true), "{t:?}");
        assert_eq!(start_of("Dr"), Some(true), "{t:?}");
        let terms = english(None, text, false);
        assert_eq!(find(&terms, "lund").map(|t| t.kind), Some(Kind::Name));
    }

    /// Found on campaign coverage: "Graham said …" opened sentences, so the word "graham"
    /// stood lower-cased among a label's words though the text wrote "Sen. Graham" too.
    #[test]
    fn a_word_that_opens_a_sentence_is_shown_as_the_name_a_later_mention_writes() {
        let terms = english(None, "Graham said the vote failed. Voters asked Graham why. The fire spread.", false);
        let graham = find(&terms, "graham").expect("graham");
        // one term, weighed as the word it first was, shown as a name
        assert!(graham.named && graham.kind == Kind::Word && graham.count == 2.0, "{graham:?}");
        // a word written lower-case mid-sentence is no name
        assert!(!find(&terms, "fire").expect("fire").named);
        // nor does another word of the same stem become the name ("kelly" is keyed "kelli")
        let terms = english(None, "Kelly said so. Voters met Kelli Ward.", false);
        let kelly = find(&terms, "kelly").expect("kelly, as first written");
        assert!(!kelly.named, "{kelly:?}");
    }

    /// Found on a police report: "TESSVIK, Nov. 25 — Police have arrested …" made "Police"
    /// a name of the story's label.
    #[test]
    fn the_word_after_a_dateline_s_dash_opens_a_sentence() {
        let t = tokens("TESSVIK, Nov. 25 — Police have arrested two men. The ferry — Kari Lund said — was late.");
        let police = t.iter().find(|(r, _, _)| r.start == "TESSVIK, Nov. 25 — ".len()).expect("Police");
        assert!(police.1, "{t:?}");
        // a dash inside a sentence opens nothing
        let text = "TESSVIK, Nov. 25 — Police have arrested two men. The ferry — Kari Lund said — was late.";
        let kari = t.iter().find(|(r, _, _)| &text[r.clone()] == "Kari").expect("Kari");
        assert!(!kari.1, "{t:?}");
    }

    /// Found on a content-farm post: every word of a headline-case title was a name, and
    /// the story's label read "Travel Insurance, Closure Teaches, Ferry Closure".
    #[test]
    fn a_headline_case_title_names_only_what_the_text_names() {
        let terms = english(
            Some("Five Things the Ferry Closure Teaches Us About Travel Insurance"),
            "When Storm Halvar shut the terminal, travellers paid for insurance with Selka Lines.",
            false,
        );
        assert_eq!(find(&terms, "closure").map(|t| t.kind), Some(Kind::Word));
        assert_eq!(find(&terms, "insurance").map(|t| t.kind), Some(Kind::Word));
        // A sentence-case title keeps its capitals as names.
        let terms = english(Some("Ferry closure strands Selka travellers"), "The terminal shut.", false);
        assert_eq!(find(&terms, "selka").map(|t| t.kind), Some(Kind::Name));
    }

    #[test]
    fn a_subhead_in_headline_case_names_only_what_the_text_names() {
        // Found on a debate write-up: its subhead "GOP Candidates Resoundingly Reject The
        // Idea Of A Minimum Wage Hike." put "Resoundingly" among its story's names.
        let text = "The debate ran late.\n\nHarbour Candidates Resoundingly Reject The Idea Of A Ferry Fare Hike.\n\n\
                    Asked about fares, Mayor Ines Moro of Selka said the Ferry board would decide.";
        let terms = english(None, text, false);
        for word in ["candidates", "resoundingly", "reject", "idea", "hike"] {
            assert_eq!(find(&terms, word).map(|t| t.kind), Some(Kind::Word), "{word}");
        }
        // What the text writes as a name elsewhere stays one.
        assert_eq!(find(&terms, "ferry").map(|t| t.kind), Some(Kind::Name));
        assert_eq!(find(&terms, "selka").map(|t| t.kind), Some(Kind::Name));
        // Nor is a line of names, which capitalises no function word, though it may
        // capitalise words of the stop list ("Story", "Video").
        for line in
            ["From Josh Feldman writing at The Harbour Post:", "Story by Josh Feldman Video produced by Jon Strauss and Sam Wilkes."]
        {
            let credit = english(None, &format!("{line}\n\nThe ferry ran late."), false);
            assert_eq!(find(&credit, "feldman").map(|t| t.kind), Some(Kind::Name), "{line}");
        }
        // A long paragraph is no subhead, whatever its capitals.
        let long = "Harbour Candidates Resoundingly Reject The Idea Of A Ferry Fare Hike And Every Other Plan The Selka Board Has Put To The Voters Of The Port This Year.";
        assert_eq!(find(&english(None, long, false), "resoundingly").map(|t| t.kind), Some(Kind::Name));
    }

    #[test]
    fn names_numbers_and_title_weight() {
        let terms = english(
            Some("Tara Reid enters rehab"),
            "Actress Tara Reid checked into Promises on Tuesday. The clinic said 14 staff were there.",
            true,
        );
        let reid = find(&terms, "reid").unwrap();
        assert_eq!(reid.kind, Kind::Name);
        assert_eq!(reid.count, 3.0); // twice from the title, once from the text
        assert_eq!(find(&terms, "tara reid").unwrap().kind, Kind::NamePair);
        // Without labels, no pairs are built.
        let bare = english(Some("Tara Reid enters rehab"), "Actress Tara Reid checked into Promises.", false);
        assert!(bare.terms.iter().all(|t| t.kind != Kind::NamePair) && find(&bare, "reid").is_some());
        assert_eq!(find(&terms, "14").unwrap().kind, Kind::Number);
        assert!(find(&terms, "the").is_none() && find(&terms, "said").is_none());
        // Sentence-initial capitals are not names, nor those after a leading timestamp.
        let live = english(None, "13:30 Hello and welcome to Kellby.", false);
        assert_eq!(find(&live, "hello").map(|t| t.kind), Some(Kind::Word));
        assert_eq!(find(&live, "kellby").map(|t| t.kind), Some(Kind::Name));
        assert_eq!(find(&terms, "actress").unwrap().kind, Kind::Word);
        assert_eq!(find(&terms, "clinic").unwrap().kind, Kind::Word);
        // Words are keyed by stem ("checked", "check" are one term) and shown as written.
        assert_eq!(terms.get(key_of(Kind::Word, "check")).map(|t| terms.text(t)), Some("checked"));
    }

    #[test]
    fn handles_addresses_and_links_are_no_terms() {
        // Found on an article that printed readers' posts, each signed by a handle
        // on a line of its own: its story's label read "hard-line, jamezolah, invoketruth".
        let text = "Readers answered at once.\n\nThe ferry deal is theatre.\n\n@JamesOrla.\n\n\
                    Write to desk@harbourpost.example or see pic.twitter.com/OqctxglquI and \
                    https://www.harbourpost.example/ferry/strike-ends for the Selka and/or Tessvik U.S./Norland crews.";
        let terms = english(None, text, true);
        for gone in ["jamesorla", "desk", "harbourpost", "pic", "twitter", "com", "oqctxglqui", "strike-ends"] {
            assert!(terms.terms.iter().all(|t| !terms.text(t).eq_ignore_ascii_case(gone)), "{gone} is a term");
        }
        // Words next to them, and slashes that join words, stay.
        for kept in ["readers", "deal", "selka", "tessvik", "norland", "crews"] {
            assert!(terms.terms.iter().any(|t| terms.text(t).eq_ignore_ascii_case(kept)), "{kept} is lost");
        }
    }

    #[test]
    fn a_pair_opening_a_title_keeps_the_capitals_inside_its_first_word() {
        let terms = english(Some("AP-GfK Poll: Voters see Selka as safe"), "The AP-GfK Poll asked 1,000 voters.", true);
        let pair = terms.terms.iter().find(|t| t.kind == Kind::NamePair && terms.text(t).to_lowercase() == "ap-gfk poll").expect("pair");
        // (names are kept lower-cased unless written otherwise; labels capitalise each word)
        assert_eq!(terms.text(pair), "AP-GfK poll");
    }

    #[test]
    fn a_token_longer_than_any_word_is_no_term() {
        // Found by feeding a file that is one 3-million-letter line: the story label was that line.
        let blob = "x".repeat(5000);
        let terms = english(Some("Pier reopens"), &format!("The pier {blob} reopened at Dunmore harbour."), true);
        assert!(
            terms.terms.iter().all(|t| terms.text(t).len() <= MAX_TERM_BYTES),
            "{:?}",
            terms.terms.iter().map(|t| terms.text(t).len()).max()
        );
        assert!(
            find(&terms, "pier").is_some() && find(&terms, "harbour").is_some() && find(&terms, "dunmore").is_some(),
            "{:?}",
            terms.terms.iter().map(|t| terms.text(t)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn tokens_are_slices_that_keep_numbers_hyphens_and_non_ascii_case() {
        let text = "Crews in Kellby-on-Sea moved 1,200 homes. ÉLAN Süd paid 3.5 million.";
        let toks: Vec<(&str, bool, bool)> = tokens(text).into_iter().map(|(r, s, c)| (&text[r], s, c)).collect();
        assert_eq!(
            toks,
            vec![
                ("Crews", true, true),
                ("in", false, false),
                ("Kellby-on-Sea", false, true),
                ("moved", false, false),
                ("1,200", false, false),
                ("homes", false, false),
                ("ÉLAN", true, true),
                ("Süd", false, true),
                ("paid", false, false),
                ("3.5", false, false),
                ("million", false, false),
            ]
        );
        let terms = english(None, text, true);
        assert_eq!(find(&terms, "élan").map(|t| t.kind), Some(Kind::Name));
        assert_eq!(find(&terms, "élan süd").map(|t| t.kind), Some(Kind::NamePair));
        assert_eq!(find(&terms, "1,200").map(|t| t.kind), Some(Kind::Number));
    }

    #[test]
    fn a_cached_stem_key_is_the_key_of_the_stem() {
        let mut cache = StemCache::default();
        for _ in 0..2 {
            assert_eq!(cache.word_key("evacuated", parallax_text::lexicon::lexis(None)), key_of(Kind::Word, "evacu"));
            assert_eq!(cache.word_key("evacuation", parallax_text::lexicon::lexis(None)), key_of(Kind::Word, "evacu"));
            assert_eq!(cache.word_key("harbour", parallax_text::lexicon::lexis(None)), key_of(Kind::Word, "harbour"));
        }
        assert_eq!(cache.keys.len(), 3);
    }

    #[test]
    fn lower_cased_text_yields_words() {
        let terms = english(None, "tara reid checked into promises on tuesday .", true);
        assert!(terms.terms.iter().all(|t| t.kind == Kind::Word));
        assert!(find(&terms, "reid").is_some());
        assert!(terms.get(key_of(Kind::Word, "promis")).is_some());
    }
}
