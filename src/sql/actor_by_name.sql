-- The actor row holding this exact (name, kind), which actors' UNIQUE constraint allows once.
SELECT id FROM actors WHERE name = :name AND kind = :kind
