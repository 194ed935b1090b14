//! Dot-commands: one clap enum parsed per line, so `.help` is generated from
//! the same definitions the parser uses and the two cannot drift apart.

use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::{anyhow, Result};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::render::Format;

use super::session::{Flow, Session, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

impl OnOff {
    fn on(self) -> bool {
        self == OnOff::On
    }
}

/// The tables whose rows point at a span of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SourceTable {
    Mentions,
    Statements,
    Figures,
    Dates,
    Events,
}

#[derive(Debug, Parser)]
#[command(no_binary_name = true, disable_help_flag = true, disable_version_flag = true, disable_help_subcommand = true)]
#[command(override_usage = ".COMMAND [ARGS]")]
struct Line {
    #[command(subcommand)]
    dot: Dot,
}

#[derive(Debug, Subcommand, PartialEq)]
pub enum Dot {
    /// Show this list.
    Help,
    /// List the tables and views.
    Tables,
    /// Show the CREATE statements of all tables, or of NAME.
    Schema { name: Option<String> },
    /// Set (or show) the output format of results.
    Mode { format: Option<Format> },
    /// Show column names in results.
    Headers { state: Option<OnOff> },
    /// Show NULL as TEXT in results.
    Nullvalue {
        #[arg(allow_hyphen_values = true)]
        text: String,
    },
    /// Set table column widths: 0 fits the content, N wraps at N, -N also right-aligns.
    Width {
        #[arg(allow_negative_numbers = true, value_name = "N")]
        widths: Vec<i32>,
    },
    /// Send results to FILE; without FILE, back to the terminal.
    Output { file: Option<PathBuf> },
    /// Send the next result only to FILE.
    Once { file: PathBuf },
    /// Run the SQL and dot-commands in FILE.
    Read { file: PathBuf },
    /// Show how long each statement takes.
    Timer { state: Option<OnOff> },
    /// Colour the input, NULLs and `.source` marks.
    Color { state: Option<OnOff> },
    /// Close this database and open the dossier database at PATH.
    Open { path: PathBuf },
    /// Load article files (text, markdown or JSON Lines) into the open database.
    Load {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// Write table or view NAME to FILE as CSV.
    Export { name: String, file: PathBuf },
    /// List the canned queries.
    Canned,
    /// Run canned query NAME, e.g. `.run said-by actor=Pompeo`.
    Run {
        name: String,
        #[arg(value_name = "PARAM=VALUE")]
        params: Vec<String>,
    },
    /// Show the sentence and article of a fact, its span marked.
    Source { table: SourceTable, id: i64 },
    /// End the session (also .exit or Ctrl-D).
    #[command(alias = "exit")]
    Quit,
}

/// Parses one dot-command line (with its leading '.').
pub fn parse(line: &str) -> Result<Dot> {
    let words = split_args(line.trim().trim_start_matches('.'))?;
    Line::try_parse_from(words).map(|l| l.dot).map_err(|e| {
        let text = e.render().to_string();
        let first = text.lines().next().unwrap_or("").trim_start_matches("error: ").to_string();
        anyhow!("{first} (see .help)")
    })
}

/// Splits a dot-command line into words; single or double quotes group words.
fn split_args(s: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.get_or_insert_with(String::new).push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                cur.get_or_insert_with(String::new);
            }
            None if c.is_whitespace() => out.extend(cur.take()),
            None => cur.get_or_insert_with(String::new).push(c),
        }
    }
    if quote.is_some() {
        return Err(anyhow!("unterminated quote"));
    }
    out.extend(cur.take());
    Ok(out)
}

/// The names of every dot-command and their aliases, with the dot.
pub fn names() -> Vec<String> {
    let cmd = Line::command();
    let mut out: Vec<String> = Vec::new();
    for sub in cmd.get_subcommands() {
        out.push(format!(".{}", sub.get_name()));
        out.extend(sub.get_all_aliases().map(|a| format!(".{a}")));
    }
    out.sort();
    out
}

