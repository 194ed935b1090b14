//! Events: what happened, when, to whom and where.
//!
//! A trigger lexicon (`data/event_triggers.tsv`, word classes in
//! `data/event_context.tsv`) maps verb and noun forms to event kinds with
//! CAMEO codes. Each event is dated by the date expression of its own clause
//! (the nearest one, else the nearest in the sentence), never by a date that
//! belongs to the speech verb reporting it ("X said Monday that Y happened"
//! dates the saying). Participants come from the actor mentions around the
//! trigger: the subject is the agent (the patient in the passive), the
//! object or "of"/"on X" the patient, "to X" the recipient, "with X" and
//! "between X and Y" participants, and a place after "in"/"at" the location.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::numbers::{WordMap, WordSet};

use regex::Regex;

use super::lexicon;
use super::text::char_at;
use super::types::{ActorKind, Cast, DateExpr, Event, Mention, Modality, Role, Sentence, Statement};

/// A test on the words around a trigger.
#[derive(Debug, Clone, Copy)]
enum Cond {
    Near(&'static str),
    NotNear(&'static str),
    Aux,
    /// Not after a form of "be" ("the conditions are being met").
    Active,
    /// The word right before is not of the class ("heart attack").
    NotPrev(&'static str),
    /// The word right after is not of the class ("election materials").
    NotNext(&'static str),
    /// A plural noun names particular happenings, not a habit or a topic:
    /// a determiner, possessive, number or name among the three words before
    /// ("Saturday's strikes", "the attacks", "Iranian strikes"), or a
    /// preposition with a name or a determiner after ("attacks on Kyiv");
    /// "thwarting terror attacks" is generic.
    Specific,
    /// No word of the class among the five after ("attack on his remarks").
    NotAfter(&'static str),
}

#[derive(Debug, Clone)]
struct Trigger {
    kind: &'static str,
    cameo: Option<&'static str>,
    conds: Vec<Cond>,
}

struct Lexicon {
    forms: WordMap<&'static str, Vec<Trigger>>,
    classes: WordMap<&'static str, WordSet<&'static str>>,
}

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut forms: WordMap<&'static str, Vec<Trigger>> = WordMap::default();
        for row in lexicon::rows(include_str!("data/event_triggers.tsv")) {
            let [form, kind, cameo, cond] = row[..] else { continue };
            let conds = cond
                .split('+')
                .filter_map(|c| match c.split_once(':') {
                    Some(("near", class)) => Some(Cond::Near(class)),
                    Some(("notnear", class)) => Some(Cond::NotNear(class)),
                    Some(("notprev", class)) => Some(Cond::NotPrev(class)),
                    Some(("notnext", class)) => Some(Cond::NotNext(class)),
                    Some(("notafter", class)) => Some(Cond::NotAfter(class)),
                    _ if c == "aux" => Some(Cond::Aux),
                    _ if c == "active" => Some(Cond::Active),
                    _ if c == "specific" => Some(Cond::Specific),
                    _ => None,
                })
                .collect();
            let cameo = (cameo != "-").then_some(cameo);
            forms.entry(form).or_default().push(Trigger { kind, cameo, conds });
        }
        let mut classes: WordMap<&'static str, WordSet<&'static str>> = WordMap::default();
        for row in lexicon::rows(include_str!("data/event_context.tsv")) {
            if let [class, word] = row[..] {
                classes.entry(class).or_default().insert(word);
            }
        }
        Lexicon { forms, classes }
    })
}

/// Any first word of a trigger form, case-insensitive (ASCII word
/// boundaries keep the search on the fast engines; a byte scan with a set
/// look-up per word cost more on long articles).
fn trigger_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        let mut words: Vec<&str> = lex().forms.keys().filter_map(|f| f.split(' ').next()).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        words.dedup();
        let alt = words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|");
        Regex::new(&format!(r"(?i)(?-u:\b)(?:{alt})(?-u:\b)")).unwrap_or_else(|e| panic!("trigger regex: {e}"))
    })
}

/// A letter or digit as the word pattern `[\p{L}\p{N}]` reads it.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_non_ascii_word_char(c)
}

fn is_non_ascii_word_char(c: char) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"^[\p{L}\p{N}]$").unwrap_or_else(|e| panic!("word regex: {e}")));
    re.is_match(c.encode_utf8(&mut [0u8; 4]))
}

/// Byte ranges of the words of `text`: runs of letters and digits joined by
/// one of `'’-/.,` ("al-Qaeda", "4,000", "U.S"), the matches of
/// `[\p{L}\p{N}]+(?:['’\-/.,][\p{L}\p{N}]+)*`.
fn word_spans(text: &str, out: &mut Vec<(usize, usize)>) {
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let s = i;
        i += c.len_utf8();
        loop {
            while let Some(c) = char_at(text, i).filter(|&c| is_word_char(c)) {
                i += c.len_utf8();
            }
            if let Some(j) = char_at(text, i).filter(|&j| matches!(j, '\'' | '’' | '-' | '/' | '.' | ',')) {
                let after = i + j.len_utf8();
                if char_at(text, after).is_some_and(is_word_char) {
                    i = after;
                    continue;
                }
            }
            break;
        }
        out.push((s, i));
    }
}

