//! Indirect speech and "according to": a cue outside quotation marks, its
//! subject as the source and the clause it introduces as the content.

use parallax_model::Span;
// Days and months open a setting before the subject ("Sunday morning, Clinton …").
use parallax_text::lexicon::CALENDAR_WORDS as CALENDAR;
use regex::Regex;

use crate::cue::{
    before_auxiliaries, cue_use, headline_case, hearer_end, introduces_clause, inverts, kind_of, opens_with_dash, place_before_that,
    window_start,
};
use crate::lexicon::{
    is_cue_word, is_gerund, verb_like, ACCORDING, APPOSITIVE_SUBJECT, AUXILIARIES, BE_FORMS, CLAUSE_LINKS, CLAUSE_OPENERS, CUE,
    CUE_AUXILIARIES, CUE_HEADLINE, DETERMINERS, FINDING_DOCUMENTS, FUNCTION_WORDS, HEADING_PREPOSITIONS, HEARER_CUES, LEAD_LABELS,
    NOTE_LABELS, NUMBER_WORDS, OWN_WORDS_DOCUMENTS, PARENTHETICAL_CUES, PHRASE_STOPS, POLL_IN, SETTING, STANCE, SUBJECT_END,
    SUBJECT_PRONOUNS, SUBORDINATORS, TRAILING_ATTRIBUTION,
};
use crate::marks::quoted_spans;
use crate::source::{
    digit_comma, ends_with_comma, is_description, only_setting, opener_comma, phrase_after, relative_subject, sentence_subject,
    source_before, subject_at, trim_range,
};
use crate::{speaker_of_cue_between, Quote, QuoteKind, Range};

/// A relative clause whose pronoun is the object of the cue at `cue_start`: "which he
/// once supported", "whom even other senators hate", "which Twitter user @Kerr created in
/// 2016". Gives the pronoun and the subject between it and the cue (a pronoun, or up to
/// six words opening with a capital or a determiner, with no verb), when nothing follows
/// the cue but a mark, the end, "and" or a setting.
fn object_relative(text: &str, ss: usize, cue_start: usize, after: &str) -> Option<(Range, Range)> {
    let rest = after.trim_start();
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    let closes = rest.is_empty()
        || rest.starts_with([',', '.', ';', ')', ':', '-', '—', '–', '!', '?'])
        || matches!(
            next.as_str(),
            "and"
                | "in"
                | "on"
                | "at"
                | "under"
                | "last"
                | "during"
                | "when"
                | "before"
                | "after"
                | "since"
                | "as"
                | "later"
                | "earlier"
                | "again"
                | "for"
        )
        || crate::source::is_adverb(&next);
    if !closes {
        return None;
    }
    let end = before_auxiliaries(text, ss, cue_start);
    let head = text[ss..end].trim_end();
    let words: Vec<&str> = head.split_whitespace().rev().take(8).collect();
    let Some(k) = words.iter().position(|w| matches!(w.trim_start_matches(['(', '[']), "which" | "whom")) else {
        return zero_relative(text, &words);
    };
    let subject: Vec<&str> = words[..k].iter().rev().copied().collect();
    let first = subject.first()?.to_lowercase();
    let plain = subject.iter().all(|w| {
        let lw = w.to_lowercase();
        !verb_like(&lw) && !CUE.is_match(&lw) && !w.ends_with(',') && !matches!(lw.as_str(), "which" | "who" | "that" | "is" | "was")
    });
    let opens = SUBJECT_PRONOUNS.contains(&first.as_str())
        || first == "you"
        || subject[0].starts_with(char::is_uppercase)
        || DETERMINERS.contains(&first.as_str())
        || first == "even";
    if !(1..=6).contains(&subject.len()) || !plain || !opens {
        return None;
    }
    let rel = words[k].trim_start_matches(['(', '[']);
    let rel_at = rel.as_ptr() as usize - text.as_ptr() as usize;
    let subj_start = subject[0].as_ptr() as usize - text.as_ptr() as usize;
    let last = subject[subject.len() - 1];
    let subj_end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    Some((Range { start: rel_at, end: rel_at + rel.len() }, Range { start: subj_start, end: subj_end }))
}

/// "… the 2005 vote, something she opposed as a senator", "… - a controversial proposal he
/// has raised at various points": a short noun phrase set off after a mark, then a
/// pronoun and the cue, with no relative pronoun. `words` are the words before the cue,
/// last first. Gives the phrase and the pronoun.
fn zero_relative(text: &str, words: &[&str]) -> Option<(Range, Range)> {
    let pronoun = *words.first()?;
    if !matches!(pronoun, "he" | "she" | "they" | "we" | "I") {
        return None;
    }
    // the phrase: back to a word ending in a comma, or a dash
    let mut phrase = Vec::new();
    for w in &words[1..] {
        if w.ends_with([',', ';', ':']) || matches!(*w, "-" | "—" | "–" | "--") {
            break;
        }
        phrase.push(*w);
        if phrase.len() > 5 {
            return None;
        }
    }
    let boundary = words.get(phrase.len() + 1).is_some_and(|w| w.ends_with([',', ';', ':']) || matches!(*w, "-" | "—" | "–" | "--"));
    let first = phrase.last()?.to_lowercase();
    let opens = matches!(
        first.as_str(),
        "a" | "an" | "something" | "everything" | "anything" | "nothing" | "one" | "another" | "the" | "some" | "many"
    );
    let plain = phrase.iter().all(|w| {
        let lw = w.to_lowercase();
        w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')) && !verb_like(&lw) && !CUE.is_match(&lw)
    });
    if !boundary || !opens || !plain {
        return None;
    }
    let start = phrase.last()?.as_ptr() as usize - text.as_ptr() as usize;
    let end = phrase[0].as_ptr() as usize - text.as_ptr() as usize + phrase[0].len();
    let at = pronoun.as_ptr() as usize - text.as_ptr() as usize;
    Some((Range { start, end }, Range { start: at, end: at + pronoun.len() }))
}

/// Where the setting after a coordinating "and" or "but" before the cue at `at` starts.
fn ends_coordinated_at(text: &str, ss: usize, at: usize) -> Option<usize> {
    let before = text[ss..before_auxiliaries(text, ss, at)].trim_end();
    crate::source::ends_coordinated(before).map(|i| ss + i)
}

