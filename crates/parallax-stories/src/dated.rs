//! An article's dated events: the sentences (or clauses) whose time expression dates what
//! they report, for the story's timeline, and the day its lead dates, for grouping.

use parallax_model::Article;

use crate::day_number;
use crate::timeline::DatedSentence;

/// Whether the time expression at `t` dates what its sentence at `s` reports. Not a
/// dateline ("Coastline Wire, 14 May 2026": no event, only names and the date) nor a
/// deadline ("urged both sides to return to talks by Friday": the urging is not on Friday).
fn dates_an_event(text: &str, s: (usize, usize), t: (usize, usize)) -> bool {
    let before = &text[s.0..t.0];
    let event_word = before.split_whitespace().chain(text[t.1..s.1].split_whitespace()).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.len() >= 3 && w.starts_with(char::is_lowercase)
    });
    // (nor does the start of a span: "the third robbery in the region since November")
    let deadline = before.split_whitespace().next_back().is_some_and(|w| matches!(w, "by" | "until" | "till" | "since" | "before"));
    // The date of a dateline that opens the sentence ("DALSUND, April 9 (Coastline Wire) -
    // A section … collapsed on Thursday"): the day of filing, not of the event.
    let dateline = {
        let after = text[t.1..s.1].trim_start();
        let after = after.strip_prefix('(').and_then(|a| a.split_once(')')).map_or(after, |(_, rest)| rest.trim_start());
        before.trim_end().ends_with(',')
            && before.split_whitespace().all(|w| !w.starts_with(char::is_lowercase))
            && after.starts_with(['-', '—', '–'])
    };
    // The day of the telling ("…, the city said on Tuesday.", "Aune said Tuesday that …"):
    // the words were said then, the event is elsewhere in the sentence.
    // Also past the setting of the telling: "…, the two governments said in a joint
    // statement on Friday", "told reporters in Varnholm on Friday".
    let telling = before
        .split_whitespace()
        .rev()
        .take(8)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| !matches!(*w, "on" | "late" | "early" | "last" | "this" | "earlier" | "later") && !TELLING_SETTING.contains(w))
        .is_some_and(parallax_time::is_telling_verb);
    event_word && !deadline && !dateline && !telling
}

/// Words of a telling's setting between its verb and its day: "said in a joint statement
/// on Friday", "told reporters at a news conference on Friday".
const TELLING_SETTING: &[&str] = &[
    "in",
    "at",
    "during",
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "joint",
    "brief",
    "written",
    "separate",
    "statement",
    "interview",
    "news",
    "press",
    "conference",
    "briefing",
    "speech",
    "letter",
    "post",
    "reporters",
    "journalists",
    "parliament",
    "lawmakers",
];

/// A time expression's span and the day it resolves to.
type Dated<'d> = (usize, usize, &'d str);

