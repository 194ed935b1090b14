//! Resolution within one article: groups the candidates into one actor per
//! entity (surname to full name, acronym to expansion, spelling variants,
//! guarded misspellings) and picks each actor's canonical name.

use super::lex::{fold_into, fold_key, FastMap, Lex};
use super::spans::{Cand, Source};
use crate::extract::types::{Actor, ActorKind, Cast, Mention};

/// An actor being built.
#[derive(Debug, Default)]
struct Cluster {
    lexicon: Option<usize>,
    kind: Option<ActorKind>,
    sure: bool,
    /// Candidate indexes, in text order.
    members: Vec<usize>,
}

/// A generational suffix ending a name ("Jr", "Sr.", "III").
fn is_generation(w: &str) -> bool {
    matches!(w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// The generational suffix of a name, without its period ("Jr" for "Donald
/// Trump Jr."), if it has one.
fn generation(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let last = words.next_back()?;
    (words.next().is_some() && is_generation(last)).then(|| last.trim_end_matches('.'))
}

/// Name words of a person: (given names, surname words).
fn split_person(name: &str) -> (Vec<&str>, Vec<&str>) {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| is_generation(w)) {
        words.pop();
    }
    let Some(last) = words.len().checked_sub(1) else { return (Vec::new(), Vec::new()) };
    let mut s = last;
    while s > 0 && (words[s - 1].chars().next().is_some_and(char::is_lowercase) || super::spans::is_name_particle(words[s - 1])) {
        s -= 1;
    }
    // Given names: capitalised words before the surname (particles dropped).
    let given = words[..s].iter().copied().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    (given, words[s..].to_vec())
}

#[cfg(test)]
fn surname_key(name: &str) -> String {
    split_person(name).1.iter().map(|w| fold_key(w)).collect()
}

/// Optimal string alignment distance (edits and adjacent transpositions).
pub fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// Edits allowed between two spellings of a name word of this length.
fn tolerance(len: usize) -> usize {
    match len {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    }
}

fn close(a: &str, b: &str, min_len: usize) -> bool {
    close_keys(&fold_key(a), &fold_key(b), min_len)
}

/// Folded keys within the edits allowed for their length (same first letter).
fn close_keys(a: &str, b: &str, min_len: usize) -> bool {
    if a == b {
        return true;
    }
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let len = a.chars().count().min(b.chars().count());
    if len < min_len {
        return false;
    }
    let longer = a.chars().count().max(b.chars().count());
    longer - len <= 2 && osa_distance(a, b) <= tolerance(len).max(1)
}

/// Two multi-word person names that name the same person: same surname and
/// compatible first given names ("Hazma bin Laden" = "Hamza Usama Muhammad
/// bin Laden", not "Osama bin Laden"), or same first name and a surname one
/// slip away ("Zalmay Khalilizad").
fn same_person(a: &str, b: &str) -> bool {
    // "Donald Trump Jr" is not "Donald Trump": father and son.
    if generation(a) != generation(b) {
        return false;
    }
    let (ga, sa) = split_person(a);
    let (gb, sb) = split_person(b);
    let ska: String = sa.iter().map(|w| fold_key(w)).collect();
    let skb: String = sb.iter().map(|w| fold_key(w)).collect();
    let given_ok = match (ga.first(), gb.first()) {
        (None, _) | (_, None) => true,
        (Some(x), Some(y)) => {
            let (x, y) = (x.trim_end_matches('.'), y.trim_end_matches('.'));
            if x.chars().count() == 1 || y.chars().count() == 1 {
                x.chars().next() == y.chars().next()
            } else {
                close(x, y, 4)
            }
        }
    };
    if ska == skb {
        return given_ok;
    }
    let same_given = matches!((ga.first(), gb.first()), (Some(x), Some(y)) if fold_key(x) == fold_key(y));
    same_given && ska.chars().count() >= 6 && osa_distance(&ska, &skb) <= tolerance(ska.chars().count())
}

/// Initials of a multi-word name's capitalised words ("United Nations" -> "UN").
fn initials(name: &str) -> String {
    if name.split_whitespace().nth(1).is_none() {
        return String::new();
    }
    name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}

fn is_person(c: &Cluster) -> bool {
    c.kind == Some(ActorKind::Person)
}

/// What resolution needs of a candidate, computed once.
struct Info {
    key: String,
    /// Capitalised words.
    words: usize,
    surname: String,
    /// Given and middle names, folded.
    given: Vec<String>,
    /// A one-word surname as written, for guarded misspellings.
    lone_surname: Option<String>,
    /// [`initials`] of the name.
    initials: String,
}

impl Info {
    /// What [`same_person`] needs of two names before it compares them:
    /// the same surname or the same first given name (folded).
    fn may_be_same_person(&self, other: &Info) -> bool {
        self.surname == other.surname || self.given.first().is_some_and(|g| other.given.first() == Some(g))
    }
}

fn info(c: &Cand) -> Info {
    let words = c.surface.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let (given, sur) = split_person(&c.surface);
    let mut surname = String::new();
    sur.iter().for_each(|w| fold_into(w, &mut surname));
    Info {
        key: fold_key(&c.surface),
        words,
        lone_surname: (!given.is_empty() && sur.len() == 1).then(|| surname.clone()),
        surname,
        given: given.iter().map(|g| fold_key(g)).collect(),
        initials: initials(&c.surface),
    }
}

/// The clusters whose members could take a name, by the parts of their
/// members' names, so that resolving one name looks at a few clusters
/// instead of every member of every cluster (a long article has hundreds of
/// mentions). Each list holds cluster ids in increasing order, once each;
/// whether a cluster still fits (its kind may change) is checked when asked.
#[derive(Default)]
struct Parts<'a> {
    /// By the surname of members of two or more capitalised words.
    surname: FastMap<&'a str, Vec<usize>>,
    /// By the first given name of members of two or more capitalised words.
    first_given: FastMap<&'a str, Vec<usize>>,
    /// By every given name of members of two or more capitalised words.
    given: FastMap<&'a str, Vec<usize>>,
    /// By the initials of multi-word members.
    initials: FastMap<&'a str, Vec<usize>>,
    /// (cluster, one-word surname of a member), each pair once.
    lone_surnames: Vec<(usize, &'a str)>,
}

impl<'a> Parts<'a> {
    /// Candidate `m` joined cluster `cl`.
    fn add(&mut self, infos: &[&'a Info], cl: usize, m: usize) {
        fn put<'a>(map: &mut FastMap<&'a str, Vec<usize>>, key: &'a str, cl: usize) {
            let list = map.entry(key).or_default();
            if let Err(at) = list.binary_search(&cl) {
                list.insert(at, cl);
            }
        }
        let info = infos[m];
        if info.words >= 2 {
            put(&mut self.surname, &info.surname, cl);
            if let Some(g) = info.given.first() {
                put(&mut self.first_given, g, cl);
            }
            for g in &info.given {
                put(&mut self.given, g, cl);
            }
        }
        if !info.initials.is_empty() {
            put(&mut self.initials, &info.initials, cl);
        }
        if let Some(s) = info.lone_surname.as_deref() {
            if !self.lone_surnames.contains(&(cl, s)) {
                self.lone_surnames.push((cl, s));
            }
        }
    }
}

/// A closure that adds candidates to clusters and to their [`Parts`], typed so
/// that the parts it fills may borrow from the candidates' infos.
fn joiner<'a, X, R>(
    f: impl Fn(&mut Vec<Cluster>, &mut Vec<Option<usize>>, &mut Parts<'a>, usize, X) -> R,
) -> impl Fn(&mut Vec<Cluster>, &mut Vec<Option<usize>>, &mut Parts<'a>, usize, X) -> R {
    f
}

/// The clusters listed under `key`.
fn listed<'m>(map: &'m FastMap<&str, Vec<usize>>, key: &str) -> &'m [usize] {
    map.get(key).map_or(&[], Vec::as_slice)
}

