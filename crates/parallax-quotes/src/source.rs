//! Sources: the speaker's phrase before or after a cue, and how it is cleaned.

// Days and months open a setting before the subject ("Sunday morning, Clinton …").
use parallax_text::lexicon::CALENDAR_WORDS as CALENDAR;

use crate::cue::{before_auxiliaries, cue_use};
use crate::lexicon::{
    CLAUSE_OPENERS, CLAUSE_WORDS, CUE, CUE_AUXILIARIES, DASHES, DAYS, DETERMINERS, FUNCTION_WORDS, GERUND_OBJECT_STARTS, LY_NOUNS,
    NOT_SUBJECT, NUMBER_WORDS, OPENING_ADVERBS, PHRASE_STOPS, SETTING, SUBJECT_END, SUBJECT_PRONOUNS, SUBORDINATORS, TIME_WORDS,
};
use crate::Range;

/// Whether the comma at byte `i` of `s` is a thousands separator ("$500,000 worth of
/// ads", "300,000 euros"), which ends no phrase or clause.
pub(crate) fn digit_comma(s: &str, i: usize) -> bool {
    s[i..].starts_with(',') && s[..i].ends_with(|c: char| c.is_ascii_digit()) && s[i + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a phrase describes someone rather than names them, so a name set off after it
/// is theirs: it opens with a determiner ("the harbour master", "one traveller") or an
/// owner's name before a lowercase word ("Nordpoll's research director").
pub(crate) fn is_description(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace();
    let first = words.next().unwrap_or("");
    matches!(first.to_lowercase().as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their" | "one" | "another")
        || (first.starts_with(char::is_uppercase)
            && (first.ends_with("'s") || first.ends_with("’s"))
            && words.next().is_some_and(|n| n.starts_with(char::is_lowercase)))
}

/// The subject phrase before `at` in `text[lo..at]`: words back to a clause
/// boundary (comma, quote mark, sentence start), at most eight words.
pub(crate) fn source_before(text: &str, lo: usize, at: usize) -> Option<Range> {
    // A parenthetical right before the cue belongs to the speaker: "Rep. Jerrold Nadler (D-N.Y.) said".
    let mut at = at;
    // (also with a time between: "Dianne Feinstein (D-Calif.) last week said")
    // (within the last few words: a whole sentence per cue would be quadratic)
    let mut near = at.saturating_sub(40).max(lo);
    while !text.is_char_boundary(near) {
        near -= 1;
    }
    if let Some(close) = text[near..at].rfind(')').map(|c| c + near - lo) {
        let tail: Vec<String> =
            text[lo + close + 1..at].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let timely = |w: &String| DAYS.contains(&w.as_str()) || TIME_WORDS.contains(&w.as_str()) || matches!(w.as_str(), "on" | "this");
        if (1..=3).contains(&tail.len()) && tail.iter().all(timely) {
            at = lo + close + 1;
        }
    }
    let trimmed = text[lo..at].trim_end();
    if trimmed.ends_with(')') {
        if let Some(open) = trimmed.rfind('(') {
            at = lo + open;
        }
    }
    at = before_auxiliaries(text, lo, at);
    // (and after an adverb, an aside of its own: "Advisers to a rival campaign (that would be
    // Kerr) even suggest"; not a party's bracket, "Sen. Ted Cruz (R-Tex.) also said")
    let trimmed = text[lo..at].trim_end();
    if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) {
        let inside: Vec<&str> = trimmed[open + 1..trimmed.len() - 1].split_whitespace().collect();
        if inside.len() > 3 && inside.iter().any(|w| w.starts_with(char::is_lowercase)) {
            at = lo + open;
        }
    }
    let seg = &text[lo..at];
    // (start of the boundary character, end of it)
    // A hyphen between spaces is a dash too ("Mr. Bush - in a line aimed at Trump - declared").
    let spaced_hyphen = |s: &str, i: usize| s[i..].starts_with('-') && s[..i].ends_with(' ') && s[i + 1..].starts_with(' ');
    let rfind_dash =
        |s: &str| s.char_indices().rev().find(|&(i, c)| DASHES.contains(&c) || (c == '-' && spaced_hyphen(s, i))).map(|(i, _)| i);
    // (nor is a stock ticker's or a party's bracket, nor its colon: "Nordcell ASA (OSE: NCELL), a maker of
    // batteries, said")
    let name_bracket = |s: &str, i: usize| {
        let open = if s[i..].starts_with('(') { Some(i) } else { s[..i].rfind('(') };
        // (after a name: a wire's bracket after a date is its agency, "Aug. 19 (EHA) --")
        let after_name =
            open.is_some_and(|o| s[..o].split_whitespace().next_back().is_some_and(|w| w.starts_with(|c: char| c.is_uppercase())));
        // (a bracket that holds `i`: not one closed before a colon, "(R-Va.) said:")
        open.and_then(|o| s[o..].find(')').map(|c| (o, o + c))).filter(|&(_, c)| c > i).map(|(o, c)| &s[o + 1..c]).is_some_and(|inside| {
            // (or a party and state, "(R-Va.)", "(Ky.)": one to three capitalised words)
            let words: Vec<&str> = inside.split_whitespace().collect();
            let affiliation = after_name
                && (1..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                && !inside.contains(':');
            affiliation
                || inside.split_once(':').is_some_and(|(market, code)| {
                    let code = code.trim();
                    (2..=8).contains(&market.len())
                        && market.chars().all(char::is_alphabetic)
                        && market.starts_with(char::is_uppercase)
                        && (1..=6).contains(&code.len())
                        && code.chars().all(|c| c.is_ascii_uppercase() || c == '.')
                })
        })
    };
    // (a doubled straight single mark closing a quotation, as some papers set one: "are
    // ''profoundly irresponsible,'' said")
    let doubled_close = |s: &str, i: usize| s[i..].starts_with('\'') && (s[..i].ends_with(",'") || s[..i].ends_with(".'"));
    let boundary = |s: &str| {
        s.char_indices()
            .rev()
            .find(|&(i, c)| {
                (matches!(c, ',' | ';' | ':' | '”' | '"' | '(') && !digit_comma(s, i) && !(matches!(c, ':' | '(') && name_bracket(s, i)))
                    || DASHES.contains(&c)
                    || (c == '-' && spaced_hyphen(s, i))
                    || (c == '\'' && doubled_close(s, i))
            })
            .map(|(i, c)| (i, i + c.len_utf8()))
    };
    let (bpos, mut cut) = boundary(seg).unwrap_or((0, 0));
    let mut stop = seg.len();
    // "Mayor Dalia Kerr, who visited the site, called …": step over a clause set off by commas.
    // A setting between that comma and the cue counts as nothing ("…, on Sunday defended").
    let setting = {
        let words: Vec<String> =
            seg[cut..].split_whitespace().take(5).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
        let bare_day = |w: &String| DAYS.contains(&w.as_str());
        ((1..=4).contains(&words.len())
            && matches!(words[0].as_str(), "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "later")
            && words.iter().skip(1).all(|w| TIME_WORDS.contains(&w.as_str()) || CALENDAR.contains(&w.as_str()) || w == "the"))
            // "Nordcell ASA, a maker of marine batteries, today announced …"
            || ((1..=2).contains(&words.len()) && words.iter().all(|w| bare_day(w) || TIME_WORDS.contains(&w.as_str())))
    };
    if (seg[cut..].trim().is_empty() || setting) && cut > 0 {
        let before = seg[..bpos].trim_end();
        // A clause set off by dashes as well as by commas: "Democrats — and some Republicans — say".
        let dashed = seg[bpos..].starts_with(DASHES) || spaced_hyphen(seg, bpos);
        let mark = if dashed { rfind_dash(before) } else { before.rfind(',') };
        // A relative clause set off by commas may hold commas of its own: "Sandy Phillips,
        // who lost her daughter in Aurora, Colorado, in July 2012, said".
        let relative = (!dashed).then(|| relative_clause_comma(before)).flatten();
        // A stray comma between a name and its cue ("Gov. John Kasich (R-OH), said"), after a
        // fronted phrase or none: the name is the subject.
        let stray = |from: usize| {
            let name = seg[from..bpos].trim();
            let words: Vec<&str> = name.split_whitespace().collect();
            // (a name: capitalised words, a bracketed party and state; not a lone
            // abbreviation, "…, of Newton, Mass., said")
            !setting
                && (2..=6).contains(&words.len())
                && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('))
                && !opener_word(words[0])
                && seg[..from].trim_end().strip_suffix(',').is_none_or(|earlier| {
                    // (after a fronted phrase: "After winning Ohio, Gov. …", "Tuesday in
                    // Berea, after winning Ohio, Gov. …")
                    let cut = boundary(earlier).map(|(_, end)| end);
                    let first = cut.is_none();
                    let earlier = &earlier[cut.unwrap_or(0)..];
                    earlier.split_whitespace().next().is_some_and(|w| {
                        let lower = w.to_lowercase();
                        SUBORDINATORS.contains(&lower.as_str())
                            || matches!(lower.as_str(), "since" | "despite")
                            || (first && w.starts_with(char::is_uppercase) && opener_word(w))
                    })
                })
        };
        if let Some(open) = relative {
            stop = open;
            cut = boundary(&seg[..open]).map_or(0, |(_, end)| end);
        } else if let Some(from) =
            (!dashed).then(|| mark.map_or_else(|| boundary(&seg[..bpos]).map_or(0, |(_, end)| end), |open| open + 1)).filter(|&f| stray(f))
        {
            stop = bpos;
            cut = from;
        } else if let Some(open) = mark {
            let mark_len = before[open..].chars().next().map_or(1, char::len_utf8);
            // Any short clause or appositive set off by commas ("Chris Weston, chief strategist at IG, said").
            if before[open + mark_len..].split_whitespace().nth(30).is_none() {
                // "a ministry spokeswoman, Hanna Berg, declined": a name set off after its
                // description is the speaker's name, and the description is part of the source.
                let name = before[open + mark_len..].trim();
                let named = (1..=5).contains(&name.split_whitespace().count())
                    && name
                        .split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "de" | "van" | "von" | "bin" | "al"));
                let desc_cut = boundary(&seg[..open]).map_or(0, |(_, end)| end);
                let desc: Vec<&str> = seg[desc_cut..open].split_whitespace().collect();
                let described = named
                    && (2..=8).contains(&desc.len())
                    && (matches!(desc[0].to_lowercase().as_str(), "a" | "an" | "the" | "its" | "his" | "her" | "their")
                        // "Kranz's spokesman, Lars Eck,"
                        || (desc[0].starts_with(char::is_uppercase) && (desc[0].ends_with("'s") || desc[0].ends_with("’s"))))
                    && !desc.iter().any(|w| CUE.is_match(&w.to_lowercase()));
                if described {
                    stop = open + mark_len + name.len() + (before[open + mark_len..].len() - before[open + mark_len..].trim_start().len());
                    cut = desc_cut;
                } else {
                    stop = open;
                    cut = boundary(&seg[..open]).map_or(0, |(_, end)| end);
                    // More appositives: an age, a hometown, a state ("Donna Rawlings, 59, of
                    // Ashton, Md., said"): a piece that opens lowercase or with a digit,
                    // or a lone abbreviation, is stepped over too.
                    for _ in 0..4 {
                        let piece = seg[cut..stop].trim();
                        let first = piece.split_whitespace().next().unwrap_or("");
                        // "…, while Mike Huckabee, the former governor, proposed": a clause opener is no appositive.
                        let opener = CLAUSE_WORDS.contains(&first) || matches!(first, "and" | "but" | "so" | "yet" | "whereas");
                        // (a lone relative pronoun is the subject: "her new ad, which — as a
                        // columnist noted — promises")
                        let relative = matches!(piece, "which" | "who" | "that");
                        let appositive = (first.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) && !opener && !relative)
                            || (piece.split_whitespace().count() == 1 && piece.ends_with('.'));
                        if !appositive || cut == 0 || !seg[..cut].trim_end().ends_with(',') {
                            break;
                        }
                        let before_stop = seg[..cut].trim_end().len() - 1;
                        let before_cut = boundary(&seg[..before_stop]).map_or(0, |(_, end)| end);
                        // (a fronted clause is no name: "Even if Clinton loses there, insiders in
                        // two states — Nevada and South Carolina — said")
                        // (nor is an opening phrase, "In fact, none of the videos she was
                        // talking about - made by activists - showed", nor a clause with a cue of
                        // its own, "Politico reported that David Brock, founder of a PAC — …
                        // — was planning")
                        let earlier = &seg[before_cut..before_stop];
                        let fronted = earlier.split_whitespace().next().is_some_and(|w| {
                            let lower = w.to_lowercase();
                            SUBORDINATORS.contains(&lower.as_str())
                                || matches!(lower.as_str(), "even" | "as" | "since" | "despite")
                                || opener_word(w)
                        });
                        let reports = earlier.split_whitespace().any(|w| {
                            let at = w.as_ptr() as usize - text.as_ptr() as usize;
                            let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                            CUE.is_match(&bare.to_lowercase()) && cue_use(text, at, at + bare.len())
                        });
                        if fronted || reports {
                            break;
                        }
                        (stop, cut) = (before_stop, before_cut);
                    }
                }
            }
        }
    }
    let phrase = seg[cut..stop].trim_end();
    // A stray mark left between a quotation and its cue (`…,''' said`) names no one.
    if !phrase.contains(char::is_alphanumeric) {
        return None;
    }
    let lead = phrase.len() - phrase.trim_start().len();
    let mut start = lo + cut + lead;
    let end = lo + cut + phrase.len();
    // "That is why critics say …", "This is where officials say …": the clause after a
    // copula and its wh-word holds the subject.
    {
        let words: Vec<&str> = text[start..end].split_whitespace().collect();
        if let Some(mut k) = (1..words.len().saturating_sub(1)).find(|&k| {
            matches!(words[k], "why" | "where" | "how" | "because")
                && crate::lexicon::BE_FORMS.contains(&words[k - 1].to_lowercase().as_str())
        }) {
            // ("is how and why Mr. Trump …")
            while words.get(k + 1) == Some(&"and") && words.get(k + 2).is_some_and(|w| matches!(*w, "why" | "where" | "how")) {
                k += 2;
            }
            // (not "how hard Sanders will work": "how" with a determiner or a name after it)
            let next = words.get(k + 1).copied().unwrap_or("");
            let how_ok = words[k] != "how"
                || next.starts_with(char::is_uppercase)
                || matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "some" | "many" | "most");
            if how_ok && words.len() - k - 1 <= 6 {
                let at = words[k].as_ptr() as usize - text.as_ptr() as usize + words[k].len();
                start = at + text[at..end].len() - text[at..end].trim_start().len();
            }
        }
    }
    // Drop conjunctions and adverbs that open the clause; drop auxiliaries before the cue.
    loop {
        let words: Vec<&str> = text[start..end].split_whitespace().collect();
        let first = words.first()?;
        // A relative clause after a name ("Obama, who has often complained …"): the
        // relative pronoun is the source; speaker resolution takes it to the name.
        if matches!(*first, "who" | "which") && text[lo..start].trim_end().ends_with(',') && !relative_has_subject(&words) {
            // "Tor Halberg, who led the campaign because he claimed …": a clause of the
            // relative clause's own, opened by a subordinator, with a pronoun right before
            // the cue, holds the cue's subject.
            let own = (2..words.len())
                .rev()
                .find(|&k| SUBORDINATORS.contains(&words[k - 1]) || matches!(words[k - 1], "since" | "whereas" | "that"))
                .filter(|&k| {
                    let rest = &words[k..];
                    let head = rest[0].to_lowercase();
                    // (a pronoun only: "who voted for it after Sanders and Kerr" holds names that are no subject)
                    rest.len() == 1 && matches!(head.as_str(), "he" | "she" | "they" | "i" | "we")
                });
            if let Some(k) = own {
                let at = words[k].as_ptr() as usize - text.as_ptr() as usize;
                return Some(Range { start: at, end });
            }
            return Some(Range { start, end: start + first.len() });
        }
        // The minutes of a clock time opening the line ("17:55 Police say …" in a live
        // report): the colon between digits cut the time, and its rest is no speaker.
        let minutes = first.bytes().all(|b| b.is_ascii_digit())
            && text[..start].strip_suffix(':').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()));
        // (and a list's dash or bullet: "- Democrats in Iowa who watched the debate said …")
        let bullet = matches!(*first, "-" | "–" | "—" | "•" | "*");
        if (minutes || bullet) && words.len() > 1 {
            start += first.len();
            start += text[start..end].len() - text[start..end].trim_start().len();
            continue;
        }
        if matches!(
            first.to_lowercase().as_str(),
            "and"
                | "but"
                | "so"
                | "then"
                | "also"
                | "while"
                | "as"
                | "when"
                | "because"
                | "which"
                | "who"
                | "that"
                | "however"
                | "later"
                | "before"
                | "after"
                | "meanwhile"
                | "yet"
                | "now"
                | "still"
                | "instead"
                | "earlier"
                | "again"
        ) && words.len() > 1
        {
            start += text[start..end].find(first).unwrap_or(0) + first.len();
            start += text[start..end].len() - text[start..end].trim_start().len();
            continue;
        }
        // "Once again the government …"
        if first.eq_ignore_ascii_case("once") && words.get(1) == Some(&"again") && words.len() > 2 {
            start += text[start..end].find("again").unwrap_or(0) + "again".len();
            start += text[start..end].len() - text[start..end].trim_start().len();
            continue;
        }
        // Two clauses joined by "and": "Police arrested two men and the mayor said …". When the
        // words before "and" hold a finite verb, the short phrase after it is the
        // subject of the cue ("The mayor of Kellby and the union said" joins two subjects).
        if let Some(i) = (2..words.len().saturating_sub(1)).rev().find(|&i| words[i] == "and" && words.len() - i - 1 <= 5) {
            let next = words[i + 1];
            let opens = matches!(
                next.to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "he" | "she" | "they" | "we" | "i"
            ) || next.starts_with(char::is_uppercase)
                // ("One in three said … and one in four said")
                || NUMBER_WORDS.contains(&next);
            let past = words[1..i].iter().any(|word| {
                let w = word.trim_matches(|c: char| !c.is_alphanumeric());
                // ("Lind wants the votes and Kranz wants …": a cue in the present)
                let present_cue = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && CUE.is_match(w) && {
                    let at = w.as_ptr() as usize - text.as_ptr() as usize;
                    cue_use(text, at, at + w.len())
                };
                // (a finite verb: a subject's end that is a verb, or a word in "-ed")
                w.starts_with(char::is_lowercase)
                    && (w.len() > 4 && w.ends_with("ed")
                        || matches!(w, "said" | "told" | "wrote")
                        || present_cue
                        || (SUBJECT_END.contains(&w) && !matches!(w, "also" | "not" | "who" | "which" | "that")))
            });
            // (a noun phrase, not an infinitive's object: "… and the general public to think")
            let clean = words[i + 1..].iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-')))
                && !words[i + 1..].iter().any(|w| matches!(*w, "to" | "of" | "for" | "with" | "by"));
            // ("that both Sanders and Trump were": one subject of two names)
            let pair = words[i.saturating_sub(3)..i]
                .iter()
                .any(|w| matches!(w.to_lowercase().as_str(), "both" | "either" | "neither" | "between"));
            if opens && past && clean && !pair {
                let at = after_words(&text[start..end], i + 1);
                if at > 0 && at < end - start {
                    start += at;
                    continue;
                }
            }
        }
        // A subordinate clause opens inside the phrase: its short subject is the speaker
        // ("The rally turned ugly when the candidate said …"). Not when a cue comes
        // before it ("said that while polling … showed": the source holds a cue of its own).
        // (A cue word that is no cue there does not count: "Officers were called to the
        // shop after staff reported …".)
        let phrase_at = start;
        let used_cue = |w: &&str| {
            let at = w.as_ptr() as usize - text.as_ptr() as usize;
            debug_assert!(at >= phrase_at && at + w.len() <= end);
            let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            CUE.is_match(&bare.to_lowercase()) && cue_use(text, at, at + bare.len())
        };
        // So does a relative clause with a subject of its own: "a phone that the company
        // says can run for seven days", "a group of hackers who U.S. officials say is tied to …".
        let relative_that = |i: usize| {
            matches!(words[i], "that" | "who" | "whom") && words.len() - i - 1 <= 4 && {
                let next = words[i + 1].to_lowercase();
                // (or a bare plural alone: "a case that prosecutors called “…”")
                let plural = words.len() - i - 1 == 1
                    && next.len() > 3
                    && next.ends_with('s')
                    && !next.ends_with("ss")
                    && next.chars().all(|c| c.is_alphabetic());
                DETERMINERS.contains(&next.as_str())
                    || SUBJECT_PRONOUNS.contains(&next.as_str())
                    || words[i + 1].starts_with(char::is_uppercase)
                    || plural
            }
        };
        // "while" or "whereas" after the first report's object, with a plain noun phrase as
        // its subject (not "while she was mayor …", "while sending Mr. Manafort …", nor "said
        // that while …", whose cue is the main clause's).
        let contrast = |i: usize| {
            let verb_like = |w: &&str| {
                let w = w.to_lowercase();
                crate::lexicon::verb_like(&w) || matches!(w.as_str(), "to" | "as")
            };
            // (the main clause's cue right before it, or before its "that")
            let after_cue = used_cue(&words[i - 1]) || (i >= 2 && words[i - 1] == "that" && used_cue(&words[i - 2]));
            let plain = !crate::lexicon::is_gerund(words[i + 1]) && !words[i + 1..].iter().any(verb_like);
            matches!(words[i], "while" | "whereas") && !after_cue && plain
        };
        // A preposition's relative clause has a subject of its own: "an electorate in which
        // most voters say …".
        // So does a relative object's clause: "a request which she has, so far, refused …".
        let object_which = |i: usize| {
            matches!(words[i], "which" | "whom")
                && words.len() - i - 1 <= 3
                && words.get(i + 1).is_some_and(|w| {
                    SUBJECT_PRONOUNS.contains(&w.to_lowercase().as_str())
                        || (w.starts_with(char::is_uppercase) && words[i + 1..].iter().all(|w| w.starts_with(char::is_uppercase)))
                })
        };
        let relative_which = |i: usize| {
            object_which(i)
                || matches!(words[i], "which" | "whom")
                    && matches!(
                        words[i - 1].to_lowercase().as_str(),
                        "in" | "of" | "under" | "by" | "at" | "on" | "to" | "for" | "with" | "from" | "during" | "through" | "among"
                    )
        };
        if let Some(i) = (1..words.len().saturating_sub(1)).rev().find(|&i| {
            (SUBORDINATORS.contains(&words[i].to_lowercase().as_str()) || words[i] == "where" || relative_that(i) || relative_which(i))
                && words.len() - i - 1 <= 5
                // (a cue right before the subordinator is the main clause's, and the
                // subordinate clause its setting: "Moro said when Boyle asked him …")
                && (!words[..i].iter().any(used_cue)
                    // (a contrast is a clause of its own whatever came before: "preferred
                    // Clinton while most white men supported …")
                    || contrast(i)
                    // (a name alone between the subordinator and the cue is its subject, after
                    // any cue: "denouncing the regime after Trump said he is open to a deal")
                    || (matches!(words[i], "when" | "while" | "because" | "although" | "though" | "after" | "before" | "until" | "since")
                        && words.len() - i - 1 <= 4
                        && words[i + 1..].iter().all(|w| {
                            w.starts_with(char::is_uppercase)
                                && w.chars().all(|c| c.is_alphabetic() || c == '.')
                                && !CALENDAR.contains(&w.to_lowercase().as_str())
                                && !TIME_WORDS.contains(&w.to_lowercase().as_str())
                        }))
                    || (used_cue(&words[i - 1])
                        && (matches!(words[i], "when" | "while" | "because" | "although" | "though" | "whereas")
                            // "after" and "before" may be prepositions: only a name between
                            // them and the cue opens a clause ("said after Boyle told him")
                            || (matches!(words[i], "after" | "before" | "until" | "since")
                                && words[i + 1..].iter().all(|w| {
                                    w.starts_with(char::is_uppercase)
                                        && !CALENDAR.contains(&w.to_lowercase().as_str())
                                        && !TIME_WORDS.contains(&w.to_lowercase().as_str())
                                })))
                        && words.len() - i - 1 <= 3))
        }) {
            // ("at which point the crowd chanted …": the noun is the relative's)
            let noun = relative_which(i) && words.get(i + 1).is_some_and(|w| matches!(*w, "point" | "time" | "moment" | "stage"));
            let at = after_words(&text[start..end], i + 1 + noun as usize);
            if at > 0 && at < end - start {
                start += at;
                continue;
            }
        }
        // A pronoun right before the cue is the speaker: "... by Republican lawmakers he says".
        let last_word = words.last().unwrap();
        // A preposition right before the cue makes it an infinitive or a gerund ("apparently
        // to show donors …", "After bragging for a year …, Trump …", "an award for
        // speaking out …"): the words before name no speaker.
        // Before `to`, only when nothing else names anyone ("Trump is expected to" keeps Trump).
        let last_lower = last_word.to_lowercase();
        let gerund = matches!(
            last_lower.as_str(),
            "for" | "of" | "in" | "on" | "at" | "by" | "with" | "from" | "about" | "after" | "before" | "without" | "into" | "upon"
        );
        let bare_to = last_lower == "to" && words[..words.len() - 1].iter().all(|w| is_adverb(&w.to_lowercase()));
        if bare_to || (gerund && words.len() == 1) {
            return None;
        }
        if gerund {
            // "… praised Obama for saying …": the words before the preposition, without it.
            let cut = text[start..end].trim_end().rfind(char::is_whitespace).unwrap_or(0);
            let phrase = text[start..start + cut].trim_end();
            return (!phrase.is_empty()).then(|| Range { start, end: start + phrase.len() });
        }
        // So is a relative "who" ("… among voters who said the toll …"); speaker
        // resolution takes it to the noun before it. Not when the phrase holds a cue of
        // its own ("claiming that he had a source who told him"): that cue's speaker
        // reports this one too.
        if words.len() > 1 && *last_word == "who" && !words.iter().any(|w| CUE.is_match(&w.to_lowercase())) {
            // The phrase ends with the word, whatever space (a no-break one too) is before it.
            start += text[start..end].trim_end().len() - last_word.len();
            return Some(Range { start, end: start + last_word.len() });
        }
        if words.len() > 1 && SUBJECT_PRONOUNS.contains(&last_word.to_lowercase().as_str()) {
            start = start + text[start..end].rfind(last_word).unwrap_or(0);
            continue;
        }
        // A long noun phrase that opens with a determiner is the subject itself
        // ("A U.S. law enforcement official familiar with the investigation said").
        // It holds no verb or clause word of its own and ends on a noun
        // ("The Media Research Center's Dan Gainor will be interviewed about" is no subject).
        // So is a quantity ("About four in 10 South Carolina Republican primary voters say").
        let opener = first.to_lowercase();
        // So is one that opens with a name ("Former Maryland Gov. Martin O'Malley and former
        // Arkansas Gov. Mike Huckabee announced"). Neither holds a past verb before an
        // object, which shows a clause of its own ("McConnell issued a statement saying").
        let named_phrase = first.starts_with(char::is_uppercase)
            && !FUNCTION_WORDS.contains(&opener.as_str())
            && !not_subject(&opener)
            && !CALENDAR.contains(&opener.as_str())
            && !text[start..end].contains(['"', '“', '”']);
        let past_with_object = words.windows(2).any(|w| {
            let verb = w[0].trim_matches(|c: char| !c.is_alphanumeric());
            verb.starts_with(char::is_lowercase)
                && verb.len() > 4
                && verb.ends_with("ed")
                && (DETERMINERS.contains(&w[1].to_lowercase().as_str()) || w[1].starts_with(|c: char| c.is_ascii_digit() || c == '$'))
        });
        let noun_phrase = (matches!(
            opener.as_str(),
            "a" | "an"
                | "the"
                | "several"
                | "some"
                | "many"
                | "most"
                | "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "only"
                | "more"
                | "fewer"
                | "half"
                | "just"
                | "all"
                | "both"
                | "few"
        ) || NUMBER_WORDS.contains(&opener.as_str())
            || opener.starts_with(|c: char| c.is_ascii_digit())
            || named_phrase)
            && !past_with_object
            && words.len() <= 16
            && !text[start..end].contains('\n')
            && words.iter().skip(1).all(|word| {
                let w = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                // (a cue word used as a noun is part of it: "voters in all five states voting Tuesday")
                !(SUBJECT_END.contains(&w.as_str()) || CLAUSE_WORDS.contains(&w.as_str()) || (CUE.is_match(&w) && used_cue(word)))
            })
            && !matches!(
                words.last().map(|w| w.to_lowercase()).as_deref(),
                Some("to" | "of" | "for" | "in" | "on" | "at" | "by" | "into" | "about" | "with" | "from")
            );
        // A subject with a relative clause of its own: "Current and former officials who
        // spoke with The Huffington Post said" (the head, not the names in the clause).
        // (a contracted "who'd", "who’ve" too: "Many of the local GOP leaders who’d rather be …")
        let who = |w: &str| {
            matches!(w, "who" | "whom")
                || ["who'", "who’"].iter().any(|p| w.strip_prefix(p).is_some_and(|r| matches!(r, "d" | "ve" | "ll" | "s")))
        };
        // (a head of up to seven words: "Many of the local GOP leaders who …")
        if let Some(i) = (1..words.len().min(8)).find(|&i| who(words[i])).filter(|_| words.len() > 3 && !noun_phrase) {
            let head = &words[..i];
            let opens = first.starts_with(char::is_uppercase) && !FUNCTION_WORDS.contains(&opener.as_str()) && !opener_word(first);
            let plain = head.iter().all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                w.chars().all(char::is_alphanumeric) && !SUBJECT_END.contains(&w.as_str()) && !CUE.is_match(&w)
            }) && !head.iter().any(|w| w.ends_with(','));
            if opens && plain {
                let end = start + after_words(&text[start..end], i);
                return Some(trim_range(text, Range { start, end }));
            }
        }
        if words.len() > 8 && !noun_phrase {
            // A long opening phrase with no comma ("In a meeting with the editorial
            // board Trump said"): the run of capitalised words right before the cue.
            let run: Vec<&&str> = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).take(4).collect();
            if run.is_empty() || run.len() == words.len() {
                return None;
            }
            let first = run.last().unwrap();
            start += text[start..end].rfind(&format!(" {first}")).map_or(0, |i| i + 1);
            break;
        }
        // A lone auxiliary, conjunction or adverb names no one ("… have urged", "… and said").
        // "… toured the terminal and said": a coordinated verb; its subject opens the sentence.
        if words.len() > 1 && matches!(words.last().map(|w| w.to_lowercase()).as_deref(), Some("and" | "but" | "or")) {
            return None;
        }
        // A lone lowercase `-ly` word is an adverb ("forcefully said"); a capitalised
        // one is a name ("Kelly said").
        let lone = words[0].to_lowercase();
        let adverb = words[0].starts_with(char::is_lowercase) && is_adverb(&lone);
        // "Will wrote", "May said": a capitalised modal is a name.
        let name = matches!(words[0], "Will" | "May");
        if words.len() == 1 && ((FUNCTION_WORDS.contains(&lone.as_str()) && !name) || adverb) {
            return None;
        }
        break;
    }
    (start < end).then_some(Range { start, end })
}

