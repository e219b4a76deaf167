//! Cues: whether a cue word is used as one, and what its neighbourhood says about it.

use crate::lexicon::{
    BE_FORMS, CUE, CUE_AUXILIARIES, DASHES, FUNCTION_WORDS, GOES_ON, HEADING_PREPOSITIONS, NUMBER_WORDS, REDUCED_PASSIVE_OPENERS, SETTING,
    SUBJECT_END, SUBJECT_PRONOUNS,
};
use crate::source::{ends_abbreviation, is_adverb, phrase_after, relative_subject, source_before};
use crate::{QuoteKind, Range};

/// Whether the cue word at `text[start..end]` is used as a cue here:
/// - not part of a compound ("Clinton-supporting", "well-known");
/// - plural nouns that are also cues ("the notes", "18 states") are nouns
///   after a determiner or a number, and "states" is a cue only before
///   "that" or a colon, and not after a determiner, a number or an adjective
///   that goes with the noun ("coastal states that …");
/// - "showed her the pier" is a guided tour, not a finding.
pub(crate) fn cue_use(text: &str, start: usize, end: usize) -> bool {
    let word = text[start..end].to_lowercase();
    if text[..start].ends_with('-') || text[end..].starts_with('-') {
        return false;
    }
    let prev_word = before(text, start).split_whitespace().next_back().unwrap_or("").to_lowercase();
    // "She declined to say whether …": the refusal is the report, and what was not said is
    // its words, not a report of its own.
    if matches!(word.as_str(), "say" | "comment" | "discuss" | "specify" | "elaborate" | "reveal" | "confirm" | "speculate" | "disclose") {
        let mut back = before(text, start).split_whitespace().rev();
        let (to, verb) = (back.next().unwrap_or(""), back.next().unwrap_or("").to_lowercase());
        if to == "to"
            && matches!(verb.as_str(), "declined" | "declines" | "decline" | "declining" | "refused" | "refuses" | "refuse" | "refusing")
        {
            return false;
        }
    }
    // "The white metal declined once again", "Shares declined a bit": a fall, not a
    // refusal; one is read before "to", an object or a stop ("declined to comment").
    // ("declined for years to reveal …" is still a refusal: a "to" soon after, in the clause)
    if word == "declined" {
        let rest = after(text, end);
        let clause = &rest[..rest.find([',', '.', ';', ':']).unwrap_or(rest.len())];
        let refusal = clause.split_whitespace().take(5).any(|w| w == "to");
        let mut next = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
        let (w1, w2) = (next.next().unwrap_or_default(), next.next().unwrap_or_default());
        let figure = w1.starts_with(|c: char| c.is_ascii_digit()) || rest.trim_start().starts_with(['$', '€', '£']);
        let degree = matches!(w1.as_str(), "a" | "an") && crate::lexicon::DECLINE_DEGREES.contains(&w2.as_str());
        let fall = figure
            || degree
            || is_adverb(&w1)
            || crate::lexicon::DECLINE_FALLS.contains(&w1.as_str())
            || NUMBER_WORDS.contains(&w1.as_str());
        if fall && !refusal {
            return false;
        }
    }
    // "with gusts of up to 160 km/h expected by midday", "a decision expected later": a
    // participle after a noun and before when is a passive; nobody is quoted.
    if matches!(word.as_str(), "expected" | "forecast" | "predicted" | "scheduled" | "planned" | "anticipated") {
        let next = after(text, end).split_whitespace().next().unwrap_or("");
        let bare = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // (not "predicted on Tuesday that …", "Devine predicted.": a day or a stop may close
        // an active report, so only words that cannot)
        let when = matches!(bare.as_str(), "by" | "later" | "soon" | "tomorrow" | "tonight" | "shortly" | "within" | "until" | "overnight");
        if when && !prev_word.starts_with(char::is_uppercase) && !crate::lexicon::SUBJECT_PRONOUNS.contains(&prev_word.as_str()) {
            return false;
        }
    }
    // "A news report published Wednesday said …", "a book published in 2010": publishing is
    // a report only of what is published right after it ("published a letter", "published
    // “Why …”"); otherwise the participle dates a document another cue reports.
    if word.starts_with("publish") {
        let next = after(text, end).trim_start();
        let first = next.split_whitespace().next().unwrap_or("").to_lowercase();
        let object = crate::lexicon::DETERMINERS.contains(&first.as_str())
            || matches!(first.as_str(), "this" | "that" | "research" | "data")
            || next.starts_with(['“', '"', '\'', '‘']);
        if !object {
            return false;
        }
    }
    // "Cost estimates, he added, were …", "more ambitious plans, they say, the world …":
    // an -s word right before a parenthetical attribution ends the noun phrase it sets off.
    if word.ends_with('s') && word != "says" && parenthetical_after(&text[end..]) {
        return false;
    }
    // A participle after an article is an adjective or a noun: "the disputed Dravik reef",
    // "an unconfirmed report", "the much-criticised plan"; "a person familiar with the
    // planning for the meeting said", "the thinking behind it".
    if (word.ends_with("ed") || word.ends_with("ing")) && !word.contains(' ') && matches!(prev_word.as_str(), "the" | "a" | "an") {
        return false;
    }
    // An infinitive after a noun or an adjective that says no one spoke: "huge enough to
    // confirm the reversal", "four reasons to consider her", "when it comes to speaking
    // about …".
    if prev_word == "to" {
        let head = before(text, start).split_whitespace().rev().nth(1).unwrap_or("");
        let head = head.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if crate::lexicon::INFINITIVE_HEADS.contains(&head.as_str()) {
            return false;
        }
    }
    let noun_like = matches!(
        word.as_str(),
        "notes"
            | "reports"
            | "claims"
            | "charges"
            | "questions"
            | "shows"
            | "show"
            | "promises"
            | "attacks"
            | "fears"
            | "hopes"
            | "plans"
            | "views"
            | "support"
            | "supports"
            | "backing"
            | "calls"
            | "call"
            | "warning"
            | "warnings"
    ) && (matches!(
        prev_word.as_str(),
        // "a red warning for the islands", "a storm warning": the notice, not words reported.
        "red"
            | "amber"
            | "yellow"
            | "orange"
            | "storm"
            | "weather"
            | "flood"
            | "severe"
            | "tsunami"
            | "travel"
            | "wind"
            | "heat"
            | "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "some"
            | "many"
            | "several"
            | "all"
            | "other"
            | "both"
            | "no"
            | "any"
            | "more"
            | "few"
            | "such"
            | "of"
            | "with"
            | "without"
            | "taking"
            | "take"
            | "took"
            | "answer"
            | "answering"
            | "answered"
            | "field"
            | "fielding"
            | "fielded"
            | "dismissing"
            | "calling"
            | "denying"
            | "rejecting"
            | "citing"
    ) || (prev_word.starts_with(|c: char| c.is_ascii_digit())
        // ("Men under 35 support Sanders by 4 points": a name after it makes it a verb)
        && !(matches!(word.as_str(), "support" | "supports") && after(text, end).trim_start().starts_with(char::is_uppercase))));
    let next_word = after(text, end).split_whitespace().next().unwrap_or("").to_lowercase();
    // punctuation right after the word: "support.", "see,"
    let closed = text[end..].starts_with(|c: char| !c.is_whitespace());
    // "recent attacks from Cruz", "the attacks in Paris", "personal attacks.": the noun,
    // whatever stands before it; the verb takes its target ("Sanders attacks Clinton"), and
    // so does the noun with "on" or "against" ("her attacks on the board").
    if word == "attacks"
        && (closed
            || matches!(
                next_word.as_str(),
                "from" | "in" | "by" | "during" | "using" | "that" | "were" | "are" | "have" | "has" | "and" | "or" | "of"
            ))
    {
        return false;
    }
    // "who requested anonymity to discuss …": a condition of speaking, no report.
    if next_word.trim_end_matches(|c: char| !c.is_alphanumeric()) == "anonymity" {
        return false;
    }
    // An -s word after a possessive with nothing said after it is a noun: "familiar with the
    // mayor's plans, who …" (not "the mayor's claims that …", a report with its holder).
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| prev_word.ends_with(p));
    if possessive && word.ends_with('s') && !matches!(next_word.as_str(), "that" | "to" | "about" | "of" | "on") {
        return false;
    }
    // "support for", "their support.", "with the support of": the noun.
    let support_noun = matches!(word.as_str(), "support" | "supports")
        && {
            !next_word.starts_with(char::is_alphanumeric)
            || closed
            || matches!(
                next_word.as_str(),
                "for"
                    | "of"
                    | "from"
                    | "among"
                    | "in"
                    | "to"
                    | "and"
                    | "or"
                    | "on"
                    | "at"
                    | "by"
                    | "that"
                    | "is"
                    | "was"
                    | "has"
                    | "will"
                    | "would"
            )
            || !matches!(prev_word.chars().last(), Some(c) if c.is_alphanumeric())
            // "Obama’s support", "as much support", "rural support base"
            || prev_word.ends_with("'s")
            || prev_word.ends_with("’s")
            || matches!(
                prev_word.as_str(),
                "much" | "less" | "little" | "broad" | "strong" | "local" | "rural" | "public" | "popular" | "growing" | "overwhelming"
            )
            || matches!(next_word.as_str(), "system" | "systems" | "base" | "staff" | "services" | "network")
        }
        && {
            // ("which Clinton also supports)", "they support.": a verb after its subject)
            let subject = before(text, start)
                .split_whitespace()
                .rev()
                .map(|w| w.trim_start_matches(['(', '[']))
                .find(|w| !CUE_AUXILIARIES.contains(&w.to_lowercase().as_str()))
                .unwrap_or("");
            let lower = subject.to_lowercase();
            !(SUBJECT_PRONOUNS.contains(&lower.as_str())
                || matches!(lower.as_str(), "who" | "you")
                || (word == "supports"
                    && subject.starts_with(char::is_uppercase)
                    && subject.chars().all(char::is_alphabetic)
                    && !crate::lexicon::DETERMINERS.contains(&lower.as_str())))
        };
    // "voters see Clinton as …" is a view; "to see", "will see", "you can see" are sight.
    let sight = word == "see"
        && (matches!(
            prev_word.as_str(),
            "to" | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "let"
                | "did"
                | "do"
                | "does"
                | "not"
                | "never"
                | "you"
                | "i"
                | "we'll"
                | "we’ll"
                | "i'll"
                | "i’ll"
                | "you'll"
                | "you’ll"
                | "and"
                | "or"
                | "("
                | "please"
                | "also"
                | "let's"
                | "let’s"
                | "soon"
        ) || prev_word.ends_with("n't")
            || prev_word.ends_with("n’t")
            || !prev_word.chars().last().is_some_and(char::is_alphanumeric)
            || closed
            || matches!(
                next_word.as_str(),
                "if" | "whether" | "what" | "how" | "who" | "why" | "where" | "when" | "it" | "him" | "her" | "them" | "you" | "me" | "us"
            ));
    // "Byrne states that …", "a document on the website states that …"; not the noun in
    // "coastal states that have moved", "the first four states that vote", "in nine states:".
    let states_noun = prev_word.starts_with(|c: char| c.is_ascii_digit())
        || NUMBER_WORDS.contains(&prev_word.as_str())
        || matches!(
            prev_word.as_str(),
            "the"
                | "these"
                | "those"
                | "their"
                | "his"
                | "her"
                | "our"
                | "its"
                | "of"
                | "in"
                | "other"
                | "many"
                | "some"
                | "all"
                | "several"
                | "few"
                | "both"
                | "dozen"
                | "more"
                | "most"
                | "swing"
                | "battleground"
                | "key"
                | "early"
                | "coastal"
                | "diverse"
                | "member"
                | "border"
                | "southern"
                | "northern"
                | "western"
                | "eastern"
                | "midwestern"
                | "red"
                | "blue"
                | "purple"
                | "individual"
                | "united"
                | "primary"
                | "caucus"
                | "remaining"
                | "contested"
                | "competitive"
                | "republican"
                | "democratic"
                | "gop"
                | "island"
                | "nation"
                | "arab"
                | "gulf"
                | "baltic"
                | "muslim"
                | "african"
                | "european"
                | "neighboring"
                | "neighbouring"
                | "rival"
                | "failed"
                | "sovereign"
                | "small"
                | "large"
                | "big"
        );
    // "Warren appeared with the host", "Trump then appears in a clip": being seen, not a stance.
    let showing_up = matches!(word.as_str(), "appear" | "appears" | "appeared" | "appearing")
        && matches!(
            next_word.as_str(),
            "with"
                | "in"
                | "on"
                | "at"
                | "before"
                | "onstage"
                | "alongside"
                | "together"
                | "from"
                | "during"
                | "live"
                | "outside"
                | "inside"
                | "via"
                | "here"
                | "there"
                | "briefly"
                | "twice"
                | "again"
        );
    // "Kerr hammered the board" is words; "the hull was hammered by the waves" and "the ship
    // knocked into the pier" are blows.
    let blow = matches!(
        word.as_str(),
        "hammered" | "hammers" | "hammering" | "ripped" | "rips" | "knocked" | "knocks" | "bashed" | "bashes" | "bashing" | "skewered"
    ) && (matches!(
        next_word.as_str(),
        "into" | "by" | "down" | "off" | "out" | "over" | "through" | "up" | "against" | "at" | "to" | "apart" | "open" | "from"
    ) || BE_FORMS.contains(&prev_word.as_str())
        // "smashed display cases with hammers": the tool
        || (word.ends_with('s') && matches!(prev_word.as_str(), "with" | "the" | "of"))
        || matches!(prev_word.as_str(), "got" | "get" | "gets"));
    // ("“…,” a voice-over in the ad states.": it closes the sentence after a quotation)
    let closes_quotation = || {
        let head = &text[text.floor_char_boundary(start.saturating_sub(80))..start];
        text[end..].starts_with(['.', ','])
            && !prev_word.starts_with(char::is_uppercase)
            && head
                .rfind([',', '?', '!'])
                .is_some_and(|i| head[i + 1..].trim_start().starts_with(['"', '”']) && !head[i + 1..].contains('.'))
    };
    let states = word == "states"
        && (states_noun || !(next_word_is(text, end, "that") || text[end..].trim_start().starts_with(':') || closes_quotation()));
    // "continued" and "went on" are words only as they close or open a quotation ("“…,”
    // he continued.", "He went on, “…”"); not "the fighting continued", nor "went on to
    // say", where "say" is the cue.
    let closing_only = matches!(word.as_str(), "continued" | "went on")
        && !(closes_quotation() || {
            let rest = text[end..].trim_start();
            rest.starts_with([':', ',']) && rest[1..].trim_start().starts_with(['"', '“'])
        });
    // "posted" and "answers" likewise, or before a colon, "that" or a platform ("posted on
    // Facebook:"); "posted a loss", "posted guards", "the answers" are not.
    let posted = matches!(word.as_str(), "posted" | "answers")
        && !(closes_quotation()
            || text[end..].trim_start().starts_with(':')
            || next_word_is(text, end, "that")
            || (next_word_is(text, end, "on")
                && after(text, end).split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_uppercase))));
    // "terrorist attacks", "deadly attacks", "the Paris attacks": violence, not words.
    let named_before = {
        let before: Vec<&str> = before(text, start).split_whitespace().rev().take(2).collect();
        before.len() == 2
            && before[0].starts_with(char::is_uppercase)
            && matches!(before[1].to_lowercase().as_str(), "the" | "these" | "those")
    };
    let violence = word == "attacks"
        && (named_before
            || matches!(
                prev_word.as_str(),
                "terrorist"
                    | "terror"
                    | "deadly"
                    | "suicide"
                    | "violent"
                    | "cyber"
                    | "chemical"
                    | "military"
                    | "air"
                    | "drone"
                    | "rocket"
                    | "missile"
                    | "shark"
                    | "heart"
                    | "coordinated"
                    | "bomb"
            ));
    // "a Sunday talk show", "Mr. Hannity's show", "a show of respect": a programme, not a finding.
    let programme = matches!(word.as_str(), "show" | "shows")
        && (prev_word.ends_with("'s")
            || prev_word.ends_with("’s")
            || matches!(
                prev_word.as_str(),
                "talk"
                    | "tv"
                    | "radio"
                    | "reality"
                    | "game"
                    | "news"
                    | "morning"
                    | "late-night"
                    | "night"
                    | "cable"
                    | "daily"
                    | "road"
                    | "trade"
                    | "cooking"
                    | "comedy"
                    | "television"
                    | "sunday"
                    | "only"
                    | "horse"
            )
            || matches!(
                after(text, end).split_whitespace().next().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).as_deref(),
                Some("of" | "horse" | "host" | "hosts" | "is" | "was" | "has")
            ))
        // "… by The Washington Post and ABC News shows the billionaire …": "shows" before its
        // object is a finding whatever comes before it.
        && !(word == "shows"
            && matches!(
                after(text, end).split_whitespace().next().map(str::to_lowercase).as_deref(),
                Some("that" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "him" | "them")
            ));
    // "a firm called Cambridge Analytica", "a play called “…”": a name given, not words reported.
    let naming = word == "called" && {
        let before: Vec<&str> = before(text, start).split_whitespace().rev().take(2).collect();
        before.len() == 2
            && matches!(
                before[0],
                "group"
                    | "firm"
                    | "company"
                    | "program"
                    | "programme"
                    | "play"
                    | "book"
                    | "film"
                    | "movie"
                    | "beer"
                    | "organization"
                    | "organisation"
                    | "website"
                    | "site"
                    | "app"
                    | "project"
                    | "initiative"
                    | "movement"
                    | "network"
                    | "fund"
                    | "coalition"
                    | "operation"
                    | "town"
                    | "village"
                    | "place"
                    | "area"
                    | "region"
                    | "term"
                    | "concept"
                    | "tool"
                    | "system"
                    | "product"
                    | "drug"
                    | "device"
                    | "series"
                    | "event"
                    | "conference"
                    | "festival"
                    | "song"
                    | "album"
                    | "band"
                    | "character"
                    | "man"
                    | "woman"
                    | "boy"
                    | "girl"
                    | "dog"
                    | "ship"
                    | "boat"
                    | "vessel"
                    | "ferry"
            )
            && matches!(before[1].to_lowercase().as_str(), "a" | "an" | "the" | "new")
            && text[end..].trim_start().starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '\''))
    };
    // ("shows her clutching her phone", "shows him ahead": a finding about the person)
    let then = after(text, end).split_whitespace().nth(1).unwrap_or("").to_lowercase();
    let tour = word.starts_with("show")
        && (matches!(next_word.as_str(), "off" | "up" | "around" | "visitors")
            || (matches!(next_word.as_str(), "her" | "him" | "them" | "us" | "me" | "you")
                && matches!(
                    then.as_str(),
                    "" | "around" | "round" | "the" | "a" | "an" | "how" | "where" | "what" | "his" | "her" | "their" | "our" | "my"
                )));
    // "signed up for the class", "the numbers add up": a phrasal verb, not a signature or a remark.
    let phrasal = matches!(word.as_str(), "signed" | "signs" | "sign" | "signing" | "add" | "adds" | "added" | "adding")
        && next_word.trim_end_matches(|c: char| !c.is_alphanumeric()) == "up";
    // "a strong showing", "Clinton's showing": a result; "added to the uncertainty",
    // "added 292,000 jobs": a sum, not words.
    let result = (word == "showing"
        && (prev_word.ends_with("'s")
            || prev_word.ends_with("’s")
            || prev_word.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                prev_word.as_str(),
                "a" | "the"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "strong"
                    | "weak"
                    | "poor"
                    | "percent"
                    | "solid"
                    | "dismal"
                    | "best"
                    | "worst"
            )))
        || (word == "added" && ((next_word == "to" && !added_to_hearer(&text[end..])) || next_word.starts_with(|c: char| c.is_ascii_digit()) || next_word == "fuel"))
        // "added a second from the penalty spot", "added another", "added two more": a goal
        // or points, not words
        || (matches!(word.as_str(), "added" | "adds" | "adding") && {
            let rest: Vec<String> =
                after(text, end).split_whitespace().take(3).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
            let second = rest.get(1).map(String::as_str).unwrap_or("");
            (rest.first().is_some_and(|w| w == "a")
                && matches!(second, "second" | "third" | "fourth" | "fifth" | "goal" | "try" | "penalty" | "point" | "brace" | "header"))
                // (not after a quotation or its comma: "“…,” added another Democrat.")
                || (rest.first().is_some_and(|w| w == "another" && !matches!(second, "that" | "warning" | "point"))
                    && !before(text, start).trim_end().ends_with([',', '”', '"', '\'', '’']))
                || (rest.first().is_some_and(|w| NUMBER_WORDS.contains(&w.as_str())) && matches!(second, "more" | "goals" | "points" | "runs" | "tries"))
        });
    // "You know, the challenges …", "and, you know, being smart": a filler, not a report
    // of knowledge (the word runs straight into a comma, a question or the sentence end).
    let filler = word == "know"
        && prev_word.trim_start_matches(|c: char| !c.is_alphanumeric()) == "you"
        && (text[end..].starts_with([',', '?', '.', '!', ';']) || next_word == "what?" || text[end..].trim_start().is_empty());
    // "an official who was not authorized to discuss the talks", "speaking on condition
    // of anonymity to describe …", "who asked not to be named": the terms of a source's
    // anonymity, not a report.
    // (The last few words only: lower-casing the whole text before every cue would cost
    // time quadratic in the article's length.)
    let lead_in = text[text.floor_char_boundary(start.saturating_sub(48))..start].trim_end().to_lowercase();
    let anonymity = ["authorized to", "permitted to", "allowed to", "anonymity to"].iter().any(|p| lead_in.ends_with(p))
        || (word == "asked" && text[end..].trim_start().starts_with("not to be "));
    // "It is too soon to say", "difficult to predict", "calmer than expected": a judgement
    // of the writer's, not a report.
    let judgement = ["too soon to", "difficult to", "impossible to", "reason to"].iter().any(|p| lead_in.ends_with(p))
        || (word == "expected" && matches!(prev_word.as_str(), "than" | "as"));
    // "maintained his lead", "is maintained by NGP VAN": keeping something, not a claim;
    // the claim is "maintained that …", "maintained they were …" or an inverted cue.
    let keeping = word.starts_with("maintain")
        && !(next_word == "that"
            || SUBJECT_PRONOUNS.contains(&next_word.as_str())
            || text[end..].starts_with([',', '.', ';', ':', '\u{201d}', '"']));
    // "pledged delegates": an adjective; "known as …": a name.
    // "the challenging odds", "the most challenging moment", "will prove challenging for":
    // the adjective, not a challenge put to someone.
    let adjective = (word == "pledged" && next_word.starts_with("delegate"))
        || (word == "known" && next_word == "as")
        || (word == "challenging"
            && (matches!(
                prev_word.as_str(),
                "the" | "a" | "an" | "most" | "more" | "less" | "very" | "so" | "too" | "quite" | "prove" | "proves" | "proved"
            ) || matches!(next_word.as_str(), "to" | "for" | "time" | "times" | "moment" | "year" | "task")));
    // "charged a $100,000 fee", "charges $30 a head", "charged two phones": a price or a
    // battery, not an accusation ("charged two men with fraud" stays one).
    let price = word.starts_with("charg") && {
        let rest: Vec<&str> = after(text, end).split_whitespace().take(8).collect();
        let amount =
            rest.iter().find(|w| !matches!(**w, "a" | "an" | "about" | "only" | "just" | "nearly" | "up" | "to")).is_some_and(|w| {
                w.starts_with(['$', '€', '£'])
                    || w.starts_with(|c: char| c.is_ascii_digit())
                    || NUMBER_WORDS.contains(&w.to_lowercase().as_str())
            });
        let clause = &text[end..];
        let clause = &clause[..clause.find(['.', ';']).unwrap_or(clause.len())];
        amount && !clause.split_whitespace().any(|w| w == "with")
    };
    // "saw the event as a chance", "saw that …", "view it as …" report a view; "saw him
    // there" is a sight.
    let saw_sight = matches!(word.as_str(), "saw" | "view") && next_word != "that" && !clause_after(text, end).contains(" as ");
    // "phone calls", "calls came in", "calls to the hotline": the noun.
    // "roll call", "a wake-up call", "call centers": the noun too. A possessive's call
    // ("the mayor's call for calm") reports the possessor's stance.
    let phone_calls = matches!(word.as_str(), "calls" | "call")
        && (matches!(
            prev_word.as_str(),
            "phone" | "conference" | "robo" | "too" | "worst" | "roll" | "wake-up" | "clarion" | "close" | "impassioned" | "urgent"
        ) || matches!(
            next_word.as_str(),
            "came"
                | "come"
                | "to"
                | "from"
                | "were"
                | "are"
                | "was"
                | "is"
                | "into"
                | "went"
                | "and"
                | "or"
                | "sheets"
                | "center"
                | "centers"
                | "centre"
                | "centres"
                | "vote"
                | "votes"
        ) || closed);
    // "named Cruz as his pick", "named five people to the committee" choose; "a man
    // named Fred", "so named because", "was named after" only name.
    let named_only = word == "named" && {
        let clause = clause_after(text, end);
        // "named Cruz as …" picks; "named five people to …" too, but "named Antonio to" names.
        let picks = clause.contains(" as ") || (clause.contains(" to ") && !clause.trim_start().starts_with(char::is_uppercase));
        !picks
            || matches!(
                prev_word.as_str(),
                "so" | "aptly" | "was" | "were" | "is" | "are" | "be" | "been" | "being" | "recently" | "newly" | "just"
            )
            || next_word == "after"
    };
    // "Holm, signed from Varnholm City in January, opened the scoring": a transfer, not a
    // signature under words ("signed a letter saying …" stays one).
    let transfer = word == "signed" && matches!(next_word.as_str(), "from" | "until" | "for" | "as" | "in" | "on" | "last" | "this");
    // "The new council will be sworn in on January 5": taking office, not an oath to tell
    // anything ("was never sworn in to tell the truth" stays one).
    let took_office = matches!(word.as_str(), "sworn" | "swore" | "swears" | "swear" | "swearing")
        && next_word == "in"
        && after(text, end).split_whitespace().nth(1).is_none_or(|w| w != "to");
    // "a planned news conference": an adjective; a plan is reported only as "planned to …".
    let planned = word == "planned" && !matches!(next_word.as_str(), "to" | "that" | "on");
    // "her thinking", "the policy thinking of …": a noun.
    let thinking = word == "thinking"
        && (prev_word.ends_with("'s")
            || prev_word.ends_with("’s")
            || matches!(
                prev_word.as_str(),
                "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "that" | "of" | "policy"
            ));
    // "Lerer reported from Los Angeles.": a credit line saying where a reporter was.
    let reported_from = matches!(word.as_str(), "reported" | "reports" | "reporting") && next_word == "from";
    // "found himself at the center of …": a place one ends up in, not a finding.
    let found_oneself = matches!(word.as_str(), "found" | "finds" | "find")
        && matches!(next_word.as_str(), "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves" | "yourself");
    // "Additional reporting by Jonas Berg.", "(Reporting by …; editing by …)": a staff credit.
    let credit = word == "reporting" && next_word == "by";
    // "called a 48-hour strike", "called an early election", "called off the talks": an
    // act, not words ("called him a liar" stays words; PolNeAR marks "called an emergency
    // meeting to discuss …" as a report, so meetings are left to it).
    let called_act = matches!(word.as_str(), "called" | "calls" | "call")
        && (next_word == "off"
            || (matches!(next_word.as_str(), "a" | "an")
                && clause_after(text, end).split_whitespace().take(5).any(|w| {
                    matches!(
                        w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().as_str(),
                        "strike" | "walkout" | "election" | "referendum" | "vote" | "halt" | "truce" | "ceasefire" | "recess" | "timeout"
                    )
                })));
    // "call the police on 02800", "called back": a telephone, not words ("called the
    // police shootings a …" stays words).
    let telephone = matches!(word.as_str(), "called" | "calls" | "call") && {
        let mut words = after(text, end).split_whitespace();
        let first = words.next().unwrap_or("");
        let (noun, then) = if first == "the" { (words.next().unwrap_or(""), words.next()) } else { (first, words.next()) };
        // "Officers were called to the shop": sent somewhere.
        matches!(next_word.as_str(), "back" | "ahead")
            || (BE_FORMS.contains(&prev_word.as_str()) && matches!(next_word.as_str(), "to" | "in" | "out" | "away"))
            || (matches!(noun.trim_end_matches(['.', ',', ';']), "police" | "hotline" | "helpline")
                && (noun.ends_with(['.', ',', ';']) || then.is_none_or(|w| matches!(w, "on" | "at" | "to" | "if" | "when" | "and"))))
    };
    // "Officers were called after staff reported …", "they were told before the vote
    // began": a passive with a clause of time or cause right after it reports nothing there.
    let passive_then_clause = BE_FORMS.contains(&prev_word.as_str())
        && matches!(next_word.as_str(), "after" | "before" | "because" | "until" | "although" | "though" | "whereas" | "since");
    // "residents know better", "she should have known better": a judgement, no report.
    let knows_better =
        matches!(word.as_str(), "know" | "knows" | "knew" | "known") && matches!(next_word.trim_end_matches(['.', ',', ';']), "better");
    // "The spill, first reported on March 14, closed …": a participle set off after its noun
    // tells when or where the noun was made known; it reports no words ("the deal, reported
    // by the Tidende on Friday, …" names its source and stays a report).
    let set_off_participle = matches!(
        word.as_str(),
        "reported" | "announced" | "revealed" | "disclosed" | "published" | "confirmed" | "mentioned" | "proposed" | "discussed"
    ) && {
        let head = before(text, start).trim_end();
        let head = ["first", "originally", "initially", "previously", "already", "widely", "later", "also"]
            .iter()
            .find_map(|w| head.strip_suffix(w).filter(|h| h.ends_with(char::is_whitespace)))
            .map_or(head, str::trim_end);
        let clause = &text[end..];
        let cut = clause.find([',', '.', ';', '\n']);
        // set off on both sides: "its owners, Ann Lie and Per Ek, announced on Tuesday." is
        // the sentence's own verb
        let closed = cut.is_some_and(|i| clause[i..].starts_with(','));
        let clause = &clause[..cut.unwrap_or(clause.len())];
        head.ends_with(',')
            && closed
            && matches!(next_word.as_str(), "on" | "in" | "at" | "last" | "earlier" | "this" | "during" | "after" | "before")
            && !clause.split_whitespace().any(|w| w == "by")
    };
    // "which called the march,", "called the strike for Monday": the act of calling one, not
    // words about it ("called the strike a mistake" stays words).
    let called_event = matches!(word.as_str(), "called" | "calls" | "call") && {
        let words: Vec<&str> = after(text, end).split_whitespace().take(4).collect();
        matches!(words.first().copied(), Some("the" | "its" | "their" | "this" | "Saturday's" | "Sunday's"))
            && words.iter().enumerate().skip(1).take(2).any(|(k, w)| {
                let noun = w.trim_end_matches([',', '.', ';']);
                matches!(noun, "march" | "protest" | "rally" | "strike" | "walkout" | "demonstration" | "boycott" | "sit-in" | "stoppage")
                    && (noun.len() < w.len()
                        || words.get(k + 1).is_none_or(|n| matches!(*n, "on" | "for" | "in" | "at" | "last" | "this" | "next" | "and")))
            })
    };
    // "an estimated 180,000 kroner": an adjective; "charges would be filed": the subject
    // of its own clause, not a cue.
    let estimate = word == "estimated" && matches!(prev_word.as_str(), "an" | "a" | "the");
    // ("the kingdom hopes will shatter …" keeps its verb.)
    // "In a written response to questions, the ministry said …": a plural noun that closes
    // its phrase with a comma reports nothing of its own.
    let noun_closed = matches!(word.as_str(), "questions" | "claims" | "reports" | "charges" | "calls" | "warnings" | "notes" | "promises")
        && text[end..].starts_with(',')
        && matches!(prev_word.as_str(), "to" | "of" | "for" | "about" | "over" | "with" | "without" | "amid" | "after" | "despite");
    let subject_noun = matches!(word.as_str(), "charges" | "claims" | "reports" | "plans" | "calls" | "attacks")
        && matches!(next_word.as_str(), "would" | "will" | "were" | "are" | "could" | "might" | "may" | "had" | "have");
    !(noun_like
        || transfer
        || took_office
        || noun_closed
        || set_off_participle
        || called_event
        || knows_better
        || telephone
        || passive_then_clause
        || estimate
        || subject_noun
        || credit
        || called_act
        || reported_from
        || found_oneself
        || support_noun
        || sight
        || states
        || posted
        || closing_only
        || showing_up
        || blow
        || tour
        || phrasal
        || programme
        || naming
        || violence
        || adjective
        || result
        || price
        || planned
        || phone_calls
        || saw_sight
        || named_only
        || thinking
        || filler
        || keeping
        || anonymity
        || judgement)
}

