//! The figure lexicons (`data/figure_*.txt`, `data/unit_*.txt`), loaded once.

use std::sync::OnceLock;

use super::super::lexicon;
use crate::extract::numbers::{WordMap as HashMap, WordSet as HashSet};
use crate::extract::types::Qualifier;

pub struct Currency {
    pub iso: &'static str,
    pub unit: &'static str,
}

pub struct Lex {
    /// Qualifier phrases as word lists, longest first.
    pub qualifiers: Vec<(Vec<&'static str>, Qualifier)>,
    /// The last word of every qualifier phrase: most words before a
    /// number end none, and need no look at the phrases.
    pub qualifier_ends: HashSet<&'static str>,
    pub suffixes: Vec<(Vec<&'static str>, Qualifier)>,
    /// Threshold cue words, with the qualifier a "cue of N" implies.
    pub thresholds: HashMap<&'static str, Option<Qualifier>>,
    pub months: HashSet<&'static str>,
    pub labels: HashSet<&'static str>,
    pub not_after: HashSet<&'static str>,
    /// "fell", "rose": before "<amount> to <amount>", a change and a level.
    pub change_verbs: HashSet<&'static str>,
    /// "third party": an ordinal and the noun after it that are no rank.
    pub ordinal_idioms: HashSet<&'static str>,
    pub idioms: Vec<Vec<&'static str>>,
    pub time: HashSet<&'static str>,
    pub plurals: HashSet<&'static str>,
    /// Units of measure ("mph", "feet"): the end of a figure's unit.
    pub measures: HashSet<&'static str>,
    /// Nouns that make a bare "m" mean million.
    pub million_nouns: HashSet<&'static str>,
    /// Nouns ending in "-ly", which is otherwise read as an adverb.
    pub ly_nouns: HashSet<&'static str>,
    /// Stop words; true = crossed when looking back for a noun.
    pub stop: HashMap<&'static str, bool>,
    pub cur_sym: HashMap<char, Currency>,
    pub cur_prefix: HashMap<&'static str, Currency>,
    pub cur_word: HashMap<&'static str, Currency>,
    /// Currencies of several words ("Australian dollars"), as word lists.
    pub cur_phrase: Vec<(Vec<&'static str>, Currency)>,
    /// Words for hundredths of a currency after a number ("17 cents").
    pub cur_minor: HashMap<&'static str, Currency>,
    /// The same as letters glued to the number ("53p").
    pub cur_minor_glued: HashMap<&'static str, Currency>,
}

fn qualifier(s: &str) -> Option<Qualifier> {
    Some(match s {
        "approximately" => Qualifier::Approximately,
        "nearly" => Qualifier::Nearly,
        "at_least" => Qualifier::AtLeast,
        "more_than" => Qualifier::MoreThan,
        "at_most" => Qualifier::AtMost,
        "less_than" => Qualifier::LessThan,
        _ => return None,
    })
}

fn phrases(src: &'static str) -> Vec<(Vec<&'static str>, Qualifier)> {
    let mut v: Vec<_> = lexicon::rows(src)
        .filter_map(|r| Some((r.first()?.split_whitespace().collect::<Vec<_>>(), qualifier(r.get(1)?)?)))
        .filter(|(p, _)| !p.is_empty())
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    v
}

pub fn lex() -> &'static Lex {
    static L: OnceLock<Lex> = OnceLock::new();
    L.get_or_init(|| {
        let mut cur_sym = HashMap::default();
        let mut cur_prefix = HashMap::default();
        let mut cur_word = HashMap::default();
        let mut cur_phrase = Vec::new();
        let mut cur_minor = HashMap::default();
        let mut cur_minor_glued = HashMap::default();
        for r in lexicon::rows(include_str!("../data/unit_currency.txt")) {
            let (Some(&class), Some(&key), Some(&iso), Some(&unit)) = (r.first(), r.get(1), r.get(2), r.get(3)) else {
                continue;
            };
            let c = Currency { iso, unit };
            match class {
                "sym" => {
                    if let Some(ch) = key.chars().next() {
                        cur_sym.insert(ch, c);
                    }
                }
                "prefix" => {
                    cur_prefix.insert(key, c);
                }
                "minor" => {
                    cur_minor.insert(key, c);
                }
                "minor_glued" => {
                    cur_minor_glued.insert(key, c);
                }
                _ if key.contains(' ') => cur_phrase.push((key.split(' ').collect(), c)),
                _ => {
                    cur_word.insert(key, c);
                }
            }
        }
        let qualifiers = phrases(include_str!("../data/figure_qualifiers.txt"));
        Lex {
            qualifier_ends: qualifiers.iter().filter_map(|(p, _)| p.last().copied()).collect(),
            qualifiers,
            suffixes: phrases(include_str!("../data/figure_qualifier_suffixes.txt")),
            thresholds: lexicon::rows(include_str!("../data/figure_threshold_cues.txt"))
                .filter_map(|r| Some((*r.first()?, r.get(1).and_then(|q| qualifier(q)))))
                .collect(),
            labels: lexicon::lines(include_str!("../data/figure_label_words.txt")).collect(),
            months: lexicon::lines(include_str!("../data/figure_months.txt")).collect(),
            not_after: lexicon::lines(include_str!("../data/figure_not_after.txt")).collect(),
            change_verbs: lexicon::lines(include_str!("../data/figure_change_verbs.txt")).collect(),
            ordinal_idioms: lexicon::lines(include_str!("../data/figure_ordinal_idioms.txt")).collect(),
            idioms: lexicon::lines(include_str!("../data/figure_idioms.txt")).map(|l| l.split_whitespace().collect()).collect(),
            time: lexicon::lines(include_str!("../data/unit_time.txt")).collect(),
            plurals: lexicon::lines(include_str!("../data/unit_plurals.txt")).collect(),
            measures: lexicon::lines(include_str!("../data/unit_measures.txt")).collect(),
            million_nouns: lexicon::lines(include_str!("../data/unit_million_nouns.txt")).collect(),
            ly_nouns: lexicon::lines(include_str!("../data/unit_ly_nouns.txt")).collect(),
            stop: lexicon::rows(include_str!("../data/figure_stopwords.txt"))
                .filter_map(|r| Some((*r.first()?, *r.get(1)? == "pass")))
                .collect(),
            cur_sym,
            cur_prefix,
            cur_word,
            cur_phrase,
            cur_minor,
            cur_minor_glued,
        }
    })
}
