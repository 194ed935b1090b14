//! The actor lexicons (countries, well-known entities, titles, roles, head
//! words, given names, words that are not names, document nouns), parsed once.

use std::sync::OnceLock;

use crate::extract::lexicon::{self, Shapes};
use crate::extract::types::ActorKind;

// Lexicon look-ups run once per word: FxHash instead of SipHash.
pub use crate::extract::numbers::{WordMap as FastMap, WordSet as FastSet};

/// A well-known actor from `countries.tsv` or `entities.tsv`.
#[derive(Debug)]
pub struct Entity {
    pub name: &'static str,
    pub kind: ActorKind,
}

/// One written form of a lexicon entity.
#[derive(Debug)]
pub struct Form {
    pub entity: usize,
    /// All-caps forms ("US", "WHO") match only when written in capitals.
    pub exact: &'static str,
    pub exact_case: bool,
    /// `~`-marked forms ("House", "Apple") never match at a sentence start.
    pub mid_only: bool,
}

pub struct Lex {
    pub entities: Vec<Entity>,
    /// Folded key of a form -> its forms.
    pub forms: FastMap<String, Vec<Form>>,
    /// Longest form, in words.
    pub max_form_words: usize,
    /// Folded keys of the leading words (split at spaces and hyphens) of every
    /// form: a scan stops extending a phrase as soon as it leaves this set.
    pub prefixes: FastSet<String>,
    /// Lower-case demonym -> country entity.
    pub demonyms: FastMap<String, usize>,
    /// Title as written -> stays part of a one-word name ("Mullah Omar").
    pub titles: FastMap<&'static str, bool>,
    pub max_title_words: usize,
    /// First words of every title, also without a final period ("Lt" for
    /// "Lt."): a word outside this set starts no title.
    pub title_heads: FastSet<&'static str>,
    pub roles: FastSet<&'static str>,
    pub org_words: FastMap<&'static str, ActorKind>,
    pub given: FastSet<&'static str>,
    pub not_names: FastSet<&'static str>,
    /// Not-names that may still begin a longer name mid-sentence ("World Bank").
    pub weak_not_names: FastSet<&'static str>,
    /// Weekday and month names ("Friday", "March"; data/date_words.tsv).
    pub calendar: FastSet<&'static str>,
    /// Full month names, some of which are surnames too ("Theresa May").
    pub months: FastSet<&'static str>,
    pub doc_nouns: FastSet<&'static str>,
    /// Rules out most words before a `doc_nouns` look-up.
    pub doc_noun_shapes: Shapes,
    pub doc_verbs: FastSet<&'static str>,
    pub abbreviations: FastSet<&'static str>,
    /// Lower-case general English words ("entry", "could", "water"), one a line,
    /// sorted, a trailing `~` on those also written as proper names ("warren~").
    pub common: &'static str,
    /// The byte range of `common` for each first two letters ("aa".."zz").
    pub common_idx: Vec<(u32, u32)>,
    /// Nouns of a trade or field that pair with "and" in a name ("Oil and Gas").
    pub sector_nouns: FastSet<&'static str>,
    /// Given name or honorific -> 'm' or 'f' (`name_genders.tsv`).
    pub genders: FastMap<&'static str, char>,
    /// The word classes of `actor_context.tsv`.
    pub context: Context,
}

/// Closed word classes the scan looks for around a name (`actor_context.tsv`
/// says what each is for).
#[derive(Default)]
pub struct Context {
    pub of_head: FastSet<&'static str>,
    pub work: FastSet<&'static str>,
    pub works: FastSet<&'static str>,
    pub acting: FastSet<&'static str>,
    pub title_inside: FastSet<&'static str>,
    pub person_speech: FastSet<&'static str>,
    pub person_pronoun: FastSet<&'static str>,
    pub name_speech: FastSet<&'static str>,
    pub thing_before: FastSet<&'static str>,
    pub subject_verb: FastSet<&'static str>,
    pub glued: FastSet<&'static str>,
    pub institution: FastSet<&'static str>,
    pub doc_adjective: FastSet<&'static str>,
    pub determiner: FastSet<&'static str>,
    pub article: FastSet<&'static str>,
}

