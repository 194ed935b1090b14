-- A new, empty database file, before its first table is written.
-- 16 KB pages instead of SQLite's 4 KB: a load then writes a quarter as
-- many pages to the write-ahead log and copies a quarter as many back at
-- each checkpoint, one system call each, and splits B-tree pages less
-- often. Writing the corpus's facts took half the kernel time (1.0 s ->
-- 0.5 s) and 10-20% less CPU time in all; the file is about the same size.
-- The page size is fixed once the first table exists.
PRAGMA page_size = 16384;
PRAGMA journal_mode = WAL;
