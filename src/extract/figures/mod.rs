//! Figures: every quantity in the text, typed, with unit and qualifier.
//!
//! Each sentence is tokenized (`numbers::Toks`); at each token we try a
//! number phrase with its currency and percent sign, join a second one into a
//! range, read qualifiers before and after, then decide kind and unit.
//! Not figures: years, dates ("March 15"), clock times ("00:43", "9 a.m."),
//! slashed numbers ("9/11", "24/7"), numbers glued to or right after a name
//! ("Covid-19", "G20", "Boeing 737", "Group of 20", "82nd Airborne"),
//! numbers after "No."/"number", scores ("3-2"), and pronoun-like number
//! words ("one of", "the two"). Article and section numbers ("Article 5")
//! follow the name rule and are left out.

mod lex;
mod unit;

use lex::{Currency, lex};

use super::numbers::{self, Form, Number, Toks};
use super::types::{DateExpr, Figure, FigureKind, Qualifier, Sentence};

/// A word that names what a number after it labels ("Article 33",
/// "Section 122", "stage 4"), any case.
pub fn is_label_word(word: &str) -> bool {
    lex().labels.contains(word.to_lowercase().as_str())
}

/// Finds every figure; spans covered by `dates` are not figures.
pub fn extract(body: &str, sentences: &[Sentence], dates: &[DateExpr]) -> Vec<Figure> {
    let lower = body.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut x = Toks::new(body, &lower, 0, 0);
    for (si, s) in sentences.iter().enumerate() {
        x.fill(s.start, s.end);
        let x = &x;
        // A list marker ("3.", "2)") or a table row ("11 Nadia Petrova (Russia)") opening a
        // sentence: news style spells out a number that starts a sentence.
        let marker = x.is_num(0) && x.is_sym(1, |c| matches!(c, '.' | ')')) && (x.len() == 2 || x.capitalized(2))
            || x.is_num(0) && x.capitalized(1) && x.spaced(1) && !x.word(1).is_some_and(|w| lex().months.contains(w));
        let mut i = if marker { 2 } else { 0 };
        while i < x.len() {
            if !may_start(x, i) {
                i += 1;
                continue;
            }
            match figure_at(x, i) {
                Step::Figure(mut f, next) => {
                    f.sentence = si;
                    if !dates.iter().any(|d| d.start < f.end && f.start < d.end) {
                        out.push(f);
                    }
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
                Step::None => i += 1,
            }
        }
    }
    out
}

enum Step {
    Figure(Figure, usize),
    /// Not a figure; resume at this token.
    Skip(usize),
    None,
}

/// One number with its currency and percent sign: "$1.13bn", "20%", "3.5 percent".
struct Side {
    first: usize,
    end: usize,
    n: Number,
    cur: Option<&'static Currency>,
    /// The currency came as hundredths after the number ("53p", "17 cents"),
    /// already divided into `n`.
    minor: bool,
    percent: Option<&'static str>,
}

/// Whether a number phrase (with a currency before it) can start at token
/// `i`: a cheap test that skips most words before `figure_at`, which finds
/// nothing wherever `side` finds nothing.
fn may_start(x: &Toks, i: usize) -> bool {
    match x.t.get(i).map(|t| t.kind) {
        Some(numbers::TokKind::Num) => true,
        Some(numbers::TokKind::Sym(c)) => lex().cur_sym.contains_key(&c),
        Some(numbers::TokKind::Word) => x.is_sym(i + 1, |c| c == '$') || x.word(i).is_some_and(numbers::may_start_phrase),
        None => false,
    }
}

/// A currency written before token `i` ("$", "US$", "£"): the currency and the number's token.
fn currency_prefix(x: &Toks, i: usize) -> Option<(&'static Currency, usize)> {
    let l = lex();
    if let Some(numbers::TokKind::Sym(c)) = x.t.get(i).map(|t| t.kind) {
        return l.cur_sym.get(&c).map(|cur| (cur, i + 1));
    }
    let w = x.word(i)?;
    if x.is_sym(i + 1, |c| c == '$') && !x.spaced(i + 1) && x.text(i).chars().all(|c| c.is_uppercase()) {
        return l.cur_prefix.get(w).map(|cur| (cur, i + 2));
    }
    None
}

/// Hundredths of a currency after token `i`'s number: a word ("17 cents",
/// "64 pence") or letters glued to it ("53p").
fn minor_currency(x: &Toks, i: usize) -> Option<&'static Currency> {
    let l = lex();
    let w = x.word(i)?;
    // "50 Cent" is a name.
    let word = l.cur_minor.get(w).filter(|_| !x.capitalized(i));
    word.or_else(|| l.cur_minor_glued.get(w).filter(|_| !x.spaced(i)))
}