/// Indirect speech and "according to", sentence by sentence, outside the
/// direct quotes already in `out`. Reports are found inside the quotes whose
/// contents' bounds are in `open` (sorted; an interview's "A:" turns) as in the
/// text around them.
pub(crate) fn indirect_quotes(text: &str, sentences: &[Span], open: &[(usize, usize)], out: &mut Vec<Quote>) {
    let direct: Vec<(Range, Option<Range>)> = out.iter().map(|q| (q.content, q.cue)).collect();
    // (the quotations no report is found inside: all but the open turns, set apart once)
    let closed: Vec<Range> = direct.iter().map(|(c, _)| *c).filter(|c| open.binary_search(&(c.start, c.end)).is_err()).collect();
    let inside_direct = |at: usize| closed.iter().any(|c| c.start <= at && at < c.end);
    let used_cue = |r: Range| direct.iter().any(|(_, cue)| *cue == Some(r));
    for s in sentences {
        let (ss, se) = (s.start, s.end);
        let sent = &text[ss..se];
        if let Some(m) = ACCORDING.find(sent).filter(|m| !inside_direct(ss + m.start())) {
            let cue = Range { start: ss + m.start(), end: ss + m.end() };
            // The source runs to the next comma or the sentence end, however long
            // ("according to a 52-count civil complaint filed by the SEC and …").
            let to_stop = {
                let rest = &text[cue.end..se];
                let lead = rest.len() - rest.trim_start().len();
                let body = &rest[lead..];
                // (not at a comma between digits: "according to a study of 48,000 adults")
                let mut stop = body.match_indices(PHRASE_STOPS).map(|(i, _)| i).find(|&i| !digit_comma(body, i)).unwrap_or(body.len());
                // A description keeps the name set off after it: "according to the
                // operator, Selka Lines, which …" (one to four capitalised words).
                if is_description(&body[..stop]) && body[stop..].starts_with(", ") {
                    let rest = &body[stop + 2..];
                    let end = rest.find([',', ';', '(']).unwrap_or(rest.len());
                    let name = rest[..end].trim_end().trim_end_matches(['.', '!', '?']);
                    let words: Vec<&str> = name.split_whitespace().collect();
                    // (closing the sentence or before a relative clause on it: "According to
                    // the summary, Cheryl Mills, a top aide, sent …" names the subject)
                    let after = rest[end..].trim_start_matches([',', ' ']);
                    // A clause going on in lowercase with no appositive of its own ("According
                    // to the operator, Selka Lines, more than 3,000 bookings were cancelled")
                    // leaves the name with the source too.
                    let appositive = after.split_whitespace().take(6).any(|w| w.ends_with(','));
                    let closes = after.trim_end_matches(['.', '!', '?', '"', '”']).is_empty()
                        || ["which ", "who ", "whose "].iter().any(|r| after.starts_with(r))
                        || (after.starts_with(char::is_lowercase) && !appositive);
                    if closes && (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase)) {
                        stop += 2 + name.len();
                    }
                }
                let phrase = body[..stop].trim_end().trim_end_matches(['.', '!', '?']);
                let set_off = body[stop..].starts_with(',');
                (1..=30)
                    .contains(&phrase.split_whitespace().count())
                    .then_some((Range { start: cue.end + lead, end: cue.end + lead + phrase.len() }, set_off))
            };
            // Set off by commas, the source is the whole phrase ("according to sources close to
            // the investigation,"); else it ends before a preposition ("according to Lind in …").
            // A participle ending the short phrase goes on with its own phrase: "according to
            // a study published on Wednesday in the journal …".
            let participle = |r: &Range| {
                text[r.start..r.end].split_whitespace().next_back().is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
                    && text[r.start..r.end].split_whitespace().count() >= 2
            };
            // A group of unnamed people keeps the phrase that places them: "according to sources
            // in the Ostmark foreign ministry."
            let placed_group = |r: &Range| {
                let src = text[r.start..r.end].to_lowercase();
                let head = src.split_whitespace().next_back().unwrap_or("");
                let next = text[r.end..se].split_whitespace().next().unwrap_or("");
                src.split_whitespace().count() <= 3
                    && matches!(head, "sources" | "officials" | "people" | "diplomats" | "insiders" | "aides" | "staff" | "officers")
                    && matches!(next, "in" | "at" | "from" | "close" | "inside" | "within" | "with" | "familiar" | "near")
            };
            // "That’s according to fundraising reports through Jan. 31 that …": the subject of
            // the copula is the report, and the rest of the sentence its source.
            let before = text[ss..cue.start].trim_end_matches([',', ' ']);
            let copula = ["’s", "'s", " is", " was", " are", " were"]
                .iter()
                .find_map(|c| before.strip_suffix(c))
                .map(str::trim_end)
                .filter(|h| (1..=4).contains(&h.split_whitespace().count()) && !h.contains([',', '"', '“', '”']));
            let Some(source) = to_stop
                .filter(|&(r, set_off)| {
                    copula.is_some()
                        || set_off
                        || (r.end - r.start <= 80 && phrase_after(text, cue.end, se).is_some_and(|p| placed_group(&p)))
                })
                .map(|(r, _)| r)
                .or_else(|| phrase_after(text, cue.end, se).filter(|r| !(participle(r) && to_stop.is_some())))
                .or(to_stop.map(|(r, _)| r))
            else {
                continue;
            };
            // Content: the clause before "according to", or after the source; both when the
            // attribution sits inside the clause ("the room that, according to …, had been …").
            let after_words = text[source.end..se].trim_start_matches([',', ' ']).split_whitespace().count();
            // A relative clause after the source is about the source ("according to
            // diplomats, who spoke on condition of anonymity"), not part of the content.
            let relative = {
                let rest = text[source.end..se].trim_start_matches([',', ' ']);
                ["who ", "whom ", "whose ", "which "].iter().any(|w| rest.starts_with(w))
            };
            // "Lind said that, according to its count, the party has won": the attribution opens
            // a reported clause; its content is the rest of that clause, and the report around
            // it is found as any other.
            // (a cue's "that", within a few words of it, not a relative one: "a storage room
            // that, according to …, had been visited")
            let opens_clause = before.strip_suffix("that").is_some_and(|head| {
                let lo = ss + head.len().saturating_sub(40);
                let lo = text.floor_char_boundary(lo);
                head.ends_with(' ') && CUE.find_iter(&text[lo..ss + head.len()]).any(|m| cue_use(text, lo + m.start(), lo + m.end()))
            }) && !text[source.end..se].trim_start_matches([',', ' ']).is_empty();
            let content = if opens_clause {
                Range { start: source.end, end: se }
            } else if let Some(head) = copula {
                Range { start: ss, end: ss + head.len() }
            } else if before.split_whitespace().count() >= 3 && after_words >= 3 && text[source.end..se].starts_with(',') && !relative {
                Range { start: ss, end: se }
            } else if before.split_whitespace().count() >= 3 {
                Range { start: ss, end: ss + before.len() }
            } else {
                Range { start: source.end, end: se }
            };
            let content = trim_range(text, content);
            let content = Range {
                start: content.start
                    + (text[content.start..content.end].len() - text[content.start..content.end].trim_start_matches([',', ' ']).len()),
                end: content.end,
            };
            if content.end > content.start {
                out.push(Quote { kind: QuoteKind::Indirect, content, cue: Some(cue), source: Some(source), relayed_by: None });
            }
            if !opens_clause {
                continue;
            }
        }
        let mut found = 0;
        let lead = sent.len() - sent.trim_start().len();
        // A question put to the subject: "Asked if he was ever bullied, Trump said …" reports
        // the question; no one in the text asked it.
        for opener in ["Asked ", "When asked "] {
            let Some(rest) = sent[lead..].strip_prefix(opener) else { continue };
            let asks = ["if ", "whether ", "what ", "about ", "how ", "why", "who ", "whom ", "which ", "when ", "to "];
            let Some(comma) = rest.find(", ") else { continue };
            // A setting or the asker may come first: "Asked Tuesday about …", "Asked at a
            // briefing Monday about …", "Asked by Matt Lauer whether …" (Lauer asked).
            let at_word = |i: usize| i == 0 || rest[..i].ends_with(' ');
            let Some(q) = (0..comma)
                .filter(|&i| rest.is_char_boundary(i) && at_word(i))
                .find(|&i| asks.iter().any(|a| rest[i..comma].starts_with(a) || &rest[i..comma] == a.trim_end()))
                .filter(|&i| rest[..i].split_whitespace().count() <= 8)
            else {
                continue;
            };
            let cstart = ss + lead + opener.len();
            let cue_start = cstart - "asked ".len();
            let content = trim_range(text, Range { start: cstart + q, end: cstart + comma });
            // (a named asker, or one described: "When asked by a reporter whether …")
            let asker = rest[..q]
                .strip_prefix("by ")
                .map(str::trim_end)
                .filter(|a| {
                    let first = a.split_whitespace().next().unwrap_or("");
                    a.starts_with(char::is_uppercase)
                        || (matches!(first, "a" | "an" | "the" | "reporters") && a.split_whitespace().count() <= 5)
                })
                .map(|a| {
                    let start = cstart + 3;
                    Range { start, end: start + a.len() }
                });
            if content.end > content.start && !inside_direct(cue_start) {
                let cue = Range { start: cue_start, end: cue_start + "asked".len() };
                out.push(Quote { kind: kind_of(text, content), content, cue: Some(cue), source: asker, relayed_by: None });
            }
        }
        // A finding set before the clause it reports: "In a CNN poll released Monday, 50
        // percent chose Clinton." The phrase after "In" is the source, when the clause
        // after the comma has no cue of its own.
        if let Some(rest) = sent[lead..].strip_prefix("In ") {
            if let Some(comma) = rest.find(", ") {
                let phrase = &rest[..comma];
                let has = |list: &[&str]| {
                    phrase
                        .split_whitespace()
                        .any(|w| list.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str()))
                };
                let findings = has(FINDING_DOCUMENTS);
                let last_noun = findings || has(OWN_WORDS_DOCUMENTS);
                let clause = &rest[comma + 2..];
                let own_cue = CUE.find_iter(clause).any(|m| {
                    let abs = ss + lead + 3 + comma + 2 + m.start();
                    cue_use(text, abs, abs + m.len())
                });
                // A poll or study framing a clause with its own cue ("In a CNN poll released
                // Monday, 31% of Republicans said …") is the source of the whole finding; the
                // inner report is found on its own below.
                // Only a poll or survey with respondents counted as its subject: "In a recent
                // study, three economists found …" and "In a memo released as polls closed, Mook
                // acknowledged …" are the subject's own words.
                let nested = own_cue && has(&["poll", "polls", "survey", "surveys"]) && counted_respondents(clause);
                if last_noun && (!own_cue || nested) && phrase.split_whitespace().count() <= 12 && clause.split_whitespace().count() >= 3 {
                    let src_start = ss + lead + 3;
                    // "In a statement issued Tuesday, Senator Lind was more circumspect …": in
                    // someone's own statement, interview or speech, the subject after the comma
                    // is the speaker; a poll, study or ruling speaks for itself.
                    let subject = subject_at(text, src_start + comma + 2, se, true).filter(|r| {
                        let first = text[r.start..r.end].split_whitespace().next().unwrap_or("");
                        !matches!(first.to_lowercase().as_str(), "the" | "a" | "an" | "it" | "this" | "that" | "there")
                    });
                    let source = match subject {
                        Some(r) if !findings => r,
                        _ => Range { start: src_start, end: src_start + comma },
                    };
                    let content = trim_range(text, Range { start: src_start + comma + 2, end: se });
                    if !inside_direct(content.start) {
                        let cue = Range { start: ss + lead, end: ss + lead + 2 };
                        out.push(Quote { kind: kind_of(text, content), content, cue: Some(cue), source: Some(source), relayed_by: None });
                        if !nested {
                            continue;
                        }
                    }
                }
            }
        }
        // A finding closed by the poll it comes from: "Clinton led Sanders 2-1 in an NBC
        // News/Marist poll." The poll is the source when the clause has no cue of its own.
        if let Some(m) = POLL_IN.captures(sent).filter(|c| c.get(0).is_some_and(|m| m.start() > lead)) {
            let (whole, poll) = (m.get(0).unwrap(), m.get(1).unwrap());
            let clause = &sent[lead..whole.start()];
            // A cue before the poll, or one after it ("Trump, the leader in Republican polls,
            // tweeted that …"), makes the sentence its own report.
            let own_cue = CUE.find_iter(clause).any(|c| cue_use(text, ss + lead + c.start(), ss + lead + c.end()))
                || CUE.find_iter(&sent[whole.end()..]).any(|c| cue_use(text, ss + whole.end() + c.start(), ss + whole.end() + c.end()));
            let content = trim_range(text, Range { start: ss + lead, end: ss + whole.start() });
            let source = trim_range(text, Range { start: ss + poll.start(), end: ss + poll.end() });
            // A named poll ("the latest CNN/ORC poll released Wednesday"), not "the polls" in general.
            let named = poll.as_str().split_whitespace().any(|w| w.starts_with(char::is_uppercase));
            let tail = m.get(2).map_or(0, |t| t.as_str().split_whitespace().count());
            if named
                && tail <= 4
                && !own_cue
                && clause.split_whitespace().count() >= 3
                && !inside_direct(content.start)
                && content.end > content.start
            {
                let cue = Range { start: ss + whole.start(), end: ss + whole.start() + 2 };
                out.push(Quote { kind: kind_of(text, content), content, cue: Some(cue), source: Some(source), relayed_by: None });
                continue;
            }
        }
        // Headline attribution: "Michaela Angela Davis: It's Time For A Woman President".
        if let Some(colon) = sent.find(':') {
            let prefix = sent[..colon].trim();
            let words: Vec<&str> = prefix.split_whitespace().collect();
            let capitalised = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
            let rest = &sent[colon + 1..];
            let content = trim_range(text, Range { start: ss + colon + 1, end: se });
            let cue = Range { start: ss + colon, end: ss + colon + 1 };
            // A lead-in naming where the words come from: "From the ministry: …".
            // ("More from the ministry: …", "And from Lind: …")
            let more = words.len() >= 3
                && matches!(words[0].to_lowercase().as_str(), "more" | "and" | "also")
                && words[1].eq_ignore_ascii_case("from");
            let from = (words.len() >= 2 && words[0].eq_ignore_ascii_case("from")) || more;
            // "The Latest: Trump urges supporters to …": a named subject with its own cue
            // after the colon is the attribution, not the lead-in. A pronoun is not one: in
            // "Clinton: I support D.C. statehood" the claim is Clinton's.
            // (its subject opens the words after the colon: "TRUMP: The deaths … make every
            // American feel safe" is Trump's)
            let own_cue = CUE.find_iter(rest).any(|m| {
                let abs = ss + colon + 1 + m.start();
                text[ss + colon + 1..abs].split_whitespace().nth(4).is_none()
                    && cue_use(text, abs, ss + colon + 1 + m.end())
                    && text[ss + colon + 1..abs].split_whitespace().last().is_some_and(|w| {
                        let bare = w.split(['\'', '’']).next().unwrap_or(w).to_lowercase();
                        w.starts_with(char::is_uppercase) && !SUBJECT_PRONOUNS.contains(&bare.as_str())
                    })
            });
            // "From the ministry: «…,» a spokesman wrote": a quotation after the colon that has
            // a cue of its own is attributed by it.
            let quoted = direct
                .iter()
                .any(|(c, cue)| c.start > ss + colon && c.start < se && cue.is_some_and(|q| q.start > ss + colon && q.end <= se));
            // A run-in heading ("Success on Signature Issue: …", "CLARIFICATION: …") is no speaker:
            // a name holds no lowercase preposition (it may hold "of"), and a label is no name.
            // Nor is a phrase set off inside a sentence ("And oh yes, Carly Fiorina: …"), or a
            // label before a list of names ("Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …").
            let list = rest.matches(", ").count() >= 3
                && rest.split(", ").all(|item| item.split_whitespace().count() <= 4 && item.trim().starts_with(char::is_uppercase));
            // "Of Clinton: “…”", "On the strike: …": the topic of the words, not their speaker.
            let topic = words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "of" | "on" | "about" | "regarding" | "re"));
            // Nor is a colon inside brackets: "Nordcell ASA (OSE: NCELL) today announced …".
            let bracketed = prefix.rfind('(').is_some_and(|o| !prefix[o..].contains(')'));
            let heading = prefix.contains(',')
                || bracketed
                || list
                || topic
                || (words.len() >= 3 && !more && words[1..].iter().any(|w| HEADING_PREPOSITIONS.contains(w)))
                || (words.len() == 1 && NOTE_LABELS.contains(&words[0].to_uppercase().as_str()) && !words[0].contains(char::is_lowercase))
                || LEAD_LABELS.contains(&prefix.to_lowercase().replace('’', "'").as_str());
            if (1..=8).contains(&words.len())
                && !heading
                && !own_cue
                && !quoted
                && (capitalised * 10 >= words.len() * 6 || from)
                && !CUE.is_match(prefix)
                && rest.split_whitespace().count() >= 3
                && !inside_direct(ss + colon)
                && !used_cue(cue)
                && content.end > content.start
            {
                let lead = sent.len() - sent.trim_start().len();
                // (the source starts after "from": the word after it, read from its place in `prefix`)
                let skip = if from {
                    let name = words[if more { 2 } else { 1 }];
                    name.as_ptr() as usize - prefix.as_ptr() as usize
                } else {
                    0
                };
                let source = Range { start: ss + lead + skip, end: ss + lead + prefix.len() };
                // One quotation from end to end is direct speech: `From the ministry: "All
                // quotas follow the advice."`.
                let whole = matches!(quoted_spans(text, content.start, content.end)[..], [(qs, qe, _)]
                    if qs == content.start && text[qe..content.end].trim_matches(['.', ',', '!', '?', ' ']).is_empty());
                let kind = if whole { QuoteKind::Direct } else { kind_of(text, content) };
                out.push(Quote { kind, content, cue: Some(cue), source: Some(source), relayed_by: None });
                continue;
            }
        }
        // A title-case headline writes its cue capitalised: "Graham Says Trump Could …".
        let cue_re: &Regex = if headline_case(sent) { &CUE_HEADLINE } else { &CUE };
        // A participle opening the sentence is capitalised: "Noting that the pier is
        // closed, Lind said …".
        // (read only when the first word is one: the case-blind pattern costs more)
        let lead = sent.len() - sent.trim_start().len();
        let first = sent[lead..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphanumeric());
        let opening = (first.starts_with(char::is_uppercase) && first.ends_with("ing"))
            .then(|| CUE_HEADLINE.find(&sent[lead..sent.floor_char_boundary(lead + first.len() + 24)]))
            .flatten()
            .filter(|m| m.start() == 0 && m.as_str().split(' ').next() == Some(first))
            .map(|m| (lead + m.start(), lead + m.end()));
        let cues = opening.into_iter().chain(cue_re.find_iter(sent).map(|m| (m.start(), m.end())));
        for (m_start, m_end) in cues {
            let word = sent[m_start..m_end].to_lowercase();
            // A participle cue, of one word or more ("saying", "referring to").
            let ing = word.split(' ').next().is_some_and(|w| w.ends_with("ing"));
            if !cue_use(text, ss + m_start, ss + m_end) {
                continue;
            }
            let cue = Range { start: ss + m_start, end: ss + m_end };
            if found >= 3 || inside_direct(cue.start) || used_cue(cue) {
                continue;
            }
            // A cue inside a phrase that opens the sentence before its subject: a bare
            // participle or infinitive ("Despite challenging the leader, Cruz said …",
            // "Continuing to explain his view, Carson …") has that subject as its
            // speaker, not the words of the phrase; after a participle opening the
            // sentence, another cue word is a noun ("Speaking on a radio show, …").
            let mut opener_subject = None;
            if let Some(oc) = opener_comma(text, ss, se).filter(|&oc| cue.start < oc) {
                // (not a noun, "at the urging of", nor a clause with its own subject,
                // "Although Berg does not plan to endorse her, …")
                let mut before = text[ss..cue.start].split_whitespace().map(|w| w.to_lowercase());
                let mut lead_word = before.next().unwrap_or_default();
                if matches!(lead_word.as_str(), "and" | "but" | "yet") {
                    lead_word = before.next().unwrap_or_default();
                }
                let clause = (SUBORDINATORS.contains(&lead_word.as_str()) || lead_word == "as")
                    && before.next().is_some_and(|w| !w.ends_with("ing") && !w.ends_with("ed"));
                let noun =
                    text[ss..cue.start].split_whitespace().next_back().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
                // (and the phrase's own: a participle deep in it may hang on a noun, "Following
                // the release of a video from the group threatening an attack, …")
                let deep = text[ss..cue.start].split_whitespace().count() > 3;
                let bare = (ing || text[ss..cue.start].trim_end().ends_with(" to")) && !clause && !noun && !deep;
                // (a name in -ing has its verb right after it: "Beijing warned that …")
                let mut opening = text[ss..se].split_whitespace();
                let (first, second) = (opening.next().unwrap_or(""), opening.next().unwrap_or(""));
                let verb_next = second.ends_with("ed") || SUBJECT_END.contains(&second) || CUE.is_match(second);
                let opens_with_participle =
                    first.starts_with(char::is_uppercase) && first.ends_with("ing") && !CUE.is_match(&first.to_lowercase()) && !verb_next;
                if bare {
                    let at = se - text[oc..se].trim_start_matches([',', ' ']).len();
                    opener_subject = subject_at(text, at, se, false)
                        .filter(|r| !matches!(text[r.start..r.end].to_lowercase().as_str(), "which" | "that" | "who"))
                        .map(|r| (oc, r));
                } else if opens_with_participle {
                    continue;
                }
            }
            let after = &text[cue.end..se];
            // "the trade bill, which he once supported, …", "(which his colleague defended)": a
            // relative clause whose pronoun is the cue's object reports that pronoun, and its
            // subject is the speaker (nothing after the cue but a mark, a setting or "and").
            if let Some((rel, subject)) = object_relative(text, ss, cue.start, after) {
                out.push(Quote { kind: QuoteKind::Indirect, content: rel, cue: Some(cue), source: Some(subject), relayed_by: None });
                found += 1;
                continue;
            }
            // "The last bridge he promised, at Tessvik, is still a drawing": a relative clause
            // with no "that" ("the bridge [that] he promised") reports nothing; its object is
            // the noun before the pronoun.
            if after.starts_with(',') {
                let mut back = text[ss..cue.start].split_whitespace().rev();
                let (pronoun, noun) = (back.next().unwrap_or(""), back.next().unwrap_or(""));
                let gap = SUBJECT_PRONOUNS.contains(&pronoun)
                    && noun.len() > 2
                    && noun.chars().all(|c| c.is_lowercase())
                    && !matches!(noun, "and" | "but" | "or" | "that" | "which" | "who" | "what" | "as" | "because" | "if" | "when" | "so");
                if gap {
                    continue;
                }
            }
            // "The agreement, signed in the capital on Wednesday, gives …": a participle set off
            // after a noun says what was done to it; no one speaks (with "by", its agent does:
            // "The bill, opposed by House Republicans, …").
            let set_off_participle = word.ends_with("ed")
                && text[ss..cue.start].trim_end().ends_with(',')
                && matches!(after.split_whitespace().next(), Some("in" | "on" | "at" | "last" | "this" | "earlier" | "during"))
                && {
                    let head = text[ss..cue.start].trim_end().trim_end_matches(',');
                    let words: Vec<&str> = head.split_whitespace().collect();
                    (2..=5).contains(&words.len())
                        && matches!(words[0], "The" | "A" | "An" | "This" | "That" | "Its" | "His" | "Her" | "Their")
                        && !head.contains([',', '"', '“', '”'])
                };
            if set_off_participle {
                continue;
            }
            // "a petition signed by more than 5,000 residents", "The Band memo disclosed by
            // WikiLeaks": a participle right after its noun, with its agent after "by", is the
            // agent's attribution of the noun phrase, as PARC marks it.
            let noun_before = text[ss..cue.start].split_whitespace().next_back().filter(|w| {
                w.len() > 2
                    && w.chars().all(|c| c.is_alphabetic())
                    && !BE_FORMS.contains(&w.to_lowercase().as_str())
                    && !CUE_AUXILIARIES.contains(&w.to_lowercase().as_str())
                    && !SUBJECT_PRONOUNS.contains(&w.to_lowercase().as_str())
                    && !matches!(w.to_lowercase().as_str(), "who" | "which" | "that" | "and" | "or" | "but")
                    && !w.ends_with("ly")
                    && w.starts_with(char::is_lowercase)
            });
            let by_agent = word.ends_with("ed")
                && after.split_whitespace().next() == Some("by")
                && !after.split_whitespace().nth(1).is_some_and(|w| w.ends_with("ing"));
            if by_agent && noun_before.is_some() {
                let by_at = cue.end + (after.len() - after.trim_start().len()) + 2;
                let head = &text[ss..cue.start];
                // the noun phrase: back to its determiner, within five words
                let words: Vec<(usize, &str)> =
                    head.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
                let np = words
                    .iter()
                    .rev()
                    .take(5)
                    .find(|(_, w)| {
                        matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "another")
                    })
                    .map(|&(at, _)| at);
                if let (Some(np), Some(agent)) = (np, phrase_after(text, by_at, se)) {
                    let content = trim_range(text, Range { start: np, end: cue.start });
                    if content.end > content.start && !text[content.start..content.end].contains([',', '"', '“', '”']) {
                        out.push(Quote { kind: QuoteKind::Indirect, content, cue: Some(cue), source: Some(agent), relayed_by: None });
                        found += 1;
                    }
                }
                continue;
            }
            // "…, said Jeffrey Trimble, a senior official": the content comes first, the speaker after the cue.
            let head = text[ss..cue.start].trim_end();
            // "The agency cited an aide as saying …" is a relayed quote: the relay rule reads it.
            if (word.starts_with("cit") || word.starts_with("quot"))
                && [" as saying", " as telling", " as stating", " as adding"].iter().any(|a| text[cue.end..se].contains(a))
            {
                continue;
            }
            let inverts = inverts(&word);
            // `This is a "raw time," said …`: a comma inside a closing quotation mark
            // ends the content too, and the quoted words belong to it.
            // (also inside a doubled straight single mark: "are ''profoundly irresponsible,'' said")
            let quoted_comma = head.strip_suffix(['"', '”']).or_else(|| head.strip_suffix("''")).is_some_and(|h| h.ends_with(','));
            // Other verbs of saying or thinking invert only with their speaker after them:
            // "…, say some Democrats, who …", "…, predicted Madeleine Kunin, the former governor".
            if (head.ends_with(',') || quoted_comma) && (inverts || PARENTHETICAL_CUES.contains(&word.as_str())) {
                let next = after.trim_start();
                // A day after the cue is its setting, not its speaker ("…, said Wednesday he …").
                let day = next.split_whitespace().next().is_some_and(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    CALENDAR.contains(&w.as_str()) || matches!(w.as_str(), "today" | "yesterday" | "tonight" | "earlier" | "later")
                });
                let named = !day && next.chars().next().is_some_and(char::is_uppercase)
                    || [
                        "the ",
                        "a ",
                        "an ",
                        "one ",
                        "two ",
                        "three ",
                        "several ",
                        "some ",
                        "another ",
                        "his ",
                        "her ",
                        "their ",
                        "its ",
                        "former ",
                        "longtime ",
                        "senior ",
                        "retired ",
                    ]
                    .iter()
                    .any(|d| next.starts_with(d))
                    // "…, says political scientist Dossym Satpayev.": a title in lowercase
                    // before the name.
                    || {
                        let words: Vec<&str> = next.split_whitespace().take(4).collect();
                        (1..words.len()).find(|&k| words[k].starts_with(char::is_uppercase)).is_some_and(|k| {
                            k <= 3
                                && words[..k].iter().enumerate().all(|(i, w)| {
                                    let lw = w.to_lowercase();
                                    // (two titles joined: "says lobbyist and strategist Carl Black", "lobbyist and GOP strategist")
                                    if i == 1 && lw == "and" {
                                        return true;
                                    }
                                    w.chars().all(|c| c.is_alphabetic() || c == '-')
                                        && w.starts_with(char::is_lowercase)
                                        && !FUNCTION_WORDS.contains(&lw.as_str())
                                        && !SUBJECT_PRONOUNS.contains(&lw.as_str())
                                        && !DETERMINERS.contains(&lw.as_str())
                                        && !CUE.is_match(&lw)
                                        && !matches!(lw.as_str(), "that" | "to" | "it" | "this" | "there" | "in" | "on" | "at" | "of" | "for")
                                })
                        })
                    };
                let content = if quoted_comma {
                    Range { start: ss, end: ss + head.len() }
                } else {
                    trim_range(text, Range { start: ss, end: ss + head.len() - 1 })
                };
                // "The harbour, said Lind, will reopen in May.": the cue and its speaker
                // interrupt the clause, whose verb comes after the speaker (past a relative
                // clause on it: "…, said Berg, who remains friendly with him, does not …").
                let predicate_after = |source: Range| -> Option<usize> {
                    let mut rest = text[source.end..se].strip_prefix(", ")?;
                    if rest.starts_with("who ") || rest.starts_with("whose ") {
                        rest = &rest[rest.find(", ")? + 2..];
                    }
                    let first = rest.split_whitespace().next()?.to_lowercase().replace('’', "'");
                    let body = rest.trim_end().trim_end_matches(['.', '!', '?']);
                    (AUXILIARIES.contains(&first.as_str()) && body.split_whitespace().count() >= 2 && !crate::marks::has_mark(body))
                        .then(|| se - rest.len() + body.len())
                };
                let head_words = text[content.start..content.end].split_whitespace().count();
                if named && !quoted_comma && (1..=6).contains(&head_words) {
                    if let Some((source, end)) = phrase_after(text, cue.end, se).and_then(|r| Some((r, predicate_after(r)?))) {
                        let content = Range { start: content.start, end };
                        out.push(Quote { kind: kind_of(text, content), content, cue: Some(cue), source: Some(source), relayed_by: None });
                        found += 1;
                        continue;
                    }
                }
                if named && text[content.start..content.end].split_whitespace().count() >= 3 && !inside_direct(content.start) {
                    // The speaker ends the clause ("…, said Tomas Vell, the engineer."); a
                    // clause going on after the name is the content of a normal cue
                    // ("Mitchell, who served …, said Clinton reached out to …").
                    let ends_clause = |r: &Range| {
                        let rest = text[r.end..se].trim_start();
                        let words: Vec<&str> = text[r.start..r.end].split_whitespace().collect();
                        // A lone article is no one: `say the "sharing economy" reflects …` cut
                        // the phrase at the quotation mark.
                        if words.len() == 1 && DETERMINERS.contains(&words[0].to_lowercase().as_str()) {
                            return false;
                        }
                        // "said the event brought back memories": a verb makes it a clause, not a speaker.
                        let verb = words.iter().enumerate().skip(1).any(|(k, w)| {
                            let lw = w.to_lowercase();
                            let before_object = words.get(k + 1).is_some_and(|n| {
                                matches!(
                                    n.to_lowercase().as_str(),
                                    "the" | "a" | "an" | "to" | "that" | "his" | "her" | "their" | "its" | "back" | "up" | "out"
                                )
                            });
                            // "deserved better": an -ed word before a lowercase word that no
                            // participle in a name's phrase takes ("an official involved in").
                            let before_word = words.get(k + 1).is_some_and(|n| {
                                n.starts_with(char::is_lowercase)
                                    && !matches!(
                                        n.trim_end_matches(['.', ',']),
                                        "by" | "in"
                                            | "on"
                                            | "at"
                                            | "with"
                                            | "for"
                                            | "of"
                                            | "from"
                                            | "and"
                                            | "or"
                                            | "as"
                                            | "about"
                                            | "into"
                                            | "over"
                                    )
                            });
                            (SUBJECT_END.contains(&lw.as_str()) && !matches!(lw.as_str(), "who" | "which" | "that" | "also" | "not"))
                                || (lw.ends_with("ed") && lw.len() > 4 && (before_object || before_word))
                                // "…, say the ferry service reflects an improvement": a present
                                // tense before its object.
                                || (lw.ends_with('s') && !lw.ends_with("ss") && lw.len() > 4 && w.starts_with(char::is_lowercase) && before_object)
                        });
                        // "…, said one official in the room.": a short place phrase may close it.
                        // "…, said Ola Berg of the University of Kellby School of Law.": an affiliation too.
                        let place = (["in ", "at ", "on ", "from ", "with "].iter().any(|p| rest.starts_with(p))
                            && rest.split_whitespace().count() <= 6
                            || rest.starts_with("of ") && rest.split_whitespace().count() <= 10)
                            && !rest.trim_end_matches(['.', '!', '?']).contains([',', ';']);
                        !verb
                            && (rest.is_empty()
                                || place
                                || (rest.starts_with("who ") && !rest.contains(','))
                                || rest.starts_with([',', '.', '(', ';', '!', '?', '"', '”', '—', '–', '―']))
                    };
                    // "…, said a handful of Democrats who point to …": a relative clause on the
                    // speaker that runs to the sentence end with no comma closes the speaker's
                    // phrase ("…, said the staff member who succeeded him, Paul Manafort, should …"
                    // is a report of its own).
                    let before_relative = |r: Range| match text[r.start..r.end].find(" who ") {
                        Some(i) if text[r.start..r.start + i].split_whitespace().count() >= 2 => Range { start: r.start, end: r.start + i },
                        _ => r,
                    };
                    if let Some(source) = phrase_after(text, cue.end, se).map(before_relative).filter(ends_clause) {
                        let kind = kind_of(text, content);
                        out.push(Quote { kind, content, cue: Some(cue), source: Some(source), relayed_by: None });
                        found += 1;
                        continue;
                    }
                }
            }
            let mut cstart = cue.end + (after.len() - after.trim_start().len());
            // Objects of "told": skip the hearer ("told reporters", "told CNN").
            if word.starts_with("told") {
                if let Some(mut ob) = phrase_after(text, cue.end, se) {
                    // "told POLITICO earlier this week", "told a Senate panel Wednesday": the
                    // hearer ends where a setting starts.
                    let phrase = &text[ob.start..ob.end];
                    if let Some(at) =
                        phrase.char_indices().filter(|&(i, c)| i > 0 && c.is_whitespace()).map(|(i, c)| i + c.len_utf8()).find(|&i| {
                            // "Post" in "the Island Post" is a name, not a setting; a day may be capitalised.
                            let word = phrase[i..].split_whitespace().next().unwrap_or("");
                            (word.starts_with(char::is_lowercase) || CALENDAR.contains(&word.to_lowercase().as_str()))
                                && SETTING.is_match(&text[ob.start + i..se])
                        })
                    {
                        ob.end = ob.start + phrase[..at].trim_end().len();
                    }
                    // "told reporters that she stood by her numbers": "that" before a subject opens
                    // the told clause, and the hearer ends before it (the phrase ran on, since
                    // "that" may also open a relative clause: "told reporters that stood by").
                    let phrase = &text[ob.start..ob.end];
                    let words: Vec<(usize, &str)> =
                        phrase.split_whitespace().map(|x| (x.as_ptr() as usize - phrase.as_ptr() as usize, x)).collect();
                    let complement = words.iter().enumerate().skip(1).take(3).find(|(k, (_, x))| {
                        *x == "that"
                            && words.get(k + 1).is_some_and(|(_, n)| {
                                SUBJECT_PRONOUNS.contains(n) || matches!(*n, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                            })
                    });
                    if let Some((_, &(at, _))) = complement {
                        ob.end = ob.start + phrase[..at].trim_end().len();
                    }
                    let w: Vec<&str> = text[ob.start..ob.end].split_whitespace().collect();
                    // An outlet may be longer: "told The Wall Street Journal".
                    let outlet = w.len() <= 6 && w.iter().all(|x| x.starts_with(char::is_uppercase) || matches!(*x, "of" | "the" | "and"));
                    if w.len() <= 3 || outlet {
                        cstart = ob.end + (text[ob.end..se].len() - text[ob.end..se].trim_start().len());
                    } else {
                        // "told National Voice they no longer trust …": a capitalised hearer
                        // ends where a subject pronoun opens the clause.
                        let name =
                            w.iter().take_while(|x| x.starts_with(char::is_uppercase) || matches!(**x, "of" | "the" | "and")).count();
                        if (1..=6).contains(&name) && w.get(name).is_some_and(|x| SUBJECT_PRONOUNS.contains(x)) {
                            // The end of the name's last word: the `name`-th end of a run of non-spaces.
                            let phrase = &text[ob.start..ob.end];
                            let words_end = phrase
                                .char_indices()
                                .filter(|&(i, c)| !c.is_whitespace() && phrase[i + c.len_utf8()..].starts_with(char::is_whitespace))
                                .nth(name - 1)
                                .map(|(i, c)| i + c.len_utf8());
                            if let Some(e) = words_end {
                                let at = ob.start + e;
                                cstart = at + (text[at..se].len() - text[at..se].trim_start().len());
                            }
                        }
                    }
                } else if let Some(end) = hearer_end(&text[cue.end..se]) {
                    // "told reporters the ferry would run": the hearer ends where the clause starts.
                    let at = cue.end + end;
                    cstart = at + (text[at..se].len() - text[at..se].trim_start().len());
                }
            } else if HEARER_CUES.contains(&word.as_str()) {
                // "assured the crowd he would …", "warned voters the pier would close", "asked
                // voters a simple question": the hearer ends where the clause starts.
                if let Some(end) = hearer_end(&text[cue.end..se]) {
                    let at = cue.end + end;
                    // Not when too little is left to be a clause ("asked him a question").
                    if text[at..se].split_whitespace().count() >= 3 {
                        cstart = at + (text[at..se].len() - text[at..se].trim_start().len());
                    }
                }
            }
            // "told Arne Voll, 61, that …": the hearer's age is the hearer's.
            if cstart > cue.end {
                // (the hearer's phrase ends before its comma, or the content starts at it)
                let comma = text[..cstart].trim_end().strip_suffix(',').map_or(cstart, |b| b.len());
                if let Some(age) = crate::cue::age_after(&text[comma..se]).filter(|&n| text[comma + n..se].starts_with("that ")) {
                    cstart = comma + age;
                }
            }
            // "said last week that …", "said in a statement that …", "said Tuesday the pier
            // would …": the setting before the clause is when and where, not what was said.
            // Settings may follow each other: "said in a statement late on Thursday that …".
            let mut at = cstart;
            for _ in 0..3 {
                let Some(m) = SETTING.find(&text[at..se]) else { break };
                at += m.end();
                let rest = &text[at..se];
                // "issued a statement on Monday, saying …": a setting set off by a comma is no
                // part of the words, whatever follows it (but a quotation after it is quoted
                // words of its own, found as such).
                if let Some(after) = rest
                    .strip_prefix(", ")
                    .map(str::trim_start)
                    .filter(|a| a.split_whitespace().nth(1).is_some() && !a.starts_with(['“', '"', '‘', '\'']))
                {
                    cstart = se - after.len();
                    break;
                }
                let gap = rest.len() - rest.trim_start().len();
                if gap == 0 {
                    break;
                }
                // "agreed on Tuesday to buy …": an infinitive after the setting too.
                if rest.trim_start().starts_with("that ") || introduces_clause(rest) || rest.trim_start().starts_with("to ") {
                    cstart = at + gap;
                    break;
                }
            }
            // "explained to reporters that …", "wrote in an email to the council on Monday
            // that …": the addressee of a verb of saying is whom it was said to, not what.
            if let Some(at) = crate::cue::addressee_before_that(&word, &text[cstart..se]) {
                cstart += at;
            }
            if text[cstart..se].starts_with("that ") {
                cstart += 5;
            } else if let Some(at) = place_before_that(
                &text[cstart..se],
                word.starts_with("told") || word.starts_with("tell") || HEARER_CUES.contains(&word.as_str()),
            ) {
                cstart += at;
            }
            // "The cause is not yet known, but Vell said …": the cue's clause ends at the
            // comma, and what follows is another clause, not what was reported.
            let rest = text[cstart..se].trim_start_matches([',', ' ']);
            let clause_ends = text[cstart..se].starts_with(',') && rest.split_once(' ').is_some_and(|(w, _)| CLAUSE_LINKS.contains(&w));
            // A direct quote later in the sentence ends this content, and so does an
            // attribution closing the sentence ("…, a ministry statement said.").
            // Not one whose own cue lies inside this content: "said the club hoped to name a
            // successor “within a fortnight”" is one report, partly quoted.
            let mut cend = direct
                .iter()
                .filter(|(_, c)| !c.is_some_and(|c| c.start >= cstart))
                .map(|(c, _)| c.start)
                .filter(|&q| q > cstart && q < se)
                .min()
                .unwrap_or(se);
            if let Some(t) = TRAILING_ATTRIBUTION.find(&text[cstart..cend]) {
                cend = cstart + t.start();
            }
            // "One in three said the party does not care and one in four said it was hostile":
            // a second report joined by "and" is not part of the first.
            // (only after some words of the first report: "got his wish, and his favored
            // provision was …" is no report of the wish's)
            if let Some(at) = coordinated_report(text, cstart, cend).filter(|&at| text[cstart..at].split_whitespace().nth(1).is_some()) {
                cend = at;
            }
            // "unveiled a phone it says can run for seven days, at an event in Tessvik on
            // Tuesday": a setting set off at the end is the main clause's, not reported.
            if let Some(c) = last_clause_comma(&text[cstart..cend]) {
                let tail = &text[cstart + c + 1..cend];
                if tail.split_whitespace().count() <= 8
                    && only_setting(tail)
                    && ["at ", "in ", "during "].iter().any(|p| tail.trim_start().starts_with(p))
                {
                    cend = cstart + c;
                }
            }
            let content = trim_range(text, Range { start: cstart, end: cend });
            // "As the mayor said, the port …": the comma after the cue is not reported, nor a
            // colon ("saying: Woe is me").
            let lead = text[content.start..content.end].len() - text[content.start..content.end].trim_start_matches([',', ':', ' ']).len();
            let content = Range {
                start: content.start + lead,
                end: content.start + lead + text[content.start + lead..content.end].trim_end_matches([',', ' ', ':']).len(),
            };
            let short = text[content.start..content.end].split_whitespace().count();
            // A stance verb with a named object ("The Courier backed Lind."), a
            // refusal or promise ("declined to comment"), or a short quoted
            // phrase ("warned against “hasty conclusions”").
            let infinitive = matches!(word.as_str(), "declined" | "refused" | "agreed" | "promised" | "vowed" | "pledged" | "threatened")
                && text[content.start..content.end].starts_with("to ");
            // (not a passive's agent: "The captain was praised by crews" is the crews' praise)
            // A verb of saying reports a short clause or pronoun too ("said so", "said
            // that", "did not say when"), but not a time or setting alone ("said
            // Thursday", "said twice") or an amount ("said nothing"), nor the rest of a
            // sentence it interrupts ("This campaign, he says, is different" reports all of
            // it, below).
            // (a closure: read only for a short object, not for every cue)
            let saying = || {
                let words = &text[content.start..content.end];
                matches!(word.as_str(), "said" | "says" | "say" | "confirmed")
                    && !text[cue.end..content.start].contains(',')
                    && words.chars().any(char::is_alphabetic)
                    && !only_setting(words)
                    // ("said nothing", "said little": how much, not what)
                    && !matches!(
                        words.split_whitespace().next().map(str::to_lowercase).as_deref(),
                        Some("nothing" | "little" | "much" | "anything" | "something" | "more" | "less")
                    )
            };
            if (1..3).contains(&short)
                // ("called him “unhinged.”": a short object before the quoted words too)
                && (STANCE.contains(&word.as_str()) || infinitive || text[content.start..content.end].contains(['"', '“', '‘']) || saying())
                && !text[content.start..content.end].starts_with("by ")
            {
                if let Some(source) = source_before(text, ss, cue.start) {
                    let kind = kind_of(text, content);
                    out.push(Quote { kind, content, cue: Some(cue), source: Some(source), relayed_by: None });
                    found += 1;
                    continue;
                }
            }
            // "The captain was praised by crews.": a short passive's agent praised the subject.
            if (1..3).contains(&short)
                && text[content.start..content.end].starts_with("by ")
                && word.ends_with("ed")
                && crate::cue::be_before(text, ss, cue.start)
            {
                let subject =
                    source_before(text, ss, cue.start).map(|r| trim_auxiliaries(text, r)).filter(|&r| !opens_subordinate(text, r));
                if let (Some((agent, None)), Some(subject)) = (passive_agent(text, after, cue.end, se), subject) {
                    if subject.end > subject.start {
                        out.push(Quote {
                            kind: kind_of(text, subject),
                            content: subject,
                            cue: Some(cue),
                            source: Some(agent),
                            relayed_by: None,
                        });
                        found += 1;
                    }
                }
                continue;
            }
            // "…, he said, and …", "…, lawmakers said Friday afternoon.": only a
            // setting (a day, "in a statement") sits between the cue and the clause's end.
            // The clause before must be a whole one: "The museum, Mr. Bush said, celebrated …"
            // and "During his years in office, Mr. Obama said, …" say the rest after the cue.
            // "…, he told the court in his filing.": after the hearer, only a setting.
            let told = word.starts_with("told");
            // Any cue with only a setting after it ("…, their son confirmed on Facebook Friday.").
            let setting_only = only_setting(if told { &text[cstart..se] } else { after })
                || (matches!(word.as_str(), "said" | "says" | "added" | "adds" | "replied" | "explained" | "joked" | "shouted")
                    && circumstance_only(after));
            // "…, local authorities reported, in the latest sign of …": a comma and an adjunct
            // right after the cue open no reported clause, so the report is the clause before.
            let comma_after = after.strip_prefix(',').is_some_and(|rest| {
                let next = rest.split_whitespace().next().unwrap_or("");
                matches!(
                    next,
                    "in" | "on"
                        | "at"
                        | "amid"
                        | "after"
                        | "before"
                        | "despite"
                        | "with"
                        | "as"
                        | "following"
                        | "although"
                        | "though"
                        | "while"
                        | "whereas"
                        | "citing"
                        | "quoting"
                )
            });
            // "He may not win, they say, but he is still …": a parenthetical cue before
            // another clause reports the clause before it (not "…, but Vell said, …").
            // Only a verb of saying or thinking, and a short speaker: "…, as the report
            // recommended, and …" and "…, shaming and cajoling, Mr. Vell got his wish" are no
            // parentheticals.
            let parenthetical_cue = PARENTHETICAL_CUES.contains(&word.as_str()) || crate::lexicon::EVIDENCE_CUES.contains(&word.as_str());
            let parenthetical_before_clause = clause_ends && parenthetical_cue && {
                let head = &text[ss..cue.start];
                last_clause_comma(head).is_some_and(|c| {
                    let between = head[c + 1..].trim_start();
                    let first = between.split_whitespace().next().unwrap_or("").to_lowercase();
                    (1..=4).contains(&between.split_whitespace().count()) && first != "as" && !CLAUSE_LINKS.contains(&first.as_str())
                })
            };
            // After "told", the hearer set off before a predicate: "The plan, she told the
            // board of the port, was sound." (no verb in the hearer's phrase)
            let hearer = text[cue.end..se]
                .split_once(", ")
                .map(|(h, _)| h)
                .filter(|h| told && (1..=6).contains(&h.split_whitespace().count()))
                .filter(|h| {
                    let mut words = h.split_whitespace();
                    words.next().is_some_and(|w| w.starts_with(char::is_lowercase)) && words.all(|w| !(verb_like(w) || CUE.is_match(w)))
                })
                .map_or(0, str::len);
            let told_aside = hearer > 0 && {
                let predicate = text[cue.end + hearer..se].trim_start_matches([',', ' ']).trim_end_matches(['.', '!', '?', ' ']);
                (1..3).contains(&predicate.split_whitespace().count())
                    && last_clause_comma(&text[ss..cue.start])
                        .is_some_and(|c| (1..=4).contains(&text[ss + c + 1..cue.start].split_whitespace().count()))
            };
            // "Such a move could alienate his backers, Clinton allies believe — backers she …",
            // "…, political analysts say; in 2012 …": a dash or a semicolon after a cue of
            // saying or thinking set off by a comma closes the report.
            // So does a participle after the comma: "…, his team believes, resulting in …".
            // (past a setting: "…, his aides argued in interviews this week; rather, …")
            let closed_after = parenthetical_cue
                && {
                    let a = after.trim_start();
                    // (a short setting: the mark is looked for in the first 80 bytes only)
                    let a = a[..a.floor_char_boundary(80)]
                        .find([';', '—', '–'])
                        .filter(|&i| {
                            let words: Vec<&str> = a[..i].split_whitespace().collect();
                            (2..=5).contains(&words.len())
                                && (only_setting(&a[..i])
                                    || (matches!(words[0], "in" | "on" | "at" | "during")
                                        && words.iter().all(|w| w.chars().all(|c| c.is_alphanumeric()))
                                        && !words.iter().any(|w| CUE.is_match(w) || SUBJECT_END.contains(w))))
                        })
                        .map_or(a, |i| &a[i..]);
                    let participle = a
                        .strip_prefix(',')
                        .and_then(|r| r.split_whitespace().next())
                        .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.chars().all(|c| c.is_ascii_lowercase()));
                    opens_with_dash(a) || a.starts_with(';') || participle
                }
                && last_clause_comma(&text[ss..cue.start])
                    .is_some_and(|c| (1..=4).contains(&text[ss + c + 1..cue.start].split_whitespace().count()));
            // "…, as her campaign manager suggested after she swept the South.": a report set
            // in parenthesis by "as" reports the clause before it, whatever time follows.
            // (a verb of saying or noting: "…, as the audit recommended, and …" is no aside)
            let noting = parenthetical_cue
                || inverts
                || matches!(word.as_str(), "suggested" | "suggests" | "observed" | "reported" | "reports" | "predicted" | "pointed out");
            let as_aside = noting
                && last_clause_comma(&text[ss..cue.start]).is_some_and(|c| {
                    let between = text[ss + c + 1..cue.start].trim_start();
                    between.starts_with("as ") && (2..=6).contains(&between.split_whitespace().count())
                })
                && {
                    let rest = after.trim_start();
                    let first = rest.split_whitespace().next().unwrap_or("");
                    rest.is_empty() || rest.starts_with([',', '.', ';', '!', '?']) || SUBORDINATORS.contains(&first)
                };
            let cue_final = (inverts || told || setting_only || comma_after || parenthetical_before_clause || closed_after || as_aside)
                && {
                    let after = if told { &text[cstart..se] } else { after };
                    let setting = SETTING.find(after);
                    let mut rest = setting.map_or(after, |m| &after[m.end()..]).trim_start();
                    // "… in a letter to the board.": a short phrase may close the setting.
                    if setting.is_some() {
                        let tail = rest.trim_end_matches(['.', '!', '?', ' ']);
                        if ["to ", "from ", "with ", "on ", "at "].iter().any(|p| tail.starts_with(p))
                            && tail.split_whitespace().count() <= 5
                            && !tail.contains([',', ';'])
                        {
                            rest = &rest[tail.len()..];
                        }
                    }
                    let before = last_clause_comma(&text[ss..cue.start]).map_or("", |c| &text[ss..ss + c]);
                    // A clause opener ("When …") leaves the report no main clause, unless its own
                    // clause has closed with a comma before the content's ("When she noticed him,
                    // her eyes widened, he said").
                    // "…, given that, as The Courier reported on Saturday, he has …": an aside
                    // right after a conjunction opens the clause it reports, after it.
                    let opens_clause = before.split_whitespace().next_back().is_some_and(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "that" | "because" | "but" | "and" | "since" | "so" | "while" | "although" | "though" | "if" | "whereas"
                        )
                    }) && text[ss + before.len()..cue.start].trim_start_matches([',', ' ']).starts_with("as ");
                    // "My staff cautioned me, but I said, hey, you have got to …": a speaker
                    // joined by "but" or "and" after the comma opens a clause of its own, and
                    // what its cue reports follows the cue's comma.
                    let conjoined = {
                        let between: Vec<&str> =
                            text[ss + before.len()..cue.start].trim_start_matches([',', ' ']).split_whitespace().collect();
                        (2..=5).contains(&between.len())
                            && matches!(between[0], "but" | "and" | "yet")
                            && rest.strip_prefix(',').is_some_and(|r| r.split_whitespace().nth(2).is_some() && !only_setting(r))
                    };
                    // "said on Radio Vik, where he works, that …": a clause set off on the
                    // setting is part of it, and the reported words follow.
                    let aside_then_that = rest.find(", ").is_some_and(|i| {
                        let r = &rest[i + 2..];
                        rest[..i].split_whitespace().count() <= 5
                            && (r.starts_with("where ") || r.starts_with("when "))
                            && r.split_once(", ")
                                .is_some_and(|(aside, after)| !aside.contains([';', '"', '“', '”']) && after.starts_with("that "))
                    });
                    (rest.is_empty() || rest.starts_with([',', '.', ';', '!', '?']) || setting_only || closed_after || as_aside)
                        && !aside_then_that
                        && !opens_clause
                        && !conjoined
                        && before.split_whitespace().count() >= 3
                        && (!opens_with_clause_opener(before) || before.contains(", "))
                        && !crate::source::time_opener(before)
                };
            // "Flake said he would.", "They said she could not.": a pronoun and an
            // auxiliary are a whole clause whose verb is left out.
            let elliptical = {
                let words: Vec<String> = text[content.start..content.end]
                    .split_whitespace()
                    .take(4)
                    .map(|w| w.trim_end_matches(['.', ',', '!', '?']).to_lowercase().replace('’', "'"))
                    .collect();
                (2..=3).contains(&words.len())
                    && matches!(words[0].as_str(), "he" | "she" | "they" | "it" | "i" | "we" | "you")
                    && AUXILIARIES.contains(&words[1].as_str())
                    && words.get(2).is_none_or(|w| matches!(w.as_str(), "not" | "too" | "so"))
                    // "Insiders said it's important.": a contracted subject and verb and
                    // their complement are a whole clause too.
                    || (words.len() == 2
                        && matches!(
                            words[0].as_str(),
                            "it's" | "that's" | "he's" | "she's" | "they're" | "we're" | "i'm" | "there's" | "you're"
                        ))
            };
            if (short < 3 && !elliptical) || cue_final || told_aside {
                // "The economy is strong, Obama said.": the content comes first.
                let head = &text[ss..cue.start];
                // "Throughout the 2000s, owners feared the costs.": a phrase that opens the
                // sentence before its subject is no clause to report (as for `cue_final`).
                let opener_only = !cue_final
                    && last_clause_comma(head).is_some_and(|c| {
                        let before = &head[..c];
                        (opens_with_clause_opener(before) && !before.contains(", ")) || crate::source::time_opener(before)
                    });
                if let Some(comma) = last_clause_comma(head).filter(|_| !opener_only) {
                    // "The bill's failure was “heartbreaking,” she said.": the closing mark
                    // after the comma ends the content; the speaker follows it.
                    // (the closing mark may be two apostrophes: "… them,'' Berg said")
                    let closing = &head[comma + 1..];
                    let mark = if closing.starts_with("''") {
                        2
                    } else {
                        closing.chars().next().filter(|c| matches!(c, '”' | '"' | '’' | '\'' | '»')).map_or(0, char::len_utf8)
                    };
                    let mut content = trim_range(text, Range { start: ss, end: ss + comma });
                    if mark > 0 {
                        content.end = ss + comma + 1 + mark;
                    }
                    let comma = comma + mark;
                    // "…, a spokeswoman, Ana Lind, said": the speaker is a name with its
                    // appositive, both set off by commas; the content ends before them.
                    let short = |a: usize, b: usize| (1..=4).contains(&head[a..b].split_whitespace().count());
                    let named = |a: usize, b: usize| head[a..b].split_whitespace().all(|w| w.starts_with(char::is_uppercase));
                    let appositive = if mark == 0 && head[comma + 1..].trim().is_empty() {
                        let pieces: Vec<usize> = head[..comma].match_indices(", ").map(|(i, _)| i).collect();
                        match pieces[..] {
                            [.., c1, c2] if short(c1 + 2, c2) && short(c2 + 2, comma) && (named(c1 + 2, c2) || named(c2 + 2, comma)) => {
                                Some(c1)
                            }
                            _ => None,
                        }
                    } else {
                        None
                    };
                    // The speaker between the comma and the cue is a noun phrase, not a clause
                    // ("Carson rejected the notion that the episode showed …").
                    // A participle has no speaker of its own there ("…, just as they will foot
                    // the bill these bureaucrats have been promising").
                    let source = if let Some(c1) = appositive {
                        content = trim_range(text, Range { start: ss, end: ss + c1 });
                        Some(Range { start: ss + c1 + 2, end: ss + comma })
                    } else {
                        phrase_after(text, ss + comma + 1, cue.start).filter(|_| !ing).filter(|r| {
                            !text[r.start..r.end]
                                .split_whitespace()
                                .skip(1)
                                .filter(|w| w.starts_with(char::is_lowercase))
                                .any(|w| verb_like(w) || CUE.is_match(w))
                        })
                    };
                    // "This campaign, he says, is different.": a short subject before a
                    // parenthetical cue and a short predicate after it are one report,
                    // the whole sentence.
                    // After "told", past its hearer: "The solution, the partner told them, was simple."
                    let after_cue = cue.end + hearer;
                    let predicate = text[after_cue..se].strip_prefix(", ").map(|p| p.trim_end_matches(['.', '!', '?', ' ']));
                    let short_report = appositive.is_none()
                        && (parenthetical_cue || (told && hearer > 0))
                        && predicate.is_some_and(|p| {
                            let n = p.split_whitespace().count();
                            // (a longer predicate opening with its auxiliary: "The harbour, Lind
                            // said, will reopen in May")
                            let first = p.split_whitespace().next().unwrap_or("").to_lowercase().replace('’', "'");
                            let subject = text[content.start..content.end].split_whitespace().count();
                            ((1..3).contains(&n) || (AUXILIARIES.contains(&first.as_str()) && subject <= 6))
                                && p.starts_with(char::is_lowercase)
                                && !p.contains(['"', '“', '”', ',', ';'])
                                && n + subject >= 3
                        });
                    if short_report {
                        let p = predicate.unwrap_or_default();
                        content = Range { start: content.start, end: after_cue + 2 + p.len() };
                    }
                    if (short_report || text[content.start..content.end].split_whitespace().count() >= 3)
                        && source.is_some()
                        && !inside_direct(content.start)
                    {
                        out.push(Quote { kind: kind_of(text, content), content, cue: Some(cue), source, relayed_by: None });
                        found += 1;
                    }
                }
                continue;
            }
            if clause_ends {
                continue;
            }
            // "…, saying …" after a clause: the speaker is the sentence's subject, not the clause.
            // An adverb may sit between the comma and the participle ("…, recently telling …").
            let participle_after_comma = ing && ends_with_comma(&text[ss..before_auxiliaries(text, ss, cue.start)]);
            // "… distanced herself from the board by saying …", "… while insisting …": a
            // participle after a preposition or subordinator speaks for the sentence's subject.
            let participle_after_preposition = ing
                && text[ss..cue.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "by" | "while" | "after" | "before" | "when" | "in" | "since" | "upon" | "through"));
            // "…,” Ms. Acosta said, explaining …": the speaker of the cue before it in the sentence.
            let earlier_speaker = || speaker_of_cue_between(out, ss, cue.start);
            // "…, though last week he used stronger language, saying …": a subject pronoun
            // in the clause right before the comma is the nearest speaker.
            let clause_pronoun = || {
                let head = text[ss..before_auxiliaries(text, ss, cue.start)].trim_end().strip_suffix(',')?;
                let from = head.rfind([',', ';', '(', '—']).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
                let clause = &head[from..];
                let mut found = None;
                let mut offset = 0;
                for w in clause.split_whitespace() {
                    let at = offset + clause[offset..].find(w).unwrap_or(0);
                    offset = at + w.len();
                    let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
                    if matches!(bare.to_lowercase().as_str(), "he" | "she" | "they" | "we" | "i") && bare.len() == w.len() {
                        found = Some(Range { start: ss + from + at, end: ss + from + at + w.len() });
                    }
                }
                found
            };
            // "Protest groups say …, and the civil liberties union has sued the city, saying …":
            // the subject of the clause after the last "and", "but" or "while" between clauses.
            // (read within the cue's window, as every look back from a cue is)
            let clause_subject = || {
                let lo = window_start(text, cue.start).max(ss);
                let head = text[lo..before_auxiliaries(text, lo, cue.start)].trim_end().strip_suffix(',')?;
                // (the last comma before a clause link, or a semicolon)
                let linked = head.rmatch_indices(", ").find_map(|(i, _)| {
                    let (w, _) = head[i + 2..].split_once(' ')?;
                    (CLAUSE_LINKS.contains(&w) || w == "whereas").then_some(i + 2 + w.len() + 1)
                });
                let at = linked.into_iter().chain(head.rfind("; ").map(|i| i + 2)).max()?;
                let s = subject_at(text, lo + at, cue.start, false)?;
                let phrase = &text[s.start..s.end];
                let named = phrase.starts_with(char::is_uppercase) || crate::source::is_description(phrase);
                (named && !crate::source::participle_clause(text, s) && !crate::source::not_a_subject(text, s)).then_some(s)
            };
            // "The fracas erupted two months after the tycoon entered the race …, calling
            // them rapists": the subject of the clause right before the comma, after its
            // last subordinator if it has one, when a verb follows it.
            // (read within the cue's window, as every look back from a cue is)
            let last_clause_subject = || {
                let lo = window_start(text, cue.start).max(ss);
                let mut head = text[lo..before_auxiliaries(text, lo, cue.start)].trim_end().strip_suffix(',')?;
                let piece_from = |head: &str| {
                    head.rfind([',', ';', '—', '–', '―']).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8))
                };
                let mut from = piece_from(head);
                // (a name set off after the clause's object is that object's: "Kerr fired her
                // harbour chief, Ola Weaver, acknowledging …" is Kerr's)
                let name: Vec<&str> = head[from..].split_whitespace().collect();
                if from > 0
                    && (1..=4).contains(&name.len())
                    && name.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.'))
                    && head[..from].ends_with(',')
                {
                    head = head[..from - 1].trim_end();
                    from = piece_from(head);
                }
                let clause = &head[from..];
                // (a quotation closed after the comma is the clause before's: "… calls it “a
                // toll for all,” Kerr seized upon the phrase, repeating …")
                let clause = clause.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\''));
                let words: Vec<(usize, &str)> =
                    clause.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
                let opener = words.iter().rposition(|(_, w)| {
                    let w = w.to_lowercase();
                    SUBORDINATORS.contains(&w.as_str()) || w == "since"
                });
                let at = match opener {
                    Some(k) => words.get(k + 1)?.0,
                    None => words.first()?.0,
                };
                let with_verb = |at: usize, capital: bool| {
                    let subject = subject_at(text, at, lo + head.len(), capital)?;
                    let next = text[subject.end..lo + head.len()].split_whitespace().next().unwrap_or("").to_lowercase();
                    (verb_like(&next) && !crate::source::not_a_subject(text, subject)).then_some(subject)
                };
                // (a second clause joined by "and" or "but" has its own subject: "the board
                // charged the officer and Kerr fired her harbour chief, acknowledging …")
                let start = opener.map_or(0, |k| k + 1);
                let joined =
                    words.iter().enumerate().skip(start + 1).rev().filter(|(_, (_, w))| matches!(*w, "and" | "but")).find_map(|(k, _)| {
                        let (at, next) = *words.get(k + 1)?;
                        // (after a clause with a verb of its own, not in a subject of two names)
                        let clause = words[start..k].iter().any(|(_, w)| w.starts_with(char::is_lowercase) && verb_like(&w.to_lowercase()));
                        (clause && next.starts_with(char::is_uppercase)).then(|| with_verb(at, true)).flatten()
                    });
                joined.or_else(|| with_verb(at, opener.is_none()))
            };
            let mut source = if participle_after_preposition {
                // The subject of the clause the participle hangs on ("Moro distanced herself
                // … by saying" gives "Moro"), or the sentence's when the clause has none.
                let clause = source_before(text, ss, cue.start).filter(|r| {
                    !text[r.start..r.end].starts_with(char::is_lowercase) || {
                        let first = text[r.start..r.end].split_whitespace().next().unwrap_or("");
                        SUBJECT_PRONOUNS.contains(&first) || matches!(first, "the" | "a" | "an" | "who" | "which" | "that")
                    }
                });
                match clause {
                    Some(r) => subject_at(text, r.start, cue.start, false)
                        .map(|s| Range { start: s.start, end: before_auxiliaries(text, s.start, s.end) })
                        .or(Some(r)),
                    None => sentence_subject(text, ss, cue.start),
                }
            } else if participle_after_comma {
                clause_pronoun()
                    .or_else(clause_subject)
                    .or_else(last_clause_subject)
                    .or_else(earlier_speaker)
                    .or_else(|| sentence_subject(text, ss, cue.start))
            } else {
                None
            }
            .or_else(|| source_before(text, ss, cue.start))
            .or_else(|| relative_subject(text, ss, cue.start));
            // "… and said", "…, claiming": the cue's subject opens the sentence.
            // "…, visibly angry, forcefully denied": an adverb before the cue leaves it no subject of its own either.
            let coordinated = {
                // "… but has said": auxiliaries and adverbs are part of the cue.
                let before = text[ss..before_auxiliaries(text, ss, cue.start)].trim_end();
                crate::source::ends_coordinated(before).is_some() || ends_with_comma(before) || ing
            };
            // (a "source" in the setting after "and" is none: "… but on Tuesday wrote")
            let setting_from = ends_coordinated_at(text, ss, cue.start);
            let in_setting = |r: Range| setting_from.is_some_and(|from| r.start >= from);
            if (source.is_none() || source.is_some_and(in_setting)) && coordinated && !participle_after_comma {
                // "…, and when Lind thanked Portvik and said it was great to be home, …": the
                // subject of a subordinate clause holding both verbs, not the sentence's.
                let subordinate = setting_from.and_then(|and| subordinate_subject(text, ss, and));
                source = subordinate.or_else(|| sentence_subject(text, ss, cue.start)).or(source);
            }
            // Passive cues ("was accused of", "is expected") and "seems" name no speaker
            // unless "by" follows; the subject is what is reported on.
            let first = word.split(' ').next().unwrap_or("");
            // "is worried that …", "are convinced that …": a state of mind, whose holder is the subject.
            // So are "is assured of …", "is persuaded of …" and "is opposed to …" (not "was assured
            // by officials that …", a hearer's).
            let state_of_mind = matches!(first, "worried" | "convinced" | "concerned" | "frustrated" | "disappointed" | "pleased")
                || matches!(word.as_str(), "assured of" | "persuaded of" | "opposed to")
                || (matches!(first, "assured" | "persuaded") && after.trim_start().starts_with("of "))
                || (first == "opposed" && after.trim_start().starts_with("to "));
            let participle = !state_of_mind
                && (first.ends_with("ed")
                    || matches!(first, "found" | "shown" | "known" | "told" | "said" | "thought" | "seen" | "understood"));
            // Only within the cue's own clause: "Bamberg, who is 28, said" is active.
            let clause = text[ss..cue.start].trim_end();
            let be_before = crate::cue::be_before(text, ss, cue.start);
            // "seems" names no speaker, unless a person seems to say something ("he seemed
            // to indicate …", "she appeared to suggest …").
            let personal = source.is_some_and(|r| {
                let src = &text[r.start..r.end];
                let lower = src.to_lowercase();
                !matches!(lower.as_str(), "it" | "this" | "that" | "there" | "which" | "what")
                    && (SUBJECT_PRONOUNS.contains(&lower.as_str()) || src.starts_with(char::is_uppercase))
            });
            let says = after.trim_start().strip_prefix("to ").and_then(|r| r.split_whitespace().next()).is_some_and(|v| CUE.is_match(v));
            let seems = matches!(first, "seems" | "seemed" | "appears" | "appeared" | "appear") && !(personal && says);
            // "known" is never active ("a think tank known for …").
            let known = first == "known" && !after.trim_start().starts_with("by ");
            // "with the two clubs said to be close", "a striker thought to favour the move": a
            // passive without its "be", before the verb it reports ("said to reporters" is active).
            let raised = matches!(first, "said" | "thought" | "believed" | "understood" | "reported" | "rumoured" | "rumored" | "alleged")
                && after.trim_start().strip_prefix("to ").and_then(|r| r.split_whitespace().next()).is_some_and(|v| {
                    matches!(
                        v,
                        "be" | "have"
                            | "want"
                            | "favour"
                            | "favor"
                            | "prefer"
                            | "owe"
                            | "hold"
                            | "own"
                            | "earn"
                            | "plan"
                            | "consider"
                            | "back"
                            | "oppose"
                            | "support"
                            | "need"
                            | "seek"
                            | "include"
                            | "involve"
                            | "cost"
                            | "exceed"
                            | "number"
                            | "total"
                            | "lie"
                            | "live"
                            | "work"
                            | "stand"
                    )
                });
            // "…, he said when asked whether …": a passive with its "be" left out.
            let reduced = participle && crate::cue::reduced_passive(text, cue.start);
            // "did not respond to questions about …", "a debate dominated by questions about
            // …", "faced questions about …": questions put to the subject, by no one named
            // (not "raised questions about …", the raiser's).
            let put_to = matches!(word.as_str(), "questions about" | "questions" | "questions over")
                && crate::cue::before(text, cue.start).split_whitespace().next_back().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "to" | "by"
                            | "faced"
                            | "faces"
                            | "facing"
                            | "face"
                            | "fielded"
                            | "fielding"
                            | "answered"
                            | "answering"
                            | "dodged"
                            | "deflected"
                    )
                });
            // (the agent after "by", read at most once, for the passive test and the passive's report)
            let agent_cell = std::cell::OnceCell::new();
            let agent = || *agent_cell.get_or_init(|| passive_agent(text, after, cue.end, se));
            let passive = (participle && (be_before || raised || reduced) && !(after.trim_start().starts_with("by ") || agent().is_some()))
                || seems
                || known
                || put_to;
            // "But when asked how …, Lind fought back": opening the sentence, the question
            // ends at the comma before the main clause.
            let mut content = content;
            if reduced && clause.split_whitespace().count() <= 2 {
                if let Some(c) = text[content.start..content.end].find(", ") {
                    content.end = content.start + c;
                }
            }
            if let Some((oc, subject)) = opener_subject {
                if source.is_none_or(|r| r.start < oc) {
                    source = Some(subject);
                }
                // The phrase's report ends with the phrase ("In rejecting a similar
                // challenge, the commission recognized …" reports the challenge only).
                if content.start < oc && content.end > oc {
                    content.end = oc;
                }
            }
            // "Shelton said that while polling of his members showed …": a phrase holding
            // another cue is that cue's report; its speaker reports this one too.
            // "The ministry said Costa warned that …": a named subject after the other cue is
            // this report's own speaker, and the one before relays it.
            let mut relayed_by = None;
            // "The head of a lobby backing the plan, Ana Lind, praised …": the name set off
            // right before the cue is the speaker the phrase before it describes.
            // (not before a participle, which hangs on a clause: "Kerr fired her harbour chief, Ola
            // Weaver, acknowledging …")
            let from = source.map_or(Some(ss), |r| (r.end < cue.start).then_some(r.end)).filter(|_| !participle_after_comma);
            if let Some(from) = from {
                let before_name = text[from..cue.start].trim_end().strip_suffix(',').and_then(|b| b.rfind(", ")).map(|i| from + i);
                let named = before_name.and_then(|at| APPOSITIVE_SUBJECT.captures(&text[at..]).map(|c| (at, c)));
                if let Some((at, c)) = named.filter(|(at, c)| c.name("verb").is_some_and(|v| at + v.start() == cue.start)) {
                    source = c.name("name").map(|n| Range { start: at + n.start(), end: at + n.end() });
                }
            }
            if let Some(r) = source {
                let outer = CUE.find_iter(&text[r.start..r.end]).find(|m| cue_use(text, r.start + m.start(), r.start + m.end()));
                if let Some(m) = outer {
                    let at = r.start + m.start();
                    let teller = source_before(text, ss.min(at), at).filter(|o| o.end <= at);
                    // "Even economists who favor the tax agree …": the other cue is in a
                    // relative clause on the speaker, who stands before its pronoun.
                    // (a finite cue: "who refused to endorse", "who is backing" hold no main verb)
                    let finite = !ing && !text[..cue.start].trim_end().ends_with(" to");
                    let antecedent = teller.filter(|t| {
                        finite
                            && matches!(&text[t.start..t.end], "who" | "which")
                            && t.start > r.start
                            && !text[r.start..t.start].contains(',')
                    });
                    if let Some(t) = antecedent {
                        source = Some(Range { start: r.start, end: r.start + text[r.start..t.start].trim_end().len() });
                    } else {
                        match own_subject(text, r.start + m.end(), r.end).filter(|_| teller.is_some() && !ing) {
                            Some(own) => {
                                source = Some(own);
                                relayed_by = teller;
                            }
                            None => source = teller.or(source),
                        }
                    }
                }
            }
            // "The damage was estimated at €32 million": a measure, not a report.
            if passive && text[content.start..content.end].starts_with("at ") {
                continue;
            }
            if passive {
                source = None;
            } else if source.is_none() && !ing {
                continue;
            }
            // A relative clause ends at the comma before the main clause's cue:
            // "Sanders, who on Tuesday endorsed Clinton, said Wednesday …".
            let relative = source.is_some_and(|r| matches!(&text[r.start..r.end], "who" | "which"));
            if relative {
                let body = &text[content.start..content.end];
                if let Some(comma) = body.find(", ").filter(|&c| {
                    let rest: Vec<&str> = body[c + 2..].split_whitespace().take(4).collect();
                    rest.iter().any(|w| CUE.is_match(w))
                }) {
                    content.end = content.start + comma;
                }
                // "Vell—who had endorsed Kerr for mayor—will headline …": set off by a dash,
                // the clause ends at the next one.
                let r = source.unwrap_or(content);
                if text[..r.start].trim_end().ends_with(crate::lexicon::DASHES) {
                    let body = &text[content.start..content.end];
                    if let Some(dash) = body.find(crate::lexicon::DASHES).filter(|&d| d > 0) {
                        content.end = content.start + body[..dash].trim_end().len();
                    }
                }
            }
            // "The head of a lobby backing the plan, Ana Lind, praised …": the name after
            // the participle's object is the subject of the sentence's verb; the
            // participle reports its object only.
            if ing {
                let body = &text[content.start..content.end];
                let verb = |v: &str| v.ends_with("ed") || is_cue_word(v);
                let cut = body
                    .match_indices(", ")
                    .map(|(i, _)| i)
                    .find(|&i| APPOSITIVE_SUBJECT.captures(&body[i..]).and_then(|c| c.name("verb")).is_some_and(|v| verb(v.as_str())));
                if let Some(i) = cut.filter(|&i| i > 0) {
                    content.end = content.start + i;
                }
            }
            // "Democrats in Congress, fearing the costs, failed to …": a participle set off
            // between the subject and its verb reports only up to its closing comma.
            if participle_after_comma {
                let subject = sentence_subject(text, ss, cue.start);
                let right_after = subject.is_some_and(|r| text[r.end..cue.start].trim() == ",");
                let body = &text[content.start..content.end];
                if let Some(comma) = body.find(", ").filter(|_| right_after) {
                    if body[..comma].split_whitespace().count() >= 2 {
                        content.end = content.start + comma;
                    }
                }
            }
            // "he was criticized by libertarians", "Sanders was asked by host John Dickerson
            // whether …": a passive cue's agent is its speaker. What is reported is the clause
            // after the agent when there is one, else the subject.
            // "The bill, opposed by House Republicans, …": a participle set off after a noun
            // phrase is a passive too; its subject is the phrase before the comma or dash.
            let set_off = clause.ends_with([',', '—', '–']) || clause.ends_with(" -");
            if participle && (be_before || set_off || reduced) {
                if let Some((agent, rest)) = agent().filter(|(_, rest)| !reduced || rest.is_some()) {
                    let subject = if be_before {
                        source.map(|r| trim_auxiliaries(text, r)).filter(|&r| !opens_subordinate(text, r))
                    } else {
                        let head = clause.trim_end_matches([',', '—', '–', '-', ' ']);
                        let from = head
                            .rfind([',', ';', '(', '—', '–', ':'])
                            .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
                        Some(trim_range(text, Range { start: ss + from, end: ss + head.len() }))
                    };
                    match (rest, subject) {
                        (Some(r), _) => content = r,
                        (None, Some(r)) if r.end > r.start => content = r,
                        _ => continue,
                    }
                    source = Some(agent);
                }
            }
            // "While Lind insisted that the pier was safe, engineers found cracks": a report
            // inside a clause that opens the sentence ends at the comma before the main
            // clause's subject and verb.
            if let Some(at) = fronted_clause_end(text, ss, cue, content.start, content.end) {
                content.end = at;
            }
            let kind = kind_of(text, content);
            out.push(Quote { kind, content, cue: Some(cue), source, relayed_by });
            found += 1;
        }
    }
}

