//! Subcommands: one file each, same entry shape `run(&Cli-level context, args) -> Result<()>`.

pub mod canned;
pub mod export;
pub mod extract;
pub mod load;
pub mod query;
pub mod repl;

use std::path::{Path, PathBuf};

use anyhow::Result;
use rusqlite::Connection;

use crate::store::{self, Access};

/// The embedded seed article, compiled into the binary.
pub const SEED_ARTICLE: &str = include_str!("../../seed/article.txt");
/// Its publication date.
pub const SEED_PUBLISHED: &str = "2020-06-01";
/// The database used when neither --db nor DOSSIER_DB is given.
pub const DEFAULT_DB: &str = "dossier.db";

/// Which database a query-side command opened, for messages.
#[derive(Debug, Clone)]
pub enum Opened {
    File(PathBuf),
    Seed,
}

impl std::fmt::Display for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Opened::File(p) => write!(f, "{}", p.display()),
            Opened::Seed => write!(f, "in-memory database of the embedded seed article"),
        }
    }
}

/// Opens the database for a query-side command: `--db` (must exist), else
/// ./dossier.db when it exists, else an in-memory database of the seed.
pub fn open_query_db(db: Option<&Path>, write: bool) -> Result<(Connection, Opened)> {
    let access = if write { Access::ReadWrite } else { Access::ReadOnly };
    if let Some(path) = db {
        return Ok((store::open(path, access)?, Opened::File(path.to_path_buf())));
    }
    let default = Path::new(DEFAULT_DB);
    if default.exists() {
        eprintln!("dossier: using {DEFAULT_DB}");
        return Ok((store::open(default, access)?, Opened::File(default.to_path_buf())));
    }
    eprintln!("dossier: no {DEFAULT_DB} here; using an in-memory database of the embedded seed article");
    Ok((seed_db()?, Opened::Seed))
}

/// An in-memory database holding the embedded seed article.
pub fn seed_db() -> Result<Connection> {
    let mut conn = store::open_memory()?;
    let raw = crate::extract::RawArticle {
        text: SEED_ARTICLE.to_string(),
        published: Some(SEED_PUBLISHED.to_string()),
        source: Some("cnn".to_string()),
        ..Default::default()
    };
    let facts = crate::extract::extract(&raw);
    store::write_facts(&mut conn, &facts, &store::sha256_hex(SEED_ARTICLE.as_bytes()), Some("seed/article.txt"))?;
    Ok(conn)
}

/// Parses `NAME=VALUE` parameters.
pub fn parse_params(params: &[String]) -> Result<Vec<(String, String)>> {
    params
        .iter()
        .map(|p| match p.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().trim_start_matches([':', '@', '$']).to_string(), v.to_string())),
            _ => Err(crate::error::usage(format!("--param '{p}': expected NAME=VALUE"))),
        })
        .collect()
}
