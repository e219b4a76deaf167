//! Rule-based sentence boundaries tuned for news copy.
//!
//! A boundary is a run of terminal punctuation (`.`, `!`, `?`, `…`), with any
//! closing quotes or brackets, followed by white space and a token that can
//! start a sentence. It is suppressed when:
//! - the word before a period is a known abbreviation (`Dr.`, `Gen.`, `Jan.`),
//!   an initial (`J.`), or an acronym with inner periods (`U.S.`) followed by
//!   a word that does not look like a sentence start;
//! - the period sits inside a quotation that closes later in the same
//!   paragraph (`"We will rebuild. We will not stop," she said.` is one sentence).

use parallax_model::Span;

/// Abbreviations that never end a sentence on their own (lowercased, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos",
    "vol", "vols", "p", "pp", "ch", "fig", "approx", "est", "dept", "univ", "assn", "bros", "co", "corp", "inc", "ltd", "plc", "vs", "v",
    "etc", "al", "e.g", "i.e", "cf", "ca", "op", "art", "sec", "min", "max", "ave", "blvd", "rd", "hwy", "ste",
];

/// Abbreviations that commonly end a sentence too (`... of Acme Inc. The ...`):
/// a boundary is kept after them when the next word is capitalised and not a name-like continuation.
const SOFT_ABBREVIATIONS: &[&str] = &["inc", "ltd", "corp", "co", "plc", "etc", "jr", "sr", "bros"];

/// US states as the news agencies abbreviate them after a town ("ORLANDO, Fla. (Reuters)",
/// "Springfield, Ill., was …"): soft abbreviations there, and only capitalised, since
/// several are words too ("ill", "miss", "wash").
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
    "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
];

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘' | '‹' | '「')
}
fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»' | '’' | '›' | '」' | '“')
}
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›')
}
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Split one paragraph into sentences, as byte ranges of `text`.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quote_depth = quote_depths(&chars);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        // Consume the run of terminals and closers.
        let mut j = i;
        while j < chars.len() && is_terminal(chars[j].1) {
            j += 1;
        }
        let mut closed_quote = false;
        while j < chars.len() && is_closing(chars[j].1) {
            closed_quote = true;
            j += 1;
        }
        // Must be followed by white space (or end of text).
        if j < chars.len() && !chars[j].1.is_whitespace() {
            i = j.max(i + 1);
            continue;
        }
        let end = if j < chars.len() { chars[j].0 } else { text.len() };
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        if k >= chars.len() {
            break; // the tail becomes the last sentence
        }
        let next_word = word_at(&chars, k);
        let boundary = if c == '.' && !closed_quote && j == i + 1 {
            period_ends_sentence(text, &chars, i, &next_word)
        } else {
            starts_sentence(&next_word)
        };
        // Inside a quotation that closes later in this paragraph: hold the sentence together.
        let inside_quote = quote_depth[i] > 0 && !closed_quote;
        if boundary && !inside_quote {
            push_trimmed(&mut out, text, start, end);
            start = chars[k].0;
            i = k;
            let _ = pos;
            continue;
        }
        i = j.max(i + 1);
    }
    push_trimmed(&mut out, text, start, text.len());
    out
}

