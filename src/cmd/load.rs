//! `dossier load`: read articles, extract their facts, write them to the database.
//!
//! A pipeline with bounded memory: the main thread streams the inputs and
//! cuts them into batches; each batch is extracted in parallel (rayon, all
//! cores) and handed over a bounded channel to one writer thread, which
//! writes it in one transaction with a savepoint per article. A crash or a
//! failure therefore loses at most whole articles, never part of one.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use rusqlite::{named_params, Connection, OptionalExtension};

use crate::cli::LoadArgs;
use crate::extract::Facts;
use crate::input::{self, Input, Overrides, Payload};
use crate::store::{self, Access, ArticleRef, Written};

/// Articles per batch (one transaction), and the byte size that also ends a
/// batch. Batches start small, so that the writer starts early, and double
/// up to the largest: fewer, bigger transactions write fewer search-index
/// segments and pages. The largest is bounded by memory: 256 articles with
/// one batch queued kept the corpus load under 150 MB.
const FIRST_BATCH_ARTICLES: usize = 32;
const BATCH_ARTICLES: usize = 256;
const BATCH_BYTES: usize = 4 * 1024 * 1024;

/// The article limit of the batch after `sent` batches.
fn batch_limit(sent: usize) -> usize {
    FIRST_BATCH_ARTICLES.checked_shl(sent.min(16) as u32).map_or(BATCH_ARTICLES, |n| n.min(BATCH_ARTICLES))
}

/// Batches waiting for the writer: bounds the memory of the pipeline.
const QUEUED_BATCHES: usize = 1;