/// The comma that opens a relative clause ("…, who …", "…, whose …", "…, which …") running
/// to the end of `before`, if the clause is short (30 words, looked for within the last
/// [`RELATIVE_REACH`] bytes) and holds commas but no semicolon, bracket or dash.
fn relative_clause_comma(before: &str) -> Option<usize> {
    let from = before.floor_char_boundary(before.len().saturating_sub(RELATIVE_REACH));
    let at = from + [", who ", ", whose ", ", which "].iter().filter_map(|p| before[from..].rfind(p)).max()?;
    let clause = &before[at + 1..];
    let plain = !clause.contains([';', '(', ')']) && !clause.contains(DASHES);
    // (a clause that holds commas: one without is stepped over as any other piece is)
    (plain && clause.contains(',') && clause.split_whitespace().nth(30).is_none()).then_some(at)
}

/// How far back a relative clause set off before a cue is looked for, in bytes: thirty
/// words of news prose, and a bounded cost per cue however long the sentence.
const RELATIVE_REACH: usize = 400;

/// The byte offset in `body` of its word number `n` (counting from 0): `n` words and the
/// white space after each skipped.
pub(crate) fn after_words(body: &str, n: usize) -> usize {
    let mut at = 0;
    for _ in 0..n {
        at += body[at..].len() - body[at..].trim_start().len();
        at += body[at..].find(char::is_whitespace).unwrap_or(body.len() - at);
    }
    at + (body[at..].len() - body[at..].trim_start().len())
}

