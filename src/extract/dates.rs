//! Temporal expressions, normalised against the publication date.
//!
//! Every expression becomes a [`DateExpr`] whose `value` is an ISO prefix at
//! its precision ("2020", "2020-05", "2020-06-01"); a period that is not a
//! whole calendar day, month or year ("this week", "late last month",
//! "spring 2019", "the first quarter") has `value` = its first day and
//! `value_end` = its last day, with the precision of the unit it is part of.
//!
//! Choices worth knowing:
//! - Relative and year-less expressions ("Monday", "March 15", "in
//!   September", "last month") resolve to the most recent occurrence on or
//!   before publication, or the next one on or after it when the clause
//!   speaks of the future ("will", "plans to", "next").
//! - "early X" / "mid X" / "late X" are the first, middle and last third of X;
//!   "the beginning/middle/end of X" likewise; "the end of February" is thus
//!   the period February 21-29, which still starts with "2020-02".
//! - Without a publication date a relative expression keeps its text and
//!   precision with a NULL value; nothing is guessed.
//! - Durations ("19 years"), ages and clock times are not dates.

use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use regex::Regex;

use super::caseless::{self, Caseless};

use super::lexicon;
use super::numbers::WordMap as HashMap;
use super::types::{DateExpr, Precision, Sentence};

mod resolve;

use resolve::{Dir, Period};

/// Finds every temporal expression; relative ones resolve against `published`.
pub fn extract(body: &str, sentences: &[Sentence], published: Option<Date>) -> Vec<DateExpr> {
    // One pass of each pattern over the whole body (per-sentence searches
    // cost more in call overhead than in matching); a match must lie inside
    // one sentence.
    let starts: Vec<usize> = sentences.iter().map(|s| s.start).collect();
    let mut out = Vec::new();
    for c in scan(body, &starts, published) {
        let si = starts.partition_point(|&st| st <= c.start).saturating_sub(1);
        let Some(s) = sentences.get(si) else { continue };
        if c.start < s.start || c.end > s.end {
            continue;
        }
        let (value, value_end, precision) = match c.period {
            Some(p) => {
                let (v, e) = p.render();
                (Some(v), e, Some(p.prec))
            }
            None => (None, None, c.prec),
        };
        out.push(DateExpr { sentence: si, start: c.start, end: c.end, value, value_end, precision });
    }
    out
}

/// The text from the start of the sentence holding byte `i` up to `i`.
fn sentence_head<'a>(text: &'a str, starts: &[usize], i: usize) -> &'a str {
    let from = starts.partition_point(|&st| st <= i).checked_sub(1).map_or(0, |k| starts[k]);
    text.get(from.min(i)..i).unwrap_or("")
}

/// One expression found in the body.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    /// None when it cannot be resolved (relative, no publication date).
    period: Option<Period>,
    prec: Option<Precision>,
    /// A bare unit ("the year") that is a date only after "the end of".
    needs_modifier: bool,
    /// A weekday, which may merge with a following explicit date.
    weekday: bool,
}

impl Cand {
    fn new(start: usize, end: usize, period: Option<Period>, prec: Precision) -> Cand {
        Cand { start, end, period, prec: Some(prec), needs_modifier: false, weekday: false }
    }
}

struct Words {
    months: HashMap<String, i8>,
    weekdays: HashMap<String, i8>,
    seasons: HashMap<String, i8>,
    numbers: HashMap<String, i64>,
    quarters: HashMap<String, i8>,
    holidays: HashMap<&'static str, Vec<(Date, Date)>>,
    /// Holidays with a yearly rule: name -> rule.
    yearly: HashMap<&'static str, Yearly>,
}

#[derive(Clone, Copy)]
enum Yearly {
    Fixed(i8, i8),
    Nth(i8, i8, i8),
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            months: HashMap::default(),
            weekdays: HashMap::default(),
            seasons: HashMap::default(),
            numbers: HashMap::default(),
            quarters: HashMap::default(),
            holidays: HashMap::default(),
            yearly: HashMap::default(),
        };
        for row in lexicon::rows(include_str!("data/date_words.tsv")) {
            let [kind, word, value] = row[..] else { continue };
            let Ok(n) = value.parse::<i64>() else { continue };
            let key = word.to_lowercase();
            match kind {
                "month" | "month_abbr" => {
                    w.months.insert(key.trim_end_matches('.').to_string(), n as i8);
                }
                "weekday" => {
                    w.weekdays.insert(key, n as i8);
                }
                "season" => {
                    w.seasons.insert(key, n as i8);
                }
                "number" => {
                    w.numbers.insert(key, n);
                }
                "quarter" => {
                    w.quarters.insert(key, n as i8);
                }
                _ => {}
            }
        }
        for row in lexicon::rows(include_str!("data/holidays.tsv")) {
            let [name, rule, value] = row[..] else { continue };
            match rule {
                "once" | "dated" | "period" => {
                    let days = value
                        .split(',')
                        .filter_map(|v| {
                            let (a, b) = v.split_once("..").unwrap_or((v, v));
                            Some((a.trim().parse::<Date>().ok()?, b.trim().parse::<Date>().ok()?))
                        })
                        .collect();
                    w.holidays.insert(name, days);
                }
                "fixed" => {
                    if let Some((m, d)) = value.split_once('-')
                        && let (Ok(m), Ok(d)) = (m.parse(), d.parse())
                    {
                        w.yearly.insert(name, Yearly::Fixed(m, d));
                    }
                }
                "nth" => {
                    let p: Vec<i8> = value.split(':').filter_map(|x| x.parse().ok()).collect();
                    if let [m, n, wd] = p[..] {
                        w.yearly.insert(name, Yearly::Nth(m, n, wd));
                    }
                }
                _ => {}
            }
        }
        w
    })
}

