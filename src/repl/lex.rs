//! A small SQL lexer shared by statement completion (a safe equivalent of
//! `sqlite3_complete`), statement splitting, highlighting and tab completion.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Space,
    /// `-- ...` or `/* ... */`.
    Comment,
    /// `'...'`.
    String,
    /// `"..."`, `` `...` `` or `[...]`.
    Quoted,
    /// A keyword or an identifier.
    Word,
    Number,
    /// `:name`, `@name`, `$name` or `?NNN`.
    Param,
    Semi,
    /// Any other character (operators, parentheses, commas, dots).
    Punct,
}

/// One token: its kind, byte range in the input, and whether a string,
/// quoted name or block comment runs to the end of the input unterminated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub open: bool,
}

fn data_words(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// SQLite's keywords, upper case, sorted.
pub fn keywords() -> &'static [&'static str] {
    static K: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    K.get_or_init(|| data_words(include_str!("keywords.txt")))
}

/// SQL functions offered by completion, lower case.
pub fn functions() -> &'static [&'static str] {
    static F: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    F.get_or_init(|| data_words(include_str!("functions.txt")))
}

pub fn is_keyword(word: &str) -> bool {
    keywords().binary_search_by(|k| cmp_ignore_case(k, word)).is_ok()
}

fn cmp_ignore_case(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().map(|c| c.to_ascii_uppercase()).cmp(b.bytes().map(|c| c.to_ascii_uppercase()))
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || (c as u32) > 0x7f
}

fn is_ident_char(c: char) -> bool {
    is_ident_start(c) || c.is_ascii_digit() || c == '$'
}

/// Splits `sql` into tokens. Every byte belongs to exactly one token.
pub fn lex(sql: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = sql.char_indices().peekable();
    while let Some((start, c)) = it.next() {
        let mut open = false;
        let end_at = |it: &mut std::iter::Peekable<std::str::CharIndices<'_>>| it.peek().map_or(sql.len(), |&(i, _)| i);
        let kind = match c {
            c if c.is_whitespace() => {
                while it.next_if(|&(_, c)| c.is_whitespace()).is_some() {}
                Kind::Space
            }
            '-' if sql[start..].starts_with("--") => {
                while it.next_if(|&(_, c)| c != '\n').is_some() {}
                Kind::Comment
            }
            '/' if sql[start..].starts_with("/*") => {
                it.next();
                open = true;
                let mut prev = ' ';
                for (_, d) in it.by_ref() {
                    if prev == '*' && d == '/' {
                        open = false;
                        break;
                    }
                    prev = d;
                }
                Kind::Comment
            }
            '\'' | '"' | '`' | '[' => {
                let close = if c == '[' { ']' } else { c };
                open = true;
                // A doubled quote closes and reopens: the loop sees it as two tokens'
                // worth of quote and keeps going, which is what SQLite does.
                while let Some((_, d)) = it.next() {
                    if d == close {
                        if close != ']' && it.next_if(|&(_, e)| e == close).is_some() {
                            continue;
                        }
                        open = false;
                        break;
                    }
                }
                if c == '\'' { Kind::String } else { Kind::Quoted }
            }
            ';' => Kind::Semi,
            c if c.is_ascii_digit() || (c == '.' && it.peek().is_some_and(|&(_, d)| d.is_ascii_digit())) => {
                while it.next_if(|&(_, d)| d.is_ascii_alphanumeric() || d == '.' || d == '_').is_some() {}
                Kind::Number
            }
            ':' | '@' | '$' | '?' => {
                while it.next_if(|&(_, d)| is_ident_char(d)).is_some() {}
                if end_at(&mut it) > start + 1 || c == '?' { Kind::Param } else { Kind::Punct }
            }
            c if is_ident_start(c) => {
                while it.next_if(|&(_, d)| is_ident_char(d)).is_some() {}
                Kind::Word
            }
            _ => Kind::Punct,
        };
        let end = end_at(&mut it);
        out.push(Token { kind, start, end, open });
    }
    out
}

/// The token classes of SQLite's `sqlite3_complete` state machine.
#[derive(Clone, Copy)]
enum Class {
    Semi = 0,
    Ws = 1,
    Other = 2,
    Explain = 3,
    Create = 4,
    Temp = 5,
    Trigger = 6,
    End = 7,
}

/// SQLite's transition table (sqlite3/src/complete.c): states are
/// 0 invalid, 1 start, 2 normal, 3 explain, 4 create, 5 trigger, 6 semi, 7 end.
const TRANS: [[u8; 8]; 8] = [
    [1, 0, 2, 3, 4, 2, 2, 2],
    [1, 1, 2, 3, 4, 2, 2, 2],
    [1, 2, 2, 2, 2, 2, 2, 2],
    [1, 3, 3, 2, 4, 2, 2, 2],
    [1, 4, 2, 2, 2, 4, 5, 2],
    [6, 5, 5, 5, 5, 5, 5, 5],
    [6, 6, 5, 5, 5, 5, 5, 7],
    [1, 7, 5, 5, 5, 5, 5, 5],
];