/// The longest sentence, in bytes (about 650 words). Longer runs without a
/// sentence end (a list without full stops, text that lost its punctuation)
/// are cut at the last white space before the limit, so every stage that
/// works sentence by sentence does bounded work on each piece.
pub const MAX_SENTENCE: usize = 4_096;

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let (mut start, end) = (start + lead, end - trail);
    while end - start > MAX_SENTENCE {
        let limit = text.floor_char_boundary(start + MAX_SENTENCE);
        // Cut after the last white space before the limit, or at the limit in one long word.
        let cut = text[start..limit].rfind(char::is_whitespace).filter(|&i| i > 0).map_or(limit, |i| start + i);
        let piece = text[start..cut].trim_end();
        out.push(Span::new(start, start + piece.len()));
        start = cut + (text[cut..end].len() - text[cut..end].trim_start().len());
    }
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// Quote depth at each char: >0 inside a quotation that is closed later in the text.
/// Straight double quotes alternate open/close; curly and guillemet quotes nest.
/// An unclosed quotation (news convention for quotes running over paragraphs)
/// does not suppress boundaries, so a runaway quote cannot swallow the paragraph.
fn quote_depths(chars: &[(usize, char)]) -> Vec<u8> {
    let mut depth = vec![0u8; chars.len()];
    // Pair quotes with a stack; mark ranges between matched pairs.
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for (idx, &(_, c)) in chars.iter().enumerate() {
        if c == '"' {
            if let Some(&(open, '"')) = stack.last() {
                stack.pop();
                ranges.push((open, idx));
            } else if opens_here(chars, idx) {
                stack.push((idx, '"'));
            }
        } else if is_open_quote(c)
            && (c != '‘' || (opens_here(chars, idx) && !next_is_digit(chars, idx)))
            && !(c == '“' && closes_curly(&stack))
        {
            stack.push((idx, c));
        } else if is_close_quote(c) && !(c == '’' && between_letters(chars, idx)) {
            if let Some(pos) = stack.iter().rposition(|&(_, o)| matches_pair(o, c)) {
                let (open, _) = stack[pos];
                stack.truncate(pos);
                ranges.push((open, idx));
            }
        }
    }
    for (a, b) in ranges {
        for d in depth.iter_mut().take(b).skip(a + 1) {
            *d = d.saturating_add(1);
        }
    }
    depth
}

/// German-style „...“ uses `“` as the closing mark.
fn closes_curly(stack: &[(usize, char)]) -> bool {
    matches!(stack.last(), Some(&(_, '„')))
}

fn matches_pair(open: char, close: char) -> bool {
    matches!((open, close), ('“', '”') | ('„', '“') | ('„', '”') | ('«', '»') | ('‘', '’') | ('‹', '›') | ('「', '」'))
}

/// Whether a digit follows `idx`: `‘` before one cuts a year short ("in ‘08").
fn next_is_digit(chars: &[(usize, char)], idx: usize) -> bool {
    chars.get(idx + 1).is_some_and(|&(_, c)| c.is_ascii_digit())
}

/// Whether `idx` stands between two letters: `’` there is an apostrophe ("that’s").
fn between_letters(chars: &[(usize, char)], idx: usize) -> bool {
    idx > 0 && chars[idx - 1].1.is_alphabetic() && chars.get(idx + 1).is_some_and(|&(_, c)| c.is_alphabetic())
}

/// A straight quote or `‘` opens when preceded by start/space/opening punctuation.
fn opens_here(chars: &[(usize, char)], idx: usize) -> bool {
    idx == 0 || {
        let p = chars[idx - 1].1;
        p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':')
    }
}

fn word_at(chars: &[(usize, char)], k: usize) -> String {
    chars[k..].iter().map(|&(_, c)| c).take_while(|c| !c.is_whitespace()).collect()
}

/// Whether a token can open a sentence: capital letter, digit, opening quote or bracket.
fn starts_sentence(word: &str) -> bool {
    let stripped = word.trim_start_matches(|c: char| is_open_quote(c) || matches!(c, '"' | '\'' | '(' | '[' | '—' | '-'));
    match stripped.chars().next() {
        Some(c) => c.is_uppercase() || c.is_numeric() || (!c.is_alphabetic() && stripped.len() < word.len()),
        None => !word.is_empty(),
    }
}

fn period_ends_sentence(text: &str, chars: &[(usize, char)], dot: usize, next_word: &str) -> bool {
    if !starts_sentence(next_word) {
        return false;
    }
    // The token before the period (letters and inner dots).
    let mut b = dot;
    while b > 0 && (chars[b - 1].1.is_alphanumeric() || chars[b - 1].1 == '.') {
        b -= 1;
    }
    let token = &text[chars[b].0..chars[dot].0];
    if token.is_empty() {
        return true;
    }
    let lower = token.to_lowercase();
    // Single letter initial: "J. Smith", "U. N." -- but not a lone pronoun "I.", nor a
    // letter that is a name of its own before a sentence opener ("said on X. Nobody was hurt").
    if token.chars().count() == 1 && token.chars().all(|c| c.is_uppercase()) && token != "I" {
        return next_is_function_word(next_word);
    }
    // Acronyms with inner dots: "U.S.", "a.m.": a boundary only when the next
    // word is a typical sentence opener rather than a name or noun. A domain name
    // ("editor of TheIowaRepublican.com. Iowa State …") is a word like any other.
    let domain = token.split('.').count() >= 2 && token.split('.').all(|p| p.chars().count() >= 2) && {
        let tld = token.rsplit('.').next().unwrap_or("");
        (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())
    };
    if token.contains('.') && !domain {
        return next_is_function_word(next_word);
    }
    // "ORLANDO, Fla. (Reuters) -", "in Dover, Del. The port …": a state after a town.
    let after_town = text[..chars[b].0].ends_with(", ");
    if after_town && STATE_ABBREVIATIONS.contains(&token) {
        return next_is_function_word(next_word);
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        if SOFT_ABBREVIATIONS.contains(&lower.as_str()) {
            return next_is_function_word(next_word);
        }
        // "No. 5", "Gen. Ortiz", "Jan. 12": never a boundary.
        return false;
    }
    true
}

