//! Direct quotes: quoted passages and the cue and speaker before or after them, within a
//! paragraph, over paragraphs or from a lead-in.

use parallax_model::Span;

use crate::cue::{before_auxiliaries, clause_start, cue_before, cue_use, introduces_clause, opens_with_dash, HEAD};
use crate::lexicon::{is_cue_word, CUE, DIRECT_CUE, NOTE_LABELS, SIGNING_VERBS, SUBJECT_PRONOUNS, TAIL_CUE_REACH};
use crate::marks::quoted_spans;
use crate::source::{ends_with_comma, phrase_after, sentence_subject, source_before};
use crate::{layout, sentence_start, speaker_of_cue_between, Quote, QuoteKind, Range};

/// Where the clause before a quotation at `at` is looked for: the paragraph's start,
/// or at most [`HEAD`] bytes back, so each quotation costs a bounded amount.
fn head_from(text: &str, para_start: usize, at: usize) -> usize {
    para_start.max(text.floor_char_boundary(at.saturating_sub(HEAD)))
}

/// The sentence that holds the position just before `at` (`start < at <= end`).
fn sentence_ending(sentences: &[Span], at: usize) -> Option<&Span> {
    sentences.get(sentences.partition_point(|s| s.end < at)).filter(|s| s.start < at)
}

