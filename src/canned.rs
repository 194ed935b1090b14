//! Canned queries: named, described, parameterised `.sql` files (built-in
//! ones embedded from `src/canned/`, plus the user's own from a directory).
//!
//! A file starts with a header of `--` comment lines:
//!
//! ```sql
//! -- name: said-by
//! -- description: What one actor said, matched by any of its names
//! -- param: actor: Name or alias of the speaker (case-insensitive)
//! -- param: limit: Maximum rows = 50
//! SELECT ... WHERE ... :actor ... LIMIT :limit
//! ```
//!
//! `name` defaults to the file name without `.sql`; `description` is
//! required; each `param` is `NAME: description`, with an optional default
//! after a final ` = ` (quote it, `= ''`, for an empty string). The body is
//! one SQL statement that uses exactly the declared parameters as `:NAME`.
//! Values are bound as text (SQLite converts them where a number is compared
//! or expected; write `CAST(:limit AS INTEGER)` to be explicit). A user file
//! with the name of a built-in query replaces it.

mod guard;

pub use guard::{check_read_only, sql_error};

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::error::usage;
use crate::render::{self, Options};
use crate::sql_lex::{self as lex, Kind};

/// One parameter of a canned query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub description: String,
    pub default: Option<String>,
}

/// One canned query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Canned {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sql: String,
    /// "built-in" or the file it came from.
    pub origin: String,
}

/// The built-in queries: (file name, text).
const BUILT_IN: &[(&str, &str)] = &[
    ("actors.sql", include_str!("canned/actors.sql")),
    ("figures.sql", include_str!("canned/figures.sql")),
    ("who-said-what.sql", include_str!("canned/who-said-what.sql")),
    ("said-by.sql", include_str!("canned/said-by.sql")),
    ("about.sql", include_str!("canned/about.sql")),
    ("timeline.sql", include_str!("canned/timeline.sql")),
    ("mentions.sql", include_str!("canned/mentions.sql")),
    ("co-mentions.sql", include_str!("canned/co-mentions.sql")),
    ("figures-about.sql", include_str!("canned/figures-about.sql")),
    ("article-summary.sql", include_str!("canned/article-summary.sql")),
    ("search.sql", include_str!("canned/search.sql")),
];

/// The header fields of a canned query file.
const FIELDS: [&str; 3] = ["name", "description", "param"];

/// The default directory of the user's own queries (`$XDG_CONFIG_HOME/dossier/queries`).
pub fn default_user_dir() -> Option<PathBuf> {
    dirs::config_dir().map(|d| d.join("dossier").join("queries"))
}

/// The built-in queries only.
pub fn built_in() -> Result<Vec<Canned>> {
    BUILT_IN.iter().map(|(file, text)| parse(text, file, "built-in")).collect()
}

/// Every canned query: the built-in ones, then the user's from `user_dir`
/// (`*.sql` files, in name order; a directory that does not exist has none).
/// A user query with the name of a built-in one replaces it; two user files
/// with the same name are an error.
pub fn load_all(user_dir: Option<&Path>) -> Result<Vec<Canned>> {
    let mut all = built_in()?;
    let Some(dir) = user_dir else { return Ok(all) };
    if !dir.exists() {
        return Ok(all);
    }
    let entries = std::fs::read_dir(dir).with_context(|| format!("{}: cannot read the queries directory", dir.display()))?;
    let mut files: Vec<PathBuf> = Vec::new();
    for e in entries {
        let path = e.with_context(|| format!("{}: cannot read the queries directory", dir.display()))?.path();
        if path.extension().is_some_and(|x| x == "sql") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    let mut users: Vec<Canned> = Vec::new();
    for path in files {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).with_context(|| format!("{shown}: cannot read"))?;
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("query.sql");
        let c = parse(&text, file, &shown)?;
        if let Some(other) = users.iter().find(|u| u.name == c.name) {
            return Err(anyhow!("{shown}: canned query '{}' is also defined in {}", c.name, other.origin));
        }
        users.push(c);
    }
    for u in users {
        match all.iter_mut().find(|c| c.name == u.name) {
            Some(slot) => *slot = u,
            None => all.push(u),
        }
    }
    Ok(all)
}

