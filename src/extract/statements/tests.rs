use super::*;
use crate::extract::types::{Actor, ActorKind, Mention};

/// A cast with one mention per occurrence of each (name, kind).
fn cast_for(body: &str, sentences: &[Sentence], names: &[(&str, ActorKind)]) -> Cast {
    let mut cast = Cast::default();
    for (i, (name, kind)) in names.iter().enumerate() {
        cast.actors.push(Actor { name: name.to_string(), kind: *kind, title: None, aliases: vec![name.to_string()] });
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let mut forms = vec![name.to_string()];
        if *kind == ActorKind::Person && surname != *name {
            forms.push(surname.to_string());
        }
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for f in &forms {
            for (s, _) in body.match_indices(f.as_str()) {
                let e = s + f.len();
                if !spans.iter().any(|&(a, b)| a < e && s < b) {
                    spans.push((s, e));
                }
            }
        }
        for (s, e) in spans {
            let sentence = segment::sentence_at(sentences, s).unwrap_or(0);
            cast.mentions.push(Mention { actor: i, sentence, start: s, end: e, title: None });
        }
    }
    cast.mentions.sort_by_key(|m| m.start);
    cast
}

/// (kind, cue, text, speaker name) per statement.
fn run(body: &str, names: &[(&str, ActorKind)]) -> Vec<(String, String, String, String)> {
    let sentences = segment::segment(body);
    let mut cast = cast_for(body, &sentences, names);
    let st = extract(body, &sentences, &mut cast);
    st.iter()
        .map(|s| {
            (
                s.kind.as_str().to_string(),
                s.cue.clone().unwrap_or_default(),
                s.text.clone(),
                s.speaker.and_then(|a| cast.actors.get(a)).map(|a| a.name.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

fn row(kind: &str, cue: &str, text: &str, who: &str) -> (String, String, String, String) {
    (kind.into(), cue.into(), text.into(), who.into())
}

const P: ActorKind = ActorKind::Person;
const O: ActorKind = ActorKind::Organization;

#[test]
fn a_quote_split_around_its_attribution_has_one_speaker() {
    let body = "“We will keep talking to both sides,” Jane Doe said. “Nobody should expect a quick result.”";
    assert_eq!(
        run(body, &[("Jane Doe", P)]),
        [
            row("direct", "said", "We will keep talking to both sides", "Jane Doe"),
            row("direct", "", "Nobody should expect a quick result.", "Jane Doe"),
        ]
    );
}

#[test]
fn a_title_or_an_initial_between_a_quote_and_its_verb_keeps_the_attribution() {
    let body = "“We will win,” Sen. Jane Doe said on Monday. “It is over,” John F. Kane said.";
    assert_eq!(
        run(body, &[("Jane Doe", P), ("John F. Kane", P)]),
        [row("direct", "said", "We will win", "Jane Doe"), row("direct", "said", "It is over", "John F. Kane")]
    );
}

#[test]
fn a_full_stop_between_a_quote_and_a_verb_ends_the_attribution() {
    let body = "“We will win,” the crowd shouted. Jane Doe said nothing.";
    assert!(run(body, &[("Jane Doe", P)]).iter().all(|r| r.3 != "Jane Doe"), "{:?}", run(body, &[("Jane Doe", P)]));
}

#[test]
fn said_that_is_indirect_with_the_clause_as_text() {
    let body = "Jane Doe said Monday that the talks would resume next week.";
    assert_eq!(run(body, &[("Jane Doe", P)]), [row("indirect", "said", "the talks would resume next week.", "Jane Doe")]);
}

#[test]
fn a_pronoun_speaker_is_the_last_person() {
    let body = "Jane Doe met the board.\n\n“There is progress on every point,” she said.";
    assert_eq!(run(body, &[("Jane Doe", P)]), [row("direct", "said", "There is progress on every point", "Jane Doe")]);
}

#[test]
fn it_refers_to_the_last_document_speaker() {
    let body = "The text of the accord says that “no side will attack the other side.” It also says that “both sides will free their prisoners.”";
    let r = run(body, &[]);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].3, "accord");
    assert_eq!(r[1].3, "accord");
    assert_eq!(r[1].0, "direct");
}

#[test]
fn a_document_description_speaks_and_the_report_refers_back() {
    let body = "A new World Bank report says that growth will slow this year.\n\n“Debt levels remain far too high in many countries,” the report added.";
    let r = run(body, &[("World Bank", O)]);
    assert_eq!(
        r,
        [
            row("indirect", "says", "growth will slow this year.", "World Bank report"),
            row("direct", "added", "Debt levels remain far too high in many countries", "World Bank report"),
        ]
    );
}

#[test]
fn according_to_takes_the_speaker_after_it() {
    let body = "The army will leave the city by June, according to several defense officials.";
    assert_eq!(
        run(body, &[]),
        [row("indirect", "according to", "The army will leave the city by June", "defense officials")]
    );
}

#[test]
fn told_reporters_is_the_cue_and_a_misspelled_surname_resolves() {
    let body = "Maria Castellano arrived late.\n\n“The decision belongs to the board alone,” Castelano told reporters.";
    let r = run(body, &[("Maria Castellano", P)]);
    assert_eq!(r, [row("direct", "told reporters", "The decision belongs to the board alone", "Maria Castellano")]);
}

#[test]
fn scare_quotes_are_not_statements_but_stay_inside_reported_speech() {
    let body = "The so-called “peace” deal was signed. Jane Doe claimed that the rebels would help “destroy” the camps.";
    assert_eq!(
        run(body, &[("Jane Doe", P)]),
        [row("indirect", "claimed", "the rebels would help “destroy” the camps.", "Jane Doe")]
    );
}

#[test]
fn a_partial_quote_inside_reported_speech_is_direct() {
    let body = "Jane Doe said the rebels had “agreed that they would stop all attacks on the city.”";
    assert_eq!(
        run(body, &[("Jane Doe", P)]),
        [row("direct", "said", "the rebels had “agreed that they would stop all attacks on the city.”", "Jane Doe")]
    );
}

#[test]
fn unbalanced_marks_do_not_swallow_the_rest_of_the_article() {
    let body = "The report said one state claimed “that the meetings “made any talk of a split pure fiction.”\n\nJohn Roe said that the army would stay.";
    let r = run(body, &[("John Roe", P)]);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].0, "direct");
    assert!(r[0].2.contains("made any talk of a split pure fiction"));
    assert_eq!(r[1], row("indirect", "said", "the army would stay.", "John Roe"));
}

#[test]
fn a_quote_paragraph_without_attribution_continues_the_previous_speaker() {
    let body = "“We are ready to sign the deal today,” Jane Doe said.\n\n“But the other side must show good faith first.”";
    let r = run(body, &[("Jane Doe", P)]);
    assert_eq!(r.len(), 2);
    assert_eq!(r[1], row("direct", "", "But the other side must show good faith first.", "Jane Doe"));
}

#[test]
fn a_quote_running_over_paragraphs_keeps_its_speaker() {
    let body = "Jane Doe said: “We will not leave until the work is done.\n\n“And we will come back if we must.”";
    let r = run(body, &[("Jane Doe", P)]);
    assert_eq!(r.len(), 2);
    assert!(r.iter().all(|x| x.3 == "Jane Doe" && x.0 == "direct"));
}

#[test]
fn inversion_puts_the_speaker_after_the_verb() {
    let body = "“The vote will go ahead as planned,” said John Roe, the party chairman.";
    assert_eq!(run(body, &[("John Roe", P)]), [row("direct", "said", "The vote will go ahead as planned", "John Roe")]);
}

#[test]
fn a_coordinated_verb_takes_the_sentence_subject() {
    let body = "The envoy, John Roe, did not answer questions about the camps but repeated that the deal depended on the rebels.";
    assert_eq!(
        run(body, &[("John Roe", P)]),
        [row("indirect", "repeated", "the deal depended on the rebels.", "John Roe")]
    );
}

#[test]
fn a_participle_after_a_comma_continues_the_clause_speaker() {
    let body = "“Turnout was low in the north,” the report said, estimating that some 400 voters stayed home.";
    let r = run(body, &[]);
    assert_eq!(r.len(), 2);
    assert_eq!(r[1], row("indirect", "estimating", "some 400 voters stayed home.", "report"));
    assert_eq!(r[0].3, "report");
}

#[test]
fn a_participle_after_a_name_takes_that_name() {
    let body = "The ministry said the deal marked a break, with John Roe saying shortly after it was signed that the rebels had “agreed to leave the city for good.”";
    let r = run(body, &[("John Roe", P)]);
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("John Roe"));
    assert_eq!(r.last().map(|x| x.0.as_str()), Some("direct"));
    assert_eq!(r[0].2, "the deal marked a break");
}