/// The rest of the clause after a cue ending at `end`: up to the sentence's end, at most 120 bytes.
fn clause_after(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    let stop = rest.find(['.', ';', '!', '?', '\n']).unwrap_or(rest.len()).min(120);
    &rest[..rest.floor_char_boundary(stop)]
}

/// Indirect speech holding quoted words is mixed.
pub(crate) fn kind_of(text: &str, content: Range) -> QuoteKind {
    if text[content.start..content.end].contains(['“', '"', '‘']) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// Where the clause before `at` starts in `text[from..at]`: after the last
/// sentence end or closing quote mark. A full stop after a title or an
/// initial ends nothing ("records from Mrs. Clinton's time, said …").
pub(crate) fn clause_start(text: &str, from: usize, at: usize) -> usize {
    text[from..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            matches!(c, '!' | '?' | '”')
                || (c == '.' && !ends_abbreviation(&text[from..from + i]))
                // (a straight mark closing a quotation: one right after a word or a stop)
                || (c == '"' && text[from..from + i].ends_with(|p: char| !p.is_whitespace() && !matches!(p, '(' | '[' | '—' | '-')))
        })
        .map_or(from, |(i, c)| from + i + c.len_utf8())
}

/// How far before a quotation its cue is looked for, in bytes.
pub(crate) const HEAD: usize = 2_000;

