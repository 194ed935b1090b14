UPDATE actors SET title = :title WHERE id = :id AND title IS NULL
