//! Writing one article's facts in one transaction, resolving its actors
//! against the actors already in the database.

use rusqlite::{named_params, Connection, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

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

/// Hex sha256 of the raw input bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Byte offset -> character offset, for a sorted walk over one text.
struct CharOffsets<'a> {
    text: &'a str,
}

impl CharOffsets<'_> {
    fn get(&self, byte: usize) -> i64 {
        let byte = byte.min(self.text.len());
        // Offsets always fall on char boundaries; count chars before them.
        self.text.get(..byte).map_or(0, |s| s.chars().count()) as i64
    }
}

/// Writes `facts` (one article whose raw bytes hash to `sha256`) in one
/// transaction. Returns `article_id: None` when those bytes were loaded before.
pub fn write_facts(conn: &mut Connection, facts: &Facts, sha256: &str, path: Option<&str>) -> rusqlite::Result<Written> {
    let tx = conn.transaction()?;
    let existing: Option<i64> = tx
        .prepare_cached(include_str!("../sql/article_by_sha.sql"))?
        .query_row(named_params! {":sha256": sha256}, |r| r.get(0))
        .optional()?;
    if existing.is_some() {
        return Ok(Written::default());
    }
    let written = insert(&tx, facts, sha256, path)?;
    tx.commit()?;
    Ok(written)
}

fn insert(tx: &Transaction, f: &Facts, sha256: &str, path: Option<&str>) -> rusqlite::Result<Written> {
    let a = &f.article;
    let body = a.body.as_str();
    let off = CharOffsets { text: body };
    let mut w = Written::default();
    tx.prepare_cached(include_str!("../sql/insert_article.sql"))?.execute(named_params! {
        ":external_id": a.external_id, ":title": a.title, ":published": a.published,
        ":source": a.source, ":sha256": sha256, ":body": body, ":dateline": a.dateline,
        ":credits": a.credits, ":chrome": a.chrome, ":path": path,
    })?;
    let article_id = tx.last_insert_rowid();
    w.article_id = Some(article_id);

    let mut sentence_ids = Vec::with_capacity(f.sentences.len());
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_sentence.sql"))?;
        for (seq, s) in f.sentences.iter().enumerate() {
            st.execute(named_params! {
                ":article_id": article_id, ":paragraph": s.paragraph as i64, ":seq": seq as i64,
                ":start": off.get(s.start), ":end": off.get(s.end), ":text": &body[s.start..s.end],
            })?;
            sentence_ids.push(tx.last_insert_rowid());
        }
    }
    w.sentences = sentence_ids.len();
    let sid = |i: usize| sentence_ids.get(i).copied();

    let mut actor_ids = Vec::with_capacity(f.cast.actors.len());
    for actor in &f.cast.actors {
        let (id, new) = super::actors::resolve_actor(tx, actor)?;
        w.actors += new as usize;
        actor_ids.push(id);
    }
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_mention.sql"))?;
        for m in &f.cast.mentions {
            let (Some(&actor_id), Some(sentence_id)) = (actor_ids.get(m.actor), sid(m.sentence)) else { continue };
            st.execute(named_params! {
                ":actor_id": actor_id, ":article_id": article_id, ":sentence_id": sentence_id,
                ":start": off.get(m.start), ":end": off.get(m.end), ":text": &body[m.start..m.end], ":title": m.title,
            })?;
            w.mentions += 1;
        }
    }
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_statement.sql"))?;
        for s in &f.statements {
            let Some(sentence_id) = sid(s.sentence) else { continue };
            st.execute(named_params! {
                ":article_id": article_id, ":sentence_id": sentence_id,
                ":speaker_id": s.speaker.and_then(|i| actor_ids.get(i).copied()),
                ":text": s.text, ":kind": s.kind.as_str(), ":cue": s.cue,
                ":start": off.get(s.start), ":end": off.get(s.end), ":speaker_text": s.speaker_text,
            })?;
            w.statements += 1;
        }
    }
    let mut date_ids = Vec::with_capacity(f.dates.len());
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_date.sql"))?;
        for d in &f.dates {
            let Some(sentence_id) = sid(d.sentence) else {
                date_ids.push(None);
                continue;
            };
            st.execute(named_params! {
                ":article_id": article_id, ":sentence_id": sentence_id, ":text": &body[d.start..d.end],
                ":start": off.get(d.start), ":end": off.get(d.end), ":value": d.value,
                ":value_end": d.value_end, ":precision": d.precision.map(|p| p.as_str()),
            })?;
            date_ids.push(Some(tx.last_insert_rowid()));
            w.dates += 1;
        }
    }
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_event.sql"))?;
        let mut part = tx.prepare_cached(include_str!("../sql/insert_event_actor.sql"))?;
        for e in &f.events {
            let Some(sentence_id) = sid(e.sentence) else { continue };
            st.execute(named_params! {
                ":article_id": article_id, ":sentence_id": sentence_id, ":kind": e.kind, ":cameo": e.cameo,
                ":trigger": &body[e.start..e.end], ":start": off.get(e.start), ":end": off.get(e.end),
                ":date_id": e.date.and_then(|i| date_ids.get(i).copied().flatten()),
                ":date_start": e.date_start, ":date_end": e.date_end, ":date_text": e.date_text,
                ":location_id": e.location.and_then(|i| actor_ids.get(i).copied()),
                ":modality": e.modality.as_str(),
            })?;
            let event_id = tx.last_insert_rowid();
            for &(actor, role) in &e.participants {
                if let Some(&actor_id) = actor_ids.get(actor) {
                    part.execute(named_params! {":event_id": event_id, ":actor_id": actor_id, ":role": role.as_str()})?;
                }
            }
            w.events += 1;
        }
    }
    {
        let mut st = tx.prepare_cached(include_str!("../sql/insert_figure.sql"))?;
        for g in &f.figures {
            let Some(sentence_id) = sid(g.sentence) else { continue };
            st.execute(named_params! {
                ":article_id": article_id, ":sentence_id": sentence_id, ":text": g.text,
                ":value": g.value, ":low": g.low, ":high": g.high, ":unit": g.unit,
                ":qualifier": g.qualifier.map(|q| q.as_str()), ":kind": g.kind.as_str(),
                ":currency": g.currency, ":start": off.get(g.start), ":end": off.get(g.end),
            })?;
            w.figures += 1;
        }
    }
    Ok(w)
}
