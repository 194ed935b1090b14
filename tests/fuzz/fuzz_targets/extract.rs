//! Fuzzes the whole extraction pipeline: any UTF-8 text must extract without
//! a panic, and every span it returns must be writable (on character
//! boundaries inside the body, every cross reference valid).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The first byte picks whether a publication date is known.
    let published = data.first().is_some_and(|b| b & 1 == 1).then(|| "2020-06-01".to_string());
    let raw = dossier::extract::RawArticle { text: text.to_string(), published, ..Default::default() };
    let facts = dossier::extract::extract(&raw);
    if let Err(e) = dossier::store::check_facts(&facts) {
        panic!("invalid facts: {e}");
    }
    for g in &facts.figures {
        if let (Some(l), Some(h)) = (g.low, g.high) {
            assert!(l <= h, "figure {:?}: low {l} > high {h}", g.text);
        }
    }
});
