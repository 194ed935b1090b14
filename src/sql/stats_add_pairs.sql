-- Adds the pairs of actors named in one sentence of the sentences
-- written after sentence ?1 (one load batch, in its transaction) to actor_pairs.
INSERT INTO actor_pairs (a1, a2, sentences, articles)
SELECT a1, a2, count(*), count(DISTINCT article_id)
FROM (SELECT DISTINCT m1.sentence_id, m1.article_id, m1.actor_id AS a1, m2.actor_id AS a2
      FROM mentions m1
      JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id
      WHERE m1.sentence_id > ?1)
WHERE true
GROUP BY a1, a2
ON CONFLICT (a1, a2) DO UPDATE SET
    sentences = actor_pairs.sentences + excluded.sentences,
    articles = actor_pairs.articles + excluded.articles
