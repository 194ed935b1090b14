INSERT INTO figures (article_id, sentence_id, text, value, low, high, unit, qualifier, kind, currency, start, end)
VALUES (:article_id, :sentence_id, :text, :value, :low, :high, :unit, :qualifier, :kind, :currency, :start, :end)
