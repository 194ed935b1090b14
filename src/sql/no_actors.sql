-- Whether the actors table is empty.
SELECT NOT EXISTS (SELECT 1 FROM actors)
