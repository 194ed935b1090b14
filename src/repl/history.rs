//! Where the REPL keeps its history: $DOSSIER_HISTORY, else the XDG state
//! directory (falling back to the data directory) under dossier/history.

use std::path::PathBuf;

/// The history file; None when DOSSIER_HISTORY is set empty (no history).
pub fn path() -> Option<PathBuf> {
    resolve(std::env::var_os("DOSSIER_HISTORY").map(PathBuf::from), dirs::state_dir(), dirs::data_dir())
}

fn resolve(env: Option<PathBuf>, state: Option<PathBuf>, data: Option<PathBuf>) -> Option<PathBuf> {
    match env {
        Some(p) if p.as_os_str().is_empty() => None,
        Some(p) => Some(p),
        None => state.or(data).map(|d| d.join("dossier").join("history")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_overrides_the_state_directory() {
        let p = |s: &str| Some(PathBuf::from(s));
        assert_eq!(resolve(p("/tmp/h"), p("/s"), p("/d")), p("/tmp/h"));
        assert_eq!(resolve(p(""), p("/s"), p("/d")), None);
        assert_eq!(resolve(None, p("/s"), p("/d")), p("/s/dossier/history"));
        assert_eq!(resolve(None, None, p("/d")), p("/d/dossier/history"));
        assert_eq!(resolve(None, None, None), None);
    }
}
