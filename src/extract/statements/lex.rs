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

/// The class of a subject pronoun, also when contracted ("he's", "they’ve").
pub fn pronoun(w: &str) -> Option<PronounClass> {
    let p = &get().pronouns;
    if let Some(&c) = p.get(w) {
        return Some(c);
    }
    let (head, tail) = w.split_once(['\'', '’'])?;
    matches!(tail, "s" | "d" | "ll" | "ve" | "re" | "m").then(|| p.get(head).copied()).flatten()
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

/// Function words that never name an actor, even capitalised at a
/// sentence start: pronouns, possessives, determiners, quantifiers and
/// number words ("He", "His", "Another", "Two").
pub fn is_closed_class(w: &str) -> bool {
    is_determiner(w)
        || is_quantifier(w)
        || matches!(
            w,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "him" | "them" | "us" | "me" | "hers" | "theirs"
                | "ours" | "mine" | "yours" | "another" | "each" | "every" | "either" | "neither" | "no" | "none"
                | "such" | "any" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds" | "thousands"
                | "millions" | "there" | "here" | "not" | "only" | "even" | "perhaps" | "maybe" | "instead"
                | "who" | "whom" | "whose" | "which" | "what" | "others" | "someone" | "somebody" | "anyone"
                | "everyone" | "nobody" | "one" | "ex" | "former" | "newly" | "then" | "now"
                | "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen"
                | "nineteen" | "twenty" | "thirty" | "forty" | "fifty" | "dozen" | "hundred" | "thousand" | "million" | "more" | "fewer" | "less" | "half"
                | "additionally" | "separately" | "similarly" | "moreover" | "furthermore" | "likewise" | "overall"
                | "finally" | "ultimately" | "indeed" | "notably" | "importantly" | "specifically" | "currently"
                | "previously" | "initially" | "eventually" | "meanwhile" | "however" | "nonetheless" | "nevertheless"
        )
}

/// Auxiliaries, modals and copulas: a clause without "that" after a verb
/// like "announced" or "denied" is a clause only when it has one of these
/// ("denied the plan was dead" but not "denied the allegations").
pub fn is_finite_marker(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "will" | "would" | "can" | "could" | "should" | "shall" | "may" | "might"
            | "must" | "has" | "have" | "had" | "do" | "does" | "did" | "won't" | "wouldn't" | "can't" | "couldn't"
            | "isn't" | "aren't" | "wasn't" | "weren't" | "hasn't" | "haven't" | "hadn't" | "doesn't" | "didn't"
            | "don't" | "shouldn't" | "won’t" | "wouldn’t" | "can’t" | "couldn’t" | "isn’t" | "aren’t" | "wasn’t"
            | "weren’t" | "hasn’t" | "haven’t" | "hadn’t" | "doesn’t" | "didn’t" | "don’t" | "shouldn’t" | "need"
            | "needs" | "remains" | "remained"
    )
}

/// Subject pronouns and "there" that open a clause ("claimed he was ...").
pub fn opens_clause(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there" | "this")
        || ["'", "’"].iter().any(|a| {
            w.split_once(a).is_some_and(|(p, _)| matches!(p, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there" | "that"))
        })
}

/// Abbreviated titles written with a dot ("Sen.", "Lt.", "Dr.").
pub fn is_title_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "sen" | "rep" | "gov" | "gen" | "lt" | "col" | "capt" | "sgt" | "dr" | "mr" | "mrs" | "ms" | "pres" | "adm" | "maj"
            | "cmdr" | "prof" | "rev" | "sr" | "jr" | "st" | "atty" | "supt" | "insp" | "det" | "cpl" | "pvt" | "brig"
    )
}

/// An adverb in -ly ("publicly", "repeatedly"), not a noun in -ly
/// ("family", "ally", "assembly").
pub fn is_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !get().nouns.contains_key(w)
        && !matches!(w, "family" | "ally" | "rally" | "assembly" | "supply" | "reply" | "monopoly" | "anomaly" | "italy" | "july" | "bully")
}

/// Negation right before a verb ("did not say", "don't think").
pub fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "n't" | "no") || w.ends_with("n't") || w.ends_with("n’t") || w == "cannot"
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
