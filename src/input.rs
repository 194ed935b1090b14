//! Reading articles from files, stdin and JSON Lines corpora into `Input`s,
//! streaming: a corpus is read one line at a time, never held whole.
//!
//! Policy for bad input (see `tests/bad_input.rs`):
//! - every plain-text input is read and checked by `check_inputs` before the
//!   database is opened, so one bad file refuses the whole load and nothing is
//!   written;
//! - a JSON Lines corpus is checked as it streams: a bad line stops the load
//!   with an error naming the line, and the articles before it stay loaded.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{anyhow, bail, Context, Result};
use serde::Deserialize;

use crate::extract::{Facts, RawArticle};
use crate::store::sha256_hex;

/// Articles larger than this are refused: no news article comes near it, and
/// it bounds the memory one article can take in the pipeline.
pub const MAX_ARTICLE_BYTES: usize = 16 * 1024 * 1024;

/// One article to load, with where it came from and the hash of its raw bytes.
#[derive(Debug, Clone)]
pub struct Input {
    /// "file.txt", "-", or "corpus.jsonl:12".
    pub origin: String,
    pub payload: Payload,
    /// Hex sha256 of the raw bytes (the file, or the JSON Lines record).
    pub sha256: String,
    /// Size of the raw bytes, for progress.
    pub bytes: usize,
}

/// What an input holds: an article to extract, or facts extracted before
/// (a record written by `dossier extract`).
#[derive(Debug, Clone)]
pub enum Payload {
    Raw(RawArticle),
    Facts(Box<Facts>),
}

/// A record written by `dossier extract`: the facts of one article and the
/// sha256 of the input record they came from.
#[derive(Debug, serde::Serialize, Deserialize)]
pub struct FactsRecord {
    pub sha256: String,
    pub facts: Facts,
}

/// Values given on the command line that apply to every plain-text input
/// (and `published` to JSON Lines records without a date).
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

/// Checks a `--published` flag: a bad date is a usage error naming the flag.
pub fn published_flag(value: Option<&str>) -> Result<Option<String>> {
    value
        .map(check_date)
        .transpose()
        .map_err(|e| crate::error::usage(format!("--published: {e}")))
}

/// Decodes bytes as UTF-8 (a BOM is dropped), naming `origin` and the byte offset on failure.
pub fn decode(origin: &str, bytes: &[u8]) -> Result<String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        bail!("{origin}: UTF-16 text is not supported; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");
    }
    let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    match std::str::from_utf8(&bytes[bom..]) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => bail!(
            "{origin}: invalid UTF-8 at byte {} (convert it first, e.g. iconv -f LATIN1 -t UTF-8)",
            bom + e.valid_up_to()
        ),
    }
}

/// Is `path` a JSON Lines corpus (by its extension)?
pub fn is_jsonl(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    p.ends_with(".jsonl") || p.ends_with(".ndjson")
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "is a directory, not an article file".to_string(),
        _ => e.to_string(),
    }
}

/// Reads a named file whole, with one-line errors.
fn read_file(path: &str) -> Result<Vec<u8>> {
    let p = Path::new(path);
    if p.is_dir() {
        bail!("{path}: is a directory, not an article file");
    }
    let len = std::fs::metadata(p).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?.len();
    if len > MAX_ARTICLE_BYTES as u64 {
        bail!("{path}: {}, larger than the {} limit for one article", mb(len as usize), mb(MAX_ARTICLE_BYTES));
    }
    std::fs::read(p).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))
}

fn mb(n: usize) -> String {
    format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
}

