//! `dossier extract`: JSON Lines articles on stdin to JSON Lines facts on stdout.

use anyhow::Result;

use crate::cli::ExtractArgs;

pub fn run(_args: &ExtractArgs) -> Result<()> {
    anyhow::bail!("extract is not built yet")
}