/// The last cue used as a cue in `text[lo..hi]`, with its speaker: the phrase
/// before it, else the phrase after it up to `hi` (`Lind said: “…”`, `said
/// Lind: “…”`).
pub(crate) fn cue_before(text: &str, lo: usize, hi: usize) -> Option<(Range, Option<Range>)> {
    // A cue is looked for in the last `HEAD` bytes only: a real sentence is shorter, and
    // text without sentence breaks would otherwise cost every quotation the whole run.
    let whole = lo;
    let lo = lo.max(text.floor_char_boundary(hi.saturating_sub(HEAD)));
    // "Limbaugh continued: “…”": a verb of going on is a cue only right before the quotation.
    // The last match used as a cue: matches are cheap, `cue_use` is not, so it runs from the end.
    let matches: Vec<_> = CUE.find_iter(&text[lo..hi]).collect();
    let found = matches
        .into_iter()
        .rev()
        .find(|m| cue_use(text, lo + m.start(), lo + m.end()))
        .or_else(|| GOES_ON.captures(&text[lo..hi]).and_then(|c| c.get(1)))
        .map(|m| Range { start: lo + m.start(), end: lo + m.end() });
    // "Said Dorothy Poynter, who grew up nearby, “…”": an inverted cue opening the sentence.
    let opening = || {
        if lo != whole {
            return None;
        }
        let head = &text[lo..hi];
        let lead = head.len() - head.trim_start().len();
        let first = head[lead..].split_whitespace().next()?;
        (first.starts_with(char::is_uppercase) && inverts_before_quote(&first.to_lowercase()))
            .then(|| Range { start: lo + lead, end: lo + lead + first.len() })
    };
    let cue = found.or_else(opening)?;
    // After the cue only a name speaks ("said Ana Lind: “…”"), not a clause ("said the event brought back …"),
    // and only after a verb of saying: the words after "praised" are its object ("praised staff for …").
    let word = text[cue.start..cue.end].to_lowercase();
    let named_after = |r: &Range| {
        let words: Vec<&str> = text[r.start..r.end].split_whitespace().collect();
        inverts_before_quote(&word) && words.len() <= 6 && !words.iter().skip(1).any(|w| SUBJECT_END.contains(&w.to_lowercase().as_str()))
    };
    let source = source_before(text, lo, cue.start)
        .or_else(|| phrase_after(text, cue.end, hi).filter(named_after))
        .or_else(|| relative_subject(text, lo, cue.start));
    Some((cue, source))
}

