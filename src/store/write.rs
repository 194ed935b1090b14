//! Writing articles' facts: each article all-or-nothing, many articles per
//! transaction for bulk loads, actors resolved against the
//! actors already in the database.

use std::cell::Cell;

use rusqlite::{params, Connection, OptionalExtension, Statement, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

use super::actors::ActorCache;
use super::stats::BatchStats;
use crate::extract::Facts;

/// What one article added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    pub article_id: Option<i64>,
    pub sentences: usize,
    pub actors: usize,
    pub mentions: usize,
    pub statements: usize,
    pub dates: usize,
    pub events: usize,
    pub figures: usize,
}

impl Written {
    /// Adds another article's counts to these totals.
    pub fn add(&mut self, w: &Written) {
        self.sentences += w.sentences;
        self.actors += w.actors;
        self.mentions += w.mentions;
        self.statements += w.statements;
        self.dates += w.dates;
        self.events += w.events;
        self.figures += w.figures;
    }
}

/// Hex sha256 of the raw input bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest.iter() {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

/// One article to write: its facts, the sha256 of its raw bytes, where it came from.
pub struct ArticleRef<'a> {
    pub facts: &'a Facts,
    pub sha256: &'a str,
    pub path: Option<&'a str>,
}

/// Why a batch stopped: the article that failed and the SQLite error.
#[derive(Debug, thiserror::Error)]
#[error("{origin}: {source}")]
pub struct WriteError {
    pub origin: String,
    #[source]
    pub source: anyhow::Error,
}

/// Checks that every span of `facts` lies inside the body on character
/// boundaries and every cross reference points at an existing item, so that
/// writing cannot fail half-way or store a span that is not text.
pub fn check_facts(f: &Facts) -> Result<(), String> {
    let body = f.article.body.as_str();
    let span = |what: &str, i: usize, s: usize, e: usize| -> Result<(), String> {
        if s <= e && e <= body.len() && body.is_char_boundary(s) && body.is_char_boundary(e) {
            Ok(())
        } else {
            Err(format!("{what} {i}: span {s}..{e} is not text of the {}-byte body", body.len()))
        }
    };
    let sentence = |what: &str, i: usize, s: usize| -> Result<(), String> {
        if s < f.sentences.len() { Ok(()) } else { Err(format!("{what} {i}: no sentence {s}")) }
    };
    let actor = |what: &str, i: usize, a: usize| -> Result<(), String> {
        if a < f.cast.actors.len() { Ok(()) } else { Err(format!("{what} {i}: no actor {a}")) }
    };
    for (i, s) in f.sentences.iter().enumerate() {
        span("sentence", i, s.start, s.end)?;
    }
    for (i, m) in f.cast.mentions.iter().enumerate() {
        span("mention", i, m.start, m.end)?;
        sentence("mention", i, m.sentence)?;
        actor("mention", i, m.actor)?;
    }
    for (i, s) in f.statements.iter().enumerate() {
        span("statement", i, s.start, s.end)?;
        sentence("statement", i, s.sentence)?;
        if let Some(a) = s.speaker {
            actor("statement", i, a)?;
        }
    }
    for (i, d) in f.dates.iter().enumerate() {
        span("date", i, d.start, d.end)?;
        sentence("date", i, d.sentence)?;
    }
    for (i, e) in f.events.iter().enumerate() {
        span("event", i, e.start, e.end)?;
        sentence("event", i, e.sentence)?;
        if let Some(l) = e.location {
            actor("event", i, l)?;
        }
        if e.date.is_some_and(|d| d >= f.dates.len()) {
            return Err(format!("event {i}: no date {:?}", e.date));
        }
        for &(a, _) in &e.participants {
            actor("event", i, a)?;
        }
    }
    for (i, g) in f.figures.iter().enumerate() {
        span("figure", i, g.start, g.end)?;
        sentence("figure", i, g.sentence)?;
    }
    Ok(())
}

