SELECT name FROM sqlite_schema
WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentences_fts%'
ORDER BY name
