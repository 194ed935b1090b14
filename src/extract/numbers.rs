//! Parsing numbers written in digits or words ("1,800", "1.13bn", "twenty-five", "a third")
//! over a small token stream with byte offsets into the body.
//!
//! Number words are parsed by hand rather than with `text2num`: we need the
//! token span of every number, hyphen joins ("twenty-five", "two-thirds"),
//! fractions, vague plurals ("hundreds") and "a dozen", none of which the
//! crate reports with offsets, and a lookup per token is cheaper than
//! re-scanning text.

use std::sync::OnceLock;

use super::lexicon;
use super::text::is_alpha;

/// Maps and sets keyed by the short words of the lexicons, on FxHash
/// (SipHash dominated the extraction profile).
pub type WordMap<K, V> = rustc_hash::FxHashMap<K, V>;
pub type WordSet<K> = rustc_hash::FxHashSet<K>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner apostrophes: "country's").
    Word,
    /// Digits with inner `,` `.` `:` `/` between digits: "4,000", "1.13", "00:43", "9/11".
    Num,
    /// Any other non-space character.
    Sym(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte offsets into the body.
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whitespace comes right before this token.
    pub space: bool,
}

/// The tokens of one sentence, with the body and its ASCII-lower-cased copy.
pub struct Toks<'a> {
    pub body: &'a str,
    pub lower: &'a str,
    pub t: Vec<Tok>,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

impl<'a> Toks<'a> {
    /// Tokenizes `body[start..end]`; `lower` must be `body.to_ascii_lowercase()`.
    pub fn new(body: &'a str, lower: &'a str, start: usize, end: usize) -> Self {
        let mut x = Toks { body, lower, t: Vec::new() };
        x.fill(start, end);
        x
    }

    /// Re-tokenizes for another span of the same body, reusing the buffer.
    pub fn fill(&mut self, start: usize, end: usize) {
        self.t.clear();
        let text = self.body.get(start..end).unwrap_or("");
        let b = text.as_bytes();
        let char_at = |i: usize| text.get(i..).and_then(|r| r.chars().next());
        let is_digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = 0;
        let mut space = true;
        while i < b.len() {
            // The common case: ASCII letters ending at the text's end or at an
            // ASCII character that is no letter and no apostrophe, which could
            // join a letter after it.
            if b[i].is_ascii_alphabetic() {
                let mut e = i + 1;
                while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
                    e += 1;
                }
                if b.get(e).is_none_or(|&d| d.is_ascii() && d != b'\'') {
                    self.t.push(Tok { start: start + i, end: start + e, kind: TokKind::Word, space });
                    space = false;
                    i = e;
                    continue;
                }
            }
            let c = if b[i] < 0x80 { b[i] as char } else { char_at(i).unwrap_or(' ') };
            let w = c.len_utf8();
            // Zero-width and soft-hyphen characters count as space ("February \u{200b}26").
            if c.is_whitespace() || matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}') {
                space = true;
                i += w;
                continue;
            }
            let mut e = i + w;
            // ".7%": a decimal without its leading zero.
            let bare_decimal = c == '.' && is_digit(i + 1) && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
            let kind = if c.is_ascii_digit() || bare_decimal {
                while e < b.len() && (b[e].is_ascii_digit() || (matches!(b[e], b',' | b'.' | b':' | b'/') && is_digit(e + 1))) {
                    e += 1;
                }
                TokKind::Num
            } else if is_alpha(c) {
                let next_char = |e: usize| if e < b.len() && b[e] < 0x80 { Some(b[e] as char) } else { char_at(e) };
                loop {
                    // ASCII letters, the common case, byte by byte.
                    while b.get(e).is_some_and(u8::is_ascii_alphabetic) {
                        e += 1;
                    }
                    let Some(d) = next_char(e) else { break };
                    let inner_apostrophe = is_apostrophe(d) && char_at(e + d.len_utf8()).is_some_and(is_alpha);
                    if !is_alpha(d) && !inner_apostrophe {
                        break;
                    }
                    e += d.len_utf8();
                }
                TokKind::Word
            } else {
                TokKind::Sym(c)
            };
            self.t.push(Tok { start: start + i, end: start + e, kind, space });
            space = false;
            i = e;
        }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    pub fn is_empty(&self) -> bool {
        self.t.is_empty()
    }

    /// The original text of token `i` ("" past the end).
    pub fn text(&self, i: usize) -> &'a str {
        self.t.get(i).and_then(|t| self.body.get(t.start..t.end)).unwrap_or("")
    }

    /// The lower-cased word at `i`, or None when `i` is not a word.
    pub fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.t.get(i)?;
        (t.kind == TokKind::Word).then(|| self.lower.get(t.start..t.end)).flatten()
    }

    /// Token `i` is the word `w` (lower case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }

    pub fn is_sym(&self, i: usize, f: impl Fn(char) -> bool) -> bool {
        matches!(self.t.get(i), Some(Tok { kind: TokKind::Sym(c), .. }) if f(*c))
    }

    pub fn is_num(&self, i: usize) -> bool {
        matches!(self.t.get(i), Some(Tok { kind: TokKind::Num, .. }))
    }

    /// Whitespace precedes token `i` (true past the end).
    pub fn spaced(&self, i: usize) -> bool {
        self.t.get(i).is_none_or(|t| t.space)
    }

    /// A word starting with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == TokKind::Word) && self.text(i).starts_with(char::is_uppercase)
    }

    /// A hyphen or dash between `i-1` and `i+1` without spaces: "twenty-five", "400-600".
    pub fn is_joiner(&self, i: usize) -> bool {
        self.is_sym(i, is_dash) && !self.spaced(i) && !self.spaced(i + 1)
    }
}

pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '‑')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Digits,
    Words,
    Fraction,
    Ordinal,
}

/// A number phrase: tokens `first..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub first: usize,
    pub end: usize,
    /// None for vague plurals, which fill `span`.
    pub value: Option<f64>,
    /// "hundreds" = (200, 999).
    pub span: Option<(f64, f64)>,
    pub form: Form,
    /// A scale word or abbreviation was applied ("1.5 million", "600m").
    pub scaled: bool,
    /// The scale was a bare attached "m", which may be metres.
    pub bare_m: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Unit,
    Ten,
    Scale,
    Dozen,
}

struct Lex {
    cardinal: WordMap<&'static str, (f64, Class)>,
    scales: WordMap<&'static str, f64>,
    vague: WordMap<&'static str, f64>,
    ordinal: WordMap<&'static str, f64>,
    ordinal_unit: WordMap<&'static str, f64>,
    fraction: WordMap<&'static str, f64>,
    /// Every word a number phrase can start with: one lookup rejects the rest.
    starts: WordSet<&'static str>,
    /// Rules out most other words before a `starts` look-up.
    start_shapes: lexicon::Shapes,
}

fn table(src: &'static str) -> WordMap<&'static str, f64> {
    lexicon::rows(src).filter_map(|r| Some((*r.first()?, r.get(1)?.parse().ok()?))).collect()
}

fn lex() -> &'static Lex {
    static L: OnceLock<Lex> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lex {
        cardinal: lexicon::rows(include_str!("data/number_cardinals.txt"))
            .filter_map(|r| {
                let class = match *r.get(2)? {
                    "unit" => Class::Unit,
                    "ten" => Class::Ten,
                    "scale" => Class::Scale,
                    "dozen" => Class::Dozen,
                    _ => return None,
                };
                Some((*r.first()?, (r.get(1)?.parse().ok()?, class)))
            })
            .collect(),
        scales: table(include_str!("data/number_scales.txt")),
        vague: table(include_str!("data/number_vague.txt")),
        ordinal: table(include_str!("data/number_ordinals.txt")),
        ordinal_unit: table(include_str!("data/number_ordinal_units.txt")),
        fraction: table(include_str!("data/number_fractions.txt")),
        starts: WordSet::default(),
        start_shapes: lexicon::Shapes::default(),
        };
        let starts = l.cardinal.keys().chain(l.vague.keys()).chain(l.ordinal.keys()).copied();
        l.starts = starts.chain(["tens", "several", "few", "half", "a", "an"]).collect();
        l.start_shapes = l.starts.iter().copied().collect();
        l
    })
}

