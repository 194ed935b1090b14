-- Adds the counts of the sentences written after sentence ?1 (one load
-- batch, in its transaction) to actor_stats. The unary + keeps SQLite from
-- scanning a whole index in actor order to save a sort; WHERE true: an upsert
-- after a SELECT needs a WHERE to parse.
INSERT INTO actor_stats (actor_id, mentions, articles, statements)
SELECT actor_id, sum(mentions), sum(articles), sum(statements)
FROM (SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles, 0 AS statements
      FROM mentions WHERE sentence_id > ?1 GROUP BY +actor_id
      UNION ALL
      SELECT speaker_id, 0, 0, count(*)
      FROM statements WHERE sentence_id > ?1 AND +speaker_id IS NOT NULL GROUP BY +speaker_id)
WHERE true
GROUP BY actor_id
ON CONFLICT (actor_id) DO UPDATE SET
    mentions = actor_stats.mentions + excluded.mentions,
    articles = actor_stats.articles + excluded.articles,
    statements = actor_stats.statements + excluded.statements
