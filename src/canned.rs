//! Canned queries: named, described, parameterised `.sql` files (built-in
//! ones embedded from `src/canned/`, plus the user's own from a directory).

use std::path::{Path, PathBuf};

use anyhow::Result;

/// One parameter of a canned query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub description: String,
    pub default: Option<String>,
}

/// One canned query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canned {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sql: String,
    /// "built-in" or the file it came from.
    pub origin: String,
}

/// The default directory of the user's own queries (`$XDG_CONFIG_HOME/dossier/queries`).
pub fn default_user_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("dossier").join("queries"))
}

/// Every canned query: the built-in ones, then the user's from `user_dir`.
pub fn load_all(_user_dir: Option<&Path>) -> Result<Vec<Canned>> {
    Ok(Vec::new())
}

impl Canned {
    /// The values to bind, by parameter name (without ':'): given values,
    /// else defaults; a missing required or an unknown parameter is an error
    /// naming it.
    pub fn bind(&self, _given: &[(String, String)]) -> Result<Vec<(String, String)>> {
        Ok(Vec::new())
    }
}
