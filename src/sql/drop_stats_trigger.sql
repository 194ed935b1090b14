-- The upgrade to version 3 re-creates the delete trigger of the derived
-- counts (stats_schema.sql), which then also clears article_stats.
DROP TRIGGER IF EXISTS articles_stats_bd