/// Byte offset -> character offset in one text. Lookups are mostly in
/// increasing order, so a cursor makes a whole table's conversions linear
/// in the text's length (a fresh count per lookup would be quadratic).
struct CharOffsets<'a> {
    text: &'a str,
    ascii: bool,
    /// (byte, char) of the last lookup.
    cursor: Cell<(usize, usize)>,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets { text, ascii: text.is_ascii(), cursor: Cell::new((0, 0)) }
    }

    /// `byte` must be a char boundary of the text (checked by `check_facts`).
    fn get(&self, byte: usize) -> i64 {
        let byte = byte.min(self.text.len());
        if self.ascii {
            return byte as i64;
        }
        let (b0, c0) = self.cursor.get();
        let chars = if byte >= b0 {
            c0 + self.text.get(b0..byte).map_or(0, |s| s.chars().count())
        } else if byte >= b0 / 2 {
            c0 - self.text.get(byte..b0).map_or(0, |s| s.chars().count())
        } else {
            self.text.get(..byte).map_or(0, |s| s.chars().count())
        };
        self.cursor.set((byte, chars));
        chars as i64
    }
}

/// Writes one article in its own transaction. Returns `article_id: None`
/// when its bytes (by sha256) were loaded before.
pub fn write_facts(conn: &mut Connection, facts: &Facts, sha256: &str, path: Option<&str>) -> anyhow::Result<Written> {
    let (mut written, err) = Writer::default().write_batch(conn, &[ArticleRef { facts, sha256, path }], |_| String::new());
    match err {
        Some(e) => Err(e.source),
        None => Ok(written.pop().unwrap_or_default()),
    }
}

/// Writes batches of articles to one connection, keeping what it learnt of
/// the actors table from one batch to the next.
#[derive(Default)]
pub struct Writer {
    actors: ActorCache,
    /// `PRAGMA data_version` when this writer last committed: another value
    /// means another connection wrote in between, and the cache is stale.
    data_version: Option<i64>,
}

impl Writer {
    /// Writes a batch of articles in one transaction, each all-or-nothing: when
    /// article `k` fails, the transaction is rolled back and articles `0..k` are
    /// written again in a new one, so the articles before it are committed and
    /// nothing of it is; the error names it (`origin` of its index). Returns what
    /// each article before the failure wrote.
    ///
    /// (A savepoint per article would be simpler, but FTS5 flushes its index at
    /// every savepoint, which makes a bulk load several times slower.)
    pub fn write_batch(
        &mut self,
        conn: &mut Connection,
        batch: &[ArticleRef],
        origin: impl Fn(usize) -> String,
    ) -> (Vec<Written>, Option<WriteError>) {
        let fail = |i: usize, e: anyhow::Error| WriteError { origin: origin(i), source: e };
        match self.write_all_or_none(conn, batch) {
            Ok(done) => (done, None),
            Err((k, e)) if k > 0 => match self.write_all_or_none(conn, &batch[..k]) {
                Ok(done) => (done, Some(fail(k, e))),
                Err((j, e2)) => (Vec::new(), Some(fail(j, e2))),
            },
            Err((k, e)) => (Vec::new(), Some(fail(k, e))),
        }
    }

    /// Writes every article of `batch` in one transaction, or none of them:
    /// on failure, the index of the article that failed and why.
    fn write_all_or_none(&mut self, conn: &mut Connection, batch: &[ArticleRef]) -> Result<Vec<Written>, (usize, anyhow::Error)> {
        let result = self.transaction(conn, batch);
        if result.is_err() {
            // Ids of rolled-back rows may be in the cache.
            self.actors.clear();
            self.data_version = None;
        }
        result
    }