/// Direct quotes, paragraph by paragraph, in the paragraphs that are not
/// transcript turns (`covered`). Whole-sentence quotations with no cue that
/// follow other sentences of their paragraph are returned, for the report
/// before them to claim once indirect speech is known (`attribute_uncued`).
pub(crate) fn direct_quotes(text: &str, paragraphs: &[Span], sentences: &[Span], covered: &[bool], out: &mut Vec<Quote>) -> Vec<Range> {
    let mut uncued = Vec::new();
    // The quotes this pass adds follow `first` in `out`, in text order.
    let first = out.len();
    for (pi, p) in paragraphs.iter().enumerate().filter(|(i, _)| !covered[*i]) {
        for (qs, qe, short) in quoted_spans(text, p.start, p.end) {
            // The cue before the quote, within its sentence: `Lind said: “…”`, `called the response “…”`.
            let head_start = clause_start(text, head_from(text, p.start, qs), qs);
            let opens_sentence = text[head_start..qs].split_whitespace().count() < 2;
            // A name and verb right before the colon are closer than any cue before them
            // ("She said that …, to which Moro interjected: “…”").
            let mut head_cue = name_and_verb_before_colon(text, head_start, qs).or_else(|| cue_before(text, head_start, qs));
            // "Benjamin said he believes “…”": a cue whose pronoun subject comes right after
            // another cue is part of that report, as in `find_quotes_in`; the outer speaker speaks
            // (and the outer cue's own speaker is found below: "…, dismissing what he called “…”"
            // is the sentence's subject's).
            if let Some((_, Some(src))) = head_cue {
                if src.start > head_start && SUBJECT_PRONOUNS.contains(&text[src.start..src.end].to_lowercase().as_str()) {
                    let outer = cue_before(text, head_start, src.start)
                        .filter(|(c, s)| c.end <= src.start && src.start - c.end < 12 && s.is_some_and(|s| s.end <= c.start));
                    if outer.is_some() {
                        head_cue = outer;
                    }
                }
            }
            // "…,” Trump said, adding later, “…”: a participle after a comma has the
            // sentence's subject as its speaker, or else the speaker of the quote before it.
            // A cue whose clause start cut off its subject ("Donna Rawlings, 59, of
            // Ashton, Md., said … “…”") also takes the sentence's subject.
            if let Some((cue, source)) = head_cue.as_mut() {
                let word = &text[cue.start..cue.end];
                let ss = sentence_start(sentences, cue.start).unwrap_or(p.start);
                // "Moro said … and praised staff for doing “…”": a coordinated cue's subject opens the sentence.
                let before = text[ss..before_auxiliaries(text, ss, cue.start)].trim_end();
                let link = crate::source::ends_coordinated(before).map(|i| ss + i);
                let coordinated = link.is_some() && source.is_none_or(|s| s.start >= cue.end);
                if word.split(' ').next().is_some_and(|w| w.ends_with("ing")) && ends_with_comma(&text[..cue.start]) {
                    // "Lind said of it, “…,” adding that “…”": the speaker of the cue before
                    // it in the sentence, else the sentence's subject.
                    *source = speaker_of_cue_between(out, ss, cue.start).or_else(|| sentence_subject(text, ss, cue.start));
                } else if coordinated {
                    let subordinate = link.and_then(|and| crate::indirect::subordinate_subject(text, ss, and));
                    *source = subordinate.or_else(|| sentence_subject(text, ss, cue.start)).or(*source);
                } else if source.is_none() {
                    *source = source_before(text, ss, cue.start);
                    // "Her campaign sent out a text message to supporters saying: “…”": a
                    // participle after its clause's object speaks for the sentence's subject.
                    if source.is_none() && word.split(' ').next().is_some_and(|w| w.ends_with("ing")) {
                        // (not a clause opener's words: "Even before Sanders took the stage, …")
                        *source = sentence_subject(text, ss, cue.start).filter(|r| {
                            !crate::source::not_a_subject(text, *r)
                                && !text[r.start..r.end].split_whitespace().take(2).any(|w| {
                                    let w = w.to_lowercase();
                                    crate::lexicon::SUBORDINATORS.contains(&w.as_str())
                                        || matches!(w.as_str(), "before" | "after" | "until" | "since" | "by" | "with" | "from" | "of")
                                })
                        });
                    }
                }
                // "We were promised “…”", "Voters were told “…”": the subject heard the words;
                // with no "by" agent, no one is named as saying them.
                let be_before = crate::cue::be_before(text, ss, cue.start);
                let participle = word.ends_with("ed") || matches!(word, "told" | "shown" | "given" | "taught");
                if be_before && participle {
                    // "were accused by the minister of “playing politics”": the passive's
                    // agent said them (found as for an indirect report's passive cue).
                    let se = sentence_ending(sentences, cue.end).map_or(p.end, |s| s.end).max(qs);
                    let agent = crate::indirect::passive_agent(text, &text[cue.end..se], cue.end, se).map(|(agent, _)| agent);
                    if agent.is_some() || !text[cue.end..qs].split_whitespace().any(|w| w == "by") {
                        *source = agent;
                    }
                }
            }
            // The cue after the quote, up to the end of its sentence (initials such as
            // "Charles E. Grassley" do not end it): `,” the daily wrote` / `,” said Lind`.
            // A quotation that ends its own sentence ("… hesitation.”") has no cue after it.
            let inner = text[qs..qe].trim_end_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '.' | '!' | '?' | ',' | '…'));
            // A question or exclamation may go on with its cue ("“You winning?” she said"); the
            // sentence splitter decides whether a new sentence starts after it.
            let mut closes_sentence = inner.ends_with('.');
            let mut sentence_end = sentence_ending(sentences, qe).map_or(p.end, |s| s.end);
            // "“… another season coming!” Bush said.": the splitter may end the sentence
            // after a question, an exclamation or a trailing ellipsis; a short attribution
            // right after it is its cue. After a full stop, only a sentence that is nothing
            // but an attribution is ("“… that are missing.” Trump said.").
            if text[qe..sentence_end].trim().is_empty() {
                let next = sentences.get(sentences.partition_point(|s| s.start < qe));
                if let Some(next) = next.filter(|s| s.start <= qe + 2 && s.end <= p.end) {
                    let words: Vec<&str> = text[next.start..next.end].split_whitespace().collect();
                    let cue_word = |w: &&str| {
                        let w = w.trim_end_matches(['.', ',']);
                        CUE.is_match(w) || DIRECT_CUE.is_match(w)
                    };
                    let goes_on = inner.ends_with(['!', '?', '…']) && words.iter().take(5).any(cue_word);
                    let bare = words.len() <= 4
                        && words[0].starts_with(char::is_uppercase)
                        && words.last().is_some_and(|w| w.ends_with('.'))
                        && words.iter().any(|w| SIGNING_VERBS.contains(&w.trim_end_matches('.')));
                    if goes_on || bare {
                        sentence_end = next.end;
                        closes_sentence = false;
                    }
                }
            }
            let next_quote = text[qe..sentence_end].find(['“', '"']).map_or(sentence_end, |i| qe + i);
            let tail_end = next_quote.max(qe);
            let tail = &text[qe..tail_end];
            let tail_cue = if closes_sentence {
                None
            } else {
                // (not a passive: "…,” since so many cases were decided by 5-to-4 votes, said
                // Epstein": the votes decided nothing said)
                let passive = |m: &regex::Match| {
                    crate::cue::before(text, qe + m.start())
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| crate::lexicon::BE_FORMS.contains(&w))
                };
                // (nor a cue in a clause of its own opened after a quotation inside a report:
                // "… but “isn’t planning to endorse anyone,” while Collins suggested they would …";
                // a quotation opening its sentence may be signed after such a clause, "“…”
                // because she would …, he said")
                let own_clause = sentence_start(sentences, qs).is_some_and(|ss| text[ss..qs].split_whitespace().count() >= 2)
                    && tail
                        .trim_start_matches([',', ' '])
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "while" | "whereas" | "although" | "though" | "because" | "but"));
                let general = CUE.find_iter(tail).find(|m| cue_use(text, qe + m.start(), qe + m.end()) && !passive(m)).filter(|m| {
                    (m.start() <= TAIL_CUE_REACH || described_speaker(&tail[..m.start()]))
                        && !(matches!(m.as_str(), "said" | "says" | "say" | "added" | "adds") && introduces_clause(&tail[m.end()..]))
                        // ("“… the divide?” Trump acknowledged that a rift does exist": a cue
                        // with a "that" clause of its own reports that clause)
                        && !tail[m.end()..].trim_start().starts_with("that ")
                });
                let general = general.filter(|_| !own_clause);
                // `“…,” Lind, who has not endorsed a candidate, told reporters`: a cue inside a
                // relative clause on the speaker is the clause's; the cue after it signs the quotation.
                let general = general.map(|m| {
                    let pre = &tail[..m.start()];
                    let relative = [", who ", ", which ", ", whose "].iter().any(|p| pre.contains(p));
                    let close = tail[m.end()..].find(", ").map(|i| m.end() + i + 2);
                    relative
                        .then_some(close)
                        .flatten()
                        .and_then(|close| CUE.find_at(tail, close))
                        .filter(|n| {
                            tail[m.end()..n.start()].split_whitespace().count() <= 8
                                && !tail[m.end()..n.start()].contains(['.', ';', '"', '”'])
                                && cue_use(text, qe + n.start(), qe + n.end())
                        })
                        .unwrap_or(m)
                });
                // "…,” he continued." / "…,” read one sign.": verbs that report speech only
                // right after a quotation, within a few words of it; such a verb before a
                // general cue is the quotation's ("…,” the man shouted, using an expletive to
                // describe …": "describe" is the man's next act, not the cue).
                let direct = DIRECT_CUE.find(tail).filter(|m| tail[..m.start()].split_whitespace().count() <= 4);
                match (general, direct) {
                    (Some(g), Some(d)) if d.start() < g.start() => Some(d),
                    (g, d) => g.or(d),
                }
                .map(|m| Range { start: qe + m.start(), end: qe + m.end() })
            };
            // A dash and a name right after a whole statement sign it: `“…” — Ana Lind`.
            let statement = opens_sentence || inner.ends_with(['.', '!', '?']);
            let fills_paragraph = text[p.start..qs].trim().is_empty() && text[qe..p.end].trim().is_empty();
            let dash = if statement {
                layout::dash_after(text, qe, p.end)
                    .or_else(|| paragraphs.get(pi + 1).filter(|_| fills_paragraph).and_then(|&next| layout::dash_paragraph(text, next)))
            } else {
                None
            };
            // A quote inside a sentence belongs to the cue before it; one that opens it, to the cue after.
            // "Polling shows that “the public is wary,” said Sylke Tempel, …": a comma inside
            // the closing mark and an inverted cue right after it sign the quotation, whatever
            // cue came before.
            let signed_after = tail_cue
                .filter(|t| inner.ends_with(',') && text[qe..t.start].trim().is_empty() && phrase_after(text, t.end, tail_end).is_some());
            // So do a pronoun or a short name and a verb of speech after the comma, when the
            // sentence goes on past them ("… praised his brother's faith - “faith that shows
            // itself in works,” he said - and argued …"): the quotation is an aside.
            // (only looked for where it decides: a quotation inside a sentence, with a cue on each side)
            let signed_by_subject = tail_cue
                .filter(|t| !opens_sentence && head_cue.is_some() && inner.ends_with(',') && aside_signature(text, qe, *t))
                .and_then(|t| source_before(text, qe, t.start).map(|s| (t, Some(s))));
            let chosen = match (opens_sentence, head_cue, tail_cue) {
                _ if dash.is_some() => dash.map(|(cue, source)| (cue, Some(source))),
                (false, Some(_), Some(t)) if signed_after.is_some() => Some((t, phrase_after(text, t.end, tail_end))),
                _ if signed_by_subject.is_some() => signed_by_subject,
                (false, Some(h), _) | (true, Some(h), None) => Some(h),
                // `… to “vote your conscience” and said …`: the coordinated cue's subject opens the sentence.
                (_, _, Some(t)) if text[qe..t.start].trim() == "and" => {
                    let ss = sentence_start(sentences, qs).unwrap_or(p.start);
                    Some((t, sentence_subject(text, ss, qs)))
                }
                // "“summer of agony” for Clinton, forcing her …, said Brad Bannon": a phrase
                // that can be no subject ("for Clinton") is not the speaker; the one after the cue is.
                (_, _, Some(t)) => Some((
                    t,
                    source_before(text, qe, t.start)
                        .filter(|&r| !crate::source::not_a_subject(text, r))
                        .or_else(|| phrase_after(text, t.end, tail_end)),
                )),
                // A quotation opening its paragraph after a lead-in paragraph: "The daily reports:".
                (true, None, None) if text[p.start..qs].trim().is_empty() => lead_in(text, paragraphs, pi),
                // "… doesn't surprise pollster Dara Shaw: “…”": a name right before a colon.
                (_, None, None) => colon_speaker(text, sentence_start(sentences, qs).unwrap_or(p.start).max(p.start), qs),
            };
            // One or two quoted words are a quote only when set off as an utterance:
            // opening the sentence with the punctuation inside the marks and the cue
            // after it ("“They're worried,” Carson said"), or right after the cue and
            // its comma or colon ("Priebus said, “Probably.”"). Elsewhere they are
            // scare quotes or titles ("the so-called “reform”").
            if short {
                let after_cue = head_cue.is_some_and(|(h, _)| matches!(text[h.end..qs].trim(), "," | ":" | "—" | "–"));
                let before_cue = opens_sentence && head_cue.is_none() && tail_cue.is_some() && inner.ends_with([',', '!', '?']);
                let set_off = dash.is_none() && (before_cue || (after_cue && inner.ends_with(['.', '!', '?', ','])));
                // Set off, it has a cue (`chosen`) and is pushed below; a title check does not apply.
                if !set_off || chosen.is_none() {
                    continue;
                }
            }
            // A short quoted title ("“Fox News Sunday,”") is a name, not a quote.
            let quoted: Vec<&str> = text[qs..qe].split_whitespace().collect();
            // So is a longer one after what names a work ("a co-author of “Those Guys Have
            // All the Fun: Inside the World of ESPN.”").
            let names_work = text[..qs].trim_end().rsplit(' ').next().is_some_and(|w| {
                matches!(w, "of" | "book" | "novel" | "film" | "memoir" | "titled" | "entitled" | "album" | "documentary" | "play")
            });
            let is_title = (quoted.len() <= 5 || (names_work && quoted.len() <= 16))
                && quoted.iter().all(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    w.is_empty()
                        || w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                        || matches!(
                            w,
                            "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "with" | "from" | "by" | "or"
                        )
                });
            if is_title && !short {
                continue;
            }
            if let Some((cue, source)) = chosen {
                out.push(Quote {
                    kind: QuoteKind::Direct,
                    content: Range { start: qs, end: qe },
                    cue: Some(cue),
                    source,
                    relayed_by: None,
                });
                continue;
            }
            // No cue: a continuation of the previous quote in this paragraph, by the same speaker,
            // or a paragraph that is one quotation after a paragraph whose quotation has a speaker.
            let from = if fills_paragraph && pi > 0 { paragraphs[pi - 1].start } else { p.start };
            // This pass's quotes are in text order: those before `from` are not looked at.
            let continued = |q: &&Quote| {
                q.kind == QuoteKind::Direct
                    && q.content.start >= from
                    && q.content.end <= qs
                    && (q.content.start >= p.start || q.source.is_some())
            };
            let ours = out[first..].iter().rev().take_while(|q| q.content.start >= from);
            // A paragraph that is one quotation in straight single marks is a subhead
            // ("'A really tough decision.'" between sections), not more of the speaker's words.
            let subhead = fills_paragraph && text[qs..].starts_with('\'') && !text[qs..].starts_with("''");
            if subhead {
                continue;
            }
            if let Some(prev) = ours.chain(out[..first].iter().rev()).find(continued) {
                // "…,” said Robinson. Bystrom agreed. “Mainstream Republicans …”": a short
                // sentence that is only a speaker and a cue hands the quotation to that speaker.
                let (cue, source) = speaker_sentence_between(text, sentences, prev.content.end, qs)
                    .map_or((prev.cue, prev.source), |(cue, source)| (Some(cue), Some(source)));
                out.push(Quote { kind: QuoteKind::Direct, content: Range { start: qs, end: qe }, cue, source, relayed_by: None });
            } else if opens_sentence && inner.ends_with(['.', '!', '?']) && !text[p.start..qs].trim().is_empty() && !is_title {
                uncued.push(Range { start: qs, end: qe });
            }
        }
    }
    uncued
}

