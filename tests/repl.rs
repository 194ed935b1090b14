//! The REPL driven through a pseudo-terminal (expectrl), and piped.
//! Every session runs in a temporary directory with its own HOME, XDG
//! directories and DOSSIER_HISTORY, so nothing touches the real user.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use expectrl::{Expect, Regex, Session};

const BIN: &str = env!("CARGO_BIN_EXE_dossier");

fn command(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(dir)
        .env("HOME", dir)
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("DOSSIER_HISTORY", dir.join("history"))
        .env("TERM", "xterm")
        .env_remove("DOSSIER_DB");
    cmd
}

/// A REPL on the seed database, waiting at its first prompt.
fn spawn(dir: &Path, color: bool) -> expectrl::session::OsSession {
    let mut cmd = command(dir);
    if !color {
        cmd.env("NO_COLOR", "1");
    }
    let mut s = Session::spawn(cmd).expect("spawn dossier in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("dossier> ").expect("first prompt");
    s
}

/// Types `line` and Enter, then waits for the next prompt.
fn enter(s: &mut expectrl::session::OsSession, line: &str) {
    s.send(format!("{line}\r")).unwrap();
    s.expect("dossier> ").unwrap_or_else(|e| panic!("no prompt after {line:?}: {e}"));
}

fn expect_text(s: &mut expectrl::session::OsSession, what: &str) -> String {
    let c = s.expect(Regex(what)).unwrap_or_else(|e| panic!("did not see {what:?}: {e}"));
    String::from_utf8_lossy(c.before()).into_owned()
}

#[test]
fn tab_completes_a_table_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT min(1) AS n FROM figu\t").unwrap();
    expect_text(&mut s, "figures");
    s.send(";\r").unwrap();
    expect_text(&mut s, r"\nn\r?\n1\r?\n");
    s.expect("dossier> ").unwrap();
}

#[test]
fn tab_completes_a_column_of_the_statements_table_and_after_an_alias() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT count(*) AS n FROM articles WHERE publ\t").unwrap();
    expect_text(&mut s, "published");
    s.send(" = '2020-06-01';\r").unwrap();
    expect_text(&mut s, r"\nn\r?\n1\r?\n");
    s.expect("dossier> ").unwrap();
    s.send("SELECT count(*) AS m FROM articles AS a WHERE a.sou\t").unwrap();
    expect_text(&mut s, "source");
    s.send(" = 'cnn';\r").unwrap();
    expect_text(&mut s, r"\nm\r?\n1\r?\n");
}

#[test]
fn a_statement_spans_lines_until_its_semicolon_outside_a_string() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT 'x;y' AS s,\r").unwrap();
    s.expect("   ...> ").unwrap();
    s.send("6 * 7 AS answer\r").unwrap();
    s.expect("   ...> ").unwrap();
    s.send(";\r").unwrap();
    expect_text(&mut s, r"\ns,answer\r?\nx;y,42\r?\n");
    s.expect("dossier> ").unwrap();
}

#[test]
fn ctrl_c_cancels_a_running_query_and_the_session_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000000) SELECT count(*) FROM c;\r")
        .unwrap();
    // A Ctrl-C typed before the line editor has left raw mode is read as an
    // ordinary key later; keep pressing it until the query says it stopped.
    s.set_expect_timeout(Some(Duration::from_millis(500)));
    let mut cancelled = false;
    for _ in 0..40 {
        s.send("\x03").unwrap();
        if s.expect("interrupted").is_ok() {
            cancelled = true;
            break;
        }
    }
    assert!(cancelled, "Ctrl-C did not cancel the query");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect("dossier> ").unwrap();
    s.send("SELECT 7 AS after;\r").unwrap();
    expect_text(&mut s, r"\nafter\r?\n7\r?\n");
}

