//! Words and punctuation of one sentence, with byte offsets, capitalisation
//! and possessive endings ("UN's", "Talibs'") split off.

/// One word or punctuation mark. Offsets are absolute byte offsets into the
/// text the sentence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    pub start: usize,
    /// End of the word without a possessive ending.
    pub end: usize,
    /// The word without a possessive ending ("UN" for "UN's").
    pub text: &'a str,
    pub word: bool,
    /// First character is upper case.
    pub cap: bool,
    /// Two or more letters, all upper case ("UN", "U.S.", "NATO").
    pub upper: bool,
    /// Followed by "'s", "’s" or a plural possessive apostrophe.
    pub possessive: bool,
    /// Whitespace (or the sentence start) separates it from the previous token.
    pub space_before: bool,
}

use crate::extract::text::{char_at, is_alnum};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Two or more letters, all upper case.
fn all_upper(word: &str) -> bool {
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2 && !b.iter().any(u8::is_ascii_lowercase);
    }
    let mut letters = 0usize;
    let mut upper = true;
    for ch in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper &= ch.is_uppercase();
    }
    letters >= 2 && upper
}

/// The end of the word starting at byte `s`: letters and digits, joined by
/// a hyphen, apostrophe or "&" before another letter or digit, or by a period
/// after a single capital ("U.S.A"). Also says whether an apostrophe was joined.
/// Also the first byte where a capital follows a lower-case letter ("theWorld").
fn word_end(text: &str, s: usize) -> (usize, bool, Option<usize>) {
    let bytes = text.as_bytes();
    let mut i = s;
    let mut seg_len = 0usize; // letters since the last internal period
    let mut seg_start_upper = false;
    let mut apostrophe = false;
    let mut camel = None;
    loop {
        // Lower-case ASCII letters, the common case, byte by byte.
        let run = i;
        while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
            i += 1;
        }
        if i > run {
            if seg_len == 0 {
                seg_start_upper = false;
            }
            seg_len += i - run;
        }
        if let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
            if seg_len == 0 {
                seg_start_upper = b.is_ascii_uppercase();
            }
            // A capital right after a lower-case letter ("theWorld", "Qatar’sRas").
            if camel.is_none() && i > run && b.is_ascii_uppercase() {
                camel = Some(i);
            }
            seg_len += 1;
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let cl = c.len_utf8();
        if is_alnum(c) {
            if seg_len == 0 {
                seg_start_upper = c.is_uppercase();
            }
            seg_len += 1;
            i += cl;
            continue;
        }
        let next_alnum = char_at(text, i + cl).is_some_and(is_alnum);
        // "O' Neill", "D' Souza": an Irish or Italian prefix and its surname, a space
        // slipped in after the apostrophe, are one word.
        if is_apostrophe(c) && i == s + 1 && matches!(bytes[s], b'O' | b'D') && bytes.get(i + cl) == Some(&b' ') && char_at(text, i + cl + 1).is_some_and(char::is_uppercase) {
            seg_len = 0;
            i += cl + 1;
            continue;
        }
        if (c == '-' || is_apostrophe(c) || c == '&') && next_alnum {
            apostrophe |= is_apostrophe(c);
            seg_len = 0;
            i += cl;
            continue;
        }
        // "U.S.A": an internal period after a single capital letter.
        if c == '.' && next_alnum && seg_len == 1 && seg_start_upper {
            seg_len = 0;
            i += cl;
            continue;
        }
        break;
    }
    (i, apostrophe, camel)
}

/// The end of the word at byte `s` when it is an ASCII letter followed by
/// lower-case ASCII letters only and then by the text's end, or by an ASCII
/// character that is no letter, digit, "-", "'", "&" or ".": such a word is
/// its own token as it stands.
#[inline]
fn plain_ascii_word(b: &[u8], s: usize) -> Option<usize> {
    if !b.get(s)?.is_ascii_alphabetic() {
        return None;
    }
    let mut e = s + 1;
    while b.get(e).is_some_and(u8::is_ascii_lowercase) {
        e += 1;
    }
    match b.get(e) {
        None => Some(e),
        Some(&x) if x.is_ascii() && !x.is_ascii_alphanumeric() && !matches!(x, b'-' | b'\'' | b'&' | b'.') => Some(e),
        _ => None,
    }
}

