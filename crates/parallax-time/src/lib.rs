//! Time expressions: found in text and normalised to TIMEX3 values,
//! anchored on the article's publication date.
//!
//! Rules, not a model: the date grammar of news is small and regular.
//! - dates: `12 March 2024`, `March 12, 2024`, `2024-03-12`, `May 2010`,
//!   `March 12` (year from the anchor), a month alone, years, decades;
//! - relative: weekdays (`Friday`, `last Tuesday`), `today`, `yesterday`,
//!   `this morning`, `yesterday morning`, `last night`, `overnight`,
//!   `this week`, `last month`, `next year`, `earlier this month`, seasons
//!   (`next spring`, `the autumn of 2027`, and alone after a preposition:
//!   `before the autumn`, `all summer`);
//! - a day counted from the last day the text named before it: `the next
//!   day`, `the following day`, `the previous day`, `the day before,`
//!   (unanchored when the text named no day before it);
//! - a weekend (`over the weekend`) and a day of the month by its ordinal (`on the 28th`);
//! - ranges (`2010-2014`) as their two dates, as TimeML marks them;
//! - durations: `a month`, `18 months`, `nearly three decades`, `several days`,
//!   `a fortnight` (and `a fortnight ago`, two weeks back);
//! - times: `8 p.m.`, `15:00 GMT`, `Friday afternoon`;
//! - sets: `annually`, `every morning`, `each week`.
//!
//! A weekday or a month alone resolves to its latest occurrence on or before
//! the anchor (news mostly reports the past), and a month and day to the
//! occurrence closest to it, unless a future cue (`will`, `next`, `scheduled`,
//! `due`, `slated`, `set for`, `take effect`, and `would` of reported speech) stands just
//! before it; a month alone at most two months ahead, in a sentence without a past tense,
//! is the coming one ("We go back up in September", written in August). Without an anchor, relative
//! expressions are marked `unanchored` and get no value: no guessing.

pub mod civil;
pub mod events;

use std::sync::LazyLock;

use civil::Day;
use regex::Regex;
use serde::Serialize;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A time expression in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offsets in the text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value (`2013-03-22`, `2013-W12`, `P3Y`, `PRESENT_REF`, ...); `None` when unanchored.
    pub value: Option<String>,
    /// True when the value depends on the anchor (the publication date).
    pub relative: bool,
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUM: &str = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a few|few|several|many|some)";
const UNIT: &str = r"(?:second|minute|hour|day|week|month|year|decade|century|centuries)";

fn re(s: &str) -> Regex {
    Regex::new(s).unwrap()
}

static FULL_MDY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b)({MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})(?-u:\b)")));
static FULL_DMY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b)(\d{{1,2}}) ({MONTH}),? (\d{{4}})(?-u:\b)")));
static ISO: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(\d{4})-(\d{2})-(\d{2})(?-u:\b)"));
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b)((?:early|mid|late)[- ])?({MONTH}),? (\d{{4}})(?-u:\b)")));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH})(?-u:\b)")));
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?-u:\b)({MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)")));
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(?:(last|next|this|early|late|mid)[- ])?(January|February|March|April|June|July|August|September|October|November|December)(?-u:\b)",
    )
});
/// "May" is a month only after a preposition or a modifier ("in May", "last May").
static MAY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(?:in|since|until|by|of|from|to|during|through|between|and|or|early|late|mid|(last|next|this)) (May)(?-u:\b)")
});
static DECADE: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(?:the )?(1[89]\d|20\d)0s(?-u:\b)"));
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?:(?:in|since|by|until|of|from|to|during|before|after|for|year) )?(1[89]\d{2}|20\d{2})(?-u:\b)"));
static WEEKDAY_RE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?-u:\b)(?:(last|next|this|coming|on) )?({WEEKDAY})(?: (morning|afternoon|evening|night))?(?-u:\b)")));
/// The last day of a range of days right after a month and day: "-22" in "March 21-22".
static DAY_RANGE_END: LazyLock<Regex> = LazyLock::new(|| re(r"^[-–]([0-9]{1,2})(?-u:\b)"));
/// "over the weekend", "at the weekend" (not "this weekend", read with the other units).
static THE_WEEKEND: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)(?:over|at|on|during|for) (the weekend)(?-u:\b)"));
/// "on the 28th," with nothing after the ordinal that makes it an adjective ("the 5th floor").
static DAY_OF_MONTH: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?-u:\b)(?:on|by|until|from|since) (the ([1-9]|[12][0-9]|3[01])(?:st|nd|rd|th))(?:[,.;)]|$| and| or)"));

static DEICTIC: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)((?:yesterday|tomorrow) (?:morning|afternoon|evening|night)|last night|today|yesterday|tomorrow|tonight|overnight|this (?:morning|afternoon|evening)|now|currently|nowadays|at the time|the past|recently)(?-u:\b)",
    )
});
static RELATIVE_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:(earlier|later) )?(this|last|next|the past|the last|the coming|the previous|the following|the next) (week|weekend|month|(?:fiscal )?year|spring|summer|fall|autumn|winter|quarter)(?-u:\b)",
    )
});
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(?:(the (?:past|next|last|first|previous|following|coming)|almost|nearly|a mere|more than|less than|over|about|some) )?({NUM})[ -]({UNIT})(s)?(?:'s|')?(?-u:\b)"
    ))
});
static VAGUE_DURATION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(?:(?:the (?:past|next|last)) )?(?:(several|few|many|recent|coming|the next few|the past few) )({UNIT})s(?-u:\b)"
    ))
});
/// A bare plural after "for", "over", "within" ...: "for years".
static BARE_PLURAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:for|over|within|took|takes|lasted|in) (years|months|weeks|days|hours|minutes|decades)(?-u:\b)"));
/// "two years ago": a date, counted back from the anchor.
static AGO: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)(?-u:\b)({NUM}) ({UNIT})s? ago(?-u:\b)")));
/// "a fortnight ago", "two fortnights": two weeks.
static FORTNIGHT: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)(a|one|two|three) fortnights?( ago)?(?-u:\b)"));
/// "the next decade", "the past decade": a duration of ten years.
static DECADE_SPAN: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)the (?:next|following|past|last|previous|coming) decade(?-u:\b)"));
/// "the first half of 2027", "the second half of next year".
static HALF: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:the )?(first|second) half of (?:(\d{4})|(this|next|last) year)(?-u:\b)"));
/// "the end of the year", "the start of next month", "the end of year".
pub(crate) static PART_OF: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)the (end|beginning|start|middle) of (?:(the|this|next|last) )?(year|month|week)(?-u:\b)"));
/// Holidays with a day of their own.
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)(Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Boxing Day|Halloween|Valentine['’]s Day|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Good Friday|Maundy Thursday|Holy Saturday)(?:,? (\d{4}))?(?-u:\b)",
    )
});
/// "the 20th century".
static CENTURY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)(?:the )?(\d{1,2})(?:st|nd|rd|th) century(?-u:\b)"));
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)(\d{1,2})(?:[:.](\d{2}))? ?(a\.m\.|p\.m\.|(?:am|pm|AM|PM)(?-u:\b))(?: ((?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET)))?")
});
/// "at noon", "until midnight" (TIMEX3 writes midnight as hour 24 of its day).
static NOON: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(noon|midday|midnight)(?-u:\b)"));
static CLOCK24: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?-u:\b)([01]?\d|2[0-3]):([0-5]\d) ?(GMT|UTC|ET|EST|EDT|PT|PST|PDT|BST|CET)(?-u:\b)(?: (?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b))?",
    )
});
/// A 24-hour clock time without a zone, only where it cannot be a score, a ratio or a
/// verse: after a preposition of time ("reopens at 19:00", "from 09:00 to 17:00") or
/// opening a line (a live report's timestamp, "17:55 Police say …") or after a weekday
/// ("Update, Friday 09:15").
static CLOCK24_BARE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|\n|(?-u:\b)(?:at|by|until|till|from|before|after|around|about|since|between|to|and|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )(([01]?\d|2[0-3]):([0-5]\d))(?-u:\b)",
    )
});
static QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ]quarter(?: of (this|last|next) year| of (\d{4})|,? (\d{4}))?(?-u:\b)|(?-u:\b)Q([1-4]),? (\d{4})(?-u:\b)",
    )
});
/// A season of a given year: "autumn 2027", "the spring of 2019" (the span starts at the season).
static SEASON_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(spring|summer|fall|autumn|winter),?(?: of)? (1[89]\d{2}|20\d{2})(?-u:\b)"));
/// A season alone after a preposition: "before the autumn", "in spring", "all summer" (not
/// "fall", a verb as often; "in the fall" only with its article).
static BARE_SEASON: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:in|before|after|by|until|till|during|over|through|throughout|since|all|for) (?:the )?(spring|summer|autumn|winter)(?-u:\b)|(?-u:\b)in the (fall)(?-u:\b)",
    )
});
/// A day named by its distance from the day the text last named: "the next day",
/// "the previous day", "the day before," (with a comma or a full stop after it: "the
/// day before the vote" is counted from the vote, which has no date).
static NEXT_DAY: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?-u:\b)the (?:(next|following|previous) day|day (before|after))(?-u:\b)"));
static SET: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(annually|annual|yearly|daily|weekly|monthly|(?:every|each) (day|week|month|year|morning|evening|night|season|summer|winter|spring|fall))(?-u:\b)",
    )
});

