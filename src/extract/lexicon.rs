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
}
