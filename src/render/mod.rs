//! Rendering result rows (table, csv, tsv, json, jsonl, markdown, line): one
//! module shared by the REPL, `query`, `canned` and `export`.
//!
//! Every format is a [`Sink`] fed one row at a time, so CSV, TSV, JSON and
//! JSON Lines stream (nothing is buffered); table and markdown measure their
//! first rows to size the columns, then stream the rest with those widths.
//!
//! Conventions, the same in every format: NULL is distinct from '' (the
//! `null` text in table/line/markdown, an empty field in CSV/TSV, `null` in
//! JSON); a REAL keeps its decimal point (`7159.0`); a BLOB is shown as hex
//! (`x'00ff'`, a hex string in JSON).

mod delimited;
mod json;
mod line;
mod table;

use std::io::Write;

use anyhow::Result;
use rusqlite::types::{Value, ValueRef};

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

impl Format {
    /// Whether this format streams rows without buffering (and suits files).
    pub fn is_streaming(self) -> bool {
        matches!(self, Format::Csv | Format::Tsv | Format::Json | Format::Jsonl)
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table | Format::Line => "txt",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Markdown => "md",
        }
    }
}

/// How to render.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    /// Print a header row (table, csv, tsv, markdown).
    pub headers: bool,
    /// How NULL is shown in table, line and markdown output (CSV/TSV write
    /// an empty field, JSON writes `null`).
    pub null: String,
    /// Terminal width to fit tables into. `Some` only when writing to a
    /// terminal: then wide cells wrap and, past `max_lines`, are cut with "…".
    /// `None` (piped, files): nothing is ever cut.
    pub max_width: Option<usize>,
    /// Column widths for table and markdown (the REPL's `.width`): 0 sizes
    /// the column to its content, N > 0 wraps it at N characters, -N does the
    /// same and right-aligns it.
    pub widths: Vec<i32>,
    /// Lines a table cell may take on a terminal before it is cut with "…".
    pub max_lines: usize,
    /// Dim NULLs in table output (terminals only; see [`Options::for_stdout`]).
    pub color: bool,
    /// Start CSV/TSV with a UTF-8 byte order mark (for Excel).
    pub bom: bool,
    /// End lines with CRLF (CSV, TSV, JSON, JSON Lines).
    pub crlf: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: Format::Table,
            headers: true,
            null: "NULL".into(),
            max_width: None,
            widths: Vec::new(),
            max_lines: 6,
            color: false,
            bom: false,
            crlf: false,
        }
    }
}

impl Options {
    /// Options for writing `format` to standard output: tables fit the
    /// terminal width and NULLs are dimmed when stdout is a terminal (and
    /// `NO_COLOR` is not set); nothing is cut when it is piped.
    pub fn for_stdout(format: Format) -> Options {
        use std::io::IsTerminal;
        let tty = std::io::stdout().is_terminal();
        Options {
            format,
            max_width: if tty { terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)) } else { None },
            color: tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            ..Options::default()
        }
    }

    fn newline(&self) -> &'static str {
        if self.crlf { "\r\n" } else { "\n" }
    }
}

