SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors), (SELECT count(*) FROM statements),
       (SELECT count(*) FROM events), (SELECT count(*) FROM figures), (SELECT count(*) FROM dates),
       (SELECT count(*) FROM mentions), (SELECT count(*) FROM sentences)