impl Context {
    fn load(text: &'static str) -> Context {
        let mut c = Context::default();
        for r in lexicon::rows(text) {
            let (Some(&class), Some(&word)) = (r.first(), r.get(1)) else { continue };
            let set = match class {
                "of_head" => &mut c.of_head,
                "work" => &mut c.work,
                "works" => &mut c.works,
                "acting" => &mut c.acting,
                "title_inside" => &mut c.title_inside,
                "person_speech" => &mut c.person_speech,
                "person_pronoun" => &mut c.person_pronoun,
                "name_speech" => &mut c.name_speech,
                "thing_before" => &mut c.thing_before,
                "subject_verb" => &mut c.subject_verb,
                "glued" => &mut c.glued,
                "institution" => &mut c.institution,
                "doc_adjective" => &mut c.doc_adjective,
                "determiner" => &mut c.determiner,
                "article" => &mut c.article,
                _ => continue,
            };
            set.insert(word);
        }
        c
    }
}

fn kind_of(s: &str) -> ActorKind {
    match s {
        "person" => ActorKind::Person,
        "government" => ActorKind::Government,
        "country" => ActorKind::Country,
        "group" => ActorKind::Group,
        "place" => ActorKind::Place,
        "document" => ActorKind::Document,
        "other" => ActorKind::Other,
        _ => ActorKind::Organization,
    }
}

/// Calls `f` with `s` lower-cased exactly as `str::to_lowercase` would,
/// without allocating for short ASCII words (one lexicon look-up per word).
pub fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = s.as_bytes();
    if b.len() <= 48 && b.is_ascii() {
        if !b.iter().any(u8::is_ascii_uppercase) {
            return f(s);
        }
        let mut buf = [0u8; 48];
        let buf = &mut buf[..b.len()];
        buf.copy_from_slice(b);
        buf.make_ascii_lowercase();
        // ASCII stays valid UTF-8.
        return f(std::str::from_utf8(buf).unwrap_or(""));
    }
    f(&s.to_lowercase())
}

/// Calls `f` with `fold_key(s)`, without allocating for short ASCII words.
pub fn with_fold<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = s.as_bytes();
    if b.len() <= 48 && b.is_ascii() {
        let mut buf = [0u8; 48];
        let mut n = 0;
        for &c in b {
            if !c.is_ascii_alphanumeric() {
                continue;
            }
            let l = c.to_ascii_lowercase();
            if (l == b'e' || l == b'i') && n > 0 && buf[n - 1] == b'a' {
                continue;
            }
            buf[n] = l;
            n += 1;
        }
        return f(std::str::from_utf8(&buf[..n]).unwrap_or(""));
    }
    f(&fold_key(s))
}

/// Folds a name for matching: letters and digits only, lower case, common
/// accents dropped, and "ae"/"ai" read as "a" ("al-Qa’ida" = "al Qaeda").
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Whether `s` is its own folded key: lower-case ASCII letters and digits,
/// no "ae" or "ai" (most words of a text).
fn is_folded(s: &str) -> bool {
    let mut after_a = false;
    s.bytes().all(|c| {
        let ok = (c.is_ascii_lowercase() || c.is_ascii_digit()) && !(after_a && (c == b'e' || c == b'i'));
        after_a = c == b'a';
        ok
    })
}

/// Appends the folded key of `s` to `out` (see [`fold_key`]).
pub fn fold_into(s: &str, out: &mut String) {
    if is_folded(s) {
        out.push_str(s);
        return;
    }
    if s.is_ascii() {
        // The same fold on bytes: letters and digits, lower case, "ae"/"ai" as "a".
        let mut after_a = false;
        out.reserve(s.len());
        for &c in s.as_bytes() {
            if !c.is_ascii_alphanumeric() {
                continue;
            }
            let l = c.to_ascii_lowercase();
            if (l == b'e' || l == b'i') && after_a {
                continue;
            }
            out.push(char::from(l));
            after_a = l == b'a';
        }
        return;
    }
    let start = out.len();
    let push = |l: char, out: &mut String| {
        if (l == 'e' || l == 'i') && out.len() > start && out.ends_with('a') {
            return;
        }
        out.push(l);
    };
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                push(c.to_ascii_lowercase(), out);
            }
            continue;
        }
        if !c.is_alphanumeric() {
            continue;
        }
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
            'ç' | 'Ç' => 'c',
            'ñ' | 'Ñ' => 'n',
            c => c,
        };
        for l in c.to_lowercase() {
            push(l, out);
        }
    }
}