fn class(sql: &str, t: &Token) -> Class {
    match t.kind {
        Kind::Space | Kind::Comment => Class::Ws,
        Kind::Semi => Class::Semi,
        Kind::Word => {
            let w = &sql[t.start..t.end];
            if w.eq_ignore_ascii_case("create") {
                Class::Create
            } else if w.eq_ignore_ascii_case("temp") || w.eq_ignore_ascii_case("temporary") {
                Class::Temp
            } else if w.eq_ignore_ascii_case("trigger") {
                Class::Trigger
            } else if w.eq_ignore_ascii_case("end") {
                Class::End
            } else if w.eq_ignore_ascii_case("explain") {
                Class::Explain
            } else {
                Class::Other
            }
        }
        _ => Class::Other,
    }
}

/// True when `sql` ends with a complete statement, as `sqlite3_complete`
/// decides: the last `;` is outside strings, quoted names, comments and the
/// body of a CREATE TRIGGER, and nothing but spaces or comments follow it.
pub fn is_complete(sql: &str) -> bool {
    let mut state = 0u8;
    for t in lex(sql) {
        if t.open {
            return false;
        }
        state = TRANS[state as usize][class(sql, &t) as usize];
    }
    state == 1
}

/// True when `sql` holds nothing but spaces and finished comments.
pub fn is_blank(sql: &str) -> bool {
    lex(sql).iter().all(|t| matches!(t.kind, Kind::Space | Kind::Comment) && !t.open)
}

/// Splits `sql` into its statements (each with its `;`), leaving out empty
/// ones. Text after the last complete statement comes last, without a `;`.
pub fn split(sql: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut state = 0u8;
    let mut from = 0;
    let mut empty = true;
    for t in lex(sql) {
        let c = class(sql, &t);
        let next = TRANS[state as usize][c as usize];
        if matches!(c, Class::Semi) && next == 1 {
            if !empty {
                out.push(sql[from..t.end].trim());
            }
            from = t.end;
            empty = true;
        } else if !matches!(c, Class::Ws) {
            empty = false;
        }
        state = next;
    }
    if !empty {
        out.push(sql[from..].trim());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semicolon_ends_a_statement() {
        assert!(is_complete("SELECT 1;"));
        assert!(is_complete("SELECT 1;  -- done\n"));
        assert!(!is_complete("SELECT 1"));
        assert!(!is_complete(""));
        assert!(!is_complete("   "));
        assert!(is_complete(";"));
    }

    #[test]
    fn a_semicolon_inside_quotes_or_comments_does_not() {
        assert!(!is_complete("SELECT 'a;"));
        assert!(!is_complete("SELECT 'a;b'"));
        assert!(is_complete("SELECT 'a;b';"));
        assert!(is_complete("SELECT 'it''s;';"));
        assert!(!is_complete("SELECT \"x;"));
        assert!(!is_complete("SELECT [x;"));
        assert!(is_complete("SELECT [x;];"));
        assert!(!is_complete("SELECT `x;"));
        assert!(!is_complete("SELECT 1 -- ;"));
        assert!(!is_complete("SELECT 1 /* ; */"));
        assert!(!is_complete("SELECT 1; /* unfinished"));
        assert!(is_complete("SELECT 1 /* ; */;"));
    }

    #[test]
    fn a_trigger_body_needs_end_before_its_semicolon() {
        let t = "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1);";
        assert!(!is_complete(t));
        assert!(!is_complete(&format!("{t} END")));
        assert!(is_complete(&format!("{t} END;")));
        assert!(!is_complete("create temp trigger t after delete on a begin delete from b;"));
        // END outside a trigger is an ordinary word.
        assert!(is_complete("SELECT CASE WHEN 1 THEN 2 END;"));
    }

    #[test]
    fn comments_alone_are_blank() {
        assert!(is_blank("  -- note\n /* x */ "));
        assert!(!is_blank("/* open"));
        assert!(!is_blank("SELECT"));
    }

    #[test]
    fn split_keeps_semicolons_in_strings_and_triggers_together() {
        assert_eq!(split("SELECT 1; SELECT 'a;b';"), vec!["SELECT 1;", "SELECT 'a;b';"]);
        assert_eq!(split(";; SELECT 1 ;  ; -- x\n"), vec!["SELECT 1 ;"]);
        let t = "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); END;";
        assert_eq!(split(&format!("{t} SELECT 2;")), vec![t, "SELECT 2;"]);
        assert_eq!(split("SELECT 1; SELECT"), vec!["SELECT 1;", "SELECT"]);
    }

    #[test]
    fn keywords_are_sorted_for_lookup() {
        assert!(keywords().windows(2).all(|w| cmp_ignore_case(w[0], w[1]).is_lt()));
        assert!(is_keyword("select") && is_keyword("WHERE") && !is_keyword("articles"));
    }

    #[test]
    fn lex_covers_every_byte_and_handles_unicode() {
        let s = "SELECT 'é', \"naïve\" FROM t -- ü\n WHERE x = :p AND y = ?1 /* ∑ */";
        let toks = lex(s);
        let mut at = 0;
        for t in &toks {
            assert_eq!(t.start, at);
            at = t.end;
        }
        assert_eq!(at, s.len());
        let kinds: Vec<Kind> = toks.iter().filter(|t| t.kind != Kind::Space).map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Word, Kind::String, Kind::Punct, Kind::Quoted, Kind::Word, Kind::Word, Kind::Comment,
                Kind::Word, Kind::Word, Kind::Punct, Kind::Param, Kind::Word, Kind::Word, Kind::Punct, Kind::Param,
                Kind::Comment
            ]
        );
    }
}
