//! `dossier query`: output formats (exact), parameters, several statements,
//! read-only protection, and every error path with its message and exit code.

mod cli_support;

use cli_support::{dossier, dossier_stdin, fixture_db, ok};

const TYPES: &str = "SELECT NULL AS n, '' AS e, 7159.0 AS r, 3 AS i, 'a,b \"c\"' || char(10) || 'd' AS t";

fn query(format: &str, sql: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["query", "--format", format, sql])
}

#[test]
fn csv_quotes_and_keeps_null_apart_from_empty_only_by_position() {
    assert_eq!(query("csv", TYPES), "n,e,r,i,t\n,,7159.0,3,\"a,b \"\"c\"\"\nd\"\n");
}

#[test]
fn tsv_quotes_only_what_needs_it() {
    assert_eq!(query("tsv", TYPES), "n\te\tr\ti\tt\n\t\t7159.0\t3\t\"a,b \"\"c\"\"\nd\"\n");
}

#[test]
fn json_keeps_sqlite_types() {
    assert_eq!(query("json", TYPES), "[\n{\"n\":null,\"e\":\"\",\"r\":7159.0,\"i\":3,\"t\":\"a,b \\\"c\\\"\\nd\"}\n]\n");
}

#[test]
fn jsonl_is_one_object_per_line() {
    assert_eq!(
        query("jsonl", "SELECT 1 AS a, 0.5 AS b UNION ALL SELECT 2, NULL"),
        "{\"a\":1,\"b\":0.5}\n{\"a\":2,\"b\":null}\n"
    );
}

#[test]
fn table_shows_null_distinctly_and_is_not_cut_when_piped() {
    let long = "x".repeat(300);
    let got = query("table", &format!("SELECT NULL AS n, '' AS e, 7159.0 AS r, '{long}' AS t"));
    let want = format!(
        "┌──────┬───┬────────┬{bar}┐\n│ n    │ e │ r      │ t{pad} │\n├──────┼───┼────────┼{bar}┤\n│ NULL │   │ 7159.0 │ {long} │\n└──────┴───┴────────┴{bar}┘\n",
        bar = "─".repeat(302),
        pad = " ".repeat(299)
    );
    assert_eq!(got, want);
}

#[test]
fn markdown_and_line_modes() {
    assert_eq!(query("markdown", "SELECT NULL AS n, 'a|b' AS t"), "| n    | t    |\n| ---- | ---- |\n| NULL | a\\|b |\n");
    assert_eq!(query("line", "SELECT NULL AS n, '' AS empty, 7159.0 AS r"), "    n = NULL\nempty = \n    r = 7159.0\n");
}

#[test]
fn several_statements_print_each_result_in_order() {
    assert_eq!(query("csv", "SELECT 1 AS a; SELECT 'two' AS b;"), "a\n1\nb\ntwo\n");
}

#[test]
fn sql_can_come_from_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier_stdin(dir.path(), &["query", "-f", "csv", "-"], "\u{feff}SELECT 'from stdin' AS s;\r\n");
    assert_eq!((r.code, r.stdout.as_str()), (0, "s\nfrom stdin\n"));
}

#[test]
fn the_seed_is_used_without_a_database_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "-f", "csv", "SELECT count(*) AS n FROM articles"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "n\n1\n"));
    assert_eq!(r.stderr, "dossier: no dossier.db here; using an in-memory database of the embedded seed article\n");
}

#[test]
fn named_parameters_are_bound_as_values() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let out = ok(
        dir.path(),
        &["--db", db.to_str().unwrap(), "query", "-f", "csv", "-p", "who=Bob Kane' OR 1=1 --", "SELECT name FROM actors WHERE name = :who"],
    );
    assert_eq!(out, "name\n");
    let out = ok(dir.path(), &["--db", db.to_str().unwrap(), "query", "-f", "csv", "--param", "who=Bob Kane", "SELECT id FROM actors WHERE name = :who"]);
    assert_eq!(out, "id\n3\n");
}

