-- `.source TABLE ID`: a fact's span (character offsets into articles.body),
-- its sentence and its article. ?1 is the table, ?2 the fact id.
WITH span(article_id, sentence_id, start, "end") AS (
    SELECT article_id, sentence_id, start, "end" FROM mentions WHERE ?1 = 'mentions' AND id = ?2
    UNION ALL SELECT article_id, sentence_id, start, "end" FROM statements WHERE ?1 = 'statements' AND id = ?2
    UNION ALL SELECT article_id, sentence_id, start, "end" FROM figures WHERE ?1 = 'figures' AND id = ?2
    UNION ALL SELECT article_id, sentence_id, start, "end" FROM dates WHERE ?1 = 'dates' AND id = ?2
    UNION ALL SELECT article_id, sentence_id, start, "end" FROM events WHERE ?1 = 'events' AND id = ?2
)
SELECT a.id, a.title, a.published, s.seq, s.start, s.text, span.start, span."end"
FROM span JOIN sentences s ON s.id = span.sentence_id JOIN articles a ON a.id = span.article_id
