-- The actor row holding this exact (name ?1, kind ?2), which actors' UNIQUE constraint allows once.
SELECT id FROM actors WHERE name = ?1 AND kind = ?2
