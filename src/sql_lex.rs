//! The SQL lexer every part of dossier shares: canned-query checks (named
//! and positional parameters, the first keyword, where statements start),
//! statement completion and splitting in the REPL (a safe equivalent of
//! `sqlite3_complete`), highlighting and tab completion. SQLite itself parses
//! the SQL; this only answers what must be known before a statement is
//! prepared, or while it is still being typed.

use std::sync::OnceLock;

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
    /// `:name`, `@name`, `$name` (see [`Token::param_name`]) or `?NNN`.
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

impl Token {
    /// The token's text in `sql`, the text it was lexed from.
    pub fn text<'a>(&self, sql: &'a str) -> &'a str {
        &sql[self.start..self.end]
    }

    /// The name of a named parameter, without its prefix (`actor` for
    /// `:actor`); `None` for a positional `?NNN` and for other tokens.
    pub fn param_name<'a>(&self, sql: &'a str) -> Option<&'a str> {
        let text = self.text(sql);
        // The prefix is one ASCII byte.
        (self.kind == Kind::Param && !text.starts_with('?')).then(|| &text[1..])
    }
}

fn data_words(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// SQLite's keywords, upper case, sorted.
pub fn keywords() -> &'static [&'static str] {
    static K: OnceLock<Vec<&'static str>> = OnceLock::new();
    K.get_or_init(|| data_words(include_str!("repl/keywords.txt")))
}

/// SQL functions offered by completion, lower case.
pub fn functions() -> &'static [&'static str] {
    static F: OnceLock<Vec<&'static str>> = OnceLock::new();
    F.get_or_init(|| data_words(include_str!("repl/functions.txt")))
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
                // A doubled quote stands for one quote inside the string, as in SQLite.
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
                let bare = it.peek().map_or(sql.len(), |&(i, _)| i) == start + 1;
                if c == '?' || !bare { Kind::Param } else { Kind::Punct }
            }
            c if is_ident_start(c) => {
                while it.next_if(|&(_, d)| is_ident_char(d)).is_some() {}
                Kind::Word
            }
            _ => Kind::Punct,
        };
        let end = it.peek().map_or(sql.len(), |&(i, _)| i);
        out.push(Token { kind, start, end, open });
    }
    out
}

/// The tokens of `sql` that SQLite reads: no spaces or comments.
pub fn tokens(sql: &str) -> Vec<Token> {
    let mut toks = lex(sql);
    toks.retain(|t| !matches!(t.kind, Kind::Space | Kind::Comment));
    toks
}

