//! `dossier canned`: list the canned queries or run one.

use std::path::Path;

use anyhow::Result;

use crate::cli::CannedArgs;

pub fn run(_db: Option<&Path>, _args: &CannedArgs) -> Result<()> {
    anyhow::bail!("canned queries are not built yet")
}
