//! Who a speaker expression refers to: a mention's actor, a pronoun's
//! antecedent, a description ("the UN report", "several defense officials")
//! or, when recognition missed it, a capitalised name.

use super::lex::{self, NounClass, PronounClass};
use crate::extract::types::{ActorKind, Cast};

/// Actors in the order the text brings them up, to resolve pronouns and
/// definite descriptions against.
pub struct Resolver<'c> {
    pub cast: &'c mut Cast,
    /// (byte position, actor), sorted by position: mentions outside quotes
    /// and the speakers resolved so far.
    ante: Vec<(usize, usize)>,
    /// Speakers of statements so far: (byte position, actor).
    speakers: Vec<(usize, usize)>,
    /// Documents described in this article: (head noun, actor).
    docs: Vec<(String, usize)>,
    /// Mentions as (start, end, actor), sorted by start, for fast lookup.
    ments: Vec<(usize, usize, usize)>,
    /// Actors that stand for a description (documents, groups of people,
    /// roles): never the antecedent of "the group".
    described: Vec<usize>,
    /// Starts of the mentions that open their sentence (its subject, most
    /// likely): "he" prefers them to a name met as an object.
    subjects: Vec<usize>,
    /// Mentions outside quotes as (start, end, actor), sorted by start.
    free: Vec<(usize, usize, usize)>,
    /// Names joined by "and" outside quotes ("Smith and Jones", "Lee, Hart
    /// and Cole"): (start, end, surface), what a later "they" may stand for.
    joined: Vec<(usize, usize, String)>,
    /// Where each sentence starts, in order.
    sent_starts: Vec<usize>,
    /// Starts of the mentions that lead their sentence or one of its
    /// clauses, sorted, each with how: the topic a pronoun in the next
    /// sentences most often continues.
    leads: Vec<(usize, Lead)>,
}

/// How a mention leads its sentence (see `Resolver::sentence_leads`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Lead {
    /// The subject of the main clause.
    Main,
    /// A possessive opening the main clause ("Lipps' extradition"): the
    /// topic for "he" and "she", not what "it" stands for.
    Owner,
    /// The subject of a clause opened by a conjunction.
    Clause,
}

/// The longest a "they" may stand from the names it refers back to, in bytes.
const JOINED_REACH: usize = 1000;

fn is_thing(k: ActorKind) -> bool {
    matches!(k, ActorKind::Document | ActorKind::Organization | ActorKind::Group | ActorKind::Government | ActorKind::Country)
}

fn is_plural(k: ActorKind) -> bool {
    matches!(k, ActorKind::Organization | ActorKind::Group | ActorKind::Government | ActorKind::Country)
}

fn is_body(k: ActorKind) -> bool {
    matches!(k, ActorKind::Organization | ActorKind::Group | ActorKind::Government)
}

impl<'c> Resolver<'c> {
    /// `quoted(pos)` tells whether a byte lies inside a quotation: mentions
    /// there are not antecedents for the narrator's pronouns.
    pub fn new(cast: &'c mut Cast, quoted: impl Fn(usize) -> bool) -> Self {
        let mut ante: Vec<(usize, usize)> =
            cast.mentions.iter().filter(|m| !quoted(m.start)).map(|m| (m.start, m.actor)).collect();
        ante.sort_unstable();
        let mut ments: Vec<(usize, usize, usize)> = cast.mentions.iter().map(|m| (m.start, m.end, m.actor)).collect();
        ments.sort_unstable();
        let free: Vec<(usize, usize, usize)> = ments.iter().copied().filter(|m| !quoted(m.0)).collect();
        Resolver {
            cast,
            ante,
            speakers: Vec::new(),
            docs: Vec::new(),
            described: Vec::new(),
            ments,
            subjects: Vec::new(),
            free,
            joined: Vec::new(),
            sent_starts: Vec::new(),
            leads: Vec::new(),
        }
    }

    /// Finds the names joined by "and" (or "&"), with commas before the last
    /// one: people, organisations, governments and countries, each a
    /// different actor ("Smith and Jones", "Russia, China and Iran").
    pub fn note_joined(&mut self, body: &str) {
        let speaks = |a: usize| {
            self.cast.actors.get(a).is_some_and(|x| {
                matches!(x.kind, ActorKind::Person | ActorKind::Organization | ActorKind::Group | ActorKind::Government | ActorKind::Country)
            })
        };
        // A name of no known kind ("Senators Bob Lee") may join them.
        let joinable = |a: usize| speaks(a) || self.cast.actors.get(a).is_some_and(|x| x.kind == ActorKind::Other);
        let mut i = 0;
        while i < self.free.len() {
            let (start, _, first) = self.free[i];
            if !joinable(first) {
                i += 1;
                continue;
            }
            let mut actors = vec![first];
            let mut j = i;
            let mut closed = false;
            while let Some(&(ns, _, na)) = self.free.get(j + 1) {
                let gap = body.get(self.free[j].1..ns).unwrap_or(";");
                let and = matches!(gap, " and " | ", and " | " & ");
                if !(and || gap == ", ") || !joinable(na) || actors.contains(&na) {
                    break;
                }
                actors.push(na);
                j += 1;
                if and {
                    closed = true;
                    break;
                }
            }
            if closed && actors.iter().any(|&a| speaks(a)) {
                let end = self.free[j].1;
                if let Some(name) = body.get(start..end) {
                    self.joined.push((start, end, name.to_string()));
                }
                i = j + 1;
            } else {
                i += 1;
            }
        }
    }

