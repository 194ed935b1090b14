//! Cleaning: separates page chrome (captions, video timestamps, datelines,
//! credit lines) from the article body, and normalises line endings.

use std::sync::OnceLock;

use regex::Regex;

use super::types::{Article, RawArticle};

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid built-in regex"))
}

/// "00:43 - Source: CNN", "01:02:03", "Video: 2:15"
fn timestamp() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*[-–—]\s*Source:.*)?$")
}

/// A video timestamp line. It starts with a digit (`\d`, any script):
/// most lines are ruled out without running the regex.
fn is_timestamp(line: &str) -> bool {
    line.starts_with(char::is_numeric) && timestamp().is_match(line)
}

/// A dateline alone on its line or leading the first paragraph:
/// "Washington CNN —", "LONDON (Reuters) -", "Kyiv, Ukraine (AP) —".
fn dateline() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^((?:[A-Z][\p{L}.'’-]*(?:,? [A-Z][\p{L}.'’-]*){0,4})\s*\(?(?:CNN(?: Business)?|Reuters|AP|AFP|CNN Español)\)?\s*[—–-]+)\s*",
    )
}

/// Reuters-style credit lines: "Reporting by X; Editing by Y".
fn credit_by() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"(?i)^(?:(?:additional )?reporting|writing|editing|compiled|graphics?|photos?|photo illustration|illustration|video) by\b")
}

/// Editor's notes about the page rather than the news: "This story has been
/// updated with additional information.", "Correction: An earlier version ...".
fn editor_note() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^[-–—\s]*(?:(?:correction|clarification|update|editor[’']?s[’']? note)\s*:|(?:this|the)\b[^.]{0,30}\b(?:story|article|headline|post|report|piece|timeline|write)s?\b[^.]{0,30}?\b(?:has|have|was|were|is|will be)\s+(?:been\s+)?(?:update|updated|corrected|revised|originally published)\b|this has been updated\b|this is a (?:developing|breaking)(?: news)? story\b|this story is (?:breaking|developing)\b|sign up for\b)",
    )
}

/// Words that may stand between the names of a credit line.
const CREDIT_GLUE: &[&str] = &["and", "of", "the", "in", "from", "reporter", "reporters", "correspondent", "writer", "writers", "producer", "staff", "also", "reporting"];

/// " from Havana, Cuba", "in Shreveport": where a contributor worked.
fn place_after(tail: &str) -> bool {
    let t = tail.trim_start();
    ["from ", "in "].iter().any(|p| t.strip_prefix(p).is_some_and(|r| r.starts_with(char::is_uppercase)))
}

/// The sentences of a short line, not split after an initial ("Nic F. Anderson").
fn sentences_of(line: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut cuts = Vec::new();
    for (i, _) in line.match_indices(". ") {
        let word = line[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let initial = word.chars().count() == 1 && word.starts_with(char::is_uppercase);
        if !initial {
            cuts.push(&line[start..i]);
            start = i + 2;
        }
    }
    cuts.push(&line[start..]);
    cuts.into_iter().filter(|p| !p.trim().is_empty())
}

/// What may follow "contributed" in a credit line.
const CREDIT_TAILS: &[&str] = &["to this reporting", "to this report", "to this story", "to this article", "to the report", "to the story", "to this", "reporting", "additional reporting", "to reporting", "research"];

/// "CNN's Barbara Starr contributed to this report.", "Associated Press
/// writer Jane Roe in Boston contributed.": every sentence of the line is a
/// run of names followed by "contributed" (to this report, reporting, from X).
fn is_credit(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| matches!(c, '-' | '–' | '—' | '•' | '*') || c.is_whitespace());
    if line.len() > 400 || line.contains(['“', '”', '"']) {
        return false;
    }
    if credit_by().is_match(line) {
        return true;
    }
    let mut any = false;
    for part in sentences_of(line).map(|p| p.trim().trim_end_matches('.')) {
        if credit_by().is_match(part) {
            any = true;
            continue;
        }
        let Some(at) = part.find("contribut") else { return false };
        let (who, rest) = part.split_at(at);
        let tail = rest.trim_start_matches("contributed").trim_start_matches("contributing").trim();
        let verb_ok = rest.starts_with("contribut")
            && (tail.is_empty()
                || CREDIT_TAILS.iter().any(|t| tail.strip_prefix(t).is_some_and(|r| r.trim().is_empty()))
                || place_after(tail)
                || CREDIT_TAILS.iter().any(|t| tail.strip_prefix(t).is_some_and(place_after)));
        let names = who.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty());
        let mut n = 0;
        for w in names {
            let w = w.trim_end_matches(['’', '\'']).trim_end_matches("’s").trim_end_matches("'s");
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            if !capital && !CREDIT_GLUE.contains(&w) {
                return false;
            }
            n += 1;
        }
        if !verb_ok || n == 0 {
            return false;
        }
        any = true;
    }
    any
}