/// A word a number phrase may start with ("three", "a", "half", "hundreds").
pub fn may_start_phrase(w: &str) -> bool {
    let l = lex();
    l.start_shapes.may_hold(w) && l.starts.contains(w)
}

/// A cardinal number word ("three", "million").
pub fn is_number_word(w: &str) -> bool {
    lex().cardinal.contains_key(w) || lex().vague.contains_key(w)
}

/// A scale written out ("million") or abbreviated ("bn").
pub fn scale_of(w: &str) -> Option<f64> {
    match lex().cardinal.get(w) {
        Some(&(v, Class::Scale)) if v >= 1000.0 => Some(v),
        _ => lex().scales.get(w).copied(),
    }
}

/// Parses "4,000", "1.13", "1,000,000"; None for malformed grouping ("1,2").
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut int = s;
    if let Some((a, b)) = s.split_once('.') {
        if b.contains([',', '.']) {
            return None;
        }
        int = a;
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    if !int.contains(',') {
        return s.parse().ok();
    }
    s.replace(',', "").parse().ok()
}

/// The number phrase starting at token `i`, if any. Context (dates, names,
/// "the two") is the caller's business.
pub fn parse_at(x: &Toks, i: usize) -> Option<Number> {
    if x.is_num(i) {
        parse_digit_phrase(x, i)
    } else {
        parse_word_phrase(x, i).map(|n| fraction_of_scale(x, n))
    }
}

/// "a quarter of a million": the fraction times the scale, a plain number.
fn fraction_of_scale(x: &Toks, n: Number) -> Number {
    if n.form != Form::Fraction || !x.is(n.end, "of") || !(x.is(n.end + 1, "a") || x.is(n.end + 1, "one")) {
        return n;
    }
    match x.word(n.end + 2).and_then(scale_of) {
        Some(s) => Number { end: n.end + 3, value: n.value.map(|v| v * s), form: Form::Words, scaled: true, ..n },
        None => n,
    }
}

/// The number of digit token `i` alone, whatever follows it; None for
/// clock times, slashed dates and ids ("00:43", "9/11", "007").
pub fn digits_at(x: &Toks, i: usize) -> Option<Number> {
    let text = x.text(i);
    if !x.is_num(i) || text.contains([':', '/']) || (text.len() > 1 && text.starts_with('0') && !text.starts_with("0.")) {
        return None;
    }
    let v = parse_digits(text)?;
    Some(Number { first: i, end: i + 1, value: Some(v), span: None, form: Form::Digits, scaled: false, bare_m: false })
}

fn parse_digit_phrase(x: &Toks, i: usize) -> Option<Number> {
    let mut n = digits_at(x, i)?;
    let (text, v) = (x.text(i), n.value.unwrap_or(0.0));
    if let Some(w) = x.word(i + 1) {
        if !x.spaced(i + 1) {
            // Attached letters: "21st", "1.13bn", "600m"; anything else ("5G", "1990s", "9am") is not a count.
            if matches!(w, "st" | "nd" | "rd" | "th") && !text.contains([',', '.']) {
                n.form = Form::Ordinal;
                n.end = i + 2;
                return Some(n);
            }
            let s = scale_of(w)?;
            n.value = Some(v * s);
            n.scaled = true;
            n.bare_m = w == "m";
            n.end = i + 2;
            return Some(n);
        }
        if let Some(s) = lex().cardinal.get(w).filter(|c| c.1 == Class::Scale && c.0 >= 1000.0).map(|c| c.0) {
            n.value = Some(v * s);
            n.scaled = true;
            n.end = i + 2;
        } else if matches!(w, "bn" | "mn" | "tn") {
            n.value = lex().scales.get(w).map(|s| v * s);
            n.scaled = true;
            n.end = i + 2;
        }
    }
    Some(n)
}