/// "53p": the digits before glued hundredths, which `numbers::parse_at`
/// refuses as a number with letters attached.
fn glued_minor_number(x: &Toks, i: usize) -> Option<numbers::Number> {
    // Not inside a code: "P2P".
    let code = i > 0 && !x.spaced(i) && x.word(i - 1).is_some();
    let glued = !code && !x.spaced(i + 1) && x.word(i + 1).is_some_and(|w| lex().cur_minor_glued.contains_key(w));
    glued.then(|| numbers::digits_at(x, i)).flatten()
}

fn side(x: &Toks, i: usize) -> Option<Side> {
    let (cur, ni) = match currency_prefix(x, i) {
        Some((c, ni)) => (Some(c), ni),
        None => (None, i),
    };
    let n = numbers::parse_at(x, ni).or_else(|| glued_minor_number(x, ni))?;
    if cur.is_some() && !matches!(n.form, Form::Digits | Form::Words) {
        return None;
    }
    let mut s = Side { first: if cur.is_some() { i } else { n.first }, end: n.end, n, cur, minor: false, percent: None };
    if x.is_sym(s.end, |c| c == '%') || x.is(s.end, "percent") || x.is(s.end, "pct") {
        s.percent = Some("percent");
        s.end += 1;
    } else if x.is(s.end, "per") && x.is(s.end + 1, "cent") {
        s.percent = Some("percent");
        s.end += 2;
    } else if x.is(s.end, "percentage") && (x.is(s.end + 1, "points") || x.is(s.end + 1, "point")) {
        s.percent = Some("percentage points");
        s.end += 2;
    } else if s.cur.is_none()
        && let Some((c, words)) = currency_words(x, s.end)
    {
        s.cur = Some(c);
        s.end += words;
    } else if s.cur.is_none()
        && let Some(c) = minor_currency(x, s.end)
    {
        s.cur = Some(c);
        s.minor = true;
        s.n.value = s.n.value.map(|v| v / 100.0);
        s.n.span = s.n.span.map(|(a, b)| (a / 100.0, b / 100.0));
        s.end += 1;
    }
    if s.percent.is_some() && !matches!(n.form, Form::Digits | Form::Words) {
        return None;
    }
    // A bare "m" is million for money and before counted nouns ("1.5m people"); else metres.
    if n.bare_m && s.cur.is_none() && !x.word(s.end).is_some_and(|w| lex().million_nouns.contains(w)) {
        return None;
    }
    Some(s)
}

fn is_year(x: &Toks, s: &Side) -> bool {
    let t = x.text(s.n.first);
    s.n.form == Form::Digits
        && s.cur.is_none()
        && s.percent.is_none()
        && !s.n.scaled
        && t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && s.n.value.is_some_and(|v| {
            // Older years need a temporal word before them: "in 1613", "since 1066".
            (1800.0..=2100.0).contains(&v)
                || (1000.0..1800.0).contains(&v)
                    && matches!(x.word(s.first.wrapping_sub(1)), Some("in" | "since" | "until" | "by" | "from" | "before" | "after" | "of" | "circa" | "year"))
        })
}

fn is_year_text(t: &str) -> bool {
    t.len() == 4 && t.parse::<u32>().is_ok_and(|v| (1800..=2100).contains(&v))
}

fn is_month(x: &Toks, i: usize) -> bool {
    x.capitalized(i) && x.word(i).is_some_and(|w| lex().months.contains(w))
}

/// Sentence-initial: nothing but opening quotes or brackets before token `i`.
fn initial(x: &Toks, i: usize) -> bool {
    (0..i).all(|k| x.is_sym(k, |c| matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '-' | '—' | '–')))
}

