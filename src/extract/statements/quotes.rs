//! Quotation spans of one paragraph: curly or straight double marks, single
//! marks outside them, with local recovery from unbalanced marks.
//!
//! Pairing never leaves the paragraph: an opening mark without a closing one
//! runs to the paragraph's end (the next paragraph may continue it), a stray
//! opening mark inside an open quote is taken as nested, and a stray closing
//! mark after punctuation closes a quote that began with the paragraph.

use std::sync::OnceLock;

use regex::Regex;
use crate::extract::text::{char_at, char_before};

/// One quotation: `start..end` is the content without the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte of the opening mark (== `start` when the mark is missing).
    pub open: usize,
    pub start: usize,
    pub end: usize,
    /// Byte just after the closing mark (== `end` when the quote is not closed).
    pub close: usize,
    /// Closed by a mark in this paragraph.
    pub closed: bool,
    /// Single marks (‘...’ or '...').
    pub single: bool,
}

fn is_open_double(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn is_close_double(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// The quotation marks of `text` with their byte offsets. Pairing looks
/// only at the marks and the characters right around them; a literal
/// search finds them far faster than stepping through every character.
fn marks(text: &str) -> Vec<(usize, char)> {
    static MARKS: OnceLock<Regex> = OnceLock::new();
    let re = MARKS.get_or_init(|| Regex::new(r#"["'“”‘’„«»]"#).unwrap_or_else(|e| panic!("quote marks: {e}")));
    re.find_iter(text).filter_map(|m| Some((m.start(), m.as_str().chars().next()?))).collect()
}

/// The quotations of the paragraph `body[start..end]`, in order.
pub fn find(body: &str, start: usize, end: usize) -> Vec<Quote> {
    let text = &body[start..end];
    let mut out = Vec::new();
    // The opening mark of the open quotation: (byte in `text`, its length).
    let mut open: Option<(usize, usize)> = None;
    let mut last_end = start;
    let marks = marks(text);
    let mut k = 0;
    while let Some(&(i, c)) = marks.get(k) {
        k += 1;
        let pos = start + i;
        let after = i + c.len_utf8();
        // Two right single marks as a closing double mark: `“...,’’ he said`.
        if c == '’' && char_at(text, after) == Some('’') {
            if let Some((o, olen)) = open.take() {
                out.push(Quote { open: start + o, start: start + o + olen, end: pos, close: pos + 2 * c.len_utf8(), closed: true, single: false });
                last_end = pos + 2 * c.len_utf8();
                k += 1;
            }
            continue;
        }
        // Paragraphs run together: `... accelerated. "Today's ...` opens a
        // new quotation (the last one's closing mark was never written).
        if c == '"' && open.is_some() && reopens(text, i) {
            if let Some((o, olen)) = open.take() {
                let end = start + text[..i].trim_end().len();
                out.push(Quote { open: start + o, start: start + o + olen, end, close: end, closed: true, single: false });
            }
            open = Some((i, c.len_utf8()));
            continue;
        }
        let opening = is_open_double(c) || (c == '"' && open.is_none());
        let closing = is_close_double(c) || (c == '"' && open.is_some());
        if opening {
            if open.is_none() {
                open = Some((i, c.len_utf8()));
            }
            // An opening mark inside an open quote is a nested (or stray) one.
        } else if closing {
            if let Some((o, olen)) = open.take() {
                out.push(Quote { open: start + o, start: start + o + olen, end: pos, close: pos + c.len_utf8(), closed: true, single: false });
                last_end = pos + c.len_utf8();
            } else if char_before(text, i).is_some_and(|p| matches!(p, ',' | '.' | '?' | '!')) {
                // A closing mark whose opening is missing: the quote began
                // where the paragraph (or the previous quote) ended.
                let from = skip_space(body, last_end, pos);
                if words_upto(&body[from..pos], 3) >= 3 {
                    out.push(Quote { open: from, start: from, end: pos, close: pos + c.len_utf8(), closed: true, single: false });
                }
                last_end = pos + c.len_utf8();
            }
        }
    }
    if let Some((o, olen)) = open {
        out.push(Quote { open: start + o, start: start + o + olen, end, close: end, closed: false, single: false });
    }
    singles(text, start, &marks, &mut out);
    out.sort_by_key(|q| q.start);
    out
}

/// A straight mark at byte `i` that can only open a quotation, right after
/// the end of a sentence: `accelerated. "Today's`.
fn reopens(text: &str, i: usize) -> bool {
    let next = char_at(text, i + 1);
    let mut before = text[..i].chars().rev();
    let (Some(prev), Some(_)) = (before.next(), before.clone().next()) else { return false };
    if !prev.is_whitespace() || !next.is_some_and(|n| n.is_alphanumeric() || n == '\'' || n == '‘') {
        return false;
    }
    before.find(|c| !c.is_whitespace()).is_some_and(|b| matches!(b, '.' | '?' | '!'))
}

fn skip_space(body: &str, from: usize, to: usize) -> usize {
    let s = &body[from..to];
    from + (s.len() - s.trim_start().len())
}

/// Words (runs containing a letter or digit between spaces or dashes) in
/// `s`, counted no further than `cap`: callers compare the count with a
/// small number, and a quote may be long.
pub fn words_upto(s: &str, cap: usize) -> usize {
    let mut n = 0;
    // The current run holds a letter or digit.
    let mut word = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '—' || c == '–' {
            if word {
                n += 1;
                if n >= cap {
                    return n;
                }
            }
            word = false;
        } else if !word && c.is_alphanumeric() {
            word = true;
        }
    }
    (n + usize::from(word)).min(cap)
}

/// Single-quoted spans outside the double-quoted ones: an opening mark after
/// a space (or the paragraph start) and before a letter, closed by the next
/// mark that follows a non-space and is not inside a word (so "bin Laden’s"
/// and "doesn’t" are apostrophes). `text` is the paragraph, starting at
/// byte `base` of the body, and `marks` its quotation marks.
fn singles(text: &str, base: usize, marks: &[(usize, char)], out: &mut Vec<Quote>) {
    let inside = |pos: usize, out: &[Quote]| out.iter().any(|q| q.open <= pos && pos < q.close.max(q.end));
    let mut k = 0;
    while let Some(&(i, c)) = marks.get(k) {
        k += 1;
        let after = i + c.len_utf8();
        let opens = matches!(c, '‘' | '\'')
            && char_before(text, i).is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'))
            && char_at(text, after).is_some_and(char::is_alphanumeric);
        if !opens || inside(base + i, out) {
            continue;
        }
        let close = marks[k..]
            .iter()
            .take_while(|&&(_, d)| !(is_open_double(d) || is_close_double(d) || d == '"'))
            .position(|&(j, d)| {
                let before = char_before(text, j).filter(|b| !b.is_whitespace());
                matches!(d, '’' | '\'') && before.is_some() && char_at(text, j + d.len_utf8()).is_none_or(|a| !a.is_alphanumeric())
            });
        if let Some(n) = close {
            let (j, d) = marks[k + n];
            out.push(Quote { open: base + i, start: base + after, end: base + j, close: base + j + d.len_utf8(), closed: true, single: true });
            k += n + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<&str> {
        find(p, 0, p.len()).iter().map(|q| &p[q.start..q.end]).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes_pair() {
        assert_eq!(texts("He said “we go,” and \"they stay.\""), ["we go,", "they stay."]);
    }

    #[test]
    fn a_stray_opening_mark_is_nested_not_a_new_quote() {
        assert_eq!(texts("saying “that the meetings “made any notion mere fiction.”"), ["that the meetings “made any notion mere fiction."]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let p = "“We will go on. And on";
        let q = find(p, 0, p.len());
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
        assert_eq!(&p[q[0].start..q[0].end], "We will go on. And on");
    }

    #[test]
    fn a_closing_mark_without_opening_closes_from_the_paragraph_start() {
        assert_eq!(texts("we are ready to talk,” he said."), ["we are ready to talk,"]);
    }

    #[test]
    fn single_quotes_in_headlines_but_not_apostrophes() {
        assert_eq!(texts("Taliban told bin Laden’s son they ‘would not break its ties’"), ["would not break its ties"]);
        assert!(texts("It doesn’t matter, Trump’s aide said").is_empty());
    }

    #[test]
    fn single_marks_inside_double_quotes_are_not_separate_quotes() {
        assert_eq!(texts("“He told me ‘no way’ twice,” she said."), ["He told me ‘no way’ twice,"]);
    }

    #[test]
    fn a_straight_mark_after_a_sentence_end_opens_a_new_quote() {
        let p = "He said: \"We will study it. Much has changed. \"The ruling stands.\" Jones, a prisoner, won.";
        assert_eq!(texts(p), ["We will study it. Much has changed.", "The ruling stands."]);
    }

    #[test]
    fn two_right_single_marks_close_a_double_quote() {
        assert_eq!(texts("“We talked to janitors,’’ Masiello said."), ["We talked to janitors,"]);
    }

    #[test]
    fn offsets_are_relative_to_the_body() {
        let body = "Intro.\nHe said “yes we can.”";
        let q = find(body, 7, body.len());
        assert_eq!(&body[q[0].start..q[0].end], "yes we can.");
    }

    #[test]
    fn guillemets_and_low_marks_pair_after_accented_text() {
        assert_eq!(texts("Élysée: «nous irons» and „wir gehen“ today"), ["nous irons", "wir gehen“ today"]);
    }

    #[test]
    fn words_are_counted_between_spaces_and_dashes_up_to_the_cap() {
        assert_eq!(words_upto("one two—three – , four", 10), 4);
        assert_eq!(words_upto("one two three four", 2), 2);
        assert_eq!(words_upto("  — ,, ", 5), 0);
    }
}