/// The first keyword of the (first) statement, upper-cased: "SELECT", "ATTACH".
pub fn first_keyword(sql: &str) -> Option<String> {
    let t = tokens(sql).into_iter().find(|t| t.kind != Kind::Semi)?;
    (t.kind == Kind::Word).then(|| t.text(sql).to_ascii_uppercase())
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
            let w = t.text(sql);
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

/// One statement of a text: it runs from the end of the previous `;` (`from`,
/// so spaces and comments before it belong to it) or from its first token
/// (`first`) to the end of its own `;` or of the text (`end`).
struct Stmt {
    from: usize,
    first: usize,
    end: usize,
}

/// The non-empty statements of `sql`, split where `sqlite3_complete` would
/// see one end: at a `;` outside a CREATE TRIGGER body (up to its END).
fn statements(sql: &str) -> Vec<Stmt> {
    let mut out = Vec::new();
    let mut state = 0u8;
    let mut from = 0;
    let mut first = None;
    for t in lex(sql) {
        let c = class(sql, &t);
        let next = TRANS[state as usize][c as usize];
        if matches!(c, Class::Semi) && next == 1 {
            if let Some(first) = first.take() {
                out.push(Stmt { from, first, end: t.end });
            }
            from = t.end;
        } else if !matches!(c, Class::Ws) && first.is_none() {
            first = Some(t.start);
        }
        state = next;
    }
    if let Some(first) = first {
        out.push(Stmt { from, first, end: sql.len() });
    }
    out
}

/// Splits `sql` into its statements (each with its `;`), leaving out empty
/// ones. Text after the last complete statement comes last, without a `;`.
pub fn split(sql: &str) -> Vec<&str> {
    statements(sql).into_iter().map(|s| sql[s.from..s.end].trim()).collect()
}

/// The byte offset where each statement of `sql` starts (its first token).
pub fn statement_starts(sql: &str) -> Vec<usize> {
    statements(sql).into_iter().map(|s| s.first).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(sql: &str) -> Vec<&str> {
        tokens(sql).iter().filter_map(|t| t.param_name(sql)).collect()
    }

    #[test]
    fn parameters_are_found_outside_strings_and_comments() {
        let sql = "SELECT ':no', \":no\", [:no] -- :no\n/* :no */ FROM t WHERE a = :actor AND b = @lim AND c = $x1";
        assert_eq!(params(sql), ["actor", "lim", "x1"]);
        // As in SQLite, `$` may continue a name.
        assert_eq!(params("SELECT :a$b, $"), ["a$b"]);
    }

    #[test]
    fn doubled_quotes_stay_inside_strings() {
        assert_eq!(params("SELECT 'it''s :no', :yes"), ["yes"]);
    }

    #[test]
    fn positional_parameters_are_told_apart() {
        let sql = "SELECT ?1, ?, :a";
        let toks = tokens(sql);
        let positional: Vec<&str> = toks.iter().filter(|t| t.kind == Kind::Param && t.param_name(sql).is_none()).map(|t| t.text(sql)).collect();
        assert_eq!(positional, ["?1", "?"]);
        assert_eq!(params(sql), ["a"]);
    }

    #[test]
    fn first_keyword_skips_comments() {
        assert_eq!(first_keyword("-- hi\n /* x */ attach 'f' AS g").as_deref(), Some("ATTACH"));
        assert_eq!(first_keyword("  "), None);
        assert_eq!(first_keyword("(SELECT 1)"), None);
    }

    #[test]
    fn statements_split_at_semicolons_outside_strings_and_trigger_bodies() {
        assert_eq!(statement_starts("SELECT 1; SELECT ';';\n-- c\nSELECT 3;"), [0, 10, 27]);
        assert_eq!(split("SELECT 1; SELECT 'a;b';"), vec!["SELECT 1;", "SELECT 'a;b';"]);
        assert_eq!(split(";; SELECT 1 ;  ; -- x\n"), vec!["SELECT 1 ;"]);
        assert_eq!(split("SELECT 1; SELECT"), vec!["SELECT 1;", "SELECT"]);
        let t = "CREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; SELECT CASE WHEN 1 THEN 2 END; END;";
        assert_eq!(split(&format!("{t} SELECT 4")), vec![t, "SELECT 4"]);
        assert_eq!(statement_starts(&format!("{t} SELECT 4")), [0, t.len() + 1]);
        // Only CREATE TRIGGER opens a body.
        assert_eq!(statement_starts("DROP TRIGGER t; SELECT 1"), [0, 16]);
    }

    #[test]
    fn line_and_column_of_an_offset() {
        assert_eq!(line_col("SELECT\n  x FORM", 11), (2, 5));
        assert_eq!(line_col("é x", 3), (1, 3));
    }

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

    #[test]
    fn odd_input_is_covered_without_panics() {
        for s in ["'", "\"", "/*", "--", "[", ":", "é:é", "1.2e5x", "`a``b`", "$", "?", "?x", ".5", "é", "a;;\u{a0}"] {
            let toks = lex(s);
            assert!(toks.windows(2).all(|w| w[0].end == w[1].start), "{s}");
            assert_eq!(toks.last().map(|t| t.end), Some(s.len()), "{s}");
            assert!(toks.iter().all(|t| t.param_name(s).is_none_or(|p| !p.is_empty())), "{s}");
            for st in statement_starts(s) {
                assert!(s.is_char_boundary(st));
            }
            assert!(split(s).len() <= 3 && first_keyword(s).is_none_or(|k| !k.is_empty()));
        }
    }
}
