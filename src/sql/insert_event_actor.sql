INSERT OR IGNORE INTO event_actors (event_id, actor_id, role) VALUES (:event_id, :actor_id, :role)