#[test]
fn nouns_and_passives_are_not_cues() {
    let body = "The reported deal was said to be close. His claims were rejected.";
    assert!(run(body, &[]).is_empty());
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for body in ["", "“", "”", "\"", "‘’", "“ ” “", "said", "according to", "— said “x” —"] {
        let _ = run(body, &[]);
    }
}

#[test]
fn a_clause_cut_by_a_later_attribution_stays_indirect() {
    let body = "The Trump administration has said that its deal with the rebels signified a break with the past, with John Roe saying that the rebels had “agreed that they would leave for good.”";
    let r = run(body, &[("John Roe", P)]);
    assert_eq!(r[0], row("indirect", "said", "its deal with the rebels signified a break with the past", "Trump administration"));
    assert_eq!(r[1], row("direct", "saying", "the rebels had “agreed that they would leave for good.”", "John Roe"));
}

#[test]
fn an_appositive_between_name_and_verb_is_skipped() {
    let body = "“We were wrong to wait so long,” Maria Ortiz, 58, told AFP. “Nobody expected a fight like this one,” John Roe, a former party aide, said.";
    let r = run(body, &[]);
    assert_eq!(r.len(), 2);
    assert_eq!((r[0].1.as_str(), r[0].3.as_str()), ("told AFP", "Maria Ortiz"));
    assert_eq!((r[1].1.as_str(), r[1].3.as_str()), ("said", "John Roe"));
}

#[test]
fn a_titled_speaker_after_a_quote_owns_it() {
    let body = "“We take our duties very seriously,” State Department spokesman John Roe said Friday.";
    assert_eq!(run(body, &[]), [row("direct", "said", "We take our duties very seriously", "John Roe")]);
}

#[test]
fn an_appositive_with_commas_or_a_role_is_skipped() {
    let body = "“We will win this state,” Dean Roe, a salesman from Sumter, South Carolina, said. “It is over,” Jeff Weaver, Sanders’ campaign manager, said.";
    let r = run(body, &[]);
    assert_eq!(r.iter().map(|x| x.3.as_str()).collect::<Vec<_>>(), ["Dean Roe", "Jeff Weaver"]);
}

#[test]
fn after_the_verb_a_role_before_a_name_is_a_title() {
    let body = "“It was a sizable purchase of data,” said company president Bruce Willsie.";
    assert_eq!(run(body, &[])[0].3, "Bruce Willsie");
}

#[test]
fn after_the_verb_an_owner_before_a_name_qualifies_it() {
    let body = "“It is bad,” said ABN Amro's Eddie Wong. “Fear” drove markets, according to CNN’s Fear and Greed Index.";
    let r = run(body, &[("ABN Amro", O), ("Eddie Wong", P), ("CNN", O)]);
    assert_eq!(r.iter().map(|x| x.3.as_str()).collect::<Vec<_>>(), ["Eddie Wong", "CNN"]);
}

#[test]
fn a_long_adjunct_after_an_attribution_that_follows_a_quote() {
    let body = "“We were wrong to wait so long,” Ramos told AFP in an interview in Mexico City on Monday.";
    assert_eq!(run(body, &[])[0].3, "Ramos");
}

