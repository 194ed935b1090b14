//! Recognition: finds the name spans of one sentence (lexicon names,
//! capitalised runs with their titles, "<country> government", "<name>
//! administration", documents that speak) and guesses each one's kind.

use std::collections::HashSet;

use super::lex::{fold_key, Lex};
use super::tokens::Tok;
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
}

/// Lower-case words that may join the capitalised words of a name.
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "dos",
    "das", "le", "la", "ter", "y",
];

const INSTITUTIONS: &[&str] =
    &["government", "administration", "military", "army", "navy", "embassy", "parliament", "ministry", "cabinet", "regime"];

const DOC_ADJECTIVES: &[&str] = &[
    "new", "latest", "final", "annual", "leaked", "draft", "full", "original", "internal", "classified", "confidential",
    "joint", "official", "recent", "preliminary", "initial", "earlier", "previous", "unclassified", "redacted", "interim",
    "detailed", "separate", "same", "quarterly", "monthly", "weekly", "independent", "written", "formal",
];

const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"];

/// Capitalised words that may be followed by "of"/"for" inside a name.
const OF_HEADS: &[&str] = &["Republic", "Kingdom", "Museum", "Gallery", "Order", "House", "Chamber", "Friends", "Sisters", "Brothers", "Sons", "Daughters", "Secretary", "Minister", "Director", "Commissioner", "Chancellor", "Duke", "Duchess", "Prince", "Princess", "Bishop", "Archbishop", "Mayor", "Governor"];

fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
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
    pub used: Vec<bool>,
    pub all_caps: bool,
    /// Capitalised words seen away from a sentence start in this article.
    pub mid_caps: &'a HashSet<String>,
    pub out: &'a mut Vec<Cand>,
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
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        all += 1;
        up += c.is_uppercase() as usize;
    }
    all >= 8 && up * 10 >= all * 9
}

impl Scan<'_, '_> {
    fn src(&self, start: usize, end: usize) -> &str {
        self.text.get(start - self.base..end - self.base).unwrap_or("")
    }

