//! Attribution by layout rather than by a cue verb:
//! - transcript turns: paragraphs opened by a speaker label that recurs in the
//!   article ("WALLACE: …", "Q: …"), with the unlabelled paragraphs that go on
//!   with the same turn;
//! - dash attribution: a quotation or statement followed by a dash and a name
//!   ("“…” — Commissioner Ana Lind", "… next year. ― Tomas Vell, an operator");
//! - quotations that open in one paragraph and close in a later one (each
//!   continued paragraph opens with a quote mark again, the last one closes).

use std::collections::HashMap;
use std::sync::LazyLock;

use parallax_model::Span;
use regex::Regex;

use crate::lexicon::DASHES;
use crate::marks::{apostrophe_at, closes, opens_at};
use crate::{Quote, QuoteKind, Range};

/// A speaker label opening a paragraph: up to four capitalised words, perhaps a short
/// bracket saying whom for ("QUESTION (Selka Daily):"), and a colon.
static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*["“]?\s*([A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3}(?: \([^()\n]{1,40}\))?):\s+\S"#).unwrap());

/// Editorial labels that open paragraphs but name no speaker.
const NOT_SPEAKERS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "CLARIFICATION",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "WATCH",
    "READ",
    "READ MORE",
    "RELATED",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "SOURCE",
    "SOURCES",
    "TAGS",
    "CREDIT",
    "ADVERTISEMENT",
    "MORE",
    "ALSO",
    "SEE ALSO",
    "POSTED",
    "PUBLISHED",
    "DATE",
    "BY",
    "CONTACT",
    "EMAIL",
    "PHONE",
    "TOPICS",
    "WARNING",
    "DISCLAIMER",
    "PICTURED",
    "LISTEN",
    "SUBSCRIBE",
    "SHARE",
    "WHEN",
    "WHERE",
    "WHAT",
    "WHO",
    "TICKETS",
    "PRICE",
    "COST",
    "ADDRESS",
    "HOURS",
];

fn opens_with_quote_mark(s: &str) -> bool {
    s.trim_start().starts_with(['"', '“', '«', '„', '‘'])
}