/// The cue and speaker of a sentence that is only a subject and a cue ("Bystrom agreed.",
/// "Lind disagreed.").
fn speaker_sentence(text: &str, s: Span) -> Option<(Range, Range)> {
    let sentence = text[s.start..s.end].trim();
    let body = sentence.strip_suffix('.')?;
    let words: Vec<&str> = body.split_whitespace().collect();
    let last = words.last()?;
    if !(2..=8).contains(&words.len()) || !is_cue_word(last) {
        return None;
    }
    let ss = s.start + (text[s.start..s.end].len() - text[s.start..s.end].trim_start().len());
    let cue = Range { start: ss + body.len() - last.len(), end: ss + body.len() };
    if !cue_use(text, cue.start, cue.end) {
        return None;
    }
    Some((cue, source_before(text, ss, cue.start)?))
}

/// A sentence of a speaker and a cue standing right before the quotation at `qs` and
/// after the quotation ending at `from`, apart from that quotation's own signature
/// ("…,'' Mr. Hedge said. ''…''" is no such sentence: something must end in between).
fn speaker_sentence_between(text: &str, sentences: &[Span], from: usize, qs: usize) -> Option<(Range, Range)> {
    // (looked up, not scanned: a text with thousands of quotations costs no more per quotation)
    let s = sentences[sentences.partition_point(|s| s.end <= qs).checked_sub(1)?];
    let gap = text.get(from..s.start)?.trim();
    if gap.is_empty() || !gap.ends_with(['.', '!', '?', '”', '"', '\'']) || !text[s.end..qs].trim().is_empty() {
        return None;
    }
    speaker_sentence(text, s)
}

