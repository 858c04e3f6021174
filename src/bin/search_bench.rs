//! Prints how long the search index takes to build and one search takes per
//! keystroke, natively: part of `make bench`. Time depends on the machine, so
//! nothing here is a test.

use std::time::{Duration, Instant};

use backend_roadmap::content::{Catalog, Track};
use backend_roadmap::search::SearchIndex;

/// Queries typed one character at a time, as a learner would.
const QUERIES: [&str; 5] = [
    "kubernetes basics",
    "websocekts",
    "postgress indexes",
    "oauth openid connect",
    "sql joins",
];

/// Rounds over every keystroke; the median and best of them are reported, so
/// that a busy machine skews the figure less.
const ROUNDS: usize = 15;

fn main() {
    // `cargo test` validates the content, so a failure here is a broken build.
    let catalog = Catalog::embedded().expect("the embedded content parses");
    let started = Instant::now();
    let index = SearchIndex::new(&catalog, Track::Python);
    let built = started.elapsed();
    let prefixes: Vec<&str> = QUERIES
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()]))
        .collect();
    let mut hits = 0;
    let mut rounds: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let started = Instant::now();
            for prefix in &prefixes {
                hits += index.search(prefix, 10).len();
            }
            started.elapsed() / prefixes.len() as u32
        })
        .collect();
    rounds.sort();
    println!(
        "Search (native): index built in {built:?}; {} keystrokes: median {:?}, best {:?} per search ({hits} hits)",
        prefixes.len(),
        rounds[rounds.len() / 2],
        rounds[0]
    );
}
