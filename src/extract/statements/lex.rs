//! The word lists statements rely on, loaded once from `src/extract/data/`.

use crate::extract::numbers::{WordMap as HashMap, WordSet as HashSet};
use std::sync::OnceLock;

use crate::extract::lexicon;

/// How a speech or cognition verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// Takes an object before its clause ("told reporters that").
    pub tell: bool,
    /// A belief rather than speech ("believes").
    pub think: bool,
    /// May take a clause without "that" ("said the deal was dead").
    pub zero: bool,
    /// Also a common noun ("reports", "claims"): only right after a subject.
    pub noun: bool,
    /// The form is a second word too ("pointed out").
    pub particle: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounClass {
    Document,
    People,
    Collective,
    Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounClass {
    Person,
    /// "he": a person not known to be female.
    Male,
    /// "she": a person not known to be male.
    Female,
    Thing,
    Plural,
    SelfRef,
}

pub struct Lex {
    pub verbs: HashMap<&'static str, Verb>,
    pub nouns: HashMap<&'static str, NounClass>,
    pub pronouns: HashMap<&'static str, PronounClass>,
    /// Given names and honorifics with a known gender: true = male.
    pub genders: HashMap<&'static str, bool>,
    pub skip: HashSet<&'static str>,
    pub adjuncts: HashSet<&'static str>,
}

pub fn get() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut verbs = HashMap::default();
        for row in lexicon::rows(include_str!("../data/speech_verbs.tsv")) {
            let (Some(class), Some(forms)) = (row.first(), row.get(1)) else { continue };
            let tell = class.starts_with("tell");
            let think = class.starts_with("think");
            let zero = !class.ends_with("_that");
            for form in forms.split_whitespace() {
                let noun = form.ends_with('*');
                let form = form.trim_end_matches('*');
                let (head, particle) = match form.split_once('_') {
                    Some((h, p)) => (h, Some(p)),
                    None => (form, None),
                };
                verbs.insert(head, Verb { tell, think, zero, noun, particle });
            }
        }
        let nouns = lexicon::rows(include_str!("../data/speaker_nouns.tsv"))
            .filter_map(|r| {
                let class = match *r.get(1)? {
                    "document" => NounClass::Document,
                    "people" => NounClass::People,
                    "collective" => NounClass::Collective,
                    "role" => NounClass::Role,
                    _ => return None,
                };
                Some((*r.first()?, class))
            })
            .collect();
        let pronouns = lexicon::rows(include_str!("../data/pronouns.tsv"))
            .filter_map(|r| {
                let class = match *r.get(1)? {
                    "person" => PronounClass::Person,
                    "male" => PronounClass::Male,
                    "female" => PronounClass::Female,
                    "thing" => PronounClass::Thing,
                    "plural" => PronounClass::Plural,
                    _ => PronounClass::SelfRef,
                };
                Some((*r.first()?, class))
            })
            .collect();
        let genders = lexicon::rows(include_str!("../data/name_genders.tsv"))
            .filter_map(|r| Some((r.first()?.split_whitespace(), *r.get(1)? == "m")))
            .flat_map(|(ws, male)| ws.map(move |w| (w, male)))
            .collect();
        Lex {
            verbs,
            nouns,
            pronouns,
            genders,
            skip: lexicon::lines(include_str!("../data/speech_skip.txt")).collect(),
            adjuncts: lexicon::lines(include_str!("../data/speech_adjuncts.txt")).collect(),
        }
    })
}

/// Determiners and possessives that open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

/// Determiners after which a description refers back to one already named.
pub fn is_definite(w: &str) -> bool {
    matches!(w, "the" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their" | "our")
}

/// Quantifiers that do not belong in a group's name ("several defense officials").
pub fn is_quantifier(w: &str) -> bool {
    matches!(
        w,
        "several" | "some" | "many" | "few" | "a" | "an" | "one" | "two" | "three" | "four" | "five" | "both" | "other"
            | "most" | "all" | "various" | "numerous" | "multiple" | "the" | "those" | "these"
    )
}

/// Adjectives that do not belong in a document's name ("a new report").
pub fn is_document_adjective(w: &str) -> bool {
    matches!(
        w,
        "new" | "latest" | "recent" | "annual" | "confidential" | "leaked" | "internal" | "final" | "full" | "initial"
            | "preliminary" | "classified" | "secret" | "official" | "written" | "joint" | "separate" | "same"
            | "previous" | "earlier" | "first" | "second" | "whole" | "brief" | "short" | "long" | "lengthy"
    )
}

/// Capitalised words that open sentences without naming anyone.
pub fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "however" | "while" | "but" | "and" | "as" | "after" | "before" | "when" | "if" | "asked"
            | "in" | "on" | "at" | "for" | "with" | "this" | "that" | "these" | "those" | "yet" | "so" | "meanwhile"
            | "still" | "also" | "despite" | "although" | "though" | "since" | "because" | "speaking" | "writing"
            | "according" | "under" | "from" | "by" | "during" | "earlier" | "later" | "last" | "now" | "then"
            | "there" | "here" | "what" | "why" | "how" | "who" | "where" | "some" | "many" | "most" | "all"
    )
}

pub fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "january" | "february"
            | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november"
            | "december"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_lexicon_knows_forms_classes_and_particles() {
        let l = get();
        assert!(l.verbs["said"].zero);
        assert!(l.verbs["told"].tell);
        assert!(l.verbs["believes"].think);
        assert!(l.verbs["reports"].noun);
        assert!(!l.verbs["found"].zero);
        assert_eq!(l.verbs["pointed"].particle, Some("out"));
    }

    #[test]
    fn noun_and_pronoun_lexicons_load() {
        let l = get();
        assert_eq!(l.nouns["report"], NounClass::Document);
        assert_eq!(l.nouns["officials"], NounClass::People);
        assert_eq!(l.pronouns["he"], PronounClass::Male);
        assert_eq!(l.genders.get("Mrs"), Some(&false));
        assert!(l.skip.contains("also"));
        assert!(l.adjuncts.contains("monday"));
    }
}
