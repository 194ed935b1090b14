-- name: mentions
-- description: Every mention of one actor (by name or any alias, case-insensitive) with its sentence
-- param: actor: Name or alias of the actor (case-insensitive)
WITH who AS (
    SELECT id FROM actors WHERE name = :actor COLLATE NOCASE
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias = :actor COLLATE NOCASE
)
SELECT a.name AS actor,
       m.text AS mention,
       m.start,
       m.title,
       m.article_id AS article,
       s.seq AS sentence_no,
       s.text AS sentence
FROM mentions m
JOIN actors a ON a.id = m.actor_id
JOIN sentences s ON s.id = m.sentence_id
WHERE m.actor_id IN who
ORDER BY m.article_id, m.start, m.id
