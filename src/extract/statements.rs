//! Statements: direct quotes and reported speech with their speakers.

use super::types::{Cast, Sentence, Statement};

/// Finds who said what. May add actors to `cast` (e.g. "the report").
pub fn extract(_body: &str, _sentences: &[Sentence], _cast: &mut Cast) -> Vec<Statement> {
    Vec::new()
}
