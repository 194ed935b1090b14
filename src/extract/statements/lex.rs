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
    /// Takes only a quote, not a clause ("called it “a sham”").
    pub quote: bool,
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
    /// Closed-class words and their classes (`class::*` bits).
    pub classes: HashMap<&'static str, u32>,
    /// Role nouns a short title stands for ("gov" -> "governor").
    pub title_roles: HashMap<&'static str, &'static str>,
}

pub fn get() -> &'static Lex {
    static LEX: OnceLock<Lex> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut verbs = HashMap::default();
        for row in lexicon::rows(include_str!("../data/speech_verbs.tsv")) {
            let (Some(class), Some(forms)) = (row.first(), row.get(1)) else { continue };
            let tell = class.starts_with("tell");
            let think = class.starts_with("think");
            let quote = class.ends_with("_quote");
            let zero = !class.ends_with("_that") && !quote;
            for form in forms.split_whitespace() {
                let noun = form.ends_with('*');
                let form = form.trim_end_matches('*');
                let (head, particle) = match form.split_once('_') {
                    Some((h, p)) => (h, Some(p)),
                    None => (form, None),
                };
                verbs.insert(head, Verb { tell, think, zero, noun, quote, particle });
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
        let mut nouns: HashMap<&'static str, NounClass> = nouns;
        // Sources the speaker lexicon does not list: evidence shown like a
        // document ("satellite imagery showed") and bodies ("state media").
        for row in lexicon::rows(include_str!("../data/statements-words.tsv")) {
            let class = match row.first().copied() {
                Some("document_noun") => NounClass::Document,
                Some("collective_noun") => NounClass::Collective,
                _ => continue,
            };
            for w in row.get(1).map_or("", |w| *w).split_whitespace() {
                nouns.entry(w).or_insert(class);
            }
        }
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
            classes: word_classes(include_str!("../data/statements-words.tsv")),
            title_roles: lexicon::rows(include_str!("../data/title_abbreviations.tsv"))
                .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
                .collect(),
        }
    })
}

/// The classes of each word of a `class<TAB>words` lexicon, as bits.
fn word_classes(src: &'static str) -> HashMap<&'static str, u32> {
    let mut out: HashMap<&'static str, u32> = HashMap::default();
    for row in lexicon::rows(src) {
        let (Some(name), Some(words)) = (row.first(), row.get(1)) else { continue };
        let bit = class::named(name);
        for w in words.split_whitespace() {
            *out.entry(w).or_insert(0) |= bit;
        }
    }
    out
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

/// Word classes of `statements-words.tsv`, as bits.
pub mod class {
    pub const DETERMINER: u32 = 1;
    pub const DEFINITE: u32 = 1 << 1;
    pub const QUANTIFIER: u32 = 1 << 2;
    pub const DOCUMENT_ADJECTIVE: u32 = 1 << 3;
    pub const OPENER: u32 = 1 << 4;
    pub const CLOSED: u32 = 1 << 5;
    pub const FINITE: u32 = 1 << 6;
    pub const CLAUSE: u32 = 1 << 7;
    pub const CLAUSE_HEAD: u32 = 1 << 8;
    pub const TITLE_ABBREVIATION: u32 = 1 << 9;
    pub const NOT_ADVERB: u32 = 1 << 10;
    pub const NEGATION: u32 = 1 << 11;
    pub const CALENDAR: u32 = 1 << 12;
    pub const PHRASAL_PARTICLE: u32 = 1 << 13;
    pub const PREPOSITION: u32 = 1 << 14;
    pub const CAUSATIVE: u32 = 1 << 15;
    /// Nouns added to the speaker lexicon (read into `Lex::nouns`).
    pub const NOUN: u32 = 1 << 16;
    pub const UNNAMED_ROLE: u32 = 1 << 17;
    pub const PLACE_PREPOSITION: u32 = 1 << 18;
    pub const SUBORDINATOR: u32 = 1 << 19;
    pub const CLAUSE_CONJUNCTION: u32 = 1 << 20;
    pub const COMPANY_NOUN: u32 = 1 << 21;
    pub const MEDIA_NOUN: u32 = 1 << 22;

    /// The bit of a class name in the data file.
    pub fn named(name: &str) -> u32 {
        match name {
            "determiner" => DETERMINER,
            "definite" => DEFINITE,
            "quantifier" => QUANTIFIER,
            "document_adjective" => DOCUMENT_ADJECTIVE,
            "opener" => OPENER,
            "closed" => CLOSED,
            "finite" => FINITE,
            "clause" => CLAUSE,
            "clause_head" => CLAUSE_HEAD,
            "title_abbreviation" => TITLE_ABBREVIATION,
            "not_adverb" => NOT_ADVERB,
            "negation" => NEGATION,
            "calendar" => CALENDAR,
            "phrasal_particle" => PHRASAL_PARTICLE,
            "preposition" => PREPOSITION,
            "causative" => CAUSATIVE,
            "document_noun" | "collective_noun" => NOUN,
            "unnamed_role" => UNNAMED_ROLE,
            "place_preposition" => PLACE_PREPOSITION,
            "subordinator" => SUBORDINATOR,
            "clause_conjunction" => CLAUSE_CONJUNCTION,
            "company_noun" => COMPANY_NOUN,
            "media_noun" => MEDIA_NOUN,
            _ => 0,
        }
    }
}

/// Whether lower-case `w` is of any of the classes in `bits`.
pub fn is(w: &str, bits: u32) -> bool {
    get().classes.get(w).is_some_and(|c| c & bits != 0)
}

/// Determiners and possessives that open a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    is(w, class::DETERMINER)
}

/// Determiners after which a description refers back to one already named.
pub fn is_definite(w: &str) -> bool {
    is(w, class::DEFINITE)
}

/// Quantifiers that do not belong in a group's name ("several defense officials").
pub fn is_quantifier(w: &str) -> bool {
    is(w, class::QUANTIFIER)
}

/// Adjectives that do not belong in a document's name ("a new report").
pub fn is_document_adjective(w: &str) -> bool {
    is(w, class::DOCUMENT_ADJECTIVE)
}

/// Capitalised words that open sentences without naming anyone.
pub fn is_sentence_opener(w: &str) -> bool {
    is(w, class::OPENER)
}

/// Function words that never name an actor, even capitalised at a
/// sentence start: pronouns, possessives, determiners, quantifiers and
/// number words ("He", "His", "Another", "Two").
pub fn is_closed_class(w: &str) -> bool {
    is(w, class::DETERMINER | class::QUANTIFIER | class::CLOSED)
}

/// Auxiliaries, modals and copulas: a clause without "that" after a verb
/// like "announced" or "denied" is a clause only when it has one of these
/// ("denied the plan was dead" but not "denied the allegations").
pub fn is_finite_marker(w: &str) -> bool {
    is(w, class::FINITE)
}

/// Subject pronouns and "there" that open a clause ("claimed he was ...").
pub fn opens_clause(w: &str) -> bool {
    is(w, class::CLAUSE)
        || ['\'', '’'].iter().any(|&a| w.split_once(a).is_some_and(|(p, _)| is(p, class::CLAUSE_HEAD)))
}

/// Abbreviated titles written with a dot ("Sen.", "Lt.", "Dr.", "Mr."):
/// those that stand for a role (`title_abbreviations.tsv`) and the others.
pub fn is_title_abbreviation(w: &str) -> bool {
    is(w, class::TITLE_ABBREVIATION) || get().title_roles.contains_key(w)
}

/// Whether a title word (lower case, without its dot) is role noun `head`
/// written short ("gov" for "governor").
pub fn title_abbreviates(w: &str, head: &str) -> bool {
    get().title_roles.get(w).is_some_and(|roles| roles.split_whitespace().any(|r| r == head))
}

/// Role nouns that name someone new rather than refer back to a person
/// already named ("the source", "the mother").
pub fn is_unnamed_role(w: &str) -> bool {
    is(w, class::UNNAMED_ROLE)
}

/// An adverb in -ly ("publicly", "repeatedly"), not a noun in -ly
/// ("family", "ally", "assembly").
pub fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !get().nouns.contains_key(w) && !is(w, class::NOT_ADVERB)
}