#[test]
fn a_partial_quote_before_the_attribution_makes_the_whole_content_direct() {
    let body = "Fundraising was “stagnant for about a month” as donors waited, he said.";
    let r = run(body, &[]);
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].0.as_str(), r[0].2.as_str()), ("direct", "Fundraising was “stagnant for about a month” as donors waited"));
}

#[test]
fn in_which_x_declared_that() {
    let body = "The paper published an interview, in which John Roe declared that his win was “tremendous news for the party.”";
    let r = run(body, &[("John Roe", P)]);
    assert_eq!(r, [row("direct", "declared", "his win was “tremendous news for the party.”", "John Roe")]);
}

#[test]
fn a_clause_ends_where_a_described_speaker_takes_over() {
    let body = "While John Roe claimed that the rebels would help “destroy” the camps, the text of the accord says only that “the rebels will not allow any attacks on the city.”";
    let r = run(body, &[("John Roe", P)]);
    assert_eq!(r[0], row("indirect", "claimed", "the rebels would help “destroy” the camps", "John Roe"));
    assert_eq!((r[1].0.as_str(), r[1].1.as_str(), r[1].3.as_str()), ("direct", "says", "accord"));
    assert!(r[1].2.starts_with("the rebels will not allow"));
}

#[test]
fn an_unattributed_quote_after_a_sentence_takes_its_subject() {
    let body = "Mary Hill agreed. “Time is running out for the party to find anyone else.”";
    assert_eq!(run(body, &[("Mary Hill", P)])[0].3, "Mary Hill");
}

#[test]
fn a_paragraph_ending_in_a_colon_introduces_the_next_quote() {
    let body = "Then John Roe turned on the moderators:\n\n“The questions asked tonight show why nobody trusts the media.”";
    assert_eq!(run(body, &[("John Roe", P)])[0].3, "John Roe");
}

#[test]
fn actors_added_for_cues_without_content_are_dropped() {
    let body = "Members of the network hold leadership positions. The group said that it would fight on.";
    let sentences = segment::segment(body);
    let mut cast = Cast::default();
    let st = extract(body, &sentences, &mut cast);
    assert_eq!(st.len(), 1);
    assert_eq!(cast.actors.len(), 1);
    assert_eq!(st[0].speaker, Some(0));
    assert_eq!(cast.actors[0].name, "group");
}

#[test]
fn according_to_an_unknown_body_names_it_by_its_head() {
    let body = "The campus was placed on lockdown shortly after noon, according to the school.";
    assert_eq!(run(body, &[]), [row("indirect", "according to", "The campus was placed on lockdown shortly after noon", "school")]);
}

#[test]
fn a_quote_led_by_adding_continues_the_previous_speaker() {
    let body = "The mayor, Ann Cole, said on Monday that the bridge would reopen soon.\n\nAdding, \u{201c}We will not wait for another winter to pass.\u{201d}";
    let rows = run(body, &[("Ann Cole", ActorKind::Person)]);
    assert!(rows.iter().any(|r| r.0 == "direct" && r.2.starts_with("We will not wait") && r.3 == "Ann Cole"), "{rows:?}");
}

#[test]
fn she_said_skips_the_man_named_last() {
    let body = "Maria Lopez met Mr. Grant on Monday. \u{201c}The talks went well and we will meet again,\u{201d} she said.";
    let rows = run(body, &[("Maria Lopez", ActorKind::Person), ("Mr. Grant", ActorKind::Person)]);
    assert_eq!(rows.iter().filter(|r| r.0 == "direct").map(|r| r.3.as_str()).collect::<Vec<_>>(), vec!["Maria Lopez"]);
}

#[test]
fn a_capitalised_possessive_is_never_a_speaker() {
    let body = "His attorneys say the evidence will show he is innocent.";
    let r = run(body, &[]);
    assert_eq!(r, [row("indirect", "say", "the evidence will show he is innocent.", "attorneys")]);
}

#[test]
fn announcing_or_denying_a_noun_phrase_is_not_a_statement() {
    let body = "Prosecutors announced charges against the singer on Monday. Jane Doe denied the allegations. Jane Doe denied the plan was dead.";
    assert_eq!(run(body, &[("Jane Doe", P)]), [row("indirect", "denied", "the plan was dead.", "Jane Doe")]);
}

#[test]
fn negated_or_questioned_cognition_is_not_a_statement() {
    let body = "Jane Doe does not think the plan will work. Does John Roe believe the plan will work?";
    assert!(run(body, &[("Jane Doe", P), ("John Roe", P)]).is_empty());
}

#[test]
fn an_attribution_inside_the_sentence_is_cut_from_its_text() {
    let body = "In some places, Jane Doe said, permission to dig was impossible to get.";
    let r = run(body, &[("Jane Doe", P)]);
    assert_eq!(r, [row("indirect", "said", "In some places, permission to dig was impossible to get.", "Jane Doe")]);
}

#[test]
fn a_role_owned_by_a_country_is_not_the_country() {
    let body = "The plan is ready, Greece’s migration minister said.";
    let r = run(body, &[("Greece", ActorKind::Country)]);
    assert_eq!(r, [row("indirect", "said", "The plan is ready", "Greece’s migration minister")]);
}

#[test]
fn he_prefers_a_recent_subject_to_a_man_met_as_an_object() {
    let body = "Roger Federer was not worried. The champion had to go the distance against Ivo Minar.\n\n“I had a slow start again,” he said.";
    let r = run(body, &[("Roger Federer", P), ("Ivo Minar", P)]);
    assert_eq!(r, [row("direct", "said", "I had a slow start again", "Roger Federer")]);
}

#[test]
fn a_name_after_the_verb_wins_over_a_name_before_the_comma() {
    let body = "There will be room for humans in attacks using Claude, said Joe Lin, a founder.";
    let r = run(body, &[("Claude", O), ("Joe Lin", P)]);
    assert_eq!(r, [row("indirect", "said", "There will be room for humans in attacks using Claude", "Joe Lin")]);
}

