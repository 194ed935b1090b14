-- Fills the empty article_stats from the fact tables (the upgrade to schema
-- version 3; loads write each article's row as they write it).
INSERT INTO article_stats (article_id, sentences, actors, mentions, statements, events, dates, figures)
SELECT ar.id,
       (SELECT count(*) FROM sentences x WHERE x.article_id = ar.id),
       (SELECT count(DISTINCT x.actor_id) FROM mentions x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM mentions x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM statements x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM events x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM dates x WHERE x.article_id = ar.id),
       (SELECT count(*) FROM figures x WHERE x.article_id = ar.id)
FROM articles ar
