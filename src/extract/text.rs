//! Character access by byte offset, for scanners that walk a text byte by
//! byte on ASCII and fall back to decoding elsewhere.

/// The character at byte `i` of `text` (a char boundary), if any.
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|t| t.chars().next()),
        None => None,
    }
}

/// The General Punctuation block (quotes, dashes, spaces, U+2000..U+206F),
/// frequent in news text, holds no letter or digit: the Unicode tables need
/// not be searched for it.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// `char::is_alphanumeric`, without a table search for ASCII or punctuation.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !is_general_punctuation(c) && c.is_alphanumeric()
}

/// `char::is_alphabetic`, without a table search for ASCII or punctuation.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    !is_general_punctuation(c) && c.is_alphabetic()
}

/// The character before byte `i` of `text` (a char boundary), if any.
pub fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|t| t.chars().next_back())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_are_read_at_and_before_a_byte_offset() {
        let t = "aé€";
        assert_eq!((char_at(t, 0), char_at(t, 1), char_at(t, 3), char_at(t, 6)), (Some('a'), Some('é'), Some('€'), None));
        assert_eq!((char_before(t, 0), char_before(t, 3), char_before(t, 6)), (None, Some('é'), Some('€')));
        assert_eq!(char_at(t, 2), None, "inside a character");
    }

    #[test]
    fn letter_and_digit_tests_agree_with_char_on_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
