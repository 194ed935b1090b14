UPDATE actors SET title = ?1 WHERE id = ?2 AND title IS NULL
