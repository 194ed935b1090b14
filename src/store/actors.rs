//! Resolving an article's actors against the actors already in the database,
//! so one real-world entity is one row across all articles.
//!
//! Only strong names link across articles: multi-word names ("Donald Trump",
//! "Afghan government"), and one-word names of countries, organisations,
//! governments, places and groups ("Taliban", "UN"). A bare surname ("Trump",
//! "Smith"), a one-word name of unknown kind, or a document ("report") never
//! links: it gets its own row, named "Smith (article 12)" when "Smith" is taken.

use rusqlite::{params, Connection, OptionalExtension, Statement};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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

/// What a writer knows of the actors table across its transactions, so
/// that an actor met in many articles is looked up and given its aliases
/// once. Every entry is something the database holds (what
/// `find_actor.sql` answers: (kind, name folded as NOCASE folds it, ASCII
/// only) -> the first actor of that kind with that alias; aliases stored;
/// actors with a title), so a miss just asks the database. Valid while no
/// other connection writes: the writer empties it when `PRAGMA
/// data_version` says one did, and after a rollback. Emptied when it grows
/// past `MAX_ENTRIES`, so memory stays flat however big the corpus.
///
/// When it starts on an empty actors table it is *complete*: it then holds
/// everything the database does (every strong alias and every name taken),
/// so a miss is an answer and needs no query. That lasts until the first
/// clear.
#[derive(Default)]
pub struct ActorCache {
    ids: HashMap<(ActorKind, String), i64>,
    aliases: HashSet<(i64, String)>,
    titled: HashSet<i64>,
    /// Every (kind, name) of the actors table; kept while `complete` only.
    names: HashSet<(ActorKind, String)>,
    complete: bool,
}

/// What the cache knows of a question the database could answer.
enum Known<T> {
    Yes(T),
    /// The database holds no such row (a complete cache only).
    No,
    /// Ask the database.
    Ask,
}

impl ActorCache {
    const MAX_ENTRIES: usize = 200_000;

    pub fn clear(&mut self) {
        self.ids.clear();
        self.aliases.clear();
        self.titled.clear();
        self.names.clear();
        self.complete = false;
    }

    /// Called at the start of a transaction: an empty cache on an empty
    /// actors table (`actors_empty`) knows everything from then on.
    pub fn start(&mut self, actors_empty: impl FnOnce() -> rusqlite::Result<bool>) -> rusqlite::Result<()> {
        if !self.complete && self.ids.is_empty() && self.aliases.is_empty() && self.titled.is_empty() {
            self.complete = actors_empty()?;
        }
        Ok(())
    }

    fn find(&self, kind: ActorKind, name: &str) -> Known<i64> {
        match self.ids.get(&(kind, name.to_ascii_lowercase())) {
            Some(&id) => Known::Yes(id),
            None if self.complete => Known::No,
            None => Known::Ask,
        }
    }

    /// Whether an actor of `kind` is named exactly `name`.
    fn taken(&self, kind: ActorKind, name: &str) -> Known<()> {
        match (self.complete, self.names.contains(&(kind, name.to_string()))) {
            (false, _) => Known::Ask,
            (true, true) => Known::Yes(()),
            (true, false) => Known::No,
        }
    }

    /// A new actor row of `kind` named `name`.
    fn created(&mut self, kind: ActorKind, name: &str) {
        if self.complete {
            self.names.insert((kind, name.to_string()));
        }
    }

    /// Records the database's answer for (kind, name).
    fn found(&mut self, kind: ActorKind, name: &str, id: i64) {
        self.ids.insert((kind, name.to_ascii_lowercase()), id);
    }

    /// `name` became an alias of actor `id`, which may be older than the
    /// actor recorded for it (the answer is the first actor).
    fn aliased(&mut self, kind: ActorKind, name: &str, id: i64) {
        let key = (kind, name.to_ascii_lowercase());
        if let Some(first) = self.ids.get_mut(&key) {
            *first = (*first).min(id);
        } else if self.complete {
            self.ids.insert(key, id);
        }
    }

