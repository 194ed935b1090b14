//! Recognition: finds the name spans of one sentence (lexicon names,
//! capitalised runs with their titles, "<country> government", "<name>
//! administration", documents that speak) and guesses each one's kind.

use super::lex::{fold_into, fold_key, with_fold, with_lower, FastMap, Lex};
use super::tokens::Tok;
use crate::extract::text::is_alpha;
use crate::extract::types::ActorKind;

/// Where a candidate comes from, which decides how it is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A form of a lexicon entity.
    Lexicon(usize),
    /// A capitalised name.
    Name,
    /// "<country> government", "Trump administration": one actor per folded key.
    Institution(String),
    /// A document that speaks, by head noun and (folded) modifier.
    Document { noun: String, modifier: String },
    /// An acronym in brackets after a name: the candidate index of that name.
    AcronymOf(usize),
}

/// One occurrence of a would-be actor.
#[derive(Debug, Clone)]
pub struct Cand {
    /// None for names found outside the body (credits).
    pub sentence: Option<usize>,
    pub start: usize,
    pub end: usize,
    /// The name as written, without possessive ending, title or article.
    pub surface: String,
    pub kind: ActorKind,
    /// The kind comes from a lexicon, a head word or a title.
    pub sure: bool,
    pub title: Option<String>,
    pub source: Source,
    /// A lone capitalised word at a sentence start: kept only with more evidence.
    pub weak_initial: bool,
    /// A lone general English word ("Entry", "Water", "Corrupt") with no sign of
    /// naming anyone here: kept only when it joins a name found elsewhere.
    pub common: bool,
    /// Followed by "himself" ('m') or "herself" ('f'): "Osbourne himself" is the
    /// person of that name mentioned last, of that sex.
    pub reflexive: Option<char>,
}

/// Lower-case words that may join the capitalised words of a name.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "dos",
    "das", "le", "la", "ter", "ten", "y", "dal", "dalla", "degli", "zu",
];

