//! Quotation marks: which characters open and close a quotation, and the quoted passages of a paragraph.

/// Whether `c` opens a quotation.
pub(crate) fn is_open(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„' | '‘' | '\'')
}

/// Whether `c`, at byte `i` of `s`, opens a quotation: an opening single mark right after
/// a letter or before a digit is none. A straight single mark (British style typed in ASCII, "She said: 'We
/// will strike.'") opens one only before a word and not after one, as an apostrophe
/// ("don't", "the workers' union") never does.
pub(crate) fn opens_at(s: &str, i: usize, c: char) -> bool {
    match c {
        // (nor before a year cut short: "said in ‘08 that …")
        '‘' => !s[..i].ends_with(char::is_alphanumeric) && !s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()),
        // (and not before an elided word of one letter: "Sophie in 't Veld", "rock 'n' roll")
        '\'' => {
            let word = s[i + 1..].split(|x: char| !x.is_alphanumeric()).next().unwrap_or("");
            !s[..i].ends_with(|p: char| p.is_alphanumeric() || p == '\'')
                && word.starts_with(char::is_alphabetic)
                && word.chars().nth(1).is_some()
        }
        _ => is_open(c),
    }
}

/// Whether `d`, at byte `j` of `s`, is an apostrophe ("don’t"), not a closing single mark.
/// A plural possessive ("the workers’ union") is one too when a later mark can still close
/// the quotation before another opens.
pub(crate) fn apostrophe_at(s: &str, j: usize, d: char) -> bool {
    if d != '’' && d != '\'' {
        return false;
    }
    let rest = &s[j + d.len_utf8()..];
    if rest.starts_with(char::is_alphanumeric) {
        return true;
    }
    let possessive =
        s[..j].ends_with('s') && rest.strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_lowercase) && !starts_with_cue(r));
    // A later mark can still close the quotation before another opens.
    let opens_again = |k: usize| if d == '’' { rest[..k].contains('‘') } else { rest[..k].contains(" '") };
    possessive && rest.find(d).is_some_and(|k| !opens_again(k))
}

/// Whether `r` starts with a word that follows a closing mark rather than a possessive
/// ("… the docks’ she said").
fn starts_with_cue(r: &str) -> bool {
    let w = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "said" | "says" | "added" | "told" | "according")
}

/// Whether `s` holds a quotation mark (a closing single mark may be an apostrophe, and does not count).
pub(crate) fn has_mark(s: &str) -> bool {
    s.contains(['“', '”', '"', '«', '»', '„', '‘'])
}

/// Whether `c` closes a quotation opened by `open` (a straight mark may close a curly one).
pub(crate) fn closes(open: char, c: char) -> bool {
    match open {
        '"' => c == '"',
        '“' => c == '”' || c == '"',
        '«' => c == '»',
        '„' => c == '“' || c == '”',
        '‘' => c == '’',
        '\'' => c == '\'',
        _ => false,
    }
}

/// Quoted passages in a paragraph: (start of open mark, end after close mark,
/// whether it holds fewer than three words). A short passage is a quote only
/// where it is set off as an utterance (see `find_quotes_in`).
pub(crate) fn quoted_spans(text: &str, from: usize, to: usize) -> Vec<(usize, usize, bool)> {
    let mut out = Vec::new();
    let s = &text[from..to];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        // NYT style: two apostrophes open and close a quotation.
        if c == '\'' && s[i + 1..].starts_with('\'') {
            it.next();
            if let Some(j) = s[i + 2..].find("''") {
                // "''… say, 'What did he mean?'''": a quotation inside closes first, then this one.
                let e = i + 2 + j + 2 + usize::from(s[i + 2 + j + 2..].starts_with('\''));
                out.push((from + i, from + e, s[i..e].split_whitespace().count() < 3));
                while it.peek().is_some_and(|&(k, _)| k < e) {
                    it.next();
                }
            }
            continue;
        }
        // A mistyped open ("”Fear. I am afraid,” wrote …"): a closing mark where a
        // quotation opens, after a space or the paragraph's start and before a word.
        let misopened =
            c == '”' && (i == 0 || s[..i].ends_with(char::is_whitespace)) && s[i + c.len_utf8()..].starts_with(char::is_alphanumeric);
        if !(opens_at(s, i, c) || misopened) {
            continue;
        }
        let mut end = None;
        for (j, d) in it.by_ref() {
            // A mistyped close ("“Apparently not,“ he said"): an opening mark right after
            // the words it closes, before a space, a punctuation mark or the end.
            let misclosed = c == '“'
                && d == '“'
                && s[..j].ends_with(|x: char| !x.is_whitespace())
                && !s[j + d.len_utf8()..].starts_with(|x: char| x.is_alphanumeric());
            // Mixed typography in scraped text: `"…”`, with no curly opening mark inside.
            let mixed = c == '"' && d == '”' && !s[i + 1..j].contains('“');
            let reclosed = misopened && matches!(d, '”' | '"');
            if (closes(c, d) || misclosed || mixed || reclosed) && !apostrophe_at(s, j, d) {
                end = Some(j + d.len_utf8());
                break;
            }
        }
        if let Some(e) = end {
            out.push((from + i, from + e, s[i..e].split_whitespace().count() < 3));
        }
    }
    out
}