/// The events of a sentence with its dates: one per clause that holds a day of its own
/// ("Mujica on Friday hailed the visit of the carrier, which arrived in Kellby on
/// Wednesday" is two), cut at the last comma, semicolon or dash between two dates; the
/// whole sentence with its first day when nothing sets the second apart.
fn clauses<'d>(text: &str, s: (usize, usize), exprs: &[Dated<'d>]) -> Vec<Dated<'d>> {
    let Some(&(_, _, first)) = exprs.first() else { return Vec::new() };
    let mut cuts = vec![s.0];
    let mut days = vec![first];
    for w in exprs.windows(2) {
        let (prev, next) = (w[0], w[1]);
        if days.last() == Some(&next.2) || next.0 < prev.1 {
            continue;
        }
        let between = &text[prev.1..next.0];
        // A range is one event on its first day: "taken from Dec. 3 – Dec. 7" (found on a
        // poll's dates) is not two clauses, "taken from Dec. 3" and "Dec. 7.".
        if matches!(between.trim(), "-" | "–" | "—") {
            continue;
        }
        // Not inside a quotation ("“Tuesday will be windy, but nothing like Sunday night,”
        // she said" is one thing said).
        let quoted = |at: usize| text[s.0..at].chars().filter(|c| matches!(c, '"' | '“' | '”')).count() % 2 == 1;
        // The last such mark that leaves each side something of its own to say: a cut
        // inside a list ("… on Sunday, as they look ahead to the contests in Arizona, Idaho
        // and Utah on Tuesday") made the entry "Idaho and Utah on Tuesday.", and one right
        // after an opening day ("On Monday, officials said …") would leave "On Monday".
        let clause_end = exprs.iter().find(|e| e.0 > next.1).map_or(s.1, |e| e.0);
        let boundary = [", ", "; ", " — ", " – "]
            .iter()
            .flat_map(|b| between.match_indices(b).map(|(i, _)| i))
            .filter(|&i| !quoted(prev.1 + i))
            .filter(|&i| {
                says_something(text, (cuts[cuts.len() - 1], prev.1 + i), prev) && says_something(text, (prev.1 + i, clause_end), next)
            })
            .max();
        if let Some(i) = boundary {
            cuts.push(prev.1 + i);
            days.push(next.2);
        }
    }
    cuts.push(s.1);
    let marks: &[char] = &[',', ';', ' ', '—', '–', '.'];
    days.iter()
        .enumerate()
        .filter_map(|(k, &day)| {
            let piece = &text[cuts[k]..cuts[k + 1]];
            let lead = piece.len() - piece.trim_start_matches(marks).len();
            let body = piece[lead..].trim_end_matches(marks);
            // the sentence's own end stays on its last clause
            let end = if k + 1 == days.len() { s.1 } else { cuts[k] + lead + body.len() };
            // A relative clause takes its antecedent along: "the carrier, which arrived …".
            let mut start = cuts[k] + lead;
            if k > 0 && (body.starts_with("which ") || body.starts_with("who ")) {
                let before = &text[cuts[k - 1]..cuts[k]];
                if let Some(i) = [" the ", " a ", " an "].iter().filter_map(|d| before.rfind(d)).max() {
                    start = cuts[k - 1] + i + 1;
                }
            }
            (!body.is_empty()).then_some((start, end, day))
        })
        .map(|(start, end, day)| relative_clause(text, (start, end), exprs[0].0).map_or((start, end, day), |(a, b)| (a, b, day)))
        .collect()
}

/// Whether the piece `p` of `text` has a word of its own outside its time expression
/// `t`: a lower-case word of three letters or more that is not a function word.
/// "Idaho and Utah on Tuesday" has none, nor has "On Monday" or "two weeks ago".
fn says_something(text: &str, p: (usize, usize), t: Dated<'_>) -> bool {
    let (a, b) = (t.0.clamp(p.0, p.1), t.1.clamp(p.0, p.1));
    [&text[p.0..a], &text[b..p.1]].iter().flat_map(|part| part.split_whitespace()).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.len() >= 3 && w.starts_with(char::is_lowercase) && !FUNCTION_WORDS.contains(&w)
    })
}

/// Words that say nothing of an event on their own.
const FUNCTION_WORDS: &[&str] = &[
    "and", "but", "nor", "the", "for", "from", "with", "than", "then", "into", "onto", "over", "last", "next", "this", "that", "early",
    "late", "later", "earlier", "since", "until", "till", "before", "after", "during", "between", "through", "also", "both", "each",
];

/// When the piece's only day sits in a relative clause set off by a comma ("Lund asked
/// for a report on the terminal, which was last inspected in March 2025."), the day dates
/// that clause, not the main one: the clause with its antecedent ("the terminal, which
/// was last inspected in March 2025.").
fn relative_clause(text: &str, piece: (usize, usize), at: usize) -> Option<(usize, usize)> {
    if !(piece.0 <= at && at < piece.1) {
        return None;
    }
    let before = &text[piece.0..at];
    let quotes = before.chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
    let (i, _) = [", which ", ", who ", ", where "].iter().filter_map(|m| before.rfind(m).map(|i| (i, m))).max_by_key(|(i, _)| *i)?;
    // no comma (or mark) between the relative word and the day, and not inside a quotation
    if before[i + 2..].contains([',', ';', '—', '–', '(']) || quotes % 2 == 1 {
        return None;
    }
    let head = &before[..i];
    let article = [" the ", " a ", " an "].iter().filter_map(|d| head.rfind(d)).max()?;
    // the main clause must say something of its own before the antecedent
    if head[..article].split_whitespace().count() < 2 {
        return None;
    }
    let start = piece.0 + article + 1;
    let after = &text[at..piece.1];
    let end = after.find(", ").map_or(piece.1, |j| at + j);
    Some((start, end))
}

