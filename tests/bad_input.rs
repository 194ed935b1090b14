//! Bad inputs to `dossier load`: each case gives its exact one-line error (or
//! its documented behaviour) and exit code, and the database is unchanged
//! after every failure.
//!
//! Policy: every plain-text input is checked before anything is written, so
//! one bad file refuses the whole load; a JSON Lines corpus is checked as it
//! streams, so a bad line stops the load and the articles before it stay
//! (the message says how many).

mod loadkit;

use std::path::{Path, PathBuf};

use loadkit::{run, scalar, snapshot, ARTICLE};

/// What a case expects.
enum Expect {
    /// Fails with this exit code and exactly this stderr line; the database is unchanged.
    Fails(i32, String),
    /// Succeeds (exit 0) and adds this many articles and sentences.
    Loads { articles: i64, sentences: i64 },
    /// Stops with this error (exit 1) after loading this many articles.
    Stops { line: String, articles: i64 },
}

struct Case {
    name: &'static str,
    /// Creates the inputs in the directory; returns the `load` arguments after `--db DB`.
    setup: fn(&Path) -> Vec<String>,
    expect: fn(&Path) -> Expect,
}

fn file(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn p(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

fn fails(code: i32, line: String) -> Expect {
    Expect::Fails(code, line)
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89";

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "empty file",
            setup: |d| vec![file(d, "empty.txt", b"")],
            expect: |d| fails(1, format!("dossier: {}: empty file, nothing to load; nothing loaded", p(d, "empty.txt"))),
        },
        Case {
            name: "whitespace only",
            setup: |d| vec![file(d, "ws.txt", b"  \n\t\r\n  \n")],
            expect: |d| fails(1, format!("dossier: {}: only whitespace, nothing to load; nothing loaded", p(d, "ws.txt"))),
        },
        Case {
            name: "binary file (PNG)",
            setup: |d| vec![file(d, "img.png", PNG)],
            expect: |d| fails(1, format!("dossier: {}: binary file, not text; nothing loaded", p(d, "img.png"))),
        },
        Case {
            name: "invalid UTF-8 names the byte offset",
            setup: |d| vec![file(d, "bad.txt", b"Hello \xC3\x28 world.")],
            expect: |d| {
                fails(1, format!("dossier: {}: invalid UTF-8 at byte 6 (convert it first, e.g. iconv -f LATIN1 -t UTF-8); nothing loaded", p(d, "bad.txt")))
            }
        },
        Case {
            name: "Latin-1",
            setup: |d| vec![file(d, "latin1.txt", b"The caf\xE9 cost \xA35.")],
            expect: |d| {
                fails(1, format!("dossier: {}: invalid UTF-8 at byte 7 (convert it first, e.g. iconv -f LATIN1 -t UTF-8); nothing loaded", p(d, "latin1.txt")))
            }
        },
        Case {
            name: "UTF-16 with BOM",
            setup: |d| {
                let mut b = vec![0xFF, 0xFE];
                for u in "Hello world.".encode_utf16() {
                    b.extend_from_slice(&u.to_le_bytes());
                }
                vec![file(d, "utf16.txt", &b)]
            },
            expect: |d| {
                fails(1, format!("dossier: {}: UTF-16 text is not supported; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8); nothing loaded", p(d, "utf16.txt")))
            }
        },
        Case {
            name: "a 50 MB article is refused before it is read",
            setup: |d| {
                let path = d.join("huge.txt");
                let f = std::fs::File::create(&path).unwrap();
                f.set_len(50 * 1024 * 1024).unwrap();
                vec![path.display().to_string()]
            },
            expect: |d| fails(1, format!("dossier: {}: 50.0 MB, larger than the 16.0 MB limit for one article; nothing loaded", p(d, "huge.txt"))),
        },
        Case {
            name: "a single 1 MB sentence without punctuation loads",
            setup: |d| {
                let words = "word ".repeat(200 * 1024);
                vec![file(d, "long.txt", words.trim_end().as_bytes())]
            },
            expect: |_| Expect::Loads { articles: 1, sentences: 1 },
        },
        Case {
            name: "10,000 one-line articles load",
            setup: |d| {
                let mut s = String::new();
                for i in 0..10_000 {
                    s.push_str(&format!("{{\"id\": \"{i}\", \"text\": \"Line {i} is here.\"}}\n"));
                }
                vec![file(d, "many.jsonl", s.as_bytes())]
            },
            expect: |_| Expect::Loads { articles: 10_000, sentences: 10_000 },
        },
        Case {
            name: "a JSONL line that is not JSON stops the load and names the line",
            setup: |d| vec![file(d, "c.jsonl", b"{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\nnot json\n{\"text\": \"Four.\"}\n")],
            expect: |d| Expect::Stops {
                line: format!(
                    "dossier: {}: line 3: not a JSON object; stopped after loading 2 articles (they stay in the database)",
                    p(d, "c.jsonl")
                ),
                articles: 2,
            },
        },
        Case {
            name: "a bad first JSONL line loads nothing",
            setup: |d| vec![file(d, "c.jsonl", b"[1, 2]\n{\"text\": \"Two.\"}\n")],
            expect: |d| {
                fails(1, format!("dossier: {}: line 1: not a JSON object; nothing loaded", p(d, "c.jsonl")))
            },
        },
        Case {
            name: "a JSONL object without text",
            setup: |d| vec![file(d, "c.jsonl", b"{\"id\": 1, \"title\": \"T\"}\n")],
            expect: |d| fails(1, format!("dossier: {}: line 1: object has no \"text\"; nothing loaded", p(d, "c.jsonl"))),
        },
        Case {
            name: "a JSONL object with a wrong field type",
            setup: |d| vec![file(d, "c.jsonl", b"{\"text\": 42}\n")],
            expect: |d| {
                fails(1, format!("dossier: {}: line 1: not a JSON article object: invalid type: integer `42`, expected a string at line 1 column 11; nothing loaded", p(d, "c.jsonl")))
            },
        },
        Case {
            name: "a JSONL record with a bad date",
            setup: |d| vec![file(d, "c.jsonl", b"{\"text\": \"One.\", \"published\": \"2020-02-30\"}\n")],
            expect: |d| {
                fails(1, format!("dossier: {}: line 1: published: '2020-02-30' is not a date (expected YYYY-MM-DD); nothing loaded", p(d, "c.jsonl")))
            },
        },
        Case {
            name: "a missing file",
            setup: |d| vec![p(d, "nope.txt")],
            expect: |d| fails(1, format!("dossier: {}: cannot read: no such file; nothing loaded", p(d, "nope.txt"))),
        },
        Case {
            name: "a missing corpus",
            setup: |d| vec![p(d, "nope.jsonl")],
            expect: |d| fails(1, format!("dossier: {}: cannot read: no such file; nothing loaded", p(d, "nope.jsonl"))),
        },
        Case {
            name: "a directory",
            setup: |d| {
                std::fs::create_dir_all(d.join("sub")).unwrap();
                vec![p(d, "sub")]
            },
            expect: |d| fails(1, format!("dossier: {}: is a directory, not an article file; nothing loaded", p(d, "sub"))),
        },
        Case {
            name: "one bad file among good ones refuses the whole load",
            setup: |d| vec![file(d, "good.txt", b"A fine article. It has two sentences."), file(d, "bad.txt", b"\xFF\xFE")],
            expect: |d| {
                fails(1, format!("dossier: {}: UTF-16 text is not supported; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8); nothing loaded", p(d, "bad.txt")))
            },
        },
        Case {
            name: "--published not a date is a usage error",
            setup: |d| vec!["--published".into(), "yesterday".into(), file(d, "ok.txt", b"Fine.")],
            expect: |_| fails(2, "dossier: --published: 'yesterday' is not a date (expected YYYY-MM-DD)".into()),
        },
    ]
}

