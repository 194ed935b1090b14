//! What a number counts: the noun phrase after it ("armed al Qaeda operatives"),
//! after "of" ("a third of US forces"), or before it when nothing follows
//! ("US troops in Afghanistan below 8,600").

use super::lex::lex;
use crate::extract::numbers::{self, Toks};

const MAX_WORDS: usize = 6;

fn is_stop(w: &str) -> bool {
    lex().stop.contains_key(w) || (w.len() > 4 && w.ends_with("ly") && !lex().ly_nouns.contains(w))
}

fn is_participle(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
}

/// A span of tokens `first..=last` read as text.
pub fn text(x: &Toks, first: usize, last: usize) -> Option<String> {
    let (a, b) = (x.t.get(first)?.start, x.t.get(last)?.end);
    x.body.get(a..b).map(str::to_string)
}

/// The noun phrase starting at token `j`: words up to a stop word, a
/// participle after the first word ("people killed"), a number or punctuation.
pub fn forward(x: &Toks, j: usize) -> Option<(usize, usize)> {
    // "five more barristers", "two other men": the noun follows.
    let j = if matches!(x.word(j), Some("more" | "other" | "fewer" | "additional")) && x.word(j + 1).is_some_and(|w| !is_stop(w)) {
        j + 1
    } else {
        j
    };
    let mut k = j;
    let mut last = None;
    let mut words = 0;
    let mut glued = false;
    // The word before the last "and" taken, when the phrase crossed one.
    let mut coordinated = None;
    while words < MAX_WORDS {
        let Some(w) = x.word(k) else { break };
        if k > j && !x.spaced(k) && !x.is_joiner(k - 1) {
            break;
        }
        // Inside a hyphenated compound any word goes: "stand-by", "Ireland-only".
        if !glued && (is_stop(w) || numbers::is_number_word(w) || lex().time.contains(w) && words == 0) {
            break;
        }
        if !glued && words > 0 && is_participle(w) && !x.capitalized(k) {
            break;
        }
        glued = false;
        last = Some(k);
        words += 1;
        // Hyphenated compounds: "al-Qaeda", "Taliban-held".
        if x.is_joiner(k + 1) && x.word(k + 2).is_some() {
            k += 2;
            glued = true;
            continue;
        }
        k += 1;
        // A plural head ends the phrase unless another plural follows
        // ("arms sales"): "tickets set", "victims knew" are verbs.
        if is_plural_noun(x, k - 1) && !is_plural_noun(x, k) {
            break;
        }
        // "US and Israeli sorties": a proper adjective coordinated with another.
        // "radio and television shows": a modifier coordinated with another.
        // Not after a unit of measure ("71 mph and gusts").
        if matches!(x.word(k), Some("and" | "or"))
            && !lex().measures.contains(w)
            && x.word(k + 1).is_some_and(|w| !is_stop(w) && !numbers::is_number_word(w))
        {
            k += 1;
            coordinated = Some(k - 2);
        }
    }
    let mut last = last?;
    // A singular word before "and" is a modifier ("radio and television
    // shows"), so the phrase cannot end at a plural right after "and": in
    // "one country and changes", "a website and stores", that plural is a
    // verb or a new phrase, and the unit ends before "and".
    let plural_word = |k: usize| x.word(k).is_some_and(|w| lex().plurals.contains(w) || w.ends_with("men") || has_plural_s(w));
    if let Some(before) = coordinated.filter(|&b| last == b + 2 && !plural_word(b) && is_plural_noun(x, last) && x.word(last).is_some_and(has_plural_s)) {
        last = before;
    }
    // A lone participle is what happened, not what was counted ("2,000 killed").
    if last == j && x.word(j).is_some_and(is_participle) {
        return None;
    }
    Some((j, last))
}

/// The noun phrase after "of" (and a determiner, and a number after it) at
/// token `j`: "of US forces", "of the troops", "of the 80 resorts".
pub fn of_phrase(x: &Toks, j: usize) -> Option<(usize, usize)> {
    if !x.is(j, "of") {
        return None;
    }
    let mut k = if matches!(x.word(j + 1), Some("the" | "its" | "their" | "his" | "her" | "our" | "all")) { j + 2 } else { j + 1 };
    // "10 of the 80 resorts", "of the 80-odd resorts": the whole's own
    // number, with its qualifier, is no part of the noun.
    if k > j + 1 && x.is_num(k) {
        k = super::qualifier_after(x, k + 1).map_or(k + 1, |(end, _)| end);
    }
    forward(x, k)
}

fn is_plural_noun(x: &Toks, k: usize) -> bool {
    let Some(w) = x.word(k) else { return false };
    if lex().plurals.contains(w) {
        return true;
    }
    has_plural_s(w)
        && !is_stop(w)
        && (!x.capitalized(k) || is_acronym_plural(x.text(k)))
}

/// A word of four letters or more with the "s" of a plural ("gusts", not
/// "glass", "census", "crisis", "Trump's").
fn has_plural_s(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !["ss", "us", "is", "'s", "’s"].iter().any(|e| w.ends_with(e))
}

/// "PCs", "MDAs": capitals and a final "s".
fn is_acronym_plural(t: &str) -> bool {
    t.len() > 2 && t.ends_with('s') && t[..t.len() - 1].chars().all(|c| c.is_ascii_uppercase())
}

/// The nearest plural noun phrase before token `before`, crossing only
/// prepositions, determiners and content words (not verbs or punctuation).
pub fn backward(x: &Toks, before: usize) -> Option<(usize, usize)> {
    let mut k = before;
    for _ in 0..10 {
        if k == 0 {
            return None;
        }
        k -= 1;
        let w = x.word(k)?;
        if let Some(&pass) = lex().stop.get(w) {
            if pass {
                continue;
            }
            return None;
        }
        if is_plural_noun(x, k) {
            let mut first = k;
            while first > 0 {
                match x.word(first - 1) {
                    Some(p) if !is_stop(p) && !numbers::is_number_word(p) && !is_participle(p) => first -= 1,
                    _ => break,
                }
            }
            return Some((first, k));
        }
    }
    None
}
