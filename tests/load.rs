//! `dossier load` on small texts written for the test: exact rows, the
//! summary line, no-op reloads, stdin, JSON Lines, and `extract` shards
//! merging into the same database.

mod loadkit;

use std::io::Write;
use std::process::Stdio;

use loadkit::{bin, output, run, scalar, snapshot, ARTICLE};

fn rows(db: &std::path::Path, sql: &str) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut st = conn.prepare(sql).unwrap();
    let n = st.column_count();
    st.query_map([], |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => "NULL".to_string(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Real(v) => v.to_string(),
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
                })
            })
            .collect()
    })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn an_article_becomes_cleaned_body_and_sentences_with_char_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), "--published", "2021-03-04", art.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("loaded 1 article, skipped 0 already loaded: 2 sentences, "), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert_eq!(
        rows(&db, "SELECT title, published, body, credits, path FROM articles"),
        [[
            "Council approves budget",
            "2021-03-04",
            "The city council approved the budget on Monday. Mr. Lee said the U.S. grant helped.",
            "CNN's Ann Roe contributed to this report.",
            art.to_str().unwrap()
        ]]
    );
    assert_eq!(
        rows(&db, "SELECT seq, start, \"end\", text, substr(a.body, start + 1, \"end\" - start) = text FROM sentences JOIN articles a ON a.id = article_id"),
        [["0", "0", "47", "The city council approved the budget on Monday.", "1"], ["1", "48", "83", "Mr. Lee said the U.S. grant helped.", "1"]]
    );
}

#[test]
fn offsets_count_characters_not_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, "Le café ouvre. Ça va très bien.").unwrap();
    let db = tmp.path().join("t.db");
    assert_eq!(run(&["load", "--db", db.to_str().unwrap(), "--title", "T", art.to_str().unwrap()]).0, 0);
    assert_eq!(
        rows(&db, "SELECT start, \"end\", substr(a.body, start + 1, \"end\" - start) FROM sentences JOIN articles a ON a.id = article_id"),
        [["0", "14", "Le café ouvre."], ["15", "31", "Ça va très bien."]]
    );
}

#[test]
fn reloading_the_same_bytes_is_a_no_op() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    assert_eq!(run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]).0, 0);
    let before = snapshot(&db);
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap(), art.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(
        err.trim_end(),
        "loaded 0 articles, skipped 2 already loaded: 0 sentences, 0 new actors, 0 mentions, 0 statements, 0 dates, 0 events, 0 figures"
    );
    assert_eq!(snapshot(&db), before);
}

#[test]
fn the_same_new_file_twice_in_one_load_is_written_once() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap(), art.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(err.starts_with("loaded 1 article, skipped 1 already loaded"), "{err}");
}

#[test]
fn stdin_takes_plain_text_or_json_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("t.db");
    let feed = |input: &str| {
        let mut child = bin()
            .args(["load", "--db", db.to_str().unwrap(), "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        output(child.wait_with_output().unwrap())
    };
    let (code, _, err) = feed("Plain text here. Two sentences.");
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = feed("{\"id\": \"x1\", \"text\": \"From a corpus.\"}\n{\"id\": \"x2\", \"text\": \"Another one.\"}\n");
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("loaded 2 articles"), "{err}");
    assert_eq!(
        rows(&db, "SELECT coalesce(external_id, '-'), path, body FROM articles ORDER BY id"),
        [["-", "-", "Plain text here. Two sentences."], ["x1", "-", "From a corpus."], ["x2", "-", "Another one."]]
    );
}

#[test]
fn a_corpus_keeps_ids_titles_dates_and_sources() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c.jsonl");
    std::fs::write(
        &corpus,
        "{\"id\": \"a\", \"title\": \"First\", \"text\": \"One. Two.\", \"published\": \"2020-01-02\", \"source\": \"bbc\"}\n\n\
         {\"id\": 7, \"title\": null, \"text\": \"Three.\", \"published\": null, \"source\": null}\n",
    )
    .unwrap();
    let db = tmp.path().join("t.db");
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let path = corpus.to_str().unwrap();
    assert_eq!(
        rows(&db, "SELECT external_id, title, published, source, path FROM articles ORDER BY id"),
        [["a", "First", "2020-01-02", "bbc", path], ["7", "NULL", "NULL", "NULL", path]]
    );
}

#[test]
fn a_load_into_a_new_database_ends_with_every_index_the_schema_declares() {
    let declared = {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(include_str!("../schema.sql")).unwrap();
        rows_of(&conn, INDEXES)
    };
    assert!(declared.len() > 10, "{declared:?}");
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    assert_eq!(run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]).0, 0);
    let after = rows(&db, INDEXES);
    assert!(declared.iter().all(|ix| after.contains(ix)), "{declared:?} vs {after:?}");
}

