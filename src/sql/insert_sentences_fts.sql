-- Indexes the sentences written after :after, once per transaction: a row
-- trigger would make FTS5 flush a segment per sentence.
INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > :after