#[test]
fn a_parenthesis_or_a_place_does_not_hide_the_speaker() {
    let body = "Rep. Jane Doe (D-Md.), chair of the Platform Committee, said that the plan was “fully open.” “This is a show,” said Virginia delegate John Roe.";
    let r = run(body, &[("Jane Doe", P), ("Platform Committee", O), ("Virginia", ActorKind::Place), ("John Roe", P)]);
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].3, "Jane Doe");
    assert_eq!(r[1].3, "John Roe");
}

#[test]
fn a_quote_after_wrote_to_ends_with_the_quote() {
    let body = "Jane Doe wrote to her 20,000 followers, “It is time to end this for good,” and shared a link. “Go back home now,” John Roe barked.";
    assert_eq!(
        run(body, &[("Jane Doe", P), ("John Roe", P)]),
        [row("direct", "wrote", "It is time to end this for good", "Jane Doe"), row("direct", "barked", "Go back home now", "John Roe")]
    );
}

#[test]
fn a_dash_appositive_is_skipped() {
    let body = "John Roe — a prosecutor covering Davidson County — said that the risk was real.";
    let r = run(body, &[("John Roe", P), ("Davidson County", ActorKind::Place)]);
    assert_eq!(r, [row("indirect", "said", "the risk was real.", "John Roe")]);
}

#[test]
fn questions_and_relative_clauses_are_not_statements() {
    let body = "Jane Doe had asked Friday what share of that drop had been among women. It skirted a rule that says any attempts had to be voted on.";
    assert!(run(body, &[("Jane Doe", P)]).is_empty());
}

#[test]
fn a_participle_takes_only_the_subject_right_before_it() {
    let body = "Media undercut Jane Doe, with outlets flat out denying that the rescue happened. Jane Doe has been publicly saying that the war is over.";
    assert_eq!(run(body, &[("Jane Doe", P)]), [row("indirect", "saying", "the war is over.", "Jane Doe")]);
}

#[test]
fn the_family_said_names_the_family() {
    let body = "The family said the plan was fine.";
    assert_eq!(run(body, &[]), [row("indirect", "said", "the plan was fine.", "family")]);
}

#[test]
fn an_attribution_with_an_adjunct_keeps_the_name_before_the_verb() {
    let body = "“The numbers put our campaign on pace to win,” Jeff Weaver, the campaign manager, said in a statement.";
    assert_eq!(run(body, &[]), [row("direct", "said", "The numbers put our campaign on pace to win", "Jeff Weaver")]);
}

#[test]
fn who_said_takes_the_phrase_before_who_not_an_earlier_name() {
    let body = "Jane Doe spoke first. The mood was shared by many, including those who said they had voted for her.";
    let r = run(body, &[("Jane Doe", P)]);
    assert_eq!(r, [row("indirect", "said", "they had voted for her.", "")]);
}

#[test]
fn a_short_quote_names_the_speaker_of_the_quote_after_it() {
    let body = "“It’s fine,” Tom Reed said of the rule. “And much tougher rules would be fine too.”";
    assert_eq!(run(body, &[("Tom Reed", P)]), [row("direct", "", "And much tougher rules would be fine too.", "Tom Reed")]);
}

#[test]
fn an_attribution_after_a_quote_may_run_on_with_adjuncts() {
    let body = "“Of course it is not right,” Tom Reed said in reply to a question from a reporter ahead of his fourth event of the day in a town.";
    assert_eq!(run(body, &[("Tom Reed", P)]), [row("direct", "said", "Of course it is not right", "Tom Reed")]);
}

#[test]
fn a_naming_verb_takes_the_quote_alone() {
    let body = "Ann Lee called the plan by the two leaders “a blatant abuse of power” on Monday.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("direct", "called", "a blatant abuse of power", "Ann Lee")]);
}

#[test]
fn a_naming_verb_takes_no_clause() {
    let body = "Ann Lee criticized the claim that the plan would cut costs for families.";
    assert!(run(body, &[("Ann Lee", P)]).is_empty());
}

#[test]
fn called_for_and_called_on_name_nothing() {
    let body = "Ann Lee called for “a full and open inquiry into the deal” and called on “all members to vote no today”.";
    assert!(run(body, &[("Ann Lee", P)]).iter().all(|r| r.1 != "called"));
}

#[test]
fn no_indirect_statement_opens_with_a_scare_quote_after_the_verb() {
    let body = "Ann Lee called the slide “brutal” and blamed the strong euro for the slowdown in growth.";
    assert!(run(body, &[("Ann Lee", P)]).is_empty());
}

#[test]
fn a_colon_in_a_later_sentence_names_a_new_speaker() {
    let body = "“We will win this one,” Tom Reed said. Ann Lee was less sure: “We have a lot of work to do before then.”";
    assert_eq!(
        run(body, &[("Tom Reed", P), ("Ann Lee", P)]),
        [row("direct", "said", "We will win this one", "Tom Reed"), row("direct", "", "We have a lot of work to do before then.", "Ann Lee")]
    );
}

#[test]
fn they_after_two_joined_names_is_the_group_of_them() {
    let body = "The Central Bank raised rates.\n\nTom Reed and Ann Lee met the mayor. They said the plan would fail.";
    assert_eq!(
        run(body, &[("Central Bank", O), ("Tom Reed", P), ("Ann Lee", P)]),
        [row("indirect", "said", "the plan would fail.", "Tom Reed and Ann Lee")]
    );
}

#[test]
fn a_dash_after_which_the_narrator_goes_on_ends_the_content() {
    let body = "Ann Lee claimed the city did not gain any unfair advantage — and pledged to improve its procedures.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("indirect", "claimed", "the city did not gain any unfair advantage", "Ann Lee")]);
}

#[test]
fn a_dash_before_the_narrators_comment_ends_the_content() {
    let body = "Ann Lee said the deal was dead — a view shared by many in the council.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("indirect", "said", "the deal was dead", "Ann Lee")]);
}

