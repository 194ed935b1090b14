INSERT INTO article_stats (article_id, sentences, actors, mentions, statements, events, dates, figures)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