/// Cues that may come before their speaker ("…, said Lind", "added the mayor"):
/// verbs of saying. Other cues take an object there ("praised staff").
pub(crate) fn inverts(cue: &str) -> bool {
    matches!(cue, "said" | "says" | "added" | "adds" | "wrote" | "writes" | "noted" | "explained" | "asked" | "stated")
}

/// Cues that may open a sentence before their speaker and a quotation: the verbs
/// of saying, and those of going on or answering ("Continued Stone: “…”").
fn inverts_before_quote(cue: &str) -> bool {
    inverts(cue) || matches!(cue, "continued" | "replied" | "countered")
}

/// How far the words next to a cue are looked for, in bytes. A neighbouring "word"
/// is read within this window only, so a run of thousands of cue words glued by
/// quote marks or dashes (`said“said“…`) costs each of them the window, not the run.
pub(crate) const NEAR: usize = 256;

/// Where the window of [`NEAR`] bytes before byte `at` of `s` starts.
pub(crate) fn window_start(s: &str, at: usize) -> usize {
    s.floor_char_boundary(at.saturating_sub(NEAR))
}

/// At most [`NEAR`] bytes of `s` before byte `at`: the words right before a position.
pub(crate) fn before(s: &str, at: usize) -> &str {
    &s[window_start(s, at)..at]
}

