use super::*;
use crate::extract::types::Actor;
use crate::extract::{dates, segment};

/// A cast whose actors are mentioned wherever their name occurs.
fn cast_of(body: &str, sentences: &[Sentence], actors: &[(&str, ActorKind)]) -> Cast {
    let mut cast = Cast::default();
    for (name, kind) in actors {
        cast.actors.push(Actor { name: name.to_string(), kind: *kind, title: None, aliases: vec![name.to_string()] });
        let actor = cast.actors.len() - 1;
        for (start, _) in body.match_indices(name) {
            let end = start + name.len();
            let sentence = sentences.iter().position(|s| s.start <= start && end <= s.end).unwrap_or(0);
            cast.mentions.push(Mention { actor, sentence, start, end, title: None });
        }
    }
    cast
}

struct Got {
    kind: String,
    trigger: String,
    date: Option<String>,
    modality: Modality,
    parts: Vec<(String, Role)>,
    location: Option<String>,
}

fn run(body: &str, actors: &[(&str, ActorKind)]) -> Vec<Got> {
    let sentences = segment::segment(body);
    let mut cast = cast_of(body, &sentences, actors);
    let pubd = "2020-06-01".parse().ok();
    let ds = dates::extract(body, &sentences, pubd);
    let events = extract(body, &sentences, &mut cast, &ds, &[]);
    events
        .into_iter()
        .map(|e| Got {
            kind: e.kind,
            trigger: body[e.start..e.end].to_string(),
            date: e.date_start,
            modality: e.modality,
            parts: e.participants.iter().map(|&(a, r)| (cast.actors[a].name.clone(), r)).collect(),
            location: e.location.map(|l| cast.actors[l].name.clone()),
        })
        .collect()
}

fn kinds(body: &str) -> Vec<String> {
    run(body, &[]).into_iter().map(|g| g.kind).collect()
}

#[test]
fn signed_deal_is_one_agreement_dated_by_its_clause() {
    let g = run("He said the report ends on March 15, and the deal was signed at the end of February.", &[]);
    assert_eq!(g.len(), 1);
    assert_eq!((g[0].kind.as_str(), g[0].trigger.as_str()), ("agreement", "deal"));
    assert_eq!(g[0].date.as_deref(), Some("2020-02-21"));
}

#[test]
fn a_deal_as_a_topic_is_no_event() {
    assert!(kinds("Critics said the deal was a mistake.").is_empty());
    assert!(kinds("It is a sign of progress.").is_empty());
}

#[test]
fn agreement_parties_come_from_with() {
    let g = run(
        "Officials said its February deal with the Taliban was a break, and Pompeo spoke shortly after it was signed.",
        &[("Taliban", ActorKind::Group), ("Pompeo", ActorKind::Person)],
    );
    let a = g.iter().find(|g| g.kind == "agreement").expect("agreement");
    assert!(a.parts.contains(&("Taliban".into(), Role::Participant)), "{:?}", a.parts);
}

#[test]
fn publication_needs_a_document_and_takes_the_recipient() {
    let g = run(
        "The report was sent to the UN Security Council late last month.",
        &[("UN Security Council", ActorKind::Organization)],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, "publication");
    assert_eq!(g[0].date.as_deref(), Some("2020-05-21"));
    assert_eq!(g[0].parts, vec![("UN Security Council".to_string(), Role::Recipient)]);
    assert!(kinds("We are not sent there to be policemen.").is_empty());
}

#[test]
fn said_monday_dates_the_saying_not_the_event() {
    let g = run("The ministry said Monday that rebels attacked the base.", &[]);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, "attack");
    assert_eq!(g[0].date, None);
    let g = run("The UN report released Monday says that the talks failed.", &[]);
    let p = g.iter().find(|g| g.kind == "publication").expect("publication");
    assert_eq!(p.date.as_deref(), Some("2020-06-01"));
    let m = g.iter().find(|g| g.kind == "meeting").expect("talks");
    assert_eq!(m.date, None);
}

#[test]
fn meeting_location_is_a_new_place_after_in() {
    let g = run(
        "One such meeting took place in Afghanistan's Helmand Province during spring 2019.",
        &[("Afghanistan", ActorKind::Country)],
    );
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, "meeting");
    assert_eq!(g[0].date.as_deref(), Some("2019-03-01"));
    assert_eq!(g[0].location.as_deref(), Some("Helmand Province"));
}

#[test]
fn meeting_conditions_is_no_meeting() {
    assert!(kinds("It depends on the Taliban meeting additional conditions.").is_empty());
}

#[test]
fn meeting_a_rule_a_challenge_or_a_forecast_is_no_meeting() {
    assert!(kinds("He is on course to meet his golden rule on borrowing.").is_empty());
    assert!(kinds("Western democracies would be able to meet the challenge.").is_empty());
    assert!(kinds("The results would meet market forecasts.").is_empty());
}

