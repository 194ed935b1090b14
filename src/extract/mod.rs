//! The extraction pipeline: one article's text in, typed facts with offsets out.
//! It knows nothing of SQLite or the terminal.

pub mod actors;
pub mod caseless;
pub mod clean;
pub mod dates;
pub mod events;
pub mod figures;
pub mod lexicon;
pub mod numbers;
pub mod segment;
pub mod statements;
pub mod text;
pub mod types;

pub use types::*;

/// Runs every stage on one article.
pub fn extract(raw: &RawArticle) -> Facts {
    let article = clean::clean(raw);
    let body = article.body.as_str();
    let sentences = segment::segment(body);
    let published = article
        .published
        .as_deref()
        .and_then(|p| p.parse::<jiff::civil::Date>().ok());
    let mut cast = actors::recognise(&article, &sentences);
    let dates = dates::extract(body, &sentences, published);
    let figures = figures::extract(body, &sentences, &dates);
    let statements = statements::extract(body, &sentences, &mut cast);
    let events = events::extract(body, &sentences, &mut cast, &dates, &statements);
    Facts { article, sentences, cast, statements, dates, events, figures }
}
