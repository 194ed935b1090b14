//! Calendar arithmetic for date expressions: periods, and the rules that pick
//! the occurrence of a year-less expression relative to the publication date.

use jiff::Span;
use jiff::civil::{Date, Weekday};

use super::{Words, Yearly};
use crate::extract::types::Precision;

/// Whether the clause looks back (the default) or ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    Past,
    Future,
}

/// A resolved expression: the days it covers and its precision. `whole`
/// marks a whole calendar day, week, month, season, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Period {
    pub first: Date,
    pub last: Date,
    pub prec: Precision,
    pub whole: bool,
}

pub(super) fn add_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().days(n)).ok()
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().months(n)).ok()
}

fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(0, |s| i64::from(s.get_days()))
}

impl Period {
    pub fn day(d: Date) -> Period {
        Period { first: d, last: d, prec: Precision::Day, whole: true }
    }

    pub fn month(y: i16, m: i8) -> Option<Period> {
        let first = Date::new(y, m, 1).ok()?;
        Some(Period { first, last: first.last_of_month(), prec: Precision::Month, whole: true })
    }

    pub fn year(y: i16) -> Option<Period> {
        let first = Date::new(y, 1, 1).ok()?;
        Some(Period { first, last: first.last_of_year(), prec: Precision::Year, whole: true })
    }

    pub fn range(first: Date, last: Date, prec: Precision) -> Period {
        Period { first, last, prec, whole: false }
    }

    /// The Monday-to-Sunday week starting on `monday`.
    pub fn week(monday: Date) -> Option<Period> {
        Some(Period { first: monday, last: add_days(monday, 6)?, prec: Precision::Week, whole: true })
    }

    /// Three months from `first_month` of year `y` (winter runs into the next year).
    pub fn season(y: i16, first_month: i8) -> Option<Period> {
        let first = Date::new(y, first_month, 1).ok()?;
        let last = add_months(first, 2)?.last_of_month();
        Some(Period { first, last, prec: Precision::Season, whole: true })
    }

    pub fn quarter(y: i16, q: i8) -> Option<Period> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let first = Date::new(y, 3 * (q - 1) + 1, 1).ok()?;
        let last = add_months(first, 2)?.last_of_month();
        Some(Period { first, last, prec: Precision::Quarter, whole: true })
    }

    /// `(value, value_end)`: an ISO prefix for a whole day, month or year,
    /// else the first and last day.
    pub fn render(&self) -> (String, Option<String>) {
        match (self.whole, self.prec) {
            (true, Precision::Day) => (self.first.to_string(), None),
            (true, Precision::Month) => (format!("{:04}-{:02}", self.first.year(), self.first.month()), None),
            (true, Precision::Year) => (format!("{:04}", self.first.year()), None),
            _ if self.first == self.last => (self.first.to_string(), None),
            _ => (self.first.to_string(), Some(self.last.to_string())),
        }
    }

    /// Whole months covered, when the period is month-aligned.
    fn months(&self) -> Option<i64> {
        (self.first.day() == 1 && self.last == self.last.last_of_month()).then(|| {
            i64::from(self.last.year() - self.first.year()) * 12 + i64::from(self.last.month() - self.first.month()) + 1
        })
    }

    /// Part `i` of `parts` equal parts: by months when they divide evenly,
    /// a month by 1-10 / 11-20 / 21-end, anything else by days.
    fn slice(&self, i: i64, parts: i64) -> Option<Period> {
        let (first, last) = match self.months() {
            // Decades and other runs of whole years split on years: the
            // mid-1990s are 1994-1996.
            Some(k) if k % 12 == 0 && k / 12 >= parts && (k / 12) % parts != 0 => {
                let n = k / 12;
                let cut = |j: i64| (j * n + parts - 1) / parts;
                let first = add_months(self.first, 12 * cut(i))?;
                (first, add_months(self.first, 12 * cut(i + 1) - 1)?.last_of_month())
            }
            Some(k) if k >= parts && k % parts == 0 => {
                let first = add_months(self.first, i * k / parts)?;
                (first, add_months(first, k / parts - 1)?.last_of_month())
            }
            Some(1) if parts == 3 => {
                let first = add_days(self.first, 10 * i)?;
                let last = if i == 2 { self.last } else { add_days(first, 9)? };
                (first, last)
            }
            _ => {
                let n = days_between(self.first, self.last) + 1;
                let first = add_days(self.first, n * i / parts)?;
                (first, add_days(self.first, n * (i + 1) / parts - 1)?)
            }
        };
        Some(Period::range(first, last, self.prec))
    }

    /// The part of this period a modifier names: "early", "late", "the end of", "earlier", ...
    pub fn part(self, word: &str, published: Option<Date>) -> Option<Period> {
        match word {
            "early" | "beginning" | "start" => self.slice(0, 3),
            "mid" | "middle" => self.slice(1, 3),
            "late" | "end" | "close" => self.slice(2, 3),
            "first half" => self.slice(0, 2),
            "second half" => self.slice(1, 2),
            "earlier" => {
                let pd = published?;
                let before = add_days(pd, -1)?;
                if self.first <= before && before <= self.last {
                    Some(Period::range(self.first, before, self.prec))
                } else {
                    Some(self)
                }
            }
            "later" => {
                let pd = published?;
                let after = add_days(pd, 1)?;
                if self.first <= after && after <= self.last {
                    Some(Period::range(after, self.last, self.prec))
                } else {
                    Some(self)
                }
            }
            _ => Some(self),
        }
    }
}

