-- The names of the indexes declared in the schema (not the automatic ones).
SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
