//! Context-aware tab completion: SQL keywords and functions, table names
//! after FROM/JOIN, columns of the tables in the statement (also after
//! `alias.`), dot-commands and their arguments, canned query names and
//! parameters. Pure functions over a `Catalog`, so they are unit-tested.

use rusqlite::Connection;

use crate::sql_lex::{self as lex, Kind, Token};

/// What completion knows about the open database and the canned queries.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Tables and views, with their columns.
    pub tables: Vec<(String, Vec<String>)>,
    /// Canned queries with their parameter names.
    pub canned: Vec<(String, Vec<String>)>,
    /// Dot-command names, with the dot.
    pub dots: Vec<String>,
}

impl Catalog {
    pub fn load(conn: &Connection, canned: &[crate::canned::Canned]) -> Catalog {
        let mut tables: Vec<(String, Vec<String>)> = Vec::new();
        // A failure here only costs completions, never the session.
        if let Ok(mut stmt) = conn.prepare(include_str!("sql/catalog.sql"))
            && let Ok(rows) = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))
        {
            for (t, c) in rows.flatten() {
                if tables.last().is_none_or(|(l, _)| *l != t) {
                    tables.push((t, Vec::new()));
                }
                if let (Some(c), Some((_, cols))) = (c, tables.last_mut()) {
                    cols.push(c);
                }
            }
        }
        Catalog {
            tables,
            canned: canned.iter().map(|c| (c.name.clone(), c.params.iter().map(|p| p.name.clone()).collect())).collect(),
            dots: super::dot::names(),
        }
    }

    fn columns_of(&self, table: &str) -> Option<&[String]> {
        self.tables.iter().find(|(t, _)| t.eq_ignore_ascii_case(table)).map(|(_, c)| c.as_slice())
    }
}

/// The result of completing at the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completion {
    /// Replace `line[start..pos]` with one of `words`.
    Words { start: usize, words: Vec<String> },
    /// Complete a file name (the helper asks rustyline's file completer).
    Files,
}

fn none(pos: usize) -> Completion {
    Completion::Words { start: pos, words: Vec::new() }
}

fn matching<'a>(prefix: &str, items: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let p = prefix.to_lowercase();
    let mut out: Vec<String> = items.into_iter().filter(|i| i.to_lowercase().starts_with(&p)).map(String::from).collect();
    out.dedup();
    out
}

/// Completes at byte `pos` of `line`; `pending` holds the earlier lines of
/// an unfinished statement.
pub fn complete(cat: &Catalog, pending: &str, line: &str, pos: usize) -> Completion {
    let Some(before) = line.get(..pos) else { return none(pos) };
    if pending.trim().is_empty() && before.trim_start().starts_with('.') {
        return complete_dot(cat, before);
    }
    complete_sql(cat, pending, line, pos)
}

fn complete_dot(cat: &Catalog, before: &str) -> Completion {
    let start = before.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    let words: Vec<&str> = before.split_whitespace().collect();
    let index = if before.ends_with(char::is_whitespace) { words.len() } else { words.len().saturating_sub(1) };
    if index == 0 {
        let words = matching(word, cat.dots.iter().map(String::as_str));
        return Completion::Words { start, words };
    }
    let cmd = words.first().map_or("", |w| w.trim_start_matches('.'));
    let words = match (cmd, index) {
        ("run", 1) => matching(word, cat.canned.iter().map(|(n, _)| n.as_str())),
        ("run", _) => {
            let given: Vec<&str> = words[1..].iter().filter_map(|w| w.split_once('=').map(|(k, _)| k)).collect();
            let params = cat.canned.iter().find(|(n, _)| Some(&n.as_str()) == words.get(1)).map(|(_, p)| p.as_slice()).unwrap_or(&[]);
            let free: Vec<String> = params.iter().filter(|p| !given.contains(&p.as_str())).map(|p| format!("{p}=")).collect();
            matching(word, free.iter().map(String::as_str))
        }
        ("schema" | "export", 1) => matching(word, cat.tables.iter().map(|(t, _)| t.as_str())),
        ("source", 1) => matching(word, ["dates", "events", "figures", "mentions", "statements"]),
        ("mode", 1) => matching(word, ["csv", "json", "jsonl", "line", "markdown", "table", "tsv"]),
        ("headers" | "timer" | "color", 1) => matching(word, ["off", "on"]),
        ("read" | "open" | "load" | "output" | "once", _) | ("export", 2) => return Completion::Files,
        _ => Vec::new(),
    };
    Completion::Words { start, words }
}

