-- Version 2's search trigger read this table; version 3's does not.
DROP TABLE IF EXISTS sentences_fts_state
