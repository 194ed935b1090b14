//! A small SQL tokenizer: just enough to find named parameters, the first
//! keyword of a statement and statement ends, skipping strings, quoted
//! identifiers and comments. SQLite itself parses the SQL; this only answers
//! questions SQLite cannot before a statement is prepared.

/// One token, with its byte offset in the SQL text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// `:name`, `@name` or `$name` (the name without its prefix).
    Param(&'a str, usize),
    /// `?` or `?NNN`.
    Positional(usize),
    /// A keyword or bare identifier.
    Word(&'a str, usize),
    /// `;`
    Semicolon(usize),
    /// Anything else: literals, quoted identifiers, operators.
    Other(usize),
}

fn ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$' || !c.is_ascii()
}

/// The tokens of `sql`; comments and whitespace are dropped.
pub fn tokens(sql: &str) -> Vec<Token<'_>> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    // Finds the end of a quoted run starting at `i` (the opening quote);
    // a doubled closing quote escapes it.
    let quoted = |i: usize, close: u8| -> usize {
        let mut j = i + 1;
        while j < b.len() {
            if b[j] == close {
                if close != b']' && b.get(j + 1) == Some(&close) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j += 1;
        }
        b.len()
    };
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0c => i += 1,
            b'-' if b.get(i + 1) == Some(&b'-') => {
                i = sql[i..].find('\n').map_or(b.len(), |n| i + n + 1);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = sql[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
            }
            b'\'' | b'"' | b'`' | b'[' => {
                out.push(Token::Other(i));
                i = quoted(i, if c == b'[' { b']' } else { c });
            }
            b';' => {
                out.push(Token::Semicolon(i));
                i += 1;
            }
            b'?' => {
                out.push(Token::Positional(i));
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            b':' | b'@' | b'$' => {
                let start = i + 1;
                let end = sql[start..].find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || !ch.is_ascii())).map_or(sql.len(), |n| start + n);
                if end > start {
                    out.push(Token::Param(&sql[start..end], i));
                } else {
                    out.push(Token::Other(i));
                }
                i = end.max(i + 1);
            }
            _ if c.is_ascii_alphabetic() || c == b'_' || !c.is_ascii() => {
                let end = sql[i..].find(|ch: char| !ident_char(ch)).map_or(sql.len(), |n| i + n);
                out.push(Token::Word(&sql[i..end], i));
                i = end.max(i + 1);
            }
            _ if c.is_ascii_digit() => {
                out.push(Token::Other(i));
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                    i += 1;
                }
            }
            _ => {
                out.push(Token::Other(i));
                i += 1;
            }
        }
        // Multi-byte characters only start words, which end at a char boundary.
        while i < b.len() && !sql.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// The first keyword of the (first) statement, upper-cased: "SELECT", "ATTACH".
pub fn first_keyword(sql: &str) -> Option<String> {
    tokens(sql).into_iter().find_map(|t| match t {
        Token::Semicolon(_) => None,
        Token::Word(w, _) => Some(w.to_ascii_uppercase()),
        _ => Some(String::new()),
    }).filter(|w| !w.is_empty())
}

/// The byte offset where each statement of `sql` starts (its first token),
/// splitting at `;` except inside a CREATE TRIGGER body (up to its END).
pub fn statement_starts(sql: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut words = 0;
    let mut trigger = false;
    let mut last_word_end = false;
    for t in tokens(sql) {
        let off = match t {
            Token::Semicolon(_) => {
                if !trigger || last_word_end {
                    words = 0;
                    trigger = false;
                }
                last_word_end = false;
                continue;
            }
            Token::Param(_, o) | Token::Positional(o) | Token::Word(_, o) | Token::Other(o) => o,
        };
        if words == 0 {
            starts.push(off);
        }
        words += 1;
        last_word_end = false;
        if let Token::Word(w, _) = t {
            if words <= 4 && w.eq_ignore_ascii_case("TRIGGER") {
                trigger = true;
            }
            last_word_end = w.eq_ignore_ascii_case("END");
        }
    }
    starts
}

/// The 1-based line and column of a byte offset.
pub fn line_col(sql: &str, offset: usize) -> (usize, usize) {
    let mut off = offset.min(sql.len());
    while !sql.is_char_boundary(off) {
        off -= 1;
    }
    let before = &sql[..off];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(sql: &str) -> Vec<&str> {
        tokens(sql).into_iter().filter_map(|t| if let Token::Param(p, _) = t { Some(p) } else { None }).collect()
    }

    #[test]
    fn parameters_are_found_outside_strings_and_comments() {
        let sql = "SELECT ':no', \":no\", [:no] -- :no\n/* :no */ FROM t WHERE a = :actor AND b = @lim AND c = $x1";
        assert_eq!(params(sql), ["actor", "lim", "x1"]);
    }

    #[test]
    fn doubled_quotes_stay_inside_strings() {
        assert_eq!(params("SELECT 'it''s :no', :yes"), ["yes"]);
    }

    #[test]
    fn positional_parameters_are_told_apart() {
        assert!(tokens("SELECT ?1, ?").iter().filter(|t| matches!(t, Token::Positional(_))).count() == 2);
    }

    #[test]
    fn first_keyword_skips_comments() {
        assert_eq!(first_keyword("-- hi\n /* x */ attach 'f' AS g").as_deref(), Some("ATTACH"));
        assert_eq!(first_keyword("  "), None);
        assert_eq!(first_keyword("(SELECT 1)"), None);
    }

    #[test]
    fn statements_split_at_semicolons_but_not_inside_triggers() {
        assert_eq!(statement_starts("SELECT 1; SELECT ';';\n-- c\nSELECT 3;"), [0, 10, 27]);
        let sql = "CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1; SELECT 2; END; SELECT 4";
        assert_eq!(statement_starts(sql), [0, 66]);
    }

    #[test]
    fn line_and_column_of_an_offset() {
        assert_eq!(line_col("SELECT\n  x FORM", 11), (2, 5));
        assert_eq!(line_col("é x", 3), (1, 3));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["'", "\"", "/*", "--", "[", ":", "é:é", "1.2e5x", "`a``b`", "$"] {
            let _tokens = tokens(s);
        }
    }
}
