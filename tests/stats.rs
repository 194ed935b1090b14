//! article_stats, actor_stats and actor_pairs: the counts the loader keeps
//! for the canned queries always equal what the base tables give, after
//! loads, after an article is deleted, after upgrades from schema versions 1
//! and 2, and the canned queries count from the base tables when hand edits
//! make them stale.

mod cli_support;

use std::path::{Path, PathBuf};

use cli_support::ok;
use rusqlite::Connection;

const ARTICLES: &[&str] = &[
    "Alice Moreau met Bob Kane in Paris on Monday. Moreau said Kane agreed. \
     The United Nations welcomed the talks between Moreau and Kane.\n",
    "Bob Kane and the United Nations spoke again on Tuesday. Kane said Alice Moreau would return to Paris.\n",
    "The United Nations said Paris will host Alice Moreau. Moreau and Moreau's aides declined to comment. The visit will cost about $2 million.\n",
];

/// The counts, computed here from the base tables.
const EXPECTED_STATS: &str = "
SELECT actor_id, sum(mentions), sum(articles), sum(statements)
FROM (SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles, 0 AS statements
      FROM mentions GROUP BY actor_id
      UNION ALL
      SELECT speaker_id, 0, 0, count(*) FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id)
GROUP BY actor_id";
const EXPECTED_PAIRS: &str = "
SELECT a1, a2, count(*), count(DISTINCT article_id)
FROM (SELECT DISTINCT m1.sentence_id, m1.article_id, m1.actor_id AS a1, m2.actor_id AS a2
      FROM mentions m1 JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id)
GROUP BY a1, a2";

const EXPECTED_ARTICLES: &str = "
SELECT ar.id,
       (SELECT count(*) FROM sentences x WHERE x.article_id = ar.id),
       (SELECT count(DISTINCT x.actor_id) FROM mentions x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM mentions x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM statements x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM events x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM dates x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM figures x WHERE x.article_id = ar.id)
FROM articles ar";

fn loaded(dir: &Path) -> PathBuf {
    let mut args = vec!["load".to_string(), "--db".to_string(), "t.db".to_string(), "--published".to_string(), "2021-05-07".to_string()];
    for (i, text) in ARTICLES.iter().enumerate() {
        let name = format!("a{i}.txt");
        std::fs::write(dir.join(&name), text).unwrap();
        args.push(name);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(dir, &args);
    dir.join("t.db")
}

fn rows(conn: &Connection, sql: &str) -> Vec<Vec<i64>> {
    let mut st = conn.prepare(sql).unwrap();
    let n = st.column_count();
    let mut out: Vec<Vec<i64>> = st.query_map([], |r| (0..n).map(|i| r.get(i)).collect()).unwrap().map(Result::unwrap).collect();
    out.sort();
    out
}

fn assert_counts_agree(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let stats = rows(&conn, "SELECT actor_id, mentions, articles, statements FROM actor_stats");
    let pairs = rows(&conn, "SELECT a1, a2, sentences, articles FROM actor_pairs");
    let articles = rows(&conn, "SELECT article_id, sentences, actors, mentions, statements, events, dates, figures FROM article_stats");
    assert_eq!(stats, rows(&conn, EXPECTED_STATS));
    assert_eq!(pairs, rows(&conn, EXPECTED_PAIRS));
    assert_eq!(articles, rows(&conn, EXPECTED_ARTICLES));
}

#[test]
fn counts_kept_by_the_loader_equal_counts_from_the_base_tables() {
    let dir = tempfile::tempdir().unwrap();
    let db = loaded(dir.path());
    let conn = Connection::open(&db).unwrap();
    // The texts name several actors together, across articles, and have
    // rows in every table.
    assert!(rows(&conn, "SELECT * FROM actor_pairs WHERE articles > 1").len() >= 2);
    let totals = rows(&conn, "SELECT sum(sentences), sum(actors), sum(mentions), sum(statements), sum(events), sum(dates), sum(figures) FROM article_stats");
    assert!(totals[0].iter().all(|&n| n > 0), "{totals:?}");
    drop(conn);
    assert_counts_agree(&db);
}

#[test]
fn deleting_an_article_takes_its_counts_away() {
    let dir = tempfile::tempdir().unwrap();
    let db = loaded(dir.path());
    ok(dir.path(), &["--db", "t.db", "query", "--write", "DELETE FROM articles WHERE id = 2"]);
    assert_counts_agree(&db);
    ok(dir.path(), &["--db", "t.db", "query", "--write", "DELETE FROM articles"]);
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        rows(&conn, "SELECT count(*) FROM actor_stats UNION ALL SELECT count(*) FROM actor_pairs UNION ALL SELECT count(*) FROM article_stats"),
        vec![vec![0], vec![0], vec![0]]
    );
}

#[test]
fn a_version_1_database_gets_its_counts_when_first_opened() {
    let dir = tempfile::tempdir().unwrap();
    let db = loaded(dir.path());
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch("DROP TRIGGER articles_stats_bd; DROP TABLE actor_stats; DROP TABLE actor_pairs; DROP TABLE article_stats; PRAGMA user_version = 1;").unwrap();
    drop(conn);
    // A read-only query upgrades it.
    let out = ok(dir.path(), &["--db", "t.db", "query", "-f", "csv", "--no-header", "PRAGMA user_version"]);
    assert_eq!(out, "3\n");
    assert_counts_agree(&db);
}