    fn transaction(&mut self, conn: &mut Connection, batch: &[ArticleRef]) -> Result<Vec<Written>, (usize, anyhow::Error)> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(|e| (0, e.into()))?;
        let version: i64 = tx.query_row("PRAGMA data_version", [], |r| r.get(0)).map_err(|e| (0, e.into()))?;
        if self.data_version != Some(version) {
            self.actors.clear();
        }
        self.actors
            .start(|| tx.query_row(include_str!("../sql/no_actors.sql"), [], |r| r.get(0)))
            .map_err(|e| (0, e.into()))?;
        let last = batch.len().saturating_sub(1);
        let after: i64 = tx.query_row(include_str!("../sql/last_sentence_id.sql"), [], |r| r.get(0)).map_err(|e| (0, e.into()))?;
        // The sentences are indexed for search in one statement at the end:
        // the trigger that indexes each one as it is inserted (for every
        // other writer) is away while this transaction writes. Other
        // connections never see it missing.
        tx.execute_batch(include_str!("../sql/drop_fts_trigger.sql")).map_err(|e| (0, e.into()))?;
        let mut out = Vec::with_capacity(batch.len());
        let mut stats = BatchStats::default();
        {
            let mut st = Stmts::new(&tx).map_err(|e| (0, e.into()))?;
            for (i, a) in batch.iter().enumerate() {
                // Dropping `tx` on the error path rolls everything back.
                out.push(write_one(&tx, &mut st, &mut self.actors, &mut stats, a).map_err(|e| (i, e))?);
            }
        }
        stats.write(&tx).map_err(|e| (last, e.into()))?;
        tx.prepare_cached(include_str!("../sql/insert_sentences_fts.sql"))
            .and_then(|mut st| st.execute(params![after]))
            .map_err(|e| (last, e.into()))?;
        tx.execute_batch(fts_trigger()).map_err(|e| (last, e.into()))?;
        tx.commit().map_err(|e| (last, e.into()))?;
        self.data_version = Some(version);
        Ok(out)
    }
}

/// `schema.sql`'s trigger that indexes an inserted sentence for search.
pub(super) fn fts_trigger() -> &'static str {
    super::schema::object("sentences_fts_ai").map_or("", |o| o.sql)
}

/// The statements a load writes with, prepared once per transaction.
///
/// Not rusqlite's statement cache: it clears a statement's bindings when
/// the statement goes back to the cache, and SQLite re-compiles a statement
/// whose plan looked at a bound value every time its bindings are cleared,
/// which made each actor look-up parse and plan its SQL again.
pub(super) struct Stmts<'c> {
    article_by_sha: Statement<'c>,
    insert_article: Statement<'c>,
    insert_sentence: Statement<'c>,
    insert_mention: Statement<'c>,
    insert_statement: Statement<'c>,
    insert_date: Statement<'c>,
    insert_event: Statement<'c>,
    insert_event_actor: Statement<'c>,
    insert_figure: Statement<'c>,
    insert_article_stats: Statement<'c>,
    pub(super) actors: super::actors::ActorStmts<'c>,
}

impl<'c> Stmts<'c> {
    fn new(conn: &'c Connection) -> rusqlite::Result<Self> {
        Ok(Stmts {
            article_by_sha: conn.prepare(include_str!("../sql/article_by_sha.sql"))?,
            insert_article: conn.prepare(include_str!("../sql/insert_article.sql"))?,
            insert_sentence: conn.prepare(include_str!("../sql/insert_sentence.sql"))?,
            insert_mention: conn.prepare(include_str!("../sql/insert_mention.sql"))?,
            insert_statement: conn.prepare(include_str!("../sql/insert_statement.sql"))?,
            insert_date: conn.prepare(include_str!("../sql/insert_date.sql"))?,
            insert_event: conn.prepare(include_str!("../sql/insert_event.sql"))?,
            insert_event_actor: conn.prepare(include_str!("../sql/insert_event_actor.sql"))?,
            insert_figure: conn.prepare(include_str!("../sql/insert_figure.sql"))?,
            insert_article_stats: conn.prepare(include_str!("../sql/insert_article_stats.sql"))?,
            actors: super::actors::ActorStmts::new(conn)?,
        })
    }
}

