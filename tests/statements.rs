//! Statements end to end: the real binary loads short texts written for these
//! tests, and the statements table is checked row by row (kind, cue, text,
//! how the speaker is referred to) along with the resolved speaker names.

use std::path::{Path, PathBuf};
use std::process::Command;

fn dossier(db: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).arg("--db").arg(db).args(args).output().expect("run dossier");
    assert!(out.status.success(), "dossier {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn one_article(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let file = dir.path().join("a.txt");
    std::fs::write(&file, text).expect("write article");
    dossier(&db, &["load", "--published", "2020-06-01", file.to_str().expect("utf-8 path")]);
    (dir, db)
}

fn query(db: &Path, sql: &str) -> Vec<String> {
    dossier(db, &["query", "-f", "csv", sql]).lines().skip(1).map(str::to_string).collect()
}

const ROWS: &str = "SELECT kind, cue, text, speaker_text FROM statements ORDER BY start";
const SPEAKERS: &str =
    "SELECT a.name || ':' || a.kind FROM statements s LEFT JOIN actors a ON a.id = s.speaker_id ORDER BY s.start";

#[test]
fn split_quote_pronoun_and_misspelled_surname() {
    let (_d, db) = one_article(
        "“We will keep talking to both sides until there is a deal,” Maria Castellano said. \
         “Nobody should expect a quick result.”\n\n\
         The minister, Maria Castellano, later met the press.\n\n\
         “The decision belongs to the council alone,” Castelano told reporters.\n\n\
         She noted that the council would meet again in March.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "direct,said,We will keep talking to both sides until there is a deal,Maria Castellano",
            "direct,,Nobody should expect a quick result.,",
            "direct,told reporters,The decision belongs to the council alone,Castelano",
            "indirect,noted,the council would meet again in March.,She",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["Maria Castellano:person"; 4]);
}

#[test]
fn document_speaker_and_according_to() {
    let (_d, db) = one_article(
        "A new World Bank report says that growth will slow sharply this year.\n\n\
         “Debt levels remain far too high in many poor countries,” the report added.\n\n\
         The army will leave the capital by June, according to several defense officials.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "indirect,says,growth will slow sharply this year.,World Bank report",
            "direct,added,Debt levels remain far too high in many poor countries,report",
            "indirect,according to,The army will leave the capital by June,several defense officials",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["World Bank report:document", "World Bank report:document", "defense officials:group"]);
}

#[test]
fn scare_quotes_unbalanced_marks_and_a_multi_paragraph_quote() {
    let (_d, db) = one_article(
        "The agreement was called a “peace” deal by its backers.\n\n\
         The council said one state claimed “that the talks “made any talk of a split pure fiction.”\n\n\
         John Roe said: “We will not leave until the work is done.\n\n\
         “And we will come back if we must.”\n\n\
         Roe later said that the army would stay.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "direct,claimed,that the talks “made any talk of a split pure fiction.”,one state",
            "direct,said,We will not leave until the work is done.,John Roe",
            "direct,,And we will come back if we must.,",
            "indirect,said,the army would stay.,Roe",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["one state:group", "John Roe:person", "John Roe:person", "John Roe:person"]);
}

#[test]
fn partial_quote_in_reported_speech_and_a_governed_scare_quote() {
    let (_d, db) = one_article(
        "Jane Doe said the rebels had “agreed that they would stop all attacks on the city.”\n\n\
         While Doe claimed that the rebels would help “destroy” the camps, the text of the accord says only \
         that “the rebels will not allow any attacks on the city.”\n\n\
         It also says that “both sides will free their prisoners within a month.”\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "direct,said,the rebels had “agreed that they would stop all attacks on the city.”,Jane Doe",
            "indirect,claimed,the rebels would help “destroy” the camps,Doe",
            "direct,says,the rebels will not allow any attacks on the city.,accord",
            "direct,says,both sides will free their prisoners within a month.,It",
        ]
    );
    let speakers = query(&db, SPEAKERS);
    assert_eq!(speakers[..2], ["Jane Doe:person", "Jane Doe:person"]);
    assert_eq!(speakers[2], speakers[3]);
    assert!(speakers[2].ends_with(":document"), "{speakers:?}");
}

#[test]
fn no_speaker_actors_from_pronouns_and_no_statements_from_objects() {
    let (_d, db) = one_article(
        "Prosecutors announced charges against the singer on Monday.\n\n\
         His attorneys say the evidence will show he is innocent.\n\n\
         “We will defend him vigorously in court,” the family’s attorney said.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "indirect,say,the evidence will show he is innocent.,His attorneys",
            "direct,said,We will defend him vigorously in court,the family’s attorney",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["attorneys:group", "family’s attorney:person"]);
    assert!(query(&db, "SELECT name FROM actors WHERE name IN ('His', 'Prosecutors', 'prosecutors')").is_empty());
}

#[test]
fn they_after_two_named_people_is_the_pair_not_one_of_them() {
    let (_d, db) = one_article(
        "The Harbour Authority raised fees on Monday.\n\n\
         Maria Castellano and Peter Lund met the mayor on Tuesday. They said the new fees would ruin small fishermen.\n",
    );
    assert_eq!(query(&db, ROWS), ["indirect,said,the new fees would ruin small fishermen.,They"]);
    assert_eq!(query(&db, SPEAKERS), ["Maria Castellano and Peter Lund:group"]);
}

#[test]
fn a_short_quote_then_a_longer_one_and_a_naming_verb() {
    let (_d, db) = one_article(
        "“It’s fine,” Maria Castellano said of the plan. “And much tougher rules would be fine too.”\n\n\
         Peter Lund called the plan “a blatant abuse of power by the council” on Monday.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "direct,,And much tougher rules would be fine too.,",
            "direct,called the plan,a blatant abuse of power by the council,Peter Lund",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["Maria Castellano:person", "Peter Lund:person"]);
}

#[test]
fn dashes_between_quotes_and_narration() {
    let (_d, db) = one_article(
        "Maria Castellano said, “We are ready for the vote and more” — and walked out of the hall.\n\n\
         Peter Lund said the deal was dead — a view shared by many on the council.\n\n\
         The plan — “a total disaster for the harbour,” according to Lund — was dropped.\n",
    );
    assert_eq!(
        query(&db, ROWS),
        [
            "direct,said,We are ready for the vote and more,Maria Castellano",
            "indirect,said,the deal was dead,Peter Lund",
            "direct,according to,a total disaster for the harbour,Lund",
        ]
    );
    assert_eq!(query(&db, SPEAKERS), ["Maria Castellano:person", "Peter Lund:person", "Peter Lund:person"]);
}
