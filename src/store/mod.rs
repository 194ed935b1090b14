//! Storage: owns the schema, opening and version checks, and writing facts.
//! It knows nothing of the REPL or of rendering.

mod actors;
mod bulk;
mod schema;
mod stats;
mod write;

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

pub use bulk::{bulk_begin, bulk_end, BulkSettings};
pub use write::{check_facts, sha256_hex, write_facts, ArticleRef, WriteError, Writer, Written};

/// The schema, embedded at build time.
pub const SCHEMA: &str = include_str!("../../schema.sql");
/// The derived counts added in versions 2 and 3 (applied after `SCHEMA`).
const STATS_SCHEMA: &str = include_str!("../sql/stats_schema.sql");
/// Bumped whenever the schema changes; `migrate` brings older databases up.
pub const SCHEMA_VERSION: i64 = 3;
/// `PRAGMA application_id` of a dossier database ("DOSS").
pub const APPLICATION_ID: i64 = 0x444F_5353;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: no such database (use `dossier load --db {path} FILE` to create one)")]
    Missing { path: String },
    #[error("{path}: directory {dir} does not exist")]
    MissingDir { path: String, dir: String },
    #[error("{path}: not a SQLite database")]
    NotSqlite { path: String },
    #[error("{path}: not a dossier database (it has tables but no dossier application id)")]
    NotDossier { path: String },
    #[error("{path}: dossier schema version {found}, this dossier reads version {expected}")]
    Version { path: String, found: i64, expected: i64 },
    #[error("{path}: {source}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
}

/// How long a connection waits for another process's write lock.
pub const BUSY_TIMEOUT_SECS: u64 = 60;

/// How to open a database file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Queries only; the connection refuses writes.
    ReadOnly,
    /// An existing database, writable.
    ReadWrite,
    /// Writable; created with the schema when missing.
    Create,
}

fn sql_err(path: &str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
            StoreError::NotSqlite { path: path.to_string() }
        }
        _ => StoreError::Sqlite { path: path.to_string(), source: e },
    }
}

/// Opens (or creates) a dossier database at `path`, checking that it is one.
pub fn open(path: &Path, access: Access) -> Result<Connection, StoreError> {
    let shown = path.display().to_string();
    let exists = path.exists();
    if !exists {
        if access != Access::Create {
            return Err(StoreError::Missing { path: shown });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            return Err(StoreError::MissingDir { path: shown, dir: dir.display().to_string() });
        }
    }
    let flags = match access {
        Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
        Access::Create => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags).map_err(sql_err(&shown))?;
    conn.busy_timeout(std::time::Duration::from_secs(BUSY_TIMEOUT_SECS)).map_err(sql_err(&shown))?;
    conn.set_prepared_statement_cache_capacity(64);
    match prepare_waiting(&conn, &shown, access != Access::ReadOnly) {
        // A database of an older version is brought up to date once, by a
        // writable connection, also when it is opened for queries.
        Err(StoreError::Version { found, .. }) if access == Access::ReadOnly && (1..SCHEMA_VERSION).contains(&found) => {
            drop(conn);
            drop(open(path, Access::ReadWrite)?);
            open(path, Access::ReadOnly)
        }
        Err(e) => Err(e),
        Ok(()) => {
            if access == Access::ReadOnly && !bulk::fact_indexes_present(&conn).unwrap_or(true) {
                heal_indexes(path);
            }
            Ok(conn)
        }
    }
}

/// A load into an empty database that was killed before its end left the
/// fact indexes unbuilt: a query opening it builds them once, through a
/// writable connection, so that it is not slow. Best effort: on a read-only
/// file the query simply runs without them.
fn heal_indexes(path: &Path) {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    if let Ok(conn) = Connection::open_with_flags(path, flags) {
        let _best_effort = conn
            .busy_timeout(std::time::Duration::from_secs(BUSY_TIMEOUT_SECS))
            .and_then(|()| bulk::restore_indexes(&conn));
    }
}

/// A fresh in-memory database with the schema applied.
pub fn open_memory() -> Result<Connection, StoreError> {
    let conn = Connection::open_in_memory().map_err(sql_err(":memory:"))?;
    prepare(&conn, ":memory:", true)?;
    Ok(conn)
}