/// The lexicon words of one kind as a regex alternation, longest first.
fn alternation(kind: &str, dotted_only: bool) -> String {
    let mut v: Vec<&str> = lexicon::rows(include_str!("data/date_words.tsv"))
        .filter(|r| r.len() == 3 && (r[0] == kind))
        .map(|r| r[1])
        .filter(|w| !dotted_only || w.ends_with('.'))
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.iter()
        .map(|w| if w.ends_with('.') { regex::escape(w) } else { format!(r"{}\b", regex::escape(w)) })
        .collect::<Vec<_>>()
        .join("|")
}

struct Patterns {
    mdy: Regex,
    dmy: Regex,
    my: Regex,
    month: Regex,
    iso: Regex,
    numeric: Regex,
    decade: Regex,
    year_pair: Regex,
    year: Regex,
    weekday: Regex,
    rel_day: Caseless,
    rel_unit: Caseless,
    the_unit: Caseless,
    weekend: Caseless,
    ago: Caseless,
    season: Caseless,
    quarter: Caseless,
    q_short: Regex,
    holiday: Regex,
    modifier: Regex,
    day_modifier: Regex,
    future: Regex,
    range_link: Regex,
    /// Any weekday name, any holiday name (as the patterns above write them):
    /// a body without one cannot match `weekday` or `holiday`, so their
    /// slower searches are skipped.
    weekday_gate: Regex,
    holiday_gate: Regex,
}