/// Whether a lower-cased word opening a sentence is not its subject.
pub(crate) fn not_subject(w: &str) -> bool {
    CLAUSE_OPENERS.contains(&w) || NOT_SUBJECT.contains(&w)
}

/// Whether the relative clause in `words` (a relative pronoun, then the words up to
/// the cue) has a subject of its own: a pronoun, a name or a determiner ("…, which he
/// said …", "…, which the bank detailed"), or a short noun phrase right before the cue
/// ("…, which critics said …"). Auxiliaries, adverbs and a setting are no subject
/// ("who has often complained", "who on Tuesday endorsed").
pub(crate) fn relative_has_subject(words: &[&str]) -> bool {
    let lower = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let not_noun = |w: &&str| {
        let lw = lower(w);
        CUE_AUXILIARIES.contains(&lw.as_str())
            || matches!(
                lw.as_str(),
                "could"
                    | "should"
                    | "may"
                    | "might"
                    | "can"
                    | "did"
                    | "does"
                    | "do"
                    | "often"
                    | "never"
                    | "still"
                    | "already"
                    | "just"
                    | "together"
                    | "on"
                    | "in"
                    | "at"
                    | "last"
                    | "this"
                    | "earlier"
                    // (a preposition: "Curiel, who through his office declined …")
                    | "through"
                    | "via"
                    | "by"
                    | "with"
                    | "for"
                    | "from"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "over"
                    | "under"
            )
            || (lw.ends_with("ed") && lw.len() > 4)
            || (w.starts_with(char::is_lowercase) && is_adverb(&lw))
    };
    let Some(w) = words.get(1) else { return false };
    let lw = lower(w);
    SUBJECT_PRONOUNS.contains(&lw.as_str())
        || lw == "you"
        || (w.starts_with(char::is_uppercase) && !CALENDAR.contains(&lw.as_str()))
        || matches!(lw.as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "some" | "many" | "most")
        || (words.len() <= 4 && !words[1..].iter().any(not_noun))
}