/// Whether a phrase opens with a subordinator or preposition ("After the vote"), perhaps
/// after a word of degree or time ("Shortly after my sentence", "Days before the vote").
fn opens_with_clause_opener(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    if CLAUSE_OPENERS.contains(&first.as_str()) {
        return true;
    }
    (crate::source::is_adverb(&first)
        || matches!(
            first.as_str(),
            "just" | "right" | "even" | "only" | "soon" | "long" | "moments" | "minutes" | "hours" | "days" | "weeks" | "months" | "years"
        ))
        && words
            .next()
            .is_some_and(|w| matches!(w.trim_end_matches(','), "after" | "before" | "since" | "until" | "when" | "as" | "while" | "during"))
}

/// Whether the words after a cue are only the circumstance of the saying: a clause of
/// time or manner closing the sentence with no main clause after it ("…, Susan said as
/// she turned around", "said matter-of-factly as confetti fell", "said when asked").
/// "He said when the war ends, troops will return" reports a clause, after its comma.
fn circumstance_only(after: &str) -> bool {
    let mut words = after.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase());
    let mut first = words.next().unwrap_or_default();
    // a manner adverb first ("quietly", "matter-of-factly")
    if first.ends_with("ly") && first.len() > 4 {
        first = words.next().unwrap_or_default();
    }
    let clause = after.trim_end().trim_end_matches(['.', '!', '?']);
    // (another subordinate clause may follow it: "…, he said after meeting the crews,
    // because he said …")
    let clause = match clause.split_once(", ") {
        Some((head, tail)) if tail.split_whitespace().next().is_some_and(|w| matches!(w, "because" | "although" | "though" | "since")) => {
            head
        }
        _ => clause,
    };
    matches!(first.as_str(), "as" | "when" | "while" | "after" | "before" | "once" | "upon")
        && !clause.contains([',', ';', ':', '"', '“', '”'])
        && !clause.contains(" that ")
}