/// The head words of a place named after "in"/"at" ("Helmand Province"):
/// the `place_head` class of `event_context.tsv`, as a regex alternation.
fn place_heads() -> String {
    let l = lex();
    let mut heads: Vec<&str> = l.classes.get("place_head").map(|set| set.iter().copied().collect()).unwrap_or_default();
    heads.sort_unstable();
    heads.iter().map(|h| regex::escape(h)).collect::<Vec<_>>().join("|")
}

fn place_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(&format!(
            r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:\p{{Lu}}[\p{{L}}.-]*(?:['’]s)?\s+)*?(\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)*\s+(?:{}))\b",
            place_heads()
        ))
        .unwrap_or_else(|e| panic!("place regex: {e}"))
    })
}

/// Any place head word: a text without one cannot match [`place_re`],
/// whose own search costs far more.
fn place_head_re() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(&place_heads()).unwrap_or_else(|e| panic!("place head regex: {e}")))
}

/// One word of a sentence.
#[derive(Debug, Clone)]
struct Tok<'a> {
    start: usize,
    end: usize,
    /// Lower case, with ’ read as ' (a span of the sentence's buffer).
    lower: &'a str,
    cap: bool,
}

/// The words of sentence `s`: their spans, and their lower-cased forms
/// concatenated in `low` (one buffer per sentence, no string per word).
fn tokenize(body: &str, s: &Sentence, spans: &mut Vec<(usize, usize)>, low: &mut String, ends: &mut Vec<usize>) {
    let text = &body[s.start..s.end];
    spans.clear();
    low.clear();
    ends.clear();
    word_spans(text, spans);
    for &(a, b) in spans.iter() {
        let w = &text[a..b];
        if w.is_ascii() {
            low.extend(w.bytes().map(|c| char::from(c.to_ascii_lowercase())));
        } else {
            low.push_str(&w.to_lowercase().replace('’', "'"));
        }
        ends.push(low.len());
    }
}

fn toks_of<'a>(text: &str, base: usize, spans: &[(usize, usize)], low: &'a str, ends: &[usize]) -> Vec<Tok<'a>> {
    let mut from = 0;
    spans
        .iter()
        .zip(ends)
        .map(|(&(a, b), &e)| {
            let lower = low.get(from..e).unwrap_or("");
            from = e;
            Tok { start: base + a, end: base + b, lower, cap: text[a..b].starts_with(char::is_uppercase) }
        })
        .collect()
}

const AUX: &[&str] = &[
    "to", "will", "would", "could", "can", "should", "must", "may", "might", "did", "didn't", "not", "never", "they",
    "we", "i", "you", "and", "also", "cannot", "won't", "wouldn't", "to", "'ll", "jointly", "formally",
];
const BE: &[&str] = &["was", "were", "been", "being", "is", "are", "be", "am", "get", "got", "gets"];
const SPEECH: &[&str] = &[
    "said", "says", "say", "told", "tells", "announced", "announces", "added", "noted", "stated", "confirmed",
    "insisted", "warned", "claimed", "asserted", "wrote", "tweeted", "explained", "argued", "reported", "saying",
    "telling", "declared", "posted", "testified",
];
const BOUNDARY: &[&str] = &[
    "that", "which", "who", "while", "whereas", "where", "because", "but", "although", "though", "whom", "whose",
    "whether", "how", "why",
];
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "after", "before", "when", "as", "since", "if", "because", "despite", "once",
    "until", "unless", "whereas",
];
const PREPS: &[&str] = &[
    "in", "at", "on", "with", "to", "from", "of", "by", "for", "against", "between", "near", "into", "about", "over",
    "after", "before", "during", "than", "like", "under", "toward", "towards", "including", "among", "without",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "some", "several", "two", "three"];

