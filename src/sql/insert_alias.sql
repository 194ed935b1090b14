INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?1, ?2)
