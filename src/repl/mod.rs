//! The interactive SQL session: reading lines (from rustyline, a pipe or a
//! `.read` file), gathering them into complete statements and handing them,
//! or dot-commands, to the session.

mod complete;
mod dot;
mod highlight;
mod history;
mod session;

use std::borrow::Cow;
use std::io::BufRead;
use std::path::Path;

use anyhow::{anyhow, Context, Result};
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::history::FileHistory;
use rustyline::{Editor, Helper, Hinter, Validator};

pub use crate::sql_lex::{is_complete, split};
pub use session::{Flow, Session};

use crate::sql_lex as lex;
use complete::{Catalog, Completion};

const PROMPT: &str = "dossier> ";
const CONTINUE: &str = "   ...> ";
/// How deep `.read` may nest.
const MAX_DEPTH: usize = 16;

/// What one input line did.
enum Step {
    /// Nothing to run (a blank or comment-only line).
    Idle,
    /// The statement goes on; show the continuation prompt.
    More,
    /// A statement or dot-command ran: the text for history and its outcome.
    Done { entry: String, result: Result<Flow> },
}

/// Adds `line` to the unfinished statement in `pending` and runs what is complete.
fn step(s: &mut Session, pending: &mut String, line: &str) -> Step {
    if lex::is_blank(pending) {
        pending.clear();
        let t = line.trim();
        if t.starts_with('.') {
            let result = dot::parse(t).and_then(|d| dot::run(s, d));
            return Step::Done { entry: t.to_string(), result };
        }
        if lex::is_blank(line) {
            return Step::Idle;
        }
    }
    pending.push_str(line);
    pending.push('\n');
    if !lex::is_complete(pending) {
        return Step::More;
    }
    let text = std::mem::take(pending);
    let result = s.run_sql(&text).map(|()| Flow::Go);
    Step::Done { entry: text.trim().to_string(), result }
}

/// Runs lines as a script: no prompts, and the first error stops it,
/// named by `origin` and the line its statement starts on.
fn run_script(s: &mut Session, lines: impl Iterator<Item = std::io::Result<String>>, origin: &str) -> Result<Flow> {
    let mut pending = String::new();
    let mut start = 1;
    let fail = |line: usize, e: anyhow::Error| anyhow!("{origin}:{line}: {}", e.to_string().lines().next().unwrap_or(""));
    let mut last = 0;
    for (i, line) in lines.enumerate() {
        let line = line.with_context(|| format!("{origin}: cannot read line {}", i + 1))?;
        last = i + 1;
        if lex::is_blank(&pending) {
            start = i + 1;
        }
        match step(s, &mut pending, &line) {
            Step::Done { result: Err(e), .. } => return Err(fail(start, e)),
            Step::Done { result: Ok(Flow::Quit), .. } => return Ok(Flow::Quit),
            _ => {}
        }
    }
    if !lex::is_blank(&pending) {
        // Like sqlite3, a last statement without ';' still runs.
        s.run_sql(&pending).map_err(|e| fail(start.min(last.max(1)), e))?;
    }
    Ok(Flow::Go)
}

/// `.read FILE`.
fn read_file(s: &mut Session, path: &Path) -> Result<Flow> {
    if s.depth >= MAX_DEPTH {
        return Err(anyhow!("{}: .read nested more than {MAX_DEPTH} deep", path.display()));
    }
    let file = std::fs::File::open(path).map_err(|e| anyhow!("{}: cannot read: {e}", path.display()))?;
    s.depth += 1;
    let r = run_script(s, std::io::BufReader::new(file).lines(), &path.display().to_string());
    s.depth -= 1;
    // `.quit` in a file ends the file, not the session.
    r.map(|_| Flow::Go)
}

/// Prints what the open database holds (banner and `.open`).
fn banner_counts(s: &Session) {
    let mode = match (s.write, s.writable()) {
        (true, _) => "writable",
        (false, true) => "read-only SQL; .load adds articles",
        (false, false) => "read-only",
    };
    match crate::store::counts(&s.conn) {
        Ok(c) => eprintln!(
            "{} ({mode}): {} article{}, {} actors, {} statements, {} events, {} figures",
            s.opened,
            c.articles,
            if c.articles == 1 { "" } else { "s" },
            c.actors,
            c.statements,
            c.events,
            c.figures
        ),
        Err(e) => eprintln!("{} ({mode}): cannot count its rows: {e}", s.opened),
    }
}

/// Piped input: run every statement, stop with an error at the first failure.
pub fn piped(mut s: Session) -> Result<()> {
    let stdin = std::io::stdin();
    run_script(&mut s, stdin.lock().lines(), "stdin").map(|_| ())
}