fn month_number(s: &str) -> Option<u32> {
    let l = s.trim_end_matches('.').to_ascii_lowercase();
    let p = l.get(0..3)?;
    Some(match p {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn weekday_number(s: &str) -> u32 {
    match &s[..3] {
        "Mon" => 1,
        "Tue" => 2,
        "Wed" => 3,
        "Thu" => 4,
        "Fri" => 5,
        "Sat" => 6,
        _ => 7,
    }
}

fn number_value(s: &str) -> Option<String> {
    let l = s.to_ascii_lowercase();
    if let Ok(n) = l.parse::<f64>() {
        return Some(if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") });
    }
    let n = match l.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" | "a hundred" => 100,
        _ => return None, // several, few, many, some: vague
    };
    Some(n.to_string())
}

/// TIMEX3 code of a unit, and whether it is a time-of-day unit (written after `T`).
fn unit_code(unit: &str) -> (&'static str, bool) {
    match unit.to_ascii_lowercase().trim_end_matches('s') {
        "second" => ("S", true),
        "minute" => ("M", true),
        "hour" => ("H", true),
        "day" => ("D", false),
        "week" => ("W", false),
        "month" => ("M", false),
        "year" => ("Y", false),
        "decade" => ("DE", false),
        _ => ("CE", false), // century, centuries
    }
}

fn duration_value(n: Option<String>, unit: &str) -> String {
    let (code, time) = unit_code(unit);
    // Decades and centuries are written in years (P10Y, P100Y), as TimeML usually does.
    if let (Some(k), "DE" | "CE") = (n.as_deref().and_then(|x| x.parse::<u32>().ok()), code) {
        return format!("P{}Y", k * if code == "DE" { 10 } else { 100 });
    }
    let n = n.unwrap_or_else(|| "X".into());
    if time {
        format!("PT{n}{code}")
    } else {
        format!("P{n}{code}")
    }
}

fn season_code(s: &str) -> Option<&'static str> {
    Some(match s.to_ascii_lowercase().as_str() {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// The year of a season named alone: the anchor's, unless the sentence looks back and the
/// season has not come yet (the one before), or looks ahead and it is over (the next).
/// Winter counts from December, as the year it opens.
fn season_year(a: Day, code: &str, future: bool, past: bool) -> i32 {
    let order = |c: &str| match c {
        "SP" => 1,
        "SU" => 2,
        "FA" => 3,
        _ => 4,
    };
    let (now, year) = match a.m {
        3..=5 => (1, a.y),
        6..=8 => (2, a.y),
        9..=11 => (3, a.y),
        12 => (4, a.y),
        _ => (4, a.y - 1),
    };
    let s = order(code);
    if past && s > now {
        year - 1
    } else if future && s < now {
        year + 1
    } else {
        year
    }
}

/// Which way a day named without its year lies from the anchor, as the words before it tell.
#[derive(Clone, Copy)]
enum Side {
    /// After a future cue ("is set for Nov. 3"): the first on or after the anchor.
    Ahead,
    /// After a past verb ("a report dated 14 March"): the last on or before it.
    Behind,
    /// Else the occurrence closest to the anchor.
    Nearest,
}

/// The side of the anchor the day at `start` lies on. A past verb counts right before
/// the day only, a preposition between ("a report dated 14 March", "was signed on
/// March 14"): further back it tells less than the distance to the anchor does.
fn side(text: &str, start: usize) -> Side {
    let mut words = text[..start].split_whitespace().rev().skip_while(|w| matches!(*w, "on" | "of" | "from" | "since"));
    // (a participle after "be" is no past: "the contract may be signed on September 12")
    let past = words.next().is_some_and(past_word) && words.next().is_none_or(|w| w != "be");
    if future_cue(text, start) {
        Side::Ahead
    } else if past {
        Side::Behind
    } else {
        Side::Nearest
    }
}

/// The year of a month written alone, after "last", "this" or "next" (`modifier`): the
/// latest on or before the anchor's month unless a future cue points ahead, or the sentence
/// has no past tense and the month is at most two ahead ("We go back up in September",
/// written in August).
fn month_year(a: Day, mo: u32, modifier: Option<&str>, future: bool, tenseless: bool) -> i32 {
    match modifier {
        None | Some("early" | "late" | "mid") if !future && tenseless && (1..=2).contains(&(mo as i32 - a.m as i32).rem_euclid(12)) => {
            a.y + i32::from(mo < a.m)
        }
        Some("last") => a.y - i32::from(mo >= a.m),
        Some("this") => a.y,
        _ if future => a.y + i32::from(mo <= a.m),
        _ => a.y - i32::from(mo > a.m),
    }
}

/// A month and day without a year, on `side` of the anchor.
fn month_day(a: Day, mo: u32, d: u32, side: Side) -> Option<String> {
    nearest_day(a, side, |y| Day::new(y, mo, d))
}

/// The day `on(year)` among the anchor's year and the two around it, on `side` of the anchor.
fn nearest_day(a: Day, side: Side, on: impl Fn(i32) -> Option<Day>) -> Option<String> {
    let days = [a.y - 1, a.y, a.y + 1].into_iter().filter_map(on);
    match side {
        Side::Ahead => days.filter(|day| day.number() >= a.number()).min_by_key(|day| day.number()).map(Day::iso),
        Side::Behind => days.filter(|day| day.number() <= a.number()).max_by_key(|day| day.number()).map(Day::iso),
        Side::Nearest => days.min_by_key(|day| (day.number() - a.number()).abs()).map(Day::iso),
    }
}

/// The day of a holiday in year `y`: fixed days, Thanksgiving (the fourth Thursday of
/// November) and Easter (the Gregorian computus).
fn holiday(name: &str, y: i32) -> Option<Day> {
    match name {
        "Christmas Eve" => Day::new(y, 12, 24),
        "Christmas Day" | "Christmas" => Day::new(y, 12, 25),
        "Boxing Day" => Day::new(y, 12, 26),
        "New Year's Eve" => Day::new(y, 12, 31),
        "New Year's Day" => Day::new(y, 1, 1),
        "Halloween" => Day::new(y, 10, 31),
        "Valentine's Day" => Day::new(y, 2, 14),
        "Thanksgiving" | "Thanksgiving Day" => {
            let first = Day::new(y, 11, 1)?;
            // weekday(): Monday 1 … Sunday 7; Thursday is 4.
            let to_thursday = (4 + 7 - first.weekday() as i64) % 7;
            Some(first.plus(to_thursday + 21))
        }
        _ => {
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * m + 90) / 25;
            let day = (h + l - 7 * m + 33 * month + 19) % 32;
            let sunday = Day::new(y, month as u32, day as u32)?;
            Some(match name {
                "Easter Monday" => sunday.plus(1),
                "Good Friday" => sunday.plus(-2),
                "Maundy Thursday" => sunday.plus(-3),
                "Holy Saturday" => sunday.plus(-1),
                _ => sunday,
            })
        }
    }
}

/// The year and month `step` months from `a`'s month.
fn months_from(a: Day, step: i64) -> (i32, u32) {
    let total = a.y as i64 * 12 + (a.m as i64 - 1) + step;
    (total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u32)
}

/// Whether "overnight" between `start` and `end` means "suddenly", not a night:
/// after a verb of change ("it's not going to happen overnight", "prices won't fall
/// overnight"), or before a word of fame ("an overnight success"). Found on a
/// campaign text, where "happen overnight" put a vacuous line into the timeline.
fn overnight_means_suddenly(text: &str, start: usize, end: usize) -> bool {
    const CHANGE: &[&str] = &[
        "happen",
        "happens",
        "happened",
        "change",
        "changes",
        "changed",
        "disappear",
        "disappears",
        "disappeared",
        "vanish",
        "vanished",
        "transform",
        "transformed",
        "become",
        "became",
        "fix",
        "fixed",
        "solve",
        "solved",
        "succeed",
        "succeeded",
        "appear",
        "appeared",
        "emerge",
        "emerged",
        "materialise",
        "materialize",
        "reverse",
        "reversed",
        "away",
    ];
    const FAME: &[&str] = &["success", "successes", "sensation", "sensations", "star", "stars", "celebrity", "fame"];
    // The last 80 bytes are enough for two words, whatever the text's length.
    let lo = (0..=start.saturating_sub(80)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let before: Vec<String> = text[lo..start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .map(str::to_ascii_lowercase)
        .collect();
    let after = text[end..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("").to_ascii_lowercase();
    before.iter().any(|w| CHANGE.contains(&w.as_str())) || FAME.contains(&after.as_str())
}

/// Whether the words just before `start` point to the future.
fn future_cue(text: &str, start: usize) -> bool {
    let before = &text[..start];
    // Within the sentence: a word ending in a full stop, a question or an exclamation
    // mark ends the previous one ("… would result in more smog. On Feb. 28, …").
    let window: Vec<&str> = before.split_whitespace().rev().take(10).take_while(|w| !ends_sentence(w)).collect();
    let words: Vec<String> =
        window.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'').to_ascii_lowercase()).collect();
    // An update's label ("Update, Friday 09:15:", "Updated Friday") comes after the
    // article was first published, so its day is not before the anchor.
    if words.len() <= 2 && words.last().is_some_and(|w| matches!(w.as_str(), "update" | "updated")) {
        return true;
    }
    // The day of a telling in the past ("…, the board said on Monday.") is past, whatever
    // future the words told ("will take over on 1 April").
    let nearest = words.iter().find(|w| !matches!(w.as_str(), "on" | "late" | "early" | "this" | ""));
    if nearest.is_some_and(|w| is_telling_verb(w)) {
        return false;
    }
    // `window` runs backwards: "set for" is ("for", "set").
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "will"
                | "'ll"
                | "shall"
                | "next"
                | "scheduled"
                | "expected"
                | "expect"
                | "expects"
                | "plans"
                | "planned"
                | "upcoming"
                | "until"
                | "due"
                | "slated"
                | "would"
                | "could"
        )
    })
        // A deadline: "by" right before the day ("by Monday", "by the end of"), not the
        // agent of a passive a few words back ("put forward by Ostmark on Saturday").
        || words.iter().take(2).position(|w| w == "by").is_some_and(|k| k == 0 || matches!(words[0].as_str(), "the" | "next" | "this" | "early" | "late" | "mid"))
        // (not a plan that had been made before: "had first been set for November 3 but was
        // pushed back")
        || words.windows(2).enumerate().any(|(i, p)| {
            p[1] == "set" && matches!(p[0].as_str(), "for" | "to") && !words[i + 2..].iter().take(3).any(|w| w == "had")
        })
        // A rule's start in the present tense: "rules, which take effect in January", "comes
        // into force on Monday" (not "took effect").
        || words.windows(2).enumerate().any(|(i, p)| {
            (p[0] == "effect" && matches!(p[1].as_str(), "take" | "takes"))
                || (matches!(p[0].as_str(), "force" | "effect")
                    && p[1] == "into"
                    && !words.get(i + 2).is_some_and(|v| matches!(v.as_str(), "came" | "went" | "entered" | "put")))
        })
        // A scheduled event in the present tense: "The council votes on Thursday", also past
        // where it happens ("United travel to Tessvik on Wednesday", "face Kellby at home on …").
        || words.iter().skip_while(|w| *w == "on").take(1).any(|w| SCHEDULED.contains(&w.as_str()))
        || {
            let skip = words.iter().take_while(|w| *w == "on").count();
            let (ws, raw) = (&words[skip..], &window[skip..]);
            (2..ws.len().min(5)).any(|k| {
                let fixture = SCHEDULED.contains(&ws[k].as_str()) || matches!(ws[k].as_str(), "travel" | "play" | "face" | "host" | "visit" | "meet");
                fixture
                    && matches!(ws[k - 1].as_str(), "to" | "at" | "in" | "against")
                    && raw[..k - 1].iter().all(|w| w.starts_with(char::is_uppercase))
            })
        }
        // A start opening a clause: "From Monday, every adult can book …", unless the clause
        // after it is in the past ("From Monday to Wednesday the pier was closed"); not a
        // measure's point ("fell two percent from Monday's close").
        || (words.first().is_some_and(|w| w == "from")
            && (window.len() == 1 || window[1].ends_with(','))
            && !past_after(text, start))
}

/// Whether a lower-cased word is a verb of telling whose day is the telling's ("…, the board
/// said on Monday"), not that of what was told.
pub fn is_telling_verb(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "added" | "announced" | "reported" | "confirmed" | "stated" | "wrote" | "tweeted" | "insisted")
}

/// Whether the next words of the sentence after byte `start` hold a past-tense verb
/// ("was", "had", a word in "-ed").
fn past_after(text: &str, start: usize) -> bool {
    for w in text[start..].split_whitespace().skip(1).take(12) {
        if past_word(w) {
            return true;
        }
        if ends_sentence(w) {
            break;
        }
    }
    false
}

/// Whether a verb in the past tense comes in the `reach` words before `start`, in its
/// sentence ("rose", "was", "closed").
fn past_verb_before(text: &str, start: usize, reach: usize) -> bool {
    text[..start].split_whitespace().rev().take(reach).take_while(|w| !ends_sentence(w)).any(past_word)
}

/// Whether a word ends its sentence: a full stop, a question or an exclamation mark
/// (closing quotes or brackets after it allowed), not an abbreviation's dot ("7 a.m.",
/// "the U.S.", "Jan.", "Mr.").
fn ends_sentence(w: &str) -> bool {
    let w = w.trim_end_matches(['"', '\'', '”', '’', ')']);
    if w.ends_with(['!', '?']) {
        return true;
    }
    let Some(body) = w.strip_suffix('.') else { return false };
    let abbreviation = body.contains('.')
        || matches!(
            body.to_ascii_lowercase().as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        );
    !abbreviation
}

/// Whether a word (edge punctuation allowed) is a verb in the past tense.
fn past_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    (w.ends_with("ed") && w.len() > 4 && !matches!(w.as_str(), "expected" | "scheduled" | "planned" | "needed"))
        || matches!(
            w.as_str(),
            "was"
                | "were"
                | "had"
                | "did"
                | "rose"
                | "fell"
                | "came"
                | "went"
                | "saw"
                | "made"
                | "grew"
                | "began"
                | "took"
                | "ran"
                | "said"
                | "told"
                | "got"
                | "gave"
                | "left"
                | "kept"
                | "held"
                | "lost"
                | "won"
                | "spent"
                | "sold"
                | "paid"
                | "met"
                | "sent"
                | "built"
                | "stood"
                | "led"
                | "fought"
                | "brought"
                | "bought"
                | "thought"
                | "struck"
        )
}

