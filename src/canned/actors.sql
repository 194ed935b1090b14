-- name: actors
-- description: Every actor with its kind, title, other names, and how often it is mentioned and quoted
-- param: kind: Only actors of this kind (person, organization, government, country, group, place, document, other) = ''
SELECT a.id,
       a.name,
       a.kind,
       a.title,
       (SELECT group_concat(alias, '; ')
          FROM (SELECT alias FROM actor_aliases WHERE actor_id = a.id AND alias <> a.name ORDER BY alias)) AS aliases,
       (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,
       (SELECT count(*) FROM statements st WHERE st.speaker_id = a.id) AS statements,
       (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = a.id) AS articles
FROM actors a
WHERE :kind = '' OR a.kind = :kind
ORDER BY mentions DESC, statements DESC, a.name, a.id