#[test]
fn numbers_given_as_parameters_compare_as_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let out = ok(dir.path(), &["--db", db.to_str().unwrap(), "query", "-f", "csv", "-p", "min=50", "-p", "n=1", "SELECT text FROM figures WHERE value > :min LIMIT :n"]);
    assert_eq!(out, "text\nsome 400\n");
}

#[test]
fn a_missing_parameter_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "SELECT * FROM actors WHERE name = :actor"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "dossier: missing parameter :actor (give --param actor=VALUE)\n");
}

#[test]
fn an_unknown_parameter_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "--param", "actor=x", "SELECT 1"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "dossier: unknown parameter 'actor': the SQL does not use :actor\n");
}

#[test]
fn a_syntax_error_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "SELECT 1;\nSELECT * FORM actors"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: near \"FORM\": syntax error at offset 19 (line 2, column 10)");
}

#[test]
fn an_error_in_a_later_statement_names_it_after_earlier_output() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "-f", "csv", "SELECT 1 AS a;\n\nSELECT * FROM nowhere"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "a\n1\n");
    assert_eq!(r.error(), "dossier: statement 2 (line 3): no such table: nowhere");
}

#[test]
fn a_write_without_write_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = fixture_db(dir.path());
    let db = db.to_str().unwrap();
    let r = dossier(dir.path(), &["--db", db, "query", "DELETE FROM figures"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "dossier: DELETE would change the database, which is open read-only (use --write to allow it)\n");
    assert_eq!(ok(dir.path(), &["--db", db, "query", "-f", "csv", "SELECT count(*) AS n FROM figures"]), "n\n1\n");
    let r = dossier(dir.path(), &["--db", db, "query", "--write", "DELETE FROM figures"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    assert_eq!(ok(dir.path(), &["--db", db, "query", "-f", "csv", "SELECT count(*) AS n FROM figures"]), "n\n0\n");
}

#[test]
fn writes_to_the_in_memory_seed_are_refused_too() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "CREATE TABLE notes (x)"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: CREATE would change the database, which is open read-only (use --write to allow it)");
}

#[test]
fn attach_is_refused_in_read_only_mode() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "ATTACH 'other.db' AS other"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: ATTACH is not allowed: the database is open read-only (use --write to allow it)");
    assert!(!dir.path().join("other.db").exists());
}

#[test]
fn load_extension_is_unavailable() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "SELECT load_extension('libevil')"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.error(), "dossier: not authorized");
}

#[test]
fn a_missing_database_file_is_an_error_and_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["--db", "typo.db", "query", "SELECT 1"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "dossier: typo.db: no such database (use `dossier load --db typo.db FILE` to create one)\n");
    assert!(!dir.path().join("typo.db").exists());
}

#[test]
fn positional_parameters_are_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "SELECT ?"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "dossier: positional parameter '?' at line 1, column 8: use named parameters (:name) with --param name=VALUE\n");
}

#[test]
fn an_empty_query_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = dossier(dir.path(), &["query", "  -- only a comment"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "dossier: no SQL statement given\n");
}

#[test]
fn a_large_result_streams_every_row() {
    let out = query("csv", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i, i * 0.5 AS half FROM n");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 100_001);
    assert_eq!(lines[1], "1,0.5");
    assert_eq!(lines[100_000], "100000,50000.0");
}

#[test]
fn headers_can_be_left_out_and_null_text_chosen() {
    assert_eq!(
        {
            let dir = tempfile::tempdir().unwrap();
            ok(dir.path(), &["query", "--no-header", "-f", "csv", "SELECT 1 AS a, NULL AS b"])
        },
        "1,\n"
    );
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(ok(dir.path(), &["query", "--null", "(null)", "-f", "line", "SELECT NULL AS b"]), "b = (null)\n");
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    for format in ["csv", "json", "table"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["query", "-f", format, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999) SELECT i FROM n"])
            .current_dir(dir.path())
            .env_remove("DOSSIER_DB")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // stdout is closed here, long before a million rows are written.
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{format}: {stderr}");
    }
}