    /// Marks the mentions that stand within the first few words of their
    /// sentence as subjects.
    pub fn note_subjects(&mut self, body: &str, sentences: &[crate::extract::types::Sentence]) {
        let mut subj: Vec<usize> = self
            .cast
            .mentions
            .iter()
            .filter(|m| {
                sentences.get(m.sentence).is_some_and(|s| {
                    s.start <= m.start && body.get(s.start..m.start).is_some_and(|b| b.split_whitespace().nth(4).is_none())
                })
            })
            .map(|m| m.start)
            .collect();
        subj.sort_unstable();
        self.subjects = subj;
        self.sent_starts = sentences.iter().map(|s| s.start).collect();
        self.leads = sentences.iter().flat_map(|s| self.sentence_leads(body, s.start, s.end)).collect();
    }

    /// The mentions outside quotes that lead the sentence at `start..end`
    /// or one of its clauses, each with how. The main clause: the
    /// sentence's first mention when one of the first five words, not the
    /// object of a preposition and not after a subject pronoun ("Gardener,
    /// Darren Campbell and ..." but not "Within hours of Trump's ..." nor
    /// "He said Athena ..."); when the sentence opens with a clause or a
    /// phrase before its main one ("As soon as Carr ..., Colbert talked"),
    /// the first mention after the comma that ends it. Another clause: a
    /// mention right after a conjunction that opens it ("... because Trump
    /// was asked").
    fn sentence_leads(&self, body: &str, start: usize, end: usize) -> Vec<(usize, Lead)> {
        let i = self.free.partition_point(|m| m.0 < start);
        let in_sent: Vec<(usize, usize)> = self.free[i..].iter().take_while(|m| m.0 < end).map(|m| (m.0, m.1)).collect();
        let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let lead_from = |from: usize, most: usize| {
            let k = in_sent.iter().position(|&(m, _)| m >= from)?;
            let (m, e) = in_sent[k];
            let before = body.get(from..m)?;
            let after_prep = before.split_whitespace().next_back().is_some_and(|w| lex::is_preposition(&word(w)));
            let after_pronoun = before.split_whitespace().any(|w| lex::pronoun(&word(w)).is_some());
            if before.split_whitespace().nth(most).is_some() || after_prep || after_pronoun {
                return None;
            }
            // "Kordia's cousin, Hamzah Abushaban, welcomed": the name set
            // beside what a possessive owns leads instead; else the
            // possessive leads for "he" and "she" ("Lipps' extradition").
            let rest = body.get(e..)?;
            if !rest.starts_with(['\'', '’']) {
                return Some((m, Lead::Main));
            }
            let beside = in_sent.get(k + 1).filter(|&&(n, _)| {
                body.get(e..n).is_some_and(|gap| gap.ends_with(", ") && gap.split_whitespace().nth(4).is_none())
            });
            Some(beside.map_or((m, Lead::Owner), |&(n, _)| (n, Lead::Main)))
        };
        let mut out: Vec<(usize, Lead)> = lead_from(start, 4).into_iter().collect();
        let Some(text) = body.get(start..end) else { return out };
        // "At the age of 45, Rose is playing", "When ..., she said".
        let opener = text.split_whitespace().next().map(word);
        if opener.is_some_and(|w| lex::is_subordinator(&w) || lex::is_preposition(&w)) {
            out.extend(text.find(", ").and_then(|c| lead_from(start + c + 2, 2)).filter(|l| l.1 == Lead::Main));
        }
        // A conjunction opening a clause ("... because Trump was asked"):
        // one of the four words before a mention, so only those are read.
        let mut froms: Vec<usize> = Vec::new();
        for &(m, _) in &in_sent {
            let Some(head) = body.get(start..m) else { continue };
            let mut end = head.len();
            for _ in 0..4 {
                let t = head[..end].trim_end();
                let Some(w) = t.split_whitespace().next_back() else { break };
                let ws = t.len() - w.len();
                // Where the text after the word and one space starts.
                let after = t.len() + head[t.len()..].chars().next().map_or(0, char::len_utf8);
                if lex::is_clause_conjunction(&word(w)) {
                    froms.push(start + after);
                }
                end = ws;
            }
        }
        froms.sort_unstable();
        froms.dedup();
        for from in froms {
            out.extend(lead_from(from, 3).filter(|l| l.1 == Lead::Main).map(|l| (l.0, Lead::Clause)));
        }
        out.sort_unstable();
        out.dedup_by_key(|l| l.0);
        out
    }

    /// The mention overlapping `start..end` that ends last: (start, end, actor).
    pub fn mention_over(&self, start: usize, end: usize) -> Option<(usize, usize, usize)> {
        let i = self.ments.partition_point(|m| m.0 < end);
        self.ments[..i].iter().rev().take(8).filter(|m| m.1 > start).max_by_key(|m| m.1).copied()
    }

    fn kind(&self, a: usize) -> ActorKind {
        self.cast.actors.get(a).map_or(ActorKind::Other, |x| x.kind)
    }

