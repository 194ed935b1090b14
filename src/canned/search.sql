-- name: search
-- description: Sentences matching a full-text search, the matches in [brackets]
-- param: words: Words to find (FTS5 syntax: several words, "a phrase", OR, NEAR(a b), prefix*)
SELECT s.article_id AS article,
       s.seq AS sentence_no,
       highlight(sentences_fts, 0, '[', ']') AS sentence
FROM sentences_fts
JOIN sentences s ON s.id = sentences_fts.rowid
WHERE sentences_fts MATCH :words
ORDER BY s.article_id, s.seq