#[test]
fn a_dash_that_goes_on_with_the_speakers_words_keeps_the_content() {
    let body = "Ann Lee warned that costs would rise — but this could change next year.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("indirect", "warned", "costs would rise — but this could change next year.", "Ann Lee")]);
}

#[test]
fn a_cue_inside_dashes_governs_up_to_the_closing_dash() {
    let body = "The powers — which Tom Reed argues are needed to help the poor — trample over property rights.";
    assert_eq!(run(body, &[("Tom Reed", P)]), [row("indirect", "argues", "are needed to help the poor", "Tom Reed")]);
}

#[test]
fn a_verb_takes_its_clause_over_an_aside_in_dashes() {
    let body = "Ann Lee said — and Tom Reed agreed — that the talks had failed.";
    assert_eq!(run(body, &[("Ann Lee", P), ("Tom Reed", P)]), [row("indirect", "said", "the talks had failed.", "Ann Lee")]);
}

#[test]
fn a_quote_then_a_dash_and_narration_is_the_quote_alone() {
    let body = "Ann Lee said, “We are ready for it and more” — and walked out of the hall.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("direct", "said", "We are ready for it and more", "Ann Lee")]);
}

#[test]
fn according_to_after_a_quote_in_dashes_attributes_the_quote() {
    let body = "The plan — “a total disaster for the city,” according to Tom Reed — was dropped.";
    assert_eq!(run(body, &[("Tom Reed", P)]), [row("direct", "according to", "a total disaster for the city", "Tom Reed")]);
}

#[test]
fn a_hyphen_inside_words_is_no_dash() {
    let body = "Analysts say hiring staff is still too hard, hampering small- and medium-sized firms.";
    assert_eq!(run(body, &[]), [row("indirect", "say", "hiring staff is still too hard, hampering small- and medium-sized firms.", "analysts")]);
}

#[test]
fn names_joined_by_and_before_the_verb_are_one_group_speaker() {
    let body = "Tom Reed and Ann Lee said the plan would fail.";
    assert_eq!(run(body, &[("Tom Reed", P), ("Ann Lee", P)]), [row("indirect", "said", "the plan would fail.", "Tom Reed and Ann Lee")]);
}

#[test]
fn names_joined_by_and_before_a_colon_are_one_group_speaker() {
    let body = "POLLS WERE EARLY - Tom Reed and Ann Lee: “The polls ended far too early this time.”";
    assert_eq!(run(body, &[("Tom Reed", P), ("Ann Lee", P)]), [row("direct", "", "The polls ended far too early this time.", "Tom Reed and Ann Lee")]);
}

#[test]
fn a_party_in_parentheses_and_a_comma_before_the_verb_keep_the_name() {
    let body = "On Tuesday, Gov. John Kasich (R-OH), said, “We are getting ready to rent a covered wagon.”";
    assert_eq!(run(body, &[("John Kasich", P), ("OH", ActorKind::Place)]), [row("direct", "said", "We are getting ready to rent a covered wagon.", "John Kasich")]);
}

#[test]
fn told_someone_when_asked_is_an_attribution() {
    let body = "“That is a fair concern, because they care a lot,” Ann Lee, 69, told the radio on Monday when asked about the vote.";
    assert_eq!(run(body, &[("Ann Lee", P)]), [row("direct", "told the radio on Monday", "That is a fair concern, because they care a lot", "Ann Lee")]);
}

#[test]
fn a_naming_verb_in_the_passive_names_nobody() {
    let body = "The probe has been on what’s called a “free return trajectory around the moon.” \
                Tom Reed, a witness described in the report, “said the count was never audited at all.”";
    let rows = run(body, &[("Tom Reed", P)]);
    assert!(rows.iter().all(|r| !r.1.starts_with("call") && !r.1.starts_with("describ")), "{rows:?}");
}

#[test]
fn a_nationality_adjective_is_no_speaker_and_the_noun_before_the_preposition_heads_the_subject() {
    let body = "The plant will close in May, workers at the Dutch brewer have said.";
    assert_eq!(run(body, &[]), [row("indirect", "said", "The plant will close in May", "workers")]);
}

#[test]
fn the_object_of_a_preposition_is_not_the_head_of_the_subject() {
    let body = "Employees at the company said the plant would close.";
    assert_eq!(run(body, &[]), [row("indirect", "said", "the plant would close.", "employees")]);
}

#[test]
fn a_noun_after_and_heads_another_phrase_than_the_name_before() {
    let body = "The ship sank in the storm, according to Reuters and independent analysis of the wreck.";
    assert_eq!(run(body, &[("Reuters", O)]), [row("indirect", "according to", "The ship sank in the storm", "Reuters")]);
}

#[test]
fn a_noun_used_as_a_modifier_keeps_the_head_noun_after_it() {
    let body = "The blast hit a school, according to Syrian state media.";
    assert_eq!(run(body, &[]), [row("indirect", "according to", "The blast hit a school", "Syrian state media")]);
}

#[test]
fn a_capitalised_word_opening_the_sentence_modifies_the_head_noun() {
    let body = "Drone footage from last week showed that the bridge had collapsed.";
    assert_eq!(run(body, &[]), [row("indirect", "showed", "the bridge had collapsed.", "Drone footage")]);
}

#[test]
fn a_bare_infinitive_after_let_make_or_help_is_no_verb_of_saying() {
    for body in [
        "The firm sells a small app designed to let users write, mix and share songs.",
        "Two aides helped write the plan for the summit.",
        "The new rules will make officials say less in public.",
    ] {
        assert_eq!(run(body, &[]), [], "{body}");
    }
}

#[test]
fn a_role_after_a_name_and_its_abbreviation_in_parentheses_is_of_that_name() {
    let body = "A Royal Navy (RN) spokesman said on Monday that the ship was safe.";
    assert_eq!(
        run(body, &[("Royal Navy", O), ("RN", O)]),
        [row("indirect", "said", "the ship was safe.", "Royal Navy spokesman")]
    );
}

