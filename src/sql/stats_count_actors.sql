-- Fills the empty actor_stats from the base tables (the upgrade to schema
-- version 2; loads add their counts as they write, src/store/stats.rs).
INSERT INTO actor_stats (actor_id, mentions, articles, statements)
SELECT actor_id, sum(mentions), sum(articles), sum(statements)
FROM (SELECT actor_id, count(*) AS mentions, count(DISTINCT article_id) AS articles, 0 AS statements
      FROM mentions GROUP BY actor_id
      UNION ALL
      SELECT speaker_id, 0, 0, count(*)
      FROM statements WHERE speaker_id IS NOT NULL GROUP BY speaker_id)
GROUP BY actor_id