/// The `.help` text, generated from the clap definitions.
pub fn help() -> String {
    let cmd = Line::command();
    let rows: Vec<(String, String)> = cmd
        .get_subcommands()
        .map(|sub| {
            let mut usage = format!(".{}", sub.get_name());
            for a in sub.get_positionals() {
                let values: Vec<String> = a.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
                let name = if values.is_empty() {
                    a.get_value_names().and_then(|v| v.first()).map_or_else(|| a.get_id().to_string().to_uppercase(), |v| v.to_string())
                } else {
                    values.join("|")
                };
                let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
                let name = if many { format!("{name}...") } else { name };
                usage.push(' ');
                usage.push_str(&if a.is_required_set() { name } else { format!("[{name}]") });
            }
            (usage, sub.get_about().map(|s| s.to_string()).unwrap_or_default())
        })
        .collect();
    // Long usages put their description on the next line, so the list stays narrow.
    const WIDTH: usize = 28;
    let mut out = String::new();
    for (u, about) in rows {
        let _infallible = if u.chars().count() > WIDTH {
            writeln!(out, "{u}\n{:WIDTH$}  {about}", "")
        } else {
            writeln!(out, "{u:WIDTH$}  {about}")
        };
    }
    out.push_str("\nSQL statements end with ';' and may span lines. Tab completes; Ctrl-C cancels a running query;\n");
    out.push_str("Ctrl-D or .quit ends the session.");
    out
}

/// Runs one dot-command.
pub fn run(s: &mut Session, dot: Dot) -> Result<Flow> {
    match dot {
        Dot::Help => println!("{}", help()),
        Dot::Quit => return Ok(Flow::Quit),
        Dot::Tables => s.emit(|conn, out, _| {
            let mut stmt = conn.prepare(include_str!("sql/tables.sql"))?;
            let names: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for n in names {
                writeln!(out, "{n}")?;
            }
            Ok(())
        })?,
        Dot::Schema { name } => s.emit(|conn, out, _| {
            let mut stmt = conn.prepare(include_str!("sql/schema.sql"))?;
            let sqls: Vec<String> = stmt.query_map([&name], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            if let (true, Some(n)) = (sqls.is_empty(), &name) {
                return Err(anyhow!("no such table, view, index or trigger: {n}"));
            }
            for q in sqls {
                writeln!(out, "{q}")?;
            }
            Ok(())
        })?,
        Dot::Mode { format: Some(f) } => s.opts.format = f,
        Dot::Headers { state: Some(st) } => s.opts.headers = st.on(),
        Dot::Timer { state: Some(st) } => s.timer = st.on(),
        Dot::Color { state: Some(st) } => s.color = st.on(),
        Dot::Mode { format: None } => println!("mode: {}", name_of(s.opts.format)),
        Dot::Headers { state: None } => println!("headers: {}", on_off(s.opts.headers)),
        Dot::Timer { state: None } => println!("timer: {}", on_off(s.timer)),
        Dot::Color { state: None } => println!("color: {}", on_off(s.color)),
        Dot::Nullvalue { text } => s.opts.null = text,
        Dot::Width { widths } => s.opts.widths = widths,
        Dot::Output { file } => {
            s.target = match file {
                None => Target::Stdout,
                Some(path) => {
                    let f = std::fs::File::create(&path).map_err(|e| anyhow!("{}: cannot write: {e}", path.display()))?;
                    Target::File { out: std::io::BufWriter::new(f), path }
                }
            }
        }
        Dot::Once { file } => s.once = Some(file),
        Dot::Read { file } => return super::read_file(s, &file),
        Dot::Open { path } => {
            let access = if s.write { crate::store::Access::Create } else { crate::store::Access::ReadOnly };
            let conn = crate::store::open(&path, access)?;
            s.reconnect(conn, crate::cmd::Opened::File(path));
            super::banner_counts(s);
        }
        Dot::Load { files } => s.load(&files)?,
        Dot::Export { name, file } => s.export(&name, &file)?,
        Dot::Canned => list_canned(s)?,
        Dot::Run { name, params } => run_canned(s, &name, &params)?,
        Dot::Source { table, id } => source(s, table, id)?,
    }
    Ok(Flow::Go)
}

fn name_of(v: impl ValueEnum) -> String {
    v.to_possible_value().map(|p| p.get_name().to_string()).unwrap_or_default()
}

fn on_off(b: bool) -> &'static str {
    if b { "on" } else { "off" }
}

fn list_canned(s: &mut Session) -> Result<()> {
    let (columns, rows) = crate::canned::listing(&s.canned);
    s.emit(|_, out, opts| render::write_values(&columns, &rows, opts, out).map(|_| ()))
}

fn run_canned(s: &mut Session, name: &str, params: &[String]) -> Result<()> {
    let c = crate::canned::find(&s.canned, name)?.clone();
    let given = crate::cmd::parse_params(params)?;
    c.bind(&given)?;
    s.emit(|conn, out, opts| c.run(conn, &given, opts, out).map(|_| ()))
}

