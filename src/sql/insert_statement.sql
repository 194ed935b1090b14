INSERT INTO statements (article_id, sentence_id, speaker_id, text, kind, cue, start, end, speaker_text)
VALUES (:article_id, :sentence_id, :speaker_id, :text, :kind, :cue, :start, :end, :speaker_text)