/// Finds events from the trigger lexicon, dates them and links participants.
pub fn extract(
    body: &str,
    sentences: &[Sentence],
    cast: &mut Cast,
    dates: &[DateExpr],
    statements: &[Statement],
) -> Vec<Event> {
    let mut out = Vec::new();
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, d) in dates.iter().enumerate() {
        by_sentence.entry(d.sentence).or_default().push(i);
    }
    let (mut spans, mut low, mut ends) = (Vec::new(), String::new(), Vec::new());
    // Only sentences holding a trigger word are tokenised.
    let mut hits = trigger_re().find_iter(body).map(|m| m.start()).peekable();
    for (si, s) in sentences.iter().enumerate() {
        while hits.next_if(|&h| h < s.start).is_some() {}
        if hits.peek().is_none_or(|&h| h >= s.end) || body.get(s.start..s.end).is_none() {
            continue;
        }
        tokenize(body, s, &mut spans, &mut low, &mut ends);
        let toks = toks_of(&body[s.start..s.end], s.start, &spans, &low, &ends);
        let found = triggers(&toks);
        if found.is_empty() {
            continue;
        }
        let sdates = by_sentence.get(&si).map_or(&[][..], Vec::as_slice);
        for &(ti, tj, trig) in &found {
            let ctx = Ctx { body, toks: &toks, si, ti, tj };
            let (cs, ce) = ctx.clause();
            let others: Vec<usize> = found.iter().map(|f| f.0).filter(|&k| k != ti).collect();
            let date = pick_date(&ctx, cs, ce, sdates, dates, statements, &others);
            let modality = modality(&ctx, cs, ce);
            let (participants, location) = link(&ctx, cs, ce, trig.kind, cast, dates);
            let d = date.and_then(|i| dates.get(i));
            out.push(Event {
                sentence: si,
                kind: trig.kind.to_string(),
                cameo: trig.cameo.map(str::to_string),
                start: toks[ti].start,
                end: toks[tj - 1].end,
                date,
                date_start: d.and_then(|d| d.value.clone()),
                date_end: d.and_then(|d| d.value_end.clone()),
                date_text: d.and_then(|d| body.get(d.start..d.end)).map(str::to_string),
                location,
                modality,
                participants,
            });
        }
    }
    out
}

