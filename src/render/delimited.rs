//! CSV (RFC 4180) and TSV through the `csv` crate: streamed, with an optional
//! byte order mark and CRLF line ends. NULL is an empty field.

use std::io::Write;

use anyhow::Result;
use rusqlite::types::ValueRef;

use super::{Format, Options, Sink};

pub(super) struct Delimited<'a> {
    opts: &'a Options,
    /// Taken by `begin`, which hands it to the csv writer.
    out: Option<&'a mut dyn Write>,
    writer: Option<csv::Writer<&'a mut dyn Write>>,
    buf: String,
}

/// csv errors here are write errors: keep them `io::Error`s so that a closed
/// pipe (`| head`) is recognised as one.
fn io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(err) => err,
        other => std::io::Error::other(format!("csv: {other:?}")),
    }
}

impl<'a> Delimited<'a> {
    pub(super) fn new(opts: &'a Options, out: &'a mut dyn Write) -> Self {
        Delimited { opts, out: Some(out), writer: None, buf: String::new() }
    }
}

impl Sink for Delimited<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        let Some(out) = self.out.take() else { return Ok(()) };
        if self.opts.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(if self.opts.format == Format::Tsv { b'\t' } else { b',' })
            .terminator(if self.opts.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .flexible(true)
            .buffer_capacity(64 * 1024)
            .from_writer(out);
        if self.opts.headers {
            w.write_record(columns).map_err(io)?;
        }
        self.writer = Some(w);
        Ok(())
    }

    fn row(&mut self, cells: &[ValueRef<'_>]) -> Result<()> {
        let Some(w) = &mut self.writer else { return Ok(()) };
        for &v in cells {
            match v {
                ValueRef::Null => w.write_field(b"").map_err(io)?,
                ValueRef::Text(t) => w.write_field(t).map_err(io)?,
                _ => {
                    self.buf.clear();
                    super::push_cell(&mut self.buf, v, "");
                    w.write_field(self.buf.as_bytes()).map_err(io)?;
                }
            }
        }
        w.write_record(None::<&[u8]>).map_err(io)?;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if let Some(w) = &mut self.writer {
            w.flush()?;
        }
        Ok(())
    }
}
