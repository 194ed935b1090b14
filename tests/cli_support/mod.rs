//! Runs the real `dossier` binary for the query, export and canned tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What a run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The last line of stderr (the error message, after the notice of which database is open).
    pub fn error(&self) -> &str {
        self.stderr.lines().last().unwrap_or("")
    }
}

/// `dossier ARGS` in `dir`, with no DOSSIER_DB and the user's config directory inside `dir`.
pub fn dossier(dir: &Path, args: &[&str]) -> Run {
    dossier_stdin(dir, args, "")
}

pub fn dossier_stdin(dir: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .current_dir(dir)
        .env_remove("DOSSIER_DB")
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dossier");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait for dossier");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

/// Loads `text` as one article (published on `published`, if given) into a
/// fresh database and returns the CSV output of `sql` over it, header included.
pub fn csv_of_article(text: &str, published: Option<&str>, sql: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("article.txt"), text).expect("write article");
    let mut load = vec!["load", "--db", "t.db"];
    if let Some(p) = published {
        load.extend(["--published", p]);
    }
    load.push("article.txt");
    ok(dir.path(), &load);
    ok(dir.path(), &["--db", "t.db", "query", "-f", "csv", sql])
}

/// Asserts success and returns stdout.
pub fn ok(dir: &Path, args: &[&str]) -> String {
    let r = dossier(dir, args);
    assert_eq!(r.code, 0, "dossier {args:?} failed: {}", r.stderr);
    r.stdout
}

/// A short article of our own; its facts are written by hand (`FACTS`), so
/// the rows do not move when the extractors change.
pub const ARTICLE: &str = "Alice Moreau said the council will meet on 3 May. \
The council rejected the plan, according to Bob Kane. \
Moreau told reporters that some 400 soldiers remain in Northland. \
\u{201c}We will not leave,\u{201d} a spokesman said.\n";

/// The hand-written facts of `ARTICLE` (character offsets into its body).
pub const FACTS: &str = "
DELETE FROM articles;
DELETE FROM actors;
INSERT INTO articles (id, title, published, source, sha256, body)
  VALUES (1, 'Council to meet', '2021-04-30', 'test', 'fixture', :body);
INSERT INTO sentences (id, article_id, paragraph, seq, start, end, text) VALUES
  (1, 1, 0, 0, 0, 49, 'Alice Moreau said the council will meet on 3 May.'),
  (2, 1, 0, 1, 50, 103, 'The council rejected the plan, according to Bob Kane.'),
  (3, 1, 0, 2, 104, 169, 'Moreau told reporters that some 400 soldiers remain in Northland.'),
  (4, 1, 0, 3, 170, 208, '\u{201c}We will not leave,\u{201d} a spokesman said.');
INSERT INTO actors (id, name, kind, title) VALUES
  (1, 'Alice Moreau', 'person', 'Mayor'),
  (2, 'Northland Council', 'organization', NULL),
  (3, 'Bob Kane', 'person', NULL),
  (4, 'Northland', 'country', NULL);
INSERT INTO actor_aliases (actor_id, alias) VALUES
  (1, 'Alice Moreau'), (1, 'Moreau'), (2, 'Northland Council'), (2, 'the council'),
  (3, 'Bob Kane'), (4, 'Northland');
INSERT INTO mentions (id, actor_id, article_id, sentence_id, start, end, text) VALUES
  (1, 1, 1, 1, 0, 12, 'Alice Moreau'),
  (2, 2, 1, 1, 18, 29, 'the council'),
  (3, 2, 1, 2, 50, 61, 'The council'),
  (4, 3, 1, 2, 94, 102, 'Bob Kane'),
  (5, 1, 1, 3, 104, 110, 'Moreau'),
  (6, 4, 1, 3, 159, 168, 'Northland');
INSERT INTO statements (id, article_id, sentence_id, speaker_id, text, kind, cue, start, end, speaker_text) VALUES
  (1, 1, 1, 1, 'the council will meet on 3 May', 'indirect', 'said', 18, 48, 'Alice Moreau'),
  (2, 1, 2, 3, 'The council rejected the plan', 'indirect', 'according to', 50, 79, 'Bob Kane'),
  (3, 1, 3, 1, 'some 400 soldiers remain in Northland', 'indirect', 'told reporters', 131, 168, 'Moreau'),
  (4, 1, 4, NULL, 'We will not leave', 'direct', 'said', 171, 188, 'a spokesman');
INSERT INTO dates (id, article_id, sentence_id, text, start, end, value, value_end, precision) VALUES
  (1, 1, 1, '3 May', 43, 48, '2021-05-03', NULL, 'day');
INSERT INTO events (id, article_id, sentence_id, kind, trigger, start, end, date_id, date_start, date_end, date_text, location_id) VALUES
  (1, 1, 1, 'meeting', 'meet', 35, 39, 1, '2021-05-03', NULL, '3 May', 4),
  (2, 1, 2, 'rejection', 'rejected', 62, 70, NULL, NULL, NULL, NULL, NULL);
INSERT INTO event_actors (event_id, actor_id, role) VALUES (1, 2, 'agent'), (2, 2, 'agent'), (2, 1, 'patient');
INSERT INTO figures (id, article_id, sentence_id, text, value, low, high, unit, qualifier, kind, start, end) VALUES
  (1, 1, 3, 'some 400', 400.0, NULL, NULL, 'soldiers', 'approximately', 'count', 131, 139);
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
";

/// A database in `dir` holding `ARTICLE` with the facts of `FACTS`.
pub fn fixture_db(dir: &Path) -> PathBuf {
    let text = dir.join("article.txt");
    std::fs::write(&text, ARTICLE).expect("write article");
    let db = dir.join("fixture.db");
    let db_s = db.to_str().expect("utf-8 path");
    ok(dir, &["load", "--db", db_s, "--published", "2021-04-30", "article.txt"]);
    ok(dir, &["--db", db_s, "query", "--write", "--param", &format!("body={ARTICLE}"), FACTS]);
    db
}
