//! The named objects `schema.sql` declares (indexes, triggers), found by
//! lexing it: the loader drops and re-creates some of them, always from
//! the one text that declares them.

use std::sync::OnceLock;

use super::SCHEMA;
use crate::sql_lex::{self, Kind};

/// One `CREATE INDEX|TRIGGER IF NOT EXISTS name ...` statement of the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Object {
    /// "INDEX" or "TRIGGER", upper case.
    pub kind: &'static str,
    pub name: &'static str,
    /// The table an index is on (`None` for a trigger).
    pub table: Option<&'static str>,
    /// An index's first column (`None` for a trigger or an expression).
    pub first_column: Option<&'static str>,
    /// The whole statement.
    pub sql: &'static str,
}

/// Every index and trigger of the schema, in order.
pub(super) fn objects() -> &'static [Object] {
    static OBJECTS: OnceLock<Vec<Object>> = OnceLock::new();
    OBJECTS.get_or_init(|| sql_lex::split(SCHEMA).into_iter().filter_map(parse).collect())
}

/// The schema's object named `name`.
pub(super) fn object(name: &str) -> Option<&'static Object> {
    objects().iter().find(|o| o.name == name)
}

fn parse(stmt: &'static str) -> Option<Object> {
    let toks = sql_lex::tokens(stmt);
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text(stmt));
    let is = |i: usize, k: &str| word(i).is_some_and(|w| w.eq_ignore_ascii_case(k));
    if !(is(0, "CREATE") && is(2, "IF") && is(3, "NOT") && is(4, "EXISTS")) {
        return None;
    }
    let name = word(5)?;
    // From its first keyword on, without the comments before it.
    let stmt = &stmt[toks[0].start..];
    if is(1, "INDEX") && is(6, "ON") {
        Some(Object { kind: "INDEX", name, table: Some(word(7)?), first_column: word(9), sql: stmt })
    } else if is(1, "TRIGGER") {
        Some(Object { kind: "TRIGGER", name, table: None, first_column: None, sql: stmt })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_and_triggers_are_found_whole_with_their_names() {
        let ix = object("idx_mentions_actor_article").unwrap();
        assert_eq!((ix.kind, ix.table, ix.first_column), ("INDEX", Some("mentions"), Some("actor_id")));
        assert!(ix.sql.starts_with("CREATE INDEX IF NOT EXISTS idx_mentions_actor_article ON mentions"));
        let tr = object("sentences_fts_ai").unwrap();
        assert_eq!(tr.kind, "TRIGGER");
        assert!(tr.sql.trim_end().ends_with("END;"), "{}", tr.sql);
        assert!(object("sentences").is_none());
    }
}