/// Checks the raw bytes of one plain-text article and decodes them.
fn text_of(origin: &str, bytes: &[u8]) -> Result<String> {
    if bytes.is_empty() {
        bail!("{origin}: empty file, nothing to load");
    }
    if bytes.len() > MAX_ARTICLE_BYTES {
        bail!("{origin}: {}, larger than the {} limit for one article", mb(bytes.len()), mb(MAX_ARTICLE_BYTES));
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !utf16 && (bytes.starts_with(b"\x89PNG") || bytes.iter().take(8192).any(|&b| b == 0)) {
        bail!("{origin}: binary file, not text");
    }
    let text = decode(origin, bytes)?;
    if text.trim().is_empty() {
        bail!("{origin}: only whitespace, nothing to load");
    }
    Ok(text)
}

fn text_input(origin: &str, bytes: &[u8], ov: &Overrides) -> Result<Input> {
    let text = text_of(origin, bytes)?;
    Ok(Input {
        origin: origin.to_string(),
        payload: Payload::Raw(RawArticle {
            id: None,
            title: ov.title.clone(),
            text,
            published: ov.published.clone(),
            source: ov.source.clone(),
        }),
        sha256: sha256_hex(bytes),
        bytes: bytes.len(),
    })
}

/// The inputs of one load, checked before anything is written.
pub struct Plan {
    paths: Vec<String>,
    /// Standard input, read whole when it is plain text (it cannot be read twice).
    stdin: Option<StdinInput>,
    /// Total size of the named files, for progress (None when stdin is streamed).
    pub total_bytes: Option<u64>,
}

enum StdinInput {
    Text(Vec<u8>),
    /// A JSON Lines stream: its first line, already read, then the rest of stdin.
    Lines(Vec<u8>),
}

/// Checks every input before the database is opened: each named file exists
/// and is readable, and every plain-text article decodes. Standard input is
/// sniffed: JSON Lines when its first line is a JSON object, else one article.
pub fn check_inputs(paths: &[String]) -> Result<Plan> {
    let mut total = Some(0u64);
    let mut stdin = None;
    let mut seen_stdin = false;
    for path in paths {
        if path == "-" {
            if seen_stdin {
                bail!("-: standard input named twice");
            }
            seen_stdin = true;
            let mut lock = std::io::stdin().lock();
            let mut first = Vec::new();
            lock.read_until(b'\n', &mut first).context("-: cannot read standard input")?;
            if first.trim_ascii_start().starts_with(b"{")
                && serde_json::from_slice::<serde_json::Value>(first.trim_ascii()).is_ok_and(|v| v.is_object())
            {
                stdin = Some(StdinInput::Lines(first));
                total = None;
            } else {
                let mut all = first;
                (&mut lock)
                    .take(MAX_ARTICLE_BYTES as u64 + 1)
                    .read_to_end(&mut all)
                    .context("-: cannot read standard input")?;
                text_of("-", &all)?;
                if let Some(t) = total.as_mut() {
                    *t += all.len() as u64;
                }
                stdin = Some(StdinInput::Text(all));
            }
        } else if is_jsonl(path) {
            let p = Path::new(path);
            if p.is_dir() {
                bail!("{path}: is a directory, not a JSON Lines corpus");
            }
            let f = std::fs::File::open(p).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?;
            let len = f.metadata().map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?.len();
            // Opening does not prove it readable for root on some systems; read a byte.
            let mut probe = [0u8; 1];
            (&f).read(&mut probe).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?;
            if let Some(t) = total.as_mut() {
                *t += len;
            }
        } else {
            let bytes = read_file(path)?;
            text_of(path, &bytes)?;
            if let Some(t) = total.as_mut() {
                *t += bytes.len() as u64;
            }
        }
    }
    Ok(Plan { paths: paths.to_vec(), stdin, total_bytes: total })
}

/// Reads every input of the plan, in order, and hands each article to `each`.
/// Named plain-text files are read again (they were checked, not kept).
pub fn read_all(plan: Plan, ov: &Overrides, mut each: impl FnMut(Input) -> Result<()>) -> Result<()> {
    let Plan { paths, mut stdin, .. } = plan;
    for path in &paths {
        if path == "-" {
            match stdin.take() {
                Some(StdinInput::Text(bytes)) => each(text_input("-", &bytes, ov)?)?,
                Some(StdinInput::Lines(first)) => {
                    let reader = std::io::Cursor::new(first).chain(std::io::stdin().lock());
                    read_jsonl("-", BufReader::new(reader), ov, &mut each)?;
                }
                None => {}
            }
        } else if is_jsonl(path) {
            let file = std::fs::File::open(path).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?;
            read_jsonl(path, BufReader::with_capacity(256 * 1024, file), ov, &mut each)?;
        } else {
            let bytes = read_file(path)?;
            each(text_input(path, &bytes, ov)?)?;
        }
    }
    Ok(())
}

/// One JSON Lines record: an article (`text`) or the output of `dossier extract` (`facts`).
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    title: Option<String>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
    sha256: Option<String>,
    facts: Option<Box<Facts>>,
}

