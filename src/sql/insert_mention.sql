INSERT INTO mentions (actor_id, article_id, sentence_id, start, end, text, title)
VALUES (:actor_id, :article_id, :sentence_id, :start, :end, :text, :title)
