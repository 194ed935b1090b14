INSERT INTO articles (external_id, title, published, source, sha256, body, dateline, credits, chrome, path)
VALUES (:external_id, :title, :published, :source, :sha256, :body, :dateline, :credits, :chrome, :path)