/// Reasons the number at `s` is not a figure (dates, times, names, ids).
fn excluded(x: &Toks, s: &Side) -> bool {
    let f = s.first;
    let n = &s.n;
    // A date: "March 15", "Feb. 29", "15 March", "15th of March".
    let before = if x.is_sym(f.wrapping_sub(1), |c| c == '.') { f.wrapping_sub(2) } else { f.wrapping_sub(1) };
    if s.cur.is_none()
        && n.form != Form::Fraction
        && (is_month(x, before) || is_month(x, s.end) || (x.is(s.end, "of") && is_month(x, s.end + 1)))
    {
        return true;
    }
    // A clock time: "9 a.m.", "9pm", "10 GMT".
    if let Some(w) = x.word(s.end) {
        if lex().not_after.contains(w) && s.percent.is_none() && s.cur.is_none() {
            return true;
        }
        if (w == "a" || w == "p") && x.is_sym(s.end + 1, |c| c == '.') && x.is(s.end + 2, "m") {
            return true;
        }
    }
    if s.cur.is_some() {
        return false;
    }
    // A possessive number is a name ("50's beef"); a capitalised unit of time after one a title ("24 Hour Party People").
    if x.is_sym(s.end, |c| matches!(c, '\'' | '’')) && !x.spaced(s.end) && x.is(s.end + 1, "s") {
        return true;
    }
    if x.capitalized(s.end) && x.word(s.end).is_some_and(|w| lex().time.contains(w)) {
        return true;
    }
    // Digit groups side by side are a phone number: "0845 8 505 505".
    let digit_group = |i: usize| x.is_num(i) && !x.text(i).contains([',', '.']) && !is_year_text(x.text(i));
    if n.form == Form::Digits && !x.text(f).contains(',') && (digit_group(s.end) || digit_group(f.wrapping_sub(1))) {
        return true;
    }
    // Glued to a word: "G20", "Covid-19", "F-35", "mid-2019".
    if f > 0 && !x.spaced(f) && x.word(f - 1).is_some() {
        return true;
    }
    if f > 1 && x.is_joiner(f - 1) && x.word(f - 2).is_some() && n.form != Form::Fraction {
        return true;
    }
    if f > 1 && !x.spaced(f) && x.is_sym(f - 1, |c| matches!(c, '\'' | '’')) && !x.spaced(f - 1) && x.word(f - 2).is_some() {
        return true;
    }
    // A label: "type 2 diabetes", "stage 4", "phase two".
    if x.word(f.wrapping_sub(1)).is_some_and(|w| lex().labels.contains(w)) {
        return true;
    }
    // A code with a letter in parentheses glued to it: "401(k)", "501(c)".
    let glued_paren = |i: usize, c: char| x.is_sym(i, |d| d == c) && !x.spaced(i);
    if glued_paren(s.end, '(') && x.word(s.end + 1).is_some_and(|w| w.chars().count() == 1) && glued_paren(s.end + 2, ')') {
        return true;
    }
    // A list marker: "two facts: 1) If ...", "1) stayed invested vs. 2) cashed out";
    // not the end of a parenthesis ("(14 to 3)", "(41% to 33%)").
    let opens_item = f == 0 || x.is_sym(f - 1, |c| matches!(c, ':' | ';' | ',' | '.')) || matches!(x.word(f - 1), Some("and" | "or" | "vs"));
    if glued_paren(s.end, ')') && opens_item && n.form == Form::Digits && s.percent.is_none() && n.value.is_some_and(|v| v < 20.0) {
        return true;
    }
    // "a third party", "third-party": an ordinal idiom, no rank.
    if matches!(n.form, Form::Ordinal | Form::Fraction) {
        let next = if x.is_joiner(s.end) { s.end + 1 } else { s.end };
        if let (Some(o), Some(w)) = (x.word(n.end.saturating_sub(1)), x.word(next)) {
            if lex().ordinal_idioms.contains(format!("{o} {w}").as_str()) {
                return true;
            }
        }
    }
    // "not in a million years", "a thousand times better": a figure of speech.
    if n.form == Form::Words && lex().idioms.iter().any(|p| (f.saturating_sub(p.len() - 1)..=f).any(|st| p.iter().enumerate().all(|(k, w)| x.is(st + k, w)))) {
        return true;
    }
    // "No. 1", "number 10", "#3".
    if x.is(before, "no") && x.is_sym(f.wrapping_sub(1), |c| c == '.')
        || x.is(f.wrapping_sub(1), "number")
        || x.is(f.wrapping_sub(1), "nos")
        || x.is_sym(f.wrapping_sub(1), |c| c == '#')
    {
        return true;
    }
    // Part of a name: "Boeing 737", "Article 5", "Group of 20", "Big Three", "82nd Airborne".
    if f > 0 && x.capitalized(f - 1) && !is_qualifier_word(x, f - 1) && (!initial(x, f - 1) || !is_common_word(x, f - 1)) {
        return true;
    }
    if f > 1 && x.is(f - 1, "of") && x.capitalized(f - 2) && !initial(x, f - 2) {
        return true;
    }
    if n.form != Form::Digits && x.capitalized(n.first) && !initial(x, n.first) {
        return true;
    }
    if n.form == Form::Ordinal && (x.capitalized(s.end) || (initial(x, f) && x.is_sym(s.end, |c| c == ','))) {
        return true;
    }
    false
}

