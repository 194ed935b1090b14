//! Statements: direct quotes and reported speech with their speakers.
//!
//! Per paragraph: find the quotations (`quotes`), find the speech cues outside
//! them (a speech or cognition verb, or "according to") with their subject and
//! the content they govern, then give each quotation the cue that governs it
//! (the clause it sits in, or an attribution right after it), else the speaker
//! of the quotation before it in the paragraph, else the previous paragraph's
//! speaker when the paragraph opens with a quote. A cue whose content holds no
//! quotation of three words or more is an indirect statement.

mod lex;
mod quotes;
mod speaker;

use lex::{NounClass, Verb};
use quotes::Quote;
use speaker::Resolver;

use super::segment;
use super::text::{char_at, is_alnum};
use super::types::{ActorKind, Cast, Sentence, Statement, StatementKind};

/// Finds who said what. May add actors to `cast` (e.g. "the report").
pub fn extract(body: &str, sentences: &[Sentence], cast: &mut Cast) -> Vec<Statement> {
    let paras = paragraphs(sentences);
    let all_quotes: Vec<Vec<Quote>> = paras
        .iter()
        .map(|p| if body.is_char_boundary(p.start) && body.is_char_boundary(p.end) { quotes::find(body, p.start, p.end) } else { Vec::new() })
        .collect();
    // The quotes' spans by opening offset, each with the furthest end of it and
    // those before it: whether an offset is quoted is a binary search (a long
    // article has hundreds of quotes and of mentions).
    let mut spans: Vec<(usize, usize)> = all_quotes.iter().flatten().map(|q| (q.open, q.close.max(q.end))).collect();
    spans.sort_unstable();
    let mut furthest = 0;
    let reach: Vec<usize> = spans
        .iter()
        .map(|s| {
            furthest = furthest.max(s.1);
            furthest
        })
        .collect();
    let quoted = |pos: usize| {
        let k = spans.partition_point(|s| s.0 <= pos);
        k > 0 && reach[k - 1] > pos
    };
    let known = cast.actors.len();
    let mut res = Resolver::new(cast, quoted);
    res.note_subjects(body, sentences);
    res.note_joined(body);
    let mut out = Vec::new();
    let mut last: Option<Carry> = None;
    for (p, qs) in paras.iter().zip(&all_quotes) {
        if !body.is_char_boundary(p.start) || !body.is_char_boundary(p.end) {
            continue;
        }
        let (toks, lows) = tokenize(body, sentences, p, qs);
        let mut para = Para { body, sentences, p, quotes: qs, toks, lows };
        let before = out.len();
        para.run(&mut res, last, &mut out);
        let colon = body[p.start..p.end].ends_with(':');
        // The speaker of the paragraph's last words (direct statements are
        // pushed after indirect ones).
        if let Some(s) = out[before..].iter().filter(|s| s.speaker.is_some()).max_by_key(|s| s.start) {
            last = Some(Carry { speaker: s.speaker });
        } else if out.len() > before || !qs.is_empty() {
            last = None;
        }
        // "Cruz called them on it:" then a quote paragraph.
        if colon {
            let n = para.toks.len();
            let who = para.sentence_subject(p.last, n, &mut res).and_then(|s| s.actor);
            if who.is_some() {
                last = Some(Carry { speaker: who });
            }
        }
    }
    // Two statements from one start are one: keep the longer.
    out.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out.dedup_by(|a, b| a.start == b.start);
    drop(res);
    drop_unused_actors(cast, known, &mut out);
    out
}

/// Removes the actors this stage added (from index `known` on) that no
/// statement ended up citing, e.g. the subject of a verb that turned out to
/// govern no content.
fn drop_unused_actors(cast: &mut Cast, known: usize, out: &mut [Statement]) {
    let used: std::collections::HashSet<usize> = out.iter().filter_map(|s| s.speaker).collect();
    let mut map = vec![None; cast.actors.len()];
    let mut next = known;
    for (i, slot) in map.iter_mut().enumerate() {
        if i < known {
            *slot = Some(i);
        } else if used.contains(&i) {
            *slot = Some(next);
            next += 1;
        }
    }
    let mut i = 0;
    cast.actors.retain(|_| {
        let keep = map[i].is_some();
        i += 1;
        keep
    });
    for s in out.iter_mut() {
        s.speaker = s.speaker.and_then(|a| map.get(a).copied().flatten());
    }
}

#[derive(Debug, Clone, Copy)]
struct Carry {
    speaker: Option<usize>,
}

#[derive(Debug, Clone, Copy)]
struct ParaSpan {
    start: usize,
    end: usize,
    first: usize,
    last: usize,
}

fn paragraphs(sentences: &[Sentence]) -> Vec<ParaSpan> {
    let mut out: Vec<ParaSpan> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        match out.last_mut() {
            Some(p) if sentences[p.first].paragraph == s.paragraph => {
                p.end = p.end.max(s.end);
                p.last = i;
            }
            _ => out.push(ParaSpan { start: s.start, end: s.end, first: i, last: i }),
        }
    }
    out
}

#[derive(Debug, Clone)]
struct Tok {
    s: usize,
    e: usize,
    word: bool,
    sent: usize,
    quoted: bool,
    /// Lower-case form: a span of the paragraph's `lows` buffer (empty for
    /// punctuation).
    ls: u32,
    le: u32,
}

fn tokenize(body: &str, sentences: &[Sentence], p: &ParaSpan, qs: &[Quote]) -> (Vec<Tok>, String) {
    let text = &body[p.start..p.end];
    // About one token per four bytes of news text: few regrowths.
    let mut toks = Vec::with_capacity(text.len() / 4 + 8);
    // The paragraph with its ASCII letters lowered holds an ASCII word's
    // lower-case form at the word's own offsets; other words are lowered
    // char by char and appended after it.
    let mut lows = text.to_ascii_lowercase();
    let mut sent = p.first;
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let from = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        let word = is_alnum(c);
        if word {
            // ASCII letters and digits, the common case, byte by byte.
            while text.as_bytes().get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            while let Some(d) = char_at(text, i) {
                // A joiner is inside a word only when a letter or digit follows.
                let joined = || matches!(d, '-' | '\'' | '’' | '.' | '&') && char_at(text, i + d.len_utf8()).is_some_and(is_alnum);
                if !is_alnum(d) && !joined() {
                    break;
                }
                i += d.len_utf8();
            }
        }
        let (s, e) = (p.start + from, p.start + i);
        while sent < p.last && sentences[sent].end <= s {
            sent += 1;
        }
        let quoted = qs.iter().any(|q| q.open <= s && s < q.close.max(q.end));
        let (ls, le) = if !word {
            (0, 0)
        } else if text[from..i].is_ascii() {
            (from, i)
        } else {
            let ls = lows.len();
            super::lexicon::push_lower(&mut lows, &text[from..i]);
            (ls, lows.len())
        };
        toks.push(Tok { s, e, word, sent, quoted, ls: ls as u32, le: le as u32 });
    }
    (toks, lows)
}

/// Where the content of the last cue of sentence `sent` begins: a later
/// attribution in the sentence covers that content, not the whole sentence.
fn cues_start(cues: &[Cue], sent: usize) -> Option<usize> {
    cues.iter().rev().filter(|x| x.sent == sent).find_map(|x| x.fwd.map(|f| f.0))
}

/// "Adding, " or "Noting: " before a quote that opens a paragraph: the
/// quote continues the previous speaker.
fn participle_lead(b: &str) -> bool {
    let b = b.trim();
    let Some(w) = b.strip_suffix([',', ':']) else { return false };
    w.len() > 4 && w.ends_with("ing") && w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„')
}

/// Whether a cue takes a clause without "that".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zero {
    /// "said the talks were over".
    Any,
    /// Only a clause that shows a subject pronoun or a finite verb.
    Clause,
    /// Never ("to deny asylum").
    Never,
}

/// What names the speaker of a cue.
#[derive(Debug, Clone)]
struct Subject {
    s: usize,
    e: usize,
    actor: Option<usize>,
}

#[derive(Debug, Clone)]
struct Cue {
    sent: usize,
    /// Byte span of the cue phrase ("told reporters").
    cs: usize,
    ce: usize,
    /// Start of the attribution: the subject or the verb, whichever comes first.
    attr: usize,
    subject: Option<Subject>,
    /// Content governed forward (after the verb).
    fwd: Option<(usize, usize)>,
    /// Content before the attribution ("..., he said.").
    back: Option<(usize, usize)>,
    /// An attribution inside the content ("In some places, he said, roads
    /// ..."): `back` then spans the whole sentence and this part is cut
    /// from the statement's text.
    gap: Option<(usize, usize)>,
    /// A verb that takes only a quote ("called it “a sham” on Monday"):
    /// the statement is the quote, not the rest of the clause.
    naming: bool,
}

impl Cue {
    /// The content span (forward or backward) in which quote `q` opens.
    fn content_with(&self, q: &Quote) -> Option<(usize, usize)> {
        [self.fwd, self.back].into_iter().flatten().find(|&(s, e)| s <= q.start && q.open < e)
    }
}

struct Para<'a> {
    body: &'a str,
    sentences: &'a [Sentence],
    p: &'a ParaSpan,
    quotes: &'a [Quote],
    toks: Vec<Tok>,
    lows: String,
}

