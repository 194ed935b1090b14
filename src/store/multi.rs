//! Inserting many rows of one table with few statements: `INSERT ...
//! VALUES (...), (...), ...` with 16 and with 4 rows, and the one-row
//! statement for the rest. Each statement a writer runs has a fixed cost
//! (opening its cursors, resetting it, freeing its registers) about as
//! big as the insert of a row itself, so a statement for several rows
//! makes each row cheaper.

use rusqlite::types::ToSql;
use rusqlite::{Connection, Statement};

use crate::sql_lex::{self, Kind};

/// Rows per statement, largest first; the last is always 1.
const SIZES: [usize; 3] = [16, 4, 1];

/// The statements that insert rows of one table.
pub(super) struct MultiInsert<'c> {
    /// One statement per entry of `SIZES`.
    stmts: Vec<Statement<'c>>,
    /// Values per row.
    width: usize,
}

/// An `INSERT ... VALUES (...) [tail]` statement cut around its one row:
/// (text before the row, the row with every parameter made anonymous,
/// text after it, parameters of the row).
fn split(sql: &str) -> Option<(&str, String, &str, usize)> {
    let toks = sql_lex::tokens(sql);
    let values = toks.iter().position(|t| t.kind == Kind::Word && t.text(sql).eq_ignore_ascii_case("VALUES"))?;
    let open = toks.get(values + 1).filter(|t| t.text(sql) == "(")?;
    let mut depth = 0usize;
    let close = toks[values + 1..].iter().find(|t| {
        match t.text(sql) {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0
    })?;
    let mut row = String::new();
    let mut at = open.start;
    let mut width = 0;
    for t in toks.iter().filter(|t| t.kind == Kind::Param && t.start > open.start && t.end <= close.start) {
        row.push_str(&sql[at..t.start]);
        row.push('?');
        at = t.end;
        width += 1;
    }
    row.push_str(&sql[at..close.end]);
    Some((&sql[..open.start], row, &sql[close.end..], width))
}

impl<'c> MultiInsert<'c> {
    /// `sql` inserts one row: `INSERT INTO t (...) VALUES (?, :name, ...)`,
    /// perhaps followed by an upsert clause; its parameters are bound in
    /// the order they appear.
    pub(super) fn new(conn: &'c Connection, sql: &str) -> rusqlite::Result<Self> {
        let Some((head, row, tail, width)) = split(sql) else {
            return Err(rusqlite::Error::InvalidQuery);
        };
        let stmts = SIZES
            .iter()
            .map(|&n| conn.prepare(&format!("{head}{}{tail}", vec![row.as_str(); n].join(", "))))
            .collect::<rusqlite::Result<_>>()?;
        Ok(MultiInsert { stmts, width })
    }

    /// Inserts one row for each of `items`; `bind(statement, first, item)`
    /// binds an item's values at parameter indexes `first`, `first + 1`, ...
    /// (with [`bind_row`]).
    pub(super) fn insert_all<T>(
        &mut self,
        items: &[T],
        bind: impl Fn(&mut Statement<'c>, usize, &T) -> rusqlite::Result<()>,
    ) -> rusqlite::Result<()> {
        let mut rest = items;
        for (st, &n) in self.stmts.iter_mut().zip(&SIZES) {
            while rest.len() >= n {
                let (chunk, after) = rest.split_at(n);
                for (i, item) in chunk.iter().enumerate() {
                    bind(st, 1 + i * self.width, item)?;
                }
                st.raw_execute()?;
                rest = after;
            }
        }
        Ok(())
    }
}

/// Binds `values` at parameter indexes `first`, `first + 1`, ...
pub(super) fn bind_row(st: &mut Statement, first: usize, values: &[&dyn ToSql]) -> rusqlite::Result<()> {
    values.iter().enumerate().try_for_each(|(k, v)| st.raw_bind_parameter(first + k, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_row_insert_is_cut_around_its_row_with_anonymous_parameters() {
        let (head, row, tail, width) =
            split("INSERT INTO t (a, b) VALUES (:a, coalesce(?2, 0)) ON CONFLICT (a) DO UPDATE SET b = excluded.b").unwrap();
        assert_eq!(head, "INSERT INTO t (a, b) VALUES ");
        assert_eq!(row, "(?, coalesce(?, 0))");
        assert_eq!((tail, width), (" ON CONFLICT (a) DO UPDATE SET b = excluded.b", 2));
        let (_, row, tail, width) = split("INSERT INTO t (a, b)\nVALUES (:a, ?)").unwrap();
        assert_eq!((row.as_str(), tail, width), ("(?, ?)", "", 2));
        assert!(split("DELETE FROM t").is_none());
    }

    #[test]
    fn every_row_is_inserted_once_in_order_whatever_the_count() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (n INTEGER, sq INTEGER)").unwrap();
        for count in [0, 1, 3, 4, 5, 16, 21, 37] {
            conn.execute_batch("DELETE FROM t").unwrap();
            let items: Vec<i64> = (0..count).collect();
            let mut ins = MultiInsert::new(&conn, "INSERT INTO t (n, sq) VALUES (:n, :sq)").unwrap();
            ins.insert_all(&items, |st, at, &n| bind_row(st, at, &[&n, &(n * n)])).unwrap();
            let mut q = conn.prepare("SELECT n, sq FROM t ORDER BY rowid").unwrap();
            let got: Vec<(i64, i64)> = q.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect();
            assert_eq!(got, items.iter().map(|&n| (n, n * n)).collect::<Vec<_>>(), "{count} rows");
        }
    }
}
