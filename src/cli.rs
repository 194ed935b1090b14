//! The command line: every flag and subcommand, defined once with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::render::Format;

#[derive(Debug, Parser)]
#[command(name = "dossier", version, about = "Turn news articles into a queryable SQLite database of actors, statements, events and figures.")]
#[command(after_help = "Without a command, opens the REPL. Without --db (or DOSSIER_DB), commands other than \
`load` open ./dossier.db when it exists, else an in-memory database of the embedded seed article.\n\n\
Exit codes: 0 success, 1 SQL, data or input error, 2 usage error.")]
pub struct Cli {
    /// The database file (default ./dossier.db; see below).
    #[arg(long, global = true, env = "DOSSIER_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load articles (text, markdown, `-` for stdin, or JSON Lines) into the database.
    Load(LoadArgs),
    /// Run SQL and print the results (read-only unless --write).
    #[command(after_help = "Named parameters (:name, @name, $name) are bound from --param name=VALUE as text; \
each one the SQL uses must be given. Exit codes: 0 success, 1 SQL or data error, 2 usage error.")]
    Query(QueryArgs),
    /// Export a table, a query or every table as CSV, TSV, JSON or JSON Lines.
    Export(ExportArgs),
    /// List the canned queries, or run one (see `dossier canned` for the list).
    #[command(after_help = "A canned query is a .sql file whose header names it, describes it and declares its \
parameters:\n\n  -- name: said-by\n  -- description: What one actor said\n  -- param: actor: Name or alias of the speaker\n  \
-- param: limit: Maximum rows = 50\n  SELECT ... WHERE ... = :actor LIMIT :limit\n\n\
Put your own in --queries DIR (default: dossier/queries under your config directory); one with the name \
of a built-in query replaces it.")]
    Canned(CannedArgs),
    /// Open the interactive SQL session (the default).
    Repl(ReplArgs),
    /// Extract facts from JSON Lines articles on stdin to JSON Lines on stdout (no database).
    Extract(ExtractArgs),
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Publication date (YYYY-MM-DD) of plain-text inputs; relative dates resolve against it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// Headline of plain-text inputs.
    #[arg(long, value_name = "T")]
    pub title: Option<String>,
    /// Source (publisher) of plain-text inputs.
    #[arg(long, value_name = "S")]
    pub source: Option<String>,
    /// Article files: .txt/.md, `-` for stdin, or .jsonl corpora.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Bind a named parameter: --param actor=Pompeo binds :actor.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Allow statements that change the database (and ATTACH).
    #[arg(long)]
    pub write: bool,
    /// Leave out the header row.
    #[arg(long)]
    pub no_header: bool,
    /// How NULL is shown in table, line and markdown output.
    #[arg(long, value_name = "TEXT", default_value = "NULL")]
    pub null: String,
    /// The SQL (one statement or several, run in order), or `-` to read it from stdin.
    #[arg(value_name = "SQL")]
    pub sql: String,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("what").required(true).args(["table", "query", "all"]))]
pub struct ExportArgs {
    /// Export one table or view.
    #[arg(long, value_name = "NAME")]
    pub table: Option<String>,
    /// Export the result of a query.
    #[arg(long, value_name = "SQL")]
    pub query: Option<String>,
    /// Export every table, one file each, into DIR.
    #[arg(long, value_name = "DIR")]
    pub all: Option<PathBuf>,
    /// Output file (default stdout).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Bind a named parameter of --query.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Leave out the header row (CSV/TSV).
    #[arg(long)]
    pub no_header: bool,
    /// Start CSV/TSV with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    pub bom: bool,
    /// End lines with CRLF.
    #[arg(long)]
    pub crlf: bool,
}

#[derive(Debug, Args)]
pub struct CannedArgs {
    /// The canned query to run; without it, list them.
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Bind a parameter: --param actor=Pompeo.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Directory of your own canned queries (default: dossier/queries under the config directory).
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// Leave out the header row.
    #[arg(long)]
    pub no_header: bool,
}

#[derive(Debug, Args, Default)]
pub struct ReplArgs {
    /// Allow statements that change the database.
    #[arg(long)]
    pub write: bool,
    /// Directory of your own canned queries.
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Publication date for records without one.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
}
