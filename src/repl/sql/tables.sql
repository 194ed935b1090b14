-- The tables and views of `.tables` (no SQLite internals or full-text shadow tables).
SELECT name FROM pragma_table_list
WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite_%'
ORDER BY name