/// Whether the phrase at `r` opens with a subordinator, so it is no passive's subject
/// that an agent judged: "since so many cases were decided by 5-to-4 votes" reports nothing.
fn opens_subordinate(text: &str, r: Range) -> bool {
    let first = text[r.start..r.end].split_whitespace().next().unwrap_or("").to_lowercase();
    (first != "what" && SUBORDINATORS.contains(&first.as_str())) || matches!(first.as_str(), "since" | "as" | "whether")
}

/// Where a second report opens inside `text[lo..hi]`: "and", a short subject (a name, a
/// pronoun, a determiner's or a number's phrase) and a finite cue verb ("… and one in four
/// said …", "…, and the union argued …"), or "and" or "but", a setting and the same
/// subject's next cue ("… but on Tuesday wrote that …"), or ", and", a pronoun or a name and
/// a past verb ("…, and he renewed that prediction"). The offset is that of the link (or of a
/// comma before it).
fn coordinated_report(text: &str, lo: usize, hi: usize) -> Option<usize> {
    let span = &text[lo..hi];
    let links = span.match_indices(" and ").chain(span.match_indices(" but ")).map(|(i, _)| i);
    let mut found: Option<usize> = None;
    for i in links {
        if found.is_some_and(|f| f <= i) {
            continue;
        }
        let rest = &span[i + 5..];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        // A finite cue verb at word `k` of `rest`, in use there.
        let finite_cue = |k: usize| {
            let Some(&w) = words.get(k) else { return false };
            let finite = (w.ends_with("ed") && w.len() > 4)
                || matches!(
                    w,
                    "said"
                        | "says"
                        | "told"
                        | "tells"
                        | "wrote"
                        | "writes"
                        | "thought"
                        | "thinks"
                        | "felt"
                        | "feels"
                        | "knew"
                        | "knows"
                        | "argues"
                        | "claims"
                        | "adds"
                        | "notes"
                        | "warns"
                        | "insists"
                        | "believes"
                        | "contends"
                        | "predicts"
                );
            w.starts_with(char::is_lowercase) && finite && CUE.is_match(w) && {
                let at = lo + i + 5 + crate::source::after_words(rest, k);
                cue_use(text, at, at + w.len())
            }
        };
        // The same subject's next cue, right after the link or after a setting: "was
        // critical of the mayor but on Tuesday wrote that …".
        let same_subject =
            (0..words.len().min(4)).find(|&k| finite_cue(k)).is_some_and(|k| k > 0 && crate::source::only_setting(&words[..k].join(" ")));
        if same_subject {
            found = Some(i);
            continue;
        }
        if &span[i..i + 5] != " and " {
            continue;
        }
        // (not two subjects of one verb, "Tapper, Bash and Blitzer had mentioned", "she and
        // her supporters never doubted": the word before "and" ends a clause, so it is
        // neither a name nor a pronoun)
        let prev = span[..i].split_whitespace().next_back().unwrap_or("");
        let prev_lower = prev.to_lowercase();
        let ends_clause = prev.ends_with(',')
            || (prev.starts_with(char::is_lowercase)
                && prev.chars().all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
                && !SUBJECT_PRONOUNS.contains(&prev_lower.as_str())
                && !matches!(prev_lower.as_str(), "both" | "him" | "her" | "them" | "me" | "us" | "you"));
        if !ends_clause {
            continue;
        }
        let Some(first) = words.first() else { continue };
        let lower = first.to_lowercase();
        let opens = DETERMINERS.contains(&lower.as_str())
            || SUBJECT_PRONOUNS.contains(&lower.as_str())
            || NUMBER_WORDS.contains(&lower.as_str())
            || (first.starts_with(char::is_uppercase) && !FUNCTION_WORDS.contains(&lower.as_str()));
        if !opens {
            continue;
        }
        // (the subject: up to four words, no punctuation; the cue right after it)
        // (after a comma, a pronoun or a name with any past verb opens a clause of its own too:
        // "…, and he renewed that prediction last week")
        let comma = span[..i].ends_with(',');
        let own_clause = |k: usize| {
            comma
                && k == 1
                && (SUBJECT_PRONOUNS.contains(&lower.as_str())
                    || (first.starts_with(char::is_uppercase) && !DETERMINERS.contains(&lower.as_str())))
                && words.get(1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && ((w.ends_with("ed") && w.len() > 4)
                            || matches!(*w, "has" | "had" | "was" | "is" | "wants" | "did" | "made" | "took" | "gave" | "got"))
                })
        };
        let Some(k) = (1..words.len().min(5)).find(|&k| finite_cue(k) || own_clause(k)) else { continue };
        if words[..k].iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'))) {
            found = Some(i);
        }
    }
    found.map(|i| lo + span[..i].trim_end_matches(',').len())
}