const INDEXES: &str = "SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'idx_%' ORDER BY name";

fn rows_of(conn: &rusqlite::Connection, sql: &str) -> Vec<Vec<String>> {
    let mut st = conn.prepare(sql).unwrap();
    st.query_map([], |r| Ok(vec![r.get::<_, String>(0)?])).unwrap().map(Result::unwrap).collect()
}

#[test]
fn sentences_inserted_by_hand_after_a_load_are_searchable_too() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    let db = db.to_str().unwrap();
    assert_eq!(run(&["load", "--db", db, art.to_str().unwrap()]).0, 0);
    let insert = "INSERT INTO sentences (article_id, paragraph, seq, start, end, text) VALUES (1, 9, 99, 0, 1, 'A zeppelin landed.')";
    let (code, _, err) = run(&["--db", db, "query", "--write", insert]);
    assert_eq!(code, 0, "{err}");
    let db = std::path::Path::new(db);
    assert_eq!(scalar(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'zeppelin'"), 1);
    assert_eq!(scalar(db, "SELECT count(*) FROM sentences_fts"), scalar(db, "SELECT count(*) FROM sentences"));
}

#[test]
fn the_sentences_are_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let art = tmp.path().join("a.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let db = tmp.path().join("t.db");
    assert_eq!(run(&["load", "--db", db.to_str().unwrap(), art.to_str().unwrap()]).0, 0);
    assert_eq!(
        rows(&db, "SELECT s.seq FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH 'grant'"),
        [["1"]]
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'council'"), 1);
}

#[test]
fn extract_output_loads_into_the_same_database_as_the_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c.jsonl");
    loadkit::write_corpus(&corpus, 0, 40);
    let direct = tmp.path().join("direct.db");
    assert_eq!(run(&["load", "--db", direct.to_str().unwrap(), corpus.to_str().unwrap()]).0, 0);

    // Two shards through `extract`, then merged by `load`.
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let merged = tmp.path().join("merged.db");
    for (k, shard) in lines.chunks(25).enumerate() {
        let mut child = bin().arg("extract").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        child.stdin.take().unwrap().write_all((shard.join("\n") + "\n").as_bytes()).unwrap();
        let (code, out, err) = output(child.wait_with_output().unwrap());
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().count(), shard.len());
        let facts = tmp.path().join(format!("shard{k}.facts.jsonl"));
        std::fs::write(&facts, out).unwrap();
        let (code, _, err) = run(&["load", "--db", merged.to_str().unwrap(), facts.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
    }
    let same = "SELECT a.sha256, a.external_id, a.body, s.seq, s.start, s.\"end\", s.text FROM articles a JOIN sentences s ON s.article_id = a.id ORDER BY a.id, s.seq";
    assert_eq!(rows(&merged, same), rows(&direct, same));
    // The articles themselves are now a no-op on the merged database.
    let (code, _, err) = run(&["load", "--db", merged.to_str().unwrap(), corpus.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(err.starts_with("loaded 0 articles, skipped 40 already loaded"), "{err}");
}

#[test]
fn a_facts_record_with_a_span_outside_the_body_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let facts = tmp.path().join("f.jsonl");
    let rec = serde_json::json!({
        "sha256": "0".repeat(64),
        "facts": {
            "article": {"external_id": null, "title": null, "published": null, "source": null, "body": "Short.",
                        "dateline": null, "credits": null, "chrome": null},
            "sentences": [{"paragraph": 0, "start": 0, "end": 60}],
            "cast": {"actors": [], "mentions": []},
            "statements": [], "dates": [], "events": [], "figures": []
        }
    });
    std::fs::write(&facts, format!("{rec}\n")).unwrap();
    let db = tmp.path().join("t.db");
    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), facts.to_str().unwrap()]);
    assert_eq!(
        (code, err.trim_end()),
        (1, format!("dossier: {}: line 1: sentence 0: span 0..60 is not text of the 6-byte body; nothing loaded", facts.display()).as_str())
    );
}

#[test]
fn without_db_load_writes_dossier_db_here_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), ARTICLE).unwrap();
    let o = bin().current_dir(tmp.path()).args(["load", "a.txt"]).output().unwrap();
    let (code, _, err) = output(o);
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.lines().next(), Some("dossier: writing dossier.db"));
    assert_eq!(scalar(&tmp.path().join("dossier.db"), "SELECT count(*) FROM articles"), 1);
}
