-- name: about
-- description: Statements that mention an actor, grouped by speaker: what each side said about it
-- param: actor: Name or alias of the actor talked about (case-insensitive)
WITH who AS (
    SELECT id FROM actors WHERE name = :actor COLLATE NOCASE
    UNION
    SELECT actor_id FROM actor_aliases WHERE alias = :actor COLLATE NOCASE
),
hits AS (
    SELECT DISTINCT st.id
    FROM statements st
    JOIN mentions m ON m.article_id = st.article_id AND m.start >= st.start AND m.end <= st.end
    WHERE m.actor_id IN who
)
SELECT a.name AS speaker,
       count(*) OVER (PARTITION BY st.speaker_id) AS statements,
       st.article_id AS article,
       st.kind,
       st.text AS statement
FROM statements st
LEFT JOIN actors a ON a.id = st.speaker_id
WHERE st.id IN hits
ORDER BY statements DESC, a.name IS NULL, a.name, st.article_id, st.start
