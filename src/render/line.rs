//! Line mode: one `column = value` line per cell, a blank line between rows
//! (like sqlite3's `.mode line`).

use std::io::Write;

use anyhow::Result;
use rusqlite::types::ValueRef;

use super::{Options, Sink};

pub(super) struct Line<'a> {
    opts: &'a Options,
    out: &'a mut dyn Write,
    /// Column names right-aligned to the longest.
    names: Vec<String>,
    rows: usize,
    buf: String,
}

impl<'a> Line<'a> {
    pub(super) fn new(opts: &'a Options, out: &'a mut dyn Write) -> Self {
        Line { opts, out, names: Vec::new(), rows: 0, buf: String::new() }
    }
}

impl Sink for Line<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        let width = columns.iter().map(|c| super::table::text_width(c)).max().unwrap_or(0);
        self.names = columns
            .iter()
            .map(|c| format!("{}{c}", " ".repeat(width - super::table::text_width(c))))
            .collect();
        Ok(())
    }

    fn row(&mut self, cells: &[ValueRef<'_>]) -> Result<()> {
        if self.rows > 0 {
            writeln!(self.out)?;
        }
        for (name, &v) in self.names.iter().zip(cells) {
            self.buf.clear();
            super::push_cell(&mut self.buf, v, &self.opts.null);
            writeln!(self.out, "{name} = {}", self.buf)?;
        }
        self.rows += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}
