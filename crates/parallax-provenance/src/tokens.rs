//! Word tokens with byte offsets, hashed for comparison: the lower-cased
//! word (for verbatim matching) and its stem (for paraphrase matching).

use parallax_model::Span;
use parallax_text::lexicon::{is_stop, stem};

/// One word of a text. 16 bytes: documents are kept in a window, so size matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub len: u16,
    pub flags: u8,
    /// Hash of the lower-cased word.
    pub word: u32,
    /// Hash of the stem for content words, of the word otherwise.
    pub stem: u32,
}

pub const CONTENT: u8 = 1;
pub const NUMBER: u8 = 2;

impl Token {
    pub fn is_content(&self) -> bool {
        self.flags & CONTENT != 0
    }
    pub fn is_number(&self) -> bool {
        self.flags & NUMBER != 0
    }
    pub fn end(&self) -> usize {
        self.start as usize + self.len as usize
    }
}

/// A sentence as a range of tokens plus its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: (u32, u32),
    pub tokens: (u32, u32),
    /// Hash of the sentence's lower-cased words: equal for verbatim copies.
    pub exact: u64,
}

impl Sentence {
    pub fn token_count(&self) -> usize {
        (self.tokens.1 - self.tokens.0) as usize
    }
    pub fn span(&self) -> Span {
        Span::new(self.span.0 as usize, self.span.1 as usize)
    }
}

pub fn hash32(s: &str) -> u32 {
    xxhash_rust::xxh3::xxh3_64(s.as_bytes()) as u32
}

/// Tokens of `text` (words: alphanumeric runs with inner apostrophes and
/// hyphens; numbers keep their decimal marks).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let mut chars = text.char_indices().peekable();
    let mut start: Option<usize> = None;
    let mut lower = String::new();
    let mut prev_digit = false;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let keeps = c.is_alphanumeric()
            || (start.is_some() && matches!(c, '\'' | '’' | '-') && next.is_some_and(|n| n.is_alphanumeric()))
            || (start.is_some() && matches!(c, '.' | ',') && prev_digit && next.is_some_and(|n| n.is_ascii_digit()));
        if keeps {
            if start.is_none() {
                start = Some(i);
            }
            if c == '’' {
                lower.push('\'');
            } else {
                lower.extend(c.to_lowercase());
            }
            prev_digit = c.is_ascii_digit();
        } else if let Some(s) = start.take() {
            push(&mut out, s, i, &lower);
            lower.clear();
            prev_digit = false;
        }
    }
    if let Some(s) = start {
        push(&mut out, s, bytes.len(), &lower);
    }
    out
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, lower: &str) {
    let lower = lower.strip_suffix("'s").unwrap_or(lower);
    let number = lower.bytes().any(|b| b.is_ascii_digit());
    let content = number || (lower.chars().count() >= 2 && !is_stop(lower));
    let word = hash32(lower);
    let stem = if content && !number { hash32(&stem(lower)) } else { word };
    let flags = if content { CONTENT } else { 0 } | if number { NUMBER } else { 0 };
    out.push(Token { start: start as u32, len: (end - start).min(u16::MAX as usize) as u16, flags, word, stem });
}

/// One hash for a sequence of word hashes (a sentence, a run of words).
pub(crate) fn hash_words(words: impl Iterator<Item = u32>) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for w in words {
        h.update(&w.to_le_bytes());
    }
    h.digest()
}

/// Sentences over `tokens`, from byte spans (empty sentences dropped).
pub fn sentences(tokens: &[Token], spans: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(spans.len());
    let mut t = 0usize;
    for span in spans {
        while t < tokens.len() && (tokens[t].start as usize) < span.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end() <= span.end {
            t += 1;
        }
        if t == first {
            continue;
        }
        let exact = hash_words(tokens[first..t].iter().map(|tok| tok.word));
        out.push(Sentence { span: (span.start as u32, span.end as u32), tokens: (first as u32, t as u32), exact });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_numbers_and_offsets() {
        let text = "The port's crane, worth 4.5 million, fell — officials said.";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start as usize..t.end()]).collect();
        assert_eq!(words, ["The", "port's", "crane", "worth", "4.5", "million", "fell", "officials", "said"]);
        assert!(!toks[0].is_content() && toks[2].is_content() && toks[4].is_number());
        // possessive and plain forms compare equal, stems join inflections
        assert_eq!(toks[1].word, hash32("port"));
        assert_eq!(tokenize("officials")[0].stem, tokenize("official")[0].stem);
    }

    #[test]
    fn sentences_map_to_token_ranges() {
        let text = "One two three. Four five.";
        let toks = tokenize(text);
        let s = sentences(&toks, &[Span::new(0, 14), Span::new(15, 25)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, (0, 3));
        assert_eq!(s[1].tokens, (3, 5));
        assert_ne!(s[0].exact, s[1].exact);
    }
}