    /// Whether `actor` is a person.
    pub fn is_person(&self, actor: Option<usize>) -> bool {
        actor.is_some_and(|a| self.kind(a) == ActorKind::Person)
    }

    /// Whether `actor` is a place or a country, which qualifies a name
    /// rather than speaks ("Rep. Andy Ogles of Tennessee").
    pub fn is_place(&self, actor: Option<usize>) -> bool {
        actor.is_some_and(|a| matches!(self.kind(a), ActorKind::Place | ActorKind::Country))
    }

    /// Records that `actor` spoke (or was named as speaker) at `pos`.
    pub fn note_speaker(&mut self, pos: usize, actor: usize) {
        let i = self.ante.partition_point(|&(p, _)| p <= pos);
        self.ante.insert(i, (pos, actor));
        self.speakers.push((pos, actor));
    }

    /// The group of names joined by "and" that starts at `start` or ends at
    /// `end` (a mention of one of its first or last names): (start, end, actor).
    pub fn joined_over(&mut self, start: usize, end: usize) -> Option<(usize, usize, usize)> {
        let (s, e, name) = self.joined.iter().find(|(s, e, _)| *s == start || *e == end)?;
        let (s, e, name) = (*s, *e, name.clone());
        Some((s, e, self.cast.find_or_add(&name, ActorKind::Group)))
    }

    /// The actor a subject pronoun at `pos` refers to. "they" after names
    /// joined by "and" ("Smith and Jones met ... They said") is the group
    /// of them, unless a fitting actor came up since.
    pub fn pronoun(&mut self, class: PronounClass, pos: usize) -> Option<usize> {
        let found = self.antecedent(class, pos);
        if class != PronounClass::Plural {
            return found.map(|(_, a)| a);
        }
        let joined = self.joined.iter().rev().find(|&&(_, e, _)| e <= pos && pos - e < JOINED_REACH);
        match joined {
            Some((_, e, name)) if found.is_none_or(|(p, _)| p < *e) => {
                let name = name.clone();
                Some(self.cast.find_or_add(&name, ActorKind::Group))
            }
            _ => found.map(|(_, a)| a),
        }
    }

    /// The antecedent of a pronoun at `pos`: (where it stands, actor).
    fn antecedent(&self, class: PronounClass, pos: usize) -> Option<(usize, usize)> {
        let fits = |k: ActorKind| match class {
            PronounClass::Person => k == ActorKind::Person,
            PronounClass::Male | PronounClass::Female => k == ActorKind::Person,
            PronounClass::Thing => is_thing(k),
            PronounClass::Plural => is_plural(k),
            PronounClass::SelfRef => false,
        };
        if class == PronounClass::SelfRef {
            return None;
        }
        // "it" is one thing, not a group described by a plural noun
        // ("economists"); "they" may be either.
        let plural_described = |a: usize| {
            class == PronounClass::Thing
                && self.described.contains(&a)
                && self.cast.actors.get(a).is_some_and(|x| x.kind == ActorKind::Group && x.name.ends_with('s'))
        };
        let clash = |a: usize| match class {
            PronounClass::Male => self.gender(a) == Some(false),
            PronounClass::Female => self.gender(a) == Some(true),
            _ => false,
        };
        let person = matches!(class, PronounClass::Person | PronounClass::Male | PronounClass::Female);
        // Who leads this sentence or one of the two before, or spoke there,
        // comes first: "Henson ... he said" after Thomas spoke, "Electrolux
        // ... after it said". "it" may stand for a name of no known kind
        // there (an organisation recognition missed).
        let near = |a: usize| {
            let k = self.kind(a);
            !clash(a) && !plural_described(a) && (fits(k) || (class == PronounClass::Thing && self.unknown_body(a)))
        };
        if person || class == PronounClass::Thing {
            if let Some(found) = self.recent_prominent(pos, person, near) {
                return Some(found);
            }
        }
        // "it" and "they" most often continue the last speaker of that kind.
        if !person {
            if let Some(&found) = self.speakers.iter().rev().find(|&&(p, a)| p < pos && fits(self.kind(a)) && !plural_described(a)) {
                return Some(found);
            }
        }
        let i = self.ante.partition_point(|&(p, _)| p < pos);
        let mut cands = self.ante[..i].iter().rev().filter(|&&(_, a)| fits(self.kind(a)) && !clash(a) && !plural_described(a));
        let first = cands.next().copied();
        if !matches!(class, PronounClass::Male | PronounClass::Female) {
            return first;
        }
        // "he" of a name that is neither known as a man's nor a speaker yet
        // ("Chennai-based Tata", a company taken for a person) yields to a
        // nearby person who is.
        // Likewise a man met as an object ("against Ivo Minar") yields to
        // the subject of a sentence just before ("Federer was ...").
        let spoke = |a: usize| self.speakers.iter().any(|&(_, s)| s == a);
        let sure = |a: usize| self.gender(a).is_some() || spoke(a);
        let good = |p: usize, a: usize| spoke(a) || self.subjects.binary_search(&p).is_ok();
        let (p0, a0) = first?;
        if sure(a0) && good(p0, a0) {
            return Some((p0, a0));
        }
        let window: Vec<(usize, usize)> = std::iter::once((p0, a0)).chain(cands.take_while(|&&(p, _)| p0 - p < 1500).copied()).collect();
        let pick = window
            .iter()
            .find(|&&(p, a)| sure(a) && good(p, a))
            .or_else(|| window.iter().find(|&&(p, a)| good(p, a) && self.gender(a0).is_none()))
            .map_or((p0, a0), |&x| x);
        Some(pick)
    }