/// "Moro distanced herself from the board by saying she would help. “I'm going to
/// support him …”": a whole-sentence quotation with no cue of its own, right after a
/// sentence of the same paragraph that reports someone's words, is that speaker's.
/// The cues inside it ("I think") are then part of the quotation, not reports of their own.
pub(crate) fn attribute_uncued(text: &str, sentences: &[Span], uncued: &[Range], out: &mut Vec<Quote>) {
    for u in uncued {
        let Some(prev) = sentences.partition_point(|s| s.end <= u.start).checked_sub(1).map(|i| sentences[i]) else { continue };
        let report = out
            .iter()
            .filter(|q| q.source.is_some() && q.cue.is_some_and(|c| c.start >= prev.start && c.end <= prev.end))
            .min_by_key(|q| q.cue.map(|c| c.start));
        // "Bystrom agreed. “Mainstream Republicans …”": a sentence of a speaker and a cue
        // that reports nothing itself.
        let (cue, source) = match report {
            Some(report) => (report.cue, report.source),
            None => match speaker_sentence(text, prev) {
                Some((cue, source)) => (Some(cue), Some(source)),
                None => continue,
            },
        };
        out.retain(|q| !q.cue.is_some_and(|c| c.start >= u.start && c.end <= u.end));
        out.push(Quote { kind: QuoteKind::Direct, content: *u, cue, source, relayed_by: None });
    }
}

