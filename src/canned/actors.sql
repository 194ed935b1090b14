-- name: actors
-- description: Actors with their kind, title, other names, and how often they are mentioned and quoted, most mentioned first
-- param: kind: Only actors of this kind (person, organization, government, country, group, place, document, other) = ''
-- param: limit: Maximum number of actors (0 for all) = 1000
-- The counts come from actor_stats (kept by the loader), so ordering the
-- corpus's actors needs no count over mentions, when its totals agree with
-- the base tables (a cheap check); after hand edits of mentions or
-- statements they are counted from those. Names and aliases are looked up
-- only for the rows kept.
WITH fresh AS (
    SELECT (SELECT coalesce(sum(mentions), 0) FROM actor_stats) = (SELECT count(*) FROM mentions)
       AND (SELECT coalesce(sum(statements), 0) FROM actor_stats) = (SELECT count(speaker_id) FROM statements) AS ok
),
top AS (
    SELECT a.id, a.name,
           coalesce(s.mentions, 0) AS mentions,
           coalesce(s.statements, 0) AS statements,
           coalesce(s.articles, 0) AS articles
    FROM actors a
    LEFT JOIN actor_stats s ON s.actor_id = a.id
    WHERE (SELECT ok FROM fresh) AND (:kind = '' OR a.kind = :kind)
    UNION ALL
    SELECT a.id, a.name,
           (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id),
           (SELECT count(*) FROM statements st WHERE st.speaker_id = a.id),
           (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = a.id)
    FROM actors a
    WHERE NOT (SELECT ok FROM fresh) AND (:kind = '' OR a.kind = :kind)
    ORDER BY mentions DESC, statements DESC, name, id
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
       top.articles
FROM top
JOIN actors a ON a.id = top.id
ORDER BY top.mentions DESC, top.statements DESC, a.name, a.id