const YEAR: &str = r"(1[89]\d\d|20\d\d)";

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let full = alternation("month", false);
        let abbr = alternation("month_abbr", false);
        let dotted = alternation("month_abbr", true);
        let any = format!("{full}|{abbr}");
        let weekdays = alternation("weekday", false).replace(r"\b", "");
        let numbers = alternation("number", false).to_lowercase();
        let quarters = alternation("quarter", false).to_lowercase();
        let mut names: Vec<&str> = lexicon::rows(include_str!("data/holidays.tsv"))
            .filter(|r| r.len() == 3)
            .map(|r| r[0])
            .collect();
        names.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let names = names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|");
        // ASCII word boundaries keep the fast DFA engines usable on any text.
        let re = |s: &str| {
            let s = s.replace(r"\b", r"(?-u:\b)");
            Regex::new(&s).unwrap_or_else(|e| panic!("date pattern {s}: {e}"))
        };
        // Case-insensitive patterns, written in lower case.
        let ci = |s: &str| Caseless::new(&s.replace(r"\b", r"(?-u:\b)"));
        Patterns {
            mdy: re(&format!(
                r"\b({any})\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*(?:-|–|to|through|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+{YEAR}\b)?"
            )),
            dmy: re(&format!(r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({any})(?:,?\s+{YEAR}\b)?")),
            my: re(&format!(r"\b({full}|{dotted})\s*,?\s+(?:of\s+)?{YEAR}\b")),
            month: re(&format!(r"\b({full})")),
            iso: re(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
            numeric: re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
            decade: re(r"(?:\b[Tt]he\s+)?\b(1[89]\d|20\d)0s\b"),
            year_pair: re(&format!(r"\b{YEAR}\s*(?:-|–|/)\s*(\d\d)\b")),
            year: re(&format!(r"\b{YEAR}\b")),
            weekday: re(&format!(r"(?:\b(?i:(this\s+past|last|next|this|coming))\s+)?\b({weekdays})(s)?\b")),
            rel_day: ci(r"\b(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
            rel_unit: ci(r"\b(this\s+past|last|this|next|coming)\s+(week|weekend|month|quarter|year)\b"),
            the_unit: ci(r"\bthe\s+(week|month|year)\b"),
            weekend: ci(r"\b(?:over|during|on|at)\s+(the\s+weekend)\b"),
            ago: ci(&format!(
                r"(?:^|[^\d,.])\b({numbers}|\d{{1,3}}(?:,\d{{3}})+|\d+|a\s+few|a\s+couple\s+of|several|few)\s+(day|week|month|year)s?\s+ago\b"
            )),
            season: ci(&format!(
                r"(?:\b(this\s+past|last|this|next|coming)\s+)?\b(spring|summer|autumn|fall|winter)\b(?:\s*,?\s+(?:of\s+)?{YEAR}\b)?"
            )),
            quarter: ci(&format!(
                r"(?:\bthe\s+)?\b({quarters})\s+quarter\b(?:\s+of\s+(?:{YEAR}\b|(this|last|next)\s+year\b|the\s+year\b))?"
            )),
            q_short: re(&format!(r"\bQ([1-4])(?:\s+{YEAR}\b)?\b")),
            holiday: re(&format!(r"(?:\b(?i:(last|next|this))\s+)?(?:\b|^)({names})(?:\s+{YEAR}\b)?")),
            modifier: re(
                r"(?i)(?:\b(early|late|mid|earlier|later)\s*-?\s*|\b(?:the\s+)?(end|beginning|start|middle|close|first\s+half|second\s+half)\s+of\s+)$",
            ),
            day_modifier: re(r"(?i)\b(?:(?:later|earlier)(?:\s+on)?|early|late)\s+$"),
            future: re(
                r"(?i)\b(will|won't|shall|going\s+to|set\s+to|scheduled|plans?\s+to|planning\s+to|(?:is|are)\s+due|slated|next|coming|expected\s+to|expects?\s+to|intends?\s+to|upcoming)\b|'ll\b|’ll\b",
            ),
            range_link: re(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$"),
            weekday_gate: re(&weekdays),
            holiday_gate: re(&names),
        }
    })
}

/// Does the clause around the expression at `start` speak of the future?
/// Looks back to the sentence start (at most 60 bytes, cut at ";" or a
/// dash) and a few words ahead ("By Monday, the storm will ...").
fn direction(text: &str, start: usize) -> Dir {
    let from = floor_boundary(text, start.saturating_sub(60));
    let window = &text[from..start];
    let window = window.rfind(['\n']).map_or(window, |i| &window[i..]);
    let window = window.rfind(". ").map_or(window, |i| if window[..i].ends_with(|c: char| c.is_lowercase()) && !window[..i].ends_with("a.m") && !window[..i].ends_with("p.m") { &window[i..] } else { window });
    let clause = window.rfind([';', '—']).map_or(window, |i| &window[i..]);
    let p = patterns();
    if p.future.is_match(clause) {
        return Dir::Future;
    }
    let ahead = &text[start..floor_boundary(text, start + 40)];
    let ahead = ahead.find(['.', ';']).map_or(ahead, |i| &ahead[..i]);
    if will_ahead(ahead) { Dir::Future } else { Dir::Past }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The word right before byte `i` (letters, digits, apostrophes, dots, hyphens).
fn prev_word(text: &str, i: usize) -> &str {
    let i = floor_boundary(text, i);
    let from = floor_boundary(text, i.saturating_sub(40));
    let win = &text[from..i];
    let word_char = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '-');
    // The run of word characters around the last letter or digit,
    // trailing dots and hyphens included ("early-").
    let Some((last, _)) = win.char_indices().rev().find(|&(_, c)| c.is_alphanumeric()) else { return "" };
    let end = win[last..].char_indices().find(|&(_, c)| !word_char(c)).map_or(win.len(), |(j, _)| last + j);
    let start = win[..last].char_indices().rev().take_while(|&(_, c)| word_char(c)).last().map_or(last, |(j, _)| j);
    &win[start..end]
}

/// Does "will" or "'ll" follow a space within a few words ("By Monday, the
/// storm will ...")? A hand scan: the equivalent regex with a bounded
/// repetition of Unicode word characters costs most of the start-up time.
fn will_ahead(ahead: &str) -> bool {
    let lower = ahead.to_lowercase();
    let word_char = |c: char| c.is_alphanumeric() || c == '_';
    for (k, _) in lower.char_indices() {
        let rest = &lower[k..];
        let len = ["will", "'ll", "’ll"].iter().find(|w| rest.starts_with(**w)).map(|w| w.len());
        let Some(len) = len else { continue };
        if rest[len..].starts_with(word_char) {
            continue;
        }
        let before = &lower[..k];
        if rest.starts_with('w') && before.ends_with(word_char) {
            continue;
        }
        // Up to 25 word or space characters back to a space.
        let run: Vec<char> = before.chars().rev().take_while(|&c| word_char(c) || c.is_whitespace()).take(27).collect();
        if run.iter().take(26).any(|c| c.is_whitespace()) {
            return true;
        }
    }
    false
}

/// The word right after byte `i`.
fn next_word(text: &str, i: usize) -> &str {
    let rest = text[i..].trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).unwrap_or(rest.len());
    &rest[..end]
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words after which a bare month, season or weekday is a date.
const LEAD_INS: &[&str] = &[
    "in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before", "after", "last", "next",
    "this", "early", "late", "mid", "mid-", "between", "and", "or", "on", "for", "its", "their", "his", "her", "the",
    "a", "an", "that", "each", "every", "around", "end", "beginning", "start", "middle", "as", "past", "late-",
    "early-", "throughout", "over", "starting", "ending", "that", "our", "whose", "which", "when", "since",
];

fn is_lead_in(w: &str) -> bool {
    let w = w.to_lowercase();
    LEAD_INS.contains(&w.as_str())
}

/// Words before a four-digit number that make it a count, not a year.
const COUNT_LEAD: &[&str] = &[
    "about", "some", "nearly", "approximately", "roughly", "around", "than", "least", "most", "almost", "only",
    "just", "resolution", "no", "no.", "number", "flight", "route", "article", "section", "chapter", "room",
    "highway", "windows", "form", "paragraph", "rule", "model", "level", "code", "bus", "platform", "gate", "page",
    "pages", "tables", "table",
];

/// Words after a four-digit number that make it a count or a clock time.
const COUNT_TAIL: &[&str] = &[
    "people", "troops", "soldiers", "men", "women", "children", "jobs", "workers", "dollars", "pounds", "euros",
    "members", "cases", "deaths", "votes", "km", "miles", "metres", "meters", "feet", "tonnes", "tons", "units",
    "shares", "gmt", "bst", "est", "et", "utc", "hrs", "hours", "local", "pm", "am", "staff", "employees",
    "students", "residents", "refugees", "prisoners", "fighters", "civilians", "points", "acres", "kilometres",
    "kilometers", "calories",
];

/// Scans one sentence.
fn scan(text: &str, starts: &[usize], published: Option<Date>) -> Vec<Cand> {
    let p = patterns();
    let w = words();
    let mut c: Vec<Cand> = Vec::new();
    let pubd = published;
    // Most patterns need a keyword the body may not hold: one cheap look
    // for it skips a pattern's search of the whole body.
    let g = Gates::new(text, p);
    let gated = |re: &'static Regex, open: bool| open.then(|| re.captures_iter(text)).into_iter().flatten();
    // Matches of these are read from `text` by range: the haystack may be the lowered copy.
    let gated_ci = |re: &'static Caseless, open: bool| open.then(|| re.captures_iter(text, g.lower.as_deref())).into_iter().flatten();

    // Full dates and month-day dates.
    for m in p.mdy.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(month) = m.get(1).and_then(|x| w.months.get(&x.as_str().to_lowercase().replace('.', ""))).copied()
        else {
            continue;
        };
        let Some(day) = m.get(2).and_then(|x| x.as_str().parse::<i8>().ok()) else { continue };
        let day2 = m.get(3).and_then(|x| x.as_str().parse::<i8>().ok());
        let year = m.get(4).and_then(|x| x.as_str().parse::<i16>().ok());
        if !(1..=31).contains(&day) {
            continue;
        }
        // "March 5 and 6" only as a range; "May 5 and" something else is not.
        let mut end = all.end;
        let mut day2 = day2;
        if let Some(d2) = day2
            && (d2 <= day || d2 > 31)
        {
            day2 = None;
            end = m.get(2).map_or(end, |x| x.end());
        }
        if day2.is_none() && year.is_none() {
            end = end.min(m.get(2).map_or(end, |x| x.end()));
            // Include an ordinal suffix.
            let rest = &text[end..];
            for suf in ["st", "nd", "rd", "th"] {
                if rest.starts_with(suf) && !rest[2..].starts_with(char::is_alphanumeric) {
                    end += 2;
                }
            }
        }
        // "the September 11 attacks" is the day in 2001.
        let named_911 = month == 9 && day == 11 && year.is_none() && {
            let nw = next_word(text, end).to_lowercase();
            matches!(nw.as_str(), "attacks" | "attack" | "terror" | "terrorist" | "hijackers" | "commission")
        };
        let period = if named_911 {
            Date::new(2001, 9, 11).ok().map(Period::day)
        } else {
            match year {
                Some(y) => Date::new(y, month, day).ok().map(|d| match day2.and_then(|d2| Date::new(y, month, d2).ok()) {
                    Some(d2) => Period::range(d, d2, Precision::Day),
                    None => Period::day(d),
                }),
                None => pubd.and_then(|pd| {
                    let d = resolve::month_day(pd, month, day, direction(text, all.start))?;
                    Some(match day2.and_then(|d2| Date::new(d.year(), month, d2).ok()) {
                        Some(d2) => Period::range(d, d2, Precision::Day),
                        None => Period::day(d),
                    })
                }),
            }
        };
        c.push(Cand::new(all.start, end, period, Precision::Day));
    }
    for m in p.dmy.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let (Some(dm), Some(mm)) = (m.get(1), m.get(2)) else { continue };
        let Some(&month) = w.months.get(&mm.as_str().to_lowercase().replace('.', "")) else { continue };
        let Ok(day) = dm.as_str().parse::<i8>() else { continue };
        let year = m.get(3).and_then(|x| x.as_str().parse::<i16>().ok());
        if !(1..=31).contains(&day) {
            continue;
        }
        // An undotted abbreviation ("5 Dec") needs a year to be trusted.
        let abbr_plain = mm.as_str().len() <= 4 && !mm.as_str().ends_with('.') && mm.as_str() != "May";
        if abbr_plain && year.is_none() {
            continue;
        }
        // "5 May" after a count word is not a date of May? keep it simple: digits right before mean a list.
        let period = match year {
            Some(y) => Date::new(y, month, day).ok().map(Period::day),
            None => pubd.and_then(|pd| resolve::month_day(pd, month, day, direction(text, all.start))).map(Period::day),
        };
        c.push(Cand::new(all.start, all.end, period, Precision::Day));
    }
    for m in p.my.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(&month) = m.get(1).and_then(|x| w.months.get(&x.as_str().to_lowercase().replace('.', ""))) else {
            continue;
        };
        let Some(y) = m.get(2).and_then(|x| x.as_str().parse::<i16>().ok()) else { continue };
        c.push(Cand::new(all.start, all.end, Period::month(y, month), Precision::Month));
    }
    for m in p.month.find_iter(text) {
        let word = m.as_str();
        let Some(&month) = w.months.get(&word.to_lowercase()) else { continue };
        let before = prev_word(text, m.start());
        let after = next_word(text, m.end());
        let at_start = sentence_head(text, starts, m.start()).trim().is_empty();
        let lead = is_lead_in(before) || before.ends_with("mid-");
        if !lead {
            if is_capitalised(before) && !at_start {
                continue; // "Theresa May", "Women's March"
            }
            if is_capitalised(after) && !after.is_empty() {
                continue; // "April Ryan"
            }
            if (word == "May" || word == "March") && (at_start || after.is_empty()) {
                continue; // the modal verb, the verb "march"
            }
            if after.is_empty() && !text[m.end()..].starts_with(['’', '\'']) {
                // A month alone at a clause end without a lead-in: keep ("... happened in" is caught above).
            }
        }
        let period = pubd.and_then(|pd| resolve::month(pd, month, direction(text, m.start())));
        c.push(Cand::new(m.start(), m.end(), period, Precision::Month));
    }
    for m in p.iso.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let n = |i: usize| m.get(i).and_then(|x| x.as_str().parse::<i16>().ok()).unwrap_or(0);
        if let Ok(d) = Date::new(n(1), n(2) as i8, n(3) as i8) {
            c.push(Cand::new(all.start, all.end, Some(Period::day(d)), Precision::Day));
        }
    }
    for m in p.numeric.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let n = |i: usize| m.get(i).and_then(|x| x.as_str().parse::<i16>().ok()).unwrap_or(0);
        // US order month/day/year, unless the first number cannot be a month.
        let (mo, d) = if n(1) > 12 { (n(2), n(1)) } else { (n(1), n(2)) };
        if let Ok(d) = Date::new(n(3), mo as i8, d as i8) {
            c.push(Cand::new(all.start, all.end, Some(Period::day(d)), Precision::Day));
        }
    }
    for m in p.decade.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(y) = m.get(1).and_then(|x| x.as_str().parse::<i16>().ok()) else { continue };
        let (a, b) = (Period::year(y * 10), Period::year(y * 10 + 9));
        if let (Some(a), Some(b)) = (a, b) {
            c.push(Cand::new(all.start, all.end, Some(Period::range(a.first, b.last, Precision::Year)), Precision::Year));
        }
    }
    for m in p.year_pair.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(y) = m.get(1).and_then(|x| x.as_str().parse::<i16>().ok()) else { continue };
        let Some(y2) = m.get(2).and_then(|x| x.as_str().parse::<i16>().ok()) else { continue };
        let y2 = y / 100 * 100 + y2;
        if y2 != y + 1 || text[all.end..].starts_with(|c: char| c.is_ascii_digit() || c == '%') {
            continue;
        }
        if let (Some(a), Some(b)) = (Period::year(y), Period::year(y2)) {
            c.push(Cand::new(all.start, all.end, Some(Period::range(a.first, b.last, Precision::Year)), Precision::Year));
        }
    }
    for m in p.year.find_iter(text) {
        if !plausible_year(text, m.start(), m.end()) {
            continue;
        }
        let Ok(y) = m.as_str().parse::<i16>() else { continue };
        c.push(Cand::new(m.start(), m.end(), Period::year(y), Precision::Year));
    }
    for m in gated(&p.weekday, g.weekday) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        if m.get(3).is_some() {
            continue; // "on Mondays" is a habit, not a date
        }
        let Some(wm) = m.get(2) else { continue };
        let rel = m.get(1).map(|x| x.as_str().to_lowercase());
        if rel.is_none() {
            let before = prev_word(text, wm.start());
            let at_start = sentence_head(text, starts, wm.start()).trim().is_empty();
            if is_capitalised(before) && !at_start && !is_lead_in(before) {
                continue; // "Good Friday", "Super Tuesday"
            }
            let after = next_word(text, wm.end());
            if matches!(after, "Times" | "Telegraph" | "Express" | "Mirror" | "Herald" | "Post" | "Mail" | "Night" | "Show")
            {
                continue;
            }
        }
        let Some(&wd) = w.weekdays.get(&wm.as_str().to_lowercase()) else { continue };
        let Ok(wd) = Weekday::from_monday_one_offset(wd) else { continue };
        let period = pubd.and_then(|pd| {
            let d = match rel.as_deref().map(|r| r.split_whitespace().collect::<Vec<_>>().join(" ")) {
                Some(r) if r == "last" || r == "this past" => pd.nth_weekday(-1, wd).ok(),
                Some(r) if r == "next" || r == "coming" => pd.nth_weekday(1, wd).ok(),
                Some(_) => resolve::week_of(pd).and_then(|mon| resolve::add_days(mon, i64::from(wd.to_monday_zero_offset()))),
                None => resolve::weekday(pd, wd, direction(text, all.start)),
            }?;
            Some(Period::day(d))
        });
        let mut cand = Cand::new(all.start, all.end, period, Precision::Day);
        cand.weekday = true;
        c.push(cand);
    }
    // No gate: the lowered search costs less than looking for its words.
    for m in p.rel_day.captures_iter(text, g.lower.as_deref()) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(w1) = m.get(1) else { continue };
        // "the Today show": a capitalised "Today" inside a sentence is a name.
        if text[w1.range()].starts_with(char::is_uppercase) && !sentence_head(text, starts, w1.start()).trim_start_matches(['“', '"', '(', '‘', '\'']).trim().is_empty() {
            continue;
        }
        let word = w1.as_str().to_lowercase();
        let offset = if word == "yesterday" || word.starts_with("last") {
            -1
        } else if word == "tomorrow" {
            1
        } else {
            0
        };
        let period = pubd.and_then(|pd| resolve::add_days(pd, offset)).map(Period::day);
        c.push(Cand::new(all.start, all.end, period, Precision::Day));
    }
    for m in gated_ci(&p.rel_unit, g.rel_unit) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let rel = m.get(1).map_or(String::new(), |x| x.as_str().to_lowercase());
        let unit = m.get(2).map_or(String::new(), |x| x.as_str().to_lowercase());
        let step: i64 = match rel.split_whitespace().next() {
            Some("last") => -1,
            Some("next" | "coming") => 1,
            _ if rel.contains("past") => -1,
            _ => 0,
        };
        // A year-or-more "last year" after a number is a duration: "in the last year" stays a date.
        let (period, prec) = match unit.as_str() {
            "week" => (pubd.and_then(|pd| resolve::week_shift(pd, step)), Precision::Week),
            "weekend" => (pubd.and_then(|pd| resolve::weekend(pd, step)), Precision::Week),
            "month" => (pubd.and_then(|pd| resolve::month_shift(pd, step)), Precision::Month),
            "quarter" => (pubd.and_then(|pd| resolve::quarter_shift(pd, step)), Precision::Quarter),
            _ => (pubd.and_then(|pd| Period::year(pd.year() + step as i16)), Precision::Year),
        };
        c.push(Cand::new(all.start, all.end, period, prec));
    }
    for m in gated_ci(&p.the_unit, g.unit) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let unit = m.get(1).map_or(String::new(), |x| x.as_str().to_lowercase());
        let (period, prec) = match unit.as_str() {
            "week" => (pubd.and_then(|pd| resolve::week_shift(pd, 0)), Precision::Week),
            "month" => (pubd.and_then(|pd| resolve::month_shift(pd, 0)), Precision::Month),
            _ => (pubd.and_then(|pd| Period::year(pd.year())), Precision::Year),
        };
        let mut cand = Cand::new(all.start, all.end, period, prec);
        cand.needs_modifier = true;
        c.push(cand);
    }
    for m in gated_ci(&p.weekend, g.weekend) {
        let Some(g) = m.get(1) else { continue };
        let step = if direction(text, g.start()) == Dir::Future { 1 } else { -1 };
        let period = pubd.and_then(|pd| resolve::weekend_around(pd, step));
        c.push(Cand::new(g.start(), g.end(), period, Precision::Week));
    }
    for m in gated_ci(&p.ago, g.ago) {
        let Some(num) = m.get(1) else { continue };
        let all = num.start()..m.get(0).map_or(0, |x| x.end());
        let n_text = num.as_str().to_lowercase().replace(',', "");
        let n = n_text.parse::<i64>().ok().or_else(|| w.numbers.get(&n_text).copied()).filter(|&n| n <= 1000);
        let unit = m.get(2).map_or(String::new(), |x| x.as_str().to_lowercase());
        let prec = match unit.as_str() {
            "day" => Precision::Day,
            "week" => Precision::Week,
            "month" => Precision::Month,
            _ => Precision::Year,
        };
        let period = match (pubd, n) {
            (Some(pd), Some(n)) => resolve::ago(pd, n, prec),
            _ => None,
        };
        c.push(Cand::new(all.start, all.end, period, prec));
    }
    for m in p.season.captures_iter(text, g.lower.as_deref()) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(sm) = m.get(2) else { continue };
        let rel = m.get(1).map(|x| x.as_str().to_lowercase());
        let year = m.get(3).and_then(|x| x.as_str().parse::<i16>().ok());
        let Some(&first_month) = w.seasons.get(&sm.as_str().to_lowercase()) else { continue };
        if year.is_none() && rel.is_none() {
            let before = prev_word(text, sm.start());
            let after = next_word(text, sm.end());
            let lead = before.eq_ignore_ascii_case("the") && {
                let head = sentence_head(text, starts, sm.start());
                let b2 = prev_word(text, (sm.start() - head.len()) + head.trim_end().len().saturating_sub(before.len()));
                is_lead_in(b2)
            };
            let lead = lead || matches!(before.to_lowercase().as_str(), "early" | "late" | "mid" | "mid-" | "this" | "last");
            if !lead || matches!(after.to_lowercase().as_str(), "in" | "of" | "to" | "from" | "by" | "on") {
                continue;
            }
            if is_capitalised(&text[sm.range()]) && (is_capitalised(after) || is_capitalised(before)) {
                continue; // "Arab Spring", "Winter Olympics"
            }
        }
        let period = match year {
            Some(y) => Period::season(y, first_month),
            None => pubd.and_then(|pd| {
                let rel = rel.as_deref().map(|r| r.split_whitespace().next().unwrap_or(""));
                resolve::season(pd, first_month, rel, direction(text, all.start))
            }),
        };
        c.push(Cand::new(all.start, all.end, period, Precision::Season));
    }
    for m in gated_ci(&p.quarter, g.quarter) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(&q) = m.get(1).and_then(|x| w.quarters.get(&x.as_str().to_lowercase())) else { continue };
        let year = m.get(2).and_then(|x| x.as_str().parse::<i16>().ok());
        let rel = m.get(3).map(|x| x.as_str().to_lowercase());
        let period = match (year, rel.as_deref()) {
            (Some(y), _) => Period::quarter(y, q),
            (None, Some(r)) => pubd.and_then(|pd| {
                Period::quarter(pd.year() + if r == "last" { -1 } else if r == "next" { 1 } else { 0 }, q)
            }),
            (None, None) => pubd.and_then(|pd| resolve::quarter(pd, q, direction(text, all.start))),
        };
        c.push(Cand::new(all.start, all.end, period, Precision::Quarter));
    }
    for m in p.q_short.captures_iter(text) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(q) = m.get(1).and_then(|x| x.as_str().parse::<i8>().ok()) else { continue };
        let year = m.get(2).and_then(|x| x.as_str().parse::<i16>().ok());
        let period = match year {
            Some(y) => Period::quarter(y, q),
            None => pubd.and_then(|pd| resolve::quarter(pd, q, direction(text, all.start))),
        };
        c.push(Cand::new(all.start, all.end, period, Precision::Quarter));
    }
    for m in gated(&p.holiday, g.holiday) {
        let all = m.get(0).map_or(0..0, |x| x.range());
        let Some(name) = m.get(2) else { continue };
        // Whole word only.
        if text[name.end()..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let rel = m.get(1).map(|x| x.as_str().to_lowercase());
        let before = prev_word(text, name.start());
        let at_start = sentence_head(text, starts, name.start()).trim().is_empty();
        if rel.is_none() && (sentence_head(text, starts, name.start()).trim_end().ends_with('&') || is_capitalised(before) && !at_start && !is_lead_in(before)) {
            continue; // "Challenger, Gray & Christmas", "It's Christmas" in a title
        }
        let year = m.get(3).and_then(|x| x.as_str().parse::<i16>().ok());
        let dir = direction(text, all.start);
        let period = resolve::holiday(w, name.as_str(), year, rel.as_deref(), dir, pubd);
        c.push(Cand::new(all.start, all.end, period, Precision::Day));
    }

    select(text, c, pubd)
}