/// Words that usually open a new sentence after an abbreviation-final sentence.
fn next_is_function_word(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "But",
        "And",
        "In",
        "On",
        "At",
        "For",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "There",
        "Officials",
        "Meanwhile",
        "However",
        "Still",
        "Yet",
        "So",
        "As",
        "Nobody",
        "No",
        "Everyone",
        "Everybody",
        "Nothing",
        "None",
        "Some",
        "Many",
        "Both",
        "Most",
    ];
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    OPENERS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("The bridge fell. Nobody was hurt! Why? Officials asked."),
            ["The bridge fell.", "Nobody was hurt!", "Why?", "Officials asked."]
        );
    }

    #[test]
    fn abbreviations_and_titles_do_not_split() {
        assert_eq!(
            split("Dr. Ana Ruiz met Gen. Tomas Vell on Jan. 12 in St. Clair. They spoke."),
            ["Dr. Ana Ruiz met Gen. Tomas Vell on Jan. 12 in St. Clair.", "They spoke."]
        );
        assert_eq!(split("Mr. and Mrs. Hale arrived. No. 5 was closed."), ["Mr. and Mrs. Hale arrived.", "No. 5 was closed."]);
    }

    #[test]
    fn a_state_after_a_town_does_not_split() {
        assert_eq!(
            split("ORLANDO, Fla. (Reuters) - Vell met survivors and said more must be done."),
            ["ORLANDO, Fla. (Reuters) - Vell met survivors and said more must be done."]
        );
        assert_eq!(
            split("She grew up in Dover, Del. The two met in Salem, Ore., in 1990."),
            ["She grew up in Dover, Del.", "The two met in Salem, Ore., in 1990."]
        );
        // a word, not a state: "ill", and a capitalised one that opens no town
        assert_eq!(split("He was ill. Doctors came."), ["He was ill.", "Doctors came."]);
    }

    #[test]
    fn acronyms_split_only_before_sentence_openers() {
        assert_eq!(split("He moved to the U.S. Navy base. Then he left."), ["He moved to the U.S. Navy base.", "Then he left."]);
        assert_eq!(split("Talks were held in the U.S. The deal failed."), ["Talks were held in the U.S.", "The deal failed."]);
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(
            split("The report by J. R. Okafor was read aloud. It was long."),
            ["The report by J. R. Okafor was read aloud.", "It was long."]
        );
    }

    #[test]
    fn a_one_letter_name_ends_a_sentence_before_an_opener() {
        assert_eq!(
            split("The service said on X. Nobody was hurt. Plan B. The rest failed."),
            ["The service said on X.", "Nobody was hurt.", "Plan B.", "The rest failed."]
        );
        assert_eq!(split("Jon K. Olsen and Ann B. Vik came."), ["Jon K. Olsen and Ann B. Vik came."]);
    }

    #[test]
    fn quotation_spanning_sentences_stays_whole() {
        assert_eq!(
            split("\u{201c}We will rebuild. We will not stop,\u{201d} she said. The crowd cheered."),
            ["\u{201c}We will rebuild. We will not stop,\u{201d} she said.", "The crowd cheered."]
        );
        assert_eq!(
            split("\"It is over. Go home,\" the officer said. Nobody moved."),
            ["\"It is over. Go home,\" the officer said.", "Nobody moved."]
        );
    }

    #[test]
    fn quote_ending_a_sentence_splits_after_the_closing_mark() {
        assert_eq!(
            split("She said: \u{201c}It is done.\u{201d} Then she left."),
            ["She said: \u{201c}It is done.\u{201d}", "Then she left."]
        );
        assert_eq!(split("He said \"no.\" It ended."), ["He said \"no.\"", "It ended."]);
    }

    #[test]
    fn unclosed_quote_does_not_swallow_the_paragraph() {
        // News convention: a quote running into the next paragraph has no closing mark.
        assert_eq!(
            split("\u{201c}We start today. The plan is ready. More later."),
            ["\u{201c}We start today.", "The plan is ready.", "More later."]
        );
    }

    #[test]
    fn decimals_urls_and_lowercase_continuations() {
        assert_eq!(
            split("Prices rose 4.5 percent at example.com today. e.g. this one stays."),
            ["Prices rose 4.5 percent at example.com today. e.g. this one stays."]
        );
    }

    #[test]
    fn a_domain_name_ends_a_sentence_as_a_word_does() {
        // Found on PolNeAR's train split: "…, editor of TheIowaRepublican.com.  Iowa State
        // University's Dianne Bystrom agreed." was one sentence, read as an acronym's dot.
        assert_eq!(
            split("Ask the editor of HarbourNews.com. Selka Lines agreed."),
            ["Ask the editor of HarbourNews.com.", "Selka Lines agreed."]
        );
        // An acronym still waits for a sentence opener.
        assert_eq!(split("The U.S. Navy sailed in. Ph.D. Candidates wrote."), ["The U.S. Navy sailed in.", "Ph.D. Candidates wrote."]);
    }

    #[test]
    fn guillemets_and_german_quotes() {
        assert_eq!(split("«Nous partons. Demain,» a-t-il dit. Fin."), ["«Nous partons. Demain,» a-t-il dit.", "Fin."]);
        assert_eq!(split("„Wir gehen. Morgen“, sagte er. Ende."), ["„Wir gehen. Morgen“, sagte er.", "Ende."]);
    }

    #[test]
    fn a_year_cut_short_and_an_apostrophe_are_no_quotation_marks() {
        // Found on PolNeAR's train split: "said in ‘08 that …. “I do sense … that’s …”" was
        // one sentence, the year's mark paired with the apostrophe as a quotation.
        assert_eq!(
            split("Lind said in ‘08 that the ferries would return. “The town’s patience is thin,” she said."),
            ["Lind said in ‘08 that the ferries would return.", "“The town’s patience is thin,” she said."]
        );
        // A single quotation closes at its own mark, not at an apostrophe inside it.
        assert_eq!(
            split("Berg said ‘the pier won’t open. Not in May.’ Lind agreed."),
            ["Berg said ‘the pier won’t open. Not in May.’", "Lind agreed."]
        );
    }

    #[test]
    fn offsets_are_char_boundaries() {
        let text = "Café «ouvert». Élan vital! Ñandú.";
        for s in split_sentences(text) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert_eq!(split(text), ["Café «ouvert».", "Élan vital!", "Ñandú."]);
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_into_bounded_pieces_between_words() {
        // Fuzzed input: thousands of words and quote marks with no full stop.
        let text = "Lind said \u{201c}the pier ".repeat(600);
        let spans = split_sentences(&text);
        assert!(spans.len() > 3, "{} pieces", spans.len());
        for s in &spans {
            assert!(s.end - s.start <= MAX_SENTENCE, "{} bytes", s.end - s.start);
            // Cut between words: white space (or the text's edge) on both sides.
            assert!(s.start == 0 || text[..s.start].ends_with(' '), "{:?}", &text[s.start..s.start + 20]);
            assert!(text[s.end..].is_empty() || text[s.end..].starts_with(' '), "{:?}", &text[s.end - 20..s.end]);
        }
        // Nothing is lost: the pieces hold every word.
        let words: usize = spans.iter().map(|s| text[s.start..s.end].split_whitespace().count()).sum();
        assert_eq!(words, text.split_whitespace().count());
        // One word longer than the limit is cut at a char boundary.
        let word = "é".repeat(3 * MAX_SENTENCE);
        let spans = split_sentences(&word);
        assert_eq!(spans.iter().map(|s| s.end - s.start).sum::<usize>(), word.len());
        assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE));
    }
}
