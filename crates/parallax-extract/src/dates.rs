//! Date parsing with explicit granularity. A partial date ("March 2024")
//! stays partial: no day is ever invented.

use std::sync::LazyLock;

use parallax_model::{DateInfo, DateSource, Granularity};
use regex::Regex;

/// Month names (English, German, French, Spanish, Italian, Portuguese, Dutch), lowercased, without dots.
fn month_number(name: &str) -> Option<u32> {
    let n = name.trim_end_matches('.').to_lowercase();
    let m = match n.as_str() {
        "january" | "jan" | "januar" | "jänner" | "janvier" | "janv" | "enero" | "ene" | "gennaio" | "janeiro" | "januari" => 1,
        "february" | "feb" | "februar" | "feber" | "février" | "fevrier" | "févr" | "febrero" | "febbraio" | "fevereiro" | "februari" => {
            2
        }
        "march" | "mar" | "märz" | "maerz" | "mars" | "marzo" | "março" | "maart" => 3,
        "april" | "apr" | "avril" | "abril" | "aprile" => 4,
        "may" | "mai" | "mayo" | "maggio" | "maio" | "mei" => 5,
        "june" | "jun" | "juni" | "juin" | "junio" | "giugno" | "junho" => 6,
        "july" | "jul" | "juli" | "juillet" | "julio" | "luglio" | "julho" => 7,
        "august" | "aug" | "août" | "aout" | "agosto" | "augustus" => 8,
        "september" | "sep" | "sept" | "septembre" | "septiembre" | "settembre" | "setembro" => 9,
        "october" | "oct" | "oktober" | "okt" | "octobre" | "octubre" | "ottobre" | "outubro" => 10,
        "november" | "nov" | "novembre" | "noviembre" | "novembro" => 11,
        "december" | "dec" | "dezember" | "dez" | "décembre" | "decembre" | "déc" | "diciembre" | "dicembre" | "dezembro" => 12,
        _ => return None,
    };
    Some(m)
}

const MONTHS: &str = r"(?:janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|mei|juni|juli|augustus|oktober|jan(?:uary|uar|vier|v\.?)?|jänner|feb(?:ruary|ruar|\.)?|février|fevrier|févr\.?|mar(?:ch|s)?|märz|maerz|apr(?:il)?|avril|may|mai|jun[ie]?|juin|jul[iy]?|juillet|aug(?:ust)?|août|aout|sep(?:t(?:ember|embre)?)?|oct(?:ober|obre)?|okt(?:ober)?|nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)";

use parallax_time::civil::days_in_month;

fn plausible_year(y: i32) -> bool {
    (1900..=2100).contains(&y)
}

/// A parsed calendar date with granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub hour_min: Option<(u32, u32)>,
}

impl Ymd {
    fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Option<Ymd> {
        if !plausible_year(year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        } else if day.is_some() {
            return None;
        }
        Some(Ymd { year, month, day, hour_min: None })
    }

    pub fn granularity(&self) -> Granularity {
        match (self.month, self.day, self.hour_min) {
            (Some(_), Some(_), Some(_)) => Granularity::Minute,
            (Some(_), Some(_), None) => Granularity::Day,
            (Some(_), None, _) => Granularity::Month,
            _ => Granularity::Year,
        }
    }

    pub fn value(&self) -> String {
        match (self.month, self.day, self.hour_min) {
            (Some(m), Some(d), Some((h, mi))) => format!("{:04}-{m:02}-{d:02}T{h:02}:{mi:02}", self.year),
            (Some(m), Some(d), None) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None, _) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    pub fn info(&self, source: DateSource, evidence: impl Into<String>, raw: impl Into<String>) -> DateInfo {
        DateInfo { value: self.value(), granularity: self.granularity(), source, evidence: evidence.into(), raw: raw.into() }
    }
}

static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?)?)?").unwrap());
static COMPACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?(?-u:\b)").unwrap());
static SLASHED_YMD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?-u:\b)").unwrap());
static DMY_NUM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?-u:\b)").unwrap());
static ISO_IN_TEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?-u:\b)").unwrap());
static MDY_SLASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})/(\d{1,2})/(\d{4})(?-u:\b)").unwrap());
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?({MONTHS})\.?,?\s+(?:de\s+)?(\d{{4}})(?-u:\b)"))
        .unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b)({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?-u:\b)")).unwrap());
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"(?i)(?-u:\b)({MONTHS})\.?,?\s+(\d{{4}})(?-u:\b)")).unwrap());
static TIME: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2}):(\d{2})(?-u:\b)").unwrap());