/// Whether `w` (as written) opens a phrase set before the subject: a preposition or
/// adverb that is no subject, a day or month, "back", or a capitalised participle
/// ("Speaking on a radio show, …", "Asked about it, …").
pub(crate) fn opener_word(w: &str) -> bool {
    let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let participle = w.starts_with(char::is_uppercase)
        && ((lower.ends_with("ing")
            && lower.len() > 4
            && !lower.ends_with("thing")
            && !matches!(lower.as_str(), "bring" | "sting" | "swing" | "ewing" | "wring"))
            || matches!(lower.as_str(), "asked" | "pressed" | "questioned" | "interviewed" | "reached" | "contacted" | "faced"));
    (not_subject(&lower) && !matches!(lower.as_str(), "it" | "there" | "here" | "what" | "how" | "why" | "and" | "but" | "so"))
        || OPENING_ADVERBS.contains(&lower.as_str())
        || CALENDAR.contains(&lower.as_str())
        || lower == "back"
        || participle
}

/// The comma that ends a phrase opening the sentence at `ss` before its subject
/// ("Despite challenging the majority leader, Cruz said …"): an opener word, then
/// a comma within sixteen words (thirty when a participle leads the phrase) and no
/// quotation mark before it but whole quoted words; after a comma that closes quoted
/// words, the end of the quotation mark.
pub(crate) fn opener_comma(text: &str, ss: usize, se: usize) -> Option<usize> {
    let sent = &text[ss..se];
    let lead = sent.len() - sent.trim_start().len();
    let body = &sent[lead..];
    let mut words = body.split_whitespace();
    let first = words.next()?;
    // "And in explaining why …, Lind described …": a conjunction before the phrase.
    let second = words.next().unwrap_or("");
    let joined = matches!(first, "And" | "But" | "Yet")
        && second.starts_with(char::is_lowercase)
        && opener_word(&capitalised(second))
        && !matches!(second, "the" | "a" | "an" | "then" | "now" | "also");
    if !opener_word(first) && !joined {
        return None;
    }
    // The phrase ends at a comma, or at one before a closing quotation mark
    // ("Remarking upon Lind's “genuine empathy,” Berg said …").
    let comma = [body.find(", "), body.find(",\" ").map(|c| c + 2), body.find(",” ").map(|c| c + 4)].into_iter().flatten().min()?;
    let head = &body[..comma];
    let quoted = head.contains(['"', '“', '”']);
    let balanced = head.matches('"').count().is_multiple_of(2) && head.matches('“').count() == head.matches('”').count();
    // (a participle's phrase may run longer: "But in describing the plan as … it, the
    // journalists …")
    let led = head.split_whitespace().take(3).any(|w| w.len() > 5 && w.ends_with("ing"));
    if head.split_whitespace().count() > if led { 30 } else { 16 } || (quoted && !(balanced && body[..comma].ends_with(['"', '”']))) {
        return None;
    }
    // "After thanking the crowd, which chanted her name, Lind touted …": a relative
    // clause on the phrase's last noun belongs to the phrase.
    let rest = body[comma..].trim_start_matches([',', ' ']);
    if rest.starts_with("which ") || rest.starts_with("who ") {
        let next = rest.find(", ").filter(|&n| rest[..n].split_whitespace().count() <= 12 && !rest[..n].contains(['"', '“', '”']))?;
        return Some(ss + lead + (body.len() - rest.len()) + next);
    }
    Some(ss + lead + comma)
}

/// `w` with its first letter in capitals.
fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Where the text after a dateline starts, when `text[ss..end]` opens with one:
/// a word in capitals, then up to 60 bytes, then a dash ("WASHINGTON, Dec. 8
/// (UPI) — …", "PORT AVEN (Coastline Wire) — …"), which may be a spaced hyphen
/// ("PARIS, Aug 31 (Reuters) - …").
pub(crate) fn dateline_end(text: &str, ss: usize, end: usize) -> Option<usize> {
    let head = &text[ss..end];
    // The first dash: a long one, a spaced hyphen or a spaced double hyphen ("(EHA) --").
    let dash = [
        head.find(['—', '–']).map(|a| (a, head[a..].chars().next().map_or(1, char::len_utf8))),
        head.find(" - ").map(|b| (b + 1, 1)),
        head.find(" -- ").map(|b| (b + 1, 2)),
    ]
    .into_iter()
    .flatten()
    .min();
    let (dash, dash_len) = dash.filter(|&(d, _)| d <= 60)?;
    let first = text[ss..ss + dash].split_whitespace().next().unwrap_or("");
    let caps = first.trim_matches(|c: char| !c.is_alphanumeric());
    // (or a place in title case before an agency in brackets: "New York (AFP) –")
    let head = text[ss..ss + dash].trim_end();
    let agency = head.ends_with(')')
        && head.rfind('(').is_some_and(|o| {
            let place = head[..o].trim_end();
            let words: Vec<&str> = place.split_whitespace().collect();
            // (an agency: in capitals, or a wire's name, not a party: "Ada Lind (Labour) –")
            let inside = head[o + 1..head.len() - 1].trim();
            let wire = inside.chars().all(|c| c.is_uppercase() || c == ' ')
                || inside
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| matches!(w, "Reuters" | "Wire" | "News" | "Press" | "Agency" | "Service"));
            wire && (1..=3).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase)) && !place.contains([',', '.'])
        });
    if !agency && (caps.len() < 3 || !caps.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())) {
        return None;
    }
    let after = ss + dash + dash_len;
    Some(after + (text[after..end].len() - text[after..end].trim_start().len()))
}

