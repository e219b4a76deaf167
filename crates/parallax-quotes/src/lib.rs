//! Quotes and attribution, by rule: who is reported saying what.
//!
//! A quote has a content span (what was said), a cue (the reporting verb,
//! `according to`, or the punctuation that introduces it) and a source (who
//! said it), each as byte offsets into the text.
//! - Direct quotes: text between quote marks (any of " “ ” « » „ ‘ ’), with a cue
//!   after it (`“…,” the minister said`, `“…,” said Ana Lind`) or before it
//!   (`Lind said: “…”`).
//! - Indirect speech: a cue verb, the subject before it as the source, and the
//!   clause after it (without `that`) as the content (`Officials said the pier
//!   would reopen`).
//! - `according to X`: the source is X and the content the rest of the sentence.
//!
//! Speaker resolution to entities comes with the entity stage; here the source
//! is the span the text names (`the influential US daily`, `she`).

mod cue;
mod direct;
mod indirect;
mod layout;
mod lexicon;
mod marks;
mod source;

use std::collections::HashMap;

use parallax_model::Span;
use serde::Serialize;

use direct::{attribute_uncued, direct_quotes, multi_paragraph};
use indirect::indirect_quotes;
use lexicon::{BE_FORMS, CUE, HEARER_CUES, HEDGES, IN_VIEW, RELAY, SUBJECT_PRONOUNS};
use source::{clean_source, dateline_end};

/// Direct (all quoted), indirect (paraphrased) or mixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
    Mixed,
}

/// A `[start, end)` byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// One attributed statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    pub kind: QuoteKind,
    pub content: Range,
    pub cue: Option<Range>,
    pub source: Option<Range>,
    /// Who relays the quote (`Reuters` in `Reuters cited an aide as saying …`; the aide is the source).
    pub relayed_by: Option<Range>,
}

/// The speaker of the last quote found so far whose cue lies in `lo..hi` ("…,” Ms.
/// Acosta said, explaining …": the speaker a participle after her cue reports).
pub(crate) fn speaker_of_cue_between(out: &[Quote], lo: usize, hi: usize) -> Option<Range> {
    out.iter()
        .filter(|q| q.source.is_some() && q.cue.is_some_and(|c| c.start >= lo && c.end <= hi))
        .max_by_key(|q| q.cue.map(|c| c.start))
        .and_then(|q| q.source)
}

/// Quotes in `text`, segmenting it first (for callers that only have text).
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let (paragraphs, sentences) = parallax_text::segment(text);
    find_quotes_in(text, &paragraphs, &sentences)
}

/// Where the noun phrase closing `phrase` starts when a participle right after it has it
/// as its subject: after "with" ("… with recent polls showing …"), or after "to" when it
/// names a written or broadcast thing ("… went to ads extolling …"; "sent a note to
/// supporters saying …" is the sender's). At most three lowercase words ("… with Kerr
/// writing …" is the subject's).
fn participle_subject_after_preposition(phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let k = words.iter().rposition(|w| matches!(*w, "with" | "to"))?;
    let np = &words[k + 1..];
    let ok = !np.is_empty()
        && np.len() <= 3
        && np.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && (words[k] == "with" || lexicon::MEDIA_AFTER_TO.contains(&np[np.len() - 1].to_lowercase().as_str()));
    ok.then(|| words[..=k].iter().map(|w| w.len() + 1).sum())
}

/// "Her campaign sent out a note saying: “…”": a participle after its clause's object
/// speaks for the clause's subject, which ends where the verb's phrase starts (not when
/// another report's cue lies in the phrase: "The town released a statement saying …" is
/// that report's, read once).
fn participles_after_objects(text: &str, out: &mut [Quote]) {
    let mut cue_starts: Vec<usize> = out.iter().filter_map(|q| q.cue.map(|c| c.start)).collect();
    cue_starts.sort_unstable();
    for q in out.iter_mut() {
        let (Some(r), Some(c)) = (q.source, q.cue) else { continue };
        if !text[c.start..c.end].split(' ').next().is_some_and(|w| w.ends_with("ing")) || r.end > c.start {
            continue;
        }
        let from = cue_starts.partition_point(|&x| x < r.start);
        if cue_starts.get(from).is_some_and(|&x| x < r.end) {
            continue;
        }
        let phrase = &text[r.start..r.end];
        let starts = phrase.match_indices(' ').map(|(i, _)| i + 1);
        for at in starts {
            let head = phrase[..at].trim_end();
            if head.split_whitespace().any(|w| matches!(w.to_lowercase().as_str(), "who" | "which" | "that")) {
                break;
            }
            if source::verb_phrase(text, Range { start: r.start + at, end: r.end }) {
                // "… with recent polls showing …", "… went to ads extolling …": a participle
                // right after a preposition's noun phrase is that phrase's
                if let Some(np) = participle_subject_after_preposition(phrase) {
                    q.source = Some(Range { start: r.start + np, end: r.end });
                    break;
                }
                // (less an auxiliary or adverb before the verb: "She also sent a tweet saying …")
                let head = without_trailing(head, |w| lexicon::AUXILIARIES_BEFORE_VERB.contains(&w));
                q.source = Some(Range { start: r.start, end: r.start + head.len() });
                break;
            }
        }
    }
}

/// The speaker `r` of a report with the cue `cue`, less what stands before a noun cue:
/// "Berg gave assurances that …" has the verb "gave" before it, no part of the speaker;
/// "offered a pledge that …" leaves an article alone, no speaker at all.
fn before_noun_cue(text: &str, r: Range, cue: Option<Range>) -> Option<Range> {
    let src = &text[r.start..r.end];
    if matches!(src, "a" | "an" | "the") {
        return None;
    }
    let giving = |verb: &str| {
        matches!(verb, "gave" | "gives" | "give" | "giving" | "offered" | "offers" | "repeated" | "repeats" | "issued" | "issues")
    };
    match src.rsplit_once(' ') {
        Some((head, verb)) if giving(verb) && cue.is_some_and(|c| r.end <= c.start) => {
            Some(Range { start: r.start, end: r.start + head.trim_end().len() })
        }
        _ => Some(r),
    }
}

/// Quotes in `text`, given its paragraphs and sentences (an article's own segmentation).
pub fn find_quotes_in(text: &str, paragraphs: &[Span], sentences: &[Span]) -> Vec<Quote> {
    // Transcript turns first: their paragraphs are one quote each.
    let (mut out, covered) = layout::transcript_turns(text, paragraphs);
    // An interview's unnamed "Q:" / "A:" turns: the reports inside them are found as in the
    // text around them ("A: … I said …", "My staff cautioned me …").
    // (their contents' bounds, sorted: looked up, not scanned, per quote)
    let mut open: Vec<(usize, usize)> = out
        .iter()
        .filter(|q| q.source.is_some_and(|s| matches!(&text[s.start..s.end], "A" | "Q" | "Answer" | "ANSWER" | "Question" | "QUESTION")))
        .map(|q| (q.content.start, q.content.end))
        .collect();
    open.sort_unstable();
    let uncued = direct_quotes(text, paragraphs, sentences, &covered, &mut out);
    multi_paragraph(text, paragraphs, &covered, &mut out);
    out.extend(layout::dash_statements(text, paragraphs));
    indirect_quotes(text, sentences, &open, &mut out);
    hedged_reports(text, sentences, &mut out);
    view_reports(text, sentences, &mut out);
    attribute_uncued(text, sentences, &uncued, &mut out);
    out.sort_by_key(|q| q.content.start);
    relays(text, sentences, &mut out);
    citing_relays(text, &mut out);
    out.retain(|q| !q.source.is_some_and(|r| source::not_a_subject(text, r)));
    for q in out.iter_mut() {
        q.source = q.source.and_then(|r| clean_source(text, r)).and_then(|r| before_noun_cue(text, r, q.cue));
        // Reported words start after the dateline that opens a paragraph ("PORT AVEN — Forty
        // people were hurt …, the authority said"): the place and dash are the outlet's.
        let para_start = paragraphs.binary_search_by_key(&q.content.start, |p| p.start).is_ok();
        if let Some(after) = dateline_end(text, q.content.start, q.content.end).filter(|&a| para_start && a < q.content.end) {
            q.content.start = after;
        }
    }
    // "Berg and others who want to ban trawling said the ruling …": a report in a relative
    // clause ends where the main clause's cue starts, the cue whose speaker stands before
    // the relative pronoun. (Cues looked up by position, a few per quote.)
    let mut cues: Vec<(usize, usize)> = out.iter().filter_map(|o| Some((o.cue?.start, o.source?.start))).filter(|&(c, s)| s < c).collect();
    cues.sort_unstable();
    for q in out.iter_mut() {
        let (Some(cue), Some(src)) = (q.cue, q.source) else { continue };
        if !matches!(text[src.start..src.end].to_lowercase().as_str(), "who" | "which" | "that") || q.content.start < cue.end {
            continue;
        }
        let from = cues.partition_point(|&(c, _)| c < q.content.start);
        let main = cues[from..].iter().take(8).take_while(|&&(c, _)| c < q.content.end).find(|&&(_, s)| s < src.start);
        if let Some(&(c, _)) = main {
            let end = q.content.start + text[q.content.start..c].trim_end_matches([' ', ',']).len();
            if end > q.content.start {
                q.content.end = end;
            }
        }
    }
    participles_after_objects(text, &mut out);
    // "…, while raising questions about X": a participle's speaker is its sentence's
    // subject, and so is a verb's phrase read as one ("…, even went on CNN to declare …");
    // with none found, the words are no report.
    let mut unspoken = vec![false; out.len()];
    for (q, flag) in out.iter_mut().zip(unspoken.iter_mut()) {
        let Some(r) = q.source.filter(|&r| source::participle_clause(text, r) || source::verb_phrase(text, r)) else { continue };
        let ss = sentence_start(sentences, r.start).unwrap_or(r.start);
        q.source = source::sentence_subject(text, ss, r.start).and_then(|s| clean_source(text, s)).filter(|&s| {
            s.end <= r.start
                && (s.end <= q.content.start || s.start >= q.content.end)
                && !source::participle_clause(text, s)
                && !source::not_a_subject(text, s)
        });
        *flag = q.source.is_none();
    }
    drop_flagged(&mut out, &unspoken);
    // "Rubio says he opposes …" is one report, Rubio's: a cue whose pronoun subject
    // comes after another cue in the same clause (within the cue's window: "Lind said on
    // Monday the pier she wants …"), inside that cue's content, is part of it.
    let same_clause = |between: &str| {
        !between.contains([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']) && !between.contains(" - ") && !between.contains("--")
    };
    // Looked up, not scanned, so a text with thousands of quotes costs no more per quote:
    // the direct quotes' cues by content, and every quote by where its content starts.
    let mut direct_cues: HashMap<(usize, usize), Vec<Option<Range>>> = HashMap::new();
    for o in out.iter().filter(|o| o.kind == QuoteKind::Direct) {
        direct_cues.entry((o.content.start, o.content.end)).or_default().push(o.cue);
    }
    let mut by_start: Vec<usize> = (0..out.len()).collect();
    by_start.sort_by_key(|&i| out[i].content.start);
    let longest = out.iter().map(|o| o.content.end - o.content.start).max().unwrap_or(0);
    let nested: Vec<bool> = out
        .iter()
        .map(|q| {
            // The same quoted words found again by an inner cue ("Lind said he believes “…”").
            let key = (q.content.start, q.content.end);
            if q.kind != QuoteKind::Direct && direct_cues.get(&key).is_some_and(|cues| cues.iter().any(|c| *c != q.cue)) {
                return true;
            }
            let Some(src) = q.source.filter(|s| SUBJECT_PRONOUNS.contains(&text[s.start..s.end].to_lowercase().as_str())) else {
                return false;
            };
            // (a clause that reports what follows its cue: "which he once supported" reports
            // the pronoun before it, a clause of its own)
            if q.cue.is_some_and(|c| q.content.start < c.start) {
                return false;
            }
            // Further on, "that" marks the pronoun's clause as the outer report's own: "Lind
            // told the council on Monday that she wants …", "… and that she wanted …".
            let after_that =
                cue::before(text, src.start).trim_end().rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("that"));
            // A content that holds `src.start..q.content.end` starts at most `longest` before its end.
            let lo = by_start.partition_point(|&i| out[i].content.start.saturating_add(longest) < q.content.end);
            let hi = by_start.partition_point(|&i| out[i].content.start <= src.start);
            by_start[lo..hi.max(lo)]
                .iter()
                .map(|&i| &out[i])
                .filter(|o| open.binary_search(&(o.content.start, o.content.end)).is_err())
                .any(|o| {
                    o.cue.is_some_and(|c| {
                        c.end <= src.start && ((src.start - c.end < cue::NEAR && same_clause(&text[c.end..src.start])) || after_that)
                    }) && o.content.start <= src.start
                        && q.content.end <= o.content.end
                })
        })
        .collect();
    drop_flagged(&mut out, &nested);
    // A participle cue ("…, adding …", "…, saying …") reports the speaker of the
    // attribution just before it in the same paragraph.
    for i in 1..out.len() {
        // A passive cue ("The damage was estimated at …") names no speaker, and gets none;
        // "was told" names its hearer, who may be the speaker before. "Clinton was asked
        // what happened" puts a question to its subject: the asker is unsaid.
        // Nor does a passive without its "be" before an infinitive ("a fee believed to be
        // around 12 million crowns").
        let passive = out[i].cue.is_some_and(|c| {
            let raised = matches!(&text[c.start..c.end], "believed" | "thought" | "understood" | "rumoured" | "rumored" | "alleged")
                && text[c.end..].starts_with(" to ");
            raised
                || (&text[c.start..c.end] != "told"
                    && cue::before(text, c.start).split_whitespace().next_back().is_some_and(|w| BE_FORMS.contains(&w)))
        });
        // A hedge ("reportedly") names no one by design, and neither does a question put
        // to the speaker ("Asked about the delay, she said …": the asker is the reporter).
        let hedge = out[i].cue.is_some_and(|c| HEDGES.is_match(&text[c.start..c.end]));
        // Nor "when asked whether …", "after being asked about …", unless "by" names the asker.
        let asked = out[i].cue.is_some_and(|c| {
            text[c.start..c.end].starts_with("Asked") || (text[c.start..c.end].starts_with("asked") && cue::reduced_passive(text, c.start))
        });
        // Only a participle or quoted words take it: any other cue with no speaker found
        // ("New Hampshire seems stable", "a think tank known for …") is no continuation of
        // the last report.
        let participle = out[i].cue.is_some_and(|c| text[c.start..c.end].split(' ').next().unwrap_or("").ends_with("ing"));
        let continues = participle || out[i].kind == QuoteKind::Direct;
        if out[i].source.is_none() && continues && !passive && !hedge && !asked {
            let para = paragraphs.iter().find(|p| p.start <= out[i].content.start && out[i].content.start < p.end);
            let prev = out[i - 1].source;
            if let (Some(p), Some(src)) = (para, prev) {
                if src.start >= p.start {
                    out[i].source = Some(src);
                }
            }
        }
    }
    // "…, union leader Sami Okafor said, adding that …": a participle cue right after
    // another report's cue and a comma has that report's speaker, whoever the sentence's
    // subject is.
    let cue_ends: HashMap<usize, usize> = out.iter().enumerate().filter_map(|(i, q)| Some((q.cue?.end, i))).collect();
    for i in 0..out.len() {
        let Some(cue) = out[i].cue.filter(|c| text[c.start..c.end].ends_with("ing")) else { continue };
        let lead = text[..cue.start].trim_end_matches(' ');
        let Some(before) = lead.strip_suffix(',') else { continue };
        // (a short setting may come between: "…, Hollande said Tuesday in Paris, noting …";
        // read within the cue's window, as every look back from a cue is)
        let lo = cue::window_start(text, cue.start);
        let setting_from = |k: usize| {
            before[lo.min(k)..k].char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(w, c)| lo.min(k) + w + c.len_utf8())
        };
        let mut at = before.len();
        let mut found = cue_ends.get(&at).copied();
        for _ in 0..4 {
            if found.is_some() {
                break;
            }
            let Some(w) = setting_from(at) else { break };
            let word = &before[w..at];
            if word.is_empty() || word.contains([',', ';', '"', '”', '“']) || CUE.is_match(word) {
                break;
            }
            at = before[..w].trim_end().len();
            found = cue_ends.get(&at).copied();
        }
        if let Some(j) = found.filter(|&j| j != i && out[j].source.is_some()) {
            out[i].source = out[j].source;
            out[i].relayed_by = out[j].relayed_by;
        }
    }
    end_before_trailing_reports(text, &mut out);
    end_before_coordinated_reports(text, &mut out);
    end_before_shared_subject_cues(text, &mut out);
    end_stance_objects(text, &mut out);
    end_in_opening_clauses(text, sentences, &mut out);
    end_subject_noun_reports(text, sentences, &mut out);
    end_relative_reports(text, &mut out);
    reported_reports(text, &mut out);
    // A cue with no speaker inside another report's words ("Reid says he has taken pains
    // to stay neutral so he would not be accused of rigging the contest") is part of that
    // report, not a report of its own.
    // So is a passive "been told" with no clause after it ("Moro had been told personally
    // in a meeting in June"): who told is unsaid and what was told is elsewhere.
    let passive_told = |q: &Quote| {
        q.cue.is_some_and(|c| {
            &text[c.start..c.end] == "told"
                && text[..c.start].trim_end().rsplit(' ').next().is_some_and(|w| matches!(w, "been" | "being"))
                && matches!(
                    text[q.content.start..q.content.end].split_whitespace().next(),
                    Some("in" | "at" | "on" | "during" | "personally" | "privately" | "repeatedly")
                )
        })
    };
    let inner: Vec<bool> = out
        .iter()
        .map(|q| {
            (q.source.is_none() || passive_told(q))
                && q.cue.is_some_and(|c| {
                    !HEDGES.is_match(&text[c.start..c.end])
                        && out.iter().any(|o| o.source.is_some() && o.content.start <= c.start && c.end <= o.content.end)
                })
        })
        .collect();
    drop_flagged(&mut out, &inner);
    // A "source" that runs over another report's cue ("Trump shot back in a statement"
    // before "saying") ends before it; one that opens with it ("told reporters the
    // operators" before "offered") is the words of that report, not a speaker.
    // A report inside the other one's words is part of them ("Okafor told reporters the
    // operators had offered “crumbs”").
    let mut cues: Vec<(Range, Range)> = out.iter().filter_map(|q| Some((q.cue?, q.content))).collect();
    cues.sort_by_key(|(c, _)| c.start);
    let mut swallowed = vec![false; out.len()];
    for (q, gone) in out.iter_mut().zip(swallowed.iter_mut()) {
        let Some(s) = q.source else { continue };
        let from = cues.partition_point(|(c, _)| c.start < s.start);
        let Some((c, words)) = cues[from..].iter().take_while(|(c, _)| c.start < s.end).find(|(c, _)| c.end <= s.end && Some(*c) != q.cue)
        else {
            continue;
        };
        let kept = text[s.start..c.start].trim_end().trim_end_matches(',').trim_end();
        let inside = q.cue.is_some_and(|own| words.start <= own.start && own.end <= words.end);
        if kept.is_empty() || inside {
            *gone = true;
        } else {
            q.source = Some(Range { start: s.start, end: s.start + kept.len() });
        }
    }
    drop_flagged(&mut out, &swallowed);
    // "said the pier would reopen, as did her deputy": the words end before the others who
    // said the same.
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let c = &text[q.content.start..q.content.end];
        if let Some(i) =
            [", as did ", ", as does ", ", as do ", ", as have ", ", as has ", ", as had "].iter().filter_map(|p| c.find(p)).min()
        {
            if i > 0 && !marks::has_mark(&c[i..]) {
                q.content.end = q.content.start + i;
            }
        }
    }
    // "Strand is quoted as saying …", "Lind was heard as saying …": the passive before "as"
    // is no part of the speaker.
    for q in out.iter_mut() {
        let Some(s) = q.source else { continue };
        let src = &text[s.start..s.end];
        let Some(head) = src.strip_suffix(" as") else { continue };
        let Some((subject, verb)) = head.rsplit_once(' ') else { continue };
        if !matches!(verb, "quoted" | "cited" | "heard" | "recorded" | "overheard" | "filmed" | "reported") {
            continue;
        }
        let subject = subject.trim_end();
        let subject = lexicon::BE_FORMS
            .iter()
            .chain(["has been", "have been", "had been"].iter())
            .find_map(|b| subject.strip_suffix(b).filter(|rest| rest.ends_with(' ')))
            .map_or(subject, str::trim_end);
        if !subject.is_empty() && subject != src {
            q.source = Some(Range { start: s.start, end: s.start + subject.len() });
        }
    }
    infinitive_speakers(text, &mut out);
    contracted_pronouns(text, &mut out);
    copula_tails(text, &mut out);
    named_appositives(text, &mut out);
    parc_spans(text, &mut out);
    end_before_relative_clauses(text, &mut out);
    partly_quoted_clauses(text, sentences, &mut out);
    join_coordinated_fragments(text, &mut out);
    quotation_after_a_manner(text, &mut out);
    misread_openings(text, &mut out);
    speakers_inside_other_quotations(&mut out);
    medium_noun_echoes(text, &mut out);
    // Two quotations of one clause widen to the same report: it is listed once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|q| seen.insert((q.content.start, q.content.end, q.cue.map(|c| c.start))));
    out
}

/// "The ministry said in a statement that …": the noun naming the medium of a verb's report
/// is no second report of the same words by the same speaker. A noun cue ("statement
/// that") right after another cue and "in a" (or "in his", "in a brief") is dropped when
/// that cue's report holds its words and names the same speaker. (Cues looked up by where
/// they end, one per quote.)
fn medium_noun_echoes(text: &str, out: &mut Vec<Quote>) {
    let by_cue_end: HashMap<usize, Vec<usize>> =
        out.iter().enumerate().filter_map(|(i, q)| Some((q.cue?.end, i))).fold(HashMap::new(), |mut m, (e, i)| {
            m.entry(e).or_default().push(i);
            m
        });
    let echo: Vec<bool> = out
        .iter()
        .map(|q| {
            let (Some(cue), Some(src)) = (q.cue, q.source) else { return false };
            let words = &text[cue.start..cue.end];
            if !words.ends_with(" that") || words.contains(char::is_uppercase) || q.kind == QuoteKind::Direct {
                return false;
            }
            // "… said in a (brief) statement that": a preposition, a determiner and at most
            // one word more stand between the verb's cue and the noun
            let lead = &text[..cue.start];
            let mut at = lead.trim_end_matches(' ').len();
            let mut between = Vec::new();
            while between.len() < 3 && !matches!(between.last(), Some(&("in" | "on"))) {
                let from = lead[..at].rfind(' ').map_or(0, |i| i + 1);
                between.push(&lead[from..at]);
                at = lead[..from].trim_end_matches(' ').len();
            }
            let det = |w: &str| matches!(w, "a" | "an" | "his" | "her" | "its" | "their" | "the");
            let medium = match between.as_slice() {
                [d, p] => det(d) && matches!(*p, "in" | "on"),
                [w, d, p] => w.bytes().all(|b| b.is_ascii_lowercase()) && det(d) && matches!(*p, "in" | "on"),
                _ => false,
            };
            if !medium {
                return false;
            }
            let verb_end = at;
            by_cue_end.get(&verb_end).is_some_and(|outer| {
                outer.iter().map(|&i| &out[i]).any(|o| {
                    o.source.is_some_and(|s| text[s.start..s.end] == text[src.start..src.end])
                        && o.content.start <= q.content.start
                        && q.content.end <= o.content.end
                })
            })
        })
        .collect();
    drop_flagged(out, &echo);
}

/// A speaker is never words quoted for someone else: a report whose source lies inside a
/// quotation while its cue lies outside it ("“… we realized it was all lies,” said a
/// shop owner who declined to be named for fear of trouble") read its source across the
/// closing mark, and is dropped. (Quotations looked up by position, not scanned.)
fn speakers_inside_other_quotations(out: &mut Vec<Quote>) {
    let mut quoted: Vec<Range> = out.iter().filter(|q| q.kind == QuoteKind::Direct).map(|q| q.content).collect();
    quoted.sort_by_key(|r| r.start);
    let longest = quoted.iter().map(|r| r.end - r.start).max().unwrap_or(0);
    let gone: Vec<bool> = out
        .iter()
        .map(|q| {
            let (Some(s), Some(c)) = (q.source, q.cue) else { return false };
            let lo = quoted.partition_point(|r| r.start + longest < s.end);
            let hi = quoted.partition_point(|r| r.start <= s.start);
            quoted[lo..hi.max(lo)].iter().any(|r| r.start <= s.start && s.end <= r.end && !(r.start <= c.start && c.end <= r.end))
        })
        .collect();
    drop_flagged(out, &gone);
}

/// What follows "by" when it opens reported words and is no passive's agent: a means
/// ("responded by pointing a finger") or a measure ("say by 55%-41% that …", "by an
/// overwhelming margin").
fn by_means_or_measure(after: &str) -> bool {
    let words: Vec<&str> = after.split_whitespace().take(4).collect();
    let first = words.first().copied().unwrap_or("");
    lexicon::is_gerund(first)
        || words.iter().take(2).any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        || words.iter().any(|w| matches!(w.trim_end_matches([',', '.']), "margin" | "margins" | "average" | "percent" | "points" | "votes"))
}

/// Indirect reports whose words open with "by" or "and", or with "to" after "add", which
/// reported words do not:
/// - "by" opens them only for a means or a measure; any other "by" starts a passive's
///   agent ("The film, written by …", "a fact confirmed by the department"), a speaker
///   and not the words, and the report is dropped;
/// - after a cue, "and" joins a second verb to it ("Lind defended and minimized the
///   remarks", "was mocked and criticized"): the cue is both verbs and the words start
///   after the second. Any other "and" means the cue was no verb of saying there ("drone
///   attacks and mass shootings"): no report;
/// - "adding to her lead", "adds to the drama" add to a sum: no report.
fn misread_openings(text: &str, out: &mut Vec<Quote>) {
    let mut gone = vec![false; out.len()];
    for (q, gone) in out.iter_mut().zip(gone.iter_mut()) {
        let Some(cue) = q.cue.filter(|_| q.kind == QuoteKind::Indirect) else { continue };
        let words = &text[q.content.start..q.content.end];
        if let Some(agent) = words.strip_prefix("by ") {
            *gone = !by_means_or_measure(agent);
            continue;
        }
        // "adding to her delegate lead", "adds to the drama": a sum, not a saying.
        if words.starts_with("to ") && text[cue.start..cue.end].to_lowercase().starts_with("add") {
            *gone = true;
            continue;
        }
        let Some(rest) = words.strip_prefix("and ") else { continue };
        let verb = rest.split_whitespace().next().unwrap_or("");
        let is_verb =
            verb.len() > 3 && verb.chars().all(|c| c.is_ascii_lowercase()) && (verb.ends_with("ed") || lexicon::is_cue_word(verb));
        let after = q.content.start + 4 + verb.len();
        let words = source::trim_range(text, Range { start: after, end: q.content.end });
        if is_verb && cue.end <= q.content.start && words.end > words.start && !text[after..].starts_with([',', '.', ';']) {
            q.cue = Some(Range { start: cue.start, end: after });
            q.content = words;
        } else {
            *gone = true;
        }
    }
    drop_flagged(out, &gone);
}

/// "put it more bluntly: “It's theft.”": a manner before a colon is the telling's; the
/// quotation after it, a whole one, is the report.
fn quotation_after_a_manner(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Mixed) {
        let c = &text[q.content.start..q.content.end];
        let Some(colon) = c.find(": ") else { continue };
        let (head, quote) = (&c[..colon], c[colon + 2..].trim_start());
        // (a quotation that opens right after the colon and runs to the end)
        let whole = marks::quoted_spans(quote, 0, quote.len())
            .first()
            .is_some_and(|&(s, e, _)| s == 0 && quote[e..].trim_end_matches(['.', ',']).is_empty());
        if whole && !head.is_empty() && head.split_whitespace().count() <= 3 && !marks::has_mark(head) {
            q.content.start = q.content.end - quote.len();
            q.kind = QuoteKind::Direct;
        }
    }
}

/// Quoted words inside a reported clause ("Strand said the lease was “a gift to a friend
/// of the mayor”") report the whole clause, partly quoted: the content starts right after
/// the cue, and the kind is mixed. Not a quotation set off by a colon or a comma, nor one
/// with other quoted words or a sentence end between it and its cue.
fn partly_quoted_clauses(text: &str, sentences: &[Span], out: &mut [Quote]) {
    // Words that read as (part of) a clause: two or more, not ending in a mark that sets a
    // quotation off, with no quotation of their own.
    let clause = |words: &str| {
        words.split_whitespace().nth(1).is_some() && !words.ends_with([':', ',', ';', '—', '–', '(', '.']) && !marks::has_mark(words)
    };
    // (a comma after the cue opens nothing: "The estimates, he added, were “…”")
    let from = |at: usize| {
        let at = source::trim_range(text, Range { start: at, end: text.len() }).start;
        if text[at..].starts_with(", ") {
            at + 2
        } else {
            at
        }
    };
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        let Some(cue) = q.cue else { continue };
        let Some(ss) = sentence_start(sentences, q.content.start) else { continue };
        if sentence_start(sentences, cue.start) != Some(ss) {
            continue;
        }
        if cue.start >= q.content.end {
            // "The lease was “a gift to a friend”, Strand said": the clause opens the sentence.
            let before = text[ss..q.content.start].trim();
            if clause(before) && !CUE.is_match(before) {
                q.content.start = from(ss);
                q.kind = QuoteKind::Mixed;
                // "That would create a “summer of agony” for Clinton, forcing her to …, said
                // Bannon": the clause runs on after the quoted words to the comma before the
                // speaker, unless another quotation or a cue comes first.
                let tail = &text[q.content.end..cue.start];
                if let Some(comma) = tail.rfind(',') {
                    let (run, speaker) = (&tail[..comma], &tail[comma + 1..]);
                    let speaker_only = speaker.split_whitespace().count() <= 6 && !marks::has_mark(speaker);
                    if speaker_only && !run.trim().is_empty() && !marks::has_mark(run) && !CUE.is_match(run) && !run.contains(';') {
                        q.content.end += run.trim_end().len();
                    }
                }
            }
            continue;
        }
        if cue.end >= q.content.start {
            continue;
        }
        let between = text[cue.end..q.content.start].trim();
        // "wants a medal because the building was “cleared …”": the quoted words give a
        // reason or a time, not what the cue reports.
        // (only after a "that" opening the reported clause: "told supporters shortly after
        // midnight that voters had “…”" sets the telling's time first)
        let clause_words = between.rsplit_once(" that ").map_or(between, |(_, tail)| tail);
        // ("the days when the nation had “…” are gone": "when" after a time noun is relative,
        // inside the clause)
        let words: Vec<&str> = clause_words.split_whitespace().collect();
        let subordinate = words.iter().enumerate().any(|(k, w)| {
            let relative_when = *w == "when" && k > 0 && lexicon::TIME_NOUNS_BEFORE_WHEN.contains(&words[k - 1].to_lowercase().as_str());
            matches!(*w, "because" | "after" | "when" | "while" | "although" | "since" | "before" | "until" | "if") && !relative_when
        });
        // A subject pronoun alone opens a clause too ("said it “regrets the disruption”").
        let pronoun = SUBJECT_PRONOUNS.contains(&between.to_lowercase().as_str());
        // "were accused by the minister of “…”": a passive's agent, then what it said.
        let agent = between.starts_with("by ");
        if subordinate || agent || !(clause(between) || pronoun) {
            continue;
        }
        q.content.start = from(cue.end);
        // A setting after the cue is the telling's, not the told ("said on Monday it was “…”").
        while let Some(m) = lexicon::SETTING
            .find(&text[q.content.start..q.content.end])
            .filter(|m| m.end() > 0 && text[q.content.start + m.end()..].starts_with([' ', ',']))
        {
            q.content.start = from(q.content.start + m.end());
        }
        // The hearer of "told" or "warned" is not told ("told the court that he had “…”"),
        // when a clause plainly opens after it: "that" or a subject pronoun.
        let word = text[cue.start..cue.end].to_lowercase();
        if word.starts_with("told") || HEARER_CUES.contains(&word.as_str()) {
            let rest = &text[q.content.start..q.content.end];
            if let Some(end) = cue::hearer_end(rest).filter(|&e| {
                let next = rest[e..].split_whitespace().next().unwrap_or("").to_lowercase();
                // (after a one-word hearer, a determiner opens the clause too: "told
                // parliament the increase was “…”")
                let one_word = rest[..e].split_whitespace().count() == 1;
                next == "that"
                    || SUBJECT_PRONOUNS.contains(&next.as_str())
                    || (one_word && matches!(next.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its"))
            }) {
                q.content.start = from(q.content.start + end);
            } else if let Some(at) = cue::place_before_that(rest, true) {
                // "told analysts in October that the bank was “…”": a short hearer and a
                // setting before "that" (which the words keep, as after a hearer alone).
                let at = if rest[..at].trim_end().ends_with("that") { rest[..at].trim_end().len() - 4 } else { at };
                q.content.start = from(q.content.start + at);
            }
        }
        q.kind = QuoteKind::Mixed;
        // A speaker read inside the words as if the cue were inverted ("said the days when
        // the nation had “…”"), a lowercase common noun's phrase, is none: the sentence's
        // subject before the cue speaks ("…, said Kofman, …" keeps its name).
        let inside = q
            .source
            .is_some_and(|s| s.start >= q.content.start && s.end <= q.content.end && text[s.start..s.end].starts_with(char::is_lowercase));
        if inside {
            q.source = source::sentence_subject(text, ss, cue.start).and_then(|r| clean_source(text, r)).filter(|r| r.end <= cue.start);
        }
        // The clause runs on after the quoted words to the sentence's end ("was “a gift” to
        // his friends"), unless another quotation, a comma or a cue comes first. The
        // sentence is the one the quoted words end in, also when they end it ("…
        // “every sensible budget.”" ran on into the next paragraph).
        let end = sentences.get(sentences.partition_point(|s| s.end < q.content.end)).map_or(q.content.end, |s| s.end);
        let rest = text[q.content.end.min(end)..end].trim_end().trim_end_matches(['.', '!', '?']);
        if !rest.trim().is_empty() && !marks::has_mark(rest) && !rest.contains([',', ';']) && !CUE.is_match(rest) {
            q.content.end += rest.len();
        }
    }
}

/// "told parliament that the routes were “no longer viable” and that a new bridge would
/// “serve far more people”": a second quotation of the same cue, joined to the first
/// report by "and" (or "but") in the same sentence, is part of that report.
fn join_coordinated_fragments(text: &str, out: &mut Vec<Quote>) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        if out[i].kind != QuoteKind::Direct || drop[i] {
            continue;
        }
        let Some(cue) = out[i].cue else { continue };
        let start = out[i].content.start;
        let Some(j) = (0..out.len()).find(|&j| {
            j != i && !drop[j] && out[j].kind == QuoteKind::Mixed && out[j].cue == Some(cue) && out[j].content.end <= start && {
                let between = text[out[j].content.end..start].trim();
                let words: Vec<&str> = between.split_whitespace().collect();
                matches!(words.first(), Some(&("and" | "but")))
                    && words.len() <= 12
                    && !between.contains(['.', '!', '?', ';'])
                    && !marks::has_mark(between)
                    && !CUE.is_match(between)
            }
        }) else {
            continue;
        };
        out[j].content.end = out[i].content.end;
        drop[i] = true;
    }
    drop_flagged(out, &drop);
}

/// The output spans as PARC marks them (the scheme of the gold data). The rules above
/// work on the bare reported clause; the convention is applied once, here.
fn parc_spans(text: &str, out: &mut [Quote]) {
    // A bracket the content does not open is the sentence's, not the report's: "(…, he
    // said Florida may not be out of reach)".
    for q in out.iter_mut() {
        let c = &text[q.content.start..q.content.end];
        if c.ends_with(')') && c.matches(')').count() > c.matches('(').count() {
            q.content.end = q.content.start + c[..c.len() - 1].trim_end().len();
        }
    }
    // "warned of …", "called for …", "spoke about …": the preposition right after the cue
    // is the cue's, as PARC marks it.
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let Some(cue) = q.cue.as_mut().filter(|c| c.end <= q.content.start && text[c.end..q.content.start].trim().is_empty()) else {
            continue;
        };
        let c = &text[q.content.start..q.content.end];
        let Some(prep) = ["about ", "of ", "for ", "on ", "with ", "against "].into_iter().find(|p| c.starts_with(p)) else { continue };
        // "said about 12,000 people took part": "about" is the number's, not the cue's.
        let next = c[prep.len()..].split_whitespace().next().unwrap_or("").to_lowercase();
        let number = next.starts_with(|ch: char| ch.is_ascii_digit()) || lexicon::NUMBER_WORDS.contains(&next.as_str());
        if c.len() > prep.len() + 2 && !(prep == "about " && number) {
            cue.end = q.content.start + prep.len() - 1;
            q.content.start += prep.len();
        }
    }
    // "said that the pier …": the complementizer after the cue belongs to the reported
    // clause, as PARC marks it.
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let Some(cue) = q.cue.filter(|c| c.end < q.content.start) else { continue };
        let before = &text[cue.end..q.content.start];
        if before.strip_suffix("that ").is_some_and(|head| head.ends_with(char::is_whitespace)) {
            q.content.start -= "that ".len();
        }
    }
}

/// "Lind praised the crews, who said they …": a relative clause set off after a noun
/// phrase that is all a report's words is no part of them (it holds a report of its own,
/// or tells who the object is). Not in a reported clause ("said the mayor, who was
/// tired, would resign"), which holds a verb before the comma.
fn end_before_relative_clauses(text: &str, out: &mut [Quote]) {
    // (words after their cue only: "The program, which was created in 1990, has grown,
    // they say" is all reported)
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Indirect && q.cue.is_some_and(|c| c.end <= q.content.start)) {
        let c = &text[q.content.start..q.content.end];
        let Some(i) = [", who ", ", which "].iter().filter_map(|p| c.find(p)).min() else { continue };
        let head = &c[..i];
        let words: Vec<&str> = head.split_whitespace().collect();
        let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let verb = |w: &str| lexicon::verb_like(&bare(w));
        let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
        let clause = matches!(first.as_str(), "that" | "whether" | "if" | "to" | "how" | "what" | "why" | "when" | "where")
            || words.iter().any(|w| verb(w) || SUBJECT_PRONOUNS.contains(&bare(w).as_str()));
        // (nor a relative clause closed by a comma before the predicate of the noun phrase
        // it follows: "the mayor, who was tired, would resign")
        let predicate = c[i + 2..].split_once(", ").is_some_and(|(_, rest)| rest.split_whitespace().next().is_some_and(verb));
        if !clause && !predicate && (1..=12).contains(&words.len()) && !marks::has_mark(head) {
            q.content.end = q.content.start + i;
        }
    }
}

/// Drops the quotes whose flag (by position) is set.
fn drop_flagged(out: &mut Vec<Quote>, flags: &[bool]) {
    debug_assert_eq!(out.len(), flags.len());
    let mut keep = flags.iter().map(|f| !f);
    out.retain(|_| keep.next().unwrap_or(true));
}

/// An indirect report's content ends where a trailing report of the same words begins:
/// in "Clinton told investigators she was advised …, the New York Times reported", the
/// words "told" reports stop before ", the New York Times reported".
fn end_before_trailing_reports(text: &str, out: &mut [Quote]) {
    let trailing: Vec<(Range, Range, Range)> = out
        .iter()
        .filter_map(|o| {
            let (src, cue) = (o.source?, o.cue?);
            // the outer report's words come first, then its source, then its cue
            (o.content.end <= src.start && src.end <= cue.start).then_some((o.content, src, cue))
        })
        .collect();
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Indirect) {
        let Some(cue) = q.cue else { continue };
        let cut = trailing
            .iter()
            .filter(|(content, src, outer_cue)| {
                *outer_cue != cue
                    && content.start <= cue.start
                    && cue.end <= content.end
                    && q.content.start < src.start
                    && outer_cue.end <= q.content.end
                    && text[content.end..src.start].trim().chars().all(|c| matches!(c, ',' | '-') || lexicon::DASHES.contains(&c))
            })
            .map(|(content, _, _)| content.end)
            .min();
        if let Some(end) = cut.filter(|&e| e > q.content.start) {
            q.content.end = q.content.start + text[q.content.start..end].trim_end_matches([',', ' ']).len();
        }
    }
}

/// "The mayor said the pier would reopen, but the union said it would strike": a
/// report joined to the one before by a comma and a conjunction, by a contrast ("while",
/// "whereas") or by a semicolon ends that one's content, which holds neither the second
/// speaker nor the second cue.
fn end_before_coordinated_reports(text: &str, out: &mut [Quote]) {
    const JOINS: [&str; 15] = [
        ", but ",
        ", while ",
        ", whereas ",
        ", and ",
        ", although ",
        ", though ",
        ", yet ",
        ", as ",
        " while ",
        " whereas ",
        "; ",
        // (after an aside set off by dashes: "She is backing Kerr -- not me -- and she says …")
        "-- and ",
        "— and ",
        "– and ",
        " - and ",
    ];
    // (source start, cue start, whether a comma alone joins it) of every report whose
    // speaker comes before its cue. "… wherever they want me, I said guys, I am not …": a
    // pronoun right before its cue, whose words follow the cue and open with no verb (not
    // the aside in "The pier, she believes, will reopen"), is a clause joined by a comma.
    let spliced = |o: &Quote, s: Range, c: Range| {
        let first = text[o.content.start..o.content.end].split_whitespace().next().unwrap_or("").to_lowercase().replace('’', "'");
        SUBJECT_PRONOUNS.contains(&text[s.start..s.end].to_lowercase().as_str())
            && text[s.end..c.start] == *" "
            && o.content.start >= c.end
            && !text[c.end..].starts_with(',')
            && text[o.content.start..o.content.end].split_whitespace().nth(3).is_some()
            && !lexicon::AUXILIARIES.contains(&first.as_str())
            && !lexicon::verb_like(&first)
    };
    let mut heads: Vec<(usize, usize, bool)> = out
        .iter()
        .filter_map(|o| Some((o, o.source?, o.cue?)))
        .filter(|(_, s, c)| s.end <= c.start)
        .map(|(o, s, c)| (s.start, c.start, spliced(o, s, c)))
        .collect();
    heads.sort_unstable();
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        // The first such report whose speaker and cue lie inside this content.
        let from = heads.partition_point(|&(s, _, _)| s <= q.content.start);
        let Some(&(src, _, comma)) = heads[from..].iter().take_while(|&&(s, _, _)| s < q.content.end).find(|&&(_, c, _)| c < q.content.end)
        else {
            continue;
        };
        // (not after a phrase opening this content: "says despite being an alumna, she plans
        // to root for Iowa" reports the clause after the comma too)
        // ("told agents that sometime in the week that followed, he realized …", "to help his
        // clients and, he argued, to help …", "Last year, he played down …" neither)
        let opener = || {
            let words = text[q.content.start..src].trim_end_matches([',', ' ']);
            let words = words.strip_prefix("that ").unwrap_or(words);
            let last = words.rsplit(|c: char| c.is_whitespace() || c == ',').find(|w| !w.is_empty()).unwrap_or("").to_lowercase();
            lexicon::CLAUSE_OPENERS.contains(&words.split_whitespace().next().unwrap_or("").to_lowercase().as_str())
                || words.contains(" that ")
                || matches!(last.as_str(), "and" | "but" | "or" | "that" | "because" | "so")
                || source::time_opener(words)
        };
        let comma = comma && !opener();
        let Some(join) = JOINS.iter().copied().chain(comma.then_some(", ")).find(|j| text[..src].ends_with(*j)) else { continue };
        let end = src - join.len();
        if end > q.content.start {
            q.content.end = q.content.start + text[q.content.start..end].trim_end().len();
        }
    }
}

/// "She said the inquiry was continuing and declined to give details": a second cue of
/// the same speaker, joined by "and", "but" or a comma, ends the first report's content; the
/// speaker declined, the words did not ("The spokesman, asked about the delay, said …").
fn end_before_shared_subject_cues(text: &str, out: &mut [Quote]) {
    // The cues of each source, looked up rather than scanned.
    let mut cues_of: HashMap<(usize, usize), Vec<Range>> = HashMap::new();
    for o in out.iter() {
        if let (Some(s), Some(c)) = (o.source, o.cue) {
            cues_of.entry((s.start, s.end)).or_default().push(c);
        }
    }
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let (Some(src), Some(own)) = (q.source, q.cue) else { continue };
        let cut = cues_of
            .get(&(src.start, src.end))
            .into_iter()
            .flatten()
            .filter(|c| **c != own && q.content.start < c.start && c.end <= q.content.end)
            .filter_map(|c| {
                let before = text[..c.start].trim_end();
                // (a participle after a comma goes on with the same report: "…, saying …")
                // ("…, citing people familiar with the matter" names where the words came
                // from: it ends them like a finite verb)
                let finite = !text[c.start..c.end].ends_with("ing") || matches!(&text[c.start..c.end], "citing" | "quoting");
                // ("…, but warned that …": a contrast ends it too)
                before
                    .strip_suffix(" and")
                    .or_else(|| before.strip_suffix(" but"))
                    .or_else(|| before.strip_suffix(',').filter(|_| finite))
                    .map(str::len)
            })
            .min();
        if let Some(end) = cut.filter(|&e| e > q.content.start) {
            q.content.end = q.content.start + text[q.content.start..end].trim_end_matches([',', ' ']).len();
            // the quoted words may have stayed with the second report
            if !marks::has_mark(&text[q.content.start..q.content.end]) {
                q.kind = QuoteKind::Indirect;
            }
        }
    }
}

/// "The mayor, who said the pier would reopen in May, left the meeting early.": a report
/// made inside a relative clause set off by commas ends with the clause, at the comma
/// after which the main clause goes on with its verb ("left", "is", "faces"). A phrase set
/// off inside the report ("that the two men, and Cruz in particular, must …") holds two
/// commas: only a comma after an even number of them may close the clause.
fn end_relative_reports(text: &str, out: &mut [Quote]) {
    let verb = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        (lexicon::SUBJECT_END.contains(&w) && !matches!(w, "who" | "which" | "that" | "also" | "not"))
            || lexicon::AUXILIARIES.contains(&w)
            || (w.len() > 4 && w.ends_with("ed"))
    };
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let Some(src) = q.source else { continue };
        if !matches!(&text[src.start..src.end], "who" | "which") || !text[..src.start].trim_end().ends_with(',') {
            continue;
        }
        let c = &text[q.content.start..q.content.end];
        let cut = c.match_indices(", ").map(|(i, _)| i).enumerate().find(|&(k, i)| {
            let mut words = c[i + 2..].split_whitespace();
            let first = words.next().unwrap_or("");
            // (an adverb may come first: "…, also urged …")
            let first = if matches!(first, "also" | "then" | "later" | "still" | "now") { words.next().unwrap_or("") } else { first };
            k % 2 == 0 && verb(first) && !marks::has_mark(&c[..i])
        });
        if let Some((_, i)) = cut.filter(|&(_, i)| i > 0) {
            q.content.end = q.content.start + c[..i].trim_end().len();
        }
    }
}

/// "Kerr's assertion that the pier is safe angered the crews": a noun cue whose owner opens
/// the sentence is its subject, and the report ends before the sentence's own verb, the
/// first finite verb after the reported clause's (no comma, conjunction or auxiliary between).
fn end_subject_noun_reports(text: &str, sentences: &[Span], out: &mut [Quote]) {
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Indirect) {
        let (Some(src), Some(cue)) = (q.source, q.cue) else { continue };
        let owner = &text[src.start..src.end];
        let possessive = owner.ends_with("'s")
            || owner.ends_with("’s")
            || matches!(owner.to_lowercase().as_str(), "his" | "her" | "their" | "its" | "my" | "our");
        // (a noun before "that": "assertion that", "claim that"; not "refusal to endorse")
        let that = text[cue.start..cue.end].ends_with(" that")
            || text[q.content.start..q.content.end].starts_with("that ")
            || text.get(cue.end..q.content.start).is_some_and(|between| between.trim() == "that");
        let noun = that && text[cue.start..cue.end].split(' ').next().is_some_and(|w| !lexicon::verb_like(w) && !w.ends_with("ing"));
        let opens = sentence_start(sentences, src.start).is_some_and(|ss| text[ss..src.start].trim().is_empty());
        if !(possessive && noun && opens && src.end <= cue.start && cue.end <= q.content.start) {
            continue;
        }
        let body = &text[q.content.start..q.content.end];
        let mut clause_verb = false;
        let mut prev = "";
        let mut cut = None;
        for (i, w) in body.split_whitespace().map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w)) {
            let lower = w.to_lowercase();
            if w.contains([',', ';', ':', '"', '“', '”', '(', '—', '–']) {
                break;
            }
            // (a finite verb; "cost" and "hurt" are past forms `verb_like` does not know)
            let finite = lexicon::verb_like(&lower) || matches!(lower.as_str(), "cost" | "hurt");
            let bound = matches!(prev, "and" | "or" | "but" | "to" | "be" | "been" | "being" | "not" | "that" | "who" | "which")
                || lexicon::AUXILIARIES.contains(&prev)
                || BE_FORMS.contains(&prev);
            if finite && clause_verb && !bound && w.starts_with(char::is_lowercase) {
                cut = Some(i);
                break;
            }
            clause_verb |= finite;
            prev = w;
        }
        if let Some(i) = cut {
            q.content.end = q.content.start + body[..i].trim_end().len();
        }
    }
}

/// "Kerr praised the emergency services, and the Old Customs House will serve as …": what
/// a stance verb takes is its object, which ends where a clause of its own follows a comma
/// and a conjunction (one with an auxiliary in its first words; a list's last item has none).
fn end_stance_objects(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Indirect) {
        let Some(cue) = q.cue else { continue };
        if !lexicon::STANCE.contains(&text[cue.start..cue.end].to_lowercase().as_str()) {
            continue;
        }
        let c = &text[q.content.start..q.content.end];
        let cut = [", and ", ", but ", ", while ", ", as "]
            .iter()
            .filter_map(|j| c.find(j).map(|i| (i, j.len())))
            .min()
            .filter(|&(i, n)| c[i + n..].split_whitespace().take(5).any(|w| lexicon::AUXILIARIES.contains(&w.to_lowercase().as_str())));
        if let Some((i, _)) = cut.filter(|&(i, _)| i > 0) {
            q.content.end = q.content.start + c[..i].trim_end().len();
        }
    }
    // An object, not a clause, ends before the medium it was given in: "reported the
    // evacuation on its website", "conceded defeat in a brief statement".
    for q in out.iter_mut().filter(|q| q.kind == QuoteKind::Indirect) {
        let c = &text[q.content.start..q.content.end];
        if c.split_whitespace().any(|w| lexicon::AUXILIARIES.contains(&w.to_lowercase().as_str()) || w == "that") {
            continue;
        }
        if let Some(m) = lexicon::TRAILING_MEDIUM.find(c).filter(|m| m.start() > 0) {
            q.content.end = q.content.start + c[..m.start()].trim_end().len();
        }
    }
}

/// A report inside a news report's content ("“…,” Welch said, according to Vermont
/// Edition", "Kasich said …, CNN reported") is relayed by that report's source: the
/// speaker stays, and the outlet is who relays the words.
fn reported_reports(text: &str, out: &mut [Quote]) {
    let outer: Vec<(Range, Range)> = out
        .iter()
        .filter(|o| {
            o.cue.is_some_and(|c| {
                matches!(text[c.start..c.end].to_lowercase().as_str(), "according to" | "reported" | "reports" | "reporting")
            })
        })
        .filter_map(|o| Some((o.content, o.source?)))
        .collect();
    for q in out.iter_mut().filter(|q| q.relayed_by.is_none()) {
        let (Some(src), Some(cue)) = (q.source, q.cue) else { continue };
        let inside = |r: Range, c: Range| c.start <= r.start && r.end <= c.end;
        if let Some(&(_, by)) = outer.iter().find(|(c, by)| inside(q.content, *c) && inside(src, *c) && inside(cue, *c) && *by != src) {
            debug_assert!(by.end <= q.content.start || by.start >= q.content.end, "the relay is outside the relayed words");
            q.relayed_by = Some(by);
        }
    }
}

/// A claim the writer hedges as someone else's without naming them ("The club is
/// reportedly spending $1.5 million", "… allegedly took bribes"): a report with no
/// source, whose content is its sentence. Not inside words already reported.
fn hedged_reports(text: &str, sentences: &[Span], out: &mut Vec<Quote>) {
    let mut found = Vec::new();
    for sent in sentences {
        let s = &text[sent.start..sent.end];
        let Some(at) = HEDGES.find(s) else { continue };
        let cue = Range { start: sent.start + at.start(), end: sent.start + at.end() };
        if out.iter().any(|q| q.content.start <= cue.start && cue.end <= q.content.end) {
            continue;
        }
        let body = s.trim_end().trim_end_matches(['.', '!', '?', '"', '”']);
        let lead = body.len() - body.trim_start().len();
        let content = Range { start: sent.start + lead, end: sent.start + body.len() };
        if content.end <= content.start {
            continue;
        }
        found.push(Quote { kind: cue::kind_of(text, content), content, cue: Some(cue), source: None, relayed_by: None });
    }
    out.extend(found);
}

/// "In their view, the port could win …", "The only step, in Professor Ahl's view, would
/// be …": a view set off by commas is its holder's report of the clause around it (the
/// words after the phrase when it opens the sentence, else the whole sentence).
fn view_reports(text: &str, sentences: &[Span], out: &mut Vec<Quote>) {
    let mut found = Vec::new();
    for sent in sentences {
        let s = &text[sent.start..sent.end];
        let Some(c) = IN_VIEW.captures(s) else { continue };
        let (Some(all), Some(holder), Some(cue)) = (c.get(0), c.get(1), c.get(2)) else { continue };
        // (set off: a comma or the sentence start before it, a comma after it)
        let before = s[..all.start()].trim_end();
        if !s[all.end()..].starts_with(',') || !(before.is_empty() || before.ends_with(',')) {
            continue;
        }
        let at = sent.start + all.start();
        if out.iter().any(|q| q.content.start <= at && at < q.content.end) {
            continue;
        }
        let body = s.trim_end().trim_end_matches(['.', '!', '?', '"', '”']);
        let (from, to) = if before.is_empty() { (all.end() + 1, body.len()) } else { (s.len() - s.trim_start().len(), body.len()) };
        let lead = s[from..to].len() - s[from..to].trim_start().len();
        let content = Range { start: sent.start + from + lead, end: sent.start + to };
        if text[content.start..content.end].split_whitespace().count() < 3 {
            continue;
        }
        found.push(Quote {
            kind: cue::kind_of(text, content),
            content,
            cue: Some(Range { start: sent.start + cue.start(), end: sent.start + cue.end() }),
            source: Some(Range { start: sent.start + holder.start(), end: sent.start + holder.end() }),
            relayed_by: None,
        });
    }
    out.extend(found);
}

/// "After Kerr said the pier was safe, the crews went back to work": a report inside a
/// clause opening its sentence with a subordinator ends at the comma that closes the
/// clause; the main clause after it is not what was said. Not across a quotation mark
/// (quoted words may hold commas of their own).
fn end_in_opening_clauses(text: &str, sentences: &[Span], out: &mut [Quote]) {
    for q in out.iter_mut().filter(|q| q.kind != QuoteKind::Direct) {
        let Some(c) = q.cue.filter(|c| c.end <= q.content.start) else { continue };
        // (an opening clause is short: read within a fixed window, so a long sentence with
        // many reports costs no more per report)
        let Some(ss) = sentence_start(sentences, c.start).filter(|&ss| c.start - ss <= 256) else { continue };
        let mut words = text[ss..c.start].split_whitespace().map(|w| w.trim_start_matches(['"', '“', '‘', '\'']).to_lowercase());
        let first = words.next().unwrap_or_default();
        let opens = lexicon::OPENING_SUBORDINATORS.contains(&first.as_str())
            || (first == "even" && words.next().is_some_and(|w| matches!(w.as_str(), "before" | "after" | "when" | "though" | "if")));
        if !opens {
            continue;
        }
        let until = text.floor_char_boundary(q.content.end.min(c.end + 1024));
        let Some(comma) = text[ss..until].find(", ").map(|i| ss + i) else { continue };
        if comma < c.end || comma <= q.content.start || marks::has_mark(&text[ss..comma]) {
            continue;
        }
        q.content.end = comma;
    }
}

/// "Another fraternity brother, Stuart Oltchick, recalled …", "the other candidate on the
/// stage, former Secretary of State Hillary Clinton, drew a contrast, saying …": a name set
/// off by commas right after a speaker that opens with a lowercase word is who the
/// speaker is, and joins the speaker's phrase (as PARC marks it, and so the name is
/// resolved). Not a place's abbreviation ("Washington, D.C.,").
fn named_appositives(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut() {
        let (Some(s), Some(c)) = (q.source, q.cue) else { continue };
        if c.start <= s.end || !text[s.start..s.end].starts_with(char::is_lowercase) {
            continue;
        }
        let Some(after) = text[s.end..c.start].strip_prefix(", ") else { continue };
        let Some(close) = after.find(',') else { continue };
        let name = &after[..close];
        let words: Vec<&str> = name.split(' ').collect();
        let connector = |w: &str| matches!(w, "of" | "the" | "and" | "for" | "de" | "van" | "von");
        let named = (1..=9).contains(&words.len())
            && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| w.starts_with(char::is_uppercase) || connector(w))
            && words.iter().any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.ends_with('.'));
        if named {
            q.source = Some(Range { start: s.start, end: s.end + 2 + close });
        }
    }
}

/// "He’s praising Bush", "they're hostile to …": the verb contracted onto a pronoun is no
/// part of the speaker, who is the pronoun ("He"), as PARC marks it and as pronouns are
/// resolved.
fn contracted_pronouns(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut() {
        let Some(s) = q.source else { continue };
        let src = &text[s.start..s.end];
        let Some(cut) = src.rfind(['\'', '’']) else { continue };
        let (head, tail) = (&src[..cut], &src[cut..]);
        let contraction = lexicon::CONTRACTIONS.contains(&&tail[tail.chars().next().map_or(1, char::len_utf8)..]);
        let pronoun = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
        if contraction && lexicon::CONTRACTING_PRONOUNS.contains(&pronoun.as_str()) {
            q.source = Some(Range { start: s.start, end: s.start + cut });
        }
    }
}

/// "Ryan has been very vocal in …", "City officials have since balked at …": a speaker
/// read back from an adjective or adverb cue ends before the copula, auxiliary or degree
/// word that stands between it and the cue. Never down to a lone article ("The most telling
/// …" is left as found).
fn copula_tails(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut() {
        let Some(s) = q.source else { continue };
        let src = without_trailing(&text[s.start..s.end], |w| lexicon::COPULA_TAIL.contains(&w));
        let last = src.rsplit(' ').next().unwrap_or(src).to_lowercase();
        if src.len() < s.end - s.start && !lexicon::NOT_A_SPEAKER_END.contains(&last.as_str()) && !lexicon::verb_like(&last) {
            q.source = Some(Range { start: s.start, end: s.start + src.len() });
        }
    }
}

/// `phrase` less the words at its end that `cut` names, one at a time from the last ("Ryan
/// has been very" less copulas and degree words is "Ryan"); its first word always stays.
fn without_trailing(phrase: &str, cut: impl Fn(&str) -> bool) -> &str {
    let mut phrase = phrase;
    while let Some((rest, w)) = phrase.rsplit_once(' ') {
        if !cut(w) {
            break;
        }
        phrase = rest.trim_end();
    }
    phrase
}

/// "Ramos used his acceptance speech to call for …", "Lind is trying to show …": the
/// speaker of an infinitive cue is the subject before the verb that takes it, not the
/// clause up to "to". The subject ends before the first word that reads as a verb
/// (`verb_like`, or a lowercase "-ing" word: "Berg taking to the radio to say …").
fn infinitive_speakers(text: &str, out: &mut [Quote]) {
    for q in out.iter_mut() {
        let (Some(s), Some(c)) = (q.source, q.cue) else { continue };
        let src = &text[s.start..s.end];
        if c.start < s.end || !src.ends_with(" to") {
            continue;
        }
        // (each word with where it starts in `src`)
        let words: Vec<(usize, &str)> = src
            .split(' ')
            .scan(0, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .collect();
        let verb = |w: &str| {
            let lw = w.to_lowercase();
            lexicon::verb_like(&lw)
                || lexicon::VERBS_BEFORE_INFINITIVE.contains(&lw.as_str())
                || (w.len() > 4 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
        };
        // "It's common for news accounts to portray …": the phrase after "for" is the subject
        let for_np = words.iter().rposition(|&(_, w)| w == "for").filter(|&f| (2..=5).contains(&(words.len() - 1 - f)));
        let Some(k) = words.iter().skip(1).position(|&(_, w)| verb(w)).map(|k| k + 1) else { continue };
        // (a passive's agent is another matter: "They were spurred by Lind's failure to …")
        if words[k..].iter().any(|&(_, w)| w == "by") {
            continue;
        }
        let (from, to) = if let Some(f) = for_np.filter(|&f| f > k + 1) {
            (words[f + 1].0, words[words.len() - 1].0)
        } else if lexicon::OBJECT_CONTROL_VERBS.contains(&words[k].1) && (2..=6).contains(&(words.len() - 1 - k)) {
            // the object, between the verb and "to"
            (words[k + 1].0, words[words.len() - 1].0)
        } else {
            (0, words[k].0)
        };
        // (less an adverb before the verb: "He’s often been careful not to …")
        let subject = without_trailing(src[from..to].trim_end_matches([',', ' ']), |w| {
            lexicon::FREQUENCY_ADVERBS.contains(&w) || (w.starts_with(char::is_lowercase) && source::is_adverb(w))
        });
        let last = subject.rsplit(' ').next().unwrap_or("").to_lowercase();
        let first = subject.split(' ').next().unwrap_or("").to_lowercase();
        if subject.is_empty()
            || lexicon::NOT_A_SUBJECT_END.contains(&first.as_str())
            || lexicon::NOT_A_SUBJECT_END.contains(&last.as_str())
            || lexicon::NO_ONE_SUBJECTS.contains(&subject.to_lowercase().as_str())
            || subject.split(' ').any(verb)
        {
            continue;
        }
        q.source = Some(Range { start: s.start + from, end: s.start + from + subject.len() });
    }
}

/// The start of the sentence holding byte `at`.
fn sentence_start(sentences: &[Span], at: usize) -> Option<usize> {
    // Sentences are in text order and apart: the first one ending after `at` is the only candidate.
    sentences.get(sentences.partition_point(|s| s.end <= at)).filter(|s| s.start <= at).map(|s| s.start)
}

/// Relayed quotes: `Reuters cited an aide as saying …` has the aide as its
/// source and Reuters as the one who relays it (the chain is kept).
fn relays(text: &str, sentences: &[Span], quotes: &mut [Quote]) {
    // Where each report's cue ends, with its source: "…, OTV reported, citing an aide as
    // saying …" is relayed by the source of the cue right before ", citing".
    let reports: Vec<(usize, Range)> = quotes.iter().filter_map(|q| Some((q.cue?.end, q.source?))).collect();
    for q in quotes {
        let Some(cue) = q.cue else { continue };
        if !matches!(&text[cue.start..cue.end], "saying" | "telling" | "stating" | "adding") {
            continue;
        }
        let Some(sent) = sentences.iter().find(|s| s.start <= cue.start && cue.start < s.end) else { continue };
        if let Some(c) = lexicon::CITING_RELAY.captures(&text[sent.start..cue.start]) {
            let (whole, src) = (c.get(0).expect("whole match"), c.name("src").expect("named group"));
            let at = sent.start + whole.start();
            if let Some(&(_, relayer)) = reports.iter().find(|&&(end, _)| end <= at && text[end..at].trim().is_empty()) {
                q.source = Some(Range { start: sent.start + src.start(), end: sent.start + src.end() });
                q.relayed_by = Some(relayer);
            }
            continue;
        }
        let Some(c) = RELAY.captures(&text[sent.start..cue.start]) else { continue };
        if let (Some(rep), Some(src)) = (c.name("rep"), c.name("src")) {
            let src_len = src.as_str().trim_end_matches([',', ' ']).len();
            let (mut speaker, mut relayer) = (
                Range { start: sent.start + src.start(), end: sent.start + src.start() + src_len },
                Range { start: sent.start + rep.start(), end: sent.start + rep.end() },
            );
            // In the passive the roles turn: "The minister was quoted by the Harbour Times
            // as saying …" is the minister's words, relayed by the Times.
            let passive = ["was", "were", "is", "are", "has been", "have been", "had been"]
                .iter()
                .find_map(|aux| rep.as_str().strip_suffix(aux).filter(|r| r.ends_with(' ')).map(|r| r.trim_end().len()));
            if let (Some(subject_len), Some(agent)) = (passive, src.as_str().strip_prefix("by ")) {
                let agent_start = sent.start + src.start() + 3;
                speaker = Range { start: sent.start + rep.start(), end: sent.start + rep.start() + subject_len };
                relayer = Range { start: agent_start, end: agent_start + agent.trim_end_matches([',', ' ']).len() };
            }
            q.source = Some(speaker);
            q.relayed_by = Some(relayer);
        }
    }
}

/// "The Island Post, citing an aide to Brandt, reported that …": the aide's words,
/// relayed by the Post. The phrase set off by commas after "citing" or "quoting" is the
/// source of the report whose cue follows it, its subject relays them, and the
/// "citing" phrase is no report of its own.
fn citing_relays(text: &str, out: &mut Vec<Quote>) {
    let mut drop = vec![false; out.len()];
    // Reports by where their cue starts, so each "citing" looks its report up.
    let mut by_cue: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, q) in out.iter().enumerate() {
        if let Some(c) = q.cue {
            by_cue.entry(c.start).or_default().push(j);
        }
    }
    for i in 0..out.len() {
        let (Some(cue), Some(subject)) = (out[i].cue, out[i].source) else { continue };
        if !matches!(&text[cue.start..cue.end], "citing" | "quoting") || !text[..cue.start].trim_end().ends_with(',') {
            continue;
        }
        let rest = &text[cue.end..];
        let Some(comma) = rest.find(", ").filter(|&c| (1..=12).contains(&rest[..c].split_whitespace().count())) else { continue };
        let cited = source::trim_range(text, Range { start: cue.end, end: cue.end + comma });
        let main_at = cue.end + comma + 2;
        // The report whose cue opens the clause after the cited phrase, with the same subject.
        let Some(j) = by_cue.get(&main_at).into_iter().flatten().copied().find(|&j| j != i && out[j].source == Some(subject)) else {
            continue;
        };
        out[j].source = Some(cited);
        out[j].relayed_by = Some(subject);
        drop[i] = true;
    }
    // "…, the Orlen Daily reported, citing an aide as saying.": a citing phrase right after a
    // report's cue, closing the sentence, names the speaker the reporter relays.
    for q in out.iter_mut() {
        let (Some(cue), Some(subject)) = (q.cue, q.source) else { continue };
        if q.relayed_by.is_some() || cue.start < q.content.end {
            continue;
        }
        let Some(rest) = text[cue.end..].strip_prefix(", ") else { continue };
        let Some(cited) = ["citing ", "quoting "].iter().find_map(|p| rest.strip_prefix(p)) else { continue };
        let close = cited.find(['.', ';', '\n']).unwrap_or(cited.len());
        let phrase = cited[..close].trim_end();
        let (phrase, saying) = phrase.strip_suffix(" as saying").map_or((phrase, false), |p| (p, true));
        let words = phrase.split_whitespace().count();
        // Without "as saying", only people or a named source are cited as speakers ("citing
        // an aide", "citing Reuters"; not "citing rising costs").
        let head = phrase.split_whitespace().next_back().unwrap_or("").to_lowercase();
        let people = phrase.starts_with(char::is_uppercase)
            || matches!(
                head.trim_end_matches('s'),
                "aide"
                    | "official"
                    | "source"
                    | "people"
                    | "person"
                    | "diplomat"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "insider"
                    | "analyst"
                    | "executive"
                    | "minister"
                    | "witness"
                    | "resident"
                    | "lawyer"
                    | "police"
                    | "officer"
                    | "investigator"
                    | "expert"
            );
        if !(1..=8).contains(&words) || phrase.contains(',') || !(saying || people) {
            continue;
        }
        let start = text.len() - cited.len();
        q.source = Some(Range { start, end: start + phrase.len() });
        q.relayed_by = Some(subject);
    }
    drop_flagged(out, &drop);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(QuoteKind, String, Option<String>, Option<String>)> {
        find_quotes(text)
            .into_iter()
            .map(|q| {
                (
                    q.kind,
                    text[q.content.start..q.content.end].to_string(),
                    q.cue.map(|c| text[c.start..c.end].to_string()),
                    q.source.map(|s| text[s.start..s.end].to_string()),
                )
            })
            .collect()
    }

    /// The first quote's source in `text` is `want`.
    /// `text` holds exactly one report, with this cue and this source.
    fn assert_one_report(text: &str, cue: &str, source: &str) {
        let q = show(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some(cue), Some(source)), "{text}");
    }

    /// Some report in `text` has these words and this speaker.
    fn assert_reports(text: &str, content: &str, source: &str) {
        let q = show(text);
        assert!(q.iter().any(|x| x.1 == content && x.3.as_deref() == Some(source)), "{text}: {q:?}");
    }

    fn assert_first_source(text: &str, want: &str) {
        let q = show(text);
        assert_eq!(q.first().and_then(|x| x.3.as_deref()), Some(want), "{q:?}");
    }

    #[test]
    fn a_report_s_words_stop_before_a_trailing_report_of_them() {
        let t = "Mayor Lind told investigators in July she was advised by the harbour master to close the pier, the Bay Courier reported on Thursday.";
        let q = find_quotes(t);
        let told = q.iter().find(|q| q.cue.is_some_and(|c| &t[c.start..c.end] == "told")).expect("the told report");
        // ("in July" is the setting of the telling, not what was told)
        assert_eq!(&t[told.content.start..told.content.end], "she was advised by the harbour master to close the pier");
        // and the outlet that reports it relays it
        assert_eq!(told.relayed_by.map(|r| &t[r.start..r.end]), Some("the Bay Courier"));
        assert_eq!(told.source.map(|r| &t[r.start..r.end]), Some("Mayor Lind"));
    }

    #[test]
    fn a_report_inside_another_s_words_has_its_own_speaker_relayed_by_the_first() {
        // (the inner report used to take the ministry as its speaker)
        for (t, speaker) in [
            ("The ministry said Costa had warned that the talks would fail.", "Costa"),
            ("The ministry said on Monday that the mediator had agreed to chair the talks.", "the mediator"),
        ] {
            let q = find_quotes(t);
            let inner =
                q.iter().find(|q| q.cue.is_some_and(|c| matches!(&t[c.start..c.end], "warned" | "agreed"))).expect("the inner report");
            assert_eq!(inner.source.map(|r| &t[r.start..r.end]), Some(speaker), "{t}");
            assert_eq!(inner.relayed_by.map(|r| &t[r.start..r.end]), Some("The ministry"), "{t}");
        }
        // A clause opened by a subordinator is still the outer speaker's own report.
        let t = "Shelton said that while polling of his members showed support, the vote was close.";
        let showed = find_quotes(t).into_iter().find(|q| q.cue.is_some_and(|c| &t[c.start..c.end] == "showed"));
        assert!(showed.as_ref().is_none_or(|q| q.source.map(|r| &t[r.start..r.end]) == Some("Shelton")), "{showed:?}");
    }

    #[test]
    fn quoted_words_inside_a_reported_clause_make_the_clause_a_mixed_report() {
        for (t, content) in [
            ("Strand said the lease was \"a gift to a friend of the mayor\".", "the lease was \"a gift to a friend of the mayor\""),
            ("Strand said the lease was \"a gift\" to his friends.", "the lease was \"a gift\" to his friends"),
            ("The lease was \"a gift to a friend of the mayor\", Strand said.", "The lease was \"a gift to a friend of the mayor\""),
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!((q[0].0, q[0].1.as_str(), q[0].3.as_deref()), (QuoteKind::Mixed, content, Some("Strand")), "{t}");
        }
        // Quoted words whose clause has a verb of its own ("hoped") stay in the outer report.
        let q = show("Brenner said the club hoped to name a successor \"within a fortnight\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Mixed, "the club hoped to name a successor \"within a fortnight\""));
        // A subject pronoun alone opens the clause too.
        let q = show("Nordvik Lines said it \"regrets the disruption\" and would refund all tickets.");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Mixed, "it \"regrets the disruption\" and would refund all tickets"));
        // Set off by a colon or a comma, the quotation is the report.
        let q = show("Strand said: \"The city has been robbed.\"");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "\"The city has been robbed.\""));
        // A setting after the cue is the telling's.
        let q = show("The State Department said on Monday it was \"following the talks closely\".");
        assert_eq!(q[0].1, "it was \"following the talks closely\"");
        // A reason is not what the cue reports.
        let q = show("Moro wants a medal for the crew because the hall was \"cleared in under six minutes\".");
        assert!(q.iter().all(|x| x.1 == "\"cleared in under six minutes\""), "{q:?}");
    }

    #[test]
    fn single_quotation_marks_run_over_paragraphs_and_two_quotations_of_one_clause_are_one_report() {
        // Found on a test article in British style: the middle of a quotation running over
        // two paragraphs was lost, and Kerr's clause was listed twice.
        let t = "‘I take full responsibility,’ Ms Moro said. ‘The staff did everything they could, but the systems failed them.\n\n\
                 ‘I hope my successor will finish the work we started.’\n\n\
                 Mayor Dalia Kerr said she was ‘sorry to see her go’ but that the resignation was ‘the right decision’.";
        let q = find_quotes(t);
        let words = |needle: &str| q.iter().filter(|x| t[x.content.start..x.content.end].contains(needle)).count();
        assert_eq!(words("systems failed them"), 1, "{:?}", show(t));
        assert_eq!(words("my successor"), 1);
        assert_eq!(words("sorry to see her go"), 1, "{:?}", show(t));
        // An apostrophe inside the words does not close them.
        let t = "‘We don’t know yet. The union will decide.\n\n‘Then we vote,’ Okafor said.";
        assert_eq!(show(t).iter().filter(|x| x.1.contains("don’t know yet")).count(), 1, "{:?}", show(t));
    }

    #[test]
    fn a_report_closing_its_sentence_takes_the_clause_before() {
        // Found on a bridge-collapse report: "at the scene" and an adjunct after the cue were
        // taken for the reported words.
        for t in [
            "Two cars fell with the span at about 7:40 p.m., fire chief Karin Holt told reporters at the scene.",
            "A bridge collapsed in Dalsund on Wednesday, injuring four people, local authorities reported, in the latest sign of decay.",
            "A bridge collapsed in Dalsund on Wednesday, injuring four people, the team found, although the cause is unclear.",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert!(q[0].1.starts_with("Two cars") || q[0].1.starts_with("A bridge"), "{t}: {q:?}");
        }
        // A clause after the comma is still the report's ("…, advisers say, the president …").
        let q = show("But in recent days, advisers say, the president has grown tired of the campaign.");
        assert!(q.iter().any(|x| x.1.contains("the president has grown tired")), "{q:?}");
    }

    #[test]
    fn settings_in_a_row_after_the_cue_are_the_telling_s() {
        let q = show("Sund's office said in a statement late on Thursday that the president would consult all party leaders.");
        assert_eq!(q[0].1, "that the president would consult all party leaders");
    }

    /// Found on a test article: "told reporters in Dalsby that the death toll could
    /// rise" gave the content "in Dalsby that the death toll could rise".
    #[test]
    fn a_place_between_the_cue_and_that_is_the_telling_s() {
        for t in [
            "Governor Henrik Solvang told reporters in Dalsby that the death toll could rise.",
            "Governor Henrik Solvang said in Dalsby that the death toll could rise.",
            "The governor told a news conference in Dalsby on Tuesday that the death toll could rise.",
            "The governor warned at the summit that the death toll could rise.",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].1, "that the death toll could rise", "{t}: {q:?}");
        }
        // "that" opening a relative clause is no complement ("a meeting that was held"),
        // and an object is no hearer ("recalled an incident at a cinema that …").
        let q = show("The governor said at a meeting that was held in secret the toll could rise.");
        assert_eq!(q[0].1, "at a meeting that was held in secret the toll could rise", "{q:?}");
        let q = show("The star recalled an incident at a cinema that left her friend in tears.");
        assert!(q.iter().all(|x| !x.1.starts_with("that left")), "{q:?}");
    }

    /// Found on a crime report: "an estimated 180,000 kroner", "charges would be filed" and
    /// "call the police on 02800" were cues.
    #[test]
    fn an_estimate_a_subject_noun_and_a_telephone_are_no_cues() {
        let q = show("Watches worth an estimated 180,000 kroner were taken.");
        assert!(q.is_empty(), "{q:?}");
        let q = show("A spokesman for the prosecutor's office said charges would be filed by Monday.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("charges would be filed by Monday", Some("said")));
        let q = show("Witnesses can call the police on 02800.");
        assert!(q.is_empty(), "{q:?}");
        // Found on a weather report: "a red warning for the islands" is a notice.
        let q = show("The service issued a red warning for the Selka islands from Thursday.");
        assert!(q.is_empty(), "{q:?}");
        // Still words: a name given, and a hope with its subject left out.
        let q = show("She has called the police shootings a moment like the civil rights movement.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q = show("It was a move that the kingdom hopes will shatter old perceptions.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("hopes")), "{q:?}");
    }

    /// Found on a report of talks: a relative clause after "according to X" made the whole
    /// sentence the content, and "familiar with" ended the source.
    #[test]
    fn according_to_sources_familiar_with_the_talks_who_asked_not_to_be_named() {
        for t in [
            "A third round is planned for next month, according to diplomats familiar with the schedule, who spoke on condition of anonymity.",
            "A third round is planned for next month, according to diplomats familiar with the schedule.",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].1, "A third round is planned for next month", "{t}: {q:?}");
            assert_eq!(q[0].3.as_deref(), Some("diplomats familiar with the schedule"), "{t}: {q:?}");
        }
        // Found on a science report: a participle goes on with its phrase.
        let q = show("Seals eat more plastic, according to a study published on Wednesday in the journal Marine Letters.");
        assert_eq!(q[0].3.as_deref(), Some("a study published on Wednesday in the journal Marine Letters"), "{q:?}");
    }

    /// Found on a live report: "17:55 Police say …" gave the source "55 Police".
    #[test]
    fn a_live_report_s_timestamp_is_no_part_of_the_source() {
        let q = show("17:55 Police say the bridge will reopen to traffic at 19:00.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Police"), "{q:?}");
    }

    /// Found on a business report: "agreed on Tuesday to buy" made "on" the cue's and the
    /// day the content's, and "reported the talks, citing people …" kept the citation.
    #[test]
    fn a_setting_before_an_infinitive_and_a_citation_after_the_object() {
        let q = show("Vellmar Motors agreed on Tuesday to buy the battery maker Nordcell.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("to buy the battery maker Nordcell", Some("agreed")), "{q:?}");
        let q = show("The Financial Courier first reported the talks last week, citing people familiar with the matter.");
        let reported = q.iter().find(|x| x.2.as_deref() == Some("reported")).expect("reported");
        assert_eq!(reported.1, "the talks last week");
    }

    /// Found on a report in British style typed in ASCII: quotations in straight single
    /// marks were no quotations, and their words were cut into reports of their own.
    #[test]
    fn straight_single_marks_quote_in_british_style() {
        let q = show("She added: 'Nobody wanted a strike at Easter. The families can relax.'");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "'Nobody wanted a strike at Easter. The families can relax.'"));
        let q = show("'We will strike,' she said.");
        assert_eq!((q[0].0, q[0].3.as_deref()), (QuoteKind::Direct, Some("she")), "{q:?}");
        // Apostrophes and elisions open nothing: "the islanders' livelihoods", "in 't Veld".
        let q = show("Whitby said the company had 'played chicken with the islanders' livelihoods'.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "the company had 'played chicken with the islanders' livelihoods'");
        let q = show("Sophie in 't Veld sees parallels between the two. 'It is a risk,' she said.");
        assert!(q.iter().all(|x| !x.1.contains("Veld")), "{q:?}");
        let direct: Vec<_> = q.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
        assert_eq!(direct.len(), 1, "{q:?}");
        assert_eq!((direct[0].1.as_str(), direct[0].3.as_deref()), ("'It is a risk,'", Some("she")), "{q:?}");
        // A paragraph that is one such quotation is a subhead, not more of the last speaker's words.
        let q = show("'We will strike,' she said.\n\n'A tough decision.'\n\nThe talks went on.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    /// Found on a report of a fuel scare: the passive relay gave the speaker's place to the
    /// outlet, and a signature with a lowercase role found no name.
    #[test]
    fn a_passive_relay_and_a_signature_with_a_role() {
        let t = "The minister was quoted by the Harbour Times as saying: \"There is no shortage.\"";
        let q = find_quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        let span = |r: Option<Range>| r.map(|r| &t[r.start..r.end]);
        assert_eq!((span(q[0].source), span(q[0].relayed_by)), (Some("The minister"), Some("the Harbour Times")), "{q:?}");
        let q = show("\"Stations will be resupplied by Friday.\" — Energy Ministry spokeswoman Hedda Lind");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Energy Ministry spokeswoman Hedda Lind"), "{q:?}");
        let q = show("The plan is dead, according to two people present at the meeting.");
        assert_eq!(q[0].3.as_deref(), Some("two people present at the meeting"), "{q:?}");
    }

    /// Found on the example corpus and an election report: the medium closing an object
    /// was part of what was reported.
    #[test]
    fn an_object_ends_before_the_medium_it_was_given_in() {
        let q = show("The Harbour Times reported the evacuation on its website.");
        assert_eq!(q[0].1, "the evacuation", "{q:?}");
        let q = show("Prime Minister Jonas Berg conceded defeat in a brief statement.");
        assert_eq!(q[0].1, "defeat", "{q:?}");
        // A clause keeps it: what was said may itself be about a website.
        let q = show("Lind said the ferry times were wrong on its website.");
        assert_eq!(q[0].1, "the ferry times were wrong on its website", "{q:?}");
    }

    /// Found on a test article: "said the harbour master, Ola Dahl." left the name out of
    /// the source, and the speaker unresolved.
    #[test]
    fn a_description_after_the_cue_keeps_the_name_set_off_after_it() {
        let q = show("‘We will not be rushed,’ said the harbour master, Ola Dahl.");
        assert_eq!(q[0].3.as_deref(), Some("the harbour master, Ola Dahl"), "{q:?}");
        let q = show("Prices are under pressure, said the company's chief executive, John J. Ferriola.");
        assert_eq!(q[0].3.as_deref(), Some("the company's chief executive, John J. Ferriola"), "{q:?}");
        // Found on a poll report: an owner's description too.
        let q = show("\"This is a real shift,\" said Nordpoll's research director, Hanne Saether.");
        assert_eq!(q[0].3.as_deref(), Some("Nordpoll's research director, Hanne Saether"), "{q:?}");
        // Found on a content-farm post: "one traveller" is a description too.
        let q = show("\"We had to pay for two extra nights,\" said one traveller, Mia Holt, who was stuck in Kellby.");
        assert_eq!(q[0].3.as_deref(), Some("one traveller, Mia Holt"), "{q:?}");
        // A day after the comma is no name.
        let q = show("Prices are under pressure, said the chief executive, Tuesday.");
        assert_eq!(q[0].3.as_deref(), Some("the chief executive"), "{q:?}");
    }

    /// Found on an investigative report: "had been told personally in a meeting" inside a
    /// report was a report of its own by the outer speaker, of the words "in a meeting".
    #[test]
    fn a_passive_told_inside_a_report_is_part_of_it() {
        let q = show("One of them said director Ines Moro had been told personally in a meeting in June.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("said"));
    }

    #[test]
    fn a_negating_auxiliary_is_no_part_of_the_source() {
        let q = show("The roads agency did not respond to a request for comment.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("The roads agency"));
        // Nor is an adverb after the speaker.
        let q = show("Officials insisted the bridge was safe. It was not, engineers later found.");
        assert!(q.iter().any(|x| x.1 == "It was not" && x.3.as_deref() == Some("engineers")), "{q:?}");
    }

    #[test]
    fn a_comma_between_digits_ends_no_clause() {
        // Found on a test article: "300,000 euros … had not been declared" split at the comma
        // into a report by "000 euros".
        for t in [
            "Prosecutor Jon Vik said 300,000 euros in donations had not been declared.",
            "The firm said 1,200 jobs would go, and 300,000 euros had not been declared.",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some("said"), "{t}: {q:?}");
        }
    }

    #[test]
    fn a_second_cue_of_the_same_speaker_ends_the_first_report() {
        // Found on a court report: "declined to give details" was part of what she said.
        let q = show("Asked about others, she said the investigation was continuing and declined to give details.");
        let said = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the said report");
        assert_eq!(said.1, "the investigation was continuing");
        // So does one set off by commas before the speaker's own cue.
        let q = show("The mayor's spokesman, asked about the delay, said the city was working around the clock.");
        assert!(q.iter().all(|x| !x.1.contains("said the city")), "{q:?}");
        assert!(q.iter().any(|x| x.1 == "the city was working around the clock"), "{q:?}");
        // A participle goes on with the same report.
        let q = show("Lind rejected the complaint, saying the pier was safe.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("rejected") && x.1.contains("saying the pier was safe")), "{q:?}");
        // Also when the first report is partly quoted (the example corpus's Meridia Daily).
        let q = show(
            "Director Ines Moro said the hall was cleared in six minutes and praised staff for doing \"exactly what they trained for\".",
        );
        let said = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the said report");
        assert_eq!((said.0, said.1.as_str()), (QuoteKind::Indirect, "the hall was cleared in six minutes"));
        // An "and" inside the reported words stays.
        let q = show("She said the pier was closed and the ferries had stopped.");
        assert_eq!(q[0].1, "the pier was closed and the ferries had stopped");
    }

    #[test]
    fn a_dateline_with_a_double_hyphen_is_no_speaker_and_an_object_is_no_cue() {
        // Found on a state-agency report.
        let t = "OSTBURG, Aug. 19 (EHA) -- Ostmark on Thursday urged all parties to exercise restraint, \
                 calling reports of casualties \"groundless fabrications\".";
        let q = show(t);
        assert!(q.iter().any(|x| x.2.as_deref() == Some("urged") && x.3.as_deref() == Some("Ostmark")), "{q:?}");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("reports of") && x.2.as_deref() != Some("reports")), "{q:?}");
    }

    #[test]
    fn a_question_put_to_the_speaker_has_no_source() {
        // Found on a state-agency report: "Asked about …" took the speaker of the sentence before.
        let q = show("Kessel stressed that Ostmark wants peace. Asked about reports of injuries, she said she was not aware of them.");
        let asked = q.iter().find(|x| x.2.as_deref().is_some_and(|c| c.starts_with("Asked"))).expect("the question");
        assert_eq!(asked.3, None, "{q:?}");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("said") && x.3.as_deref() == Some("she")), "{q:?}");
    }

    #[test]
    fn a_manner_before_a_colon_is_no_part_of_the_quotation() {
        // Found on an opinion piece: "more bluntly:" was part of what Falk said.
        let q = show("Her neighbour, Tom Falk, put it more bluntly: \"It's theft.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "\"It's theft.\""));
    }

    #[test]
    fn a_stance_verb_s_object_ends_before_a_clause_of_its_own() {
        // From the example corpus: the Old Customs House was part of what the mayor praised.
        let q = show("Mayor Dalia Kerr praised the emergency services, and the Old Customs House will serve as a waiting room.");
        assert_eq!(q[0].1, "the emergency services");
        // A list's last item stays.
        let q = show("Mayor Dalia Kerr praised the police, the firefighters, and the volunteers who stayed.");
        assert_eq!(q[0].1, "the police, the firefighters, and the volunteers who stayed");
    }

    #[test]
    fn a_plural_possessive_does_not_close_a_single_mark_quotation() {
        // Found on a test article: the quotation stopped at "workers’" and the speaker was "’ Lind".
        let q = show("‘We stay out until the workers’ union gets a fair hearing,’ Lind told reporters.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("‘We stay out until the workers’ union gets a fair hearing,’", Some("Lind")));
        // A closing mark before a pronoun and its cue still closes.
        let q = show("‘We stay out until the talks’ she said, ‘and not a day longer.’");
        assert!(q.iter().any(|x| x.1 == "‘We stay out until the talks’" && x.3.as_deref() == Some("she")), "{q:?}");
    }

    #[test]
    fn a_short_quotation_after_its_cue_and_a_dash_is_set_off() {
        // Found on a test article: the second part was lost.
        let q = show("“We will strike,” she said — “and soon.”");
        assert!(q.iter().any(|x| x.1 == "“and soon.”" && x.3.as_deref() == Some("she")), "{q:?}");
    }

    #[test]
    fn is_understood_names_no_speaker() {
        let q = show("The minister is understood to favour a deal, sources said.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("The minister")), "{q:?}");
        assert!(q.iter().any(|x| x.3.as_deref() == Some("sources")), "{q:?}");
    }

    #[test]
    fn a_colon_lead_in_to_one_whole_quotation_is_direct_and_a_topic_is_no_speaker() {
        let q = show("From the Ostmark fisheries ministry: \"All quotas follow the scientific advice.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].3.as_deref()), (QuoteKind::Direct, Some("the Ostmark fisheries ministry")));
        // Quoted words and more after the colon stay mixed.
        let q = show("Ministry spokeswoman Hanna Berg: the quotas are \"final\" and will not change.");
        assert!(q.iter().all(|x| x.0 == QuoteKind::Mixed), "{q:?}");
        // "Of Lind:" names whom the words are about.
        let q = show("Of Lind: \"I just don't believe a word she says.\"");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("Of Lind")), "{q:?}");
    }

    #[test]
    fn words_before_a_subject_are_not_part_of_the_source() {
        assert_eq!(clean("in what officials").as_deref(), Some("officials"));
        assert_eq!(clean("where harbour pilots").as_deref(), Some("harbour pilots"));
        assert_eq!(clean("although critics").as_deref(), Some("critics"));
        assert_eq!(clean("with many").as_deref(), Some("many"));
        assert_eq!(clean("and the ferry union").as_deref(), Some("the ferry union"));
        // a name that starts like one of them stays whole
        assert_eq!(clean("Evenson").as_deref(), Some("Evenson"));
        let q = show("The fire destroyed the terminal on Monday, in what officials called the worst blaze in a decade.");
        assert_eq!(q.first().and_then(|x| x.3.as_deref()), Some("officials"), "{q:?}");
    }

    #[test]
    fn declined_as_a_fall_is_no_refusal() {
        // Found on a market column: a price that "declined once again" refused nothing.
        for s in [
            "The white metal declined once again and even though gold closed higher, it managed to close lower.",
            "The former declined a bit, while stocks truly soared.",
            "Ferry traffic declined 3.3 percent last year.",
            "Freight declined in almost every port, dropping roughly half in Selka.",
        ] {
            assert!(show(s).iter().all(|q| q.2.as_deref() != Some("declined")), "{s}: {:?}", show(s));
        }
        // a refusal still is one, also with a time between ("declined for years to reveal …")
        assert_one_report("The harbour master declined to comment.", "declined", "The harbour master");
        let q = show("The trust has declined for years to reveal the sources of its funding.");
        assert!(q.iter().any(|x| x.3.as_deref() == Some("The trust")), "{q:?}");
    }

    #[test]
    fn an_ing_word_after_an_article_is_a_noun() {
        // "familiar with the planning … says": the planning is nobody's report, and the
        // speaker is the whole noun phrase.
        assert_one_report(
            "A person familiar with the planning for the harbour meeting says the talks will focus on fares.",
            "says",
            "A person familiar with the planning for the harbour meeting",
        );
        // the verb is still a cue
        let q = show("The council is planning to close the pier, Lind said.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("planning") && x.3.as_deref() == Some("The council")), "{q:?}");
    }

    #[test]
    fn an_infinitive_after_enough_or_reasons_is_no_report() {
        // Found on a market column: "The volume wasn't huge enough to confirm the reversal"
        // gave a report whose speaker was the whole clause.
        for s in [
            "The volume wasn't huge enough to confirm the reversal.",
            "There are still four great reasons to consider the plan.",
            "When it comes to speaking about fares, the council is quiet.",
        ] {
            assert!(
                show(s).iter().all(|q| !matches!(q.2.as_deref(), Some("confirm" | "consider" | "speaking about"))),
                "{s}: {:?}",
                show(s)
            );
        }
        // who was the first to say it, or came to see it, did report it
        let q = show("Lind was the first to say the pier was unsafe.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("say") && x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn a_verb_contracted_onto_a_pronoun_is_no_part_of_the_speaker() {
        // "He’s praising Bush": the speaker is "He", as PARC marks it and as pronouns resolve.
        assert_first_source("He’s praising the new ferry schedule.", "He");
        assert_first_source("They're hopeful that the pier will reopen.", "They");
        // a possessive is no contraction
        assert!(show("Lind's claim that the pier is safe was denied.").iter().all(|q| q.3.as_deref() != Some("Lind")));
    }

    #[test]
    fn a_connective_before_a_colon_is_no_speaker() {
        // Found on an opinion column: "Briefly:" opened its summary and was read as a speaker.
        for s in ["Briefly: In our opinion, the fares are too high for the islands.", "In short: the pier will not open before spring."] {
            assert!(show(s).iter().all(|q| q.2.as_deref() != Some(":")), "{s}: {:?}", show(s));
        }
        // a named lead-in still speaks
        let q = show("From the ministry: the repairs will be paid from the national budget.");
        assert_eq!(q.first().and_then(|x| x.3.as_deref()), Some("the ministry"), "{q:?}");
    }

    #[test]
    fn an_opening_sentence_adverb_is_no_speaker() {
        // Found on an opinion column: "Luckily, conservatives … understand …" gave "Luckily".
        let q = show("Luckily, councillors who want to see the end of the levy and understand the risks of delay are not giving up.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("Luckily")), "{q:?}");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("understand") && x.3.as_deref() == Some("councillors")), "{q:?}");
        assert_first_source("Sadly, the harbour master said the pier was closed.", "the harbour master");
    }

    #[test]
    fn a_cue_whose_subject_opens_with_a_preposition_is_no_report() {
        // the "subject" before the cue is a prepositional phrase or a negation: a clause, not a speaker
        assert!(show("Wages for workers in the middle band of the earnings scale declined sharply.")
            .iter()
            .all(|q| q.2.as_deref() != Some("declined")));
        assert!(show("Not everything the mayor says about the pier is true.").iter().all(|q| q.2.as_deref() != Some("says")));
        // a plain subject still reports
        assert_one_report("The mayor says the pier is safe.", "says", "The mayor");
    }

    #[test]
    fn states_is_a_cue_as_a_verb_and_never_as_the_plural_noun() {
        assert_one_report(
            "A notice on the authority's website states that the pier will reopen in May.",
            "states",
            "A notice on the authority's website",
        );
        assert_one_report("Byrne states that the pier was unsafe.", "states", "Byrne");
        for t in [
            "The ferry line serves coastal states that rely on tourism.",
            "The first four states that vote hold a fifth of the seats.",
            "The route runs through nine states: Aven, Brova, Kell, Lorn, Mott, Nye, Orr, Pell and Quay.",
        ] {
            assert!(show(t).iter().all(|q| q.2.as_deref() != Some("states")), "{t}: {:?}", show(t));
        }
    }

    #[test]
    fn a_hedged_claim_is_a_report_with_no_source() {
        let t = "Lind said the pier was safe. The club reportedly spent $1.5 million on the campaign.";
        let q = show(t);
        let hedged = q.iter().find(|x| x.2.as_deref() == Some("reportedly")).expect("a hedged report");
        assert_eq!(hedged.1, "The club reportedly spent $1.5 million on the campaign");
        // Not Lind's: the hedge names no one, and takes no speaker from the sentence before.
        assert_eq!(hedged.3, None);
        // Inside words already reported, the hedge is part of them.
        let q = show("Lind said the club had allegedly spent $1.5 million.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_report_inside_a_news_report_is_relayed_by_its_outlet() {
        let t = "Officials met on Monday. “The pier stays shut,” Lind said, according to Radio Selka. Kerr said the \
                 ferries were safe, the Bay Courier reported. Ahl said the island was cut off.";
        let q = find_quotes(t);
        let via = |speaker: &str| {
            let q = q.iter().find(|q| q.source.is_some_and(|s| &t[s.start..s.end] == speaker)).unwrap();
            q.relayed_by.map(|r| &t[r.start..r.end])
        };
        assert_eq!(via("Lind"), Some("Radio Selka"));
        assert_eq!(via("Kerr"), Some("the Bay Courier"));
        // A report outside any other stays the speaker's own.
        assert_eq!(via("Ahl"), None);
        // The outlet's own report stays, unrelayed.
        assert!(q.iter().any(|q| q.source.is_some_and(|s| &t[s.start..s.end] == "Radio Selka") && q.relayed_by.is_none()));
    }

    #[test]
    fn polnear_support_see_and_plans_are_stances_as_verbs_and_nothing_otherwise() {
        // PARC marks the stance "X support Y"; found on PolNeAR's train split.
        assert_first_source("Two-thirds of the islanders support a second ferry route.", "Two-thirds of the islanders");
        assert_first_source("The harbour council supports Lind.", "The harbour council");
        assert!(show("Their support for the new pier grew over the winter.").is_empty());
        assert!(show("The plan has broad support.").is_empty());
        // A possessor's, a quantity's or a compound's support is the noun too.
        assert!(show("Lind cut into the mayor's support across most of the island.").is_empty());
        assert!(show("Moro has twice as much support overall, but still trails Lind.").is_empty());
        // "see … as" is a view; sight is not.
        assert_first_source("Most islanders see the new pier as a waste of money.", "Most islanders");
        assert!(show("Visitors came to see the new pier on Sunday.").is_empty());
        assert!(show("Let’s see the pier first.").is_empty());
        // An intention: "plans to", not "the plans".
        assert_first_source("The council plans to reopen the pier in May.", "The council");
        assert!(show("The plans for the pier were approved.").is_empty());
    }

    #[test]
    fn relayed_quotes_keep_who_relays_them() {
        let t = "Officials met on Monday. The agency cited an aide to the minister as saying the talks had failed.";
        let q = find_quotes(t);
        let r = q.iter().find(|q| t[q.content.start..q.content.end].contains("talks had failed")).expect("the relayed quote");
        assert_eq!(r.source.map(|s| &t[s.start..s.end]), Some("an aide to the minister"));
        assert_eq!(r.relayed_by.map(|s| &t[s.start..s.end]), Some("The agency"));
        assert!(q.iter().filter(|q| q.relayed_by.is_some()).count() == 1);
    }

    #[test]
    fn direct_quote_with_trailing_cue() {
        let t = "“The building was cleared in under six minutes,” said Ines Moro, director of the authority.";
        assert_eq!(
            show(t),
            [(QuoteKind::Direct, "“The building was cleared in under six minutes,”".into(), Some("said".into()), Some("Ines Moro".into()))]
        );
        let t = "“We will not sail until every beam is checked,” the director told reporters.";
        assert_eq!(show(t)[0].3.as_deref(), Some("the director"));
    }

    #[test]
    fn direct_quote_with_leading_cue() {
        let t = "Mayor Dalia Kerr said: “The response was calm and quick.”";
        assert_eq!(
            show(t),
            [(QuoteKind::Direct, "“The response was calm and quick.”".into(), Some("said".into()), Some("Mayor Dalia Kerr".into()))]
        );
    }

    #[test]
    fn indirect_speech_and_according_to() {
        let t = "Fire chief Tomas Vell said the blaze started shortly after 2:15 p.m. in a storage room.";
        assert_eq!(
            show(t),
            [(
                QuoteKind::Indirect,
                "the blaze started shortly after 2:15 p.m. in a storage room".into(),
                Some("said".into()),
                Some("Fire chief Tomas Vell".into())
            )]
        );
        let t = "Fourteen people were treated for smoke inhalation, according to the city's fire service.";
        assert_eq!(
            show(t),
            [(
                QuoteKind::Indirect,
                "Fourteen people were treated for smoke inhalation".into(),
                Some("according to".into()),
                Some("the city's fire service".into())
            )]
        );
    }

    #[test]
    fn continuation_quotes_and_relative_clauses() {
        let t = "“The building was cleared in minutes,” said Ines Moro at the terminal. “Ferries will not sail again until engineers have checked every beam.”";
        let q = find_quotes(t);
        assert_eq!(q.len(), 2);
        assert_eq!(&t[q[1].source.unwrap().start..q[1].source.unwrap().end], "Ines Moro");
        let t = "Mayor Dalia Kerr, who visited the site in the evening, called the response “calm, quick and professional” on Tuesday.";
        let q = find_quotes(t);
        assert_eq!(&t[q[0].source.unwrap().start..q[0].source.unwrap().end], "Mayor Dalia Kerr");
    }

    #[test]
    fn headline_colon_attribution() {
        let t = "Harbour Authority Director Ines Moro: Ferries Will Not Sail Until Beams Are Checked";
        let q = show(t);
        assert_eq!(q[0].2.as_deref(), Some(":"));
        assert_eq!(q[0].3.as_deref(), Some("Harbour Authority Director Ines Moro"));
        // A lowercase lead-in before a colon is not a speaker.
        assert!(show("Here is the thing: the ferry left at noon.").is_empty());
        // With a cue verb after the colon, that verb is the only attribution.
        let q = show("Here is the thing: nobody knew what to do next.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("knew"), Some("nobody")));
    }

    #[test]
    fn doubled_apostrophes_initials_and_appositives() {
        let t = "''I love depreciation,'' he said.";
        assert_eq!(show(t)[0].3.as_deref(), Some("he"));
        let t = "\"Investors are being duped and left high and dry,\" Senator Ana E. Lind, chair of the panel, said on Monday.";
        let q = show(t);
        assert_eq!(q[0].2.as_deref(), Some("said"));
        assert_eq!(q[0].3.as_deref(), Some("Senator Ana E. Lind"));
    }

    #[test]
    fn content_before_the_cue() {
        let t = "The pier will reopen next month, the harbour master said.";
        assert_eq!(
            show(t),
            [(QuoteKind::Indirect, "The pier will reopen next month".into(), Some("said".into()), Some("the harbour master".into()))]
        );
    }

    #[test]
    fn participle_cues_inherit_the_speaker() {
        let t = "The Washington Post endorsed the mayor on Thursday, saying she had been a careful steward of the city budget.";
        let q = find_quotes(t);
        let last = q.last().unwrap();
        assert_eq!(&t[last.cue.unwrap().start..last.cue.unwrap().end], "saying");
        assert_eq!(&t[last.source.unwrap().start..last.source.unwrap().end], "The Washington Post");
    }

    #[test]
    fn multibyte_punctuation_never_breaks_offsets() {
        // Every cue and quote shape next to multi-byte punctuation (– — “ ” « » ‘ ’ …).
        let pieces = [
            "Café owners",
            " – ",
            " — ",
            "said",
            " told ",
            ", ",
            "“",
            "”",
            "«",
            "»",
            "‘",
            "’",
            "…",
            " according to ",
            "Müller",
            " who ",
            "añadió",
            " the minister ",
            ".",
        ];
        let mut state = 7u64;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..12 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            for q in find_quotes(&t) {
                for r in [Some(q.content), q.cue, q.source].into_iter().flatten() {
                    assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end) && r.start <= r.end, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn offsets_are_char_boundaries_and_no_panic_on_odd_quotes() {
        for t in [
            "He said “unterminated quote and more words here",
            "«Ça suffit», a-t-il dit, said nobody at all today.",
            "\"",
            "said",
            // A closing curly quote right before a second quotation (regression: byte index inside '”').
            "“We endorse her without hesitation,” the daily wrote, adding, “no, we are not making this endorsement lightly.”",
        ] {
            for q in find_quotes(t) {
                assert!(t.is_char_boundary(q.content.start) && t.is_char_boundary(q.content.end));
            }
        }
    }

    #[test]
    fn passive_and_agentless_cues_name_no_speaker() {
        let q = show("The harbour master was accused of ignoring the cracked beams for years.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3, None);
        let q = show("The repair seems to have held through the storm.");
        assert!(q.iter().all(|q| q.3.is_none()), "{q:?}");
    }

    #[test]
    fn a_passive_cue_s_agent_is_its_speaker_and_its_subject_what_is_reported() {
        // the agent ends before a reason, and the auxiliaries are not part of the subject
        let q = show("Mayor Kerr has been rebuked by harbour pilots for her plan to close the pier.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref(), q[0].3.as_deref()), ("Mayor Kerr", Some("rebuked"), Some("harbour pilots")));
        // a question after the agent is what was asked
        let q = show("Kerr was asked by host Ana Lind whether the ferry would run in winter.");
        let asked = q.iter().find(|q| q.2.as_deref() == Some("asked")).expect("the asked report");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("whether the ferry would run in winter", Some("host Ana Lind")));
        // a participle set off after a noun phrase is a passive too
        let q = show("The toll bill, opposed by the island's shopkeepers, passed on Friday.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The toll bill", Some("the island's shopkeepers")), "{q:?}");
        // without an agent a passive still names no speaker
        let q = show("The toll bill was criticized as a giveaway to the ferry company.");
        assert!(q.iter().all(|q| q.3.is_none()), "{q:?}");
    }

    #[test]
    fn as_reported_by_names_its_source_as_according_to_does() {
        let q = show("As reported by the Bay Courier, inspectors found cracks in two of the pier's beams.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].2.as_deref(), q[0].3.as_deref()),
            ("inspectors found cracks in two of the pier's beams", Some("As reported by"), Some("the Bay Courier"))
        );
        let q = show("The ministry had known of the cracks for weeks, as first reported by the Harbour Gazette.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The ministry had known of the cracks for weeks", Some("the Harbour Gazette")));
    }

    #[test]
    fn a_title_s_full_stop_before_a_cue_does_not_cut_off_the_speaker() {
        // Found on PolNeAR's train split: "… records from Mrs. Clinton's time …, said that “…”"
        // gave the speaker "that".
        let q = show("Ola Berg, the head of Harbour Watch, a group that sued for records from Mrs. Lund's time at the ministry, said that \u{201c}the damage is done.\u{201d}");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Ola Berg")));
        let q = show("Capt. J. Moro of the U.S. Coast Guard said: \u{201c}We searched all night.\u{201d}");
        assert_eq!(q[0].3.as_deref(), Some("Capt. J. Moro of the U.S. Coast Guard"), "{q:?}");
    }

    #[test]
    fn a_preposition_before_a_cue_is_never_part_of_the_speaker() {
        // Found on PolNeAR's train split: sources "apparently to", "After", "… award for".
        for text in [
            "The sum the mayor gave the fund on Friday, apparently to show donors that the city is committed to the pier.",
            "After insisting for a week that the pier was safe, the ministry closed it.",
            "Ines Moro took home the harbour medal for speaking out about safety on the ferries.",
        ] {
            for q in show(text) {
                let src = q.3.unwrap_or_default();
                let last = src.rsplit(' ').next().unwrap_or("").to_lowercase();
                assert!(!matches!(last.as_str(), "to" | "for" | "after" | "about"), "{text}: source {src:?}");
            }
        }
        let q = show("Ines Moro took home the harbour medal for speaking out about safety on the ferries.");
        assert!(q[0].3.as_deref().is_some_and(|s| s.starts_with("Ines Moro")), "{q:?}");
    }

    #[test]
    fn saw_reports_a_view_only_with_as_or_that() {
        assert_one_report("The ferry union saw the closure as a betrayal of the islands.", "saw", "The ferry union");
        assert!(show("Ines Moro saw the smoke from the pier at noon.").is_empty());
        assert_one_report("Many islanders view the new timetable as a gamble.", "view", "Many islanders");
    }

    #[test]
    fn the_show_is_a_noun_not_a_cue() {
        assert_one_report("Radio chief Dave Orm called the show “the ferry programme of record.”", "called", "Radio chief Dave Orm");
    }

    #[test]
    fn a_cue_with_no_speaker_inside_a_report_is_part_of_it() {
        assert_one_report("Lund says she has stayed neutral so she would not be accused of rigging the ferry vote.", "says", "Lund");
    }

    #[test]
    fn a_modal_left_before_the_cue_is_not_part_of_the_speaker() {
        assert_one_report("The ferry crews may argue that the pier is safe.", "argue", "The ferry crews");
        assert_one_report("Some islanders still insist that the pier is safe.", "insist", "Some islanders");
        // So are "even", "already", "just" and "not" after a phrase set off by commas.
        assert_one_report("Port officials, in fact, even insist that the ferry will run on time.", "insist", "Port officials");
        assert_one_report(
            "The harbour board, by its own account, already concluded that the pier is safe.",
            "concluded",
            "The harbour board",
        );
        assert_one_report("The governor first argued that the pier is safe.", "argued", "The governor");
        assert_one_report("Port officials have been warning that the pier is unsafe.", "warning", "Port officials");
    }

    #[test]
    fn a_closing_mark_where_a_quotation_opens_opens_it() {
        let q =
            show("Readers wrote in.\n\n”The ferry is a disgrace. It never runs on time.” ― Ines Moro\n”The pier is fine.” ― Tomas Berg");
        let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.1.as_str(), q.3.as_deref())).collect();
        assert_eq!(
            got,
            [("”The ferry is a disgrace. It never runs on time.”", Some("Ines Moro")), ("”The pier is fine.”", Some("Tomas Berg"))]
        );
        // A closing mark after a word still only closes.
        assert!(show("The pier is fine.” The ferry sails at noon.").is_empty());
    }

    #[test]
    fn ordered_and_named_report_a_choice_and_naming_alone_does_not() {
        assert_one_report("A harbour judge ordered the ferry company to publish its logs.", "ordered", "A harbour judge");
        assert_one_report("The mayor named Petra Lund as her deputy.", "named", "The mayor");
        assert_one_report("The council named two islanders to the ferry board.", "named", "The council");
        assert!(show("A ferry worker named Tomas Berg rang the bell.").is_empty());
        assert!(show("The pier was so named because of the old mill.").is_empty());
    }

    #[test]
    fn appear_to_reports_a_finding_with_no_speaker() {
        let q = show("The cracks appear to have spread along both beams.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("to have spread along both beams", None), "{q:?}");
    }

    #[test]
    fn calls_reports_a_characterisation_but_phone_calls_report_nothing() {
        let q = show("Mayor Dalia Kerr calls the new timetable a gamble with people's jobs.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("calls"), Some("Mayor Dalia Kerr")));
        let q = show("Critics call the new timetable a gamble.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("call"), Some("Critics")), "{q:?}");
        for text in [
            "The council began the roll call vote at noon.",
            "Phone calls to the harbour office went unanswered on Friday.",
            "Late-night calls came in while the terminal burned.",
            "Too many calls still roll over to the backup centre.",
        ] {
            assert!(show(text).is_empty(), "{text}: {:?}", show(text));
        }
    }

    #[test]
    fn coordinated_and_participle_cues_take_the_sentence_subject() {
        let q = show("Mayor Dalia Kerr toured the terminal and said the ferries would sail on Friday.");
        let said = q.iter().find(|q| q.2.as_deref() == Some("said")).expect("the said quote");
        assert_eq!(said.3.as_deref(), Some("Mayor Dalia Kerr"));
        let q = show("The Harbour Authority filed a complaint, claiming that the contractor skipped two inspections.");
        let claiming = q.iter().find(|q| q.2.as_deref() == Some("claiming")).expect("the claiming quote");
        assert_eq!(claiming.3.as_deref(), Some("The Harbour Authority"));
        let q = show("The councillor drew criticism in 2025, saying that the pier was safe.");
        assert_eq!(q[0].3.as_deref(), Some("The councillor"), "{q:?}");
        assert_first_source("In a statement, the ferry company fired back, arguing that the report was wrong.", "the ferry company");
        // a conjunction opening the sentence is not part of its subject
        assert_first_source("And then Kerr went on the attack, saying, “Is the board ever going to fix the pier?”", "Kerr");
        // the rest of a place set off by commas is stepped over with it
        assert_first_source(
            "The day before, at a rally in Aven, Md., Mayor Kerr was just as blunt, claiming that the board wanted a toll.",
            "Mayor Kerr",
        );
    }

    #[test]
    fn a_quantity_or_a_hyphen_set_clause_before_the_cue_keeps_the_speaker() {
        assert_one_report(
            "About four in 10 Port Aven ferry season ticket holders say that the new timetable is worse.",
            "say",
            "About four in 10 Port Aven ferry season ticket holders",
        );
        // a hyphen between spaces sets off a clause as a dash does
        for t in [
            "On her way out, Mayor Kerr - in a line aimed at the board - declared that the pier must stay open.",
            "On her way out, Mayor Kerr — in a line aimed at the board — declared that the pier must stay open.",
        ] {
            assert_one_report(t, "declared", "Mayor Kerr");
        }
    }

    #[test]
    fn votes_signatures_and_backing_are_stances() {
        assert_one_report("Councillor Lind voted for the new toll.", "voted for", "Councillor Lind");
        assert_one_report("The mayor signed the ferry bill into law.", "signed", "The mayor");
        assert_one_report("The union is backing Kerr in the race.", "backing", "The union");
        assert_one_report("The ferry unions call for a second pier.", "call for", "The ferry unions");
        assert_one_report("Kerr took aim at the harbour board.", "took aim at", "Kerr");
        assert_one_report("Lind takes issue with the new toll plan for the pier.", "takes issue with", "Lind");
        assert_one_report("The unions would like to see a second pier.", "would like to", "The unions");
        assert_one_report("The ferry union came out against the new toll plan.", "came out against", "The ferry union");
        assert_one_report("Kerr and Lind clashed over the new toll plan.", "clashed over", "Kerr and Lind");
        assert_one_report("Residents raised concerns about the noise from the pier.", "raised concerns about", "Residents");
        assert_one_report("Lind made the case that the toll would pay for the pier.", "made the case", "Lind");
        assert_one_report("The harbour master weighed in on the toll plan for the pier.", "weighed in on", "The harbour master");
        assert_one_report("The board has embraced the toll plan for the pier.", "embraced", "The board");
        assert_one_report("Kerr hammered the board for the delay.", "hammered", "Kerr");
        assert_one_report("The court ruled that the toll was legal.", "ruled that", "The court");
        assert_one_report("Critics dubbed the pier a white elephant.", "dubbed", "Critics");
        assert_one_report("The harbour authority projected a loss for the year.", "projected", "The harbour authority");
        assert!(show("The projected cost of the pier rose.").is_empty());
        // blows are not words
        assert!(show("The hull was hammered by the waves.").is_empty());
        assert!(show("The ship knocked into the pier at dawn.").is_empty());
        let q = show("As Mayor Kerr put it, “The pier is the heart of the town.”");
        assert_eq!(
            (q.len(), q[0].0, q[0].2.as_deref(), q[0].3.as_deref()),
            (1, QuoteKind::Direct, Some("put it"), Some("Mayor Kerr")),
            "{q:?}"
        );
        // the noun after a determiner is no cue
        assert!(show("Kerr won the backing of the ferry union.").is_empty());
        // "seen as" names no one
        let q = show("The plan is widely seen as a win for the harbour.");
        assert_eq!((q.len(), q[0].2.as_deref(), q[0].3.as_deref()), (1, Some("seen as"), None), "{q:?}");
    }

    #[test]
    fn appearing_somewhere_is_no_stance_and_reacted_is_a_cue() {
        let q = show("Kerr appeared with the harbour master on Thursday and endorsed the plan, saying, “It is ready.”");
        assert!(q.iter().all(|q| q.2.as_deref() != Some("appeared")), "{q:?}");
        assert_eq!(q.iter().find(|q| q.2.as_deref() == Some("saying")).and_then(|q| q.3.as_deref()), Some("Kerr"), "{q:?}");
        // "appeared to" still is (the writer's impression: no source, as for "seemed")
        let q = show("The board appeared to accept the plan.");
        assert_eq!((q.len(), q[0].2.as_deref(), q[0].3.as_deref()), (1, Some("appeared"), None), "{q:?}");
        let q = show("“Who will pay for the pier?” reacted Lind.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("reacted"), Some("Lind")), "{q:?}");
    }

    #[test]
    fn content_before_an_inverted_cue_and_questions_with_cues() {
        let q = show("The beams had been checked twice since March, said Tomas Vell, the chief engineer.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "The beams had been checked twice since March");
        assert_eq!(q[0].3.as_deref(), Some("Tomas Vell"));
        let q = show("“Are the ferries safe?” she asked.");
        assert_eq!(q[0].2.as_deref(), Some("asked"));
        assert_eq!(q[0].3.as_deref(), Some("she"));
    }

    #[test]
    fn attitude_and_cognition_verbs_are_cues() {
        for (t, cue) in [
            ("Residents worried that the terminal would stay closed all winter.", "worried"),
            ("Vell knew the beams were weak long before the fire.", "knew"),
            ("The council is stressing the need for new inspections.", "stressing"),
        ] {
            let q = show(t);
            assert!(q.iter().any(|q| q.2.as_deref() == Some(cue)), "{t}: {q:?}");
        }
    }

    #[test]
    fn short_quoted_titles_are_names_not_quotes() {
        let q = show("Lund told “Harbour Watch Tonight,” that the terminal would reopen.");
        assert!(q.iter().all(|q| q.0 != QuoteKind::Direct), "{q:?}");
        let q = show("“We will rebuild,” Lund said.");
        assert_eq!(q[0].0, QuoteKind::Direct);
    }

    #[test]
    fn a_name_ending_in_ly_is_a_speaker_and_an_adverb_is_not() {
        let q = show("Kelly said the pier would reopen on Friday.");
        assert_eq!(q[0].3.as_deref(), Some("Kelly"), "{q:?}");
        assert_first_source("The mayor, visibly angry, forcefully denied that the beams were weak.", "The mayor");
    }

    #[test]
    fn quotations_running_over_paragraphs_keep_one_speaker() {
        let t = "“The first ferries will come back in May.\n\n“Nobody should expect the old timetable before summer,” she added.";
        let q = show(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("“The first ferries") && q[0].1.ends_with("summer,”"), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("she"));
        // The cue before the opening mark speaks a run that closes without one.
        let t = "Commissioner Ana Lind said: “The pier will stay shut.\n\n“Repairs come first.”";
        let q = show(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Commissioner Ana Lind")));
        assert!(q[0].1.ends_with("Repairs come first.”"));
    }

    #[test]
    fn dash_attribution_after_quotes_and_statements() {
        let q = show("“Fares must cover the repairs.” ― Tomas Vell, a ferry operator");
        assert_eq!((q[0].0, q[0].2.as_deref(), q[0].3.as_deref()), (QuoteKind::Direct, Some("―"), Some("Tomas Vell")));
        let q = show("The ferry fares will rise by 4 percent next year. — Harbour Commissioner Ana Lind");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "The ferry fares will rise by 4 percent next year");
        assert_eq!(q[0].3.as_deref(), Some("Harbour Commissioner Ana Lind"));
        // A dash that goes on with the sentence names no one.
        assert!(show("The beams were weak — everyone on the pier knew it.").iter().all(|q| q.2.as_deref() != Some("—")));
        assert!(show("“It was a disgrace” — a word he used twice.").iter().all(|q| q.2.as_deref() != Some("—")));
    }

    #[test]
    fn transcript_turns_and_colon_lead_ins() {
        let t = "Mayor Dalia Kerr spoke with the engineer Tomas Vell.\n\n\"KERR: Will the pier open in May?\n\n\"VELL: Not before the inspectors sign.\n\n\"The beams come first.\n\n\"VELL: That is all.\n\n\"KERR: Thank you.\"";
        let q = show(t);
        let turns: Vec<(&str, &str)> =
            q.iter().filter(|q| q.2.as_deref() == Some(":")).map(|q| (q.3.as_deref().unwrap(), q.1.as_str())).collect();
        assert_eq!(turns.len(), 4, "{q:?}");
        assert_eq!(turns[0], ("KERR", "Will the pier open in May?"));
        // The reopened quotation in the next paragraph goes on with Vell's turn.
        assert_eq!(turns[1].0, "VELL");
        assert!(turns[1].1.ends_with("The beams come first."), "{turns:?}");
        // Found on an interview: the guest named in full at the first turn and by the
        // surname after is one speaker, so the first turn is a turn too.
        let t = "Paul Ek spoke to the Post.\n\nPost: Are they wrong?\n\nPaul Ek: They are wrong. We will not close a school.\n\nPost: And the posts?\n\nEk: That figure is invented. Nobody goes.";
        let q = show(t);
        let turns: Vec<(&str, &str)> =
            q.iter().filter(|q| q.2.as_deref() == Some(":")).map(|q| (q.3.as_deref().unwrap(), q.1.as_str())).collect();
        assert_eq!(turns[1], ("Paul Ek", "They are wrong. We will not close a school."), "{q:?}");
        assert_eq!(turns.len(), 4, "{q:?}");
        // Labels never named elsewhere are fields, not speakers.
        let q = show("\"Advantages: It is light. It folds flat.\n\n\"Advantages: It is cheap. It lasts.\n\nThe case is grey.");
        assert!(q.iter().all(|q| q.3.as_deref() != Some("Advantages")), "{q:?}");
        // A one-off capitalised lead-in is no transcript: "PORTVIK:" is a dateline.
        let q = show("PORTVIK: The ferry terminal reopened on Monday after repairs.");
        assert!(q.iter().all(|q| q.0 != QuoteKind::Direct), "{q:?}");
        // A named subject with its own cue after the colon is the attribution.
        let q = show("The Latest: Lind urges ferry crews to stay in port tonight.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("urges"), Some("Lind")), "{q:?}");
        // "From the ministry:" names where the words come from.
        let q = show("From the ministry: the repairs will be paid from the national budget.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some(":"), Some("the ministry")));
        // A quotation after it with a cue of its own belongs to that cue's speaker alone (the
        // lead-in was a second report holding the quotation and its cue).
        assert_one_report("From the ministry: «The route will open in spring,» a spokesman wrote in an email.", "wrote", "a spokesman");
        // A paragraph ending "… reports:" introduces the quotation after it.
        let q = show("The Portvik Courier reports:\n\n“The harbour authority knew about the cracks for a year.”");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("reports"), Some("The Portvik Courier")), "{q:?}");
        // The cue may sit up to ten words before the colon; the quotation is then hers alone,
        // and the cues inside it ("heard him say") are her words, not reports of their own.
        let q = show("Ines Moro, a ferry pilot, said that given the choices on both sides of the strait:\n\n\"There is only one: Kerr. If he got in, he owes nobody. I have not heard him say one word I disagree with.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].2.as_deref(), q[0].3.as_deref()), (QuoteKind::Direct, Some("said"), Some("Ines Moro")), "{q:?}");
        // A participle lead-in speaks for the subject of its sentence.
        let q = show("The Portvik Courier confirmed the finding, reporting:\n\n\"As the board took control of the pier, money flowed to the ferry fund.\"");
        let d = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!((d.2.as_deref(), d.3.as_deref()), (Some("reporting"), Some("The Portvik Courier")), "{q:?}");
        // A name and a past-tense verb before the colon: the verb is the cue, the name speaks,
        // and the words inside the quotation are no report of their own.
        let q = show("The crowd applauded.\n\nKerr interjected: “So you’re saying there will be some flexibility?”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].2.as_deref(), q[0].3.as_deref()), (QuoteKind::Direct, Some("interjected"), Some("Kerr")), "{q:?}");
        // Later in a sentence, the name and verb before the colon are closer than its first cue.
        let q = show("She said the plan was sound, to which Moro interjected: \"It is just not true.\"");
        let d = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!((d.2.as_deref(), d.3.as_deref()), (Some("interjected"), Some("Moro")), "{q:?}");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("said") && x.3.as_deref() == Some("She")), "{q:?}");
    }

    #[test]
    fn an_uncued_quotation_after_a_report_is_that_speaker_s() {
        // The quotation right after a report in the same paragraph has no cue of its own:
        // it is the reporter's speaker's, and "I think" inside it is part of it.
        let q = show("Moro kept her distance from the board by saying she would help if asked.  “I’m going to support them, not because I agree with them on everything, but because I think they can do the job.”");
        let d = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!(d.3.as_deref(), Some("Moro"), "{q:?}");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("I")), "{q:?}");
        // With no report before it, a quotation stays unattributed.
        let q = show("The pier closed at noon.  “I think it will never open again.”");
        assert!(q.iter().all(|x| x.0 != QuoteKind::Direct), "{q:?}");
        // "Continued Stone:" opens with its cue, and the name after it speaks.
        let q = show("Stone spoke for an hour.\n\nContinued Stone: “So I think it is a very real problem.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("Continued"), Some("Stone")), "{q:?}");
    }

    #[test]
    fn an_opening_phrase_keeps_its_town_s_state_and_its_relative_clause() {
        // "in Salem, New Hampshire," and ", which …," belong to the opening phrase, and a
        // clause with "after" and a verb ("Lind went after Moro") is no time.
        let q = show("Speaking at a town hall in Salem, New Hampshire, Lind went after Moro, calling him “a total stiff.”");
        let d = q.iter().find(|x| x.2.as_deref() == Some("calling")).expect("the quotation");
        assert_eq!(d.3.as_deref(), Some("Lind"), "{q:?}");
        let q =
            show("Speaking to the Courier on Monday in Portvik, which is set to host the vote, Berg described Moro as “a bright leader.”");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Berg")), "{q:?}");
        // A five-letter participle opens a phrase too ("Using …").
        let q = show("Using a crude word to describe the crews as lazy, he said the pier would close.");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("he")), "{q:?}");
        // A one-word name after a skipped phrase is still the subject.
        let q = show("Speaking at the pier on Monday, Lind, the mayor, said the ferries would run.");
        assert_eq!(q[0].3.as_deref(), Some("Lind"), "{q:?}");
    }

    #[test]
    fn a_cue_with_only_a_setting_after_it_reports_the_clause_before() {
        for (text, cue, content) in [
            (
                "Moro was shocked by the reaction from the crews, she said in an interview later.",
                "said",
                "Moro was shocked by the reaction from the crews",
            ),
            (
                "Lind and Berg were returning home to Portvik, their son confirmed on Facebook Friday.",
                "confirmed",
                "Lind and Berg were returning home to Portvik",
            ),
            (
                "Invoking old crises is a classic scare tactic, Ana Lind noted in The Courier.",
                "noted",
                "Invoking old crises is a classic scare tactic",
            ),
            (
                "Deficits will rise this year, the budget office reported on Tuesday -- a turn that reshapes the race.",
                "reported",
                "Deficits will rise this year",
            ),
        ] {
            let q = show(text);
            let r = q.iter().find(|x| x.2.as_deref() == Some(cue)).expect("the report");
            assert_eq!(r.1, content, "{q:?}");
        }
        // A clause after the setting is what was said.
        let q = show("Lind said on Friday that the ferry would run.");
        assert_eq!(q[0].1, "that the ferry would run", "{q:?}");
        let q = show("Lind confirmed the plan on Friday.");
        assert!(q.iter().all(|x| x.1 != "Lind"), "{q:?}");
    }

    #[test]
    fn a_clause_after_said_is_the_content_not_an_inverted_speaker() {
        // "…, said the Berg family deserved better": an -ed verb before a lowercase word
        // makes a clause, not a speaker after the cue.
        let q = show("Gov. Ana Lind of Ohio, a Republican who has refused to endorse Moro, said the Berg family deserved better.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the report");
        assert_eq!(r.1, "the Berg family deserved better", "{q:?}");
        // A participle in the speaker's phrase stays a speaker.
        let q = show("The talks will resume in May, said an official involved in the talks.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the report");
        assert_eq!(r.1, "The talks will resume in May", "{q:?}");
        assert!(r.3.as_deref().is_some_and(|s| s.starts_with("an official involved")), "{q:?}");
    }

    #[test]
    fn a_stray_mark_before_an_inverted_cue_is_no_speaker() {
        // A quotation inside a quotation closes with three marks (`'old-school,'''`): the
        // speaker is the name after "said", not the mark left over.
        let q = show("''I would use the word 'old-school,''' said Ana Lind, a harbour pilot.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Ana Lind")), "{q:?}");
    }

    #[test]
    fn no_break_spaces_never_cut_a_source_inside_a_word() {
        // Scraped text writes no-break spaces between words; every source and content must
        // still start and end on a word's edge ("bir" from "birther\u{a0}and\u{a0}bully who").
        let texts = [
            "Moro is a liar, xenophobe, birther and bully who has repeatedly pledged to ban all visitors from the island.",
            "Gov. Ana Lind of Ohio, a Republican who has refused to endorse Moro, said the Berg family deserved better.",
            "Speaking at a town hall in Salem, New Hampshire, Lind went after Moro, calling him “a total stiff.”",
            "The ferry crews may argue that the pier is safe, according to a harbour official who asked not to be named.",
            "Moro was shocked by the reaction from the crews, she said in an interview later.",
        ];
        let edge = |t: &str, i: usize| {
            let before = t[..i].chars().next_back();
            let after = t[i..].chars().next();
            !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
        };
        for text in texts {
            for spaced in [text.to_string(), text.replace(' ', "\u{a0}")] {
                for q in find_quotes(&spaced) {
                    for r in [Some(q.content), q.source, q.cue].into_iter().flatten() {
                        assert!(edge(&spaced, r.start) && edge(&spaced, r.end), "{:?} in {spaced:?}", &spaced[r.start..r.end]);
                    }
                }
            }
        }
    }

    #[test]
    fn headline_cues_and_compounds() {
        let q = show("Ferries Will Not Sail Before May, Harbour Chief Ana Lind Says");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("Says"), Some("Harbour Chief Ana Lind")), "{q:?}");
        // "States" in a title-case line is a name, not a cue; a compound is no cue.
        assert!(show("United States Ferry Operators Meet In Portvik").is_empty());
        assert!(show("The ferry-supporting councillors met on Monday to plan the repairs.").is_empty());
    }

    #[test]
    fn a_closing_attribution_ends_the_content_and_tours_are_not_findings() {
        let q = show("Portvik warned against “hasty conclusions”, a ministry statement said.");
        let warned = q.iter().find(|q| q.2.as_deref() == Some("warned against")).expect("the warning");
        assert_eq!((warned.0, warned.1.as_str()), (QuoteKind::Mixed, "“hasty conclusions”"));
        assert!(q.iter().any(|q| q.3.as_deref() == Some("a ministry statement")), "{q:?}");
        assert!(show("The harbour master showed her the damaged pier on Tuesday.").is_empty());
        let q = show("The survey showed that most ferries run late.");
        assert_eq!(q[0].1, "that most ferries run late");
    }

    #[test]
    fn a_relative_clause_before_the_cue_and_refusals() {
        let q = show("Tomas Vell, who ran the harbour from 2012 until this year, said Lind reached out to him during her first year.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("Lind reached out to him during her first year", Some("Tomas Vell")));
        let q = show("The harbour master declined to comment.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref(), q[0].3.as_deref()), ("to comment", Some("declined"), Some("The harbour master")));
    }

    #[test]
    fn appositive_chains_clauses_after_said_and_plural_nouns() {
        let q = show("Ada Brenn, 59, of Portvik, Nd., said the fire brought back memories of her father.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("the fire brought back memories of her father", Some("Ada Brenn")), "{q:?}");
        // "18 states" is a noun; the cue of the quote is "said".
        let q =
            show("“It is an invasion of the harbour,” Ana Lind, the mayor of Portvik, one of 18 states suing the agency, said on Monday.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Ana Lind")), "{q:?}");
        assert!(show("She read the notes on the pier before the ferry left.").is_empty());
        let q = show("The report states that the beams were weak.");
        assert_eq!(q[0].2.as_deref(), Some("states"));
    }

    #[test]
    fn long_according_to_sources() {
        let q = show(
            "The mayor leads by 12 points among ferry workers, according to a Portvik Courier poll of 900 residents released last week.",
        );
        assert_eq!(q[0].3.as_deref(), Some("a Portvik Courier poll of 900 residents released last week"), "{q:?}");
        assert_eq!(q[0].1, "The mayor leads by 12 points among ferry workers");
    }

    #[test]
    fn participles_after_a_comma_take_the_sentence_speaker() {
        // A direct quote after "…, adding later," is the same speaker's, not "later"'s.
        let q = show("“We cannot afford this anymore,” Lind said, adding later, “The ferries are costing us a fortune.”");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("Lind"), "{q:?}");
        // "by" and a gerund is a means, not a passive's agent.
        let q = show("Lind, clearly frustrated, responded by pointing at the board, saying the campaign was conflating donations.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("saying") && x.3.as_deref() == Some("Lind")), "{q:?}");
        assert!(q.iter().all(|x| x.1 != "clearly frustrated"), "{q:?}");
        // A free relative's own subject speaks ("against what the campaign sees as").
        let q = show("The mayor is angry about what the campaign sees as a coordinated attack.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("sees") && x.3.as_deref() == Some("the campaign")), "{q:?}");
        // A short past tense ("sued") ends the subject too.
        let q = show("His campaign sued the board in federal court on Friday, claiming the move would cost it a fortune.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("claiming") && x.3.as_deref() == Some("His campaign")), "{q:?}");
        // Opening adverbs set off by commas are stepped over to the subject.
        let q = show("Recently, however, the council issued a policy paper on the harbour, calling for new ferry berths.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("calling for") && x.3.as_deref() == Some("the council")), "{q:?}");
        // A name ending in -ly is no opening adverb.
        assert_first_source("Kelly, a ferry operator, spoke at the pier on Monday, saying the berths were unsafe.", "Kelly");
    }

    #[test]
    fn a_participle_after_a_comma_inside_closing_marks_keeps_the_speaker() {
        // The comma sits inside the closing mark (`it,'' adding`): the participle still
        // reports the speaker of the cue before it, not the quotation mark or a quoted word.
        for (open, close) in [("\"", "\""), ("''", "''"), ("‘", "’"), ("“", "”")] {
            let text = format!(
                "Asked about the scuffle at the pier, Mr. Tarrow said of it, {open}I don't like it,{close} adding that {open}the crews are angry.{close}"
            );
            let q = show(&text);
            let adding = q.iter().find(|x| x.2.as_deref() == Some("adding")).expect("the participle's quote");
            assert_eq!(adding.3.as_deref(), Some("Mr. Tarrow"), "{q:?}");
            let text =
                format!("Ms. Vell said the forecast was {open}overblown,{close} adding that the port had {open}room to grow.{close}");
            let q = show(&text);
            let adding = q.iter().find(|x| x.2.as_deref() == Some("adding")).expect("the participle's quote");
            assert_eq!(adding.3.as_deref(), Some("Ms. Vell"), "{q:?}");
        }
    }

    #[test]
    fn a_participle_after_a_preposition_speaks_for_its_clause_s_subject() {
        // "by saying", "while insisting", "after warning": the subject of the clause the
        // participle hangs on, not the clause itself.
        assert_one_report("Moro kept her distance from the board by saying she would help if asked.", "saying", "Moro");
        assert_one_report("The mayor opened the meeting on Monday while insisting that the ferry was safe.", "insisting", "The mayor");
        assert_one_report("Lind eventually ended the debate after warning that fares would rise.", "warning", "Lind");
        // A second clause has a subject of its own.
        let q = show("The crews walked out, and the union leader angered the board by claiming that the pier was unsafe.");
        let claim = q.iter().find(|x| x.2.as_deref() == Some("claiming")).expect("the participle's report");
        assert_eq!(claim.3.as_deref(), Some("the union leader"), "{q:?}");
        // A clause with no subject of its own takes the sentence's.
        let q = show("Tomas Berg, a ferry captain, walked off the pier after arguing that the berths were unsafe.");
        let arg = q.iter().find(|x| x.2.as_deref() == Some("arguing")).expect("the participle's report");
        assert_eq!(arg.3.as_deref(), Some("Tomas Berg"), "{q:?}");
        // A description ending in a long name is one subject (found on a celebrity column:
        // "Former Dawson’s Creek star James Van Der Beek is joining Terry Crews in
        // admitting …" gave the whole clause, and the speaker resolved to the other man).
        assert_one_report(
            "Former Harbour Street star Jan Van Der Berg is joining Ola Dane in admitting he was harassed on set.",
            "admitting",
            "Former Harbour Street star Jan Van Der Berg",
        );
    }

    #[test]
    fn run_in_headings_are_no_speakers_and_sources_lose_a_leading_and() {
        let q = show("Success on Signature Issue: The commissioner focused on ferry safety as her signature issue for two years.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("Success on Signature Issue")), "{q:?}");
        let q = show("CLARIFICATION: The first sentence has been changed to reflect the date of the ferry vote.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("CLARIFICATION")), "{q:?}");
        // A phrase set off inside a sentence, or a label before a list of names, is no speaker.
        let q = show("And oh yes, Ana Lind: what, exactly, are her qualifications for the harbour?");
        assert!(q.iter().all(|x| x.2.as_deref() != Some(":")), "{q:?}");
        let q = show("Kellby: Ana Lind, Tomas Vell, Ines Moro, Ola Berg, Dalia Kerr.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some(":")), "{q:?}");
        // A headline naming its speaker still counts.
        let q = show("Ana Lind: The ferries will run again by Friday.");
        assert_eq!(q[0].3.as_deref(), Some("Ana Lind"), "{q:?}");
        assert_first_source("The ministry ran the numbers, and it showed that fares would rise.", "it");
    }

    #[test]
    fn example_corpus_praised_staff_is_not_a_speaker() {
        // A stance verb takes an object after it, not its speaker; coordinated with "said",
        // its speaker opens the sentence.
        let q = show("Harbour director Ines Moro said the hall was cleared in six minutes and praised staff for doing \"exactly what they trained for\".");
        let partial = q.iter().find(|x| x.1.contains("exactly what")).expect("the partial quote");
        assert_eq!(partial.3.as_deref(), Some("Harbour director Ines Moro"), "{q:?}");
        // Without a subject before it, the object is still no speaker.
        let q = show("The report praised staff for doing \"exactly what they trained for\".");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("staff for doing")), "{q:?}");
    }

    #[test]
    fn a_setting_that_opens_the_sentence_is_no_speaker() {
        // A day, or a participle phrase, before the subject.
        let q = show("Sunday morning, Lind slammed the timetable and accused the board of a \"flip-flop.\"");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.as_deref() == Some("Lind")), "{q:?}");
        let q = show("Speaking on a radio show last week, Moro said the crews would return.");
        assert_eq!(q.len(), 1, "a radio show is no cue: {q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Moro"), "{q:?}");
        // A bare participle or infinitive inside the setting speaks for the subject after it.
        let q = show("Despite challenging the figures of the harbour board, Vell said the pier was safe.");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.as_deref() == Some("Vell")), "{q:?}");
        let q = show("Continuing to explain her view, Lind rejected the idea that the ferries were late.");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn example_corpus_according_to_inside_a_clause() {
        // The source set off by commas is the whole phrase, and the content is the clause around it.
        let q = show(
            "Yet the blaze began in a storage room that, according to sources close to the investigation, had been visited by agitators.",
        );
        assert_eq!(q[0].3.as_deref(), Some("sources close to the investigation"), "{q:?}");
        assert!(q[0].1.contains("storage room") && q[0].1.contains("visited by agitators"), "{q:?}");
        // Not set off, the source ends before a preposition.
        let q = show("According to Lind in the council chamber the pier will reopen in May.");
        assert_eq!(q[0].3.as_deref(), Some("Lind"), "{q:?}");
    }

    #[test]
    fn a_relative_clause_with_its_own_subject_keeps_it() {
        let q = show("The mayor backed the new pier, which she said would open in May.");
        assert!(q.iter().any(|x| x.3.as_deref() == Some("she")), "{q:?}");
        let q = show("The council cut the ferry subsidy, which critics said was unfair to the islands.");
        assert!(q.iter().any(|x| x.3.as_deref() == Some("critics")), "{q:?}");
        // A verb right after the pronoun: the pronoun is the subject.
        let q = show("The board backed Lind, who sent the ministry a letter and warned that fares would rise.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("sent the ministry a letter and")), "{q:?}");
        // A day between the appositive's comma and the cue: the name before the appositive.
        let q = show("Councillor Ana Lind, who chairs the harbour board, on Sunday defended the plan to rebuild the hall.");
        let p = q.iter().find(|x| x.2.as_deref() == Some("defended")).expect("defended");
        assert_eq!(p.3.as_deref(), Some("Councillor Ana Lind"), "{q:?}");
        let q = show("The plan was a win for Lind, who has often complained about the timetable.");
        assert_eq!(q[0].3.as_deref(), Some("who"), "{q:?}");
    }

    #[test]
    fn a_participle_after_a_cue_keeps_that_cue_s_speaker() {
        let q = show("\"Usually we get that back,\" Ms. Lind said, explaining how the fares were set.");
        let p = q.iter().find(|x| x.2.as_deref() == Some("explaining")).expect("the participle");
        assert_eq!(p.3.as_deref(), Some("Ms. Lind"), "{q:?}");
        // A dateline and a time phrase open the sentence before its subject.
        let q = show("PORT AVEN, Dec. 8 — In response to the fire, the harbour authority rallied staff, saying the pier would reopen.");
        let p = q.iter().find(|x| x.2.as_deref() == Some("saying")).expect("saying");
        assert_eq!(p.3.as_deref(), Some("the harbour authority"), "{q:?}");
        let q = show("Hours later, Lind returned the compliment, telling reporters the crews were heroes.");
        let p = q.iter().find(|x| x.2.as_deref() == Some("telling")).expect("telling");
        assert_eq!(p.3.as_deref(), Some("Lind"), "{q:?}");
    }

    #[test]
    fn nouns_that_look_like_cues_and_known_name_no_speaker() {
        // "questions" after a verb that takes them is a noun.
        let q = show("Lind spent the evening taking questions from islanders about the timetable.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("questions")), "{q:?}");
        // A relative clause after an inverted speaker is not part of the name.
        let q = show("\"It will be hard to do it quickly,\" said a harbour engineer who has worked on the pier for years.");
        assert_eq!(q[0].3.as_deref(), Some("a harbour engineer"), "{q:?}");
        // "known" never speaks.
        let q = show("The board hired a consultancy known for its work on harbour safety.");
        assert!(q.iter().all(|x| x.3.is_none()), "{q:?}");
    }

    #[test]
    fn questions_put_and_findings_set_before_their_clause() {
        let q = show("Asked if the pier was safe, Lind said the engineers had checked every beam.");
        let asked = q.iter().find(|x| x.2.as_deref() == Some("Asked")).expect("the question");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("if the pier was safe", None), "{q:?}");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("said") && x.3.as_deref() == Some("Lind")), "{q:?}");
        let q = show("In a Harbour Times poll released Monday, 52 percent of islanders chose a second route.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("a Harbour Times poll released Monday"), "{q:?}");
        assert_eq!(q[0].1, "52 percent of islanders chose a second route", "{q:?}");
        // A clause with its own cue keeps it: "In a statement, the board said …".
        let q = show("In a statement, the board said the pier would reopen in May.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("the board"), "{q:?}");
        // In someone's own interview or statement, the named subject after the comma speaks.
        let q = show("In an interview with the Courier on Monday, Lind laughed off the attack on the ferry plan.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Lind"), "{q:?}");
        // "Just" before a count opens a share of respondents, not an adverb's clause.
        assert_one_report("Just 28 percent of islanders said they trust the board.", "said", "Just 28 percent of islanders");
    }

    #[test]
    fn a_cue_right_after_another_with_a_pronoun_subject_is_part_of_it() {
        // "Lind says she wants …" is Lind's report; "she wants" adds no second one.
        let q = show("Lind says she wants a second ferry route to the mainland.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("says"), Some("Lind")), "{q:?}");
        // A pronoun subject further on keeps its own report.
        let q = show("Lind said the pier would reopen, and later that week she warned that fares would rise.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("warned") && x.3.as_deref() == Some("she")), "{q:?}");
        // A participle at the end of a clause names no speaker before it.
        let q = show("Taxpayers will foot the bill, just as they will pay for the renovation the board has been promising for years.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("just")), "{q:?}");
    }

    #[test]
    fn a_clause_before_a_final_cue_is_no_speaker() {
        // "weakness … showed" is not "The economy is strong, Obama said": what sits
        // between the comma and the cue holds a verb, so it names no speaker.
        let q = show("Continuing the tour, Lind rejected the notion that the delay showed weakness.");
        assert!(q.iter().all(|x| x.3.as_deref().is_none_or(|s| !s.contains("rejected"))), "{q:?}");
        // The cue itself still has its speaker.
        assert!(q.iter().any(|x| x.2.as_deref() == Some("rejected") && x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn example_corpus_not_yet_known_but_is_no_quote() {
        // "known" ends its clause at the comma; the clause after "but" has a cue of its own.
        let q = show("The cause is not yet known, but Vell said there was no sign of arson.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Vell"), "{q:?}");
        assert_eq!(q[0].1, "there was no sign of arson", "{q:?}");
        // A negated passive names no speaker.
        let q = show("The pier is still not expected to reopen before spring.");
        assert!(q.iter().all(|x| x.3.is_none()), "{q:?}");
    }

    #[test]
    fn a_cue_that_ends_its_clause_after_a_setting_has_the_content_before_it() {
        let q = show("Ferry fares will rise by a fifth next spring, harbour officials said Friday afternoon.");
        assert_eq!(q[0].1, "Ferry fares will rise by a fifth next spring", "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("harbour officials"), "{q:?}");
        let q = show("It would take three weeks to repair the berth, he said, and the delay could cost the operator dearly.");
        assert_eq!(q[0].1, "It would take three weeks to repair the berth", "{q:?}");
        // A subject alone before the cue: the content is what follows.
        let q = show("The museum, Ms. Lind said, celebrated the island's ferry crews.");
        assert!(q[0].1.contains("celebrated the island's ferry crews"), "{q:?}");
        // An inverted cue with a determiner before its speaker.
        let q = show("The talks did not go well, and the meeting ended early, said one harbour official in the room.");
        assert_eq!(q[0].3.as_deref(), Some("one harbour official"), "{q:?}");
        assert_eq!(q[0].1, "The talks did not go well, and the meeting ended early", "{q:?}");
    }

    #[test]
    fn long_appositives_auxiliaries_and_coordinated_cues() {
        // The cue after a quotation may sit behind a long appositive.
        let q = show("“It is an invasion of the harbour board's domain,” Ana Lind, the commissioner of the northern ferry district and a member of the board since 2019, said in a statement.");
        assert_eq!(q[0].0, QuoteKind::Direct, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Ana Lind"), "{q:?}");
        // Auxiliaries before the cue belong to it: the speaker is still found.
        assert_first_source("Commissioner Ana Lind, like her deputy, has said she will keep the night ferry.", "Commissioner Ana Lind");
        // "… but has said": a coordinated cue speaks for the sentence's subject.
        let q = show("Commissioner Ana Lind has urged the operators to add crossings but has said she will not raise fares.");
        assert!(q.iter().any(|x| x.1 == "she will not raise fares" && x.3.as_deref() == Some("Commissioner Ana Lind")), "{q:?}");
        // `… to “…” and said`: the same.
        let q = show("Lind urged islanders to \"stay calm\" and said the ferries would run by Friday.");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Lind")), "{q:?}");
        // "continued:" right before a quotation is a cue; an adverb before a cue belongs to it.
        let q = show("Lind spoke for an hour. She continued: “The ferries will run again by Friday.”");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("continued"), Some("She")), "{q:?}");
        assert_first_source("Commissioner Ana Lind has sharply criticized the fare rise.", "Commissioner Ana Lind");
        // A speaker behind an appositive chain before a cue and a quotation; the
        // clause after the cue is what was said, not who said it.
        let q = show("Donna Rawlings, 59, of Ashton, Md., said the day brought back memories of her father, and of “all the people who were not there.”");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Donna Rawlings")), "{q:?}");
        // A long opening phrase without a comma: the name right before the cue.
        assert_first_source(
            "In a long meeting with the editorial board of the island weekly Lind said that the berth would reopen.",
            "Lind",
        );
    }

    #[test]
    fn polnear_short_quotes_set_off_as_utterances() {
        // Found on PolNeAR's train split: two quoted words before their cue were no quote at all.
        let q = show("\"They're worried,\" Lind said. \"There is no question about it.\"");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|x| x.0 == QuoteKind::Direct && x.3.as_deref() == Some("Lind")), "{q:?}");
        assert_eq!(q[0].1, "\"They're worried,\"");
        // Right after the cue and its comma.
        let q = show("Asked whether the ferry would run, Vell said, “Probably.”");
        assert!(q.iter().any(|x| x.1 == "“Probably.”" && x.3.as_deref() == Some("Vell")), "{q:?}");
        // Elsewhere one or two quoted words are scare quotes or titles, not quotes.
        let q = show("The so-called “reform” passed on Monday, and the board called it “historic” in its minutes.");
        assert!(q.iter().all(|x| x.0 != QuoteKind::Direct), "{q:?}");
    }

    #[test]
    fn polnear_a_long_noun_phrase_before_the_cue_is_the_source() {
        // Found on PolNeAR's train split: a subject of nine words or more named no one.
        assert_first_source(
            "A harbour authority official familiar with the night ferry inquiry said that the berth would reopen.",
            "A harbour authority official familiar with the night ferry inquiry",
        );
        // A long phrase that holds a verb of its own is no subject: the name before the cue.
        assert_first_source("The night after the storm hit the harbour the commissioner Lind said that the berth would reopen.", "Lind");
    }

    #[test]
    fn polnear_a_cue_after_an_exclamation_and_verbs_that_follow_quotations() {
        // Found on PolNeAR's train split: the splitter ends the sentence after "!”", and
        // the attribution right after it was lost.
        let q = show("“Loved the new ferry — wish they ran it every night!” Lind said. The board met later.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Lind")), "{q:?}");
        // A question followed by a sentence that is no attribution stays unattributed.
        assert!(show("“Is it over yet?” The crowd was silent for an hour.").is_empty());
        // "continued", "read" report words only right after a quotation.
        let q = show("“Millions of islanders are angry,” she continued. “We must act now.”");
        assert!(q.len() == 2 && q.iter().all(|x| x.3.as_deref() == Some("she")), "{q:?}");
        let q = show("“Anybody but the board,” read one sign.");
        assert_eq!(q[0].3.as_deref(), Some("one sign"), "{q:?}");
        assert!(show("The talks continued for hours, and the board read the report twice.").is_empty());
        // A mistyped closing mark still closes.
        let q = show("“Apparently not,“ he said. “The board never changes.”");
        assert!(q.len() == 2 && q.iter().all(|x| x.3.as_deref() == Some("he")), "{q:?}");
    }

    #[test]
    fn polnear_a_paragraph_that_is_one_quotation_goes_on_from_the_one_before() {
        let q = show("“The berth is the biggest challenge we face,” Lind said.\n\n“Even in the best years, the pier is under constant strain.”\n\nThe board met.\n\n“This is a separate matter entirely.”");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn polnear_a_cue_followed_by_its_own_clause_does_not_take_the_quotation_before_it() {
        // Found on PolNeAR's train split: the quoted words are the question put to the speaker.
        let q = show("To a question on the “future of the night ferries,” Lind said private operators would cost more than the board.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].0, q[0].1.as_str(), q[0].3.as_deref()),
            (QuoteKind::Indirect, "private operators would cost more than the board", Some("Lind"))
        );
        // A setting or a speaker after the cue leaves the quotation its content.
        let q = show("“The ferries will run by Friday,” Lind said in May on the harbour radio show.");
        assert_eq!((q[0].0, q[0].3.as_deref()), (QuoteKind::Direct, Some("Lind")), "{q:?}");
        let q = show("“The ferries will run by Friday,” said former commissioner Ana Lind.");
        assert_eq!((q[0].0, q[0].3.as_deref()), (QuoteKind::Direct, Some("former commissioner Ana Lind")), "{q:?}");
    }

    #[test]
    fn polnear_names_ending_in_ing_and_a_be_verb_in_an_appositive() {
        // Found on PolNeAR's train split: "Boreing" was read as a participle opening the sentence.
        let q = show("Fleming praised the timetable but said, “It is time we change the berth.”");
        assert_eq!(q[0].3.as_deref(), Some("Fleming"), "{q:?}");
        let q = show("Fleming said the timetable works, but said, “It is time we change the berth.”");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Fleming")), "{q:?}");
        // A participle opening the sentence is still stepped over.
        assert_first_source("Speaking on the harbour radio show last week, Lind said the ferry would run.", "Lind");
        // "who is 28," is an appositive, not a passive "is … said".
        assert_first_source("Vell, who is 28, said he decided to stay on the island.", "Vell");
    }

    #[test]
    fn polnear_infinitives_subordinators_and_settings_are_no_speakers() {
        // Found on PolNeAR's train split: the verb before an infinitive cue was part of the speaker.
        assert_first_source("Cook declined to say whether the ferry would run.", "Cook");
        let q = show("Vell, who chairs the board, interjected to say: “They have both been wrong.”");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("interjected to")), "{q:?}");
        // A subordinator is no speaker; a participle after it speaks for the subject.
        let q = show("The ferry operators have been trying to win support, while urging critics to wait.");
        assert_eq!(q[0].3.as_deref(), Some("The ferry operators"), "{q:?}");
        // "this past week" between an appositive and its cue is a setting.
        assert_first_source("Ana Lind, the board chair, this past week announced a new timetable.", "Ana Lind");
    }

    #[test]
    fn a_speaker_never_spans_a_line_break_and_goes_on_to_is_a_verb() {
        // Found on PolNeAR's train split: a headline line ran into the speaker below it.
        assert_first_source("Harbour Talks Stall\nAna Lind said the ferry would run by Friday.", "Ana Lind");
        assert_first_source("[Bay Courier]\n-Dara Shaw explains why the pier closed in May.", "Dara Shaw");
        // "goes on to" belongs to the verb, as "declined to" does.
        assert_first_source("The harbour report goes on to ridicule the idea that the pier was safe.", "The harbour report");
        // A comma inside a number bounds no phrase: no speaker starts at "000".
        let q = show("The harbour fund replaced more than $500,000 worth of planned ads supporting Lind, the filings show.");
        assert!(!q.is_empty() && q.iter().all(|x| !x.3.as_deref().is_some_and(|s| s.starts_with("000"))), "{q:?}");
    }

    #[test]
    fn polnear_mixed_marks_bare_attributions_and_trailing_ellipses() {
        // Found on PolNeAR's train split. A straight opening mark closed by a curly one.
        let q = show("\"There are two people with the knowledge to do that,” said Ana Lind, a harbour pilot.");
        assert_eq!((q[0].0, q[0].3.as_deref()), (QuoteKind::Direct, Some("Ana Lind")), "{q:?}");
        // …but not by the close of a curly quotation inside it.
        let q = show("\"The first time she saw the pier, a clerk had typed “closed for repairs” on the sign, she said.");
        assert!(q.iter().all(|x| x.1 != "\"The first time she saw the pier, a clerk had typed “closed for repairs”"), "{q:?}");
        // A sentence that is nothing but an attribution after a quotation ending in a full stop.
        let q = show("“I hope the board finds the missing logs.” Vell said.");
        assert_eq!(q[0].3.as_deref(), Some("Vell"), "{q:?}");
        // One with its own content is a report of its own.
        let q = show("“We will rebuild the pier.” Lind said the work starts Monday.");
        assert_eq!((q.len(), q[0].0), (1, QuoteKind::Indirect), "{q:?}");
        // A trailing ellipsis, and a verb that follows quotations, after an exclamation.
        let q = show("\"Well, yes. I am going to look at a lot of different people…\" Lind said.");
        assert_eq!(q[0].3.as_deref(), Some("Lind"), "{q:?}");
        let q = show("\"All the way!\" Vell shouted, raising a sign.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("shouted"), Some("Vell")), "{q:?}");
    }

    #[test]
    fn polnear_a_signature_paragraph_after_a_quotation() {
        // Found on PolNeAR's train split: fact-check lists sign each quotation on the next line.
        let q = show("\"The ferries pay no harbour dues at all.\"\n\n- Lind.\n\nThis is a complex issue.\n\n\"Great speech. She is ready.\"\n\n-Commissioner Ana Lind, writing after the debate.");
        let signed: Vec<_> = q.iter().filter(|x| x.0 == QuoteKind::Direct).map(|x| x.3.as_deref()).collect();
        assert_eq!(signed, vec![Some("Lind"), Some("Commissioner Ana Lind")], "{q:?}");
        // A dash that opens a sentence of its own signs nothing.
        let q = show("\"The ferry is late again.\"\n\n- The schedule changed on Monday without notice.");
        assert!(q.iter().all(|x| x.1 != "\"The ferry is late again.\""), "{q:?}");
    }

    #[test]
    fn polnear_a_name_before_a_colon_introduces_a_quotation() {
        let q = show("The timing does not surprise harbour pilot Dara M. Shaw: “Lesser-known crossings have seen the biggest boost.”");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some(":"), Some("Dara M. Shaw")), "{q:?}");
        // A cue before the colon keeps its speaker; the place before the colon is no speaker.
        let q = show("He described the scene in Kellby: “The pier was gone by morning.”");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("described"), Some("He")), "{q:?}");
    }

    #[test]
    fn polnear_a_question_put_after_a_setting_or_by_an_asker() {
        // Found on PolNeAR's train split.
        let q = show("Asked at a briefing Monday about the pier, the spokesman declined to comment.");
        let asked = q.iter().find(|x| x.2.as_deref() == Some("Asked")).expect("the question");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("about the pier", None), "{q:?}");
        let q = show("Asked by Dara Shaw whether she had read the report, Lind said, “Once.”");
        let asked = q.iter().find(|x| x.2.as_deref() == Some("Asked")).expect("the question");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("whether she had read the report", Some("Dara Shaw")), "{q:?}");
    }

    #[test]
    fn polnear_a_finding_closed_by_a_named_poll() {
        // Found on PolNeAR's train split: the poll is the source of the finding before it.
        let q = show("Lind led Vell more than 2-1 in the latest Island Post/Harbour Radio poll released Sunday.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].2.as_deref(), q[0].3.as_deref()),
            ("Lind led Vell more than 2-1", Some("in"), Some("the latest Island Post/Harbour Radio poll released Sunday"))
        );
        // A poll inside the speaker's appositive is no source: the cue after it reports.
        let q = show("Lind, the leader in Island Post polls, wrote that the ferry plan had failed.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("wrote"), Some("Lind")), "{q:?}");
        // "the polls" in general are no source.
        assert!(show("Lind is still far ahead in the polls this spring.").is_empty());
    }

    #[test]
    fn polnear_heading_labels_before_a_colon_are_no_speakers() {
        assert!(show("Revealed: The Board Has Blacklisted Three Ferry Captains For Speaking Out.").is_empty());
        assert!(show("Contributing: Dara Shaw, Ana Lind and the harbour desk.").is_empty());
        assert_first_source("Lind: The ferries will run on Friday again.", "Lind");
    }

    #[test]
    fn polnear_programmes_and_given_names_are_no_cues() {
        // Found on PolNeAR's train split: "show" the programme and "called" giving a name.
        let q = show("He also hosts a Sunday talk show about the harbour.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("show")), "{q:?}");
        assert!(show("A new group called Harbour Votes Matter formed in May.").is_empty());
        // Before its object, "shows" is a finding even after "News" or "game".
        assert_first_source("Footage from the game shows the fans waving flags at the pier.", "Footage from the game");
        // Findings and name-calling stay.
        assert_first_source("The records show that the pier was closed.", "The records");
        assert_first_source("The letter called Lind a danger to the harbour.", "The letter");
        // Violence is no attack in words; words are.
        assert!(show("The terrorist attacks in the capital closed the harbour for a week.").is_empty());
        assert!(show("Since the Kellby attacks the harbour has been closed at night.").is_empty());
        assert_first_source("Lind attacks the board for its silence on the pier.", "Lind");
        // "pledged delegates" and "known as" are no cues.
        assert!(show("Lind has 384 pledged delegates, a group known as the harbour bloc.").is_empty());
        // A planned event and someone's thinking are no reports; a plan to act is.
        assert!(show("The board moved its planned news conference to Friday.").is_empty());
        let q = show("People familiar with her thinking say the pier will close.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("thinking")), "{q:?}");
        assert_first_source("Lind planned to close the pier in May.", "Lind");
        // A credit line saying where a reporter was is no report.
        assert!(show("Ana Lind reported from Portvik and Kellby on the ferry strike for the Courier.").is_empty());
        assert!(show("Vell has reported from every single harbour meeting this year.").is_empty());
        // "challenging" as an adjective is no challenge; challenging someone is.
        assert!(show("The ferry crews faced the most challenging winter in a decade.").is_empty());
        assert!(show("Winning the north will prove challenging for Lind.").is_empty());
        assert_first_source("Moro is challenging the board over its silence on the pier.", "Moro");
        // Finding oneself somewhere is no finding; finding that something is, is.
        assert!(show("The harbour board has found itself at the center of the ferry crisis.").is_empty());
        assert_first_source("The harbour board found that the pier was unsafe.", "The harbour board");
        // A result and a sum are no words reported.
        assert!(show("A strong showing from Lind in the north could push Vell out of the race.").is_empty());
        assert!(show("The island added 2,000 jobs in May, and the storm added to the uncertainty.").is_empty());
        assert!(show("The fire added to Kell's worries and to the port's costs.").is_empty());
    }

    #[test]
    fn added_to_a_hearer_is_said() {
        // "…,” Trump added to People.": the magazine heard it; no sum.
        let q = show("“It was a great night,” Vell added to Coastline Radio. “We will be back.”");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|x| x.2.as_deref() == Some("added") && x.3.as_deref() == Some("Vell")), "{q:?}");
        let q = show("“It was a great night,” Vell added to reporters.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_hearer_described_before_its_name_is_not_told() {
        // Found on a border report: "the state broadcaster SRK" was part of what Aune said.
        let q = show("Jonas Aune told the state broadcaster SRK that his government was watching closely.");
        assert_eq!(q[0].1, "that his government was watching closely", "{q:?}");
        let q = show("Jonas Aune told the state broadcaster SRK that his government was \"watching closely\".");
        assert_eq!(q[0].1, "that his government was \"watching closely\"", "{q:?}");
    }

    #[test]
    fn according_to_a_source_with_a_number_keeps_the_number_whole() {
        // Found on a health report: the source ended at "48" and the content took the
        // whole sentence, source and all.
        let q =
            show("People who drink coffee are 12 percent less likely to die, according to a study of 48,000 adults published on Monday.");
        assert_eq!(q[0].1, "People who drink coffee are 12 percent less likely to die", "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("a study of 48,000 adults published on Monday"), "{q:?}");
    }

    #[test]
    fn a_short_passive_s_agent_speaks_about_the_subject() {
        // Found on a collision report: "Its captain, Marit Berg, was praised by passengers"
        // had the captain praising "by passengers".
        let q = show("Its captain, Marit Berg, was praised by passengers.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("Its captain, Marit Berg", Some("passengers")), "{q:?}");
        let q = show("The captain was praised by crews.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The captain", Some("crews")), "{q:?}");
    }

    #[test]
    fn a_press_release_s_company_with_its_ticker_and_description_announces() {
        // Found on a press release: the ticker's colon was a colon lead-in ("NCELL), a
        // leading maker …" as the words), and "today" after the description lost the source.
        let q = show("Nordcell ASA (OSE: NCELL), a leading maker of marine batteries, today announced the Polar 9 series, a battery line.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("announced"), Some("Nordcell ASA (OSE: NCELL)")), "{q:?}");
        let q = show("Ola Dahl, the harbour master, today said the pier would close.");
        assert_eq!(q[0].3.as_deref(), Some("Ola Dahl"), "{q:?}");
        let q = show("Nordcell ASA (OSE: NCELL) today announced the Polar 9 series.");
        assert_eq!(q[0].3.as_deref(), Some("Nordcell ASA"), "{q:?}");
        // A party and state in brackets inside a subject (PolNeAR): the source was "Ky.) and
        // Bob Goodlatte" and "R-Va.)".
        let q = show("Sen. Rand Paul (Ky.) and Bob Goodlatte (R-Va.) said the program was bad.");
        assert_eq!(q[0].3.as_deref(), Some("Sen. Rand Paul (Ky.) and Bob Goodlatte"), "{q:?}");
        let q = show("He and Bob Goodlatte (R-Va.) both condemned the program in statements.");
        assert_eq!(q[0].3.as_deref(), Some("He and Bob Goodlatte (R-Va.)"), "{q:?}");
    }

    #[test]
    fn a_hearer_and_a_setting_before_a_partly_quoted_clause_are_not_told() {
        // Found on a business report: "analysts in October" was part of what Myhre said.
        let q = show("Lars Myhre told analysts in October that the bank was \"open to the right acquisition\" in the north.");
        assert_eq!(q[0].1, "that the bank was \"open to the right acquisition\" in the north", "{q:?}");
        // Found on an election report: "supporters in the capital, Brova," was part of them.
        let q = show("Green leader Tove Rasmussen told supporters in the capital, Brova, that voters had \"chosen a different future\".");
        assert_eq!(q[0].1, "that voters had \"chosen a different future\"", "{q:?}");
        // Found on an opinion column: "this newspaper last month" was part of the words.
        let q = show("Its managing director told this newspaper last month that \"no one could have planned for two wet summers\".");
        assert_eq!(q[0].1, "that \"no one could have planned for two wet summers\"", "{q:?}");
        let q = show("Its managing director told this newspaper last month that no one could have planned for two wet summers.");
        assert_eq!(q[0].1, "that no one could have planned for two wet summers", "{q:?}");
    }

    #[test]
    fn a_setting_set_off_at_the_end_is_the_main_clause_s() {
        // Found on a product launch: the words ran on into "at an event in Tessvik".
        let q = show("Vellmar launched a smartphone it says can run for seven days on a single charge, at an event in Tessvik on Tuesday.");
        assert_eq!(q[0].1, "can run for seven days on a single charge", "{q:?}");
        // A clause after the comma stays: it is no setting.
        let q = show("Lind said the pier would close, and the ferries would stop.");
        assert_eq!(q[0].1, "the pier would close, and the ferries would stop", "{q:?}");
    }

    #[test]
    fn a_passive_without_its_be_inherits_no_speaker() {
        // Found on a transfer report: the club "believed" the fee.
        let q = show("Kellby United have signed striker Jonas Moen from Varnholm City for a club-record fee believed to be around 12 million crowns.");
        assert!(q.iter().all(|q| !(q.2.as_deref() == Some("believed") && q.3.is_some())), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Kellby United"), "{q:?}");
    }

    #[test]
    fn a_named_hearer_with_an_age_is_not_told() {
        // Found on a court report: "Arne Voll, 61," was part of what the judge said.
        let q = show("Judge Astrid Nyhus told Arne Voll, 61, that he had \"betrayed the trust of every person in this town\".");
        assert_eq!(q[0].1, "that he had \"betrayed the trust of every person in this town\"", "{q:?}");
        let q = show("The judge told Arne Voll, 61, that he would serve four years.");
        assert_eq!(q[0].1, "that he would serve four years", "{q:?}");
        // A number that is no age keeps the words as they were.
        let q = show("The mayor told Arne Voll, Ines Moro and 40 others that the pier would reopen.");
        assert!(q[0].1.ends_with("the pier would reopen"), "{q:?}");
    }

    #[test]
    fn a_passive_accusation_is_its_agent_s_words() {
        // Found on a state outlet's flood report: the accused were the speaker.
        for t in [
            "Opposition politicians were accused by the minister of playing politics with a tragedy.",
            "Opposition politicians were accused by the minister of \"playing politics with a tragedy\".",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(q[0].3.as_deref(), Some("the minister"), "{t}");
            assert!(q[0].1.contains("playing politics with a tragedy") && !q[0].1.contains("by the minister"), "{q:?}");
        }
        // "by the Minister of Transport" keeps its "of".
        let q = show("The plan was criticised by the Minister of Transport as too costly.");
        assert_eq!(q[0].3.as_deref(), Some("the Minister of Transport"), "{q:?}");
    }

    #[test]
    fn a_council_sworn_in_took_office_and_said_nothing() {
        // Found on an election report: "sworn" made a report with "in on January 5" as its words.
        assert!(show("The new council will be sworn in on January 5.").is_empty());
        assert!(show("Aas was sworn in as mayor in 2014.").is_empty());
        assert!(!show("She was never sworn in to tell the truth.").is_empty());
    }

    #[test]
    fn example_corpus_a_power_bank_that_charged_phones_is_no_speaker() {
        // The FerryTips post: "charged" with an amount after it is a battery or a price.
        assert!(show("The VoltPack, which charged two phones and a tablet on our crossing, costs $39.").is_empty());
        assert!(show("The club charged a $10,000 joining fee in 1995.").is_empty());
        // An accusation stays one, however many people it names, and so does a charge with a clause.
        assert_first_source("Prosecutors charged two harbour clerks, Ana Lind and Ola Berg, with taking bribes.", "Prosecutors");
        assert_first_source("Critics charged that the hearing told them nothing new.", "Critics");
    }

    #[test]
    fn example_corpus_a_passive_estimate_takes_no_speaker_from_the_sentence_before() {
        // The Bay Courier: the fire chief did not give the estimate.
        let t = "Fire chief Tomas Vell said the fire started in a storage room. The damage was estimated at €32 million.";
        let q = show(t);
        assert_eq!(q[0].3.as_deref(), Some("Fire chief Tomas Vell"), "{q:?}");
        // An estimate "at" an amount is a measure, not a report at all.
        assert!(q.iter().all(|x| x.2.as_deref() != Some("estimated")), "{q:?}");
        // An estimate of a clause still is one, with no speaker.
        let q = show("Lind spoke first. The damage was estimated to have cost the port a year of trade.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("estimated") && x.3.is_none()), "{q:?}");
        // A participle cue still reports the speaker before it.
        let t = "Lind said the pier would reopen, adding that the ferries were safe.";
        assert!(show(t).iter().all(|x| x.3.as_deref() == Some("Lind")), "{:?}", show(t));
    }

    #[test]
    fn polnear_a_subordinate_clause_puts_its_own_subject_before_the_cue() {
        // Found on PolNeAR's train split: the speaker is the subject after "when", not the main clause.
        assert_first_source("The meeting turned sour when the harbour master said the pier was unsafe.", "the harbour master");
        assert_first_source("Ferries stopped because Lind said the storm was too strong.", "Lind");
        // "once again" is no subordinator.
        assert_first_source("Lind once again said the pier was unsafe.", "Lind");
    }

    #[test]
    fn polnear_a_pronoun_and_an_auxiliary_are_a_whole_reported_clause() {
        // Found on PolNeAR's train split: "Jeff Flake said he would."
        let q = show("Councillors were split on the pier. Ola Berg said he would. Two others said they could not.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("he would", Some("Ola Berg")), "{q:?}");
        assert_eq!(q[1].1, "they could not", "{q:?}");
        // Two words that are no clause stay out.
        assert!(show("Lind said nothing.").is_empty());
    }

    #[test]
    fn polnear_a_participle_cue_of_two_words_takes_the_speaker_before_it() {
        // Found on PolNeAR's train split: "…," Manchin said, referring to the number of seats.
        let q = show("\"It would be Lind or Vell,\" Black said, referring to the harbour committee.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("referring to")).expect("the participle cue");
        assert_eq!((r.1.as_str(), r.3.as_deref()), ("the harbour committee", Some("Black")), "{q:?}");
    }

    #[test]
    fn polnear_a_participle_after_a_comma_reports_the_main_clause_subject() {
        // Found on PolNeAR's train split: a present-tense verb ends the subject, and an
        // adverb may sit between the comma and the participle.
        let q = show("In a letter to the council released Monday, Lind rips the plan to close the pier, arguing that the deal favours the operators.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("arguing")).expect("the participle cue");
        assert_eq!(r.3.as_deref(), Some("Lind"), "{q:?}");
        // With the adverb read as part of the cue, the pronoun of the clause before the comma speaks.
        let q = show("The mayor praised the crew, though she had doubts about the pier, recently telling one friend that it would close.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("telling")).expect("the participle cue");
        assert_eq!(r.3.as_deref(), Some("she"), "{q:?}");
    }

    #[test]
    fn polnear_a_person_who_seems_to_say_something_is_its_speaker() {
        // Found on PolNeAR's train split: "he seemed to indicate …" has a speaker, "it seems" none,
        // and neither has one who only seems to be something.
        let q = show("On Wednesday, Lind seemed to suggest that the pier would close.");
        assert_eq!(q.first().and_then(|x| x.3.as_deref()), Some("Lind"), "{q:?}");
        let q = show("It seems that the pier will close in May.");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.is_none()), "{q:?}");
        let q = show("Lind seemed to be tired of the pier.");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.is_none()), "{q:?}");
    }

    #[test]
    fn polnear_a_long_affiliation_after_an_inverted_cue_is_left_out_of_the_speaker() {
        // Found on PolNeAR's train split: "…,” said Stephen Vladeck of the University of Texas School of Law.
        let q = show("“It would have been a long shot,” said Ola Berg of the University of Kellby School of Maritime Law.");
        assert_eq!(q[0].3.as_deref(), Some("Ola Berg"), "{q:?}");
    }

    #[test]
    fn polnear_a_participle_takes_the_pronoun_subject_of_the_clause_before_it() {
        // Found on PolNeAR's train split: "…, though in a news conference last week he used
        // stronger language, saying …" is reported by "he", the nearest subject.
        let q = show("The mayor praised the crew, though at the briefing she used stronger words, saying the pier must close.");
        let r = q.iter().find(|x| x.2.as_deref() == Some("saying")).expect("the participle cue");
        assert_eq!(r.3.as_deref(), Some("she"), "{q:?}");
    }

    #[test]
    fn polnear_a_mixed_quote_before_an_inverted_cue_is_the_content() {
        // Found on PolNeAR's train split: `This is a "raw time," said Democratic strategist …`.
        let q = show("This is a \"raw time,\" said former harbour master Ola Berg, a longtime ally of the mayor.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("This is a \"raw time,\"", Some("former harbour master Ola Berg")), "{q:?}");
    }

    #[test]
    fn polnear_an_inverted_cue_opening_the_sentence_before_a_quotation() {
        // Found on PolNeAR's train split: "Said Dorothy Poynter, who grew up with Ali …, “…”".
        let q = show("Said Ola Berg, who grew up by the pier, “We were all so proud of it.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("Said"), Some("Ola Berg")), "{q:?}");
    }

    #[test]
    fn polnear_a_setting_after_the_hearer_of_told_closes_the_attribution() {
        // Found on PolNeAR's train split: "…, Phil Smith told POLITICO earlier this week."
        let q = show("The union will sit out the vote, harbour union chief Ola Berg told the Island Post earlier this week.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].3.as_deref()),
            ("The union will sit out the vote", Some("harbour union chief Ola Berg")),
            "{q:?}"
        );
    }

    #[test]
    fn example_corpus_a_setting_before_that_is_not_what_was_said() {
        // The Island Post: "The Ministry of Transport said last week that a replacement link …".
        let q = show("The Ministry of Transport said last week that a replacement link from Kellby would be considered.");
        assert_eq!(q[0].1, "that a replacement link from Kellby would be considered", "{q:?}");
        assert_eq!(show("Lind said in a statement that the pier would reopen.")[0].1, "that the pier would reopen");
        // A day that is the subject of what was said stays in it.
        assert_eq!(show("Lind said Monday was a hard day for the crews.")[0].1, "Monday was a hard day for the crews");
    }

    #[test]
    fn test_article_acts_credits_participles_and_described_names() {
        // Found on a test article about a ferry strike.
        // "called a strike" is an act and a credit line is no report.
        let q = show("The ferry workers' union called a 48-hour strike on Thursday, union leader Sami Okafor said, adding that crews had been \"pushed to the limit\".");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("called")), "{q:?}");
        // The participle after "Okafor said," is Okafor's, not the sentence subject's.
        let adding = q.iter().find(|x| x.2.as_deref() == Some("adding")).expect("the adding report");
        assert_eq!(adding.3.as_deref(), Some("union leader Sami Okafor"), "{q:?}");
        assert!(show("Additional reporting by Jonas Berg.").is_empty());
        assert!(show("(Reporting by Jonas Berg; editing by Lena Sorn)").is_empty());
        // "called him a liar" stays words.
        assert_one_report("Okafor called the minister a liar.", "called", "Okafor");
        // A name set off after its description: both are the source.
        let q = show("Kranz's spokesman, Lars Eck, said the chancellor was disappointed.");
        assert_eq!(q[0].3.as_deref(), Some("Kranz's spokesman, Lars Eck"), "{q:?}");
        let q = show("Asked whether the government would intervene, a ministry spokeswoman, Hanna Berg, declined to comment.");
        assert!(
            q.iter().any(|x| x.2.as_deref() == Some("declined") && x.3.as_deref() == Some("a ministry spokeswoman, Hanna Berg")),
            "{q:?}"
        );
        // A "source" that holds another report's cue is that report's words.
        let q = show("Okafor told reporters the operators had offered \"crumbs\".");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("offered")), "{q:?}");
    }

    #[test]
    fn a_name_after_a_preposition_before_a_colon_does_not_speak() {
        // Found on a test text: "… before switching to English: „The ferry runs again.“"
        // made "English" the speaker.
        let q = show("Captain Jens Holt spoke in German before switching to English: „The ferry runs again.“");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("English")), "{q:?}");
        // A name after a title or a verb still speaks.
        let q = show("The harbour was quiet, said pollster Dara Shaw: “Nobody expected the fire.”");
        assert!(q.iter().any(|x| x.3.as_deref().is_some_and(|s| s.contains("Dara Shaw"))), "{q:?}");
    }

    #[test]
    fn a_named_hearer_of_told_ends_where_a_pronoun_opens_the_clause() {
        // Found on a test article: "Many told National Voice they no longer trust …" kept
        // the outlet in the reported words.
        let q = show("Many told National Voice they no longer trust the authority.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("they no longer trust the authority", Some("Many")), "{q:?}");
        let q = show("Lund told the Island Post she would not resign.");
        assert_eq!(q[0].1, "she would not resign", "{q:?}");
    }

    #[test]
    fn a_source_cited_between_commas_is_relayed_by_the_subject() {
        // Found on a test article: "The Island Post, citing an aide to Brandt, reported that
        // …" gave a "citing" report whose words were "an aide to Brandt, reported that …".
        let t = "The Island Post, citing an aide to Brandt, reported that the chancellor would return in December.";
        let q = find_quotes(t);
        assert_eq!(q.len(), 1, "{q:?}");
        let s = |r: Option<Range>| r.map(|r| &t[r.start..r.end]);
        assert_eq!(&t[q[0].content.start..q[0].content.end], "that the chancellor would return in December");
        assert_eq!((s(q[0].source), s(q[0].relayed_by)), (Some("an aide to Brandt"), Some("The Island Post")));
        // "citing" that reports on its own stays a report.
        let q = show("The mayor closed the pier, citing safety concerns raised by engineers.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("citing")), "{q:?}");
    }

    #[test]
    fn a_report_joined_by_a_conjunction_ends_the_report_before_it() {
        // Found on a test article: "Beijing warned against “provocations”, while Downing
        // Street said …" gave Beijing the words of Downing Street too.
        let q = show("Beijing warned against \"provocations\", while Downing Street said the visit was routine.");
        assert_eq!(q[0].1, "\"provocations\"", "{q:?}");
        assert_eq!((q[1].1.as_str(), q[1].3.as_deref()), ("the visit was routine", Some("Downing Street")), "{q:?}");
        for (text, first, second) in [
            ("The mayor said the pier would reopen, but the union said it would strike.", "the pier would reopen", "it would strike"),
            ("Lund said the ferries would run, whereas Vell said they would not.", "the ferries would run", "they would not"),
        ] {
            let q = show(text);
            assert_eq!((q[0].1.as_str(), q[1].1.as_str()), (first, second), "{text}: {q:?}");
        }
        // A report inside the words without a conjunction is nested, and stays inside.
        let q = show("The mayor said the union claimed the pier was unsafe.");
        assert_eq!(q[0].1, "the union claimed the pier was unsafe", "{q:?}");
    }

    #[test]
    fn a_date_or_a_setting_between_the_cue_and_its_clause_is_not_what_was_said() {
        // Found on a generated one-story corpus: "said on November 10 that …" gave the cue
        // "said on" and the content "November 10 that …".
        for (text, content) in [
            ("The Ministry of Transport said on November 10 that it had requested a report.", "that it had requested a report"),
            ("The mayor said on Nov. 3 that the pier would reopen.", "that the pier would reopen"),
            ("Lind told reporters on 12 March 2024 that the ferries would run again.", "that the ferries would run again"),
            ("The council said in October that it would review the budget.", "that it would review the budget"),
            ("The company said in 2019 that it planned to expand.", "that it planned to expand"),
            // without "that", when a clause follows the setting
            ("The mayor said on Tuesday the pier would reopen next week.", "the pier would reopen next week"),
            ("The council said in a statement it would review the budget.", "it would review the budget"),
            ("Officials said last week they expected delays.", "they expected delays"),
        ] {
            let q = show(text);
            assert_eq!(
                (q[0].1.as_str(), q[0].2.as_deref()),
                (content, Some(if text.contains("told") { "told" } else { "said" })),
                "{text}: {q:?}"
            );
        }
    }

    #[test]
    fn polnear_titles_and_initials_do_not_end_a_speaker_after_the_cue() {
        // Found on PolNeAR's train split: "said Mr. Manafort envisioned …" gave the speaker "Mr".
        let q = show("Mr. Kopachko, the pollster who ran the firm for a decade, said Mr. Vell envisioned a new pier.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("Mr. Vell envisioned a new pier", Some("Mr. Kopachko")), "{q:?}");
        let q = show("“The pier will reopen,” said Sen. Ana E. Lind, the harbour chair.");
        assert_eq!(q[0].3.as_deref(), Some("Sen. Ana E. Lind"), "{q:?}");
    }

    #[test]
    fn polnear_a_capitalised_modal_is_a_name_and_a_clause_opener_no_appositive() {
        // Found on PolNeAR's train split.
        let q = show("“This should hasten the end of the old board,” Will wrote.");
        assert_eq!(q[0].3.as_deref(), Some("Will"), "{q:?}");
        let q = show("Vell wants to block the plan, while Dara Shaw, the former island governor, proposed we “start again from the pier.”");
        let quoted = q.iter().find(|x| x.1.contains("start again")).expect("the quotation");
        assert_eq!(quoted.3.as_deref(), Some("Dara Shaw"), "{q:?}");
    }

    #[test]
    fn polnear_a_source_holding_another_cue_takes_that_cue_s_speaker() {
        // Found on PolNeAR's train split: the phrase before "showed" held "said".
        let q = show("Dara Shaw, the union president, said that while polling of his members showed support for Lind, the vote was close.");
        let showed = q.iter().find(|x| x.2.as_deref() == Some("showed")).expect("the nested report");
        assert_eq!(showed.3.as_deref(), Some("Dara Shaw"), "{q:?}");
    }

    #[test]
    fn polnear_a_gerund_with_its_object_or_a_bare_auxiliary_is_no_speaker() {
        // Found on PolNeAR's train split.
        let q =
            show("Vell went after Lind in May, claiming that he had a source who told him the board had not paid its dues for ten years.");
        let told = q.iter().find(|x| x.2.as_deref() == Some("told")).expect("the nested report");
        assert_eq!(told.3.as_deref(), Some("Vell"), "{q:?}");
        // A noun phrase opening with an -ing word still speaks.
        assert_first_source("Fundraising documents show that the board spent more than it raised.", "Fundraising documents");
    }

    #[test]
    fn polnear_a_setting_with_a_possessive_after_a_final_cue() {
        // Found on PolNeAR's train split: "in his filing" was read as what was said.
        let q = show("The island was only doing what forty harbours already do, Lind said in her filing.");
        assert_eq!(
            (q[0].1.as_str(), q[0].3.as_deref()),
            ("The island was only doing what forty harbours already do", Some("Lind")),
            "{q:?}"
        );
        // A short phrase may close the setting.
        let q = show("The ferry will run on Friday, Lind said in a letter to the board.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The ferry will run on Friday", Some("Lind")), "{q:?}");
    }

    #[test]
    fn polnear_the_hearer_of_told_is_neither_content_nor_speaker() {
        // Found on PolNeAR's train split.
        let q = show("The island was only doing what forty harbours already do, she told the court in her filing.");
        assert_eq!(
            (q[0].1.as_str(), q[0].3.as_deref()),
            ("The island was only doing what forty harbours already do", Some("she")),
            "{q:?}"
        );
        for (text, content) in [
            ("Lind told reporters the ferry would run.", "the ferry would run"),
            ("Lind told the island weekly the ferry would run.", "the ferry would run"),
            ("Lind told the Island Post he would run.", "he would run"),
        ] {
            let q = show(text);
            assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), (content, Some("Lind")), "{q:?}");
        }
    }

    #[test]
    fn polnear_an_outlet_heard_and_a_campaign_setting_after_a_final_cue() {
        // Found on PolNeAR's train split.
        let q = show("He had been completing his second year, a school spokesman told The Island Harbour Post.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("He had been completing his second year", Some("a school spokesman")), "{q:?}");
        let q = show("Her vote has shifted from Shaw to Vell and now to Lind, Wilkin said during his campaign speech on the pier.");
        assert_eq!(q[0].1.as_str(), "Her vote has shifted from Shaw to Vell and now to Lind", "{q:?}");
    }

    #[test]
    fn polnear_a_clause_set_off_by_dashes_before_the_cue() {
        // Found on PolNeAR's train split: the subject before a dashed aside named no one.
        assert_first_source("Islanders — and some of the mainland ferry crews — say that the board has ignored them.", "Islanders");
        assert_first_source("Lind — the harbour chair since 2019 — said the ferry would run.", "Lind");
    }

    /// Every sentence the rules of this module were written for, with a multibyte
    /// character put at every position in turn: no rule may slice inside one
    /// (regression: a PolNeAR test document with "“" before a nested report panicked).
    #[test]
    fn no_panic_with_multibyte_characters_anywhere() {
        let sentences = [
            "Dara Shaw, the union president, said that while polling of his members showed support for Lind, the vote was close.",
            "KELLBY (AP) — Lind aimed to hit high notes Sunday, saying the pier would reopen.",
            "Lind spoke — she used stronger words, saying the pier would close.",
            "Fleming said the timetable works, but said, “It is time we change the berth.”",
            "Asked by Dara Shaw whether she had read the report, Lind said, “Once.”",
            "The timing does not surprise harbour pilot Dara M. Shaw: “Lesser-known crossings have seen the biggest boost.”",
            "\"They're worried,\" Lind said. \"There is no question about it.\"",
            "Lind led Vell more than 2-1 in the latest Island Post/Harbour Radio poll released Sunday.",
            "Mr. Kopachko, the pollster, said Mr. Vell envisioned a new pier. “Loved it!” Vell said.",
            "“The berth is the biggest challenge,” Lind said.\n\n“Even in the best years, the pier is under strain.”\n\n- Lind.",
            "Cook declined to say whether the ferry would run, while Dara Shaw, the governor, proposed we “start again.”",
            "The ferry will run on Friday, Lind told the Island Post in a letter to the board. Lind told reporters the pier would open.",
            "Islanders — and some of the mainland ferry crews — say that the board has ignored them. As the Post—even the board—said, it is late.",
            "After a long evening of speeches about the harbour, the ferries, the berth, the old customs house and the night crossings to the northern islands that the board has promised for a decade and more, Dara Shaw, the union president, said that while polling of his members showed support for Lind, the vote was close.",
        ];
        for t in sentences {
            let positions: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &i in &positions {
                for ch in ["“", "é", "—", "’"] {
                    let s = format!("{}{ch}{}", &t[..i], &t[i..]);
                    for q in find_quotes(&s) {
                        for r in [Some(q.content), q.cue, q.source].into_iter().flatten() {
                            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end) && r.start <= r.end, "{s}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn you_know_is_a_filler_not_a_report() {
        // Without the filler rule, "You know," and ", you know," were cues with "you" as speaker.
        assert!(show("You know, the harbour board has never once listened to the fishermen.").is_empty());
        let q = show("The mayor said that, you know, the pier would reopen.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2.as_deref(), Some("said"));
        assert_eq!(q[0].3.as_deref(), Some("The mayor"));
        // Knowing something stays a cue.
        let q = show("The fishermen know the pier will close in May.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("know"), Some("The fishermen")));
    }

    #[test]
    fn maintained_is_a_claim_only_before_a_clause() {
        assert!(show("The ferry line has maintained its lead over the bus company since March.").is_empty());
        assert!(show("The pier is maintained by the port authority.").is_empty());
        let q = show("The council has long maintained that the pier is safe.");
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("that the pier is safe", Some("The council")));
        let q = show("The council maintained they had done nothing wrong.");
        assert_eq!(q[0].3.as_deref(), Some("The council"));
    }

    #[test]
    fn a_state_of_mind_belongs_to_its_subject() {
        // "are worried that" is no passive: the fishermen hold the worry.
        let q = show("The fishermen are worried that the new pier will be too small.");
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("worried"), Some("The fishermen")));
        for (t, cue, src) in [
            ("The fishermen are concerned that the pier will be too small.", "concerned that", "The fishermen"),
            ("Lind is confident that the toll will fall.", "confident that", "Lind"),
            ("Residents were frustrated with the delays at the pier.", "frustrated with", "Residents"),
            ("The board intends to close the pier in May.", "intends to", "The board"),
            ("The ferry company is willing to pay for the pier.", "willing to", "The ferry company"),
            ("Lind is aware that the toll is unpopular.", "aware that", "Lind"),
        ] {
            assert_one_report(t, cue, src);
        }
        let q = show("Not everyone is convinced the toll will fall.");
        assert_eq!(q[0].3.as_deref(), Some("Not everyone"));
        // A real passive still names no speaker.
        let q = show("The captain was accused of ignoring the storm warning.");
        assert_eq!(q[0].3, None);
    }

    #[test]
    fn a_clause_with_a_month_is_no_time_opener() {
        // "The Courier intervened in April," holds a verb: it is the subject's clause,
        // not a time phrase to step over before the subject.
        let q = show("The Courier intervened in April, arguing that the harbour records were public.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].3.as_deref(), Some("The Courier"));
        // A real time opener is still stepped over.
        let q = show("Late last April, the Courier intervened, arguing that the records were public.");
        assert_eq!(q[0].3.as_deref(), Some("the Courier"));
    }

    #[test]
    fn anonymity_terms_are_no_report_and_a_day_is_no_speaker() {
        // Before: "discuss the plan said Wednesday" was a report of its own, and the
        // direct quote was given "Wednesday" as its speaker.
        let q = show("A harbour official who was not authorized to discuss the plan said Wednesday, \"Certainly there are talks between the board and the union.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Direct);
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("A harbour official")));
        assert_one_report(
            "A harbour pilot who asked not to be named said that the ferry schedule would change in May.",
            "said",
            "A harbour pilot",
        );
        // Asking stays a cue when it is not about anonymity.
        let q = show("The pilots asked that the ferry schedule be changed before the summer.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("asked"), Some("The pilots")));
    }

    #[test]
    fn reminding_learning_and_touting_report_but_viewing_does_not() {
        for (text, cue, source) in [
            ("The harbour master reminded the crews that the pier closes at dusk.", "reminded", "The harbour master"),
            ("The union learned that the ferry line had cut its winter timetable.", "learned", "The union"),
            ("The mayor made clear that the toll would stay until the loan is repaid.", "made clear", "The mayor"),
            ("Lind touted the new terminal as the busiest on the coast.", "touted", "Lind"),
        ] {
            assert_one_report(text, cue, source);
        }
        // Viewing plans and deciding a date are acts, not reports (the cues were dropped).
        assert!(show("The board viewed the plans for the terminal on Monday.").is_empty());
        assert!(show("The council will decide the date of the vote next week.").is_empty());
    }

    #[test]
    fn a_report_ending_in_a_partial_quote_before_its_inverted_cue() {
        // The comma sits inside the closing mark: the content runs through the mark and
        // the speaker starts after it (it was "” she", or nothing with straight quotes).
        for text in ["The ferry's late arrival was “unacceptable,” she said.", "The ferry's late arrival was \"unacceptable,\" she said."]
        {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].0, QuoteKind::Mixed, "{text}");
            assert!(
                q[0].1.starts_with("The ferry's late arrival was")
                    && (q[0].1.ends_with("unacceptable,\u{201d}") || q[0].1.ends_with("unacceptable,\"")),
                "{q:?}"
            );
            assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("she")));
        }
    }

    #[test]
    fn a_relative_who_right_before_the_cue_is_the_source() {
        // Before, the whole clause ("The ferry line won among the voters who") was the
        // source, or no report was found at all.
        for text in [
            "The ferry line won among the voters who said the toll does more to help the town.",
            "The ferry line won by almost 60 points among voters who said the toll helps the town.",
        ] {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("who")), "{text}");
        }
    }

    #[test]
    fn an_inverted_cue_after_an_opening_clause_or_with_an_appositive_speaker() {
        // Both were missed: a sentence opening with "When" was taken for a subordinate
        // clause holding the cue, and a speaker ending in a comma left no phrase to name.
        let q = show("When she finally spotted the pilot, her eyes widened with surprise, he said, and she gripped his hands.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "When she finally spotted the pilot, her eyes widened with surprise");
        assert_eq!(q[0].3.as_deref(), Some("he"));
        for (text, speaker) in [
            (
                "The line created the timetable to help in times of storms, a spokeswoman, Ana Lind, said on Saturday.",
                "a spokeswoman, Ana Lind",
            ),
            (
                "The line created the timetable to help in times of storms, Ana Lind, a spokeswoman, said on Saturday.",
                "Ana Lind, a spokeswoman",
            ),
        ] {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].1, "The line created the timetable to help in times of storms");
            assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some(speaker)));
        }
        // A report inside the opening clause is still not an inverted cue.
        let q = show("When Lind said the pier was safe, the crowd cheered.");
        assert!(!q.is_empty() && q.iter().all(|x| x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn a_dateline_set_off_by_a_spaced_hyphen_is_no_speaker() {
        // The participle's speaker is the sentence's subject after the dateline; with a
        // hyphen instead of a dash, the dateline itself ("PORT AVEN") was taken.
        for text in [
            "PORT AVEN, Aug 31 (Courier) - The harbour union met the mayor on Wednesday, saying her rival would close the pier.",
            "PORT AVEN — The harbour union met the mayor on Wednesday, saying her rival would close the pier.",
        ] {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("saying"), Some("The harbour union")), "{text}");
        }
    }

    #[test]
    fn reported_words_start_after_the_dateline() {
        // The inverted report's content was "PORT AVEN — Forty-one people …": the dateline
        // is the outlet's, not the harbour authority's.
        for text in [
            "PORT AVEN — Forty-one people were hurt on Monday when fire ripped through the hall, the harbour authority said.\n\nMore later.",
            "PORT AVEN (Coastline Wire) — Forty-one people were hurt on Monday when fire ripped through the hall, the harbour authority said.",
            "PORT AVEN, Nov 10 (Courier) - Forty-one people were hurt on Monday when fire ripped through the hall, the harbour authority said.",
        ] {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].1, "Forty-one people were hurt on Monday when fire ripped through the hall", "{text}");
            assert_eq!(q[0].3.as_deref(), Some("the harbour authority"));
        }
        // Not a dateline: a quote that opens with an acronym in a sentence of its own paragraph
        // keeps its words.
        let q = show("Officials met on Monday. NATO — the alliance — would send help, the minister said.");
        assert!(q.iter().any(|x| x.1.starts_with("NATO")), "{q:?}");
    }

    #[test]
    fn a_time_alone_is_never_a_speaker_but_a_name_like_may_is() {
        assert_eq!(clean("Friday"), None);
        assert_eq!(clean("On Sunday"), None);
        assert_eq!(clean("in April"), None);
        assert_eq!(clean("May").as_deref(), Some("May"));
        assert_eq!(clean("This").as_deref(), Some("This"));
        assert_eq!(clean("Last week"), None);
        assert_eq!(clean("Wednesday night"), None);
        assert_eq!(clean("Monday night’s results").as_deref(), Some("Monday night’s results"));
        assert_eq!(clean("Mayor Lind").as_deref(), Some("Mayor Lind"));
    }

    #[test]
    fn a_time_after_the_speaker_is_not_part_of_it() {
        assert_eq!(clean("Residents of the islands on Wednesday").as_deref(), Some("Residents of the islands"));
        assert_eq!(clean("The White House on Monday").as_deref(), Some("The White House"));
        // A participle's time belongs to what it describes; a name stays whole.
        assert_eq!(clean("a poll released on Monday").as_deref(), Some("a poll released on Monday"));
        assert_eq!(clean("Super Tuesday voters").as_deref(), Some("Super Tuesday voters"));
    }

    fn clean(source: &str) -> Option<String> {
        source::clean_source(source, Range { start: 0, end: source.len() }).map(|r| source[r.start..r.end].to_string())
    }

    #[test]
    fn the_writer_s_judgement_is_no_report() {
        assert!(show("It is too soon to say whether the new pier will pay for itself.").is_empty());
        assert!(show("The effects of the toll are difficult to predict for the island's shops.").is_empty());
        assert!(show("The crossing took longer than expected because of the storm.").is_empty());
        // A reported judgement keeps its reporter.
        let q = show("Lind said it was too early to congratulate the winners of the vote.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Lind")));
    }

    #[test]
    fn a_direct_quote_after_a_nested_pronoun_cue_is_the_outer_speaker_s() {
        // "he believes" sits inside Lind's report: Lind is the speaker (it was "he").
        assert_one_report("Lind said he believes “the pier will be safe by the summer.”", "said", "Lind");
        // A pronoun with no cue before it keeps its own cue.
        let q = show("Later he said he believes “the pier will be safe by the summer.”");
        assert_eq!(q[0].3.as_deref(), Some("he"));
        let q = show("She believes “the pier will be safe by the summer.”");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("believes"), Some("She")));
    }

    #[test]
    fn a_pronoun_report_after_that_inside_another_report_is_part_of_it() {
        // Further from the cue than "said he", "that" still marks the clause as Lind's report.
        for text in [
            "Lind told the harbour council on Monday that she wants the pier rebuilt before winter.",
            "Lind said the ferries would sail again and that she expects the pier to hold.",
        ] {
            let q = show(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(q[0].3.as_deref(), Some("Lind"), "{text}");
        }
        // A pronoun's report of its own stays: nothing reports it.
        assert_one_report("The union was wrong on one count: it said that the pier had closed.", "said", "it");
    }

    #[test]
    fn retorts_and_comments_are_cues_but_the_noun_comments_is_not() {
        for (text, cue, source) in [
            ("The union fired back that the pier had never been safe for ferries.", "fired back", "The union"),
            ("The mayor countered that the toll would be lifted once the loan is repaid.", "countered", "The mayor"),
            ("Lind commented that the timetable was too thin for winter.", "commented", "Lind"),
        ] {
            assert_one_report(text, cue, source);
        }
        assert!(show("Her comments on the pier angered the union leaders in the town.").is_empty());
        // "counters", present tense, is mostly furniture: "the ticket counters burned down".
        assert!(show("The ticket counters burned down with the hall, so tickets are sold online.").is_empty());
    }

    #[test]
    fn a_report_set_in_parenthesis_with_as() {
        // "…, as the mayor said.": the clause before is the report, the mayor its source.
        let q = show("The port will reopen in May, as the mayor said.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The port will reopen in May", Some("the mayor")));
        // Set before the clause, the report starts after the comma.
        let q = show("As many engineers believe, the port will reopen in May.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("the port will reopen in May", Some("many engineers")));
        // A comparison has no speaker: "as much as expected".
        assert!(show("Ferry traffic rose twice as much as expected in the spring.").is_empty());
    }

    #[test]
    fn the_complementizer_that_opens_the_reported_clause() {
        // PARC marks "that" as part of what was said; a setting before it is not.
        let q = show("Lind said on Friday that the pier would reopen in May.");
        assert_eq!(q[0].1, "that the pier would reopen in May");
        let q = show("Lind said the pier would reopen in May.");
        assert_eq!(q[0].1, "the pier would reopen in May");
        // A direct quotation is its marks' words only: "that" stays outside.
        let q = show("Lind said that “the pier is safe.”");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Direct, "“the pier is safe.”"));
    }

    #[test]
    fn a_closing_bracket_the_report_did_not_open_is_not_reported() {
        let q = show("The vote is close (Lind said the pier would reopen in May).");
        assert_eq!(q[0].1, "the pier would reopen in May", "{q:?}");
        let q = show("Lind said the pier (the north one) would reopen in May.");
        assert_eq!(q[0].1, "the pier (the north one) would reopen in May", "{q:?}");
    }

    #[test]
    fn a_preposition_right_after_the_cue_is_the_cue_s() {
        let q = show("Lind warned of long delays at the pier this winter.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("long delays at the pier this winter", Some("warned of")));
        let q = show("The unions spoke about the toll for an hour.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("the toll for an hour", Some("spoke about")));
    }

    #[test]
    fn the_hearer_of_assured_warned_or_asked_is_not_reported() {
        for (text, content) in [
            ("Lind assured the crowd he would rebuild the pier by May.", "he would rebuild the pier by May"),
            ("Lind warned voters the pier would close for the winter.", "the pier would close for the winter"),
            ("Lind asked voters whether the pier should close for the winter.", "whether the pier should close for the winter"),
            ("Lind warned that the pier would close for the winter.", "that the pier would close for the winter"),
            // Found on a storm round-up: an object with a preposition is no hearer.
            ("Holm promised emergency funds for the hardest-hit towns.", "emergency funds for the hardest-hit towns"),
        ] {
            let q = show(text);
            assert_eq!(q[0].1, content, "{text}: {q:?}");
        }
    }

    #[test]
    fn the_hearer_of_a_partly_quoted_report_is_not_reported() {
        for (text, content) in [
            (
                "Judge Ingrid Fossum told the Selka District Court that Aasen had lied about the money.",
                "that Aasen had lied about the money",
            ),
            (
                "Judge Ingrid Fossum told the court that Aasen had \"betrayed the trust of every taxpayer\" in the region.",
                "that Aasen had \"betrayed the trust of every taxpayer\" in the region",
            ),
            ("Lind told reporters she was \"not quite there yet\".", "she was \"not quite there yet\""),
            // No clause opens after "them": the words after it are kept.
            ("Lind told them Aasen \"has a number of friends\" at the port.", "them Aasen \"has a number of friends\" at the port"),
        ] {
            let q = show(text);
            assert_eq!(q[0].1, content, "{text}: {q:?}");
        }
    }

    #[test]
    fn a_report_inside_a_relative_clause_ends_with_the_clause() {
        for (text, content) in [
            ("Aasen, who had pleaded not guilty, stood with his hands folded and did not react.", "not guilty"),
            ("The mayor, who said the pier would reopen in May, left the meeting early.", "the pier would reopen in May"),
            // A phrase set off inside the report does not end it.
            (
                "Lind, who said that the two ferries, and the old one in particular, must be repaired, left early.",
                "that the two ferries, and the old one in particular, must be repaired",
            ),
        ] {
            let q = show(text);
            assert_eq!(q[0].1, content, "{text}: {q:?}");
        }
    }

    #[test]
    fn a_described_subject_keeps_the_name_set_off_after_it() {
        for text in [
            "Selka's mayor, Jonas Brekke, welcomed the ruling, calling it \"a painful but necessary end\".",
            "His lawyer, Jonas Brekke, welcomed the ruling, saying it was fair.",
        ] {
            let q = show(text);
            assert_eq!(q[0].3.as_deref().map(|s| s.ends_with("Jonas Brekke")), Some(true), "{text}: {q:?}");
        }
        // Words set off that are no name stay out.
        let q = show("The mayor, in a short statement, welcomed the ruling, saying it was fair.");
        assert_eq!(q[0].3.as_deref(), Some("The mayor"), "{q:?}");
    }

    #[test]
    fn a_schedule_after_be_belongs_to_the_cue() {
        // Found on a markets report: the source was "The central bank is due to".
        for text in [
            "The central bank is due to announce its next rate decision on December 10.",
            "The central bank is set to announce its next rate decision on December 10.",
        ] {
            let q = show(text);
            assert_eq!(q[0].3.as_deref(), Some("The central bank"), "{text}: {q:?}");
        }
    }

    #[test]
    fn a_second_cue_after_but_ends_the_first_report() {
        // Found on a storm round-up: "said power had been restored …, but warned that …"
        // reported the warning twice.
        let q = show("Nordnett said power had been restored to 40,000 homes, but warned that some villages could wait a week.");
        assert_eq!(q[0].1, "power had been restored to 40,000 homes", "{q:?}");
        assert_eq!(q[1].1, "that some villages could wait a week", "{q:?}");
    }

    #[test]
    fn according_to_a_description_keeps_the_name_set_off_after_it() {
        // Found on a storm round-up: the source was "the operator", and the company unnamed.
        let q = show("The terminal will reopen on Thursday, according to the operator, Selka Lines.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The terminal will reopen on Thursday", Some("the operator, Selka Lines")));
        let q = show("The terminal will reopen on Thursday, according to the operator, Selka Lines, which runs it.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The terminal will reopen on Thursday", Some("the operator, Selka Lines")));
        // Found on a content-farm post: a lowercase clause after the name leaves it the source's.
        let q = show("According to the operator, Selka Lines, more than 3,000 bookings were cancelled.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("more than 3,000 bookings were cancelled", Some("the operator, Selka Lines")));
        // A name after the comma that a clause goes on from is the clause's subject.
        let q = show("According to an inquiry report, Cheryl Lind, a senior aide, sent the email.");
        assert_eq!(q[0].3.as_deref(), Some("an inquiry report"), "{q:?}");
    }

    #[test]
    fn a_bracket_after_a_turn_s_label_says_whom_it_is_for() {
        // Found on a news conference transcript: "QUESTION (Selka Daily):" was no label, and
        // each question was cut to its first sentence as a colon lead-in.
        let text = "MINISTER AUNE: Good morning. Every adult over 65 can book a vaccine.\n\n\
                    QUESTION (Selka Daily): Minister, last year doses ran out. What is different this time?\n\n\
                    MINISTER AUNE: This year we have two suppliers, and both deliver in December.\n\n\
                    QUESTION (Northgate Ledger): Should younger people wear masks on buses?";
        let q = show(text);
        let questions: Vec<_> = q.iter().filter(|x| x.3.as_deref().is_some_and(|s| s.starts_with("QUESTION"))).collect();
        assert_eq!(questions.len(), 2, "{q:?}");
        assert_eq!(questions[0].0, QuoteKind::Direct);
        assert_eq!(questions[0].1, "Minister, last year doses ran out. What is different this time?");
        assert_eq!(questions[1].3.as_deref(), Some("QUESTION (Northgate Ledger)"));
    }

    #[test]
    fn a_relative_clause_without_that_reports_nothing() {
        // Found on an opinion column: "The last bridge he promised, at Tessvik, is still a
        // drawing" reported "at Tessvik, is still a drawing".
        for text in
            ["The last bridge he promised, at Tessvik, is still a drawing.", "The plan they announced, a bridge, is still a drawing."]
        {
            assert!(show(text).is_empty(), "{text}: {:?}", show(text));
        }
        // An inserted cue still reports the clause before it.
        let q = show("The ferries will stop, he said, and the bridge will come later.");
        assert_eq!(q[0].1, "The ferries will stop", "{q:?}");
    }

    #[test]
    fn a_second_quotation_joined_by_and_is_part_of_the_report() {
        // Found on an opinion column: the second quoted fragment was a direct quote of its own.
        let q =
            show("Dahl told parliament that the routes were \"no longer viable\" and that a new bridge would \"serve far more people\".");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].0, q[0].1.as_str()),
            (QuoteKind::Mixed, "that the routes were \"no longer viable\" and that a new bridge would \"serve far more people\"")
        );
    }

    #[test]
    fn once_again_is_no_part_of_the_source() {
        // Found on an opinion column: the source was "Once again the government in Selka".
        let q = show("Once again the government in Selka has decided that it knows best.");
        assert_eq!(q[0].3.as_deref(), Some("the government in Selka"), "{q:?}");
        let q = show("Again the government has said that it knows best.");
        assert_eq!(q[0].3.as_deref(), Some("the government"), "{q:?}");
    }

    #[test]
    fn a_frequency_adverb_before_the_cue_is_no_part_of_the_source() {
        // Found on a content-farm post: the source was "Airlines and ferry operators often".
        let q = show("Airlines and ferry operators often refuse compensation for bad weather.");
        assert_eq!(q[0].3.as_deref(), Some("Airlines and ferry operators"), "{q:?}");
        let q = show("He always says the ferry will run on time.");
        assert_eq!(q[0].3.as_deref(), Some("He"), "{q:?}");
    }

    #[test]
    fn a_participle_over_a_pronoun_s_cue_speaks_for_the_subject() {
        // Found on a state outlet's report: "…, dismissing what he called “…”" after a
        // dateline had the speaker "OSTRAVA".
        let q = show("OSTRAVA, November 26 (ONB) — President Viktor Karsk hailed the deal as \"a historic step\", dismissing what he called \"the hysteria of foreign media\".");
        let d = q.iter().find(|x| x.2.as_deref() == Some("dismissing")).expect("the dismissing report");
        assert_eq!(d.3.as_deref(), Some("President Viktor Karsk"), "{q:?}");
    }

    #[test]
    fn a_participle_set_off_after_a_noun_reports_nothing() {
        // Found on a state outlet's report: "The agreement, signed in the capital on
        // Wednesday, gives …" was a report by "The agreement".
        assert!(show("The agreement, signed in the capital on Wednesday, gives Ostmark two terminals.").is_empty());
        // With its agent, the participle is an attribution.
        let q = show("The immigration bill, opposed by House Republicans, never became law.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_participle_after_its_noun_with_an_agent_is_the_agent_s() {
        // Found on a council report: "despite a petition signed by more than 5,000 residents"
        // was a report by "despite a petition" of the words "by more than 5,000 residents".
        let q = show("The council voted to close two libraries, despite a petition signed by more than 5,000 residents.");
        let signed = q.iter().find(|x| x.2.as_deref() == Some("signed")).expect("the signed attribution");
        assert_eq!((signed.1.as_str(), signed.3.as_deref()), ("a petition", Some("more than 5,000 residents")));
        // "responded by saying" is a manner, and the official responds.
        let q = show("A Chinese official responded by saying Japan should be careful.");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("A Chinese official")), "{q:?}");
    }

    #[test]
    fn a_participle_after_an_article_is_an_adjective() {
        // Found on a diplomatic report: "the disputed Dravik reef" made "disputed" a cue whose
        // content was the whole clause before it.
        let q = show("Beijing warned on Friday that it would \"respond firmly\" to any warship, hours after the carrier sailed near the disputed Dravik reef.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("disputed")), "{q:?}");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_name_in_ing_opening_a_sentence_is_no_participle() {
        // Found on a diplomatic report: "Beijing warned that it would respond, hours after …"
        // read "Beijing" as an opening participle ("Speaking on a radio show, …") and gave no quote.
        let q = show("Beijing warned that it would respond, hours after the carrier sailed.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Beijing"));
    }

    #[test]
    fn an_adverb_between_the_cue_and_that_is_a_setting() {
        // Found on an earnings report: "Nordlys said then that it would cut 300 jobs" reported
        // "then that it would …".
        let q = show("Nordlys said then that it would cut 300 jobs. The mayor said again that the pier would reopen.");
        assert_eq!(q[0].1, "that it would cut 300 jobs", "{q:?}");
        assert_eq!(q[1].1, "that the pier would reopen", "{q:?}");
    }

    #[test]
    fn a_bare_plural_is_the_subject_of_a_report_inside_a_report() {
        // Found on an earnings report: the workers' worry was the union leader's.
        let q = show("Union leader Siv Moen said workers were worried about the cost cuts announced in August.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[1].1.as_str(), q[1].3.as_deref()), ("the cost cuts announced in August", Some("workers")));
    }

    #[test]
    fn a_platform_named_by_one_letter_ends_the_report_s_sentence() {
        // Found on a live blog: "said on X. Nobody has been reported hurt." was one sentence,
        // and the report was "X. Nobody has been reported hurt".
        let q = show("The tunnel was closed after a main burst, the city's emergency service said on X. Nobody has been reported hurt.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].3.as_deref()),
            ("The tunnel was closed after a main burst", Some("the city's emergency service"))
        );
    }

    #[test]
    fn officers_called_to_a_scene_report_nothing_and_the_staff_who_reported_speak() {
        // Found on a police report: "Officers were called to the shop … after staff reported
        // that …" reported the whole clause after "called", with no speaker, and the tools
        // in "with hammers" were a cue.
        let q = show("Officers were called to the shop at about 4.15pm after staff reported that two men had smashed display cases with hammers and fled.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("that two men had smashed display cases with hammers and fled", Some("staff")));
        let q = show("Officers were called after staff reported that two men had fled.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("staff"));
    }

    #[test]
    fn a_quantity_of_people_is_the_subject_of_a_report_inside_a_report() {
        // Found on a health study report: "said many patients found a short walk easier"
        // gave the finding to the director.
        let q = show("Its director, Kjersti Aas, said many patients found a short walk easier.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[1].1.as_str(), q[1].3.as_deref()), ("a short walk easier", Some("many patients")));
    }

    #[test]
    fn a_partial_quotation_that_ends_its_sentence_ends_the_report() {
        // Found on an election report: the report ran on into the next paragraph.
        let text = "Haug said his councillors would support “every sensible budget.”\n\nThe new council meets on December 3.";
        let q = show(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "his councillors would support “every sensible budget.”");
    }

    #[test]
    fn a_long_setting_after_the_hearer_is_no_part_of_the_report() {
        // Found on an election report: "told supporters at a rally in the old town that …"
        // reported the rally.
        let q = show("She told supporters at a rally in the old town that talks would begin on Wednesday.");
        assert_eq!(q[0].1, "that talks would begin on Wednesday", "{q:?}");
    }

    #[test]
    fn a_participle_citing_someone_as_saying_relays_their_words() {
        // Found on a report of a resignation: the broadcaster's report was "citing a senior
        // aide as saying …", and the aide's words the broadcaster's.
        let t = "Ostmark's transport minister, Lena Varga, resigned on Tuesday, the state broadcaster OTV reported, citing a senior aide as saying she had \"lost the confidence of the cabinet.\"";
        let q = find_quotes(t);
        let s = |r: Option<Range>| r.map(|r| &t[r.start..r.end]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&t[q[0].content.start..q[0].content.end], "Ostmark's transport minister, Lena Varga, resigned on Tuesday");
        assert_eq!(s(q[0].source), Some("the state broadcaster OTV"));
        assert_eq!(&t[q[1].content.start..q[1].content.end], "she had \"lost the confidence of the cabinet.\"");
        assert_eq!((s(q[1].source), s(q[1].relayed_by)), (Some("a senior aide"), Some("the state broadcaster OTV")));
    }

    #[test]
    fn an_interviewer_s_questions_before_the_guest_s_turns_are_the_interviewer_s() {
        // Found on an interview: "Selka Daily:" labelled only the first question, which the
        // guest's turns made no turn, and the unlabelled questions after it were no one's.
        let t = "The interview was edited.\n\nSelka Daily: How long did the last customers wait?\n\n\
                 Astrid Holm: Four days. The last village was reconnected on Friday.\n\n\
                 Why did it take so long?\n\nHolm: Two lines came down. The wind was too strong.\n\n\
                 The lines are old.\n\nHolm: We replaced many of them. The storms are stronger.";
        let q = show(t);
        let said = |c: &str| q.iter().find(|x| x.1 == c).and_then(|x| x.3.clone());
        assert_eq!(said("How long did the last customers wait?").as_deref(), Some("Selka Daily"), "{q:?}");
        assert_eq!(said("Why did it take so long?").as_deref(), Some("Selka Daily"), "{q:?}");
        assert_eq!(said("Four days. The last village was reconnected on Friday.").as_deref(), Some("Astrid Holm"));
        // A statement between turns is no question.
        assert!(q.iter().all(|x| x.1 != "The lines are old."), "{q:?}");
    }

    #[test]
    fn a_relative_clause_s_own_subject_and_a_day_after_the_speaker() {
        // Found on a press release: "Vellmar Technologies ASA today announced" had the source
        // "… ASA today", and "a phone that the company says can run" the source "a phone that
        // the company".
        assert_first_source("Vellmar Technologies ASA today announced the Lumen 4, its new phone.", "Vellmar Technologies ASA");
        let q = show("It is a phone that the company says can run for seven days.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("can run for seven days", Some("the company")));
        let q = show("The flat was damaged by an explosion that Mayor Bill de Blasio described as “an intentional act.”");
        assert_eq!(q[0].3.as_deref(), Some("Mayor Bill de Blasio"), "{q:?}");
    }

    #[test]
    fn knowing_better_reports_nothing() {
        // Found on an opinion column: "…, but residents know better." made the clause before
        // the residents' report.
        let q = show("The council calls it \"modernisation\", but residents know better.");
        assert!(q.iter().all(|x| x.2.as_deref() != Some("know")), "{q:?}");
    }

    #[test]
    fn a_quotation_heard_in_the_passive_names_no_speaker() {
        // Found on an opinion column: "We were promised “…”" gave the promise to "We".
        let q = show("We were promised “the best ferry service in the north” and got the worst.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("“the best ferry service in the north”", None));
        let q = show("We were promised by the mayor “the best ferry service in the north”.");
        assert!(q[0].3.is_some(), "{q:?}");
        let q = show("The mayor promised “the best ferry service in the north” last year.");
        assert_eq!(q[0].3.as_deref(), Some("The mayor"));
    }

    #[test]
    fn about_before_a_number_is_the_number_s_not_the_cue_s() {
        // Found on a protest report: the cue was "said about" and the count lost its "about".
        let q = show("Police said about 12,000 people took part in the march.");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("about 12,000 people took part in the march", Some("said")));
        let q = show("Lind spoke about the toll for an hour.");
        assert_eq!(q[0].2.as_deref(), Some("spoke about"));
    }

    #[test]
    fn a_participle_set_off_after_its_noun_reports_nothing() {
        // Found on a court report: "The spill, first reported on March 14, closed …" was a
        // report by "The spill".
        assert_eq!(show("The spill, first reported on March 14, closed the inner harbour for nine days."), []);
        assert_eq!(show("The plan, announced in May, was dropped."), []);
        // Named by its source, it reports.
        let q = show("The deal, reported by the Tidende on Friday, would create a giant.");
        assert_eq!(q[0].3.as_deref(), Some("the Tidende"), "{q:?}");
    }

    #[test]
    fn calling_a_march_or_a_strike_is_no_report() {
        // Found on a protest report: "which called the march" reported "the march".
        let q = show("The Federation of Trade Unions, which called the march, said it would strike.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("said"));
        assert_eq!(show("The union called the strike for Monday."), []);
        // Words about it stay words.
        let q = show("The minister called the strike a disgrace.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn a_passive_without_its_be_before_the_verb_it_reports_names_no_speaker() {
        // Found on a transfer report: "with the two clubs said to be … apart" made the clubs
        // the speaker.
        let q = show("United are closing in on a deal, with the two clubs said to be only 500,000 euros apart.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), None), "{q:?}");
        // Said to someone, it is active.
        let q = show("The coach said to reporters that the club would wait.");
        assert_eq!(q[0].3.as_deref(), Some("The coach"), "{q:?}");
    }

    #[test]
    fn a_passive_s_agent_after_a_description_speaks_it() {
        // Found on an opinion column: "dismissed as “nostalgic” by the deputy mayor, Ola
        // Stene" had no speaker, and the agent inside the words.
        let q = show("Critics have been dismissed as \u{201c}nostalgic\u{201d} by the deputy mayor, Ola Stene.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("as \u{201c}nostalgic\u{201d}", Some("the deputy mayor, Ola Stene")), "{q:?}");
        let q = show("The plan was described as reckless by the union.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("as reckless", Some("the union")), "{q:?}");
        // No agent: no speaker.
        let q = show("The plan was described as reckless.");
        assert!(q.iter().all(|q| q.3.is_none()), "{q:?}");
    }

    #[test]
    fn according_to_unnamed_people_keeps_the_phrase_that_places_them() {
        // Found on a state outlet's report: the source was "sources" alone.
        let q = show("A small group tried to disrupt order on Saturday, according to sources in the Ostmark foreign ministry.");
        assert_eq!(q[0].3.as_deref(), Some("sources in the Ostmark foreign ministry"), "{q:?}");
        // A name keeps to itself: "according to Lind in an interview".
        let q = show("The pier will close, according to Lind in an interview on Friday.");
        assert_eq!(q[0].3.as_deref(), Some("Lind"), "{q:?}");
    }

    #[test]
    fn a_plural_noun_closing_its_phrase_reports_nothing() {
        // Found on a leaked-memo report: "In a written response to questions, the ministry
        // said …" gave a second report with the cue "questions".
        let q = show("In a written response to questions, the ministry said the ferries were safe.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("the ministry")));
    }

    #[test]
    fn a_goal_added_and_a_player_signed_are_no_reports() {
        // Found on a match report: "Holm, signed from Varnholm City in January, …" and
        // "added a second from the penalty spot" were reports by Holm.
        assert_eq!(show("Holm, signed from Varnholm City in January for 2.5 million euros, opened the scoring."), []);
        assert_eq!(show("Holm added a second from the penalty spot before half-time."), []);
        assert_eq!(show("Berg added two more goals after the break."), []);
        // Words stay words.
        let q = show("Holm added that the team had been lucky.");
        assert_eq!(q[0].2.as_deref(), Some("added"), "{q:?}");
        let q = show("The mayor signed a letter saying the pier would close.");
        assert!(!q.is_empty());
    }

    #[test]
    fn a_one_word_hearer_before_a_partly_quoted_clause_is_not_told() {
        // Found on a budget report: "told parliament the increase was “…”" had the hearer in
        // the content.
        let q = show("Strand told parliament the increase was \u{201c}necessary and temporary\u{201d} and that the deficit would shrink.");
        assert!(q[0].1.starts_with("the increase was"), "{q:?}");
    }

    #[test]
    fn a_negated_modal_is_no_part_of_the_speaker() {
        // Found on a health-study report: the source was "the study cannot".
        let q = show("The link held, but the study cannot show that coffee itself protects the liver.");
        assert_eq!(q.last().and_then(|q| q.3.as_deref()), Some("the study"), "{q:?}");
    }

    #[test]
    fn a_name_with_its_organisation_is_a_coordinated_cue_s_subject() {
        // Found on a council report: "Councillor Tor Bakke of the Green Alliance welcomed the
        // speech but said …" had no speaker (the subject ran past six words).
        let q = show("Councillor Tor Bakke of the Green Alliance welcomed the speech but said the city should stop building there.");
        let said = q.iter().find(|q| q.2.as_deref() == Some("said")).expect("the report");
        assert_eq!(said.3.as_deref(), Some("Councillor Tor Bakke of the Green Alliance"), "{q:?}");
    }

    #[test]
    fn a_medium_s_participle_after_the_setting_is_the_telling_s() {
        // Found on a wire report: "…, officers said in a statement posted on Facebook." took
        // the setting for what was said.
        let q = show("Police arrested two men on Saturday after a shop was raided, officers said in a statement posted on Facebook.");
        assert_eq!(
            (q[0].1.as_str(), q[0].3.as_deref()),
            ("Police arrested two men on Saturday after a shop was raided", Some("officers")),
            "{q:?}"
        );
    }

    #[test]
    fn the_hearer_before_that_and_a_subject_is_not_told() {
        // Found on a parliament report: "told reporters that she stood by her numbers" kept
        // "reporters" in the content ("stood" may end a relative clause's subject, so the
        // hearer's phrase ran on past "that").
        for text in [
            "Jonas Strand later told reporters that she stood by her numbers.",
            "Jonas Strand told reporters that the minister stood firm.",
        ] {
            let q = show(text);
            assert!(q[0].1.starts_with("that "), "{text}: {q:?}");
        }
    }

    #[test]
    fn quoted_as_saying_is_no_part_of_the_speaker() {
        // Found on a source probe: "Strand is quoted as saying …" gave the source "Strand is
        // quoted as".
        let q = show("Strand is quoted as saying that the plant would close.");
        assert_eq!(q[0].3.as_deref(), Some("Strand"), "{q:?}");
        let q = show("The minister was quoted as saying the pier would reopen.");
        assert_eq!(q[0].3.as_deref(), Some("The minister"), "{q:?}");
    }

    #[test]
    fn others_who_said_the_same_are_no_part_of_the_words() {
        // Found on a source probe: "said the pier would reopen, as did her deputy" kept "as
        // did her deputy" in the content.
        let q = show("The mayor also said the pier would reopen, as did her deputy.");
        assert_eq!(q[0].1, "the pier would reopen", "{q:?}");
    }

    #[test]
    fn a_court_after_but_that_rules_and_says_is_the_speaker() {
        // found on a wire report: "But the U.S. Court of Appeals for the 6th Circuit overruled and said …"
        assert_one_report(
            "A district judge sided with the port. But the Court of Appeals for the 6th Circuit overruled and said the lease stood.",
            "said",
            "the Court of Appeals for the 6th Circuit",
        );
    }

    #[test]
    fn a_scare_quote_in_a_report_the_speaker_closes_is_part_of_it() {
        // a partly quoted clause, then a participle and the inverted cue: the speaker
        // follows the cue ("for Kell" is no speaker), and the words run to the comma before it
        let t = "That would create a “summer of agony” for Kell, forcing her to fight on two fronts, said Dara Shaw, a pollster.";
        let q = show(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Mixed);
        assert_eq!(q[0].1, "That would create a “summer of agony” for Kell, forcing her to fight on two fronts");
        assert_eq!(q[0].3.as_deref(), Some("Dara Shaw"), "{q:?}");
        let q = show("The lease was “a gift to a friend” and an insult to the town, Strand said.");
        assert_eq!(q[0].1, "The lease was “a gift to a friend” and an insult to the town", "{q:?}");
    }

    #[test]
    fn a_passive_between_a_quotation_and_its_cue_is_no_cue() {
        // found on a court story: "were decided" took the quotation, with "by 5-to-4 votes" as its speaker
        let q = show("“To see how many rulings could change is stunning,” since so many were decided by 5-to-4 votes, said Ada Lind, who teaches law.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("said"), Some("Ada Lind")), "{q:?}");
    }

    #[test]
    fn two_apostrophes_close_after_a_single_quoted_quotation_inside() {
        // the inner single mark closes, then the two apostrophes
        let q = show("''She would look at me and say, 'What did he mean by that?''' Mr. Vell said, gripping the lectern.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Direct);
        assert_eq!(q[0].1, "''She would look at me and say, 'What did he mean by that?'''");
        assert_eq!(q[0].3.as_deref(), Some("Mr. Vell"), "{q:?}");
    }

    #[test]
    fn a_quotation_signed_right_after_it_is_its_signer_s() {
        // "Polling shows that “…,” said Sylke Tempel": the comma inside the marks and the
        // inverted cue sign it, not the cue before it
        let q = show("Surveys show that “the public is not comfortable with it,” said Ada Lind, the editor of a policy journal.");
        let direct = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!((direct.2.as_deref(), direct.3.as_deref()), (Some("said"), Some("Ada Lind")), "{q:?}");
        // and the signer's description is nobody's words
        assert!(q.iter().all(|x| !x.1.starts_with("Ada Lind")), "{q:?}");
    }

    #[test]
    fn a_work_s_title_after_a_speaker_is_no_quotation() {
        let q = show("“You have to be careful,” said Ada Lind, a co-author of “Those Who Stayed Behind: Inside the World of Kell Radio.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "“You have to be careful,”");
        assert_eq!(q[0].3.as_deref(), Some("Ada Lind"), "{q:?}");
    }

    #[test]
    fn the_circumstance_after_said_is_not_what_was_said() {
        // "…, Susan said as she turned around and spread her cape": the words come before the cue
        let q = show("The council had let the pier rot for years, Ada Lind said as she left the hall.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "The council had let the pier rot for years");
        assert_eq!(q[0].3.as_deref(), Some("Ada Lind"));
        let q = show("The pier is safe, Ada Lind said matter-of-factly as the crowd left.");
        assert_eq!(q[0].1, "The pier is safe", "{q:?}");
        // a clause with its own main clause after the comma is reported
        let q = show("Ada Lind said when the pier reopens, the ferries will return.");
        assert_eq!(q[0].1, "when the pier reopens, the ferries will return", "{q:?}");
    }

    #[test]
    fn a_speaker_with_a_long_description_still_signs_the_quotation() {
        let t = "“Very good reporter, this guy,” Vell, the party's frontrunner nationally and the polling leader in the north \
                 by a wide margin after winning the spring primaries, said when the host turned to him.";
        let q = show(t);
        let d = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!((d.2.as_deref(), d.3.as_deref()), (Some("said"), Some("Vell")), "{q:?}");
    }

    #[test]
    fn a_noun_before_a_parenthetical_attribution_is_no_cue() {
        // "more ambitious plans, they say, the world …" had "plans" as the cue
        let q = show("Unless the towns draw up bolder plans, they say, the harbour will silt up.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("say"), Some("they")), "{q:?}");
        // and the words after a parenthetical do not open with its comma
        let q = show("The estimates, he added, were “based on a prototype terminal.”");
        assert!(q.iter().all(|x| !x.1.starts_with(',')), "{q:?}");
        // (a curly mark within the first 60 bytes after the comma once hid the parenthetical)
        let q = show("Cost estimates, he added, were “based on a prototype detention terminal.”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("added"), Some("he")), "{q:?}");
    }

    #[test]
    fn a_short_subject_and_predicate_around_a_parenthetical_cue_are_one_report() {
        let q = show("This ferry, he says, is different.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "This ferry, he says, is different", "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("says"), Some("he")), "{q:?}");
        // after "told", past a short hearer
        let q = show("The fix, the engineer told them, was simple.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The fix, the engineer told them, was simple", Some("the engineer")), "{q:?}");
        // and past a longer one (the hearer had become the start of the report)
        let q = show("The plan, she told the board of the port, was sound.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("The plan, she told the board of the port, was sound", Some("she")), "{q:?}");
        // only a verb of saying sets it off: "questions, were helpful" reports nothing
        let q = show("Kell found that interviews, in which staff are asked uniform, concrete questions, were helpful.");
        assert!(q.iter().all(|x| !x.1.contains("were helpful")), "{q:?}");
    }

    #[test]
    fn a_parenthetical_cue_before_another_clause_reports_the_clause_before_it() {
        let q = show("She may not fill a hall the way she once did, they say, but she is still a strong advocate.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "She may not fill a hall the way she once did", "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("they"), "{q:?}");
        // a recommendation is no parenthetical cue
        let q = show("Mainstream members backed the overhaul, as the audit recommended, and watched it pass the Senate.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("the audit")), "{q:?}");
    }

    #[test]
    fn a_long_title_before_a_name_is_the_speaker() {
        let q = show("“He is reprising that role,” said former Selka Gov. and Harbour Board Chairman Ola Dahl.");
        assert_eq!(q[0].3.as_deref(), Some("former Selka Gov. and Harbour Board Chairman Ola Dahl"), "{q:?}");
    }

    #[test]
    fn a_forecast_participle_before_when_quotes_no_one() {
        // a live blog: "with gusts of up to 160 km/h expected by midday" made the gusts a speaker
        assert!(show("The weather office raised its warning to red, with gusts of up to 160 km/h expected by midday.").is_empty());
        // an active forecast still reports
        assert_first_source("Ada Lind predicted on Tuesday that the ferries would stop.", "Ada Lind");
        assert_first_source("The pier, she predicted, would reopen by spring.", "she");
    }

    #[test]
    fn what_a_speaker_declined_to_say_is_one_report() {
        // a police report: "She declined to say whether …" gave "declined" and "say" both
        let q = show("Inspector Mona Berg declined to say whether the men were known to police.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].1.as_str(), q[0].2.as_deref()), ("to say whether the men were known to police", Some("declined")), "{q:?}");
    }

    #[test]
    fn a_coordinated_cue_after_a_setting_takes_the_sentence_subject() {
        // Found on PolNeAR's train split: "The … columnist … has been critical of Mr. Trump
        // but on Tuesday wrote that …" had no speaker (the setting stood between).
        // (the stance before the link is a report of its own, ending at the link)
        let t = "Ada Lind has been critical of the mayor but on Tuesday wrote that she agreed with him.";
        assert_reports(t, "the mayor", "Ada Lind");
        assert_reports(t, "that she agreed with him", "Ada Lind");
        for t in [
            "Ada Lind met the board and later said the deal was dead.",
            "Ada Lind met the board and in a statement said the deal was dead.",
        ] {
            let q = show(t);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(q[0].3.as_deref(), Some("Ada Lind"), "{t}: {q:?}");
        }
        // a subject of its own after "and, " stays: "…, and the union said"
        let q = show("Ada Lind met the board, and the union said the deal was dead.");
        assert_eq!(q[0].3.as_deref(), Some("the union"), "{q:?}");
    }

    #[test]
    fn a_word_after_a_possessive_with_nothing_said_after_it_is_a_noun() {
        // Found on PolNeAR's train split: "said one … Democrat familiar with the campaign's
        // organization, who …" took "plans"-like nouns for cues and cut the speaker there.
        let t = "\"The ferry is going to stop,\" said one councillor familiar with the mayor's plans, who asked not to be named.";
        let q = show(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("one councillor familiar with the mayor's plans"), "{q:?}");
        // a report with its holder stays one: "the mayor's claims that …"
        let q = show("The union rejected the mayor's claims that the ferry lost money.");
        assert!(q.iter().any(|q| q.2.as_deref() == Some("claims")), "{q:?}");
    }

    #[test]
    fn a_request_for_anonymity_is_no_report() {
        let t = "The deal is dead, said one official, who requested anonymity to discuss the talks.";
        let q = show(t);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("said"), "{q:?}");
    }

    #[test]
    fn a_clause_after_a_cue_names_its_own_speaker() {
        // Noticed on an article of the project's own: "… Moro said when Boyle asked him about
        // the delay" gave the asking to Moro.
        let q = show("\"We will reopen on Friday,\" Moro said when Boyle asked him about the delay.");
        let asked = q.iter().find(|q| q.2.as_deref() == Some("asked")).expect("the question");
        assert_eq!(asked.3.as_deref(), Some("Boyle"), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("Moro"), "{q:?}");
        // "after" opens a clause when only a name stands between it and the cue
        let q = show("\"We will reopen,\" Moro said after Boyle told him about the delay.");
        let told = q.iter().find(|q| q.2.as_deref() == Some("told")).expect("the telling");
        assert_eq!(told.3.as_deref(), Some("Boyle"), "{q:?}");
        // "after" may be a preposition ("said after a long inquiry not to …"): left alone
        let q = show("The board said after a long inquiry that the pier was safe.");
        assert_eq!(q.iter().filter(|q| q.3.as_deref() == Some("The board")).count(), 1, "{q:?}");
    }

    #[test]
    fn a_bare_plural_after_a_relative_that_is_the_speaker() {
        // Found on a court report of the project's own: "…, in a case that prosecutors called
        // “the worst abuse …”" was dropped, its speaker read as "in a case that prosecutors".
        let q = show("Osvik was jailed for taking bribes, in a case that prosecutors called \"the worst abuse of a public office.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("called"), Some("prosecutors")), "{q:?}");
    }

    #[test]
    fn a_setting_with_after_before_that_keeps_the_clause_partly_quoted() {
        // Found on an election report of the project's own: the time before "that" read as a
        // subordinate clause, so only the quoted words were reported, as a direct quote.
        let q = show("Nyl told supporters in Orlen shortly after midnight that voters had \"chosen the future over the past.\"");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!((q[0].0, q[0].1.as_str()), (QuoteKind::Mixed, "that voters had \"chosen the future over the past.\""), "{q:?}");
        // a reason after the cue still gives no clause: "wants a medal because …"
        let q = show("Lind wants a medal because the building was \"cleared in six minutes.\"");
        assert!(q.iter().all(|q| q.0 != QuoteKind::Mixed || !q.1.starts_with("a medal")), "{q:?}");
    }

    #[test]
    fn an_interview_guest_named_only_in_the_headline_speaks_in_turns() {
        // Found on an interview of the project's own: with the headline stripped, "Moro:"
        // was named nowhere else, so its turns were read as colon lead-ins, cut at the
        // reports inside them.
        let t = "The director talked to the Harbour Times a week after the fire.\n\n\
                 Harbour Times: When will the ferries sail again?\n\n\
                 Moro: Not before every beam has been checked. The engineers told me that they need ten more days.\n\n\
                 Harbour Times: Will anyone lose their job?\n\n\
                 Moro: If the review finds that we made mistakes, I will take responsibility.\n";
        let q = show(t);
        let moro: Vec<_> = q.iter().filter(|q| q.3.as_deref() == Some("Moro")).collect();
        assert_eq!(moro.len(), 2, "{q:?}");
        assert!(moro.iter().all(|q| q.0 == QuoteKind::Direct), "{q:?}");
        assert!(moro[0].1.ends_with("ten more days."), "{q:?}");
        // with no speaker's turn between its own, a label named nowhere else opens no turn
        let t = "Moro: Not before every beam has been checked. The engineers told me that they need ten more days.\n\n\
                 Moro: If the review finds that we made mistakes, I will take responsibility.\n";
        assert!(show(t).iter().all(|q| q.0 != QuoteKind::Direct), "{:?}", show(t));
    }

    #[test]
    fn a_second_clause_after_and_has_its_own_subject() {
        // Noticed while testing coordinated cues: "Ada Lind met the board and the union said …"
        // gave the whole first clause as the speaker.
        let q = show("Police arrested two men on Monday and a spokesman said more arrests were likely.");
        assert_eq!(q[0].3.as_deref(), Some("a spokesman"), "{q:?}");
        // two subjects joined by "and" stay one speaker
        let q = show("The mayor of Kellby and the union said the deal was dead.");
        assert_eq!(q[0].3.as_deref(), Some("The mayor of Kellby and the union"), "{q:?}");
        let q = show("The board noted that both Lind and Berg were referring to old figures.");
        assert!(q.iter().all(|q| q.3.as_deref() != Some("Berg")), "{q:?}");
    }

    #[test]
    fn a_citing_phrase_after_a_report_s_cue_names_the_relayed_speaker() {
        // Found on a political report of the project's own: "…, the Orlen Daily reported,
        // citing an aide as saying." kept the paper as the speaker.
        let q = find_quotes("Lund will resign on Friday, the Orlen Daily reported, citing an aide as saying.");
        let t = "Lund will resign on Friday, the Orlen Daily reported, citing an aide as saying.";
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].source.map(|r| &t[r.start..r.end]), Some("an aide"));
        assert_eq!(q[0].relayed_by.map(|r| &t[r.start..r.end]), Some("the Orlen Daily"));
        // what is cited as a reason is no speaker
        let t = "Fares will rise in May, the operator said, citing rising fuel costs.";
        let q = find_quotes(t);
        assert_eq!((q[0].source.map(|r| &t[r.start..r.end]), q[0].relayed_by), (Some("the operator"), None), "{q:?}");
    }

    #[test]
    fn a_verb_of_speech_right_after_a_quotation_comes_before_a_later_general_cue() {
        // Found on PolNeAR's train split: "describe", later in the sentence, had become the cue
        // and "using an expletive to" its speaker.
        let q = show("“They closed the pier for nothing,” the fisherman shouted, using a curse to describe the harbour board.");
        assert_eq!((q[0].2.as_deref(), q[0].3.as_deref()), (Some("shouted"), Some("the fisherman")), "{q:?}");
        assert!(q.iter().all(|x| !x.3.as_deref().is_some_and(|s| s.starts_with("using"))), "{q:?}");
    }

    #[test]
    fn a_participle_s_report_is_spoken_by_its_sentence_s_subject() {
        // Found on PolNeAR's train split: the participle's own clause was the speaker.
        let q = show("Mayor Lind praised the ferry crews, while raising questions about the board's budget for the pier.");
        let raising = q.iter().find(|x| x.1.starts_with("the board's budget")).expect("the participle's report");
        assert_eq!(raising.3.as_deref(), Some("Mayor Lind"), "{q:?}");
        // Right after a comma, whatever its object ("holding multiple rallies a day").
        let q = show("He is touring the coast, holding multiple rallies a day in hopes of winning over the harbour workers.");
        let hopes = q.iter().find(|x| x.1.starts_with("winning over")).expect("the report of hopes");
        assert_eq!(hopes.3.as_deref(), Some("He"), "{q:?}");
        // "striking dockers" is a subject, not a participle's clause.
        assert_first_source("Striking dockers said the port owed them two months of wages.", "Striking dockers");
    }

    #[test]
    fn a_phrase_opening_the_sentence_is_not_reported_by_a_short_report_after_it() {
        // Found on PolNeAR's train split: "In the book" was what "considered" reported.
        for t in ["Throughout the 2000s, harbour owners feared the costs.", "In the book, Lind considered it."] {
            let q = show(t);
            assert!(q.iter().all(|x| !x.1.starts_with("Throughout") && !x.1.starts_with("In the")), "{q:?}");
        }
        // A whole clause before the comma still is: "The pier is safe, officials said."
        assert_first_source("The pier is safe again, harbour officials said.", "harbour officials");
    }

    #[test]
    fn a_participle_set_off_after_the_subject_reports_up_to_its_closing_comma() {
        // Found on PolNeAR's train split: the report ran on into the main clause's verb.
        let q = show("Harbour owners, fearing the costs of dredging, repeatedly failed to back the plan.");
        let fearing = q.iter().find(|x| x.2.as_deref() == Some("fearing")).expect("the participle's report");
        assert_eq!((fearing.1.as_str(), fearing.3.as_deref()), ("the costs of dredging", Some("Harbour owners")), "{q:?}");
    }

    #[test]
    fn a_name_set_off_before_the_cue_speaks_for_the_description_before_it() {
        // Found on PolNeAR's train split: "The head of the major Super PAC backing …, Mike
        // Murphy, praised …" gave the description's participle the rest of the sentence.
        let q = show("The head of the main port lobby backing the harbour plan, Ana Lind, praised the crews for finishing the pier.");
        let praised = q.iter().find(|x| x.2.as_deref() == Some("praised")).expect("the report of praise");
        assert_eq!(praised.3.as_deref(), Some("Ana Lind"), "{q:?}");
        assert!(q.iter().all(|x| !x.1.contains("Ana Lind")), "{q:?}");
    }

    #[test]
    fn a_time_opening_the_sentence_is_not_what_a_parenthetical_cue_reports() {
        // Found on PolNeAR's train split: "Six months ago, the senator said, the media …".
        let q = show("Six months ago, the harbour master said, the board considered the pier unsafe.");
        assert!(q[0].1.starts_with("the board considered"), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("the harbour master"), "{q:?}");
    }

    #[test]
    fn a_quotation_set_off_by_dashes_is_the_speaker_after_it() {
        // Found on PolNeAR's train split: "… praised his brother's faith - ''faith that …,''
        // he said - and argued …" gave the quotation to "praised" and "said" the words after
        // the second dash.
        for (open, close) in [("“", "”"), ("''", "''"), ("\"", "\"")] {
            let text =
                format!("Vell praised the harbour plan - {open}it works for every family on the quay,{close} he said - and left the hall.");
            let q = show(&text);
            let said = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the signed quotation");
            assert_eq!(said.1, format!("{open}it works for every family on the quay,{close}"), "{q:?}");
            assert_eq!(said.3.as_deref(), Some("he"), "{q:?}");
            assert!(q.iter().all(|x| !x.1.starts_with('-')), "{q:?}");
        }
    }

    #[test]
    fn an_irregular_past_ends_the_subject_of_a_coordinated_cue() {
        // Found on PolNeAR's train split: "Mrs. Clinton shook her head and said, ''No.''" had
        // no speaker ("shook" was read as part of a long subject).
        let q = show("Asked whether the pier would reopen, Mrs. Lind shook her head and said, “Not this year.”");
        let said = q.iter().find(|x| x.2.as_deref() == Some("said")).expect("the answer");
        assert_eq!(said.3.as_deref(), Some("Mrs. Lind"), "{q:?}");
        assert_first_source("The harbour master sat down and said the ferry would run again on Monday.", "The harbour master");
    }

    #[test]
    fn a_headline_under_a_name_and_colon_is_that_claimant_s() {
        // Found on PolNeAR's train split: "Clinton: I support D.C. statehood" had the pronoun
        // as the speaker, its cue being read as the headline's own (as "The Latest: Trump
        // urges …" has one).
        let text = "Harbour Union: Ferry Fees Will Double by Spring\n\nMayor Lind: I support keeping the pier open\n\nThe Latest: Ferry runs again after the storm\n\nBreaking: Harbour Board Sacks Its Chair";
        let q = show(text);
        let pairs: Vec<(&str, Option<&str>)> = q.iter().map(|x| (x.1.as_str(), x.3.as_deref())).collect();
        assert!(pairs.contains(&("Ferry Fees Will Double by Spring", Some("Harbour Union"))), "{q:?}");
        assert!(pairs.contains(&("I support keeping the pier open", Some("Mayor Lind"))), "{q:?}");
        // Editorial labels name no one.
        assert!(q.iter().all(|x| !x.1.starts_with("Ferry runs") && !x.1.starts_with("Harbour Board")), "{q:?}");
    }

    #[test]
    fn being_assured_persuaded_or_opposed_is_the_subject_s_own_stance() {
        // Found on PolNeAR's train split: "Clinton is now assured of winning at least 334 …",
        // "Mr. Autor … is still persuaded of the benefits …" were read as passives, with no speaker.
        assert_first_source("Lind is now assured of winning at least twelve of the harbour seats.", "Lind");
        assert_first_source("The harbour master is still persuaded of the benefits that the new pier brings.", "The harbour master");
        assert_first_source("The ferry crews are opposed to closing the northern pier this winter.", "The ferry crews");
    }

    #[test]
    fn a_participle_after_a_second_clause_speaks_for_that_clause_s_subject() {
        // Found on PolNeAR's train split: "Protest groups say …, and the American Civil
        // Liberties Union of Ohio has already sued the city over the rules, saying …" gave
        // the participle to the first clause's subject.
        let q = show("Ferry crews say the fares are too high, and the harbour union has taken the board to court, saying the rise breaks the contract.");
        let saying = q.iter().find(|x| x.2.as_deref() == Some("saying")).expect("the participle's report");
        assert_eq!(saying.3.as_deref(), Some("the harbour union"), "{q:?}");
    }

    #[test]
    fn portraying_invoking_promoting_and_apologising_report_a_stance() {
        // Verbs that PolNeAR's train split annotates as attributions more often than not
        // (each checked on train and dev before it joined the lexicon).
        for (text, cue, source) in [
            ("The union portrayed the harbour board as careless with public money.", "portrayed", "The union"),
            ("Lind invoked the old charter of the port in her speech to the council.", "invoked", "Lind"),
            ("The ferry line has long promoted the northern route to tourists.", "promoted", "The ferry line"),
            ("The mayor apologized for the delays at the northern pier.", "apologized for", "The mayor"),
            ("Dockers worry about the cost of the new cranes.", "worry about", "Dockers"),
            ("The harbour master laid out a plan to dredge the northern berth.", "laid out", "The harbour master"),
            ("The survey identified the northern pier as the weakest part of the harbour.", "identified", "The survey"),
            ("Lind delivered a blunt message to the harbour board on Monday.", "delivered", "Lind"),
            ("The ferry union focused on the night fares in its letter to the council.", "focused on", "The ferry union"),
            ("The engineers cast doubt on the schedule for the repairs.", "cast", "The engineers"),
        ] {
            assert_one_report(text, cue, source);
        }
    }

    #[test]
    fn a_question_put_when_asked_names_no_speaker() {
        // Found on PolNeAR's train split: "…, Sanders had said, “…,” when asked whether he
        // would …" was missed, or given the answer's speaker.
        let q = show("“We’ll see,” Lind had said when asked whether she would campaign for the harbour candidates.");
        let asked = q.iter().find(|x| x.2.as_deref() == Some("asked")).expect("the question put to her");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("whether she would campaign for the harbour candidates", None), "{q:?}");
        // Opening the sentence, the question ends at the comma.
        let q = show("But when asked how she would define the harbour board, Lind fought back.");
        assert_eq!(q[0].1, "how she would define the harbour board", "{q:?}");
        let q = show("Whenever asked about the ferry delays, they shifted to how the board was reacting.");
        assert_eq!((q[0].1.as_str(), q[0].3.as_deref()), ("the ferry delays", None), "{q:?}");
        // "once" is an adverb there: "Vell once defended the pier" has a speaker.
        assert_first_source("Vell once defended the old pier against the charges of neglect.", "Vell");
    }

    #[test]
    fn a_title_case_headline_s_cue_is_found_whatever_its_word() {
        // Found on PolNeAR's train split: "Bernie Sanders Promises Action On Immigration …",
        // "New Poll Shows Large Gap …", "Wyoming Republicans Support Sending …" had no
        // report: only a short list of capitalised cues ("Says", "Warns", …) was read there.
        let q = show("Harbour Workers Endorse Mayor Lind For A Second Term\n\nThe ferry crews met on Monday.");
        let pairs: Vec<(&str, Option<&str>, Option<&str>)> = q.iter().map(|x| (x.1.as_str(), x.2.as_deref(), x.3.as_deref())).collect();
        assert!(pairs.contains(&("Mayor Lind For A Second Term", Some("Endorse"), Some("Harbour Workers"))), "{q:?}");
    }

    #[test]
    fn a_participle_opening_the_sentence_reports_for_the_subject_after_its_phrase() {
        // Found on PolNeAR's train split: "Noting that only Sen. Mark Kirk voted with
        // Democrats …, Tester added: …" and "Expecting thousands for a protest …, Mr. Burke
        // said …": a capitalised participle was no cue. Its report ends with its phrase.
        let q = show("Noting that the pier had closed twice this winter, Mayor Lind said the repairs would start in May.");
        let pairs: Vec<(&str, Option<&str>, Option<&str>)> = q.iter().map(|x| (x.1.as_str(), x.2.as_deref(), x.3.as_deref())).collect();
        assert!(pairs.contains(&("that the pier had closed twice this winter", Some("Noting"), Some("Mayor Lind"))), "{q:?}");
        assert!(pairs.contains(&("the repairs would start in May", Some("said"), Some("Mayor Lind"))), "{q:?}");
    }

    #[test]
    fn what_a_video_shows_of_a_person_is_a_finding_not_a_tour() {
        // Found on PolNeAR's train split: "A video of the episode shows her clutching her
        // cellphone …" was read as a guide showing someone around.
        assert_first_source("A video of the meeting shows her leaving the harbour office in tears.", "A video of the meeting");
        // A guide showing visitors around still reports nothing.
        assert!(show("The harbour master shows them around the new pier every Sunday.").is_empty());
    }

    #[test]
    fn a_long_subject_that_opens_with_a_name_is_the_speaker() {
        // Found on PolNeAR's train split: "Ms. Toretti, Mrs. Rao and other prominent bundlers
        // in both parties said …" and "Republican activists clamoring to block Donald Trump
        // from the GOP nomination say …" were dropped: past eight words, only a capitalised run
        // right before the cue could be a speaker.
        assert_first_source(
            "Harbour Union members clamouring to keep the northern pier open for the winter say the fees are unfair.",
            "Harbour Union members clamouring to keep the northern pier open for the winter",
        );
        // A past verb before its object shows a clause of its own: its subject speaks.
        for text in [
            "Mayor Lind of the Harbour Party issued a long statement on Monday saying the pier would close.",
            "The harbour master of the northern pier filed a lawsuit in March alleging that the fees broke the law.",
        ] {
            let q = show(text);
            assert!(!q.is_empty() && q.iter().all(|x| !x.3.as_deref().unwrap_or("").contains("ed a ")), "{q:?}");
        }
    }

    #[test]
    fn signing_up_or_adding_up_reports_nothing() {
        // Found on PolNeAR's train split: "Some people signed up for a real estate class and
        // overpaid for it" was a report with "up for …" as its words.
        assert!(show("Some ferry crews signed up for the night shifts in March.").is_empty());
        assert!(show("The harbour accounts simply do not add up, and the fees keep rising.").is_empty());
    }

    #[test]
    fn a_question_put_in_the_passive_has_no_speaker_from_before() {
        // Found on PolNeAR's train split: "Former President Bill Clinton was asked what
        // happened to the black vote" took the speaker of the report before as the asker.
        let q = show("Mayor Lind said the pier would reopen in May. She was asked whether the fees would rise.");
        let asked = q.iter().find(|x| x.2.as_deref() == Some("asked")).expect("the question");
        assert_eq!((asked.1.as_str(), asked.3.as_deref()), ("whether the fees would rise", None), "{q:?}");
    }

    #[test]
    fn a_participle_after_a_cue_and_its_setting_has_that_cue_s_speaker() {
        // Found on PolNeAR's train split: "Trump's “excesses” are sickening, Hollande said
        // Tuesday in Paris, noting the Republican nominee “makes you want to retch.”" gave
        // the participle the sentence's subject.
        let q = show("The new fees are unfair, Mayor Lind said Tuesday in Selka, noting the ferry crews “cannot pay twice.”");
        let noting = q.iter().find(|x| x.2.as_deref() == Some("noting")).expect("the participle's report");
        assert_eq!(noting.3.as_deref(), Some("Mayor Lind"), "{q:?}");
    }

    #[test]
    fn a_dash_or_semicolon_after_a_cue_set_off_by_a_comma_closes_the_report() {
        // Found on PolNeAR's train split: "Such a move could alienate his backers, Clinton
        // allies believe — backers she will need …" and "To win the White House, candidates
        // probably need …, political analysts say; in 2012, …" reported the words after.
        for (text, content, source) in [
            (
                "The new fees could drive the crews away, harbour officials believe — crews the port will need in summer.",
                "The new fees could drive the crews away",
                "harbour officials",
            ),
            (
                "The pier will need a new deck within five years, engineers say; in 2019, the old one cracked.",
                "The pier will need a new deck within five years",
                "engineers",
            ),
        ] {
            assert_reports(text, content, source);
        }
    }

    #[test]
    fn a_verb_of_saying_after_the_words_inverts_before_its_named_speaker() {
        // Found on PolNeAR's train split: "A more subdued Bill Clinton may not be such a bad
        // thing either, say some Democrats, who cringe …" gave "A more" as the speaker of
        // "some Democrats", and "…, predicted Madeleine Kunin, the former Vermont governor"
        // reported the name.
        for (text, content, source) in [
            (
                "The northern pier may not reopen before the summer, say some harbour workers, who fear for their jobs.",
                "The northern pier may not reopen before the summer",
                "some harbour workers",
            ),
            (
                "The ferry line will raise its fares again in spring, predicted Ola Berg, the union's treasurer.",
                "The ferry line will raise its fares again in spring",
                "Ola Berg",
            ),
            // A relative clause on the speaker closes the speaker's phrase ("…, said a
            // handful of Democrats who point to his ties with labor.").
            (
                "The pier is the heart of the town, said a handful of dockers who have worked there for decades.",
                "The pier is the heart of the town",
                "a handful of dockers",
            ),
        ] {
            assert_reports(text, content, source);
        }
    }

    #[test]
    fn a_quotation_after_a_sentence_of_a_speaker_and_cue_is_that_speaker_s() {
        // Found on PolNeAR's train split: "…,” said Craig Robinson. Iowa State University's
        // Dianne Bystrom agreed. “Mainstream Republicans are running out of time …”" gave the
        // second quotation to Robinson, as a continuation of his.
        let q = show("“The fees are too high,” said Mayor Lind. Councillor Ola Berg agreed. “Nobody can pay twice for one crossing.”");
        let second = q.iter().find(|x| x.1.starts_with("“Nobody")).expect("the second quotation");
        assert_eq!((second.2.as_deref(), second.3.as_deref()), (Some("agreed"), Some("Councillor Ola Berg")), "{q:?}");
        // So in a paragraph of its own, where the quotation had no speaker at all.
        let q = show("“The fees are too high,” said Mayor Lind.\n\nCouncillor Ola Berg agreed. “Nobody can pay twice for one crossing.”");
        let second = q.iter().find(|x| x.1.starts_with("“Nobody")).expect("the second quotation");
        assert_eq!((second.2.as_deref(), second.3.as_deref()), (Some("agreed"), Some("Councillor Ola Berg")), "{q:?}");
        // The signature of the quotation before is no such sentence.
        let q = show("“The fees are too high,” Mayor Lind said. “Nobody can pay twice for one crossing.”");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("Mayor Lind")), "{q:?}");
    }

    #[test]
    fn a_relative_clause_with_commas_of_its_own_is_stepped_over() {
        // Found on PolNeAR's train split: the speaker before "who" or "whose", not the
        // place or the company named inside the clause.
        assert_first_source(
            "Dora Quist, who lost her shop in the flood at Vell, Ostmark, in May 2019, said that the council had ignored her letters.",
            "Dora Quist",
        );
        assert_first_source(
            "Mr. Aalto, whose latest company, Ferrodata, sells sensors to shipyards, said the harbour was badly run.",
            "Mr. Aalto",
        );
        // (one holding a quotation too)
        assert_reports("Lind, who calls the plan a “fantasy,” said the pier would stay shut.", "the pier would stay shut", "Lind");
        // A relative clause with no commas after a long subject: its head, not the outlet in it.
        assert_first_source(
            "Current and former aides who spoke with the Bay Courier on Monday said the office had become a shell of itself.",
            "Current and former aides",
        );
        // (a short one too, whose clause holds a cue of its own)
        assert_reports(
            "Berg and others who want to ban trawling said the ruling will make the choice between the two parties even more stark.",
            "the ruling will make the choice between the two parties even more stark",
            "Berg and others",
        );
    }

    #[test]
    fn a_fronted_clause_is_no_appositive_before_a_dashed_aside() {
        // "Even if …," opens the sentence; the subject follows its comma.
        assert_first_source(
            "Even if Lind cannot win in Ostmark, organisers in the next two towns — Vell and Kranby — said it is important that she close the gap.",
            "organisers in the next two towns",
        );
        // An opening phrase is no name either ("In fact, …").
        assert_reports(
            "In fact, none of the films she had named - made by a student group - showed the scene she described.",
            "the scene she described",
            "none of the films she had named",
        );
        // A lone relative pronoun before a dashed aside is the subject.
        assert_reports(
            "The claims match her new advert, which — as the columnist Ann Lie noted in the Courier — promises to “save the pier”.",
            "“save the pier”",
            "which",
        );
    }

    #[test]
    fn a_second_report_joined_by_and_ends_the_first() {
        let t = "One in three said the party does not care about the harbour and one in four said the party was hostile to the fishermen.";
        assert_reports(t, "the party does not care about the harbour", "One in three");
        assert_reports(t, "the party was hostile to the fishermen", "one in four");
        // Not two subjects of one verb.
        let t = "Berg said the films showed that Lind and Kranz wanted open borders.";
        assert_reports(t, "the films showed that Lind and Kranz wanted open borders", "Berg");
        let t = "Berg said many doubted her in Vell but that she and her staff never doubted each other.";
        assert_reports(t, "many doubted her in Vell but that she and her staff never doubted each other", "Berg");
    }

    #[test]
    fn a_name_after_a_subordinator_speaks_after_an_earlier_cue() {
        let t = "Kranz had a strong hour, denouncing the old regime after Lind said she is open to a deal with the port.";
        assert_reports(t, "she is open to a deal with the port", "Lind");
    }

    #[test]
    fn a_speaker_label_keeps_words_whose_own_cue_comes_late() {
        // "TRUMP: …": a cue deep in the words ("every Ostmarker feel") is no attribution of its own.
        let t = "LIND: The closures of two piers also make clear how much work we have to do to make every Ostmarker feel safe.";
        assert_one_report(t, ":", "LIND");
        // One right after its subject is ("The Latest: Lind urges …").
        let t = "Harbour news: Lind urges the council to reopen the pier by May.";
        assert_first_source(t, "Lind");
    }

    #[test]
    fn a_second_subject_after_and_follows_a_present_cue() {
        let t = "Lind wants the votes and the mayor wants to be a hero before the election.";
        assert_reports(t, "to be a hero before the election", "the mayor");
    }

    #[test]
    fn stances_campaigns_and_insinuations_are_cues() {
        // Found on PolNeAR's train split as attributions the lexicon lacked.
        assert_one_report("Mayor Lind has been critical of the harbour plan.", "critical of", "Mayor Lind");
        assert_reports("Berg went after the council for its handling of the flood.", "the council for its handling of the flood", "Berg");
        assert_one_report("Kranz insinuated that the audit had been rigged.", "insinuated", "Kranz");
        assert_one_report("Lind is pushing for a second inquiry into the collapse.", "pushing for", "Lind");
        assert_reports("The union made no secret of its wish to see the pier closed.", "its wish to see the pier closed", "The union");
        assert_reports("Lind shrugged off the criticism from the dockers.", "the criticism from the dockers", "Lind");
        assert_reports("Kranz disavowed the leaflet within hours.", "the leaflet within hours", "Kranz");
        assert_reports("Lind doubled down on her claim that the pier was safe.", "her claim that the pier was safe", "Lind");
    }

    #[test]
    fn an_inverted_speaker_may_open_with_a_lowercase_title() {
        // Found on PolNeAR's train split: "…, says political scientist Dossym Satpayev."
        let t = "Even the port has more pull through its ferries, says political scientist Ola Dahl in Vell.";
        assert_one_report(t, "says", "political scientist Ola Dahl");
    }

    #[test]
    fn another_speaker_a_short_object_before_quoted_words_and_at_least_a_count() {
        // Found on PolNeAR's train split, each with no report at all.
        // "added another" after a quotation names a speaker, not a goal.
        assert_one_report("“It is ours to lose at this point,” added another Vell councillor.", "added", "another Vell councillor");
        // A one-word object before one quoted word.
        assert_reports("On the radio, Jeb Lind called Kranz “unhinged.”", "Kranz “unhinged.”", "Jeb Lind");
        // "At least" opens a count, not a place.
        assert_one_report("At least 40 dockers said the pier was unsafe.", "said", "At least 40 dockers");
    }

    #[test]
    fn a_cue_with_a_that_clause_after_a_question_reports_the_clause() {
        // Found on PolNeAR's train split: the cue was read as the question's, and the clause
        // after it was lost.
        let t = "“As mayor, how do you bridge the divide?” Lind acknowledged that a rift does exist between the port and the town.";
        assert_reports(t, "that a rift does exist between the port and the town", "Lind");
        // A plain cue after a question still signs it.
        assert_one_report("“Will the pier hold?” Lind asked.", "asked", "Lind");
    }

    #[test]
    fn a_participle_after_a_parenthetical_cue_closes_the_report() {
        let t = "A win there would go a long way toward undermining the notion, his team believes, resulting in a rethink of the race.";
        assert_reports(t, "A win there would go a long way toward undermining the notion", "his team");
    }

    #[test]
    fn an_aside_cue_reports_the_clause_before_it_past_a_setting_or_a_time() {
        // Found on PolNeAR's train split: the words after the cue were taken for the report.
        let t = "It was never just about the pier, his aides argued in interviews this week; rather, it was the port.";
        assert_reports(t, "It was never just about the pier", "his aides");
        let t = "Her wins solidify her argument that she is popular across the coast, as Kranz's campaign manager suggested after she swept the south.";
        assert_reports(t, "Her wins solidify her argument that she is popular across the coast", "Kranz's campaign manager");
    }

    #[test]
    fn a_report_in_a_relative_clause_ends_at_the_main_clause_s_cue() {
        // Found on PolNeAR's train split: "Republicans who praised his candidacy warned on
        // Tuesday that …" reported "his candidacy warned on Tuesday that …" as the praise.
        let t = "Berg and others who want to ban trawling said the ruling will make the choice even more stark.";
        assert_reports(t, "to ban trawling", "who");
        assert_reports(t, "the ruling will make the choice even more stark", "Berg and others");
    }

    #[test]
    fn a_cue_in_a_relative_clause_on_the_speaker_does_not_sign_the_quotation() {
        // Found on PolNeAR's train split: the quotation was signed by "endorsed", its speaker "who".
        let t = "\"I am a delegate and I do not believe in delegates,\" Lind, who has not endorsed a candidate, told reporters in Vell.";
        let q = show(t);
        let direct = q.iter().find(|x| x.0 == QuoteKind::Direct).expect("the quotation");
        assert_eq!((direct.2.as_deref(), direct.3.as_deref()), (Some("told"), Some("Lind")), "{q:?}");
    }

    #[test]
    fn a_contracted_clause_after_the_cue_is_the_report() {
        // Found on PolNeAR's train split: the two words after the cue were too few, and the
        // clause before the comma was taken for the report.
        let t = "Even if Lind cannot win there, organisers in the next two towns said it’s important.";
        assert_one_report(t, "said", "organisers in the next two towns");
        assert_reports(t, "it’s important", "organisers in the next two towns");
    }

    #[test]
    fn a_pronoun_contracted_with_its_verb_is_a_coordinated_cue_s_subject() {
        // Found on PolNeAR's train split: "He’s comparing … and says …" had no report.
        let t = "He’s comparing the pier closure to the ferry strike and says the council is flouting the process.";
        assert_reports(t, "the council is flouting the process", "He");
    }

    #[test]
    fn polnear_a_poll_is_the_source_of_the_share_reporting_inside_it() {
        // Found on PolNeAR's train split: "In a … poll released Sunday, just 8 percent of
        // Democrats said …" gave the finding only to the share, not to the poll around it.
        let t = "In a Harbour Times poll released Sunday, 61 percent of islanders said they would back the ferry plan.";
        assert_reports(t, "61 percent of islanders said they would back the ferry plan", "a Harbour Times poll released Sunday");
        assert_reports(t, "they would back the ferry plan", "61 percent of islanders");
        // A study's named authors speak for it.
        let t = "In a study released Monday, two economists at the harbour institute found that fares had doubled.";
        assert_one_report(t, "found", "two economists at the harbour institute");
    }

    #[test]
    fn polnear_a_straight_closing_mark_ends_the_clause_before_an_inverted_cue() {
        // Found on PolNeAR's train split: with straight marks, the second half of a split
        // quotation took the first half as its speaker ("It's a difficult issue").
        let t = "\"It is a hard call,\" said the island senator, \"because it sets two rights against each other.\"";
        let q = show(t);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|x| x.3.as_deref() == Some("the island senator")), "{q:?}");
    }

    #[test]
    fn polnear_a_subordinate_clause_s_subject_takes_its_coordinated_cue() {
        // Found on PolNeAR's train split: "Some in the crowd booed, and when Rubio thanked
        // Miami and said …" gave the report to the crowd.
        let t = "The harbour crowd cheered when Lind spotted a banner and said the pier would reopen in May.";
        assert_reports(t, "the pier would reopen in May", "Lind");
        let t = "Dock workers never trusted him, because he favors longer shifts and opposes a pay rise.";
        assert_reports(t, "a pay rise", "he");
        // And a quotation after it.
        assert_first_source("The harbour crowd cheered when Lind spotted a banner and said, “The pier will reopen in May.”", "Lind");
    }

    #[test]
    fn polnear_a_stray_comma_between_a_name_and_its_cue() {
        // Found on PolNeAR's train split: "… after winning Ohio in the Republican presidential
        // primary, Gov. John Kasich (R-OH), said, “…”" gave the words to the fronted phrase.
        let t = "On Tuesday in Portvik, after winning the harbour primary, Gov. Ana Lind (R-NL), said, “The pier is closed.”";
        assert_first_source(t, "Gov. Ana Lind (R-NL)");
        assert_first_source("Gov. Ana Lind (R-NL), said, “The pier is closed.”", "Gov. Ana Lind (R-NL)");
        // An appositive place is no name of its own.
        assert_first_source("Ana Lind, of Portvik, Nordland, said, “The pier is closed.”", "Ana Lind");
    }

    #[test]
    fn polnear_a_doubled_single_mark_closes_a_quotation_before_its_cue() {
        // Found on PolNeAR's train split, in a paper that sets quotations in doubled straight
        // single marks: "The tax cut plans are ''profoundly irresponsible,'' said Steve Bell,
        // senior director …" reported the speaker's description as the words, and "…,'' Mr.
        // Garin said" took a mark into the speaker.
        let t = "The fare plans are ''deeply unwise,'' said Nils Berg, director of policy at the Harbour Institute.";
        assert_reports(t, "The fare plans are ''deeply unwise,''", "Nils Berg");
        assert!(show("''The ferry is late,'' Mr. Berg said, ''and the pier is shut.''").iter().all(|q| q.3.as_deref() == Some("Mr. Berg")));
    }

    #[test]
    fn polnear_the_subject_after_a_copula_and_its_wh_word() {
        // Found on PolNeAR's train split: "That is why critics say he had proposed to
        // "dismantle" the ACA." had no speaker.
        assert_reports("That is why critics say the ferry plan would fail.", "the ferry plan would fail", "critics");
        assert_reports("This is where harbour officials say the pier failed.", "the pier failed", "harbour officials");
        // "how" with an adjective after it is no opener of the subject.
        let q = show("Less clear is how hard Lind will work to support Berg.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("hard Lind will work to")), "{q:?}");
    }

    #[test]
    fn polnear_a_described_asker_puts_the_question() {
        // Found on PolNeAR's train split: "When asked by a reporter whether this differed
        // from …" had no one asking.
        let t = "When asked by a reporter whether the pier would close, Lind said, \"You tell me.\"";
        assert_reports(t, "whether the pier would close", "a reporter");
    }

    #[test]
    fn polnear_held_stances_are_cues() {
        // Found on PolNeAR's train split as stances the lexicon lacked ("Some top Democrats
        // are skeptical about Sanders's ability to …" had no report).
        assert_reports("Several dockers are skeptical about the council's ferry plan.", "the council's ferry plan", "Several dockers");
        assert_reports("The union has been dismissive of attempts to close the pier.", "attempts to close the pier", "The union");
        assert_reports("Lind was vocal about the need for a second inquiry.", "the need for a second inquiry", "Lind");
        assert_reports("The fishermen were furious at the harbour board.", "the harbour board", "The fishermen");
        assert_reports("Much of the council is hostile to the new toll.", "the new toll", "Much of the council");
    }

    #[test]
    fn polnear_voiced_distanced_sided_and_kindred_stances_are_cues() {
        // Found on PolNeAR's train split as stances the lexicon lacked ("Ryan voiced
        // displeasure with some of Trump's proposals" had no report).
        assert_reports("Lind voiced concern over the ferry timetable.", "concern over the ferry timetable", "Lind");
        assert_reports("Berg distanced himself from the harbour board.", "the harbour board", "Berg");
        assert_reports("The court sided with the striking dockers on the pay claim.", "the striking dockers on the pay claim", "The court");
        assert_reports("Officials attributed the delay to the storm.", "the delay to the storm", "Officials");
        assert_reports("The council unveiled a plan to rebuild the pier.", "a plan to rebuild the pier", "The council");
        assert_reports("Some fishermen have been sympathetic to the strike by the dockers.", "the strike by the dockers", "Some fishermen");
        assert_reports("Kranz is passionate about the old lighthouse on the point.", "the old lighthouse on the point", "Kranz");
        assert_reports("Mayor Lind makes no apologies for her candour about the port.", "her candour about the port", "Mayor Lind");
        let q = show("Ola Dahl, a former mayor and fierce critic of the toll and its exemptions, will chair the inquiry.");
        assert!(q.iter().any(|x| x.1.starts_with("the toll") && x.3.as_deref() == Some("Ola Dahl")), "{q:?}");
    }

    #[test]
    fn polnear_vouching_reflecting_and_looking_for_are_cues() {
        // Found on PolNeAR's train split as reports the lexicon lacked ("The governor
        // vouched for Trump and his family" had no report).
        assert_reports("The harbour master vouched for the new ferry crew.", "the new ferry crew", "The harbour master");
        assert_reports("Lind reflected on the lessons of the flood in her speech.", "the lessons of the flood", "Lind");
        assert_reports("Berg ticked off a long list of failures by the board.", "a long list of failures by the board", "Berg");
        assert_reports("The union is counting on the votes of the dockers.", "the votes of the dockers", "The union");
        assert_reports("Kranz was quick to point out that the pier had been inspected.", "that the pier had been inspected", "Kranz");
        assert_reports("The council is split on whether the pier should close.", "whether the pier should close", "The council");
        assert_reports("Lind is looking for a strong result in the northern wards.", "a strong result in the northern wards", "Lind");
        assert_reports("The mayor underscored the urgency of the repairs.", "the urgency of the repairs", "The mayor");
        assert_reports("Berg has been trumpeting his record on the harbour.", "his record on the harbour", "Berg");
        assert_reports("The audit exposed the board's failures on the pier.", "the board's failures on the pier", "The audit");
        assert_reports("Ola Dahl noticed that the ferry was late again.", "that the ferry was late again", "Ola Dahl");
        let q = show("The union released a statement on Monday, saying the pier was unsafe.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("released a statement") && x.3.as_deref() == Some("The union")), "{q:?}");
        // The setting set off after the cue is not what was said (it was "on" as the cue's
        // preposition and "Monday, saying …" as the words).
        assert!(q.iter().all(|x| !x.1.starts_with("Monday")), "{q:?}");
    }

    #[test]
    fn polnear_renouncing_gushing_and_pondering_are_cues() {
        // Found on PolNeAR's train split ("Some Germans are pondering whether refugees could
        // have been among the assailants" had no report).
        assert_reports("The party renounced the old harbour charter last year.", "the old harbour charter last year", "The party");
        assert_reports("Lind gushed about the new ferry and its crew.", "the new ferry and its crew", "Lind");
        assert_reports(
            "Some dockers are pondering whether the pier will ever reopen.",
            "whether the pier will ever reopen",
            "Some dockers",
        );
    }

    #[test]
    fn polnear_a_base_form_stance_takes_a_short_object() {
        // Found on PolNeAR's train split: "Republicans are more divided, although most oppose
        // it" and "Senate Republicans who oppose him" had no report; a short object counted
        // only after a past or -s form.
        assert_reports("The fishermen are split, although most oppose it.", "it", "most");
        assert_reports("Several councillors endorse Lind.", "Lind", "Several councillors");
        assert_reports("Few dockers criticize Berg.", "Berg", "Few dockers");
    }

    #[test]
    fn polnear_base_forms_point_to_and_push_for_are_cues() {
        // Found on PolNeAR's train split: the past and -s forms were cues, the base forms not.
        assert_reports(
            "Lind and her deputies point to the falling fares on the night ferry.",
            "the falling fares on the night ferry",
            "Lind and her deputies",
        );
        assert_reports(
            "The dockers will push for a second inquiry into the collapse.",
            "a second inquiry into the collapse",
            "The dockers",
        );
    }

    #[test]
    fn polnear_other_forms_of_kept_phrases_are_cues() {
        // Found on PolNeAR's train split: "voted against", "singled out", "balked at" and
        // "chimed in" were cues, their other forms not.
        assert_reports("Three councillors will vote against the new harbour toll.", "the new harbour toll", "Three councillors");
        assert_reports("Lind singles out the night ferry for praise.", "the night ferry for praise", "Lind");
        assert_reports("The dockers balk at the plan to close the northern pier.", "the plan to close the northern pier", "The dockers");
        assert_reports("Some fishermen may turn against the mayor over the toll.", "the mayor over the toll", "Some fishermen");
    }

    #[test]
    fn polnear_speaking_of_and_looking_forward_to_in_every_form() {
        // Found on PolNeAR's train split: "spoke of" and "looks forward to" were cues, their
        // other forms not.
        assert_reports("Lind speaks of a harbour that has lost its fleet.", "a harbour that has lost its fleet", "Lind");
        assert_reports("The dockers look forward to a new contract with the port.", "a new contract with the port", "The dockers");
    }

    #[test]
    fn polnear_commenting_recounting_proclaiming_and_affirming_are_cues() {
        // Found on PolNeAR's train split: "commented", "recounted", "proclaimed" and
        // "affirmed" were cues, these forms of them not.
        assert_reports(
            "Lind spoke for an hour, commenting that the ferry fares had doubled since May.",
            "that the ferry fares had doubled since May",
            "Lind",
        );
        assert_reports(
            "The skipper recounts how the storm tore the nets from the deck.",
            "how the storm tore the nets from the deck",
            "The skipper",
        );
        assert_reports(
            "The mayor proclaims that the harbour will reopen by spring.",
            "that the harbour will reopen by spring",
            "The mayor",
        );
        assert_reports(
            "The council affirms that the toll will stay at two crowns.",
            "that the toll will stay at two crowns",
            "The council",
        );
    }

    #[test]
    fn reported_words_do_not_open_with_a_passive_agent_or_a_bare_and() {
        // Found on PolNeAR's train split: "The film, written and directed by …" and "a fact
        // confirmed by the department" gave the agent as the words; "defended and minimized
        // the remarks" gave "and minimized the remarks".
        let t = "The harbour master defended and minimized the damage to the northern pier.";
        let q = show(t);
        assert!(q.iter().any(|x| x.1 == "the damage to the northern pier" && x.2.as_deref() == Some("defended and minimized")), "{q:?}");
        let t = "The report, written by a retired pilot, says the runway is too short.";
        let q = show(t);
        assert!(q.iter().all(|x| !x.1.starts_with("by ")), "{q:?}");
        assert_reports(t, "the runway is too short", "The report");
        // A means or a measure after "by" stays.
        assert_reports("Lind responded by pointing at the broken crane.", "by pointing at the broken crane", "Lind");
        assert_reports(
            "The survey found by 55%-41% that residents want the ferry to stay.",
            "by 55%-41% that residents want the ferry to stay",
            "The survey",
        );
        // A compound adjective after "by" is no gerund: the agent speaks of the subject.
        assert_reports("The ferry plan was hotly criticized by left-leaning economists.", "The ferry plan", "left-leaning economists");
    }

    #[test]
    fn a_verb_of_saying_reports_a_short_object() {
        // Found on PolNeAR's train split: "did not say when", "said so" and "said that" were
        // reports, dropped as too short for any verb but a stance verb.
        assert_reports("The port said the pier would reopen, but Lind did not say when.", "when", "Lind");
        assert_reports("Asked whether the toll would rise, Okafor said no.", "no", "Okafor");
        // A time alone is no report, and an interrupted sentence is reported whole.
        let q = show("The fleet left the harbour, the port said Thursday.");
        assert!(q.iter().all(|x| x.1 != "Thursday"), "{q:?}");
        assert_reports("This harbour, she says, is different.", "This harbour, she says, is different", "she");
    }

    #[test]
    fn adding_to_a_sum_is_no_report() {
        // Found on PolNeAR's train split: "adding to her delegate lead", "adds to the drama".
        let q = show("Lind won the northern wards, adding to her lead over the mayor.");
        assert!(q.iter().all(|x| !x.1.starts_with("to ")), "{q:?}");
        let q = show("The closure adds to the trouble at the port.");
        assert!(q.is_empty(), "{q:?}");
        // "added that" is still a report.
        assert_reports("Lind added that the pier would reopen.", "that the pier would reopen", "Lind");
    }

    #[test]
    fn a_statement_released_before_a_colon_introduces_the_quotation() {
        // Found on PolNeAR's train split: "President Clinton released the following
        // statement:" before a paragraph of quoted words gave them no speaker.
        let t = "When the captain died, Mayor Lind released the following statement:\n\n\
                 “Ana and I offer our condolences to his family. I remember working with him at the port.”\n";
        let q = show(t);
        assert!(
            q.iter().any(|x| x.1.starts_with("“Ana and I")
                && x.2.as_deref() == Some("released the following statement")
                && x.3.as_deref() == Some("Mayor Lind")),
            "{q:?}"
        );
        assert_reports(
            "The port authority put out a statement: “The pier is closed until May.”",
            "“The pier is closed until May.”",
            "The port authority",
        );
    }

    #[test]
    fn polnear_quotation_closing_tags_states_posted_answers() {
        // Found on PolNeAR's train split: "“…,” a voice-over in the ad states.", "“…,” she
        // posted." and "“…,” Bozell answers." gave the quotation no speaker, and a cue
        // inside it took over.
        let t = "\"They know Lind is the only one strong enough to fix the pier,\" a voice-over in the ad states.";
        assert_first_source(t, "a voice-over in the ad");
        assert_first_source("\"Putting the harbour first is the right call,\" she posted.", "she");
        assert_first_source("\"I can point to only two accomplishments,\" Berg answers.", "Berg");
        // Not the noun, nor a result.
        assert!(show("The firm posted a loss in the third quarter.").is_empty());
        let q = show("The answers came from nine states.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn a_speaker_is_never_inside_another_speaker_s_quotation() {
        // Found on PolNeAR's train split: "for fear of trouble" after the speaker took its
        // source from inside the quotation before it.
        let t = "\"After we came here, we realized it was all lies,\" said one owner of a shop that sells nets who declined to be named for fear of trouble with the port.";
        let q = show(t);
        assert!(q.iter().all(|x| x.3.as_deref() != Some("we realized it was all lies")), "{q:?}");
        assert_first_source(t, "one owner of a shop that sells nets");
    }

    #[test]
    fn polnear_loud_speech_verbs_and_a_closing_continued_are_cues() {
        // Found on PolNeAR's train split: "yelled", "barked", "boomed", "jeered",
        // "interjected", "thundered" and a closing "continued" gave quotations no speaker.
        assert_first_source("\"Go back to the ferry,\" Lind barked.", "Lind");
        assert_first_source("\"Out, out, out!\" the dockers yelled.", "the dockers");
        assert_first_source("\"Not the north pier,\" Berg interjected.", "Berg");
        let q = show("\"We will reopen the pier,\" the mayor continued. \"It will take a year.\"");
        assert!(q.len() == 2 && q.iter().all(|x| x.3.as_deref() == Some("the mayor")), "{q:?}");
        // Not going on with anything else.
        assert!(show("The fighting continued for a week.").is_empty());
        let q = show("Berg went on to say the toll was unfair.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn polnear_a_manner_of_speaking_after_a_quotation_and_words_read_on_a_thing() {
        // Found on PolNeAR's train split: "“This is fantastic!” beamed Donald Hartley", "“…,”
        // he laughed", and "One message read “…”" gave the quotation no speaker.
        assert_first_source("\"This is fantastic!\" beamed Ola Hart of Tessvik.", "Ola Hart of Tessvik");
        assert_first_source("\"We'll see,\" she sighed.", "she");
        assert_first_source("One message read: \"Anyone but the mayor.\"", "One message");
        assert_first_source("The sign read \"Ferries are for everyone, not for the rich\" in red letters.", "The sign");
        // Not away from a quotation.
        assert!(show("Berg laughed at the plan.").is_empty());
    }

    #[test]
    fn polnear_an_inverted_cue_interrupting_its_clause() {
        // Found on PolNeAR's train split: "And Trump, said Sunshine, who remains friendly
        // with her former boss, doesn't forgive or forget" gave only "And Trump" as the
        // words, and "The harbour, said Lind, …" made the subject the speaker.
        assert_reports("The harbour, said Lind, will reopen in May.", "The harbour, said Lind, will reopen in May", "Lind");
        assert_reports(
            "And the mayor, said Berg, who remains friendly with her former boss, does not forgive or forget.",
            "And the mayor, said Berg, who remains friendly with her former boss, does not forgive or forget",
            "Berg",
        );
        // An appositive after the speaker is no verb of the clause.
        assert_reports("The pier was unsafe, said Tomas Vell, the engineer.", "The pier was unsafe", "Tomas Vell");
    }

    #[test]
    fn polnear_clarifying_rebutting_and_other_verbs_of_saying_are_cues() {
        // Found on PolNeAR's train split: "clarified", "rebutted", "implored", "commended",
        // "contradicted", "confided" and "guessed" were cues.
        assert_reports("A port spokesman clarified that the mayor had misspoken.", "that the mayor had misspoken", "A port spokesman");
        assert_reports(
            "The union rebutted the claim that the dockers had walked out.",
            "the claim that the dockers had walked out",
            "The union",
        );
        assert_reports("Lind implored the councillors to keep the night ferry.", "the councillors to keep the night ferry", "Lind");
        assert_reports("The report contradicted what the harbour master said in May.", "what the harbour master said in May", "The report");
    }

    #[test]
    fn polnear_calculating_depicting_and_hypothesizing_are_cues() {
        // Found on PolNeAR's train split: "calculates that", "depicts", "taunted" and
        // "hypothesized" were cues.
        assert_reports(
            "The port office calculates that 4,000 workers will lose overtime.",
            "that 4,000 workers will lose overtime",
            "The port office",
        );
        assert_reports("The film depicts the harbour master hiding the logbook.", "the harbour master hiding the logbook", "The film");
        assert_reports(
            "The pollster hypothesized that the mayor could be replaced by her deputy.",
            "that the mayor could be replaced by her deputy",
            "The pollster",
        );
    }

    #[test]
    fn an_unnamed_answer_turn_holds_reports_of_its_own() {
        // Found on a Q/A interview: "A:" names no one, and the turn's own reports ("My staff
        // cautioned me …", "I said …") had no speaker but "A".
        let t = "Q: Were you surprised by the vote? Did the crews expect it?\n\nA: I am surprised. My staff cautioned me not to give that speech, but I said the crews were fine.\n\nQ: And the pier? Will it open?\n\nA: It will. I think the harbour will reopen in May.";
        assert_reports(t, "me not to give that speech", "My staff");
        assert_reports(t, "the crews were fine", "I");
        assert_reports(t, "the harbour will reopen in May", "I");
        // The turn itself stays the answer's.
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some(":") && x.3.as_deref() == Some("A") && x.1.starts_with("It will.")));
        // A named speaker's turn is one report, the speaker's.
        let t = "KERR: Were you surprised by the vote? Did the crews expect it?\n\nVELL: I am surprised. I said the crews were fine.\n\nKERR: And the pier? Will it open?\n\nVELL: It will. I think the harbour will reopen in May.";
        assert!(show(t).iter().all(|x| x.3.as_deref() != Some("I")), "{:?}", show(t));
    }

    #[test]
    fn two_titles_joined_by_and_before_an_inverted_speaker() {
        // Found on a campaign report: "…, said lobbyist and strategist Carl Black" read the
        // words as the speaker and the speaker as the words.
        let t = "The firm lobbied for the Lind Group on gaming and taxes, said lobbyist and strategist Carl Black, Berg's former partner.";
        assert_reports(t, "The firm lobbied for the Lind Group on gaming and taxes", "lobbyist and strategist Carl Black");
        let t = "The firm lobbied for the Lind Group on gaming and taxes, said lobbyist and HDP strategist Carl Black.";
        assert_reports(t, "The firm lobbied for the Lind Group on gaming and taxes", "lobbyist and HDP strategist Carl Black");
    }

    #[test]
    fn a_clause_set_off_on_the_setting_is_part_of_it() {
        // "said on Radio Vik, where he is a contributor, that …": the words start after "that".
        let t = "Moro said on Radio Vik, where he is now a paid contributor, that Berg should be held to account.";
        assert_reports(t, "that Berg should be held to account", "Moro");
        let t = "Moro said at the pier, when the ferries had left, that the crews were tired.";
        assert_reports(t, "that the crews were tired", "Moro");
        // After an appositive on the speaker too (it was read as "…, a rival, said on Radio
        // Vik," reporting the words before it).
        let t = "Corey Lind, a rival whom Berg fired, said on Radio Vik, where he is now a paid contributor, that Moro should be held to account.";
        assert_reports(t, "that Moro should be held to account", "Corey Lind");
    }

    #[test]
    fn a_present_tense_verb_after_the_cue_is_no_inverted_speaker() {
        // Found on a poll report: "…, 49%, say the sharing economy reflects an improvement"
        // read "the sharing economy reflects an improvement" as the speaker of "…, 49%".
        let t = "Nearly half, 49 percent, say the ferry service reflects an improvement on the old one.";
        assert_reports(t, "the ferry service reflects an improvement on the old one", "Nearly half");
        assert!(show(t).iter().all(|x| x.3.as_deref() != Some("the ferry service reflects an improvement")), "{:?}", show(t));
        // A plural noun in the speaker's phrase is no verb.
        assert_reports("The pier will close, says the heads of the crews.", "The pier will close", "the heads of the crews");
    }

    #[test]
    fn a_quantity_just_shy_of_a_share_speaks_and_a_lone_article_does_not() {
        // Found on a poll report: `Just shy of half, 49%, say the "sharing economy" reflects …`
        // gave the words to "the" (the phrase after the cue cut at the quotation mark).
        let t = "Just shy of half, 49%, say the \"ferry economy\" reflects an improvement on the old one.";
        assert_reports(t, "the \"ferry economy\" reflects an improvement on the old one", "Just shy of half");
        assert!(show(t).iter().all(|x| x.3.as_deref() != Some("the")), "{:?}", show(t));
        assert_reports("Just over a third say the pier should close.", "the pier should close", "Just over a third");
    }

    #[test]
    fn attacks_before_a_preposition_are_the_noun() {
        // "shrug off recent attacks from Cruz" had Cruz's words as "from Cruz" and the
        // subject as their speaker.
        for t in [
            "He has chosen to shrug off recent attacks from the harbour board.",
            "The mayor survived all the insane political attacks in the spring.",
            "Were there some personal attacks?",
        ] {
            assert!(show(t).iter().all(|x| x.2.as_deref() != Some("attacks")), "{t}: {:?}", show(t));
        }
        assert_reports("Lind attacks the harbour board over the toll.", "the harbour board over the toll", "Lind");
        // The noun with its target is a report: "her attacks on the board".
        assert!(show("The mayor cheered Lind’s attacks on the harbour board.").iter().any(|x| x.2.as_deref() == Some("attacks on")));
    }

    #[test]
    fn an_aside_after_a_conjunction_reports_the_clause_after_it() {
        // Found on a column: "given that, as The Times reported on Saturday, he has already
        // emerged as an adviser" reported "given that" and what came before.
        let t = "The mayor was lending to Lind, given that, as The Courier reported on Saturday, he has already emerged as an adviser.";
        assert_reports(t, "he has already emerged as an adviser", "The Courier");
        let t = "The board is nervous because, as Lind said, the pier will close in May.";
        assert_reports(t, "the pier will close in May", "Lind");
        // After a whole clause the aside reports the clause before it.
        assert_reports("The pier will close in May, as Lind said on Monday.", "The pier will close in May", "Lind");
    }

    #[test]
    fn a_short_subject_a_parenthetical_cue_and_an_auxiliary_make_one_report() {
        // Found on a feature: "The only problem, Ms. Bigbee said, is that …" reported the
        // subject alone; a predicate opening with its auxiliary goes with it, as a short one did.
        let t = "The only problem, Ms. Berg said, is that the pay is one-third less than before.";
        assert_reports(t, t.trim_end_matches('.'), "Ms. Berg");
        let t = "A new harbour master, he said, could set a new tone for the port.";
        assert_reports(t, t.trim_end_matches('.'), "he");
    }

    #[test]
    fn more_from_a_source_before_a_colon_names_it() {
        // "From the ministry: …" named its source; "More from the ministry: …" was a heading.
        assert_reports(
            "More from Lind: “The pier is a disgrace and the board knows it.”",
            "“The pier is a disgrace and the board knows it.”",
            "Lind",
        );
        assert_reports(
            "And from the ministry: the repairs will be paid from the national budget.",
            "the repairs will be paid from the national budget",
            "the ministry",
        );
    }

    #[test]
    fn a_suggestion_or_assurance_that_reports_its_clause() {
        // Found on PolNeAR's train split: "the suggestion that …" and "assurances that …" were
        // no cues, and their clauses no reports.
        assert_reports("Lind repeated her suggestion that the pier should close in May.", "the pier should close in May", "her");
        // (the verb before the noun is no part of the speaker)
        assert_reports("Berg gave assurances that the ferries would keep running.", "the ferries would keep running", "Berg");
        let q = show("The board offered a pledge that no crew would lose pay.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("a")), "{q:?}");
    }

    #[test]
    fn a_belief_or_report_that_reports_its_clause() {
        // Found on PolNeAR's train split: "his belief that …" was no cue, and "report that"
        // after an infinitive lost its clause to a later cue.
        assert_reports("Lind stood by his belief that there will be a second vote.", "there will be a second vote", "his");
        // ("was the first to" is no part of the speaker)
        assert_reports("The Courier was the first to report that Berg was dropping out.", "Berg was dropping out", "The Courier");
        assert_first_source("Lind was among the first to say the pier was unsafe.", "Lind");
    }

    #[test]
    fn base_forms_accuse_reply_and_stress_that() {
        // Found on PolNeAR's train split: the base forms after "will", "did not" or a
        // plural subject were no cues ("NBC News will accuse you of …").
        assert_reports("The unions accuse the board of hiding the cracks.", "the board of hiding the cracks", "The unions");
        assert_reports("Berg did not reply to the letter.", "to the letter", "Berg");
        assert_reports("Lind will stress that the pier is safe.", "the pier is safe", "Lind");
        // The noun is no cue.
        assert!(show("The constant stress is with me every day.").is_empty());
    }

    #[test]
    fn base_forms_before_that_or_whether_are_cues() {
        // Found on PolNeAR's train split: "Critics charge that …", "Trump and others
        // question whether …", "Experts note that …" had no report.
        assert_reports("Critics charge that the mayor skewed the harbour budget.", "the mayor skewed the harbour budget", "Critics");
        assert_reports("Some crews question whether the pier is safe.", "the pier is safe", "Some crews");
        assert_reports("Experts note that the beams are old.", "the beams are old", "Experts");
        assert_reports("Board members concede that the toll was a mistake.", "the toll was a mistake", "Board members");
        assert_reports("The unions demand that the pier be closed.", "the pier be closed", "The unions");
    }

    #[test]
    fn assume_suspect_and_figure_that_are_cues() {
        // Found on PolNeAR's train split: "his family assumed that …", "He figures that …".
        assert_reports("Her family assumed that the toll would be lifted.", "the toll would be lifted", "Her family");
        assert_reports("Many engineers suspect that the beams were never tested.", "the beams were never tested", "Many engineers");
        assert_reports("He figures that one more vote will do it.", "one more vote will do it", "He");
        // The noun is no cue.
        assert!(show("The suspect was named by police on Friday.").is_empty());
    }

    #[test]
    fn a_contrast_clause_is_a_report_of_its_own() {
        // Found on PolNeAR's train split: "more than half of white women preferred Clinton
        // while about 6 in 10 white men supported Sanders" was one report, the first group's.
        let t = "More than half of the riders preferred the ferry while most commuters supported the bridge.";
        assert_reports(t, "the ferry", "More than half of the riders");
        assert_reports(t, "the bridge", "most commuters");
        // A "while" of time is no new speaker: the words run on.
        assert_reports("Kerr praised the crews while she was mayor of Tessvik.", "the crews while she was mayor of Tessvik", "Kerr");
    }

    #[test]
    fn a_report_in_a_clause_opening_the_sentence_ends_at_its_comma() {
        // Found on PolNeAR's train split: "While Clinton has claimed that the videos exist,
        // foreign policy experts affirm that …" reported the main clause as Clinton's too.
        let t = "Although the harbour master said the ferry was late, the crew blamed the tide.";
        assert_reports(t, "the ferry was late", "the harbour master");
        assert_reports(t, "the tide", "the crew");
        let t = "While Mayor Dalia Kerr insisted that the pier was safe, engineers found new cracks in the beams.";
        assert_reports(t, "that the pier was safe", "Mayor Dalia Kerr");
        // An aside of saying reports the main clause.
        assert_reports("As the Courier reported on Friday, the pier will stay closed.", "the pier will stay closed", "the Courier");
    }

    #[test]
    fn a_no_break_space_after_a_told_hearer_does_not_panic() {
        // Found with PolNeAR's texts: the setting after "told"'s hearer was looked for one
        // byte past each space, inside a no-break space (two bytes), and slicing there panicked.
        assert_reports("Kerr told a crowd\u{a0}in Tessvik the news.", "a crowd\u{a0}in Tessvik the news", "Kerr");
        // Any space may be a wide one: no sentence of reports panics with them.
        let sentences = [
            "Kerr told a crowd in Tessvik the news.",
            "Mayor Dalia Kerr told reporters on Monday that the pier would reopen, the Courier reported.",
            "\"We left,\" said one owner of a shop that sells fishing gear who declined to be named.",
            "Although the harbour master said the ferry was late, the crew blamed the tide.",
            "According to the ministry, the toll will rise, while Lind told The Island Post last week it would not.",
        ];
        for s in sentences {
            for space in ['\u{a0}', '\u{2009}', '\u{3000}', '\u{202f}'] {
                let t = s.replace(' ', &space.to_string());
                let q = find_quotes(&t);
                assert!(q.iter().all(|x| t.is_char_boundary(x.content.start) && t.is_char_boundary(x.content.end)), "{t}");
            }
        }
    }

    #[test]
    fn a_relative_clause_after_a_reported_noun_phrase_is_no_part_of_it() {
        // Found on PolNeAR's train split: "admired Pope Francis, who preaches a message of …"
        // reported the relative clause as the admiration's words; PARC ends them at the name.
        let t = "Lind praised Mayor Dalia Kerr, who criticized the toll last week.";
        assert_reports(t, "Mayor Dalia Kerr", "Lind");
        assert_reports(t, "the toll last week", "who");
        assert_reports(
            "The council backed a review of the ferry contract, which allows the operator to raise fares.",
            "a review of the ferry contract",
            "The council",
        );
        // A reported clause keeps its subject's relative clause, and words before their cue
        // are all reported.
        assert_reports("Lind said the mayor, who was tired, would resign.", "the mayor, who was tired, would resign", "Lind");
        assert_reports(
            "The program, which was created in 1990, has grown too large, the auditors say.",
            "The program, which was created in 1990, has grown too large",
            "the auditors",
        );
    }

    #[test]
    fn publishing_reports_what_is_published_not_a_dated_document() {
        // Found on PolNeAR's train split: "The dean … published a letter strongly disputing
        // …", "Former Obama speechwriter Jon Favreau published “Why …”" had no report.
        assert_reports("The Harbour Courier published a letter from the crews.", "a letter from the crews", "The Harbour Courier");
        assert_reports("Lind published “Why the Pier Must Close” in the Courier.", "“Why the Pier Must Close” in the Courier", "Lind");
        // A participle dating a document is no report; the document's own cue reports.
        let q = show("A news report published Wednesday said the pier was unsafe.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("said"));
    }

    #[test]
    fn the_other_forms_of_kept_cues_are_cues() {
        // Found on PolNeAR's train split: "reaffirming that …", "scoffing …", "underlining …",
        // "rebutting …", "reprimanded …" had no report while other forms of the verbs did.
        assert_reports("The mayor reprimanded the harbour master for the delay.", "the harbour master for the delay", "The mayor");
        assert_reports("Lind underlined that the beams had been tested.", "that the beams had been tested", "Lind");
        assert_reports("Voss, rebutting the union's figures, said the toll was fair.", "the union's figures", "Voss");
        assert_reports("The minister reaffirms that the ferry will run.", "that the ferry will run", "The minister");
        assert_reports("Kerr opines that the toll is too high.", "that the toll is too high", "Kerr");
    }

    #[test]
    fn a_semicolon_before_another_speaker_ends_the_words() {
        // Found on PolNeAR's train split: "He proposes breaking up Wall Street banks …; she
        // backs tougher …" reported the second clause as his too.
        let t = "Kerr said the pier would reopen in May; the union said it would strike.";
        assert_reports(t, "the pier would reopen in May", "Kerr");
        assert_reports(t, "it would strike", "the union");
        assert_reports("He proposes breaking up the harbour board; she backs a smaller toll.", "breaking up the harbour board", "He");
    }

    #[test]
    fn a_new_clause_after_a_comma_and_ends_the_words() {
        // Found on PolNeAR's train split: "… considered a Twitter deal likely, and he renewed
        // that prediction last week …" reported the second clause too.
        let t = "The harbour master considered a new timetable likely, and he renewed that prediction last week.";
        assert_reports(t, "a new timetable likely", "The harbour master");
        // A second reported clause without the comma stays in the words.
        assert_reports(
            "Lind said the pier would reopen and the crews would return.",
            "the pier would reopen and the crews would return",
            "Lind",
        );
    }

    #[test]
    fn a_speaker_after_but_reports_the_words_after_the_cue() {
        // Found on a PolNeAR interview: "My staff cautioned me not to make that speech …, but
        // I said, hey, you've got to change the culture" gave "I" the staff's warning.
        let t = "My crew warned me not to sail that night, but I said, look, you have got to trust the hull.";
        assert_reports(t, "look, you have got to trust the hull", "I");
        assert_reports(t, "me not to sail that night", "My crew");
        // A report set off after "but" still reports the clause before it.
        assert_reports(
            "The pier may reopen in May, but not before the survey, Lind said.",
            "The pier may reopen in May, but not before the survey",
            "Lind",
        );
    }

    #[test]
    fn a_clause_joined_by_a_comma_alone_ends_the_words_before_it() {
        // Found on the same interview: "… wherever they want me, I said guys, I'm not going
        // in …" gave the second clause to "want", and lost "I said".
        let t = "I will sail wherever they want me, I said folks, I am not going to complain about the pier.";
        assert_reports(t, "folks, I am not going to complain about the pier", "I");
        assert_reports(t, "me", "they");
        // A colon after the cue is no part of the words.
        assert_reports("She kept saying: The pier is finished.", "The pier is finished", "She");
        // A phrase opening the words keeps the clause after its comma, and an aside set off
        // by commas ends nothing.
        assert_reports(
            "Vell says despite being a Tessvik native, she plans to back the port.",
            "despite being a Tessvik native, she plans to back the port",
            "Vell",
        );
        assert_reports("Kerr said the pier, she believes, will reopen in May.", "the pier, she believes, will reopen in May", "Kerr");
        // "kept", "began" and "started" before a cue are no part of its speaker.
        assert_reports("Vell began saying the toll was too high.", "the toll was too high", "Vell");
    }

    #[test]
    fn a_relative_clause_s_own_clause_and_its_antecedent_hold_the_speaker() {
        // Found on PolNeAR's train split: "… Ray Halbritter, who spearheaded the campaign …
        // because he claimed it was offensive …" gave the claim to "who", not "he".
        let t = "The club fought Tor Halberg, who led the campaign to rename the pier because he claimed it was offensive to fishermen.";
        assert_reports(t, "it was offensive to fishermen", "he");
        // "So even economists who favor consumption taxes agree that …": the main clause's
        // speaker is the noun before "who", and the relative clause's words end before it.
        let t = "So even harbour pilots who favor the new toll agree that the new fee will hurt.";
        assert_reports(t, "that the new fee will hurt", "harbour pilots");
        assert_reports(t, "the new toll", "who");
        // Set off by dashes, a relative clause's words end at the closing dash.
        assert_reports("On Monday, Vell—who had endorsed Kerr for mayor—will open the fair.", "Kerr for mayor", "who");
    }

    #[test]
    fn a_cue_word_used_as_a_noun_stays_in_a_long_subject() {
        // Found on PolNeAR's train split: "About two-thirds of Republican primary voters in all
        // five states voting Tuesday support …" had no speaker: "states" ended the phrase as if
        // it were a verb of saying, and only "Tuesday" was left.
        let t = "About two-thirds of harbour pilots in all five states voting Tuesday support closing the old pier.";
        assert_reports(t, "closing the old pier", "About two-thirds of harbour pilots in all five states voting Tuesday");
        let t = "Majorities of pilots in five states going to the polls Tuesday say they would accept the toll.";
        assert_reports(t, "they would accept the toll", "Majorities of pilots in five states going to the polls Tuesday");
    }

    #[test]
    fn seeming_takes_no_speaker_from_the_report_before() {
        // Found on PolNeAR's train split: "Early analysis shows Iowa polls may have missed …
        // New Hampshire seems stable" gave the seeming to "Early analysis"; the writer's
        // impression names no one.
        let t = "Early analysis shows the polls may have missed the results. The harbour vote seems stable, but that could change.";
        let q = show(t);
        let seems = q.iter().find(|x| x.2.as_deref() == Some("seems")).expect("the seeming");
        assert_eq!(seems.3, None, "{q:?}");
        assert_reports(t, "the polls may have missed the results", "Early analysis");
        let t = "Campaign aides said the average donation was small. Lind appears to be spending more as the vote nears.";
        assert!(show(t).iter().all(|x| x.2.as_deref() != Some("appears") || x.3.is_none()), "{:?}", show(t));
        // Nor does a participle that reads as a passive without its "be".
        let t = "Kerr said the toll was fair. The Selka Group, a think tank known for its harbour studies, had opposed it.";
        assert!(show(t).iter().all(|x| x.2.as_deref() != Some("known for") || x.3.is_none()), "{:?}", show(t));
    }

    #[test]
    fn records_that_show_set_off_by_commas_report_the_clause_before() {
        // Found on PolNeAR's train split: "The aircraft was insured at a value of $35 million
        // in 2011, records show, and aviation experts say …" lost the records' report.
        let t = "The ferry was insured for $35 million in 2011, harbour records show, and pilots say the sum was low.";
        assert_reports(t, "The ferry was insured for $35 million in 2011", "harbour records");
        assert_reports(t, "the sum was low", "pilots");
        // Never inverted: the words after the cue are no source.
        let t = "The Selka markets, where traders bet on the vote, show the mayor, Lind, even more likely to win.";
        assert!(show(t).iter().all(|x| x.3.as_deref() != Some("the mayor")), "{:?}", show(t));
    }

    #[test]
    fn a_view_set_off_by_commas_is_its_holder_s_report() {
        // Found on PolNeAR's train split: "In their view, Democrats could pick off …" and
        // "The only other necessary action, in Professor Knittel's view, would be …" were no one's.
        let t = "In their view, the port could win the vote if Kerr runs.";
        assert_reports(t, "the port could win the vote if Kerr runs", "their");
        let t = "The only other step, in Professor Ahl's view, would be more support for research.";
        assert_reports(t, "The only other step, in Professor Ahl's view, would be more support for research", "Professor Ahl's");
        // Not a view that is the object of a clause ("a change in his view of the port").
        assert!(show("There was a change in his view of the port.").is_empty());
    }

    #[test]
    fn a_relative_pronoun_that_is_the_cue_s_object_is_the_report() {
        // Found on PolNeAR's train split: "… Mr. Ryan's trade legislation - which he once
        // supported - and has embraced …" reported "- and has embraced …" for "supported".
        for t in [
            "He turned against the trade bill - which he once supported - and has embraced the toll.",
            "He turned against the trade bill, which he once supported, and has embraced the toll.",
            "He turned against the trade bill (which he once supported) and has embraced the toll.",
        ] {
            assert_reports(t, "which", "he");
        }
        // "which his colleague David French defended)": a longer subject.
        assert_reports("The plan (which his colleague Ola Berg defended) was dropped.", "which", "his colleague Ola Berg");
        // With no relative pronoun: a short phrase set off before the pronoun ("… the 2005
        // vote, something she opposed as a senator" reported "as a senator").
        let t = "Kerr has singled out the 2005 vote on the toll, something she opposed as a pilot.";
        assert_reports(t, "something", "she");
        assert_reports("The port chose the tunnel - a plan he supported - over the bridge.", "a plan", "he");
        // "supports" right after its subject and before a mark is a verb, not a noun.
        assert_reports("Kerr proposed a higher toll (which Lind also supports).", "which", "Lind");
        // After a number, before a name: "Men under 35 support Sanders by 4 points".
        assert_reports("Pilots under 35 support Kerr by 4 points.", "Kerr by 4 points", "Pilots under 35");
        // A clause after the cue is what it reports, not its object.
        let t = "The bill, which he told reporters would pass, failed.";
        assert!(show(t).iter().all(|x| x.1 != "which"), "{:?}", show(t));
    }

    #[test]
    fn a_participle_after_a_comma_speaks_for_the_clause_right_before_it() {
        // Found on PolNeAR's train split: "The fracas erupted just two months after the real
        // estate tycoon entered the race …, calling them rapists" gave the words to "The fracas".
        let t = "The row erupted two months after the harbour master entered the race with harsh words about the pilots, saying they were lazy.";
        assert_reports(t, "they were lazy", "the harbour master");
        // "Chastened by the analyses, Trump …, promising …": not the opening phrase.
        assert_reports("Stung by the audit, Lind revised her plan, promising to cut the toll.", "to cut the toll", "Lind");
    }

    #[test]
    fn a_negated_be_before_the_cue_is_no_speaker() {
        // Found on PolNeAR's train split: "Carl Tobias, a law professor …, wasn't optimistic
        // about …" and "… many conservative patriots aren't planning on voting …" gave the
        // words to "wasn't" and "aren't".
        let t = "Carl Ahl, a law professor at Vell who studies harbours, wasn't optimistic about the port reopening.";
        assert_reports(t, "the port reopening", "Carl Ahl");
        assert_reports("Many pilots aren’t planning on voting for the toll.", "voting for the toll", "Many pilots");
    }

    #[test]
    fn a_where_clause_holds_its_own_speaker() {
        // Found on PolNeAR's train split: "… in a state where polls show Mrs. Clinton slightly
        // trailing …" gave the finding to the whole phrase before "show".
        assert_reports("He campaigned in a state where polls show Lind slightly trailing Kerr.", "Lind slightly trailing Kerr", "polls");
    }

    #[test]
    fn questions_put_to_the_subject_are_no_one_s() {
        // Found on PolNeAR's train and dev splits: "Trump has faced questions about …" and "a
        // debate dominated by questions about …" gave the questions to the one they were put to.
        let q = show("Kerr faced questions about the toll at the meeting.");
        assert!(q.iter().any(|x| x.2.as_deref() == Some("questions about") && x.3.is_none()), "{q:?}");
        // Raising them is asking them.
        assert_reports("The audit raised questions about the toll.", "the toll", "The audit");
    }

    #[test]
    fn a_passage_s_opening_mark_is_no_part_of_its_first_subject() {
        // A paragraph of a passage quoted at length opens with a mark it leaves open: the
        // participle's speaker is the subject after the mark.
        assert_reports("\"Kerr walked onto the stage, saying the pier would reopen.", "the pier would reopen", "Kerr");
    }

    #[test]
    fn a_pronoun_s_report_in_the_same_clause_as_an_earlier_cue_is_part_of_its_words() {
        // Found on PolNeAR's train split: reports whose pronoun subject came more than a few
        // words after another cue, in its words and its clause ("… said in a statement
        // Tuesday the plan he backs …"), were reported again on their own ("would fall" as
        // what she backs).
        let t = "Lind said at the long meeting in Vell on Monday night the toll she backs would fall.";
        let q = show(t);
        assert!(q.iter().all(|x| x.3.as_deref() != Some("she")), "{q:?}");
        assert!(q.iter().any(|x| x.3.as_deref() == Some("Lind") && x.1.ends_with("the toll she backs would fall")), "{q:?}");
        // Another clause is a report of its own.
        assert_reports("Kerr proposes breaking up the harbour board; she backs a smaller toll.", "a smaller toll", "she");
    }

    #[test]
    fn a_phrase_before_the_subject_is_the_subject_s_past_a_relative_clause_a_conjunction_or_a_quotation() {
        // Found on PolNeAR's train split: "After thanking the raucous crowd, which …, he
        // touted …", "And in explaining why …, Clinton described …" and "Remarking upon
        // Clinton's "genuine empathy," Starr said …" gave the participle no speaker, and its
        // words ran on into the main clause.
        assert_reports("After thanking the crowd, which chanted her name, Lind touted how far her campaign had come.", "the crowd", "Lind");
        assert_reports(
            "And in explaining why the bridge had not been built, Lind described a rigged system.",
            "why the bridge had not been built",
            "Lind",
        );
        assert_reports("Remarking upon Lind's \"genuine empathy,\" Berg said she would win.", "upon Lind's \"genuine empathy,\"", "Berg");
        // A clause with its own subject speaks for itself ("Although Mr. Brown does not plan to
        // endorse …, he …" gave the endorsing to "he").
        assert_reports(
            "Although Berg does not plan to endorse Lind from his pulpit, which is controversial, he shows his support.",
            "Lind from his pulpit",
            "Berg",
        );
        // A noun after a determiner is no participle.
        let q = show("And at the urging of his wife, Ada Berg, he has been talking to his aides.");
        assert!(q.iter().all(|x| x.3.as_deref() != Some("Ada Berg")), "{q:?}");
    }

    #[test]
    fn a_time_without_a_comma_opens_the_sentence_before_its_subject() {
        // Found on PolNeAR's train split: "On Sunday morning Mr. Trump made a third attempt …,
        // writing on Twitter that …" gave the participle no speaker.
        assert_reports(
            "On Sunday morning Mr. Berg made a third attempt to deflect the criticism, writing on Twitter that the real issue was the toll.",
            "that the real issue was the toll",
            "Mr. Berg",
        );
    }

    #[test]
    fn a_year_cut_short_opens_no_quotation() {
        // Found on PolNeAR's train split: "said in ‘08 that …" read the mark as opening a
        // quotation that an apostrophe in the next one closed, and found no report in either.
        let t = "Ada Lind said in ‘08 that the ferries would return. “I do sense that the town’s patience is thin,” she said.";
        assert_reports(t, "that the ferries would return", "Ada Lind");
        assert_reports(t, "“I do sense that the town’s patience is thin,”", "she");
    }

    #[test]
    fn a_setting_or_an_act_after_a_final_cue_leaves_the_words_before_it() {
        // Found on PolNeAR's train split: "…, Mr. Rubio said in his 2012 book, ''An American
        // Son.''" and "…, journalist Martha Raddatz said in posing the question to Christie."
        // reported the setting as the words.
        assert_reports(
            "The war dampened plans to return home, Berg said in his 2012 book, ''A Harbour Son.''",
            "The war dampened plans to return home",
            "Berg",
        );
        assert_reports(
            "Many voters found the plan offensive, the host Ada Kerr said in posing the question to Lind.",
            "Many voters found the plan offensive",
            "the host Ada Kerr",
        );
        // A clause after the act is the report: "said while visiting Vell that …".
        let q = show("Lind said while visiting Vell that the ferries would return.");
        assert!(q.iter().any(|x| x.1.ends_with("that the ferries would return") && x.3.as_deref() == Some("Lind")), "{q:?}");
    }

    #[test]
    fn two_apostrophes_closing_the_words_are_no_part_of_the_speaker() {
        // Found on PolNeAR's train split: "… his speeches as ''little talks,'' he told …" gave
        // the second apostrophe to the speaker ("' he").
        assert_reports(
            "The pier will open in May and the toll will fall for ''every family,'' Lind said.",
            "The pier will open in May and the toll will fall for ''every family,''",
            "Lind",
        );
    }

    #[test]
    fn a_participle_s_phrase_may_run_long_but_a_participle_deep_in_a_phrase_is_not_the_subject_s() {
        // Found on PolNeAR's train split: "But in describing the plan as … understood it, the
        // journalists are missing …" (eighteen words before the comma) gave the describing
        // to the subject of the sentence before, and "Following the release of a new video
        // from the terrorist group threatening an attack …, Trump called …" gave the threat
        // to Trump.
        assert_reports(
            "But in describing the toll as a short-lived fad that drivers would reject if they only understood it, the columnists are missing the point.",
            "the toll as a short-lived fad that drivers would reject if they only understood it",
            "the columnists",
        );
        let q = show("Following the release of a video from the group threatening an attack on the pier, Lind called on the board to act.");
        assert!(q.iter().all(|x| !(x.2.as_deref() == Some("threatening") && x.3.as_deref() == Some("Lind"))), "{q:?}");
    }

    #[test]
    fn championing_is_a_stance() {
        // Found on PolNeAR's train split, where half the uses of "championed" are cues.
        assert_reports("Lind has championed the plan to close the pier.", "the plan to close the pier", "Lind");
    }

    #[test]
    fn a_passive_s_agent_may_follow_a_setting_a_hearer_or_an_adverb() {
        // Found on PolNeAR's train split: "Clinton's position was supported Friday by Sen.
        // Dianne Feinstein …" and "Manafort was recommended to Trump most forcefully and
        // effectively by their longtime mutual friend …" reported "Friday by …" with no speaker.
        assert_reports("The plan was supported Friday by Ada Kerr, the ranking member of the board.", "The plan", "Ada Kerr");
        assert_reports("Berg was recommended to Lind most forcefully by their old friend Ivo Kerr.", "Berg", "their old friend Ivo Kerr");
        // What was asked is no setting: "was asked about the toll by reporters" is not the
        // subject's report by the reporters.
        let q = show("Lind was asked about the toll by reporters.");
        assert!(q.iter().all(|x| x.1 != "Lind"), "{q:?}");
    }

    #[test]
    fn the_subject_of_a_copula_before_according_to_is_the_report() {
        // Found on PolNeAR's train split: "That’s according to fundraising reports through
        // Jan. 31 that …" reported ". 31 that …" as the words of "fundraising reports through Jan".
        let t = "That’s according to harbour office reports through Jan. 31 that the board is filing on Saturday.";
        let q = show(t);
        assert!(q.iter().any(|x| x.1 == "That" && x.3.as_deref().is_some_and(|s| s.ends_with("the board is filing"))), "{q:?}");
        assert_reports("That is according to the harbour office.", "That", "the harbour office");
    }

    #[test]
    fn a_relative_object_s_clause_may_close_with_an_adverb_of_time() {
        // Found on PolNeAR's train split: "Ronald Reagan, whom Obama mentioned later in his
        // speech …" gave "later in his speech …" to "whom Obama".
        assert_reports("The hero of the night was Ivo Kerr, whom Lind mentioned later in her speech.", "whom", "Lind");
    }

    #[test]
    fn a_dateline_may_name_its_place_in_title_case_before_the_agency() {
        // Found on PolNeAR's train split: "New York (AFP) – Vice President Joe Biden on Monday
        // hit the … trail …, trashing Donald Trump … and accusing him of …" gave the
        // participles no speaker, the dateline read as the subject.
        let t = "New Haven (Coastline Wire) – Vice Mayor Ada Kerr on Monday hit the campaign trail with Lind, trashing Berg as unqualified and accusing him of endangering the crews.";
        assert_reports(t, "him of endangering the crews", "Vice Mayor Ada Kerr");
        // A party in brackets after a name is no agency.
        assert_reports("Ada Lind (Labour) – the mayor of Vell – said the pier would reopen.", "the pier would reopen", "Ada Lind (Labour)");
    }

    #[test]
    fn a_lone_conjunction_or_article_names_no_speaker() {
        // Found on a court report: "…, and requested another month" read "and" as the
        // speaker of the clause before it.
        let t = "Lawyers for the port authority said that they would miss the deadline, and requested another month.";
        let q = show(t);
        assert!(q.iter().all(|x| x.3.as_deref() != Some("and")), "{q:?}");
        assert!(
            q.iter()
                .any(|x| x.1.starts_with("that they would miss the deadline") && x.3.as_deref() == Some("Lawyers for the port authority")),
            "{q:?}"
        );
    }

    #[test]
    fn a_preposition_s_relative_clause_has_a_subject_of_its_own() {
        // Found on a campaign report: "an electorate in which 67 percent of voters say she is
        // not honest" read the whole sentence up to "voters" as the speaker, and dropped it.
        let t = "The mayor faces a council in which most members say the toll is unfair.";
        assert_reports(t, "the toll is unfair", "most members");
        let t = "Lind spoke at a rally at which point the crowd chanted \"Open the pier!\"";
        assert_reports(t, "\"Open the pier!\"", "the crowd");
    }

    #[test]
    fn a_comparison_opening_the_sentence_is_no_speaker() {
        // Found on a Senate report: "Like Corker, Menendez also rejected …, arguing that …"
        // gave the participle's report to "Like Corker".
        let t = "Like Berg, Moro also rejected the notion that the council could drop the toll, arguing that there is \"room for the crews\" in the plan.";
        assert_reports(t, "that there is \"room for the crews\" in the plan", "Moro");
        assert!(show(t).iter().all(|x| !x.3.as_deref().is_some_and(|s| s.starts_with("Like"))), "{:?}", show(t));
    }

    #[test]
    fn a_time_phrase_before_the_subject_is_no_report() {
        // Found on a memoir: "Shortly after my sentence, Eric Holder announced his
        // resignation." reported "Shortly after my sentence".
        for t in ["Shortly after the vote, Ada Kerr announced her resignation.", "Days before the vote, Ada Kerr announced her plans."] {
            assert!(show(t).iter().all(|x| !x.1.ends_with("the vote")), "{:?}", show(t));
        }
    }

    #[test]
    fn an_adverb_or_preposition_set_off_before_the_subject_is_no_speaker() {
        // Found on a campaign report and an affidavit: a coordinated cue's subject was read as
        // "Publicly" and "Beyond the security-camera footage".
        assert_reports("Privately, the aides met the crews and said that the toll would fail.", "that the toll would fail", "the aides");
        let t = "Beyond the camera footage, the affidavit cited interviews with Moro and said that Berg had seen bruises on her arm.";
        assert_reports(t, "that Berg had seen bruises on her arm", "the affidavit");
    }

    #[test]
    fn an_aside_in_brackets_before_an_adverb_and_the_cue_is_no_part_of_the_speaker() {
        // Found on a campaign column: "Advisers to a rival campaign (that would be …) even
        // suggest …" found no speaker.
        let t = "Advisers to a rival campaign (that would be Mayor Ada Kerr) even suggest a surging challenger might be able to edge past Berg.";
        assert_reports(t, "a surging challenger might be able to edge past Berg", "Advisers to a rival campaign");
        // A party's bracket stays with the name.
        assert_reports("Sen. Ada Kerr (R-Vell) also said the pier would reopen.", "the pier would reopen", "Sen. Ada Kerr (R-Vell)");
    }

    #[test]
    fn a_long_participle_phrase_opening_the_sentence_speaks_for_its_subject() {
        // Found on a column: "Citing last week's attack as a wake-up call for … and their
        // “reveries about …,” Will urged …" (23 words) gave the citing no speaker.
        let t = "Citing last week's storm as a wake-up call for the people of the town and their \"dreams about treating the council as a club for old friends,\" Moro urged the voters to abandon all outsider candidates.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("Citing") && x.3.as_deref() == Some("Moro")), "{:?}", show(t));
    }

    #[test]
    fn a_verb_s_phrase_before_an_infinitive_cue_is_no_speaker() {
        // Found on campaign reports: "…, even went on CNN to declare Clinton the winner" and
        // "The National Rifle Association, which has endorsed Trump, used the comments to
        // urge …" read the verb's phrase as the speaker.
        let t = "The Anglers' Union, which has endorsed Berg, used the comments to urge people to vote for him.";
        assert_reports(t, "people to vote for him", "The Anglers' Union");
        assert_reports(
            "Ada Kerr, a longtime ally of Berg, even went on Radio Vik to declare Berg the winner.",
            "Berg the winner",
            "Ada Kerr",
        );
        // A participle before its noun is no verb: "retired Gen. …".
        assert_reports(
            "The pier is unsafe, said retired harbour master Ola Berg.",
            "The pier is unsafe",
            "retired harbour master Ola Berg",
        );
    }

    #[test]
    fn an_it_standing_for_the_clause_after_names_no_speaker() {
        // Found on columns: "It's easy to criticize …", "it's worth pointing out that …" and
        // "It is important to note that …" gave the words to "It's easy to".
        for (t, content) in [
            ("It's easy to criticize the length of the council's meetings.", "the length of the council's meetings"),
            ("It is important to note that the court has ruled only on the first appeal.", "the court has ruled only on the first appeal"),
        ] {
            let q = show(t);
            assert!(q.iter().any(|x| x.1 == content && x.3.is_none()), "{q:?}");
        }
        // A real subject after "it is" stays one: "it is steering clear of …".
        assert!(!crate::source::expletive_it("it is steering clear") && crate::source::expletive_it("It is far"));
    }

    #[test]
    fn a_statement_assertion_or_warning_that_is_a_report() {
        // Found on PolNeAR's train split: "Mr. Trump's assertion that …", "the judges'
        // statement that …" and "budget hawks' warnings that …" were no cues.
        for (t, src) in [
            ("Kerr's assertion that the pier is safe angered the crews.", "Kerr's"),
            ("The budget office's warnings that the toll would rise went unheeded.", "The budget office's"),
            ("Berg repeated his statement that the crews would strike on Monday.", "his"),
        ] {
            let q = show(t);
            assert!(q.iter().any(|x| x.3.as_deref() == Some(src) && x.2.as_deref().is_some_and(|c| c.ends_with(" that"))), "{q:?}");
        }
    }

    #[test]
    fn a_circumstance_after_the_cue_may_be_followed_by_a_reason() {
        // Found on a campaign report: "Outright victory is vital, he said after meeting
        // Thursday with Trump aides, because he said …" reported the circumstance.
        let t = "Outright victory is vital, he said after meeting Thursday with Kerr aides, because he said the council leaders appear determined to stop him.";
        assert_reports(t, "Outright victory is vital", "he");
        assert_reports(t, "the council leaders appear determined to stop him", "he");
    }

    #[test]
    fn a_dash_closing_an_aside_is_no_part_of_the_speaker() {
        // Found on a campaign report: "… - “does she have to …?” - Democrats in Iowa who
        // watched the debate said …" gave the speaker as "- Democrats in Iowa …".
        let t = "And although the mayor lamented her errors - \"does she have to keep making them?\" - fishermen in Vell who watched the debate said they were unfazed by the row.";
        assert_reports(t, "they were unfazed by the row", "fishermen in Vell who watched the debate");
    }

    #[test]
    fn an_adjective_or_verb_before_an_infinitive_cue_is_no_part_of_the_speaker() {
        // Found on PolNeAR's train split: "McConnell was quick to embrace …", "He continues to
        // insist that …" and "Progressives tend to favor …" kept the verb in the speaker.
        assert_reports("Kerr was quick to embrace the plan after the vote.", "the plan after the vote", "Kerr");
        assert_reports("He continues to insist that he will fight on.", "that he will fight on", "He");
        assert_reports("The crews tend to favor a lower toll.", "a lower toll", "The crews");
    }

    #[test]
    fn the_owner_of_a_refusal_before_an_infinitive_cue_speaks() {
        // Found on PolNeAR's train split: "Trump's refusal to endorse Ryan …" gave the
        // speaker as "Trump's refusal to".
        let t = "Berg's refusal to endorse the toll angered the crews.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("endorse") && x.3.as_deref() == Some("Berg's")), "{:?}", show(t));
        let t = "His positions on the pier and his reluctance to embrace the toll cost him votes.";
        assert!(show(t).iter().all(|x| x.3.as_deref().is_none_or(|s| !s.ends_with(" to"))), "{:?}", show(t));
    }

    #[test]
    fn a_relative_object_s_clause_has_a_subject_of_its_own() {
        // Found on PolNeAR's train split: "Ryan wasn't the only Republican whom Trump refused
        // to endorse" gave the speaker as the whole phrase up to "Trump".
        let t = "Berg was not the only skipper whom Kerr refused to endorse.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("refused") && x.3.as_deref() == Some("Kerr")), "{:?}", show(t));
        let t = "The crews asked for a vote, a request which she has, so far, refused to consider.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("refused") && x.3.as_deref() == Some("she")), "{:?}", show(t));
    }

    #[test]
    fn a_quotation_closed_after_the_comma_belongs_to_the_clause_before_a_participle_s() {
        // Found on a campaign report: "When Maddow pointed out that Sanders refers to it as
        // "Medicare for all," Clinton seized upon the reference, repeating …" gave the
        // repeating to Sanders.
        let t = "When the host pointed out that Berg calls it \"a toll for all,\" Kerr seized upon the phrase, repeating her line that the plan would hurt the crews.";
        assert_reports(t, "her line that the plan would hurt the crews", "Kerr");
    }

    #[test]
    fn an_obligation_a_lone_only_and_a_speaker_s_employer_are_no_speakers() {
        // Found on PolNeAR's train split: "Sanders … has to show that …" gave "Sanders has
        // to", "a spokesman for Bernie Sanders could only quip: “…”" gave "… could only",
        // and "a spokesman for X quipped: “…”" gave X.
        assert_reports("Berg has to show that she is ready to lead the council.", "that she is ready to lead the council", "Berg");
        let t = "A spokesman for Mayor Berg could only quip: \"I guess the harbour was booked.\"";
        assert_first_source(t, "A spokesman for Mayor Berg");
        let t = "A spokesman for Mayor Berg quipped: \"I guess the harbour was booked.\"";
        assert_first_source(t, "A spokesman for Mayor Berg");
        // ("only" stays an adjective after an owner or an article)
        let t = "Kerr only said that the pier would open.";
        assert_first_source(t, "Kerr");
    }

    #[test]
    fn according_to_opening_a_reported_clause_leaves_the_report_around_it() {
        // Found on PolNeAR's train split: "Win Htein … said Tuesday morning that according to
        // its analysis, the NLD has won …" lost the "said" report to the whole sentence read as
        // the content of "according to".
        let t = "Ada Lind, a member of the board, said Tuesday that according to its count, the party has won most of the seats.";
        assert_reports(t, "that according to its count, the party has won most of the seats", "Ada Lind");
        assert_reports(t, "the party has won most of the seats", "its count");
    }

    #[test]
    fn a_participle_after_an_object_s_name_speaks_for_the_clause_s_subject() {
        // Found on PolNeAR's train split: "… and Emanuel fired his police chief, Garry F.
        // McCarthy, acknowledging that …" gave the acknowledging to McCarthy.
        let t = "Kerr fired her harbour chief, Ola Weaver, acknowledging that parts of the town had lost trust in the port.";
        assert_reports(t, "that parts of the town had lost trust in the port", "Kerr");
        let t = "Within two weeks, the board charged the officer and Kerr fired her harbour chief, Ola Weaver, acknowledging that parts of the town had lost trust in the port.";
        assert_reports(t, "that parts of the town had lost trust in the port", "Kerr");
        // (a subject of two names stays whole)
        let t = "Berg and Kerr were in the harbour on Monday, hoping to win over the crews.";
        assert_reports(t, "to win over the crews", "Berg and Kerr");
    }

    #[test]
    fn a_list_s_dash_before_the_speaker_is_stepped_over() {
        // Found on PolNeAR's train split: "- Democrats in Iowa who watched the Saturday debate
        // said they were unfazed …" reported nothing.
        let t = "- Fishermen in the harbour who watched the debate said they were unfazed by the row.";
        assert_reports(t, "they were unfazed by the row", "Fishermen in the harbour");
    }

    #[test]
    fn a_cue_in_a_clause_of_its_own_after_a_quotation_does_not_sign_it() {
        // Found on PolNeAR's train split: "… said she would “support the nominee” but “isn’t
        // planning to endorse anyone this cycle,” while Maine Sen. Susan Collins … suggested
        // they would …" gave the second quotation to Collins.
        let t = "Lind said she \"backs the nominee\" but \"isn't planning to endorse anyone this cycle,\" while Rep. Ada Kerr suggested she would only offer conditional support.";
        assert_reports(t, "she \"backs the nominee\" but \"isn't planning to endorse anyone this cycle,\"", "Lind");
        assert_reports(t, "she would only offer conditional support", "Rep. Ada Kerr");
        // (a quotation opening its sentence is still signed after such a clause)
        let t = "\"And yet it would seal the deal\" because she would widen her lead, he said.";
        assert_first_source(t, "he");
    }

    #[test]
    fn a_capitalised_modal_inside_a_sentence_is_a_name() {
        // Found on PolNeAR's train split: "In particular, Will wrote, Christie can …" reported
        // nothing, and "British Prime Minister Theresa May said that …" gave "… Theresa".
        assert_reports("In particular, Will wrote, Kerr can challenge Lind on the pier.", "Kerr can challenge Lind on the pier", "Will");
        let t = "Harbour Master Ada May said that the pier would reopen in spring.";
        assert_reports(t, "that the pier would reopen in spring", "Harbour Master Ada May");
        // (in a headline's title case it is still a modal)
        assert_first_source("Berg May Not Have Suggested A Toll, But She Backed One", "Berg");
    }

    #[test]
    fn a_perfect_after_a_coordinated_clause_and_a_participle_after_now_take_the_subject() {
        // Found on PolNeAR's train split: "In 2008, Cooper donated $750 to …, and has spoken out
        // in favor of gun control" and "And now Mr. Manafort has taken on a much larger
        // campaign, seeking to …" named no speaker.
        let t = "In 2019, Kerr donated $500 to the ferry fund, and has spoken out in favor of the new pier.";
        assert_reports(t, "the new pier", "Kerr");
        let t = "And now Mr. Berg has taken on a much larger campaign, seeking to turn Ada Kerr into a winning candidate.";
        assert_reports(t, "to turn Ada Kerr into a winning candidate", "Mr. Berg");
    }

    #[test]
    fn a_relative_who_with_a_subject_of_its_own_keeps_it() {
        // Found on PolNeAR's train split: "Guccifer 2.0, a group of hackers who U.S. officials
        // say is tied to …" gave the speaker as the whole phrase up to "officials".
        let t = "They cited Gray Gull, a group of hackers who Port Aven officials say is tied to the rival port.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("say") && x.3.as_deref() == Some("Port Aven officials")), "{:?}", show(t));
    }

    #[test]
    fn a_report_after_an_aside_set_off_by_dashes_is_a_report_of_its_own() {
        // Found on PolNeAR's train split: "He is backing Hillary Clinton -- not me -- and he says
        // he'll do everything …" read the second report as part of the first.
        let t = "She is backing Kerr -- not me -- and she says she'll do everything she can to help her win.";
        assert_reports(t, "Kerr -- not me", "She");
        assert_reports(t, "she'll do everything she can to help her win", "she");
    }

    #[test]
    fn a_noun_cue_opening_its_sentence_reports_up_to_the_sentence_s_verb() {
        // Noticed on PolNeAR's train split: "Sanders's claim that he still has a way to claim
        // the nomination would depend on him winning …" reported the whole rest of the sentence.
        assert_reports("Kerr's assertion that the pier is safe angered the crews.", "the pier is safe", "Kerr's");
        assert_reports(
            "The mayor's claim that the ferry would run daily was never tested.",
            "that the ferry would run daily",
            "The mayor's",
        );
        // (a coordinated verb is the reported clause's own)
        let t = "Kerr's assertion that the pier was closed and reopened in May is wrong.";
        assert_reports(t, "the pier was closed and reopened in May", "Kerr's");
    }

    #[test]
    fn a_relative_who_before_a_preposition_s_phrase_is_the_speaker() {
        // Found on PolNeAR's train split: "Curiel, who through his office declined to comment,
        // was born …" gave "through his office" as the speaker.
        let t = "Curiel, who through his office declined to comment, was born in Portvik.";
        assert!(show(t).iter().any(|x| x.2.as_deref() == Some("declined") && x.3.as_deref() == Some("who")), "{:?}", show(t));
    }

    #[test]
    fn a_long_head_before_a_relative_who_is_the_speaker() {
        // Found on PolNeAR's train split: "Many of the local GOP leaders who’d rather be working
        // … for Cruz or Rubio or Ben Carson said …" gave "Ben Carson".
        let t = "Many of the local party leaders who’d rather be working on a campaign for Kerr or Ada Berg said they have rallied behind Lind.";
        assert_first_source(t, "Many of the local party leaders");
    }

    #[test]
    fn a_participle_after_its_clause_s_object_before_a_quotation_speaks_for_the_subject() {
        // Found on PolNeAR's train split: "…, his campaign sent out a text message to supporters
        // saying: “…”" named no speaker.
        let t = "As the crews took the stage Tuesday night to mark the win, her campaign sent out a text message to supporters saying: \"With your help, we just won the harbour!\"";
        assert_first_source(t, "her campaign");
        // (never a clause opener's words)
        let t = "Even before Lind took the stage, her staff sent out a note to the crews saying: \"We won!\"";
        assert!(show(t).iter().all(|x| x.3.as_deref().is_none_or(|s| !s.contains("before"))), "{:?}", show(t));
    }

    #[test]
    fn a_medium_noun_after_a_cue_is_no_second_report() {
        // Seen in the example corpus: "The Ministry of Transport said in a statement that …"
        // listed the same words twice, once for "said" and once for "statement that".
        let t = "The Ministry of Transport said in a statement that the minister had asked for a full report.";
        let found = show(t);
        let same: Vec<_> = found.iter().filter(|x| x.1.contains("the minister had asked")).collect();
        assert_eq!(same.len(), 1, "{found:?}");
        assert_eq!(same[0].2.as_deref(), Some("said"), "{found:?}");
        let t = "Kerr wrote in a brief statement that the pier would reopen.";
        assert_eq!(show(t).iter().filter(|x| x.1.contains("the pier would reopen")).count(), 1, "{:?}", show(t));
        // (a noun cue of its own stays: its owner is the speaker)
        assert_reports("The company's statement that the pier was safe angered the crews.", "the pier was safe", "The company's");
    }

    #[test]
    fn the_addressee_of_a_verb_of_saying_is_no_part_of_the_words() {
        // Found on PolNeAR's train split: "… wrote to Sanders’ Senate office that it did not
        // have permission …" and "complained to CBS News' Charlie Rose that …" reported the
        // addressee as part of the words.
        assert_reports("Ahl explained to reporters that the pier would reopen.", "that the pier would reopen", "Ahl");
        assert_reports("Ahl complained to the council on Monday that the pier was unsafe.", "that the pier was unsafe", "Ahl");
        assert_reports(
            "The guild wrote to Kerr's office that it had not approved the flyer.",
            "that it had not approved the flyer",
            "The guild",
        );
        // (an infinitive after "to" is the words: "said to be …" is no addressee)
        let t = "Ahl wanted to address the council's concern that the pier was unsafe.";
        assert!(show(t).iter().any(|x| x.1.starts_with("to address")), "{:?}", show(t));
    }

    #[test]
    fn a_participle_after_its_clause_s_object_speaks_for_the_subject_not_the_whole_clause() {
        // Found on PolNeAR's train split: "Obama punctuated his list saying “Too many.”" and
        // "Trump posted a message on Twitter reading “…”" gave the whole clause as the speaker.
        assert_first_source("As the crews cheered, her campaign sent out a note saying: \"We won!\"", "her campaign");
        assert_first_source("Kerr punctuated her list saying \"Too many.\"", "Kerr");
        // (less an adverb or auxiliary before the verb)
        assert_first_source("She also sent a tweet saying the pier would reopen.", "She");
        // "with" and a noun phrase before the participle: that phrase is its subject
        assert_first_source("Lind will need their support with recent polls showing a tight race.", "recent polls");
        // (not a name after "with": "reignited his feud with Kerr writing …" is the subject's)
        assert_first_source("Ada Berg reignited her feud with Kerr writing a scathing column about the pier.", "Ada Berg");
    }

    #[test]
    fn a_report_in_an_opening_subordinate_clause_ends_at_its_comma() {
        // Found on PolNeAR's train split: "When Clinton first ran for president in 2008,
        // playing down her gender …, Clinton now talks freely of …" ran the report on into
        // the main clause.
        assert_reports("After Kerr said the pier was safe, the crews went back to work.", "the pier was safe", "Kerr");
        assert_reports("When Lind acknowledged her defeat, the crowd fell silent.", "her defeat", "Lind");
        // ("As X reported, …" reports its main clause)
        assert_reports(
            "As the Island Post reported on Monday, the council had met in secret.",
            "the council had met in secret",
            "the Island Post",
        );
    }

    #[test]
    fn an_infinitive_cue_s_speaker_is_the_subject_not_the_clause_up_to_to() {
        // Found on PolNeAR's train split: "Ramos used his acceptance speech to call for …" gave
        // "Ramos used his acceptance speech to" as the speaker.
        assert_first_source("Kerr used her acceptance speech to call for a second pier.", "Kerr");
        assert_first_source("The harbour board is trying to show that the pier is safe.", "The harbour board");
        // (a causative's object: "The announcement led some to speculate …")
        assert_first_source("The abrupt closure led some to speculate that the pier was unsafe.", "some");
        // ("for" and a noun phrase before "to")
        assert_first_source("It has been common for ferry blogs to portray the pier as a ruin.", "ferry blogs");
        // (a subject that is no one stays as found)
        let t = "There are more productive ways to express anger about the pier.";
        assert!(show(t).iter().all(|x| x.3.as_deref() != Some("There")), "{:?}", show(t));
    }

    #[test]
    fn a_speaker_ends_before_the_copula_or_degree_word_before_its_cue() {
        // Found on PolNeAR's train split: "Ryan has been very vocal in …" gave "Ryan has been
        // very" as the speaker, and "city officials have since balked at …" "city officials
        // have since".
        assert_first_source("Kerr has been very vocal in her support for the pier.", "Kerr");
        assert_first_source("The harbour crews have since balked at rebuilding the pier on the old site.", "The harbour crews");
        assert_first_source("Kerr has since said the pier was unsafe.", "Kerr");
        assert_first_source("Island voters were slightly more likely to say the pier was unsafe.", "Island voters");
    }

    #[test]
    fn a_name_set_off_after_a_speaker_joins_the_speaker_s_phrase() {
        // Found on PolNeAR's train split: "…,'' another fraternity brother, Stuart Oltchick,
        // recalled him saying" gave only "another fraternity brother", so no name was resolved.
        assert_first_source(
            "“The pier is safe,” another harbour pilot, Ola Strand, recalled him saying.",
            "another harbour pilot, Ola Strand",
        );
        // (a place's abbreviation is no name: "in Washington, D.C., feel …")
        let t = "Voters who live in Portvik or Washington, D.C., feel the pier is safe.";
        assert!(show(t).iter().all(|x| x.3.as_deref().is_none_or(|s| !s.ends_with("D.C."))), "{:?}", show(t));
    }

    #[test]
    fn a_relative_when_after_a_time_noun_keeps_a_partly_quoted_clause_whole() {
        // Found on PolNeAR's train split: "Hemsley, the co-author of …, said the days when the
        // nation had "a somewhat unifying story" from newspapers … are gone" reported only the
        // quoted words, with "the days" as their speaker.
        let t = "Strand, the author of a book about the harbour, said the days when the crews had “a uniting union” are over.";
        let found = show(t);
        assert!(
            found.iter().any(|x| x.1 == "the days when the crews had “a uniting union” are over" && x.3.as_deref() == Some("Strand")),
            "{found:?}"
        );
        // (a subordinate clause still gives a reason or a time, not the words: "wants a medal
        // because the building was “cleared …”")
        let t = "Moro wants a medal because the building was “cleared in six minutes”.";
        assert!(show(t).iter().all(|x| !x.1.starts_with("a medal")), "{:?}", show(t));
    }
}
