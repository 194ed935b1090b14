//! Box tables and markdown tables. Columns are sized from the first
//! [`MEASURE_ROWS`] rows; later rows stream with the same widths. On a
//! terminal (`Options::max_width`) the table is fitted to the width: the
//! widest columns shrink first, their cells wrap at word boundaries and,
//! past `max_lines`, are cut with "…". Off a terminal nothing is ever cut.

use std::io::Write;

use anyhow::Result;
use rusqlite::types::ValueRef;

use super::{Options, Sink};

/// Rows measured before the column widths are fixed.
const MEASURE_ROWS: usize = 1000;
/// The narrowest a column is squeezed to when fitting a terminal.
const MIN_WIDTH: usize = 4;
/// Columns this narrow (and numeric ones) are squeezed only as a last resort.
const SHORT: usize = 12;
/// The narrowest a wide column gets before short columns are squeezed too.
const MIN_LONG: usize = 10;
const CUT: char = '…';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    Box,
    Markdown,
}

struct Cell {
    text: String,
    right: bool,
    null: bool,
}

pub(super) struct Table<'a> {
    opts: &'a Options,
    out: &'a mut dyn Write,
    style: Style,
    header: Vec<Cell>,
    pending: Vec<Vec<Cell>>,
    /// Column widths, once decided.
    widths: Option<Vec<usize>>,
    line: String,
}

/// Display width of one line of text (wide CJK characters count 2).
pub(super) fn text_width(s: &str) -> usize {
    s.chars().map(tabled::grid::util::string::get_char_width).sum()
}

fn cell_width(s: &str) -> usize {
    s.split('\n').map(text_width).max().unwrap_or(0)
}

impl<'a> Table<'a> {
    pub(super) fn new(opts: &'a Options, out: &'a mut dyn Write, style: Style) -> Self {
        Table { opts, out, style, header: Vec::new(), pending: Vec::new(), widths: None, line: String::new() }
    }

    fn cell(&self, v: ValueRef<'_>) -> Cell {
        let mut raw = String::new();
        super::push_cell(&mut raw, v, &self.opts.null);
        Cell {
            text: self.clean(&raw),
            right: matches!(v, ValueRef::Integer(_) | ValueRef::Real(_)),
            null: matches!(v, ValueRef::Null),
        }
    }

