-- While the loader builds the indexes it deferred (src/store/bulk.rs):
-- a sort bigger than its in-memory share spills to temporary files
-- (this SQLite keeps temporary data in memory by default, and would sort a
-- whole index there), and each sorting thread holds at most cache_size of
-- it (4 MB here, with one helper thread): memory stays flat however big the
-- database. The page cache the load filled is given back first, for the
-- sorts to reuse.
PRAGMA shrink_memory;
PRAGMA temp_store = FILE;
PRAGMA threads = 1;
PRAGMA cache_size = -4096;
