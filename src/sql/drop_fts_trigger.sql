-- A load's transaction writes sentences without the indexing trigger
-- (schema.sql creates it again before the transaction commits).
DROP TRIGGER IF EXISTS sentences_fts_ai