#[test]
fn a_nationality_before_an_unknown_noun_makes_that_noun_the_speaker_not_the_place_after_it() {
    let body = "“We have no say anymore,” wrote a Dutch farmer from Utrecht.";
    assert_eq!(run(body, &[("Utrecht", ActorKind::Place)]), [row("direct", "wrote", "We have no say anymore", "Dutch farmer")]);
}

#[test]
fn an_adjective_after_the_noun_before_a_preposition_is_not_the_head() {
    let body = "The deal is close, a source familiar with the talks told reporters.";
    assert_eq!(run(body, &[]), [row("indirect", "told reporters", "The deal is close", "source")]);
}

#[test]
fn a_quote_ending_with_a_full_stop_takes_no_attribution_from_the_next_sentence() {
    let body = "Jane Doe said: \"Political decisions are made on your behalf every day. \"If you want a vote you need to register by Friday.\" Council tax payers cannot vote without registration, officials have stressed.";
    let st = run(body, &[("Jane Doe", P)]);
    let quote = st.iter().find(|r| r.2.starts_with("If you want")).map(|r| r.3.clone());
    assert_eq!(quote.as_deref(), Some("Jane Doe"));
    assert!(st.iter().any(|r| r.0 == "indirect" && r.2.starts_with("Council tax payers") && r.3 == "officials"), "{st:?}");
    let body = "Jane Doe said: \"We did not talk about these adjustments and the information was false.\" John Roe said his former boss knew more about accounting than anyone.";
    let st = run(body, &[("Jane Doe", P), ("John Roe", P)]);
    let quote = st.iter().find(|r| r.2.starts_with("We did not talk")).map(|r| r.3.clone());
    assert_eq!(quote.as_deref(), Some("Jane Doe"), "{st:?}");
    assert!(st.iter().any(|r| r.0 == "indirect" && r.2.starts_with("his former boss") && r.3 == "John Roe"), "{st:?}");
}

#[test]
fn a_quote_paragraph_followed_by_narration_keeps_the_speaker_of_the_paragraph_before() {
    let body = "Jane Doe said the plans showed fear.\n\n\"The government turns its back on the voters, and it will pay for it.\" The campaign starts in May. John Roe said the campaign would be \"the most positive campaign ever run\".";
    let st = run(body, &[("Jane Doe", P), ("John Roe", P)]);
    let quote = st.iter().find(|r| r.2.starts_with("The government turns")).map(|r| r.3.clone());
    assert_eq!(quote.as_deref(), Some("Jane Doe"), "{st:?}");
}

#[test]
fn a_speaker_of_reported_speech_between_two_quotes_speaks_the_second() {
    let body = "\"The dollar's fall has been sudden,\" said Bob Taylor. \"Nothing has changed in the markets yet.\" Jane Snow put a brave face on the news, saying it was a sign of growth. \"The economy is growing at such a fast rate that it makes money for everyone.\"";
    let st = run(body, &[("Bob Taylor", P), ("Jane Snow", P)]);
    let who = |start: &str| st.iter().find(|r| r.2.starts_with(start)).map(|r| r.3.clone());
    assert_eq!(who("Nothing has changed").as_deref(), Some("Bob Taylor"), "{st:?}");
    assert_eq!(who("The economy is growing").as_deref(), Some("Jane Snow"), "{st:?}");
}

/// (text, speaker name) per statement, with titles given to some actors.
fn run_titled(body: &str, names: &[(&str, ActorKind)], titles: &[(usize, &str)]) -> Vec<(String, String)> {
    let sentences = segment::segment(body);
    let mut cast = cast_for(body, &sentences, names);
    for &(i, t) in titles {
        cast.actors[i].title = Some(t.to_string());
    }
    let st = extract(body, &sentences, &mut cast);
    st.iter().map(|s| (s.text.clone(), s.speaker.and_then(|a| cast.actors.get(a)).map(|a| a.name.clone()).unwrap_or_default())).collect()
}

#[test]
fn the_governor_refers_back_to_the_person_titled_gov() {
    let body = "Gov. Kevin Stitt said he was being briefed on the fire response. Jane Roe runs the forestry service. It has been too windy to fly, the governor told reporters.";
    let st = run_titled(body, &[("Kevin Stitt", P), ("Jane Roe", P)], &[(0, "Gov.")]);
    assert!(st.iter().any(|(t, w)| t.starts_with("It has been too windy") && w == "Kevin Stitt"), "{st:?}");
}

#[test]
fn a_role_right_after_the_one_person_who_spoke_refers_back_to_that_person() {
    let body = "Gordon Brown has issued a rallying cry to supporters. The chancellor said the vote will give a clear choice between investment and cuts.";
    let st = run_titled(body, &[("Gordon Brown", P)], &[]);
    assert_eq!(st, vec![("the vote will give a clear choice between investment and cuts.".to_string(), "Gordon Brown".to_string())]);
    // A source is someone new, and so is a role after two people.
    let body = "Gordon Brown has issued a rallying cry to supporters. The source said the vote will give a clear choice between investment and cuts.";
    assert_eq!(run_titled(body, &[("Gordon Brown", P)], &[])[0].1, "source");
    let body = "Gordon Brown has issued a rallying cry. Jane Roe said it was late. The chancellor said the vote will give a clear choice between investment and cuts.";
    assert_eq!(run_titled(body, &[("Gordon Brown", P), ("Jane Roe", P)], &[]).last().map(|r| r.1.as_str()), Some("chancellor"));
}

#[test]
fn a_role_that_refers_back_to_a_person_becomes_an_alias_of_that_person() {
    let body = "Gordon Brown has issued a rallying cry to supporters. The Labour chancellor said the vote will give a clear choice between investment and cuts.";
    let sentences = segment::segment(body);
    let mut cast = cast_for(body, &sentences, &[("Gordon Brown", P)]);
    extract(body, &sentences, &mut cast);
    assert!(cast.actors[0].aliases.iter().any(|a| a == "Labour chancellor"), "{:?}", cast.actors);
}

