-- name: actors
-- description: Actors with their kind, title, other names, and how often they are mentioned and quoted, most mentioned first
-- param: kind: Only actors of this kind (person, organization, government, country, group, place, document, other) = ''
-- param: limit: Maximum number of actors (0 for all) = 1000
-- The counts come from actor_stats (kept by the loader), so ordering the
-- corpus's actors needs no count over mentions; names and aliases are looked
-- up only for the rows kept.
WITH top AS (
    SELECT a.id,
           coalesce(s.mentions, 0) AS mentions,
           coalesce(s.statements, 0) AS statements,
           coalesce(s.articles, 0) AS articles
    FROM actors a
    LEFT JOIN actor_stats s ON s.actor_id = a.id
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
       top.articles
FROM top
JOIN actors a ON a.id = top.id
ORDER BY top.mentions DESC, top.statements DESC, a.name, a.id
