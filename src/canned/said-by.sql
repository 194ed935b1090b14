-- name: said-by
-- description: What one actor said, the actor matched by its name or any alias (case-insensitive)
-- param: actor: Name or alias of the speaker (case-insensitive)
WITH who AS (
    SELECT id FROM actors WHERE name = :actor COLLATE NOCASE
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias = :actor COLLATE NOCASE
)
SELECT st.article_id AS article,
       a.name AS speaker,
       st.speaker_text AS called,
       st.kind,
       st.cue,
       st.text AS statement
FROM statements st
JOIN actors a ON a.id = st.speaker_id
WHERE st.speaker_id IN who
ORDER BY st.article_id, st.start, st.id