#[test]
fn a_place_after_in_or_to_qualifies_the_speaker_noun_before_it() {
    const C: ActorKind = ActorKind::Country;
    let who = |body: &str| run(body, &[("United States", C), ("Minnesota", ActorKind::Place)]).into_iter().map(|r| r.3).collect::<Vec<_>>();
    // The description is the speaker, not the place.
    assert_ne!(who("Israel's ambassador to the United States said the talks would resume."), ["United States"]);
    assert_ne!(who("Builders in Minnesota said they need more workers."), ["Minnesota"]);
    // A bare capitalised word before such a phrase names no one.
    assert_eq!(who("About 5,000 children live in Minnesota and carers said they need help."), [""]);
}

#[test]
fn a_phrase_after_an_inverted_verb_is_the_speaker_not_the_content() {
    let body = "The system could mature the way utilities have developed, said Sun's chief operating officer Jonathan Schwartz. \
                Israel does not count buried launchers in its total, said one of the sources familiar with the assessment. \
                Rates will rise again next year, said Stuart Hensel of the Economist Intelligence Unit.";
    assert_eq!(
        run(body, &[]),
        vec![
            row("indirect", "said", "The system could mature the way utilities have developed", "Jonathan Schwartz"),
            row("indirect", "said", "Israel does not count buried launchers in its total", "sources"),
            row("indirect", "said", "Rates will rise again next year", "Stuart Hensel"),
        ]
    );
}

#[test]
fn a_clause_after_an_inverted_verb_stays_the_content() {
    // "serves" is a verb no lexicon knows: the words after "said" are what
    // she said, not who said it.
    let body = "In a 2024 interview, his wife, Catherine Hansen, said her husband serves as the family's emotional anchor.";
    let rows = run(body, &[("Catherine Hansen", P)]);
    assert_eq!(rows, vec![row("indirect", "said", "her husband serves as the family's emotional anchor.", "Catherine Hansen")]);
}

#[test]
fn a_role_after_an_inverted_verb_gives_way_to_the_name_after_it() {
    let body = "Having similar datasets is crucial, said Art Recognition's co-founder and CEO, Carina Popovici, on a call from Zurich.";
    assert_eq!(run(body, &[]), vec![row("indirect", "said", "Having similar datasets is crucial", "Carina Popovici")]);
}

#[test]
fn people_and_texts_known_by_what_they_do_or_are_speak() {
    let body = "“We slammed on the brakes,” the pilot said. The affidavit said the driver had been drinking. \
                The league said the game would be replayed next week.";
    assert_eq!(
        run(body, &[]),
        vec![
            row("direct", "said", "We slammed on the brakes", "pilot"),
            row("indirect", "said", "the driver had been drinking.", "affidavit"),
            row("indirect", "said", "the game would be replayed next week.", "league"),
        ]
    );
}

#[test]
fn the_noun_a_relative_clause_or_familiar_with_follows_is_the_speaker() {
    let body = "The first source who has reviewed the US assessment said such a goal was unrealistic. \
                Sources close to Mr Hockney said eight other members were also planning to leave. \
                A person familiar with the matter said Kahn testified that Epstein had investments.";
    let rows = run(body, &[("Damian Hockney", P), ("Richard Kahn", P), ("United States", ActorKind::Country)]);
    assert_eq!(
        rows,
        vec![
            row("indirect", "said", "such a goal was unrealistic.", "source"),
            row("indirect", "said", "eight other members were also planning to leave.", "sources"),
            row("indirect", "said", "Kahn testified that Epstein had investments.", "person"),
            row("indirect", "testified", "Epstein had investments.", "Richard Kahn"),
        ]
    );
}

#[test]
fn the_name_or_plural_a_who_clause_follows_is_the_speaker_not_a_name_inside_it() {
    let body = "Democrats who have run against Paxton in the past said the party should be careful. \
                Republicans who know Trump well say he will not back down. \
                Customers who spoke to Reuters said plus sizes were hard to find.";
    let rows = run(body, &[("Ken Paxton", P), ("Democrats", O), ("Republicans", O), ("Donald Trump", P), ("Reuters", O)]);
    let speakers: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(speakers, ["Democrats", "Republicans", "Customers"], "{rows:?}");
    // A capitalised description after "the" is left to the appositive.
    let body = "“I am not going to sit here and wait for a call,” Rep. Mark Amodei, the Republican who oversees the budget, told CNN.";
    let rows = run(body, &[("Mark Amodei", P)]);
    assert_eq!(rows.last().map(|r| r.3.as_str()), Some("Mark Amodei"), "{rows:?}");
}

#[test]
fn a_second_appositive_after_a_relative_clause_or_description_leaves_the_first_name_as_speaker() {
    let body = "Rochelle Garza, who is now president of the Texas Civil Rights Project, an advocacy group, said running was hard. \
                Mohit Kumar, an economist at Jefferies, an investment bank, noted that Russia produces oil. \
                Rep. Pete Sessions of Texas, who co-leads the caucus with Bean, meanwhile, says he views his role as giving context.";
    let rows = run(body, &[("Rochelle Garza", P), ("Texas Civil Rights Project", O), ("Mohit Kumar", P), ("Jefferies", O), ("Pete Sessions", P), ("Aaron Bean", P), ("Texas", ActorKind::Place)]);
    let speakers: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(speakers, ["Rochelle Garza", "Mohit Kumar", "Pete Sessions"], "{rows:?}");
}

#[test]
fn a_name_before_in_or_of_owns_the_place_or_body_after_it_but_not_a_person() {
    let body = "Some Democrats in the state believe Paxton would be more vulnerable this year. \
                “We are incredibly pleased with the verdict,” Corien Fahner of the prosecution service told reporters. \
                A Department of Homeland Security spokesperson said the facts of this case have not changed.";
    let rows = run(body, &[("Democrats", O), ("Ken Paxton", P), ("Corien Fahner", P), ("Department of Homeland Security", O)]);
    let speakers: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(speakers, ["Democrats", "Corien Fahner", "Homeland Security spokesperson"], "{rows:?}");
}

