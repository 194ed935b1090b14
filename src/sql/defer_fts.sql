-- Inside a load's transaction: sentences are indexed in bulk before commit.
UPDATE sentences_fts_state SET deferred = :deferred WHERE id = 1
