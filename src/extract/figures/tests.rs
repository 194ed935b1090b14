use super::*;

type Row = (String, Option<f64>, Option<f64>, Option<f64>, Option<String>, Option<&'static str>, &'static str);

fn figs(text: &str) -> Vec<Row> {
    let s = [Sentence { paragraph: 0, start: 0, end: text.len() }];
    extract(text, &s, &[])
        .into_iter()
        .map(|f| {
            let r = |v: Option<f64>| v.map(|v| (v * 1000.0).round() / 1000.0);
            (f.text, r(f.value), r(f.low), r(f.high), f.unit, f.qualifier.map(|q| q.as_str()), f.kind.as_str())
        })
        .collect()
}

fn one(text: &str) -> Row {
    let v = figs(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v.into_iter().next().unwrap_or_else(|| unreachable!())
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn range_with_qualifier_and_unit_after() {
    let r = one("estimating that some 400 to 600 armed al Qaeda operatives are in Afghanistan.");
    assert_eq!(r, ("some 400 to 600".into(), None, Some(400.0), Some(600.0), s("armed al Qaeda operatives"), Some("approximately"), "range"));
}

#[test]
fn count_unit_stops_at_preposition() {
    let r = one("withdrawing some 4,000 troops from Afghanistan");
    assert_eq!(r, ("some 4,000".into(), Some(4000.0), None, None, s("troops"), Some("approximately"), "count"));
}

#[test]
fn up_to_is_at_most() {
    let r = one("moved to release up to 2,000 Taliban prisoners, an action");
    assert_eq!((r.4.as_deref(), r.5), (Some("Taliban prisoners"), Some("at_most")));
}

#[test]
fn bounded_figure_with_condition_is_threshold_with_unit_before() {
    let r = one("any further reduction of US troops in Afghanistan below 8,600 would be contingent on conditions.");
    assert_eq!(r, ("below 8,600".into(), Some(8600.0), None, None, s("US troops"), Some("less_than"), "threshold"));
}

#[test]
fn cap_of_is_threshold_at_most() {
    let r = one("a cap of 500 guests");
    assert_eq!((r.5, r.6), (Some("at_most"), "threshold"));
}

#[test]
fn fraction_takes_the_of_phrase() {
    let r = one("nearly a third of US forces in the country.");
    assert_eq!(r, ("nearly a third".into(), Some(0.333), None, None, s("US forces"), Some("nearly"), "fraction"));
    assert_eq!(one("two-thirds of voters").1, Some(0.667));
    assert_eq!(one("half the troops left").4, s("troops"));
}

#[test]
fn a_part_of_a_counted_whole_takes_the_nouns_after_the_wholes_number() {
    let got: Vec<_> = figs("Between 10 and 12 of the 80-odd resorts will close, and 16 of its 40 principals left.")
        .into_iter()
        .map(|r| (r.0, r.4))
        .collect();
    assert_eq!(
        got,
        [
            ("Between 10 and 12".into(), s("resorts")),
            ("80-odd".into(), s("resorts")),
            ("16".into(), s("principals")),
            ("40".into(), s("principals"))
        ]
    );
}

#[test]
fn a_third_before_a_noun_is_an_ordinal() {
    let r = one("he won a third term");
    assert_eq!((r.1, r.6), (Some(3.0), "ordinal"));
}

#[test]
fn durations() {
    assert_eq!(one("a brief three-day cease fire").clone(), ("three-day".into(), Some(3.0), None, None, s("day"), None, "duration"));
    assert_eq!(one("we're there 19 years and").4, s("years"));
    assert_eq!(one("a 45-year-old man").6, "duration");
    assert_eq!(one("two to three weeks").2, Some(2.0));
}

#[test]
fn ago_and_one_day_are_not_durations() {
    assert!(figs("five years ago, and one day he left").is_empty());
}

#[test]
fn money_with_symbols_and_scales() {
    let v = figs("a $1.13bn (£600m) deal worth $13 billion and US$5 million and 10 million euros");
    let got: Vec<_> = v.iter().map(|r| (r.1, r.4.clone(), r.6)).collect();
    assert_eq!(
        got,
        [
            (Some(1.13e9), s("dollars"), "money"),
            (Some(6e8), s("pounds"), "money"),
            (Some(1.3e10), s("dollars"), "money"),
            (Some(5e6), s("dollars"), "money"),
            (Some(1e7), s("euros"), "money"),
        ]
    );
}

#[test]
fn money_range_shares_scale() {
    let r = one("between $1.5 and $2 billion");
    assert_eq!((r.2, r.3, r.6), (Some(1.5e9), Some(2e9), "money"));
}

#[test]
fn percents_keep_the_number_as_written() {
    let v = figs("20% of them, 20 per cent, 3.5 percent and 20-30% rose by two percentage points");
    let got: Vec<_> = v.iter().map(|r| (r.1, r.2, r.3, r.4.clone(), r.6)).collect();
    assert_eq!(
        got,
        [
            (Some(20.0), None, None, s("percent"), "percent"),
            (Some(20.0), None, None, s("percent"), "percent"),
            (Some(3.5), None, None, s("percent"), "percent"),
            (None, Some(20.0), Some(30.0), s("percent"), "percent"),
            (Some(2.0), None, None, s("percentage points"), "percent"),
        ]
    );
}

#[test]
fn ranges_in_several_forms() {
    assert_eq!(one("400-600 fighters").2, Some(400.0));
    assert_eq!(one("between 20 and 30 people").0, "between 20 and 30");
    assert_eq!(one("about 1,800 to 2,000 people").5, Some("approximately"));
    assert_eq!(one("1.5 to 2 million people").2, Some(1.5e6));
}

#[test]
fn from_x_to_y_after_a_change_is_two_figures() {
    assert_eq!(figs("cut troops from 13,000 to 8,600").len(), 2);
}

#[test]
fn number_words_and_vague_plurals() {
    assert_eq!(one("twenty-five soldiers").1, Some(25.0));
    assert_eq!(one("a dozen soldiers").1, Some(12.0));
    let r = one("as well as hundreds of armed operatives, and");
    assert_eq!((r.2, r.3, r.4.clone()), (Some(200.0), Some(999.0), s("armed operatives")));
    assert_eq!(one("tens of thousands of people").2, Some(20000.0));
}

#[test]
fn qualifiers_map_to_the_contract() {
    let q = |t: &str| one(t).5;
    assert_eq!(q("more than 300 people"), Some("more_than"));
    assert_eq!(q("at least 12 people"), Some("at_least"));
    assert_eq!(q("fewer than 50 people"), Some("less_than"));
    assert_eq!(q("almost 50 people"), Some("nearly"));
    assert_eq!(q("an estimated 50 people"), Some("approximately"));
    assert_eq!(q("no more than 50 people"), Some("at_most"));
    assert_eq!(q("500 people or more"), Some("at_least"));
}

#[test]
fn participles_are_not_units() {
    assert_eq!(one("and 2,000 killed in").4, None);
    assert_eq!(one("2,000 people killed").4, s("people"));
}

#[test]
fn dates_years_and_times_are_not_figures() {
    assert!(figs("on March 15, in spring 2019, on 15 March 2020, on Feb. 29, 2020, the 2019-20 season").is_empty());
    assert!(figs("the 9/11 attacks at 00:43 and 9 a.m. or 10pm, 24/7, in the 1990s").is_empty());
}

#[test]
fn numbers_in_names_are_not_figures() {
    assert!(figs("the 82nd Airborne Division, the Group of 20, G20, Covid-19, an F-35 and a Boeing 737").is_empty());
    assert!(figs("Article 5 applies, said No. 10 and the Big Three").is_empty());
}

#[test]
fn pronoun_like_number_words_are_not_figures() {
    assert!(figs("one such meeting, one of them, between the two sides, all three men, a two-state solution").is_empty());
    assert_eq!(one("at least one person").1, Some(1.0));
}

#[test]
fn scores_are_not_ranges() {
    assert!(figs("they won 3-2 on").is_empty());
}

#[test]
fn ordinals_outside_names() {
    let r = one("the 21st century");
    assert_eq!((r.1, r.4.clone(), r.6), (Some(21.0), s("century"), "ordinal"));
    assert!(figs("on the 15th, and first of all").is_empty());
}

#[test]
fn dates_stage_spans_are_dropped() {
    let text = "for 19 years";
    let s = [Sentence { paragraph: 0, start: 0, end: text.len() }];
    let d = DateExpr { sentence: 0, start: 4, end: 12, value: None, value_end: None, precision: None };
    assert!(extract(text, &s, &[d]).is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    for t in ["$", "£m", "- -", "1,", "a", "half", "between 5 and", "5-", "’s 5’", "🙂 3 🙂", "tens of", "a few"] {
        let _ = figs(t);
    }
}


#[test]
fn ages_in_apposition_are_years() {
    let r = one("said Josna Begum, 28, a garment worker");
    assert_eq!((r.0.as_str(), r.1, r.4.clone(), r.6), ("28", Some(28.0), s("years"), "duration"));
}

#[test]
fn one_in_n_is_a_fraction() {
    let r = one("about one in five adults said so");
    assert_eq!((r.1, r.4.clone(), r.5, r.6), (Some(0.2), s("adults"), Some("approximately"), "fraction"));
}

#[test]
fn n_out_of_m_is_a_fraction() {
    let r = one("in nine out of 10 separations there is no court case");
    assert_eq!((r.0.as_str(), r.1, r.4.clone(), r.6), ("nine out of 10", Some(0.9), s("separations"), "fraction"));
    let r = one("Four out of five dentists agree");
    assert_eq!((r.0.as_str(), r.1, r.4.clone(), r.6), ("Four out of five", Some(0.8), s("dentists"), "fraction"));
}

#[test]
fn halves_of_periods_and_compounds_are_not_fractions() {
    assert!(figs("in the second half of 2025, a half-size looser").is_empty());
}

#[test]
fn date_partners_and_sequences_are_skipped() {
    assert!(figs("held Aug. 22 and 23, finished 1-2-3, as of February \u{200b}26").is_empty());
}

#[test]
fn list_markers_are_not_figures() {
    assert!(figs("3. Bring water").is_empty());
}

#[test]
fn threshold_cue_must_be_near() {
    assert_eq!(figs("more than 2,500 adults at health centers in South Korea, who were in stable condition")[0].6, "count");
    assert_eq!(one("if more than 50 people gather").6, "threshold");
}

#[test]
fn ly_nouns_and_more_are_part_of_units() {
    assert_eq!(one("Two family films came next").4, s("family films"));
    assert_eq!(one("Five more barristers resigned").4, s("barristers"));
}

#[test]
fn labels_and_padded_ids_are_not_figures() {
    assert!(figs("type 2 diabetes, stage 4 cancer, the 007 films").is_empty());
}

#[test]
fn percent_and_money_do_not_make_a_range() {
    assert_eq!(figs("costs rose by 14% to $1,242").len(), 2);
}

#[test]
fn ratio_denominator_is_not_a_year() {
    assert_eq!(figs("grown from 172 in 2019")[0].6, "count");
}

#[test]
fn vague_amounts_of_currency_are_money() {
    let r = one("a bill for thousands of dollars");
    assert_eq!((r.4.clone(), r.6), (s("dollars"), "money"));
}

#[test]
fn age_phrases_are_years() {
    assert_eq!(one("at the age of 43, she").6, "duration");
    assert_eq!(one("a man aged 45 was").4, s("years"));
}

#[test]
fn ratios_enumerators_and_bare_number_words_are_not_figures() {
    assert!(figs("a margin of nearly 4-to-1 and (7) Netherlands, he bought three, in a week or two").is_empty());
}

#[test]
fn a_change_by_is_two_figures() {
    assert_eq!(figs("ticked up by 183,000 to 2.1 million in January").len(), 2);
}

#[test]
fn half_a_needs_a_unit_of_time() {
    assert!(figs("a war half a world away").is_empty());
    assert_eq!(one("half an hour later").6, "duration");
}

#[test]
fn bare_decimals_keep_their_point() {
    assert_eq!(one("it was .7% of fuel").1, Some(0.7));
}

#[test]
fn older_years_after_a_temporal_word_are_not_figures() {
    assert!(figs("still in 1613, he said").is_empty());
    assert_eq!(one("it has 1613 rooms").1, Some(1613.0));
}

#[test]
fn adjectives_in_s_are_not_plural_units() {
    assert!(figs("more than in the previous five.").is_empty());
}

#[test]
fn bare_m_is_metres_unless_people_are_counted() {
    assert!(figs("the 60m hurdles, she cleared 4.89m").is_empty());
    assert_eq!(one("some 1.5m people").1, Some(1.5e6));
    assert_eq!(one("paid 5m euros").6, "money");
}

#[test]
fn counts_followed_by_ago_are_not_figures() {
    assert!(figs("two seasons ago they won").is_empty());
}

#[test]
fn a_fraction_of_a_scale_is_a_count() {
    let r = one("almost a quarter of a million jobs would go");
    assert_eq!((r.1, r.4.clone(), r.5, r.6), (Some(250000.0), s("jobs"), Some("nearly"), "count"));
}

#[test]
fn a_plural_head_ends_the_unit() {
    assert_eq!(one("the record of 3.5 million tickets set in 1994").4, s("tickets"));
    assert_eq!(one("$5bn in arms sales").4, s("dollars"));
    assert_eq!(one("400 arms sales were").4, s("arms sales"));
    assert_eq!(one("thousands of US and Israeli sorties").4, s("US and Israeli sorties"));
}

#[test]
fn hyphenated_and_coordinated_units() {
    assert_eq!(one("selecting eight stand-by jurors for").4, s("stand-by jurors"));
    assert_eq!(one("about 50 radio and television shows, said").4, s("radio and television shows"));
}

#[test]
fn a_unit_ends_before_and_after_a_measure_or_a_singular_head() {
    assert_eq!(one("winds of 71 mph and gusts that").4, s("mph"));
    assert_eq!(one("it sold 42 aircraft and runs a fleet").4, s("aircraft"));
    assert_eq!(one("in more than one country and changes often").4, s("country"));
    // Plurals on both sides, or a singular modifier with its head after: one unit.
    assert_eq!(one("about 2,500 Marines and sailors arrived").4, s("Marines and sailors"));
    assert_eq!(one("some 300 policemen and women").4, s("policemen and women"));
    assert_eq!(one("more than 2,000 business and political leaders").4, s("business and political leaders"));
}

#[test]
fn possessives_titles_phone_numbers_and_date_ranges_are_not_figures() {
    assert!(figs("50's beef, a cameo in 24 Hour Party People, call 0845 8 505 505, the 20-30 January season").is_empty());
}

#[test]
fn an_age_may_end_the_sentence() {
    assert_eq!(one("and Letisha Shakespeare, 17.").6, "duration");
}

#[test]
fn a_number_after_a_year_is_still_a_figure() {
    assert_eq!(one("in 2019 300 people died").1, Some(300.0));
}

#[test]
fn table_rows_model_numbers_and_word_parts_are_not_figures() {
    assert!(figs("11 Nadia Petrova (Russia)").is_empty());
    assert!(figs("a 802.11b network, ranked 106 in the world, a quarter-final defeat").is_empty());
}

#[test]
fn acronym_plurals_end_the_unit() {
    assert_eq!(one("with 100,000 MDAs sold in Europe").4, s("MDAs"));
}

#[test]
fn participles_inside_compounds_stay_in_the_unit() {
    assert_eq!(one("hit by 15 armor-piercing rounds").4, s("armor-piercing rounds"));
}

#[test]
fn or_joins_a_loose_range_and_phone_numbers_are_skipped() {
    let r = one("about 20 or 30 yards before");
    assert_eq!((r.2, r.3, r.4.clone()), (Some(20.0), Some(30.0), s("yards")));
    assert!(figs("call 520-351-4900 now").is_empty());
}

#[test]
fn a_code_with_a_letter_in_parentheses_is_no_figure() {
    assert_eq!(figs("Savers can move money out of a 401(k) plan."), vec![]);
}

#[test]
fn a_list_marker_is_no_figure_but_a_number_closing_a_parenthesis_is() {
    assert_eq!(figs("Experts say: 1) shop around for deals; 2) borrow the least."), vec![]);
    assert!(figs("The vote went his way (41 to 3) on Monday.").iter().any(|r| r.0 == "3"));
}

#[test]
fn an_ordinal_idiom_is_no_rank() {
    assert_eq!(figs("Data was shared with third parties and a third-party firm."), vec![]);
    assert_eq!(figs("The women could be sent to a third country."), vec![]);
    assert_eq!(one("He won a third term.").6, "ordinal");
}

#[test]
fn a_number_word_in_a_figure_of_speech_is_no_figure() {
    assert_eq!(figs("Not in a million years would he do that. She was one in a million."), vec![]);
    assert_eq!(figs("It is not quite ‘no, no, a thousand times no’ and looks a million miles away."), vec![]);
    assert_eq!(one("A million people marched.").1, Some(1_000_000.0));
}

#[test]
fn pence_and_cents_are_hundredths_of_their_currency() {
    let got: Vec<_> = figs("Shares closed at 548p, up 4 pence. The fee is 17 cents. Analysts expect 50-60p.")
        .into_iter()
        .map(|r| (r.0, r.1, r.2, r.3, r.4, r.6))
        .collect();
    assert_eq!(
        got,
        [
            ("548p".to_string(), Some(5.48), None, None, s("pounds"), "money"),
            ("4 pence".to_string(), Some(0.04), None, None, s("pounds"), "money"),
            ("17 cents".to_string(), Some(0.17), None, None, s("dollars"), "money"),
            ("50-60p".to_string(), None, Some(0.5), Some(0.6), s("pounds"), "money"),
        ]
    );
    // Not glued, or a name: no money.
    assert!(figs("He sang with 50 Cent at 9 p.m.").iter().all(|r| r.6 != "money"));
}

#[test]
fn money_in_parentheses_is_no_list_marker() {
    let got: Vec<_> = figs("The experiment cost $12 (£6.30) in all.").into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(got, [("$12".to_string(), Some(12.0)), ("£6.30".to_string(), Some(6.3))]);
}

#[test]
fn a_change_then_a_price_is_two_figures() {
    let got: Vec<_> = figs("News Corp shares fell 25 cents to $17.65 after the offer.").into_iter().map(|r| (r.0, r.1)).collect();
    assert_eq!(got, [("25 cents".to_string(), Some(0.25)), ("$17.65".to_string(), Some(17.65))]);
    // Without a change verb, a range.
    assert_eq!(one("A farm spends 98 cents to $1.05 to produce them.").6, "money");
    assert!(figs("Peer-to-peer (P2P) networks are here.").is_empty());
}

#[test]
fn the_total_after_a_labelled_number_is_part_of_the_label() {
    assert!(figs("The storm is a Level 3 of 4 threat.").is_empty());
    assert!(figs("They won Game 7 of the series.").is_empty());
}

#[test]
fn a_number_after_top_with_no_noun_is_a_rank() {
    assert!(figs("Both songs held onto positions in the top 10.").is_empty());
    assert!(figs("Australia has a player in the top 10 of the rankings.").is_empty());
    assert_eq!(one("He emerged as one of the top two contenders.").4, s("contenders"));
}

#[test]
fn currencies_named_by_a_word_or_an_adjective_and_a_word_are_money() {
    let r = figs("Thailand may lose 30bn baht, and it paid 5 million Australian dollars and 3m Swiss francs.");
    let got: Vec<_> = r.iter().map(|f| (f.0.as_str(), f.1, f.4.as_deref(), f.6)).collect();
    assert_eq!(
        got,
        [
            ("30bn baht", Some(3e10), Some("baht"), "money"),
            ("5 million Australian dollars", Some(5e6), Some("Australian dollars"), "money"),
            ("3m Swiss francs", Some(3e6), Some("Swiss francs"), "money"),
        ]
    );
}

#[test]
fn a_hyphenated_odd_is_approximately() {
    let r = one("of the 80-odd resorts");
    assert_eq!((r.1, r.4, r.5), (Some(80.0), s("resorts"), Some("approximately")));
}