/// The token of a word `core` starting at absolute byte `start` with character `c`.
#[inline]
fn word_tok(start: usize, core: &str, c: char, possessive: bool, space_before: bool) -> Tok<'_> {
    // A word starting with a lower-case letter is no acronym: most words skip the scan.
    let cap = c.is_uppercase();
    Tok {
        start,
        end: start + core.len(),
        text: core,
        word: true,
        cap,
        upper: (cap || !c.is_alphabetic()) && all_upper(core),
        possessive,
        space_before,
    }
}

/// Splits `text` (which starts at byte `base` of its source) into tokens.
/// `keeps_period` says whether a word keeps a following period ("Lt.", "Mr.").
/// `glued` says whether a word's part before a capital inside it is a word of
/// its own that a scrape glued to a name ("theWorld", "DonaldTrump"): the
/// word is then split there, as if a space stood between.
/// Also says whether it split any word so.
pub fn tokenize<'a>(text: &'a str, base: usize, keeps_period: impl Fn(&str) -> bool, glued: impl Fn(&str) -> bool) -> (Vec<Tok<'a>>, bool) {
    let mut split = false;
    let mut out = Vec::with_capacity(text.len() / 5 + 4);
    let n = text.len();
    // Byte offsets throughout; every offset is a char boundary.
    let mut i = 0;
    let mut space = true;
    while let Some(c) = char_at(text, i) {
        let cl = c.len_utf8();
        if c.is_whitespace() {
            space = true;
            i += cl;
            continue;
        }
        // The common case: an ASCII word of lower-case letters after an optional
        // capital, ending where nothing can join it (no joiner, period,
        // apostrophe, digit or capital): no possessive, no acronym, no glue.
        if let Some(e) = plain_ascii_word(text.as_bytes(), i) {
            out.push(Tok {
                start: base + i,
                end: base + e,
                text: &text[i..e],
                word: true,
                cap: c.is_ascii_uppercase(),
                upper: false,
                possessive: false,
                space_before: space,
            });
            space = false;
            i = e;
            continue;
        }
        if !is_alnum(c) {
            out.push(Tok {
                start: base + i,
                end: base + i + cl,
                text: &text[i..i + cl],
                word: false,
                cap: false,
                upper: false,
                possessive: false,
                space_before: space,
            });
            space = false;
            i += cl;
            continue;
        }
        let s = i;
        let (word_end, apostrophe, camel) = word_end(text, s);
        if let Some(cut) = camel.filter(|&cut| text.get(s..cut).is_some_and(&glued)) {
            let head = &text[s..cut];
            let (core, possessive) = match head.strip_suffix("’s").or_else(|| head.strip_suffix("'s")) {
                Some(c) if !c.is_empty() => (c, true),
                _ => (head, false),
            };
            out.push(word_tok(base + s, core, c, possessive, space));
            space = true;
            split = true;
            i = cut;
            continue;
        }
        i = word_end;
        let mut e = i;
        // A final period after an initial, a dotted acronym, or an abbreviation.
        if e < n && text.as_bytes()[e] == b'.' {
            let w = &text[s..e];
            let mut cs = w.chars();
            let single = cs.next().is_some_and(char::is_uppercase) && cs.next().is_none();
            if single || w.contains('.') || keeps_period(w) {
                e += 1;
            }
        }
        let full = &text[s..e];
        let mut core = full;
        let mut possessive = false;
        let last = full.as_bytes().last().copied().unwrap_or(0);
        // Every ending below holds an apostrophe.
        if apostrophe && matches!(last, b's' | b'S') {
            for suf in ["'s", "’s", "'S", "’S"] {
                if let Some(c) = full.strip_suffix(suf) {
                    if !c.is_empty() {
                        core = c;
                        possessive = true;
                    }
                }
            }
        }
        // Contractions: "I’d", "they’ll", "don't" read as their first word.
        if apostrophe && !possessive && matches!(last, b'd' | b'l' | b'm' | b'e' | b't') {
            for suf in ["'d", "’d", "'ll", "’ll", "'m", "’m", "'ve", "’ve", "'re", "’re", "n't", "n’t"] {
                if let Some(c) = full.strip_suffix(suf) {
                    if !c.is_empty() {
                        core = c;
                    }
                }
            }
        }
        // Plural possessive: "Talibs' leaders".
        if !possessive && last == b's' {
            if let Some(a) = char_at(text, e).filter(|&a| is_apostrophe(a)) {
                let after = e + a.len_utf8();
                if !char_at(text, after).is_some_and(is_alnum) && full.chars().next().is_some_and(char::is_uppercase) {
                    possessive = true;
                    e = after;
                }
            }
        }
        out.push(word_tok(base + s, core, c, possessive, space));
        space = false;
        i = e;
    }
    (out, split)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0, |w| w == "Lt" || w == "Cmdr", |w| w == "the").0.into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn possessives_are_split_off() {
        let t = tokenize("the UN’s team and Trump's plan", 0, |_| false, |_| false).0;
        let un = t.iter().find(|t| t.text == "UN").unwrap();
        assert!(un.possessive && un.upper);
        assert!(t.iter().any(|t| t.text == "Trump" && t.possessive));
    }

    #[test]
    fn dotted_acronyms_and_abbreviations_keep_periods() {
        assert_eq!(words("the U.S. said Lt. Cmdr. Jo Bo."), ["the", "U.S.", "said", "Lt.", "Cmdr.", "Jo", "Bo", "."]);
    }

    #[test]
    fn hyphens_and_apostrophes_inside_words_stay() {
        assert_eq!(words("al-Qa’ida and Al-Qaida, US-Taliban"), ["al-Qa’ida", "and", "Al-Qaida", ",", "US-Taliban"]);
    }

    #[test]
    fn apostrophe_prefix_with_a_space_joins_its_surname() {
        assert_eq!(words("Rory O' Neill, and D’ Souza said O' Brien"), ["Rory", "O' Neill", ",", "and", "D’ Souza", "said", "O' Brien"]);
        assert_eq!(words("the 'O' was said"), ["the", "'", "O", "'", "was", "said"]);
    }

    #[test]
    fn a_word_glued_before_a_capital_is_split_off() {
        assert_eq!(words("met theWorld Bank and iPhone"), ["met", "the", "World", "Bank", "and", "iPhone"]);
        let (t, split) = tokenize("theWorld", 0, |_| false, |w| w == "the");
        assert!(split && t[1].space_before && t[1].cap && (t[1].start, t[1].end) == (3, 8));
    }

    #[test]
    fn plain_words_keep_their_capital_and_no_acronym_or_possessive() {
        let t = tokenize("Bob met A cat, then Talibs' men", 0, |_| false, |_| false).0;
        let flags: Vec<(&str, bool, bool, bool)> = t.iter().map(|t| (t.text, t.cap, t.upper, t.possessive)).collect();
        assert_eq!(flags[0], ("Bob", true, false, false));
        assert_eq!(flags[2], ("A", true, false, false));
        assert_eq!(flags[3], ("cat", false, false, false));
        assert_eq!(flags[6], ("Talibs", true, false, true));
        assert_eq!(plain_ascii_word(b"cat's", 0), None);
        assert_eq!(plain_ascii_word(b"cat", 0), Some(3));
    }

    #[test]
    fn offsets_are_absolute() {
        let t = tokenize("é Bob", 10, |_| false, |_| false).0;
        assert_eq!((t[1].start, t[1].end), (13, 16));
    }
}