/// A function word or adverb ("The", "Another", "Roughly"), which may start a sentence before a number.
fn is_common_word(x: &Toks, i: usize) -> bool {
    x.word(i).is_some_and(|w| lex().stop.contains_key(w) || w.ends_with("ly"))
}

fn is_qualifier_word(x: &Toks, i: usize) -> bool {
    x.word(i).is_some_and(|w| lex().qualifier_ends.contains(w))
}

/// The qualifier phrase ending right before token `f`: its first token and meaning.
fn qualifier_before(x: &Toks, f: usize) -> Option<(usize, Qualifier)> {
    if !is_qualifier_word(x, f.checked_sub(1)?) {
        return None;
    }
    lex().qualifiers.iter().find_map(|(p, q)| {
        let start = f.checked_sub(p.len())?;
        p.iter().enumerate().all(|(k, w)| x.is(start + k, w)).then_some((start, *q))
    })
}

fn qualifier_after(x: &Toks, e: usize) -> Option<(usize, Qualifier)> {
    if x.is_sym(e, |c| c == '+') && !x.spaced(e) {
        return Some((e + 1, Qualifier::MoreThan));
    }
    if x.is_joiner(e) && x.is(e + 1, "plus") {
        return Some((e + 2, Qualifier::MoreThan));
    }
    let suffix_at = |e: usize| lex().suffixes.iter().find_map(|(p, q)| p.iter().enumerate().all(|(k, w)| x.is(e + k, w)).then_some((e + p.len(), *q)));
    // "80-odd resorts": a one-word suffix may be hyphenated.
    if x.is_joiner(e) && !x.spaced(e) {
        return suffix_at(e + 1).filter(|&(end, _)| end == e + 2);
    }
    suffix_at(e)
}

/// The currency named by the words at token `i` ("dollars", "Swiss
/// francs"), with its number of words.
fn currency_words(x: &Toks, i: usize) -> Option<(&'static Currency, usize)> {
    let phrase = || {
        let words = |p: &[&str]| p.iter().enumerate().all(|(k, w)| x.is(i + k, w));
        lex().cur_phrase.iter().find(|(p, _)| words(p)).map(|(p, c)| (c, p.len()))
    };
    let phrase = if x.capitalized(i) { phrase() } else { None };
    phrase.or_else(|| x.word(i).and_then(|w| lex().cur_word.get(w)).map(|c| (c, 1)))
}

fn time_unit(x: &Toks, i: usize) -> Option<&'static str> {
    let w = x.word(i)?;
    lex().time.get(w).copied()
}