/// Where the words of a report whose cue `cue` sits in a subordinate clause opening
/// the sentence at `ss` end: at the first comma in `text[lo..hi]` after which a main clause
/// starts, a short subject and its finite verb ("Although Vell said the ferry was late,
/// the crew blamed the tide"). `None` when the sentence opens otherwise, or no such comma is
/// found.
fn fronted_clause_end(text: &str, ss: usize, cue: Range, lo: usize, hi: usize) -> Option<usize> {
    let opening = text[ss..cue.start].trim_start();
    let first = opening.split_whitespace().next()?.to_lowercase();
    let fronted = matches!(first.as_str(), "while" | "although" | "though" | "whereas" | "as" | "if" | "because" | "since" | "once")
        || (first == "even" && opening.split_whitespace().nth(1).is_some_and(|w| matches!(w, "though" | "if" | "as")));
    // (the cue in that clause: no comma before it; nor after it, where an aside reports the
    // main clause: "As the Courier reported, on Friday the pier …"; nor an "as" with a verb of
    // saying or noting, an aside whatever follows it: "As Lind pointed out with a chart, …")
    let word = text[cue.start..cue.end].to_lowercase();
    let noting = PARENTHETICAL_CUES.contains(&word.as_str())
        || ["report", "not", "point", "observ", "suggest", "predict", "writ", "wrote", "explain"].iter().any(|p| word.starts_with(p));
    if !fronted || (first == "as" && noting) || opening.contains(", ") || text.get(cue.end..lo).is_none_or(|gap| gap.contains(',')) {
        return None;
    }
    let span = &text[lo..hi];
    span.match_indices(", ")
        .map(|(i, _)| i)
        .filter(|&i| !digit_comma(span, i))
        .find(|&i| {
            let words: Vec<&str> = span[i + 2..].split_whitespace().take(7).collect();
            let Some(head) = words.first() else { return false };
            let head = head.to_lowercase();
            // (a subject: no linking word, preposition, relative or participle opens it)
            let plain_word = |w: &str| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.'));
            let subject = SUBJECT_PRONOUNS.contains(&head.as_str())
                || DETERMINERS.contains(&head.as_str())
                || (!FUNCTION_WORDS.contains(&head.as_str())
                    && !matches!(head.as_str(), "which" | "who" | "whom" | "whose" | "that" | "including" | "such" | "not")
                    && !is_gerund(&head)
                    && !head.ends_with("ly")
                    && plain_word(words[0]));
            subject
                && (1..words.len()).any(|k| {
                    let w = words[k].trim_end_matches([',', '.']);
                    let finite = w.starts_with(char::is_lowercase) && (verb_like(w) || (CUE.is_match(w) && !w.ends_with("ing")));
                    // (the subject before it plain words: "the crew", "foreign policy experts")
                    finite && k <= 5 && words[..k].iter().all(|x| plain_word(x))
                })
        })
        .map(|i| lo + i)
}

