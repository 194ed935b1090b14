-- Every table and view of the main schema with its columns, for tab completion.
SELECT t.name, c.name
FROM pragma_table_list AS t LEFT JOIN pragma_table_info(t.name) AS c
WHERE t.schema = 'main' AND t.type IN ('table', 'view', 'virtual') AND t.name NOT LIKE 'sqlite_%'
ORDER BY t.name, c.cid