/// The noun phrase that opens the sentence, as the speaker of a cue that has
/// no subject of its own ("The committee filed a complaint, claiming …"):
/// up to six words, ending before a comma or the first verb-like word.
pub(crate) fn sentence_subject(text: &str, ss: usize, cue_start: usize) -> Option<Range> {
    // Step over opening phrases set off by commas ("In a statement, the campaign …",
    // "Recently, however, it …").
    let mut at = ss;
    let mut capital = true;
    if let Some(after) = dateline_end(text, ss, cue_start) {
        at = after;
    }
    // A passage quoted at length opens with a mark it does not close before the cue
    // ("\"Trump walked onto the stage, chanting …"): the subject follows the mark.
    if let Some(mark) = text[at..cue_start].chars().next().filter(|c| matches!(c, '"' | '“')) {
        if !text[at + mark.len_utf8()..cue_start].contains(['"', '“', '”']) {
            at += mark.len_utf8();
        }
    }
    // A conjunction or "then" opening the sentence is no part of it: "And then Trump went
    // on the attack, saying …".
    loop {
        let head = &text[at..cue_start];
        let lead = head.len() - head.trim_start().len();
        let Some((w, _)) = head[lead..].split_once(' ') else { break };
        // (and "now": "And now Mr. Manafort has taken on a campaign, seeking …")
        if !matches!(w, "And" | "But" | "So" | "Then" | "Yet" | "then" | "and" | "Now" | "now") {
            break;
        }
        at += lead + w.len() + 1;
        // "But the court overruled and said …": the subject after it is in lowercase.
        capital = false;
    }
    for round in 0..4 {
        let head = &text[at..cue_start];
        // After a skipped phrase, an abbreviation set off by commas is the rest of a place
        // ("At a rally in Beaumont, Tex., Mr. Trump was blunt, claiming …").
        if !capital {
            if let Some(comma) = head.find(", ") {
                let piece = head[..comma].trim();
                // an abbreviation ("Tex.", "Calif.", "D.C."), not a one-word name ("…, Lind, the mayor, …")
                let abbreviation = piece.ends_with('.') && piece.len() <= 7 && !piece.contains(' ');
                if abbreviation && piece.starts_with(char::is_uppercase) && at + comma + 2 < cue_start {
                    at += comma + 2;
                    continue;
                }
                // "Speaking at a town hall in Salem, New Hampshire, Trump …": the state after
                // a town the skipped phrase ends in; "…, which is set to host the vote, Bush …":
                // a relative clause on the phrase's last words.
                let skipped: Vec<&str> = text[ss..at].trim_end().trim_end_matches(',').split_whitespace().rev().take(2).collect();
                let after_town = skipped.len() == 2
                    && matches!(skipped[1], "in" | "at" | "from" | "near" | "of")
                    && skipped[0].starts_with(char::is_uppercase);
                let piece_words: Vec<&str> = piece.split_whitespace().collect();
                let state = after_town && piece_words.len() <= 3 && piece_words.iter().all(|w| w.starts_with(char::is_uppercase));
                let relative = matches!(piece_words.first(), Some(&("which" | "where"))) && piece_words.len() <= 16;
                if (state || relative) && at + comma + 2 < cue_start {
                    at += comma + 2;
                    continue;
                }
            }
        }
        let raw = head.split_whitespace().next().unwrap_or("");
        let first = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // A longer setting may open the sentence ("Speaking on a radio show last week, …"),
        // and so may a time ("Hours later, …", "Late last month, …").
        let long = round == 0 && opener_word(raw);
        let time = head.find(", ").is_some_and(|c| {
            let words: Vec<String> =
                head[..c].split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
            // "The Post intervened in April, arguing …" is a clause with a verb, not a time.
            words.len() <= 5
                && words.iter().any(|w| TIME_WORDS.contains(&w.as_str()) || CALENDAR.contains(&w.as_str()))
                && !words.iter().any(|w| (w.len() > 4 && w.ends_with("ed")) || (SUBJECT_END.contains(&w.as_str()) && w != "that"))
        });
        // (an adverb set off alone: "Publicly, the mayor …"; known by its ending, as a name
        // may end in -ly too: "Kelly, a ferry operator, …")
        const ADVERB_ENDINGS: [&str; 18] = [
            "ally", "ately", "ntly", "ously", "ibly", "ably", "edly", "ingly", "ively", "fully", "lessly", "arly", "nkly", "ckly", "ssly",
            "ctly", "stly", "icly",
        ];
        let lone_adverb = is_adverb(&first)
            && ADVERB_ENDINGS.iter().any(|e| first.ends_with(e))
            && head.trim_start().strip_prefix(raw).is_some_and(|r| r.starts_with(' '))
            && raw.ends_with(',');
        if !(not_subject(&first) || OPENING_ADVERBS.contains(&first.as_str()) || long || time || lone_adverb) {
            break;
        }
        // "On Sunday morning Mr. Trump made …": a time with no comma after it, then a name.
        if let Some(m) = SETTING.find(head).filter(|_| not_subject(&first)) {
            let rest = &head[m.end()..];
            let after = rest.trim_start();
            if rest.starts_with(' ') && after.starts_with(char::is_uppercase) && at + m.end() < cue_start {
                at += head.len() - after.len();
                capital = true;
                continue;
            }
        }
        let most = if long { 16 } else { 6 };
        // A name ending in -ing ("Boreing praised the plan but said …") is no participle:
        // a participle's phrase holds no verb of saying and ends with a comma.
        let only_long = long && !(not_subject(&first) || OPENING_ADVERBS.contains(&first.as_str()) || time);
        // Where the opening word ends inside `head` (it may follow spaces).
        let raw_end = head.len() - head.trim_start().len() + raw.len();
        match head.find(", ") {
            Some(comma)
                if only_long
                    && comma > raw_end
                    && CUE.find_iter(&head[raw_end..comma]).any(|m| cue_use(text, at + raw_end + m.start(), at + raw_end + m.end())) =>
            {
                break
            }
            Some(comma) if at + comma + 2 < cue_start && head[..comma].split_whitespace().count() <= most => {
                at += comma + 2;
                capital = false;
            }
            None if only_long => break,
            _ => return None,
        }
    }
    subject_at(text, at, cue_start, capital)
}

/// The subject opening the sentence when a relative clause stands between it and
/// the cue: "A harbour official who was not authorized to discuss the plan said …"
/// (too long to read back from the cue). No comma may follow the relative pronoun.
pub(crate) fn relative_subject(text: &str, ss: usize, cue_start: usize) -> Option<Range> {
    sentence_subject(text, ss, cue_start).filter(|r| {
        let rest = text[r.end..cue_start].trim_start();
        (rest.starts_with("who ") || rest.starts_with("which ")) && !rest.contains(',')
    })
}

/// A lower-cased word that is an adverb ending in `-ly` ("recently"); a
/// capitalised one may be a name ("Kelly"), so callers check the case.
pub(crate) fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(&w)
}

/// The noun phrase at `ss` (see `sentence_subject`); `capital`: it must start
/// with a capital letter (a sentence start).
pub(crate) fn subject_at(text: &str, ss: usize, cue_start: usize, capital: bool) -> Option<Range> {
    let head = &text[ss..cue_start];
    let mut end = None;
    let mut count = 0;
    let mut first = true;
    let words: Vec<(usize, &str)> = head.split_whitespace().map(|w| (w.as_ptr() as usize - head.as_ptr() as usize, w)).collect();
    for (k, &(i, w)) in words.iter().enumerate() {
        let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // A present-tense verb before its object ("Sanders rips the agreement"): a
        // lowercase -s word right before a determiner.
        let verb_s = lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && words.get(k + 1).is_some_and(|(_, n)| {
                matches!(n.to_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "these" | "those")
            });
        if first {
            first = false;
            if not_subject(&lower) || (capital && !w.chars().next().is_some_and(char::is_uppercase)) {
                return None;
            }
            // "He’s comparing … and says …": a pronoun contracted with its verb is the subject.
            let bare = lower.replace('’', "'");
            if let Some(pronoun) = bare.split_once('\'').map(|(p, _)| p).filter(|p| {
                matches!(bare.as_str(), "he's" | "she's" | "they're" | "we're" | "i'm" | "you're") && SUBJECT_PRONOUNS.contains(p)
            }) {
                let lead = w.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
                return Some(Range { start: ss + i + lead, end: ss + i + lead + pronoun.len() });
            }
        }
        let lower_start = w.chars().next().is_some_and(char::is_lowercase);
        if count > 0
            && lower_start
            && (SUBJECT_END.contains(&lower.as_str()) || (lower.ends_with("ed") && lower.len() > 3) || CUE.is_match(w) || verb_s)
        {
            end = Some(i);
            break;
        }
        count += 1;
        if w.ends_with(',') {
            end = Some(i + w.len() - 1);
            // A description keeps the name set off after it: "Selka's mayor, Jonas Brekke,
            // welcomed the ruling, calling it …" (one to four capitalised words, then a comma).
            let described =
                k >= 1 && is_description(&head[..i + w.len()]) && words[1..=k].iter().any(|(_, x)| x.starts_with(char::is_lowercase));
            if described {
                let name = words[k + 1..].iter().take(5).position(|(_, x)| x.ends_with(','));
                if let Some(n) = name.filter(|&n| n < 4) {
                    let run = &words[k + 1..=k + 1 + n];
                    if run.iter().all(|(_, x)| x.starts_with(char::is_uppercase)) && !run.iter().any(|(_, x)| x.ends_with("ing,")) {
                        let (j, last) = run[n];
                        end = Some(j + last.len() - 1);
                    }
                }
            }
            break;
        }
        // A name with its organisation runs longer: "Councillor Tor Bakke of the Green
        // Alliance welcomed the speech but said …".
        // (an ordinal is part of the name: "the U.S. Court of Appeals for the 6th Circuit")
        let named = words[..=k]
            .iter()
            .all(|(_, x)| x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*x, "of" | "the" | "and" | "for"));
        // So does a description with the name it ends in: "Former Dawson’s Creek star
        // James Van Der Beek" (six words at most before a name of up to four).
        let name_run = words[..=k].iter().rev().take_while(|(_, x)| x.starts_with(char::is_uppercase)).count();
        let described_name = name_run <= 4 && count - name_run <= 6;
        if !described_name && count > if named { 9 } else { 6 } {
            return None;
        }
    }
    let end = ss + end?;
    let phrase = text[ss..end].trim_end();
    let lead = phrase.len() - phrase.trim_start().len();
    (phrase.split_whitespace().count() >= 1).then(|| Range { start: ss + lead, end: ss + phrase.len() })
}

