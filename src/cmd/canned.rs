//! `dossier canned`: list the canned queries or run one.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::canned::{self, Canned};
use crate::cli::CannedArgs;
use crate::error::usage;
use crate::render::Options;

pub fn run(db: Option<&Path>, args: &CannedArgs) -> Result<()> {
    let all = load(args.queries.as_deref())?;
    let params = super::parse_params(&args.params)?;
    let opts = Options { headers: !args.no_header, ..Options::for_stdout(args.format) };
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match &args.name {
        None => {
            if !params.is_empty() {
                return Err(usage("--param needs a canned query name"));
            }
            let (columns, rows) = canned::listing(&all);
            crate::render::write_values(&columns, &rows, &opts, &mut out)?;
        }
        Some(name) => {
            let c = canned::find(&all, name)?;
            // Check the parameters before opening (or building) a database.
            c.bind(&params)?;
            let (conn, _) = super::open_query_db(db, false)?;
            c.run(&conn, &params, &opts, &mut out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The canned queries: built-in plus `--queries DIR` (which must exist) or
/// the default user directory (which may not).
pub fn load(queries: Option<&Path>) -> Result<Vec<Canned>> {
    match queries {
        Some(dir) if !dir.is_dir() => Err(usage(format!("--queries {}: no such directory", dir.display()))),
        Some(dir) => canned::load_all(Some(dir)),
        None => canned::load_all(canned::default_user_dir().as_deref()),
    }
}
