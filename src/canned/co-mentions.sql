-- name: co-mentions
-- description: Pairs of actors named in the same sentences, most frequent first
-- param: actor: Only pairs with this actor (name or alias, case-insensitive) = ''
-- param: limit: Maximum number of pairs = 100
-- Without an actor, the pair counts kept by the loader in actor_pairs, when
-- the mention total agrees with actor_stats (a cheap check; after hand edits
-- of mentions, every sentence is paired instead); with one, that actor's
-- sentences, looked up through idx_mentions_actor_article.
WITH who AS (
    SELECT id FROM actors WHERE name = :actor COLLATE NOCASE
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias = :actor COLLATE NOCASE
),
fresh AS (
    SELECT (SELECT coalesce(sum(mentions), 0) FROM actor_stats) = (SELECT count(*) FROM mentions) AS ok
),
pairs AS (
    SELECT DISTINCT m1.sentence_id, m1.article_id, m1.actor_id AS a1, m2.actor_id AS a2
    FROM mentions m1
    JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id
    WHERE :actor = '' AND NOT (SELECT ok FROM fresh)
    UNION ALL
    SELECT DISTINCT m1.sentence_id, m1.article_id, min(m1.actor_id, m2.actor_id), max(m1.actor_id, m2.actor_id)
    FROM who
    JOIN mentions m1 ON m1.actor_id = who.id
    JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id <> m1.actor_id
    WHERE :actor <> ''
),
counted AS MATERIALIZED (
    SELECT a1, a2, count(*) AS sentences, count(DISTINCT article_id) AS articles
    FROM pairs
    GROUP BY a1, a2
),
-- The pairs that can make the list: as frequent as the last one kept, so
-- that names are looked up for those only.
kept AS (
    SELECT a1, a2, sentences, articles FROM actor_pairs
    WHERE :actor = '' AND (SELECT ok FROM fresh)
      AND sentences >= coalesce((SELECT sentences FROM actor_pairs ORDER BY sentences DESC
                                 LIMIT 1 OFFSET max(CAST(:limit AS INTEGER), 1) - 1), 0)
    UNION ALL
    SELECT * FROM counted
    WHERE sentences >= coalesce((SELECT sentences FROM counted ORDER BY sentences DESC
                                 LIMIT 1 OFFSET max(CAST(:limit AS INTEGER), 1) - 1), 0)
)
SELECT min(x.name, y.name) AS actor1,
       max(x.name, y.name) AS actor2,
       p.sentences,
       p.articles
FROM kept p
JOIN actors x ON x.id = p.a1
JOIN actors y ON y.id = p.a2
ORDER BY p.sentences DESC, actor1, actor2
LIMIT CAST(:limit AS INTEGER)