#[test]
fn ctrl_c_at_the_prompt_clears_the_line_and_ctrl_d_ends_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT 'half-typed'").unwrap();
    s.send("\x03").unwrap();
    s.expect("dossier> ").unwrap();
    s.send("SELECT 5 AS five;\r").unwrap();
    let seen = expect_text(&mut s, r"\nfive\r?\n5\r?\n");
    assert!(!seen.contains("half-typed'SELECT"), "the line was not cleared: {seen:?}");
    s.expect("dossier> ").unwrap();
    s.send("\x04").unwrap();
    s.expect(expectrl::Eof).unwrap();
}

#[test]
fn history_survives_a_killed_session_one_entry_per_statement() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT 40 +\r").unwrap();
    s.expect("   ...> ").unwrap();
    s.send("2 AS h;\r").unwrap();
    expect_text(&mut s, r"\nh\r?\n42\r?\n");
    s.expect("dossier> ").unwrap();
    let pid = s.get_process().pid().to_string();
    let killed = Command::new("kill").args(["-9", &pid]).status().unwrap();
    assert!(killed.success());
    drop(s);

    let saved = std::fs::read_to_string(dir.path().join("history")).unwrap();
    assert!(saved.contains(".mode csv"), "{saved:?}");
    assert!(saved.contains(r"SELECT 40 +\n2 AS h;"), "one entry for the whole statement: {saved:?}");

    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    // Up twice: the last entry is `.mode csv` just typed again (duplicates
    // are not stored twice, so the statement is one step back).
    s.send("\x1b[A").unwrap();
    s.send("\x1b[A").unwrap();
    s.send("\r").unwrap();
    expect_text(&mut s, r"\nh\r?\n42\r?\n");
}

#[test]
fn once_writes_only_the_next_result_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    enter(&mut s, ".once out.csv");
    enter(&mut s, "SELECT 1 AS a, 'x' AS b;");
    s.send("SELECT 2 AS c;\r").unwrap();
    expect_text(&mut s, r"\nc\r?\n2\r?\n");
    s.expect("dossier> ").unwrap();
    assert_eq!(std::fs::read_to_string(dir.path().join("out.csv")).unwrap(), "a,b\n1,x\n");
}

#[test]
fn keywords_and_strings_are_highlighted_when_colour_is_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), true);
    s.send("SELECT 'hi'").unwrap();
    s.expect("\x1b[1;34mSELECT\x1b[0m").unwrap();
    s.expect("\x1b[32m'hi'\x1b[0m").unwrap();
}

#[test]
fn no_color_leaves_the_input_plain() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = spawn(dir.path(), false);
    enter(&mut s, ".mode csv");
    s.send("SELECT 'plain' AS p;\r").unwrap();
    let seen = expect_text(&mut s, r"\np\r?\nplain\r?\n");
    assert!(seen.contains("SELECT 'plain' AS p;") && !seen.contains("\x1b[3"), "{seen:?}");
}

/// Runs `dossier` with `input` piped to it.
fn piped(dir: &Path, args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = command(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn piped_input_runs_every_statement_without_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = piped(dir.path(), &[], ".mode csv\nSELECT 1 AS a;\nSELECT 'b;' AS b,\n  2 AS c; SELECT 3 AS d;\n");
    assert_eq!(code, 0);
    assert_eq!(out, "a\n1\nb,c\nb;,2\nd\n3\n");
}

#[test]
fn piped_input_stops_with_status_1_at_the_first_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = piped(dir.path(), &[], ".mode csv\nSELECT 1 AS a;\n\nSELECT nope;\nSELECT 'not run' AS z;\n");
    assert_eq!(code, 1);
    assert_eq!(out, "a\n1\n");
    assert!(err.contains("dossier: stdin:4: no such column: nope"), "{err}");
    let (code, _, err) = piped(dir.path(), &[], ".mode nonsense\nSELECT 1;\n");
    assert_eq!(code, 1);
    assert!(err.contains("stdin:1:") && err.contains("nonsense"), "{err}");
}

