//! The state of one REPL session (connection, output settings, where results
//! go, timer) and running SQL text through it.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use rusqlite::{Connection, InterruptHandle};

use crate::canned::Canned;
use crate::cmd::Opened;
use crate::render::{self, Format, Options};

use crate::sql_lex as lex;

/// Where results go: the terminal (stdout) or a file from `.output`.
pub enum Target {
    Stdout,
    File { path: PathBuf, out: BufWriter<File> },
}

/// The connection's interrupt handle, shared with the Ctrl-C handler so it
/// always cancels the query of the connection that is open now.
#[derive(Clone, Default)]
pub struct Interrupter(Arc<Mutex<Option<InterruptHandle>>>);

impl Interrupter {
    pub fn set(&self, conn: &Connection) {
        if let Ok(mut h) = self.0.lock() {
            *h = Some(conn.get_interrupt_handle());
        }
    }

    /// Cancels the running query, if any.
    pub fn interrupt(&self) {
        if let Ok(h) = self.0.lock()
            && let Some(h) = h.as_ref()
        {
            h.interrupt();
        }
    }
}

pub struct Session {
    pub conn: Connection,
    pub opened: Opened,
    /// `--write`: statements may change the database.
    pub write: bool,
    pub opts: Options,
    pub target: Target,
    /// `.once FILE`: the next result goes there.
    pub once: Option<PathBuf>,
    pub timer: bool,
    /// Colour for highlighting and `.source` (off with NO_COLOR or no terminal).
    pub color: bool,
    pub canned: Vec<Canned>,
    pub interrupter: Interrupter,
    /// Bumped when the connection or the canned list changes, so completion reloads.
    pub generation: u64,
    /// Nesting depth of `.read`.
    pub depth: usize,
}

/// What to do after a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Go,
    Quit,
}

impl Session {
    pub fn new(conn: Connection, opened: Opened, write: bool, canned: Vec<Canned>) -> Session {
        let interrupter = Interrupter::default();
        interrupter.set(&conn);
        let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal();
        Session {
            conn,
            opened,
            write,
            opts: Options::default(),
            target: Target::Stdout,
            once: None,
            timer: false,
            color,
            canned,
            interrupter,
            generation: 0,
            depth: 0,
        }
    }

    /// Replaces the connection (`.open`).
    pub fn reconnect(&mut self, conn: Connection, opened: Opened) {
        self.interrupter.set(&conn);
        self.conn = conn;
        self.opened = opened;
        self.generation += 1;
    }

    /// Whether facts may be written: `--write`, or the in-memory seed database.
    pub fn writable(&self) -> bool {
        self.write || matches!(self.opened, Opened::Seed)
    }

    /// Runs `f` with the writer results go to now, and the render options
    /// for it (tables fit the terminal only when writing to it).
    pub fn emit(&mut self, f: impl FnOnce(&Connection, &mut dyn Write, &Options) -> Result<()>) -> Result<()> {
        let mut opts = self.opts.clone();
        if let Some(path) = self.once.take() {
            let file = File::create(&path).map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))?;
            let mut out = BufWriter::new(file);
            f(&self.conn, &mut out, &opts)?;
            return out.flush().with_context(|| format!("{}: cannot write", path.display()));
        }
        match &mut self.target {
            Target::File { path, out } => {
                f(&self.conn, out, &opts)?;
                out.flush().with_context(|| format!("{}: cannot write", path.display()))
            }
            Target::Stdout => {
                let stdout = std::io::stdout();
                if stdout.is_terminal() {
                    opts.max_width = terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
                    opts.color = self.color;
                }
                let mut out = BufWriter::new(stdout.lock());
                f(&self.conn, &mut out, &opts)?;
                out.flush()?;
                Ok(())
            }
        }
    }

    /// Runs every statement in `text`, stopping at the first error.
    pub fn run_sql(&mut self, text: &str) -> Result<()> {
        for stmt in lex::split(text) {
            self.run_statement(stmt)?;
        }
        Ok(())
    }

    fn run_statement(&mut self, sql: &str) -> Result<()> {
        let started = Instant::now();
        let write = self.write;
        let result = self.emit(|conn, out, opts| {
            let mut stmt = conn.prepare(sql).map_err(|e| anyhow!(describe_sql_error(&e, sql)))?;
            crate::canned::check_read_only(&stmt, write)?;
            if stmt.column_count() == 0 {
                stmt.raw_execute().map_err(|e| anyhow!(describe_sql_error(&e, sql)))?;
            } else {
                render::write_rows(&mut stmt, [], opts, out).map_err(|e| match e.downcast_ref::<rusqlite::Error>() {
                    Some(se) => anyhow!(describe_sql_error(se, sql)),
                    None => e,
                })?;
            }
            Ok(())
        });
        if self.timer {
            eprintln!("run time: {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
        }
        result
    }

    /// Loads article files into the open database (`.load`).
    pub fn load(&mut self, files: &[String]) -> Result<()> {
        if !self.writable() {
            return Err(anyhow!("{} is open read-only: start dossier with --write to load articles into it", self.opened));
        }
        let name = self.opened.to_string();
        let result = crate::cmd::load::load_files(&mut self.conn, files, &name);
        if let Ok(summary) = &result {
            eprintln!("{}", crate::cmd::load::summary_line(summary));
        }
        self.generation += 1;
        result.map(|_| ())
    }

    /// Writes a table or view to a CSV file (`.export`).
    pub fn export(&mut self, name: &str, path: &Path) -> Result<()> {
        let exists: bool = self.conn.query_row(include_str!("../sql/table_exists.sql"), [name], |r| r.get(0))?;
        if !exists {
            return Err(anyhow!("no such table or view: {name}"));
        }
        let mut stmt = self.conn.prepare(&format!("SELECT * FROM \"{}\"", name.replace('"', "\"\"")))?;
        let file = File::create(path).map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))?;
        let mut out = BufWriter::new(file);
        let opts = Options { format: Format::Csv, headers: true, ..Options::default() };
        let n = render::write_rows(&mut stmt, [], &opts, &mut out)?;
        out.flush().with_context(|| format!("{}: cannot write", path.display()))?;
        eprintln!("wrote {n} row{} to {}", if n == 1 { "" } else { "s" }, path.display());
        Ok(())
    }
}

