//! A bulk load's connection settings, and the secondary indexes of the fact
//! tables, which a load into an empty database builds once at its end
//! instead of row by row.

use rusqlite::{params, Connection, OptionalExtension};

use super::immediate;
use super::schema::{self, Object};

/// The tables the loader only ever inserts into: nothing it reads during a
/// load uses their secondary indexes.
const FACT_TABLES: &[&str] = &["mentions", "statements", "dates", "events", "event_actors", "figures"];

/// The fact tables' indexes, as `schema.sql` declares them.
fn fact_indexes() -> impl Iterator<Item = &'static Object> {
    schema::objects().iter().filter(|o| o.kind == "INDEX" && o.table.is_some_and(|t| FACT_TABLES.contains(&t)))
}

/// The fact indexes a load into an empty database builds at its end. Not
/// those that lead with `article_id` or `sentence_id`: a load's rows come
/// in the order of those ids, so each entry is appended at the right edge
/// of the index, and keeping them up to date runs while the extraction
/// threads are busy, where sorting them all at the end ran after them.
/// On the corpus this moved 1.5 G instructions out of that serial end and
/// added 2.4 G to the writer (to 11.4 G, with extraction at 10.3 G on the
/// other core): a load took 3.89 s against 3.99 s with every fact index
/// deferred. Should extraction get much cheaper than the writer, deferring
/// more of them would pay again.
fn deferred_indexes() -> impl Iterator<Item = &'static Object> {
    fact_indexes().filter(|ix| !matches!(ix.first_column, Some("article_id" | "sentence_id")))
}

/// Whether every fact index exists.
pub(super) fn fact_indexes_present(conn: &Connection) -> rusqlite::Result<bool> {
    let mut st = conn.prepare_cached(include_str!("../sql/index_names.sql"))?;
    let names = st.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(fact_indexes().all(|ix| names.iter().any(|n| n == ix.name)))
}

/// Builds whichever fact indexes are missing: after a load into an empty
/// database, or when such a load was killed before its end (every writable
/// open calls this), with the settings of `index_build_settings.sql`.
pub(super) fn restore_indexes(conn: &Connection) -> rusqlite::Result<()> {
    if fact_indexes_present(conn)? {
        return Ok(());
    }
    let saved = Pragmas::save(conn, &["threads", "temp_store", "cache_size"])?;
    conn.execute_batch(include_str!("../sql/index_build_settings.sql"))?;
    let built = immediate(conn, || fact_indexes().try_for_each(|ix| conn.execute_batch(ix.sql)));
    saved.restore(conn)?;
    built
}