const LONGEST_PARTICLE: usize = {
    let (mut longest, mut i) = (0, 0);
    while i < PARTICLES.len() {
        if PARTICLES[i].len() > longest {
            longest = PARTICLES[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether a word (any case) is a name particle ("de", "De", "bin").
pub fn is_name_particle(w: &str) -> bool {
    PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// A capitalised word with a function word or speech verb glued to its end by
/// a scrape ("Forbeslistof", "Putinclaimedso", "Davissaid"): lower case after
/// the capital, ending in "said", or long and ending in "of", "to", "so",
/// "that", "the" (not "and": "Newfoundland").
fn glued(w: &str) -> bool {
    let mut cs = w.chars();
    if !(w.len() >= 8 && cs.next().is_some_and(char::is_uppercase) && cs.all(|c| c.is_ascii_lowercase())) {
        return false;
    }
    // "Ghalibafsaid", "Trumptoldreporters", "Associated Pressreportedthat".
    let verb = w.ends_with("said") || ["saidthe", "saidthat", "wroteon", "wroteto", "toldreporters", "reportedthat"].iter().any(|f| w.contains(f));
    verb || (w.len() >= 12 && ["of", "to", "so", "that", "the"].iter().any(|f| w.ends_with(f)))
}

/// Where a speech verb glued to a surname starts ("Greenewroteon" -> 6), if
/// at least three letters of name come before it.
fn glue_cut(w: &str) -> Option<usize> {
    if !glued(w) {
        return None;
    }
    ["said", "wrote", "told", "reported"].iter().filter_map(|v| w.find(v)).filter(|&p| p >= 3).min()
}

fn is_particle(w: &str) -> bool {
    // Particles are short: most words are ruled out by length.
    w.len() <= LONGEST_PARTICLE && PARTICLES.contains(&w)
}

/// Whether the part of a word before its first hyphen or space is a particle
/// ("al" of "al-Qaeda"); only the first bytes are looked at.
fn lead_is_particle(w: &str) -> bool {
    let b = w.as_bytes();
    let end = b.iter().take(LONGEST_PARTICLE + 1).position(|&c| c == b'-' || c == b' ').unwrap_or(b.len());
    w.get(..end).is_some_and(is_particle)
}

/// A name with the space after an "O'" or "D'" prefix closed ("Rory O' Neill" ->
/// "Rory O'Neill"); other apostrophes are kept as written.
fn join_apostrophe_prefix(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut words = name.split(' ').peekable();
    while let Some(w) = words.next() {
        out.push_str(w);
        if words.peek().is_some() && !matches!(w, "O'" | "O’" | "D'" | "D’") {
            out.push(' ');
        }
    }
    out
}

fn is_opener(t: &Tok) -> bool {
    !t.word && matches!(t.text, "“" | "‘" | "(" | "[" | ":" | "—" | "–" | "«" | "\"" | "'")
}

/// A scanner over one sentence.
pub struct Scan<'a, 'l> {
    pub lex: &'l Lex,
    pub text: &'a str,
    /// Byte offset of `text` in its source.
    pub base: usize,
    pub sentence: Option<usize>,
    pub toks: Vec<Tok<'a>>,
    /// The tokenizer split a glued word in this sentence ("DonaldTrump").
    pub split: bool,
    pub used: Vec<bool>,
    pub all_caps: bool,
    /// Capitalised words seen away from a sentence start in this article.
    /// Each says whether it stood with no capitalised word beside it ("met Trump on").
    pub mid_caps: &'a FastMap<&'a str, bool>,
    /// The next sentence has a he/she/his/her.
    pub next_has_pronoun: bool,
    pub out: &'a mut Vec<Cand>,
    /// Folded keys of the titles of works found so far in the article.
    pub works: &'a mut Vec<String>,
}

/// Whether token `i` stands where any word is capitalised (sentence or quote start).
pub fn initial(toks: &[Tok], i: usize) -> bool {
    let first = toks.iter().position(|t| t.word);
    if first.is_none_or(|f| i <= f) {
        return true;
    }
    i > 0 && is_opener(&toks[i - 1]) && (toks[i - 1].space_before || i == 1 || !matches!(toks[i - 1].text, "\"" | "'"))
}

/// A sentence written in capitals (a headline): only lexicon names are read there.
pub fn is_all_caps(text: &str) -> bool {
    let (mut up, mut all) = (0, 0);
    for c in text.chars().filter(|&c| is_alpha(c)) {
        all += 1;
        up += c.is_uppercase() as usize;
        // More lower-case letters than a tenth of the text: not a headline.
        if (all - up) * 10 > text.len() {
            return false;
        }
    }
    all >= 8 && up * 10 >= all * 9
}

impl Scan<'_, '_> {
    pub(super) fn src(&self, start: usize, end: usize) -> &str {
        self.text.get(start - self.base..end - self.base).unwrap_or("")
    }

    /// "the", "its", "their" and the like, any case.
    fn is_determiner(&self, w: &str) -> bool {
        with_lower(w, |l| self.lex.context.determiner.contains(l))
    }

    fn push(&mut self, start: usize, end: usize, kind: ActorKind, sure: bool, title: Option<String>, source: Source) -> usize {
        let mut surface = self.src(start, end).to_string();
        // A word split off by the tokenizer with no space in the text ("DonaldTrump"):
        // the name is written with the space.
        let split = |w: &[Tok]| w[1].space_before && w[1].start == w[0].end && w[0].word && w[1].word;
        if self.split && self.toks.windows(2).any(|w| split(w) && w[0].start >= start && w[1].end <= end) {
            surface.clear();
            let mut at = start;
            for w in self.toks.windows(2).filter(|w| split(w) && w[0].start >= start && w[1].end <= end) {
                surface.push_str(self.src(at, w[1].start));
                surface.push(' ');
                at = w[1].start;
            }
            surface.push_str(self.src(at, end));
        }
        // "O' Neill" is written "O'Neill".
        if surface.contains("' ") || surface.contains("’ ") {
            surface = join_apostrophe_prefix(&surface);
        }
        self.out.push(Cand { sentence: self.sentence, start, end, surface, kind, sure, title, source, weak_initial: false, common: false, reflexive: None });
        self.out.len() - 1
    }

    /// Tokens i..j are words joined by spaces only (no possessive before the last).
    fn plain(&self, i: usize, j: usize) -> bool {
        (i..j).all(|k| self.toks[k].word && !self.used[k] && (k == i || self.toks[k].space_before))
            && (i..j.saturating_sub(1)).all(|k| !self.toks[k].possessive)
    }

    pub fn run(&mut self) {
        self.lexicon_pass();
        self.document_pass();
        if !self.all_caps {
            self.works_pass();
            self.name_pass();
        }
    }

    /// The lexicon entity whose form is written at tokens i..j, if any.
    fn lexicon_at(&self, i: usize, j: usize) -> Option<usize> {
        if !self.plain(i, j) {
            return None;
        }
        let mut key = String::new();
        for t in self.toks.get(i..j).unwrap_or_default() {
            fold_into(t.text, &mut key);
        }
        self.form_at(i, j, &key)
    }

    fn form_at(&self, i: usize, j: usize, key: &str) -> Option<usize> {
        let forms = self.lex.forms.get(key)?;
        let first = &self.toks[i];
        let letters_eq = |exact: &str| {
            let mut a = self.toks[i..j].iter().flat_map(|t| t.text.chars()).filter(|c| c.is_alphanumeric());
            let mut b = exact.chars().filter(|c| c.is_alphanumeric());
            loop {
                match (a.next(), b.next()) {
                    (None, None) => return true,
                    (x, y) if x == y => continue,
                    _ => return false,
                }
            }
        };
        forms
            .iter()
            .find(|f| {
                if f.mid_only && initial(&self.toks, i) {
                    return false;
                }
                // "Whitehouse" is not "White House"; "al-Qaeda" is "al Qaeda".
                if j - i < f.exact.split_whitespace().count() && !self.toks[i..j].iter().any(|t| t.text.contains('-')) {
                    return false;
                }
                if f.exact_case {
                    return letters_eq(f.exact) && !(self.all_caps && self.lex.is_not_name(f.exact));
                }
                if self.all_caps {
                    return key.len() >= 4;
                }
                first.cap || (lead_is_particle(first.text) && self.toks[i..j].iter().any(|t| t.text.chars().any(char::is_uppercase)))
            })
            .map(|f| f.entity)
    }

    /// Whether [`Self::form_at`] can accept any form starting at token `i`:
    /// outside a headline, a word starting with a lower-case letter begins a
    /// form only as a particle ("al-Qaeda"); it cannot spell an all-caps form
    /// either. Saves the look-ups for most words of a sentence.
    fn may_begin_form(&self, i: usize) -> bool {
        let first = self.toks[i].text;
        // An ASCII lower-case start is the common case: no decoding.
        let lower_start = match first.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
            _ => first.starts_with(char::is_lowercase),
        };
        self.all_caps || !lower_start || lead_is_particle(first)
    }

    /// The longest lexicon form starting at token i: (length in tokens, entity).
    fn longest_form(&self, i: usize) -> Option<(usize, usize)> {
        if !self.may_begin_form(i) {
            return None;
        }
        // Most words begin no form: their key is folded without allocating.
        if !self.plain(i, i + 1) || !with_fold(self.toks[i].text, |k| self.lex.prefixes.contains(k)) {
            return None;
        }
        let n = self.toks.len();
        let mut best = None;
        let mut key = String::with_capacity(64);
        for j in i + 1..=n.min(i + self.lex.max_form_words) {
            if !self.plain(j - 1, j) || (j - 1 > i && (self.toks[j - 2].possessive || !self.toks[j - 1].space_before)) {
                break;
            }
            // The phrase key: the words' keys, joined.
            fold_into(self.toks[j - 1].text, &mut key);
            if !self.lex.prefixes.contains(key.as_str()) {
                break;
            }
            if let Some(e) = self.form_at(i, j, &key) {
                best = Some((j - i, e));
            }
        }
        best
    }

    fn lexicon_pass(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.toks[i].word || self.used[i] {
                i += 1;
                continue;
            }
            let hit = self.longest_form(i);
            let Some((len, entity)) = hit else {
                self.split_hyphenated(i);
                i += 1;
                continue;
            };
            let j = i + len; // exclusive
            // A given name that is also a country or place starts a person's name ("Jordan Henderson").
            let next_cap = self.toks.get(j).is_some_and(|t| t.word && t.cap && t.space_before && !self.toks[j - 1].possessive);
            if len == 1 && next_cap && self.lex.given.contains(self.toks[i].text) && self.lexicon_at(j, j + 1).is_none() {
                i += 1;
                continue;
            }
            // Inside a longer name: "Bank of America".
            if i >= 2 && self.toks[i - 1].text == "of" && self.toks[i - 2].cap && self.lex.org_kind(self.toks[i - 2].text).is_some() && !self.used[i - 2] {
                i += 1;
                continue;
            }
            let kind = self.lex.entities[entity].kind;
            if self.extend_lexicon(i, j, entity) || self.institution(i, j, Some(entity)) {
                i = j;
                continue;
            }
            for k in i..j {
                self.used[k] = true;
            }
            let (s, e) = (self.toks[i].start, self.toks[j - 1].end);
            self.push(s, e, kind, true, None, Source::Lexicon(entity));
            i = j;
        }
    }

    /// "US Central Command" (a lexicon name before a name ending in a head
    /// word) and "Al-Qaida in the Indian Subcontinent" become one name.
    fn extend_lexicon(&mut self, i: usize, j: usize, entity: usize) -> bool {
        let n = self.toks.len();
        if self.toks[j - 1].possessive || self.all_caps {
            return false;
        }
        let kind = self.lex.entities[entity].kind;
        let caps_from = |k: usize| {
            let mut e = k;
            while e < n && self.toks[e].word && self.toks[e].cap && self.toks[e].space_before && !self.used[e] {
                e += 1;
                if self.toks[e - 1].possessive {
                    break;
                }
            }
            e
        };
        let mut end = None;
        let mut ext_kind = kind;
        if matches!(kind, ActorKind::Country | ActorKind::Organization | ActorKind::Place)
            && self.toks.get(j).is_some_and(|t| t.word && t.cap && t.space_before && !self.used[j])
        {
            // "US Central Command", "Helmand Province", "Tennessee Department of Transportation".
            let e = self.run_end(j) + 1;
            let head = self.lex.org_kind(self.toks[e - 1].text).or_else(|| {
                (j..e - 1).find_map(|k| if matches!(self.toks[k + 1].text, "of" | "for") { self.lex.org_kind(self.toks[k].text) } else { None })
            });
            let fits = |k: &ActorKind| match kind {
                ActorKind::Place => *k != ActorKind::Other,
                _ => *k != ActorKind::Place && *k != ActorKind::Other,
            };
            if let Some(k) = head.filter(fits) {
                if (j..e).all(|x| self.title_at(x, x).is_none()) {
                    end = Some(e);
                    ext_kind = k;
                }
            }
        }
        // "Tennessee Titans", "Texas Tech": a place's team or institution.
        if end.is_none() && kind == ActorKind::Place {
            // "Oklahoma City Thunder": a city's team.
            let city = self.toks.get(j).is_some_and(|t| t.text == "City" && t.space_before && !t.possessive && !self.used[j]) as usize;
            if let Some(t) = self.toks.get(j + city).filter(|t| t.word && t.cap && t.space_before && !self.used[j + city]) {
                let j = j + city;
                let alone = self.toks.get(j + 1).is_none_or(|x| !(x.word && x.cap && x.space_before));
                if alone
                    && self.title_at(j, j).is_none()
                    && !self.lex.given.contains(t.text)
                    && !self.lex.is_not_name(t.text)
                    && self.lexicon_at(j, j + 1).is_none()
                    && !self.lex.is_demonym(t.text)
                    && !t.upper
                {
                    end = Some(j + 1);
                    ext_kind = ActorKind::Organization;
                }
            }
        }
        // "BBC Radio 4", "BBC One": an organisation's named part, up to a title or known name.
        if end.is_none() && kind == ActorKind::Organization {
            let mut e = j;
            while e < n
                && self.toks[e].word
                && (self.toks[e].cap || self.toks[e].text.starts_with(|c: char| c.is_ascii_digit()))
                && self.toks[e].space_before
                && !self.used[e]
                // "EU Commission Executive Vice-President X": a title of any length ends the name.
                && self.title_at(e, n - 1).is_none()
                && !self.lex.given.contains(self.toks[e].text)
                // "told CNN Friday": a weekday or month is no named part.
                && !self.lex.calendar.contains(self.toks[e].text)
                && self.lexicon_at(e, e + 1).is_none()
                && !self.lex.is_demonym(self.toks[e].text)
            {
                e += 1;
                if self.toks[e - 1].possessive {
                    break;
                }
            }
            if e > j && !initial(&self.toks, i) {
                end = Some(e);
                ext_kind = self.lex.org_kind(self.toks[e - 1].text).filter(|k| *k != ActorKind::Other).unwrap_or(kind);
            }
        }
        if end.is_none()
            && kind == ActorKind::Organization
            && self.toks.get(j).is_some_and(|t| t.text == "in")
            && self.toks.get(j + 1).is_some_and(|t| t.text == "the")
        {
            let e = caps_from(j + 2);
            if e > j + 2 && (j + 2..e).all(|k| self.lexicon_at(j + 2, k + 1).is_none()) {
                end = Some(e);
            }
        }
        let Some(e) = end else { return false };
        for k in i..e {
            self.used[k] = true;
        }
        let (s, en) = (self.toks[i].start, self.toks[e - 1].end);
        let c = self.push(s, en, ext_kind, true, None, Source::Name);
        self.bracketed_acronym(e - 1, c);
        true
    }

    /// "Afghan government", "US military": the country's institution, one actor.
    fn institution(&mut self, i: usize, j: usize, country: Option<usize>) -> bool {
        // The institution word first: it rules out most places at once.
        if self.toks[j - 1].possessive || (country.is_none() && !self.toks[i].cap) {
            return false;
        }
        let Some(w) = self.toks.get(j).filter(|t| t.word && t.space_before) else { return false };
        if !with_lower(w.text, |l| self.lex.context.institution.contains(l)) {
            return false;
        }
        let entity = match country {
            Some(e) if self.lex.entities[e].kind == ActorKind::Country => e,
            Some(_) => return false,
            None => match self.lex.demonym(self.toks[i].text) {
                Some(e) => e,
                None => return false,
            },
        };
        let lower = w.text.to_lowercase();
        for k in i..=j {
            self.used[k] = true;
        }
        let key = format!("{}|{}", self.lex.entities[entity].name, lower);
        let (s, e) = (self.toks[i].start, w.end);
        self.push(s, e, ActorKind::Government, true, None, Source::Institution(key));
        true
    }

    /// "US-Taliban": each part of a hyphenated word that is a lexicon name.
    fn split_hyphenated(&mut self, i: usize) {
        let t = self.toks[i];
        if !t.cap || !t.text.contains('-') {
            // Only a capitalised word can be a demonym before an institution.
            if t.word && t.cap && !self.used[i] {
                self.institution(i, i + 1, None);
            }
            return;
        }
        let mut parts = Vec::new();
        let mut off = 0;
        for p in t.text.split('-') {
            let key = fold_key(p);
            let ent = self.lex.forms.get(&key).and_then(|fs| {
                fs.iter()
                    .find(|f| {
                        let ok_case = !f.exact_case || p == f.exact || p.replace('.', "") == f.exact.replace('.', "");
                        ok_case && !f.mid_only && p.chars().next().is_some_and(char::is_uppercase)
                    })
                    .map(|f| f.entity)
            });
            match ent {
                Some(e) => parts.push((t.start + off, t.start + off + p.len(), e)),
                None => return,
            }
            off += p.len() + 1;
        }
        self.used[i] = true;
        for (s, e, ent) in parts {
            let kind = self.lex.entities[ent].kind;
            self.push(s, e, kind, true, None, Source::Lexicon(ent));
        }
    }

    /// "the UN report said", "the text of the accord says": a document speaker.
    fn document_pass(&mut self) {
        let n = self.toks.len();
        for i in 1..n {
            let t = self.toks[i];
            if !t.word || t.cap || t.possessive || !self.lex.is_doc_noun(t.text) {
                continue;
            }
            // The verb: next, after an adverb, or after "released Monday".
            let mut v = i + 1;
            if self.toks.get(v).is_some_and(|x| x.word && (x.text.ends_with("ly") || matches!(x.text, "also" | "only" | "further"))) {
                v += 1;
            } else if self.toks.get(v).is_some_and(|x| x.word && !x.cap && x.text.ends_with("ed") && !self.lex.doc_verbs.contains(x.text)) {
                let mut k = v + 1;
                while k < n && k <= v + 3 && self.toks[k].word && !self.lex.doc_verbs.contains(self.toks[k].text) {
                    k += 1;
                }
                v = k;
            }
            if !self.toks.get(v).is_some_and(|x| x.word && self.lex.doc_verbs.contains(x.text)) {
                continue;
            }
            // Back over capitalised modifiers and adjectives to a determiner.
            let mut k = i;
            let mut mod_start = None;
            while k > 0 {
                let p = self.toks[k - 1];
                if !p.word || (p.possessive && k - 1 != i - 1) || self.is_determiner(p.text) {
                    break;
                }
                if p.cap && !p.possessive {
                    mod_start = Some(k - 1);
                    k -= 1;
                } else if !p.cap && self.lex.context.doc_adjective.contains(p.text) {
                    k -= 1;
                } else {
                    break;
                }
            }
            let det = k.checked_sub(1).map(|d| self.toks[d]);
            if !det.is_some_and(|d| d.word && self.is_determiner(d.text)) {
                continue;
            }
            // Modifiers are the capitalised words right before the noun.
            let mod_start = mod_start.filter(|&m| (m..i).all(|x| self.toks[x].cap));
            let modifier = mod_start.map(|m| self.src(self.toks[m].start, self.toks[i - 1].end).to_string()).unwrap_or_default();
            let modifier_key = mod_start.map(|m| self.modifier_key(m, i)).unwrap_or_default();
            let start = mod_start.map_or(t.start, |m| self.toks[m].start);
            let title = None;
            let _ = modifier;
            self.push(start, t.end, ActorKind::Document, true, title, Source::Document { noun: t.text.to_string(), modifier: modifier_key });
        }
    }

    /// A modifier's key: the lexicon entity it names, else its folded text.
    fn modifier_key(&self, m: usize, i: usize) -> String {
        match self.lexicon_at_any(m, i) {
            Some(e) => format!("#{e}"),
            None => self.toks[m..i].iter().map(|t| fold_key(t.text)).collect(),
        }
    }

    fn lexicon_at_any(&self, i: usize, j: usize) -> Option<usize> {
        let key: String = self.toks[i..j].iter().map(|t| fold_key(t.text)).collect();
        self.lex.forms.get(&key)?.first().map(|f| f.entity)
    }

    fn connector_ok(&self, run_start: usize, end: usize, conn: &[Tok], next: usize) -> bool {
        let words: Vec<&str> = conn.iter().map(|t| t.text).collect();
        let last = self.toks[end].text;
        let org_head = self.lex.org_kind(last).is_some() || self.lex.context.of_head.contains(last);
        match words.as_slice() {
            ps if ps.iter().all(|p| is_particle(p)) => true,
            ["for"] | ["for", "the"] => org_head,
            // "of" joins unless the name so far is a person's ("President of France Emmanuel Macron").
            // Else "of" joins only a lone word that is capitalised mid-sentence ("Isle of Man").
            ["of"] | ["of", "the"] => {
                let first = self.toks[run_start].text;
                let in_body = (run_start..end).any(|x| matches!(self.toks[x + 1].text, "of" | "for") && self.lex.org_kind(self.toks[x].text).is_some());
                org_head
                    || in_body
                    || (run_start == end
                        && !self.lex.given.contains(first)
                        && self.title_at(run_start, end).is_none()
                        && !self.lex.is_not_name(first)
                        && (!initial(&self.toks, run_start) || self.mid_caps.contains_key(first)))
            }
            // "Department of Trade and Industry": inside a body's "of"/"for" phrase.
            // The right side is short: "Massachusetts Institute of Technology and Global
            // Positioning System" are two names.
            ["and"] if (run_start..end).any(|x| matches!(self.toks[x + 1].text, "of" | "for") && self.lex.org_kind(self.toks[x].text).is_some()) => {
                // One "and" only: "Centers for Disease Control and Prevention and ICE" are two.
                self.cap_run_len(next) <= 2 && !(run_start..end).any(|x| self.toks[x].text == "and")
            }
            // A complete body before "and" and another after it: two names.
            ["and"] if org_head && self.lex.org_kind(last).is_some_and(|k| k != ActorKind::Place) && self.cap_run_len(next) >= 3 => false,
            // "Ironhorse Oil and Gas", "Baoshan Iron and Steel": a name ending in two
            // nouns of a trade joined by "and" (not "Smith and Jones", "Judas Priest and
            // Prodigy", "Manchester United and Arsenal").
            ["and"] if end > run_start && self.common_pair(run_start, end, next) => true,
            ["and"] | ["&"] => {
                // "Analytical Support and Sanctions Monitoring Team": the right side ends in a head word.
                let mut e = next;
                while e + 1 < self.toks.len() && self.toks[e + 1].word && self.toks[e + 1].cap && self.toks[e + 1].space_before && !self.toks[e].possessive {
                    e += 1;
                }
                words == ["&"] || (next..=e).any(|x| self.lex.org_kind(self.toks[x].text).is_some_and(|k| k != ActorKind::Place && k != ActorKind::Other) && x > next)
            }
            _ => false,
        }
    }

    /// Whether the words either side of "and" (tokens `end` and `next`) are nouns
    /// of a trade inside one name that starts at `run_start` with an unknown word.
    fn common_pair(&self, run_start: usize, end: usize, next: usize) -> bool {
        let lex = self.lex;
        let (l, r, first) = (self.toks[end], self.toks[next], self.toks[run_start]);
        let general = |t: &Tok| lex.is_sector_noun(t.text) && !t.upper && lex.org_kind(t.text).is_none() && !lex.is_form(t.text);
        general(&l)
            && general(&r)
            && !l.possessive
            && self.cap_run_len(next) == 1
            && !lex.given.contains(first.text)
            && !lex.is_form(first.text)
            && !lex.is_common(first.text)
            && self.title_at(run_start, end).is_none()
    }

    /// How many capitalised words follow one another from token `k`.
    fn cap_run_len(&self, k: usize) -> usize {
        let mut e = k;
        while e < self.toks.len() && self.toks[e].word && self.toks[e].cap && (e == k || self.toks[e].space_before) && !(e > k && self.toks[e - 1].possessive) {
            e += 1;
        }
        e - k
    }

    /// The last token of the capitalised run starting at token `i`.
    fn run_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let mut end = i;
        loop {
            // "Professional Footballers' Association": a plural possessive inside a body's name.
            let plural_of_body = self.toks[end].text.ends_with('s')
                && self.toks.get(end + 1).is_some_and(|x| x.word && self.lex.org_kind(x.text).is_some_and(|k| k != ActorKind::Place));
            // "Bernalillo County Sheriff’s Office": an office named after its holder.
            let office = self.toks.get(end + 1).is_some_and(|x| x.text == "Office" && x.space_before);
            if self.toks[end].possessive && !plural_of_body && !office {
                break;
            }
            let nx = end + 1;
            if nx >= n || self.used[nx] || !self.toks[nx].space_before {
                break;
            }
            let x = self.toks[nx];
            let code = x.text.starts_with(|c: char| c.is_ascii_digit()) && !x.text.contains('-') && !self.lex.is_not_name(self.toks[end].text);
            // "diGenova", "deGrasse": a lower-case start with a capital inside.
            let camel = x.word && !x.cap && x.text.chars().skip(1).any(char::is_uppercase) && !is_particle(x.text);
            if x.word && (x.cap || code || camel) {
                end = nx;
                continue;
            }
            // Connectors: "of", "of the", "and", "&", name particles.
            let mut k = nx;
            while k < n && k < nx + 2 && !self.used[k] && (self.toks[k].word && !self.toks[k].cap || self.toks[k].text == "&") && self.toks[k].space_before {
                k += 1;
            }
            if k > nx
                && k < n
                && self.toks[k].word
                && self.toks[k].cap
                && !self.used[k]
                && self.toks[k].space_before
                && !self.toks[k - 1].possessive
                && self.connector_ok(i, end, &self.toks[nx..k], k)
            {
                end = k;
                continue;
            }
            break;
        }
        end
    }

    fn name_pass(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let t = self.toks[i];
            let starts = t.word
                && !self.used[i]
                && (t.cap || (is_particle(t.text) && self.particles_then_name(i)));
            if !starts {
                i += 1;
                continue;
            }
            let end = self.run_end(i);
            self.name_run(i, end);
            i = end + 1;
        }
    }

    /// Whether the particle at token `i` begins a name: one or two particles, then
    /// a capitalised word ("bin Laden", "von der Leyen" after a quote or a comma).
    fn particles_then_name(&self, i: usize) -> bool {
        let tok = |k: usize| self.toks.get(k).filter(|x| x.word && x.space_before && !self.used[k]);
        let name = |k: usize| tok(k).is_some_and(|x| x.cap);
        name(i + 1) || (tok(i + 1).is_some_and(|x| is_particle(x.text)) && name(i + 2))
    }

    /// A month after a given name is a surname ("Theresa May", "Brian May",
    /// "Christine March"), unless a day number follows ("Obama May 5").
    fn month_surname(&self, e: usize) -> bool {
        let t = &self.toks[e];
        e > 0
            && self.lex.months.contains(t.text)
            && self.lex.given.contains(self.toks[e - 1].text)
            && self.toks.get(e + 1).is_none_or(|n| !n.text.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// The longest title starting at token `s`, as (tokens, keeps-in-name).
    pub(super) fn title_at(&self, s: usize, end: usize) -> Option<(usize, bool)> {
        let max = self.lex.max_title_words.min(end + 1 - s);
        if max == 0 || !self.lex.title_heads.contains(self.toks[s].text) {
            return None;
        }
        let mut key = String::with_capacity(48);
        (1..=max).rev().find_map(|len| {
            key.clear();
            for (k, t) in self.toks[s..s + len].iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                }
                key.push_str(t.text);
            }
            if let Some(&keep) = self.lex.titles.get(key.as_str()) {
                return Some((len, keep));
            }
            // "Lt" written without its period still names the title "Lt.".
            key.push('.');
            self.lex.titles.get(key.as_str()).map(|&keep| (len, keep))
        })
    }

    /// Whether a word is no part of a name where it stands at tokens `s..`:
    /// function words always, general words only at a sentence start, and
    /// "-ing"/"-ed"/"-ly" words that open a sentence ("Following", "Asked",
    /// "State-owned").
    fn strippable(&self, s: usize, end: usize) -> bool {
        let lex = self.lex;
        let t = self.toks[s];
        let w = t.text;
        let at_start = initial(&self.toks, s);
        // "A Troncon" in a team list: a capital initial before a surname.
        if w.len() == 1 && t.cap && !at_start && s < end && self.toks[s + 1].cap {
            return false;
        }
        // "Could Saka", "a Catholic Trump voter": a general word before a name the
        // article uses alone elsewhere is no part of it.
        let not_name = lex.is_not_name(w);
        if s + 1 == end
            && !t.upper
            && (at_start || not_name)
            && self.mid_caps.get(self.toks[end].text) == Some(&true)
            && !lex.given.contains(w)
            && !self.mid_caps.contains_key(w)
            && lex.org_kind(w).is_none()
            && self.title_at(s, s).is_none()
            // Not the first word of a lexicon name ("South Korean", "West Java").
            && ((at_start && lex.is_plain_common(w)) || (lex.is_weak_not_name(w) && !with_fold(w, |k| lex.prefixes.contains(k))))
            && lex.org_kind(self.toks[end].text).is_none()
            && self.name_shaped(end, end)
        {
            return true;
        }
        if not_name && (!t.upper || w.len() <= 2 || s == end) {
            return s == end || at_start || !lex.is_weak_not_name(w);
        }
        // A nationality before a person's full name: "American Andy Roddick",
        // "beat Swiss Roger Federer", "American Bershawn Jackson" (not "British
        // Airways", "Swiss Re", "American Cancer Society": names of bodies go on with
        // general words).
        let first = self.toks.get(s + 1).map_or("", |t| t.text);
        if lex.is_demonym(w)
            && s + 2 <= end
            && (lex.given.contains(first) || (end - s <= 3 && !lex.is_common(first) && !lex.is_form(first) && !self.lex.is_demonym(first)))
            && lex.org_kind(self.toks[end].text).is_none()
            && self.name_shaped(s + 1, end)
        {
            return true;
        }
        // A compound adjective opening the sentence ("State-owned Rosneft",
        // "Oscar-winning director"): its last part is lower case.
        // A hyphenated adjective ("In-form Leicester", "Trump-appointed Judge X",
        // "Far-right") is never the first word of a name, wherever it stands.
        // Its parts are words ("Blu-ray", "Dai-ichi" and "Abu-al" are names).
        let lower_tail = w.rsplit_once('-').is_some_and(|(head, tail)| {
            tail.len() >= 2
                && tail.chars().all(char::is_lowercase)
                && !is_particle(tail)
                && (head.chars().count() >= 4 || lex.is_common(head))
                && (lex.is_common(tail) || tail.ends_with("ed") || tail.ends_with("ing"))
        });
        if lower_tail && s < end {
            return true;
        }
        let lower_rest = w.chars().skip(1).all(char::is_lowercase);
        at_start && s < end && lower_rest && !lex.given.contains(w) && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
    }

    /// A word that cannot be a one-word name: a plural acronym ("MPs"), a
    /// demonym or its plural ("Afghan", "Israelis"), an "-ic" adjective, a
    /// compound ending in a lower-case part ("Hamas-led").
    fn not_a_lone_name(&self, t: &Tok) -> bool {
        let w = t.text;
        let lex = self.lex;
        // Each test runs only when the ones before it failed.
        with_lower(w, |lower| {
            let plural_acronym = || w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
            let demonym = || {
                lex.demonyms.contains_key(lower)
                    || lower.strip_suffix('s').is_some_and(|d| lex.demonyms.contains_key(d))
                    || lower.strip_suffix("es").is_some_and(|d| lex.demonyms.contains_key(d))
            };
            let adjective = || lower.ends_with("ic") && !lower.ends_with("vic") && !lower.ends_with("cic") && w.chars().count() > 4;
            let compound = || w.contains('-') && w.rsplit('-').next().is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase));
            let all_demonyms = || {
                w.contains('-')
                    && w.split('-').all(|p| {
                        let p = p.to_lowercase();
                        lex.demonyms.contains_key(&p) || lex.is_form(&p)
                    })
            };
            // "Minnesotans": people of a known place.
            let people = || {
                lower.strip_suffix("ns").is_some_and(|st| lex.is_form(st))
                    || lower.strip_suffix('n').is_some_and(|st| lex.is_form(st))
                    || lower.strip_suffix("ders").is_some_and(|st| lex.is_form(st))
                    || lower.strip_suffix("der").is_some_and(|st| lex.is_form(st))
                    || lower.strip_suffix("ans").is_some_and(|st| lex.is_form(st))
            };
            plural_acronym() || demonym() || adjective() || compound() || all_demonyms() || people() || lex.org_kind(w).is_some()
        })
    }

    /// Words shaped like a person's name: each capitalised then lower case
    /// ("Tiger Woods", "O'Driscoll", "Sinama-Pongolle"), none a demonym,
    /// lexicon name or general word ("Star Wars" slips through).
    pub(super) fn name_shaped(&self, s: usize, e: usize) -> bool {
        (s..=e).all(|k| {
            let w = self.toks[k].text;
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.any(char::is_lowercase)
                && !self.toks[k].upper
                && !self.lex.is_not_name(w)
                && !self.lex.is_demonym(w)
                && !self.lex.is_form(w)
                && !w.chars().any(|c| c.is_ascii_digit())
        })
    }

    fn name_run(&mut self, i: usize, end: usize) {
        let lex = self.lex;
        // "Food and Drug Administration Commissioner Marty Makary": a body, then a titled person.
        // Not inside a title that opens the run ("Senior Law Enforcement Analyst X").
        let lead_title = self.title_at(i, end).map_or(0, |(len, _)| len);
        if let Some(h) = (i..end).find(|&h| {
            lex.org_kind(self.toks[h].text).is_some_and(|k| k != ActorKind::Place)
                && h > i
                && h >= i + lead_title
                && (self.title_at(h + 1, end).is_some() || (h + 2 <= end && lex.given.contains(self.toks[h + 1].text)))
        }) {
            // "Retired Air Force Maj. Gen. X": the leading title belongs to the person,
            // who is titled with the body too ("Retired Air Force Maj. Gen.").
            let lead = self.title_at(i, h).map_or(0, |(len, _)| len).min(h - i);
            self.name_run(i + lead, h);
            let before = self.out.len();
            self.name_run(h + 1, end);
            if lead > 0 && self.out.len() > before {
                let prefix = self.src(self.toks[i].start, self.toks[h].end).to_string();
                let last = self.out.len() - 1;
                if self.out[last].kind == ActorKind::Person {
                    let t = self.out[last].title.take();
                    self.out[last].title = Some(t.map_or(prefix.clone(), |t| format!("{prefix} {t}")));
                }
            }
            return;
        }
        let mut s = i;
        let mut title: Option<(usize, usize)> = None; // token range of the title
        let mut keep_title = false;
        while s <= end {
            // A title is followed by a name's capitalised word ("King & Spalding" is no title).
            let title_at_s = self.title_at(s, end);
            let title_here = title_at_s.filter(|&(len, _)| s + len > end || (self.toks[s + len].cap && !self.toks[s + len - 1].possessive));
            if let Some((len, _)) = title_at_s.filter(|&(len, _)| {
                s + len + 3 <= end && matches!(self.toks[s + len].text, "of" | "for") && self.name_shaped(end - 1, end)
            }) {
                // The office runs up to the name's last two words.
                let _ = len;
                title = Some((title.map_or(s, |t| t.0), end - 2));
                s = end - 1;
                break;
            }
            if let Some((len, keep)) = title_here {
                if s + len > end && !keep {
                    // A title alone ("President") is not an actor.
                    s = end + 1;
                    break;
                }
                title = Some((title.map_or(s, |t| t.0), s + len - 1));
                keep_title = keep;
                s += len;
                continue;
            }
            let w = self.toks[s].text;
            if lex.is_demonym(w) && s < end && title.is_none() && self.title_at(s + 1, end).is_some() {
                title = Some((s, s));
                s += 1;
                continue;
            }
            if self.strippable(s, end) {
                title = None;
                s += 1;
                continue;
            }
            break;
        }
        if s > end || (s == end && s > i && matches!(self.toks[s].text, "Eve" | "Day" | "Night")) {
            return;
        }
        // "Operation Epic Fury": a military operation; "Putinclaimedso": words glued by a scrape.
        // "Marjorie Taylor Greenewroteon": the name is cut before the glued verb.
        let cut = if end > s { glue_cut(self.toks[end].text) } else { None };
        if self.toks[s].text == "Operation" || (s..=end).any(|k| glued(self.toks[k].text) && !(k == end && cut.is_some())) {
            for k in i..=end {
                self.used[k] = true;
            }
            return;
        }
        let mut e = end;
        // "Carter Page", "Jimmy Page": a word that is no name alone ends a person's
        // name: after a given name, or with a title, a role or a speech verb beside it.
        let person = |e: usize| {
            lex.given.contains(self.toks[s].text)
                || (self.name_shaped(s, s) && !lex.is_common(self.toks[s].text) && (title.is_some() || self.role_before(s).is_some() || self.person_beside(e)))
        };
        // Not "a Georgia Republican" (a description) nor "group Christian Lawyers" (a plural).
        let described = s.checked_sub(1).is_some_and(|p| self.toks[p].word && self.is_determiner(self.toks[p].text));
        let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
        let surname_after_given = |e: usize| {
            e == s + 1 && lex.is_weak_not_name(self.toks[e].text) && !self.toks[e].upper && !initial(&self.toks, s) && !described && !plural(self.toks[e].text) && person(e)
        };
        let mut general_surname = false;
        while e > s && (lex.is_not_name(self.toks[e].text) && lex.org_kind(self.toks[e].text).is_none()) && !self.month_surname(e) {
            if surname_after_given(e) {
                general_surname = true;
                break;
            }
            e -= 1;
        }
        while e > s && !self.toks[e].cap {
            e -= 1;
        }
        let numeric = |t: &Tok| {
            t.text.starts_with(|c: char| c.is_ascii_digit())
                || matches!(t.text, "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten" | "Twelve" | "Sixteen")
        };
        if e == s && end > e && s == i && (e + 1..=end).any(|k| numeric(&self.toks[k])) {
            // "Big 12", "Elite Eight": one word left of a longer expression is no name.
            for k in i..=end {
                self.used[k] = true;
            }
            return;
        }
        // A title inside the run: "Economics Minister Aburizal Bakrie",
        // "Jefferson Parish Sheriff Harry Lee".
        if title.is_none() && lex.org_kind(self.toks[e].text).is_none() {
            let mut k = e;
            while k > s {
                // "Michele Singer Reiner": a title word right after a given name is a middle name.
                let after_given = k - 1 == s
                    && lex.given.contains(self.toks[s].text)
                    && !lex.is_form(self.toks[s].text)
                    && !self.toks[k].text.ends_with('.');
                if let Some((len, keep)) = self.title_at(k, e).filter(|&(len, _)| k + len <= e && !(after_given && len == 1)) {
                    title = Some((s, k + len - 1));
                    keep_title = keep;
                    s = k + len;
                    break;
                }
                k -= 1;
            }
        }
        let mut name_start = s;
        if keep_title && e == s {
            if let Some((ts, te)) = title {
                name_start = te + 1 - self.title_at_len(ts, te);
                title = if name_start > ts { Some((ts, name_start - 1)) } else { None };
            }
        }
        let title_text = title.map(|(a, b)| self.src(self.toks[a].start, self.toks[b].end).to_string());
        let words = e + 1 - name_start;
        let first = self.toks[name_start];
        let last = self.toks[e];
        // "Trump administration": a government of its own.
        if let Some(w) = self.toks.get(e + 1).filter(|w| w.word && w.space_before && !last.possessive) {
            let lw = w.text.to_lowercase();
            if (lw == "administration" || lw == "government" || lw == "regime") && lex.org_kind(last.text).is_none() && !self.not_a_lone_name(&last) {
                for k in i..=e + 1 {
                    self.used[k] = true;
                }
                let surface = format!("{} {}", self.src(first.start, last.end), lw);
                let key = fold_key(&surface);
                let c = self.push(first.start, w.end, ActorKind::Government, true, None, Source::Institution(key));
                self.out[c].surface = surface;
                return;
            }
        }
        for k in i..=e {
            self.used[k] = true;
        }
        if words == 1
            && (self.not_a_lone_name(&last)
                || last.text.trim_end_matches('.').chars().count() < 2
                || last.text.chars().any(|c| c.is_ascii_digit()))
        {
            return;
        }
        // "Mamdani-like", "Trump-backed": an adjective made of a name.
        if words >= 2 && last.text.contains('-') && last.text.rsplit('-').next().is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase)) {
            return;
        }
        // "Indian American", "Somali American": people described, not named.
        if words >= 2 && (name_start..=e).all(|k| lex.is_demonym(self.toks[k].text)) {
            return;
        }
        // The head word decides: the last word, or one before "of"/"for" ("Court of Appeals").
        let head = lex.org_kind(last.text).filter(|_| words >= 2).or_else(|| {
            (name_start..e).find_map(|k| {
                let next = self.toks[k + 1].text;
                if next == "of" || next == "for" { lex.org_kind(self.toks[k].text) } else { None }
            })
        });
        if head == Some(ActorKind::Other) {
            // Events, awards, laws and indexes ("French Open", "Patriot Act") are not
            // actors, nor is their bracketed acronym.
            if self.toks.get(e + 1).is_some_and(|t| t.text == "(") && self.toks.get(e + 3).is_some_and(|t| t.text == ")") {
                self.used[e + 2] = true;
            }
            return;
        }
        let has_particle = (name_start..=e).any(|k| is_particle(self.toks[k].text)) && words >= 2;
        let prev_word = name_start.checked_sub(1).map(|p| self.toks[p]).filter(|p| p.word);
        let (kind, sure) = if let Some(k) = head {
            (k, true)
        } else if title_text.is_some() || keep_title {
            (ActorKind::Person, true)
        } else if general_surname && e == name_start + 1 {
            // "Lakeya White said": sure only after a known given name.
            (ActorKind::Person, lex.given.contains(first.text))
        } else if words >= 2 && (lex.given.contains(first.text) || has_particle || (first.text.len() <= 2 && first.upper || first.text.len() == 1) && self.name_shaped(name_start + 1, e)) {
            (ActorKind::Person, true)
        } else if words == 1 && lex.given.contains(first.text) {
            (ActorKind::Person, false)
        } else if words == 1 && last.upper {
            (ActorKind::Organization, false)
        } else if prev_word.is_some_and(|p| matches!(p.text, "in" | "near")) {
            (ActorKind::Place, false)
        } else if (2..=3).contains(&words) && self.name_shaped(name_start, e) {
            // A person only with evidence: "said" after the name, or a he/she nearby.
            (if self.person_context(e) { ActorKind::Person } else { ActorKind::Other }, false)
        } else {
            (ActorKind::Other, false)
        };
        let mut title_text = title_text;
        if title_text.is_none() && matches!(kind, ActorKind::Person | ActorKind::Other) {
            title_text = self.role_before(name_start);
        }
        let (kind, sure) = if title_text.is_some() && kind == ActorKind::Other { (ActorKind::Person, true) } else { (kind, sure) };
        let weak = words == 1 && !last.upper && title_text.is_none() && {
            // Everything before the name in the sentence was stripped or is an opener.
            initial(&self.toks, i) && (i..name_start).all(|k| self.strippable(k, e))
        };
        let last_end = match cut {
            Some(n) if e == end => last.start + n,
            _ => last.end,
        };
        let c = self.push(first.start, last_end, kind, sure, title_text, Source::Name);
        self.out[c].weak_initial = weak && !self.mid_caps.contains_key(last.text);
        self.out[c].reflexive = match self.toks.get(e + 1).map(|t| t.text) {
            Some("himself") => Some('m'),
            Some("herself") => Some('f'),
            _ => None,
        };
        self.out[c].common = words == 1 && self.out[c].title.is_none() && !last.upper && !self.names_someone(name_start, e) && lex.is_common(last.text);
        if words >= 2 {
            self.bracketed_acronym(e, c);
        }
    }

    /// Evidence that the name ending at token `e` is a person's: a speech verb
    /// after it ("Kara Ng said"), an age ("Kara Ng, 34,"), or a he/she/his/her
    /// later in this sentence or in the next one.
    fn person_context(&self, e: usize) -> bool {
        let words = &self.lex.context;
        self.person_beside(e) || self.next_has_pronoun || self.toks[e + 1..].iter().any(|t| t.word && words.person_pronoun.contains(t.text))
    }

    /// Evidence right beside the name ending at token `e` that it is a person's:
    /// a speech verb before or after it, ", who" or an age after it.
    fn person_beside(&self, e: usize) -> bool {
        let words = &self.lex.context;
        let next = self.toks.get(e + 1);
        if next.is_some_and(|t| t.word && words.person_speech.contains(t.text)) {
            return true;
        }
        // "said Luisa Palacios", "Luisa Palacios, who".
        let start = (0..=e).rev().take_while(|&k| self.toks[k].word && (self.toks[k].cap || is_particle(self.toks[k].text))).last().unwrap_or(e);
        if start > 0 && words.person_speech.contains(self.toks[start - 1].text) {
            return true;
        }
        if next.is_some_and(|t| t.text == ",") && self.toks.get(e + 2).is_some_and(|t| t.text == "who") {
            return true;
        }
        next.is_some_and(|t| t.text == ",")
            && self.toks.get(e + 2).is_some_and(|t| t.text.len() <= 3 && !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Evidence that the one-word name at token `s` (= `e`) is a name here and
    /// not a general word: a possessive ("Sky's"), a speech verb after it ("Sky
    /// said"), or a capitalised "The" before it mid-sentence ("The Times").
    fn names_someone(&self, s: usize, e: usize) -> bool {
        let words = &self.lex.context;
        // A subject before an auxiliary or a past tense ("Trump has", "Apple reached").
        let verb = |t: &Tok| t.word && !t.cap && (words.subject_verb.contains(t.text) || (t.text.len() >= 5 && t.text.ends_with("ed")));
        let prev = s.checked_sub(1).map(|p| self.toks[p]);
        // Joined by "and" or a comma to a name that is no general word ("Smith and
        // Jones", "HMV, Monsoon, Jessops").
        let name_at = |k: usize| self.toks.get(k).is_some_and(|t| t.word && t.cap && !self.lex.is_common(t.text) && !self.lex.is_not_name(t.text));
        let joins = |t: &Tok| matches!(t.text, "and" | ",");
        let coordinated = (self.toks.get(e + 1).is_some_and(joins) && name_at(e + 2))
            || (s >= 2 && joins(&self.toks[s - 1]) && name_at(s - 2));
        coordinated
            || self.toks.get(e + 1).is_some_and(|t| t.space_before && verb(t))
            || self.toks[e].possessive
            || self.toks.get(e + 1).is_some_and(|t| t.word && words.name_speech.contains(t.text))
            || prev.is_some_and(|p| p.text == "The" && !initial(&self.toks, s - 1))
            // After a word that makes a general noun a thing ("the Constitution",
            // "on Earth") it is none; after other words a bare name acts ("beat
            // Arsenal", "and Apple").
            || prev.is_some_and(|p| p.word && !p.cap && !words.thing_before.contains(p.text))
    }

    /// "Securities and Exchange Commission (SEC)": the acronym after name token `e`
    /// (candidate `c`) is another form of that name.
    fn bracketed_acronym(&mut self, e: usize, c: usize) {
        if self.toks[e].possessive {
            return;
        }
        if let (Some(o), Some(a), Some(cl)) = (self.toks.get(e + 1), self.toks.get(e + 2), self.toks.get(e + 3)) {
            if o.text == "(" && a.word && a.upper && cl.text == ")" && !self.used[e + 2] {
                let (a, kind, sure) = (*a, self.out[c].kind, self.out[c].sure);
                self.used[e + 2] = true;
                self.push(a.start, a.end, kind, sure, None, Source::AcronymOf(c));
            }
        }
    }

    fn title_at_len(&self, ts: usize, te: usize) -> usize {
        // The keep-in-name title is the last one stripped: find where it starts.
        (ts..=te).find(|&k| self.title_at(k, te).is_some_and(|(len, keep)| keep && k + len - 1 == te)).map_or(1, |k| te + 1 - k)
    }

    /// A role set off before a name: "the US special representative for X, Zalmay
    /// Khalilzad" or "al Qaeda founder Osama bin Laden".
    fn role_before(&self, s: usize) -> Option<String> {
        let p = s.checked_sub(1)?;
        let pt = self.toks[p];
        if pt.word && !pt.cap && self.lex.roles.contains(pt.text) {
            return Some(pt.text.to_string());
        }
        if pt.text != "," || p == 0 {
            return None;
        }
        // Back to "the"/"a"/"an"; the role noun must come before any preposition
        // ("the special representative for X", not "the hour of calling for his wife").
        let mut k = p;
        let mut role_at = None;
        let mut first_prep = None;
        while k > 0 && p - k < 12 {
            let t = self.toks[k - 1];
            if !t.word {
                return None;
            }
            if !t.cap && self.lex.context.article.contains(t.text) {
                let ok = role_at.is_some_and(|r| first_prep.is_none_or(|f| r < f));
                if !ok || k == p {
                    return None;
                }
                return Some(self.src(self.toks[k].start, self.toks[p - 1].end).to_string());
            }
            if !t.cap && self.lex.roles.contains(t.text) {
                role_at = Some(k - 1);
            }
            if matches!(t.text, "of" | "for" | "to" | "at" | "on" | "in" | "with" | "from" | "by") {
                first_prep = Some(k - 1);
            }
            k -= 1;
        }
        None
    }
}
