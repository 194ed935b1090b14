//! The dates table, through the real binary: load a short text published on
//! Monday 2020-06-01 (or undated), read (text, value, value_end, precision) back as CSV.

mod cli_support;

const COLUMNS: &str = "SELECT text,value,value_end,precision FROM dates ORDER BY start";

fn dates_of(text: &str, published: Option<&str>) -> Vec<String> {
    let csv = cli_support::csv_of_article(text, published, COLUMNS);
    csv.lines().skip(1).map(str::to_string).collect()
}

fn monday(text: &str) -> Vec<String> {
    dates_of(&format!("Dates\n\n{text}\n"), Some("2020-06-01"))
}

#[test]
fn absolute_dates() {
    assert_eq!(
        monday("It was filed on Feb. 29, 2020. He was born on 15 March 2005. Talks began in March 2019. The war began in 2001."),
        ["\"Feb. 29, 2020\",2020-02-29,,day", "15 March 2005,2005-03-15,,day", "March 2019,2019-03,,month", "2001,2001,,year"]
    );
}

#[test]
fn yearless_days_and_months_look_back_unless_future() {
    assert_eq!(
        monday("The report covers the period up to March 15. He said in September that it was over. Elections will take place in September."),
        ["March 15,2020-03-15,,day", "September,2019-09,,month", "September,2020-09,,month"]
    );
}

#[test]
fn weekdays() {
    assert_eq!(
        monday("The report released Monday says so. He spoke later on Monday. They met last Tuesday. They talked on Thursday. They will meet next Friday."),
        [
            "Monday,2020-06-01,,day",
            "later on Monday,2020-06-01,,day",
            "last Tuesday,2020-05-26,,day",
            "Thursday,2020-05-28,,day",
            "next Friday,2020-06-05,,day",
        ]
    );
}

#[test]
fn relative_expressions() {
    assert_eq!(
        monday(
            "It came yesterday. It is here today. It rose last month. It was sent late last month. \
             It grew earlier this year. It fell this week. It began two weeks ago. It ended last year. It resumes next year."
        ),
        [
            "yesterday,2020-05-31,,day",
            "today,2020-06-01,,day",
            "last month,2020-05,,month",
            "late last month,2020-05-21,2020-05-31,month",
            "earlier this year,2020-01-01,2020-05-31,year",
            "this week,2020-06-01,2020-06-07,week",
            "two weeks ago,2020-05-18,2020-05-24,week",
            "last year,2019,,year",
            "next year,2021,,year",
        ]
    );
}

#[test]
fn parts_of_periods_seasons_and_quarters() {
    assert_eq!(
        monday(
            "The deal was signed at the end of February. It began in early 2019. They met during spring 2019. \
             Sales fell in the first quarter. They met in the winter of 2019."
        ),
        [
            "the end of February,2020-02-21,2020-02-29,month",
            "early 2019,2019-01-01,2019-04-30,year",
            "spring 2019,2019-03-01,2019-05-31,season",
            "the first quarter,2020-01-01,2020-03-31,quarter",
            "winter of 2019,2019-12-01,2020-02-29,season",
        ]
    );
}

#[test]
fn named_dates_and_ranges() {
    assert_eq!(
        monday("It has fought since the 9/11 attacks. A truce held during the Eid holiday. It ran from Oct. 2 to October 22, 2019."),
        ["9/11,2001-09-11,,day", "Eid,2020-05-24,,day", "\"Oct. 2 to October 22, 2019\",2019-10-02,2019-10-22,day"]
    );
}

#[test]
fn durations_ages_clock_times_and_recently_are_not_dates() {
    assert_eq!(
        monday("We have been there 19 years. It was a three-day truce. He is 45 years old. They met at 9 a.m. It happened recently."),
        Vec::<String>::new()
    );
}

#[test]
fn without_publication_date_relative_expressions_have_no_value() {
    assert_eq!(
        dates_of("Dates\n\nHe spoke on Monday about last month and the war of 2001.\n", None),
        ["Monday,,,day", "last month,,,month", "2001,2001,,year"]
    );
}
