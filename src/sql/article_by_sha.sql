SELECT id FROM articles WHERE sha256 = :sha256