/// The article's dated events: each sentence whose time expression names a day or a month
/// and dates what the sentence reports, one per clause with a day of its own.
pub fn dated_sentences(a: &Article) -> Vec<DatedSentence> {
    // Sentences whose time expression names a day: the article's dated events.
    // The day-valued expressions of each sentence, in text order.
    let mut by_sentence: Vec<(usize, Vec<Dated<'_>>)> = Vec::new();
    // Where the last expression turned down ended: one right after it is part of it
    // ("until Saturday noon" is two, "Saturday" and "noon").
    let mut rejected_end: Option<usize> = None;
    for t in &a.time_expressions {
        let joined = rejected_end.is_some_and(|e| e <= t.start && matches!(a.text[e..t.start].trim(), "" | "at" | ","));
        if joined {
            rejected_end = Some(t.end);
            continue;
        }
        let Some(v) = t.value.as_deref() else { continue };
        // A day ("2026-11-20", also a time's), or a month ("2026-09": "in early September").
        let month = t.kind == "DATE" && v.len() == 7 && day_number(&format!("{v}-01")).is_some();
        let day = (t.kind == "DATE" || t.kind == "TIME") && v.len() >= 10 && day_number(v).is_some();
        if !(day || month) {
            continue;
        }
        let v = if month { v } else { &v[..10] };
        let si = a.sentences.partition_point(|s| s.end <= t.start);
        let Some(s) = a.sentences.get(si).filter(|s| s.start <= t.start && t.end <= s.end) else { continue };
        // A live blog's stamp ("12:20 — Schools will stay closed tomorrow, …") is when the
        // entry was written: it dates the entry only when nothing else in it names a day.
        if stamp_len(&a.text[s.start..s.end]) > 0
            && t.start == s.start + (a.text[s.start..s.end].len() - a.text[s.start..s.end].trim_start().len())
        {
            let other = a.time_expressions.iter().any(|o| {
                o.start >= t.end
                    && o.end <= s.end
                    && o.value.as_deref().is_some_and(|v| v.len() >= 10 && day_number(v).is_some())
                    && dates_an_event(&a.text, (s.start, s.end), (o.start, o.end))
            });
            if other {
                continue;
            }
        }
        if !dates_an_event(&a.text, (s.start, s.end), (t.start, t.end)) {
            rejected_end = Some(t.end);
            continue;
        }
        rejected_end = None;
        match by_sentence.last_mut() {
            Some((last, list)) if *last == si => list.push((t.start, t.end, v)),
            _ => by_sentence.push((si, vec![(t.start, t.end, v)])),
        }
    }
    let mut dated = Vec::new();
    for (si, exprs) in by_sentence {
        let s = a.sentences[si];
        for (start, end, day) in clauses(&a.text, (s.start, s.end), &exprs) {
            // The dateline opening the lead is no part of the event ("ORMVIK, Nov 23
            // (Coastline Wire) — Storm Halvar swept …").
            let start = match &a.dateline {
                Some(d) if d.start <= start && start < d.end && d.end < end => d.end,
                _ => start,
            };
            let start = start + (a.text[start..end].len() - a.text[start..end].trim_start().len());
            // Nor is an interview turn's label ("Harbour Times: The fire at the terminal …"),
            // nor a live blog's stamp ("09:40 — Ferries …").
            let start = start + turn_label(&a.text[start..end]);
            let start = start + stamp_len(&a.text[start..end]);
            dated.push(DatedSentence { article: a.id.clone(), sentence: a.text[start..end].to_string(), start, end, day: day.to_string() });
        }
    }
    dated
}

/// The length of a live blog's time stamp opening `s` ("09:40 — ", "9.40 - "): a clock
/// time and a dash; 0 when there is none.
fn stamp_len(s: &str) -> usize {
    let digits = s.chars().take_while(|c| c.is_ascii_digit() || matches!(c, ':' | '.')).count();
    let clock = &s[..digits];
    let is_clock = (4..=5).contains(&clock.len()) && clock[clock.len() - 3..].starts_with([':', '.']);
    let rest = &s[digits..];
    let Some(after) = ["— ", "– ", "- "].iter().find_map(|d| rest.trim_start().strip_prefix(d)) else { return 0 };
    if is_clock && rest.starts_with(' ') {
        s.len() - after.trim_start().len()
    } else {
        0
    }
}

/// The length of an interview turn's label opening `s` ("Harbour Times: ", "Q: "): one
/// to four capitalised words and a colon; 0 when there is none.
fn turn_label(s: &str) -> usize {
    let Some(colon) = s[..s.floor_char_boundary(48)].find(": ") else { return 0 };
    let words: Vec<&str> = s[..colon].split_whitespace().collect();
    let label = (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
    if label && s[colon + 2..].trim_start().starts_with(char::is_uppercase) {
        colon + 2 + (s[colon + 2..].len() - s[colon + 2..].trim_start().len())
    } else {
        0
    }
}

/// The day the article's lead dates its event ("A quake struck northern Selka early on
/// Thursday"): the first dated event of its first paragraph, when it names a day. A late
/// write-up of an event is still that event's.
pub fn lead_day(a: &Article, dated: &[DatedSentence]) -> Option<f64> {
    let lead_end = a.paragraphs.first()?.end;
    dated.iter().take_while(|d| d.start < lead_end).find(|d| d.day.len() == 10).and_then(|d| day_number(&d.day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(sentence: &str, expression: &str) -> bool {
        let at = sentence.find(expression).expect("the expression is in the sentence");
        dates_an_event(sentence, (0, sentence.len()), (at, at + expression.len()))
    }

    #[test]
    fn a_clause_with_a_day_of_its_own_is_an_event_of_its_own() {
        let t = "Mujica on Friday hailed the visit of the carrier, which arrived in Kellby on Wednesday, officials said.";
        let at = |w: &str| {
            let i = t.find(w).unwrap();
            (i, i + w.len())
        };
        let (f, w) = (at("Friday"), at("Wednesday"));
        let got: Vec<(&str, &str)> = super::clauses(t, (0, t.len()), &[(f.0, f.1, "2026-04-10"), (w.0, w.1, "2026-04-08")])
            .into_iter()
            .map(|(s, e, d)| (&t[s..e], d))
            .collect();
        assert_eq!(
            got,
            [
                ("Mujica on Friday hailed the visit of the carrier", "2026-04-10"),
                ("the carrier, which arrived in Kellby on Wednesday, officials said.", "2026-04-08")
            ]
        );
        // Nothing sets the second day apart: one event, on the first.
        let t = "The talks ran from Monday to Wednesday.";
        let (m, w) = (t.find("Monday").unwrap(), t.find("Wednesday").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(m, m + 6, "2026-04-06"), (w, w + 9, "2026-04-08")]);
        assert_eq!(got, [(0, t.len(), "2026-04-06")]);
        // A cut must leave each side words of its own. Found on campaign coverage: a cut in
        // a list made the entry "Idaho and Utah on Tuesday.", and one after an opening day
        // left "In early January" alone.
        let t = "Candidates must file reports on Sunday, as they look ahead to the contests in Arizona, Idaho and Utah on Tuesday.";
        let (a, b) = (t.find("Sunday").unwrap(), t.find("Tuesday").unwrap());
        let got: Vec<&str> =
            super::clauses(t, (0, t.len()), &[(a, a + 6, "2016-03-13"), (b, b + 7, "2016-03-15")]).iter().map(|c| &t[c.0..c.1]).collect();
        assert_eq!(
            got,
            ["Candidates must file reports on Sunday", "as they look ahead to the contests in Arizona, Idaho and Utah on Tuesday."]
        );
        let t = "In early January, the department released an email from June 2011.";
        let (a, b) = (t.find("early January").unwrap(), t.find("June 2011").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(a, a + 13, "2016-01"), (b, b + 9, "2011-06")]);
        assert_eq!(got, [(0, t.len(), "2016-01")]);
        // Nor does a dash between the two days of a range (found on a poll's dates).
        let t = "The poll was taken from Dec. 3 – Dec. 7.";
        let (a, b) = (t.find("Dec. 3").unwrap(), t.find("Dec. 7").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(a, a + 6, "2026-12-03"), (b, b + 6, "2026-12-07")]);
        assert_eq!(got, [(0, t.len(), "2026-12-03")]);
        // Found on a storm round-up: no cut inside a quotation.
        let t = "\"Tuesday will be windy, but nothing like Sunday night,\" she said.";
        let (a, b) = (t.find("Tuesday").unwrap(), t.find("Sunday").unwrap());
        let got = super::clauses(t, (0, t.len()), &[(a, a + 7, "2026-11-24"), (b, b + 6, "2026-11-22")]);
        assert_eq!(got, [(0, t.len(), "2026-11-24")]);
    }

    #[test]
    fn a_day_in_a_relative_clause_dates_that_clause_not_the_main_one() {
        // Found on the example corpus: the timeline put the minister's request in March 2025.
        let t = "A statement said Minister Petra Lund had asked for a full report on the terminal, which was last inspected in March 2025.";
        let m = t.find("March 2025").unwrap();
        let got: Vec<&str> = super::clauses(t, (0, t.len()), &[(m, m + 10, "2025-03")]).into_iter().map(|(s, e, _)| &t[s..e]).collect();
        assert_eq!(got, ["the terminal, which was last inspected in March 2025."]);
        // The relative clause ends at its comma.
        let t = "Police questioned the driver, who was arrested on Monday, and two passengers.";
        let m = t.find("Monday").unwrap();
        let got: Vec<&str> = super::clauses(t, (0, t.len()), &[(m, m + 6, "2026-04-06")]).into_iter().map(|(s, e, _)| &t[s..e]).collect();
        assert_eq!(got, ["the driver, who was arrested on Monday"]);
        // A day of the main clause keeps the whole sentence.
        let t = "The terminal, which opened in 1998, burned on Tuesday.";
        let m = t.find("Tuesday").unwrap();
        let got = super::clauses(t, (0, t.len()), &[(m, m + 7, "2026-11-10")]);
        assert_eq!(got, [(0, t.len(), "2026-11-10")]);
    }

    #[test]
    fn a_dateline_and_a_deadline_date_no_event() {
        assert!(!check("Coastline Wire, 14 May 2026", "14 May 2026"));
        assert!(!check("Brandt urged both sides to return to talks by Friday.", "Friday"));
        assert!(!check("The union will stay out until Monday.", "Monday"));
        // Found on a flood report: the river's peak is not dated by "before".
        assert!(!check("The river would not peak before Saturday evening.", "Saturday evening"));
        assert!(check("Dock workers walked out on Thursday.", "Thursday"));
        assert!(check("Talks will resume on Thursday at 10am, the ministry said.", "Thursday"));
        // Found on a wire report: the dateline's date dated the collapse.
        let t = "DALSUND, April 9 (Coastline Wire) - A section of the bridge collapsed on Thursday evening.";
        assert!(!check(t, "April 9"));
        assert!(check(t, "Thursday evening"));
        assert!(!check("KELLBY, May 3 — Dock workers walked out.", "May 3"));
        // Found on two reports of a bridge closure: the day of the telling is no event, and
        // made a false conflict with the closure's day.
        let t = "The bridge was closed on Monday, a day after inspectors found cracks, the city said on Tuesday.";
        assert!(check(t, "Monday"));
        assert!(!check(t, "Tuesday"));
        assert!(!check("Aune said Tuesday that repairs would take six weeks.", "Tuesday"));
        // Found on a wire report: the day after the telling's setting dated the telling.
        assert!(!check("The crossing will reopen after eight months, the two governments said in a joint statement on Friday.", "Friday"));
        assert!(!check("The pier will reopen, Aune told reporters at a news conference on Friday.", "Friday"));
        // A setting with no telling before it dates its event.
        assert!(check("The ministers met in a hotel on Friday.", "Friday"));
    }

    #[test]
    fn the_lead_day_is_the_first_dated_event_of_the_first_paragraph() {
        let text = "A quake struck Varnholm on Wednesday, killing 14.\n\nThe town was hit on Thursday too.";
        let first = text.find("\n\n").unwrap();
        let timex = |w: &str, v: &str| {
            let start = text.find(w).unwrap();
            serde_json::json!({"start": start, "end": start + w.len(), "text": w, "type": "DATE", "value": v, "relative": true})
        };
        let spans = serde_json::json!([{"start": 0, "end": first}, {"start": first + 2, "end": text.len()}]);
        let article = |timexes: Vec<serde_json::Value>| -> Article {
            serde_json::from_value(serde_json::json!({
                "id": "a", "source": {"path": "a.txt", "format": "text"}, "title": null, "outlet": null, "byline": null,
                "authors": [], "url": null, "published": null, "modified": null, "language": null, "word_count": 14,
                "text": text, "paragraphs": spans, "sentences": spans, "captions": [], "removed": [], "encoding": "UTF-8",
                "time_expressions": timexes, "quotes": [], "extractor": "text"
            }))
            .expect("an article")
        };
        let a = article(vec![timex("Wednesday", "2026-11-18"), timex("Thursday", "2026-11-19")]);
        let dated = dated_sentences(&a);
        assert_eq!(dated.len(), 2);
        assert_eq!(lead_day(&a, &dated), day_number("2026-11-18"));
        // No dated event in the lead: no lead day.
        let a = article(vec![timex("Thursday", "2026-11-19")]);
        assert_eq!(lead_day(&a, &dated_sentences(&a)), None);
    }

    #[test]
    fn a_time_right_after_a_deadline_s_day_is_part_of_the_deadline() {
        // Found on a flood report: "until Saturday noon" dated the warning by its "noon".
        let text = "It kept its red warning in place until Saturday noon.";
        let timex = |w: &str, v: &str| {
            let start = text.find(w).unwrap();
            serde_json::json!({"start": start, "end": start + w.len(), "text": w, "type": if v.contains('T') { "TIME" } else { "DATE" }, "value": v, "relative": true})
        };
        let spans = serde_json::json!([{"start": 0, "end": text.len()}]);
        let a: Article = serde_json::from_value(serde_json::json!({
            "id": "a", "source": {"path": "a.txt", "format": "text"}, "title": null, "outlet": null, "byline": null,
            "authors": [], "url": null, "published": null, "modified": null, "language": null, "word_count": 10,
            "text": text, "paragraphs": spans, "sentences": spans, "captions": [], "removed": [], "encoding": "UTF-8",
            "time_expressions": [timex("Saturday", "2026-11-28"), timex("noon", "2026-11-28T12")], "quotes": [], "extractor": "text"
        }))
        .expect("an article");
        assert!(dated_sentences(&a).is_empty(), "{:?}", dated_sentences(&a));
    }

    #[test]
    fn a_live_blog_s_stamp_is_no_part_of_the_event() {
        // Found on a live blog: "12:20 — Schools … will stay closed tomorrow" gave an empty
        // event at 12:20 and the entries read "09:40 — Ferries …".
        assert_eq!(stamp_len("09:40 — Ferries are cancelled."), "09:40 — ".len());
        assert_eq!(stamp_len("9.40 - Ferries are cancelled."), "9.40 - ".len());
        assert_eq!(stamp_len("2026 — a year of storms"), 0);
        assert_eq!(stamp_len("10:05 was the time."), 0);
    }

    #[test]
    fn an_interview_turn_s_label_is_no_part_of_the_event() {
        // Found on an interview: the event read "Harbour Times: The fire at the terminal …".
        assert_eq!(turn_label("Harbour Times: The fire at the terminal in March cost you six weeks."), "Harbour Times: ".len());
        assert_eq!(turn_label("Q: When did it close?"), 3);
        // (a letter of two bytes across byte 48 hid the label)
        assert_eq!(turn_label("Q: När stängde färjeläget i hamnen vid Storøy för säsongen?"), 3);
        // A colon inside a sentence is no label.
        assert_eq!(turn_label("The minister said on Monday: the pier will close."), 0);
        assert_eq!(turn_label("The result: a fire in March."), 0);
    }
}
