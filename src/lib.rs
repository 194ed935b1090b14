//! dossier: turns news articles into a queryable SQLite database of actors,
//! statements, events and figures.

pub mod canned;
pub mod cli;
pub mod cmd;
pub mod error;
pub mod extract;
pub mod input;
pub mod render;
pub mod repl;
pub mod sql_lex;
pub mod store;

use anyhow::Result;

use cli::{Cli, Command, ReplArgs};

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let db = cli.db.as_deref();
    match &cli.command {
        None => cmd::repl::run(db, &ReplArgs::default()),
        Some(Command::Repl(a)) => cmd::repl::run(db, a),
        Some(Command::Load(a)) => cmd::load::run(db, a),
        Some(Command::Query(a)) => cmd::query::run(db, a),
        Some(Command::Export(a)) => cmd::export::run(db, a),
        Some(Command::Canned(a)) => cmd::canned::run(db, a),
        Some(Command::Extract(a)) => cmd::extract::run(a),
    }
}
