//! Properties of the whole extraction pipeline on random and adversarial
//! text: no panic; every span on character boundaries and inside its
//! sentence; `low <= high`; every referenced speaker, actor and date exists;
//! every date value parses. A small seeded generator keeps it deterministic.

use dossier::extract::{extract, Facts, RawArticle};

/// xorshift64*: deterministic, good enough to pick fragments.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// Pieces of news English and of trouble.
const FRAGMENTS: &[&str] = &[
    "the", "Taliban", "said", "told reporters", "according to", "Secretary of State Mike Pompeo", "the report", "he", "she",
    "Mr.", "Lt. Cmdr.", "U.S.", "No.", "a.m.", "George W. Bush", "Inc.", "the United Nations", "al Qaeda", "Monday",
    "late last month", "spring 2019", "March 15, 2019", "in 2020", "last week", "next year", "the first quarter", "9/11", "00:43",
    "00:43 - Source: CNN", "Washington CNN —", "(AP) —", "CNN’s Ann Roe contributed to this report.", "some 400 to 600", "400-600",
    "between 20 and 30", "about 1,800 to 2,000", "4,000 troops", "below 8,600", "nearly a third", "up to 2,000 prisoners",
    "three-day", "19 years", "$13 billion", "$1.13bn", "£600m", "1.5 million", "76%", "a dozen", "hundreds", "twenty-five", "half",
    "82nd Airborne Division", "Group of 20", "99999999999999999999", "1e308", "0.0000001", "1,2,3,4", "1..2", ".5", "-7", "$", "%",
    "“", "”", "\"", "'", "‘", "’", "“We will go.”", "“unbalanced", "quote”", ",”", ".”", "(", ")", "[", "]", "—", "–", "-", "...", "…",
    ".", ". ", "! ", "? ", ": ", "; ", ",", "\n", "\n\n", "\r\n", "\t", "\u{a0}", "\u{200b}", "\u{200d}", "\u{202e}", "\u{feff}",
    "😀", "👨‍👩‍👧", "🇺🇸", "مرحبا بالعالم", "שלום", "e\u{301}", "Ωμέγα", "日本語の文。", "İstanbul", "ß", "ﬁ", "A", "I", "Q.", "X.Y.Z.",
    "signed an agreement", "met with", "killed", "attacked", "withdrew", "ceasefire", "released", "negotiations",
];

fn random_text(rng: &mut Rng) -> String {
    let mut s = String::new();
    let n = 1 + rng.below(60);
    for _ in 0..n {
        s.push_str(rng.pick(FRAGMENTS));
        if rng.below(3) > 0 {
            s.push(' ');
        }
    }
    s
}

fn random_chars(rng: &mut Rng) -> String {
    const CHARS: &[char] = &['a', 'Z', ' ', '.', '“', '”', '\n', '0', '9', ',', '$', '%', '-', '—', '😀', '\u{200d}', 'é', '\'', '"', '?', '!'];
    (0..rng.below(200)).map(|_| CHARS[rng.below(CHARS.len())]).collect()
}

fn date_ok(v: &str) -> bool {
    match v.len() {
        4 => v.parse::<u16>().is_ok(),
        7 => format!("{v}-01").parse::<jiff::civil::Date>().is_ok(),
        10 => v.parse::<jiff::civil::Date>().is_ok(),
        _ => false,
    }
}

