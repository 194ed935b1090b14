-- name: who-said-what
-- description: Every statement with its speaker (NULL when none was found), kind and speech verb, in text order
SELECT st.article_id AS article,
       a.name AS speaker,
       st.speaker_text AS called,
       st.kind,
       st.cue,
       st.text AS statement
FROM statements st
LEFT JOIN actors a ON a.id = st.speaker_id
ORDER BY st.article_id, st.start, st.id
