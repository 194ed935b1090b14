-- The value of a sentences_fts option ?1 ('automerge', 'hashsize'), when it
-- was ever set (FTS5 keeps set options in its config table).
SELECT v FROM sentences_fts_config WHERE k = ?1