/// The union of two increasing lists, increasing.
fn union(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut all: Vec<usize> = a.iter().chain(b).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// `works` holds the folded keys of titles of works in the article: a name
/// spelled so is no actor ("Sideways" after "the comedy Sideways").
pub fn resolve(lex: &Lex, cands: &[Cand], works: &[String]) -> Cast {
    // Mentions repeat their names ("Trump", "Trump"): each name's info is computed once.
    let mut seen: FastMap<&str, usize> = FastMap::default();
    let mut uniq: Vec<Info> = Vec::new();
    let ix: Vec<usize> = cands
        .iter()
        .map(|c| {
            *seen.entry(c.surface.as_str()).or_insert_with(|| {
                uniq.push(info(c));
                uniq.len() - 1
            })
        })
        .collect();
    let infos: Vec<&Info> = ix.iter().map(|&k| &uniq[k]).collect();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut of: Vec<Option<usize>> = vec![None; cands.len()];
    // Clusters by a name's folded key, by lexicon entity, by institution key.
    let mut by_key: FastMap<String, usize> = FastMap::default();
    let mut by_entity: FastMap<usize, usize> = FastMap::default();
    let mut by_institution: FastMap<&str, usize> = FastMap::default();
    let mut parts = Parts::default();
    let join = joiner(|clusters: &mut Vec<Cluster>, of: &mut Vec<Option<usize>>, parts: &mut Parts, cl: usize, i: usize| {
        let c = &mut clusters[cl];
        c.members.push(i);
        if !c.sure && cands[i].sure {
            c.kind = Some(cands[i].kind);
            c.sure = true;
        }
        of[i] = Some(cl);
        parts.add(&infos, cl, i);
    });
    let new_cluster = joiner(|clusters: &mut Vec<Cluster>, of: &mut Vec<Option<usize>>, parts: &mut Parts, i: usize, lexicon: Option<usize>| {
        clusters.push(Cluster { lexicon, kind: Some(cands[i].kind), sure: cands[i].sure, members: vec![i] });
        of[i] = Some(clusters.len() - 1);
        parts.add(&infos, clusters.len() - 1, i);
        clusters.len() - 1
    });

    // 1. Lexicon names, institutions and multi-word names, fullest first.
    let words = |i: usize| infos[i].words;
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(words(i)));
    let work = |i: usize| !works.is_empty() && matches!(cands[i].source, Source::Name | Source::AcronymOf(_)) && works.contains(&infos[i].key);
    for &i in order.iter().filter(|&&i| !work(i)) {
        let c = &cands[i];
        match &c.source {
            Source::Lexicon(e) => match by_entity.get(e) {
                Some(&cl) => join(&mut clusters, &mut of, &mut parts, cl, i),
                None => {
                    let cl = new_cluster(&mut clusters, &mut of, &mut parts, i, Some(*e));
                    by_entity.insert(*e, cl);
                }
            },
            Source::Institution(key) => match by_institution.get(key.as_str()) {
                Some(&cl) => join(&mut clusters, &mut of, &mut parts, cl, i),
                None => {
                    let cl = new_cluster(&mut clusters, &mut of, &mut parts, i, None);
                    by_institution.insert(key, cl);
                }
            },
            Source::Name if words(i) >= 2 => {
                let key = infos[i].key.clone();
                if let Some(&cl) = by_key.get(&key) {
                    join(&mut clusters, &mut of, &mut parts, cl, i);
                    continue;
                }
                // An unsure name ("De Marigny") may be a form of a person named earlier.
                if c.kind == ActorKind::Person || (c.kind == ActorKind::Other && !c.sure) {
                    // Only clusters with the same surname or first given name can hold one.
                    let first_given = infos[i].given.first().map_or(&[][..], |g| listed(&parts.first_given, g));
                    let hit = union(listed(&parts.surname, &infos[i].surname), first_given).into_iter().find(|&cl| {
                        let cl = &clusters[cl];
                        is_person(cl)
                            && cl.lexicon.is_none()
                            && cl.members.iter().any(|&m| {
                                words(m) >= 2
                                    && infos[m].surname.len().abs_diff(infos[i].surname.len()) <= 2
                                    && infos[m].may_be_same_person(&infos[i])
                                    && same_person(&cands[m].surface, &c.surface)
                            })
                    });
                    if let Some(cl) = hit {
                        join(&mut clusters, &mut of, &mut parts, cl, i);
                        by_key.insert(key, cl);
                        continue;
                    }
                }
                let cl = new_cluster(&mut clusters, &mut of, &mut parts, i, None);
                by_key.insert(key, cl);
            }
            _ => {}
        }
    }

    // 2. Single names: acronyms, surnames, guarded misspellings.
    let mut singles: Vec<usize> = (0..cands.len()).filter(|&i| of[i].is_none() && matches!(cands[i].source, Source::Name | Source::AcronymOf(_)) && !work(i)).collect();
    // Strong evidence first; "Osbourne himself" last, once every other mention is placed.
    singles.sort_by_key(|&i| (cands[i].reflexive.is_some(), cands[i].weak_initial || cands[i].common));
    for i in singles {
        let c = &cands[i];
        if let Source::AcronymOf(n) = c.source {
            if let Some(cl) = of[n] {
                join(&mut clusters, &mut of, &mut parts, cl, i);
                by_key.insert(fold_key(&c.surface), cl);
                continue;
            }
        }
        let key = infos[i].key.clone();
        if let Some(&cl) = by_key.get(&key) {
            join(&mut clusters, &mut of, &mut parts, cl, i);
            continue;
        }
        // A surname (or "bin Laden") of a person named in full: the nearest such person.
        let persons: Vec<usize> = listed(&parts.surname, &key)
            .iter()
            .copied()
            .filter(|&cl| {
                let c = &clusters[cl];
                // A multi-word name of unknown kind whose last word stands alone is a person.
                let maybe_person = c.kind == Some(ActorKind::Other) && !c.sure && c.lexicon.is_none();
                (is_person(c) || maybe_person) && c.members.iter().any(|&m| (2..=3).contains(&words(m)) && infos[m].surname == key)
            })
            .collect();
        // A bare surname is the plain name's, not its "Jr" ("Trump" with "Donald Trump"
        // and "Donald Trump Jr" both in the article): a generation says the other one.
        let plain: Vec<usize> = persons.iter().copied().filter(|&cl| !clusters[cl].members.iter().any(|&m| generation(&cands[m].surface).is_some())).collect();
        let persons = if plain.is_empty() { persons } else { plain };
        let nearest = |cls: &[usize]| -> Option<usize> {
            cls.iter().copied().min_by_key(|&cl| {
                clusters[cl].members.iter().map(|&m| (cands[m].start as i64 - c.start as i64).unsigned_abs() + if cands[m].start > c.start { 1 << 40 } else { 0 }).min().unwrap_or(u64::MAX)
            })
        };
        // "Osbourne himself": the person of that name and sex mentioned last before it.
        let reflexive = c.reflexive.and_then(|g| {
            persons
                .iter()
                .copied()
                .filter(|&cl| cluster_gender(lex, cands, &clusters[cl]).is_none_or(|x| x == g))
                .filter_map(|cl| clusters[cl].members.iter().map(|&m| cands[m].start).filter(|&s| s < c.start).max().map(|s| (s, cl)))
                .max()
                .map(|(_, cl)| cl)
        });
        if let Some(cl) = reflexive.or_else(|| nearest(&persons)) {
            join(&mut clusters, &mut of, &mut parts, cl, i);
            if clusters[cl].kind == Some(ActorKind::Other) {
                clusters[cl].kind = Some(ActorKind::Person);
            }
            continue;
        }
        // A given or middle name alone ("Gordon", "Neil" for "William Neil McCasland")
        // for the one person named in full with it.
        // A titled given name ("husband Ozzy") is as much that person.
        if c.kind == ActorKind::Person || (c.kind == ActorKind::Other && !c.sure) {
            let hit: Vec<usize> = listed(&parts.given, &key)
                .iter()
                .copied()
                .filter(|&cl| is_person(&clusters[cl]) && clusters[cl].members.iter().any(|&m| words(m) >= 2 && infos[m].given.contains(&key)))
                .collect();
            if hit.len() == 1 {
                join(&mut clusters, &mut of, &mut parts, hit[0], i);
                continue;
            }
        }
        // An acronym of a multi-word organisation in the article ("UN" for "United Nations").
        if c.surface.chars().all(|ch| ch.is_uppercase() || ch == '.') {
            let letters: String = c.surface.chars().filter(|ch| ch.is_alphabetic()).collect();
            let hit = listed(&parts.initials, &letters).iter().copied().find(|&cl| {
                !is_person(&clusters[cl]) && clusters[cl].members.iter().any(|&m| letters.len() >= 2 && infos[m].initials == letters)
            });
            if let Some(cl) = hit {
                join(&mut clusters, &mut of, &mut parts, cl, i);
                by_key.insert(key, cl);
                continue;
            }
        }
        // A misspelled surname: one unique person within a slip.
        let mut fuzzy: Vec<usize> = parts
            .lone_surnames
            .iter()
            .filter(|&&(cl, s)| is_person(&clusters[cl]) && close_keys(s, &key, 6))
            .map(|&(cl, _)| cl)
            .collect();
        fuzzy.sort_unstable();
        fuzzy.dedup();
        if fuzzy.len() == 1 && c.surface.chars().next().is_some_and(char::is_uppercase) {
            join(&mut clusters, &mut of, &mut parts, fuzzy[0], i);
            continue;
        }
        if c.weak_initial || c.common {
            continue;
        }
        let cl = new_cluster(&mut clusters, &mut of, &mut parts, i, None);
        by_key.insert(key, cl);
    }

    // 3. Documents: one per head noun and compatible modifier.
    let mut docs: Vec<(String, String, usize)> = Vec::new(); // (noun, modifier, cluster)
    for i in 0..cands.len() {
        let Source::Document { noun, modifier } = &cands[i].source else { continue };
        let hit = docs
            .iter()
            .rev()
            .find(|(n, m, _)| n == noun && (m == modifier || m.is_empty() || modifier.is_empty()))
            .map(|d| d.2);
        match hit {
            Some(cl) => {
                join(&mut clusters, &mut of, &mut parts, cl, i);
                if let Some(d) = docs.iter_mut().find(|d| d.2 == cl && d.1.is_empty()) {
                    d.1 = modifier.clone();
                }
            }
            None => {
                let cl = new_cluster(&mut clusters, &mut of, &mut parts, i, None);
                docs.push((noun.clone(), modifier.clone(), cl));
            }
        }
    }

    build(lex, cands, &clusters)
}