use crate::render;

/// Marks `span` (char offsets into the sentence) with colour or with [[ ]].
fn mark(sentence: &str, from: usize, to: usize, color: bool) -> String {
    let (open, close) = if color { ("\x1b[1;4;33m", "\x1b[0m") } else { ("[[", "]]") };
    let n = sentence.chars().count();
    let from = from.min(n);
    let to = to.clamp(from, n);
    let byte = |i: usize| sentence.char_indices().nth(i).map_or(sentence.len(), |(b, _)| b);
    let (a, b) = (byte(from), byte(to));
    format!("{}{open}{}{close}{}", &sentence[..a], &sentence[a..b], &sentence[b..])
}

fn source(s: &mut Session, table: SourceTable, id: i64) -> Result<()> {
    let name = name_of(table);
    type Row = (i64, Option<String>, Option<String>, i64, i64, String, i64, i64);
    let row: Option<Row> = {
        let mut stmt = s.conn.prepare(include_str!("sql/source.sql"))?;
        let mut rows = stmt.query(rusqlite::params![name, id])?;
        match rows.next()? {
            Some(r) => Some((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?)),
            None => None,
        }
    };
    let Some((article, title, published, seq, sent_start, text, start, end)) = row else {
        return Err(anyhow!("no row {id} in {name}"));
    };
    let color = s.color && matches!(s.target, Target::Stdout) && s.once.is_none();
    let from = usize::try_from(start - sent_start).unwrap_or(0);
    let to = usize::try_from(end - sent_start).unwrap_or(0);
    let marked = mark(&text, from, to, color);
    s.emit(|_, out, _| {
        writeln!(
            out,
            "article {article}: {}{}",
            title.as_deref().unwrap_or("(untitled)"),
            published.map(|p| format!(" ({p})")).unwrap_or_default()
        )?;
        writeln!(out, "sentence {seq}, characters {start}..{end}:")?;
        writeln!(out, "{marked}")?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_commands_parse_with_their_arguments() {
        assert_eq!(parse(".tables").unwrap(), Dot::Tables);
        assert_eq!(parse(".mode csv").unwrap(), Dot::Mode { format: Some(Format::Csv) });
        assert_eq!(parse(".mode").unwrap(), Dot::Mode { format: None });
        assert_eq!(parse(".exit").unwrap(), Dot::Quit);
        assert_eq!(parse(".nullvalue '(null)'").unwrap(), Dot::Nullvalue { text: "(null)".into() });
        assert_eq!(parse(".nullvalue -").unwrap(), Dot::Nullvalue { text: "-".into() });
        assert_eq!(
            parse(".run said-by actor=\"Mike Pompeo\"").unwrap(),
            Dot::Run { name: "said-by".into(), params: vec!["actor=Mike Pompeo".into()] }
        );
        assert_eq!(parse(".source figures 3").unwrap(), Dot::Source { table: SourceTable::Figures, id: 3 });
        assert_eq!(parse(".width 10 0 -5").unwrap(), Dot::Width { widths: vec![10, 0, -5] });
    }

    #[test]
    fn bad_dot_commands_say_what_is_wrong() {
        let e = parse(".mode pretty").unwrap_err().to_string();
        assert!(e.contains("pretty"), "{e}");
        let e = parse(".frobnicate").unwrap_err().to_string();
        assert!(e.contains("frobnicate"), "{e}");
        assert!(parse(".once").is_err());
        assert!(parse(".headers maybe").is_err());
        assert!(parse(".read 'x").is_err());
    }

    #[test]
    fn help_lists_every_command_with_its_arguments() {
        let h = help();
        for n in names().iter().filter(|n| *n != ".exit") {
            assert!(h.lines().any(|l| l.starts_with(&format!("{n} ")) || l == n), "{n} missing from help");
        }
        assert!(h.contains(".mode [table|csv|tsv|json|jsonl|markdown|line]"), "{h}");
        assert!(h.contains(".schema [NAME]"), "{h}");
        assert!(h.contains(".load FILE..."), "{h}");
    }

    #[test]
    fn source_marks_the_span_by_characters() {
        assert_eq!(mark("Él dijo hola.", 3, 7, false), "Él [[dijo]] hola.");
        assert_eq!(mark("abc", 2, 9, false), "ab[[c]]");
        assert_eq!(mark("abc", 3, 3, false), "abc[[]]");
    }
}