/// Whether `s` opens with a dash: a long one, or a spaced hyphen or double hyphen
/// ("- ", "-- ") as plain-text writers set one.
pub(crate) fn opens_with_dash(s: &str) -> bool {
    s.starts_with(DASHES) || s.starts_with("- ") || s.starts_with("-- ")
}

/// At most [`NEAR`] bytes of `s` from byte `at`: the words right after a position.
pub(crate) fn after(s: &str, at: usize) -> &str {
    &s[at..s.ceil_char_boundary(at.saturating_add(NEAR).min(s.len()))]
}

/// Whether the word after byte `at` of `s` is `w`.
pub(crate) fn next_word_is(s: &str, at: usize, w: &str) -> bool {
    after(s, at).split_whitespace().next().is_some_and(|x| x.eq_ignore_ascii_case(w))
}

/// A title-case line: at least four words, and seven in ten of its words capitalised.
pub(crate) fn headline_case(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    let caps = words.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    words.len() >= 4 && caps * 10 >= words.len() * 7
}

/// Where the words before a cue end once the auxiliaries and adverbs that
/// belong to the cue are left out ("Hillary Clinton, like Obama, has said",
/// "has sharply criticized"); at least one word stays.
/// Whether a form of "be" stands right before the cue at `cue_start` in the clause that
/// opens at `ss` ("was told", "were never promised"): one of the two words before it,
/// past adverbs, but not the auxiliary of another participle ("who asked not to be named
/// said"), and only within the cue's own clause ("Bamberg, who is 28, said" is active).
pub(crate) fn be_before(text: &str, ss: usize, cue_start: usize) -> bool {
    let clause = text[ss..cue_start].trim_end();
    let before: Vec<&str> = clause[if clause.ends_with(',') { clause.len() } else { 0 }..]
        .split_whitespace()
        .rev()
        .filter(|w| !w.ends_with("ly") && !matches!(*w, "not" | "yet" | "still" | "never" | "also" | "already" | "now"))
        .take(2)
        .collect();
    let be = |w: &str| BE_FORMS.contains(&w.to_lowercase().as_str());
    before.first().is_some_and(|w| be(w)) || (before.len() == 2 && be(before[1]) && !(before[0].ends_with("ed") && before[0].len() > 3))
}