/// A person's sex as the first given name or an honorific of any member tells it.
fn cluster_gender(lex: &Lex, cands: &[Cand], c: &Cluster) -> Option<char> {
    c.members.iter().find_map(|&m| {
        let title = cands[m].title.as_deref().and_then(|t| t.split_whitespace().find_map(|w| lex.genders.get(w.trim_end_matches('.')).copied()));
        title.or_else(|| {
            let (given, _) = split_person(&cands[m].surface);
            given.first().and_then(|g| lex.genders.get(g).copied())
        })
    })
}

/// The canonical name of a cluster: the lexicon name; a person's fullest
/// name; a document's fullest phrase; else the most frequent form.
fn canonical(lex: &Lex, cands: &[Cand], c: &Cluster) -> String {
    if let Some(e) = c.lexicon {
        return lex.entities[e].name.to_string();
    }
    let forms: Vec<&str> = c.members.iter().filter(|&&m| cands[m].sentence.is_some() || true).map(|&m| cands[m].surface.as_str()).collect();
    // Each form's count and first position, counted once (clusters of a long
    // article have hundreds of members).
    let mut seen: FastMap<&str, (usize, usize)> = FastMap::default();
    for (k, &f) in forms.iter().enumerate() {
        seen.entry(f).or_insert((0, k)).0 += 1;
    }
    // Each distinct form once: its first position makes every key distinct,
    // so the best form does not depend on the order they are visited in.
    let best = match c.kind {
        Some(ActorKind::Person) | Some(ActorKind::Document) => seen
            .iter()
            .max_by_key(|&(f, &(count, first_pos))| (f.split_whitespace().count(), count, std::cmp::Reverse(first_pos)))
            .map(|(f, _)| *f),
        _ => seen
            .iter()
            .filter(|(f, _)| f.split_whitespace().count() > 1 || !f.chars().all(|ch| ch.is_uppercase() || ch == '.') )
            .max_by_key(|&(f, &(count, first_pos))| (count, f.split_whitespace().count(), std::cmp::Reverse(first_pos)))
            .map(|(f, _)| *f)
            .or_else(|| forms.first().copied()),
    };
    best.unwrap_or("").to_string()
}