impl Lex {
    fn add_form(&mut self, entity: usize, form: &'static str) {
        let (form, mid_only) = match form.strip_prefix('~') {
            Some(f) => (f, true),
            None => (form, false),
        };
        let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
        let exact_case = letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase());
        self.max_form_words = self.max_form_words.max(form.split_whitespace().count() + 2);
        let mut prefix = String::new();
        for piece in form.split([' ', '-']) {
            prefix.push_str(&fold_key(piece));
            self.prefixes.insert(prefix.clone());
        }
        self.forms
            .entry(form.split_whitespace().map(fold_key).collect())
            .or_default()
            .push(Form { entity, exact: form, exact_case, mid_only });
    }

    fn build() -> Lex {
        let mut lex = Lex {
            entities: Vec::new(),
            forms: FastMap::default(),
            max_form_words: 1,
            prefixes: FastSet::default(),
            demonyms: FastMap::default(),
            titles: FastMap::default(),
            max_title_words: 1,
            title_heads: FastSet::default(),
            roles: lexicon::lines(include_str!("../data/roles.txt")).collect(),
            org_words: lexicon::rows(include_str!("../data/org_words.tsv"))
                .filter_map(|r| Some((*r.first()?, kind_of(r.get(1)?))))
                .collect(),
            given: lexicon::lines(include_str!("../data/given_names.txt")).flat_map(str::split_whitespace).collect(),
            not_names: lexicon::lines(include_str!("../data/not_names.txt")).map(|w| w.trim_end_matches('~')).collect(),
            weak_not_names: lexicon::lines(include_str!("../data/not_names.txt")).filter_map(|w| w.strip_suffix('~')).collect(),
            calendar: lexicon::rows(include_str!("../data/date_words.tsv"))
                .filter(|r| matches!(r.first(), Some(&"weekday" | &"month")))
                .filter_map(|r| r.get(1).copied())
                .collect(),
            months: lexicon::rows(include_str!("../data/date_words.tsv"))
                .filter(|r| r.first() == Some(&"month"))
                .filter_map(|r| r.get(1).copied())
                .collect(),
            doc_nouns: FastSet::default(),
            doc_noun_shapes: Shapes::default(),
            doc_verbs: FastSet::default(),
            abbreviations: lexicon::lines(include_str!("../data/abbreviations.txt")).collect(),
            common: "",
            common_idx: vec![(0, 0); 26 * 26],
            sector_nouns: lexicon::lines(include_str!("../data/sector_nouns.txt")).collect(),
            genders: FastMap::default(),
            context: Context::load(include_str!("../data/actor_context.tsv")),
        };
        for r in lexicon::rows(include_str!("../data/name_genders.tsv")) {
            let (Some(words), Some(g)) = (r.first(), r.get(1).and_then(|g| g.chars().next())) else { continue };
            lex.genders.extend(words.split_whitespace().map(|w| (w, g)));
        }
        // The words after the comment lines; buckets by their first two letters.
        let words = include_str!("../data/english_words.txt");
        let mut body = 0;
        while words[body..].starts_with('#') {
            body += words[body..].find('\n').map_or(words.len() - body, |n| n + 1);
        }
        lex.common = &words[body..];
        // Bucket bounds by binary search: scanning the 600 KB list would cost more
        // than all the other lexicons together.
        let mut starts = Vec::with_capacity(26 * 26 + 1);
        for k in 0..26 * 26 {
            let key = [b'a' + (k / 26) as u8, b'a' + (k % 26) as u8];
            starts.push(Lex::common_lower_bound(lex.common.as_bytes(), &key));
        }
        starts.push(lex.common.len());
        for (k, b) in lex.common_idx.iter_mut().enumerate() {
            *b = (starts[k] as u32, starts[k + 1] as u32);
        }
        for r in lexicon::rows(include_str!("../data/countries.tsv")) {
            let Some(&name) = r.first() else { continue };
            let id = lex.entities.len();
            lex.entities.push(Entity { name, kind: ActorKind::Country });
            lex.add_form(id, name);
            for f in r.get(1).iter().flat_map(|s| s.split('|')).filter(|s| !s.is_empty()) {
                lex.add_form(id, f);
            }
            for d in r.get(2).iter().flat_map(|s| s.split('|')).filter(|s| !s.is_empty()) {
                lex.demonyms.insert(d.to_lowercase(), id);
            }
        }
        for r in lexicon::rows(include_str!("../data/entities.tsv")) {
            let (Some(&name), Some(&kind)) = (r.first(), r.get(1)) else { continue };
            let id = lex.entities.len();
            lex.entities.push(Entity { name: name.trim_start_matches('~'), kind: kind_of(kind) });
            lex.add_form(id, name);
            for f in r.get(2).iter().flat_map(|s| s.split('|')).filter(|s| !s.is_empty()) {
                lex.add_form(id, f);
            }
        }
        for t in lexicon::lines(include_str!("../data/titles.txt")) {
            let (t, keep) = match t.strip_suffix('*') {
                Some(t) => (t, true),
                None => (t, false),
            };
            lex.max_title_words = lex.max_title_words.max(t.split_whitespace().count());
            let head = t.split(' ').next().unwrap_or(t);
            lex.title_heads.insert(head);
            if let Some(h) = head.strip_suffix('.') {
                lex.title_heads.insert(h);
            }
            lex.titles.insert(t, keep);
        }
        let mut verbs = false;
        for l in lexicon::lines(include_str!("../data/documents.txt")) {
            if l == "--" {
                verbs = true;
            } else if verbs {
                lex.doc_verbs.insert(l);
            } else {
                lex.doc_nouns.insert(l);
            }
        }
        lex.doc_noun_shapes = lex.doc_nouns.iter().copied().collect();
        lex
    }

    /// A document noun ("report", "accord").
    pub fn is_doc_noun(&self, word: &str) -> bool {
        self.doc_noun_shapes.may_hold(word) && self.doc_nouns.contains(word)
    }

    /// The bucket of a word of the list: its first two letters.
    fn common_bucket(w: &str) -> Option<usize> {
        match w.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => Some(usize::from(a - b'a') * 26 + usize::from(b - b'a')),
            _ => None,
        }
    }

    /// The line of `text` (sorted lines, `~` marks ignored) where `key` starts or would.
    fn common_lower_bound(text: &[u8], key: &[u8]) -> usize {
        let (mut lo, mut hi) = (0, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
            let end = text[mid..hi].iter().position(|&c| c == b'\n').map_or(hi, |p| mid + p);
            let line = &text[start..end];
            if line.strip_suffix(b"~").unwrap_or(line) < key {
                lo = (end + 1).min(hi);
            } else {
                hi = start;
            }
        }
        lo
    }

    /// Whether `lower` is in the word list, and whether it is also a proper name there.
    fn common_entry(&self, lower: &str) -> Option<bool> {
        // A binary search over the lines of one bucket: no set to build.
        let &(a, b) = self.common_idx.get(Lex::common_bucket(lower)?)?;
        let text = self.common.as_bytes();
        let (mut lo, mut hi) = (a as usize, b as usize);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = text[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
            let end = text[mid..hi].iter().position(|&c| c == b'\n').map_or(hi, |p| mid + p);
            let line = &text[start..end];
            let (word, name) = match line.strip_suffix(b"~") {
                Some(w) => (w, true),
                None => (line, false),
            };
            match word.cmp(lower.as_bytes()) {
                std::cmp::Ordering::Equal => return Some(name),
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }

    /// A general English word in lower case ("Entry", "Could"), not a given name.
    pub fn is_common(&self, word: &str) -> bool {
        !self.given.contains(word) && with_lower(word, |l| self.common_entry(l).is_some())
    }

    /// A general word that is no proper name too ("Could", not "Warren").
    pub fn is_plain_common(&self, word: &str) -> bool {
        !self.given.contains(word) && with_lower(word, |l| self.common_entry(l) == Some(false))
    }

    /// A word a scrape glued before a capital ("theWorld Bank", "toThe Times",
    /// "MayorZohran", "DonaldTrump", "Qatar’sRas"): a function word, a title, a
    /// possessive, or a given name of four letters or more (not "McCain", "YouTube",
    /// "DeSantis", "JoAnne").
    pub fn glued_prefix(&self, w: &str) -> bool {
        with_lower(w, |l| self.context.glued.contains(l))
            || w.ends_with("’s")
            || w.ends_with("'s")
            || (w.len() >= 4 && (self.given.contains(w) || self.titles.contains_key(w)))
    }

    /// A noun of a trade or field ("Oil", "Gas", "Rescue"), any case.
    pub fn is_sector_noun(&self, word: &str) -> bool {
        with_lower(word, |l| self.sector_nouns.contains(l))
    }

    pub fn is_not_name(&self, word: &str) -> bool {
        with_lower(word.trim_end_matches('.'), |l| self.not_names.contains(l))
    }

    /// A not-name that may begin a longer name when it is not at a sentence start.
    pub fn is_weak_not_name(&self, word: &str) -> bool {
        with_lower(word, |l| self.weak_not_names.contains(l))
    }

    /// The country whose demonym `word` is, in any case ("Afghan", "AFGHAN").
    pub fn demonym(&self, word: &str) -> Option<usize> {
        with_lower(word, |l| self.demonyms.get(l).copied())
    }

    pub fn is_demonym(&self, word: &str) -> bool {
        self.demonym(word).is_some()
    }

    /// Some lexicon form folds to the same key as `s`.
    pub fn is_form(&self, s: &str) -> bool {
        with_fold(s, |k| self.forms.contains_key(k))
    }

    pub fn org_kind(&self, word: &str) -> Option<ActorKind> {
        self.org_words.get(word).copied()
    }
}

pub fn lex() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(Lex::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_key_joins_spelling_variants() {
        assert_eq!(fold_key("al-Qa’ida"), fold_key("al Qaeda"));
        assert_eq!(fold_key("Al-Qaida"), fold_key("al-Qaeda"));
        assert_eq!(fold_key("U.S."), "us");
    }

    #[test]
    fn word_list_is_sorted_and_knows_general_words_and_proper_names() {
        let l = lex();
        let words: Vec<&str> = l.common.lines().map(|w| w.trim_end_matches('~')).collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert!(words.iter().all(|w| l.is_common(w) || l.given.contains(w)));
        assert!(l.is_common("Could") && l.is_plain_common("Could") && l.is_common("Warren") && !l.is_plain_common("Warren"));
        assert!(!l.is_common("Bershawn"));
    }

    #[test]
    fn lexicon_knows_countries_demonyms_and_acronyms() {
        let l = lex();
        let us = &l.forms[&fold_key("U.S.")];
        assert!(us.iter().any(|f| l.entities[f.entity].name == "United States" && f.exact_case));
        assert_eq!(l.entities[l.demonyms["afghan"]].name, "Afghanistan");
        assert_eq!(l.titles.get("Mullah"), Some(&true));
        assert_eq!(l.titles.get("President"), Some(&false));
        assert!(l.doc_nouns.contains("report") && l.doc_verbs.contains("added"));
    }
    #[test]
    fn every_class_of_the_actor_context_file_is_read() {
        let text = include_str!("../data/actor_context.tsv");
        let c = Context::load(text);
        let sets = [
            &c.of_head, &c.work, &c.works, &c.acting, &c.title_inside, &c.person_speech, &c.person_pronoun, &c.name_speech, &c.thing_before, &c.subject_verb, &c.glued,
            &c.institution, &c.doc_adjective, &c.determiner, &c.article,
        ];
        assert!(sets.iter().all(|s| !s.is_empty()));
        let rows = lexicon::rows(text).count();
        assert_eq!(sets.iter().map(|s| s.len()).sum::<usize>(), rows, "a row of an unknown class, or a repeated one");
    }

}