/// The last comma of `s` that may end a clause: not one between digits ("300,000 euros").
fn last_clause_comma(s: &str) -> Option<usize> {
    s.match_indices(',').map(|(i, _)| i).rev().find(|&i| !digit_comma(s, i))
}

/// The subject of a report nested in another report's words, `text[lo..hi]` after the
/// outer cue: a name or a noun phrase ("Costa", "the mediator", "that a former judge"),
/// not a clause opened by a subordinator ("that while polling of his members") nor a
/// pronoun (the outer speaker's own words: "Lind said she warned …").
fn own_subject(text: &str, lo: usize, hi: usize) -> Option<Range> {
    let mut r = trim_range(text, Range { start: lo, end: hi });
    // After "that", past a setting ("said on Monday that the mediator …").
    let span = &text[r.start..r.end];
    if let Some(i) = span.strip_prefix("that ").map(|_| 0).or_else(|| span.rfind(" that ").map(|i| i + 1)) {
        r = trim_range(text, Range { start: r.start + i + 4, end: r.end });
    }
    let start = r.start;
    let mut words = text[r.start..r.end].split_whitespace();
    let first = words.next()?;
    let lower = first.to_lowercase();
    // A bare plural is a noun phrase too: "Moen said workers were worried about …".
    let plural = lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") && lower.chars().all(|c| c.is_alphabetic());
    let noun_phrase = matches!(
        lower.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "many" | "most" | "some" | "several" | "few" | "both"
    ) || first.starts_with(char::is_uppercase)
        || plural;
    if !noun_phrase
        || SUBORDINATORS.contains(&lower.as_str())
        || SUBJECT_PRONOUNS.contains(&lower.as_str())
        || CALENDAR.contains(&lower.as_str())
    {
        return None;
    }
    // The rest is a noun phrase's words: no preposition, verb or clause ("his hesitancy
    // to", "Sanders if he would ever", "On Sunday"), and no possessive at its end.
    let rest: Vec<&str> = words.collect();
    let function = |w: &&str| {
        matches!(
            w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()),
            "to" | "if"
                | "would"
                | "will"
                | "could"
                | "should"
                | "on"
                | "in"
                | "at"
                | "for"
                | "of"
                | "with"
                | "by"
                | "who"
                | "which"
                | "that"
                | "and"
                | "or"
                | "not"
                | "he"
                | "she"
                | "they"
                | "it"
                | "is"
                | "was"
                | "has"
                | "have"
                | "had"
        )
    };
    let last = rest.last().copied().unwrap_or(first);
    if rest.len() > 5
        || rest.iter().any(function)
        || last.ends_with("’s")
        || last.ends_with("'s")
        || last.ends_with(['’', '\''])
        || matches!(lower.as_str(), "on" | "in" | "at")
    {
        return None;
    }
    let own = trim_range(text, Range { start, end: r.end });
    (own.end > own.start && !text[own.start..own.end].contains([',', ';'])).then_some(own)
}