/// A year-less month and day: the most recent on or before `pd`, or the
/// next on or after it. Feb. 29 looks further for a leap year.
pub(super) fn month_day(pd: Date, m: i8, d: i8, dir: Dir) -> Option<Date> {
    let step: i16 = if dir == Dir::Past { -1 } else { 1 };
    let mut y = pd.year();
    for _ in 0..9 {
        if let Ok(date) = Date::new(y, m, d) {
            let fits = if dir == Dir::Past { date <= pd } else { date >= pd };
            if fits {
                return Some(date);
            }
        }
        y += step;
    }
    None
}

/// A year-less month: this year's when it is not after (before) `pd`'s month.
pub(super) fn month(pd: Date, m: i8, dir: Dir) -> Option<Period> {
    let y = match dir {
        Dir::Past if m > pd.month() => pd.year() - 1,
        Dir::Future if m < pd.month() => pd.year() + 1,
        _ => pd.year(),
    };
    Period::month(y, m)
}

/// A bare weekday: `pd` itself when it falls on that day, else the previous (next) one.
pub(super) fn weekday(pd: Date, wd: Weekday, dir: Dir) -> Option<Date> {
    if pd.weekday() == wd {
        return Some(pd);
    }
    pd.nth_weekday(if dir == Dir::Past { -1 } else { 1 }, wd).ok()
}

/// The Monday of `pd`'s week.
pub(super) fn week_of(pd: Date) -> Option<Date> {
    add_days(pd, -i64::from(pd.weekday().to_monday_zero_offset()))
}

pub(super) fn week_shift(pd: Date, step: i64) -> Option<Period> {
    Period::week(add_days(week_of(pd)?, 7 * step)?)
}

/// Saturday and Sunday of the week `step` weeks from `pd`'s.
pub(super) fn weekend(pd: Date, step: i64) -> Option<Period> {
    let sat = add_days(week_of(pd)?, 7 * step + 5)?;
    Some(Period::range(sat, add_days(sat, 1)?, Precision::Week))
}

/// "over the weekend": the last one that has begun by `pd` (step -1), or the next.
pub(super) fn weekend_around(pd: Date, step: i64) -> Option<Period> {
    let sat = if step < 0 {
        match pd.weekday() {
            Weekday::Saturday => pd,
            Weekday::Sunday => add_days(pd, -1)?,
            _ => pd.nth_weekday(-1, Weekday::Saturday).ok()?,
        }
    } else if pd.weekday() == Weekday::Saturday {
        pd
    } else {
        pd.nth_weekday(1, Weekday::Saturday).ok()?
    };
    Some(Period::range(sat, add_days(sat, 1)?, Precision::Week))
}

pub(super) fn month_shift(pd: Date, step: i64) -> Option<Period> {
    let d = add_months(pd.first_of_month(), step)?;
    Period::month(d.year(), d.month())
}