/// Cleans one raw article.
pub fn clean(raw: &RawArticle) -> Article {
    let text = raw.text.strip_prefix('\u{feff}').unwrap_or(&raw.text);
    // Most texts hold neither a carriage return nor a byte-order mark:
    // looking costs less than copying the text for nothing.
    let text = if text.contains('\r') { text.replace("\r\n", "\n").replace('\r', "\n") } else { text.to_string() };
    let text = if text.contains('\u{feff}') { text.replace('\u{feff}', "") } else { text };
    let mut lines: Vec<&str> = text.lines().collect();
    let mut chrome: Vec<String> = Vec::new();
    let mut title = raw.title.clone().filter(|t| !t.trim().is_empty()).map(|t| t.trim().to_string());
    let mut dateline_text = None;
    let mut credits: Vec<String> = Vec::new();

    // Markdown headline.
    if let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) {
        if let Some(h) = lines[first].trim().strip_prefix("# ") {
            if title.is_none() {
                title = Some(h.trim().to_string());
            }
            lines.drain(..=first);
        }
    }

    // Leading block of page furniture: caption lines up to a video timestamp.
    let head_end = lines.iter().position(|l| l.trim().is_empty()).unwrap_or(lines.len());
    if let Some(ts) = lines[..head_end].iter().rposition(|l| is_timestamp(l.trim())) {
        for l in lines.drain(..=ts) {
            if !l.trim().is_empty() {
                chrome.push(l.trim().to_string());
            }
        }
    }
    // Other timestamps alone on a line anywhere.
    lines.retain(|l| {
        let t = l.trim();
        if is_timestamp(t) {
            chrome.push(t.to_string());
            false
        } else {
            true
        }
    });

    // Dateline: alone on the first non-empty line, or leading the first paragraph.
    let mut body_lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    if let Some(first) = body_lines.iter().position(|l| !l.trim().is_empty()) {
        let line = body_lines[first].trim().to_string();
        if let Some(m) = dateline().captures(&line) {
            let whole = m.get(0).map_or(0, |m| m.end());
            dateline_text = Some(m[1].trim().to_string());
            body_lines[first] = line[whole..].to_string();
        }
    }

    // Credit lines and editor's notes at the end, in any order.
    let mut notes: Vec<String> = Vec::new();
    while let Some(last) = body_lines.iter().rposition(|l| !l.trim().is_empty()) {
        let t = body_lines[last].trim();
        if is_credit(t) {
            credits.insert(0, t.to_string());
        } else if t.len() < 600 && editor_note().is_match(t) {
            notes.insert(0, t.to_string());
        } else {
            break;
        }
        body_lines.truncate(last);
    }
    // An editor's note leading the article ("This story was originally published by ...").
    if let Some(first) = body_lines.iter().position(|l| !l.trim().is_empty()) {
        let t = body_lines[first].trim();
        if t.len() < 600 && editor_note().is_match(t) && body_lines[first + 1..].iter().any(|l| !l.trim().is_empty()) {
            chrome.push(t.to_string());
            body_lines.drain(..=first);
        }
    }
    chrome.extend(notes);

    // Plain text without a given title: a short first line standing alone is the headline.
    if title.is_none() {
        if let Some(first) = body_lines.iter().position(|l| !l.trim().is_empty()) {
            let t = body_lines[first].trim();
            let alone = body_lines.get(first + 1).is_none_or(|n| n.trim().is_empty());
            let headline_like = t.chars().count() <= 160 && !t.ends_with(['.', ':', ',', '”', '"']);
            if alone && headline_like && body_lines.len() > first + 2 {
                title = Some(t.to_string());
                body_lines.drain(..=first);
            }
        }
    }
    if title.is_none() {
        title = chrome.iter().find(|c| !is_timestamp(c)).cloned();
    }

    let body = body_lines.join("\n").trim().to_string();
    Article {
        external_id: raw.id.clone(),
        title,
        published: raw.published.clone(),
        source: raw.source.clone(),
        body,
        dateline: dateline_text,
        credits: (!credits.is_empty()).then(|| credits.join("\n")),
        chrome: (!chrome.is_empty()).then(|| chrome.join("\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> RawArticle {
        RawArticle { text: text.to_string(), ..Default::default() }
    }

    #[test]
    fn video_chrome_and_dateline_leave_the_body() {
        let a = clean(&raw("Caption here\nVideo title\n00:43 - Source: CNN\nWashington CNN  — \n\nFirst paragraph.\n\nSecond.\n\nCNN's Barbara Starr contributed to this report.\n"));
        assert_eq!(a.body, "First paragraph.\n\nSecond.");
        assert_eq!(a.dateline.as_deref(), Some("Washington CNN  —"));
        assert_eq!(a.credits.as_deref(), Some("CNN's Barbara Starr contributed to this report."));
        assert_eq!(a.chrome.as_deref(), Some("Caption here\nVideo title\n00:43 - Source: CNN"));
        assert_eq!(a.title.as_deref(), Some("Caption here"));
    }

    #[test]
    fn inline_dateline_is_cut_from_the_first_paragraph() {
        let a = clean(&raw("LONDON (Reuters) - Prices rose on Monday.\n\nMore text."));
        assert_eq!(a.dateline.as_deref(), Some("LONDON (Reuters) -"));
        assert!(a.body.starts_with("Prices rose"));
    }

    #[test]
    fn headline_line_becomes_title() {
        let a = clean(&raw("Markets fall sharply\n\nShares fell on Monday.\n\nThey rose later."));
        assert_eq!(a.title.as_deref(), Some("Markets fall sharply"));
        assert!(a.body.starts_with("Shares fell"));
    }

    #[test]
    fn credit_lines_take_many_shapes() {
        for yes in [
            "CNN’s Ava Ko contributed reporting.",
            "CNN’s Steve Contorno, Tierney Sneed and Holmes Lybrand contributed to this report.",
            "–CNN’s Jack Hannah contributed reporting.",
            "Kristen Holmes contributed to this report",
            "CNN’s Kaanita Iyer\u{202f}contributed to this story.",
            "Casey contributed from Boston. Associated Press reporter Jo Roe in Washington contributed.",
            "Reporting by Jane Doe; Editing by John Roe",
            "CNN’s Nic F. Anderson and Sarah Dee contributed to this reporting.",
            "Associated Press writer Audrey McAvoy contributed to this report from Honolulu, Hawaii.",
            "Associated Press writer Sophie Bates contributed in Shreveport.",
            "CNN reporting contributed.",
            "—CNN’s Molly English contributed to this report. Photo Illustration by Al Mier/CNN",
        ] {
            assert!(is_credit(yes), "{yes}");
        }
        for no in [
            "China's quick-growing economy's need for oil has contributed to record-high oil prices.",
            "Other awards decided by PC Pro's staff and contributors included one for Canon.",
            "“Her contributions were immense,” she said.",
            "Reporters said the vote was close.",
            "Smith contributed to the fund.",
        ] {
            assert!(!is_credit(no), "{no}");
        }
    }

    #[test]
    fn editor_notes_and_credits_at_the_end_leave_the_body() {
        let a = clean(&RawArticle {
            title: Some("T".into()),
            text: "Body one.\n\nBody two.\n\nCNN’s Ann Lee contributed to this report.\n\nThis story has been updated with additional information.".into(),
            ..Default::default()
        });
        assert_eq!(a.body, "Body one.\n\nBody two.");
        assert_eq!(a.credits.as_deref(), Some("CNN’s Ann Lee contributed to this report."));
        assert_eq!(a.chrome.as_deref(), Some("This story has been updated with additional information."));
    }

    #[test]
    fn editor_notes_are_about_the_page_not_the_news() {
        for yes in [
            "This headline and story have been updated with additional developments.",
            "The timeline in this story has been updated following clarification from police.",
            "This is a developing story and will be updated.",
            "The story headline has been updated.",
            "Correction: An earlier version of this story misstated the date.",
        ] {
            assert!(editor_note().is_match(yes), "{yes}");
        }
        for no in ["The company has updated its guidance.", "The report was published on Monday."] {
            assert!(!editor_note().is_match(no), "{no}");
        }
    }

    #[test]
    fn a_leading_publication_note_is_chrome() {
        let a = clean(&RawArticle {
            title: Some("T".into()),
            text: "This story was originally published by ProPublica.\n\nThe agency said no.".into(),
            ..Default::default()
        });
        assert_eq!(a.body, "The agency said no.");
    }

    #[test]
    fn bom_and_crlf_are_normalised() {
        let a = clean(&RawArticle { title: Some("T".into()), text: "\u{feff}One.\r\n\r\nTwo.".into(), ..Default::default() });
        assert_eq!(a.body, "One.\n\nTwo.");
    }
}
