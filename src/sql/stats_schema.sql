-- Counts per article, per actor and per pair of actors named in one
-- sentence, for the canned queries at corpus scale (counting 200,000
-- mentions per query takes longer than the 100 ms a query may). Derived
-- from the fact tables: the loader adds each article's and each batch's
-- counts (src/store/write.rs, src/store/stats.rs) and deleting an article
-- takes its counts away (trigger below), so they stay equal to what the
-- base tables give (tests/stats.rs checks it).
CREATE TABLE IF NOT EXISTS actor_stats (
    actor_id   INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
    mentions   INTEGER NOT NULL,           -- rows in mentions
    articles   INTEGER NOT NULL,           -- articles with a mention
    statements INTEGER NOT NULL            -- statements with this speaker
);

CREATE TABLE IF NOT EXISTS actor_pairs (
    a1        INTEGER NOT NULL,            -- the smaller actor id
    a2        INTEGER NOT NULL,
    sentences INTEGER NOT NULL,            -- sentences that mention both
    articles  INTEGER NOT NULL,            -- articles with such a sentence
    PRIMARY KEY (a1, a2)
) WITHOUT ROWID;

-- Rows per article in each fact table (version 3), written with the article.
CREATE TABLE IF NOT EXISTS article_stats (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    sentences  INTEGER NOT NULL,
    actors     INTEGER NOT NULL,           -- distinct actors mentioned
    mentions   INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    events     INTEGER NOT NULL,
    dates      INTEGER NOT NULL,
    figures    INTEGER NOT NULL
);

CREATE TRIGGER IF NOT EXISTS articles_stats_bd BEFORE DELETE ON articles BEGIN
    DELETE FROM article_stats WHERE article_id = old.id;
    UPDATE actor_stats
    SET mentions = actor_stats.mentions - d.mentions, articles = actor_stats.articles - d.articles,
        statements = actor_stats.statements - d.statements
    FROM (SELECT actor_id, sum(mentions) AS mentions, max(articles) AS articles, sum(statements) AS statements
          FROM (SELECT actor_id, count(*) AS mentions, 1 AS articles, 0 AS statements
                FROM mentions WHERE article_id = old.id GROUP BY actor_id
                UNION ALL
                SELECT speaker_id, 0, 0, count(*)
                FROM statements WHERE article_id = old.id AND speaker_id IS NOT NULL GROUP BY speaker_id)
          GROUP BY actor_id) AS d
    WHERE actor_stats.actor_id = d.actor_id;
    DELETE FROM actor_stats
    WHERE mentions <= 0 AND statements <= 0
      AND actor_id IN (SELECT actor_id FROM mentions WHERE article_id = old.id
                       UNION SELECT speaker_id FROM statements WHERE article_id = old.id);
    UPDATE actor_pairs
    SET sentences = actor_pairs.sentences - d.sentences, articles = actor_pairs.articles - 1
    FROM (SELECT a1, a2, count(*) AS sentences
          FROM (SELECT DISTINCT m1.sentence_id, m1.actor_id AS a1, m2.actor_id AS a2
                FROM mentions m1
                JOIN mentions m2 ON m2.sentence_id = m1.sentence_id AND m2.actor_id > m1.actor_id
                WHERE m1.article_id = old.id)
          GROUP BY a1, a2) AS d
    WHERE actor_pairs.a1 = d.a1 AND actor_pairs.a2 = d.a2;
    DELETE FROM actor_pairs
    WHERE sentences <= 0 AND a1 IN (SELECT actor_id FROM mentions WHERE article_id = old.id);
END;
