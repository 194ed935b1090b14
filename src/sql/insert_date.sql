INSERT INTO dates (article_id, sentence_id, text, start, end, value, value_end, precision)
VALUES (:article_id, :sentence_id, :text, :start, :end, :value, :value_end, :precision)