/// Finds a query by name; an unknown name is a usage error that lists the known ones.
pub fn find<'a>(all: &'a [Canned], name: &str) -> Result<&'a Canned> {
    all.iter().find(|c| c.name == name).ok_or_else(|| {
        let names: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
        usage(format!("unknown canned query '{name}' (known: {})", names.join(", ")))
    })
}

fn valid_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn valid_param(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Parses one canned query file; errors name `origin` and the line.
pub fn parse(text: &str, file: &str, origin: &str) -> Result<Canned> {
    let at = |line: usize, msg: String| anyhow!("{origin}:{line}: {msg}");
    let mut name: Option<String> = None;
    let mut description: Option<String> = None;
    let mut params: Vec<(Param, usize)> = Vec::new();
    let mut body_start = text.len();
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let lineno = i + 1;
        let line = raw.trim();
        if !line.is_empty() && !line.starts_with("--") {
            body_start = offset;
            break;
        }
        offset += raw.len();
        let Some(comment) = line.strip_prefix("--") else { continue };
        let comment = comment.trim();
        let key_end = comment.find(|c: char| !c.is_ascii_lowercase()).unwrap_or(comment.len());
        let key = &comment[..key_end];
        let Some(value) = comment[key_end..].trim_start().strip_prefix(':') else {
            if FIELDS.contains(&key) {
                return Err(at(lineno, format!("expected `-- {key}: ...`, got '{comment}'")));
            }
            continue;
        };
        if key.is_empty() {
            continue;
        }
        let value = value.trim();
        match key {
            "name" => {
                if name.is_some() {
                    return Err(at(lineno, "a second `-- name:` line".into()));
                }
                if !valid_name(value) {
                    return Err(at(lineno, format!("invalid name '{value}' (use letters, digits, '-' and '_')")));
                }
                name = Some(value.to_string());
            }
            "description" => {
                if description.is_some() {
                    return Err(at(lineno, "a second `-- description:` line".into()));
                }
                if value.is_empty() {
                    return Err(at(lineno, "empty description".into()));
                }
                description = Some(value.to_string());
            }
            "param" => {
                let Some((pname, rest)) = value.split_once(':') else {
                    return Err(at(lineno, format!("expected `-- param: NAME: description [= default]`, got '{comment}'")));
                };
                let pname = pname.trim().trim_start_matches(':');
                if !valid_param(pname) {
                    return Err(at(lineno, format!("invalid parameter name '{pname}' (use letters, digits and '_')")));
                }
                if params.iter().any(|(p, _)| p.name == pname) {
                    return Err(at(lineno, format!("parameter '{pname}' is declared twice")));
                }
                let (desc, default) = match rest.rsplit_once(" = ") {
                    Some((d, v)) => (d.trim(), Some(unquote(v.trim()))),
                    None => match rest.trim().strip_prefix("= ") {
                        Some(v) => ("", Some(unquote(v.trim()))),
                        None => (rest.trim(), None),
                    },
                };
                params.push((Param { name: pname.to_string(), description: desc.to_string(), default }, lineno));
            }
            other => {
                return Err(at(lineno, format!("unknown header field '{other}' (expected name, description or param)")));
            }
        }
    }
    let header_lines = text[..body_start].matches('\n').count();
    let sql = text[body_start..].trim_end().to_string();
    let name = match name {
        Some(n) => n,
        None => {
            let stem = file.strip_suffix(".sql").unwrap_or(file);
            if !valid_name(stem) {
                return Err(at(1, format!("no `-- name:` line and the file name '{stem}' is not a valid name")));
            }
            stem.to_string()
        }
    };
    let Some(description) = description else {
        return Err(at(1, "missing `-- description:` line".into()));
    };
    let line_of = |off: usize| header_lines + lex::line_col(&sql, off).0;
    if sql.is_empty() {
        return Err(at(header_lines.max(1), "no SQL after the header".into()));
    }
    let toks = lex::tokens(&sql);
    let mut used: Vec<&str> = Vec::new();
    let mut ended = false;
    for t in &toks {
        match (t.kind, t.param_name(&sql)) {
            (Kind::Semi, _) => ended = true,
            (Kind::Param, None) => {
                return Err(at(line_of(t.start), "positional parameter '?': use a declared :NAME".into()));
            }
            _ if ended => {
                return Err(at(line_of(t.start), "more than one SQL statement (a canned query is one statement)".into()));
            }
            (_, Some(p)) => {
                if !params.iter().any(|(d, _)| d.name == p) {
                    return Err(at(line_of(t.start), format!("parameter :{p} is used but not declared (add `-- param: {p}: description`)")));
                }
                used.push(p);
            }
            _ => {}
        }
    }
    if let Some((p, line)) = params.iter().find(|(p, _)| !used.contains(&p.name.as_str())) {
        return Err(at(*line, format!("parameter '{}' is declared but the SQL does not use :{}", p.name, p.name)));
    }
    Ok(Canned { name, description, params: params.into_iter().map(|(p, _)| p).collect(), sql, origin: origin.to_string() })
}