/// Transcript turns, and which paragraphs they cover. A label counts as a
/// speaker only when it opens two or more paragraphs that say different
/// things in sentences (so a one-off "LONDON:" dateline, a "Here is why:"
/// lead-in or the fields of a spec sheet are not turns).
pub(crate) fn transcript_turns(text: &str, paragraphs: &[Span]) -> (Vec<Quote>, Vec<bool>) {
    let labels: Vec<Option<(Range, usize)>> = paragraphs
        .iter()
        .map(|p| {
            let c = LABEL.captures(&text[p.start..p.end])?;
            let m = c.get(1)?;
            Some((Range { start: p.start + m.start(), end: p.start + m.end() }, p.start + m.end()))
        })
        .collect();
    // A speaker is keyed by the last word of the label: an interview names its guest in
    // full at the first turn ("Paul Ek:") and by the surname after ("Ek:").
    // (a bracket after the label is no part of it: "QUESTION (Selka Daily)" is a QUESTION)
    let bare = |r: Range| {
        let label = &text[r.start..r.end];
        &label[..label.find(" (").unwrap_or(label.len())]
    };
    let key = |r: Range| bare(r).split_whitespace().last().unwrap_or("").to_uppercase();
    // A turn says something: two words or more, opening with a letter or a
    // quote mark, with a sentence end or twelve words. Field labels of spec
    // sheets and listings ("Version: 9.04", "Name: Stolen Sack") do not.
    let says = |colon: usize, end: usize| {
        let body = text[colon + 1..end].trim();
        let words = body.split_whitespace().count();
        words >= 2
            && body.starts_with(|c: char| c.is_alphabetic() || matches!(c, '"' | '“' | '„' | '«'))
            && (words >= 12 || body.contains(['.', '?', '!', '…']))
    };
    // Per label: its paragraphs, the turns among them, and their distinct contents.
    let mut count: HashMap<String, (usize, usize, std::collections::HashSet<&str>)> = HashMap::new();
    for (p, l) in paragraphs.iter().zip(&labels) {
        if let Some((r, colon)) = l {
            let e = count.entry(key(*r)).or_default();
            e.0 += 1;
            if says(*colon, p.end) {
                e.1 += 1;
                e.2.insert(text[colon + 1..p.end].trim());
            }
        }
    }
    // A speaker label opens two or more turns with different words, and most of
    // its paragraphs are turns. A speaker is also named outside the labels
    // ("… the virologist Christian Drosten." before "Drosten: …"), or is an
    // interview's one-letter Q/A, or is written in capitals as in broadcast
    // transcripts ("WALLACE:"); "Advantages:" and "Availability:" are not.
    let named_elsewhere = |r: Range| {
        let same = || labels.iter().flatten().filter(move |(l, _)| key(*l) == key(r)).map(|(l, _)| bare(*l));
        if same().any(|l| l.chars().count() == 1 || !l.chars().any(char::is_lowercase)) {
            return true;
        }
        let label = bare(r);
        let last = label.split_whitespace().last().unwrap_or(label);
        let is_word =
            |t: &str, i: usize, w: &str| !t[..i].ends_with(char::is_alphanumeric) && !t[i + w.len()..].starts_with(char::is_alphanumeric);
        let uses = |hay: &str, needle: &str| hay.match_indices(needle).filter(|&(i, _)| is_word(hay, i, needle)).count();
        let as_label = same().filter(|l| *l == label).count();
        uses(text, last) > as_label
    };
    // Decided once per distinct label.
    let mut decided: HashMap<String, bool> = HashMap::new();
    for (r, _) in labels.iter().flatten() {
        let k = key(*r);
        if decided.contains_key(&k) {
            continue;
        }
        let yes = count.get(&k).is_some_and(|(n, turns, distinct)| distinct.len() >= 2 && turns * 3 >= n * 2)
            && !NOT_SPEAKERS.contains(&k.as_str())
            && named_elsewhere(*r);
        decided.insert(k, yes);
    }
    // An interview's guest, named only in a headline the text does not repeat, speaks in
    // turns that alternate with a speaker's ("Harbour Times: …" / "Moro: …"): a speaker too.
    let order: Vec<String> = labels.iter().flatten().map(|(r, _)| key(*r)).collect();
    // accepted[i]: the accepted speakers' turns among the first i labelled paragraphs
    let mut accepted = vec![0usize; order.len() + 1];
    for (i, o) in order.iter().enumerate() {
        accepted[i + 1] = accepted[i] + usize::from(decided.get(o).copied().unwrap_or(false));
    }
    let turns_ok = |k: &String| {
        count.get(k).is_some_and(|(n, turns, distinct)| distinct.len() >= 2 && turns * 3 >= n * 2) && !NOT_SPEAKERS.contains(&k.as_str())
    };
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, o) in order.iter().enumerate() {
        positions.entry(o.as_str()).or_default().push(i);
    }
    let guests: Vec<String> = decided
        .iter()
        .filter(|(k, yes)| !**yes && turns_ok(k))
        .filter(|(k, _)| {
            // a turn of an accepted speaker between two of its own
            let at = positions.get(k.as_str()).map_or(&[][..], Vec::as_slice);
            at.windows(2).any(|w| accepted[w[1]] > accepted[w[0] + 1])
        })
        .map(|(k, _)| k.clone())
        .collect();
    for g in guests {
        decided.insert(g, true);
    }
    let speaker = |r: Range| decided.get(&key(r)).copied().unwrap_or(false);
    let mut covered = vec![false; paragraphs.len()];
    let mut out = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let Some((label, colon)) = labels[i].filter(|(r, _)| speaker(*r)) else {
            i += 1;
            continue;
        };
        covered[i] = true;
        let body = &text[colon + 1..paragraphs[i].end];
        let start = colon + 1 + (body.len() - body.trim_start().len());
        let mut end = paragraphs[i].end;
        // Unlabelled paragraphs that reopen a quotation the paragraph before left
        // open go on with the turn; a bracketed stage note ("(CROSSTALK.)") ends it.
        let mut j = i + 1;
        while j < paragraphs.len() && labels[j].is_none() && unclosed_open(&text[paragraphs[j - 1].start..paragraphs[j - 1].end]).is_some()
        {
            let p = &text[paragraphs[j].start..paragraphs[j].end];
            let inner = p.trim_start().trim_start_matches(['"', '“', '«', '„']).trim_start();
            if !opens_with_quote_mark(p) || inner.starts_with(['(', '[']) {
                break;
            }
            covered[j] = true;
            end = paragraphs[j].end;
            j += 1;
        }
        let content = &text[start..end];
        let marks = content.chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
        let trimmed = if marks % 2 == 1 { content.trim_end_matches(['"', '”']) } else { content }.trim_end();
        if trimmed.split_whitespace().count() >= 2 {
            out.push(Quote {
                kind: QuoteKind::Direct,
                content: Range { start, end: start + trimmed.len() },
                cue: Some(Range { start: colon, end: colon + 1 }),
                source: Some(label),
                relayed_by: None,
            });
        }
        i = j;
    }
    interviewer_questions(text, paragraphs, &labels, &speaker, &mut covered, &mut out);
    out.sort_by_key(|q| q.content.start);
    (out, covered)
}

