-- name: figures
-- description: Every figure with its value or range, unit, qualifier, kind and sentence
-- param: kind: Only figures of this kind (count, range, fraction, percent, money, duration, threshold, ordinal) = ''
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
WHERE :kind = '' OR f.kind = :kind
ORDER BY f.article_id, f.start, f.id
