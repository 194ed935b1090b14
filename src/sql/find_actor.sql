-- An existing actor of the same kind known by this name (canonical or alias).
SELECT a.id FROM actors a
WHERE a.kind = :kind AND (a.name = :name COLLATE NOCASE
   OR EXISTS (SELECT 1 FROM actor_aliases x WHERE x.actor_id = a.id AND x.alias = :name COLLATE NOCASE))
ORDER BY a.id LIMIT 1
