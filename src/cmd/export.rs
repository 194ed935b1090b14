//! `dossier export`: a table, a query or every table to CSV/TSV/JSON/JSON Lines.
//! Files are written atomically: to a temporary file beside the target,
//! renamed into place only when complete.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::canned::{check_read_only, sql_error};
use crate::cli::ExportArgs;
use crate::error::usage;
use crate::render::{self, Options};

pub fn run(db: Option<&Path>, args: &ExportArgs) -> Result<()> {
    if !args.format.is_streaming() {
        return Err(usage("export writes csv, tsv, json or jsonl (use `dossier query --format` for the others)"));
    }
    let params = super::parse_params(&args.params)?;
    if args.query.is_none() && !params.is_empty() {
        return Err(usage("--param only applies to --query"));
    }
    if args.all.is_some() && args.output.is_some() {
        return Err(usage("--all writes one file per table into its directory; it cannot be combined with -o"));
    }
    if let Some(q) = &args.query {
        super::query::check_params(q, &params)?;
    }
    let (conn, _) = super::open_query_db(db, false)?;
    let opts = Options { format: args.format, headers: !args.no_header, bom: args.bom, crlf: args.crlf, ..Options::default() };
    if let Some(dir) = &args.all {
        return export_all(&conn, dir, &opts);
    }
    let (sql, what) = match (&args.table, &args.query) {
        (Some(t), _) => (select_all(&conn, t)?, format!("table {t}")),
        (_, Some(q)) => (q.clone(), "query".to_string()),
        _ => return Err(usage("give --table NAME, --query SQL or --all DIR")),
    };
    let mut stmt = conn.prepare(&sql).map_err(|e| match e {
        rusqlite::Error::MultipleStatement => usage("--query takes one SQL statement"),
        e => sql_error(e, &sql),
    })?;
    check_read_only(&stmt, false)?;
    let bound = super::query::bind(&stmt, &params)?;
    let named: Vec<(&str, &dyn rusqlite::ToSql)> = bound.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    let mut write = |out: &mut dyn Write| {
        render::write_rows(&mut stmt, named.as_slice(), &opts, out).map_err(|e| match e.downcast::<rusqlite::Error>() {
            Ok(sqlite) => sql_error(sqlite, &sql).context(format!("exporting {what}")),
            Err(other) => other,
        })
    };
    match &args.output {
        Some(path) => {
            let rows = write_file(path, write)?;
            eprintln!("dossier: wrote {rows} rows to {}", path.display());
            Ok(())
        }
        None => {
            let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// `SELECT * FROM "name"` for a table or view that exists. The name is
/// checked against the schema with a bound value first, and quoted, because
/// identifiers cannot be bound.
fn select_all(conn: &rusqlite::Connection, table: &str) -> Result<String> {
    let exists: bool = conn.query_row(include_str!("../sql/table_exists.sql"), [table], |r| r.get(0))?;
    if !exists {
        let tables = user_tables(conn)?;
        return Err(anyhow!("no such table or view: {table} (tables: {})", tables.join(", ")));
    }
    Ok(format!("SELECT * FROM \"{}\"", table.replace('"', "\"\"")))
}

fn user_tables(conn: &rusqlite::Connection) -> Result<Vec<String>> {
    Ok(conn
        .prepare(include_str!("../sql/user_tables.sql"))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// One file per table (not views, not the full-text index) into `dir`.
fn export_all(conn: &rusqlite::Connection, dir: &Path, opts: &Options) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(anyhow!("{}: exists and is not a directory", dir.display()));
    }
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create directory", dir.display()))?;
    let mut files = 0;
    for t in user_tables(conn)? {
        let path: PathBuf = dir.join(format!("{t}.{}", opts.format.extension()));
        let sql = select_all(conn, &t)?;
        let mut stmt = conn.prepare(&sql).map_err(|e| sql_error(e, &sql))?;
        write_file(&path, |out| render::write_rows(&mut stmt, [], opts, out)).with_context(|| format!("exporting table {t}"))?;
        files += 1;
    }
    eprintln!("dossier: wrote {files} files to {}", dir.display());
    Ok(())
}

/// Writes to a temporary file beside `path` and renames it into place, so a
/// failure never leaves a half-written file (nor clobbers an older one).
fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<usize>) -> Result<usize> {
    let shown = path.display();
    if path.is_dir() {
        return Err(anyhow!("{shown}: is a directory"));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(anyhow!("{shown}: cannot write: directory {} does not exist", dir.display()));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("export");
    let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let file = std::fs::File::create(&tmp).map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, file);
    let result = f(&mut out).and_then(|rows| {
        out.flush().map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
        let file = out.into_inner().map_err(|e| anyhow!("{shown}: cannot write: {}", e.error()))?;
        file.sync_all().map_err(|e| anyhow!("{shown}: cannot write: {e}"))?;
        Ok(rows)
    });
    match result.and_then(|rows| std::fs::rename(&tmp, path).map(|()| rows).map_err(|e| anyhow!("{shown}: cannot write: {e}"))) {
        Ok(rows) => Ok(rows),
        Err(e) => {
            // The export already failed; a leftover temporary file is the lesser problem.
            let _cleanup = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_no_file_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let e = write_file(&path, |out| {
            out.write_all(b"half")?;
            Err(anyhow!("boom"))
        })
        .unwrap_err();
        assert_eq!(e.to_string(), "boom");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_missing_directory_is_named() {
        let e = write_file(Path::new("/nonexistent-dir/out.csv"), |_| Ok(0)).unwrap_err();
        assert_eq!(e.to_string(), "/nonexistent-dir/out.csv: cannot write: directory /nonexistent-dir does not exist");
    }
}
