//! Running user SQL safely: the read-only check every query path shares
//! (`query`, `export`, `canned`, the REPL) and error messages that say where
//! in the SQL text SQLite stopped.

use anyhow::{anyhow, Error};

use crate::sql_lex as lex;

/// Refuses, before it runs, a statement that would change the database or
/// the connection when `write` is false: anything SQLite does not call
/// read-only, and ATTACH/DETACH (which SQLite counts as read-only although
/// they open other files). `load_extension()` needs no check: SQLite keeps it
/// disabled unless a program enables it, and dossier never does.
pub fn check_read_only(stmt: &rusqlite::Statement<'_>, write: bool) -> Result<(), Error> {
    if write {
        return Ok(());
    }
    let keyword = stmt.expanded_sql().and_then(|s| lex::first_keyword(&s)).unwrap_or_default();
    if keyword == "ATTACH" || keyword == "DETACH" {
        return Err(anyhow!("{keyword} is not allowed: the database is open read-only (use --write to allow it)"));
    }
    if !stmt.readonly() {
        let what = if keyword.is_empty() { "this statement".to_string() } else { keyword };
        return Err(anyhow!("{what} would change the database, which is open read-only (use --write to allow it)"));
    }
    Ok(())
}

/// An error from preparing or running SQL, with where it happened: the byte
/// offset (and line and column) in `full` when SQLite reports one.
pub fn sql_error(e: rusqlite::Error, full: &str) -> Error {
    match e {
        rusqlite::Error::SqlInputError { msg, sql, offset, .. } => {
            // rusqlite reports offsets into the text it was given, a suffix
            // of `full` when statements are prepared one after another.
            let base = if full.ends_with(sql.as_str()) { full.len() - sql.len() } else { 0 };
            let at = base + usize::try_from(offset).unwrap_or(0);
            let (line, col) = lex::line_col(full, at);
            anyhow!("{msg} at offset {at} (line {line}, column {col})")
        }
        rusqlite::Error::SqliteFailure(_, Some(msg)) => anyhow!("{msg}"),
        other => anyhow!(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> rusqlite::Connection {
        let c = rusqlite::Connection::open_in_memory().unwrap();
        c.execute_batch("CREATE TABLE t(x)").unwrap();
        c
    }

    #[test]
    fn writes_and_attach_are_refused_without_write() {
        let c = conn();
        let e = check_read_only(&c.prepare("INSERT INTO t VALUES (1)").unwrap(), false).unwrap_err();
        assert_eq!(e.to_string(), "INSERT would change the database, which is open read-only (use --write to allow it)");
        let e = check_read_only(&c.prepare("/* x */ attach ':memory:' AS m").unwrap(), false).unwrap_err();
        assert_eq!(e.to_string(), "ATTACH is not allowed: the database is open read-only (use --write to allow it)");
        assert!(check_read_only(&c.prepare("SELECT * FROM t").unwrap(), false).is_ok());
        assert!(check_read_only(&c.prepare("INSERT INTO t VALUES (1)").unwrap(), true).is_ok());
    }

    #[test]
    fn syntax_errors_say_where() {
        let c = conn();
        let full = "SELECT 1;\nSELECT * FORM t";
        let mut batch = rusqlite::Batch::new(&c, full);
        use rusqlite::fallible_iterator::FallibleIterator;
        assert!(batch.next().unwrap().is_some());
        let e = batch.next().map(|_| ()).unwrap_err();
        assert_eq!(sql_error(e, full).to_string(), "near \"FORM\": syntax error at offset 19 (line 2, column 10)");
    }
}
