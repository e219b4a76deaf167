//! Word tokens with byte offsets, as the tagger sees them.
//!
//! Hand-written because the tagger needs a tokenisation that is identical in
//! training and at run time and cheap per article: words (with inner
//! apostrophes, hyphens, periods and ampersands, as in `O'Brien`, `Saint-Denis`,
//! `U.S.`, `AT&T`), a possessive `'s` split off, and every other
//! punctuation character alone.

/// A token: `[start, end)` byte range in the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Tokens of `text[from..to]`, offsets into `text`.
pub fn tokenize(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let s = &text[from..to];
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: from + i, end: from + i + c.len_utf8() });
            continue;
        }
        let mut end = i + c.len_utf8();
        loop {
            match it.peek() {
                Some(&(j, d)) if d.is_alphanumeric() => {
                    end = j + d.len_utf8();
                    it.next();
                }
                Some(&(j, d)) if joins(d) => {
                    // A joiner stays inside the word only when a letter or digit follows it.
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(|a| a.is_alphanumeric()) {
                        end = j + d.len_utf8();
                        it.next();
                    } else if d == '.' && is_initialism(&s[i..end]) {
                        // `U.S.` keeps its final period.
                        end = j + 1;
                        it.next();
                        break;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let word = &s[i..end];
        // Split a possessive: `Merkel's` -> `Merkel`, `'s`.
        let poss = ["'s", "’s", "'S"].iter().find(|p| word.len() > p.len() + 1 && word.ends_with(**p));
        if let Some(p) = poss {
            let cut = end - p.len();
            out.push(Token { start: from + i, end: from + cut });
            out.push(Token { start: from + cut, end: from + end });
        } else {
            out.push(Token { start: from + i, end: from + end });
        }
    }
}

/// `U.S`, `U.N`, `e.g`: single letters joined by periods.
fn is_initialism(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn words_punctuation_and_possessives() {
        assert_eq!(
            words("Merkel's aide, O'Brien, flew to the U.S. on Jean-Luc's AT&T jet."),
            ["Merkel", "'s", "aide", ",", "O'Brien", ",", "flew", "to", "the", "U.S.", "on", "Jean-Luc", "'s", "AT&T", "jet", "."]
        );
    }

    #[test]
    fn multibyte_text_keeps_char_boundaries() {
        let s = "«José Mujica» — Zürich’s “mayor”.";
        let w = words(s);
        assert_eq!(w, ["«", "José", "Mujica", "»", "—", "Zürich", "’s", "“", "mayor", "”", "."]);
    }
}