/// The threads that extract: all cores but one, which is the writer's. The
/// writer is the slowest stage; with as many extraction threads as cores it
/// only gets a share of one. On 2 cores one extraction thread loaded the
/// corpus in 4.11 s against 4.29 s with two (hyperfine, 6 runs each) and
/// peaked at about 128 MB instead of 145 MB. `RAYON_NUM_THREADS`, when set,
/// decides instead.
fn extraction_pool() -> Option<rayon::ThreadPool> {
    if std::env::var_os("RAYON_NUM_THREADS").is_some() {
        return None;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    rayon::ThreadPoolBuilder::new().num_threads(cores.saturating_sub(1).max(1)).build().ok()
}

/// What a load did.
#[derive(Debug, Default)]
pub struct Summary {
    pub loaded: usize,
    pub skipped: usize,
    pub total: Written,
}

/// One article ready for the writer.
struct Extracted {
    origin: String,
    sha256: String,
    bytes: usize,
    facts: Facts,
}

pub fn run(db: Option<&Path>, args: &LoadArgs) -> Result<()> {
    let published = input::published_flag(args.published.as_deref())?;
    // Every input is checked before the database is touched.
    let plan = input::check_inputs(&args.files).map_err(|e| anyhow!("{e}; nothing loaded"))?;
    let path: PathBuf = match db {
        Some(p) => p.to_path_buf(),
        None => {
            eprintln!("dossier: writing {}", super::DEFAULT_DB);
            PathBuf::from(super::DEFAULT_DB)
        }
    };
    let mut conn = store::open(&path, Access::Create)?;
    let known = store::open(&path, Access::ReadOnly)?;
    let ov = Overrides { published, title: args.title.clone(), source: args.source.clone() };
    let summary = load_into(&mut conn, Some(&known), plan, &ov, &path.display().to_string(), true)?;
    eprintln!("{}", summary_line(&summary));
    Ok(())
}

/// Loads `files` into an open database (the REPL's `.load`): inputs are
/// checked first, then streamed through the same pipeline as `dossier load`.
pub fn load_files(conn: &mut Connection, files: &[String], db_name: &str) -> Result<Summary> {
    let plan = input::check_inputs(files).map_err(|e| anyhow!("{e}; nothing loaded"))?;
    load_into(conn, None, plan, &Overrides::default(), db_name, false)
}

/// The pipeline: this thread reads and extracts batches (in parallel), a
/// scoped writer thread writes them. `known`, a second connection to the
/// same file, lets articles loaded before skip extraction. On failure, the
/// error says how many articles were loaded before it.
fn load_into(
    conn: &mut Connection,
    known: Option<&Connection>,
    plan: input::Plan,
    ov: &Overrides,
    db_name: &str,
    show_progress: bool,
) -> Result<Summary> {
    let progress = if show_progress { Progress::new(plan.total_bytes) } else { Progress::none() };
    let (tx, rx) = sync_channel::<Vec<Extracted>>(QUEUED_BATCHES);
    let pool = extraction_pool();
    let (mut summary, write_err, read, flushed, skipped_early) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| write_all(conn, db_name, rx, &progress));
        let mut skipped_early = 0usize;
        let mut batch: Vec<Input> = Vec::with_capacity(BATCH_ARTICLES);
        let mut batch_bytes = 0usize;
        let mut sent = 0usize;
        let mut flush = |batch: &mut Vec<Input>| -> Result<()> {
            if let Some(known) = known {
                let before = batch.len();
                // Bytes loaded before need no extraction (the writer checks again).
                batch.retain(|i| !already_loaded(known, &i.sha256));
                skipped_early += before - batch.len();
                progress.skipped(before - batch.len());
            }
            let mut extract = || batch.par_drain(..).map(extract_one).collect::<Vec<Extracted>>();
            let done = match &pool {
                Some(pool) => pool.install(&mut extract),
                None => extract(),
            };
            tx.send(done).map_err(|_| anyhow!("the database writer stopped"))
        };
        let read = input::read_all(plan, ov, |inp| {
            batch_bytes += inp.bytes;
            batch.push(inp);
            if batch.len() >= batch_limit(sent) || batch_bytes >= BATCH_BYTES {
                batch_bytes = 0;
                sent += 1;
                flush(&mut batch)?;
            }
            Ok(())
        });
        // What was read before a failure is still written: all articles before a bad line load.
        let flushed = if batch.is_empty() { Ok(()) } else { flush(&mut batch) };
        drop(flush);
        drop(tx);
        let (summary, write_err) = writer.join().unwrap_or_else(|_| {
            (Summary::default(), Some(store::WriteError { origin: db_name.to_string(), source: anyhow!("the database writer crashed") }))
        });
        (summary, write_err, read, flushed, skipped_early)
    });
    summary.skipped += skipped_early;
    progress.finish();
    // The writer's error explains a failed send; report it first.
    let failure = write_err.map(anyhow::Error::from).or(read.err()).or(flushed.err());
    if let Some(e) = failure {
        return Err(anyhow!("{e}; {}", stopped_after(&summary)));
    }
    Ok(summary)
}

fn already_loaded(known: &Connection, sha256: &str) -> bool {
    known
        .prepare_cached(include_str!("../sql/article_by_sha.sql"))
        .and_then(|mut st| st.query_row(named_params! {":sha256": sha256}, |r| r.get::<_, i64>(0)).optional())
        .is_ok_and(|id| id.is_some())
}

fn extract_one(inp: Input) -> Extracted {
    let facts = match inp.payload {
        Payload::Raw(raw) => crate::extract::extract(&raw),
        Payload::Facts(f) => *f,
    };
    Extracted { origin: inp.origin, sha256: inp.sha256, bytes: inp.bytes, facts }
}

/// The writer thread: writes each batch in one transaction until the channel
/// closes or a write fails, then restores the connection's settings.
fn write_all(conn: &mut Connection, db_name: &str, rx: Receiver<Vec<Extracted>>, progress: &Progress) -> (Summary, Option<store::WriteError>) {
    let mut s = Summary::default();
    let saved = match store::bulk_begin(conn) {
        Ok(saved) => saved,
        Err(e) => {
            let err = store::WriteError { origin: db_name.to_string(), source: e.into() };
            return (s, Some(err));
        }
    };
    let mut error = None;
    let mut writer = store::Writer::default();
    for batch in rx {
        let refs: Vec<ArticleRef> =
            batch.iter().map(|e| ArticleRef { facts: &e.facts, sha256: &e.sha256, path: Some(path_of(&e.origin)) }).collect();
        let (written, err) = writer.write_batch(conn, &refs, |i| batch.get(i).map_or_else(String::new, |e| e.origin.clone()));
        for (w, e) in written.iter().zip(&batch) {
            if w.article_id.is_some() {
                s.loaded += 1;
                s.total.add(w);
            } else {
                s.skipped += 1;
            }
            progress.article(e.bytes, s.loaded);
        }
        if err.is_some() {
            error = err;
            break;
        }
    }
    if let Err(e) = store::bulk_end(conn, saved) {
        error = error.or(Some(store::WriteError { origin: db_name.to_string(), source: e.into() }));
    }
    (s, error)
}