/// Completion, highlighting and the text of an unfinished statement.
#[derive(Helper, Hinter, Validator)]
struct ReplHelper {
    catalog: Catalog,
    pending: String,
    color: bool,
    files: FilenameCompleter,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        match complete::complete(&self.catalog, &self.pending, line, pos) {
            Completion::Files => self.files.complete_path(line, pos),
            Completion::Words { start, words } => {
                Ok((start, words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect()))
            }
        }
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color { Cow::Owned(highlight::highlight(line)) } else { Cow::Borrowed(line) }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

/// The schema generation completion was built for.
fn schema_key(s: &Session) -> (u64, i64) {
    let v = s.conn.query_row("PRAGMA schema_version", [], |r| r.get(0)).unwrap_or(-1);
    (s.generation, v)
}

/// A terminal session: banner, prompts, history, completion, Ctrl-C.
pub fn interactive(mut s: Session) -> Result<()> {
    let interrupter = s.interrupter.clone();
    if let Err(e) = ctrlc::set_handler(move || interrupter.interrupt()) {
        eprintln!("dossier: Ctrl-C will not cancel queries: {e}");
    }
    let config = rustyline::Config::builder()
        .completion_type(rustyline::CompletionType::List)
        .auto_add_history(false)
        .history_ignore_dups(true)
        .map_err(|e| anyhow!("cannot set up line editing: {e}"))?
        .max_history_size(10_000)
        .map_err(|e| anyhow!("cannot set up line editing: {e}"))?
        .build();
    let mut ed: Editor<ReplHelper, FileHistory> = Editor::with_config(config).context("cannot set up line editing")?;
    ed.set_helper(Some(ReplHelper {
        catalog: Catalog::load(&s.conn, &s.canned),
        pending: String::new(),
        color: s.color,
        files: FilenameCompleter::new(),
    }));
    let history = history::path();
    if let Some(p) = &history {
        if p.exists() {
            if let Err(e) = ed.load_history(p) {
                eprintln!("dossier: {}: cannot read history: {e}", p.display());
            }
        } else if let Some(dir) = p.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("dossier: {}: cannot create history directory: {e}", dir.display());
        }
    }
    println!("dossier {}: SQL over the facts of news articles", env!("CARGO_PKG_VERSION"));
    banner_counts(&s);
    println!("Type .help for commands, .tables for tables, .canned for ready-made queries; end SQL with ';'.");

    let mut pending = String::new();
    let mut key = schema_key(&s);
    let mut history_failed = false;
    loop {
        if let Some(h) = ed.helper_mut() {
            h.pending.clone_from(&pending);
            h.color = s.color;
        }
        let prompt = if pending.is_empty() { PROMPT } else { CONTINUE };
        let line = match ed.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                pending.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(anyhow!("cannot read input: {e}")),
        };
        // A paste arrives as one line with newlines in it: take it line by line.
        let mut quit = false;
        for part in line.split('\n') {
            let Step::Done { entry, result } = step(&mut s, &mut pending, part) else { continue };
            let added = ed.add_history_entry(entry.as_str()).unwrap_or(false);
            if let (true, Some(p)) = (added, &history) {
                // Saved after every statement, so a killed session keeps it.
                if let Err(e) = ed.append_history(p)
                    && !history_failed
                {
                    eprintln!("dossier: {}: cannot save history: {e}", p.display());
                    history_failed = true;
                }
            }
            match result {
                Ok(Flow::Quit) => quit = true,
                Ok(Flow::Go) => continue,
                Err(e) => eprintln!("error: {e:#}"),
            }
            break;
        }
        if quit {
            break;
        }
        let now = schema_key(&s);
        if now != key {
            key = now;
            if let Some(h) = ed.helper_mut() {
                h.catalog = Catalog::load(&s.conn, &s.canned);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session::new(crate::store::open_memory().unwrap(), crate::cmd::Opened::Seed, true, Vec::new())
    }

    #[test]
    fn a_statement_runs_once_its_semicolon_arrives() {
        let mut s = session();
        let mut pending = String::new();
        assert!(matches!(step(&mut s, &mut pending, "CREATE TEMP TABLE t(x);"), Step::Done { result: Ok(Flow::Go), .. }));
        assert!(matches!(step(&mut s, &mut pending, "INSERT INTO t VALUES ('a;"), Step::More));
        assert!(matches!(step(&mut s, &mut pending, "b')"), Step::More));
        match step(&mut s, &mut pending, ";") {
            Step::Done { entry, result: Ok(Flow::Go) } => assert_eq!(entry, "INSERT INTO t VALUES ('a;\nb')\n;"),
            _ => panic!("statement did not run"),
        }
        let v: String = s.conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(v, "a;\nb");
    }

    #[test]
    fn blank_and_comment_lines_do_nothing() {
        let mut s = session();
        let mut pending = String::new();
        assert!(matches!(step(&mut s, &mut pending, "   "), Step::Idle));
        assert!(matches!(step(&mut s, &mut pending, "-- a note"), Step::Idle));
        assert!(pending.is_empty());
    }

    #[test]
    fn dot_commands_only_start_a_statement() {
        let mut s = session();
        let mut pending = String::new();
        assert!(matches!(step(&mut s, &mut pending, ".quit"), Step::Done { result: Ok(Flow::Quit), .. }));
        assert!(matches!(step(&mut s, &mut pending, "SELECT"), Step::More));
        // Inside a statement a leading dot is SQL (here, an error).
        assert!(matches!(step(&mut s, &mut pending, ".quit;"), Step::Done { result: Err(_), .. }));
    }

    #[test]
    fn a_script_stops_at_its_first_error_naming_the_line() {
        let mut s = session();
        let lines = ["CREATE TEMP TABLE t(x);", "", "INSERT INTO t", "  VALUES (nope);", "INSERT INTO t VALUES (2);"];
        let e = run_script(&mut s, lines.iter().map(|l| Ok(l.to_string())), "x.sql").unwrap_err();
        assert_eq!(e.to_string(), "x.sql:3: no such column: nope (line 2, column 11)");
        let n: i64 = s.conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn a_script_runs_a_last_statement_without_semicolon() {
        let mut s = session();
        let lines = ["CREATE TEMP TABLE t(x);", "INSERT INTO t VALUES (1)"];
        run_script(&mut s, lines.iter().map(|l| Ok(l.to_string())), "x.sql").unwrap();
        let n: i64 = s.conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(n, 1);
    }
}