#[test]
fn a_plan_met_with_a_reaction_is_no_meeting() {
    assert!(kinds("The proposals have met with disapproval from fathers' groups.").is_empty());
    assert!(kinds("The plan met heavy pushback from locals.").is_empty());
    assert!(kinds("The court found that the gases met the definition of a pollutant.").is_empty());
    assert_eq!(kinds("Beatty expressed strong opposition during the meeting."), ["meeting"]);
}

#[test]
fn passive_subject_is_the_patient() {
    let g = run("Hamza bin Laden was killed in a counterterrorism operation.", &[("Hamza bin Laden", ActorKind::Person)]);
    assert_eq!(g.len(), 1);
    assert_eq!(g[0].kind, "killing");
    assert_eq!(g[0].parts, vec![("Hamza bin Laden".to_string(), Role::Patient)]);
}

#[test]
fn the_owner_of_a_killing_is_its_victim_and_of_an_invasion_its_agent() {
    let g = run("Officials discussed Khashoggi's killing.", &[("Khashoggi", ActorKind::Person)]);
    let k = g.iter().find(|g| g.kind == "killing").expect("killing");
    assert_eq!(k.parts, [("Khashoggi".to_string(), Role::Patient)]);
    let g = run("Officials discussed Russia's attack.", &[("Russia", ActorKind::Country)]);
    let a = g.iter().find(|g| g.kind == "attack").expect("attack");
    assert_eq!(a.parts, [("Russia".to_string(), Role::Agent)]);
}

#[test]
fn subject_is_agent_and_object_is_patient() {
    let g = run(
        "The Afghan government, despite not being party to the deal, has moved to release up to 2,000 Taliban prisoners.",
        &[("Afghan government", ActorKind::Government), ("Taliban", ActorKind::Group)],
    );
    let r = g.iter().find(|g| g.kind == "release").expect("release");
    assert_eq!(r.parts[0], ("Afghan government".to_string(), Role::Agent));
    assert_eq!(r.modality, Modality::Planned);
}

#[test]
fn the_administration_is_the_government_named_so_not_the_last_one_named() {
    let g = run(
        "The Trump administration lost at the Supreme Court. The administration has already negotiated deals with drug companies.",
        &[("Trump administration", ActorKind::Government), ("Supreme Court", ActorKind::Government)],
    );
    let n = g.iter().find(|g| g.kind == "negotiation").expect("negotiation");
    assert_eq!(n.parts[0], ("Trump administration".to_string(), Role::Agent));
}

#[test]
fn ceasefire_agent_is_the_group_of_the_sentence() {
    let g = run(
        "While the Taliban had ramped up its attacks, the insurgent group recently announced it would participate in a brief three-day cease fire during the Eid holiday.",
        &[("Taliban", ActorKind::Group)],
    );
    let c = g.iter().find(|g| g.kind == "ceasefire").expect("ceasefire");
    assert_eq!(c.trigger, "cease fire");
    assert!(c.parts.contains(&("Taliban".to_string(), Role::Agent)), "{:?}", c.parts);
    assert_eq!(c.date.as_deref(), Some("2020-05-24"));
    assert_eq!(c.modality, Modality::Planned);
}

#[test]
fn modality_negated_hypothetical_planned() {
    let m = |body: &str| run(body, &[]).into_iter().next().map(|g| g.modality);
    assert_eq!(m("The rebels did not attack the town."), Some(Modality::Negated));
    assert_eq!(m("If the rebels attack the town, troops will respond."), Some(Modality::Hypothetical));
    assert_eq!(
        m("Any further reduction of US troops would be contingent on conditions."),
        Some(Modality::Hypothetical)
    );
    assert_eq!(m("The army plans to withdraw its troops."), Some(Modality::Planned));
    assert_eq!(m("The army withdrew its troops."), Some(Modality::Asserted));
}

#[test]
fn withdrawal_needs_troops() {
    assert_eq!(kinds("The US military is withdrawing some 4,000 troops from Afghanistan."), vec!["withdrawal"]);
    assert!(kinds("She withdrew from the race.").is_empty());
}

#[test]
fn capitalised_trigger_inside_a_name_is_no_event() {
    assert!(kinds("It was produced by the Analytical Support and Sanctions Monitoring Team.").is_empty());
}

#[test]
fn compounds_and_idioms_are_not_events() {
    for body in [
        "He had a heart attack last year.",
        "The state changed its election laws.",
        "Elected officials gathered outside.",
        "The app shot up the charts.",
        "Voters must sign up before May.",
        "The image captured the attention of the nation.",
        "Everybody talks a good game.",
        "The mechanism is now being deployed often.",
    ] {
        assert_eq!(kinds(body), Vec::<String>::new(), "{body}");
    }
    assert_eq!(kinds("Police said the man was shot twice."), vec!["attack"]);
}

