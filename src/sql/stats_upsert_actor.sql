-- Adds (mentions ?2, articles ?3, statements ?4) of one load batch to actor ?1.
INSERT INTO actor_stats (actor_id, mentions, articles, statements) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (actor_id) DO UPDATE SET
    mentions = actor_stats.mentions + excluded.mentions,
    articles = actor_stats.articles + excluded.articles,
    statements = actor_stats.statements + excluded.statements
