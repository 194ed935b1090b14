-- name: article-summary
-- description: One row per article: its title and date and how many rows it has in each table
-- The counts come from article_stats (written with each article) when its
-- totals agree with the fact tables (a cheap check); after hand edits of
-- those they are counted from the tables, article by article.
WITH fresh AS (
    SELECT (SELECT count(*) FROM article_stats) = (SELECT count(*) FROM articles)
       AND t.sentences = (SELECT count(*) FROM sentences)
       AND t.mentions = (SELECT count(*) FROM mentions)
       AND t.statements = (SELECT count(*) FROM statements)
       AND t.events = (SELECT count(*) FROM events)
       AND t.dates = (SELECT count(*) FROM dates)
       AND t.figures = (SELECT count(*) FROM figures) AS ok
    FROM (SELECT coalesce(sum(sentences), 0) AS sentences, coalesce(sum(mentions), 0) AS mentions,
                 coalesce(sum(statements), 0) AS statements, coalesce(sum(events), 0) AS events,
                 coalesce(sum(dates), 0) AS dates, coalesce(sum(figures), 0) AS figures
          FROM article_stats) AS t
)
SELECT ar.id, ar.title, ar.published, ar.source,
       s.sentences, s.actors, s.mentions, s.statements, s.events, s.dates, s.figures
FROM articles ar
JOIN article_stats s ON s.article_id = ar.id
WHERE (SELECT ok FROM fresh)
UNION ALL
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
WHERE NOT (SELECT ok FROM fresh)
ORDER BY 1
