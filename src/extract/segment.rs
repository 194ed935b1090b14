//! Paragraphs and sentences with byte offsets into the body.
//!
//! A paragraph is a line of the body (blank lines separate them). A sentence
//! ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when
//! whitespace and a plausible sentence start follow, unless the word before
//! the period is an abbreviation (`Mr.`, `Lt. Cmdr.`, `U.S.`) or an initial.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::lexicon;
use super::types::Sentence;

fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lexicon::lines(include_str!("data/abbreviations.txt")).collect())
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«')
}

/// Splits `body` into sentences, in order, trimmed of surrounding whitespace.
pub fn segment(body: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, (start, end)) in paragraphs(body).into_iter().enumerate() {
        split_paragraph(body, start, end, paragraph, &mut out);
    }
    out
}

/// Byte ranges of the non-blank lines of `body`, trimmed.
pub fn paragraphs(body: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in body.split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        if end > start {
            out.push((start, end));
        }
        pos += line.len();
    }
    out
}

fn split_paragraph(body: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let text = &body[start..end];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut sent_start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take any run of terminal punctuation and closers.
            let mut j = i + 1;
            while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_closer(chars[j].1)) {
                j += 1;
            }
            // Must be followed by whitespace and then a sentence start.
            if j < chars.len() && chars[j].1.is_whitespace() {
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next = chars.get(k).map(|&(_, c)| c);
                let starts_sentence = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opener(n));
                if starts_sentence && !(c == '.' && is_abbreviation(text, pos)) {
                    let sent_end = chars.get(j).map_or(text.len(), |&(p, _)| p);
                    push(text, start, sent_start, sent_end, paragraph, out);
                    sent_start = chars[k].0;
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(text, start, sent_start, text.len(), paragraph, out);
}

fn push(text: &str, base: usize, s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = base + s + lead;
        out.push(Sentence { paragraph, start, end: start + trimmed.len() });
    }
}

/// Is the period at byte `dot` of `text` the end of an abbreviation or initial?
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opener(c) || c == '(' || c == '—' || c == '–')
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("George W. Bush").
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase();
    }
    // Dotted acronyms: "U.S", "a.m", "D.C".
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty()) {
        return true;
    }
    abbreviations().contains(word)
}

/// The index of the sentence that contains byte `pos`, if any.
pub fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= pos);
    (i < sentences.len() && sentences[i].start <= pos).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        segment(body).iter().map(|s| &body[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(texts("One two. Three four! Five?"), ["One two.", "Three four!", "Five?"]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            texts("Mr. Smith met Lt. Cmdr. Jones in the U.S. Army base. George W. Bush spoke at 9 a.m. Then he left."),
            ["Mr. Smith met Lt. Cmdr. Jones in the U.S. Army base.", "George W. Bush spoke at 9 a.m. Then he left."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(texts("It grew 1.5 percent. Then fell."), ["It grew 1.5 percent.", "Then fell."]);
    }

    #[test]
    fn sentence_ending_inside_quotes_splits_after_the_quote() {
        assert_eq!(
            texts("He said “we will go.” Then he left."),
            ["He said “we will go.”", "Then he left."]
        );
    }

    #[test]
    fn paragraphs_are_lines() {
        let s = segment("First para.\n\nSecond para. Again.");
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 1, 1]);
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let s = segment("Aa bb. Cc dd.");
        assert_eq!(sentence_at(&s, 0), Some(0));
        assert_eq!(sentence_at(&s, 8), Some(1));
        assert_eq!(sentence_at(&s, 6), None);
    }
}