    /// Makes text safe to print in a cell: no control characters that would
    /// move the cursor or change colours; markdown escapes `|` and newlines.
    fn clean(&self, s: &str) -> String {
        let markdown = self.style == Style::Markdown;
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '\n' if markdown => out.push_str("<br>"),
                '\n' => out.push('\n'),
                '\r' => {}
                '\t' => out.push(' '),
                '|' if markdown => out.push_str("\\|"),
                c if c.is_control() => out.push('\u{fffd}'),
                c => out.push(c),
            }
        }
        out
    }

    fn fixed(&self, i: usize) -> Option<(usize, bool)> {
        match self.opts.widths.get(i).copied().unwrap_or(0) {
            0 => None,
            w => Some((w.unsigned_abs() as usize, w < 0)),
        }
    }

    /// Decides the column widths from the header and the measured rows.
    fn layout(&self) -> Vec<usize> {
        let n = self.header.len();
        let mut natural: Vec<usize> = (0..n)
            .map(|i| {
                let h = if self.opts.headers { cell_width(&self.header[i].text) } else { 0 };
                self.pending.iter().map(|r| cell_width(&r[i].text)).fold(h, usize::max)
            })
            .collect();
        if self.style == Style::Markdown {
            return natural.into_iter().map(|w| w.max(3)).collect();
        }
        let mut auto = Vec::new();
        for (i, w) in natural.iter_mut().enumerate() {
            match self.fixed(i) {
                Some((f, _)) => *w = f.max(1),
                None => auto.push(i),
            }
        }
        let Some(term) = self.opts.max_width else { return natural };
        let overhead = 3 * n + 1;
        let fixed: usize = (0..n).filter(|i| !auto.contains(i)).map(|i| natural[i]).sum();
        let avail = term.saturating_sub(overhead + fixed);
        let total: usize = auto.iter().map(|&i| natural[i]).sum();
        if total <= avail {
            return natural;
        }
        // Squeeze the wide text columns first; only when that leaves them
        // too narrow are the short and numeric columns squeezed too.
        let short: Vec<usize> = auto.iter().copied().filter(|&i| natural[i] <= SHORT || self.numeric(i)).collect();
        let long: Vec<usize> = auto.iter().copied().filter(|i| !short.contains(i)).collect();
        let short_sum: usize = short.iter().map(|&i| natural[i]).sum();
        if !long.is_empty() && short_sum < avail {
            let cap = water_fill(&natural, &long, avail - short_sum);
            if cap >= MIN_LONG {
                fill(&mut natural, &long, cap, avail - short_sum);
                return natural;
            }
        }
        let cap = water_fill(&natural, &auto, avail).max(MIN_WIDTH);
        fill(&mut natural, &auto, cap, avail);
        natural
    }

    /// Whether every measured value of column `i` is a number (or NULL).
    fn numeric(&self, i: usize) -> bool {
        self.pending.iter().all(|r| r[i].right || r[i].null)
    }

    /// The cell's lines at `width`: wrapped, and on a terminal cut with "…"
    /// after `max_lines`.
    fn lines(&self, text: &str, width: usize) -> Vec<String> {
        if self.style == Style::Markdown {
            return vec![text.to_string()];
        }
        let mut lines = Vec::new();
        for para in text.split('\n') {
            wrap(para, width, &mut lines);
        }
        let max = self.opts.max_lines.max(1);
        if self.opts.max_width.is_some() && lines.len() > max {
            lines.truncate(max);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && text_width(last) + 1 > width {
                    last.pop();
                }
                last.push(CUT);
            }
        }
        lines
    }

    fn border(&mut self, left: char, mid: char, right: char) -> Result<()> {
        if self.style == Style::Markdown {
            return Ok(());
        }
        let Some(widths) = &self.widths else { return Ok(()) };
        self.line.clear();
        self.line.push(left);
        for (i, &w) in widths.iter().enumerate() {
            if i > 0 {
                self.line.push(mid);
            }
            self.line.extend(std::iter::repeat_n('─', w + 2));
        }
        self.line.push(right);
        writeln!(self.out, "{}", self.line)?;
        Ok(())
    }

    fn markdown_rule(&mut self) -> Result<()> {
        let Some(widths) = &self.widths else { return Ok(()) };
        self.line.clear();
        self.line.push('|');
        for (i, &w) in widths.iter().enumerate() {
            let right = self.pending.first().is_some_and(|r| r[i].right) || self.fixed(i).is_some_and(|f| f.1);
            self.line.push(' ');
            self.line.extend(std::iter::repeat_n('-', if right { w - 1 } else { w }));
            if right {
                self.line.push(':');
            }
            self.line.push_str(" |");
        }
        writeln!(self.out, "{}", self.line)?;
        Ok(())
    }

    fn write_row(&mut self, row: &[Cell]) -> Result<()> {
        let Some(widths) = self.widths.clone() else { return Ok(()) };
        let (bar, dim) = match self.style {
            Style::Box => ('│', self.opts.color),
            Style::Markdown => ('|', false),
        };
        let cells: Vec<Vec<String>> = row.iter().zip(&widths).map(|(c, &w)| self.lines(&c.text, w)).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for j in 0..height {
            self.line.clear();
            self.line.push(bar);
            for (i, (c, lines)) in row.iter().zip(&cells).enumerate() {
                let text = lines.get(j).map_or("", String::as_str);
                let pad = widths[i].saturating_sub(text_width(text));
                let right = c.right || self.fixed(i).is_some_and(|f| f.1);
                self.line.push(' ');
                if right {
                    self.line.extend(std::iter::repeat_n(' ', pad));
                }
                if dim && c.null && !text.is_empty() {
                    self.line.push_str("\x1b[2m");
                    self.line.push_str(text);
                    self.line.push_str("\x1b[0m");
                } else {
                    self.line.push_str(text);
                }
                if !right {
                    self.line.extend(std::iter::repeat_n(' ', pad));
                }
                self.line.push(' ');
                self.line.push(bar);
            }
            writeln!(self.out, "{}", self.line)?;
        }
        Ok(())
    }

    /// Fixes the widths and writes the top, the header and the measured rows.
    fn start(&mut self) -> Result<()> {
        self.widths = Some(self.layout());
        self.border('┌', '┬', '┐')?;
        if self.opts.headers {
            let header = std::mem::take(&mut self.header);
            let plain: Vec<Cell> = header.iter().map(|c| Cell { text: c.text.clone(), right: false, null: false }).collect();
            self.write_row(&plain)?;
            self.header = header;
            match self.style {
                Style::Box => self.border('├', '┼', '┤')?,
                Style::Markdown => self.markdown_rule()?,
            }
        }
        let pending = std::mem::take(&mut self.pending);
        for r in &pending {
            self.write_row(r)?;
        }
        Ok(())
    }
}