/// Verbs whose present tense before a day tells of a scheduled event.
const SCHEDULED: &[&str] = &[
    "votes", "meets", "opens", "reopens", "starts", "begins", "resumes", "closes", "ends", "launches", "returns", "arrives", "departs",
    "sails", "leaves", "kicks", "convenes", "decides", "rules", "plays", "faces", "hosts", "visits",
];

/// Candidate: (start, end, type, value, relative).
type Cand = (usize, usize, TimexType, Option<String>, bool);

/// Find and normalise the time expressions of `text`, anchored on `anchor`
/// (the publication date) when known.
pub fn find_timexes(text: &str, anchor: Option<Day>) -> Vec<Timex> {
    let mut cands: Vec<Cand> = Vec::new();
    let rel = |f: &dyn Fn(Day) -> Option<String>| anchor.and_then(f);

    for c in FULL_MDY.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let (Some(mo), Ok(d), Ok(y)) = (month_number(&c[1]), c[2].parse(), c[3].parse()) {
            if let Some(day) = Day::new(y, mo, d) {
                cands.push((m.start(), m.end(), TimexType::Date, Some(day.iso()), false));
            }
        }
    }
    for c in FULL_DMY.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let (Some(mo), Ok(d), Ok(y)) = (month_number(&c[2]), c[1].parse(), c[3].parse()) {
            if let Some(day) = Day::new(y, mo, d) {
                cands.push((m.start(), m.end(), TimexType::Date, Some(day.iso()), false));
            }
        }
    }
    for c in ISO.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let Some(day) = Day::parse(m.as_str()) {
            cands.push((m.start(), m.end(), TimexType::Date, Some(day.iso()), false));
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let Some(mo) = month_number(&c[2]) {
            cands.push((m.start(), m.end(), TimexType::Date, Some(format!("{}-{mo:02}", &c[3])), false));
        }
    }
    for c in MONTH_DAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        let Some(mo) = month_number(&c[1]) else { continue };
        let Ok(d) = c[2].parse::<u32>() else { continue };
        if !(1..=31).contains(&d) || (&c[1] == "May" && m.start() > 0 && text[..m.start()].ends_with(|ch: char| ch.is_lowercase())) {
            continue;
        }
        let side = side(text, m.start());
        let value = rel(&|a: Day| month_day(a, mo, d, side));
        // "March 21-22": the range's last day is a date of the same month.
        if let Some(r) = DAY_RANGE_END.captures(&text[m.end()..]) {
            let last = r.get(1).unwrap();
            if let Some(e) = last.as_str().parse::<u32>().ok().filter(|&e| e > d && e <= 31) {
                let value = value.as_deref().and_then(|v| Day::new(v[..4].parse().ok()?, mo, e)).map(Day::iso);
                cands.push((m.end() + last.start(), m.end() + last.end(), TimexType::Date, value, true));
            }
        }
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    for c in DAY_MONTH.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (Some(mo), Ok(d)) = (month_number(&c[2]), c[1].parse::<u32>()) else { continue };
        if !(1..=31).contains(&d) {
            continue;
        }
        let side = side(text, m.start());
        let value = rel(&|a: Day| month_day(a, mo, d, side));
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    for c in MONTH_ALONE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let Some(mo) = month_number(&c[2]) else { continue };
        // "on a November crossing", "every March": a kind of month, no date.
        let generic = c.get(1).is_none()
            && text[..m.start()]
                .trim_end()
                .rsplit(|ch: char| !ch.is_alphanumeric())
                .next()
                .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "a" | "an" | "every" | "each" | "any"));
        if generic {
            continue;
        }
        let modifier = c.get(1).map(|x| x.as_str().to_ascii_lowercase());
        let future = modifier.as_deref() == Some("next") || future_cue(text, m.start());
        // "We go back up in September", written in August: no past tense in the sentence, so
        // the September ahead, not the one eleven months back.
        let tenseless = !past_verb_before(text, m.start(), 12) && !past_after(text, m.start());
        let value = rel(&|a: Day| Some(format!("{}-{mo:02}", month_year(a, mo, modifier.as_deref(), future, tenseless))));
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    for c in MAY.captures_iter(text) {
        let whole = c.get(0).unwrap();
        let modifier = c.get(1).map(|x| x.as_str().to_string());
        let start = if modifier.is_some() { whole.start() } else { c.get(2).unwrap().start() };
        let future = modifier.as_deref() == Some("next") || future_cue(text, whole.start());
        let tenseless = !past_verb_before(text, whole.start(), 12) && !past_after(text, whole.start());
        let value = rel(&|a: Day| Some(format!("{}-05", month_year(a, 5, modifier.as_deref(), future, tenseless))));
        cands.push((start, whole.end(), TimexType::Date, value, true));
    }
    for c in AGO.captures_iter(text) {
        let m = c.get(0).unwrap();
        let n: Option<i64> = number_value(&c[1]).and_then(|x| x.parse().ok());
        let unit = c[2].to_ascii_lowercase();
        let value = rel(&|a: Day| {
            let Some(n) = n else { return Some("PAST_REF".to_string()) };
            Some(match unit.as_str() {
                "year" => format!("{}", a.y as i64 - n),
                "decade" => format!("{}", a.y as i64 - 10 * n),
                "month" => {
                    let (y, m) = months_from(a, -n);
                    format!("{y}-{m:02}")
                }
                "week" => {
                    let (y, w) = a.plus(-7 * n).iso_week();
                    format!("{y}-W{w:02}")
                }
                "day" => a.plus(-n).iso(),
                _ => "PAST_REF".to_string(),
            })
        });
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    for c in FORTNIGHT.captures_iter(text) {
        let m = c.get(0).unwrap();
        let n: i64 = match c[1].to_ascii_lowercase().as_str() {
            "two" => 2,
            "three" => 3,
            _ => 1,
        };
        if c.get(2).is_some() {
            let value = rel(&|a: Day| {
                let (y, w) = a.plus(-14 * n).iso_week();
                Some(format!("{y}-W{w:02}"))
            });
            cands.push((m.start(), m.end(), TimexType::Date, value, true));
        } else {
            cands.push((m.start(), m.end(), TimexType::Duration, Some(format!("P{}W", 2 * n)), false));
        }
    }
    for c in CENTURY.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let Ok(n) = c[1].parse::<u32>() {
            cands.push((m.start(), m.end(), TimexType::Date, Some(format!("{:02}", n.saturating_sub(1))), false));
        }
    }
    for c in BARE_PLURAL.captures_iter(text) {
        let u = c.get(1).unwrap();
        cands.push((u.start(), u.end(), TimexType::Duration, Some(duration_value(None, u.as_str())), false));
    }
    for c in DECADE.captures_iter(text) {
        let m = c.get(0).unwrap();
        cands.push((m.start(), m.end(), TimexType::Date, Some(c[1].to_string()), false));
    }
    for c in YEAR.captures_iter(text) {
        let y = c.get(1).unwrap();
        // Not part of a larger number, an amount or a time.
        let after = &text[y.end()..];
        let before = &text[..y.start()];
        if after
            .starts_with(|ch: char| ch.is_ascii_digit() || ch == '%' || ch == ',' && after[1..].starts_with(|d: char| d.is_ascii_digit()))
            || before.ends_with(['$', '£', '€', '#', ':', '.'])
            || after.starts_with(" percent")
        {
            continue;
        }
        // "late 2019", "early 2020": the part of the year belongs to the expression.
        let start = ["early ", "late ", "mid-", "mid "]
            .iter()
            .find_map(|p| before.strip_suffix(p).or_else(|| before.strip_suffix(&*p.to_uppercase())).map(str::len))
            .filter(|&s| !before[..s].ends_with(char::is_alphanumeric))
            .unwrap_or(y.start());
        cands.push((start, y.end(), TimexType::Date, Some(y.as_str().to_string()), false));
    }
    for c in WEEKDAY_RE.captures_iter(text) {
        let m = c.get(0).unwrap();
        let modifier = c.get(1).map(|x| x.as_str());
        let wd = weekday_number(&c[2]);
        let part = c.get(3).map(|p| match p.as_str() {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => "NI",
        });
        let future = matches!(modifier, Some("next") | Some("coming")) || future_cue(text, m.start());
        let value = rel(&|a: Day| {
            let diff = (wd as i64) - (a.weekday() as i64);
            let day = match modifier {
                Some("last") => a.plus(if diff < 0 { diff } else { diff - 7 }),
                Some("this") => a.plus(diff),
                Some("next") | Some("coming") => a.plus(if diff > 0 { diff } else { diff + 7 }),
                _ if future => a.plus(if diff >= 0 { diff } else { diff + 7 }),
                _ => a.plus(if diff <= 0 { diff } else { diff - 7 }),
            };
            Some(match part {
                Some(p) => format!("{}T{p}", day.iso()),
                None => day.iso(),
            })
        });
        // "on Friday": the span is the weekday expression without "on".
        let start = if modifier == Some("on") { c.get(2).unwrap().start() } else { m.start() };
        cands.push((start, m.end(), if part.is_some() { TimexType::Time } else { TimexType::Date }, value, true));
    }
    for c in DEICTIC.captures_iter(text) {
        let m = c.get(0).unwrap();
        let w = c[1].to_ascii_lowercase();
        // "overnight on Sunday", "overnight Tuesday": the weekday says which night, and
        // the publication day does not.
        if w == "overnight" {
            let next = text[m.end()..].trim_start().trim_start_matches("on ").trim_start();
            let day = next.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].contains(&day) {
                continue;
            }
            if overnight_means_suddenly(text, m.start(), m.end()) {
                continue;
            }
        }
        // A part of the anchor's day: a time, "2013-03-22TMO".
        // "yesterday morning", "last night": a part of the day before or after the anchor.
        let (shift, rest) = match w.split_once(' ') {
            Some(("yesterday", r)) => (-1, r),
            Some(("tomorrow", r)) => (1, r),
            Some(("last", "night")) => (-1, "night"),
            _ => (0, w.as_str()),
        };
        let part = match rest {
            "tonight" | "overnight" | "night" => Some("NI"),
            "this morning" | "morning" => Some("MO"),
            "this afternoon" | "afternoon" => Some("AF"),
            "this evening" | "evening" => Some("EV"),
            _ => None,
        };
        let (value, relative) = match w.as_str() {
            "today" => (rel(&|a: Day| Some(a.iso())), true),
            "yesterday" => (rel(&|a: Day| Some(a.plus(-1).iso())), true),
            "tomorrow" => (rel(&|a: Day| Some(a.plus(1).iso())), true),
            _ if part.is_some() => (rel(&|a: Day| Some(format!("{}T{}", a.plus(shift).iso(), part?))), true),
            "the past" | "at the time" => (Some("PAST_REF".to_string()), false),
            "the future" => (Some("FUTURE_REF".to_string()), false),
            "recently" => (Some("PAST_REF".to_string()), false),
            _ => (Some("PRESENT_REF".to_string()), false),
        };
        let kind = if part.is_some() { TimexType::Time } else { TimexType::Date };
        cands.push((m.start(), m.end(), kind, value, relative));
    }
    for c in RELATIVE_UNIT.captures_iter(text) {
        let m = c.get(0).unwrap();
        let which = c[2].to_ascii_lowercase();
        let unit = c[3].to_ascii_lowercase().trim_start_matches("fiscal ").to_string();
        let offset: i64 = match which.as_str() {
            "this" => 0,
            "last" | "the past" | "the last" | "the previous" => -1,
            _ => 1,
        };
        let value = rel(&|a: Day| {
            Some(match unit.as_str() {
                "week" | "weekend" => {
                    let (y, w) = a.plus(7 * offset).iso_week();
                    if unit == "weekend" {
                        format!("{y}-W{w:02}-WE")
                    } else {
                        format!("{y}-W{w:02}")
                    }
                }
                "month" => {
                    let (y, m) = months_from(a, offset);
                    format!("{y}-{m:02}")
                }
                "year" => format!("{}", a.y as i64 + offset),
                "quarter" => {
                    let q = (a.m as i64 - 1) / 3 + offset;
                    format!("{}-Q{}", a.y as i64 + q.div_euclid(4), q.rem_euclid(4) + 1)
                }
                season => format!("{}-{}", a.y as i64 + offset, season_code(season)?),
            })
        });
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    // "over the weekend": the last one, or after a future cue the next one (of the anchor's
    // week when the anchor is a weekday).
    for c in THE_WEEKEND.captures_iter(text) {
        let m = c.get(1).unwrap();
        let future = future_cue(text, m.start());
        let value = rel(&|a: Day| {
            let weekend = a.weekday() >= 6;
            let shift = match (future, weekend) {
                (true, _) | (false, true) => 0,
                (false, false) => -7,
            };
            let (y, w) = a.plus(shift).iso_week();
            Some(format!("{y}-W{w:02}-WE"))
        });
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    // "on the 28th": a day of the anchor's month, or of the month before (after, with a
    // future cue) when the day is past (still to come) in it.
    for c in DAY_OF_MONTH.captures_iter(text) {
        let m = c.get(1).unwrap();
        let Ok(d) = c[2].parse::<u32>() else { continue };
        let future = future_cue(text, m.start());
        let value = rel(&|a: Day| {
            let step: i64 = match (future, d.cmp(&a.d)) {
                (true, std::cmp::Ordering::Less) => 1,
                (false, std::cmp::Ordering::Greater) => -1,
                _ => 0,
            };
            let (y, m) = months_from(a, step);
            Day::new(y, m, d).map(Day::iso)
        });
        if value.is_some() || anchor.is_none() {
            cands.push((m.start(), m.end(), TimexType::Date, value, true));
        }
    }
    for c in DURATION.captures_iter(text) {
        let m = c.get(0).unwrap();
        let modifier = c.get(1).map(|x| x.as_str().to_ascii_lowercase());
        // "about"/"some"/"over"/"more than" qualify the amount but stay outside the span.
        let start = match modifier.as_deref() {
            Some("about") | Some("some") | Some("over") | Some("more than") | Some("less than") => c.get(2).unwrap().start(),
            _ => m.start(),
        };
        if text[m.end()..].starts_with("-old") {
            continue; // an age ("22-year-old"), not a duration
        }
        // A capitalised unit inside a sentence names a show or a work: "an interview on
        // “60 Minutes”", "on 60 Minutes last night" (not a title-case headline's words).
        let unit = c.get(3).unwrap();
        if text[unit.start()..].starts_with(char::is_uppercase) {
            let before = &text[..m.start()];
            let prev = before.split_whitespace().next_back().unwrap_or("");
            let quoted = before.ends_with(['“', '"', '‘', '\'']);
            if quoted || (prev.starts_with(char::is_lowercase) && !before.trim_end().ends_with(['.', '!', '?', ':'])) {
                continue;
            }
        }
        // "4,000 passengers a day", "twice a week": a rate (SET), not a duration.
        let article_unit = matches!(c[2].to_ascii_lowercase().as_str(), "a" | "an") && c.get(1).is_none() && c.get(4).is_none();
        if article_unit {
            // (the word before in the same sentence: "… 2010-2014. A second vote" is no rate)
            let raw = text[..m.start()].split_whitespace().next_back().unwrap_or("");
            let prev = if raw.ends_with(['.', '!', '?', ':', ';']) { "" } else { raw.trim_matches(|ch: char| !ch.is_alphanumeric()) };
            let rate = prev.ends_with('s')
                || prev.chars().any(|ch| ch.is_ascii_digit())
                || matches!(prev.to_ascii_lowercase().as_str(), "once" | "twice" | "times");
            if rate {
                cands.push((m.start(), m.end(), TimexType::Set, Some(duration_value(Some("1".into()), &c[3])), false));
                continue;
            }
        }
        // "a second ferry route", "for a second time": the ordinal, not one second.
        if article_unit && c[3].eq_ignore_ascii_case("second") {
            let next = text[m.end()..].split_whitespace().next().unwrap_or("");
            let word = next.trim_end_matches(|ch: char| !ch.is_alphanumeric()).to_lowercase();
            let ordinal = next.starts_with(char::is_alphabetic)
                && !matches!(
                    word.as_str(),
                    "ago"
                        | "later"
                        | "earlier"
                        | "before"
                        | "after"
                        | "or"
                        | "and"
                        | "longer"
                        | "more"
                        | "less"
                        | "of"
                        | "to"
                        | "in"
                        | "at"
                        | "on"
                        | "for"
                        | "when"
                        | "while"
                        | "as"
                        | "that"
                        | "the"
                        | "he"
                        | "she"
                        | "it"
                        | "they"
                        | "we"
                        | "i"
                        | "you"
                        | "too"
                        | "until"
                        | "then"
                );
            if ordinal {
                continue;
            }
        }
        let n = number_value(&c[2]);
        let value = duration_value(n, &c[3]);
        cands.push((start, m.end(), TimexType::Duration, Some(value), false));
    }
    for c in VAGUE_DURATION.captures_iter(text) {
        let m = c.get(0).unwrap();
        cands.push((m.start(), m.end(), TimexType::Duration, Some(duration_value(None, &c[2])), false));
    }
    for c in CLOCK.captures_iter(text) {
        let m = c.get(0).unwrap();
        let Ok(mut h) = c[1].parse::<u32>() else { continue };
        let mi: u32 = c.get(2).and_then(|x| x.as_str().parse().ok()).unwrap_or(0);
        let pm = c[3].to_ascii_lowercase().starts_with('p');
        if h == 0 || h > 12 || mi > 59 {
            continue;
        }
        if pm && h != 12 {
            h += 12;
        } else if !pm && h == 12 {
            h = 0;
        }
        let value = rel(&|a: Day| Some(if mi == 0 { format!("{}T{h:02}", a.iso()) } else { format!("{}T{h:02}:{mi:02}", a.iso()) }));
        cands.push((m.start(), m.end(), TimexType::Time, value, true));
    }
    for c in NOON.captures_iter(text) {
        let m = c.get(0).unwrap();
        // Midnight ends its day ("until midnight on Monday": hour 24), and one passed opens
        // the next ("shortly after midnight", "since midnight": hour 00 of the day).
        let before = text[..m.start()].trim_end();
        let passed = ["after", "past", "since", "from"]
            .iter()
            .any(|w| before.ends_with(w) && !before[..before.len() - w.len()].ends_with(char::is_alphanumeric));
        let h = if &c[1] == "midnight" {
            if passed {
                "00"
            } else {
                "24"
            }
        } else {
            "12"
        };
        cands.push((m.start(), m.end(), TimexType::Time, rel(&|a: Day| Some(format!("{}T{h}", a.iso()))), true));
    }
    for c in CLOCK24.captures_iter(text) {
        let m = c.get(0).unwrap();
        let future = future_cue(text, m.start());
        let weekday = c.get(4).map(|w| weekday_number(w.as_str()));
        let value = rel(&|a: Day| {
            let day = match weekday {
                Some(wd) => {
                    let diff = wd as i64 - a.weekday() as i64;
                    a.plus(if future {
                        if diff >= 0 {
                            diff
                        } else {
                            diff + 7
                        }
                    } else if diff <= 0 {
                        diff
                    } else {
                        diff - 7
                    })
                }
                None => a,
            };
            Some(format!("{}T{:02}:{}", day.iso(), c[1].parse::<u32>().unwrap_or(0), &c[2]))
        });
        cands.push((m.start(), m.end(), TimexType::Time, value, true));
    }
    for c in CLOCK24_BARE.captures_iter(text) {
        let m = c.get(1).unwrap();
        // Not a time of a race or a score ("1:23.45", "2:1"), nor one with a zone (above).
        let rest = &text[m.end()..];
        let race = rest.starts_with(['.', ':', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        // (the zoned times are candidates already, found above)
        if race || cands.iter().any(|k| k.0 == m.start()) {
            continue;
        }
        let (h, mi) = (c[2].parse::<u32>().unwrap_or(0), c[3].to_string());
        let value = rel(&|a: Day| Some(format!("{}T{h:02}:{mi}", a.iso())));
        cands.push((m.start(), m.end(), TimexType::Time, value, true));
    }
    for c in QUARTER.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (q, year): (u32, Option<Result<i32, ()>>) = if let Some(q) = c.get(5) {
            (q.as_str().parse().unwrap_or(1), c.get(6).map(|y| y.as_str().parse().map_err(|_| ())))
        } else {
            let q = match c[1].to_ascii_lowercase().as_str() {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                _ => 4,
            };
            let year = c.get(3).or(c.get(4)).map(|y| y.as_str().parse().map_err(|_| ()));
            (q, year)
        };
        let which = c.get(2).map(|w| w.as_str().to_ascii_lowercase());
        // A quarter not yet begun, told in the past tense, is last year's: "its fourth-quarter
        // profit fell 12%", reported in February (results come after their quarter ends).
        let past =
            which.is_none() && !future_cue(text, m.start()) && (past_verb_before(text, m.start(), 12) || past_after(text, m.start()));
        let (value, relative) = match year {
            Some(Ok(y)) => (Some(format!("{y}-Q{q}")), false),
            _ => (
                rel(&|a: Day| {
                    let y = a.y
                        + match which.as_deref() {
                            Some("last") => -1,
                            Some("next") => 1,
                            _ if past && (q - 1) * 3 + 1 > a.m => -1,
                            _ => 0,
                        };
                    Some(format!("{y}-Q{q}"))
                }),
                true,
            ),
        };
        cands.push((m.start(), m.end(), TimexType::Date, value, relative));
    }
    for c in SEASON_YEAR.captures_iter(text) {
        let m = c.get(0).unwrap();
        if let Some(code) = season_code(&c[1].to_ascii_lowercase()) {
            cands.push((m.start(), m.end(), TimexType::Date, Some(format!("{}-{code}", &c[2])), false));
        }
    }
    for c in BARE_SEASON.captures_iter(text) {
        let g = c.get(1).or_else(|| c.get(2)).unwrap();
        // The span starts at the article, when there is one ("the autumn").
        let start = if text[..g.start()].to_ascii_lowercase().ends_with("the ") { g.start() - 4 } else { g.start() };
        let Some(code) = season_code(g.as_str()) else { continue };
        // (a year after it makes it a season of that year: "the autumn of 2027")
        let after = text[g.end()..].trim_start_matches(',');
        let after = after.strip_prefix(" of").unwrap_or(after);
        if after.strip_prefix(' ').is_some_and(|y| y.len() >= 4 && y.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
            continue;
        }
        // (the words before the season hold its preposition: "is set for the spring")
        let future = future_cue(text, start)
            || matches!(c[0].split(' ').next().map(str::to_ascii_lowercase).as_deref(), Some("before" | "by" | "until" | "till"));
        let past =
            !future && (past_verb_before(text, start, 12) || past_after(text, g.end()) || c[0].to_ascii_lowercase().starts_with("since"));
        let value = rel(&|a: Day| Some(format!("{}-{code}", season_year(a, code, future, past))));
        cands.push((start, g.end(), TimexType::Date, value, true));
    }
    for c in SET.captures_iter(text) {
        let m = c.get(0).unwrap();
        // A capitalised word after a capitalised one is a name's: "Selka Daily", "Kellby
        // Weekly", "the Annual Report".
        let name = m.as_str().starts_with(char::is_uppercase)
            && text[..m.start()]
                .trim_end_matches(' ')
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()).starts_with(char::is_uppercase))
            && !text[..m.start()].trim_end().ends_with(['.', '!', '?', ':']);
        if name {
            continue;
        }
        let w = c[1].to_ascii_lowercase();
        let value = match w.as_str() {
            "annually" | "annual" | "yearly" => "P1Y".to_string(),
            "daily" => "P1D".to_string(),
            "weekly" => "P1W".to_string(),
            "monthly" => "P1M".to_string(),
            _ => match c.get(2).map(|x| x.as_str().to_ascii_lowercase()).as_deref() {
                Some("day") => "P1D".into(),
                Some("week") => "P1W".into(),
                Some("month") => "P1M".into(),
                Some("year") => "P1Y".into(),
                Some("morning") => "XXXX-XX-XXTMO".into(),
                Some("evening") => "XXXX-XX-XXTEV".into(),
                Some("night") => "XXXX-XX-XXTNI".into(),
                Some(s) => format!("XXXX-{}", season_code(s).unwrap_or("XX")),
                None => "XXXX".into(),
            },
        };
        cands.push((m.start(), m.end(), TimexType::Set, Some(value), false));
    }

    for m in DECADE_SPAN.find_iter(text) {
        cands.push((m.start(), m.end(), TimexType::Duration, Some("P10Y".to_string()), false));
    }
    for c in HALF.captures_iter(text) {
        let m = c.get(0).unwrap();
        let h = if c[1].eq_ignore_ascii_case("first") { 1 } else { 2 };
        let value = match (c.get(2), c.get(3).map(|x| x.as_str().to_ascii_lowercase())) {
            (Some(y), _) => Some(format!("{}-H{h}", y.as_str())),
            (None, which) => rel(&|a: Day| {
                let y = a.y
                    + match which.as_deref() {
                        Some("next") => 1,
                        Some("last") => -1,
                        _ => 0,
                    };
                Some(format!("{y}-H{h}"))
            }),
        };
        let relative = c.get(2).is_none();
        cands.push((m.start(), m.end(), TimexType::Date, value, relative));
    }
    for c in PART_OF.captures_iter(text) {
        let m = c.get(0).unwrap();
        let which = c.get(2).map(|x| x.as_str().to_ascii_lowercase());
        // "Sales rose at the end of the year", written in March: the end of the year not yet
        // over cannot be in the past, so a past verb before it means the one before.
        let past = matches!(which.as_deref(), None | Some("the"))
            && c[1].eq_ignore_ascii_case("end")
            && !future_cue(text, m.start())
            && past_verb_before(text, m.start(), 8);
        let unit = c[3].to_ascii_lowercase();
        let value = rel(&|a: Day| {
            // (only before the period's last stretch: within it, its end is the one written of)
            let early = match unit.as_str() {
                "year" => a.m <= 10,
                "month" => a.d <= 23,
                _ => a.weekday() <= 4,
            };
            let step = match which.as_deref() {
                Some("next") => 1,
                Some("last") => -1,
                _ if past && early => -1,
                _ => 0,
            };
            Some(match unit.as_str() {
                "year" => format!("{}", a.y + step as i32),
                "month" => {
                    let (y, mo) = months_from(a, step);
                    format!("{y}-{mo:02}")
                }
                _ => {
                    let (y, w) = a.plus(7 * step).iso_week();
                    format!("{y}-W{w:02}")
                }
            })
        });
        cands.push((m.start(), m.end(), TimexType::Date, value, true));
    }
    for c in HOLIDAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        let name = c[1].replace('’', "'");
        let on = move |y: i32| holiday(&name, y);
        let value = match c.get(2).and_then(|y| y.as_str().parse::<i32>().ok()) {
            Some(y) => on(y).map(Day::iso),
            None => {
                // (a holiday after a past verb is as often the coming one: "shoppers
                // spent more ahead of Christmas")
                let side = if future_cue(text, m.start()) { Side::Ahead } else { Side::Nearest };
                rel(&|a: Day| nearest_day(a, side, &on))
            }
        };
        cands.push((m.start(), m.end(), TimexType::Date, value, c.get(2).is_none()));
    }

    // Leftmost-longest, non-overlapping.
    cands.sort_by(|a, b| a.0.cmp(&b.0).then((b.1 - b.0).cmp(&(a.1 - a.0))));
    let mut out: Vec<Timex> = Vec::new();
    for (start, end, kind, value, relative) in cands {
        if let Some(last) = out.last_mut() {
            if start < last.end {
                // A longer expression starting inside the previous one replaces it.
                if end - start > last.end - last.start && start == last.start {
                    *last = Timex { start, end, text: text[start..end].to_string(), kind, value, relative };
                }
                continue;
            }
        }
        out.push(Timex { start, end, text: text[start..end].to_string(), kind, value, relative });
    }
    weekday_of_a_date(text, &mut out);
    day_before_yesterday(text, &mut out);
    next_days(text, &mut out);
    days_later(text, &mut out);
    one_day_per_weekday(&mut out);
    clock_on_named_day(text, anchor, &mut out);
    out
}

