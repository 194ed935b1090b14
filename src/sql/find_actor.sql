-- An existing actor of the same kind known by this name (canonical names are aliases too).
-- Uses idx_aliases_alias (alias COLLATE NOCASE).
SELECT a.id FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
WHERE x.alias = :name COLLATE NOCASE AND a.kind = :kind
ORDER BY a.id LIMIT 1