/// A database holding one article, to check that failures leave it alone.
fn base_db(dir: &Path) -> PathBuf {
    let db = dir.join("base.db");
    let art = dir.join("base.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    db
}

#[test]
fn every_bad_input_fails_cleanly_or_loads_as_documented() {
    let tmp = tempfile::tempdir().unwrap();
    let base = base_db(tmp.path());
    let mut failures = Vec::new();
    for (i, case) in cases().iter().enumerate() {
        let dir = tmp.path().join(format!("case{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("test.db");
        std::fs::copy(&base, &db).unwrap();
        let before = snapshot(&db);
        let articles_before = scalar(&db, "SELECT count(*) FROM articles");
        let sentences_before = scalar(&db, "SELECT count(*) FROM sentences");
        let mut args = vec!["load".to_string(), "--db".into(), db.display().to_string()];
        args.extend((case.setup)(&dir));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, _out, err) = run(&args);
        let err = err.trim_end();
        let problem = match (case.expect)(&dir) {
            Expect::Fails(want_code, want) => {
                if code != want_code || err != want {
                    Some(format!("exit {code}, stderr {err:?}; want exit {want_code}, {want:?}"))
                } else if snapshot(&db) != before {
                    Some("the database changed".to_string())
                } else {
                    None
                }
            }
            Expect::Loads { articles, sentences } => {
                let a = scalar(&db, "SELECT count(*) FROM articles") - articles_before;
                let s = scalar(&db, "SELECT count(*) FROM sentences") - sentences_before;
                (code != 0 || (a, s) != (articles, sentences) || err.lines().count() != 1)
                    .then(|| format!("exit {code}, +{a} articles, +{s} sentences, stderr {err:?}"))
            }
            Expect::Stops { line, articles } => {
                let a = scalar(&db, "SELECT count(*) FROM articles") - articles_before;
                (code != 1 || err != line || a != articles).then(|| format!("exit {code}, +{a} articles, stderr {err:?}; want {line:?}"))
            }
        };
        if let Some(p) = problem {
            failures.push(format!("{}: {p}", case.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn an_unreadable_file_is_refused_unless_we_are_root() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let db = base_db(tmp.path());
    let before = snapshot(&db);
    let path = tmp.path().join("secret.txt");
    std::fs::write(&path, "Some text.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root (as CI does): permissions do not stop us, so there is nothing to test.
        eprintln!("skipped: this user can read a chmod 000 file");
        return;
    }
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), path.to_str().unwrap()]);
    assert_eq!((code, err.trim_end()), (1, format!("dossier: {}: cannot read: permission denied; nothing loaded", path.display()).as_str()));
    assert_eq!(snapshot(&db), before);
}

#[test]
fn a_database_in_a_missing_directory_is_not_created() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("no/such/dir/x.db");
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]);
    let dir = tmp.path().join("no/such/dir");
    assert_eq!((code, err.trim_end()), (1, format!("dossier: {}: directory {} does not exist", db.display(), dir.display()).as_str()));
    assert!(!tmp.path().join("no").exists());
}