/// Parses one JSON Lines record (`line` is its 1-based number) into an input.
pub fn parse_record(path: &str, n: usize, line: &[u8], ov: &Overrides) -> Result<Input> {
    let origin = format!("{path}:{n}");
    if line.len() > MAX_ARTICLE_BYTES {
        bail!("{path}: line {n}: {}, larger than the {} limit for one article", mb(line.len()), mb(MAX_ARTICLE_BYTES));
    }
    let text = std::str::from_utf8(line).map_err(|e| {
        anyhow!("{path}: line {n}: invalid UTF-8 at byte {} of the line", e.valid_up_to())
    })?;
    if !line.starts_with(b"{") {
        bail!("{path}: line {n}: not a JSON object");
    }
    let rec: Record = serde_json::from_str(text).map_err(|e| anyhow!("{path}: line {n}: not a JSON article object: {e}"))?;
    if let Some(facts) = rec.facts {
        let sha256 = rec.sha256.filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()));
        let sha256 = sha256.ok_or_else(|| anyhow!("{path}: line {n}: facts record without a valid \"sha256\""))?;
        crate::store::check_facts(&facts).map_err(|e| anyhow!("{path}: line {n}: {e}"))?;
        return Ok(Input { origin, payload: Payload::Facts(facts), sha256, bytes: line.len() });
    }
    let body = rec.text.ok_or_else(|| anyhow!("{path}: line {n}: object has no \"text\""))?;
    let published = match rec.published.as_deref() {
        Some(p) if !p.is_empty() => Some(check_date(p).map_err(|e| anyhow!("{path}: line {n}: published: {e}"))?),
        _ => ov.published.clone(),
    };
    let id = rec.id.map(|v| match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    });
    Ok(Input {
        origin,
        payload: Payload::Raw(RawArticle { id, title: rec.title, text: body, published, source: rec.source }),
        sha256: sha256_hex(line),
        bytes: line.len(),
    })
}

/// Streams a JSON Lines corpus; blank lines are skipped.
pub fn read_jsonl(path: &str, mut reader: impl BufRead, ov: &Overrides, each: &mut impl FnMut(Input) -> Result<()>) -> Result<()> {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let got = reader.read_until(b'\n', &mut line).map_err(|e| anyhow!("{path}: cannot read: {}", io_reason(&e)))?;
        if got == 0 {
            break;
        }
        n += 1;
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        each(parse_record(path, n, trimmed, ov)?)?;
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

    #[test]
    fn jsonl_record_without_text_names_the_line() {
        let e = parse_record("c.jsonl", 7, br#"{"id": "x"}"#, &Overrides::default()).unwrap_err();
        assert_eq!(e.to_string(), "c.jsonl: line 7: object has no \"text\"");
    }

    #[test]
    fn jsonl_record_takes_the_published_override_only_when_it_has_none() {
        let ov = Overrides { published: Some("2021-01-02".into()), ..Default::default() };
        let a = parse_record("c", 1, br#"{"text": "Hi.", "published": "2020-05-06"}"#, &ov).unwrap();
        let b = parse_record("c", 2, br#"{"text": "Hi.", "published": null}"#, &ov).unwrap();
        let date = |i: &Input| match &i.payload {
            Payload::Raw(r) => r.published.clone(),
            Payload::Facts(_) => None,
        };
        assert_eq!(date(&a).as_deref(), Some("2020-05-06"));
        assert_eq!(date(&b).as_deref(), Some("2021-01-02"));
    }

    #[test]
    fn blank_lines_are_skipped_and_lines_counted() {
        let data = b"{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\nnot json\n";
        let mut got = Vec::new();
        let e = read_jsonl("c.jsonl", &data[..], &Overrides::default(), &mut |i| {
            got.push(i.origin);
            Ok(())
        })
        .unwrap_err();
        assert_eq!(got, ["c.jsonl:1", "c.jsonl:3"]);
        assert_eq!(e.to_string(), "c.jsonl: line 4: not a JSON object");
    }
}