/// Parse a machine-readable date (ISO 8601, RFC 2822, compact `YYYYMMDD`)
/// or a written one. Returns `None` rather than guess.
pub fn parse_date(raw: &str) -> Option<Ymd> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(c) = ISO.captures(s) {
        // Reject things like "2024-03-12" followed by more digits ("2024-031") but accept times/zones.
        let y: i32 = c[1].parse().ok()?;
        let m = c.get(2).and_then(|m| m.as_str().parse().ok());
        let d = c.get(3).and_then(|d| d.as_str().parse().ok());
        let whole = c.get(0).unwrap().as_str();
        let next = s[whole.len()..].chars().next();
        let bare_year_with_more = m.is_none() && !s[whole.len()..].trim().is_empty();
        if !bare_year_with_more && !next.is_some_and(|ch| ch.is_ascii_digit()) {
            if let Some(mut ymd) = Ymd::new(y, m, d) {
                if let (Some(h), Some(mi)) = (c.get(4), c.get(5)) {
                    let (h, mi): (u32, u32) = (h.as_str().parse().ok()?, mi.as_str().parse().ok()?);
                    // Midnight on the dot is usually a date-only value serialised with a time.
                    if h < 24 && mi < 60 && (h, mi) != (0, 0) {
                        ymd.hour_min = Some((h, mi));
                    }
                }
                return Some(ymd);
            }
        }
    }
    if let Some(c) = COMPACT.captures(s) {
        if let Some(ymd) = Ymd::new(c[1].parse().ok()?, c[2].parse().ok(), c[3].parse().ok()) {
            return Some(ymd);
        }
    }
    if let Some(c) = SLASHED_YMD.captures(s) {
        if let Some(ymd) = Ymd::new(c[1].parse().ok()?, c[2].parse().ok(), c[3].parse().ok()) {
            return Some(ymd);
        }
    }
    parse_written(s)
}

/// Dates written in prose: "12 March 2024", "March 12, 2024", "12. März 2024",
/// "12.03.2024", "03/12/2024" (read as month/day when unambiguous only), "March 2024".
pub fn parse_written(s: &str) -> Option<Ymd> {
    find_written(s).map(|(ymd, _, _)| ymd)
}

/// The first written date in `s`, with its byte range.
pub fn find_written(s: &str) -> Option<(Ymd, usize, usize)> {
    let mut best: Option<(Ymd, usize, usize)> = None;
    fn consider(best: &mut Option<(Ymd, usize, usize)>, ymd: Option<Ymd>, start: usize, end: usize) {
        if let Some(ymd) = ymd {
            let better = match best {
                None => true,
                Some((b, bs, _)) => start < *bs || (start == *bs && ymd.granularity() > b.granularity()),
            };
            if better {
                *best = Some((ymd, start, end));
            }
        }
    }
    for c in DAY_MONTH_YEAR.captures_iter(s) {
        let m = c.get(0).unwrap();
        consider(&mut best, Ymd::new(c[3].parse().ok()?, month_number(&c[2]), c[1].parse().ok()), m.start(), m.end());
    }
    for c in MONTH_DAY_YEAR.captures_iter(s) {
        let m = c.get(0).unwrap();
        consider(&mut best, Ymd::new(c[3].parse().ok()?, month_number(&c[1]), c[2].parse().ok()), m.start(), m.end());
    }
    for c in DMY_NUM.captures_iter(s) {
        let m = c.get(0).unwrap();
        consider(&mut best, Ymd::new(c[3].parse().ok()?, c[2].parse().ok(), c[1].parse().ok()), m.start(), m.end());
    }
    for c in ISO_IN_TEXT.captures_iter(s) {
        let m = c.get(0).unwrap();
        consider(&mut best, Ymd::new(c[1].parse().ok()?, c[2].parse().ok(), c[3].parse().ok()), m.start(), m.end());
    }
    for c in MDY_SLASH.captures_iter(s) {
        let m = c.get(0).unwrap();
        let (a, b): (u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?);
        // Ambiguous "03/04/2024" is skipped; "13/04/2024" is day-first, "04/13/2024" month-first.
        let ymd = if a > 12 && b <= 12 {
            Ymd::new(c[3].parse().ok()?, Some(b), Some(a))
        } else if b > 12 && a <= 12 {
            Ymd::new(c[3].parse().ok()?, Some(a), Some(b))
        } else {
            None
        };
        consider(&mut best, ymd, m.start(), m.end());
    }
    if best.is_none() {
        for c in MONTH_YEAR.captures_iter(s) {
            let m = c.get(0).unwrap();
            // "May 2024" only when the month word is not the modal verb in lower case.
            if &c[1] == "may" {
                continue;
            }
            consider(&mut best, Ymd::new(c[2].parse().ok()?, month_number(&c[1]), None), m.start(), m.end());
        }
    }
    if let Some((ymd, start, end)) = &mut best {
        // A time right after the date ("12 March 2024, 09:30").
        let after = &s[*end..];
        if let Some(t) = TIME.captures(after) {
            let m = t.get(0).unwrap();
            // On the same line: a live blog's first entry time ("14 May 2026\n\n09:10 — …")
            // is not the date's.
            if m.start() <= 4 && ymd.day.is_some() && !after[..m.start()].contains('\n') {
                let (h, mi): (u32, u32) = (t[1].parse().ok()?, t[2].parse().ok()?);
                if h < 24 && mi < 60 {
                    ymd.hour_min = Some((h, mi));
                }
            }
        }
        let _ = start;
    }
    best
}