/// The significant tokens (no spaces or comments) of the statement around
/// the cursor, and the index of the first one at or after the cursor.
fn statement_tokens(text: &str, cursor: usize) -> (Vec<Token>, usize) {
    let toks = lex::tokens(text);
    let split = toks.iter().position(|t| t.start >= cursor).unwrap_or(toks.len());
    let from = toks[..split].iter().rposition(|t| t.kind == Kind::Semi).map_or(0, |i| i + 1);
    let to = toks[split..].iter().position(|t| t.kind == Kind::Semi).map_or(toks.len(), |i| split + i);
    (toks[from..to].to_vec(), split - from)
}

fn word<'a>(text: &'a str, t: &Token) -> &'a str {
    let w = &text[t.start..t.end];
    if t.kind != Kind::Quoted {
        return w;
    }
    // The quotes are ASCII; an unterminated name has no closing one.
    let inner = &w[1..];
    if t.open { inner } else { &inner[..inner.len().saturating_sub(1)] }
}

fn is_word(text: &str, t: Option<&Token>, kw: &[&str]) -> bool {
    t.is_some_and(|t| t.kind == Kind::Word && kw.iter().any(|k| text[t.start..t.end].eq_ignore_ascii_case(k)))
}

/// Tables named in the statement, each with the alias it is known by.
fn table_refs(cat: &Catalog, text: &str, toks: &[Token]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut in_from = false;
    for (i, t) in toks.iter().enumerate() {
        if is_word(text, Some(t), &["from", "join", "update", "into"]) {
            in_from = true;
            continue;
        }
        let after_table_kw = i > 0 && (is_word(text, toks.get(i - 1), &["from", "join", "update", "into"]) || in_from && text[toks[i - 1].start..toks[i - 1].end] == *",");
        if !after_table_kw || !matches!(t.kind, Kind::Word | Kind::Quoted) {
            if t.kind == Kind::Word && lex::is_keyword(word(text, t)) && !is_word(text, Some(t), &["as"]) {
                in_from = false;
            }
            continue;
        }
        let name = word(text, t);
        let Some((table, _)) = cat.tables.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) else { continue };
        let mut j = i + 1;
        if is_word(text, toks.get(j), &["as"]) {
            j += 1;
        }
        let alias = match toks.get(j) {
            Some(a) if matches!(a.kind, Kind::Word | Kind::Quoted) && !(a.kind == Kind::Word && lex::is_keyword(word(text, a))) => word(text, a).to_string(),
            _ => table.clone(),
        };
        out.push((table.clone(), alias));
    }
    out
}

