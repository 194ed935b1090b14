//! `dossier export`: tables, queries and whole databases to CSV/TSV/JSON/JSON
//! Lines files, written atomically; every error path with message and exit code.

mod cli_support;

use cli_support::{dossier, fixture_db, ok};

#[test]
fn a_table_goes_to_stdout_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let out = ok(dir.path(), &["--db", db.to_str().unwrap(), "export", "--table", "actors"]);
    assert_eq!(out, "id,name,kind,title\n1,Alice Moreau,person,Mayor\n2,Northland Council,organization,\n3,Bob Kane,person,\n4,Northland,country,\n");
}

#[test]
fn a_table_goes_to_a_file_with_bom_and_crlf() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let r = dossier(dir.path(), &["--db", db.to_str().unwrap(), "export", "--table", "statements", "-o", "st.csv", "--bom", "--crlf"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, "dossier: wrote 4 rows to st.csv\n");
    let bytes = std::fs::read(dir.path().join("st.csv")).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("\u{feff}id,article_id,sentence_id,speaker_id,text,kind,cue,start,end,speaker_text\r\n"), "{text:?}");
    assert!(text.contains("\r\n4,1,4,,We will not leave,direct,said,171,188,a spokesman\r\n"), "{text:?}");
    assert!(!text.replace("\r\n", "").contains('\n'));
}

#[test]
fn a_query_with_a_parameter_goes_to_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let out = ok(
        dir.path(),
        &["--db", db.to_str().unwrap(), "export", "--query", "SELECT text, value, low FROM figures WHERE unit = :u", "-p", "u=soldiers", "-f", "json"],
    );
    assert_eq!(out, "[\n{\"text\":\"some 400\",\"value\":400.0,\"low\":null}\n]\n");
}

#[test]
fn tsv_and_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let db = db.to_str().unwrap();
    assert_eq!(ok(dir.path(), &["--db", db, "export", "--query", "SELECT id, name FROM actors WHERE id < 3", "-f", "tsv"]), "id\tname\n1\tAlice Moreau\n2\tNorthland Council\n");
    assert_eq!(
        ok(dir.path(), &["--db", db, "export", "--query", "SELECT id, title FROM actors WHERE id < 3", "-f", "jsonl"]),
        "{\"id\":1,\"title\":\"Mayor\"}\n{\"id\":2,\"title\":null}\n"
    );
}

#[test]
fn all_writes_one_file_per_table() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let r = dossier(dir.path(), &["--db", db.to_str().unwrap(), "export", "--all", "out"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut files: Vec<String> = std::fs::read_dir(dir.path().join("out")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(
        files,
        ["actor_aliases.csv", "actors.csv", "articles.csv", "dates.csv", "event_actors.csv", "events.csv", "figures.csv", "mentions.csv", "sentences.csv", "statements.csv"]
    );
    assert_eq!(r.stderr, "dossier: wrote 10 files to out\n");
    let aliases = std::fs::read_to_string(dir.path().join("out/actor_aliases.csv")).unwrap();
    assert_eq!(aliases, "actor_id,alias\n1,Alice Moreau\n1,Moreau\n2,Northland Council\n2,the council\n3,Bob Kane\n4,Northland\n");
}

#[test]
fn an_unknown_table_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--table", "actorz", "-o", "x.csv"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.error(),
        "dossier: no such table or view: actorz (tables: actor_aliases, actors, articles, dates, event_actors, events, figures, mentions, sentences, statements)"
    );
    assert!(!dir.path().join("x.csv").exists());
}

#[test]
fn a_missing_output_directory_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--table", "actors", "-o", "no/such/dir/a.csv"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: no/such/dir/a.csv: cannot write: directory no/such/dir does not exist");
}

#[test]
fn a_failed_export_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("keep.csv"), "old\n").unwrap();
    let r = dossier(dir.path(), &["export", "--query", "SELECT abs(-9223372036854775808) AS boom", "-o", "keep.csv"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: exporting query: integer overflow");
    assert_eq!(std::fs::read_to_string(dir.path().join("keep.csv")).unwrap(), "old\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left behind");
}

#[test]
fn non_file_formats_are_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--table", "actors", "--format", "table"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "dossier: export writes csv, tsv, json or jsonl (use `dossier query --format` for the others)\n");
}

#[test]
fn an_export_query_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--query", "DELETE FROM actors RETURNING *"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: DELETE would change the database, which is open read-only (use --write to allow it)");
}

#[test]
fn an_export_query_is_one_statement() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--query", "SELECT 1; SELECT 2"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.error(), "dossier: --query takes one SQL statement");
}

#[test]
fn export_parameters_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--query", "SELECT :x"]);
    assert_eq!((r.code, r.stderr.as_str()), (2, "dossier: missing parameter :x (give --param x=VALUE)\n"));
    let r = dossier(dir.path(), &["export", "--table", "actors", "-p", "x=1"]);
    assert_eq!((r.code, r.stderr.as_str()), (2, "dossier: --param only applies to --query\n"));
}

#[test]
fn a_missing_database_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["--db", "gone.db", "export", "--table", "actors"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "dossier: gone.db: no such database (use `dossier load --db gone.db FILE` to create one)\n");
}

#[test]
fn a_syntax_error_in_an_export_query_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["export", "--query", "SELECT name FROM actors WHER id = 1"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: near \"id\": syntax error at offset 29 (line 1, column 30)");
}
