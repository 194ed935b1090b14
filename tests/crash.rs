//! Crash safety: `dossier load` killed with SIGKILL in the middle of a
//! corpus leaves a sound database holding whole articles only, and running
//! the same load again finishes the rest without duplicates.

mod loadkit;

use std::time::{Duration, Instant};

use loadkit::{bin, corpus_sentences, run, scalar};
use rusqlite::{Connection, OpenFlags};

const ARTICLES: usize = 6_000;

fn articles_present(db: &std::path::Path) -> i64 {
    Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)))
        .unwrap_or(0)
}

/// Every article present has exactly the sentences its text has: no half article.
fn assert_whole_articles(db: &std::path::Path) -> i64 {
    let conn = Connection::open(db).unwrap();
    let mut st = conn
        .prepare("SELECT a.external_id, (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) FROM articles a")
        .unwrap();
    let mut n = 0;
    for row in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).unwrap() {
        let (id, sentences) = row.unwrap();
        let i: usize = id.trim_start_matches('a').parse().unwrap();
        assert_eq!(sentences, corpus_sentences(i), "article {id}");
        n += 1;
    }
    let fts: i64 = conn.query_row("SELECT count(*) FROM sentences_fts", [], |r| r.get(0)).unwrap();
    let sentences: i64 = conn.query_row("SELECT count(*) FROM sentences", [], |r| r.get(0)).unwrap();
    assert_eq!(fts, sentences, "every sentence is indexed");
    conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')", []).unwrap();
    n
}

#[test]
fn a_killed_load_leaves_whole_articles_and_a_rerun_finishes_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("big.jsonl");
    loadkit::write_corpus(&corpus, 0, ARTICLES);
    let db = tmp.path().join("t.db");
    let mut child = bin()
        .args(["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    while articles_present(&db) < (ARTICLES / 8) as i64 && Instant::now() < deadline {
        assert!(child.try_wait().unwrap().is_none(), "the load ended before it could be killed");
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let present = articles_present(&db);
    assert!(present > 0 && (present as usize) < ARTICLES, "killed with {present} articles loaded");

    let conn = Connection::open(&db).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    // A load into an empty database builds the fact tables' indexes at its
    // end, which the killed one never reached: the first query builds them.
    let fact_index = "SELECT count(*) FROM sqlite_schema WHERE name = 'idx_mentions_actor_article'";
    assert_eq!(scalar(&db, fact_index), 0);
    let (code, out, err) = run(&["--db", db.to_str().unwrap(), "query", "--format", "csv", "--no-header", "SELECT 1"]);
    assert_eq!((code, out.as_str()), (0, "1\n"), "{err}");
    assert_eq!(scalar(&db, fact_index), 1);
    let whole = assert_whole_articles(&db);
    // Articles are written in input order: what survived is a prefix of the corpus.
    assert_eq!(scalar(&db, "SELECT max(CAST(substr(external_id, 2) AS INTEGER)) + 1 FROM articles"), whole);

    let (code, _, err) = run(&["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with(&format!("loaded {} articles, skipped {whole} already loaded", ARTICLES as i64 - whole)), "{err}");
    assert_eq!(assert_whole_articles(&db), ARTICLES as i64);
    assert_eq!(scalar(&db, "SELECT count(DISTINCT external_id) FROM articles"), ARTICLES as i64);
}