/// The agent of a passive cue, the noun phrase after "by" (`after` is the text from
/// `at`, the cue's end, to `se`, the sentence end), and the clause after the agent when
/// it opens with "whether", "if" or "that".
pub(crate) fn passive_agent(text: &str, after: &str, at: usize, se: usize) -> Option<(Range, Option<Range>)> {
    let lead = after.len() - after.trim_start().len();
    // "dismissed as “nostalgic” by the deputy mayor": a short description before the agent
    // is what the agent said.
    if let Some(described) = after[lead..].strip_prefix("as ") {
        let by = described.find(" by ").filter(|&i| {
            let phrase = &described[..i];
            phrase.split_whitespace().count() <= 8 && !phrase.contains([',', ';', '(']) && at + lead + 3 + i < se
        })?;
        let phrase = trim_range(text, Range { start: at + lead, end: at + lead + 3 + by });
        let (agent, _) = passive_agent(text, &after[lead + 3 + by..], at + lead + 3 + by, se)?;
        return Some((agent, Some(phrase)));
    }
    // "was endorsed the day before by …", "was recommended to Trump most forcefully by
    // …": a setting, a hearer or an adverb may stand between the cue and "by".
    if !after[lead..].starts_with("by ") {
        let by = after[lead..].find(" by ").filter(|&i| {
            let gap = &after[lead..lead + i];
            let words: Vec<&str> = gap.split_whitespace().collect();
            if words.len() > 7 || gap.contains([',', ';', ':', '(', '"', '“', '”', '—', '–']) {
                return false;
            }
            // a hearer ("to Trump", "to him"), then adverbs, then a setting
            let mut k = 0;
            if words.first() == Some(&"to") {
                k = 1;
                while words.get(k).is_some_and(|w| w.starts_with(char::is_uppercase) || matches!(*w, "him" | "her" | "them" | "me" | "us"))
                {
                    k += 1;
                }
                if k == 1 {
                    return false;
                }
            }
            while words.get(k).is_some_and(|w| {
                crate::source::is_adverb(w)
                    || matches!(*w, "also" | "again" | "first" | "and" | "most" | "more" | "very" | "so" | "then" | "later" | "already")
            }) {
                k += 1;
            }
            let rest = words[k..].join(" ");
            rest.is_empty() || crate::source::only_setting(&format!("{rest},"))
        })?;
        return passive_agent(text, &after[lead + by + 1..], at + lead + by + 1, se);
    }
    after[lead..].strip_prefix("by ")?;
    let from = at + lead + 3;
    // "by opponents for his proposal", "by host Ana Lind whether …": the agent ends before
    // a reason or a question.
    // "accused by the minister of “playing politics”", "of wasting money": the charge after
    // "of" ("by the Minister of Transport" keeps its "of").
    let charge = |rest: &str| {
        rest.strip_prefix("of ").is_some_and(|r| {
            let w = r.split_whitespace().next().unwrap_or("");
            r.starts_with(['"', '“', '‘', '\'']) || is_gerund(w)
        })
    };
    let of_charge = text[from..se].match_indices(" of ").map(|(i, _)| i).find(|&i| charge(&text[from + i + 1..se]));
    let hi = [" for ", " over ", " because ", " after ", " that ", " whether ", " if "]
        .iter()
        .filter_map(|p| text[from..se].find(p))
        .chain(of_charge)
        .min()
        .map_or(se, |i| from + i);
    let agent = phrase_after(text, from, hi)?;
    if !text[agent.start..agent.end].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // "responded by pointing a finger": a gerund after "by" is a means, not an agent
    // ("by left-leaning economists" is an agent: a compound adjective is no gerund).
    let first = text[agent.start..agent.end].split_whitespace().next().unwrap_or("");
    if is_gerund(first) {
        return None;
    }
    let rest = text[agent.end..se].trim_start();
    let clause = ["whether ", "if ", "that "].iter().any(|w| rest.starts_with(w)).then(|| {
        let start = se - rest.len();
        trim_range(text, Range { start, end: start + rest.trim_end_matches(['.', '!', '?']).len() })
    });
    let clause = clause.or_else(|| {
        charge(rest).then(|| {
            let start = se - rest.len() + 3;
            trim_range(text, Range { start, end: se - (rest.len() - rest.trim_end_matches(['.', '!', '?']).len()) })
        })
    });
    Some((agent, clause))
}