/// Whether a participle cue at `cue_start` is a passive whose "be" is left out after a
/// subordinator ("…, she said when asked whether …", "after being asked about …"): its
/// speaker is unnamed, or the "by" agent after it.
pub(crate) fn reduced_passive(text: &str, cue_start: usize) -> bool {
    before(text, cue_start).split_whitespace().next_back().is_some_and(|w| REDUCED_PASSIVE_OPENERS.contains(&w.to_lowercase().as_str()))
}

pub(crate) fn before_auxiliaries(text: &str, lo: usize, mut at: usize) -> usize {
    // A schedule after "be" is the cue's too: "The central bank is due to announce …".
    let head = text[lo..at].trim_end();
    if let Some(rest) = [" due to", " set to", " scheduled to", " expected to", " about to"].iter().find_map(|p| head.strip_suffix(p)) {
        if rest.rsplit(char::is_whitespace).next().is_some_and(|w| BE_FORMS.contains(&w)) {
            at = lo + rest.len();
        }
    }
    let title_case = text[at..].trim_start().starts_with(char::is_uppercase);
    while let Some((rest, last)) = text[lo..at].trim_end().rsplit_once(char::is_whitespace) {
        // (a capitalised one inside the sentence is a name, "In particular, Will wrote, …",
        // but not in a headline's title case, "Trump May Not Have Suggested …")
        let aux = (CUE_AUXILIARIES.contains(&last.to_lowercase().as_str()) && (last.starts_with(char::is_lowercase) || title_case))
            || (last.starts_with(char::is_lowercase) && is_adverb(last));
        // ("only" is an adjective after a determiner or an owner, "the government's only
        // hope", and opens the clause after a conjunction, "while only reporting")
        let adjective = last == "only"
            && rest.split_whitespace().next_back().is_some_and(|w| {
                let w = w.to_lowercase();
                w.ends_with("'s")
                    || w.ends_with("’s")
                    || matches!(w.as_str(), "his" | "her" | "its" | "their" | "our" | "my" | "your")
                    || FUNCTION_WORDS.contains(&w.as_str()) && !CUE_AUXILIARIES.contains(&w.as_str())
            });
        if !aux || adjective || rest.trim().is_empty() {
            break;
        }
        at = lo + rest.len();
    }
    at
}

