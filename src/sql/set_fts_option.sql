-- Sets sentences_fts option ?1 to ?2 (FTS5's special insert; it is stored
-- in the database, so other connections see it too).
INSERT INTO sentences_fts (sentences_fts, rank) VALUES (?1, ?2)
