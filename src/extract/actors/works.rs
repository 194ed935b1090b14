//! Titles of works (films, games, songs, books, shows): found by the words
//! around them and kept out of the actors. A title once found is no actor
//! anywhere in the article ("the comedy Sideways" ... "Sideways won").
//!
//! Cues, each in `data/actor_context.tsv`:
//! - a noun of a work just before: "the film Million Dollar Baby", "biopic Ray";
//! - a plural one before "like", "such as" or "including": "games like Halo 2";
//! - a word of acting before "in": "starred in Collateral", "her role as
//!   Katharine Hepburn in The Aviator";
//! - "starring" just after: "The Aviator, starring Leonardo DiCaprio";
//! - quotation marks around title-case words that do not name a person or a
//!   body: "“Full Metal Jacket”" (left out only where it stands).
//!
//! After the first three cues a list goes on: "starred in Collateral and Ray".

use super::lex::fold_key;
use crate::extract::types::ActorKind;
use super::spans::Scan;
use super::tokens::Tok;

fn open_quote(t: &Tok) -> bool {
    !t.word && matches!(t.text, "“" | "\"" | "‘")
}

fn close_quote(t: &Tok) -> bool {
    !t.word && matches!(t.text, "”" | "\"" | "’")
}

impl Scan<'_, '_> {
    /// Marks the titles of works in the sentence as used, and records each
    /// one's keys (with and without a leading "The") in `works`.
    pub fn works_pass(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !self.title_word(i) || !self.toks[i].cap {
                i += 1;
                continue;
            }
            if let Some(e) = self.quoted(i) {
                // “The Late Show with Stephen Colbert”: the host is a person still.
                let host = (i + 1..e).find(|&k| self.toks[k].text == "with" && (1..=2).contains(&(e - k - 1)) && self.name_shaped(k + 1, e));
                let end = host.map_or(e, |k| k - 1);
                // Left out only where it stands: quoted names of places or bodies
                // (“New Orleans”) stand unquoted elsewhere, and quoted titles are
                // quoted again.
                self.mark(i, end, false);
                i = host.map_or(e, |k| k) + 1;
                continue;
            }
            let mut e = self.title_end(i, false);
            // "movie Howl's Moving Castle", "song See It In A Boy's Eyes": the title goes
            // on after a noun of a work, or after one word that is no given name (not
            // "role in Mike Nichols' Closer").
            let one_word = e == i && !self.lex.given.contains(self.toks[i].text);
            if self.toks[e].possessive && (one_word || self.noun_before(i)) && self.toks.get(e + 1).is_some_and(|t| t.word && t.cap && t.space_before) {
                e = self.title_end(i, true);
            }
            let acting = || !self.names_people(i, e) && (self.acting_before(i) || self.starring_after(i, e));
            // "shows like ABC’s “The View”": an owner is no work; "movie NEC is
            // showing": an acronym is a body.
            let acronym = (i..=e).all(|k| self.toks[k].upper);
            if self.toks[e].possessive || acronym || !(self.noun_before(i) || acting()) {
                // A later word may start a title: "DiCaprio in The Aviator".
                i += 1;
                continue;
            }
            self.mark(i, e, true);
            i = self.list_after(e) + 1;
        }
    }

    /// A word that may be part of a title: a word not taken by another name.
    fn title_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.word && !self.used[k])
    }

    /// The last token of the title starting at capitalised token `i`:
    /// capitalised words and numbers ("Halo 2"), with small function words
    /// between them, up to a possessive unless `through_possessive` ("Bridget
    /// Jones’s Diary" in quotation marks).
    fn title_end(&self, i: usize, through_possessive: bool) -> usize {
        let mut e = i;
        loop {
            if self.toks[e].possessive && !through_possessive {
                return e;
            }
            let next = |k: usize| self.title_word(k) && self.toks[k].space_before;
            let part = |k: usize| next(k) && (self.toks[k].cap || self.toks[k].text.starts_with(|c: char| c.is_ascii_digit()));
            let inside = |k: usize| self.toks.get(k).is_some_and(|t| t.space_before && !self.used[k] && (self.lex.context.title_inside.contains(t.text) || t.text == "&"));
            if part(e + 1) {
                e += 1;
            } else if inside(e + 1) && part(e + 2) {
                e += 2;
            } else if inside(e + 1) && inside(e + 2) && part(e + 3) {
                // "Knights of the Old Republic".
                e += 3;
            } else {
                return e;
            }
        }
    }

    /// Tokens i..=e and their title's keys: no actor.
    fn mark(&mut self, i: usize, e: usize, record: bool) {
        for k in i..=e {
            self.used[k] = true;
        }
        // Its acronym in brackets: “Trump Always Chickens Out” (TACO).
        let mut k = e + 1;
        while self.toks.get(k).is_some_and(|t| close_quote(t) || t.text == ",") {
            k += 1;
        }
        let acronym = |x: usize| self.toks.get(x).is_some_and(|t| t.word && t.upper && !self.used[x]);
        if self.toks.get(k).is_some_and(|t| t.text == "(") && acronym(k + 1) && self.toks.get(k + 2).is_some_and(|t| t.text == ")") {
            self.used[k + 1] = true;
        }
        if !record {
            return;
        }
        let (s, end) = (self.toks[i].start, self.toks[e].end);
        let text = self.text.get(s - self.base..end - self.base).unwrap_or("");
        self.works.push(fold_key(text));
        if let Some(rest) = ["The ", "A ", "An "].iter().find_map(|a| text.strip_prefix(a)) {
            self.works.push(fold_key(rest));
        }
    }

    /// Whether tokens i..=e are a person's name: a given name first, two or
    /// three words shaped like a name ("Sophia Hellqvist").
    fn person_named(&self, i: usize, e: usize) -> bool {
        (1..=2).contains(&(e - i)) && self.lex.given.contains(self.toks[i].text) && self.toks[i..=e].iter().all(|t| t.cap && !t.upper && !t.possessive)
    }

    /// Two or three words shaped like a name, the first no English word
    /// (“Olaolukitan Adonabel”; not “Happy Gilmore”).
    fn odd_name(&self, i: usize, e: usize) -> bool {
        (1..=2).contains(&(e - i)) && self.name_shaped(i, e) && !self.lex.is_common(self.toks[i].text) && self.toks[i..e].iter().all(|t| !t.possessive)
    }

    /// Whether tokens i..=e name people rather than a work where an acting cue
    /// stands near: a person's name, one with a possessive ("its role in Quentin
    /// Deranque’s death") or a title ("role in President Donald Trump’s plans").
    fn names_people(&self, i: usize, e: usize) -> bool {
        self.person_named(i, e) || self.toks[e].possessive || (i..=e).any(|k| self.title_at(k, e).is_some())
    }

    /// The title from token `i` when quotation marks enclose it exactly (a
    /// comma or period may close it inside them): its last token.
    fn quoted(&self, i: usize) -> Option<usize> {
        let e = self.title_end(i, true);
        let open = i.checked_sub(1).map(|p| self.toks[p]).filter(|p| open_quote(p) && (p.space_before || i == 1))?;
        let mut c = e + 1;
        if self.toks.get(c).is_some_and(|t| !t.word && matches!(t.text, "," | ".")) {
            c += 1;
        }
        let close = self.toks.get(c).filter(|t| close_quote(t) && !t.space_before)?;
        // The same kind of marks: “…” or "…" or ‘…’.
        let pair = matches!((open.text, close.text), ("“", "”") | ("\"", "\"") | ("‘", "’"));
        (pair && !self.toks[e].possessive && !self.person_named(i, e) && !self.odd_name(i, e) && !self.body_named(i, e)).then_some(e)
    }

    /// Whether tokens i..=e hold a word that heads the name of a body or a
    /// place (“Board of Peace”, “Handala Hack Team”, “Trump Kennedy Center”):
    /// quoted, that is a name, not a work.
    fn body_named(&self, i: usize, e: usize) -> bool {
        self.toks[i..=e].iter().any(|t| self.lex.org_kind(t.text).is_some_and(|k| k != ActorKind::Other))
    }

    /// "the film X", "biopic X", "games like X", "films such as X".
    fn noun_before(&self, i: usize) -> bool {
        let words = &self.lex.context;
        let word = |k: usize| self.toks.get(k).filter(|t| t.word && !t.cap).map(|t| t.text);
        let Some(p) = i.checked_sub(1).and_then(word) else { return false };
        if words.work.contains(p) {
            return true;
        }
        let plural_before = |k: Option<usize>| k.and_then(word).is_some_and(|w| words.works.contains(w));
        match p {
            "like" | "including" => plural_before(i.checked_sub(2)),
            "as" => i.checked_sub(2).and_then(word) == Some("such") && plural_before(i.checked_sub(3)),
            _ => false,
        }
    }

    /// "starred in X", "her role as Katharine Hepburn in X": a word of acting
    /// right before "in", or before "as", a name of one to three words and "in"
    /// (not "movie stars re-recorded We Are the World in Mandarin").
    fn acting_before(&self, i: usize) -> bool {
        if i < 2 || self.toks[i - 1].text != "in" {
            return false;
        }
        let acting = |k: usize| self.toks[k].word && self.lex.context.acting.contains(self.toks[k].text);
        if acting(i - 2) {
            return true;
        }
        // Back over the name played to "as".
        let mut k = i - 2;
        while k > 0 && i - 2 - k < 3 && self.toks[k].word && self.toks[k].cap {
            k -= 1;
        }
        k + 2 < i && k >= 1 && self.toks[k].text == "as" && acting(k - 1)
    }

    /// "X, starring Y" or "X starring Y"; not "directed by A and B, starring Y"
    /// (X after "by", "and", "with" or a comma is one of a list of people).
    fn starring_after(&self, i: usize, e: usize) -> bool {
        // Nor from the middle of a name ("Reijn" of "Halina Reijn, starring").
        if i.checked_sub(1).is_some_and(|p| matches!(self.toks[p].text, "by" | "and" | "with" | ",") || (self.toks[p].word && self.toks[p].cap && !self.toks[p].possessive)) {
            return false;
        }
        let mut k = e + 1;
        if self.toks.get(k).is_some_and(|t| t.text == ",") {
            k += 1;
        }
        // Not "Spike Lee, starring in seven films": that one stars.
        let stars_himself = self.toks.get(k + 1).is_some_and(|t| matches!(t.text, "in" | "as" | "alongside" | "opposite"));
        self.toks.get(k).is_some_and(|t| t.word && t.text == "starring") && !stars_himself
    }

    /// The titles listed after the title ending at `e` ("Collateral and Ray",
    /// "Space Invaders, Pac-Man and Donkey Kong"): marks them, returns the
    /// last token of the list. Commas go on a list only when an "and" ends it.
    fn list_after(&mut self, e: usize) -> usize {
        let mut items = Vec::new();
        let mut k = e + 1;
        let mut closed = false;
        while !closed && items.len() < 6 {
            let sep = |x: usize| self.toks.get(x).map_or("", |t| t.text);
            let start = match (sep(k), sep(k + 1)) {
                (",", "and") => {
                    closed = true;
                    k + 2
                }
                ("and", _) => {
                    closed = true;
                    k + 1
                }
                (",", _) => k + 1,
                _ => break,
            };
            if !(self.title_word(start) && self.toks[start].cap && self.toks[start].space_before) {
                break;
            }
            let end = self.title_end(start, false);
            if self.names_people(start, end) {
                break;
            }
            items.push((start, end));
            k = end + 1;
        }
        if !closed {
            return e;
        }
        let mut last = e;
        for (s, x) in items {
            self.mark(s, x, true);
            last = x;
        }
        last
    }
}
