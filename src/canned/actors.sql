-- name: actors
-- description: Actors with their kind, title, other names, and how often they are mentioned and quoted, most mentioned first
-- param: kind: Only actors of this kind (person, organization, government, country, group, place, document, other) = ''
-- param: limit: Maximum number of actors (0 for all) = 1000
-- The counts that order the rows come from covering indexes
-- (idx_mentions_actor_article, idx_statements_speaker); names, aliases and the
-- distinct-article count are looked up only for the rows kept.
WITH top AS (
    SELECT a.id,
           (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
           (SELECT count(*) FROM statements st WHERE st.speaker_id = a.id) AS statements
    FROM actors a
    WHERE :kind = '' OR a.kind = :kind
    ORDER BY mentions DESC, statements DESC, a.name, a.id
    LIMIT CASE WHEN CAST(:limit AS INTEGER) > 0 THEN CAST(:limit AS INTEGER) ELSE -1 END
)
SELECT a.id,
       a.name,
       a.kind,
       a.title,
       (SELECT group_concat(alias, '; ')
          FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id AND alias <> a.name ORDER BY alias)) AS aliases,
       top.mentions,
       top.statements,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = a.id) AS articles
FROM top
JOIN actors a ON a.id = top.id
ORDER BY top.mentions DESC, top.statements DESC, a.name, a.id
