//! `dossier export`: a table, a query or every table to CSV/TSV/JSON/JSON Lines.

use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, Result};

use crate::cli::ExportArgs;
use crate::render::{self, Format, Options};

pub fn run(db: Option<&Path>, args: &ExportArgs) -> Result<()> {
    if matches!(args.format, Format::Table | Format::Markdown | Format::Line) {
        return Err(crate::error::usage("export writes csv, tsv, json or jsonl"));
    }
    let (conn, _) = super::open_query_db(db, false)?;
    let opts = Options { format: args.format, bom: args.bom, crlf: args.crlf, ..Options::default() };
    if let Some(dir) = &args.all {
        std::fs::create_dir_all(dir).map_err(|e| anyhow!("{}: cannot create directory: {e}", dir.display()))?;
        let tables: Vec<String> = conn
            .prepare(include_str!("../sql/user_tables.sql"))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let ext = match args.format { Format::Tsv => "tsv", Format::Json => "json", Format::Jsonl => "jsonl", _ => "csv" };
        for t in tables {
            let path = dir.join(format!("{t}.{ext}"));
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{}\"", t.replace('"', "\"\"")))?;
            write_file(&path, |out| render::write_rows(&mut stmt, [], &opts, out).map(|_| ()))?;
        }
        return Ok(());
    }
    let sql = match (&args.table, &args.query) {
        (Some(t), _) => {
            let exists: bool = conn.query_row(include_str!("../sql/table_exists.sql"), [t], |r| r.get(0))?;
            if !exists {
                return Err(anyhow!("no such table or view: {t}"));
            }
            format!("SELECT * FROM \"{}\"", t.replace('"', "\"\""))
        }
        (_, Some(q)) => q.clone(),
        _ => unreachable!("clap requires one of --table, --query, --all"),
    };
    let params = super::parse_params(&args.params)?;
    let mut stmt = conn.prepare(&sql)?;
    let bound = super::query::bind(&stmt, &params)?;
    let named: Vec<(&str, &dyn rusqlite::ToSql)> = bound.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    match &args.output {
        Some(path) => write_file(path, |out| render::write_rows(&mut stmt, named.as_slice(), &opts, out).map(|_| ())),
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            render::write_rows(&mut stmt, named.as_slice(), &opts, &mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// Writes to a temporary file beside `path` and renames it into place, so a
/// failure never leaves a half-written file.
fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let tmp = dir.join(format!(".{}.partial", path.file_name().and_then(|n| n.to_str()).unwrap_or("export")));
    let file = std::fs::File::create(&tmp).map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let r = f(&mut out).and_then(|_| out.flush().map_err(Into::into));
    match r {
        Ok(()) => std::fs::rename(&tmp, path).map_err(|e| anyhow!("{}: cannot write: {e}", path.display())),
        Err(e) => {
            let _ignored = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}
