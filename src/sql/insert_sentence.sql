INSERT INTO sentences (article_id, paragraph, seq, start, end, text)
VALUES (:article_id, :paragraph, :seq, :start, :end, :text)
