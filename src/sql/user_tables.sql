-- The tables of facts: not SQLite's, not the full-text index's, not the
-- derived counts (article_stats, actor_stats, actor_pairs; still exportable
-- by name).
SELECT name FROM sqlite_schema
WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sentences_fts%'
  AND name NOT IN ('article_stats', 'actor_stats', 'actor_pairs')
ORDER BY name