/// Values of connection pragmas, saved to be set back after a change.
#[derive(Debug, Clone)]
struct Pragmas(Vec<(&'static str, i64)>);

impl Pragmas {
    fn save(conn: &Connection, names: &[&'static str]) -> rusqlite::Result<Self> {
        let value = |p: &str| conn.pragma_query_value(None, p, |r| r.get::<_, i64>(0));
        names.iter().map(|&p| Ok((p, value(p)?))).collect::<rusqlite::Result<_>>().map(Pragmas)
    }

    fn restore(&self, conn: &Connection) -> rusqlite::Result<()> {
        self.0.iter().try_for_each(|&(p, v)| conn.pragma_update(None, p, v))
    }
}

/// Drops the deferred fact indexes when the database holds no article yet:
/// a load into it then appends rows without an index insert per row, and
/// [`restore_indexes`] sorts each of them once at the end. Returns whether
/// it dropped them.
fn defer_indexes(conn: &Connection) -> rusqlite::Result<bool> {
    let mut deferred = false;
    immediate(conn, || {
        let empty: bool = conn.query_row(include_str!("../sql/no_articles.sql"), [], |r| r.get(0))?;
        if empty {
            for ix in deferred_indexes() {
                conn.execute_batch(&format!("DROP INDEX IF EXISTS \"{}\"", ix.name))?;
            }
            deferred = true;
        }
        Ok(())
    })?;
    Ok(deferred)
}

/// Options of the search index, which FTS5 keeps in the database.
#[derive(Debug, Clone)]
struct FtsOptions(Vec<(&'static str, i64)>);

impl FtsOptions {
    /// For a bulk load: FTS5 writes its in-memory index as a new segment
    /// when it outgrows `hashsize` (1 MB by default, several times per
    /// batch) and merges segments after each write (`automerge`, 4 by
    /// default). With 4 MB it writes about one segment per batch (a batch
    /// holds at most 4 MB of input; 2, 4 and 8 MB cost the same on the
    /// corpus), and without automerge only its crisis merge runs: indexing
    /// the corpus's sentences then costs 25% fewer instructions than with
    /// the defaults. The crisis merge waits for 64 segments on a level
    /// instead of 16: a load of the corpus (21 batches) then merges
    /// none, which saved 0.86 G of the writer's 15 G instructions, and a
    /// search over the 21 segments it leaves took no longer than over 9.
    /// The next writes merge them (`automerge` is back then).
    const BULK: [(&'static str, i64); 3] = [("hashsize", 4 << 20), ("automerge", 0), ("crisismerge", 64)];
    /// FTS5's defaults, set back when the saved value is the bulk value
    /// (saved during another load, which has not ended yet).
    const DEFAULT: [(&'static str, i64); 3] = [("hashsize", 1 << 20), ("automerge", 4), ("crisismerge", 16)];

    fn save(conn: &Connection) -> rusqlite::Result<Self> {
        let mut st = conn.prepare_cached(include_str!("../sql/fts_option.sql"))?;
        Self::DEFAULT
            .iter()
            .zip(Self::BULK)
            .map(|(&(name, default), (_, bulk))| {
                let v: Option<i64> = st.query_row([name], |r| r.get(0)).optional()?;
                Ok((name, v.filter(|&v| v != bulk).unwrap_or(default)))
            })
            .collect::<rusqlite::Result<_>>()
            .map(FtsOptions)
    }

    fn set(conn: &Connection, options: &[(&'static str, i64)]) -> rusqlite::Result<()> {
        let mut st = conn.prepare_cached(include_str!("../sql/set_fts_option.sql"))?;
        options.iter().try_for_each(|&(name, v)| st.execute(params![name, v]).map(drop))
    }
}

/// The connection settings a bulk load changes, to restore afterwards.
#[derive(Debug, Clone)]
pub struct BulkSettings {
    saved: Pragmas,
    fts: FtsOptions,
    deferred_indexes: bool,
}

/// Settings for a bulk load (`bulk_settings.sql`): in WAL mode `synchronous
/// = NORMAL` keeps every committed transaction safe from a crash of the
/// process (only a power loss may lose the last ones, never corrupt the
/// file); a bigger page cache and in-memory temporary tables; no
/// foreign-key look-ups, as the writer itself makes every reference (to rows
/// it has just written or found, after `check_facts`). Into an empty
/// database, the fact indexes are built at the end. Returns the previous
/// values.
pub fn bulk_begin(conn: &Connection) -> rusqlite::Result<BulkSettings> {
    let saved = Pragmas::save(conn, &["synchronous", "cache_size", "temp_store", "foreign_keys"])?;
    conn.execute_batch(include_str!("../sql/bulk_settings.sql"))?;
    let fts = FtsOptions::save(conn)?;
    immediate(conn, || FtsOptions::set(conn, &FtsOptions::BULK))?;
    Ok(BulkSettings { saved, fts, deferred_indexes: defer_indexes(conn)? })
}

/// Builds the indexes `bulk_begin` deferred, restores the settings it
/// changed and folds the write-ahead log back into the database file.
pub fn bulk_end(conn: &Connection, settings: BulkSettings) -> rusqlite::Result<()> {
    let built = if settings.deferred_indexes { restore_indexes(conn) } else { Ok(()) };
    let fts = immediate(conn, || FtsOptions::set(conn, &settings.fts.0));
    settings.saved.restore(conn)?;
    built?;
    fts?;
    // Another connection may be reading; then the checkpoint is partial, which is fine.
    conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_names(conn: &Connection) -> Vec<String> {
        let mut st = conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn the_schema_declares_the_fact_indexes_the_queries_rely_on() {
        let names: Vec<&str> = fact_indexes().map(|ix| ix.name).collect();
        for expected in ["idx_mentions_actor_article", "idx_statements_article_start", "idx_events_timeline", "idx_figures_article_start"] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
        // Indexes the writer reads while it loads are never deferred.
        assert!(!names.contains(&"idx_aliases_alias") && !names.contains(&"idx_actors_name"));
    }

    #[test]
    fn a_load_into_an_empty_database_drops_the_fact_indexes_and_rebuilds_them_at_its_end() {
        let conn = crate::store::open_memory().unwrap();
        let all = index_names(&conn);
        let saved = bulk_begin(&conn).unwrap();
        let during = index_names(&conn);
        assert!(deferred_indexes().all(|ix| !during.iter().any(|n| n == ix.name)));
        assert!(during.contains(&"idx_aliases_alias".to_string()));
        // Those that rows reach in key order stay.
        assert!(during.contains(&"idx_mentions_sentence_actor".to_string()));
        assert!(!during.contains(&"idx_mentions_actor_article".to_string()));
        bulk_end(&conn, saved).unwrap();
        assert_eq!(index_names(&conn), all);
    }

    #[test]
    fn a_load_into_a_database_with_articles_keeps_its_indexes() {
        let conn = crate::store::open_memory().unwrap();
        conn.execute("INSERT INTO articles (body, sha256) VALUES ('x', 'a')", []).unwrap();
        let all = index_names(&conn);
        let saved = bulk_begin(&conn).unwrap();
        assert_eq!(index_names(&conn), all);
        bulk_end(&conn, saved).unwrap();
        assert_eq!(index_names(&conn), all);
    }

    fn fts_options(conn: &Connection) -> Vec<(String, i64)> {
        let mut st = conn.prepare("SELECT k, v FROM sentences_fts_config WHERE k <> 'version' ORDER BY k").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    }

    fn options(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
        pairs.iter().map(|&(k, v)| (k.to_string(), v)).collect()
    }

    #[test]
    fn a_bulk_load_indexes_for_search_in_bigger_segments_and_sets_the_options_back() {
        let conn = crate::store::open_memory().unwrap();
        conn.execute("INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 8)", []).unwrap();
        let saved = bulk_begin(&conn).unwrap();
        assert_eq!(fts_options(&conn), options(&[("automerge", 0), ("crisismerge", 64), ("hashsize", 4 << 20)]));
        bulk_end(&conn, saved).unwrap();
        assert_eq!(fts_options(&conn), options(&[("automerge", 8), ("crisismerge", 16), ("hashsize", 1 << 20)]));
    }

    #[test]
    fn the_search_options_of_a_killed_load_are_not_kept_by_the_next_one() {
        let conn = crate::store::open_memory().unwrap();
        let killed = bulk_begin(&conn).unwrap();
        drop(killed);
        let saved = bulk_begin(&conn).unwrap();
        bulk_end(&conn, saved).unwrap();
        assert_eq!(fts_options(&conn), options(&[("automerge", 4), ("crisismerge", 16), ("hashsize", 1 << 20)]));
    }

    #[test]
    fn missing_fact_indexes_are_rebuilt_once() {
        let conn = crate::store::open_memory().unwrap();
        let all = index_names(&conn);
        conn.execute_batch("DROP INDEX idx_mentions_article_actor; DROP INDEX idx_events_timeline;").unwrap();
        assert!(!fact_indexes_present(&conn).unwrap());
        restore_indexes(&conn).unwrap();
        assert_eq!(index_names(&conn), all);
        assert!(fact_indexes_present(&conn).unwrap());
    }
}