/// A renderer: told the columns once, then fed rows, then finished.
trait Sink {
    fn begin(&mut self, columns: &[String]) -> Result<()>;
    fn row(&mut self, cells: &[ValueRef<'_>]) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

fn sink<'a>(opts: &'a Options, out: &'a mut dyn Write) -> Box<dyn Sink + 'a> {
    match opts.format {
        Format::Table => Box::new(table::Table::new(opts, out, table::Style::Box)),
        Format::Markdown => Box::new(table::Table::new(opts, out, table::Style::Markdown)),
        Format::Csv | Format::Tsv => Box::new(delimited::Delimited::new(opts, out)),
        Format::Json | Format::Jsonl => Box::new(json::Json::new(opts, out)),
        Format::Line => Box::new(line::Line::new(opts, out)),
    }
}

/// Runs `stmt` with `params` and writes every row to `out`. Returns the row
/// count. A statement without result columns (INSERT, CREATE, ...) is run and
/// writes nothing.
pub fn write_rows<P: rusqlite::Params>(
    stmt: &mut rusqlite::Statement<'_>,
    params: P,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<usize> {
    let columns: Vec<String> = stmt.column_names().map(String::from).collect();
    let mut rows = stmt.query(params)?;
    if columns.is_empty() {
        while rows.next()?.is_some() {}
        return Ok(0);
    }
    let mut s = sink(opts, out);
    s.begin(&columns)?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        // The cells borrow `row`, so they live for one step only. (Collecting
        // into a Result would grow the vector from nothing on every row.)
        let mut cells = Vec::with_capacity(columns.len());
        for i in 0..columns.len() {
            cells.push(row.get_ref(i)?);
        }
        s.row(&cells)?;
        n += 1;
    }
    s.finish()?;
    Ok(n)
}

/// Writes rows that are already in memory (listings, REPL meta-commands)
/// with the same renderers as query results.
pub fn write_values(columns: &[String], rows: &[Vec<Value>], opts: &Options, out: &mut dyn Write) -> Result<usize> {
    let mut s = sink(opts, out);
    s.begin(columns)?;
    let mut cells: Vec<ValueRef<'_>> = Vec::with_capacity(columns.len());
    for r in rows {
        cells.clear();
        cells.extend(r.iter().map(ValueRef::from));
        cells.resize(columns.len(), ValueRef::Null);
        s.row(&cells)?;
    }
    s.finish()?;
    Ok(rows.len())
}

/// A REAL as text that keeps its decimal point: 7159.0, 0.5, 1.0e20, -Inf.
pub fn real(f: f64) -> String {
    let mut s = String::new();
    push_real(&mut s, f);
    s
}

fn push_real(s: &mut String, f: f64) {
    use std::fmt::Write as _;
    if f.is_infinite() {
        s.push_str(if f > 0.0 { "Inf" } else { "-Inf" });
        return;
    }
    // Debug prints the shortest text that reads back to the same number,
    // with ".0" on whole numbers and an exponent for very large or small ones.
    let start = s.len();
    let _infallible = write!(s, "{f:?}");
    if let Some(e) = s[start..].find('e') {
        let mantissa = &s[start..start + e];
        if !mantissa.contains('.') {
            s.insert_str(start + e, ".0");
        }
    }
}

/// Appends a BLOB as SQL hex literal text: x'00ff'.
fn push_blob(s: &mut String, b: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    s.push_str("x'");
    for &x in b {
        s.push(char::from(HEX[usize::from(x >> 4)]));
        s.push(char::from(HEX[usize::from(x & 15)]));
    }
    s.push('\'');
}

/// Appends a cell's text (NULL as `null`).
fn push_cell(s: &mut String, v: ValueRef<'_>, null: &str) {
    match v {
        ValueRef::Null => s.push_str(null),
        ValueRef::Integer(i) => {
            use std::fmt::Write as _;
            let _infallible = write!(s, "{i}");
        }
        ValueRef::Real(f) => push_real(s, f),
        ValueRef::Text(t) => s.push_str(&String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => push_blob(s, b),
    }
}

/// A cell's text (NULL as `null`).
pub fn cell_text(v: ValueRef<'_>, null: &str) -> String {
    let mut s = String::new();
    push_cell(&mut s, v, null);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(opts: &Options, sql: &str) -> String {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let mut stmt = conn.prepare(sql).unwrap();
        let mut out = Vec::new();
        write_rows(&mut stmt, [], opts, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn fmt(format: Format) -> Options {
        Options { format, ..Options::default() }
    }

    #[test]
    fn reals_keep_their_decimal_point() {
        assert_eq!(real(7159.0), "7159.0");
        assert_eq!(real(0.5), "0.5");
        assert_eq!(real(-2.0), "-2.0");
        assert_eq!(real(1e20), "1.0e20");
        assert_eq!(real(1.5e-7), "1.5e-7");
        assert_eq!(real(f64::INFINITY), "Inf");
    }

    #[test]
    fn blobs_are_hex() {
        assert_eq!(cell_text(ValueRef::Blob(&[0, 255, 16]), "NULL"), "x'00ff10'");
    }

    #[test]
    fn statements_without_columns_write_nothing() {
        assert_eq!(render(&fmt(Format::Csv), "CREATE TEMP TABLE t(x)"), "");
    }

    #[test]
    fn write_values_pads_short_rows_with_null() {
        let cols = vec!["a".to_string(), "b".to_string()];
        let mut out = Vec::new();
        write_values(&cols, &[vec![Value::Integer(1)]], &fmt(Format::Jsonl), &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"a\":1,\"b\":null}\n");
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines_and_leaves_null_empty() {
        let got = render(&fmt(Format::Csv), "SELECT 'a,b' AS x, 'say \"hi\"' AS y, 'l1\nl2' AS z, NULL AS n, '' AS e, 7159.0 AS r");
        assert_eq!(got, "x,y,z,n,e,r\n\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\",,,7159.0\n");
    }

    #[test]
    fn csv_bom_and_crlf() {
        let opts = Options { bom: true, crlf: true, ..fmt(Format::Csv) };
        assert_eq!(render(&opts, "SELECT 1 AS a UNION ALL SELECT 2"), "\u{feff}a\r\n1\r\n2\r\n");
    }

    #[test]
    fn tsv_uses_tabs() {
        assert_eq!(render(&fmt(Format::Tsv), "SELECT 1 AS a, 'x y' AS b"), "a\tb\n1\tx y\n");
    }

    #[test]
    fn csv_without_headers() {
        let opts = Options { headers: false, ..fmt(Format::Csv) };
        assert_eq!(render(&opts, "SELECT 1 AS a"), "1\n");
    }

    #[test]
    fn json_keeps_types() {
        let got = render(&fmt(Format::Json), "SELECT 1 AS i, 7159.0 AS r, 'x\"' AS t, NULL AS n, '' AS e, x'0aff' AS b");
        assert_eq!(got, "[\n{\"i\":1,\"r\":7159.0,\"t\":\"x\\\"\",\"n\":null,\"e\":\"\",\"b\":\"0aff\"}\n]\n");
    }

    #[test]
    fn json_of_no_rows_is_an_empty_array() {
        assert_eq!(render(&fmt(Format::Json), "SELECT 1 AS a WHERE 0"), "[]\n");
    }

    #[test]
    fn jsonl_writes_one_object_per_line() {
        assert_eq!(render(&fmt(Format::Jsonl), "SELECT 1 AS a UNION ALL SELECT 2"), "{\"a\":1}\n{\"a\":2}\n");
    }

    #[test]
    fn line_mode_aligns_names() {
        assert_eq!(
            render(&fmt(Format::Line), "SELECT 1 AS id, NULL AS unit UNION ALL SELECT 2, ''"),
            "  id = 1\nunit = NULL\n\n  id = 2\nunit = \n"
        );
    }
}