fn unquote(v: &str) -> String {
    for q in ['\'', '"'] {
        if let Some(inner) = v.strip_prefix(q).and_then(|s| s.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    v.to_string()
}

impl Canned {
    /// The values to bind, by parameter name (without ':'): given values,
    /// else defaults; a missing required or an unknown parameter is an error
    /// naming it.
    pub fn bind(&self, given: &[(String, String)]) -> Result<Vec<(String, String)>> {
        for (i, (k, _)) in given.iter().enumerate() {
            if !self.params.iter().any(|p| &p.name == k) {
                let takes = if self.params.is_empty() {
                    "it takes no parameters".to_string()
                } else {
                    format!("it takes {}", self.params.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", "))
                };
                return Err(usage(format!("unknown parameter '{k}' for canned query '{}' ({takes})", self.name)));
            }
            if given[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(usage(format!("parameter '{k}' is given twice")));
            }
        }
        self.params
            .iter()
            .map(|p| {
                let v = given.iter().find(|(k, _)| k == &p.name).map(|(_, v)| v.clone()).or_else(|| p.default.clone());
                v.map(|v| (p.name.clone(), v)).ok_or_else(|| {
                    usage(format!(
                        "missing parameter '{}' for canned query '{}': {} (give --param {}=VALUE)",
                        p.name, self.name, p.description, p.name
                    ))
                })
            })
            .collect()
    }

    /// A one-line usage: `said-by --param actor=VALUE [--param limit=50]`.
    pub fn usage_line(&self) -> String {
        let mut s = self.name.clone();
        for p in &self.params {
            match &p.default {
                Some(d) => s.push_str(&format!(" [--param {}={d}]", p.name)),
                None => s.push_str(&format!(" --param {}=VALUE", p.name)),
            }
        }
        s
    }

    /// Runs the query on `conn` with the given parameters and renders its rows.
    pub fn run(&self, conn: &rusqlite::Connection, given: &[(String, String)], opts: &Options, out: &mut dyn Write) -> Result<usize> {
        let values = self.bind(given)?;
        let mut stmt = conn
            .prepare(&self.sql)
            .map_err(|e| sql_error(e, &self.sql))
            .with_context(|| format!("canned query '{}' ({})", self.name, self.origin))?;
        check_read_only(&stmt, false).with_context(|| format!("canned query '{}' ({})", self.name, self.origin))?;
        let mut named: Vec<(String, &dyn rusqlite::ToSql)> = Vec::new();
        for i in 1..=stmt.parameter_count() {
            let Some(pname) = stmt.parameter_name(i) else { continue };
            let bare = pname.trim_start_matches([':', '@', '$']);
            let Some((_, v)) = values.iter().find(|(k, _)| k == bare) else {
                return Err(usage(format!("canned query '{}' uses :{bare}, which it does not declare", self.name)));
            };
            named.push((pname.to_string(), v as &dyn rusqlite::ToSql));
        }
        let refs: Vec<(&str, &dyn rusqlite::ToSql)> = named.iter().map(|(n, v)| (n.as_str(), *v)).collect();
        render::write_rows(&mut stmt, refs.as_slice(), opts, out).with_context(|| format!("canned query '{}'", self.name))
    }
}

/// The listing of `dossier canned` (and the REPL's `.canned`): one row per
/// query with its parameters.
pub fn listing(all: &[Canned]) -> (Vec<String>, Vec<Vec<rusqlite::types::Value>>) {
    use rusqlite::types::Value;
    let columns = ["name", "description", "parameters", "origin"].map(String::from).to_vec();
    let rows = all
        .iter()
        .map(|c| {
            let params: Vec<String> = c
                .params
                .iter()
                .map(|p| match p.default.as_deref() {
                    Some("") => format!("{}: {} (optional)", p.name, p.description),
                    Some(d) => format!("{}: {} (default {d})", p.name, p.description),
                    None => format!("{}: {}", p.name, p.description),
                })
                .collect();
            vec![
                Value::Text(c.name.clone()),
                Value::Text(c.description.clone()),
                Value::Text(params.join("\n")),
                Value::Text(c.origin.clone()),
            ]
        })
        .collect();
    (columns, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "-- name: said-by\n-- description: What one actor said\n-- param: actor: Name or alias\n-- param: limit: Maximum rows = 50\nSELECT :actor, :limit, :actor\n";

    #[test]
    fn a_header_gives_name_description_and_parameters() {
        let c = parse(GOOD, "x.sql", "built-in").unwrap();
        assert_eq!(c.name, "said-by");
        assert_eq!(c.description, "What one actor said");
        assert_eq!(
            c.params,
            [
                Param { name: "actor".into(), description: "Name or alias".into(), default: None },
                Param { name: "limit".into(), description: "Maximum rows".into(), default: Some("50".into()) },
            ]
        );
        assert_eq!(c.sql, "SELECT :actor, :limit, :actor");
    }

    #[test]
    fn the_name_defaults_to_the_file_name() {
        let c = parse("-- description: d\nSELECT 1", "mine.sql", "f").unwrap();
        assert_eq!(c.name, "mine");
    }

    #[test]
    fn quoted_defaults_may_be_empty() {
        let c = parse("-- description: d\n-- param: k: kind = ''\nSELECT :k", "m.sql", "f").unwrap();
        assert_eq!(c.params[0].default.as_deref(), Some(""));
    }

    fn err(text: &str) -> String {
        parse(text, "q.sql", "dir/q.sql").unwrap_err().to_string()
    }

    #[test]
    fn malformed_files_name_the_file_and_line() {
        assert_eq!(err("-- description: d\n-- param actor\nSELECT 1"), "dir/q.sql:2: expected `-- param: ...`, got 'param actor'");
        assert_eq!(err("-- descripton: d\nSELECT 1"), "dir/q.sql:1: unknown header field 'descripton' (expected name, description or param)");
    }

    #[test]
    fn a_param_line_without_a_description_is_malformed() {
        assert_eq!(err("-- description: d\n-- param: actor\nSELECT :actor"), "dir/q.sql:2: expected `-- param: NAME: description [= default]`, got 'param: actor'");
    }

    #[test]
    fn an_undeclared_parameter_is_reported_at_its_line() {
        assert_eq!(
            err("-- description: d\nSELECT 1\nWHERE x = :who"),
            "dir/q.sql:3: parameter :who is used but not declared (add `-- param: who: description`)"
        );
    }

    #[test]
    fn an_unused_parameter_is_reported_at_its_declaration() {
        assert_eq!(err("-- description: d\n-- param: a: x\nSELECT 1"), "dir/q.sql:2: parameter 'a' is declared but the SQL does not use :a");
    }

    #[test]
    fn missing_description_and_empty_sql_are_errors() {
        assert_eq!(err("-- name: x\nSELECT 1"), "dir/q.sql:1: missing `-- description:` line");
        assert_eq!(err("-- name: x\n-- description: d\n"), "dir/q.sql:2: no SQL after the header");
    }

    #[test]
    fn two_statements_are_an_error() {
        assert_eq!(err("-- description: d\nSELECT 1;\nSELECT 2"), "dir/q.sql:3: more than one SQL statement (a canned query is one statement)");
    }

    #[test]
    fn invalid_names_and_duplicates_are_errors() {
        assert_eq!(err("-- name: a b\n-- description: d\nSELECT 1"), "dir/q.sql:1: invalid name 'a b' (use letters, digits, '-' and '_')");
        assert_eq!(err("-- description: d\n-- param: a: x\n-- param: a: y\nSELECT :a"), "dir/q.sql:3: parameter 'a' is declared twice");
    }

    #[test]
    fn bind_uses_defaults_and_names_missing_and_unknown_parameters() {
        let c = parse(GOOD, "x.sql", "built-in").unwrap();
        let given = vec![("actor".to_string(), "Pompeo".to_string())];
        assert_eq!(c.bind(&given).unwrap(), [("actor".to_string(), "Pompeo".to_string()), ("limit".to_string(), "50".to_string())]);
        let e = c.bind(&[]).unwrap_err();
        assert_eq!(e.to_string(), "missing parameter 'actor' for canned query 'said-by': Name or alias (give --param actor=VALUE)");
        assert_eq!(crate::error::exit_code(&e), 2);
        let e = c.bind(&[("actr".into(), "x".into())]).unwrap_err();
        assert_eq!(e.to_string(), "unknown parameter 'actr' for canned query 'said-by' (it takes actor, limit)");
    }

    #[test]
    fn every_built_in_query_parses_and_prepares_on_the_schema() {
        let conn = crate::store::open_memory().unwrap();
        let all = built_in().unwrap();
        assert!(all.len() >= 10);
        for c in &all {
            conn.prepare(&c.sql).unwrap_or_else(|e| panic!("{}: {e}", c.name));
            assert!(all.iter().filter(|o| o.name == c.name).count() == 1, "{} twice", c.name);
        }
    }

    /// The `detail` lines of EXPLAIN QUERY PLAN for a built-in query on the
    /// schema, with its parameters bound to `value`.
    fn plan(conn: &rusqlite::Connection, name: &str, value: &str) -> Vec<String> {
        let all = built_in().unwrap();
        let c = find(&all, name).unwrap();
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", c.sql)).unwrap();
        for i in 1..=stmt.parameter_count() {
            let p = stmt.parameter_name(i).unwrap().to_string();
            let v = if p == ":limit" { "100" } else { value };
            stmt.raw_bind_parameter(i, v).unwrap();
        }
        let mut rows = stmt.raw_query();
        let mut lines = Vec::new();
        while let Some(r) = rows.next().unwrap() {
            lines.push(r.get::<_, String>(3).unwrap());
        }
        lines
    }

    /// A line that reads every row of a big table (SCAN without an index).
    fn full_scan_of_a_big_table(line: &str) -> bool {
        let big = ["mentions", "m", "m1", "m2", "statements", "st", "sentences", "s", "events", "e", "dates", "d"];
        line.strip_prefix("SCAN ")
            .and_then(|rest| rest.split_whitespace().next().map(|t| (t, rest)))
            .is_some_and(|(table, rest)| big.contains(&table) && !rest.contains(" USING "))
    }

    #[test]
    fn the_corpus_scale_queries_use_their_indexes() {
        let conn = crate::store::open_memory().unwrap();
        // (query, parameter value, lines the plan must have, whether it may sort with a temp B-tree)
        let expect: &[(&str, &str, &[&str], bool)] = &[
            (
                "actors",
                "",
                &[
                    "SEARCH st USING COVERING INDEX idx_statements_speaker (speaker_id=?)",
                    "SEARCH m USING COVERING INDEX idx_mentions_actor_article (actor_id=?)",
                ],
                true,
            ),
            (
                "article-summary",
                "",
                &[
                    "SEARCH s USING INTEGER PRIMARY KEY (rowid=?)",
                    "SEARCH x USING COVERING INDEX sqlite_autoindex_sentences_1 (article_id=?)",
                    "SEARCH x USING COVERING INDEX idx_mentions_article_actor (article_id=?)",
                    "SEARCH x USING COVERING INDEX idx_statements_article_start (article_id=?)",
                    "SEARCH x USING COVERING INDEX idx_events_article (article_id=?)",
                    "SEARCH x USING COVERING INDEX idx_dates_article (article_id=?)",
                ],
                true,
            ),
            ("who-said-what", "", &["SCAN st USING INDEX idx_statements_article_start"], false),
            ("figures", "", &["SCAN f USING INDEX idx_figures_article_start"], false),
            ("timeline", "", &["SCAN e USING INDEX idx_events_timeline"], false),
            (
                "co-mentions",
                "",
                &[
                    "SCAN m1 USING COVERING INDEX idx_mentions_sentence_actor",
                    "SEARCH m2 USING COVERING INDEX idx_mentions_sentence_actor (sentence_id=? AND actor_id>?)",
                    "SEARCH m1 USING COVERING INDEX idx_mentions_actor_article (actor_id=?)",
                    "SEARCH m2 USING COVERING INDEX idx_mentions_sentence_actor (sentence_id=?)",
                ],
                true,
            ),
            ("said-by", "x", &["SEARCH st USING INDEX idx_statements_speaker (speaker_id=?)"], true),
            ("mentions", "x", &["SEARCH m USING INDEX idx_mentions_actor_article (actor_id=?)"], true),
            (
                "about",
                "x",
                &[
                    "SEARCH m USING INDEX idx_mentions_actor_article (actor_id=?)",
                    "SEARCH st USING INDEX idx_statements_article_start (article_id=? AND start<?)",
                ],
                true,
            ),
            ("search", "x", &["SCAN sentences_fts VIRTUAL TABLE INDEX 0:M1"], true),
        ];
        for (name, value, uses, may_sort) in expect {
            let lines = plan(&conn, name, value);
            let shown = lines.join("\n");
            for want in *uses {
                assert!(lines.iter().any(|l| l == want), "{name}: no `{want}` in the plan:\n{shown}");
            }
            assert!(!lines.iter().any(|l| full_scan_of_a_big_table(l)), "{name}: a full scan in the plan:\n{shown}");
            if !may_sort {
                assert!(!shown.contains("TEMP B-TREE"), "{name}: sorts instead of reading in index order:\n{shown}");
            }
        }
    }

    #[test]
    fn full_scans_are_told_from_index_scans() {
        assert!(full_scan_of_a_big_table("SCAN mentions"));
        assert!(full_scan_of_a_big_table("SCAN m"));
        assert!(!full_scan_of_a_big_table("SCAN m USING COVERING INDEX idx_mentions_actor"));
        assert!(!full_scan_of_a_big_table("SCAN ar"));
        assert!(!full_scan_of_a_big_table("SEARCH m USING INDEX idx_mentions_actor (actor_id=?)"));
    }

    #[test]
    fn user_files_replace_built_ins_and_add_new_ones() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("actors.sql"), "-- description: mine\nSELECT 1").unwrap();
        std::fs::write(dir.path().join("extra.sql"), "-- description: more\nSELECT 2").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a query").unwrap();
        let all = load_all(Some(dir.path())).unwrap();
        let actors = find(&all, "actors").unwrap();
        assert_eq!(actors.description, "mine");
        assert!(actors.origin.ends_with("actors.sql"));
        assert_eq!(find(&all, "extra").unwrap().sql, "SELECT 2");
        assert_eq!(all.len(), built_in().unwrap().len() + 1);
    }

    #[test]
    fn a_missing_user_directory_has_no_queries() {
        let all = load_all(Some(Path::new("/nonexistent/dossier/queries"))).unwrap();
        assert_eq!(all, built_in().unwrap());
    }
}
