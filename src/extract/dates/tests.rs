use super::*;
use crate::extract::segment;

/// (text, value, value_end, precision) of every date in `body`, published on `pubd`.
fn run(body: &str, pubd: Option<&str>) -> Vec<(String, Option<String>, Option<String>, Option<&'static str>)> {
    let sentences = segment::segment(body);
    let pubd = pubd.and_then(|p| p.parse::<Date>().ok());
    extract(body, &sentences, pubd)
        .into_iter()
        .map(|d| (body[d.start..d.end].to_string(), d.value, d.value_end, d.precision.map(|p| p.as_str())))
        .collect()
}

/// Published Monday 2020-06-01.
fn one(body: &str) -> (String, Option<String>, Option<String>, Option<&'static str>) {
    let v = run(body, Some("2020-06-01"));
    assert_eq!(v.len(), 1, "{body}: {v:?}");
    v.into_iter().next().unwrap_or_default()
}

fn check(body: &str, text: &str, value: &str, end: Option<&str>, prec: &str) {
    let (t, v, e, p) = one(body);
    assert_eq!((t.as_str(), v.as_deref(), e.as_deref(), p), (text, Some(value), end, Some(prec)), "{body}");
}

#[test]
fn absolute_dates_keep_their_year() {
    check("It was filed on Feb. 29, 2020 in court.", "Feb. 29, 2020", "2020-02-29", None, "day");
    check("He was born on 15 March 2005 in Kabul.", "15 March 2005", "2005-03-15", None, "day");
    check("The talks began in March 2019.", "March 2019", "2019-03", None, "month");
    check("The war began in 2001.", "2001", "2001", None, "year");
}

#[test]
fn yearless_day_is_the_latest_on_or_before_publication() {
    check("The report covers the period up to March 15.", "March 15", "2020-03-15", None, "day");
    check("The vote was held on July 4.", "July 4", "2019-07-04", None, "day");
    check("The vote will be held on July 4.", "July 4", "2020-07-04", None, "day");
}

#[test]
fn bare_month_is_the_latest_unless_future() {
    check("The administration said in September that he was dead.", "September", "2019-09", None, "month");
    check("Elections will take place in September.", "September", "2020-09", None, "month");
    check("Its February deal was a milestone.", "February", "2020-02", None, "month");
}

#[test]
fn weekdays_resolve_around_publication() {
    check("The report released Monday says so.", "Monday", "2020-06-01", None, "day");
    check("He spoke later on Monday.", "later on Monday", "2020-06-01", None, "day");
    check("They met last Tuesday.", "last Tuesday", "2020-05-26", None, "day");
    check("They met on Thursday.", "Thursday", "2020-05-28", None, "day");
    check("They will meet next Friday.", "next Friday", "2020-06-05", None, "day");
    check("They will meet on Friday.", "Friday", "2020-06-05", None, "day");
}

#[test]
fn relative_days_weeks_months_years() {
    check("It happened yesterday.", "yesterday", "2020-05-31", None, "day");
    check("It happened today.", "today", "2020-06-01", None, "day");
    check("It happened last month.", "last month", "2020-05", None, "month");
    check("It happened last year.", "last year", "2019", None, "year");
    check("It will happen next year.", "next year", "2021", None, "year");
    check("It happened this week.", "this week", "2020-06-01", Some("2020-06-07"), "week");
    check("It happened two weeks ago.", "two weeks ago", "2020-05-18", Some("2020-05-24"), "week");
    check("It happened three days ago.", "three days ago", "2020-05-29", None, "day");
    assert_eq!(one("It last happened 12,000 years ago."), ("12,000 years ago".into(), None, None, Some("year")));
}

#[test]
fn parts_of_periods_are_thirds() {
    check("It was sent late last month.", "late last month", "2020-05-21", Some("2020-05-31"), "month");
    check("It rose earlier this year.", "earlier this year", "2020-01-01", Some("2020-05-31"), "year");
    check("The deal was signed at the end of February.", "the end of February", "2020-02-21", Some("2020-02-29"), "month");
    check("It began in early 2019.", "early 2019", "2019-01-01", Some("2019-04-30"), "year");
    check("It began in mid-March.", "mid-March", "2020-03-11", Some("2020-03-20"), "month");
}

#[test]
fn seasons_and_quarters_are_periods() {
    check("They met during spring 2019.", "spring 2019", "2019-03-01", Some("2019-05-31"), "season");
    check("They met in the winter of 2019.", "winter of 2019", "2019-12-01", Some("2020-02-29"), "season");
    check("Sales fell in the first quarter.", "the first quarter", "2020-01-01", Some("2020-03-31"), "quarter");
    check("Sales fell in the fourth quarter.", "the fourth quarter", "2019-10-01", Some("2019-12-31"), "quarter");
    check("They met last spring.", "last spring", "2020-03-01", Some("2020-05-31"), "season");
}