#[test]
fn a_nationality_after_the_stands_for_the_person_before_and_is_no_alias() {
    let body = "Svetlana Kuznetsova was cleared on Monday. The Russian said she did nothing wrong by taking the medicine. \
                Jacques Rogge met Tim Henman. The 55-year-old Frenchman told reporters he was happy with the talks.";
    let sentences = segment::segment(body);
    let mut cast = cast_for(body, &sentences, &[("Svetlana Kuznetsova", P), ("Jacques Rogge", P), ("Tim Henman", P)]);
    let st = extract(body, &sentences, &mut cast);
    let speakers: Vec<&str> = st.iter().map(|s| s.speaker.map_or("", |a| cast.actors[a].name.as_str())).collect();
    // Two men before: neither is taken, and the new person keeps the word as written.
    assert_eq!(speakers, ["Svetlana Kuznetsova", "Frenchman"]);
    assert!(!cast.actors[0].aliases.iter().any(|a| a == "Russian"), "{:?}", cast.actors[0].aliases);
}

#[test]
fn a_role_appositive_without_its_closing_comma_leaves_the_name_as_speaker() {
    let body = "Peter Misselbrook, executive partner of Tods Murray said the firm was growing fast. \
                Marc Ostwald, a strategist at Monument Securities told Reuters that rates would rise.";
    let rows = run(body, &[("Peter Misselbrook", P), ("Tods Murray", P), ("Marc Ostwald", P), ("Monument Securities", O)]);
    let speakers: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    assert_eq!(speakers, ["Peter Misselbrook", "Marc Ostwald"], "{rows:?}");
}

#[test]
fn that_before_a_plural_speaker_is_the_relative_pronoun_not_part_of_the_speaker() {
    let body = "Trump signed an order that officials said was aimed at cracking down on foreign sellers. \
                That official said the plan was aimed at cracking down on sellers.";
    let sentences = segment::segment(body);
    let mut cast = cast_for(body, &sentences, &[]);
    let st = extract(body, &sentences, &mut cast);
    let texts: Vec<Option<&str>> = st.iter().map(|s| s.speaker_text.as_deref()).collect();
    assert_eq!(texts, [Some("officials"), Some("That official")]);
}

#[test]
fn an_appositive_with_a_role_before_a_preposition_leaves_the_name_as_speaker() {
    let body = "Oil prices could rise further, Dina Esfandiary, Middle East lead for Bloomberg Economics, said.";
    let rows = run(body, &[("Dina Esfandiary", P), ("Bloomberg Economics", O)]);
    assert_eq!(rows, vec![row("indirect", "said", "Oil prices could rise further", "Dina Esfandiary")]);
}

#[test]
fn a_general_word_opening_a_longer_subject_is_no_speaker() {
    let who = |body: &str| run(body, &[]).into_iter().map(|r| r.3).collect::<Vec<_>>();
    assert_eq!(who("Recent surveys have indicated that the market has cooled."), [""]);
    assert_eq!(who("Among the over-65s, 70% said they would vote."), [""]);
    // The same kind of word right before its verb names someone.
    assert_eq!(who("Cairn said drilling had produced strong results."), ["Cairn"]);
    assert_eq!(who("Section 122 holds that a president can set tariffs."), ["Section"]);
}

#[test]
fn he_refers_to_the_man_who_leads_the_sentences_before_not_the_last_speaker() {
    let body = "“It was out of my range, so I looked at him,” said Gareth Thomas.\n\nRhys Henson relished the chance to be a hero. \
                Without further ado, he slotted the kick.\n\n“I knew I would get it,” he said later.";
    let r = run(body, &[("Gareth Thomas", P), ("Rhys Henson", P)]);
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("Rhys Henson"), "{r:?}");
    // A quote right after the speaker's own goes on with him.
    let body = "“It was out of my range,” said Gareth Thomas.\n\n“I knew he would get it,” he said.";
    let r = run(body, &[("Gareth Thomas", P), ("Rhys Henson", P)]);
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("Gareth Thomas"), "{r:?}");
}

#[test]
fn he_refers_to_the_subject_of_a_clause_opened_by_a_conjunction() {
    let body = "David Ellison and Donald Trump had two conversations. \
                The timing is notable because Trump was asked about the deal on Wednesday, and he said he had not been involved.";
    let r = run(body, &[("David Ellison", P), ("Donald Trump", P)]);
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("Donald Trump"), "{r:?}");
}

#[test]
fn it_refers_to_a_name_of_no_known_kind_that_leads_the_sentence() {
    let body = "Electrolux saw its shares rise 14% on Tuesday after it said it would move plants to low-cost countries.";
    let r = run(body, &[("Electrolux", ActorKind::Other)]);
    assert_eq!(r.iter().map(|x| x.3.as_str()).collect::<Vec<_>>(), ["Electrolux"], "{r:?}");
    // Not further back than the two sentences before.
    let body = "Electrolux saw its shares rise. Prices fell. Sales fell. Costs rose. It said it would move plants to low-cost countries.";
    let r = run(body, &[("Electrolux", ActorKind::Other)]);
    assert_eq!(r.iter().map(|x| x.3.as_str()).collect::<Vec<_>>(), [""], "{r:?}");
}

#[test]
fn the_company_refers_back_to_a_name_of_no_known_kind_that_led_a_sentence_before() {
    let body = "Renault said sales rose 8% last year. The firm said it expected margins to be lower in 2005.";
    let r = run(body, &[("Renault", ActorKind::Other)]);
    assert!(r.iter().all(|x| x.3 == "Renault"), "{r:?}");
    // A newspaper is not any name of no known kind.
    let body = "Renault said sales rose 8% last year. The newspaper said margins would be lower in 2005.";
    let r = run(body, &[("Renault", ActorKind::Other)]);
    assert_eq!(r.last().map(|x| x.3.as_str()), Some("newspaper"), "{r:?}");
}
