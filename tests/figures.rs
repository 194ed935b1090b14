//! The figures table, through the real binary: load a short text, read the rows back as CSV.

mod cli_support;

const COLUMNS: &str = "SELECT text,value,low,high,unit,qualifier,kind FROM figures ORDER BY start";

fn figures_of(text: &str) -> String {
    cli_support::csv_of_article(text, Some("2020-06-01"), COLUMNS)
}

fn rows(csv: &str) -> Vec<&str> {
    csv.lines().skip(1).collect()
}

#[test]
fn counts_ranges_and_fractions_carry_unit_and_qualifier() {
    let csv = figures_of(
        "Troops leave\n\nAnalysts estimate that some 400 to 600 armed rebel fighters remain. \
         The army withdrew some 4,000 troops from the north, nearly a third of its forces.\n\n\
         The city moved to free up to 2,000 prisoners, and hundreds of volunteers helped.\n",
    );
    assert_eq!(
        rows(&csv),
        [
            "some 400 to 600,,400.0,600.0,armed rebel fighters,approximately,range",
            "\"some 4,000\",4000.0,,,troops,approximately,count",
            "nearly a third,0.3333333333333333,,,forces,nearly,fraction",
            "\"up to 2,000\",2000.0,,,prisoners,at_most,count",
            "hundreds,,200.0,999.0,volunteers,,count",
        ]
    );
}

#[test]
fn a_bound_with_a_condition_is_a_threshold_with_the_unit_before_it() {
    let csv = figures_of(
        "Limits\n\nThe ministry said any further reduction of police officers in the region below 1,200 \
         would be contingent on new conditions.\n\nIt added more.\n",
    );
    assert_eq!(rows(&csv), ["\"below 1,200\",1200.0,,,police officers,less_than,threshold"]);
}

#[test]
fn money_percent_and_durations_are_typed() {
    let csv = figures_of(
        "Deal done\n\nThe firm paid $1.13bn (£600m) for a 20% stake after a three-day meeting. \
         Prices rose 3.5 percent in 19 years.\n\nEnd.\n",
    );
    assert_eq!(
        rows(&csv),
        [
            "$1.13bn,1130000000.0,,,dollars,,money",
            "£600m,600000000.0,,,pounds,,money",
            "20%,20.0,,,percent,,percent",
            "three-day,3.0,,,day,,duration",
            "3.5 percent,3.5,,,percent,,percent",
            "19 years,19.0,,,years,,duration",
        ]
    );
}

#[test]
fn dates_times_events_and_names_are_not_figures() {
    let csv = figures_of(
        "Nothing to count\n\nThe report covers the period up to March 15, and a meeting in spring 2019 \
         recalled the 9/11 attacks. At 9 a.m. the 82nd Airborne Division and the Group of 20 met over Covid-19.\n\n\
         One official said one of the two sides agreed.\n",
    );
    assert_eq!(rows(&csv), Vec::<&str>::new());
}
