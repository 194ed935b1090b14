//! Case-insensitive patterns searched as case-sensitive ones on an
//! ASCII-lower-cased copy of the text: `(?i)` defeats the regex crate's
//! literal prefilters, so a search over a whole body costs many times more.
//!
//! Lowering ASCII letters keeps byte offsets, and `(?i)` relates an ASCII
//! letter to no character other than its other case, except 'ſ' (read as "s")
//! and the Kelvin sign (read as "k"): texts holding either are searched with
//! the `(?i)` pattern itself.

use std::sync::OnceLock;

use regex::{CaptureMatches, Matches, Regex};

pub struct Caseless {
    pattern: String,
    /// The pattern as written (lower case), for the lowered text; None when
    /// the pattern is not ASCII, so lowering would not stand for `(?i)`.
    lowered: Option<Regex>,
    /// `(?i)` + pattern, compiled on first use.
    any_case: OnceLock<Regex>,
}

/// Whether `text` holds a character that `(?i)` reads as an ASCII letter
/// of another case ('ſ', the Kelvin sign).
pub fn folds_to_ascii(text: &str) -> bool {
    text.contains('\u{17F}') || text.contains('\u{212A}')
}

/// The text with its ASCII letters lower-cased, when searching that copy
/// finds what `(?i)` finds in the text; None otherwise.
pub fn lowered(text: &str) -> Option<String> {
    (!folds_to_ascii(text)).then(|| text.to_ascii_lowercase())
}

impl Caseless {
    /// `pattern` must write its letters in lower case.
    pub fn new(pattern: &str) -> Caseless {
        let lowered = pattern.is_ascii().then(|| compile(pattern));
        Caseless { pattern: pattern.to_string(), lowered, any_case: OnceLock::new() }
    }

    fn any_case(&self) -> &Regex {
        self.any_case.get_or_init(|| compile(&format!("(?i){}", self.pattern)))
    }

    /// The regex to run and the haystack to run it on; `lower` is
    /// [`lowered`] of `text`.
    fn pick<'h>(&self, text: &'h str, lower: Option<&'h str>) -> (&Regex, &'h str) {
        match (&self.lowered, lower) {
            (Some(re), Some(l)) if l.len() == text.len() => (re, l),
            _ => (self.any_case(), text),
        }
    }

    /// Like `Regex::captures_iter` with `(?i)` on `text`; matched text must be
    /// read from `text` by range (the haystack may be the lowered copy).
    pub fn captures_iter<'r, 'h>(&'r self, text: &'h str, lower: Option<&'h str>) -> CaptureMatches<'r, 'h> {
        let (re, hay) = self.pick(text, lower);
        re.captures_iter(hay)
    }

    /// Like `Regex::find_iter` with `(?i)` on `text` (ranges only: see above).
    pub fn find_iter<'r, 'h>(&'r self, text: &'h str, lower: Option<&'h str>) -> Matches<'r, 'h> {
        let (re, hay) = self.pick(text, lower);
        re.find_iter(hay)
    }
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("pattern {pattern}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(re: &Caseless, text: &str) -> Vec<(usize, usize)> {
        let lower = lowered(text);
        re.find_iter(text, lower.as_deref()).map(|m| (m.start(), m.end())).collect()
    }

    #[test]
    fn lowered_search_finds_what_case_insensitive_search_finds() {
        let re = Caseless::new(r"(?-u:\b)(last|this)\s+(week|year)(?-u:\b)");
        let plain = Regex::new(r"(?i)(?-u:\b)(last|this)\s+(week|year)(?-u:\b)").unwrap();
        for text in ["Last Week é THIS year", "ﬁ laſt week and LAST YEAR", "this \u{212A}ear, This Week"] {
            let want: Vec<_> = plain.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(ranges(&re, text), want, "{text}");
        }
    }

    #[test]
    fn texts_with_long_s_or_kelvin_sign_are_not_lowered() {
        assert_eq!(lowered("Laſt"), None);
        assert_eq!(lowered("3 \u{212A}"), None);
        assert_eq!(lowered("Été OK").as_deref(), Some("Été ok"));
    }
}