/// A weekday right before a full date that falls on it names that date: "on Saturday,
/// March 14" is 14 March, also when the 14th is a week or more from the anchor. A
/// weekday the date does not fall on is left as it resolved (the text contradicts itself).
fn weekday_of_a_date(text: &str, out: &mut [Timex]) {
    for i in 1..out.len() {
        let (before, after) = out.split_at_mut(i);
        let (day, date) = (&mut before[i - 1], &after[0]);
        let gap = &text[day.end..date.start];
        if !(gap == " " || gap == ", ") {
            continue;
        }
        let name = day.text.strip_prefix("on ").unwrap_or(&day.text);
        let Some(w) = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].iter().position(|d| *d == name) else {
            continue;
        };
        let Some(d) = date.value.as_deref().filter(|v| v.len() == 10).and_then(Day::parse) else { continue };
        if d.weekday() as usize == w + 1 {
            day.value = Some(d.iso());
        }
    }
}

/// A weekday named alone more than once in an article is one day: the date the first
/// such mention resolved to. "The storm reaches the coast on Thursday evening. … The
/// service issued a warning from 6 p.m. on Thursday" is one Thursday, though the
/// second sentence's past verb alone would put it in the week before. "last Thursday"
/// and "next Thursday" say which one they mean and are left alone.
fn one_day_per_weekday(out: &mut [Timex]) {
    const PARTS: &[&str] = &["", " morning", " afternoon", " evening", " night"];
    let mut first: [Option<String>; 8] = Default::default();
    for t in out.iter_mut() {
        let Some(value) = t.value.as_deref() else { continue };
        let name = t.text.strip_prefix("on ").unwrap_or(&t.text);
        let Some(day) = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            .iter()
            .find(|d| name.strip_prefix(**d).is_some_and(|part| PARTS.contains(&part)))
        else {
            continue;
        };
        if value.len() < 10 || Day::parse(&value[..10]).is_none() {
            continue;
        }
        let w = weekday_number(day) as usize;
        match &first[w] {
            None => first[w] = Some(value[..10].to_string()),
            Some(d) if d != &value[..10] => t.value = Some(format!("{d}{}", &value[10..])),
            Some(_) => {}
        }
    }
}

