INSERT INTO actors (name, kind, title) VALUES (:name, :kind, :title)
