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

/// A dateline alone on its line or leading the first paragraph:
/// "Washington CNN —", "LONDON (Reuters) -", "Kyiv, Ukraine (AP) —".
fn dateline() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^((?:[A-Z][\p{L}.'’-]*(?:,? [A-Z][\p{L}.'’-]*){0,4})\s*\(?(?:CNN(?: Business)?|Reuters|AP|AFP|CNN Español)\)?\s*[—–-]+)\s*",
    )
}

/// "CNN's Barbara Starr contributed to this report."
fn credit() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^(?:[\p{L}’' .,&-]+ (?:contributed|contributing) (?:to )?(?:this |the )?(?:report|reporting|story)(?: from [^.]+)?\.?|(?:reporting|additional reporting|writing|editing) by [^.]+\.?)$",
    )
}

/// Cleans one raw article.
pub fn clean(raw: &RawArticle) -> Article {
    let text = raw.text.strip_prefix('\u{feff}').unwrap_or(&raw.text).replace("\r\n", "\n").replace('\r', "\n");
    let text = text.replace('\u{feff}', "");
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
    if let Some(ts) = lines[..head_end].iter().rposition(|l| timestamp().is_match(l.trim())) {
        for l in lines.drain(..=ts) {
            if !l.trim().is_empty() {
                chrome.push(l.trim().to_string());
            }
        }
    }
    // Other timestamps alone on a line anywhere.
    lines.retain(|l| {
        let t = l.trim();
        if timestamp().is_match(t) {
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

    // Credit lines at the end.
    while let Some(last) = body_lines.iter().rposition(|l| !l.trim().is_empty()) {
        let t = body_lines[last].trim();
        if credit().is_match(t) {
            credits.insert(0, t.to_string());
            body_lines.truncate(last);
        } else {
            break;
        }
    }

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
        title = chrome.iter().find(|c| !timestamp().is_match(c)).cloned();
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
    fn bom_and_crlf_are_normalised() {
        let a = clean(&RawArticle { title: Some("T".into()), text: "\u{feff}One.\r\n\r\nTwo.".into(), ..Default::default() });
        assert_eq!(a.body, "One.\n\nTwo.");
    }
}
