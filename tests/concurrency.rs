//! Concurrent use of one database: two loads at once both finish (WAL and a
//! busy timeout), and a query during a load reads a consistent snapshot.

mod loadkit;

use std::process::Stdio;

use loadkit::{bin, output, run, scalar};

#[test]
fn two_loads_at_once_both_finish_without_duplicates() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a.jsonl");
    let b = tmp.path().join("b.jsonl");
    loadkit::write_corpus(&a, 0, 1500);
    loadkit::write_corpus(&b, 1000, 1500); // 500 articles in common
    let db = tmp.path().join("t.db");
    let spawn = |corpus: &std::path::Path| {
        bin().args(["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()]).stderr(Stdio::piped()).spawn().unwrap()
    };
    let (first, second) = (spawn(&a), spawn(&b));
    for child in [first, second] {
        let (code, _, err) = output(child.wait_with_output().unwrap());
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(scalar(&db, "SELECT count(*) FROM articles"), 2500);
    assert_eq!(scalar(&db, "SELECT count(DISTINCT external_id) FROM articles"), 2500);
    let want: i64 = (0..2500).map(loadkit::corpus_sentences).sum();
    assert_eq!(scalar(&db, "SELECT count(*) FROM sentences"), want);
}

#[test]
fn two_loads_creating_the_same_new_database_both_finish() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c.jsonl");
    loadkit::write_corpus(&corpus, 0, 20);
    // The race is in the first moments of a new file: try it several times.
    for round in 0..6 {
        let db = tmp.path().join(format!("new{round}.db"));
        let spawn = || bin().args(["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()]).stderr(Stdio::piped()).spawn().unwrap();
        let (first, second) = (spawn(), spawn());
        for child in [first, second] {
            let (code, _, err) = output(child.wait_with_output().unwrap());
            assert_eq!(code, 0, "round {round}: {err}");
        }
        assert_eq!(scalar(&db, "SELECT count(*) FROM articles"), 20);
    }
}

#[test]
fn a_query_during_a_load_sees_whole_articles_only() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("c.jsonl");
    loadkit::write_corpus(&corpus, 0, 4000);
    let db = tmp.path().join("t.db");
    // Create the database first so queries have something to open.
    let first = tmp.path().join("first.jsonl");
    loadkit::write_corpus(&first, 100_000, 1);
    assert_eq!(run(&["load", "--db", db.to_str().unwrap(), first.to_str().unwrap()]).0, 0);

    let mut child = bin()
        .args(["load", "--db", db.to_str().unwrap(), corpus.to_str().unwrap()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Sentences expected for the articles present, computed from their ids.
    let sql = "SELECT (SELECT count(*) FROM sentences) - (SELECT sum(CAST(substr(external_id, 2) AS INTEGER) % 4 + 1) FROM articles), \
               (SELECT count(*) FROM articles)";
    let mut seen = Vec::new();
    while child.try_wait().unwrap().is_none() {
        let (code, out, err) = run(&["--db", db.to_str().unwrap(), "query", "--format", "csv", sql]);
        assert_eq!(code, 0, "{err}");
        let last = out.lines().last().unwrap_or_default().to_string();
        let (gap, n) = last.split_once(',').unwrap();
        assert_eq!(gap, "0", "a half-written article was visible with {n} articles");
        seen.push(n.parse::<i64>().unwrap());
    }
    assert!(child.wait().unwrap().success());
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "article counts only grow: {seen:?}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM articles"), 4001);
}
