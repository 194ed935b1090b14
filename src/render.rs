//! Rendering result rows (table, csv, tsv, json, jsonl, markdown, line): one
//! module shared by the REPL, `query`, `canned` and `export`.

use std::io::Write;

use anyhow::Result;
use rusqlite::types::ValueRef;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    Table,
    Csv,
    Tsv,
    Json,
    Jsonl,
    Markdown,
    Line,
}

/// How to render.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    pub headers: bool,
    /// How NULL is shown in text formats.
    pub null: String,
    /// Terminal width to fit tables into (None: never cut).
    pub max_width: Option<usize>,
    pub bom: bool,
    pub crlf: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { format: Format::Table, headers: true, null: "NULL".into(), max_width: None, bom: false, crlf: false }
    }
}

/// A cell's text: REAL keeps its decimal point, BLOB is shown as hex.
fn cell(v: ValueRef<'_>, null: &str) -> String {
    match v {
        ValueRef::Null => null.to_string(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => real(f),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => format!("x'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
    }
}

fn real(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 { format!("{f:.1}") } else { f.to_string() }
}

fn json_value(v: ValueRef<'_>) -> serde_json::Value {
    match v {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(serde_json::Value::Null, Into::into),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect::<String>().into(),
    }
}

/// Runs `stmt` with `params` and writes every row to `out`. Returns the row count.
pub fn write_rows<P: rusqlite::Params>(
    stmt: &mut rusqlite::Statement<'_>,
    params: P,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<usize> {
    let columns: Vec<String> = stmt.column_names().into_iter().map(String::from).collect();
    let mut rows = stmt.query(params)?;
    let mut n = 0;
    match opts.format {
        Format::Csv | Format::Tsv => {
            if opts.bom {
                out.write_all(b"\xEF\xBB\xBF")?;
            }
            let mut w = csv::WriterBuilder::new()
                .delimiter(if opts.format == Format::Tsv { b'\t' } else { b',' })
                .terminator(if opts.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
                .from_writer(out);
            if opts.headers {
                w.write_record(&columns)?;
            }
            while let Some(row) = rows.next()? {
                let rec: Vec<String> = (0..columns.len()).map(|i| row.get_ref(i).map(|v| cell(v, "")).unwrap_or_default()).collect();
                w.write_record(&rec)?;
                n += 1;
            }
            w.flush()?;
        }
        Format::Json | Format::Jsonl => {
            let nl = if opts.crlf { "\r\n" } else { "\n" };
            if opts.format == Format::Json {
                write!(out, "[")?;
            }
            while let Some(row) = rows.next()? {
                let mut obj = serde_json::Map::new();
                for (i, c) in columns.iter().enumerate() {
                    obj.insert(c.clone(), json_value(row.get_ref(i)?));
                }
                let s = serde_json::to_string(&obj)?;
                if opts.format == Format::Json {
                    write!(out, "{}{nl}{s}", if n == 0 { "" } else { "," })?;
                } else {
                    write!(out, "{s}{nl}")?;
                }
                n += 1;
            }
            if opts.format == Format::Json {
                write!(out, "{}]{nl}", if n == 0 { "" } else { nl })?;
            }
        }
        Format::Line => {
            let width = columns.iter().map(|c| c.chars().count()).max().unwrap_or(0);
            while let Some(row) = rows.next()? {
                if n > 0 {
                    writeln!(out)?;
                }
                for (i, c) in columns.iter().enumerate() {
                    writeln!(out, "{c:>width$} = {}", cell(row.get_ref(i)?, &opts.null))?;
                }
                n += 1;
            }
        }
        Format::Table | Format::Markdown => {
            let mut b = tabled::builder::Builder::default();
            if opts.headers {
                b.push_record(columns.clone());
            }
            while let Some(row) = rows.next()? {
                let rec: Vec<String> = (0..columns.len()).map(|i| row.get_ref(i).map(|v| cell(v, &opts.null)).unwrap_or_default()).collect();
                b.push_record(rec);
                n += 1;
            }
            if !columns.is_empty() {
                let mut t = b.build();
                if opts.format == Format::Markdown {
                    t.with(tabled::settings::Style::markdown());
                } else {
                    t.with(tabled::settings::Style::rounded());
                }
                writeln!(out, "{t}")?;
            }
        }
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reals_keep_their_decimal_point() {
        assert_eq!(real(7159.0), "7159.0");
        assert_eq!(real(0.5), "0.5");
    }
}
