//! `dossier load`: read articles, extract their facts, write them to the database.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::cli::LoadArgs;
use crate::input::{self, Overrides};
use crate::store::{self, Access, Written};

#[derive(Debug, Default)]
struct Summary {
    loaded: usize,
    skipped: usize,
    total: Written,
}

pub fn run(db: Option<&Path>, args: &LoadArgs) -> Result<()> {
    let published = args.published.as_deref().map(input::check_date).transpose().map_err(|e| crate::error::usage(format!("--published: {e}")))?;
    let path: PathBuf = match db {
        Some(p) => p.to_path_buf(),
        None => {
            eprintln!("dossier: writing {}", super::DEFAULT_DB);
            PathBuf::from(super::DEFAULT_DB)
        }
    };
    let mut conn = store::open(&path, Access::Create)?;
    let ov = Overrides { published, title: args.title.clone(), source: args.source.clone() };
    let mut s = Summary::default();
    let result = input::read_all(&args.files, &ov, |inp| {
        let facts = crate::extract::extract(&inp.raw);
        let w = store::write_facts(&mut conn, &facts, &inp.sha256, Some(&inp.origin))
            .map_err(|e| anyhow::anyhow!("{}: {e}", inp.origin))?;
        if w.article_id.is_some() {
            s.loaded += 1;
            add(&mut s.total, &w);
        } else {
            s.skipped += 1;
        }
        Ok(())
    });
    eprintln!("{}", summary_line(&s));
    result
}

fn add(t: &mut Written, w: &Written) {
    t.sentences += w.sentences;
    t.actors += w.actors;
    t.mentions += w.mentions;
    t.statements += w.statements;
    t.dates += w.dates;
    t.events += w.events;
    t.figures += w.figures;
}

fn summary_line(s: &Summary) -> String {
    let t = &s.total;
    format!(
        "loaded {} article{}, skipped {} already loaded: {} sentences, {} new actors, {} mentions, {} statements, {} dates, {} events, {} figures",
        s.loaded,
        if s.loaded == 1 { "" } else { "s" },
        s.skipped,
        t.sentences,
        t.actors,
        t.mentions,
        t.statements,
        t.dates,
        t.events,
        t.figures
    )
}