    /// The actor that `fits` takes and leads the sentence of `pos` (before
    /// it) or one of the two before, nearest sentence first: in each, the
    /// nearest that leads its main clause (as a possessive too when
    /// `owner`) or spoke there, else the nearest that leads another clause.
    /// (position, actor).
    fn recent_prominent(&self, pos: usize, owner: bool, fits: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let cur = self.sent_starts.partition_point(|&s| s <= pos).saturating_sub(1);
        let mut to = pos;
        for sent in (cur.saturating_sub(2)..=cur).rev() {
            let from = self.sent_starts.get(sent).copied().unwrap_or(0).min(to);
            let lo = self.ante.partition_point(|&(p, _)| p < from);
            let hi = self.ante.partition_point(|&(p, _)| p < to);
            let mut clause = None;
            for &(p, a) in self.ante[lo..hi].iter().rev() {
                let lead = self.leads.binary_search_by_key(&p, |l| l.0).ok().map(|k| self.leads[k].1);
                let main = lead == Some(Lead::Main) || (owner && lead == Some(Lead::Owner));
                if (main || self.speakers.contains(&(p, a))) && fits(a) {
                    return Some((p, a));
                }
                if lead == Some(Lead::Clause) && clause.is_none() && fits(a) {
                    clause = Some((p, a));
                }
            }
            if clause.is_some() {
                return clause;
            }
            to = from;
        }
        None
    }

    /// "Gordon Brown said ... The chancellor said": a definite role noun
    /// right after a person spoke or was the subject of one of the two
    /// sentences before refers back to that person, unless the person holds
    /// another title or the role names someone new ("the source").
    fn renamed_person(&self, mods: &[&str], head: &str, pos: usize) -> Option<usize> {
        if std::iter::once(head).chain(mods.iter().copied()).any(|w| lex::is_unnamed_role(&w.to_lowercase())) {
            return None;
        }
        // Only the sentences before: a name earlier in the same sentence is
        // most often what the role's words are about ("Hernandez was on his
        // way to work, the lawyer said").
        let from = self.window_start(pos);
        let to = self.sent_starts[..self.sent_starts.partition_point(|&s| s <= pos)].last().copied().unwrap_or(0);
        let i = self.ante.partition_point(|&(p, _)| p < to);
        let spoke = |a: usize| self.speakers.iter().any(|&(p, s)| s == a && from <= p && p < to);
        // The one person who spoke or was a subject there: with two, the
        // role may as well set a third apart.
        let mut found: Option<usize> = None;
        for &(p, a) in self.ante[..i].iter().rev().take_while(|&&(p, _)| p >= from) {
            if self.kind(a) != ActorKind::Person || found == Some(a) || !(spoke(a) || self.subjects.binary_search(&p).is_ok()) {
                continue;
            }
            if found.is_some() {
                return None;
            }
            found = Some(a);
        }
        let a = found?;
        let actor = self.cast.actors.get(a)?;
        // An honorific ("Mr", "Lady") is no other title.
        let honorific = |t: &str| t.split_whitespace().all(|w| lex::get().genders.contains_key(w.trim_end_matches('.')));
        let titled_else = actor.title.as_deref().is_some_and(|t| !honorific(t) && !title_names(t, head));
        (!self.described.contains(&a) && !titled_else).then_some(a)
    }

    /// The role a person was referred back to by ("Florida senator") is a
    /// form of that person's name in this article: only with one
    /// capitalised word. A bare role ("senator") would take in "a senator"
    /// later, and two capitalised words would link actors across articles
    /// ("Scottish Conservative leader").
    fn alias_role(&mut self, a: usize, mods: &[&str], head: &str) {
        // "the Russian" is no name of hers: the word names a country.
        if lex::is_demonym(head) {
            return;
        }
        let name = join(mods, head);
        if name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() == 1 {
            add_alias(self.cast, a, &name);
        }
    }

    /// A name of no known kind that may be an organisation recognition
    /// missed ("Electrolux", "Borussia Dortmund"), not a compound
    /// adjective taken for a name ("Paris-based").
    fn unknown_body(&self, a: usize) -> bool {
        self.cast.actors.get(a).is_some_and(|x| {
            x.kind == ActorKind::Other && !x.name.split(['-', '‑']).skip(1).any(|w| w.starts_with(char::is_lowercase))
        })
    }

    /// Where the sentence two before the one at `pos` starts.
    fn window_start(&self, pos: usize) -> usize {
        let sent = self.sent_starts.partition_point(|&s| s <= pos).saturating_sub(1);
        self.sent_starts.get(sent.saturating_sub(2)).copied().unwrap_or(0)
    }

