//! Resolving an article's actors against the actors already in the database,
//! so one real-world entity is one row across all articles.
//!
//! Only strong names link across articles: multi-word names ("Donald Trump",
//! "Afghan government"), and one-word names of countries, organisations,
//! governments, places and groups ("Taliban", "UN"). A bare surname ("Trump",
//! "Smith"), a one-word name of unknown kind, or a document ("report") never
//! links: it gets its own row, named "Smith (article 12)" when "Smith" is taken.

use rusqlite::{named_params, OptionalExtension, Transaction};

use crate::extract::{Actor, ActorKind};

/// Whether `name` may identify an actor of `kind` in any article.
pub fn is_strong(name: &str, kind: ActorKind) -> bool {
    if kind == ActorKind::Document {
        return false;
    }
    let capitalised = name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    match kind {
        ActorKind::Person => capitalised >= 2,
        ActorKind::Other => capitalised >= 2,
        _ => capitalised >= 1,
    }
}

/// Finds the database actor for an article's actor (same kind, known by a
/// strong name), or creates it; records every alias. Returns (id, created).
pub(super) fn resolve_actor(tx: &Transaction, actor: &Actor) -> rusqlite::Result<(i64, bool)> {
    let kind = actor.kind.as_str();
    let mut found: Option<i64> = None;
    {
        let mut find = tx.prepare_cached(include_str!("../sql/find_actor.sql"))?;
        let names = std::iter::once(&actor.name).chain(actor.aliases.iter());
        for name in names.filter(|n| is_strong(n, actor.kind)) {
            found = find.query_row(named_params! {":kind": kind, ":name": name}, |r| r.get(0)).optional()?;
            if found.is_some() {
                break;
            }
        }
    }
    let (id, created) = match found {
        Some(id) => {
            if actor.title.is_some() {
                tx.prepare_cached(include_str!("../sql/fill_actor_title.sql"))?
                    .execute(named_params! {":id": id, ":title": actor.title})?;
            }
            (id, false)
        }
        None => {
            let name = free_name(tx, &actor.name, kind)?;
            tx.prepare_cached(include_str!("../sql/insert_actor.sql"))?
                .execute(named_params! {":name": name, ":kind": kind, ":title": actor.title})?;
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

/// `name`, or when an actor of this kind already holds it, "name (article N)".
fn free_name(tx: &Transaction, name: &str, kind: &str) -> rusqlite::Result<String> {
    let mut taken = tx.prepare_cached(include_str!("../sql/actor_by_name.sql"))?;
    let mut is_taken = |n: &str| -> rusqlite::Result<bool> {
        Ok(taken.query_row(named_params! {":name": n, ":kind": kind}, |r| r.get::<_, i64>(0)).optional()?.is_some())
    };
    if !is_taken(name)? {
        return Ok(name.to_string());
    }
    let article: i64 = tx
        .prepare_cached(include_str!("../sql/current_article.sql"))?
        .query_row([], |r| r.get::<_, Option<i64>>(0))?
        .unwrap_or(0);
    let mut candidate = format!("{name} (article {article})");
    let mut n = 2;
    while is_taken(&candidate)? {
        candidate = format!("{name} (article {article}, {n})");
        n += 1;
    }
    Ok(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_surnames_and_documents_are_weak() {
        assert!(!is_strong("Trump", ActorKind::Person));
        assert!(!is_strong("bin Laden", ActorKind::Person));
        assert!(!is_strong("UN report", ActorKind::Document));
        assert!(!is_strong("Catwoman", ActorKind::Other));
    }

    #[test]
    fn full_names_and_named_bodies_are_strong() {
        assert!(is_strong("Donald Trump", ActorKind::Person));
        assert!(is_strong("Taliban", ActorKind::Organization));
        assert!(is_strong("US", ActorKind::Country));
        assert!(is_strong("Afghan government", ActorKind::Government));
    }
}