/// The figure starting at token `i`, if any.
fn figure_at(x: &Toks, i: usize) -> Step {
    let Some(s1) = side(x, i) else {
        // Skip whole tokens that are never figures ("9/11", "00:43", "5G").
        return Step::None;
    };
    if is_year(x, &s1) {
        // "2019", "2019-20", "2019-2020"
        let mut e = s1.end;
        if x.is_joiner(e) && x.is_num(e + 1) {
            e += 2;
        }
        return Step::Skip(e);
    }
    // A ratio ("4-to-1") or an enumerator ("(7)").
    let ratio = x.is_joiner(s1.end) && x.is(s1.end + 1, "to") && x.is_joiner(s1.end + 2) && x.is_num(s1.end + 3);
    if ratio {
        return Step::Skip(s1.end + 4);
    }
    let enumerator = s1.n.form == Form::Digits && s1.cur.is_none() && s1.percent.is_none() && x.is_sym(s1.first.wrapping_sub(1), |c| c == '(') && x.is_sym(s1.end, |c| c == ')') && s1.n.value.is_some_and(|v| v <= 20.0);
    if enumerator {
        return Step::Skip(s1.end);
    }
    if excluded(x, &s1) {
        // "Aug. 22 and 23", "March 3-5", "1-2-3", "Level 3 of 4": the partner number goes too.
        let mut e = s1.end;
        while (x.is_joiner(e) || x.is(e, "and") || x.is(e, "to") || x.is(e, "of")) && x.is_num(e + 1) {
            e += 2;
        }
        return Step::Skip(e);
    }
    if let Some(step) = special(x, &s1) {
        return step;
    }

    // A range: "400 to 600", "400-600", "between 20 and 30", "20-30%", "$1bn-$2bn".
    let mut first = s1.first;
    let mut end = s1.end;
    let mut value = s1.n.value;
    let mut span = s1.n.span;
    let mut cur = s1.cur;
    let mut percent = s1.percent;
    let mut ranged = false;
    let between = first > 0 && x.is(first - 1, "between");
    let k = s1.end;
    let connector = x.is_sym(k, numbers::is_dash) && (x.spaced(k) == x.spaced(k + 1))
        || x.is(k, "to")
        || x.is(k, "or")
        || between && x.is(k, "and");
    let rangeable = |n: &Number| matches!(n.form, Form::Digits | Form::Words) && n.value.is_some();
    if connector
        && rangeable(&s1.n)
        && let Some(s2) = side(x, k + 1).filter(|s2| rangeable(&s2.n) && !is_year(x, s2))
    {
        // "20-30 January" is a date range.
        if is_month(x, s2.end) {
            return Step::Skip(s2.end + 1);
        }
        let (lo, hi) = (s1.n.value.unwrap_or(0.0), s2.n.value.unwrap_or(0.0));
        // "50-60p": the first number counts the same hundredths.
        let lo = if s2.minor && s1.cur.is_none() { lo / 100.0 } else { lo };
        // "1.5 to 2 million": the first number takes the second's scale.
        let scale = if s2.n.scaled && !s1.n.scaled { hi / raw_value(x, &s2.n) } else { 1.0 };
        let lo = if scale > 1.0 && lo * scale < hi { lo * scale } else { lo };
        // "rose from 13,000 to 8,600", "up by 183,000 to 2.1 million": a change, two figures.
        let change = first > 0
            && (x.is(first - 1, "by") || x.is(first - 1, "from") && !matches!(x.word(first.wrapping_sub(2)), Some("ranging" | "range" | "anywhere")));
        // "fell 25 cents to $17.65": the change and the new price.
        let change = change || s1.cur.is_some() && s2.cur.is_some() && x.word(first.wrapping_sub(1)).is_some_and(|w| lex().change_verbs.contains(w));
        let same_type = s1.cur.map(|c| c.iso) == s2.cur.map(|c| c.iso) || (s1.cur.is_none() && s1.percent.is_none())
            || (s2.cur.is_none() && s2.percent.is_none());
        let same_type = same_type && !(s1.percent.is_some() && s2.cur.is_some() || s1.cur.is_some() && s2.percent.is_some());
        if lo < hi && !change && same_type {
            ranged = true;
            value = None;
            span = Some((lo, hi));
            end = s2.end;
            cur = s1.cur.or(s2.cur);
            percent = s1.percent.or(s2.percent);
            if between {
                first -= 1;
            }
        } else if lo >= hi && x.is_joiner(k) && s1.n.form == Form::Digits {
            // A score, an id or a phone number: "3-2", "737-800", "520-351-4900".
            return Step::Skip(past_sequence(x, s2.end));
        }
        if ranged && x.is_joiner(end) && x.is_num(end + 1) {
            // "1-2-3", "555-123-4567": a sequence, not a range.
            return Step::Skip(past_sequence(x, end));
        }
    }

    let mut qualifier = None;
    if let Some((q_first, q)) = qualifier_before(x, first) {
        first = q_first;
        qualifier = Some(q);
    }
    if let Some((e, q)) = qualifier_after(x, end) {
        end = e;
        qualifier = qualifier.or(Some(q));
    }

    let mut unit_span = None;
    let mut unit_text: Option<String> = None;
    let mut currency = None;
    let kind;
    let n = &s1.n;
    if let Some(c) = cur {
        kind = FigureKind::Money;
        unit_text = Some(c.unit.to_string());
        currency = Some(c.iso.to_string());
    } else if let Some(p) = percent {
        kind = FigureKind::Percent;
        unit_text = Some(p.to_string());
    } else if n.form == Form::Fraction {
        let half = x.is(n.end - 1, "half");
        let ordinal_use = x.is(n.first, "a")
            && !half
            && !x.is(n.end - 1, "quarter")
            && (x.is_joiner(end) || x.word(end).is_some_and(|w| w != "of" && !lex().stop.contains_key(w)));
        if (half || x.is(n.end - 1, "quarter")) && x.is_joiner(end) {
            // "a quarter-final", "a half-size": part of a word, not a quantity.
            return Step::Skip(end + 2);
        }
        if half && ( matches!(x.word(n.first.wrapping_sub(1)), Some("first" | "second" | "last" | "other" | "latter" | "former" | "back" | "front" | "final"))) {
            // "the second half", "a half-size": not a quantity.
            return Step::Skip(end);
        }
        if ordinal_use {
            // "a third term": an ordinal, not a fraction.
            kind = FigureKind::Ordinal;
            value = value.map(|v| (1.0 / v).round());
            unit_span = unit::forward(x, end).map(|(a, _)| (a, a));
        } else if half && !x.is(n.first, "a") && !half_is_fraction(x, n.end) {
            return Step::Skip(end);
        } else if half && matches!(x.word(end), Some("a" | "an")) {
            // "half an hour" is a duration; "half a world away" no quantity.
            let Some(t) = time_unit(x, end + 1) else { return Step::Skip(end) };
            kind = FigureKind::Duration;
            unit_text = Some(t.to_string());
            end += 2;
        } else {
            kind = FigureKind::Fraction;
            unit_span = unit::of_phrase(x, end).or_else(|| {
                matches!(x.word(end), Some("the" | "its" | "their" | "his" | "her" | "our")).then(|| unit::forward(x, end + 1)).flatten()
            });
        }
    } else if n.form == Form::Ordinal {
        if ordinal_is_date(x, n) {
            return Step::Skip(end);
        }
        kind = FigureKind::Ordinal;
        unit_span = x.word(end).filter(|w| !lex().stop.contains_key(w) && x.spaced(end)).map(|_| (end, end));
    } else if x.is_joiner(end) && x.word(end + 1).is_some() {
        // Hyphenated compounds: "three-day", "19-year-old", "4,000-strong", "15-member".
        let w = x.word(end + 1).unwrap_or("");
        if let Some(t) = time_unit(x, end + 1) {
            kind = FigureKind::Duration;
            unit_text = Some(singular(t).to_string());
            end += 2;
            if x.is_joiner(end) && x.is(end + 1, "old") {
                end += 2;
            }
        } else if w == "strong" {
            kind = if ranged { FigureKind::Range } else { FigureKind::Count };
            end += 2;
            unit_span = unit::forward(x, end);
        } else if n.form == Form::Words || x.is_num(end + 2) || x.capitalized(end + 1) {
            // "two-state solution", "one-time": an adjective, not a quantity.
            return Step::Skip(end + 2);
        } else {
            kind = if ranged { FigureKind::Range } else { FigureKind::Count };
            unit_span = Some((end + 1, end + 1));
            end += 2;
        }
    } else if let Some(t) = time_unit(x, end) {
        if x.is(end + 1, "ago") || (value == Some(1.0) && t == "day") {
            // "five years ago" is a date; "one day" an adverb.
            return Step::Skip(end + 1);
        }
        kind = FigureKind::Duration;
        unit_text = Some(t.to_string());
        end += 1;
    } else {
        kind = if ranged { FigureKind::Range } else { FigureKind::Count };
        unit_span = unit::forward(x, end).or_else(|| unit::of_phrase(x, end));
        // "in the top 10.", "the top 40 of the rankings": a rank, no count.
        if unit::forward(x, end).is_none() && !ranged && x.is(first.wrapping_sub(1), "top") {
            return Step::Skip(end);
        }
        if unit_span.is_none() && !x.is(end, "of") {
            unit_span = unit::backward(x, first);
        }
    }

    // "thousands of dollars": money after all.
    let mut kind = kind;
    if matches!(kind, FigureKind::Count | FigureKind::Range)
        && let Some((c, _)) = unit_span.and_then(|(a, _)| currency_words(x, a))
    {
        kind = FigureKind::Money;
        unit_text = Some(c.unit.to_string());
        currency = Some(c.iso.to_string());
    }

    // Pronoun-like number words: "one of", "the two", "all three".
    if n.form == Form::Words && !n.scaled && cur.is_none() && percent.is_none() && kind != FigureKind::Duration {
        let lone_one = x.is(n.first, "one") && n.end == n.first + 1 && qualifier.is_none() && !ranged;
        let definite = matches!(x.word(first.wrapping_sub(1)), Some("the" | "these" | "those" | "both" | "all" | "its" | "their" | "his" | "her" | "our" | "my" | "your"));
        let zero = x.is(n.first, "zero") && !ranged;
        // "bought three", "a week or two": anaphora, not a count.
        let bare = unit_span.is_none() && qualifier.is_none() && !ranged && kind == FigureKind::Count;
        if lone_one || definite || zero || bare {
            return Step::Skip(end);
        }
    }

    // "two seasons ago" dates something; it is not a count.
    if unit_span.is_some_and(|(_, b)| x.is(b + 1, "ago")) {
        return Step::Skip(end);
    }

    // "500 people or more"
    if qualifier.is_none()
        && let Some((_, b)) = unit_span
    {
        qualifier = qualifier_after(x, b + 1).map(|(_, q)| q);
    }

    if matches!(kind, FigureKind::Count | FigureKind::Range)
        && let Some(q) = threshold(x, first, end, qualifier)
    {
        kind = FigureKind::Threshold;
        qualifier = qualifier.or(q);
    }

    let (low, high) = span.map_or((None, None), |(a, b)| (Some(a), Some(b)));
    if unit_text.is_none() {
        unit_text = unit_span.and_then(|(a, b)| unit::text(x, a, b));
    }
    match figure(x, first, end, value, low, high, unit_text, qualifier, kind, currency) {
        Some(f) => Step::Figure(f, end),
        None => Step::None,
    }
}

