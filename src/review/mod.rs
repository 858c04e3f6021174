//! PURE: self-check review: the FSRS scheduler, which cards are due, review
//! sessions and review statistics.
//!
//! Nothing here touches the browser; `cargo test` exercises it natively.

pub mod deck;
pub mod fsrs;
pub mod stats;
