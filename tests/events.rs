//! The events table, through the real binary: load a short text published on
//! Monday 2020-06-01 and read kind, trigger, date and modality back as CSV.

mod cli_support;

const COLUMNS: &str = "SELECT kind,cameo,trigger,date_start,date_end,date_text,modality FROM events ORDER BY start";

fn events_of(text: &str) -> Vec<String> {
    let csv = cli_support::csv_of_article(&format!("Events\n\n{text}\n"), Some("2020-06-01"), COLUMNS);
    csv.lines().skip(1).map(str::to_string).collect()
}

#[test]
fn kinds_carry_cameo_codes() {
    assert_eq!(
        events_of(
            "The two sides signed a peace deal. Rebels attacked a convoy. Police arrested two men. \
             The army is withdrawing some 4,000 troops. The group announced a three-day ceasefire."
        ),
        [
            "agreement,057,signed,,,,asserted",
            "attack,19,attacked,,,,asserted",
            "arrest,173,arrested,,,,asserted",
            "withdrawal,0874,withdrawing,,,,asserted",
            "ceasefire,0871,ceasefire,,,,asserted",
        ]
    );
}

#[test]
fn topics_are_not_events() {
    assert_eq!(
        events_of("Critics say the deal is a mistake. It is a sign of progress. She withdrew from the race. We were not sent there to fight."),
        Vec::<String>::new()
    );
}

#[test]
fn events_take_the_date_of_their_clause() {
    assert_eq!(
        events_of(
            "The report was sent to the council late last month. The report released Monday says so. \
             He noted the review ends on March 15, and the deal was signed at the end of February. \
             The meeting took place in the city during spring 2019."
        ),
        [
            "publication,01,sent,2020-05-21,2020-05-31,late last month,asserted",
            "publication,01,released,2020-06-01,,Monday,asserted",
            "agreement,057,deal,2020-02-21,2020-02-29,the end of February,asserted",
            "meeting,040,meeting,2019-03-01,2019-05-31,spring 2019,asserted",
        ]
    );
}

#[test]
fn a_date_of_the_saying_does_not_date_what_was_said() {
    assert_eq!(
        events_of("The ministry said Monday that rebels attacked the base. On Friday, troops attacked the town."),
        ["attack,19,attacked,,,,asserted", "attack,19,attacked,2020-05-29,,Friday,asserted"]
    );
}

#[test]
fn modality_marks_negated_hypothetical_and_planned_events() {
    assert_eq!(
        events_of(
            "The rebels did not attack the town. If the rebels attack the town, the army will answer. \
             Any further reduction of troops would be contingent on conditions. The army plans to withdraw its troops."
        ),
        [
            "attack,19,attack,,,,negated",
            "attack,19,attack,,,,hypothetical",
            "troop_reduction,087,reduction,,,,hypothetical",
            "withdrawal,0874,withdraw,,,,planned",
        ]
    );
}

#[test]
fn location_is_a_place_after_in() {
    let csv = cli_support::csv_of_article(
        "Events\n\nOne such meeting took place in Iraq's Anbar Province during spring 2019.\n",
        Some("2020-06-01"),
        "SELECT e.kind, a.name, a.kind FROM events e JOIN actors a ON a.id = e.location_id",
    );
    assert_eq!(csv.lines().skip(1).collect::<Vec<_>>(), ["meeting,Anbar Province,place"]);
}