/// Which keyword-led patterns can match a body at all. A case-insensitive
/// pattern needs its keyword in the ASCII-lower-cased body, unless the body
/// holds 'ſ' or the Kelvin sign, which `(?i)` also reads as "s" and "k".
struct Gates {
    /// The body lower-cased for the case-insensitive patterns (see [`caseless`]).
    lower: Option<String>,
    weekday: bool,
    rel_unit: bool,
    unit: bool,
    weekend: bool,
    ago: bool,
    quarter: bool,
    holiday: bool,
}

impl Gates {
    fn new(text: &str, p: &Patterns) -> Gates {
        let lower = caseless::lowered(text);
        let any = |ws: &[&str]| lower.as_ref().is_none_or(|l| ws.iter().any(|w| l.contains(w)));
        let unit = any(&["week", "month", "year"]);
        let quarter = any(&["quarter"]);
        Gates {
            weekday: p.weekday_gate.is_match(text),
            rel_unit: unit || quarter,
            unit,
            weekend: any(&["weekend"]),
            ago: any(&["ago"]),
            quarter,
            holiday: p.holiday_gate.is_match(text),
            lower,
        }
    }
}

/// Is the four-digit number at `s..e` a year?
fn plausible_year(text: &str, s: usize, e: usize) -> bool {
    let before = &text[floor_boundary(text, s.saturating_sub(8))..s];
    let after = &text[e..];
    if before.ends_with(['$', '£', '€', '#', '/', '.', ':'])
        || (before.ends_with(',') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()))
    {
        return false;
    }
    if before.ends_with('-') && !before.to_lowercase().ends_with("mid-") {
        return false;
    }
    if after.starts_with(['%', '/']) || after.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    if (after.starts_with(',') || after.starts_with('.')) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let pw = prev_word(text, s).to_lowercase();
    if COUNT_LEAD.contains(&pw.as_str()) {
        return false;
    }
    let nw = next_word(text, e).to_lowercase();
    if COUNT_TAIL.contains(&nw.as_str()) {
        return false;
    }
    true
}