/// The cue and speaker of a paragraph that ends with a colon, for a quotation
/// opening the paragraph after it (`index`): "Caddell continued:", "The New
/// York Times reports:". The cue is among the last ten words before the colon.
pub(crate) fn lead_in(text: &str, paragraphs: &[Span], index: usize) -> Option<(Range, Option<Range>)> {
    let prev = paragraphs.get(index.checked_sub(1)?)?;
    let t = text[prev.start..prev.end].trim_end();
    let colon = prev.start + t.strip_suffix(':')?.len();
    let ss = text[prev.start..colon].rfind(['.', '!', '?']).map_or(prev.start, |i| prev.start + i + 1);
    let (cue, source) = cue_before(text, ss, colon).filter(|(cue, _)| text[cue.end..colon].split_whitespace().count() <= 10)?;
    // "The Courier confirmed it, reporting:": a participle after a comma speaks for the subject.
    let participle = text[cue.start..cue.end].split(' ').next().is_some_and(|w| w.ends_with("ing"));
    let source = match source {
        None if participle && ends_with_comma(&text[ss..cue.start]) => sentence_subject(text, ss, cue.start),
        s => s,
    };
    Some((cue, source))
}

/// Quotations that run over paragraphs (see `layout::paragraph_runs`). The
/// piece that closes the run, when it has a cue (`…,” she added.`), takes the
/// whole content; otherwise the cue before the opening mark speaks it, or the
/// speaker of the quotation just before it in the same or the previous paragraph.
pub(crate) fn multi_paragraph(text: &str, paragraphs: &[Span], covered: &[bool], out: &mut Vec<Quote>) {
    for run in layout::paragraph_runs(text, paragraphs, covered) {
        let content = Range { start: run.open, end: run.close };
        if let Some(q) = out.iter_mut().find(|q| q.kind == QuoteKind::Direct && q.content.start == run.last_open && q.cue.is_some()) {
            q.content.start = run.open;
            continue;
        }
        out.retain(|q| q.content.start != run.last_open);
        let p = &paragraphs[run.first];
        let from = paragraphs[run.first.saturating_sub(1)].start;
        let attributed = cue_before(text, clause_start(text, head_from(text, p.start, run.open), run.open), run.open)
            .or_else(|| if text[p.start..run.open].trim().is_empty() { lead_in(text, paragraphs, run.first) } else { None })
            .or_else(|| {
                let prev = out.iter().filter(|q| q.kind == QuoteKind::Direct && q.content.end <= run.open && q.content.start >= from);
                prev.max_by_key(|q| q.content.end).and_then(|q| Some((q.cue?, q.source)))
            });
        if let Some((cue, source)) = attributed {
            out.push(Quote { kind: QuoteKind::Direct, content, cue: Some(cue), source, relayed_by: None });
        }
    }
}