/// Whether the words after a cue, up to the end of its clause, only say when and where
/// the words were said ("in an interview later", "on Facebook Friday", "in The Courier",
/// "on Tuesday -- a development that …"); then what was said comes before the cue.
pub(crate) fn only_setting(after: &str) -> bool {
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let time = |w: &str| {
        let w = bare(w);
        CALENDAR.contains(&w.as_str()) || TIME_WORDS.contains(&w.as_str())
    };
    let mut rest = after.trim_start();
    let mut stripped = false;
    for _ in 0..4 {
        if let Some(m) = SETTING.find(rest) {
            rest = rest[m.end()..].trim_start();
            stripped = true;
            continue;
        }
        let words: Vec<&str> = rest.split_whitespace().take(5).collect();
        let Some(&first) = words.first() else { break };
        let skip = if time(first) {
            1
        } else if stripped
            && matches!(first, "posted" | "published" | "issued" | "released" | "shared" | "sent" | "put" | "read")
            && words.get(1).is_some_and(|w| matches!(*w, "on" | "to" | "late" | "early" | "at" | "online" | "out"))
        {
            // a medium's participle after the setting: "in a statement posted on Facebook"
            2
        } else if matches!(first, "this" | "last" | "on" | "in" | "early" | "late" | "earlier" | "later")
            && words.get(1).is_some_and(|w| time(w))
        {
            2
        } else if matches!(first, "at" | "outside" | "near" | "inside" | "in" | "from")
            && rest.find(['.', '!', '?']).is_some_and(|end| {
                // "at the scene.", "outside the court.": a short place phrase closing the sentence.
                let phrase = &rest[..end];
                let n = phrase.split_whitespace().count();
                (2..=4).contains(&n)
                    && !phrase.contains([',', ';', '"', '“', '”'])
                    && phrase.split_whitespace().skip(1).all(|w| !(w.ends_with("ed") || SUBJECT_END.contains(&w)))
                    && rest[end + 1..].trim().is_empty()
            })
        {
            rest.split_whitespace().count()
        } else if matches!(first, "in" | "while" | "when" | "after" | "before")
            && words.get(1).is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_lowercase))
        {
            // "in posing the question to Lind.", "while promoting a film": the act the words
            // were said in, up to the clause's end.
            let end = rest.find([',', '.', ';', '!', '?', '—', '–']).unwrap_or(rest.len());
            let phrase = &rest[..end];
            if phrase.contains(" that ") || phrase.contains(" - ") || phrase.split_whitespace().count() > 12 {
                break;
            }
            rest = &rest[end..];
            stripped = true;
            continue;
        } else if matches!(first, "in" | "on" | "to") {
            // "in The Intercept", "on Fox News Sunday": a preposition and a capitalised name.
            let name = words[1..].iter().take_while(|w| w.starts_with(char::is_uppercase)).count();
            if name == 0 {
                break;
            }
            1 + name
        } else {
            break;
        };
        let mut at = 0;
        for w in &words[..skip] {
            at = rest[at..].find(w).map_or(rest.len(), |i| at + i + w.len());
        }
        // The last skipped word's trailing punctuation stays in `rest`, where it closes the setting.
        let cut = rest[..at].rfind(|c: char| c.is_alphanumeric()).map_or(at, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        rest = rest[cut..].trim_start();
        stripped = true;
    }
    stripped
        && (rest.is_empty()
            || rest.starts_with([',', '.', ';', '!', '?', '—', '–', ')'])
            || rest.starts_with("--")
            || rest.starts_with("- "))
}

/// Whether a clause ends with a comma, also one inside a closing quotation mark
/// ("… was “overblown,” adding …", "… it,'' adding …").
pub(crate) fn ends_with_comma(clause: &str) -> bool {
    clause.trim_end().trim_end_matches(['"', '”', '’', '\'']).ends_with(',')
}

/// Whether `before`, the text up to a full stop, ends with a title, an
/// initial or a dotted abbreviation, so the stop ends no sentence ("Mr.",
/// "E.", "U.S.").
pub(crate) fn ends_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    (word.len() == 1 && word.starts_with(char::is_uppercase))
        || matches!(
            word,
            "Mr" | "Ms"
                | "Mrs"
                | "Dr"
                | "Gov"
                | "Sen"
                | "Rep"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Prof"
                | "Rev"
                | "St"
                | "Jr"
                | "Sr"
                | "Capt"
                | "Maj"
                | "Adm"
                | "Det"
                | "Atty"
                | "U.S"
                | "U.K"
                | "U.N"
                | "D.C"
        )
}

/// The noun phrase after `at` (e.g. after "said" or "according to"): words to the next boundary, at most eight.
pub(crate) fn phrase_after(text: &str, at: usize, hi: usize) -> Option<Range> {
    let seg = &text[at..hi];
    let lead = seg.len() - seg.trim_start().len();
    let body = &seg[lead..];
    // A full stop ends the phrase, but not one after a title or an initial ("said Mr. Trump",
    // "said Charles E. Grassley").
    let abbreviation = |i: usize| ends_abbreviation(&body[..i]);
    // Nor does a comma between digits ("300,000 euros").
    let mut stop = body
        .char_indices()
        .find(|&(i, c)| (c == '.' && !abbreviation(i)) || (PHRASE_STOPS.contains(&c) && !digit_comma(body, i)))
        .map_or(body.len(), |(i, _)| i);
    // The speaker's name ends before a preposition: "said Ines Moro at the terminal".
    for prep in [
        " at ",
        " in ",
        " on ",
        " during ",
        " after ",
        " before ",
        " outside ",
        " to ",
        " from ",
        " with ",
        " as ",
        " when ",
        " while ",
        // "said a party official who has worked for …": the relative clause is not the name
        " who ",
    ] {
        // Not after an adjective that takes it: "diplomats familiar with the talks",
        // "a source close to the minister", "officials briefed on the plan".
        let takes_it = |i: usize| {
            matches!(
                body[..i].rsplit(' ').next(),
                Some(
                    "familiar"
                        | "close"
                        | "closer"
                        | "briefed"
                        | "involved"
                        | "knowledgeable"
                        | "privy"
                        | "loyal"
                        | "opposed"
                        | "linked"
                        | "present",
                )
            )
        };
        if let Some((i, _)) = body[..stop].match_indices(prep).find(|&(i, _)| !takes_it(i)) {
            stop = stop.min(i);
        }
    }
    // A long name with its affiliation ("said Ola Berg of the University of Kellby
    // School of Law"): the speaker is the name before "of".
    if body[..stop].split_whitespace().count() > 8 {
        if let Some(i) = body[..stop].find(" of ") {
            let name: Vec<&str> = body[..i].split_whitespace().collect();
            if (2..=4).contains(&name.len())
                && name.iter().all(|w| w.starts_with(char::is_uppercase))
                && !matches!(name[0], "The" | "A" | "An")
            {
                stop = i;
            }
        }
    }
    // A description with the name after it: "said the harbour master, Ola Dahl." The name
    // is one to four capitalised words closing the sentence or set off by a comma.
    let described = is_description(&body[..stop]);
    if described && body[stop..].starts_with(", ") {
        let rest = &body[stop + 2..];
        // (a full stop after an initial goes on with the name: "John J. Ferriola")
        let end = rest
            .char_indices()
            .find(|&(i, c)| matches!(c, ',' | ';' | '(') || (c == '.' && !ends_abbreviation(&rest[..i])))
            .map_or(rest.len(), |(i, _)| i);
        let name: Vec<&str> = rest[..end].split_whitespace().collect();
        let closes = rest[end..].starts_with(['.', ',', ';']) || rest[end..].trim().is_empty();
        let fits = body[..stop].split_whitespace().count() + name.len() <= 8;
        if (1..=4).contains(&name.len())
            && name.iter().all(|w| w.starts_with(char::is_uppercase))
            && closes
            && fits
            && !is_time(&rest[..end])
        {
            stop = stop + 2 + rest[..end].trim_end().len();
        }
    }
    let phrase = body[..stop].trim_end();
    let words = phrase.split_whitespace().count();
    // A clause is not a speaker: "said the city would open …".
    let clause = phrase
        .split_whitespace()
        .any(|w| matches!(w, "would" | "will" | "was" | "were" | "is" | "are" | "had" | "has" | "have" | "could" | "should" | "can"));
    // A time is not a speaker: "… said Wednesday, “…”"; nor is a conjunction ("said that “…”").
    let conjunction = matches!(phrase.split_whitespace().next(), Some("that" | "if" | "whether"));
    // A long title before a name runs longer: "said former Pennsylvania Gov. and
    // Democratic National Committee Chairman Ed Rendell".
    let titled = words <= 12
        && phrase.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "of" | "the" | "former" | "for"))
        && phrase.split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase));
    ((1..=8).contains(&words) || titled)
        .then_some(())
        .filter(|_| !clause && !conjunction && !is_time(phrase))
        .map(|_| Range { start: at + lead, end: at + lead + phrase.len() })
}