/// One article inside `tx`; `check_facts` first, so that a bad span fails
/// before any of its rows is written.
fn write_one(tx: &Transaction, st: &mut Stmts, cache: &mut ActorCache, stats: &mut BatchStats, a: &ArticleRef) -> anyhow::Result<Written> {
    let existing: Option<i64> = st.article_by_sha.query_row(params![a.sha256], |r| r.get(0)).optional()?;
    if existing.is_some() {
        return Ok(Written::default());
    }
    check_facts(a.facts).map_err(|e| anyhow::anyhow!("invalid facts: {e}"))?;
    Ok(insert(tx, st, cache, stats, a.facts, a.sha256, a.path)?)
}

/// The text of a span already checked by `check_facts`.
fn text(body: &str, s: usize, e: usize) -> &str {
    body.get(s..e).unwrap_or("")
}

fn insert(tx: &Transaction, st: &mut Stmts, cache: &mut ActorCache, stats: &mut BatchStats, f: &Facts, sha256: &str, path: Option<&str>) -> rusqlite::Result<Written> {
    let a = &f.article;
    let body = a.body.as_str();
    let off = CharOffsets::new(body);
    let mut w = Written::default();
    st.insert_article.execute(params![
        a.external_id, a.title, a.published, a.source, sha256, body, a.dateline, a.credits, a.chrome, path,
    ])?;
    let article_id = tx.last_insert_rowid();
    w.article_id = Some(article_id);

    let mut sentence_ids = Vec::with_capacity(f.sentences.len());
    for (seq, s) in f.sentences.iter().enumerate() {
        st.insert_sentence.execute(params![article_id, s.paragraph as i64, seq as i64, off.get(s.start), off.get(s.end), text(body, s.start, s.end)])?;
        sentence_ids.push(tx.last_insert_rowid());
    }
    w.sentences = sentence_ids.len();
    let sid = |i: usize| sentence_ids.get(i).copied();

    let mut actor_ids = Vec::with_capacity(f.cast.actors.len());
    for actor in &f.cast.actors {
        let (id, new) = st.actors.resolve(tx, cache, actor, article_id)?;
        w.actors += new as usize;
        actor_ids.push(id);
    }
    let mut mentioned = Vec::with_capacity(f.cast.mentions.len());
    for m in &f.cast.mentions {
        let (Some(&actor_id), Some(sentence_id)) = (actor_ids.get(m.actor), sid(m.sentence)) else { continue };
        st.insert_mention.execute(params![actor_id, article_id, sentence_id, off.get(m.start), off.get(m.end), text(body, m.start, m.end), m.title])?;
        mentioned.push((m.sentence, actor_id));
        w.mentions += 1;
    }
    let mut speakers = Vec::new();
    for s in &f.statements {
        let Some(sentence_id) = sid(s.sentence) else { continue };
        let speaker = s.speaker.and_then(|i| actor_ids.get(i).copied());
        st.insert_statement.execute(params![article_id, sentence_id, speaker, s.text, s.kind.as_str(), s.cue, off.get(s.start), off.get(s.end), s.speaker_text])?;
        speakers.extend(speaker);
        w.statements += 1;
    }
    let actors_mentioned = stats.add_article(&mut mentioned, speakers.into_iter());
    let mut date_ids = Vec::with_capacity(f.dates.len());
    for d in &f.dates {
        let Some(sentence_id) = sid(d.sentence) else {
            date_ids.push(None);
            continue;
        };
        st.insert_date.execute(params![article_id, sentence_id, text(body, d.start, d.end), off.get(d.start), off.get(d.end), d.value, d.value_end, d.precision.map(|p| p.as_str())])?;
        date_ids.push(Some(tx.last_insert_rowid()));
        w.dates += 1;
    }
    for e in &f.events {
        let Some(sentence_id) = sid(e.sentence) else { continue };
        st.insert_event.execute(params![
            article_id, sentence_id, e.kind, e.cameo, text(body, e.start, e.end), off.get(e.start), off.get(e.end),
            e.date.and_then(|i| date_ids.get(i).copied().flatten()), e.date_start, e.date_end, e.date_text,
            e.location.and_then(|i| actor_ids.get(i).copied()), e.modality.as_str(),
        ])?;
        let event_id = tx.last_insert_rowid();
        for &(actor, role) in &e.participants {
            if let Some(&actor_id) = actor_ids.get(actor) {
                st.insert_event_actor.execute(params![event_id, actor_id, role.as_str()])?;
            }
        }
        w.events += 1;
    }
    for g in &f.figures {
        let Some(sentence_id) = sid(g.sentence) else { continue };
        st.insert_figure.execute(params![article_id, sentence_id, g.text, g.value, g.low, g.high, g.unit, g.qualifier.map(|q| q.as_str()), g.kind.as_str(), g.currency, off.get(g.start), off.get(g.end)])?;
        w.figures += 1;
    }
    let counts = [w.sentences, actors_mentioned, w.mentions, w.statements, w.events, w.dates, w.figures].map(|n| n as i64);
    st.insert_article_stats.execute(params![article_id, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]])?;
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Article, Sentence};

    fn facts(body: &str, spans: &[(usize, usize)]) -> Facts {
        Facts {
            article: Article { body: body.to_string(), ..Default::default() },
            sentences: spans.iter().map(|&(start, end)| Sentence { paragraph: 0, start, end }).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn char_offsets_count_characters_in_any_lookup_order() {
        let t = "aé€b😀c";
        let off = CharOffsets::new(t);
        let want: Vec<(usize, i64)> = t.char_indices().enumerate().map(|(c, (b, _))| (b, c as i64)).collect();
        for &(b, c) in want.iter().chain(want.iter().rev()) {
            assert_eq!(off.get(b), c, "byte {b}");
        }
        assert_eq!(off.get(t.len()), 6);
    }

    #[test]
    fn check_facts_refuses_a_span_inside_a_character() {
        assert!(check_facts(&facts("é.", &[(0, 2)])).is_ok());
        let e = check_facts(&facts("é.", &[(1, 3)])).unwrap_err();
        assert_eq!(e, "sentence 0: span 1..3 is not text of the 3-byte body");
        assert!(check_facts(&facts("ab", &[(0, 9)])).is_err());
    }

    #[test]
    fn a_failing_article_is_rolled_back_and_the_ones_before_it_stay() {
        let mut conn = crate::store::open_memory().unwrap();
        let good = facts("One.", &[(0, 4)]);
        let bad = facts("Two.", &[(0, 9)]);
        let batch = [
            ArticleRef { facts: &good, sha256: "a", path: None },
            ArticleRef { facts: &bad, sha256: "b", path: None },
        ];
        let (done, err) = Writer::default().write_batch(&mut conn, &batch, |i| format!("item {i}"));
        assert_eq!(done.len(), 1);
        assert!(err.unwrap().to_string().starts_with("item 1: invalid facts"));
        let n: i64 = conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0)).unwrap();
        let s: i64 = conn.query_row("SELECT count(*) FROM sentences", [], |r| r.get(0)).unwrap();
        assert_eq!((n, s), (1, 1));
    }

    #[test]
    fn same_bytes_twice_in_one_batch_are_written_once() {
        let mut conn = crate::store::open_memory().unwrap();
        let f = facts("One.", &[(0, 4)]);
        let batch = [ArticleRef { facts: &f, sha256: "a", path: None }, ArticleRef { facts: &f, sha256: "a", path: None }];
        let (done, err) = Writer::default().write_batch(&mut conn, &batch, |i| i.to_string());
        assert!(err.is_none());
        assert_eq!(done.iter().filter(|w| w.article_id.is_some()).count(), 1);
    }

    /// Articles whose actors share names in every order the cache can get
    /// wrong: an alias first met on a new actor and later added to an older one.
    fn cast_articles() -> Vec<Facts> {
        use crate::extract::{Actor, ActorKind};
        let casts: &[&[(&str, &[&str])]] = &[
            &[("US government", &["US government"])],
            &[("U.S. government", &["U.S. government", "U.S. Government"])],
            &[("US government", &["US government", "U.S. government"])],
            &[("U.S. Government", &["U.S. Government"])],
            &[("Donald Trump", &["Trump", "Donald Trump"]), ("US government", &["US Government"]), ("Smith", &["Smith"])],
            &[("President Trump", &["Donald Trump", "President Trump"]), ("Smith", &["Smith"])],
            &[("Smith", &["Smith"])],
            &[("Donald Trump", &["Donald Trump", "Donald J. Trump"])],
            &[("Donald J. Trump", &["Donald J. Trump"])],
        ];
        casts
            .iter()
            .enumerate()
            .map(|(i, cast)| {
                let mut f = facts(&format!("Article {i}."), &[(0, 10)]);
                f.cast.actors = cast
                    .iter()
                    .map(|(name, aliases)| Actor {
                        name: name.to_string(),
                        kind: if name.contains("Trump") || *name == "Smith" { ActorKind::Person } else { ActorKind::Government },
                        aliases: aliases.iter().map(|a| a.to_string()).collect(),
                        title: None,
                    })
                    .collect();
                f
            })
            .collect()
    }

    /// Every actor's id, name and aliases.
    fn actor_rows(conn: &Connection) -> Vec<(i64, String)> {
        let mut st = conn
            .prepare("SELECT id, name FROM actors UNION ALL SELECT actor_id, 'alias ' || alias FROM actor_aliases ORDER BY 1, 2")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn one_writer_across_batches_resolves_actors_as_the_database_alone_would() {
        let articles = cast_articles();
        let shas: Vec<String> = (0..articles.len()).map(|i| i.to_string()).collect();
        let mut cached = crate::store::open_memory().unwrap();
        let mut writer = Writer::default();
        let mut fresh = crate::store::open_memory().unwrap();
        for (f, sha) in articles.iter().zip(&shas) {
            let one = [ArticleRef { facts: f, sha256: sha, path: None }];
            assert!(writer.write_batch(&mut cached, &one, |i| i.to_string()).1.is_none());
            assert!(Writer::default().write_batch(&mut fresh, &one, |i| i.to_string()).1.is_none());
        }
        assert_eq!(actor_rows(&cached), actor_rows(&fresh));
        // "U.S. Government" became an alias of actor 1 in the third article.
        let id: i64 = cached
            .query_row(include_str!("../sql/find_actor.sql"), params!["U.S. GOVERNMENT", "government"], |r| r.get(0))
            .unwrap();
        assert_eq!(id, 1);
    }

    #[test]
    fn a_writer_forgets_what_another_connection_may_have_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut a = crate::store::open(&path, crate::store::Access::Create).unwrap();
        let b = crate::store::open(&path, crate::store::Access::ReadWrite).unwrap();
        let articles = cast_articles();
        let mut writer = Writer::default();
        let one = |i: usize| [ArticleRef { facts: &articles[i], sha256: ["a", "b", "c"][i], path: None }];
        assert!(writer.write_batch(&mut a, &one(0), |i| i.to_string()).1.is_none());
        // Another connection deletes everything; the writer must not reuse actor 1.
        b.execute_batch("PRAGMA foreign_keys = ON; DELETE FROM articles; DELETE FROM actors;").unwrap();
        assert!(writer.write_batch(&mut a, &one(2), |i| i.to_string()).1.is_none());
        let dangling: i64 = a
            .query_row("SELECT count(*) FROM actor_aliases x LEFT JOIN actors a ON a.id = x.actor_id WHERE a.id IS NULL", [], |r| r.get(0))
            .unwrap();
        assert_eq!(dangling, 0);
        drop(b);
    }
}
