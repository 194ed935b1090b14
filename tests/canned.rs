//! `dossier canned`: the listing, running each built-in query on a
//! hand-written article (exact rows) and on the embedded seed (snapshots),
//! user query files, and every error path.

mod cli_support;

use std::path::Path;

use cli_support::{dossier, fixture_db, ok};

/// Every built-in query with the parameters its tests give it.
const CASES: &[(&str, &[&str])] = &[
    ("actors", &[]),
    ("figures", &[]),
    ("who-said-what", &[]),
    ("said-by", &["actor=Pompeo"]),
    ("about", &["actor=Taliban"]),
    ("timeline", &[]),
    ("mentions", &["actor=Taliban"]),
    ("co-mentions", &[]),
    ("figures-about", &["term=troops"]),
    ("article-summary", &[]),
    ("search", &["words=Taliban"]),
];

fn run_csv(dir: &Path, db: Option<&Path>, name: &str, params: &[&str]) -> String {
    let mut args: Vec<String> = Vec::new();
    if let Some(db) = db {
        args.extend(["--db".to_string(), db.display().to_string()]);
    }
    args.extend(["canned", name, "--format", "csv"].map(String::from));
    for p in params {
        args.extend(["--param".to_string(), p.to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(dir, &args)
}

fn built_in_names(dir: &Path) -> Vec<String> {
    let list = ok(dir, &["canned", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(list.as_bytes());
    r.records().map(|rec| rec.unwrap()[0].to_string()).collect()
}

#[test]
fn every_built_in_query_has_a_case_here() {
    let dir = tempfile::tempdir().unwrap();
    let names = built_in_names(dir.path());
    let cased: Vec<&str> = CASES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, cased);
}

#[test]
fn the_listing_shows_names_descriptions_and_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let list = ok(dir.path(), &["canned", "--format", "csv"]);
    assert!(list.starts_with("name,description,parameters,origin\n"), "{list}");
    assert!(
        list.contains("said-by,\"What one actor said, the actor matched by its name or any alias (case-insensitive)\",Name or alias of the speaker (case-insensitive),built-in\n".replace(",Name", ",actor: Name").as_str()),
        "{list}"
    );
    assert!(list.contains("limit: Maximum number of pairs (default 100)"), "{list}");
}

/// Snapshot tests on the embedded seed (no --db, a fresh directory): the
/// rows are compared with tests/snapshots/canned-NAME.csv; DOSSIER_BLESS=1
/// rewrites the snapshots instead (review the diff before committing).
#[test]
fn every_built_in_query_matches_its_snapshot_on_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let bless = std::env::var_os("DOSSIER_BLESS").is_some_and(|v| v == "1");
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut failures = Vec::new();
    for (name, params) in CASES {
        let got = run_csv(dir.path(), None, name, params);
        let path = snapshots.join(format!("canned-{name}.csv"));
        if bless {
            std::fs::create_dir_all(&snapshots).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => failures.push(format!("{name}: differs from {}\n--- want\n{want}--- got\n{got}", path.display())),
            Err(_) => failures.push(format!("{name}: no snapshot {} (run with DOSSIER_BLESS=1)", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Each query on the hand-written article of `cli_support`, exact rows.
#[test]
fn every_built_in_query_gives_the_known_rows_of_a_hand_written_article() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let expect: &[(&str, &[&str], &str)] = &[
        ("actors", &[], "id,name,kind,title,aliases,mentions,statements,articles\n\
            1,Alice Moreau,person,Mayor,Moreau,2,2,1\n\
            2,Northland Council,organization,,the council,2,0,1\n\
            3,Bob Kane,person,,,1,1,1\n\
            4,Northland,country,,,1,0,1\n"),
        ("actors", &["kind=country"], "id,name,kind,title,aliases,mentions,statements,articles\n4,Northland,country,,,1,0,1\n"),
        ("actors", &["limit=2"], "id,name,kind,title,aliases,mentions,statements,articles\n\
            1,Alice Moreau,person,Mayor,Moreau,2,2,1\n\
            2,Northland Council,organization,,the council,2,0,1\n"),
        ("actors", &["limit=0", "kind=person"], "id,name,kind,title,aliases,mentions,statements,articles\n\
            1,Alice Moreau,person,Mayor,Moreau,2,2,1\n\
            3,Bob Kane,person,,,1,1,1\n"),
        ("figures", &[], "id,article,text,value,low,high,unit,qualifier,kind,sentence\n\
            1,1,some 400,400.0,,,soldiers,approximately,count,Moreau told reporters that some 400 soldiers remain in Northland.\n"),
        ("who-said-what", &[], "article,speaker,called,kind,cue,statement\n\
            1,Alice Moreau,Alice Moreau,indirect,said,the council will meet on 3 May\n\
            1,Bob Kane,Bob Kane,indirect,according to,The council rejected the plan\n\
            1,Alice Moreau,Moreau,indirect,told reporters,some 400 soldiers remain in Northland\n\
            1,,a spokesman,direct,said,We will not leave\n"),
        ("said-by", &["actor=moreau"], "article,speaker,called,kind,cue,statement\n\
            1,Alice Moreau,Alice Moreau,indirect,said,the council will meet on 3 May\n\
            1,Alice Moreau,Moreau,indirect,told reporters,some 400 soldiers remain in Northland\n"),
        ("said-by", &["actor=Nobody"], "article,speaker,called,kind,cue,statement\n"),
        ("about", &["actor=The Council"], "speaker,statements,article,kind,statement\n\
            Alice Moreau,1,1,indirect,the council will meet on 3 May\n\
            Bob Kane,1,1,indirect,The council rejected the plan\n"),
        ("about", &["actor=northland"], "speaker,statements,article,kind,statement\n\
            Alice Moreau,1,1,indirect,some 400 soldiers remain in Northland\n"),
        ("timeline", &[], "date,date_end,date_text,kind,trigger,modality,participants,location,article,sentence\n\
            2021-05-03,,3 May,meeting,meet,asserted,Northland Council (agent),Northland,1,Alice Moreau said the council will meet on 3 May.\n\
            ,,,rejection,rejected,asserted,Alice Moreau (patient); Northland Council (agent),,1,\"The council rejected the plan, according to Bob Kane.\"\n"),
        ("mentions", &["actor=MOREAU"], "actor,mention,start,title,article,sentence_no,sentence\n\
            Alice Moreau,Alice Moreau,0,,1,0,Alice Moreau said the council will meet on 3 May.\n\
            Alice Moreau,Moreau,104,,1,2,Moreau told reporters that some 400 soldiers remain in Northland.\n"),
        ("co-mentions", &[], "actor1,actor2,sentences,articles\n\
            Alice Moreau,Northland,1,1\n\
            Alice Moreau,Northland Council,1,1\n\
            Bob Kane,Northland Council,1,1\n"),
        ("co-mentions", &["actor=bob kane", "limit=5"], "actor1,actor2,sentences,articles\nBob Kane,Northland Council,1,1\n"),
        ("co-mentions", &["actor=northland"], "actor1,actor2,sentences,articles\nAlice Moreau,Northland,1,1\n"),
        ("co-mentions", &["actor=moreau"], "actor1,actor2,sentences,articles\n\
            Alice Moreau,Northland,1,1\n\
            Alice Moreau,Northland Council,1,1\n"),
        ("co-mentions", &["limit=1"], "actor1,actor2,sentences,articles\nAlice Moreau,Northland,1,1\n"),
        ("figures-about", &["term=Soldier"], "id,article,text,value,low,high,unit,qualifier,kind,sentence\n\
            1,1,some 400,400.0,,,soldiers,approximately,count,Moreau told reporters that some 400 soldiers remain in Northland.\n"),
        ("figures-about", &["term=tanks"], "id,article,text,value,low,high,unit,qualifier,kind,sentence\n"),
        ("article-summary", &[], "id,title,published,source,sentences,actors,mentions,statements,events,dates,figures\n\
            1,Council to meet,2021-04-30,test,4,4,6,4,2,1,1\n"),
        ("search", &["words=council"], "article,sentence_no,sentence\n\
            1,0,Alice Moreau said the [council] will meet on 3 May.\n\
            1,1,\"The [council] rejected the plan, according to Bob Kane.\"\n"),
    ];
    let mut covered: Vec<&str> = Vec::new();
    for (name, params, want) in expect {
        assert_eq!(run_csv(dir.path(), Some(&db), name, params), *want, "canned {name} {params:?}");
        covered.push(name);
    }
    for (name, _) in CASES {
        assert!(covered.contains(name), "{name} has no test on the hand-written article");
    }
}

#[test]
fn table_output_shows_null_as_null() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let out = ok(dir.path(), &["--db", db.to_str().unwrap(), "canned", "who-said-what"]);
    assert!(out.contains("│       1 │ NULL         │ a spokesman  │ direct   │ said"), "{out}");
}

#[test]
fn a_missing_required_parameter_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["canned", "said-by"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: missing parameter 'actor' for canned query 'said-by': Name or alias of the speaker (case-insensitive) (give --param actor=VALUE)");
    assert_eq!(r.stdout, "");
}

#[test]
fn an_unknown_parameter_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["canned", "said-by", "--param", "actor=Pompeo", "--param", "speaker=x"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: unknown parameter 'speaker' for canned query 'said-by' (it takes actor)");
    let r = dossier(dir.path(), &["canned", "timeline", "--param", "x=1"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: unknown parameter 'x' for canned query 'timeline' (it takes no parameters)");
}

#[test]
fn a_malformed_parameter_argument_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["canned", "said-by", "--param", "Pompeo"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: --param 'Pompeo': expected NAME=VALUE");
}

#[test]
fn an_unknown_query_name_is_a_usage_error_listing_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["canned", "sayd-by"]);
    assert_eq!(r.code, 2);
    assert!(r.error().starts_with("dossier: unknown canned query 'sayd-by' (known: actors, figures, who-said-what, said-by,"), "{}", r.stderr);
}

#[test]
fn user_queries_come_from_the_queries_directory() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q");
    std::fs::create_dir(&q).unwrap();
    std::fs::write(q.join("greet.sql"), "-- description: Says hello\n-- param: who: Whom to greet = world\nSELECT 'hello ' || :who AS greeting\n").unwrap();
    let out = ok(dir.path(), &["canned", "--queries", "q", "greet", "--format", "csv"]);
    assert_eq!(out, "greeting\nhello world\n");
    let out = ok(dir.path(), &["canned", "--queries", "q", "greet", "-p", "who=you", "-f", "json"]);
    assert_eq!(out, "[\n{\"greeting\":\"hello you\"}\n]\n");
    let list = ok(dir.path(), &["canned", "--queries", "q", "--format", "csv"]);
    assert!(list.ends_with("greet,Says hello,who: Whom to greet (default world),q/greet.sql\n"), "{list}");
}

#[test]
fn user_queries_come_from_the_config_directory_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("config/dossier/queries");
    std::fs::create_dir_all(&q).unwrap();
    std::fs::write(q.join("one.sql"), "-- description: One\nSELECT 1 AS one\n").unwrap();
    assert_eq!(ok(dir.path(), &["canned", "one", "-f", "csv"]), "one\n1\n");
}

#[test]
fn a_malformed_user_file_is_an_error_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q");
    std::fs::create_dir(&q).unwrap();
    std::fs::write(q.join("bad.sql"), "-- name: bad\n-- description: Broken\n-- param who\nSELECT :who\n").unwrap();
    let r = dossier(dir.path(), &["canned", "--queries", "q"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: q/bad.sql:3: expected `-- param: ...`, got 'param who'");
    std::fs::write(q.join("bad.sql"), "-- description: Broken\nSELECT *\nFROM actors WHERE name = :who\n").unwrap();
    let r = dossier(dir.path(), &["canned", "--queries", "q", "actors"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.error(),
        "dossier: q/bad.sql:3: parameter :who is used but not declared (add `-- param: who: description`)"
    );
}

#[test]
fn a_missing_queries_directory_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["canned", "--queries", "nowhere"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: --queries nowhere: no such directory");
}

#[test]
fn a_user_query_that_writes_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let q = dir.path().join("q");
    std::fs::create_dir(&q).unwrap();
    std::fs::write(q.join("wipe.sql"), "-- description: Wipes\nDELETE FROM figures\n").unwrap();
    let r = dossier(dir.path(), &["canned", "--queries", "q", "wipe"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.error(),
        "dossier: canned query 'wipe' (q/wipe.sql): DELETE would change the database, which is open read-only (use --write to allow it)"
    );
}

#[test]
fn a_missing_database_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["--db", "missing.db", "canned", "actors"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: missing.db: no such database (use `dossier load --db missing.db FILE` to create one)");
    assert!(!dir.path().join("missing.db").exists());
}
