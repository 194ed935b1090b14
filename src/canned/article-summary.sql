-- name: article-summary
-- description: One row per article: its title and date and how many rows it has in each table
SELECT ar.id,
       ar.title,
       ar.published,
       ar.source,
       (SELECT count(*) FROM sentences x WHERE x.article_id = ar.id) AS sentences,
       (SELECT count(DISTINCT x.actor_id) FROM mentions x WHERE x.article_id = ar.id) AS actors,
       (SELECT count(*) FROM mentions x WHERE x.article_id = ar.id) AS mentions,
       (SELECT count(*) FROM statements x WHERE x.article_id = ar.id) AS statements,
       (SELECT count(*) FROM events x WHERE x.article_id = ar.id) AS events,
       (SELECT count(*) FROM dates x WHERE x.article_id = ar.id) AS dates,
       (SELECT count(*) FROM figures x WHERE x.article_id = ar.id) AS figures
FROM articles ar
ORDER BY ar.id