/// A subject without the auxiliaries that end it ("Trump has been" → "Trump").
fn trim_auxiliaries(text: &str, r: Range) -> Range {
    let mut end = r.end;
    loop {
        let head = text[r.start..end].trim_end();
        let Some((rest, last)) = head.rsplit_once(' ') else { break };
        if !(BE_FORMS.contains(&last) || AUXILIARIES.contains(&last) || matches!(last, "not" | "also" | "already" | "never")) {
            break;
        }
        end = r.start + rest.trim_end().len();
    }
    Range { start: r.start, end }
}

/// "79 percent of Democrats said", "31% of Republicans …", "likely voters given …": a clause
/// opening on a share of those polled.
fn counted_respondents(clause: &str) -> bool {
    clause.split_whitespace().take(6).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '%').to_lowercase();
        w.ends_with('%') || matches!(w.as_str(), "percent" | "voters" | "respondents" | "majority" | "plurality")
    })
}

/// The subject of the last subordinate clause opening in `text[ss..and]` ("when Lind
/// thanked Portvik" → "Lind"), when the clause runs on to `and` with no comma.
pub(crate) fn subordinate_subject(text: &str, ss: usize, and: usize) -> Option<Range> {
    let head = &text[ss..and];
    // (the shared subordinators, but "what" opens no clause with a subject of its own here)
    let opener =
        head.split_whitespace().rev().take(12).find(|w| (SUBORDINATORS.contains(w) && *w != "what") || matches!(*w, "since" | "once"))?;
    let at = opener.as_ptr() as usize - head.as_ptr() as usize + opener.len();
    if head[at..].contains([',', ';', ':', '“', '”', '"']) {
        return None;
    }
    subject_at(text, ss + at, and, false)
}
