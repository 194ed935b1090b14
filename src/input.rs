//! Reading articles from files, stdin and JSON Lines corpora into `RawArticle`s.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;

use crate::extract::RawArticle;
use crate::store::sha256_hex as write_sha256;

/// One article to load, with where it came from and the hash of its raw bytes.
#[derive(Debug, Clone)]
pub struct Input {
    /// "file.txt", "-", or "corpus.jsonl:12".
    pub origin: String,
    pub raw: RawArticle,
    pub sha256: String,
}

/// Values given on the command line that apply to every plain-text input.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub published: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// Checks a `YYYY-MM-DD` date.
pub fn check_date(s: &str) -> Result<String> {
    let d: jiff::civil::Date = s.parse().map_err(|_| anyhow!("'{s}' is not a date (expected YYYY-MM-DD)"))?;
    Ok(d.to_string())
}

/// Decodes bytes as UTF-8 (a BOM is dropped), naming `origin` and the byte offset on failure.
pub fn decode(origin: &str, bytes: &[u8]) -> Result<String> {
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let bytes = &bytes[bom..];
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        bail!("{origin}: UTF-16 text is not supported; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => bail!(
            "{origin}: invalid UTF-8 at byte {} (convert it first, e.g. iconv -f LATIN1 -t UTF-8)",
            bom + e.valid_up_to()
        ),
    }
}

fn is_jsonl(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    p.ends_with(".jsonl") || p.ends_with(".ndjson")
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

/// Reads every input named on the command line and hands each article to `each`.
pub fn read_all(paths: &[String], ov: &Overrides, mut each: impl FnMut(Input) -> Result<()>) -> Result<()> {
    for path in paths {
        if path != "-" && is_jsonl(path) {
            read_jsonl(path, &mut each)?;
        } else {
            each(read_text(path, ov)?)?;
        }
    }
    Ok(())
}

/// One plain-text (or markdown) article from a file or `-` (stdin).
pub fn read_text(path: &str, ov: &Overrides) -> Result<Input> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).context("-: cannot read standard input")?;
        buf
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            bail!("{path}: is a directory, not an article file");
        }
        std::fs::read(p).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?
    };
    if bytes.is_empty() {
        bail!("{path}: empty file, nothing to load");
    }
    if bytes.starts_with(b"\x89PNG") || bytes.iter().take(4096).any(|&b| b == 0) && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        bail!("{path}: binary file, not text");
    }
    let text = decode(path, &bytes)?;
    if text.trim().is_empty() {
        bail!("{path}: only whitespace, nothing to load");
    }
    Ok(Input {
        origin: path.to_string(),
        raw: RawArticle {
            id: None,
            title: ov.title.clone(),
            text,
            published: ov.published.clone(),
            source: ov.source.clone(),
        },
        sha256: write_sha256(&bytes),
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn read_jsonl(path: &str, each: &mut impl FnMut(Input) -> Result<()>) -> Result<()> {
    let file = std::fs::File::open(path).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?;
    let mut reader = BufReader::new(file);
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let got = reader.read_until(b'\n', &mut line).with_context(|| format!("{path}: read error"))?;
        if got == 0 {
            break;
        }
        n += 1;
        let origin = format!("{path}:{n}");
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        let text = decode(&origin, trimmed)?;
        let rec: JsonArticle =
            serde_json::from_str(&text).map_err(|e| anyhow!("{path}: line {n}: not a JSON article object: {e}"))?;
        let body = rec.text.ok_or_else(|| anyhow!("{path}: line {n}: object has no \"text\""))?;
        let published = match rec.published.as_deref() {
            Some(p) if !p.is_empty() => {
                Some(check_date(p).map_err(|e| anyhow!("{path}: line {n}: published: {e}"))?)
            }
            _ => None,
        };
        let id = rec.id.map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        each(Input {
            origin,
            raw: RawArticle { id, title: rec.title, text: body, published, source: rec.source },
            sha256: write_sha256(trimmed),
        })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let e = decode("a.txt", b"abc\xffdef").unwrap_err().to_string();
        assert_eq!(e, "a.txt: invalid UTF-8 at byte 3 (convert it first, e.g. iconv -f LATIN1 -t UTF-8)");
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode("a", b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }

    #[test]
    fn dates_are_checked() {
        assert!(check_date("2020-06-01").is_ok());
        assert!(check_date("2020-13-01").is_err());
        assert!(check_date("yesterday").is_err());
    }
}
