-- The article being written (the last one inserted in this transaction).
SELECT max(id) FROM articles