/// Where the hearer after a cue ends when a clause follows it: "told reporters the
/// ferry would run", "assured the crowd he would …", "asked voters whether …". The
/// hearer is one to three words; the clause opens with a determiner, a subject
/// pronoun, "that" or a question word. `None` when the words after the cue open the
/// clause themselves ("warned that …", "said he …"): there is no hearer.
pub(crate) fn hearer_end(rest: &str) -> Option<usize> {
    let opens_clause = |lower: &str| {
        SUBJECT_PRONOUNS.contains(&lower) || matches!(lower, "that" | "whether" | "if" | "why" | "how" | "what" | "when" | "where")
    };
    let mut words = rest.split_whitespace().map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w));
    let (_, first) = words.next()?;
    let first_lower = first.to_lowercase();
    // A preposition opens a setting, not a hearer ("warned at the summit that …").
    if opens_clause(&first_lower)
        || matches!(
            first_lower.as_str(),
            "who" | "to" | "at" | "in" | "on" | "during" | "from" | "of" | "about" | "against" | "for" | "with" | "by" | "over"
        )
    {
        return None;
    }
    let determiner = |w: &str| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "his" | "her" | "their" | "its");
    let mut taken = 1;
    // A name may run longer: "told the Selka District Court that …".
    let mut name = true;
    for (at, w) in words {
        if opens_clause(&w.to_lowercase()) || (determiner(w) && !(taken == 1 && determiner(first))) {
            return Some(at);
        }
        // A named hearer with an age: "told Arne Voll, 61, that …".
        if name && w.ends_with(',') && w.starts_with(char::is_uppercase) {
            if let Some(age) = age_after(&rest[at + w.len() - 1..]) {
                let next = at + w.len() - 1 + age;
                return opens_clause(&rest[next..].split_whitespace().next().unwrap_or("").to_lowercase()).then_some(next);
            }
        }
        // A hearer holds no preposition: "promised emergency funds for the towns" names none
        // (a name may hold "of": "the Bank of Selka").
        let of_in_name = name && w == "of";
        if !of_in_name && matches!(w, "for" | "of" | "in" | "on" | "at" | "to" | "with" | "from" | "by" | "about") {
            return None;
        }
        taken += 1;
        name &= w.starts_with(char::is_uppercase) || (taken > 2 && matches!(w, "of" | "and"));
        // (a description may end in the name it describes: "told the state broadcaster SRK
        // that …", "told the news agency Nordic Wire that …")
        let named_tail = w.starts_with(char::is_uppercase);
        if taken > if name || named_tail { 6 } else { 3 } || w.ends_with([',', '.', ';']) {
            return None;
        }
    }
    None
}

/// The length of a person's age set off after their name, with the commas around it and
/// the space after: ", 61, " opening `rest` ("told Arne Voll, 61, that …"); `None` when
/// there is none.
pub(crate) fn age_after(rest: &str) -> Option<usize> {
    let r = rest.strip_prefix(',')?.trim_start();
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    let after = r[digits..].strip_prefix(',').filter(|a| (1..=3).contains(&digits) && a.starts_with(' '))?;
    Some(rest.len() - after.trim_start().len())
}

/// `rest` with the bytes `from..to` (a set-off piece and its closing comma) as spaces, so
/// offsets stay; the words after matter no further than a few, so the copy is bounded.
fn blanked(rest: &str, from: usize, to: usize) -> String {
    let end = rest.floor_char_boundary(rest.len().min(to + 200));
    let masked = rest[..from].to_string() + &" ".repeat(to - from) + &rest[to..end];
    debug_assert_eq!(masked.len(), end);
    masked
}

/// Where "that" starts after the addressee of a verb of saying: "to reporters that …",
/// "to the council on Monday that …". The addressee opens with a name, a determiner or
/// a pronoun (never an infinitive: "wanted to address the concern that …"), and runs at
/// most eight words with no punctuation.
pub(crate) fn addressee_before_that(word: &str, rest: &str) -> Option<usize> {
    if !crate::lexicon::SAYING_VERBS.contains(&word) {
        return None;
    }
    let after_to = rest.strip_prefix("to ")?;
    let first = after_to.split_whitespace().next()?;
    let opens = first.starts_with(char::is_uppercase) || crate::lexicon::ADDRESSEE_STARTS.contains(&first);
    let i = after_to.find(" that ")?;
    let head = &after_to[..i];
    (opens
        && head.split_whitespace().count() <= 8
        && !head.contains(crate::lexicon::PHRASE_STOPS)
        && !head.contains(['.', '!', '?', '"', '”']))
    .then_some(3 + i + 1)
}