/// A clock time next to a named day is on that day, not the anchor's: "on Thursday at
/// 10am", "at 3 p.m. on March 25", "Monday, 9:30 a.m.".
fn clock_on_named_day(text: &str, anchor: Option<Day>, out: &mut [Timex]) {
    let Some(anchor) = anchor else { return };
    let anchor_day = anchor.iso();
    // Whether each expression is a day the words were said on ("…, police said on Monday.",
    // also past a setting: "…, the police said in a statement on Tuesday."); once each, as
    // every clock time looks back over the ones before it.
    let told_on: Vec<bool> = out
        .iter()
        .map(|o| {
            let before = text[text.floor_char_boundary(o.start.saturating_sub(60))..o.start].trim_end();
            let before = before.strip_suffix(" on").unwrap_or(before);
            let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
            let verb = words.first().copied().unwrap_or("");
            let set_off = words.iter().position(|w| is_telling_verb(w)).is_some_and(|k| {
                k > 0 && matches!(words[k - 1], "in" | "at" | "to" | "during") && !words[..k].iter().any(|w| w.ends_with(','))
            });
            is_telling_verb(verb) || set_off
        })
        .collect();
    for i in 0..out.len() {
        let t = &out[i];
        // A clock time ("T10", "T19:40"), not a part of a named day ("Thursday morning").
        let on_anchor = t.kind == TimexType::Time
            && t.value.as_deref().is_some_and(|v| {
                v.starts_with(&anchor_day)
                    && v[anchor_day.len()..].starts_with("T")
                    && v[anchor_day.len() + 1..].starts_with(|c: char| c.is_ascii_digit())
            });
        if !on_anchor {
            continue;
        }
        // A live blog's entry stamp ("14:02 — The port operator says …", opening its line):
        // the time of the entry, on the day of the page, whatever day the entry before named.
        let line_start = text[..t.start].rfind('\n').map_or(0, |i| i + 1);
        let stamp = text[line_start..t.start].trim().is_empty() && text[t.end..].trim_start().starts_with(['—', '–', '-', ':', '|']);
        if stamp {
            continue;
        }
        let joins = |gap: &str| matches!(gap.trim(), "" | "," | "at" | "on" | ", at" | "from");
        let day_of = |o: &Timex| {
            o.value.as_deref().filter(|v| o.kind == TimexType::Date && v.len() == 10 && Day::parse(v).is_some()).map(str::to_string)
        };
        let before = i.checked_sub(1).filter(|&j| joins(&text[out[j].end..t.start])).and_then(|j| day_of(&out[j]));
        // (also past the other end of a range: "between 2 a.m. and 7 a.m. on Friday")
        let range_end = out
            .get(i + 1)
            .filter(|o| o.kind == TimexType::Time && matches!(text[t.end..o.start].trim(), "and" | "to" | "until" | "till" | "-" | "–"));
        let after = out
            .get(i + 1)
            .filter(|o| joins(&text[t.end..o.start]))
            .and_then(day_of)
            .or_else(|| range_end.and_then(|r| out.get(i + 2).filter(|o| joins(&text[r.end..o.start]))).and_then(day_of));
        // Else the day last named before it, a sentence or two back ("on Thursday evening …
        // Two cars fell at about 7:40 p.m."): a clock time alone goes on with that day.
        // In a sentence told in the past, a day still ahead is no such day ("charges will be
        // filed by Monday. … anyone who had driven there between 11 p.m. and midnight").
        let past = past_verb_before(text, t.start, usize::MAX);
        // A day the words were said on is the telling's, not the events': a clock time later
        // on is not on it.
        let telling = |j: usize| told_on[j];
        let recent = (0..i).rev().take_while(|&j| t.start.saturating_sub(out[j].end) <= 400).filter(|&j| !telling(j)).find_map(|j| {
            let v = out[j].value.as_deref()?;
            let day = v.get(..10).filter(|d| Day::parse(d).is_some() && (v.len() == 10 || v[10..].starts_with('T')))?;
            (matches!(out[j].kind, TimexType::Date | TimexType::Time) && !(past && *day > *anchor_day)).then(|| day.to_string())
        });
        // Told in the past with no day near: the last day named before it that is not
        // ahead ("… on Wednesday night. … He said the thieves had smashed the window
        // shortly after 11 p.m.").
        let earlier = || {
            past.then(|| {
                (0..i).rev().filter(|&j| !telling(j)).find_map(|j| {
                    let v = out[j].value.as_deref()?;
                    let day = v.get(..10).filter(|d| Day::parse(d).is_some() && (v.len() == 10 || v[10..].starts_with('T')))?;
                    (matches!(out[j].kind, TimexType::Date | TimexType::Time) && *day < *anchor_day).then(|| day.to_string())
                })
            })?
        };
        if let Some(day) = before.or(after).or(recent).or_else(earlier) {
            let clock = out[i].value.as_deref().map(|v| v[10..].to_string()).unwrap_or_default();
            out[i].value = Some(format!("{day}{clock}"));
        }
    }
}