/// The delete trigger of schema version 2, without article_stats.
const VERSION_2_TRIGGER: &str = "CREATE TRIGGER articles_stats_bd BEFORE DELETE ON articles BEGIN
    DELETE FROM actor_stats WHERE actor_id IN (SELECT actor_id FROM mentions WHERE article_id = old.id);
END;";

#[test]
fn a_version_2_database_gets_its_article_counts_and_a_new_delete_trigger_when_first_opened() {
    let dir = tempfile::tempdir().unwrap();
    let db = loaded(dir.path());
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch(&format!(
        "DROP TRIGGER articles_stats_bd; {VERSION_2_TRIGGER} DROP TABLE article_stats; \
         DROP TRIGGER sentences_fts_ai; {VERSION_2_FTS} PRAGMA user_version = 2;"
    ))
    .unwrap();
    drop(conn);
    let out = ok(dir.path(), &["--db", "t.db", "query", "-f", "csv", "--no-header", "PRAGMA user_version"]);
    assert_eq!(out, "3\n");
    let conn = Connection::open(&db).unwrap();
    assert_eq!(rows(&conn, "SELECT count(*) FROM article_stats"), vec![vec![ARTICLES.len() as i64]]);
    drop(conn);
    ok(dir.path(), &["--db", "t.db", "query", "--write", "DELETE FROM articles WHERE id = 2"]);
    let conn = Connection::open(&db).unwrap();
    let articles = rows(&conn, "SELECT article_id, sentences, actors, mentions, statements, events, dates, figures FROM article_stats");
    assert_eq!(articles, rows(&conn, EXPECTED_ARTICLES));
    assert_eq!(articles.len(), ARTICLES.len() - 1);
    // Sentences inserted by hand are still searchable, without the state table.
    assert_eq!(rows(&conn, "SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts_state'"), vec![vec![0]]);
    drop(conn);
    ok(dir.path(), &["--db", "t.db", "query", "--write", "INSERT INTO sentences (article_id, paragraph, seq, start, end, text) VALUES (1, 9, 99, 0, 1, 'A zeppelin.')"]);
    let conn = Connection::open(&db).unwrap();
    assert_eq!(rows(&conn, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'zeppelin'"), vec![vec![1]]);
}

/// Version 2's search trigger and the state table it read.
const VERSION_2_FTS: &str = "
CREATE TABLE sentences_fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), deferred INTEGER NOT NULL DEFAULT 0);
INSERT INTO sentences_fts_state (id, deferred) VALUES (1, 0);
CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences
WHEN (SELECT deferred FROM sentences_fts_state WHERE id = 1) IS NOT 1 BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;";

#[test]
fn canned_queries_count_from_the_base_tables_when_hand_edits_made_the_kept_counts_stale() {
    let dir = tempfile::tempdir().unwrap();
    loaded(dir.path());
    let top = |dir: &Path| ok(dir, &["--db", "t.db", "canned", "actors", "-f", "csv", "--no-header", "-p", "limit=1"]);
    let pair = |dir: &Path| ok(dir, &["--db", "t.db", "canned", "co-mentions", "-f", "csv", "--no-header", "-p", "limit=1"]);
    let (top_before, pair_before) = (top(dir.path()), pair(dir.path()));
    // Every mention of the second actor becomes one of the first.
    ok(
        dir.path(),
        &["--db", "t.db", "query", "--write", "UPDATE mentions SET actor_id = (SELECT min(actor_id) FROM mentions) \
          WHERE actor_id = (SELECT actor_id FROM mentions GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1 OFFSET 1)"],
    );
    ok(dir.path(), &["--db", "t.db", "query", "--write", "INSERT INTO mentions (actor_id, article_id, sentence_id, start, end, text) SELECT actor_id, article_id, sentence_id, start, end, text FROM mentions LIMIT 1"]);
    let conn = Connection::open(dir.path().join("t.db")).unwrap();
    let most: Vec<Vec<i64>> = rows(&conn, "SELECT count(*) FROM mentions GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1");
    drop(conn);
    let top_after = top(dir.path());
    assert_ne!(top_after, top_before);
    let fields: Vec<&str> = top_after.trim_end().split(',').collect();
    assert_eq!(fields[5].parse::<i64>().unwrap(), most[0][0], "{top_after}");
    assert_ne!(pair(dir.path()), pair_before);
}

#[test]
fn article_summary_counts_from_the_fact_tables_when_hand_edits_made_the_kept_counts_stale() {
    let dir = tempfile::tempdir().unwrap();
    let db = loaded(dir.path());
    let summary = |dir: &Path| ok(dir, &["--db", "t.db", "canned", "article-summary", "-f", "csv", "--no-header"]);
    let before = summary(dir.path());
    ok(dir.path(), &["--db", "t.db", "query", "--write", "DELETE FROM figures WHERE id = (SELECT min(id) FROM figures)"]);
    let after = summary(dir.path());
    assert_ne!(after, before);
    let conn = Connection::open(&db).unwrap();
    let expected: Vec<String> = rows(&conn, EXPECTED_ARTICLES).iter().map(|r| r[7].to_string()).collect();
    let figures: Vec<&str> = after.lines().map(|l| l.rsplit(',').next().unwrap()).collect();
    assert_eq!(figures, expected);
}