fn build(lex: &Lex, cands: &[Cand], clusters: &[Cluster]) -> Cast {
    let mut cast = Cast::default();
    let mut index = vec![usize::MAX; clusters.len()];
    // Actors in order of first occurrence.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    // Each key scans a cluster's members: computed once per cluster.
    order.sort_by_cached_key(|&ci| {
        let first = clusters[ci].members.iter().map(|&m| (cands[m].sentence.unwrap_or(usize::MAX), cands[m].start, m)).min();
        first.unwrap_or((usize::MAX, usize::MAX, usize::MAX))
    });
    for ci in order {
        let c = &clusters[ci];
        if c.members.is_empty() {
            continue;
        }
        let name = canonical(lex, cands, c);
        if name.is_empty() {
            continue;
        }
        let kind = match c.lexicon {
            Some(e) => lex.entities[e].kind,
            None => c.kind.unwrap_or(ActorKind::Other),
        };
        let mut aliases = vec![name.clone()];
        for &m in &c.members {
            let s = &cands[m].surface;
            if !aliases.contains(s) {
                aliases.push(s.clone());
            }
        }
        if kind == ActorKind::Document {
            for a in aliases.clone() {
                aliases.push(format!("the {a}"));
            }
        }
        let title = c.members.iter().find_map(|&m| cands[m].title.clone());
        index[ci] = cast.actors.len();
        cast.actors.push(Actor { name, kind, title, aliases });
    }
    let mut of = vec![usize::MAX; cands.len()];
    for (ci, cl) in clusters.iter().enumerate() {
        for &m in &cl.members {
            of[m] = ci;
        }
    }
    for (i, c) in cands.iter().enumerate() {
        let Some(sentence) = c.sentence else { continue };
        let ci = of[i];
        if ci == usize::MAX {
            continue;
        }
        if index[ci] == usize::MAX {
            continue;
        }
        cast.mentions.push(Mention { actor: index[ci], sentence, start: c.start, end: c.end, title: c.title.clone() });
    }
    cast.mentions.sort_by_key(|m| (m.start, m.end));
    cast
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transposed_given_name_with_same_surname_is_same_person() {
        assert!(same_person("Hazma bin Laden", "Hamza Usama Muhammad bin Laden"));
        assert!(!same_person("Osama bin Laden", "Hamza Usama Muhammad bin Laden"));
    }

    #[test]
    fn surname_slip_with_same_given_name_is_same_person() {
        assert!(same_person("Zalmay Khalilizad", "Zalmay Khalilzad"));
        assert!(!same_person("John Smith", "John Smyth"));
    }

    #[test]
    fn surname_keeps_particles() {
        assert_eq!(surname_key("Hamza Usama Muhammad bin Laden"), "binladen");
        assert_eq!(split_person("Martin Luther King Jr.").1, ["King"]);
    }

    #[test]
    fn generational_suffix_makes_another_person() {
        assert!(!same_person("Donald Trump Jr", "Donald Trump"));
        assert!(!same_person("Trump Jr.", "Donald Trump"));
        assert!(same_person("Trump Jr", "Donald Trump Jr."));
        assert_eq!(generation("Martin Luther King Jr."), Some("Jr"));
        assert_eq!(generation("Jr"), None);
    }

    #[test]
    fn osa_counts_a_transposition_as_one_edit() {
        assert_eq!(osa_distance("hazma", "hamza"), 1);
        assert_eq!(osa_distance("khalilizad", "khalilzad"), 1);
    }

    #[test]
    fn initials_of_capitalised_words() {
        assert_eq!(initials("United Nations"), "UN");
        assert_eq!(initials("Bank of England"), "BE");
        assert_eq!(initials("NATO"), "");
    }
}
