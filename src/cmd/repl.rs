//! `dossier repl` (the default): the interactive SQL session, or a script
//! runner when standard input is not a terminal.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Result;

use crate::canned;
use crate::cli::ReplArgs;
use crate::repl::{self, Session};

pub fn run(db: Option<&Path>, args: &ReplArgs) -> Result<()> {
    let (conn, opened) = super::open_query_db(db, args.write)?;
    let list = match super::canned::load(args.queries.as_deref()) {
        Ok(list) => list,
        Err(e) => {
            // A broken user query file should not keep the session from starting.
            eprintln!("dossier: {e:#}");
            canned::built_in().unwrap_or_default()
        }
    };
    let session = Session::new(conn, opened, args.write, list);
    if std::io::stdin().is_terminal() { repl::interactive(session) } else { repl::piped(session) }
}