/// The triggers of a sentence as token ranges `ti..tj`; one event per kind
/// within eight words ("the deal was signed" is one agreement).
fn triggers(toks: &[Tok<'_>]) -> Vec<(usize, usize, &'static Trigger)> {
    let l = lex();
    let mut found: Vec<(usize, usize, &'static Trigger)> = Vec::new();
    let mut i = 0;
    let mut two = String::new();
    while i < toks.len() {
        let mut hit = None;
        if i + 1 < toks.len() {
            two.clear();
            two.push_str(toks[i].lower);
            two.push(' ');
            two.push_str(toks[i + 1].lower);
            if let Some(rows) = l.forms.get(two.as_str()) {
                hit = rows.iter().find(|t| holds(t, toks, i, i + 2)).map(|t| (i, i + 2, t));
            }
        }
        if hit.is_none()
            && let Some(rows) = l.forms.get(toks[i].lower)
        {
            hit = rows.iter().find(|t| holds(t, toks, i, i + 1)).map(|t| (i, i + 1, t));
        }
        match hit {
            // A capitalised trigger inside a name ("Sanctions Monitoring Team") is not an event.
            Some((a, b, t)) if !(toks[a].cap && a > 0) => {
                if !found.iter().any(|&(fa, _, ft)| ft.kind == t.kind && a - fa <= 8) {
                    found.push((a, b, t));
                }
                i = b;
            }
            _ => i += 1,
        }
    }
    found
}

fn holds(t: &Trigger, toks: &[Tok<'_>], a: usize, b: usize) -> bool {
    let l = lex();
    let is = |class: &str, k: usize| {
        let Some(set) = l.classes.get(class) else { return false };
        let w = toks[k].lower;
        set.contains(w) || w.strip_suffix("'s").is_some_and(|w| set.contains(w))
    };
    let near = |class: &str, w: usize| {
        let lo = a.saturating_sub(w);
        let hi = (b + w).min(toks.len());
        (lo..hi).filter(|&k| k < a || k >= b).any(|k| is(class, k))
    };
    t.conds.iter().all(|c| match *c {
        Cond::Near(class) => near(class, 6),
        Cond::NotNear(class) => !near(class, 3),
        Cond::NotPrev(class) => !(a > 0 && is(class, a - 1)),
        Cond::NotNext(class) => !(b < toks.len() && is(class, b)),
        Cond::Active => {
            let mut k = a;
            while k > 0 && toks[k - 1].lower.ends_with("ly") {
                k -= 1;
            }
            k == 0 || !(BE.contains(&toks[k - 1].lower) || toks[k - 1].lower == "being")
        }
        Cond::Specific => specific(toks, a, b),
        Cond::NotAfter(class) => !(b..(b + 5).min(toks.len())).any(|k| is(class, k)),
        Cond::Aux => {
            a > 0 && {
                let p = &toks[a - 1];
                AUX.contains(&p.lower) || p.lower.ends_with("n't") || p.cap
            }
        }
    })
}

fn specific(toks: &[Tok<'_>], a: usize, b: usize) -> bool {
    let marks = |t: &Tok<'_>| {
        t.cap
            || DETERMINERS.contains(&t.lower)
            || matches!(t.lower, "these" | "those" | "this" | "that" | "both" | "recent" | "latest" | "last" | "new" | "fresh" | "deadly" | "twin" | "weekend" | "overnight" | "retaliatory" | "wave" | "series" | "barrage" | "spate" | "round" | "salvo")
            || t.lower.ends_with("'s")
            || t.lower.starts_with(|c: char| c.is_ascii_digit())
    };
    if (a.saturating_sub(3)..a).any(|k| marks(&toks[k])) {
        return true;
    }
    let next = toks.get(b).map_or("", |t| t.lower);
    if matches!(next, "killed" | "hit" | "targeted" | "destroyed" | "damaged" | "left" | "struck" | "began" | "started" | "resumed" | "intensified") {
        return true;
    }
    matches!(next, "on" | "in" | "at" | "against" | "by")
        && toks.get(b + 1).is_some_and(|t| t.cap || DETERMINERS.contains(&t.lower) || t.lower.ends_with("'s"))
}

/// A trigger in its sentence.
struct Ctx<'a> {
    body: &'a str,
    toks: &'a [Tok<'a>],
    si: usize,
    ti: usize,
    tj: usize,
}

impl Ctx<'_> {
    /// Does the text between tokens `k` and `k + 1` break a clause?
    fn gap_breaks(&self, k: usize) -> bool {
        let (Some(a), Some(b)) = (self.toks.get(k), self.toks.get(k + 1)) else { return false };
        let gap = self.body.get(a.end..b.start).unwrap_or("");
        gap.contains([';', ':', '—', '–', '(', ')'])
            || (gap.contains(['“', '”', '"']) && gap.contains(','))
            || (gap.contains(',') && matches!(b.lower, "and" | "but" | "or" | "while" | "as"))
            || (gap.contains(',') && Some(k) == self.first_comma_after_opener())
    }

    /// In "While X happened, Y did", the comma that ends the opening clause.
    fn first_comma_after_opener(&self) -> Option<usize> {
        let first = self.toks.first()?;
        if !SUBORDINATORS.contains(&first.lower) {
            return None;
        }
        (0..self.toks.len().saturating_sub(1)).find(|&k| {
            self.body.get(self.toks[k].end..self.toks[k + 1].start).is_some_and(|g| g.contains(','))
        })
    }

    /// Token range `cs..ce` of the trigger's clause.
    fn clause(&self) -> (usize, usize) {
        let mut cs = 0;
        for k in (0..self.ti).rev() {
            if BOUNDARY.contains(&self.toks[k].lower) {
                cs = k + 1;
                break;
            }
            if self.gap_breaks(k) {
                cs = k + 1;
                break;
            }
        }
        let mut ce = self.toks.len();
        for k in self.tj..self.toks.len() {
            if BOUNDARY.contains(&self.toks[k].lower) || self.gap_breaks(k.saturating_sub(1)) && k > self.tj {
                ce = k;
                break;
            }
        }
        (cs, ce)
    }

    fn byte_span(&self, cs: usize, ce: usize) -> (usize, usize) {
        let a = self.toks.get(cs).map_or(0, |t| t.start);
        let b = if ce == 0 { a } else { self.toks.get(ce - 1).map_or(a, |t| t.end) };
        (a, b)
    }

    /// Index of the token starting at byte `pos`, or the first after it.
    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

/// The date of the trigger's clause, else the nearest in the sentence that
/// does not belong to a speech verb whose complement holds the trigger.
fn pick_date(
    ctx: &Ctx,
    cs: usize,
    ce: usize,
    sdates: &[usize],
    dates: &[DateExpr],
    statements: &[Statement],
    others: &[usize],
) -> Option<usize> {
    let t_start = ctx.toks[ctx.ti].start;
    let t_end = ctx.toks[ctx.tj - 1].end;
    let (c_start, c_end) = ctx.byte_span(cs, ce);
    let quoted: Vec<&Statement> =
        statements.iter().filter(|s| s.sentence == ctx.si && s.start <= t_start && t_end <= s.end).collect();
    sdates
        .iter()
        .copied()
        .filter(|&di| {
            let d = &dates[di];
            if quoted.iter().any(|s| d.end <= s.start || d.start >= s.end) {
                return false;
            }
            if speech_date(ctx, d) || dates_another_noun(ctx, d) {
                return false;
            }
            // A date right after another trigger is that event's ("an
            // indictment released Tuesday"), unless it is nearer to this one.
            let (da, db) = (ctx.tok_at(d.start), ctx.tok_at(d.end));
            let gap = |k: usize| if k < da { da - k } else { k.saturating_sub(db) };
            let mine = gap(ctx.ti);
            if others.iter().any(|&k| k < da && gap(k) <= 2 && gap(k) < mine) {
                return false;
            }
            // Outside its clause, only a date before it that governs it: no
            // complement or relative clause ("that", "whether") in between.
            let inside = d.start >= c_start && d.end <= c_end;
            inside
                || d.end <= c_start && {
                    let (a, b) = (ctx.tok_at(d.end), ctx.ti);
                    !ctx.toks[a.min(b)..b].iter().any(|t| BOUNDARY.contains(&t.lower))
                        && ctx.first_comma_after_opener().is_none_or(|k| a > k)
                }
        })
        .min_by_key(|&di| {
            let d = &dates[di];
            let dist = if d.end <= t_start { t_start - d.end } else { d.start.saturating_sub(t_end) };
            let inside = d.start >= c_start && d.end <= c_end;
            dist + if inside { 0 } else { 10_000 }
        })
}

/// Is this date a year that modifies a noun phrase the trigger is not part
/// of? A year between a determiner or possessive and a noun dates that
/// phrase only: "the 2028 Los Angeles Olympics", "the 2003 death of
/// Taylor" say nothing of when another event of the sentence happened,
/// while "the 2020 election" and "a 2012 visit" date their own trigger, as
/// does a year phrase that is the trigger's object or occasion.
fn dates_another_noun(ctx: &Ctx, d: &DateExpr) -> bool {
    let text = ctx.body.get(d.start..d.end).unwrap_or("");
    let year = text.strip_suffix('s').unwrap_or(text);
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let k = ctx.tok_at(d.start);
    let only_space = |a: usize, b: usize| ctx.body.get(a..b).is_some_and(|g| g.bytes().all(|c| c == b' '));
    let (Some(prev), Some(year_tok)) = (k.checked_sub(1).and_then(|p| ctx.toks.get(p)), ctx.toks.get(k)) else { return false };
    let modifier = (DETERMINERS.contains(&prev.lower) || prev.lower.ends_with("'s")) && only_space(prev.end, year_tok.start);
    if !modifier || year_tok.end != d.end {
        return false;
    }
    // The trigger's object ("negotiated the 2015 deal") or its occasion
    // after it ("killed in a 2019 bombing", "elected at the 1945 election").
    let det = k - 1;
    let occasion = det > ctx.tj && matches!(ctx.toks[det - 1].lower, "in" | "at" | "during");
    if det == ctx.tj || occasion {
        return false;
    }
    // The noun phrase: up to four words after the year, to the first
    // preposition, verb-like or clause word, or punctuation (a hyphen joins).
    let mut j = k + 1;
    while j < ctx.toks.len().min(k + 5) {
        let t = &ctx.toks[j];
        let gap = (ctx.toks[j - 1].end, t.start);
        let joined = only_space(gap.0, gap.1) || ctx.body.get(gap.0..gap.1) == Some("-");
        let stop = PREPS.contains(&t.lower) || BOUNDARY.contains(&t.lower) || BE.contains(&t.lower) || AUX.contains(&t.lower) || matches!(t.lower, "or" | "has" | "had" | "have" | "as");
        if stop || !joined {
            break;
        }
        j += 1;
    }
    j > k + 1 && !(k + 1..j).contains(&ctx.ti)
}

/// Is this date attached to a speech verb ("said Monday", "said in
/// September") whose complement holds the trigger?
fn speech_date(ctx: &Ctx, d: &DateExpr) -> bool {
    let first = ctx.tok_at(d.start);
    let last = ctx.tok_at(d.end);
    let t_start = ctx.toks[ctx.ti].start;
    let near: Vec<usize> = (first.saturating_sub(2)..first).chain(last..(last + 2).min(ctx.toks.len())).collect();
    near.into_iter().any(|k| {
        SPEECH.contains(&ctx.toks[k].lower) && ctx.toks[k].start < t_start && k < ctx.ti && d.end <= t_start
    })
}

fn modality(ctx: &Ctx, cs: usize, ce: usize) -> Modality {
    let toks = ctx.toks;
    let before: Vec<&str> = toks[cs..ctx.ti].iter().map(|t| t.lower).collect();
    let near: Vec<&str> = before.iter().rev().take(7).copied().collect();
    let has = |ws: &[&str], w: &str| ws.contains(&w);
    let negated = near.iter().take(4).any(|w| {
        matches!(*w, "not" | "never" | "no" | "without" | "cannot") || w.ends_with("n't") || w.ends_with("n’t")
    }) || near.windows(2).any(|p| matches!(p, ["of", "absence" | "lack"] | ["to", "refused" | "failed" | "declined"]));
    if negated {
        return Modality::Negated;
    }
    let after: Vec<&str> = toks[ctx.tj..ce.max(ctx.tj).min(toks.len())].iter().take(14).map(|t| t.lower).collect();
    let conditional = before.iter().any(|w| matches!(*w, "if" | "unless" | "whether"))
        || ctx.ti > 0 && toks[..ctx.ti].iter().rev().take(12).any(|t| matches!(t.lower, "if" | "unless"))
        || after.iter().any(|w| matches!(*w, "contingent" | "conditional" | "conditioned"));
    if conditional {
        return Modality::Hypothetical;
    }
    let planned = near.iter().any(|w| {
        matches!(*w, "will" | "'ll" | "plans" | "planned" | "planning" | "plan" | "scheduled" | "intends" | "aims" | "expected")
    }) || near.windows(2).any(|p| matches!(p, ["to", "set" | "going" | "moved" | "agreed" | "due" | "prepared"]));
    if planned {
        return Modality::Planned;
    }
    if near.iter().any(|w| matches!(*w, "would" | "could" | "might" | "may")) {
        // "announced it would take part" reports a plan; a bare "would" is hypothetical.
        let reported = toks[..ctx.ti].iter().any(|t| {
            SPEECH.contains(&t.lower) || matches!(t.lower, "agreed" | "promised" | "pledged" | "vowed")
        });
        let would = near.contains(&"would");
        return if reported && would && !has(&near, "could") { Modality::Planned } else { Modality::Hypothetical };
    }
    Modality::Asserted
}

/// Participants with roles and the location of one event.
fn link(
    ctx: &Ctx,
    cs: usize,
    ce: usize,
    kind: &str,
    cast: &mut Cast,
    dates: &[DateExpr],
) -> (Vec<(usize, Role)>, Option<usize>) {
    let toks = ctx.toks;
    let (c_start, c_end) = ctx.byte_span(cs, ce);
    let t_start = toks[ctx.ti].start;
    let t_end = toks[ctx.tj - 1].end;
    let mut ms: Vec<Mention> = cast.mentions.iter().filter(|m| m.sentence == ctx.si).cloned().collect();
    ms.sort_by_key(|m| m.start);
    let kind_of = |cast: &Cast, m: &Mention| cast.actors.get(m.actor).map(|a| a.kind);
    // The word before a mention, past any determiner: (word, determiner).
    let word_before = |m: &Mention| -> (Option<&str>, Option<&str>) {
        let mut k = ctx.tok_at(m.start);
        let mut det = None;
        while k > 0 && DETERMINERS.contains(&toks[k - 1].lower) {
            det = Some(toks[k - 1].lower);
            k -= 1;
        }
        ((k > 0).then(|| toks[k - 1].lower), det)
    };
    let prep_before = |m: &Mention| -> Option<&str> { word_before(m).0.filter(|w| PREPS.contains(w) || *w == "and") };
    let possessive_before = |m: &Mention| -> bool {
        let k = ctx.tok_at(m.start);
        k > 0 && toks[k - 1].lower.ends_with("'s") && toks[k - 1].end <= m.start
    };
    let mut parts: Vec<(usize, Role)> = Vec::new();
    let mut location = None;

    // The verb group before the trigger: adverbs, auxiliaries, "not".
    let mut vg = ctx.ti;
    while vg > cs && {
        let w = toks[vg - 1].lower;
        w.ends_with("ly") || BE.contains(&w) || AUX_VERBS.contains(&w)
    } {
        vg -= 1;
    }
    let passive = (vg..ctx.ti).any(|k| BE.contains(&toks[k].lower))
        && (toks[ctx.ti].lower.ends_with("ed") || toks[ctx.ti].lower.ends_with("en") || IRREGULAR_PARTICIPLES.contains(&toks[ctx.ti].lower));
    let nominal = !passive && vg == ctx.ti && ctx.ti > 0 && {
        let w = toks[ctx.ti - 1].lower;
        DETERMINERS.contains(&w) || PREPS.contains(&w) || w.ends_with("'s") || matches!(w, "this" | "that" | "these" | "those" | "any" | "further" | "such" | "brief" | "new")
    };
    // "responsible for the attacks", "the pace of the withdrawal", "in talks".
    let np_prep = {
        let mut k = ctx.ti;
        while k > 0 && k + 4 > ctx.ti && !PREPS.contains(&toks[k - 1].lower) && !toks[k - 1].cap {
            k -= 1;
        }
        (k > 0 && k + 4 > ctx.ti && PREPS.contains(&toks[k - 1].lower)).then(|| (k, toks[k - 1].lower))
    };
    let nominal = nominal || np_prep.is_some_and(|(k, p)| !passive && (k < ctx.ti || p != "to"));
    let np_prep = np_prep.map(|(_, p)| p);
    let pronoun_subject = !nominal && vg > 0 && SUBJECT_PRONOUNS.contains(&toks[vg - 1].lower);
    let is_place = |cast: &Cast, m: &Mention| matches!(kind_of(cast, m), Some(ActorKind::Place));

    // The subject: an actor right before the verb (or modifying the noun:
    // "Taliban attacks", "Russia's invasion", "the US troop withdrawal"), else
    // the first actor of the clause, else a definite description ("the
    // group") resolved to the last actor of its kind.
    let right_before = ms.iter().rev().find(|m| {
        m.end <= t_start && {
            let gap = ctx.tok_at(m.end)..if nominal { ctx.ti } else { vg };
            // Not across a comma: "X, the son of Y, was killed" is about X.
            !ctx.body.get(m.end..if nominal { t_start } else { toks[vg].start }).unwrap_or(",").contains(',')
                && gap.len() <= 1 && gap.clone().all(|k| !toks[k].cap && !PREPS.contains(&toks[k].lower) && !BOUNDARY.contains(&toks[k].lower))
        } && (nominal || vg == ctx.ti || m.end <= toks[vg].start)
    });
    let clause_agent_ok = !nominal || !matches!(np_prep, Some("of" | "for" | "about" | "than" | "to" | "from" | "after" | "before" | "since" | "despite" | "over"));
    let subject = right_before.map(|m| m.actor).or_else(|| {
        if pronoun_subject || !clause_agent_ok {
            return None;
        }
        ms.iter()
            .find(|m| m.start >= c_start && m.end <= t_start && prep_before(m).is_none() && !possessive_before(m) && !is_place(cast, m))
            .map(|m| m.actor)
            .or_else(|| definite_subject(ctx, cs, cast))
            .or_else(|| {
                // The first actor of the sentence, when no clause or speech verb
                // stands between it and the trigger.
                ms.iter()
                    .find(|m| m.end <= t_start && prep_before(m).is_none() && !possessive_before(m) && !is_place(cast, m))
                    .filter(|m| {
                        !toks[ctx.tok_at(m.end)..ctx.ti].iter().any(|t| {
                            BOUNDARY.contains(&t.lower) || SPEECH.contains(&t.lower)
                        })
                    })
                    .map(|m| m.actor)
            })
    });
    // "Pretti's killing", "Khashoggi's murder": the owner of what befalls
    // someone (the `befalls` class) is who it befell, not who did it.
    let befalls = nominal && lex().classes.get("befalls").is_some_and(|set| set.contains(toks[ctx.ti].lower));
    let owns = |m: &Mention| ctx.body.get(m.end..).is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
    if let Some(a) = subject {
        let befell = befalls && right_before.is_some_and(|m| m.actor == a && owns(m));
        parts.push((a, if passive || befell { Role::Patient } else { Role::Agent }));
    }

    // A named place after "in"/"at" ("in Afghanistan's Helmand Province").
    if let Some(l) = new_place(ctx, c_start, c_end.max(t_end), cast, dates) {
        location = Some(l);
    }
    // After the trigger, within the clause.
    let mut object_taken = false;
    for m in ms.iter().filter(|m| m.start >= t_end && m.end <= c_end.max(t_end)) {
        if possessive_before(m) {
            continue; // "Afghanistan's Helmand Province": the place is the second
        }
        let place = matches!(kind_of(cast, m), Some(ActorKind::Place | ActorKind::Country));
        let det = word_before(m).1;
        // "up to 2,000 Taliban prisoners" is a number, not a recipient.
        let up_to = {
            let k = ctx.tok_at(m.start);
            toks[..k].iter().rev().take(4).any(|t| t.lower == "up")
        };
        match prep_before(m) {
            Some("to") if !up_to => parts.push((m.actor, Role::Recipient)),
            Some("with" | "between" | "and") => parts.push((m.actor, Role::Participant)),
            Some("by") if passive => parts.push((m.actor, Role::Agent)),
            Some("in" | "at" | "near" | "inside" | "outside") if place && !matches!(det, Some("a" | "an")) => {
                if location.is_none() {
                    location = Some(last_of_chain(ctx, &ms, m));
                }
            }
            Some("on" | "against" | "of") if !object_taken && !place && ctx.tok_at(m.start) <= ctx.tj + 4 => {
                parts.push((m.actor, Role::Patient));
                object_taken = true;
            }
            _ if !object_taken && !passive && !nominal && direct_object(ctx, m) => {
                parts.push((m.actor, Role::Patient));
                object_taken = true;
            }
            _ => {}
        }
    }
    // Agreements, meetings and talks name their parties after "with" or
    // "between" anywhere in the sentence: "its February deal with the
    // Taliban ... after it was signed".
    if matches!(kind, "agreement" | "meeting" | "negotiation" | "ceasefire") {
        for m in &ms {
            let k = ctx.tok_at(m.start);
            let mut j = k;
            while j > 0 && DETERMINERS.contains(&toks[j - 1].lower) {
                j -= 1;
            }
            let with = j >= 2 && matches!(toks[j - 1].lower, "with" | "between") && PARTY_NOUNS.contains(&toks[j - 2].lower);
            let and = j >= 1
                && toks[j - 1].lower == "and"
                && toks[..j - 1].iter().rev().take(6).position(|t| t.lower == "between").is_some_and(|p| {
                    let b = j - 2 - p;
                    b >= 1 && PARTY_NOUNS.contains(&toks[b - 1].lower)
                });
            if (with || and) && !matches!(kind_of(cast, m), Some(ActorKind::Place)) {
                parts.push((m.actor, Role::Participant));
            }
        }
    }
    // A place before the trigger in the clause ("in Kabul, ... attacked").
    if location.is_none() {
        location = ms
            .iter()
            .filter(|m| m.start >= c_start && m.end <= c_end.max(t_end))
            .filter(|m| {
                matches!(prep_before(m), Some("in" | "at" | "near" | "inside" | "outside"))
                    && !matches!(word_before(m).1, Some("a" | "an"))
            })
            .filter(|m| matches!(kind_of(cast, m), Some(ActorKind::Place | ActorKind::Country)))
            .map(|m| last_of_chain(ctx, &ms, m))
            .next();
    }
    if let Some(l) = location {
        parts.retain(|&(a, _)| a != l);
        parts.push((l, Role::Location));
    }
    let mut seen = HashSet::new();
    parts.retain(|p| seen.insert(*p));
    (parts, location)
}

/// Is `m` the direct object of the trigger: right after it, past at most
/// determiners, numbers and "up to"?
fn direct_object(ctx: &Ctx, m: &Mention) -> bool {
    let k = ctx.tok_at(m.start);
    k >= ctx.tj
        && k - ctx.tj <= 4
        && ctx.toks[ctx.tj..k].iter().all(|t| {
            DETERMINERS.contains(&t.lower)
                || matches!(t.lower, "up" | "to" | "about" | "nearly" | "more" | "than" | "least" | "at" | "all")
                || t.lower.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// "the group", "the insurgent group": the last actor of a fitting kind
/// mentioned before the clause, in this sentence or an earlier one.
fn definite_subject(ctx: &Ctx, cs: usize, cast: &Cast) -> Option<usize> {
    let toks = ctx.toks;
    if toks.get(cs)?.lower != "the" {
        return None;
    }
    let head = toks[cs + 1..(cs + 4).min(ctx.ti)].iter().find_map(|t| DEFINITE_HEADS.iter().find(|(w, _)| *w == t.lower))?;
    let start = toks[cs].start;
    let before = || cast.mentions.iter().filter(|m| m.end <= start).filter(|m| cast.actors.get(m.actor).is_some_and(|a| head.1.contains(&a.kind)));
    // "the administration" is the one named so ("the Trump administration"),
    // not the last government named (the Supreme Court); else the last of
    // its kind.
    let named_so = |m: &&Mention| cast.actors.get(m.actor).is_some_and(|a| a.named_with(head.0));
    before().filter(named_so).max_by_key(|m| m.end).or_else(|| before().max_by_key(|m| m.end)).map(|m| m.actor)
}

/// Nouns that stand for an actor already named: head word -> fitting kinds.
const DEFINITE_HEADS: &[(&str, &[ActorKind])] = &[
    ("group", &[ActorKind::Group, ActorKind::Organization]),
    ("militants", &[ActorKind::Group, ActorKind::Organization]),
    ("insurgents", &[ActorKind::Group, ActorKind::Organization]),
    ("movement", &[ActorKind::Group, ActorKind::Organization]),
    ("militia", &[ActorKind::Group, ActorKind::Organization]),
    ("organization", &[ActorKind::Organization, ActorKind::Group]),
    ("company", &[ActorKind::Organization]),
    ("firm", &[ActorKind::Organization]),
    ("government", &[ActorKind::Government, ActorKind::Country]),
    ("country", &[ActorKind::Country]),
    ("administration", &[ActorKind::Government]),
];

/// Nouns whose "with X" / "between X and Y" names the parties of an event.
const PARTY_NOUNS: &[&str] = &[
    "deal", "deals", "agreement", "accord", "treaty", "pact", "talks", "meeting", "meetings", "met", "meet",
    "negotiations", "negotiate", "negotiated", "summit", "ceasefire", "truce", "agreements", "signed", "meets",
];
const AUX_VERBS: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "did", "do", "does",
    "not", "never", "also", "to", "reportedly", "allegedly", "then", "still", "already", "just", "n't",
];
const SUBJECT_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we", "i", "you", "which", "who", "that", "this"];
const IRREGULAR_PARTICIPLES: &[&str] =
    &["sent", "met", "shot", "struck", "held", "freed", "seized", "built", "made", "done", "found", "hit", "signed"];

/// The last mention of a possessive chain starting at `m`: "Afghanistan's Helmand Province".
fn last_of_chain(ctx: &Ctx, ms: &[Mention], m: &Mention) -> usize {
    let mut cur = m;
    loop {
        let k = ctx.tok_at(cur.start);
        let Some(next) = ms.iter().find(|o| {
            o.start > cur.end && {
                let j = ctx.tok_at(o.start);
                j > k && ctx.toks[j - 1].lower.ends_with("'s") && ctx.toks[j - 1].end >= cur.end
            } && o.start - cur.end <= 4
        }) else {
            return cur.actor;
        };
        cur = next;
    }
}

/// A place named after "in"/"at" that no mention covers ("in Afghanistan's
/// Helmand Province"), added to the cast when its head is a place word.
fn new_place(ctx: &Ctx, from: usize, to: usize, cast: &mut Cast, dates: &[DateExpr]) -> Option<usize> {
    let text = ctx.body.get(from..to)?;
    if !place_head_re().is_match(text) {
        return None;
    }
    let caps = place_re().captures(text)?;
    let g = caps.get(1)?;
    let (start, end) = (from + g.start(), from + g.end());
    if dates.iter().any(|d| d.start < end && start < d.end) {
        return None;
    }
    if let Some(m) = cast.mentions_in(start, end).next() {
        return Some(m.actor);
    }
    let actor = cast.find_or_add(g.as_str(), ActorKind::Place);
    cast.mentions.push(Mention { actor, sentence: ctx.si, start, end, title: None });
    Some(actor)
}

#[cfg(test)]
mod tests;
