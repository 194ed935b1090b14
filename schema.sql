-- dossier database schema (embedded in the binary with include_str!).
-- Offsets: every `start`/`end` column is a CHARACTER offset (Unicode code
-- points, end exclusive) into `articles.body`, so substr(body, start + 1,
-- end - start) in SQLite or body[start:end] in Python gives the span.
-- Closed vocabularies are enforced with CHECK constraints, written as OR
-- chains: SQLite checks `x IN (more than two constants)` by building a
-- temporary table at every row, which made each insert several times dearer.
-- PRAGMA user_version carries the schema version; PRAGMA application_id
-- marks the file as a dossier database (set by the loader, not here).

CREATE TABLE IF NOT EXISTS articles (
    id          INTEGER PRIMARY KEY,
    external_id TEXT,                       -- id from a JSON Lines corpus
    title       TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source      TEXT,
    sha256      TEXT NOT NULL UNIQUE,       -- of the raw input bytes
    body        TEXT NOT NULL,              -- cleaned text that all offsets point into
    dateline    TEXT,                       -- "Washington CNN —"
    credits     TEXT,                       -- "CNN's Barbara Starr contributed to this report."
    chrome      TEXT,                       -- captions, video timestamps, other page furniture (one per line)
    path        TEXT,                       -- the file it was loaded from ('-' for stdin)
    loaded_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE IF NOT EXISTS sentences (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph  INTEGER NOT NULL,           -- 0-based paragraph number in the body
    seq        INTEGER NOT NULL,           -- 0-based sentence number in the article
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL CHECK (end >= start),
    text       TEXT NOT NULL,
    UNIQUE (article_id, seq)
);

CREATE TABLE IF NOT EXISTS actors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,                   -- canonical name: "Zalmay Khalilzad"
    kind  TEXT NOT NULL
        CONSTRAINT actor_kind CHECK (kind = 'person' OR kind = 'organization' OR kind = 'government' OR
                                     kind = 'country' OR kind = 'group' OR kind = 'place' OR
                                     kind = 'document' OR kind = 'other'),
    title TEXT,                            -- "Secretary of State", "US special representative ..."
    UNIQUE (name, kind)
);

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL CHECK (end >= start),
    text        TEXT NOT NULL,
    title       TEXT                       -- a title or role given at this mention ("Lt. Cmdr.")
);

CREATE TABLE IF NOT EXISTS statements (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_id  INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    text        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    cue         TEXT,                      -- "said", "told reporters", "according to"
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL CHECK (end >= start),
    speaker_text TEXT                      -- how the speaker is referred to here ("he", "the report")
);

CREATE TABLE IF NOT EXISTS dates (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL CHECK (end >= start),
    value       TEXT,                      -- ISO prefix at `precision`, or the first day of a period
    value_end   TEXT,                      -- last day of a period that is not a whole month or year
    precision   TEXT
        CONSTRAINT date_precision CHECK (precision IS NULL OR precision = 'day' OR
                                         precision = 'week' OR precision = 'month' OR
                                         precision = 'season' OR precision = 'quarter' OR
                                         precision = 'year')
);

CREATE TABLE IF NOT EXISTS events (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,             -- see src/extract/data/event_triggers.tsv
    cameo       TEXT,                      -- CAMEO root code ("03", "19", ...)
    trigger     TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL CHECK (end >= start),
    date_id     INTEGER REFERENCES dates(id) ON DELETE SET NULL,
    date_start  TEXT,
    date_end    TEXT,
    date_text   TEXT,
    location_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    modality    TEXT NOT NULL DEFAULT 'asserted'
        CONSTRAINT event_modality CHECK (modality = 'asserted' OR modality = 'negated' OR
                                         modality = 'hypothetical' OR modality = 'planned')
);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role     TEXT NOT NULL
        CONSTRAINT event_role CHECK (role = 'agent' OR role = 'patient' OR role = 'recipient' OR
                                     role = 'location' OR role = 'participant'),
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;

-- Money is in units of its currency: "$1.13bn" is 1130000000 dollars (USD),
-- "53p" and "53 pence" are 0.53 pounds (GBP), "17 cents" 0.17 dollars.
CREATE TABLE IF NOT EXISTS figures (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,             -- surface: "some 400 to 600"
    value       REAL,
    low         REAL,
    high        REAL CHECK (low IS NULL OR high IS NULL OR low <= high),
    unit        TEXT,
    qualifier   TEXT
        CONSTRAINT figure_qualifier CHECK (qualifier IS NULL OR qualifier = 'approximately' OR
                                           qualifier = 'nearly' OR qualifier = 'at_least' OR
                                           qualifier = 'more_than' OR qualifier = 'at_most' OR
                                           qualifier = 'less_than'),
    kind        TEXT NOT NULL
        CONSTRAINT figure_kind CHECK (kind = 'count' OR kind = 'range' OR kind = 'fraction' OR
                                      kind = 'percent' OR kind = 'money' OR kind = 'duration' OR
                                      kind = 'threshold' OR kind = 'ordinal'),
    currency    TEXT,                      -- ISO 4217 code for money ("USD", "GBP")
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL CHECK (end >= start)
);