pub(super) fn quarter_shift(pd: Date, step: i64) -> Option<Period> {
    let q0 = i64::from(pd.year()) * 4 + i64::from((pd.month() - 1) / 3) + step;
    Period::quarter(i16::try_from(q0.div_euclid(4)).ok()?, (q0.rem_euclid(4) + 1) as i8)
}

/// A year-less quarter: the latest that has begun by `pd`, or the next not yet over.
pub(super) fn quarter(pd: Date, q: i8, dir: Dir) -> Option<Period> {
    let this = Period::quarter(pd.year(), q)?;
    match dir {
        Dir::Past if this.first > pd => Period::quarter(pd.year() - 1, q),
        Dir::Future if this.last < pd => Period::quarter(pd.year() + 1, q),
        _ => Some(this),
    }
}

/// A season without a year, with an optional "last" / "this" / "next".
pub(super) fn season(pd: Date, first_month: i8, rel: Option<&str>, dir: Dir) -> Option<Period> {
    let all: Vec<Period> = (-2..=1).filter_map(|k| Period::season(pd.year() + k, first_month)).collect();
    match rel {
        Some("last") | Some("past") => all.iter().rev().find(|p| p.last < pd).copied(),
        Some("next") | Some("coming") => all.iter().find(|p| p.first > pd).copied(),
        Some("this") => {
            all.iter().find(|p| p.first <= pd && pd <= p.last).or_else(|| all.iter().find(|p| p.first.year() == pd.year())).copied()
        }
        _ if dir == Dir::Future => all.iter().find(|p| p.last >= pd).copied(),
        _ => all.iter().rev().find(|p| p.first <= pd).copied(),
    }
}

/// "two weeks ago": the day, week, month or year `n` units before `pd`.
pub(super) fn ago(pd: Date, n: i64, prec: Precision) -> Option<Period> {
    match prec {
        Precision::Day => Some(Period::day(add_days(pd, -n)?)),
        Precision::Week => Period::week(week_of(add_days(pd, -7 * n)?)?),
        Precision::Month => month_shift(pd, -n),
        _ => Period::year(pd.year() - i16::try_from(n).ok()?),
    }
}

/// A named date or holiday, in `year` or relative to the publication date.
pub(super) fn holiday(
    w: &Words,
    name: &str,
    year: Option<i16>,
    rel: Option<&str>,
    dir: Dir,
    pd: Option<Date>,
) -> Option<Period> {
    let occurrences: Vec<(Date, Date)> = if let Some(list) = w.holidays.get(name) {
        if list.len() == 1 {
            // A single day in history ("9/11") needs no publication date.
            let (a, b) = list[0];
            return Some(as_period(a, b));
        }
        list.clone()
    } else if let Some(rule) = w.yearly.get(name) {
        let around = year.or(pd.map(|d| d.year()))?;
        (around - 1..=around + 1)
            .filter_map(|y| {
                let d = match *rule {
                    Yearly::Fixed(m, d) => Date::new(y, m, d).ok()?,
                    Yearly::Nth(m, n, wd) => {
                        Date::new(y, m, 1).ok()?.nth_weekday_of_month(n, Weekday::from_monday_one_offset(wd).ok()?).ok()?
                    }
                };
                Some((d, d))
            })
            .collect()
    } else {
        return None;
    };
    let pick = if let Some(y) = year {
        occurrences.iter().find(|(a, _)| a.year() == y)
    } else {
        let pd = pd?;
        match rel {
            Some("last") => occurrences.iter().rev().find(|(a, _)| *a < pd),
            Some("next") => occurrences.iter().find(|(a, _)| *a > pd),
            Some(_) => occurrences.iter().find(|(a, _)| a.year() == pd.year()),
            None if dir == Dir::Future => occurrences.iter().find(|(_, b)| *b >= pd),
            None => occurrences.iter().rev().find(|(a, _)| *a <= pd),
        }
    };
    pick.map(|&(a, b)| as_period(a, b))
}

fn as_period(a: Date, b: Date) -> Period {
    if a == b {
        Period::day(a)
    } else {
        let prec = if days_between(a, b) > 7 { Precision::Month } else { Precision::Week };
        Period::range(a, b, prec)
    }
}