fn complete_sql(cat: &Catalog, pending: &str, line: &str, pos: usize) -> Completion {
    let text = format!("{pending}{line}");
    let cursor = pending.len() + pos;
    let (toks, at) = statement_tokens(&text, cursor);
    // The word being typed ends at the cursor.
    let mut prev = at;
    let (start, prefix) = match at.checked_sub(1).and_then(|i| toks.get(i)) {
        Some(t) if t.end == cursor && matches!(t.kind, Kind::String | Kind::Quoted | Kind::Number | Kind::Param) => return none(pos),
        Some(t) if t.end == cursor && t.kind == Kind::Word => {
            prev = at - 1;
            (t.start, &text[t.start..t.end])
        }
        _ if text[..cursor].ends_with(|c: char| c.is_alphanumeric() || c == '_') => return none(pos),
        _ => (cursor, ""),
    };
    let Some(start_in_line) = start.checked_sub(pending.len()) else { return none(pos) };
    let before = prev.checked_sub(1).and_then(|i| toks.get(i));
    let refs = table_refs(cat, &text, &toks);

    // alias.column
    if before.is_some_and(|t| &text[t.start..t.end] == ".") {
        let qual = prev.checked_sub(2).and_then(|i| toks.get(i)).map(|t| word(&text, t)).unwrap_or("");
        let table = refs.iter().find(|(_, a)| a.eq_ignore_ascii_case(qual)).map_or(qual, |(t, _)| t.as_str());
        let words = cat.columns_of(table).map(|c| matching(prefix, c.iter().map(String::as_str))).unwrap_or_default();
        return Completion::Words { start: start_in_line, words };
    }

    // A table name after FROM, JOIN, INTO, UPDATE, TABLE, or after a comma in a FROM list.
    let table_kws = ["from", "join", "into", "update", "table"];
    let in_from_list = before.is_some_and(|t| &text[t.start..t.end] == ",") && {
        let clause = toks[..prev].iter().rev().find(|t| t.kind == Kind::Word && lex::is_keyword(word(&text, t)) && !is_word(&text, Some(t), &["as"]));
        is_word(&text, clause, &["from", "join"])
    };
    if is_word(&text, before, &table_kws) || in_from_list {
        let words = matching(prefix, cat.tables.iter().map(|(t, _)| t.as_str()));
        return Completion::Words { start: start_in_line, words };
    }

    // Columns of the statement's tables, then functions and keywords.
    let mut words: Vec<String> = Vec::new();
    for (t, _) in &refs {
        if let Some(cols) = cat.columns_of(t) {
            for c in matching(prefix, cols.iter().map(String::as_str)) {
                if !words.contains(&c) {
                    words.push(c);
                }
            }
        }
    }
    words.sort();
    if !prefix.is_empty() {
        words.extend(matching(prefix, lex::functions().iter().copied()));
        let lower = prefix.chars().all(|c| !c.is_uppercase());
        words.extend(matching(prefix, lex::keywords().iter().copied()).into_iter().map(|k| if lower { k.to_lowercase() } else { k }));
    }
    Completion::Words { start: start_in_line, words }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat() -> Catalog {
        let cols = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Catalog {
            tables: vec![
                ("actors".into(), cols(&["id", "name", "kind", "title"])),
                ("articles".into(), cols(&["id", "title", "published", "body"])),
                ("statements".into(), cols(&["id", "speaker_id", "text"])),
                ("v_statements".into(), cols(&["id", "speaker", "text"])),
            ],
            canned: vec![("said-by".into(), vec!["actor".into()]), ("actors".into(), vec![])],
            dots: vec![".help".into(), ".mode".into(), ".quit".into(), ".read".into(), ".run".into()],
        }
    }

    fn words(pending: &str, line: &str) -> Vec<String> {
        match complete(&cat(), pending, line, line.len()) {
            Completion::Words { words, .. } => words,
            Completion::Files => vec!["<files>".into()],
        }
    }

    #[test]
    fn tables_complete_after_from_and_join() {
        assert_eq!(words("", "SELECT * FROM ar"), vec!["articles"]);
        assert_eq!(words("", "select * from actors a join st"), vec!["statements"]);
        assert_eq!(words("", "SELECT * FROM actors, v_"), vec!["v_statements"]);
        assert_eq!(words("SELECT *\n", "FROM a"), vec!["actors", "articles"]);
    }

    #[test]
    fn columns_come_from_the_tables_in_the_statement() {
        assert_eq!(words("", "SELECT count(*) FROM articles WHERE publ"), vec!["published"]);
        // The FROM may come after the cursor.
        let line = "SELECT publ FROM articles";
        assert_eq!(complete(&cat(), "", line, 11), Completion::Words { start: 7, words: vec!["published".into()] });
        // Only this statement's tables count.
        assert_eq!(words("SELECT * FROM articles;\n", "SELECT * FROM actors WHERE publ"), Vec::<String>::new());
    }

    #[test]
    fn columns_complete_after_an_alias_or_a_table_name() {
        assert_eq!(words("", "SELECT * FROM articles AS ar WHERE ar.pub"), vec!["published"]);
        assert_eq!(words("", "SELECT * FROM statements s JOIN actors a ON a.id = s.sp"), vec!["speaker_id"]);
        assert_eq!(words("", "SELECT actors.ti"), vec!["title"]);
        assert_eq!(complete(&cat(), "", "SELECT a.", 9), Completion::Words { start: 9, words: vec![] });
    }

    #[test]
    fn keywords_follow_the_case_of_what_was_typed() {
        assert!(words("", "SEL").contains(&"SELECT".to_string()));
        assert!(words("", "sel").contains(&"select".to_string()));
        assert!(words("", "SELECT * FROM actors WHERE name = 'sel").is_empty());
    }

    #[test]
    fn no_input_makes_completion_panic() {
        let c = cat();
        for text in ["SELECT \"é", "SELECT * FROM [ä", ".run\u{3000}sa", "SELECT a.\"ü\".x FROM 'ß", "/* é", "SELECT é.", "\u{3000}.m"] {
            for (pos, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let _ = complete(&c, "", text, pos);
                let _ = complete(&c, text, text, pos);
            }
            let _ = super::super::highlight::highlight(text);
            let _ = lex::split(text);
        }
    }

    #[test]
    fn dot_commands_and_their_arguments_complete() {
        assert_eq!(words("", ".m"), vec![".mode"]);
        assert_eq!(words("", ".r"), vec![".read", ".run"]);
        assert_eq!(words("", ".run sa"), vec!["said-by"]);
        assert_eq!(words("", ".run said-by "), vec!["actor="]);
        assert_eq!(words("", ".run said-by actor=x "), Vec::<String>::new());
        assert_eq!(words("", ".mode js"), vec!["json", "jsonl"]);
        assert_eq!(words("", ".read sub/fi"), vec!["<files>"]);
        // A dot inside an unfinished statement is SQL, not a command.
        assert_eq!(words("SELECT *\n", ".m"), Vec::<String>::new());
    }
}