/// Add "the next day", "the day before," …: one day after or before the last day the
/// text named before it (a date, or a weekday resolved on the anchor). With no such
/// day, the expression is kept unanchored.
fn next_days(text: &str, out: &mut Vec<Timex>) {
    let mut found: Vec<Timex> = Vec::new();
    // `out` is in text order and does not overlap; one pass walks it alongside the matches.
    let mut next = 0;
    // The value of the last date or time named so far (a duration names no day).
    let mut last: Option<String> = None;
    for c in NEXT_DAY.captures_iter(text) {
        let m = c.get(0).unwrap();
        while next < out.len() && out[next].end <= m.start() {
            if matches!(out[next].kind, TimexType::Date | TimexType::Time) {
                last = out[next].value.clone();
            }
            next += 1;
        }
        if out.get(next).is_some_and(|t| t.start < m.end()) {
            continue;
        }
        // "the day before the vote": counted from an event, not a day.
        // ("met the day before to discuss …": an infinitive after it is no event)
        if c.get(2).is_some() && !text[m.end()..].starts_with([',', '.', ';']) && !text[m.end()..].starts_with(" to ") {
            continue;
        }
        let step = match c.get(1).or(c.get(2)).map(|x| x.as_str().to_ascii_lowercase()).as_deref() {
            Some("previous") | Some("before") => -1,
            _ => 1,
        };
        // A month or a year before it gives no day to count from.
        let value = last.as_deref().and_then(Day::parse).map(|d| d.plus(step).iso());
        last = value.clone();
        found.push(Timex { start: m.start(), end: m.end(), text: m.as_str().to_string(), kind: TimexType::Date, value, relative: true });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|t| t.start);
    }
}

/// "the day before yesterday", "the day after tomorrow": one day further than the word
/// after it, in one expression.
fn day_before_yesterday(text: &str, out: &mut [Timex]) {
    for t in out.iter_mut() {
        let step = match t.text.to_ascii_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => continue,
        };
        let lead = if step < 0 { "the day before " } else { "the day after " };
        let Some(start) = t.start.checked_sub(lead.len()).filter(|&s| text.is_char_boundary(s)) else { continue };
        if !text[start..t.start].eq_ignore_ascii_case(lead) {
            continue;
        }
        t.value = t.value.as_deref().and_then(Day::parse).map(|d| d.plus(step).iso());
        t.start = start;
        t.text = text[t.start..t.end].to_string();
    }
}

