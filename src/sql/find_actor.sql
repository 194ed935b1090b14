-- The first existing actor of kind ?2 known by the name ?1 (canonical names
-- are aliases too); NULL when there is none. min() rather than ORDER BY ...
-- LIMIT 1, which sorts in a temporary B-tree at every look-up.
-- Uses idx_aliases_alias (alias COLLATE NOCASE).
SELECT min(a.id) FROM actor_aliases x JOIN actors a ON a.id = x.actor_id
WHERE x.alias = ?1 COLLATE NOCASE AND a.kind = ?2
