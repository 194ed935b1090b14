-- name: figures-about
-- description: Figures whose unit or sentence contains a word or phrase (case-insensitive), unit matches first
-- param: term: Word or phrase to look for, e.g. troops
SELECT f.id,
       f.article_id AS article,
       f.text,
       f.value,
       f.low,
       f.high,
       f.unit,
       f.qualifier,
       f.kind,
       s.text AS sentence
FROM figures f
JOIN sentences s ON s.id = f.sentence_id
WHERE instr(lower(coalesce(f.unit, '')), lower(:term)) > 0
   OR instr(lower(s.text), lower(:term)) > 0
ORDER BY instr(lower(coalesce(f.unit, '')), lower(:term)) = 0, f.article_id, f.start, f.id
