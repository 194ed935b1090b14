//! Reading the embedded lexicon data files (`src/extract/data/*`): one entry
//! per line, `#` starts a comment, fields of TSV files are tab-separated.

/// The non-empty, non-comment lines of a lexicon, trimmed.
pub fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

/// The tab-separated fields of each entry of a TSV lexicon.
pub fn rows(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    src.lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Appends `word` lower-cased char by char (`char::to_lowercase`), with
/// a fast path for ASCII words.
pub fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let from = out.len();
        out.push_str(word);
        if let Some(tail) = out.get_mut(from..) {
            tail.make_ascii_lowercase();
        }
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// A test that rules out most words of a text without hashing them: one
/// bit per (first byte, length) of the words of a set. `may_hold` says yes
/// to every word of the set, and to a few others.
pub struct Shapes {
    bits: Vec<u64>,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes { bits: vec![0; 256] }
    }
}

impl Shapes {
    fn slot(word: &str) -> Option<(usize, u64)> {
        let first = *word.as_bytes().first()?;
        Some((usize::from(first), 1 << word.len().min(63)))
    }

    pub fn insert(&mut self, word: &str) {
        if let Some((i, bit)) = Shapes::slot(word) {
            self.bits[i] |= bit;
        }
    }

    pub fn may_hold(&self, word: &str) -> bool {
        Shapes::slot(word).is_some_and(|(i, bit)| self.bits[i] & bit != 0)
    }
}

impl<'a> FromIterator<&'a str> for Shapes {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Shapes {
        let mut s = Shapes::default();
        words.into_iter().for_each(|w| s.insert(w));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_skip_comments_and_blanks() {
        let v: Vec<_> = lines("# head\nsaid\n\n  told  # note\n").collect();
        assert_eq!(v, ["said", "told"]);
    }

    #[test]
    fn push_lower_lowers_ascii_and_unicode_words() {
        let mut s = String::from("x");
        push_lower(&mut s, "UN’s");
        push_lower(&mut s, "ÉTÉ");
        push_lower(&mut s, "Hello");
        assert_eq!(s, "xun’sétéhello");
    }

    #[test]
    fn rows_split_on_tabs() {
        let v: Vec<_> = rows("# k\tv\nsign\tagreement\t03\n").collect();
        assert_eq!(v, [vec!["sign", "agreement", "03"]]);
    }

    #[test]
    fn shapes_hold_every_word_and_rule_out_others() {
        let s: Shapes = ["report", "deal", "a"].into_iter().collect();
        assert!(["report", "deal", "a"].iter().all(|w| s.may_hold(w)));
        assert!(!s.may_hold("the") && !s.may_hold("reports") && !s.may_hold("") && !s.may_hold("Deal"));
    }
}
