//! `dossier repl` (the default): the interactive SQL session.

use std::path::Path;

use anyhow::Result;

use crate::cli::ReplArgs;

pub fn run(_db: Option<&Path>, _args: &ReplArgs) -> Result<()> {
    anyhow::bail!("the REPL is not built yet")
}