/// The file an origin names ("corpus.jsonl:12" -> "corpus.jsonl").
fn path_of(origin: &str) -> &str {
    match origin.rsplit_once(':') {
        Some((p, n)) if !p.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => p,
        _ => origin,
    }
}

fn stopped_after(s: &Summary) -> String {
    match s.loaded {
        0 => "nothing loaded".to_string(),
        1 => "stopped after loading 1 article (it stays in the database)".to_string(),
        n => format!("stopped after loading {n} articles (they stay in the database)"),
    }
}

/// "loaded 3 articles, skipped 1 already loaded: 40 sentences, ..."
pub fn summary_line(s: &Summary) -> String {
    let t = &s.total;
    format!(
        "loaded {} article{}, skipped {} already loaded: {} sentences, {} new actors, {} mentions, {} statements, {} dates, {} events, {} figures",
        s.loaded,
        if s.loaded == 1 { "" } else { "s" },
        s.skipped,
        t.sentences,
        t.actors,
        t.mentions,
        t.statements,
        t.dates,
        t.events,
        t.figures
    )
}

/// A progress bar on stderr, shown only when stderr is a terminal and the
/// load has taken more than a moment.
#[derive(Clone)]
struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
}

impl Progress {
    fn none() -> Self {
        Progress { bar: None, started: Instant::now() }
    }

    fn new(total_bytes: Option<u64>) -> Self {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None, started: Instant::now() };
        }
        let bar = match total_bytes {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden()).with_style(
                ProgressStyle::with_template("{bar:30} {percent:>3}% {msg} {binary_bytes_per_sec} ETA {eta}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
                ProgressStyle::with_template("{spinner} {msg} {binary_bytes_per_sec}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        };
        Progress { bar: Some(bar), started: Instant::now() }
    }

    fn show_if_slow(&self, bar: &ProgressBar) {
        if bar.is_hidden() && self.started.elapsed() > Duration::from_millis(500) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn article(&self, bytes: usize, loaded: usize) {
        if let Some(bar) = &self.bar {
            self.show_if_slow(bar);
            bar.inc(bytes as u64);
            bar.set_message(format!("{loaded} article{}", if loaded == 1 { "" } else { "s" }));
        }
    }

    fn skipped(&self, n: usize) {
        if let (Some(bar), true) = (&self.bar, n > 0) {
            bar.set_message(format!("{n} already loaded"));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_start_small_and_double_up_to_the_largest() {
        let limits: Vec<usize> = (0..7).map(batch_limit).collect();
        assert_eq!(limits, [32, 64, 128, 256, 256, 256, 256]);
        assert_eq!(batch_limit(usize::MAX), BATCH_ARTICLES);
    }

    #[test]
    fn path_of_drops_a_line_number() {
        assert_eq!(path_of("c.jsonl:12"), "c.jsonl");
        assert_eq!(path_of("a.txt"), "a.txt");
        assert_eq!(path_of("-"), "-");
        assert_eq!(path_of("C:dir"), "C:dir");
    }

    #[test]
    fn the_stop_message_counts_what_stays() {
        let s = Summary { loaded: 3, ..Default::default() };
        assert_eq!(stopped_after(&s), "stopped after loading 3 articles (they stay in the database)");
        assert_eq!(stopped_after(&Summary::default()), "nothing loaded");
    }
}