/// Whether a phrase is a time and nothing else, so never a speaker: a day
/// ("Friday", "Wednesday night", "On Sunday"), "earlier", "later", or a time word
/// after "in", "on", "last", "this" or "next" ("in April", "last week"). A month
/// alone may be a name ("May said"), and "this" alone a finding ("This shows").
fn is_time(phrase: &str) -> bool {
    // A time phrase is short ("on Wednesday morning", "last week"): a longer one is not
    // read at all, so a speaker's tail is checked at every space for a bounded cost.
    const LONGEST: usize = 8;
    let words: Vec<String> =
        phrase.split_whitespace().take(LONGEST + 1).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    if words.len() > LONGEST {
        return false;
    }
    let timely = |w: &String| {
        DAYS.contains(&w.as_str())
            || CALENDAR.contains(&w.as_str())
            || TIME_WORDS.contains(&w.as_str())
            || matches!(w.as_str(), "night" | "morning" | "afternoon" | "evening")
    };
    match words.as_slice() {
        [] => false,
        [w] => DAYS.contains(&w.as_str()) || matches!(w.as_str(), "earlier" | "later"),
        [first, rest @ ..] => {
            (DAYS.contains(&first.as_str()) || matches!(first.as_str(), "in" | "on" | "last" | "this" | "next")) && rest.iter().all(timely)
        }
    }
}

/// Whether a phrase opening a sentence only says when: a time ("On Sunday", "last
/// week") or a span back from now ("Six months ago", "two years ago").
pub(crate) fn time_opener(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    is_time(phrase) || (words.len() <= 4 && words.last().is_some_and(|w| w.trim_end_matches([',', '.']) == "ago"))
}

pub(crate) fn trim_range(text: &str, r: Range) -> Range {
    let s = &text[r.start..r.end];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let t = t.trim_end_matches(['.', ' ']);
    Range { start: r.start + lead, end: r.start + lead + t.len() }
}

/// The words before a subject that are not part of it: a conjunction ("and the aides"),
/// a subordinator ("where Ryan", "if Carson", "although critics"), a preposition
/// with a relative word ("in what officials called", "in which students alleged"),
/// "with" before a subject ("with many worried"), "even" and "including".
fn lead_in_len(s: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &s[at..];
        let Some((word, tail)) = rest.split_once(' ') else { return at };
        let skip = match word.to_lowercase().as_str() {
            "and" | "but" | "or" | "where" | "if" | "when" | "while" | "although" | "though" | "because" | "unless" | "whereas"
            | "even" | "including" | "with" | "what" | "which" => true,
            "in" | "of" | "for" | "to" => matches!(tail.split(' ').next(), Some("what" | "which" | "whom")),
            // "…, as the mayor said", "As many engineers believe, …": a report set in
            // parenthesis; a comparison has no subject there ("as much as expected").
            "as" => tail.split(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) || DETERMINERS.contains(&w) || SUBJECT_PRONOUNS.contains(&w) || w == "you"
            }),
            _ => false,
        };
        if !skip || tail.trim().is_empty() {
            return at;
        }
        at += word.len() + 1;
    }
}

/// A source that opens with a preposition, a negation or an adverb that no subject
/// starts with ("to help write", "in the middle quintile of … declined", "not everything
/// Trump says", "well above the $1.11 … expected") is no one: the cue it was found for is
/// a verb inside a clause, not a report.
pub(crate) fn not_a_subject(text: &str, r: Range) -> bool {
    let s = &text[r.start..r.end];
    let s = &s[lead_in_len(s)..];
    let mut words = s.split(' ').map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    match first.as_str() {
        // ("at least" and "at most" before a count are a quantity: "At least 40 voters said …")
        "at" => !matches!(words.next().as_deref(), Some("least" | "most")),
        "to" | "in" | "on" | "for" | "from" | "since" | "as" | "well" | "often" | "how" | "said" | "calling" => true,
        // (a comparison or circumstance: "like Trump", "without reporters", "amid …")
        "like" | "unlike" | "without" | "amid" => true,
        // "just" before a count is a quantity ("Just 28 percent of voters said …")
        "just" => !words.next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || NUMBER_WORDS.contains(&w.as_str())
                || matches!(w.as_str(), "a" | "half" | "over" | "under" | "about" | "shy" | "short" | "above" | "below")
        }),
        // "not everyone is convinced" has a subject; "not everything Trump says" is a clause
        "not" => !matches!(words.next().as_deref(), Some("everyone" | "everybody" | "all" | "every" | "many" | "one" | "enough")),
        _ => false,
    }
}

/// Whether a cleaned source is a gerund's or participle's phrase, not a speaker
/// ("making it clear", "…, using an expletive to describe …", "while taking slams at
/// …"): a lowercase -ing word before its object, or alone, or right after a comma
/// whatever follows ("…, holding multiple rallies a day in hopes of …"). "fundraising
/// documents", "striking miners" and "voting rights groups" are subjects.
pub(crate) fn participle_clause(text: &str, r: Range) -> bool {
    let s = &text[r.start..r.end];
    let mut words = s.split(' ');
    let first = words.next().unwrap_or_default();
    let after_comma = text[..r.start].trim_end().ends_with(',');
    first.len() > 4
        && first.ends_with("ing")
        && !first.ends_with("thing")
        && first.starts_with(char::is_lowercase)
        && (after_comma || words.next().is_none_or(|n| GERUND_OBJECT_STARTS.contains(&n.to_lowercase().as_str())))
}

/// Whether a cleaned source is a verb's phrase, not a speaker: a lowercase verb in the past
/// before its object or particle ("went on CNN to declare …", "used the comments to urge
/// …", "sent a letter urging …", "hit Snowden back by accusing …"). A participle before its
/// noun is an adjective ("retired Gen. John Allen", "leaked emails").
pub(crate) fn verb_phrase(text: &str, r: Range) -> bool {
    let mut words = text[r.start..r.end].split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    let past = (first.len() > 3 && first.ends_with("ed")) || IRREGULAR_PAST.contains(&first);
    // (or a perfect's auxiliary and participle: "…, and has spoken out in favor of …")
    perfect_phrase(text, r)
        || (past
            && first.chars().all(|c| c.is_ascii_lowercase())
            && (DETERMINERS.contains(&second)
                || matches!(second, "more" | "new" | "on" | "off" | "out" | "back" | "up" | "down" | "to" | "into")))
}

/// Irregular past forms and participles a verb's phrase may open with ("went on CNN to …",
/// "sent a letter urging …", "has spoken out …" is known by its "-en").
const IRREGULAR_PAST: &[&str] = &[
    "went", "made", "spent", "hit", "took", "gave", "sent", "put", "held", "met", "ran", "run", "came", "come", "got", "kept", "brought",
    "paid", "began", "begun", "said", "told",
];

/// Whether a source is a perfect's auxiliary and participle, a verb's phrase whose subject
/// stands further back ("In 2008, Kerr donated …, and has spoken out in favor of …").
pub(crate) fn perfect_phrase(text: &str, r: Range) -> bool {
    let mut words = text[r.start..r.end].split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else { return false };
    matches!(first, "has" | "have" | "had")
        && second.chars().all(|c| c.is_ascii_lowercase())
        && ((second.len() > 4 && (second.ends_with("ed") || second.ends_with("en"))) || IRREGULAR_PAST.contains(&second))
}

