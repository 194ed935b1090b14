//! Events: what happened, when, to whom and where.

use super::types::{Cast, DateExpr, Event, Sentence, Statement};

/// Finds events from the trigger lexicon, dates them and links participants.
pub fn extract(
    _body: &str,
    _sentences: &[Sentence],
    _cast: &mut Cast,
    _dates: &[DateExpr],
    _statements: &[Statement],
) -> Vec<Event> {
    Vec::new()
}