/// The interviewer's questions in an interview whose guest speaks in turns: a question
/// under a label of its own that opens only once ("Selka Daily: How long …?"), and the
/// unlabelled questions after it ("Why did it take so long?"), each right before one of
/// the guest's turns. They are the label's words; with no such label, no one's.
fn interviewer_questions(
    text: &str,
    paragraphs: &[Span],
    labels: &[Option<(Range, usize)>],
    speaker: &dyn Fn(Range) -> bool,
    covered: &mut [bool],
    out: &mut Vec<Quote>,
) {
    let turn = |k: usize| labels.get(k).copied().flatten().is_some_and(|(r, _)| speaker(r));
    let question = |from: usize, end: usize| {
        let body = text[from..end].trim();
        body.ends_with('?') && (2..=60).contains(&body.split_whitespace().count())
    };
    let mut interviewer: Option<Range> = None;
    for i in 0..paragraphs.len() {
        if covered[i] || !turn(i + 1) {
            continue;
        }
        let p = paragraphs[i];
        let (from, source) = match labels[i] {
            Some((r, colon)) if !speaker(r) => {
                interviewer = Some(r);
                (colon + 1, r)
            }
            Some(_) => continue,
            None => match interviewer {
                Some(r) => (p.start, r),
                None => continue,
            },
        };
        if !question(from, p.end) {
            continue;
        }
        let body = &text[from..p.end];
        let start = from + (body.len() - body.trim_start().len());
        covered[i] = true;
        out.push(Quote {
            kind: QuoteKind::Direct,
            content: Range { start, end: start + text[start..p.end].trim_end().len() },
            cue: labels[i].map(|(_, colon)| Range { start: colon, end: colon + 1 }),
            source: Some(source),
            relayed_by: None,
        });
    }
}

/// A name after an attribution dash: one to six words, each capitalised (or a
/// name particle), before a comma or the end of the line.
fn dash_name(text: &str, from: usize, line_end: usize) -> Option<Range> {
    let rest = &text[from..line_end];
    let lead = rest.len() - rest.trim_start().len();
    let body = rest.trim_start();
    let stop = body.find([',', '(', ';']).unwrap_or(body.len());
    let name = body[..stop].trim_end().trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || body.split_whitespace().count() > 20 {
        return None;
    }
    let particle = |w: &str| matches!(w, "de" | "da" | "del" | "van" | "von" | "der" | "bin" | "al" | "el" | "la" | "le" | "of" | "the");
    // A title or role written lowercase may stand inside: "Energy Ministry spokeswoman Hedda Lind".
    let role = |w: &str| w.starts_with("spokes") || parallax_text::lexicon::TITLES.contains(&w);
    let ok = words.iter().all(|w| {
        (w.starts_with(char::is_uppercase) || particle(w) || role(w))
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    }) && words[0].starts_with(char::is_uppercase)
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    ok.then_some(Range { start: from + lead, end: from + lead + name.len() })
}

/// The dash right after `at` (spaces and a comma between are allowed) and the
/// name after it, on the same line: `“…” — Ana Lind, a ferry operator`.
pub(crate) fn dash_after(text: &str, at: usize, hi: usize) -> Option<(Range, Range)> {
    // A signature follows the quotation closely: its line is read up to HEAD bytes.
    let seg = &text[at..text.floor_char_boundary(hi.min(at.saturating_add(crate::cue::HEAD)))];
    let line = &seg[..seg.find('\n').unwrap_or(seg.len())];
    let body = line.trim_start_matches([' ', ',', '\u{a0}']);
    let off = at + (line.len() - body.len());
    let dash = DASHES
        .iter()
        .find(|d| body.starts_with(**d))
        .map(|d| d.len_utf8())
        .or_else(|| body.starts_with("--").then_some(2))
        .or_else(|| (body.starts_with("- ") && body.len() < line.len()).then_some(1))?;
    let cue = Range { start: off, end: off + dash };
    let name = dash_name(text, cue.end, at + line.len())?;
    Some((cue, name))
}