    fn trim(&mut self) {
        if self.ids.len() + self.aliases.len() + self.titled.len() + self.names.len() > Self::MAX_ENTRIES {
            self.clear();
        }
    }
}

/// The statements actor resolution uses, prepared once per transaction.
pub(super) struct ActorStmts<'c> {
    find: Statement<'c>,
    by_name: Statement<'c>,
    insert: Statement<'c>,
    alias: Statement<'c>,
    fill_title: Statement<'c>,
}

impl<'c> ActorStmts<'c> {
    pub(super) fn new(conn: &'c Connection) -> rusqlite::Result<Self> {
        Ok(ActorStmts {
            find: conn.prepare(include_str!("../sql/find_actor.sql"))?,
            by_name: conn.prepare(include_str!("../sql/actor_by_name.sql"))?,
            insert: conn.prepare(include_str!("../sql/insert_actor.sql"))?,
            alias: conn.prepare(include_str!("../sql/insert_alias.sql"))?,
            fill_title: conn.prepare(include_str!("../sql/fill_actor_title.sql"))?,
        })
    }

    /// Finds the database actor for an article's actor (same kind, known by
    /// a strong name), or creates it; records every alias. Returns (id, created).
    pub(super) fn resolve(&mut self, conn: &Connection, cache: &mut ActorCache, actor: &Actor, article_id: i64) -> rusqlite::Result<(i64, bool)> {
        let kind = actor.kind.as_str();
        let mut found: Option<i64> = None;
        // The strong names asked for before one was found: none of them
        // names an actor of this kind yet, so after this call each names `id`.
        let mut asked: Vec<&str> = Vec::new();
        let names = std::iter::once(&actor.name).chain(actor.aliases.iter());
        for name in names.filter(|n| is_strong(n, actor.kind)) {
            found = match cache.find(actor.kind, name) {
                Known::Yes(id) => Some(id),
                Known::No => None,
                Known::Ask => {
                    let id = self.find.query_row(params![name, kind], |r| r.get::<_, Option<i64>>(0))?;
                    if let Some(id) = id {
                        cache.found(actor.kind, name, id);
                    }
                    id
                }
            };
            if found.is_some() {
                break;
            }
            asked.push(name);
        }
        let (id, created) = match found {
            Some(id) => {
                if actor.title.is_some() && !cache.titled.contains(&id) {
                    self.fill_title.execute(params![actor.title, id])?;
                    cache.titled.insert(id);
                }
                (id, false)
            }
            None => {
                let name = self.free_name(cache, &actor.name, actor.kind, article_id)?;
                self.insert.execute(params![name, kind, actor.title])?;
                cache.created(actor.kind, &name);
                let id = conn.last_insert_rowid();
                if actor.title.is_some() {
                    cache.titled.insert(id);
                }
                (id, true)
            }
        };
        for name in asked {
            cache.found(actor.kind, name, id);
        }
        for a in std::iter::once(&actor.name).chain(actor.aliases.iter()) {
            if cache.aliases.insert((id, a.clone())) {
                self.alias.execute(params![id, a])?;
                cache.aliased(actor.kind, a, id);
            }
        }
        cache.trim();
        Ok((id, created))
    }

    /// `name`, or when an actor of this kind already holds it, "name (article N)".
    fn free_name(&mut self, cache: &ActorCache, name: &str, kind: ActorKind, article_id: i64) -> rusqlite::Result<String> {
        let by_name = &mut self.by_name;
        let mut is_taken = |n: &str| -> rusqlite::Result<bool> {
            match cache.taken(kind, n) {
                Known::Yes(()) => Ok(true),
                Known::No => Ok(false),
                Known::Ask => Ok(by_name.query_row(params![n, kind.as_str()], |r| r.get::<_, i64>(0)).optional()?.is_some()),
            }
        };
        if !is_taken(name)? {
            return Ok(name.to_string());
        }
        let mut candidate = format!("{name} (article {article_id})");
        let mut n = 2;
        while is_taken(&candidate)? {
            candidate = format!("{name} (article {article_id}, {n})");
            n += 1;
        }
        Ok(candidate)
    }
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
