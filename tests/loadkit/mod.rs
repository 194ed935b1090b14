//! Helpers shared by the load, bad-input, crash and concurrency tests: run
//! the real binary, snapshot a database, generate corpora.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

use rusqlite::{Connection, OpenFlags};

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dossier"));
    c.env_remove("DOSSIER_DB");
    c
}

/// Runs `dossier` with `args`; returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    output(bin().args(args).output().expect("run dossier"))
}

pub fn output(o: Output) -> (i32, String, String) {
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// Every row of the fact tables, as text: equal snapshots mean an unchanged database.
pub fn snapshot(db: &Path) -> String {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open db");
    let mut out = String::new();
    for table in ["articles", "sentences", "actors", "actor_aliases", "mentions", "statements", "dates", "events", "event_actors", "figures"] {
        // Table names come from the list above, not from input.
        let mut st = conn.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2")).expect("prepare");
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                let mut row = Vec::with_capacity(n);
                for i in 0..n {
                    row.push(format!("{:?}", r.get_ref(i)?));
                }
                Ok(row.join("|"))
            })
            .expect("query");
        out.push_str(table);
        out.push('\n');
        for row in rows {
            out.push_str(&row.expect("row"));
            out.push('\n');
        }
    }
    out
}

/// One value of a query on `db`.
pub fn scalar(db: &Path, sql: &str) -> i64 {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open db");
    conn.query_row(sql, [], |r| r.get(0)).expect("scalar")
}

/// A small corpus line: article `i` has `i % 4 + 1` sentences.
pub fn corpus_line(i: usize) -> String {
    let mut text = String::new();
    for k in 0..(i % 4 + 1) {
        if k > 0 {
            text.push(' ');
        }
        text.push_str(&format!("Council {i} met on Monday and approved budget number {k}."));
    }
    format!("{{\"id\": \"a{i}\", \"title\": \"Item {i}\", \"text\": \"{text}\", \"published\": \"2021-03-04\", \"source\": \"test\"}}\n")
}

/// Sentences article `i` of `corpus_line` has.
pub fn corpus_sentences(i: usize) -> i64 {
    (i % 4 + 1) as i64
}

/// Writes `n` articles (`from` on) as JSON Lines to `path`.
pub fn write_corpus(path: &Path, from: usize, n: usize) {
    let mut s = String::with_capacity(n * 120);
    for i in from..from + n {
        s.push_str(&corpus_line(i));
    }
    std::fs::write(path, s).expect("write corpus");
}

pub const ARTICLE: &str = "Council approves budget\n\nThe city council approved the budget on Monday. Mr. Lee said the U.S. grant helped.\n\nCNN's Ann Roe contributed to this report.\n";