/// "Hannity interjected: “…”", "…, to which Moro interjected: “…”": one to four
/// capitalised words and a past-tense verb right before the colon that introduces
/// the quotation at `qs`; the verb is the cue, the name speaks.
pub(crate) fn name_and_verb_before_colon(text: &str, lo: usize, qs: usize) -> Option<(Range, Option<Range>)> {
    let phrase = text[lo..qs].trim_end().strip_suffix(':')?;
    let (head, verb) = phrase.rsplit_once(' ')?;
    if !(verb.len() > 4 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    let head = head.trim_end();
    let mut start = head.len();
    let mut words = 0;
    for w in head.split_whitespace().rev() {
        let capital = w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && !w.ends_with([',', ';', ':']);
        if !capital || words == 4 {
            break;
        }
        start = head[..start].rfind(w)?;
        words += 1;
    }
    let first = head[start..].split_whitespace().next()?;
    if words == 0 || NOTE_LABELS.contains(&first) {
        return None;
    }
    // A name after "for" or "of" is where the speaker works, and the speaker is the phrase
    // before it ("a spokesman for Mayor Berg quipped: …"): the general reading finds it.
    if matches!(head[..start].split_whitespace().next_back(), Some("for" | "of")) {
        return None;
    }
    let vs = lo + phrase.len() - verb.len();
    Some((Range { start: vs, end: vs + verb.len() }, Some(Range { start: lo + start, end: lo + head.len() })))
}

/// A name (a run of one to four capitalised words) right before the colon that
/// introduces the quotation at `qs`, with the colon as its cue:
/// "… surprise pollster Dara Shaw: “…”", "FIRST TIME - Jeffrey M. Jones: “…”".
pub(crate) fn colon_speaker(text: &str, lo: usize, qs: usize) -> Option<(Range, Option<Range>)> {
    let before = text[lo..qs].trim_end();
    let phrase = before.strip_suffix(':')?;
    let colon = Range { start: lo + phrase.len(), end: lo + phrase.len() + 1 };
    let mut start = phrase.len();
    let mut words = 0;
    for w in phrase.split_whitespace().rev() {
        let initial = w.len() <= 3 && w.ends_with('.');
        let capital = w.starts_with(char::is_uppercase) && (w.chars().any(char::is_lowercase) || initial);
        if !capital || words == 4 || w.ends_with([',', ';']) {
            break;
        }
        start = phrase[..start].rfind(w)?;
        words += 1;
    }
    // A lone name opening the clause is a label or a place ("Paris: “…”"); a name
    // after a title or a verb speaks.
    let head = phrase[..start].trim_end();
    if words == 0 || head.is_empty() || NOTE_LABELS.contains(&phrase[start..].trim()) {
        return None;
    }
    // A name after a preposition is where or what, not who: "before switching to English:
    // “…”", "a message from Kellby: “…”". Not "of", "for" or "at", which tie a speaker to
    // a place of work ("Windsor Mann, editor of The Quotable Hitchens: “…”").
    let prev = head.rsplit(char::is_whitespace).next().unwrap_or("");
    if matches!(prev, "to" | "in" | "into" | "from" | "on" | "with" | "about" | "by" | "over" | "across") {
        return None;
    }
    Some((colon, Some(Range { start: lo + start, end: lo + phrase.len() })))
}

/// Whether the words between a quotation and a cue further off than the usual reach are
/// a speaker and a description set off by commas: "“…,” Trump, the frontrunner nationally
/// and leader in South Carolina after winning New Hampshire, said".
fn described_speaker(between: &str) -> bool {
    let between = between.trim_start_matches([',', ' ']).trim_end();
    let Some(rest) = between.strip_suffix(',') else { return false };
    let Some((name, description)) = rest.split_once(", ") else { return false };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    (1..=4).contains(&name_words.len())
        && name_words.iter().all(|w| w.starts_with(char::is_uppercase))
        && description.split_whitespace().count() <= 40
        && !crate::marks::has_mark(description)
}

/// Whether `cue`, after a quotation closed at `qe`, signs it as an aside: a subject
/// pronoun or up to three capitalised words between ("he", "Ms. Lind"), a verb of
/// speech, and then a dash, the sentence going on after it.
fn aside_signature(text: &str, qe: usize, cue: Range) -> bool {
    let between: Vec<&str> = text[qe..cue.start].split_whitespace().collect();
    let subject = match between.as_slice() {
        [w] if SUBJECT_PRONOUNS.contains(&w.to_lowercase().as_str()) => true,
        words => (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase)),
    };
    let rest = text[cue.end..].trim_start_matches(' ');
    subject && SIGNING_VERBS.contains(&&text[cue.start..cue.end]) && opens_with_dash(rest)
}