    fn push(&mut self, start: usize, end: usize, kind: ActorKind, sure: bool, title: Option<String>, source: Source) -> usize {
        let surface = self.src(start, end).to_string();
        self.out.push(Cand { sentence: self.sentence, start, end, surface, kind, sure, title, source, weak_initial: false });
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
            self.name_pass();
        }
    }

    /// The lexicon entity whose form is written at tokens i..j, if any.
    fn lexicon_at(&self, i: usize, j: usize) -> Option<usize> {
        if !self.plain(i, j) {
            return None;
        }
        let first = &self.toks[i];
        let key: String = self.toks[i..j].iter().map(|t| fold_key(t.text)).collect();
        let forms = self.lex.forms.get(&key)?;
        let written: String = self.toks[i..j].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
        forms
            .iter()
            .find(|f| {
                if f.mid_only && initial(&self.toks, i) {
                    return false;
                }
                if f.exact_case {
                    return letters(&written) == letters(f.exact) && !(self.all_caps && self.lex.is_not_name(f.exact));
                }
                if self.all_caps {
                    return written.chars().filter(|c| c.is_alphabetic()).count() >= 4;
                }
                first.cap || (is_particle(&first.text.split(['-', ' ']).next().unwrap_or("").to_lowercase())
                    && written.chars().any(char::is_uppercase))
            })
            .map(|f| f.entity)
    }

    fn lexicon_pass(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.toks[i].word || self.used[i] {
                i += 1;
                continue;
            }
            let max = self.lex.max_form_words.min(n - i);
            let hit = (1..=max).rev().find_map(|len| self.lexicon_at(i, i + len).map(|e| (len, e)));
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
        if matches!(kind, ActorKind::Country | ActorKind::Organization | ActorKind::Place) {
            let e = caps_from(j);
            if e > j {
                let head = self.lex.org_kind(self.toks[e - 1].text);
                if let Some(k) = head.filter(|k| (*k == ActorKind::Place) == (kind == ActorKind::Place)) {
                    end = Some(e);
                    ext_kind = k;
                }
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
        self.push(s, en, ext_kind, true, None, Source::Name);
        true
    }

    /// "Afghan government", "US military": the country's institution, one actor.
    fn institution(&mut self, i: usize, j: usize, country: Option<usize>) -> bool {
        let entity = match country {
            Some(e) if self.lex.entities[e].kind == ActorKind::Country => e,
            Some(_) => return false,
            None => match self.lex.demonyms.get(&self.toks[i].text.to_lowercase()) {
                Some(&e) if self.toks[i].cap => e,
                _ => return false,
            },
        };
        if self.toks[j - 1].possessive {
            return false;
        }
        let Some(w) = self.toks.get(j).filter(|t| t.word && t.space_before) else { return false };
        let lower = w.text.to_lowercase();
        if !INSTITUTIONS.contains(&lower.as_str()) || (w.cap && !initial(&self.toks, i) && false) {
            return false;
        }
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
        if !t.text.contains('-') || !t.cap {
            if t.word && !self.used[i] {
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
            if !t.word || t.cap || t.possessive || !self.lex.doc_nouns.contains(t.text) {
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
                if !p.word || (p.possessive && k - 1 != i - 1) || DETERMINERS.contains(&p.text.to_lowercase().as_str()) {
                    break;
                }
                if p.cap && !p.possessive {
                    mod_start = Some(k - 1);
                    k -= 1;
                } else if !p.cap && DOC_ADJECTIVES.contains(&p.text) {
                    k -= 1;
                } else {
                    break;
                }
            }
            let det = k.checked_sub(1).map(|d| self.toks[d]);
            if !det.is_some_and(|d| d.word && DETERMINERS.contains(&d.text.to_lowercase().as_str())) {
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
        let org_head = self.lex.org_kind(last).is_some() || OF_HEADS.contains(&last);
        let _ = run_start;
        match words.as_slice() {
            [p] if is_particle(p) => true,
            ["of" | "for"] | ["of" | "for", "the"] => org_head,
            ["and"] | ["&"] => {
                // "Analytical Support and Sanctions Monitoring Team": the right side ends in a head word.
                let mut e = next;
                while e + 1 < self.toks.len() && self.toks[e + 1].word && self.toks[e + 1].cap && self.toks[e + 1].space_before && !self.toks[e].possessive {
                    e += 1;
                }
                words == ["&"] || (self.lex.org_kind(self.toks[e].text).is_some_and(|k| k != ActorKind::Place) && e > next)
            }
            _ => false,
        }
    }

    fn name_pass(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let t = self.toks[i];
            let starts = t.word
                && !self.used[i]
                && (t.cap
                    || (is_particle(t.text)
                        && self.toks.get(i + 1).is_some_and(|x| x.word && x.cap && x.space_before && !self.used[i + 1])));
            if !starts {
                i += 1;
                continue;
            }
            let mut end = i;
            loop {
                if self.toks[end].possessive {
                    break;
                }
                let nx = end + 1;
                if nx >= n || self.used[nx] || !self.toks[nx].space_before {
                    break;
                }
                let x = self.toks[nx];
                if x.word && x.cap {
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
                    && self.connector_ok(i, end, &self.toks[nx..k].to_vec(), k)
                {
                    end = k;
                    continue;
                }
                break;
            }
            self.name_run(i, end);
            i = end + 1;
        }
    }

    /// The longest title starting at token `s`, as (tokens, keeps-in-name).
    fn title_at(&self, s: usize, end: usize) -> Option<(usize, bool)> {
        let max = self.lex.max_title_words.min(end + 1 - s);
        (1..=max).rev().find_map(|len| {
            let w: Vec<&str> = self.toks[s..s + len].iter().map(|t| t.text).collect();
            let joined = w.join(" ");
            // "Lt" written without its period still names the title "Lt.".
            self.lex
                .titles
                .get(joined.as_str())
                .or_else(|| self.lex.titles.get(format!("{joined}.").as_str()))
                .map(|&keep| (len, keep))
        })
    }

    fn name_run(&mut self, i: usize, end: usize) {
        let lex = self.lex;
        let mut s = i;
        let mut title: Option<(usize, usize)> = None; // token range of the title
        let mut keep_title = false;
        while s <= end {
            if let Some((len, keep)) = self.title_at(s, end) {
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
            if lex.demonyms.contains_key(&w.to_lowercase()) && s < end && title.is_none() && self.title_at(s + 1, end).is_some() {
                title = Some((s, s));
                s += 1;
                continue;
            }
            let strip = lex.is_not_name(w)
                && (!self.toks[s].upper || w.len() <= 2)
                && (s == end || initial(&self.toks, s) || !lex.is_weak_not_name(w) || (i..s).any(|k| lex.is_not_name(self.toks[k].text)));
            if strip {
                title = None;
                s += 1;
                continue;
            }
            break;
        }
        if s > end {
            return;
        }
        let mut e = end;
        while e > s && (lex.is_not_name(self.toks[e].text) && lex.org_kind(self.toks[e].text).is_none()) {
            e -= 1;
        }
        while e > s && !self.toks[e].cap {
            e -= 1;
        }
        let mut name_start = s;
        if keep_title && e == s {
            if let Some((ts, te)) = title {
                name_start = te + 1 - self.title_at_len(ts, te);
                title = None;
            }
        }
        let title_text = title.map(|(a, b)| self.src(self.toks[a].start, self.toks[b].end).to_string());
        let words = e + 1 - name_start;
        let first = self.toks[name_start];
        let last = self.toks[e];
        // "Trump administration": a government of its own.
        if let Some(w) = self.toks.get(e + 1).filter(|w| w.word && w.space_before && !last.possessive) {
            let lw = w.text.to_lowercase();
            if (lw == "administration" || lw == "government" || lw == "regime") && lex.org_kind(last.text).is_none() {
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
        // A lone head word ("Council", "Police") or demonym ("Afghan") is no name.
        if words == 1 && (lex.org_kind(last.text).is_some() || lex.demonyms.contains_key(&last.text.to_lowercase())) {
            return;
        }
        if words == 1 && (last.text.chars().count() < 2 || last.text.chars().all(|c| c.is_ascii_digit())) {
            return;
        }
        let has_particle = (name_start..=e).any(|k| is_particle(self.toks[k].text)) && words >= 2;
        let prev_word = name_start.checked_sub(1).map(|p| self.toks[p]).filter(|p| p.word);
        let (kind, sure) = if let Some(k) = lex.org_kind(last.text).filter(|_| words >= 2) {
            (k, true)
        } else if title_text.is_some() || keep_title {
            (ActorKind::Person, true)
        } else if words >= 2 && (lex.given.contains(first.text) || has_particle) {
            (ActorKind::Person, true)
        } else if words == 1 && last.upper {
            (ActorKind::Organization, false)
        } else if words == 1 && prev_word.is_some_and(|p| matches!(p.text, "in" | "at" | "near" | "from" | "across" | "to")) {
            (ActorKind::Place, false)
        } else if words >= 2 && lex.demonyms.contains_key(&first.text.to_lowercase()) {
            (ActorKind::Other, false)
        } else if words >= 2 {
            (ActorKind::Person, false)
        } else {
            (ActorKind::Other, false)
        };
        let mut title_text = title_text;
        if title_text.is_none() && matches!(kind, ActorKind::Person | ActorKind::Other) {
            title_text = self.role_before(name_start);
        }
        let weak = words == 1 && !last.upper && title_text.is_none() && {
            // Everything before the name in the sentence was stripped or is an opener.
            initial(&self.toks, i) && (i..name_start).all(|k| lex.is_not_name(self.toks[k].text))
        };
        let c = self.push(first.start, last.end, kind, sure, title_text, Source::Name);
        self.out[c].weak_initial = weak && !self.mid_caps.contains(last.text);
        // "Securities and Exchange Commission (SEC)"
        if let (Some(o), Some(a), Some(cl)) = (self.toks.get(e + 1), self.toks.get(e + 2), self.toks.get(e + 3)) {
            if o.text == "(" && a.word && a.upper && cl.text == ")" && !last.possessive && words >= 2 {
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
        let mut k = p;
        let mut has_role = false;
        while k > 0 && p - k < 12 {
            let t = self.toks[k - 1];
            if !t.word {
                return None;
            }
            if !t.cap && DETERMINERS[..3].contains(&t.text) {
                if !has_role || k == p {
                    return None;
                }
                let text = self.src(self.toks[k].start, self.toks[p - 1].end).to_string();
                return Some(text);
            }
            has_role |= !t.cap && self.lex.roles.contains(t.text);
            k -= 1;
        }
        None
    }
}