/// A source as a reader would name it: without the words before its subject (see `lead_in_len`), and none
/// at all when the phrase opens with a quotation mark (the quoted words, not
/// their speaker: "“Who would have believed …”") or is a lone adverb ("later"), conjunction
/// or article.
pub(crate) fn clean_source(text: &str, r: Range) -> Option<Range> {
    // A speaker never spans a line break: the line before is a headline or a
    // list's label ("Zika Virus\nChris Christie said", "[Vox]\n-Lynn Vavreck finds").
    let r = match text[r.start..r.end].rfind('\n') {
        Some(i) => {
            let line = &text[r.start + i + 1..r.end];
            let skip = line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '–' | '—')).len();
            Range { start: r.start + i + 1 + skip, end: r.end }
        }
        None => r,
    };
    if r.start >= r.end {
        return None;
    }
    // A dash before the speaker closes an aside ("… - “does she …?” - Democrats in Iowa said").
    let r = match text[r.start..r.end].strip_prefix(['-', '–', '—']).map(str::trim_start) {
        Some(rest) if !rest.is_empty() && !rest.starts_with(['-', '–', '—']) => Range { start: r.end - rest.len(), end: r.end },
        _ => r,
    };
    let mut start = r.start + lead_in_len(&text[r.start..r.end]);
    // The end of a dateline is no part of the speaker: "(EHA) -- Ostmark urged".
    if let Some(after) = dateline_end(text, start, r.end).filter(|&a| a < r.end) {
        start = after;
    }
    let s = &text[start..r.end];
    if s.starts_with(['“', '"', '‘']) {
        return None;
    }
    if is_time(s) {
        return None;
    }
    // "Cook declined to say", "the board is expected to endorse": the infinitive's
    // subject is the phrase before its verb and that verb's auxiliaries.
    let mut end = r.end;
    // "goes on to", "went on to": the verb before "on to" carries the subject.
    // "The Courier was the first to report": the subject is the phrase before "was".
    let ranked =
        [" among the first to", " the first to", " the last to", " the only one to"].iter().find_map(|x| s.strip_suffix(x).map(|h| (h, x)));
    let (head, dropped) = match (ranked, s.strip_suffix(" on to")) {
        (Some((h, x)), _) => (Some(h), x.split_whitespace().count()),
        (None, Some(h)) => (Some(h), 3),
        (None, None) => (s.strip_suffix(" to"), 2),
    };
    let verb_before_to = ranked.is_some_and(|(h, _)| h.split_whitespace().count() >= 2)
        || head.and_then(|h| h.split_whitespace().next_back()).is_some_and(|v| {
            let v = v.to_lowercase();
            (v.ends_with("ed") && v.len() > 4)
                || matches!(
                    v.as_str(),
                    "want"
                        | "wants"
                        | "plan"
                        | "plans"
                        | "hope"
                        | "hopes"
                        | "seem"
                        | "seems"
                        | "appear"
                        | "appears"
                        | "likely"
                        | "going"
                        | "goes"
                        | "went"
                        | "try"
                        | "tries"
                        | "need"
                        | "needs"
                        | "able"
                        | "ready"
                        | "set"
                        | "began"
                        | "begins"
                        | "sought"
                        | "seeks"
                        | "vow"
                        | "vows"
                        | "refuse"
                        | "refuses"
                        | "decline"
                        | "declines"
                        | "promise"
                        | "promises"
                        | "pledge"
                        | "pledges"
                        // (an adjective or another verb before "to": "was quick to", "continues to")
                        | "quick"
                        | "unable"
                        | "unlikely"
                        | "eager"
                        | "reluctant"
                        | "slow"
                        | "careful"
                        | "willing"
                        | "unwilling"
                        | "loath"
                        | "keen"
                        | "anxious"
                        | "hesitant"
                        | "afraid"
                        | "due"
                        | "deserve"
                        | "deserves"
                        | "continue"
                        | "continues"
                        | "hesitate"
                        | "tend"
                        | "tends"
                        | "fail"
                        | "fails"
                        | "agree"
                        | "agrees"
                        | "attempt"
                        | "attempts"
                        | "manage"
                        | "manages"
                        | "intend"
                        | "intends"
                        | "choose"
                        | "chooses"
                        | "chose"
                        | "decide"
                        | "decides"
                        | "threaten"
                        | "threatens"
                        // (an obligation: "Berg has to show that …")
                        | "has"
                        | "have"
                        | "had"
                        | "ought"
                )
        });
    // "Berg's refusal to endorse …", "his reluctance to embrace …": the one whose refusal
    // it is speaks.
    let noun_before_to = s.strip_suffix(" to").and_then(|h| h.rsplit_once(' ')).filter(|(owner, noun)| {
        matches!(
            *noun,
            "refusal"
                | "reluctance"
                | "decision"
                | "willingness"
                | "unwillingness"
                | "failure"
                | "effort"
                | "efforts"
                | "attempt"
                | "attempts"
                | "desire"
                | "plan"
                | "plans"
                | "promise"
                | "pledge"
                | "vow"
                | "bid"
                | "push"
                | "move"
                | "determination"
                | "eagerness"
                | "inability"
        ) && {
            let last = owner.rsplit(' ').next().unwrap_or("").to_lowercase().replace('’', "'");
            last.ends_with("'s") || last.ends_with("s'") || matches!(last.as_str(), "his" | "her" | "their" | "its" | "my" | "our")
        }
    });
    if let Some((owner, _)) = noun_before_to {
        let owner = owner.trim_end();
        // (the owner alone, without what stands before it in the phrase: "… and his")
        let from = owner.rfind([',', ';']).map_or(0, |i| i + 1);
        let from = from + owner[from..].len() - owner[from..].trim_start().len();
        let piece = &owner[from..];
        let piece = piece.rsplit_once(" and ").map_or(piece, |(_, p)| p);
        let at = start + owner.len() - piece.len();
        return Some(Range { start: at, end: start + owner.len() });
    }
    if verb_before_to {
        let mut words: Vec<&str> = s.split_whitespace().collect();
        words.truncate(words.len().saturating_sub(dropped));
        while words.last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "is" | "was" | "are" | "were" | "be" | "been" | "has" | "have" | "had" | "will" | "would" | "also" | "not"
            ) || is_adverb(&w.to_lowercase())
        }) {
            words.pop();
        }
        let last = words.last()?;
        end = start + s.find(&format!("{} ", words.join(" "))).map(|i| i + words.join(" ").len())?;
        if words.len() == 1 && FUNCTION_WORDS.contains(&last.to_lowercase().as_str()) {
            return None;
        }
    }
    let s = &text[start..end];
    // A bare auxiliary ("does not") names no one; nor does a gerund's phrase, which
    // `find_quotes_in` hands to its sentence's subject (see `participle_clause`). A
    // perfect's phrase ("has spoken out") is kept whole: it is handed on the same way.
    let first = s.split_whitespace().next().unwrap_or("");
    if perfect_phrase(text, Range { start, end }) {
        return Some(Range { start, end: start + s.trim_end().len() });
    }
    if matches!(first, "does" | "did" | "do" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could")
    {
        return None;
    }
    let word = s.trim_matches(|c: char| !c.is_alphanumeric());
    let lone = word.to_lowercase();
    let lowercase = word.starts_with(char::is_lowercase);
    if !lone.contains(' ')
        && ((lowercase && is_adverb(&lone))
            || matches!(lone.as_str(), "later" | "however" | "regardless" | "meanwhile" | "also")
            // (a lone conjunction or article: "…, and requested …", "…, even knowing …"; not
            // "A", an interview's answer label)
            || matches!(lone.as_str(), "and" | "but" | "or" | "nor" | "yet" | "so" | "even" | "the" | "an")
            || (lowercase && CLAUSE_WORDS.contains(&lone.as_str())))
    {
        return None;
    }
    // "It's easy to criticize …", "It is important to note …", "it's worth pointing out …":
    // an "it" that stands for the clause after names no one, and the writer is the speaker.
    if expletive_it(&text[start..end]) {
        return None;
    }
    // A time after the speaker is not part of it: "Residents of the islands on Wednesday".
    let s = &text[start..end];
    let cut = s.char_indices().filter(|&(i, c)| c == ' ' && i > 0).map(|(i, _)| i).find(|&i| {
        let tail = &s[i + 1..];
        // a preposition's time ("on Wednesday", "last week") or a day's word ("Vellmar
        // Technologies ASA today announced"), not a participle's ("a poll released on
        // Monday") nor a name's ("Super Tuesday")
        let head_word = s[..i].split_whitespace().next_back().unwrap_or("").to_lowercase();
        (tail.contains(' ') || DAYS.contains(&tail))
            && tail.starts_with(char::is_lowercase)
            && is_time(tail)
            && !(head_word.ends_with("ed") || matches!(head_word.as_str(), "earlier" | "later" | "had" | "has" | "have"))
    });
    if let Some(i) = cut {
        end = start + s[..i].trim_end_matches([',', ' ']).len();
    }
    // An adverb or an auxiliary after the speaker is the verb's ("…, engineers later found").
    let end = before_auxiliaries(text, start, end);
    Some(Range { start, end: start + text[start..end].trim_end().len() })
}

/// Whether a phrase is an "it" and its verb before a judgement, standing for the clause
/// after ("It's easy to", "It is far", "it's also not unreasonable for Clinton to", "It's
/// hard not to"): one to six words after the verb, none a verb in -ing, ending with "to" or
/// a word of judgement, with no capitalised word but a name before a final "to".
pub(crate) fn expletive_it(s: &str) -> bool {
    // (read for every source: most open with another word, and leave before any copy)
    if !s.get(..2).is_some_and(|w| w.eq_ignore_ascii_case("it")) {
        return false;
    }
    let s = s.replace('’', "'");
    let mut words: Vec<&str> = s.split_whitespace().collect();
    let rest = match words.first().map(|w| w.to_lowercase()).as_deref() {
        Some("it's") => 1,
        Some("it") if words.get(1).is_some_and(|w| matches!(*w, "is" | "was" | "seems" | "seemed" | "will" | "would")) => {
            if words.get(2) == Some(&"be") {
                3
            } else {
                2
            }
        }
        _ => return false,
    };
    let tail: Vec<&str> = words.split_off(rest.min(words.len()));
    let judgement = |w: &str| {
        matches!(
            w,
            "to" | "worth"
                | "possible"
                | "impossible"
                | "hard"
                | "far"
                | "easy"
                | "important"
                | "clear"
                | "unclear"
                | "fair"
                | "early"
                | "true"
                | "likely"
                | "unlikely"
                | "certain"
                | "uncertain"
                | "obvious"
                | "fine"
                | "difficult"
                | "doubtful"
                | "striking"
                | "notable"
                | "safe"
        )
    };
    (1..=6).contains(&tail.len())
        && tail.last().is_some_and(|w| judgement(w))
        && tail.iter().filter(|w| w.starts_with(char::is_uppercase)).count() <= usize::from(tail.last() == Some(&"to"))
        // (not a verb's: "it is steering clear of …")
        && !tail.iter().any(|w| w.len() > 4 && w.ends_with("ing"))
}

/// Whether the words before a cue end with "and" or "but", perhaps followed by a short
/// setting ("… but on Tuesday wrote", "… and later said", "… and in a statement said"): a
/// coordinated verb, whose subject opens the sentence. Gives where the setting starts
/// (`before.len()` when there is none).
pub(crate) fn ends_coordinated(before: &str) -> Option<usize> {
    let words: Vec<&str> = before.rsplit(' ').take(5).collect();
    // words[k] is the k-th word from the end
    let joins = |k: usize| words.get(k).is_some_and(|w| matches!(*w, "and" | "but")) && words.len() > k + 1;
    let setting = |ws: &[&str]| match ws {
        [] => true,
        [w] => matches!(*w, "then" | "later" | "also" | "again" | "today" | "yesterday" | "tonight" | "publicly" | "privately"),
        [p, w] => {
            matches!(*p, "on" | "last" | "this" | "next" | "earlier" | "later" | "in")
                && (CALENDAR.contains(&w.to_lowercase().as_str())
                    || matches!(*w, "week" | "month" | "year" | "night" | "morning" | "evening" | "afternoon" | "weekend"))
        }
        [p, d, n] => matches!(*p, "in" | "on") && matches!(*d, "a" | "an" | "the" | "his" | "her" | "their" | "its") && n.len() > 2,
        _ => false,
    };
    (0..=3).find_map(|k| {
        let mut ws: Vec<&str> = words[..k.min(words.len())].to_vec();
        ws.reverse();
        (joins(k) && setting(&ws)).then(|| before.len() - ws.iter().map(|w| w.len() + 1).sum::<usize>().min(before.len()))
    })
}
