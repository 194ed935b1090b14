-- name: co-mentions
-- description: Pairs of actors named in the same sentences, most frequent first
-- param: actor: Only pairs with this actor (name or alias, case-insensitive) = ''
-- param: limit: Maximum number of pairs = 100
WITH who AS (
    SELECT id FROM actors WHERE name = :actor COLLATE NOCASE
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias = :actor COLLATE NOCASE
),
pairs AS (
    SELECT DISTINCT m1.sentence_id, m1.article_id, m1.actor_id AS a1, m2.actor_id AS a2
    FROM mentions m1
    JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id
)
SELECT min(x.name, y.name) AS actor1,
       max(x.name, y.name) AS actor2,
       count(*) AS sentences,
       count(DISTINCT p.article_id) AS articles
FROM pairs p
JOIN actors x ON x.id = p.a1
JOIN actors y ON y.id = p.a2
WHERE :actor = '' OR p.a1 IN who OR p.a2 IN who
GROUP BY p.a1, p.a2
ORDER BY sentences DESC, actor1, actor2
LIMIT CAST(:limit AS INTEGER)
