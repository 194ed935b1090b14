//! JSON (an array of objects, one per line) and JSON Lines: streamed, SQLite
//! types kept (INTEGER and REAL as numbers, TEXT as strings, NULL as null,
//! BLOB as a hex string).

use std::io::Write;

use anyhow::Result;
use rusqlite::types::ValueRef;

use super::{Format, Options, Sink};

pub(super) struct Json<'a> {
    opts: &'a Options,
    out: &'a mut dyn Write,
    /// `"name":` for each column, escaped once.
    keys: Vec<Vec<u8>>,
    rows: usize,
    buf: String,
}

impl<'a> Json<'a> {
    pub(super) fn new(opts: &'a Options, out: &'a mut dyn Write) -> Self {
        Json { opts, out, keys: Vec::new(), rows: 0, buf: String::new() }
    }

    fn array(&self) -> bool {
        self.opts.format == Format::Json
    }
}

impl Sink for Json<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.keys = columns
            .iter()
            .map(|c| {
                let mut k = serde_json::to_vec(c)?;
                k.push(b':');
                Ok(k)
            })
            .collect::<Result<_>>()?;
        if self.array() {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }

    fn row(&mut self, cells: &[ValueRef<'_>]) -> Result<()> {
        let nl = self.opts.newline();
        if self.array() {
            self.out.write_all(if self.rows == 0 { nl.as_bytes() } else { b"," })?;
            if self.rows > 0 {
                self.out.write_all(nl.as_bytes())?;
            }
        }
        self.out.write_all(b"{")?;
        for (i, (&v, key)) in cells.iter().zip(&self.keys).enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(key)?;
            match v {
                ValueRef::Null => self.out.write_all(b"null")?,
                ValueRef::Integer(n) => write!(self.out, "{n}")?,
                ValueRef::Real(f) if f.is_finite() => {
                    self.buf.clear();
                    super::push_real(&mut self.buf, f);
                    self.out.write_all(self.buf.as_bytes())?;
                }
                ValueRef::Real(_) => self.out.write_all(b"null")?,
                ValueRef::Text(t) => serde_json::to_writer(&mut *self.out, &*String::from_utf8_lossy(t))?,
                ValueRef::Blob(b) => {
                    self.buf.clear();
                    super::push_blob(&mut self.buf, b);
                    // x'0aff' -> "0aff"
                    let hex = self.buf.get(2..self.buf.len() - 1).unwrap_or_default();
                    serde_json::to_writer(&mut *self.out, hex)?;
                }
            }
        }
        self.out.write_all(b"}")?;
        if !self.array() {
            self.out.write_all(nl.as_bytes())?;
        }
        self.rows += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.array() {
            if self.rows > 0 {
                self.out.write_all(self.opts.newline().as_bytes())?;
            }
            self.out.write_all(b"]")?;
            self.out.write_all(self.opts.newline().as_bytes())?;
        }
        Ok(())
    }
}