/// Negation right before a verb ("did not say", "don't think").
pub fn is_negation(w: &str) -> bool {
    is(w, class::NEGATION) || w.ends_with("n't") || w.ends_with("n’t")
}

pub fn is_calendar_word(w: &str) -> bool {
    is(w, class::CALENDAR)
}

/// A preposition: the noun phrase after it is its object, not a subject.
pub fn is_preposition(w: &str) -> bool {
    is(w, class::PREPOSITION)
}

/// A word that opens a sentence with a clause before its main one ("When
/// Smith left, ...", "Asked about it, ...").
pub fn is_subordinator(w: &str) -> bool {
    is(w, class::SUBORDINATOR)
}

/// A conjunction that opens a clause inside a sentence, its subject right
/// after it ("... because Trump was asked").
pub fn is_clause_conjunction(w: &str) -> bool {
    is(w, class::CLAUSE_CONJUNCTION)
}

/// A noun for a company ("the firm") or a news medium ("the newspaper"):
/// after "the" it refers back to an organisation.
pub fn is_company_noun(w: &str) -> bool {
    is(w, class::COMPANY_NOUN | class::MEDIA_NOUN)
}

/// A noun for a news medium ("the newspaper", "the channel").
pub fn is_media_noun(w: &str) -> bool {
    is(w, class::MEDIA_NOUN)
}

/// A verb after which an object and a bare infinitive follow ("let people
/// write"): that infinitive is not a finite verb of saying.
pub fn is_causative(w: &str) -> bool {
    is(w, class::CAUSATIVE)
}

/// A general English word that is no proper name ("Among", "Recent"). The
/// actors' lexicon of english_words.txt answers.
pub fn is_plain_common_word(w: &str) -> bool {
    crate::extract::actors::is_plain_common_word(w)
}

/// An adjective of nationality ("Italian", "Iranian"), lower case: it
/// qualifies a noun, it does not name a speaker. The actors' lexicon of
/// countries.tsv answers.
pub fn is_demonym(w: &str) -> bool {
    crate::extract::actors::is_demonym(w)
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

    #[test]
    fn every_class_in_the_word_lexicon_is_known() {
        for row in lexicon::rows(include_str!("../data/statements-words.tsv")) {
            assert_ne!(class::named(row[0]), 0, "unknown class {}", row[0]);
        }
    }

    #[test]
    fn closed_class_words_keep_their_classes() {
        assert!(is_determiner("his") && !is_determiner("several"));
        assert!(is_closed_class("several") && is_closed_class("another") && !is_closed_class("smith"));
        assert!(is_title_abbreviation("sen") && !is_title_abbreviation("senator"));
        assert!(opens_clause("they") && opens_clause("that’s") && !opens_clause("that"));
        assert!(is_negation("didn’t") && is_negation("cannot") && !is_negation("now"));
        assert!(is_adverb("publicly") && !is_adverb("family") && !is_adverb("july"));
        assert!(is_calendar_word("may") && is_finite_marker("won’t"));
    }
}