/// "two days later", "a week earlier": a day counted from the last full date named before
/// it, not a span of time. With no such date it stays the duration it reads as.
fn days_later(text: &str, out: &mut [Timex]) {
    let mut last: Option<Day> = None;
    for t in out.iter_mut() {
        if matches!(t.kind, TimexType::Date | TimexType::Time) {
            last = t.value.as_deref().and_then(|v| v.get(..10)).and_then(Day::parse).or(last);
            continue;
        }
        let rest = &text[t.end..];
        let Some(word) =
            [" later", " earlier"].iter().find(|w| rest.starts_with(**w) && !rest[w.len()..].starts_with(char::is_alphanumeric))
        else {
            continue;
        };
        let Some(span) = t.value.as_deref().and_then(|v| v.strip_prefix('P')) else { continue };
        let days = match (span.strip_suffix('D'), span.strip_suffix('W')) {
            (Some(n), _) => n.parse::<i64>().ok(),
            (_, Some(n)) => n.parse::<i64>().ok().map(|n| n * 7),
            _ => None,
        };
        let (Some(days), Some(from)) = (days, last) else { continue };
        let day = from.plus(if *word == " later" { days } else { -days });
        t.end += word.len();
        t.text = text[t.start..t.end].to_string();
        t.kind = TimexType::Date;
        t.value = Some(day.iso());
        t.relative = true;
        last = Some(day);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Vec<(String, Option<String>)> {
        find_timexes(text, Day::new(2013, 3, 22)).into_iter().map(|t| (t.text, t.value)).collect()
    }

    fn tag_on(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
        find_timexes(text, Day::parse(anchor)).into_iter().map(|t| (t.text, t.value)).collect()
    }

    fn v(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn absolute_and_partial_dates() {
        assert_eq!(
            tag("It happened on March 12, 2024 and on 3 May 2010."),
            [("March 12, 2024".into(), v("2024-03-12")), ("3 May 2010".into(), v("2010-05-03"))]
        );
        assert_eq!(tag("The law passed in October 2019."), [("October 2019".into(), v("2019-10"))]);
        assert_eq!(tag("The vote is on March 12."), [("March 12".into(), v("2013-03-12"))]);
        assert_eq!(tag("Sailings restarted on 20 March."), [("20 March".into(), v("2013-03-20"))]);
        assert_eq!(tag("Sales fell in August."), [("August".into(), v("2012-08"))]);
        assert_eq!(tag("The war of 2010-2014 ended."), [("2010".into(), v("2010")), ("2014".into(), v("2014"))]);
        assert_eq!(tag("It cost $2013 and rose 2012 percent."), []);
    }

    #[test]
    fn relative_expressions_resolve_against_the_anchor() {
        // The anchor, 2013-03-22, is a Friday.
        assert_eq!(tag("She said Thursday."), [("Thursday".into(), v("2013-03-21"))]);
        assert_eq!(tag("They met last Tuesday."), [("last Tuesday".into(), v("2013-03-19"))]);
        assert_eq!(tag("The board will meet Monday."), [("Monday".into(), v("2013-03-25"))]);
        assert_eq!(tag("Deaths rose this week."), [("this week".into(), v("2013-W12"))]);
        assert_eq!(tag("It opened last month."), [("last month".into(), v("2013-02"))]);
        assert_eq!(tag("Elections are next year."), [("next year".into(), v("2014"))]);
        assert_eq!(tag("Planting starts next spring."), [("next spring".into(), v("2014-SP"))]);
        assert_eq!(tag("He resigned yesterday."), [("yesterday".into(), v("2013-03-21"))]);
        // Found on an earnings report: "The day before yesterday" was yesterday.
        assert_eq!(tag("The day before yesterday, Nordcell delayed orders."), [("The day before yesterday".into(), v("2013-03-20"))]);
        assert_eq!(tag("It opens the day after tomorrow."), [("the day after tomorrow".into(), v("2013-03-24"))]);
        assert_eq!(tag("It rained earlier this month."), [("earlier this month".into(), v("2013-03"))]);
        assert_eq!(tag("Prices are falling now."), [("now".into(), v("PRESENT_REF"))]);
        assert_eq!(tag("The crash happened Friday afternoon."), [("Friday afternoon".into(), v("2013-03-22TAF"))]);
    }

    #[test]
    fn a_day_counted_from_the_day_named_before_it() {
        // Found on a generated article: "The next day", "The day before," and "the
        // previous day" were not found at all.
        assert_eq!(
            tag("The pier closed on March 3. The next day, crews began repairs."),
            [("March 3".into(), v("2013-03-03")), ("The next day".into(), v("2013-03-04"))]
        );
        assert_eq!(
            tag("Talks collapsed on Tuesday. The day before, the union had met."),
            [("Tuesday".into(), v("2013-03-19")), ("The day before".into(), v("2013-03-18"))]
        );
        // A month names no day to count from, and a duration is skipped.
        assert_eq!(
            tag("It began in April. The following day, it ended."),
            [("April".into(), v("2012-04")), ("The following day".into(), None)]
        );
        assert_eq!(
            tag("On 3 March 2013 it rained for two hours. On the previous day it snowed."),
            [("3 March 2013".into(), v("2013-03-03")), ("two hours".into(), v("PT2H")), ("the previous day".into(), v("2013-03-02"))]
        );
        // Found on a resignation report: the day of a past telling after a future clause
        // ("will take over on 1 April 2027, the board said on Monday") was the next Monday.
        assert_eq!(
            tag("Stene will take over on 1 April 2014, the board said on Monday."),
            [("1 April 2014".into(), v("2014-04-01")), ("Monday".into(), v("2013-03-18"))]
        );
        // "met the day before to discuss": an infinitive after it.
        assert_eq!(
            tag("She resigned on Monday. The board met the day before to discuss it."),
            [("Monday".into(), v("2013-03-18")), ("the day before".into(), v("2013-03-17"))]
        );
        // Counted from an event ("the day before the vote"), it is left out.
        assert_eq!(tag("It rained on Monday and the day before the vote."), [("Monday".into(), v("2013-03-18"))]);
    }

    #[test]
    fn parts_of_a_day_and_may_after_and() {
        // Found on a probe text of the project's own: all three were missed.
        assert_eq!(tag("The ferry left this morning."), [("this morning".into(), v("2013-03-22TMO"))]);
        assert_eq!(tag("Talks collapsed overnight."), [("overnight".into(), v("2013-03-22TNI"))]);
        // "Suddenly", not a night.
        for idiom in
            ["But it is not going to happen overnight.", "Prices changed almost overnight, she said.", "The band was an overnight success."]
        {
            assert_eq!(tag(idiom), [], "{idiom}");
        }
        // Found on a news conference transcript: "From Monday, every adult can book" was the
        // Monday before the publication day.
        assert_eq!(tag("From Monday, every adult over 65 can book a vaccine."), [("Monday".into(), v("2013-03-25"))]);
        assert_eq!(tag("From Monday the pier was closed to traffic."), [("Monday".into(), v("2013-03-18"))]);
        assert_eq!(tag("The index fell two percent from Monday's close."), [("Monday".into(), v("2013-03-18"))]);
        // Found on a news conference transcript: the newspaper "Selka Daily" was a set.
        assert_eq!(tag("A reporter from the Selka Daily asked twice."), []);
        assert_eq!(tag("QUESTION (Selka Daily): Is it safe?"), []);
        // Found on an interview: a name opening a paragraph after a line break.
        assert_eq!(tag("It was edited.\n\nSelka Daily: How long did they wait?"), []);
        assert_eq!(tag("Ferries run daily from May.")[0], ("daily".into(), Some("P1D".into())));
        // Found on a storm round-up: "overnight on Sunday" was the night of the publication day.
        assert_eq!(tag("The storm swept in overnight on Sunday."), [("Sunday".into(), v("2013-03-17"))]);
        assert_eq!(tag("Output dropped between March and May."), [("March".into(), v("2013-03")), ("May".into(), v("2012-05"))]);
    }

    #[test]
    fn a_fortnight_is_two_weeks_and_mid_month_ahead_is_the_coming_one() {
        // Found on a time probe: "a fortnight ago" was not read, and "Talks resume in
        // mid-April" (the anchor is 2013-03-22) was the April before.
        assert_eq!(tag("Police said a fortnight ago that arrests were likely."), [("a fortnight ago".into(), v("2013-W10"))]);
        assert_eq!(tag("The work takes a fortnight."), [("a fortnight".into(), v("P2W"))]);
        assert_eq!(tag("Talks resume in mid-April."), [("mid-April".into(), v("2013-04"))]);
        assert_eq!(tag("Talks stalled in mid-April."), [("mid-April".into(), v("2012-04"))]);
    }

    #[test]
    fn a_season_alone_after_a_preposition_is_dated() {
        // Found on a council report: "would not commit funding before the autumn" had no date
        // (the anchor is 2013-03-22, late winter).
        assert_eq!(tag("It would not commit funding before the autumn."), [("the autumn".into(), v("2013-FA"))]);
        assert_eq!(tag("Work starts in spring."), [("spring".into(), v("2013-SP"))]);
        // Found on a transfer report: "could make his debut … on Saturday" was the Saturday gone by.
        assert_eq!(tag_on("Moen could make his debut against Nesvik on Saturday.", "2026-12-01"), [("Saturday".into(), v("2026-12-05"))]);
        // Found on an earnings report written in December: "is set for the spring" was the
        // spring gone by.
        assert_eq!(tag_on("The vote is set for the spring.", "2026-12-04"), [("the spring".into(), v("2027-SP"))]);
        // Found on a launch report: a plan made before is no future ("had first been set for").
        assert_eq!(
            tag_on("The launch had first been set for November 3 but was pushed back.", "2026-11-19"),
            [("November 3".into(), v("2026-11-03"))]
        );
        // Found on a match report: a fixture away ("United travel to Tessvik on Wednesday") is ahead.
        assert_eq!(tag_on("United travel to Tessvik on Wednesday.", "2026-11-22"), [("Wednesday".into(), v("2026-11-25"))]);
        assert_eq!(tag_on("United travelled to Tessvik on Wednesday.", "2026-11-22"), [("Wednesday".into(), v("2026-11-18"))]);
        assert_eq!(tag_on("The vote was held in the spring.", "2026-12-04"), [("the spring".into(), v("2026-SP"))]);
        // Looking back, a season not yet come is last year's.
        assert_eq!(tag("The ferry ran all summer."), [("summer".into(), v("2012-SU"))]);
        assert_eq!(tag("In the fall the pier was shut."), [("the fall".into(), v("2012-FA"))]);
        // "fall" alone is a verb as often.
        assert_eq!(tag("Prices may fall."), []);
    }

    #[test]
    fn a_month_just_ahead_in_a_sentence_without_a_past_tense_is_the_coming_one() {
        // Found on a Q&A interview written in August: "We go back up in September to measure
        // the winter snow" was the September before (the anchor is 2013-03-22).
        assert_eq!(tag("We go back up in April to measure the snow."), [("April".into(), v("2013-04"))]);
        assert_eq!(tag("Sales rose in April."), [("April".into(), v("2012-04"))]);
        assert_eq!(tag("In April the pier was shut."), [("April".into(), v("2012-04"))]);
        // Further ahead, a month alone is still the past one.
        assert_eq!(tag("Inflation in December is a worry."), [("December".into(), v("2012-12"))]);
        // Across the turn of the year: written in December, January is the next year's.
        assert_eq!(tag_on("We go back up in January to measure the snow.", "2013-12-10"), [("January".into(), v("2014-01"))]);
        assert_eq!(tag_on("The pier closed in January.", "2013-12-10"), [("January".into(), v("2013-01"))]);
    }

    #[test]
    fn a_rule_that_takes_effect_in_a_month_looks_ahead() {
        // Found on a court report: "new rules, which take effect in January" was the January
        // before the article (the anchor is 2013-03-22).
        assert_eq!(tag("The rules take effect in January."), [("January".into(), v("2014-01"))]);
        assert_eq!(tag("The law comes into force on 1 February."), [("1 February".into(), v("2014-02-01"))]);
        assert_eq!(tag("The old rules came into force in February."), [("February".into(), v("2013-02"))]);
    }

    #[test]
    fn a_season_of_a_year_and_a_month_day_after_a_future_cue() {
        assert_eq!(tag("Work resumes in the autumn of 2027."), [("autumn of 2027".into(), v("2027-FA"))]);
        assert_eq!(tag("It ends in spring 2028."), [("spring 2028".into(), v("2028-SP"))]);
        // The anchor is 2013-03-22: Nov. 3 closest is 2012, but a vote set for it is ahead.
        assert_eq!(tag("The vote was held on Nov. 3."), [("Nov. 3".into(), v("2012-11-03"))]);
        assert_eq!(tag("The vote is set for Nov. 3."), [("Nov. 3".into(), v("2013-11-03"))]);
        assert_eq!(tag("The report is due on 5 November."), [("5 November".into(), v("2013-11-05"))]);
        assert_eq!(tag("The launch is slated for December."), [("December".into(), v("2013-12"))]);
        assert_eq!(tag("Officials expect exports to ease in December."), [("December".into(), v("2013-12"))]);
        // Reported speech looks ahead with "would".
        assert_eq!(tag("Mujica said the two sides would meet again in June."), [("June".into(), v("2013-06"))]);
        assert_eq!(tag("The two sides met again in June."), [("June".into(), v("2012-06"))]);
        // A cue of the sentence before does not count.
        assert_eq!(tag("Coal use would rise. On Feb. 28, the bank released a note."), [("Feb. 28".into(), v("2013-02-28"))]);
    }

    #[test]
    fn an_update_label_names_a_day_after_the_anchor() {
        // Anchor Thursday 12 November 2026.
        let got = tag_on("The tunnel closed on Wednesday.\n\nUpdate, Friday 09:15: It stays shut.", "2026-11-12");
        assert_eq!(got[0], ("Wednesday".to_string(), v("2026-11-11")));
        assert_eq!(got[1].1.as_deref().map(|v| &v[..10]), Some("2026-11-13"));
        // The clock time after the weekday is that day's, and a dot may part hours and minutes.
        assert_eq!(got[2], ("09:15".to_string(), v("2026-11-13T09:15")));
        let got = tag_on("The tunnel was closed at 2.40pm after a main burst.", "2026-11-12");
        assert_eq!(got, [("2.40pm".to_string(), v("2026-11-12T14:40"))]);
    }

    #[test]
    fn a_clock_range_before_a_future_day_is_on_that_day() {
        // Found on a weather forecast (anchor Wednesday 18 November 2026): "a.m." ended the
        // sentence for the future cue, so Friday was the one before, and "2 a.m." the anchor's.
        let got = tag_on(
            "Forecaster Jon Ask said the worst of the wind would come overnight, between 2 a.m. and 7 a.m. on Friday.",
            "2026-11-18",
        );
        let find = |t: &str| got.iter().find(|(x, _)| x == t).and_then(|(_, v)| v.clone());
        assert_eq!(find("Friday").as_deref(), Some("2026-11-20"));
        assert_eq!(find("2 a.m.").as_deref(), Some("2026-11-20T02"));
        assert_eq!(find("7 a.m.").as_deref(), Some("2026-11-20T07"));
    }

    #[test]
    fn a_clock_time_is_not_on_the_day_the_words_were_said() {
        // Found on a police report (anchor Monday 9 February 2026): "4.15pm" went on with
        // "police said on Monday", not with the Saturday of the robbery.
        let got = tag_on(
            "A shop was raided on Saturday afternoon, police said on Monday. Officers were called to the shop at about 4.15pm.",
            "2026-02-09",
        );
        assert_eq!(got.last(), Some(&("4.15pm".to_string(), v("2026-02-07T16:15"))));
        // Also past the telling's setting ("said in a statement on Tuesday"): found on a
        // police report, where "2:30 a.m." went on with the statement's Tuesday.
        let got = tag_on(
            "Two men were arrested after a break-in early on Monday, the police said in a statement on Tuesday. \
             Officers were called at about 2:30 a.m.",
            "2026-11-25",
        );
        assert_eq!(got.last(), Some(&("2:30 a.m.".to_string(), v("2026-11-23T02:30"))));
    }

    #[test]
    fn days_later_count_from_the_last_date() {
        // Found on a chronology: "rejected the offer two days later" was a duration of two days.
        let got = tag_on(
            "On October 2, the council offered 4 million. The company rejected it two days later. It lasted two days.",
            "2026-12-14",
        );
        assert_eq!(got[1], ("two days later".to_string(), v("2026-10-04")));
        assert_eq!(got[2], ("two days".to_string(), v("P2D")));
        // With no date before it, a duration.
        assert_eq!(tag_on("A week later the pier reopened.", "2026-12-14")[0].1.as_deref(), Some("P1W"));
    }

    #[test]
    fn a_weekday_before_a_date_is_that_date() {
        // Anchor Tuesday 3 March 2026: a lone "Saturday" would be 28 February.
        let got = tag_on("A memorial will be held on Saturday, March 14. It ended on Friday 13 March, not Monday, March 14.", "2026-03-03");
        assert_eq!(
            got,
            [
                ("Saturday".to_string(), v("2026-03-14")),
                ("March 14".to_string(), v("2026-03-14")),
                ("Friday".to_string(), v("2026-03-13")),
                ("13 March".to_string(), v("2026-03-13")),
                ("Monday".to_string(), v("2026-03-02")),
                ("March 14".to_string(), v("2026-03-14")),
            ]
        );
    }

    #[test]
    fn a_live_blog_s_entry_stamp_is_on_the_page_s_day() {
        // Found on a live blog: the stamps after "resume on Saturday at 10:00" went to Saturday.
        let text = "17:40 — Talks broke up. They will resume on Saturday at 10:00.\n\n16:15 — About 300 strikers have gathered.\n\n14:02 — The operator says 42 ships are waiting.";
        let anchor = Day::parse("2026-12-04");
        let got: Vec<(String, Option<String>)> = find_timexes(text, anchor).into_iter().map(|t| (t.text, t.value)).collect();
        let value = |w: &str| got.iter().find(|(t, _)| t == w).and_then(|(_, v)| v.clone());
        assert_eq!(value("16:15").as_deref(), Some("2026-12-04T16:15"), "{got:?}");
        assert_eq!(value("14:02").as_deref(), Some("2026-12-04T14:02"), "{got:?}");
        assert_eq!(value("10:00").as_deref(), Some("2026-12-05T10:00"), "{got:?}");
    }

    #[test]
    fn a_clock_time_next_to_a_named_day_is_on_that_day() {
        // The anchor, 2013-03-22, is a Friday.
        assert_eq!(tag("Talks will resume on Monday at 10am."), [("Monday".into(), v("2013-03-25")), ("10am".into(), v("2013-03-25T10"))]);
        assert_eq!(
            tag("The vote is at 3 p.m. on March 27."),
            [("3 p.m.".into(), v("2013-03-27T15")), ("March 27".into(), v("2013-03-27"))]
        );
        // Alone, a time is on the anchor's day.
        assert_eq!(tag("The doors open at 9am."), [("9am".into(), v("2013-03-22T09"))]);
        // Found on a test article: halves, parts of a year, decades and holidays were not read.
        assert_eq!(tag("Sales rose in the first half of 2012."), [("the first half of 2012".into(), v("2012-H1"))]);
        assert_eq!(tag("The pier will open by the end of the year."), [("the end of the year".into(), v("2013"))]);
        // A past verb before the end of a period not yet over: the one before.
        assert_eq!(tag("Sales rose sharply at the end of the year."), [("the end of the year".into(), v("2012"))]);
        assert_eq!(tag("Sales rose sharply at the end of the month."), [("the end of the month".into(), v("2013-02"))]);
        assert_eq!(tag("Prices doubled over the past decade."), [("the past decade".into(), v("P10Y"))]);
        assert_eq!(tag("The shops will close on Easter Monday."), [("Easter Monday".into(), v("2013-04-01"))]);
        assert_eq!(tag("The strike ended on Christmas Eve."), [("Christmas Eve".into(), v("2012-12-24"))]);
        // Found on a report of a ferry strike: "from 6am on Good Friday" was a Friday past.
        assert_eq!(
            tag("Crews will strike from 6am on Good Friday."),
            [("6am".into(), v("2013-03-29T06")), ("Good Friday".into(), v("2013-03-29"))]
        );
        assert_eq!(tag("They met at Thanksgiving 2026."), [("Thanksgiving 2026".into(), v("2026-11-26"))]);
        // Found on a report of talks: "by" as the agent of a passive is no deadline.
        assert_eq!(tag("Talks failed over the plan put forward by Ostmark on Saturday."), [("Saturday".into(), v("2013-03-16"))]);
        assert_eq!(tag("Send your entries by Monday."), [("Monday".into(), v("2013-03-25"))]);
        // Found on an opinion piece: a scheduled event in the present tense is ahead.
        assert_eq!(tag("The council votes on Thursday."), [("Thursday".into(), v("2013-03-28"))]);
        assert_eq!(tag("The council voted on Thursday."), [("Thursday".into(), v("2013-03-21"))]);
        // Found on a test article: noon and midnight were not read.
        assert_eq!(tag("Talks stalled at noon."), [("noon".into(), v("2013-03-22T12"))]);
        // Found on a study report: "2.1 among" held no clock time ("1 am").
        assert_eq!(tag("It fell to 2.1 among swimmers."), []);
        assert_eq!(tag("It closed at 1 am."), [("1 am".into(), v("2013-03-22T01"))]);
        // Found on a travel-tips page: a month after "a" is a kind of month.
        assert_eq!(tag("A warm jacket is worth its weight on a November crossing."), []);
        assert_eq!(tag("It opened in November."), [("November".into(), v("2012-11"))]);
        // Found on an election report: a midnight passed opens its day, not ends it.
        assert_eq!(tag("She spoke shortly after midnight."), [("midnight".into(), v("2013-03-22T00"))]);
        assert_eq!(tag("Polls close at midnight."), [("midnight".into(), v("2013-03-22T24"))]);
        // A clock time alone takes the day named last before it; a part of a named day keeps its day.
        assert_eq!(
            tag("The bridge fell on Wednesday night. Two cars fell at about 7:40 p.m. She spoke on Friday morning."),
            [
                ("Wednesday night".into(), v("2013-03-20TNI")),
                ("7:40 p.m.".into(), v("2013-03-20T19:40")),
                ("Friday morning".into(), v("2013-03-22TMO"))
            ]
        );
        // Found on an investigative report: "a report dated 14 March" lies behind the
        // anchor, though the March ahead is nearer; "may be signed on" does not.
        assert_eq!(tag("The documents include a report dated 14 September."), [("14 September".into(), v("2012-09-14"))]);
        assert_eq!(tag("The deal may be signed on September 14."), [("September 14".into(), v("2013-09-14"))]);
        // Found on a test article: "A second vote" after a sentence ending in a number is
        // the ordinal, not a rate of one a second.
        assert_eq!(
            tag("Work paused from 2010-2014. A second vote confirmed it."),
            [("2010".into(), v("2010")), ("2014".into(), v("2014"))]
        );
        // Found on a weather report: a weekday named again is the same day, though a past
        // verb before it alone would put it in the week before.
        assert_eq!(
            tag("The storm will reach the coast on Thursday evening. The service issued a warning from 6 p.m. on Thursday. It struck last Thursday too."),
            [
                ("Thursday evening".into(), v("2013-03-28TEV")),
                ("6 p.m.".into(), v("2013-03-28T18")),
                ("Thursday".into(), v("2013-03-28")),
                ("last Thursday".into(), v("2013-03-21"))
            ]
        );
        // Found on a live report: a 24-hour time after a preposition or opening a line.
        assert_eq!(
            tag("17:55 Police say the bridge will reopen at 19:00. Arsenal won 2:1 in the 88:30 mark of John 3:16."),
            [("17:55".into(), v("2013-03-22T17:55")), ("19:00".into(), v("2013-03-22T19:00"))]
        );
        // Found on a crime report: told in the past, a clock time takes no day still ahead,
        // and goes back to the last day past however far it was named.
        let filler = " The shop on the square sold fine watches and clocks to three generations of buyers.".repeat(5);
        let t = format!("Thieves raided the shop on Wednesday night.{filler} He said they smashed the window after 11 p.m. Charges will be filed by Monday. Police asked anyone who had driven by at 11 p.m. to come forward.");
        let got = tag(&t);
        let values: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v)| (t.as_str(), v.as_deref())).collect();
        assert_eq!(
            values,
            [
                ("Wednesday night", Some("2013-03-20TNI")),
                ("11 p.m.", Some("2013-03-20T23")),
                ("Monday", Some("2013-03-25")),
                ("11 p.m.", Some("2013-03-20T23"))
            ]
        );
        assert_eq!(
            tag("The strike runs until midnight on Monday."),
            [("midnight".into(), v("2013-03-25T24")), ("Monday".into(), v("2013-03-25"))]
        );
    }

    #[test]
    fn a_part_of_the_day_before_or_after() {
        // The anchor is 2013-03-22.
        assert_eq!(tag("The ferry was damaged last night."), [("last night".into(), v("2013-03-21TNI"))]);
        assert_eq!(tag("Repairs began yesterday morning."), [("yesterday morning".into(), v("2013-03-21TMO"))]);
        assert_eq!(tag("Divers go down tomorrow afternoon."), [("tomorrow afternoon".into(), v("2013-03-23TAF"))]);
    }

    #[test]
    fn the_weekend_and_a_day_of_the_month_by_its_ordinal() {
        // The anchor, 2013-03-22, is a Friday in week 12.
        assert_eq!(tag("Crews worked over the weekend."), [("the weekend".into(), v("2013-W11-WE"))]);
        assert_eq!(tag("Work will take place over the weekend."), [("the weekend".into(), v("2013-W12-WE"))]);
        assert_eq!(tag("The mayor, speaking on the 5th, said so."), [("the 5th".into(), v("2013-03-05"))]);
        assert_eq!(tag("The first phase will end on the 28th."), [("the 28th".into(), v("2013-03-28"))]);
        // The last day of a range.
        assert_eq!(tag("Work will take place on March 25-26."), [("March 25".into(), v("2013-03-25")), ("26".into(), v("2013-03-26"))]);
        // Past the anchor's day without a future cue: the month before.
        assert_eq!(tag("The report was filed on the 25th."), [("the 25th".into(), v("2013-02-25"))]);
        // An ordinal before a noun is no date.
        assert_eq!(tag("She lives on the 5th floor."), []);
    }

    #[test]
    fn a_part_of_a_year_is_part_of_the_expression() {
        assert_eq!(tag("It was repaired again in late 2019."), [("late 2019".into(), v("2019"))]);
        assert_eq!(tag("Work starts in early 2027."), [("early 2027".into(), v("2027"))]);
        // Not a word that only ends so.
        assert_eq!(tag("The chocolate 2019 batch sold out."), [("2019".into(), v("2019"))]);
    }

    #[test]
    fn durations_times_and_sets() {
        assert_eq!(tag("It lasted nearly three decades."), [("nearly three decades".into(), v("P30Y"))]);
        assert_eq!(tag("He left two years ago."), [("two years ago".into(), v("2011"))]);
        assert_eq!(tag("A 22-year-old man was arrested."), []);
        // a show's name is no duration (found on an opinion column: "interview on “60 Minutes”")
        assert_eq!(tag("He gave an interview on “60 Minutes” about the port."), []);
        assert_eq!(tag("He said so on 60 Minutes."), []);
        assert_eq!(tag("The Ferry Burned For Two Hours"), [("Two Hours".into(), v("PT2H"))]);
        assert_eq!(tag("It has run for years."), [("years".into(), v("PXY"))]);
        // "a second" before a noun is the ordinal; before "later" or a full stop, one second.
        assert_eq!(tag("Islanders want a second ferry route."), []);
        assert_eq!(tag("The hall waited for a second life."), []);
        assert_eq!(tag("The light went out for a second."), [("a second".into(), v("PT1S"))]);
        assert_eq!(tag("A second later it exploded."), [("A second".into(), v("PT1S"))]);
        assert_eq!(tag("in recent weeks"), [("recent weeks".into(), v("PXW"))]);
        assert_eq!(tag("the 20th century"), [("the 20th century".into(), v("19"))]);
        assert_eq!(tag("It opened in May and closed last May."), [("May".into(), v("2012-05")), ("last May".into(), v("2012-05"))]);
        assert_eq!(tag("The ban will start at 15:00 GMT Saturday."), [("15:00 GMT Saturday".into(), v("2013-03-23T15:00"))]);
        assert_eq!(tag("The ban started at 15:00 GMT Saturday."), [("15:00 GMT Saturday".into(), v("2013-03-16T15:00"))]);
        assert_eq!(tag("over the past two years"), [("the past two years".into(), v("P2Y"))]);
        assert_eq!(tag("about a month earlier"), [("a month".into(), v("P1M"))]);
        assert_eq!(tag("for several days"), [("several days".into(), v("PXD"))]);
        assert_eq!(tag("a 24-hour strike"), [("24-hour".into(), v("PT24H"))]);
        assert_eq!(tag("at 8 p.m. GMT"), [("8 p.m. GMT".into(), v("2013-03-22T20"))]);
        assert_eq!(tag("The report is published annually."), [("annually".into(), v("P1Y"))]);
        // (a quarter not yet begun, in the past tense, is last year's; ahead, this year's)
        assert_eq!(tag("Profit rose in the fourth quarter."), [("the fourth quarter".into(), v("2012-Q4"))]);
        assert_eq!(tag("Profit will rise in the fourth quarter."), [("the fourth quarter".into(), v("2013-Q4"))]);
        assert_eq!(tag("Profit rose in the first quarter."), [("the first quarter".into(), v("2013-Q1"))]);
        assert_eq!(tag("Sales in the third quarter of 2009 fell."), [("the third quarter of 2009".into(), v("2009-Q3"))]);
        let t = find_timexes("The ferries carry 4,000 passengers a day.", None);
        assert_eq!((t[0].text.as_str(), t[0].kind, t[0].value.as_deref()), ("a day", TimexType::Set, Some("P1D")));
    }

    #[test]
    fn no_anchor_means_unanchored_not_guessed() {
        let t = find_timexes("They met last Tuesday, on 3 May 2010.", None);
        assert_eq!(t[0].text, "last Tuesday");
        assert_eq!((t[0].value.clone(), t[0].relative), (None, true));
        assert_eq!(t[1].value.as_deref(), Some("2010-05-03"));
    }
}
