//! `dossier query`: run one SQL statement and print its result.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use anyhow::{Context, Result};

use crate::cli::QueryArgs;
use crate::render::{self, Options};

pub fn run(db: Option<&Path>, args: &QueryArgs) -> Result<()> {
    let params = super::parse_params(&args.params)?;
    let sql = if args.sql == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("-: cannot read SQL from standard input")?;
        s
    } else {
        args.sql.clone()
    };
    let (conn, _opened) = super::open_query_db(db, args.write)?;
    let mut stmt = conn.prepare(&sql)?;
    let bound = bind(&stmt, &params)?;
    let stdout = std::io::stdout();
    let opts = Options {
        format: args.format,
        max_width: stdout.is_terminal().then(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize)).flatten(),
        ..Options::default()
    };
    let mut out = std::io::BufWriter::new(stdout.lock());
    let named: Vec<(&str, &dyn rusqlite::ToSql)> = bound.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    render::write_rows(&mut stmt, named.as_slice(), &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Matches `--param` values to the statement's named parameters: every one
/// the SQL uses must be given, and every one given must be used.
pub fn bind<'a>(stmt: &rusqlite::Statement<'_>, params: &'a [(String, String)]) -> Result<Vec<(String, &'a dyn rusqlite::ToSql)>> {
    let mut out: Vec<(String, &dyn rusqlite::ToSql)> = Vec::new();
    for i in 1..=stmt.parameter_count() {
        let Some(name) = stmt.parameter_name(i) else {
            return Err(crate::error::usage(format!("parameter {i} is positional (?); use named parameters like :name")));
        };
        let bare = name.trim_start_matches([':', '@', '$']);
        let Some((_, v)) = params.iter().find(|(k, _)| k == bare) else {
            return Err(crate::error::usage(format!("missing parameter :{bare} (give --param {bare}=VALUE)")));
        };
        out.push((name.to_string(), v as &dyn rusqlite::ToSql));
    }
    for (k, _) in params {
        if !out.iter().any(|(n, _)| n.trim_start_matches([':', '@', '$']) == k) {
            return Err(crate::error::usage(format!("unknown parameter '{k}': the SQL does not use :{k}")));
        }
    }
    Ok(out)
}
