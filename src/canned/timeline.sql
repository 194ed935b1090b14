-- name: timeline
-- description: Events in date order (undated ones last) with their participants and place
SELECT date_start AS date,
       date_end,
       date_text,
       kind,
       trigger,
       modality,
       participants,
       location,
       article_id AS article,
       sentence
FROM v_timeline
ORDER BY date_start IS NULL, date_start, date_end, article_id, sentence_id, id