/// The token after a run of "-N" groups starting at `e`: "-123-4567".
fn past_sequence(x: &Toks, mut e: usize) -> usize {
    while x.is_joiner(e) && x.is_num(e + 1) {
        e += 2;
    }
    e
}

/// The number as written, before any scale: 2 for "2 million".
fn raw_value(x: &Toks, n: &Number) -> f64 {
    numbers::parse_digits(x.text(n.first)).filter(|v| *v > 0.0).unwrap_or(1.0)
}

fn singular(t: &'static str) -> &'static str {
    match t {
        "centuries" => "century",
        _ => t.strip_suffix('s').unwrap_or(t),
    }
}

/// "half" is a quantity before "of", a determiner or "a": "half of them", "half the troops".
fn half_is_fraction(x: &Toks, e: usize) -> bool {
    matches!(
        x.word(e),
        Some("of" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "all" | "that" | "those" | "these")
    ) && x.spaced(e)
}

/// "the 15th", "June 1st", "on the 3rd of" are dates, not ordinals.
fn ordinal_is_date(x: &Toks, n: &Number) -> bool {
    n.form == Form::Ordinal
        && x.is_num(n.first)
        && n.value.is_some_and(|v| v <= 31.0)
        && x.is(n.first.wrapping_sub(1), "the")
        && (x.word(n.end).is_none() || x.is(n.end, "of"))
}

/// A bounded count is a threshold when preceded by a limit word ("a cap of
/// 8,600") or when its sentence states a condition or limit ("below 8,600
/// would be contingent on"). Returns the qualifier the limit word implies.
fn threshold(x: &Toks, first: usize, end: usize, q: Option<Qualifier>) -> Option<Option<Qualifier>> {
    let l = lex();
    if first >= 2
        && x.is(first - 1, "of")
        && let Some(Some(implied)) = x.word(first - 2).and_then(|w| l.thresholds.get(w))
    {
        return Some(Some(*implied));
    }
    let bounded = matches!(q, Some(Qualifier::LessThan | Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::AtMost));
    // The cue must be near: "if more than 50 gather", "below 8,600 would be contingent on".
    let window = first.saturating_sub(CUE_BEFORE)..(end + CUE_AFTER).min(x.len());
    if bounded && window.into_iter().any(|k| x.word(k).is_some_and(|w| l.thresholds.contains_key(w))) {
        return Some(None);
    }
    None
}

const CUE_BEFORE: usize = 3;
const CUE_AFTER: usize = 6;

/// Ages and ratios: "Josna Begum, 28, a worker" (28 years), "one in five adults" (0.2).
fn special(x: &Toks, s: &Side) -> Option<Step> {
    let n = &s.n;
    let v = n.value?;
    if s.cur.is_some() || s.percent.is_some() || !matches!(n.form, Form::Digits | Form::Words) || n.scaled {
        return None;
    }
    let f = s.first;
    // An age: "Josna Begum, 28, a worker", "at the age of 43", "aged 45".
    let comma = |i: usize| x.is_sym(i, |c| c == ',');
    let appositive = n.form == Form::Digits && f >= 2 && comma(f - 1) && x.capitalized(f - 2) && (comma(s.end) || x.is_sym(s.end, |c| matches!(c, ';' | ')')) || (x.is_sym(s.end, |c| c == '.') && s.end + 1 == x.len()));
    let age_word = x.is(f.wrapping_sub(1), "aged") || (x.is(f.wrapping_sub(1), "of") && x.is(f.wrapping_sub(2), "age")) || x.is(f.wrapping_sub(1), "age");
    if (appositive || age_word) && v.fract() == 0.0 && (1.0..=120.0).contains(&v) && !x.word(s.end).is_some_and(|w| lex().time.contains(w)) {
        let fig = figure(x, f, s.end, Some(v), None, None, Some("years".into()), None, FigureKind::Duration, None)?;
        return Some(Step::Figure(fig, s.end));
    }
    // "one in five", "1 in 8", "nine out of 10"
    let of_at = if x.is(s.end, "in") {
        Some(s.end + 1)
    } else if x.is(s.end, "out") && x.is(s.end + 1, "of") {
        Some(s.end + 2)
    } else {
        None
    };
    if let Some(at) = of_at {
        let d = numbers::parse_at(x, at).filter(|d| matches!(d.form, Form::Digits | Form::Words) && !d.scaled)?;
        let year = d.form == Form::Digits && x.text(d.first).len() == 4 && !x.text(d.first).contains([',', '.']);
        let dv = d.value.filter(|dv| *dv > v && v > 0.0 && v <= 20.0 && !year)?;
        let qual = qualifier_before(x, f);
        let first = qual.map_or(f, |q| q.0);
        let unit = unit::forward(x, d.end).and_then(|(a, b)| unit::text(x, a, b));
        let fig = figure(x, first, d.end, Some(v / dv), None, None, unit, qual.map(|q| q.1), FigureKind::Fraction, None)?;
        return Some(Step::Figure(fig, d.end));
    }
    None
}

/// A figure over tokens `first..end`.
#[allow(clippy::too_many_arguments)]
fn figure(
    x: &Toks,
    first: usize,
    end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    qualifier: Option<Qualifier>,
    kind: FigureKind,
    currency: Option<String>,
) -> Option<Figure> {
    let start = x.t.get(first)?.start;
    let stop = x.t.get(end.checked_sub(1)?)?.end;
    let text = x.body.get(start..stop)?.to_string();
    Some(Figure { sentence: 0, start, end: stop, text, value, low, high, unit, qualifier, kind, currency })
}

#[cfg(test)]
mod tests;