/// Every property of one article's facts; the error says which failed.
fn check(f: &Facts) -> Result<(), String> {
    dossier::store::check_facts(f)?;
    let body = f.article.body.as_str();
    let mut prev_end = 0;
    for (i, s) in f.sentences.iter().enumerate() {
        let t = &body[s.start..s.end];
        if t.is_empty() || t != t.trim() || s.start < prev_end {
            return Err(format!("sentence {i} {:?} is empty, untrimmed or overlaps the one before", t));
        }
        prev_end = s.end;
    }
    let inside = |what: &str, i: usize, sentence: usize, start: usize, end: usize| -> Result<(), String> {
        let s = f.sentences[sentence];
        if s.start <= start && end <= s.end { Ok(()) } else { Err(format!("{what} {i} ({start}..{end}) is outside sentence {sentence} ({}..{})", s.start, s.end)) }
    };
    for (i, m) in f.cast.mentions.iter().enumerate() {
        inside("mention", i, m.sentence, m.start, m.end)?;
    }
    for (i, d) in f.dates.iter().enumerate() {
        inside("date", i, d.sentence, d.start, d.end)?;
        if let Some(v) = &d.value {
            if !date_ok(v) {
                return Err(format!("date {i}: value {v:?} does not parse"));
            }
        }
        if let Some(e) = &d.value_end {
            if e.len() != 10 || !date_ok(e) || d.value.as_ref().is_some_and(|v| v.as_str() > e.as_str()) {
                return Err(format!("date {i}: value_end {e:?} does not parse or comes before {:?}", d.value));
            }
        }
    }
    for (i, g) in f.figures.iter().enumerate() {
        inside("figure", i, g.sentence, g.start, g.end)?;
        if [g.value, g.low, g.high].iter().flatten().any(|x| !x.is_finite()) {
            return Err(format!("figure {i} {:?}: a number is not finite", g.text));
        }
        if let (Some(l), Some(h)) = (g.low, g.high) {
            if l > h {
                return Err(format!("figure {i} {:?}: low {l} > high {h}", g.text));
            }
        }
    }
    for (i, e) in f.events.iter().enumerate() {
        inside("event", i, e.sentence, e.start, e.end)?;
        for v in [&e.date_start, &e.date_end].into_iter().flatten() {
            if !date_ok(v) {
                return Err(format!("event {i}: date {v:?} does not parse"));
            }
        }
    }
    for (i, s) in f.statements.iter().enumerate() {
        let sent = f.sentences[s.sentence];
        if s.start < sent.start || s.start > sent.end {
            return Err(format!("statement {i} starts outside its sentence"));
        }
    }
    for (i, a) in f.cast.actors.iter().enumerate() {
        if a.name.trim().is_empty() {
            return Err(format!("actor {i} has an empty name"));
        }
    }
    Ok(())
}

fn run_cases(seed: u64, n: usize, make: fn(&mut Rng) -> String) {
    let mut rng = Rng(seed);
    for case in 0..n {
        let text = make(&mut rng);
        let published = (rng.below(2) == 0).then(|| "2020-06-01".to_string());
        let raw = RawArticle { text: text.clone(), published, ..Default::default() };
        let got = std::panic::catch_unwind(|| extract(&raw));
        match got {
            Err(_) => panic!("case {case} (seed {seed}): extract panicked on {text:?}"),
            Ok(f) => {
                if let Err(e) = check(&f) {
                    panic!("case {case} (seed {seed}): {e}\ntext: {text:?}");
                }
            }
        }
    }
}

#[test]
fn news_like_fragments_in_any_order_keep_every_property() {
    run_cases(0x5EED_0001, 1500, random_text);
}

#[test]
fn random_characters_keep_every_property() {
    run_cases(0x5EED_0002, 1500, random_chars);
}

#[test]
fn the_seed_article_keeps_every_property() {
    let raw = RawArticle {
        text: include_str!("../seed/article.txt").to_string(),
        published: Some("2020-06-01".into()),
        ..Default::default()
    };
    check(&extract(&raw)).unwrap();
}

#[test]
fn the_checker_catches_a_figure_with_low_above_high() {
    let raw = RawArticle { text: "Some 400 to 600 fighters.".into(), ..Default::default() };
    let mut f = extract(&raw);
    f.figures.push(dossier::extract::Figure {
        sentence: 0,
        start: 0,
        end: 4,
        text: "Some".into(),
        value: None,
        low: Some(600.0),
        high: Some(400.0),
        unit: None,
        qualifier: None,
        kind: dossier::extract::FigureKind::Range,
        currency: None,
    });
    assert!(check(&f).unwrap_err().contains("low 600 > high 400"));
}
