INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (:actor_id, :alias)