    /// A person's gender when an honorific or given name tells it: true = male.
    fn gender(&self, a: usize) -> Option<bool> {
        let g = &lex::get().genders;
        let actor = self.cast.actors.get(a)?;
        let first = |s: &str| s.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty()).and_then(|w| g.get(w)).copied();
        // A one-word alias of a longer name is a surname ("Ali" for Sahr
        // Ali), no given name.
        let given = |s: &&String| s.split_whitespace().nth(1).is_some();
        let title = actor.title.as_deref().and_then(first);
        title.or_else(|| first(&actor.name)).or_else(|| actor.aliases.iter().filter(given).find_map(|s| first(s)))
    }

    /// The actor of a description whose head noun is `head` (lower case),
    /// `det` its determiner (lower case, may be empty), `mods` the words
    /// between them as written, `inner` the actor of a mention inside the
    /// phrase, `pos` where it occurs.
    pub fn description(
        &mut self,
        class: NounClass,
        det: &str,
        mods: &[&str],
        head: &str,
        inner: Option<usize>,
        pos: usize,
    ) -> Option<usize> {
        let a = self.describe(class, det, mods, head, inner, pos);
        if let Some(a) = a {
            if class != NounClass::Collective && inner != Some(a) && !self.described.contains(&a) {
                self.described.push(a);
            }
        }
        a
    }

    fn describe(
        &mut self,
        class: NounClass,
        det: &str,
        mods: &[&str],
        head: &str,
        inner: Option<usize>,
        pos: usize,
    ) -> Option<usize> {
        let definite = det.is_empty() || lex::is_definite(det);
        match class {
            NounClass::Document => {
                let kept: Vec<&str> = mods
                    .iter()
                    .copied()
                    .filter(|m| {
                        let l = m.to_lowercase();
                        !lex::is_document_adjective(&l) && !lex::is_calendar_word(&l) && !m.chars().all(|c| c.is_ascii_digit())
                    })
                    .collect();
                let name = join(&kept, head);
                if definite {
                    if let Some(&(_, a)) = self.docs.iter().rev().find(|(h, _)| h == head) {
                        if !kept.is_empty() {
                            add_alias(self.cast, a, &name);
                        }
                        return Some(a);
                    }
                }
                let a = self.cast.find_or_add(&name, ActorKind::Document);
                self.docs.push((head.to_string(), a));
                Some(a)
            }
            NounClass::People => {
                // The determiner never belongs in the name ("that prosecutors",
                // "his attorneys"); a quantifier only when the head would
                // stand alone ("some countries", but "defense officials").
                let mut words: Vec<&str> = mods.to_vec();
                while words.first().is_some_and(|w| lex::is_quantifier(&w.to_lowercase())) {
                    words.remove(0);
                }
                let name = if words.is_empty() { join(mods, head) } else { join(&words, head) };
                Some(self.cast.find_or_add(&name, ActorKind::Group))
            }
            NounClass::Collective => {
                let named = mods.iter().any(|m| m.chars().next().is_some_and(char::is_uppercase));
                if let Some(a) = inner.filter(|_| !named) {
                    return Some(a);
                }
                if definite && !named {
                    let i = self.ante.partition_point(|&(p, _)| p < pos);
                    // "the group" is an armed or political group, "the
                    // administration" a government, "the company" any body.
                    let named_for = |a: usize| self.cast.actors.get(a).is_some_and(|x| x.named_with(head));
                    let company = lex::is_company_noun(head);
                    let fits = |a: usize| {
                        let k = self.kind(a);
                        match head {
                            "group" | "movement" | "militants" | "insurgents" | "rebels" => {
                                matches!(k, ActorKind::Group | ActorKind::Organization)
                            }
                            "administration" | "government" | "ministry" => {
                                k == ActorKind::Government || k == ActorKind::Country
                            }
                            _ if company => k == ActorKind::Organization,
                            // "the court", "the university": one named so.
                            _ => is_body(k) && named_for(a),
                        }
                    };
                    // "Renault said ... The firm said", "France Telecom's
                    // customers rose. The firm said": a body that leads one
                    // of the sentences just before, or spoke there; a name of
                    // no known kind is a company recognition missed (not a
                    // newspaper or a channel: those are not all named so).
                    let media = lex::is_media_noun(head);
                    if company {
                        if let Some((_, a)) = self.recent_prominent(pos, true, |a| (fits(a) || (!media && self.unknown_body(a))) && !self.described.contains(&a)) {
                            return Some(a);
                        }
                    }
                    let found = self.ante[..i].iter().rev().find(|&&(_, a)| fits(a) && !self.described.contains(&a));
                    if let Some(&(_, a)) = found {
                        return Some(a);
                    }
                }
                let kind = match head {
                    "administration" | "government" | "ministry" | "department" | "agency" => ActorKind::Government,
                    "group" | "movement" | "militants" | "insurgents" | "rebels" => ActorKind::Group,
                    _ => ActorKind::Organization,
                };
                Some(self.cast.find_or_add(&join(mods, head), kind))
            }
            NounClass::Role => {
                // "Trump's spokesman" is not Trump, and "a US official" not
                // the United States: only a person inside the phrase is the
                // speaker ("Secretary of State Mike Pompeo").
                if let Some(a) = inner.filter(|&a| self.kind(a) == ActorKind::Person && !mods.iter().any(|m| is_possessive(m))) {
                    return Some(a);
                }
                // "the family's attorney" names a new person, not the one
                // last called attorney.
                let owned = mods.iter().any(|m| is_possessive(m));
                if definite && !owned {
                    let i = self.ante.partition_point(|&(p, _)| p < pos);
                    let titled = self.ante[..i].iter().rev().find(|&&(_, a)| {
                        self.cast.actors.get(a).is_some_and(|x| {
                            x.kind == ActorKind::Person
                                && x.title.as_deref().is_some_and(|t| title_names(t, head))
                        })
                    });
                    if let Some(&(_, a)) = titled {
                        self.alias_role(a, mods, head);
                        return Some(a);
                    }
                    // Else the person just named ("the chancellor" after
                    // Gordon Brown spoke), unless one was described by that
                    // role already ("a law enforcement official ... the
                    // official").
                    let known = self.cast.find(&join(mods, head)).is_some()
                        || self.described.iter().any(|&a| self.cast.actors.get(a).is_some_and(|x| x.name.rsplit(' ').next() == Some(head)));
                    if let Some(a) = self.renamed_person(mods, head, pos).filter(|_| det == "the" && !known) {
                        self.alias_role(a, mods, head);
                        return Some(a);
                    }
                }
                Some(self.cast.find_or_add(&join(mods, head), ActorKind::Person))
            }
        }
    }

    /// The actor for a capitalised name that recognition did not mark
    /// (`opens_phrase`: it opens the sentence, and more of a noun phrase
    /// follows it): an actor known by that name or surname, a near spelling
    /// of a known person's surname, or a new actor.
    pub fn proper(&mut self, name: &str, opens_phrase: bool) -> Option<usize> {
        let low = name.to_lowercase();
        if name.is_empty() || lex::is_closed_class(&low) || lex::is_sentence_opener(&low) {
            return None;
        }
        if let Some(a) = self.cast.find(name) {
            return Some(a);
        }
        // One general word that recognition did not take for a name, opening
        // a longer phrase at the start of the sentence, is the first word of
        // a subject it could not read ("Recent surveys have indicated",
        // "Among the over-65s, 70% said"), not someone ("Cairn said", "Sky
        // has said", "The Times"). A plural may be who speaks ("Locals say").
        let plural = low.len() > 3 && low.ends_with('s') && !low.ends_with("ss");
        if opens_phrase && !name.contains(' ') && !plural && lex::is_plain_common_word(name) {
            return None;
        }
        let last = name.rsplit(' ').next().unwrap_or(name);
        let surname = |n: &str| n.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(last));
        if let Some(a) = self.cast.actors.iter().position(|x| {
            x.kind == ActorKind::Person && (surname(&x.name) || x.aliases.iter().any(|al| surname(al)))
        }) {
            add_alias(self.cast, a, name);
            return Some(a);
        }
        let lastlen = last.chars().count();
        if lastlen >= 5 && !name.contains(' ') {
            let near = self.cast.actors.iter().position(|x| {
                x.kind == ActorKind::Person
                    && x.name.rsplit(' ').next().is_some_and(|w| {
                        let max = if lastlen >= 8 { 2 } else { 1 };
                        w.chars().count() >= 5 && edit_distance(&w.to_lowercase(), &last.to_lowercase()) <= max
                    })
            });
            if let Some(a) = near {
                add_alias(self.cast, a, name);
                return Some(a);
            }
        }
        let kind = if name.contains(' ') { ActorKind::Person } else { ActorKind::Other };
        Some(self.cast.find_or_add(name, kind))
    }
}

