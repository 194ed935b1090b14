INSERT INTO actors (name, kind, title) VALUES (?1, ?2, ?3)
