//! `dossier extract`: JSON Lines articles on stdin to JSON Lines facts on stdout.
//!
//! The map step of a distributed load: each output line is
//! `{"sha256": ..., "facts": {...}}`, where `sha256` is the hash of the input
//! record's bytes (what `dossier load` would have stored for it), so loading
//! the shards' outputs with `dossier load` gives the same database as
//! loading the articles, and reloading either is a no-op.

use std::io::{BufReader, Write};

use anyhow::{anyhow, Result};
use rayon::prelude::*;

use crate::cli::ExtractArgs;
use crate::input::{self, FactsRecord, Input, Overrides, Payload};

const BATCH_ARTICLES: usize = 128;

pub fn run(args: &ExtractArgs) -> Result<()> {
    let published = input::published_flag(args.published.as_deref())?;
    let ov = Overrides { published, ..Default::default() };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    let mut batch: Vec<Input> = Vec::with_capacity(BATCH_ARTICLES);
    let mut write_batch = |batch: &mut Vec<Input>| -> Result<()> {
        let lines: Vec<Result<Vec<u8>>> = batch.par_drain(..).map(to_line).collect();
        for line in lines {
            out.write_all(&line?)?;
        }
        Ok(())
    };
    let stdin = std::io::stdin();
    let read = input::read_jsonl("-", BufReader::with_capacity(256 * 1024, stdin.lock()), &ov, &mut |inp| {
        batch.push(inp);
        if batch.len() >= BATCH_ARTICLES {
            write_batch(&mut batch)?;
        }
        Ok(())
    });
    // Records before a bad line are still written, as `load` keeps them.
    let rest = write_batch(&mut batch);
    drop(write_batch);
    read?;
    rest?;
    out.flush()?;
    Ok(())
}

/// One output line for one input record.
fn to_line(inp: Input) -> Result<Vec<u8>> {
    let facts = match inp.payload {
        Payload::Raw(raw) => crate::extract::extract(&raw),
        // Facts in, facts out: extracting twice changes nothing.
        Payload::Facts(f) => *f,
    };
    let rec = FactsRecord { sha256: inp.sha256, facts };
    let mut line = serde_json::to_vec(&rec).map_err(|e| anyhow!("{}: {e}", inp.origin))?;
    line.push(b'\n');
    Ok(line)
}