/// Whether title `t` is a `head` ("President" for "the president"), not a
/// lesser rank of it ("Vice President", "Deputy Director").
fn title_names(t: &str, head: &str) -> bool {
    let words: Vec<String> = t.to_lowercase().split_whitespace().map(|w| w.trim_matches('.').to_string()).collect();
    words.iter().enumerate().any(|(i, w)| {
        (w == head || lex::title_abbreviates(w, head))
            && !(i > 0 && matches!(words[i - 1].as_str(), "vice" | "deputy" | "assistant" | "under" | "associate" | "former"))
    })
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn join(mods: &[&str], head: &str) -> String {
    let mut s = String::new();
    for m in mods {
        s.push_str(m);
        s.push(' ');
    }
    s.push_str(head);
    s
}

fn add_alias(cast: &mut Cast, a: usize, alias: &str) {
    if let Some(x) = cast.actors.get_mut(a) {
        if !x.name.eq_ignore_ascii_case(alias) && !x.aliases.iter().any(|y| y.eq_ignore_ascii_case(alias)) {
            x.aliases.push(alias.to_string());
        }
    }
}

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = if ca == b[j] { prev } else { 1 + prev.min(cur).min(row[j]) };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::types::{Actor, Mention};

    fn cast() -> Cast {
        let person = |n: &str| Actor { name: n.into(), kind: ActorKind::Person, title: None, aliases: vec![n.into()] };
        let org = |n: &str| Actor { name: n.into(), kind: ActorKind::Organization, title: None, aliases: vec![n.into()] };
        Cast {
            actors: vec![person("Zalmay Khalilzad"), org("Taliban")],
            mentions: vec![
                Mention { actor: 0, sentence: 0, start: 0, end: 9, title: None },
                Mention { actor: 1, sentence: 0, start: 20, end: 27, title: None },
            ],
        }
    }

    #[test]
    fn he_refers_to_the_last_person_and_they_to_the_last_group() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.pronoun(PronounClass::Person, 40), Some(0));
        assert_eq!(r.pronoun(PronounClass::Plural, 40), Some(1));
        assert_eq!(r.pronoun(PronounClass::Person, 0), None);
    }

    #[test]
    fn she_skips_a_man_and_he_skips_a_woman() {
        let mut c = Cast::default();
        for (name, kind) in [("Nancy Pelosi", ActorKind::Person), ("Mr. Ryan", ActorKind::Person)] {
            c.actors.push(Actor { name: name.into(), kind, title: None, aliases: vec![name.into()] });
        }
        c.mentions.push(Mention { actor: 0, sentence: 0, start: 0, end: 12, title: None });
        c.mentions.push(Mention { actor: 1, sentence: 0, start: 20, end: 28, title: None });
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.pronoun(PronounClass::Female, 40), Some(0));
        assert_eq!(r.pronoun(PronounClass::Male, 40), Some(1));
    }

    #[test]
    fn a_misspelled_surname_resolves_to_the_known_person() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.proper("Khalilizad", false), Some(0));
        assert_eq!(r.proper("Khalilzad", false), Some(0));
        assert!(c.actors[0].aliases.iter().any(|a| a == "Khalilizad"));
    }

    #[test]
    fn a_general_word_opening_the_sentence_is_nobody() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.proper("Recent", true), None);
        assert_eq!(r.proper("Among", true), None);
        assert!(r.proper("Recent", false).is_some());
        // A plural may speak: "Critics say".
        assert!(r.proper("Critics", true).is_some());
        assert_eq!(r.proper("Taliban", true), Some(1));
    }

    #[test]
    fn the_report_refers_back_to_the_report_already_described() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        let first = r.description(NounClass::Document, "a", &["new", "United", "Nations"], "report", None, 50);
        let again = r.description(NounClass::Document, "the", &["UN"], "report", None, 90);
        assert_eq!(first, again);
        let a = &c.actors[first.unwrap_or(0)];
        assert_eq!(a.name, "United Nations report");
        assert_eq!(a.kind, ActorKind::Document);
        assert!(a.aliases.iter().any(|x| x == "UN report"));
    }

    #[test]
    fn group_names_drop_quantifiers_unless_the_head_would_stand_alone() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        let a = r.description(NounClass::People, "", &["several", "defense"], "officials", None, 50);
        let b = r.description(NounClass::People, "", &["some"], "countries", None, 60);
        assert_eq!(c.actors[a.unwrap_or(0)].name, "defense officials");
        assert_eq!(c.actors[b.unwrap_or(0)].name, "some countries");
    }

    #[test]
    fn the_group_refers_back_to_the_last_named_organisation() {
        let mut c = cast();
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.description(NounClass::Collective, "the", &["insurgent"], "group", None, 60), Some(1));
    }

    #[test]
    fn the_court_refers_back_only_to_a_body_named_so() {
        let mut c = cast();
        c.actors.push(Actor { name: "Supreme Court".into(), kind: ActorKind::Organization, title: None, aliases: vec![] });
        c.mentions.push(Mention { actor: 2, sentence: 0, start: 30, end: 43, title: None });
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.description(NounClass::Collective, "the", &[], "court", None, 60), Some(2));
        let school = r.description(NounClass::Collective, "the", &[], "school", None, 60);
        assert_ne!(school, Some(1));
        assert_eq!(c.actors[school.unwrap_or(0)].name, "school");
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("khalilzad", "khalilizad"), 1);
        assert_eq!(edit_distance("abc", "abc"), 0);
    }

    fn joined_cast(body: &str, names: &[(&str, ActorKind)]) -> Cast {
        let mut c = Cast::default();
        for (i, (n, k)) in names.iter().enumerate() {
            c.actors.push(Actor { name: n.to_string(), kind: *k, title: None, aliases: vec![n.to_string()] });
            let start = body.find(n).unwrap_or(0);
            c.mentions.push(Mention { actor: i, sentence: 0, start, end: start + n.len(), title: None });
        }
        c
    }

    #[test]
    fn they_after_names_joined_by_and_is_a_group_of_them() {
        let body = "Taliban fought. Tom Reed, Ann Lee and Bo Cole met. They said";
        let mut c = joined_cast(body, &[("Taliban", ActorKind::Organization), ("Tom Reed", ActorKind::Person), ("Ann Lee", ActorKind::Person), ("Bo Cole", ActorKind::Person)]);
        let mut r = Resolver::new(&mut c, |_| false);
        r.note_joined(body);
        let they = r.pronoun(PronounClass::Plural, body.len() - 4);
        let a = &c.actors[they.unwrap_or(0)];
        assert_eq!((a.name.as_str(), a.kind), ("Tom Reed, Ann Lee and Bo Cole", ActorKind::Group));
    }

    #[test]
    fn they_is_a_body_named_after_the_joined_names() {
        let body = "Tom Reed and Ann Lee met. The Taliban fought. They said";
        let mut c = joined_cast(body, &[("Tom Reed", ActorKind::Person), ("Ann Lee", ActorKind::Person), ("Taliban", ActorKind::Organization)]);
        let mut r = Resolver::new(&mut c, |_| false);
        r.note_joined(body);
        assert_eq!(r.pronoun(PronounClass::Plural, body.len() - 4), Some(2));
    }

    #[test]
    fn names_joined_inside_a_quote_are_no_antecedent() {
        let body = "Taliban fought. “Tom Reed and Ann Lee met.” They said";
        let mut c = joined_cast(body, &[("Taliban", ActorKind::Organization), ("Tom Reed", ActorKind::Person), ("Ann Lee", ActorKind::Person)]);
        let mut r = Resolver::new(&mut c, |p| (18..44).contains(&p));
        r.note_joined(body);
        assert_eq!(r.pronoun(PronounClass::Plural, body.len() - 4), Some(0));
    }

    /// A cast of `names` with one mention per occurrence, a resolver over
    /// it with the sentences of `body` noted.
    fn noted<'c>(body: &'c str, cast: &'c mut Cast, names: &[(&str, ActorKind)]) -> Resolver<'c> {
        let sentences = crate::extract::segment::segment(body);
        for (i, (n, k)) in names.iter().enumerate() {
            cast.actors.push(Actor { name: n.to_string(), kind: *k, title: None, aliases: vec![n.to_string()] });
            for (start, _) in body.match_indices(n) {
                let sentence = crate::extract::segment::sentence_at(&sentences, start).unwrap_or(0);
                cast.mentions.push(Mention { actor: i, sentence, start, end: start + n.len(), title: None });
            }
        }
        cast.mentions.sort_by_key(|m| m.start);
        let mut r = Resolver::new(cast, |_| false);
        r.note_subjects(body, &sentences);
        r
    }

    fn leads_of(body: &str, names: &[(&str, ActorKind)]) -> Vec<String> {
        let mut c = Cast::default();
        let r = noted(body, &mut c, names);
        r.leads.iter().map(|&(p, how)| format!("{} {how:?}", body[p..].split(['\'', ',', ' ']).next().unwrap_or(""))).collect()
    }

    #[test]
    fn a_sentence_is_led_by_its_first_name_unless_an_object_or_after_a_pronoun() {
        let p = ActorKind::Person;
        assert_eq!(leads_of("Gardener, Campbell and Lewis have all won.", &[("Gardener", p), ("Campbell", p), ("Lewis", p)]), ["Gardener Main"]);
        assert!(leads_of("Within hours of Trump's tirade, he spoke.", &[("Trump", p)]).is_empty());
        assert!(leads_of("He said Athena fought Horner.", &[("Athena", p), ("Horner", p)]).is_empty());
        // After an opening phrase or clause: the name after its comma.
        assert_eq!(leads_of("At the age of 45, Rose is playing again.", &[("Rose", p)]), ["Rose Main"]);
        assert_eq!(leads_of("As soon as Carr came out, Colbert talked.", &[("Carr", p), ("Colbert", p)]), ["Carr Main", "Colbert Main"]);
        // A possessive leads for "he" and "she" only, unless a name is set beside what it owns.
        assert_eq!(leads_of("Lipps' extradition was terrifying.", &[("Lipps", p)]), ["Lipps Owner"]);
        assert_eq!(leads_of("Kordia's cousin, Hamzah Abushaban, welcomed it.", &[("Kordia", p), ("Hamzah Abushaban", p)]), ["Hamzah Main"]);
        // A clause opened by a conjunction.
        assert_eq!(leads_of("It matters because Trump was asked.", &[("Trump", p)]), ["Trump Clause"]);
    }

    #[test]
    fn it_skips_a_possessive_and_a_compound_adjective_of_no_known_kind() {
        let o = ActorKind::Other;
        let body = "Keane's album was praised. It said more.";
        let mut c = Cast::default();
        let mut r = noted(body, &mut c, &[("Keane", o)]);
        assert_eq!(r.pronoun(PronounClass::Thing, body.len() - 13), None);
        let body = "Paris-based analysts agreed. It said more.";
        let mut c = Cast::default();
        let mut r = noted(body, &mut c, &[("Paris-based", o)]);
        assert_eq!(r.pronoun(PronounClass::Thing, body.len() - 13), None);
        let body = "Qantas fell. It said more.";
        let mut c = Cast::default();
        let mut r = noted(body, &mut c, &[("Qantas", o)]);
        assert_eq!(r.pronoun(PronounClass::Thing, body.len() - 13), Some(0));
    }

    #[test]
    fn a_one_word_alias_is_a_surname_not_a_given_name() {
        let mut c = Cast::default();
        c.actors.push(Actor { name: "Sahr Ali".into(), kind: ActorKind::Person, title: None, aliases: vec!["Sahr Ali".into(), "Ali".into()] });
        c.mentions.push(Mention { actor: 0, sentence: 0, start: 0, end: 3, title: None });
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.pronoun(PronounClass::Female, 40), Some(0));
        // A one-word name is a given name ("Molly").
        let mut c = Cast::default();
        c.actors.push(Actor { name: "Molly".into(), kind: ActorKind::Person, title: None, aliases: vec!["Molly".into()] });
        c.mentions.push(Mention { actor: 0, sentence: 0, start: 0, end: 5, title: None });
        let mut r = Resolver::new(&mut c, |_| false);
        assert_eq!(r.pronoun(PronounClass::Male, 40), None);
    }
}
