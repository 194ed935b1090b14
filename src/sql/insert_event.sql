INSERT INTO events (article_id, sentence_id, kind, cameo, trigger, start, end, date_id, date_start,
                    date_end, date_text, location_id, modality)
VALUES (:article_id, :sentence_id, :kind, :cameo, :trigger, :start, :end, :date_id, :date_start,
        :date_end, :date_text, :location_id, :modality)