/// Where the clause starts after a short hearer and place before "that": "told
/// reporters in Dalsby that …", "told a news conference in Oslo on Tuesday that
/// …", "warned at the summit that …". The words before "that" are at most three
/// of a hearer (only for a cue that takes one, `hearer`), then a phrase of one
/// to five words opened by a preposition of place or time, with no comma,
/// quotation mark, conjunction or "-ing" word. `None` when "that" is a relative
/// pronoun ("said at a meeting that was held …"), or the words before it are
/// an object and not a hearer ("recalled an incident at a cinema that left …").
pub(crate) fn place_before_that(rest: &str, hearer: bool) -> Option<usize> {
    // A name set off in the setting is part of it: "told supporters in the capital, Brova,
    // that …" (read with the name and its commas as spaces, so offsets stay).
    if let Some(i) = rest.get(..rest.len().min(120)).and_then(|h| h.find(", that ")) {
        let head = &rest[..i];
        if let Some(open) = head.rfind(", ") {
            let name: Vec<&str> = head[open + 2..].split_whitespace().collect();
            if (1..=3).contains(&name.len()) && name.iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains(['"', '“', '”'])) {
                return place_before_that_plain(&blanked(rest, open, i + 1), hearer);
            }
        }
    }
    // A clause set off on the setting is part of it: "said on Radio Vik, where he is now a
    // contributor, that …".
    let head = &rest[..rest.floor_char_boundary(rest.len().min(200))];
    if let Some(open) = [", where ", ", when "].iter().filter_map(|w| head.find(w)).min() {
        if let Some(close) = head[open + 2..].find(", that ").map(|c| open + 2 + c) {
            return place_before_that_plain(&blanked(rest, open, close + 1), hearer);
        }
    }
    place_before_that_plain(rest, hearer)
}

fn place_before_that_plain(rest: &str, hearer: bool) -> Option<usize> {
    // (a time opens a setting too: "told this newspaper last month that …")
    const PLACE: &[&str] = &["in", "at", "on", "from", "outside", "near", "inside", "during", "before", "after", "last", "earlier"];
    let words = rest.split_whitespace().map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w));
    let mut preposition = None;
    for (i, (at, w)) in words.enumerate() {
        if w.contains([',', ';', ':', '"', '“', '”', '(', '—', '–'])
            || i > 8
            || matches!(w, "and" | "but" | "or")
            || (w.len() > 5 && w.ends_with("ing"))
        {
            return None;
        }
        if w == "that" {
            // The preposition's phrase holds one to seven words and follows a
            // hearer of at most three.
            let p = preposition?;
            if p > 3 || i - p < 2 || i - p > 8 {
                return None;
            }
            let after = rest[at + 4..].split_whitespace().next()?.to_lowercase();
            // A relative clause opens with its verb ("that was held", "that thwarted").
            let relative = BE_FORMS.contains(&after.as_str())
                || matches!(after.as_str(), "has" | "had" | "have" | "will" | "would" | "could" | "can")
                || (after.ends_with("ed") && after.starts_with(char::is_lowercase));
            return (!relative).then_some(at + 4 + (rest[at + 4..].len() - rest[at + 4..].trim_start().len()));
        }
        if preposition.is_none() && PLACE.contains(&w) {
            preposition = Some(i);
        } else if preposition.is_none() && (!hearer || i >= 3 || !w.starts_with(char::is_alphanumeric)) {
            return None;
        }
    }
    None
}

/// Whether the words after a cue are what it reports ("said private contractors
/// cost more", "said that …"), so a quotation before the cue is not its content
/// ("To a question on “…,” Sanders said private contractors …"). A speaker
/// ("said the mayor"), a setting ("said in a statement") or a comma is not.
pub(crate) fn introduces_clause(rest: &str) -> bool {
    let rest = rest.trim_start();
    if !rest.starts_with(char::is_lowercase) || SETTING.is_match(rest) {
        return false;
    }
    let words: Vec<&str> = rest.split_whitespace().take(4).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    // A clause opens with "that", a subject pronoun, or has its own verb within
    // four words ("private contractors can be …").
    words[0] == "that"
        || (words.len() >= 3 && SUBJECT_PRONOUNS.contains(&words[0]))
        || (words.len() == 4
            && !HEADING_PREPOSITIONS.contains(&words[0])
            && words[1..].iter().any(|w| {
                matches!(
                    *w,
                    "can"
                        | "could"
                        | "would"
                        | "will"
                        | "should"
                        | "must"
                        | "may"
                        | "might"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                )
            }))
}

/// "… ,” Vell added to reporters.", "added to Coastline Radio, …": after "added to", a
/// hearer (a name, or people who are told things) closing the clause, not a sum ("added
/// to the uncertainty", "added to Kell's worries").
fn added_to_hearer(after: &str) -> bool {
    let Some(rest) = after.trim_start().strip_prefix("to ") else { return false };
    let words: Vec<&str> = rest.split(' ').take(5).collect();
    let bare = |w: &str| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_string();
    let first = bare(words.first().copied().unwrap_or(""));
    let people = matches!(
        first.as_str(),
        "reporters" | "journalists" | "me" | "us" | "him" | "her" | "them" | "supporters" | "listeners" | "viewers"
    );
    let named =
        first.starts_with(|c: char| c.is_uppercase()) && !matches!(first.as_str(), "The" | "A" | "An" | "This" | "That" | "Its" | "Their");
    // the hearer's last word: the run of capitalised words, or the one word
    let last = if named { words.iter().take_while(|w| w.starts_with(|c: char| c.is_uppercase())).last() } else { words.first() };
    let closes = last.is_some_and(|w| w.ends_with(['.', ',', ';', ':', '"', '”', '!', '?']) && !w.ends_with("'s") && !w.ends_with("’s"))
        || last.is_some_and(|w| *w == words[words.len() - 1] && words.len() < 5);
    (people || named) && closes
}

/// Whether `after` opens with a parenthetical attribution: ", he added,", ", they say,",
/// ", Ms. Lind said," (a speaker of one to three words, a verb of saying, a comma).
fn parenthetical_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else { return false };
    let Some(close) = rest[..rest.floor_char_boundary(60)].find(',') else { return false };
    let words: Vec<&str> = rest[..close].split_whitespace().collect();
    let verb = words.last().copied().unwrap_or("");
    (2..=4).contains(&words.len())
        && (inverts(verb) || matches!(verb, "say" | "told" | "notes" | "argued" | "argues" | "explains" | "insisted" | "insists"))
}
