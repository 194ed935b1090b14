//! Temporal expressions, normalised against the publication date.

use super::types::{DateExpr, Sentence};

/// Finds every temporal expression; relative ones resolve against `published`.
pub fn extract(_body: &str, _sentences: &[Sentence], _published: Option<jiff::civil::Date>) -> Vec<DateExpr> {
    Vec::new()
}
