//! Resolving an article's actors against the actors already in the database,
//! so one real-world entity is one row across all articles.

use rusqlite::{named_params, OptionalExtension, Transaction};

/// Finds the database actor for an article's actor (same kind, known by its
/// canonical name), or creates it; records every alias. Returns (id, created).
pub(super) fn resolve_actor(tx: &Transaction, actor: &crate::extract::Actor) -> rusqlite::Result<(i64, bool)> {
    let kind = actor.kind.as_str();
    let found: Option<i64> = tx
        .prepare_cached(include_str!("../sql/find_actor.sql"))?
        .query_row(named_params! {":kind": kind, ":name": actor.name}, |r| r.get(0))
        .optional()?;
    let (id, created) = match found {
        Some(id) => {
            if actor.title.is_some() {
                tx.prepare_cached(include_str!("../sql/fill_actor_title.sql"))?
                    .execute(named_params! {":id": id, ":title": actor.title})?;
            }
            (id, false)
        }
        None => {
            tx.prepare_cached(include_str!("../sql/insert_actor.sql"))?
                .execute(named_params! {":name": actor.name, ":kind": kind, ":title": actor.title})?;
            (tx.last_insert_rowid(), true)
        }
    };
    let mut alias = tx.prepare_cached(include_str!("../sql/insert_alias.sql"))?;
    alias.execute(named_params! {":actor_id": id, ":alias": actor.name})?;
    for a in &actor.aliases {
        alias.execute(named_params! {":actor_id": id, ":alias": a})?;
    }
    Ok((id, created))
}
