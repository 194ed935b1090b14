//! Paragraphs and sentences with byte offsets into the body.
//!
//! A paragraph is a line of the body (blank lines separate them). A sentence
//! ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when
//! whitespace and a plausible sentence start follow, unless the word before
//! the period is an abbreviation (`Mr.`, `Lt. Cmdr.`, `U.S.`) or an initial.

use std::sync::OnceLock;

use super::lexicon;
use super::numbers::{WordMap as HashMap, WordSet as HashSet};
use super::types::Sentence;

/// How an abbreviation behaves before a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// A title or prefix ("Mr.", "Lt.", "No."): never ends a sentence.
    Title,
    /// May end a sentence ("Inc.", "U.S.", "a.m."): does when a usual opener follows.
    MayEnd,
}

fn abbreviations() -> &'static HashMap<&'static str, Abbrev> {
    static MAP: OnceLock<HashMap<&'static str, Abbrev>> = OnceLock::new();
    MAP.get_or_init(|| {
        lexicon::rows(include_str!("data/abbreviations.txt"))
            .filter_map(|r| {
                let word = *r.first()?;
                let kind = if r.get(1) == Some(&"end") { Abbrev::MayEnd } else { Abbrev::Title };
                (!word.is_empty()).then_some((word, kind))
            })
            .collect()
    })
}

fn openers() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lexicon::lines(include_str!("data/sentence_openers.txt")).collect())
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
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

/// The byte offset of the next possible sentence end (`.`, `!`, `?`, `…`) at or after `from`.
fn next_terminal(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let at = i + bytes[i..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))?;
        if bytes[at] != 0xE2 || text[at..].starts_with('…') {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn split_paragraph(body: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let text = &body[start..end];
    let mut sent_start = 0;
    let mut from = 0;
    while let Some(at) = next_terminal(text, from) {
        let c = text[at..].chars().next().unwrap_or('.');
        // The run of terminal punctuation and closing quotes or brackets.
        let mut j = at + c.len_utf8();
        let mut closed = false;
        for ch in text[j..].chars() {
            if is_terminal(ch) || is_closer(ch) {
                closed |= is_closer(ch);
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        from = j;
        let rest = &text[j..];
        let next_at = j + (rest.len() - rest.trim_start().len());
        if next_at == j || next_at >= text.len() {
            continue;
        }
        let next = &text[next_at..];
        let starts_sentence = next.chars().next().is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_opener(n));
        // After "Mr.”" the quote shows the period ends the sentence.
        if starts_sentence && !(c == '.' && !closed && is_abbreviation(text, at, next)) {
            push(text, start, sent_start, j, paragraph, out);
            sent_start = next_at;
        }
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

/// The first word of `next`, without punctuation.
fn first_word(next: &str) -> &str {
    let end = next.find(|c: char| !c.is_alphanumeric()).unwrap_or(next.len());
    &next[..end]
}

/// Is the period at byte `dot` of `text` the end of an abbreviation or
/// initial that does not end the sentence, given the text `next` after it?
fn is_abbreviation(text: &str, dot: usize, next: &str) -> bool {
    // Words are short: look back a little only, so a megabyte without spaces stays linear.
    let mut from = dot.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opener(c) || c == '—' || c == '–' || c == '/')
        .map_or(if from == 0 { 0 } else { before.len() }, |(p, c)| p + c.len_utf8());
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let opener_follows = openers().contains(first_word(next));
    // A single capital letter is an initial ("George W. Bush").
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_uppercase() && !opener_follows;
    }
    // A hyphenated rank ends in its last part: "Brig-Gen.", "Lieut-Col.".
    let last_part = word.rsplit_once('-').map_or(word, |(_, p)| p);
    match abbreviations().get(word).or_else(|| abbreviations().get(last_part)) {
        Some(Abbrev::Title) => return true,
        Some(Abbrev::MayEnd) => return !opener_follows,
        None => {}
    }
    // Other dotted acronyms: "U.S", "a.m", "D.C".
    if word.contains('.') && word.split('.').all(|p| (1..=2).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic)) {
        return !opener_follows;
    }
    false
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
            ["Mr. Smith met Lt. Cmdr. Jones in the U.S. Army base.", "George W. Bush spoke at 9 a.m.", "Then he left."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(texts("It grew 1.5 percent. Then fell."), ["It grew 1.5 percent.", "Then fell."]);
        assert_eq!(texts("Sales rose 6.3%. Digital TV fell."), ["Sales rose 6.3%.", "Digital TV fell."]);
    }

    #[test]
    fn sentence_ending_inside_quotes_splits_after_the_quote() {
        assert_eq!(
            texts("He said “we will go.” Then he left."),
            ["He said “we will go.”", "Then he left."]
        );
    }

    #[test]
    fn an_abbreviation_that_may_end_a_sentence_does_before_an_opener() {
        assert_eq!(
            texts("He moved to the U.S. The move was hard. Apple Inc. He said so. Shares of Apple Inc. Rose."),
            ["He moved to the U.S.", "The move was hard.", "Apple Inc.", "He said so.", "Shares of Apple Inc. Rose."]
        );
    }

    #[test]
    fn titles_never_end_a_sentence_but_a_closing_quote_does() {
        assert_eq!(texts("Ask Dr. The Great. He said “No.” Then left."), ["Ask Dr. The Great.", "He said “No.”", "Then left."]);
    }

    #[test]
    fn numbers_after_no_and_times_do_not_split() {
        assert_eq!(texts("He is No. 1 in the U.S. Army. It starts at 9 a.m. Eastern."), ["He is No. 1 in the U.S. Army.", "It starts at 9 a.m. Eastern."]);
    }

    #[test]
    fn ellipsis_and_question_marks_split() {
        assert_eq!(texts("Wait… Then what? Nothing! Done"), ["Wait…", "Then what?", "Nothing!", "Done"]);
    }

    #[test]
    fn a_hyphenated_rank_does_not_split() {
        assert_eq!(texts("Brig-Gen. Jane Doe left. Lt-Col. Roe stayed."), ["Brig-Gen. Jane Doe left.", "Lt-Col. Roe stayed."]);
    }

    #[test]
    fn a_long_run_without_spaces_is_not_an_abbreviation() {
        let s = "a.".repeat(50_000) + " B";
        assert_eq!(texts(&s).len(), 2);
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
