//! Text utilities shared by the pipeline stages: paragraph and sentence
//! segmentation with byte offsets, word counts and language detection.

pub mod hashing;
mod language;
pub mod lexicon;
mod sentences;

pub use language::detect_language;
pub use sentences::{split_sentences, MAX_SENTENCE};

use parallax_model::Span;

/// Paragraphs of `text`: runs of non-blank lines separated by blank lines,
/// trimmed of surrounding white space.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push(trim_span(text, s, last_end));
            }
        } else {
            if start.is_none() {
                start = Some(line_start);
            }
            last_end = line_start + line.trim_end().len();
        }
    }
    if let Some(s) = start {
        out.push(trim_span(text, s, last_end));
    }
    out
}

fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(start + lead, end - trail)
}

/// Words, counted as maximal runs of alphanumeric characters (with inner
/// apostrophes and hyphens), the way word processors count them.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    let mut prev = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        if c.is_alphanumeric() {
            if !in_word {
                n += 1;
                in_word = true;
            }
        } else {
            // inner apostrophes and hyphens, and decimal marks inside numbers, keep the word going
            let joins = matches!(c, '\'' | '’' | '-') && next.is_alphanumeric()
                || matches!(c, '.' | ',') && prev.is_ascii_digit() && next.is_ascii_digit();
            if !(in_word && joins) {
                in_word = false;
            }
        }
        prev = c;
    }
    n
}

/// Paragraphs, then sentences inside each paragraph.
pub fn segment(text: &str) -> (Vec<Span>, Vec<Span>) {
    let paragraphs = split_paragraphs(text);
    let mut sentences = Vec::new();
    for p in &paragraphs {
        for s in split_sentences(p.slice(text)) {
            sentences.push(Span::new(p.start + s.start, p.start + s.end));
        }
    }
    (paragraphs, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_blank_line_separated_and_trimmed() {
        let text = "  First line\nstill first.  \n\n\nSecond.\n  \nThird\n";
        let spans = split_paragraphs(text);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["First line\nstill first.", "Second.", "Third"]);
    }

    #[test]
    fn word_count_handles_apostrophes_hyphens_and_numbers() {
        assert_eq!(word_count("The mayor's long-term plan costs 4.5 million."), 7);
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("— « »"), 0);
    }

    #[test]
    fn sentences_stay_inside_paragraphs() {
        let text = "One here. Two here.\n\nThree here.";
        let (p, s) = segment(text);
        assert_eq!(p.len(), 2);
        let got: Vec<&str> = s.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["One here.", "Two here.", "Three here."]);
    }
}