/// A signature paragraph after a quotation that fills its own paragraph:
/// `“…”` then `- Ana Lind.` or `—Ana Lind, speaking at the pier.`
pub(crate) fn dash_paragraph(text: &str, next: Span) -> Option<(Range, Range)> {
    let para = &text[next.start..next.end];
    let body = para.trim_start();
    let off = next.start + (para.len() - body.len());
    let dash = DASHES.iter().find(|d| body.starts_with(**d)).map(|d| d.len_utf8()).or_else(|| {
        if body.starts_with("--") {
            Some(2)
        } else {
            body.starts_with('-').then_some(1)
        }
    })?;
    if body.split_whitespace().count() > 12 {
        return None;
    }
    let cue = Range { start: off, end: off + dash };
    let name = dash_name(text, cue.end, next.end)?;
    Some((cue, name))
}

/// Unquoted statements signed with a dash at the end of their line:
/// `Fares will rise by 4 percent next year. — Harbour Commissioner Ana Lind`.
pub(crate) fn dash_statements(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    for p in paragraphs {
        let mut line_start = p.start;
        for line in text[p.start..p.end].split('\n') {
            let ls = line_start;
            line_start += line.len() + 1;
            // The last sentence end followed by a dash.
            let Some((pos, _)) = line.char_indices().rfind(|&(_, c)| DASHES.contains(&c)) else { continue };
            let before = line[..pos].trim_end();
            if !before.ends_with(['.', '!', '?']) || before.split_whitespace().count() < 4 || before.contains(['"', '“', '”']) {
                continue;
            }
            let Some((cue, source)) = dash_after(text, ls + before.len(), ls + line.len()) else { continue };
            let content = before.trim_end_matches(['.', ' ']);
            let lead = content.len() - content.trim_start().len();
            out.push(Quote {
                kind: QuoteKind::Indirect,
                content: Range { start: ls + lead, end: ls + content.len() },
                cue: Some(cue),
                source: Some(source),
                relayed_by: None,
            });
        }
    }
    out
}

/// The position of a quotation mark that opens in `s` and does not close.
fn unclosed_open(s: &str) -> Option<usize> {
    let mut open: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        match open {
            Some((_, o)) if closes(o, c) && !apostrophe_at(s, i, c) => open = None,
            None if opens_at(s, i, c) => open = Some((i, c)),
            _ => {}
        }
    }
    open.map(|(i, _)| i)
}

/// A quotation running over paragraphs: it opens at `open` in paragraph
/// `first` and closes at `close` (after the mark) in a later paragraph, whose
/// own opening mark is at `last_open`.
pub(crate) struct Run {
    pub first: usize,
    pub open: usize,
    pub last_open: usize,
    pub close: usize,
}

/// Quotations that run over paragraphs, outside `covered` paragraphs.
pub(crate) fn paragraph_runs(text: &str, paragraphs: &[Span], covered: &[bool]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < paragraphs.len() {
        let p = &paragraphs[i];
        let Some(o) = unclosed_open(&text[p.start..p.end]).filter(|_| !covered[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        let mut end = None;
        while j < paragraphs.len() && !covered[j] && opens_with_quote_mark(&text[paragraphs[j].start..paragraphs[j].end]) {
            let q = &paragraphs[j];
            let s = &text[q.start..q.end];
            let lead = s.len() - s.trim_start().len();
            let mark = s[lead..].chars().next().unwrap_or('"');
            // The paragraph's own mark closes here, or the quotation goes on.
            let inner = &s[lead + mark.len_utf8()..];
            if let Some((k, c)) = inner.char_indices().find(|&(_, c)| closes(mark, c)) {
                let close = q.start + lead + mark.len_utf8() + k + c.len_utf8();
                end = Some((j, q.start + lead, close));
                break;
            }
            j += 1;
        }
        match end {
            Some((last, last_open, close)) => {
                out.push(Run { first: i, open: p.start + o, last_open, close });
                i = last + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_marks() {
        assert_eq!(unclosed_open("“We will rebuild. The pier"), Some(0));
        assert_eq!(unclosed_open("“We will rebuild,” she said."), None);
        assert_eq!(unclosed_open("She said: «Non»."), None);
        let t = "He said „Nein“ and left. \"It";
        assert_eq!(unclosed_open(t), t.find('"'));
    }
}