#[test]
fn piped_input_is_read_only_without_write_on_a_file_database() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "The council met on Monday. It said the plan would cost $5 million.\n").unwrap();
    let status = command(dir.path()).args(["load", "--db", "d.db", "a.txt"]).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let (code, _, err) = piped(dir.path(), &["--db", "d.db"], "DELETE FROM articles;\n");
    assert_eq!(code, 1);
    assert!(err.contains("stdin:1: DELETE would change the database, which is open read-only"), "{err}");
    let (code, out, _) = piped(dir.path(), &["--db", "d.db", "repl", "--write"], ".mode csv\nDELETE FROM articles;\nSELECT count(*) AS n FROM articles;\n");
    assert_eq!((code, out.as_str()), (0, "n\n0\n"));
}

#[test]
fn source_shows_the_sentence_with_the_span_marked() {
    let dir = tempfile::tempdir().unwrap();
    let script = "\
INSERT INTO articles (id, title, published, sha256, body) VALUES (90, 'A test', '2021-02-03', 'x', 'Él dijo hola. Adiós.');
INSERT INTO sentences (id, article_id, paragraph, seq, start, end, text) VALUES (900, 90, 0, 1, 14, 20, 'Adiós.');
INSERT INTO actors (id, name, kind) VALUES (900, 'Adiós', 'other');
INSERT INTO mentions (id, actor_id, article_id, sentence_id, start, end, text) VALUES (900, 900, 90, 900, 14, 19, 'Adiós');
.source mentions 900
.source figures 12345
";
    let (code, out, err) = piped(dir.path(), &["repl", "--write"], script);
    assert_eq!(out, "article 90: A test (2021-02-03)\nsentence 1, characters 14..19:\n[[Adiós]].\n");
    assert_eq!(code, 1);
    assert!(err.contains("stdin:6: no row 12345 in figures"), "{err}");
}

#[test]
fn read_runs_a_file_of_statements_and_commands() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.sql"), ".mode csv\nSELECT 1 AS one;\n.headers off\nSELECT 2;\n").unwrap();
    let (code, out, _) = piped(dir.path(), &[], ".read s.sql\nSELECT 3;\n");
    assert_eq!((code, out.as_str()), (0, "one\n1\n2\n3\n"));
}

#[test]
fn load_adds_articles_to_the_seed_but_not_to_a_read_only_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "The council met on Monday in Springfield.\n").unwrap();
    let (code, out, err) = piped(dir.path(), &[], ".load a.txt\n.mode csv\nSELECT count(*) AS n FROM articles;\n");
    assert_eq!((code, out.as_str()), (0, "n\n2\n"), "{err}");
    assert!(err.contains("loaded 1 article, skipped 0 already loaded"), "{err}");
    let ok = command(dir.path()).args(["load", "--db", "d.db", "a.txt"]).output().unwrap();
    assert!(ok.status.success());
    let (code, _, err) = piped(dir.path(), &["--db", "d.db"], ".load a.txt\n");
    assert_eq!(code, 1);
    assert!(err.contains("stdin:1: d.db is open read-only: start dossier with --write"), "{err}");
}

#[test]
fn output_and_export_write_files_and_schema_shows_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let script = ".mode csv\n.output o.csv\nSELECT 1 AS a;\nSELECT 2 AS b;\n.output\nSELECT 3 AS c;\n\
                  .export v_no_such x.csv\n";
    let (code, out, err) = piped(dir.path(), &[], script);
    assert_eq!(out, "c\n3\n");
    assert_eq!(std::fs::read_to_string(dir.path().join("o.csv")).unwrap(), "a\n1\nb\n2\n");
    assert_eq!(code, 1);
    assert!(err.contains("stdin:7: no such table or view: v_no_such"), "{err}");
    let (code, out, _) = piped(dir.path(), &[], ".export articles x.csv\n.schema actor_aliases\n");
    assert_eq!(code, 0);
    let csv = std::fs::read_to_string(dir.path().join("x.csv")).unwrap();
    assert!(csv.starts_with("id,external_id,title,published,source,sha256,body,"), "{csv}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("1,")).count(), 1);
    assert!(out.starts_with("CREATE TABLE actor_aliases ("), "{out}");
    assert!(out.contains("CREATE INDEX idx_aliases_alias"), "{out}");
}
