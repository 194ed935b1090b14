//! `dossier query`: run SQL (one statement or several, in order, like the
//! sqlite3 shell) and print each result.

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context, Result};
use rusqlite::fallible_iterator::FallibleIterator;

use crate::sql_lex::{self as lex, Kind};
use crate::canned::{check_read_only, sql_error};
use crate::cli::QueryArgs;
use crate::error::usage;
use crate::render::{self, Options};

pub fn run(db: Option<&Path>, args: &QueryArgs) -> Result<()> {
    let params = super::parse_params(&args.params)?;
    let sql = if args.sql == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).context("-: cannot read SQL from standard input")?;
        // Editors on Windows start files with a byte order mark SQLite does not expect.
        s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s)
    } else {
        args.sql.clone()
    };
    check_params(&sql, &params)?;
    let (conn, _opened) = super::open_query_db(db, args.write)?;
    let opts = Options { headers: !args.no_header, null: args.null.clone(), ..Options::for_stdout(args.format) };
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    run_sql(&conn, &sql, &params, args.write, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// Checks `--param` values against the parameters the SQL text uses, before
/// anything runs: each one used must be given, each one given must be used,
/// and positional `?` parameters cannot be given by name.
pub fn check_params(sql: &str, params: &[(String, String)]) -> Result<()> {
    let toks = lex::tokens(sql);
    if toks.iter().all(|t| t.kind == Kind::Semi) {
        return Err(usage("no SQL statement given"));
    }
    let mut used: Vec<&str> = Vec::new();
    for t in &toks {
        match (t.kind, t.param_name(sql)) {
            (Kind::Param, None) => {
                let (line, col) = lex::line_col(sql, t.start);
                return Err(usage(format!(
                    "positional parameter '?' at line {line}, column {col}: use named parameters (:name) with --param name=VALUE"
                )));
            }
            (_, Some(p)) if !used.contains(&p) => used.push(p),
            _ => {}
        }
    }
    if let Some(p) = used.iter().find(|p| !params.iter().any(|(k, _)| k == *p)) {
        return Err(usage(format!("missing parameter :{p} (give --param {p}=VALUE)")));
    }
    for (i, (k, _)) in params.iter().enumerate() {
        if !used.contains(&k.as_str()) {
            return Err(usage(format!("unknown parameter '{k}': the SQL does not use :{k}")));
        }
        if params[..i].iter().any(|(k2, _)| k2 == k) {
            return Err(usage(format!("parameter '{k}' is given twice")));
        }
    }
    Ok(())
}

/// Runs every statement of `sql` in order, writing each result to `out`.
/// Without `write`, a statement that would change the database (or ATTACH)
/// is refused before it runs. Returns the number of rows written.
pub fn run_sql(
    conn: &rusqlite::Connection,
    sql: &str,
    params: &[(String, String)],
    write: bool,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<usize> {
    let starts = lex::statement_starts(sql);
    // Errors say which statement failed when there are several.
    let locate = |e: anyhow::Error, n: usize| {
        if starts.len() < 2 {
            return e;
        }
        match starts.get(n) {
            Some(&off) => e.context(format!("statement {} (line {})", n + 1, lex::line_col(sql, off).0)),
            None => e.context(format!("statement {}", n + 1)),
        }
    };
    let mut batch = rusqlite::Batch::new(conn, sql);
    let mut total = 0;
    let mut n = 0;
    loop {
        let mut stmt = match batch.next() {
            Ok(Some(stmt)) => stmt,
            Ok(None) => break,
            // A syntax error carries its own offset; other errors get the statement.
            Err(e @ rusqlite::Error::SqlInputError { .. }) => return Err(sql_error(e, sql)),
            Err(e) => return Err(locate(sql_error(e, sql), n)),
        };
        let result = (|| {
            check_read_only(&stmt, write)?;
            let bound = bind(&stmt, params)?;
            let named: Vec<(&str, &dyn rusqlite::ToSql)> = bound.iter().map(|(n, v)| (n.as_str(), *v)).collect();
            render::write_rows(&mut stmt, named.as_slice(), opts, out).map_err(|e| match e.downcast::<rusqlite::Error>() {
                Ok(sqlite) => sql_error(sqlite, sql),
                Err(other) => other,
            })
        })();
        total += result.map_err(|e| locate(e, n))?;
        n += 1;
    }
    Ok(total)
}

/// Matches `--param` values to the statement's named parameters: every one
/// the statement uses must be given.
pub fn bind<'a>(stmt: &rusqlite::Statement<'_>, params: &'a [(String, String)]) -> Result<Vec<(String, &'a dyn rusqlite::ToSql)>> {
    let mut out: Vec<(String, &dyn rusqlite::ToSql)> = Vec::new();
    for i in 1..=stmt.parameter_count() {
        let Some(name) = stmt.parameter_name(i) else {
            return Err(usage(format!("parameter {i} is positional (?); use named parameters like :name")));
        };
        let bare = name.trim_start_matches([':', '@', '$']);
        let Some((_, v)) = params.iter().find(|(k, _)| k == bare) else {
            return Err(usage(format!("missing parameter :{bare} (give --param {bare}=VALUE)")));
        };
        out.push((name.to_string(), v as &dyn rusqlite::ToSql));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Format;

    fn run(sql: &str, params: &[(&str, &str)], write: bool) -> Result<String> {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let params: Vec<(String, String)> = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        check_params(sql, &params)?;
        let mut out = Vec::new();
        run_sql(&conn, sql, &params, write, &Options { format: Format::Csv, ..Options::default() }, &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    #[test]
    fn several_statements_run_in_order() {
        let got = run("CREATE TEMP TABLE t(x); INSERT INTO t VALUES (1), (2); SELECT x FROM t; SELECT 'done' AS s", &[], true).unwrap();
        assert_eq!(got, "x\n1\n2\ns\ndone\n");
    }

    #[test]
    fn parameters_are_bound_by_name_in_every_statement() {
        assert_eq!(run("SELECT :a AS a; SELECT :a || :b AS ab", &[("a", "x"), ("b", "y")], false).unwrap(), "a\nx\nab\nxy\n");
    }

    #[test]
    fn missing_unknown_and_positional_parameters_are_usage_errors() {
        for (sql, params, msg) in [
            ("SELECT :who", &[][..], "missing parameter :who (give --param who=VALUE)"),
            ("SELECT 1", &[("who", "x")][..], "unknown parameter 'who': the SQL does not use :who"),
            ("SELECT\n ?", &[][..], "positional parameter '?' at line 2, column 2: use named parameters (:name) with --param name=VALUE"),
            ("-- nothing", &[][..], "no SQL statement given"),
        ] {
            let e = run(sql, params, false).unwrap_err();
            assert_eq!(e.to_string(), msg);
            assert_eq!(crate::error::exit_code(&e), 2);
        }
    }

    #[test]
    fn a_failing_later_statement_is_named() {
        let e = run("SELECT 1 AS a; CREATE TEMP TABLE t(x)", &[], false).unwrap_err();
        assert_eq!(format!("{e:#}"), "statement 2 (line 1): CREATE would change the database, which is open read-only (use --write to allow it)");
    }

    #[test]
    fn runtime_errors_carry_the_sqlite_message() {
        let e = run("SELECT abs(-9223372036854775808)", &[], false).unwrap_err();
        assert_eq!(e.to_string(), "integer overflow");
    }
}