/// Next word after `j` joined by a space or a hyphen, with its index.
fn next_word<'a>(x: &Toks<'a>, j: usize) -> Option<(usize, &'a str, bool)> {
    if x.is_joiner(j) {
        return x.word(j + 1).map(|w| (j + 1, w, true));
    }
    x.word(j).filter(|_| x.spaced(j)).map(|w| (j, w, false))
}

fn parse_word_phrase(x: &Toks, i: usize) -> Option<Number> {
    let l = lex();
    let w = x.word(i)?;
    if !may_start_phrase(w) {
        return None;
    }
    let mk = |end, value, form| Number { first: i, end, value: Some(value), span: None, form, scaled: false, bare_m: false };

    // Vague plurals: "hundreds", "tens of thousands", "hundreds of thousands".
    if let Some(&m) = l.vague.get(w) {
        return Some(vague(x, i, m));
    }
    if w == "tens" && x.is(i + 1, "of") {
        if let Some(&m) = x.word(i + 2).and_then(|w2| l.vague.get(w2)) {
            let mut n = vague(x, i + 2, m * 10.0);
            n.first = i;
            return Some(n);
        }
        return None;
    }
    if (w == "several" || (w == "few" && x.is(i.wrapping_sub(1), "a"))) && i + 1 < x.len() {
        if let Some(&(m, Class::Scale)) = x.word(i + 1).and_then(|w2| l.cardinal.get(w2)) {
            let mut n = vague(x, i + 1, m);
            n.first = if w == "few" { i - 1 } else { i };
            n.span = Some((2.0 * m, 9.0 * m));
            return Some(n);
        }
        return None;
    }

    // "half", "half a million", "a half", "a third", "a dozen", "a million".
    if w == "half" {
        if (x.is(i + 1, "a") || x.is(i + 1, "an"))
            && let Some((j, w2, false)) = next_word(x, i + 2)
            && let Some(&(s, Class::Scale | Class::Dozen)) = l.cardinal.get(w2)
        {
            let mut n = mk(j + 1, 0.5 * s, Form::Words);
            n.scaled = true;
            return Some(n);
        }
        return Some(mk(i + 1, 0.5, Form::Fraction));
    }
    if w == "a" || w == "an" {
        let (j, w2, hyphen) = next_word(x, i + 1)?;
        if hyphen {
            return None;
        }
        if let Some(&d) = l.fraction.get(w2) {
            return (!w2.ends_with('s')).then(|| mk(j + 1, 1.0 / d, Form::Fraction));
        }
        return match l.cardinal.get(w2) {
            Some(&(_, Class::Scale | Class::Dozen)) => cardinal(x, j, 1.0).map(|mut n| {
                n.first = i;
                n
            }),
            _ => None,
        };
    }

    // Word ordinals: "third", "twenty-first".
    if let Some(&v) = l.ordinal.get(w) {
        return Some(mk(i + 1, v, Form::Ordinal));
    }
    cardinal(x, i, 0.0)
}

fn vague(x: &Toks, i: usize, m: f64) -> Number {
    let mut m = m;
    let mut end = i + 1;
    // "hundreds of thousands"
    if x.is(i + 1, "of")
        && let Some(&m2) = x.word(i + 2).and_then(|w| lex().vague.get(w))
        && m2 > m
    {
        m *= m2;
        end = i + 3;
    }
    Number { first: i, end, value: None, span: Some((2.0 * m, 10.0 * m - 1.0)), form: Form::Words, scaled: false, bare_m: false }
}