#[test]
fn a_file_that_is_not_sqlite_is_left_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("notes.db");
    let junk = b"These are my notes, not a database.\n".repeat(200);
    std::fs::write(&db, &junk).unwrap();
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]);
    assert_eq!((code, err.trim_end()), (1, format!("dossier: {}: not a SQLite database", db.display()).as_str()));
    assert_eq!(std::fs::read(&db).unwrap(), junk);
}

#[test]
fn a_sqlite_database_of_another_program_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("other.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    drop(conn);
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]);
    assert_eq!(
        (code, err.trim_end()),
        (1, format!("dossier: {}: not a dossier database (it has tables but no dossier application id)", db.display()).as_str())
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 1);
}

#[test]
fn a_dossier_database_of_another_version_is_refused_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    let db = base_db(tmp.path());
    rusqlite::Connection::open(&db).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = snapshot(&db);
    let art = tmp.path().join("b.txt");
    std::fs::write(&art, "Another article. With two sentences.").unwrap();
    for args in [vec!["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()], vec!["--db", db.to_str().unwrap(), "query", "SELECT 1"]] {
        let (code, _, err) = run(&args);
        assert_eq!((code, err.trim_end()), (1, format!("dossier: {}: dossier schema version 99, this dossier reads version 3", db.display()).as_str()));
    }
    assert_eq!(snapshot(&db), before);
    assert_eq!(scalar(&db, "PRAGMA user_version"), 99);
}
