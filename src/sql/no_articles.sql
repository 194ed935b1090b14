-- Whether the database holds no article yet.
SELECT NOT EXISTS (SELECT 1 FROM articles)