-- sentences(article_id, seq) is indexed by its UNIQUE constraint. Lookups of
-- mentions by sentence or article and of figures by article use the composite
-- indexes below (their first column), so no single-column copies: each index
-- costs a B-tree insert per row during a load.
CREATE INDEX IF NOT EXISTS idx_aliases_alias ON actor_aliases(alias COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_statements_speaker ON statements(speaker_id);
CREATE INDEX IF NOT EXISTS idx_statements_sentence ON statements(sentence_id);
CREATE INDEX IF NOT EXISTS idx_dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS idx_dates_sentence ON dates(sentence_id);
CREATE INDEX IF NOT EXISTS idx_events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS idx_events_sentence ON events(sentence_id);
CREATE INDEX IF NOT EXISTS idx_events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS idx_event_actors_actor ON event_actors(actor_id);
CREATE INDEX IF NOT EXISTS idx_figures_sentence ON figures(sentence_id);
-- For the canned queries at corpus scale (src/canned/*.sql; their plans are
-- checked in src/canned.rs): covering indexes for per-actor and per-article
-- counts and sentence pairs, and indexes in the queries' row order.
CREATE INDEX IF NOT EXISTS idx_mentions_actor_article ON mentions(actor_id, article_id, sentence_id);
CREATE INDEX IF NOT EXISTS idx_mentions_article_actor ON mentions(article_id, actor_id);
CREATE INDEX IF NOT EXISTS idx_mentions_sentence_actor ON mentions(sentence_id, actor_id, article_id);
CREATE INDEX IF NOT EXISTS idx_statements_article_start ON statements(article_id, start);
CREATE INDEX IF NOT EXISTS idx_figures_article_start ON figures(article_id, start);
CREATE INDEX IF NOT EXISTS idx_events_timeline ON events(date_start IS NULL, date_start, date_end, article_id, sentence_id);

-- Full-text search over sentences: SELECT * FROM sentences_fts WHERE sentences_fts MATCH 'ceasefire'.
-- columnsize=0: no table of per-sentence token counts, which only bm25
-- ranking reads (it then counts the tokens of the sentences it ranks);
-- writing it was an eighth of the cost of indexing a load's sentences.
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', columnsize=0, tokenize='unicode61 remove_diacritics 2'
);
-- Every insert into sentences is indexed by this trigger, except a load's:
-- its transaction drops the trigger, indexes all its sentences in one
-- statement (src/sql/insert_sentences_fts.sql; a trigger costs more than the
-- insert itself, and makes FTS5 flush a segment per sentence) and creates
-- the trigger again before it commits, so no other connection sees it gone.
CREATE TRIGGER IF NOT EXISTS sentences_fts_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_fts_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- Views with names joined in, for ad hoc SQL.
CREATE VIEW IF NOT EXISTS v_mentions AS
SELECT m.id, m.article_id, a.name AS actor, a.kind AS actor_kind, m.text, m.title,
       m.start, m.end, s.text AS sentence, m.actor_id, m.sentence_id
FROM mentions m JOIN actors a ON a.id = m.actor_id JOIN sentences s ON s.id = m.sentence_id;

CREATE VIEW IF NOT EXISTS v_statements AS
SELECT st.id, st.article_id, ar.title AS article, a.name AS speaker, a.kind AS speaker_kind,
       st.speaker_text, st.kind, st.cue, st.text, s.text AS sentence, st.speaker_id, st.sentence_id
FROM statements st JOIN sentences s ON s.id = st.sentence_id
JOIN articles ar ON ar.id = st.article_id
LEFT JOIN actors a ON a.id = st.speaker_id;

CREATE VIEW IF NOT EXISTS v_figures AS
SELECT f.id, f.article_id, f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.kind,
       f.currency, s.text AS sentence, f.sentence_id
FROM figures f JOIN sentences s ON s.id = f.sentence_id;

CREATE VIEW IF NOT EXISTS v_timeline AS
SELECT e.id, e.article_id, e.date_start, e.date_end, e.date_text, e.kind, e.cameo, e.trigger,
       e.modality, loc.name AS location,
       (SELECT group_concat(a.name || ' (' || ea.role || ')', '; ')
          FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id = e.id) AS participants,
       s.text AS sentence, e.sentence_id
FROM events e JOIN sentences s ON s.id = e.sentence_id
LEFT JOIN actors loc ON loc.id = e.location_id
ORDER BY e.date_start IS NULL, e.date_start, e.article_id, s.seq;

CREATE VIEW IF NOT EXISTS v_dates AS
SELECT d.id, d.article_id, d.text, d.value, d.value_end, d.precision, s.text AS sentence, d.sentence_id
FROM dates d JOIN sentences s ON s.id = d.sentence_id;
