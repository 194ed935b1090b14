//! The facts the extraction pipeline produces: plain data, no SQLite, no terminal.
//!
//! All offsets (`start`, `end`) are BYTE offsets into `Article::body`, end
//! exclusive; storage converts them to character offsets when it writes.
//! Cross references (`actor`, `sentence`, `speaker`, `date`) are indexes into
//! the vectors of the same `Facts`.

use serde::{Deserialize, Serialize};

/// What a reader hands to the pipeline: one article as it came in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RawArticle {
    /// External id (from a JSON Lines corpus), if any.
    pub id: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// ISO date `YYYY-MM-DD`, already validated by the reader.
    pub published: Option<String>,
    pub source: Option<String>,
}

/// The article after cleaning: page chrome separated from the body.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub external_id: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    /// The cleaned text every offset points into.
    pub body: String,
    /// "Washington CNN —"
    pub dateline: Option<String>,
    /// "CNN's Barbara Starr contributed to this report."
    pub credits: Option<String>,
    /// Captions, video timestamps and other page furniture, one per line.
    pub chrome: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// 0-based paragraph number.
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Organization,
    Government,
    Country,
    Group,
    Place,
    Document,
    Other,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Government => "government",
            ActorKind::Country => "country",
            ActorKind::Group => "group",
            ActorKind::Place => "place",
            ActorKind::Document => "document",
            ActorKind::Other => "other",
        }
    }
}

/// One real-world actor of this article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical name: "Zalmay Khalilzad", "United Nations".
    pub name: String,
    pub kind: ActorKind,
    /// Title or role: "Secretary of State".
    pub title: Option<String>,
    /// Every surface form resolved to this actor (the canonical name included).
    pub aliases: Vec<String>,
}

impl Actor {
    /// Whether a word of the name is `word` (lower case): "the
    /// administration" for "Trump administration", "the court" for "Supreme
    /// Court".
    pub fn named_with(&self, word: &str) -> bool {
        self.name.to_lowercase().split_whitespace().any(|w| w == word)
    }
}

/// One occurrence of an actor in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub actor: usize,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// A title or role given at this mention ("Lt. Cmdr.").
    pub title: Option<String>,
}

/// The actors of an article and where they occur. Later stages (statements,
/// events) may add actors, e.g. a document speaker ("the report").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cast {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    Direct,
    Indirect,
}

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub sentence: usize,
    /// Span of the statement's content in the body.
    pub start: usize,
    pub end: usize,
    pub kind: StatementKind,
    /// Index into `Cast::actors`; None only when no speaker can be found.
    pub speaker: Option<usize>,
    /// How the speaker is referred to here: "he", "the report", "Khalilzad".
    pub speaker_text: Option<String>,
    /// The speech verb phrase: "said", "told reporters", "according to".
    pub cue: Option<String>,
    /// The content (quote marks stripped for direct quotes).
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
        }
    }
}

/// A temporal expression, normalised against the publication date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateExpr {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// ISO prefix at `precision` ("2020", "2020-05", "2020-06-01"), or the
    /// first day of a period that is not a whole month or year. None when
    /// it cannot be resolved (e.g. a relative date without publication date).
    pub value: Option<String>,
    /// Last day of a period that is not a whole calendar month or year.
    pub value_end: Option<String>,
    pub precision: Option<Precision>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Asserted,
    Negated,
    Hypothetical,
    Planned,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
            Modality::Planned => "planned",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Agent,
    Patient,
    Recipient,
    Location,
    Participant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Patient => "patient",
            Role::Recipient => "recipient",
            Role::Location => "location",
            Role::Participant => "participant",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub sentence: usize,
    /// Kind from the trigger lexicon: "agreement", "meeting", "publication", ...
    pub kind: String,
    /// CAMEO root code ("03", "04", "19", ...).
    pub cameo: Option<String>,
    /// Span of the trigger word(s).
    pub start: usize,
    pub end: usize,
    /// Index into `Facts::dates` of the expression that dates the event.
    pub date: Option<usize>,
    /// ISO prefix of the event's date (the date expression's value).
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub date_text: Option<String>,
    /// Index into `Cast::actors` of a place actor.
    pub location: Option<usize>,
    pub modality: Modality,
    pub participants: Vec<(usize, Role)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Approximately,
    Nearly,
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

impl Qualifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Approximately => "approximately",
            Qualifier::Nearly => "nearly",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::LessThan => "less_than",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    Count,
    Range,
    Fraction,
    Percent,
    Money,
    Duration,
    Threshold,
    Ordinal,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Range => "range",
            FigureKind::Fraction => "fraction",
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Duration => "duration",
            FigureKind::Threshold => "threshold",
            FigureKind::Ordinal => "ordinal",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// Surface: "some 400 to 600".
    pub text: String,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// What is counted: "armed al Qaeda operatives".
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub kind: FigureKind,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub article: Article,
    pub sentences: Vec<Sentence>,
    pub cast: Cast,
    pub statements: Vec<Statement>,
    pub dates: Vec<DateExpr>,
    pub events: Vec<Event>,
    pub figures: Vec<Figure>,
}

impl Cast {
    /// The actor whose canonical name or an alias equals `name` (case-insensitive).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.actors.iter().position(|a| {
            a.name.eq_ignore_ascii_case(name) || a.aliases.iter().any(|x| x.eq_ignore_ascii_case(name))
        })
    }

    /// The actor known by `name`, added (with that name as its only alias) when missing.
    pub fn find_or_add(&mut self, name: &str, kind: ActorKind) -> usize {
        if let Some(i) = self.find(name) {
            return i;
        }
        self.actors.push(Actor { name: name.to_string(), kind, title: None, aliases: vec![name.to_string()] });
        self.actors.len() - 1
    }

    /// The mentions that overlap the byte span `start..end`.
    pub fn mentions_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(move |m| m.start < end && start < m.end)
    }
}
