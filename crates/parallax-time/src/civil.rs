//! Civil-date arithmetic (proleptic Gregorian), day numbers since 1970-01-01.

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Day {
    pub fn new(y: i32, m: u32, d: u32) -> Option<Day> {
        ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then_some(Day { y, m, d })
    }

    /// Days since 1970-01-01.
    pub fn number(self) -> i64 {
        let (y, m, d) = (self.y as i64, self.m as i64, self.d as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_number(n: i64) -> Day {
        let z = n + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        Day { y: (if m <= 2 { y + 1 } else { y }) as i32, m, d }
    }

    pub fn plus(self, days: i64) -> Day {
        Day::from_number(self.number() + days)
    }

    /// ISO weekday, Monday = 1 .. Sunday = 7.
    pub fn weekday(self) -> u32 {
        ((self.number() + 3).rem_euclid(7) + 1) as u32
    }

    /// ISO week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        let thursday = self.plus(4 - self.weekday() as i64);
        let jan1 = Day { y: thursday.y, m: 1, d: 1 };
        ((thursday.y), ((thursday.number() - jan1.number()) / 7 + 1) as u32)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// Parse `YYYY-MM-DD` (anything after the day is ignored).
    pub fn parse(s: &str) -> Option<Day> {
        Day::new(s.get(0..4)?.parse().ok()?, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
    }
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_weekdays_and_weeks() {
        let d = Day::new(2013, 3, 22).unwrap();
        assert_eq!(Day::from_number(d.number()), d);
        assert_eq!(Day::new(1970, 1, 1).unwrap().number(), 0);
        assert_eq!(d.weekday(), 5); // a Friday
        assert_eq!(d.iso_week(), (2013, 12));
        assert_eq!(Day::new(2021, 1, 1).unwrap().iso_week(), (2020, 53));
        assert_eq!(d.plus(-22).iso(), "2013-02-28");
        assert_eq!(Day::new(2013, 2, 29), None);
    }
}