#[test]
fn a_date_right_after_another_trigger_is_that_events() {
    let g = run("They planned an attack, according to an indictment released Tuesday.", &[]);
    let a = g.iter().find(|g| g.kind == "attack").expect("attack");
    assert_eq!(a.date, None);
    let p = g.iter().find(|g| g.kind == "publication").expect("publication");
    assert_eq!(p.date.as_deref(), Some("2020-05-26"));
}

#[test]
fn a_fronted_date_governs_every_event_of_the_clause() {
    let g = run("On Friday, rebels attacked the town and killed five people.", &[]);
    assert_eq!(g.iter().map(|g| g.date.as_deref()).collect::<Vec<_>>(), [Some("2020-05-29"), Some("2020-05-29")]);
}

#[test]
fn generic_plural_attacks_are_no_event_but_particular_ones_are() {
    assert!(kinds("Police have a long record of thwarting terror attacks.").is_empty());
    assert_eq!(kinds("The attacks killed nine people."), ["attack", "killing"]);
    assert_eq!(kinds("Saturday's airstrikes hit the port, officials said."), ["attack"]);
}

#[test]
fn figurative_attacks_on_words_or_people_are_no_event() {
    assert!(kinds("Voters disliked the senator's attack on the governor's remarks.").is_empty());
    assert!(kinds("He attacked the pope in a post.").is_empty());
    assert_eq!(kinds("Rebels attacked the town on Monday."), ["attack"]);
}

#[test]
fn attack_as_a_modifier_or_in_sport_is_no_event() {
    assert!(kinds("The army bought 40 attack drones.").is_empty());
    assert!(kinds("The team's attack looked tired late in the season.").is_empty());
}

#[test]
fn fired_is_a_dismissal_unless_something_is_fired() {
    let got = run("The minister fired the army chief on Thursday.", &[]);
    assert_eq!(got.iter().map(|g| (g.kind.as_str(), g.date.as_deref())).collect::<Vec<_>>(), [("dismissal", Some("2020-05-28"))]);
    assert!(kinds("Soldiers fired shots into the air.").iter().all(|k| k != "dismissal"));
    assert!(kinds("Shots were fired near the gate.").iter().all(|k| k != "dismissal"));
}

#[test]
fn adverb_charged_is_an_adjective() {
    assert!(kinds("It was a politically charged debate about fraud.").is_empty());
    assert_eq!(kinds("He was charged with fraud on Monday."), ["charge"]);
}

#[test]
fn pleas_injuries_and_evacuations_are_events() {
    assert_eq!(kinds("She pleaded guilty on Tuesday."), ["plea"]);
    assert_eq!(kinds("Four workers were injured and the plant was evacuated."), ["injury", "evacuation"]);
}

#[test]
fn bans_and_settlements_are_events() {
    assert_eq!(kinds("Police barred worshippers from the church."), ["ban"]);
    assert!(kinds("Barring a surprise, the plan goes ahead.").is_empty());
    assert_eq!(kinds("The bank settled the lawsuit last week."), ["agreement"]);
    assert!(kinds("The dust settled over the town.").is_empty());
}

#[test]
fn a_year_before_another_noun_does_not_date_the_event() {
    let g = run("Fans died in the crush before the 2028 Olympics opened.", &[]);
    let died = g.iter().find(|g| g.kind == "death").expect("a death");
    assert_eq!(died.date, None);
    let g = run("He was indicted over the 2003 death of a client.", &[]);
    let charge = g.iter().find(|g| g.trigger == "indicted").expect("the indictment");
    assert_eq!(charge.date, None);
}

#[test]
fn a_year_before_the_trigger_dates_it() {
    let g = run("Trump lost the 2020 election and claimed fraud.", &[]);
    assert_eq!(g.iter().find(|g| g.kind == "election").and_then(|g| g.date.as_deref()), Some("2020"));
    let g = run("The minister set up a 2012 visit to the camp.", &[]);
    assert_eq!(g.iter().find(|g| g.trigger == "visit").and_then(|g| g.date.as_deref()), Some("2012"));
    let g = run("She was killed in a 2019 suicide bombing in Syria.", &[]);
    assert_eq!(g.iter().find(|g| g.trigger == "killed").and_then(|g| g.date.as_deref()), Some("2019"));
    let g = run("Rouhani negotiated the 2015 nuclear deal with world powers.", &[]);
    assert_eq!(g.iter().find(|g| g.trigger == "negotiated").and_then(|g| g.date.as_deref()), Some("2015"));
}
