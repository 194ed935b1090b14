//! The `dossier` binary: parse the command line, run it, turn errors into exit codes.

use clap::Parser;

/// mimalloc: extraction allocates many small strings and vectors per
/// article on every core, which glibc's malloc serves more slowly.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = dossier::cli::Cli::parse();
    if let Err(e) = dossier::run(cli) {
        // A closed pipe (`dossier query ... | head`) is not an error.
        if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) {
            std::process::exit(0);
        }
        eprintln!("dossier: {}", one_line(&e));
        std::process::exit(dossier::error::exit_code(&e));
    }
}

/// The error and its causes on one line.
fn one_line(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in e.chain() {
        let s = c.to_string();
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ").replace('\n', " ")
}