/// "twenty-five", "one hundred and twenty", "two million", "a dozen" (with
/// `lead` = 1 for a leading "a"), then fractions ("two-thirds") and
/// "and a half".
fn cardinal(x: &Toks, i: usize, lead: f64) -> Option<Number> {
    let l = lex();
    let mut total = 0.0;
    let mut current = lead;
    let mut prev: Option<Class> = None;
    let mut j = i;
    let mut end = i;
    let mut scaled = false;
    loop {
        let (k, w) = if j == i {
            (i, x.word(i)?)
        } else if x.is(j, "and") && prev == Some(Class::Scale) {
            // "one hundred and twenty"
            match x.word(j + 1).and_then(|w| l.cardinal.get(w).map(|c| (w, c))) {
                Some((w, &(_, Class::Unit | Class::Ten))) => (j + 1, w),
                _ => break,
            }
        } else if let Some((k, w, _)) = next_word(x, j) {
            (k, w)
        } else {
            break;
        };
        let Some(&(v, class)) = l.cardinal.get(w) else {
            // "twenty-first"
            if prev == Some(Class::Ten)
                && x.is_joiner(k - 1)
                && let Some(&o) = l.ordinal_unit.get(w)
            {
                return Some(Number { first: i, end: k + 1, value: Some(current + o), span: None, form: Form::Ordinal, scaled, bare_m: false });
            }
            break;
        };
        match (class, prev) {
            (Class::Unit, None | Some(Class::Scale)) | (Class::Ten, None | Some(Class::Scale)) => current += v,
            (Class::Unit, Some(Class::Ten)) if v < 10.0 => current += v,
            (Class::Scale, Some(_)) | (Class::Scale, None) if j != i || lead > 0.0 => {
                if v == 100.0 {
                    current = current.max(1.0) * v;
                } else {
                    total += current.max(1.0) * v;
                    current = 0.0;
                }
                scaled = true;
            }
            (Class::Dozen, _) if j != i || lead > 0.0 => {
                current = current.max(1.0) * v;
            }
            _ => break,
        }
        prev = Some(class);
        end = k + 1;
        j = k + 1;
    }
    if end == i {
        return None;
    }
    let mut value = total + current;
    let mut form = Form::Words;
    // "two-thirds", "one third", "three quarters"
    if !scaled
        && let Some((k, w, _)) = next_word(x, end)
        && let Some(&d) = l.fraction.get(w)
    {
        let plural = w.ends_with('s');
        if (value == 1.0 && !plural) || (value > 1.0 && plural) {
            return Some(Number { first: i, end: k + 1, value: Some(value / d), span: None, form: Form::Fraction, scaled, bare_m: false });
        }
    }
    // "one and a half"
    if x.is(end, "and") && x.is(end + 1, "a") && x.is(end + 2, "half") {
        value += 0.5;
        end += 3;
        form = Form::Words;
        // "one and a half million"
        if let Some(s) = x.word(end).and_then(scale_of).filter(|_| x.spaced(end)) {
            value *= s;
            end += 1;
            scaled = true;
        }
    }
    Some(Number { first: i, end, value: Some(value), span: None, form, scaled, bare_m: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(f64, usize, Form)> {
        let lower = s.to_ascii_lowercase();
        let x = Toks::new(s, &lower, 0, s.len());
        parse_at(&x, 0).map(|n| (n.value.unwrap_or(-1.0), n.end, n.form))
    }

    fn value(s: &str) -> Option<f64> {
        parse(s).map(|p| p.0)
    }

    #[test]
    fn tokens_keep_digit_groups_and_split_attached_letters() {
        let s = "$1.13bn, 4,000 troops 9/11 00:43 country's";
        let lower = s.to_ascii_lowercase();
        let x = Toks::new(s, &lower, 0, s.len());
        let texts: Vec<_> = (0..x.len()).map(|i| x.text(i)).collect();
        assert_eq!(texts, ["$", "1.13", "bn", ",", "4,000", "troops", "9/11", "00:43", "country's"]);
        assert!(!x.spaced(2) && x.spaced(5));
    }

    #[test]
    fn words_keep_inner_apostrophes_of_either_kind() {
        let s = "Bob's cat’s dog2 é";
        let x = Toks::new(s, s, 0, s.len());
        let texts: Vec<_> = (0..x.len()).map(|i| x.text(i)).collect();
        assert_eq!(texts, ["Bob's", "cat’s", "dog", "2", "é"]);
        assert!(x.word(2).is_some() && x.is_num(3) && !x.spaced(3));
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(value("4,000"), Some(4000.0));
        assert_eq!(value("1,000,000"), Some(1e6));
        assert_eq!(value("3.5"), Some(3.5));
        assert_eq!(value(".7"), Some(0.7));
        assert_eq!(value("1,2"), None);
    }

    #[test]
    fn digits_with_scales() {
        assert_eq!(value("1.13bn"), Some(1.13e9));
        assert_eq!(value("600m"), Some(6e8));
        assert_eq!(value("1.5 million"), Some(1.5e6));
        assert_eq!(value("13 billion"), Some(1.3e10));
    }

    #[test]
    fn attached_letters_that_are_not_scales_are_not_numbers() {
        assert_eq!(value("5G"), None);
        assert_eq!(value("1990s"), None);
        assert_eq!(value("9am"), None);
        assert_eq!(value("9/11"), None);
        assert_eq!(value("00:43"), None);
    }

    #[test]
    fn digit_ordinals() {
        assert_eq!(parse("21st"), Some((21.0, 2, Form::Ordinal)));
    }

    #[test]
    fn number_words() {
        assert_eq!(value("three"), Some(3.0));
        assert_eq!(value("twenty-five"), Some(25.0));
        assert_eq!(value("one hundred and twenty"), Some(120.0));
        assert_eq!(value("two million"), Some(2e6));
        assert_eq!(value("a dozen"), Some(12.0));
        assert_eq!(value("two dozen"), Some(24.0));
        assert_eq!(value("a million"), Some(1e6));
        assert_eq!(value("a quarter of a million"), Some(250000.0));
        assert_eq!(value("half a million"), Some(5e5));
        assert_eq!(value("two and a half"), Some(2.5));
        assert_eq!(value("one and a half million"), Some(1.5e6));
        assert_eq!(value("007"), None);
        assert_eq!(value("a lot"), None);
    }

    #[test]
    fn fractions() {
        assert_eq!(parse("a third"), Some((1.0 / 3.0, 2, Form::Fraction)));
        assert_eq!(parse("two-thirds"), Some((2.0 / 3.0, 3, Form::Fraction)));
        assert_eq!(parse("three quarters"), Some((0.75, 2, Form::Fraction)));
        assert_eq!(parse("half"), Some((0.5, 1, Form::Fraction)));
    }

    #[test]
    fn word_ordinals() {
        assert_eq!(parse("third"), Some((3.0, 1, Form::Ordinal)));
        assert_eq!(parse("twenty-first"), Some((21.0, 3, Form::Ordinal)));
    }

    #[test]
    fn vague_plurals_span_their_magnitude() {
        let s = "tens of thousands";
        let lower = s.to_ascii_lowercase();
        let x = Toks::new(s, &lower, 0, s.len());
        let n = parse_at(&x, 0).map(|n| (n.span, n.end));
        assert_eq!(n, Some((Some((20000.0, 99999.0)), 3)));
        let s = "hundreds of thousands";
        let x = Toks::new(s, s, 0, s.len());
        assert_eq!(parse_at(&x, 0).and_then(|n| n.span), Some((200000.0, 999999.0)));
    }
}