/// `prepare`, again while another process holds the database in a way
/// SQLite's busy timeout does not wait for: two loads creating the same new
/// file at once both set it to write-ahead logging, and the second may be
/// refused at once. Each step of `prepare` is safe to run again.
fn prepare_waiting(conn: &Connection, path: &str, writable: bool) -> Result<(), StoreError> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(BUSY_TIMEOUT_SECS);
    loop {
        match prepare(conn, path, writable) {
            Err(StoreError::Sqlite { source, .. }) if is_busy(&source) && std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

/// Checks the identity and version of the database; applies the schema to an empty one.
fn prepare(conn: &Connection, path: &str, writable: bool) -> Result<(), StoreError> {
    let err = sql_err(path);
    let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0)).map_err(&err)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(&err)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(&err)?;
    if app == 0 && tables == 0 && version == 0 {
        if !writable {
            return Err(StoreError::NotDossier { path: path.to_string() });
        }
        conn.execute_batch(include_str!("../sql/new_database.sql")).map_err(&err)?;
        // Two loads may create the same new file at once: the second waits
        // for the write lock and then finds the schema in place.
        immediate(conn, || {
            let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
            if app != 0 {
                return Ok(());
            }
            conn.execute_batch(SCHEMA)?;
            conn.execute_batch(STATS_SCHEMA)?;
            conn.pragma_update(None, "application_id", APPLICATION_ID)?;
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)
        })
        .map_err(&err)?;
    } else if app != APPLICATION_ID {
        return Err(StoreError::NotDossier { path: path.to_string() });
    } else if (1..SCHEMA_VERSION).contains(&version) && writable {
        migrate(conn).map_err(&err)?;
    } else if version != SCHEMA_VERSION {
        return Err(StoreError::Version { path: path.to_string(), found: version, expected: SCHEMA_VERSION });
    }
    if writable {
        bulk::restore_indexes(conn).map_err(&err)?;
    }
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(&err)?;
    Ok(())
}

/// Brings a database of an older schema version up to this one, in one
/// transaction (another process may be doing the same: the second finds
/// the work done). Version 2 added the per-actor counts of `STATS_SCHEMA`
/// and version 3 the per-article ones (and their line in the delete
/// trigger), counted here from the base tables; version 3 also indexes
/// sentences for search without the state table version 2 read.
fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    immediate(conn, || {
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version < 3 {
            conn.execute_batch(include_str!("../sql/drop_stats_trigger.sql"))?;
            conn.execute_batch(STATS_SCHEMA)?;
            // Version 3's search trigger needs no state table.
            conn.execute_batch(include_str!("../sql/drop_fts_trigger.sql"))?;
            conn.execute_batch(write::fts_trigger())?;
            conn.execute_batch(include_str!("../sql/drop_fts_state.sql"))?;
        }
        if version < 2 {
            conn.execute_batch(include_str!("../sql/stats_count_actors.sql"))?;
            conn.execute_batch(include_str!("../sql/stats_count_pairs.sql"))?;
        }
        if version < 3 {
            conn.execute_batch(include_str!("../sql/stats_count_articles.sql"))?;
        }
        conn.pragma_update(None, "user_version", SCHEMA_VERSION)
    })
}

/// Runs `work` in a BEGIN IMMEDIATE transaction: committed when it
/// succeeds, rolled back when it fails.
fn immediate(conn: &Connection, work: impl FnOnce() -> rusqlite::Result<()>) -> rusqlite::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    match work() {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _rolled_back = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Row counts of the main tables, for banners and summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: i64,
    pub actors: i64,
    pub statements: i64,
    pub events: i64,
    pub figures: i64,
    pub dates: i64,
    pub mentions: i64,
    pub sentences: i64,
}

pub fn counts(conn: &Connection) -> rusqlite::Result<Counts> {
    conn.query_row(include_str!("../sql/counts.sql"), [], |r| {
        Ok(Counts {
            articles: r.get(0)?,
            actors: r.get(1)?,
            statements: r.get(2)?,
            events: r.get(3)?,
            figures: r.get(4)?,
            dates: r.get(5)?,
            mentions: r.get(6)?,
            sentences: r.get(7)?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_applies_to_a_fresh_database() {
        let conn = open_memory().unwrap();
        let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        assert_eq!(counts(&conn).unwrap(), Counts::default());
    }

    #[test]
    fn a_new_database_file_has_16k_pages_in_wal_mode() {
        let dir = tempfile::tempdir().unwrap();
        let conn = open(&dir.path().join("new.db"), Access::Create).unwrap();
        let page: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
        let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!((page, mode.as_str()), (16384, "wal"));
    }
}