static URL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])(?:[/_-]?(0[1-9]|[12]\d|3[01]))?(?:/|[_-]|$)").unwrap());
static URL_DATE_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?:[/_.-]|$)").unwrap());

/// A date in a URL path: `/2024/03/12/`, `/2024-03-12-slug`, `/20240312/`, `/2024/03/` (month only).
pub fn date_from_url(url: &str) -> Option<Ymd> {
    let path = url.split_once("://").map(|(_, r)| r.find('/').map(|i| &r[i..]).unwrap_or("")).unwrap_or(url);
    if let Some(c) = URL_DATE.captures(path) {
        let y = c[1].parse().ok()?;
        let m = c[2].parse().ok();
        let d = c.get(3).and_then(|d| d.as_str().parse().ok());
        if let Some(ymd) = Ymd::new(y, m, d) {
            return Some(ymd);
        }
    }
    if let Some(c) = URL_DATE_COMPACT.captures(path) {
        return Ymd::new(c[1].parse().ok()?, c[2].parse().ok(), c[3].parse().ok());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.value())
    }

    #[test]
    fn machine_formats() {
        assert_eq!(v("2024-03-12T09:30:00+01:00").as_deref(), Some("2024-03-12T09:30"));
        assert_eq!(v("2024-03-12T00:00:00Z").as_deref(), Some("2024-03-12"));
        assert_eq!(v("2024-03-12").as_deref(), Some("2024-03-12"));
        assert_eq!(v("2024-03").as_deref(), Some("2024-03"));
        assert_eq!(v("2024").as_deref(), Some("2024"));
        assert_eq!(v("20240312").as_deref(), Some("2024-03-12"));
        assert_eq!(v("2024/03/12").as_deref(), Some("2024-03-12"));
        assert_eq!(v("Tue, 12 Mar 2024 09:30:00 GMT").as_deref(), Some("2024-03-12T09:30"));
    }

    #[test]
    fn written_formats() {
        assert_eq!(v("March 12, 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(v("12 March 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(v("Published 12th Sept. 2024").as_deref(), Some("2024-09-12"));
        assert_eq!(v("12. März 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(v("le 3 février 2023").as_deref(), Some("2023-02-03"));
        assert_eq!(v("12 de marzo de 2024").as_deref(), Some("2024-03-12"));
        assert_eq!(v("22 de janeiro de 2018").as_deref(), Some("2018-01-22"));
        assert_eq!(v("3 maart 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(v("Stand: 12.03.2024, 14:05 Uhr").as_deref(), Some("2024-03-12T14:05"));
        assert_eq!(v("13/04/2024").as_deref(), Some("2024-04-13"));
        // A time on the next line is not the date's (a live blog's first entry).
        assert_eq!(
            parse_written("Coastline Wire, 14 May 2026\n\n09:10 — Dock workers walked out").map(|d| d.value()).as_deref(),
            Some("2026-05-14")
        );
        assert_eq!(parse_written("Posted on 2024-03-12 by admin").map(|d| d.value()).as_deref(), Some("2024-03-12"));
    }

    #[test]
    fn partial_dates_stay_partial() {
        let d = parse_date("October 2019").unwrap();
        assert_eq!((d.value().as_str(), d.granularity()), ("2019-10", Granularity::Month));
        assert_eq!(v("03/04/2024"), None, "ambiguous day/month is not guessed");
        assert_eq!(v("2024-02-30"), None, "impossible day");
        assert_eq!(v("you may 2024"), None);
        assert_eq!(v("no date here"), None);
    }

    #[test]
    fn url_dates() {
        let u = |s| date_from_url(s).map(|d| d.value());
        assert_eq!(u("https://news.test/2024/03/12/harbour-fire").as_deref(), Some("2024-03-12"));
        assert_eq!(u("https://news.test/world/2024-03-12-harbour").as_deref(), Some("2024-03-12"));
        assert_eq!(u("https://news.test/2024/03/harbour").as_deref(), Some("2024-03"));
        assert_eq!(u("https://news.test/a/20240312/harbour").as_deref(), Some("2024-03-12"));
        assert_eq!(u("https://news.test/2024/harbour-1234567"), None);
        assert_eq!(u("https://2024.news.test/item"), None);
    }
}