impl Sink for Table<'_> {
    fn begin(&mut self, columns: &[String]) -> Result<()> {
        self.header = columns.iter().map(|c| Cell { text: self.clean(c), right: false, null: false }).collect();
        Ok(())
    }

    fn row(&mut self, cells: &[ValueRef<'_>]) -> Result<()> {
        let row: Vec<Cell> = cells.iter().map(|&v| self.cell(v)).collect();
        if self.widths.is_some() {
            return self.write_row(&row);
        }
        self.pending.push(row);
        if self.pending.len() >= MEASURE_ROWS {
            self.start()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.widths.is_none() {
            if self.pending.is_empty() && !self.opts.headers {
                // No header and no rows: an empty frame says nothing.
                return Ok(());
            }
            self.start()?;
        }
        self.border('└', '┴', '┘')
    }
}

/// The largest cap such that the columns `cols`, each capped, fit `avail`.
fn water_fill(natural: &[usize], cols: &[usize], avail: usize) -> usize {
    let fits = |cap: usize| cols.iter().map(|&i| natural[i].min(cap)).sum::<usize>() <= avail;
    let (mut lo, mut hi) = (0, cols.iter().map(|&i| natural[i]).max().unwrap_or(0));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) { lo = mid } else { hi = mid - 1 }
    }
    lo
}

/// Caps the columns `cols` at `cap`, then hands what is left of `avail` to
/// the capped ones, left to right.
fn fill(natural: &mut [usize], cols: &[usize], cap: usize, avail: usize) {
    let mut used: usize = cols.iter().map(|&i| natural[i].min(cap)).sum();
    for &i in cols {
        let mut w = natural[i].min(cap);
        if natural[i] > cap && used < avail {
            let extra = (natural[i] - w).min(avail - used);
            w += extra;
            used += extra;
        }
        natural[i] = w;
    }
}

