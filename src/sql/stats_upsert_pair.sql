-- Adds (sentences ?3, articles ?4) of one load batch to the pair of actors ?1 < ?2.
INSERT INTO actor_pairs (a1, a2, sentences, articles) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (a1, a2) DO UPDATE SET
    sentences = actor_pairs.sentences + excluded.sentences,
    articles = actor_pairs.articles + excluded.articles