impl Para<'_> {
    fn text(&self, t: usize) -> &str {
        self.toks.get(t).map_or("", |t| &self.body[t.s..t.e])
    }

    fn low(&self, t: usize) -> &str {
        self.toks.get(t).map_or("", |t| self.lw(t))
    }

    fn lw(&self, t: &Tok) -> &str {
        self.lows.get(t.ls as usize..t.le as usize).unwrap_or("")
    }

    fn punct(&self, t: usize) -> Option<char> {
        self.toks.get(t).filter(|t| !t.word).and_then(|t| self.body[t.s..t.e].chars().next())
    }

    fn sent_end(&self, sent: usize) -> usize {
        self.sentences.get(sent).map_or(self.p.end, |s| s.end)
    }

    fn sent_start(&self, sent: usize) -> usize {
        self.sentences.get(sent).map_or(self.p.start, |s| s.start)
    }

    fn capitalised(&self, t: usize) -> bool {
        self.text(t).chars().next().is_some_and(char::is_uppercase)
    }

    fn first_word_of_sentence(&self, t: usize) -> bool {
        let sent = self.toks[t].sent;
        !(0..t).rev().take_while(|&k| self.toks[k].sent == sent).any(|k| self.toks[k].word)
    }

    fn is_worthy(&self, q: &Quote) -> bool {
        let text = &self.body[q.start..q.end];
        let n = quotes::words_upto(text, 7);
        if n < 3 {
            return false;
        }
        if n > 6 {
            return true;
        }
        // Titles of works and slogans: every long word capitalised, no sentence.
        let long: Vec<&str> = text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
        let title = !long.is_empty()
            && long.iter().all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
            && !text.trim_end().ends_with(['.', '?', '!', ','])
            && !self.toks.iter().any(|t| t.s == q.start && self.first_word_of_sentence_idx(t));
        !title
    }

    fn first_word_of_sentence_idx(&self, t: &Tok) -> bool {
        self.sent_start(t.sent) == t.s
    }

    fn run(&mut self, res: &mut Resolver, carry: Option<Carry>, out: &mut Vec<Statement>) {
        let mut cues = self.find_cues(res);
        self.truncate(&mut cues);
        // Give each worthy quote its cue.
        let is_worthy: Vec<bool> = self.quotes.iter().map(|q| self.is_worthy(q)).collect();
        let worthy: Vec<Quote> = self.quotes.iter().zip(&is_worthy).filter(|&(_, &w)| w).map(|(q, _)| *q).collect();
        let mut owner: Vec<Option<usize>> = worthy.iter().map(|q| self.owner(q, &cues)).collect();
        let mut claimed = vec![false; cues.len()];
        for o in owner.iter().flatten() {
            claimed[*o] = true;
        }
        // Indirect statements: cues whose content holds no worthy quote.
        for (ci, c) in cues.iter().enumerate() {
            if claimed[ci] {
                continue;
            }
            for span in [c.fwd, c.back].into_iter().flatten() {
                if worthy.iter().any(|q| span.0 <= q.start && q.start < span.1) {
                    continue;
                }
                // "called it “brutal” and left": content that opens with a
                // quote too short to be a statement right after the verb or
                // its object is no reported speech ("said that “top secret”
                // files ..." is).
                let at = self.tok_after(span.0);
                let after_word = at > 0 && self.toks[at - 1].word && self.low(at - 1) != "that";
                if after_word && Some(span) == c.fwd && self.quotes.iter().any(|q| q.open == span.0) {
                    continue;
                }
                if let Some((s, e)) = self.trim(span) {
                    if quotes::words_upto(&self.body[s..e], 3) >= 3 {
                        let mut st = self.statement(s, e, StatementKind::Indirect, Some(c), c.subject.as_ref().and_then(|x| x.actor));
                        if let Some((gs, ge)) = c.gap.filter(|&(gs, ge)| s < gs && ge < e) {
                            let head = self.body[s..gs].trim_end();
                            st.text = format!("{head}, {}", &self.body[ge..e]);
                        }
                        out.push(st);
                    }
                }
            }
        }
        // Direct statements.
        let mut speakers: Vec<Option<usize>> = owner.iter().map(|o| o.and_then(|c| cues[c].subject.as_ref().and_then(|s| s.actor))).collect();
        // “It’s fine,” Trump said. “And much ...”: a quote too short to be a
        // statement still names the speaker of the quotes after it.
        let short: Vec<(usize, Option<usize>)> = self
            .quotes
            .iter()
            .zip(&is_worthy)
            .filter(|&(q, &w)| !w && quotes::words_upto(&self.body[q.start..q.end], 1) >= 1)
            .map(|(q, _)| q)
            .filter_map(|q| {
                let c = self.owner(q, &cues)?;
                let after = cues[c].content_with(q).is_none();
                after.then(|| (q.close, cues[c].subject.as_ref().and_then(|s| s.actor)))
            })
            .collect();
        for i in 0..worthy.len() {
            if owner[i].is_some() {
                continue;
            }
            let prev = (0..i).rev().find(|&k| owner[k].is_some() || speakers[k].is_some());
            let lead = short
                .iter()
                .rev()
                .find(|&&(close, _)| close <= worthy[i].open && prev.is_none_or(|k| worthy[k].close <= close))
                .and_then(|&(_, a)| a);
            if lead.is_some() {
                speakers[i] = lead;
                continue;
            }
            // "Osbourne was at a loss to explain it: “...”": a colon in a
            // later sentence than the quote before names a new speaker.
            let sent_of = |pos: usize| segment::sentence_at(self.sentences, pos);
            if prev.is_none_or(|k| sent_of(worthy[k].open) < sent_of(worthy[i].open)) {
                if let Some(a) = self.colon_speaker(&worthy[i], res) {
                    speakers[i] = Some(a);
                    continue;
                }
            }
            let next = (i + 1..worthy.len()).find(|&k| owner[k].is_some());
            let opens_para = worthy[i].open == self.p.start
                || self.body.get(self.p.start..worthy[i].open).is_some_and(|b| b.trim().is_empty() || participle_lead(b));
            // A quote that opens the paragraph and is followed by narration
            // before the next attributed quote goes on from the paragraph
            // before; only an adjacent quote ("“A.” “B,” he said") shares
            // the later cue.
            let narration = |k: usize| self.toks.iter().any(|t| t.word && !t.quoted && t.s >= worthy[i].close && t.e <= worthy[k].open);
            // "“A.” Snow put a brave face on it, saying ... “B.”": a speaker
            // of reported speech between the quote before and this one goes
            // on. Only a cue of its own sentence: not one that owns a quote,
            // sits in a sentence with a quote ("said in a post announcing")
            // or inside another cue's content ("said he was surprised
            // people thought").
            let quote_sent = |sent: usize| worthy.iter().any(|q| q.open < self.sent_end(sent) && q.close.max(q.end) > self.sent_start(sent));
            let nested = |c: &Cue| cues.iter().any(|o| [o.fwd, o.back].into_iter().flatten().any(|(s, e)| s <= c.attr && c.attr < e));
            let between = prev.and_then(|k| {
                cues.iter()
                    .zip(&claimed)
                    .filter(|&(c, &cl)| !cl && c.cs >= worthy[k].close && c.ce <= worthy[i].open && !quote_sent(c.sent) && !nested(c))
                    .filter_map(|(c, _)| c.subject.as_ref().and_then(|x| x.actor))
                    .next_back()
            });
            if let Some(a) = between {
                speakers[i] = Some(a);
            } else if let Some(k) = prev {
                speakers[i] = speakers[k];
            } else if opens_para && carry.is_some() && next.is_none_or(narration) {
                speakers[i] = carry.and_then(|c| c.speaker);
            } else if let Some(k) = next {
                speakers[i] = speakers[k];
            } else if opens_para {
                speakers[i] = carry.and_then(|c| c.speaker);
            } else if let Some(a) = self.colon_speaker(&worthy[i], res) {
                speakers[i] = Some(a);
            } else if let Some(a) = self.previous_sentence_subject(&worthy[i], res) {
                speakers[i] = Some(a);
            } else if let Some(a) = self.clause_person(&worthy[i], res) {
                speakers[i] = Some(a);
            }
            owner[i] = None;
        }
        let mut clause_done = vec![false; cues.len()];
        for (i, q) in worthy.iter().enumerate() {
            let cue = owner[i].map(|c| &cues[c]);
            if cue.is_none() && speakers[i].is_none() && quotes::words_upto(&self.body[q.start..q.end], 4) < 4 {
                continue;
            }
            // A quote inside reported speech: the whole clause, quotes and all,
            // is one direct statement ("said the rebels had “agreed to ...”").
            // Content that opens with the quote and goes on with the narrator
            // ("wrote, “...,” and shared a link") is the quote alone.
            let narrated = |fs: usize, fe: usize| {
                self.body.get(fs..q.open).is_some_and(|b| b.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ':').is_empty())
                    && self.body[q.start..q.end].trim_end().ends_with(',')
                    && self.body.get(q.close..fe).is_some_and(|rest| {
                        // "wrote, “...,” — and shared": over a dash too.
                        let r = rest.trim_start().trim_start_matches(['—', '–', '-']).trim_start();
                        r.starts_with("and ") || r.starts_with("before ") || r.starts_with("then ")
                    })
            };
            let clause = owner[i].filter(|&c| !cues[c].naming).and_then(|c| cues[c].content_with(q).filter(|&(fs, fe)| !narrated(fs, fe)).map(|f| (c, f)));
            if let Some((c, (fs, fe))) = clause {
                if !clause_done[c] {
                    clause_done[c] = true;
                    let end = (0..worthy.len()).filter(|&k| owner[k] == Some(c)).map(|k| worthy[k].end).fold(fe, usize::max);
                    if let Some((s, mut e)) = self.trim((fs, end)) {
                        // Keep the closing mark of a quote that opens inside the clause.
                        let close = self.body[e..].chars().next().filter(|&m| matches!(m, '”' | '"'));
                        if let Some(m) = close.filter(|_| self.body[s..e].contains(['“', '"'])) {
                            e += m.len_utf8();
                        }
                        out.push(self.statement(s, e, StatementKind::Direct, cue, speakers[i]));
                    }
                }
                continue;
            }
            if let Some((s, e)) = self.trim((q.start, q.end)) {
                let mut st = self.statement(s, e, StatementKind::Direct, cue, speakers[i]);
                if cue.is_none() {
                    st.speaker_text = None;
                }
                out.push(st);
            }
        }
    }

    fn statement(&self, s: usize, e: usize, kind: StatementKind, cue: Option<&Cue>, speaker: Option<usize>) -> Statement {
        let sentence = segment::sentence_at(self.sentences, s).unwrap_or(cue.map_or(self.p.first, |c| c.sent));
        Statement {
            sentence,
            start: s,
            end: e,
            kind,
            speaker,
            speaker_text: cue.and_then(|c| c.subject.as_ref()).map(|x| self.body[x.s..x.e].to_string()),
            cue: cue.map(|c| self.body[c.cs..c.ce].to_string()),
            text: self.body[s..e].to_string(),
        }
    }

    /// The span without surrounding spaces, quote marks and trailing commas.
    fn trim(&self, (s, e): (usize, usize)) -> Option<(usize, usize)> {
        if s >= e || !self.body.is_char_boundary(s) || !self.body.is_char_boundary(e) {
            return None;
        }
        let t = &self.body[s..e];
        let lead = t.len() - t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '“' | '"' | '‘' | ',' | ':' | '—' | '–')).len();
        let t2 = t[lead..].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '”' | '"'));
        (!t2.is_empty()).then_some((s + lead, s + lead + t2.len()))
    }

    /// The cue that governs quote `q`: the innermost cue whose content it
    /// opens in, else an attribution right after it.
    fn owner(&self, q: &Quote, cues: &[Cue]) -> Option<usize> {
        let inside = cues
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.content_with(q).map(|f| (i, f.0)))
            .max_by_key(|&(_, s)| s)
            .map(|(i, _)| i);
        if inside.is_some() {
            return inside;
        }
        // An attribution right after the quote: only its subject (with titles
        // and appositives) between the closing mark and the cue. A quote that
        // ends with a full stop has ended its sentence: only a bare name
        // and its verb may follow ("“No.” Smith said."), not a new sentence
        // ("... by 11 March.” Council tax payers are not eligible, officials
        // said.", "... false.” Sullivan said his boss knew.").
        let stop = quote_ends_sentence(&self.body[q.start..q.end]);
        cues.iter().position(|c| {
            c.cs >= q.close
                && self.body.get(q.close..c.attr.min(c.cs)).is_some_and(|gap| {
                    !gap.contains(['!', '?', ';', ':', '“', '”', '"', '(']) && !ends_a_sentence(gap) && quotes::words_upto(gap, 21) <= 20
                })
                && !(stop && (c.fwd.is_some() || self.body.get(q.close..c.cs).is_none_or(|g| g.contains(',') || quotes::words_upto(g, 4) >= 4)))
        })
    }

    /// "Bystrom agreed. “...”": the subject of the sentence before an
    /// unattributed quote in the same paragraph.
    fn previous_sentence_subject(&self, q: &Quote, res: &mut Resolver) -> Option<usize> {
        let qt = self.toks.iter().position(|t| t.s >= q.open)?;
        let sent = self.toks[qt].sent;
        // Only a quote that opens its sentence.
        if sent <= self.p.first || self.toks[..qt].iter().any(|t| t.sent == sent && t.word) {
            return None;
        }
        let limit = self.toks.iter().position(|t| t.sent >= sent)?;
        if self.toks[..limit].iter().any(|t| t.sent == sent - 1 && t.quoted) {
            return None;
        }
        self.sentence_subject(sent - 1, limit, res).and_then(|s| s.actor)
    }

    /// "Argo echoed the mayor, expressing concerns about “a rush ...”": a
    /// quote inside a sentence with no verb of saying is most often the
    /// words of the person the sentence is about, when it names one first.
    fn clause_person(&self, q: &Quote, res: &mut Resolver) -> Option<usize> {
        let qt = self.toks.iter().position(|t| t.s >= q.open)?;
        let sent = self.toks[qt].sent;
        let first = self.toks.iter().position(|t| t.sent == sent && t.word && !t.quoted)?;
        if first >= qt {
            return None;
        }
        let (_, _, a) = res.mention_over(self.toks[first].s, self.toks[first].e).or_else(|| {
            // "Commissioner Jane Doe": a title before the name.
            let n = self.toks.get(first + 1).filter(|t| t.word && t.sent == sent)?;
            res.mention_over(n.s, n.e)
        })?;
        (res.cast.actors.get(a)?.kind == ActorKind::Person).then_some(a)
    }

    /// "Trump: ‘...’" in a headline: the name before a colon that opens the quote.
    fn colon_speaker(&self, q: &Quote, res: &mut Resolver) -> Option<usize> {
        let before = self.body.get(self.p.start..q.open)?.trim_end();
        if !before.ends_with(':') {
            return None;
        }
        let colon = self.toks.iter().rposition(|t| !t.word && t.s < q.open && self.body[t.s..t.e].starts_with(':'))?;
        self.subject_before(colon, res).and_then(|s| s.actor)
    }

    fn find_cues(&self, res: &mut Resolver) -> Vec<Cue> {
        let lex = lex::get();
        let mut cues: Vec<Cue> = Vec::new();
        for i in 0..self.toks.len() {
            let t = &self.toks[i];
            if !t.word || t.quoted {
                continue;
            }
            if self.lw(t) == "according" && self.low(i + 1) == "to" {
                if let Some(c) = self.according(i, &cues, res) {
                    cues.push(c);
                }
                continue;
            }
            let Some(&verb) = lex.verbs.get(self.lw(t)) else { continue };
            if !self.text(i).starts_with(|c: char| c.is_lowercase()) {
                continue;
            }
            if let Some(c) = self.verb_cue(i, verb, &cues, res) {
                if let Some(s) = &c.subject {
                    if let Some(a) = s.actor {
                        res.note_speaker(s.s, a);
                    }
                }
                cues.push(c);
            }
        }
        cues
    }

    /// Index of the previous word, skipping auxiliaries and adverbs when `skip`.
    fn prev_word(&self, i: usize, skip: bool) -> Option<usize> {
        let lex = lex::get();
        let sent = self.toks.get(i)?.sent;
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j];
            if t.sent != sent {
                return None;
            }
            if !t.word {
                return Some(j);
            }
            if skip && (lex.skip.contains(self.lw(t)) || (lex::is_adverb(self.lw(t)) && !self.capitalised(j))) {
                continue;
            }
            return Some(j);
        }
        None
    }

    fn verb_cue(&self, i: usize, verb: Verb, cues: &[Cue], res: &mut Resolver) -> Option<Cue> {
        let lex = lex::get();
        let sent = self.toks[i].sent;
        let mut after = i + 1;
        if let Some(p) = verb.particle {
            if self.low(i + 1) != p {
                return None;
            }
            after = i + 2;
        }
        let low = self.low(i);
        let ing = low.ends_with("ing");
        // "called for a ceasefire", "calls on donors": not naming anything.
        if low.starts_with("call") && lex::is(self.low(after), lex::class::PHRASAL_PARTICLE) {
            return None;
        }
        // Nominal uses ("the reported deal", "his claims", "Blanche's claim")
        // and passives ("was told", "totals reported by").
        let infinitive = self.prev_word(i, false).is_some_and(|j| self.low(j) == "to");
        if self.bare_after_causative(i) {
            return None;
        }
        if let Some(j) = self.prev_word(i, false) {
            let l = self.low(j);
            if lex::is_determiner(l) && !matches!(l, "that") {
                return None;
            }
            let owner = l.strip_suffix("'s").or_else(|| l.strip_suffix("’s"));
            if self.toks[j].word && owner.is_some_and(|o| !lex::opens_clause(o) && !matches!(o, "that" | "who" | "what" | "here")) {
                return None;
            }
        }
        if !ing && self.low(after) == "by" {
            return None;
        }
        // Denied or asked about, not asserted: "did not say", "never
        // claimed", "Do you think ...?".
        let negated = (0..i)
            .rev()
            .take_while(|&k| {
                let t = &self.toks[k];
                let l = self.lw(t);
                t.sent == sent && t.word && (lex.skip.contains(l) || lex::is_negation(l) || lex::is_adverb(l))
            })
            .any(|k| lex::is_negation(self.low(k)));
        if negated {
            return None;
        }
        // "pressed her on whether she believes ...", "if he says ...":
        // asked or supposed, not asserted.
        let doubted = (0..i)
            .rev()
            .take_while(|&k| self.toks[k].sent == sent && !matches!(self.punct(k), Some(',' | ';' | ':' | '—' | '–')))
            .take(8)
            .any(|k| matches!(self.low(k), "whether" | "if" | "unless"));
        if doubted {
            return None;
        }
        if verb.think {
            let st = self.body.get(self.sent_start(sent)..self.sent_end(sent)).unwrap_or("");
            if st.trim_end_matches(|c: char| c.is_whitespace() || is_quote_mark(c)).ends_with('?') {
                return None;
            }
        }
        // The verbs of saying as such take any clause; the others ("announced
        // charges", "denied the claims") need "that", a quote or a clause
        // that shows a finite verb.
        let core = matches!(
            low,
            "say" | "says" | "said" | "saying" | "tell" | "tells" | "told" | "telling" | "add" | "adds" | "added"
                | "adding" | "think" | "thinks" | "thought" | "believe" | "believes" | "believed"
        );
        let zero = if infinitive {
            Zero::Never
        } else if core {
            Zero::Any
        } else {
            Zero::Clause
        };
        let pw = self.prev_word(i, true);
        if let Some(j) = pw {
            let l = self.low(j);
            if !ing && matches!(l, "is" | "was" | "were" | "are" | "be" | "been" | "being" | "get" | "got") {
                return None;
            }
            // "what’s called a “...”": the copula contracted onto the subject.
            let contracted = l.strip_suffix("'s").or_else(|| l.strip_suffix("’s")).is_some_and(|h| matches!(h, "what" | "that" | "it" | "there" | "which" | "who"));
            if !ing && verb.quote && contracted {
                return None;
            }
            if ing && matches!(l, "of" | "for" | "without" | "by" | "about") {
                return None;
            }
        }
        // "a witness described in the affidavit": a participle, not a naming.
        if verb.quote && !ing && matches!(self.low(after), "in" | "by" | "at" | "from" | "under" | "during") {
            return None;
        }
        // Tell-class object ("told reporters", "tell CNN").
        let mut obj_end = after;
        // "..., asked Sen. Jane Doe": after a quote or comma the name is the
        // inverted subject, not an object.
        let pre_mark = self.prev_word(i, true).is_some_and(|j| {
            self.punct(j).is_some_and(is_quote_mark) || (self.punct(j) == Some(',') && j > 0 && (self.toks[j - 1].quoted || self.punct(j - 1).is_some_and(is_quote_mark)))
        });
        if verb.tell && !pre_mark {
            let mut k = after;
            let mut n = 0;
            let mut that_at = None;
            let mut pron_at = false;
            while k < self.toks.len() && self.toks[k].sent == sent && n < 10 {
                let t = &self.toks[k];
                if !t.word || t.quoted {
                    break;
                }
                if self.lw(t) == "that" {
                    that_at = Some(k);
                    break;
                }
                // "told MSNBC when asked about ...": an adjunct clause ends the object.
                let participle = self.toks.get(k + 1).is_some_and(|n| n.word && self.lw(n).len() > 4 && self.lw(n).ends_with("ed"));
                if k > after && participle && matches!(self.lw(t), "when" | "while" | "after" | "before" | "if") {
                    pron_at = true;
                    break;
                }
                // "asked Friday what share ...", "told them how": a question
                // or a manner, not reported content.
                if matches!(self.lw(t), "what" | "whether" | "how" | "why" | "when" | "where" | "who" | "which" | "if") {
                    return None;
                }
                if lex.pronouns.contains_key(self.lw(t)) && k > after {
                    pron_at = true;
                    break;
                }
                k += 1;
                n += 1;
            }
            // "criticized the claim that ...": such verbs take a quote only.
            if verb.quote && that_at.is_some() {
                return None;
            }
            obj_end = match that_at {
                Some(k) => k,
                None if k > after && (pron_at || !self.toks.get(k).is_some_and(|t| t.word)) => k,
                None => {
                    // No "that": the object is one word or a capitalised name,
                    // or a phrase after a determiner ("the hosts of the show").
                    let mut k = after;
                    if k < self.toks.len() && self.toks[k].word {
                        let det = lex::is_determiner(self.low(k));
                        // "told host Sean Hannity": a role and the name after it.
                        let role = lex.nouns.get(self.low(k)) == Some(&NounClass::Role);
                        k += 1;
                        if role && k < self.toks.len() && self.toks[k].word && self.capitalised(k) {
                            k += 1;
                        }
                        if det {
                            while k < self.toks.len()
                                && k < after + 6
                                && self.toks[k].word
                                && self.toks[k].sent == sent
                                && !self.toks[k].quoted
                                && !lex::get().adjuncts.contains(self.low(k))
                                && !lex::is_calendar_word(self.low(k))
                                && lex::pronoun(self.low(k)).is_none()
                            {
                                k += 1;
                            }
                        }
                        while k < self.toks.len() && self.toks[k].word && self.capitalised(k) && self.capitalised(k - 1) {
                            k += 1;
                        }
                    }
                    k
                }
            };
            if obj_end == after && !self.low(after).eq("that") && self.punct(after).is_none() {
                return None;
            }
        }
        // Subject: inversion ("..., said Khalilzad") or before the verb.
        let pre_comma = pw.is_some_and(|j| matches!(self.punct(j), Some(',' | '”' | '"' | '’' | '—' | '–')));
        let mut inverted = false;
        let mut postposed_end = None;
        let subject = if ing && pw.is_some_and(|j| self.punct(j) == Some(',')) {
            // ", saying that ..." continues the clause's speaker.
            cues.iter().rev().find(|c| c.sent == sent).and_then(|c| c.subject.clone()).or_else(|| self.sentence_subject(sent, i, res))
        } else if pw.is_some_and(|j| matches!(self.low(j), "but" | "and") || (ing && matches!(self.low(j), "after" | "before" | "while" | "when" | "since" | "then"))) {
            // "and asserting that", "after hinting that": the clause's subject.
            cues.iter().rev().find(|c| c.sent == sent && ing).and_then(|c| c.subject.clone()).or_else(|| self.sentence_subject(sent, i, res))
        } else if self.punct(i.wrapping_sub(1)) == Some(',')
            && self.toks.get(obj_end).is_some_and(|t| {
                let l = self.lw(t);
                t.word
                    && t.sent == sent
                    && !t.quoted
                    && !lex.adjuncts.contains(l)
                    && !lex.skip.contains(l)
                    && !lex::is_calendar_word(l)
                    && !matches!(l, "of" | "to" | "from" | "with" | "by" | "about" | "for" | "as" | "that")
            })
            && !verb.tell
        {
            // "..., using AI, said Joe Lin": a name right after the verb is
            // the inverted subject, whatever stands before the comma.
            // Only when the name ends the clause ("said Joe Lin, co-founder"),
            // not "X, an aide, said Iran was ...".
            let after = self.subject_after(obj_end, sent, res).filter(|s| {
                let n = self.tok_after(s.e);
                self.toks.get(n).is_none_or(|t| t.sent != sent || matches!(self.punct(n), Some(',' | '.' | '!' | '?' | ';')))
            });
            // Only a verb that may follow its content ("..., he said") puts
            // its speaker after it.
            let after = after.or_else(|| {
                let (s, end) = self.postposed_subject(obj_end, sent, res).filter(|_| verb.zero && !verb.think)?;
                postposed_end = Some(end);
                Some(s)
            });
            match after {
                Some(s) => {
                    inverted = true;
                    Some(s)
                }
                None => self.subject_before(i, res),
            }
        } else {
            match self.subject_before(i, res) {
                Some(s) => Some(s),
                None if pre_comma || pw.is_none() => {
                    inverted = true;
                    self.subject_after(obj_end, sent, res)
                }
                None => None,
            }
        };
        if verb.noun && subject.is_none() {
            return None;
        }
        // "would be to say that ...": nobody says it.
        if infinitive && subject.is_none() {
            return None;
        }
        // "If you think ...": the generic reader is no speaker.
        if subject.as_ref().is_some_and(|s| self.body.get(s.s..s.e).is_some_and(|w| w.eq_ignore_ascii_case("you"))) {
            return None;
        }
        // Without a speaker only the verbs of saying as such are speech
        // ("There was no doubt that", "It is worth noting that").
        let participle = ing && pw.is_some_and(|j| self.punct(j) == Some(',') || matches!(self.low(j), "and" | "but" | "after" | "before" | "while" | "when" | "since" | "then"));
        // "with outlets flat out denying that": a participle's subject
        // stands right before it, not further back in the sentence.
        let subject = if ing && !participle && !inverted {
            subject.filter(|s| {
                let between = self.toks[self.tok_after(s.e).min(i)..i].iter().filter(|t| {
                    let l = self.lw(t);
                    t.word && !lex.skip.contains(l) && !lex::is_adverb(l) && !matches!(l, "been" | "is" | "was" | "are" | "were" | "be" | "am")
                });
                between.count() <= 1
            })
        } else {
            subject
        };
        // "The intelligence community has concluded that ...": an explicit
        // "that" after a finite verb (or ", saying that") is speech even
        // when the speaker is not recognised.
        if subject.is_none() && !core && !((participle || !ing) && !infinitive && self.low(after) == "that") {
            return None;
        }
        // "a rule that says ...", "rulings that said ...": the subject is a
        // thing named before the relative pronoun, not a speaker.
        if subject.is_none() && !inverted && self.prev_word(i, true).is_some_and(|j| matches!(self.low(j), "that" | "which")) {
            return None;
        }
        // A form that is also a noun is a verb only right after its subject:
        // not "Michigan – two more states the party must win".
        if verb.noun && !inverted {
            let next_to = pw.is_some_and(|j| {
                let t = &self.toks[j];
                if t.word {
                    subject.as_ref().is_some_and(|s| s.e >= t.e)
                } else {
                    self.punct(j) == Some(',')
                }
            });
            if !next_to {
                return None;
            }
        }
        let attr = match &subject {
            Some(s) if !inverted => s.s.min(self.toks[i].s),
            _ => self.toks[i].s,
        };
        let phrase_end = match postposed_end {
            Some(end) if inverted => end,
            _ if inverted => subject.as_ref().map_or(obj_end, |s| self.tok_after(s.e)),
            _ => obj_end,
        };
        let fwd = if inverted { None } else { self.forward(phrase_end, verb, sent, zero) };
        // "advised a quick exit", "to describe a picture": such verbs
        // attribute what comes before them only when it is a quote.
        let quote_only = infinitive || (verb.tell && !verb.zero);
        let (back, gap) = self.backward(attr, phrase_end, sent, cues, quote_only).map_or((None, None), |(b, g)| (Some(b), g));
        if fwd.is_none() && back.is_none() {
            return None;
        }
        // The cue names its object when it is short ("told reporters"), not
        // a long one ("called the plan by the two leaders “...”").
        let cue_end = if verb.quote && obj_end > after + 2 { after } else { obj_end };
        let ce = self.toks.get(cue_end.saturating_sub(1)).map_or(self.toks[i].e, |t| t.e).max(self.toks[i].e);
        Some(Cue { sent, cs: self.toks[i].s, ce, attr, subject, fwd, back, gap, naming: verb.quote })
    }

    /// Whether the verb at `i` is a bare infinitive after a causative verb
    /// and its object ("let people write", "helped draft", "made him say"):
    /// not a finite verb, so nobody asserts anything with it.
    fn bare_after_causative(&self, i: usize) -> bool {
        let low = self.low(i);
        if low.ends_with('s') || low.ends_with("ed") || low.ends_with("ing") {
            return false;
        }
        let sent = self.toks[i].sent;
        let lex = lex::get();
        let mut k = i;
        // The object: at most three words, none of them a verb or preposition.
        for _ in 0..4 {
            let Some(p) = k.checked_sub(1) else { return false };
            let t = &self.toks[p];
            if t.sent != sent || !t.word || t.quoted {
                return false;
            }
            let l = self.lw(t);
            if lex::is_causative(l) {
                return true;
            }
            if lex::is_preposition(l) || lex.verbs.contains_key(l) || lex::is_finite_marker(l) || matches!(l, "and" | "or" | "but" | "who" | "which" | "that") {
                return false;
            }
            k = p;
        }
        false
    }

    fn tok_after(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.s < byte)
    }

    /// Content after the cue phrase ending at token `k`.
    fn forward(&self, k: usize, verb: Verb, sent: usize, zero: Zero) -> Option<(usize, usize)> {
        let end = self.sent_end(sent);
        let t = self.toks.get(k).filter(|t| t.sent == sent)?;
        if !t.word {
            let c = self.punct(k)?;
            if is_quote_mark(c) && t.quoted {
                return Some((t.s, end));
            }
            if matches!(c, ':' | ',') {
                let n = self.toks.get(k + 1).filter(|n| n.sent == sent)?;
                if n.quoted || c == ':' {
                    return Some((n.s, end));
                }
            }
            // "said — and Dunn agreed — that ...": over the aside.
            if self.is_dash(k) {
                let close = (k + 1..self.toks.len()).take_while(|&j| self.toks[j].sent == sent && j < k + 16).find(|&j| self.is_dash(j))?;
                return self.forward(close + 1, verb, sent, zero);
            }
            return None;
        }
        if t.quoted {
            return Some((t.s, end));
        }
        if verb.quote {
            return None;
        }
        if self.lw(t) == "that" {
            return self.toks.get(k + 1).filter(|n| n.sent == sent).map(|n| (n.s, end));
        }
        // "said Monday that", "saying shortly after it was signed that".
        // "wrote to his followers, “...”", "groused to a crowd that ...".
        let adjunct = lex::get().adjuncts.contains(self.lw(t)) || lex::is_calendar_word(self.lw(t)) || self.lw(t) == "to";
        if adjunct {
            let mut j = k + 1;
            while j < self.toks.len() && j < k + 16 && self.toks[j].sent == sent && !self.toks[j].quoted {
                if self.lw(&self.toks[j]) == "that" {
                    return self.toks.get(j + 1).filter(|n| n.sent == sent).map(|n| (n.s, end));
                }
                // The comma inside "20,000".
                let digit = |k: usize| self.text(k).starts_with(|c: char| c.is_ascii_digit());
                if self.punct(j) == Some(',') && digit(j - 1) && self.toks.get(j + 1).is_some_and(|n| n.s == self.toks[j].e) && digit(j + 1) {
                    j += 1;
                    continue;
                }
                if matches!(self.punct(j), Some(':' | ',')) {
                    let n = self.toks.get(j + 1).filter(|n| n.sent == sent)?;
                    return (n.quoted || self.punct(j) == Some(':')).then_some((n.s, end));
                }
                if self.punct(j).is_some_and(|c| !matches!(c, '-' | '–' | '—')) {
                    return None;
                }
                j += 1;
            }
            if let Some(n) = self.toks.get(j).filter(|n| n.sent == sent && n.quoted) {
                return Some((n.s, end));
            }
            return None;
        }
        if !verb.zero || zero == Zero::Never || self.lw(t).len() <= 1 && !self.capitalised(k) {
            return None;
        }
        if zero == Zero::Clause && !lex::opens_clause(self.lw(t)) {
            let finite = self.toks[k..]
                .iter()
                .take_while(|n| n.sent == sent)
                .filter(|n| n.word)
                .take(12)
                .any(|n| lex::is_finite_marker(self.lw(n)));
            if !finite {
                return None;
            }
        }
        if matches!(
            self.lw(t),
            "to" | "about" | "of" | "for" | "with" | "by" | "from" | "into" | "as" | "up" | "so" | "yes" | "no" | "nothing" | "something" | "anything" | "more" | "little" | "much" | "goodbye" | "hello" | "sorry" | "thanks" | "if" | "whether" | "why" | "how" | "what" | "when" | "where" | "who"
        ) {
            return None;
        }
        Some((t.s, end))
    }

    /// Content before an attribution that starts at byte `attr` ("..., he said.").
    fn backward(&self, attr: usize, phrase_end: usize, sent: usize, cues: &[Cue], quote_only: bool) -> Option<((usize, usize), Option<(usize, usize)>)> {
        // Back over the subject's titles ("State Department spokesman").
        let mut ai = self.tok_after(attr);
        let mut steps = 0;
        while ai > 0 && self.toks[ai - 1].sent == sent && steps < 6 {
            if self.toks[ai - 1].word {
                ai -= 1;
            } else if ai >= 2 && self.punct(ai - 1) == Some('.') && lex::is_title_abbreviation(self.low(ai - 2)) && self.capitalised(ai - 2) {
                // "Sen. Jane Doe".
                ai -= 2;
            } else {
                break;
            }
            steps += 1;
        }
        if ai == 0 {
            return None;
        }
        let before = &self.toks[ai - 1];
        let c = self.punct(ai - 1)?;
        if !matches!(c, ',' | '”' | '"' | '’' | '\'' | '—' | '–') {
            return None;
        }
        // After the cue phrase: the sentence ends, or a comma, within a few
        // words (more after a quote: "said of the move during an interview").
        let after_quote = before.quoted || is_quote_mark(c);
        if quote_only && !after_quote {
            return None;
        }
        // An object after the verb ("..., analysts announced a plan",
        // "officials have described entering a new phase"): only adjuncts
        // may follow an attribution ("..., he said in a statement").
        if !after_quote
            && self.toks.get(phrase_end).is_some_and(|t| {
                let l = self.lw(t);
                t.word
                    && t.sent == sent
                    && !lex::get().adjuncts.contains(l)
                    && !lex::is_calendar_word(l)
                    && !matches!(l, "of" | "about" | "from" | "with" | "by" | "as" | "there" | "here" | "afterwards" | "afterward")
            })
        {
            return None;
        }
        // After a quote, an attribution followed by an adjunct ("..., Starr
        // said during a panel on the presidency at the ...") may run on.
        let open_ended = after_quote && self.toks.get(phrase_end).is_some_and(|t| t.word && t.sent == sent && is_adjunct_opener(self.lw(t)));
        let limit = if open_ended { usize::MAX } else if after_quote { 16 } else { 5 };
        let mut k = phrase_end;
        let mut n = 0;
        while k < self.toks.len() && self.toks[k].sent == sent {
            let t = &self.toks[k];
            if !t.word {
                // "said David Wyss of Standard & Poor's".
                if self.punct(k) == Some('&') {
                    k += 1;
                    continue;
                }
                break;
            }
            if (self.lw(t) == "that" && !open_ended) || n >= limit {
                return None;
            }
            n += 1;
            k += 1;
        }
        if k < self.toks.len() && self.toks[k].sent == sent && !matches!(self.punct(k), Some(',' | '.' | '!' | '?' | ';' | '—' | '–' | '(')) {
            return None;
        }
        if after_quote {
            // The content is the quote before: an empty span marks the cue as
            // an attribution, and linking gives it the quote.
            return Some(((before.s, before.s), None));
        }
        let start = cues_start(cues, sent).unwrap_or_else(|| self.sent_start(sent));
        let start = start.max(self.p.start);
        if start >= before.s {
            return None;
        }
        // "In some places, he said, permission was ...": a short opener
        // before the attribution, the clause after it.
        if k == phrase_end && self.punct(k) == Some(',') && quotes::words_upto(&self.body[start..before.s], 8) < 8 {
            let rest = self.toks.get(k + 1).filter(|t| t.word && t.sent == sent && !t.quoted);
            let clause = rest.is_some_and(|t| {
                let l = self.lw(t);
                !lex::get().verbs.contains_key(l)
                    && !lex::get().adjuncts.contains(l)
                    && !matches!(l, "and" | "but" | "or" | "though" | "although" | "while" | "as" | "according" | "because" | "so" | "which" | "who" | "when" | "if" | "citing" | "referring")
            });
            let end = self.sent_end(sent);
            if let Some(t) = rest.filter(|_| clause) {
                if quotes::words_upto(self.body.get(t.s..end).unwrap_or(""), 3) >= 3 {
                    return Some(((start, end), Some((before.s, t.s))));
                }
            }
        }
        Some(((start, before.s), None))
    }

    /// The forward content of a cue ends where a later cue's attribution
    /// begins after a comma (", according to ...", ", with X saying ...").
    fn truncate(&self, cues: &mut [Cue]) {
        let cuts: Vec<(usize, usize)> = cues
            .iter()
            .filter_map(|d| {
                // Back over the subject's titles to a comma, maybe through a
                // connective: ", with Secretary of State Mike Pompeo saying".
                let ai = self.tok_after(d.attr);
                let mut j = ai.checked_sub(1)?;
                let mut n = 0;
                while self.toks[j].word && n < 6 {
                    let connective = matches!(self.low(j), "with" | "while" | "as" | "and" | "but" | "whereas");
                    if matches!(self.low(j), "that" | "which" | "who" | "whom" | "whose") {
                        return None;
                    }
                    j = j.checked_sub(1)?;
                    n += 1;
                    if connective {
                        break;
                    }
                }
                (self.punct(j) == Some(',') && !self.toks[j].quoted).then(|| (d.sent, self.toks[j].s))
            })
            .collect();
        for c in cues.iter_mut() {
            if let Some((s, e)) = c.fwd {
                if let Some(&(_, cut)) = cuts.iter().filter(|&&(sent, cut)| sent == c.sent && cut > s && cut < e).min_by_key(|x| x.1) {
                    c.fwd = Some((s, cut));
                }
            }
            if let Some((s, e)) = c.fwd {
                if let Some(cut) = self.dash_end(c.sent, c.attr, s, e) {
                    c.fwd = Some((s, cut));
                }
            }
        }
    }

    /// A dash between words: an em dash, or an en dash or hyphen with
    /// spaces around it (not "small- and medium-sized").
    fn is_dash(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k).filter(|t| !t.quoted) else { return false };
        let spaced = || {
            self.body[..t.s].ends_with(char::is_whitespace) && self.body[t.e..].starts_with(char::is_whitespace)
        };
        match self.punct(k) {
            Some('—') => true,
            Some('–' | '-') => spaced(),
            _ => false,
        }
    }

    /// Where a dash ends the content `s..e` of a cue whose attribution
    /// starts at `attr`: the closing dash when the cue stands inside a pair
    /// of dashes ("the powers — which Chavez argues are needed — trample"),
    /// or a dash after which the narrator goes on ("claimed it was fair —
    /// and pledged to ...", "said it — then left").
    fn dash_end(&self, sent: usize, attr: usize, s: usize, e: usize) -> Option<usize> {
        let first = self.toks.partition_point(|t| t.s < self.sent_start(sent));
        let ai = self.tok_after(attr);
        let opened = (first..ai).filter(|&k| self.toks[k].sent == sent && self.is_dash(k)).count() % 2 == 1;
        let from = self.tok_after(s);
        let lex = lex::get();
        (from..self.toks.len()).take_while(|&k| self.toks[k].s < e).find(|&k| self.is_dash(k) && k > from).and_then(|k| {
            if opened {
                return Some(self.toks[k].s);
            }
            let w1 = self.low(k + 1);
            let w2 = self.low(k + 2);
            let narrated_verb = |w: &str| w == "then" || lex.verbs.contains_key(w) || (w.len() > 4 && w.ends_with("ed"));
            // "— a view shared by many", "— a promise he kept": the narrator's comment.
            let w3 = self.low(k + 3);
            let comment = matches!(w1, "a" | "an")
                && self.toks.get(k + 3).is_some_and(|t| t.word)
                && (lex::pronoun(w3).is_some() || matches!(w3, "that" | "which") || (w3.len() > 4 && w3.ends_with("ed")));
            let narration = comment
                || matches!(w1, "then" | "before" | "after")
                || (matches!(w1, "and" | "but") && self.toks.get(k + 2).is_some_and(|t| t.word) && narrated_verb(w2));
            // Another dash later in the content closes a pair: not an end.
            let paired = (k + 1..self.toks.len()).take_while(|&j| self.toks[j].s < e).any(|j| self.is_dash(j));
            (narration && !paired).then_some(self.toks[k].s)
        })
    }

    fn according(&self, i: usize, cues: &[Cue], res: &mut Resolver) -> Option<Cue> {
        let sent = self.toks[i].sent;
        let subject = self.subject_after(i + 2, sent, res).or_else(|| self.plain_np_after(i + 2, sent, res));
        let subj_end = subject.as_ref().map_or(i + 2, |s| self.tok_after(s.e));
        // The NP runs to the next comma or the sentence end.
        let mut k = subj_end;
        while k < self.toks.len() && self.toks[k].sent == sent && self.toks[k].word {
            k += 1;
        }
        let ce = self.toks.get(i + 1).map_or(self.toks[i].e, |t| t.e);
        let first = self.first_word_of_sentence(i);
        let (fwd, back) = if first || self.prev_word(i, false).is_none() {
            let n = self.toks.get(k + 1).filter(|n| self.punct(k) == Some(',') && n.sent == sent)?;
            (Some((n.s, self.sent_end(sent))), None)
        } else {
            let pj = i.checked_sub(1)?;
            // "“a total disaster,” according to Dunn": the quote before.
            let after_quote = self.punct(pj).is_some_and(is_quote_mark)
                && self.toks[pj].quoted
                && self.body[..self.toks[pj].s].trim_end().ends_with(',');
            if after_quote {
                let at = self.toks[pj].s;
                return Some(Cue { sent, cs: self.toks[i].s, ce, attr: self.toks[i].s, subject, fwd: None, back: Some((at, at)), gap: None, naming: false });
            }
            if self.punct(pj) != Some(',') {
                return None;
            }
            let start = cues_start(cues, sent).unwrap_or_else(|| self.sent_start(sent)).max(self.p.start);
            (None, (start < self.toks[pj].s).then_some((start, self.toks[pj].s)))
        };
        Some(Cue { sent, cs: self.toks[i].s, ce, attr: self.toks[i].s, subject, fwd, back, gap: None, naming: false })
    }

    /// The speaker named right before the verb at token `i`.
    fn subject_before(&self, i: usize, res: &mut Resolver) -> Option<Subject> {
        let lex = lex::get();
        let sent = self.toks.get(i)?.sent;
        if let Some(s) = self.appositive_subject(i, res) {
            return Some(s);
        }
        if let Some(h) = self.relative_owner(i) {
            if let Some(class) = self.speaker_noun_at(h) {
                return Some(self.description(h, class, res));
            }
            // "Democrats who have run against Paxton said", "Voters in Ohio
            // who backed Trump said": a name owns the clause too, and the
            // speaker is what the relative pronoun stands for.
            if let Some(s) = self.subject_before(h + 1, res) {
                return Some(s);
            }
        }
        let mut j = i;
        let mut adjacent = true;
        let mut words = 0;
        let mut over_place = false;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j];
            if t.sent != sent || t.quoted {
                return None;
            }
            if !t.word {
                // "Senator Jane Doe (D-Md.) stated": over the parenthesis.
                if self.punct(j) == Some(')') && (adjacent || words == 0) {
                    let open = (j.saturating_sub(12)..j).rev().find(|&k| self.toks[k].sent == sent && self.punct(k) == Some('('));
                    if let Some(o) = open {
                        j = o;
                        continue;
                    }
                }
                match self.punct(j) {
                    Some(';' | ':' | '(' | ')') => return None,
                    Some(c) if is_quote_mark(c) => return None,
                    _ => {
                        adjacent = false;
                        continue;
                    }
                }
            }
            let l = self.lw(t);
            if adjacent && (lex.skip.contains(l) || (lex::is_adverb(l) && !self.capitalised(j))) {
                continue;
            }
            if let Some(d) = self.demonym_person(j).filter(|_| adjacent) {
                // Named as written ("the Dutchman") when no one before is the one.
                let actor = res.description(NounClass::Role, self.low(d), &[], self.text(j), None, t.s);
                return Some(Subject { s: self.toks[d].s, e: t.e, actor });
            }
            if let Some(s) = self.mention_at(j, res) {
                if let Some(p) = self.unclosed_role_appositive(self.tok_after(s.s), res) {
                    return Some(p);
                }
                // "Rep. Andy Ogles of Tennessee told": the place qualifies the name.
                let place = res.is_place(s.actor);
                let mut ms = self.tok_after(s.s);
                // "the Jewish Federation of Greater Houston".
                while place && ms > 0 && self.toks[ms - 1].word && self.capitalised(ms - 1) && self.toks[ms - 1].sent == sent && !self.first_word_of_sentence(ms - 1) {
                    ms -= 1;
                }
                // "Israel's ambassador to the US said", "officials in California said".
                let prep = ms.checked_sub(1).map(|k| if k > 0 && self.low(k) == "the" { k - 1 } else { k });
                if let Some(k) = prep.filter(|&k| place && self.toks[k].sent == sent && lex::is(self.low(k), lex::class::PLACE_PREPOSITION)) {
                    // "of" and "from" tie a place to a title or name ("Governor
                    // of Texas"); the others follow a description ("Builders in
                    // Minnesota"), so a bare capitalised word before them is
                    // no speaker ("About 50,000 children ... in the UK").
                    over_place |= !matches!(self.low(k), "of" | "from");
                    j = k;
                    adjacent = false;
                    words += 1;
                    continue;
                }
                return Some(s);
            }
            if let Some(pc) = lex::pronoun(l) {
                if adjacent {
                    return Some(Subject { s: t.s, e: t.e, actor: res.pronoun(pc, t.s) });
                }
                adjacent = false;
                words += 1;
                continue;
            }
            if let Some(&nc) = lex.nouns.get(l) {
                if !self.capitalised(j) || self.first_word_of_sentence(j) {
                    if let Some(o) = self.pp_owner(j) {
                        if !self.capitalised(o) || self.first_word_of_sentence(o) {
                            return Some(self.description(o, lex.nouns.get(self.low(o)).copied().unwrap_or(NounClass::People), res));
                        }
                        // "some Democrats in the state believe": a name owns the phrase.
                        let named = self.mention_at(o, res).filter(|s| !res.is_place(s.actor));
                        if named.is_some() {
                            return named;
                        }
                    }
                    return Some(self.description_from(j, nc, i, res));
                }
            }
            // "maritime insurers said": a plural noun right before a verb of
            // saying is a group of people even when no lexicon knows it.
            if adjacent && self.plural_subject(j, i) {
                return Some(self.description(j, NounClass::People, res));
            }
            if self.capitalised(j)
                && !over_place
                && !lex::is_calendar_word(l)
                && !lex::is_closed_class(l)
                && !self.capital_modifier(j)
                && !(self.first_word_of_sentence(j) && (lex::is_sentence_opener(l) || lex.skip.contains(l)))
            {
                // "Sen. Jane Doe, a Democrat from Arizona said": an appositive
                // whose closing comma is missing.
                let mut b = j;
                while b > 0 && self.toks[b - 1].word && self.toks[b - 1].sent == sent && self.capitalised(b - 1) {
                    b -= 1;
                }
                if b >= 3 && matches!(self.low(b - 1), "a" | "an") && self.punct(b - 2) == Some(',') {
                    if let Some(s) = self.mention_at(b - 3, res) {
                        return Some(s);
                    }
                    if self.toks[b - 3].word && self.capitalised(b - 3) {
                        return self.proper_np(b - 3, res);
                    }
                }
                if let Some(s) = self.proper_np(j, res) {
                    return Some(s);
                }
            }
            if matches!(l, "that" | "which" | "because" | "if" | "whether") {
                return None;
            }
            // "those who said", "a pope who thinks": the speaker is the
            // phrase the relative pronoun stands for, or nobody we know.
            if l == "who" && adjacent {
                let mut a = j.checked_sub(1)?;
                if self.punct(a) == Some(',') {
                    a = a.checked_sub(1)?;
                }
                if self.toks[a].sent != sent || !self.toks[a].word {
                    return None;
                }
                if let Some(s) = self.mention_at(a, res) {
                    return Some(s);
                }
                return lex.nouns.get(self.low(a)).filter(|_| !self.capitalised(a)).map(|&nc| self.description(a, nc, res));
            }
            adjacent = false;
            words += 1;
            if words > 10 {
                return None;
            }
        }
        None
    }

    /// Whether the word at `j` is a nationality standing for a person: "the
    /// Scot admitted", "the 24-year-old Swiss added", "an American said".
    /// Gives its determiner's token.
    fn demonym_person(&self, j: usize) -> Option<usize> {
        if !self.capitalised(j) || !lex::is_demonym(self.low(j)) || j == 0 {
            return None;
        }
        let sent = self.toks[j].sent;
        let mut d = j - 1;
        // "the 24-year-old Swiss".
        if self.toks[d].word && self.low(d).ends_with("-old") && d > 0 {
            d -= 1;
        }
        (self.toks[d].word && self.toks[d].sent == sent && matches!(self.low(d), "the" | "a" | "an")).then_some(d)
    }

    /// "The source who has reviewed the assessment said", "Sources familiar
    /// with the deal said", "a source close to AIPAC told": the speaker
    /// noun (or, before "who", the name: "Democrats who ran against Paxton
    /// said") that a relative clause or "familiar with" / "close to" follows,
    /// not the name or noun inside them: its token. Not when a pronoun
    /// stands right before the verb ("therapists who he said").
    fn relative_owner(&self, i: usize) -> Option<usize> {
        let lex = lex::get();
        let sent = self.toks[i].sent;
        let pw = self.prev_word(i, true)?;
        if lex::pronoun(self.low(pw)).is_some() || lex::opens_clause(self.low(pw)) {
            return None;
        }
        let mut k = i;
        while k > 1 && i - k < 16 {
            k -= 1;
            let t = &self.toks[k];
            if t.sent != sent || t.quoted {
                return None;
            }
            if !t.word {
                // A possessive apostrophe ("the US’ assessment") is inside the phrase.
                if matches!(self.punct(k), Some('’' | '\'')) && self.toks[k - 1].e == t.s {
                    continue;
                }
                return None;
            }
            let l = self.lw(t);
            // Another verb of saying ("A person familiar with it said Kahn
            // testified") owns the phrase.
            // Not the verb of the clause itself ("Republicans who know him say").
            let clause_verb = self.toks[k - 1].word && self.low(k - 1) == "who";
            if matches!(l, "that" | "which" | "because" | "if" | "whether" | "and" | "but") || (lex.verbs.contains_key(l) && !clause_verb) {
                return None;
            }
            // "The source who has reviewed ...", "a man who identified
            // himself ...": a verb opens the relative clause; "the man who
            // officials say" is what the officials say.
            let verb_after = |n: usize| {
                let v = self.low(n);
                !self.capitalised(n) && !lex.nouns.contains_key(v) && !lex::is_determiner(v) && lex::pronoun(v).is_none() && self.toks[n].word
            };
            let opens = match l {
                "who" => k + 1 < i && verb_after(k + 1),
                "familiar" => self.low(k + 1) == "with",
                "close" => self.low(k + 1) == "to",
                _ => false,
            };
            if !opens {
                continue;
            }
            let o = k - 1;
            let ot = &self.toks[o];
            // A capitalised word after a determiner is a description ("Mark
            // Amodei, the Republican who oversees the budget, told"), which
            // the appositive reads.
            let described = o > 0 && lex::is_determiner(self.low(o - 1));
            let named = l == "who" && self.capitalised(o) && !described;
            return (ot.word && ot.sent == sent && (self.speaker_noun_at(o).is_some() || named)).then_some(o);
        }
        None
    }

    /// The class of the lower-case speaker noun ("source", "officials") at
    /// token `o` (or opening its sentence).
    fn speaker_noun_at(&self, o: usize) -> Option<NounClass> {
        let class = lex::get().nouns.get(self.low(o)).copied().filter(|c| matches!(c, NounClass::Role | NounClass::People))?;
        (!self.capitalised(o) || self.first_word_of_sentence(o)).then_some(class)
    }

    /// Whether the word at `j`, right before the verb at `i`, is a plain
    /// plural noun heading the verb's subject: lower case, not a time or
    /// measure word, its phrase not the object of a preposition.
    fn plural_subject(&self, j: usize, i: usize) -> bool {
        let lex = lex::get();
        let l = self.low(j);
        let core = matches!(self.low(i), "say" | "said" | "told" | "tell" | "warned" | "argue" | "argued" | "insist" | "insisted");
        if !core || self.capitalised(j) || l.len() < 5 || !l.ends_with('s') || l.ends_with("ss") || l.ends_with("us") || l.ends_with("is") {
            return false;
        }
        if lex.verbs.contains_key(l) || lex.skip.contains(l) || lex::pronoun(l).is_some() || lex::is_closed_class(l) {
            return false;
        }
        if matches!(l, "days" | "weeks" | "months" | "years" | "hours" | "times" | "decades" | "nights" | "mornings" | "evenings" | "others" | "things" | "terms" | "dollars" | "percent" | "points" | "words" | "sides" | "remarks" | "comments" | "statements" | "interviews" | "questions" | "reports" | "news" | "series" | "less" | "this" | "yes" | "thanks") {
            return false;
        }
        // Back over adjectives and nouns to the start of the phrase.
        let sent = self.toks[j].sent;
        let mut k = j;
        while k > 0 {
            let p = k - 1;
            let t = &self.toks[p];
            if t.sent != sent || !t.word || t.quoted || self.capitalised(p) && !self.first_word_of_sentence(p) {
                break;
            }
            let pl = self.lw(t);
            if lex::is_determiner(pl) || lex::is_quantifier(pl) {
                k = p;
                break;
            }
            // "after maritime insurers said": a clause opens here.
            if matches!(pl, "after" | "before" | "as" | "that" | "because" | "since" | "while" | "when" | "although" | "though" | "but") {
                return true;
            }
            if matches!(pl, "of" | "in" | "on" | "at" | "for" | "with" | "during" | "from" | "to" | "by" | "than" | "and" | "or" | "about" | "against" | "between" | "among" | "over" | "under")
                || lex.verbs.contains_key(pl)
                || lex.skip.contains(pl)
            {
                return false;
            }
            k = p;
            if j - k > 3 {
                return false;
            }
        }
        // The phrase opens the sentence or a clause after a comma.
        k == 0 || self.toks[k - 1].sent != sent || matches!(self.punct(k - 1), Some(',' | ';' | '—' | '–')) || self.first_word_of_sentence(k)
    }

    /// "Ramos, 58, told AFP", "X, a former aide, said": the name before an
    /// appositive that ends right before the verb at token `i`.
    fn appositive_subject(&self, i: usize, res: &mut Resolver) -> Option<Subject> {
        let comma = self.prev_word(i, true)?;
        // "X, a former aide, said" and "X — an aide covering Y — said".
        let mark = self.punct(comma).filter(|c| matches!(c, ',' | '—' | '–'))?;
        let dash = mark != ',';
        let sent = self.toks[i].sent;
        // The appositive may hold commas itself ("a salesman from Sumter, South
        // Carolina,"): try the earlier commas, nearest first.
        let commas: Vec<usize> = (0..comma)
            .rev()
            .take_while(|&k| self.toks[k].sent == sent && !self.toks[k].quoted)
            .filter(|&k| if dash { matches!(self.punct(k), Some('—' | '–')) } else { self.punct(k) == Some(',') })
            .take(5)
            .collect();
        let lex = lex::get();
        let name = commas.into_iter().find_map(|open| {
            let first = open + 1;
            if first >= comma || !self.toks[first].word {
                return None;
            }
            let l = self.low(first);
            // "Middle East lead for Bloomberg Economics": a lower-case word
            // before a preposition is a role no lexicon knows.
            let role = (first..comma).any(|k| {
                let l = self.low(k);
                let before_prep = k + 1 < comma && self.toks[k].word && lex::is_preposition(self.low(k + 1)) && !lex::is_closed_class(l) && !lex::is_preposition(l);
                !self.capitalised(k) && (before_prep || lex.nouns.get(l).is_some_and(|c| matches!(c, NounClass::Role | NounClass::People)))
            });
            let appositive = lex::is_determiner(l)
                || matches!(l, "who" | "which" | "whose" | "one" | "both" | "now" | "then" | "himself" | "herself")
                || l.starts_with(|c: char| c.is_ascii_digit())
                || !self.capitalised(first)
                || role;
            let mut name = open.checked_sub(1)?;
            // "Rep. Jane Doe (D-Md.), chair of ...": over the parenthesis.
            if self.punct(name) == Some(')') {
                let o = (name.saturating_sub(12)..name).rev().find(|&k| self.toks[k].sent == sent && self.punct(k) == Some('('))?;
                name = o.checked_sub(1)?;
            }
            (appositive && self.toks[name].word && self.toks[name].sent == sent && !self.toks[name].quoted).then_some(name)
        })?;
        if let Some(s) = self.outer_appositive(name, res) {
            return Some(s);
        }
        if let Some(s) = self.mention_at(name, res) {
            return Some(s);
        }
        if let Some(pc) = lex::pronoun(self.low(name)) {
            let t = &self.toks[name];
            return Some(Subject { s: t.s, e: t.e, actor: res.pronoun(pc, t.s) });
        }
        let nl = self.low(name);
        if self.capitalised(name) && !lex::is_calendar_word(nl) && !lex::is_closed_class(nl) && !(self.first_word_of_sentence(name) && lex::is_sentence_opener(nl)) {
            return self.proper_np(name, res);
        }
        None
    }

    /// "Rochelle Garza, who is now president of the Texas Civil Rights
    /// Project, an advocacy group, said": when the word at `name` ends an
    /// appositive itself (a relative clause, or a phrase after a
    /// determiner: "Jones, the head of Acme, a chemicals firm, said"), the
    /// name before that one.
    fn outer_appositive(&self, name: usize, res: &mut Resolver) -> Option<Subject> {
        let sent = self.toks[name].sent;
        let open = (name.saturating_sub(24)..name).rev().take_while(|&k| self.toks[k].sent == sent && !self.toks[k].quoted).find(|&k| !self.toks[k].word)?;
        if self.punct(open) != Some(',') || open == 0 {
            return None;
        }
        let l = self.low(open + 1);
        if !(matches!(l, "who" | "whose") || lex::is_determiner(l) && l != "that") {
            return None;
        }
        let s = self.mention_at(open - 1, res)?;
        // "Rep. Pete Sessions of Texas, who co-leads the caucus, says": the
        // place qualifies the name before it; a place alone is no speaker.
        if !res.is_place(s.actor) {
            return Some(s);
        }
        let prep = self.tok_after(s.s).checked_sub(1)?;
        if !matches!(self.low(prep), "of" | "from") || prep == 0 || self.toks[prep - 1].sent != sent {
            return None;
        }
        self.mention_at(prep - 1, res)
    }

    /// "Peter Misselbrook, executive partner of Tods Murray said": a
    /// person before a role whose closing comma is missing, when the body
    /// at token `b` ends that role.
    fn unclosed_role_appositive(&self, b: usize, res: &mut Resolver) -> Option<Subject> {
        let sent = self.toks.get(b)?.sent;
        let prep = b.checked_sub(1)?;
        if !matches!(self.low(prep), "of" | "at" | "for") {
            return None;
        }
        let lex = lex::get();
        let mut k = prep;
        while k > 0 && prep - k < 5 {
            k -= 1;
            let t = &self.toks[k];
            if t.sent != sent || t.quoted {
                return None;
            }
            if self.punct(k) == Some(',') {
                let role = (k + 1..prep).any(|r| lex.nouns.get(self.low(r)).is_some_and(|c| *c == NounClass::Role));
                let s = self.mention_at(k.checked_sub(1)?, res)?;
                return (role && k + 1 < prep && res.is_person(s.actor)).then_some(s);
            }
            if !t.word || self.capitalised(k) || lex.verbs.contains_key(self.lw(t)) || lex::is_finite_marker(self.lw(t)) {
                return None;
            }
        }
        None
    }

    /// Whether token `j` is the dot of a title abbreviation inside a name
    /// in sentence `sent` ("Sen. Jane Doe", "State Police Col. Mark Hall").
    fn title_dot(&self, j: usize, sent: usize) -> bool {
        self.punct(j) == Some('.')
            && j > 0
            && self.toks[j - 1].word
            && self.capitalised(j - 1)
            && lex::is_title_abbreviation(self.low(j - 1))
            && self.toks.get(j + 1).is_some_and(|t| t.word && t.sent == sent)
    }

    /// "..., said Sun's chief operating officer Jonathan Schwartz.", "...,
    /// said one of the sources familiar with the assessment.": after an
    /// inverted verb, a phrase without a verb up to the end of the clause
    /// is the speaker, not what was said. Its head stands before the first
    /// preposition, relative pronoun or conjunction ("Stuart Hensel of the
    /// EIU"); "of" after a quantifier ("one of the sources") or between
    /// capitalised words ("Bank of England") does not end it.
    /// Also gives the token that ends the phrase.
    fn postposed_subject(&self, k: usize, sent: usize, res: &mut Resolver) -> Option<(Subject, usize)> {
        let lex = lex::get();
        let mut end = k;
        // A possessive apostrophe ("the US’ assessment") stays inside.
        // Nor does the dot of a title ("State Police Col. Mark Hall").
        let apostrophe = |j: usize| matches!(self.punct(j), Some('’' | '\'')) && j > k && self.toks[j - 1].e == self.toks[j].s;
        let title_dot = |j: usize| j > k && self.title_dot(j, sent);
        let mut in_pp = false;
        while end < self.toks.len() && self.toks[end].sent == sent && (self.toks[end].word || apostrophe(end) || title_dot(end)) {
            let t = &self.toks[end];
            if !t.word {
                end += 1;
                continue;
            }
            let l = self.lw(t);
            let past = !self.capitalised(end) && !l.contains('-') && l.len() > 4 && l.ends_with("ed");
            // "said her husband serves as ...": a verb in -s after a noun
            // (a noun in a phrase after a preposition is one: "in past
            // interviews").
            in_pp |= lex::is_preposition(l);
            let finite = !in_pp
                && !self.capitalised(end)
                && end > k
                && l.ends_with('s')
                && !l.ends_with("ss")
                && !lex.nouns.contains_key(l)
                && self.toks[end - 1].word
                && !self.capitalised(end - 1)
                && !lex::is_closed_class(self.low(end - 1))
                && self.low(end - 1) != "of"
                && self.toks.get(end + 1).is_none_or(|n| !n.word || lex.nouns.get(self.lw(n)) != Some(&NounClass::Role));
            if finite || t.quoted || end >= k + 20 || lex::is_finite_marker(l) || lex.verbs.contains_key(l) || lex::opens_clause(l) || l == "that" || past {
                return None;
            }
            end += 1;
        }
        // The phrase ends the clause: the sentence ends, or a comma or an
        // abbreviation in parentheses follows.
        if end == k || self.toks.get(end).is_some_and(|t| t.sent == sent && !matches!(self.punct(end), Some(',' | '(' | ';' | '.' | '!' | '?'))) {
            return None;
        }
        let cut = (k + 1..end)
            .find(|&j| {
                let l = self.low(j);
                if l == "of" {
                    let quantity = lex::is(self.low(j - 1), lex::class::QUANTIFIER) || lex::is_closed_class(self.low(j - 1));
                    let named = self.capitalised(j - 1) && self.toks.get(j + 1).is_some_and(|n| n.word && n.sent == sent) && self.capitalised(j + 1);
                    return !quantity && !named;
                }
                // "Groshen and other officials" is Groshen; "attorney and
                // professor Richard Lazarus" one person.
                let and = matches!(l, "and" | "or") && self.capitalised(j - 1) && !self.capitalised(j + 1);
                and || lex::is_preposition(l) || matches!(l, "who" | "whose" | "which" | "familiar" | "close")
            })
            .unwrap_or(end);
        let head = cut - 1;
        let l = self.low(head);
        // "said the firm's co-founder and CEO, Carina Popovici, on a call":
        // the name after the role.
        let role = lex.nouns.get(l) == Some(&NounClass::Role);
        if role && cut == end && self.punct(end) == Some(',') {
            let mut e = end + 1;
            while self.toks.get(e).is_some_and(|t| t.word && t.sent == sent && !t.quoted) && self.capitalised(e) {
                e += 1;
            }
            let named = e > end + 1 && self.toks.get(e).is_none_or(|t| t.sent != sent || !t.word);
            if !named {
                return None;
            }
            let s = self.mention_at(e - 1, res).or_else(|| self.proper_np(e - 1, res))?;
            return Some((s, e));
        }
        let subject = if let Some(s) = self.mention_at(head, res) {
            Some(s)
        } else if self.capitalised(head) {
            if lex::is_calendar_word(l) || lex::is_closed_class(l) || role { None } else { self.proper_np(head, res) }
        } else if cut == end && cut - k > 5 {
            // A long lower-case phrase is more likely a clause whose verb
            // no lexicon knows.
            None
        } else {
            lex.nouns.get(l).map(|&nc| self.description(head, nc, res))
        };
        subject.map(|s| (s, end))
    }

    /// The speaker named right after token `k` ("said Khalilzad", "according to the report").
    fn subject_after(&self, k: usize, sent: usize, res: &mut Resolver) -> Option<Subject> {
        let lex = lex::get();
        let mut j = k;
        let mut last_cap = None;
        let mut n = 0;
        // The dot of a title abbreviation ("Sen. Jane Doe") does not end the phrase.
        let title_dot = |j: usize| self.title_dot(j, sent);
        while j < self.toks.len() && self.toks[j].sent == sent && (self.toks[j].word || title_dot(j)) && !self.toks[j].quoted && n < 8 {
            if !self.toks[j].word {
                j += 1;
                continue;
            }
            let l = self.low(j);
            if let Some(s) = self.mention_at(j, res) {
                // Prefer a description head that follows ("the UN report").
                let mut titled = false;
                let mut h = j + 1;
                while h < self.toks.len() && self.toks[h].word && h < j + 4 {
                    // "CNN and expert analysis": a noun past a conjunction
                    // or preposition heads another phrase.
                    let hl = self.low(h);
                    if matches!(hl, "and" | "or" | "but" | "nor") || lex::is_preposition(hl) || lex::is_closed_class(hl) {
                        break;
                    }
                    if let Some(&nc) = lex.nouns.get(self.low(h)) {
                        // "RNC spokesman Sean Spicer": a title before the name.
                        let titles_name = nc == NounClass::Role && self.toks.get(h + 1).is_some_and(|n| n.word && n.sent == sent) && self.capitalised(h + 1);
                        if titles_name {
                            titled = true;
                            break;
                        }
                        if !self.capitalised(h) {
                            return Some(self.description_from(h, nc, self.toks.len(), res));
                        }
                    }
                    h += 1;
                }
                if titled {
                    n += h + 1 - j;
                    j = h + 1;
                    last_cap = None;
                    continue;
                }
                // "Los Angeles Police Chief Jim McDonnell": a place that
                // qualifies the name after it.
                let place = res.is_place(s.actor);
                let next = self.tok_after(s.e);
                let word_at = |k: usize| self.toks.get(k).is_some_and(|t| t.word && t.sent == sent && !t.quoted);
                // "Virginia delegate Beau Correll" too.
                let role_then_name = word_at(next) && lex.nouns.get(self.low(next)) == Some(&NounClass::Role) && word_at(next + 1) && self.capitalised(next + 1);
                // "said ABN Amro's Eddie Wong": the owner qualifies the
                // name after it (not "CNN's Fear and Greed Index").
                let owner = next > 0
                    && (self.low(next - 1).ends_with("'s") || self.low(next - 1).ends_with("’s"))
                    && word_at(next)
                    && (role_then_name || self.capitalised(next) && res.mention_over(self.toks[next].s, self.toks[next].e).is_some());
                if owner || place && word_at(next) && (self.capitalised(next) || role_then_name) {
                    n += 1;
                    j = next;
                    last_cap = None;
                    continue;
                }
                return Some(s);
            }
            if let Some(pc) = lex::pronoun(l) {
                if n == 0 {
                    let t = &self.toks[j];
                    return Some(Subject { s: t.s, e: t.e, actor: res.pronoun(pc, t.s) });
                }
            }
            if let Some(&nc) = lex.nouns.get(l) {
                // "said L2 president Bruce Willsie": the name, not the role.
                // "company president X": the head comes later in the phrase.
                let named = j + 1 < self.toks.len()
                    && self.toks[j + 1].word
                    && (self.capitalised(j + 1) || lex.nouns.contains_key(self.low(j + 1)));
                if !self.capitalised(j) && !named {
                    return Some(self.description_from(j, nc, self.toks.len(), res));
                }
                if named {
                    last_cap = None;
                    j += 1;
                    n += 1;
                    continue;
                }
            }
            // "a German user from Hanover": the nationality qualifies the
            // noun that heads the phrase, a person (or people when plural)
            // the lexicon does not know; the place after it is no speaker.
            if last_cap.is_none() && self.capital_modifier(j) && !lex.nouns.contains_key(self.low(j + 1)) {
                let h = self.np_head(j + 1, self.toks.len());
                if !self.phrase_ends_after(h) {
                    return None;
                }
                return Some(self.description(h, if self.plural_word(h) { NounClass::People } else { NounClass::Role }, res));
            }
            if self.capitalised(j) && !lex::is_calendar_word(l) && !(last_cap.is_none() && self.capital_modifier(j)) {
                last_cap = Some(j);
            } else if last_cap.is_some() {
                break;
            }
            j += 1;
            n += 1;
        }
        last_cap.and_then(|j| self.proper_np(j, res))
    }

    /// "according to the school": a short lower-case noun phrase that no
    /// lexicon knows, as a body named by its head noun.
    fn plain_np_after(&self, k: usize, sent: usize, res: &mut Resolver) -> Option<Subject> {
        let mut j = k;
        while j < self.toks.len() && j < k + 4 && self.toks[j].sent == sent && self.toks[j].word && !self.toks[j].quoted {
            j += 1;
        }
        if j == k || self.toks.get(j).is_some_and(|t| t.word && t.sent == sent) {
            return None;
        }
        let first = self.low(k);
        let det = if lex::is_determiner(first) { first } else { "" };
        let from = if det.is_empty() { k } else { k + 1 };
        let head = j - 1;
        if from > head || !self.lw(&self.toks[head]).chars().all(char::is_alphabetic) || self.capitalised(head) {
            return None;
        }
        let mods: Vec<&str> = (from..head).map(|t| self.text(t)).collect();
        let actor = res.description(NounClass::Collective, det, &mods, self.low(head), None, self.toks[head].s);
        Some(Subject { s: self.toks[k].s, e: self.toks[head].e, actor })
    }

    /// The mention covering token `j`, as a subject.
    /// Names joined by "and" ("Smith and Jones said") are one group speaker.
    fn mention_at(&self, j: usize, res: &mut Resolver) -> Option<Subject> {
        let t = &self.toks[j];
        let (ms, me, actor) = res.mention_over(t.s, t.e)?;
        if let Some((gs, ge, group)) = res.joined_over(ms, me).filter(|&(gs, ge, _)| self.p.start <= gs && ge <= self.p.end) {
            return Some(Subject { s: gs, e: ge, actor: Some(group) });
        }
        Some(Subject { s: ms.min(t.s), e: me.max(t.e).min(self.p.end), actor: Some(actor) })
    }

    /// Whether the word at token `h` ends like a plural ("officials", not
    /// "press").
    fn plural_word(&self, h: usize) -> bool {
        let l = self.low(h);
        l.ends_with('s') && !l.ends_with("ss")
    }

    /// A description headed by the noun at token `h`: back to its determiner.
    fn description(&self, h: usize, class: NounClass, res: &mut Resolver) -> Subject {
        let head_tok = &self.toks[h];
        let sent = head_tok.sent;
        let mut j = h;
        let mut det = "";
        let mut inner = None;
        while j > 0 && h - j < 8 {
            let k = j - 1;
            let t = &self.toks[k];
            // "an Israel Defense Forces (IDF) spokesman": over the
            // abbreviation in parentheses to the name it abbreviates.
            if self.punct(k) == Some(')') && k >= 3 && self.punct(k - 2) == Some('(') && self.toks[k - 1].word && self.toks[k - 3].word && self.toks[k - 3].sent == sent && self.capitalised(k - 3) {
                if inner.is_none() {
                    inner = res.mention_over(self.toks[k - 1].s, self.toks[k - 1].e).map(|m| m.2);
                }
                j = k - 2;
                continue;
            }
            if t.sent != sent || !t.word || t.quoted {
                break;
            }
            // "an order that officials said ...": "that" before a plural is
            // the relative pronoun, no determiner of the phrase.
            if self.lw(t) == "that" && self.plural_word(h) {
                break;
            }
            if lex::is_determiner(self.lw(t)) {
                det = self.low(k);
                j = k;
                break;
            }
            if lex::get().verbs.contains_key(self.lw(t)) || lex::get().skip.contains(self.lw(t)) || matches!(self.lw(t), "of" | "to" | "in" | "on" | "at" | "by" | "for" | "with" | "and" | "but" | "from" | "after" | "before" | "as" | "because" | "since" | "while" | "when" | "although" | "though" | "than" | "if") {
                break;
            }
            if inner.is_none() {
                inner = res.mention_over(t.s, t.e).map(|m| m.2);
            }
            j = k;
        }
        let mods_from = if det.is_empty() { j } else { j + 1 };
        let mods: Vec<&str> = (mods_from..h).filter(|&k| self.toks[k].word && !self.in_parens(k)).map(|k| self.text(k)).collect();
        // "the text of the accord": the words before "of" belong to the surface.
        let mut s = self.toks[j].s;
        if j >= 2 && self.low(j - 1) == "of" && self.toks[j - 2].word && self.toks[j - 2].sent == sent {
            let mut k = j - 2;
            if k > 0 && lex::is_determiner(self.low(k - 1)) {
                k -= 1;
            }
            s = self.toks[k].s;
        }
        let head = self.lw(head_tok).trim_end_matches("’s").trim_end_matches("'s").to_string();
        let actor = res.description(class, det, &mods, &head, inner, head_tok.s);
        Subject { s, e: head_tok.e, actor }
    }

    /// "unions at the carmaker said": when the noun phrase around the noun
    /// at `j` is the object of a preposition that follows a noun of people
    /// or a body, or a capitalised word ("Democrats in the state"), that
    /// word heads the subject: its token.
    fn pp_owner(&self, j: usize) -> Option<usize> {
        let lex = lex::get();
        let sent = self.toks[j].sent;
        let mut b = j;
        while b > 0 && j - b < 4 {
            let t = &self.toks[b - 1];
            if t.sent != sent || !t.word || t.quoted {
                return None;
            }
            let l = self.lw(t);
            if lex::is_preposition(l) {
                break;
            }
            if lex::is_closed_class(l) && !lex::is_determiner(l) || lex.verbs.contains_key(l) || lex::is_finite_marker(l) || matches!(l, "and" | "or" | "but" | "who" | "which") {
                return None;
            }
            b -= 1;
            if lex::is_determiner(l) {
                break;
            }
        }
        let p = b.checked_sub(1)?;
        if !lex::is_preposition(self.low(p)) || self.toks[p].sent != sent {
            return None;
        }
        let o = p.checked_sub(1)?;
        let t = &self.toks[o];
        if !t.word || t.quoted || t.sent != sent {
            return None;
        }
        // A name owns a place or body it is in or of ("Democrats in the
        // state", "Corien Fahner of the prosecution service"), not a person
        // ("a Department of Homeland Security spokesperson" is the
        // spokesperson), nor what follows "after" or "by".
        let lj = self.low(j);
        let person = lex.nouns.get(lj).is_some_and(|c| *c == NounClass::Role || *c == NounClass::People && lj.ends_with('s'));
        if self.capitalised(o) && !self.first_word_of_sentence(o) {
            return (!person && matches!(self.low(p), "in" | "at" | "of" | "from")).then_some(o);
        }
        lex.nouns.get(self.low(o)).is_some_and(|c| matches!(c, NounClass::People | NounClass::Collective)).then_some(o)
    }

    /// Whether token `k` is a word between "(" and ")" right around it.
    fn in_parens(&self, k: usize) -> bool {
        k > 0 && self.punct(k - 1) == Some('(') && self.punct(k + 1) == Some(')')
    }

    /// The head of the noun phrase that the noun at `j` opens, before
    /// token `limit`: the last of the lower-case nouns after it ("state
    /// media", "expert analysis"), when the phrase ends there (at a
    /// punctuation mark, a preposition or `limit`). A noun used as a
    /// modifier is not the head.
    fn np_head(&self, j: usize, limit: usize) -> usize {
        let lex = lex::get();
        let sent = self.toks[j].sent;
        let content = |k: usize| {
            let Some(t) = self.toks.get(k) else { return false };
            let l = self.lw(t);
            t.word
                && t.sent == sent
                && !t.quoted
                && !self.capitalised(k)
                && l.chars().all(char::is_alphabetic)
                && !(l.ends_with("ed") || l.ends_with("ing") || l.ends_with("ly"))
                && !lex::is_preposition(l)
                && !lex::is_closed_class(l)
                && !lex::is_finite_marker(l)
                && !lex::is_calendar_word(l)
                && lex::pronoun(l).is_none()
                && !lex.verbs.contains_key(l)
                && !lex.skip.contains(l)
                && !lex.adjuncts.contains(l)
                && !matches!(l, "and" | "or" | "but" | "who" | "which" | "that" | "whose" | "where" | "when")
        };
        let mut k = j;
        while k + 1 < limit && k < j + 2 && content(k + 1) {
            k += 1;
        }
        if k == j {
            return j;
        }
        // Before a preposition, a word the lexicon does not know may be an
        // adjective after the noun ("a source familiar with").
        while k > j && k + 1 < limit && !lex.nouns.contains_key(self.low(k)) && self.toks.get(k + 1).is_some_and(|t| t.word && lex::is_preposition(self.lw(t))) {
            k -= 1;
        }
        if k + 1 >= limit || self.phrase_ends_after(k) {
            k
        } else {
            j
        }
    }

    /// Whether a noun phrase may end with token `k`: the sentence ends after
    /// it, or a punctuation mark, a preposition, a relative pronoun or a
    /// verb follows.
    fn phrase_ends_after(&self, k: usize) -> bool {
        let lex = lex::get();
        let sent = self.toks[k].sent;
        let ends_at = |l: &str| {
            lex::is_preposition(l) || matches!(l, "who" | "which" | "that" | "whose") || lex.verbs.contains_key(l) || lex::is_finite_marker(l)
        };
        self.toks.get(k + 1).is_none_or(|t| {
            t.sent != sent || (!t.word && !t.quoted && self.punct(k + 1).is_some_and(|c| !is_quote_mark(c))) || (t.word && ends_at(self.lw(t)))
        })
    }

    /// A description headed by the noun phrase that the noun at `j`
    /// (of class `nc`) opens, before token `limit`.
    fn description_from(&self, j: usize, nc: NounClass, limit: usize, res: &mut Resolver) -> Subject {
        let h = self.np_head(j, limit);
        // A head the lexicon does not know is a person after a role ("the
        // chief watchdog"), else a body ("state media").
        let fallback = if nc == NounClass::Role { NounClass::Role } else { NounClass::Collective };
        let class = if h == j { nc } else { lex::get().nouns.get(self.low(h)).copied().unwrap_or(fallback) };
        self.description(h, class, res)
    }

    /// Whether the capitalised word at `j` only qualifies the lower-case
    /// noun after it: an adjective of nationality ("the Italian carmaker")
    /// or a common noun capitalised because it opens the sentence
    /// ("Satellite imagery showed").
    fn capital_modifier(&self, j: usize) -> bool {
        let sent = self.toks[j].sent;
        let next_lower = self.toks.get(j + 1).is_some_and(|t| {
            t.word && t.sent == sent && !t.quoted && self.text(j + 1).starts_with(char::is_lowercase) && {
                let l = self.lw(t);
                !lex::is_preposition(l) && !lex::is_closed_class(l) && !lex::is_finite_marker(l) && !lex::get().verbs.contains_key(l) && !lex::get().skip.contains(l) && !matches!(l, "and" | "or" | "but" | "who" | "which" | "that")
            }
        });
        // A sentence-initial word only before a noun the lexicon knows
        // ("Bryne went on to say" keeps its name).
        next_lower && (lex::is_demonym(self.low(j)) || (self.first_word_of_sentence(j) && lex::get().nouns.contains_key(self.low(j + 1))))
    }

    /// A capitalised name ending at token `j`, without leading titles.
    fn proper_np(&self, j: usize, res: &mut Resolver) -> Option<Subject> {
        let lex = lex::get();
        let sent = self.toks[j].sent;
        let connector = |l: &str| matches!(l, "bin" | "al" | "de" | "da" | "van" | "von" | "der" | "la" | "le" | "du" | "di" | "el");
        let mut k = j;
        while k > 0 {
            let p = k - 1;
            let t = &self.toks[p];
            if t.sent != sent || !t.word || t.quoted {
                break;
            }
            if !(self.capitalised(p) || connector(self.lw(t))) {
                break;
            }
            if lex::is_closed_class(self.lw(t)) || (self.first_word_of_sentence(p) && lex::is_sentence_opener(self.lw(t))) {
                break;
            }
            k = p;
        }
        // Drop titles: "Secretary of State Mike Pompeo" -> "Mike Pompeo".
        let title = |l: &str| {
            lex.nouns.get(l).is_some_and(|c| *c == NounClass::Role)
                || matches!(
                    l,
                    "mr" | "mrs" | "ms" | "dr" | "sen" | "rep" | "gov" | "gen" | "lt" | "col" | "capt" | "sgt" | "state"
                        | "defense" | "foreign" | "deputy" | "vice" | "general" | "former" | "acting" | "prime" | "of"
                        | "u.s" | "us" | "house" | "white" | "mr." | "senior" | "special"
                )
        };
        while k < j && title(self.low(k).trim_end_matches('.')) {
            k += 1;
        }
        let s = self.toks[k].s;
        let e = self.toks[j].e;
        let raw = &self.body[s..e];
        let name = raw.trim_end_matches("’s").trim_end_matches("'s");
        let low = name.to_lowercase();
        if name.is_empty() || lex::is_calendar_word(&low) || lex::is_closed_class(&low) || lex::is_sentence_opener(&low) {
            return None;
        }
        // "Recent surveys", "Among the", "Almost 50%": more of a noun phrase
        // follows; "Cairn said", "Sky has said", "Amnesty, in a statement,"
        // do not.
        let phrase_goes_on = self.toks.get(j + 1).is_some_and(|t| {
            let w = self.lw(t);
            t.sent == sent
                && t.word
                && self.body.get(self.toks[j].e..t.s).is_some_and(|g| g.trim().is_empty())
                && !self.capitalised(j + 1)
                && !lex::get().verbs.contains_key(w)
                && !lex::is_finite_marker(w)
                && !lex::is_adverb(w)
                // "Article 33 states": a labelled document.
                && !(w.starts_with(|c: char| c.is_ascii_digit()) && crate::extract::figures::is_label_word(name))
        });
        let actor = res.proper(name, self.first_word_of_sentence(k) && phrase_goes_on);
        Some(Subject { s, e: s + name.len(), actor })
    }

    /// The main subject of sentence `sent` before token `limit`: its first
    /// person mention, else its first mention, else its first longer name.
    fn sentence_subject(&self, sent: usize, limit: usize, res: &mut Resolver) -> Option<Subject> {
        let range: Vec<usize> = (0..limit).filter(|&k| self.toks[k].sent == sent && self.toks[k].word && !self.toks[k].quoted).collect();
        // "He didn't say which ... and said": the pronoun that opens the sentence.
        if let Some(&k) = range.first().filter(|&&k| self.first_word_of_sentence(k)) {
            if let Some(pc) = lex::pronoun(self.low(k)) {
                let t = &self.toks[k];
                return Some(Subject { s: t.s, e: t.e, actor: res.pronoun(pc, t.s) });
            }
        }
        let mut first_any = None;
        for &k in &range {
            let t = &self.toks[k];
            let actor = res.mention_over(t.s, t.e).map(|m| m.2);
            if let Some(a) = actor {
                let person = res.cast.actors.get(a).is_some_and(|a| a.kind == crate::extract::types::ActorKind::Person);
                if person {
                    return self.mention_at(k, res);
                }
                // "A California sheriff ...": a place qualifies, it does not speak.
                let place = res.cast.actors.get(a).is_some_and(|a| matches!(a.kind, ActorKind::Place));
                if first_any.is_none() && !place {
                    first_any = Some(k);
                }
            }
        }
        if let Some(k) = first_any {
            return self.mention_at(k, res);
        }
        // "A California sheriff running for governor has ...": a speaker
        // noun among the first words.
        let lex = lex::get();
        if let Some(&h) = range.iter().take(5).find(|&&k| !self.capitalised(k) && lex.nouns.contains_key(self.low(k))) {
            if let Some(&nc) = lex.nouns.get(self.low(h)) {
                return Some(self.description(h, nc, res));
            }
        }
        // No mentions: the first run of two or more capitalised words, or a
        // capitalised word that opens the sentence.
        let mut k = 0;
        while k < range.len() {
            let j = range[k];
            if self.capitalised(j)
                && !lex::is_calendar_word(self.low(j))
                && !lex::is_closed_class(self.low(j))
                && !(self.first_word_of_sentence(j) && lex::is_sentence_opener(self.low(j)))
            {
                let mut e = k;
                while e + 1 < range.len() && range[e + 1] == range[e] + 1 && self.capitalised(range[e + 1]) {
                    e += 1;
                }
                if e > k || (k == 0 && self.first_word_of_sentence(j)) {
                    return self.proper_np(range[e], res);
                }
                k = e + 1;
            } else {
                k += 1;
            }
        }
        None
    }
}

/// Words that open an adjunct after a verb of saying ("said in a
/// statement", "said Saturday", "said of the move", "said as the crowd
/// cheered"), not its content.
fn is_adjunct_opener(l: &str) -> bool {
    let lex = lex::get();
    lex.adjuncts.contains(l)
        || lex::is_calendar_word(l)
        || matches!(l, "of" | "about" | "from" | "with" | "to" | "by" | "as" | "amid" | "outside" | "inside" | "near" | "per" | "according")
}

/// Whether a quotation's text ends with a full stop that ends a sentence
/// (not an initial or an abbreviation such as "U.S." or "Mr.", not "...").
fn quote_ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('.') && !t.ends_with("..") && ends_a_sentence(t.rsplit(char::is_whitespace).next().unwrap_or(""))
}

/// Whether `gap` holds a full stop that ends a sentence: not the dot of a
/// title ("Sen. Bob Smith") or of an initial ("John F. Kennedy").
fn ends_a_sentence(gap: &str) -> bool {
    gap.match_indices('.').any(|(i, _)| {
        let word = gap[..i].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        !(initial || lex::is_title_abbreviation(&word.to_lowercase()))
    })
}

#[cfg(test)]
mod tests;
