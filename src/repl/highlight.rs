//! Syntax highlighting of the input line: keywords, strings, quoted names,
//! numbers, parameters and comments, with ANSI colours of the same width.

use crate::sql_lex::{self as lex, Kind};

const RESET: &str = "\x1b[0m";

fn style(kind: Kind, text: &str) -> Option<&'static str> {
    match kind {
        Kind::Word if lex::is_keyword(text) => Some("\x1b[1;34m"),
        Kind::String => Some("\x1b[32m"),
        Kind::Quoted => Some("\x1b[36m"),
        Kind::Number => Some("\x1b[35m"),
        Kind::Param => Some("\x1b[33m"),
        Kind::Comment => Some("\x1b[2m"),
        _ => None,
    }
}

/// `line` with colours; a dot-command line has only its command name coloured.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    if line.trim_start().starts_with('.') {
        let lead = line.len() - line.trim_start().len();
        let end = line[lead..].find(char::is_whitespace).map_or(line.len(), |i| lead + i);
        let (cmd, rest) = line.split_at(end);
        out.push_str("\x1b[1m");
        out.push_str(cmd);
        out.push_str(RESET);
        out.push_str(rest);
        return out;
    }
    for t in lex::lex(line) {
        let text = &line[t.start..t.end];
        match style(t.kind, text) {
            Some(s) => {
                out.push_str(s);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_strings_are_coloured_and_the_text_is_kept() {
        let h = highlight("select name from actors where kind = 'person;'");
        assert!(h.contains("\x1b[1;34mselect\x1b[0m"));
        assert!(h.contains("\x1b[32m'person;'\x1b[0m"));
        assert!(h.contains(" name "));
        let plain = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap().replace_all(&h, "");
        assert_eq!(plain, "select name from actors where kind = 'person;'");
    }

    #[test]
    fn dot_commands_colour_only_the_command() {
        assert_eq!(highlight(".mode csv"), "\x1b[1m.mode\x1b[0m csv");
        assert_eq!(highlight("  .tables"), "\x1b[1m  .tables\x1b[0m");
    }
}
