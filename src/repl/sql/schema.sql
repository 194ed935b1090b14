-- The CREATE statements of `.schema [NAME]` (?1 NULL: all of them).
SELECT sql || ';' FROM sqlite_schema
WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
  AND (?1 IS NULL OR name = ?1 COLLATE NOCASE OR tbl_name = ?1 COLLATE NOCASE)
ORDER BY tbl_name <> name, type = 'trigger', rowid