/// Greedy word wrap of one line at `width` columns; words longer than the
/// width are broken.
fn wrap(line: &str, width: usize, out: &mut Vec<String>) {
    let width = width.max(1);
    if text_width(line) <= width {
        out.push(line.to_string());
        return;
    }
    let mut cur = String::new();
    let mut cur_w = 0;
    for word in line.split(' ') {
        let ww = text_width(word);
        if cur_w > 0 && cur_w + 1 + ww <= width {
            cur.push(' ');
            cur.push_str(word);
            cur_w += 1 + ww;
            continue;
        }
        if cur_w > 0 {
            out.push(std::mem::take(&mut cur));
            cur_w = 0;
        }
        for c in word.chars() {
            let cw = tabled::grid::util::string::get_char_width(c);
            if cur_w + cw > width && cur_w > 0 {
                out.push(std::mem::take(&mut cur));
                cur_w = 0;
            }
            cur.push(c);
            cur_w += cw;
        }
    }
    if cur_w > 0 || out.is_empty() {
        out.push(cur);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{write_rows, Format, Options};
    use super::*;

    fn render(opts: &Options, sql: &str) -> String {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let mut stmt = conn.prepare(sql).unwrap();
        let mut out = Vec::new();
        write_rows(&mut stmt, [], opts, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn box_table_shows_null_apart_from_empty_and_right_aligns_numbers() {
        let got = render(&Options::default(), "SELECT NULL AS n, '' AS e, 7159.0 AS r, 12 AS i UNION ALL SELECT 'x', 'y', 1.5, 3");
        assert_eq!(
            got,
            "┌──────┬───┬────────┬────┐\n\
             │ n    │ e │ r      │ i  │\n\
             ├──────┼───┼────────┼────┤\n\
             │ NULL │   │ 7159.0 │ 12 │\n\
             │ x    │ y │    1.5 │  3 │\n\
             └──────┴───┴────────┴────┘\n"
        );
    }

    #[test]
    fn piped_tables_are_never_cut() {
        let long = "word ".repeat(40);
        let got = render(&Options::default(), &format!("SELECT '{long}' AS t"));
        assert!(got.contains(long.trim_end()), "{got}");
        assert!(!got.contains(CUT));
    }

    #[test]
    fn terminal_tables_fit_the_width_and_mark_cuts() {
        let opts = Options { max_width: Some(30), max_lines: 2, ..Options::default() };
        let long = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
        let got = render(&opts, &format!("SELECT 1 AS id, '{long}' AS sentence"));
        for line in got.lines() {
            assert!(text_width(line) <= 30, "{line:?} is wider than 30");
        }
        assert_eq!(
            got,
            "┌────┬───────────────────────┐\n\
             │ id │ sentence              │\n\
             ├────┼───────────────────────┤\n\
             │  1 │ alpha beta gamma      │\n\
             │    │ delta epsilon zeta…   │\n\
             └────┴───────────────────────┘\n"
        );
    }

    #[test]
    fn wide_text_columns_shrink_before_short_and_numeric_ones() {
        let opts = Options { max_width: Some(40), ..Options::default() };
        let got = render(&opts, "SELECT 12345 AS mentions, 'organization' AS kind, 'one two three four five six seven eight' AS sentence");
        assert_eq!(
            got,
            "┌──────────┬──────────────┬────────────┐\n\
             │ mentions │ kind         │ sentence   │\n\
             ├──────────┼──────────────┼────────────┤\n\
             │    12345 │ organization │ one two    │\n\
             │          │              │ three four │\n\
             │          │              │ five six   │\n\
             │          │              │ seven      │\n\
             │          │              │ eight      │\n\
             └──────────┴──────────────┴────────────┘\n"
        );
    }

    #[test]
    fn explicit_widths_wrap_and_negative_ones_right_align() {
        let opts = Options { widths: vec![-4, 5], ..Options::default() };
        let got = render(&opts, "SELECT 'ab' AS a, 'one two' AS b");
        assert_eq!(
            got,
            "┌──────┬───────┐\n\
             │    a │ b     │\n\
             ├──────┼───────┤\n\
             │   ab │ one   │\n\
             │      │ two   │\n\
             └──────┴───────┘\n"
        );
    }

    #[test]
    fn headers_off_leaves_only_rows() {
        let opts = Options { headers: false, ..Options::default() };
        assert_eq!(render(&opts, "SELECT 'a' AS x"), "┌───┐\n│ a │\n└───┘\n");
    }

    #[test]
    fn no_rows_print_the_header_only_and_nothing_without_it() {
        assert_eq!(render(&Options::default(), "SELECT 1 AS a WHERE 0"), "┌───┐\n│ a │\n├───┤\n└───┘\n");
        let opts = Options { headers: false, ..Options::default() };
        assert_eq!(render(&opts, "SELECT 1 AS a WHERE 0"), "");
    }

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        let got = render(&Options::default(), "SELECT char(27) || '[31mred' AS t");
        assert!(!got.contains('\x1b'));
    }

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let opts = Options { format: Format::Markdown, ..Options::default() };
        let got = render(&opts, "SELECT 'a|b' AS t, 'l1\nl2' AS u, NULL AS n, 2 AS i");
        assert_eq!(got, "| t    | u        | n    | i   |\n| ---- | -------- | ---- | --: |\n| a\\|b | l1<br>l2 | NULL |   2 |\n");
    }

    #[test]
    fn wrap_breaks_long_words() {
        let mut out = Vec::new();
        wrap("abcdefgh ij", 3, &mut out);
        assert_eq!(out, ["abc", "def", "gh", "ij"]);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(text_width("日本"), 4);
    }
}