/// Keeps the longest of overlapping candidates, then applies modifiers,
/// merges ranges and weekday + date pairs.
fn select(text: &str, mut c: Vec<Cand>, pubd: Option<Date>) -> Vec<Cand> {
    c.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Cand> = Vec::with_capacity(c.len());
    let mut reach = 0;
    for cand in c {
        if cand.start < reach {
            continue;
        }
        reach = cand.end;
        kept.push(cand);
    }
    kept.sort_by_key(|k| k.start);
    let p = patterns();
    for k in kept.iter_mut() {
        let from = floor_boundary(text, k.start.saturating_sub(40));
        let before = &text[from..k.start];
        if k.prec == Some(Precision::Day) {
            if let Some(m) = p.day_modifier.find(before) {
                k.start = from + m.start();
            }
            continue;
        }
        let Some(caps) = p.modifier.captures(before) else { continue };
        let Some(all) = caps.get(0) else { continue };
        let word = caps.get(1).or(caps.get(2)).map_or(String::new(), |x| x.as_str().to_lowercase());
        let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(period) = k.period {
            k.period = period.part(&word, pubd);
        }
        k.start = from + all.start();
        k.needs_modifier = false;
    }
    kept.retain(|k| !k.needs_modifier);

    // Ranges: "from Oct. 2 to October 22", "between 2001 and 2005", "March 3-5".
    let mut out: Vec<Cand> = Vec::with_capacity(kept.len());
    for k in kept {
        if let Some(last) = out.last_mut() {
            let gap = &text[last.end..k.start];
            if p.range_link.is_match(gap) {
                let lead = prev_word(text, last.start).to_lowercase();
                let and = gap.trim() == "and";
                let ok_link = if and { lead == "between" } else { true };
                if let (true, Some(a), Some(b)) = (ok_link, last.period, k.period)
                    && a.prec == b.prec
                    && a.first <= b.last
                    && matches!(a.prec, Precision::Day | Precision::Month | Precision::Year)
                {
                    last.end = k.end;
                    last.period = Some(Period::range(a.first, b.last, a.prec));
                    continue;
                }
            }
            // "Monday, June 1": one day.
            if last.weekday && k.prec == Some(Precision::Day) && gap.trim().trim_end_matches(',').trim().is_empty() {
                last.end = k.end;
                last.weekday = false;
                if k.period.is_some() {
                    last.period = k.period;
                }
                continue;
            }
        }
        out.push(k);
    }
    out
}

#[cfg(test)]
mod tests;
