-- Fills the empty actor_pairs from the base tables (the upgrade to schema
-- version 2; loads add their counts as they write, src/store/stats.rs).
INSERT INTO actor_pairs (a1, a2, sentences, articles)
SELECT a1, a2, count(*), count(DISTINCT article_id)
FROM (SELECT DISTINCT m1.sentence_id, m1.article_id, m1.actor_id AS a1, m2.actor_id AS a2
      FROM mentions m1
      JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id)
GROUP BY a1, a2
