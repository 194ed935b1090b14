-- A bulk load's connection settings (src/store/bulk.rs says why; the
-- previous values are restored at its end).
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -24576;
PRAGMA temp_store = MEMORY;
PRAGMA foreign_keys = OFF;