#[test]
fn named_dates() {
    check("It has fought since the 9/11 attacks.", "9/11", "2001-09-11", None, "day");
    check("A truce held during the Eid holiday.", "Eid", "2020-05-24", None, "day");
    check("It opened on Christmas Day 2019.", "Christmas Day 2019", "2019-12-25", None, "day");
    check("It started after the September 11 attacks.", "September 11", "2001-09-11", None, "day");
}

#[test]
fn ranges_merge_into_one_period() {
    check("It ran from Oct. 2 to October 22, 2019.", "Oct. 2 to October 22, 2019", "2019-10-02", Some("2019-10-22"), "day");
    check("It ran between 2001 and 2005.", "2001 and 2005", "2001-01-01", Some("2005-12-31"), "year");
}

#[test]
fn durations_ages_times_and_counts_are_not_dates() {
    for body in [
        "We have been there 19 years.",
        "It was a three-day cease fire.",
        "He is 45 years old.",
        "They met at 9 a.m. sharp.",
        "Some 2000 troops left.",
        "It cost $2019 in all.",
        "It has happened recently.",
        "Theresa May resigned.",
        "May I ask a question?",
        "The Arab Spring changed the region.",
        "Resolution 2018 passed.",
    ] {
        assert_eq!(run(body, Some("2020-06-01")), vec![], "{body}");
    }
}

#[test]
fn relative_dates_without_publication_have_no_value() {
    let v = run("He spoke on Monday about last month.", None);
    assert_eq!(
        v,
        vec![("Monday".into(), None, None, Some("day")), ("last month".into(), None, None, Some("month"))]
    );
    let v = run("The war began in 2001.", None);
    assert_eq!(v, vec![("2001".into(), Some("2001".into()), None, Some("year"))]);
}

#[test]
fn weekday_with_explicit_date_is_one_expression() {
    check("It happened on Monday, March 16, 2020.", "Monday, March 16, 2020", "2020-03-16", None, "day");
}

#[test]
fn offsets_survive_multibyte_text() {
    let v = run("“Last week’s vote — held on Tuesday — was close,” he said.", Some("2020-06-01"));
    assert_eq!(v.len(), 2);
    assert_eq!(v[1].0, "Tuesday");
}

#[test]
fn more_forms() {
    check("It must be done by the end of the year.", "the end of the year", "2020-09-01", Some("2020-12-31"), "year");
    check("Profits rose in the first half of 2020.", "the first half of 2020", "2020-01-01", Some("2020-06-30"), "year");
    check("It began in the mid-1990s.", "mid-1990s", "1994-01-01", Some("1996-12-31"), "year");
    check("It ended on June 1st.", "June 1st", "2020-06-01", None, "day");
    check("Sales rose in Q3 2019.", "Q3 2019", "2019-07-01", Some("2019-09-30"), "quarter");
    check("He spoke this morning.", "this morning", "2020-06-01", None, "day");
    check("They met in the summer of 2019.", "summer of 2019", "2019-06-01", Some("2019-08-31"), "season");
    check("Protests spread over the weekend.", "the weekend", "2020-05-30", Some("2020-05-31"), "week");
    check("It was signed on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11", None, "day");
    check("Prices rose earlier this month.", "earlier this month", "2020-06", None, "month");
}

#[test]
fn future_tense_looks_ahead() {
    check("The show will stream at 9 a.m. ET on Friday.", "Friday", "2020-06-05", None, "day");
    check("By Friday evening, the storm will be gone.", "Friday", "2020-06-05", None, "day");
    check("Hearings are slated to start Tuesday.", "Tuesday", "2020-06-02", None, "day");
    check("By Friday, the storm had passed.", "Friday", "2020-05-29", None, "day");
    check("The next board meeting, in late April, is the last.", "late April", "2021-04-21", Some("2021-04-30"), "month");
}

#[test]
fn previous_word_keeps_trailing_hyphen_and_skips_punctuation() {
    assert_eq!(super::prev_word("in early-", 9), "early-");
    assert_eq!(super::prev_word("said Monday, ", 13), "Monday");
    assert_eq!(super::prev_word("“", 3), "");
}

#[test]
fn will_ahead_needs_a_space_and_a_whole_word() {
    assert!(super::will_ahead(", the storm will hit"));
    assert!(super::will_ahead(" they’ll vote"));
    assert!(!super::will_ahead(" the willow fell"));
    assert!(!super::will_ahead(" goodwill grew"));
}
