//! The derived counts of actor_stats and actor_pairs (src/sql/stats_schema.sql):
//! a batch's counts are summed here while its articles are written, then
//! added to the tables with one upsert per actor and per pair.

use rusqlite::{params, Connection};
use rustc_hash::FxHashMap as HashMap;

/// Counts of the articles of one batch, by database actor id.
#[derive(Default)]
pub(super) struct BatchStats {
    /// actor -> (mentions, articles, statements)
    actors: HashMap<i64, (i64, i64, i64)>,
    /// (smaller actor, greater actor) -> (sentences, articles)
    pairs: HashMap<(i64, i64), (i64, i64)>,
}

impl BatchStats {
    /// Adds one article: `mentions` as (sentence, actor) and the speakers of
    /// its statements. Returns how many distinct actors it mentions.
    pub(super) fn add_article(&mut self, mentions: &mut [(usize, i64)], speakers: impl Iterator<Item = i64>) -> usize {
        mentions.sort_unstable();
        let mut in_article: Vec<i64> = mentions.iter().map(|&(_, a)| a).collect();
        for &a in &in_article {
            self.actors.entry(a).or_default().0 += 1;
        }
        in_article.sort_unstable();
        in_article.dedup();
        for &a in &in_article {
            self.actors.entry(a).or_default().1 += 1;
        }
        for s in speakers {
            self.actors.entry(s).or_default().2 += 1;
        }
        // Distinct pairs per sentence, then one article for each pair met.
        let mut pairs: Vec<(i64, i64)> = Vec::new();
        for sentence in mentions.chunk_by(|x, y| x.0 == y.0) {
            let mut ids: Vec<i64> = sentence.iter().map(|&(_, a)| a).collect();
            ids.dedup(); // sorted by (sentence, actor)
            for (i, &a1) in ids.iter().enumerate() {
                for &a2 in &ids[i + 1..] {
                    pairs.push((a1, a2));
                }
            }
        }
        pairs.sort_unstable();
        for same in pairs.chunk_by(|x, y| x == y) {
            let e = self.pairs.entry(same[0]).or_default();
            e.0 += same.len() as i64;
            e.1 += 1;
        }
        in_article.len()
    }

    /// Adds the batch's counts to the tables (inside the batch's transaction).
    pub(super) fn write(&self, conn: &Connection) -> rusqlite::Result<()> {
        let mut st = conn.prepare_cached(include_str!("../sql/stats_upsert_actor.sql"))?;
        for (&a, &(m, arts, s)) in &self.actors {
            st.execute(params![a, m, arts, s])?;
        }
        let mut st = conn.prepare_cached(include_str!("../sql/stats_upsert_pair.sql"))?;
        for (&(a1, a2), &(n, arts)) in &self.pairs {
            st.execute(params![a1, a2, n, arts])?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_actor_named_twice_in_a_sentence_makes_one_pair_with_each_other_actor() {
        let mut s = BatchStats::default();
        // sentence 0: actors 1, 2, 1; sentence 1: 2, 3; sentence 2: 3 alone
        assert_eq!(s.add_article(&mut [(0, 1), (0, 2), (0, 1), (1, 3), (1, 2), (2, 3)], [3, 3].into_iter()), 3);
        assert_eq!(s.actors[&1], (2, 1, 0));
        assert_eq!(s.actors[&3], (2, 1, 2));
        assert_eq!(s.pairs.len(), 2);
        assert_eq!(s.pairs[&(1, 2)], (1, 1));
        assert_eq!(s.pairs[&(2, 3)], (1, 1));
        assert_eq!(s.add_article(&mut [(5, 2), (5, 1), (6, 1), (6, 2)], std::iter::empty()), 2);
        assert_eq!(s.pairs[&(1, 2)], (3, 2));
        assert_eq!(s.actors[&1], (4, 2, 0));
    }
}