/// An SQL error with, when SQLite gives one, the line and a caret under the
/// place it points at; "interrupted" for a cancelled query.
pub fn describe_sql_error(e: &rusqlite::Error, sql: &str) -> String {
    match e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::OperationInterrupted => "interrupted".to_string(),
        rusqlite::Error::SqlInputError { msg, offset, .. } => {
            let at = usize::try_from(*offset).unwrap_or(0).min(sql.len());
            let at = (0..=at).rev().find(|&i| sql.is_char_boundary(i)).unwrap_or(0);
            let line_start = sql[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = sql[at..].find('\n').map_or(sql.len(), |i| at + i);
            let line_no = sql[..at].matches('\n').count() + 1;
            let col = sql[line_start..at].chars().count();
            format!(
                "{msg} (line {line_no}, column {})\n  {}\n  {}^",
                col + 1,
                &sql[line_start..line_end],
                " ".repeat(col)
            )
        }
        rusqlite::Error::SqliteFailure(_, Some(m)) => m.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed_session() -> Session {
        let conn = crate::store::open_memory().unwrap();
        Session::new(conn, Opened::Seed, true, Vec::new())
    }

    #[test]
    fn sql_errors_point_at_the_offending_token() {
        let s = seed_session();
        let sql = "SELECT 1,\n  nosuchcol FROM articles";
        let e = s.conn.prepare(sql).unwrap_err();
        let d = describe_sql_error(&e, sql);
        assert_eq!(d, "no such column: nosuchcol (line 2, column 3)\n    nosuchcol FROM articles\n    ^");
    }

    #[test]
    fn statements_without_results_run() {
        let mut s = seed_session();
        s.run_sql("CREATE TEMP TABLE t(x); INSERT INTO t VALUES (1), (2);").unwrap();
        let n: i64 = s.conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 2);
    }

    #[test]
    fn the_first_failing_statement_stops_the_rest() {
        let mut s = seed_session();
        s.run_sql("CREATE TEMP TABLE t(x); INSERT INTO nope VALUES (1); INSERT INTO t VALUES (1);").unwrap_err();
        let n: i64 = s.conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn without_write_changes_are_refused_before_they_run() {
        let mut s = seed_session();
        s.write = false;
        let e = s.run_sql("CREATE TEMP TABLE t(x);").unwrap_err().to_string();
        assert!(e.contains("read-only"), "{e}");
        s.run_sql("SELECT 1;").unwrap();
    }

    #[test]
    fn once_sends_one_result_to_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let mut s = seed_session();
        s.opts.format = Format::Csv;
        s.once = Some(path.clone());
        s.run_sql("SELECT 1 AS a;").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a\n1\n");
        assert!(s.once.is_none());
    }
}
