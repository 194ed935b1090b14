//! The actor lexicons (countries, well-known entities, titles, roles, head
//! words, given names, words that are not names, document nouns), parsed once.

use std::collections::{HashMap, HashSet};

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::extract::lexicon;
use crate::extract::types::ActorKind;

/// A small fast hasher for short string keys (FxHash's multiply-rotate);
/// lexicon lookups run once per word, where SipHash dominated the stage.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

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
    pub roles: FastSet<&'static str>,
    pub org_words: FastMap<&'static str, ActorKind>,
    pub given: FastSet<&'static str>,
    pub not_names: FastSet<&'static str>,
    /// Not-names that may still begin a longer name mid-sentence ("World Bank").
    pub weak_not_names: FastSet<&'static str>,
    pub doc_nouns: FastSet<&'static str>,
    pub doc_verbs: FastSet<&'static str>,
    pub abbreviations: FastSet<&'static str>,
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

/// Folds a name for matching: letters and digits only, lower case, common
/// accents dropped, and "ae"/"ai" read as "a" ("al-Qa’ida" = "al Qaeda").
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded key of `s` to `out` (see [`fold_key`]).
pub fn fold_into(s: &str, out: &mut String) {
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
            roles: lexicon::lines(include_str!("../data/roles.txt")).collect(),
            org_words: lexicon::rows(include_str!("../data/org_words.tsv"))
                .filter_map(|r| Some((*r.first()?, kind_of(r.get(1)?))))
                .collect(),
            given: lexicon::lines(include_str!("../data/given_names.txt")).flat_map(str::split_whitespace).collect(),
            not_names: lexicon::lines(include_str!("../data/not_names.txt")).map(|w| w.trim_end_matches('~')).collect(),
            weak_not_names: lexicon::lines(include_str!("../data/not_names.txt")).filter_map(|w| w.strip_suffix('~')).collect(),
            doc_nouns: FastSet::default(),
            doc_verbs: FastSet::default(),
            abbreviations: lexicon::lines(include_str!("../data/abbreviations.txt")).collect(),
        };
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
        lex
    }

    pub fn is_not_name(&self, word: &str) -> bool {
        let lower = word.trim_end_matches('.').to_lowercase();
        self.not_names.contains(lower.as_str())
    }

    /// A not-name that may begin a longer name when it is not at a sentence start.
    pub fn is_weak_not_name(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.weak_not_names.contains(lower.as_str())
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
    fn lexicon_knows_countries_demonyms_and_acronyms() {
        let l = lex();
        let us = &l.forms[&fold_key("U.S.")];
        assert!(us.iter().any(|f| l.entities[f.entity].name == "United States" && f.exact_case));
        assert_eq!(l.entities[l.demonyms["afghan"]].name, "Afghanistan");
        assert_eq!(l.titles.get("Mullah"), Some(&true));
        assert_eq!(l.titles.get("President"), Some(&false));
        assert!(l.doc_nouns.contains("report") && l.doc_verbs.contains("added"));
    }
}
