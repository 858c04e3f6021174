//! One spelling throughout: US English. Lists of the British forms that
//! writing about software tends to use, checked word by word.

/// Roots of verbs spelled "-ise" in British English: a word matches when it is
/// the root followed by "se", "sed", "ses", "sing", "sation", "sations", "ser" or "sers"
/// ("optimi" catches "optimised" and "optimisation" but not "optimistic").
const ISE_ROOTS: &[&str] = &[
    "apologi",
    "authori",
    "capitali",
    "categori",
    "centrali",
    "characteri",
    "containeri",
    "critici",
    "customi",
    "decentrali",
    "deseriali",
    "emphasi",
    "finali",
    "generali",
    "initiali",
    "internationali",
    "locali",
    "materiali",
    "maximi",
    "memori",
    "minimi",
    "normali",
    "optimi",
    "organi",
    "paralleli",
    "penali",
    "prioriti",
    "randomi",
    "reali",
    "recogni",
    "saniti",
    "seriali",
    "speciali",
    "stabili",
    "standardi",
    "summari",
    "synchroni",
    "tokeni",
    "utili",
    "virtuali",
    "visuali",
];

/// Endings that follow an [`ISE_ROOTS`] root.
const ISE_ENDINGS: &[&str] = &[
    "se", "sed", "ses", "sing", "sation", "sations", "ser", "sers",
];

/// Stems whose every word is British ("behaviour", "behavioural", ...).
const STEMS: &[&str] = &[
    "behaviour",
    "catalogue",
    "colour",
    "favour",
    "honour",
    "labour",
    "neighbour",
];

/// Whole British words.
const WORDS: &[&str] = &[
    "analyse",
    "analysed",
    "analyser",
    "analysing",
    "centre",
    "centres",
    "defence",
    "enrol",
    "enrolment",
    "fulfil",
    "grey",
    "judgement",
    "labelled",
    "labelling",
    "learnt",
    "licence",
    "metre",
    "metres",
    "modelled",
    "modelling",
    "offence",
    "programme",
    "programmes",
    "signalling",
    "travelled",
    "travelling",
    "whilst",
];

/// Whether one lowercase word is a British spelling.
fn is_british(word: &str) -> bool {
    WORDS.contains(&word)
        || STEMS.iter().any(|s| word.starts_with(s))
        || ISE_ROOTS.iter().any(|root| {
            word.strip_prefix(root)
                .is_some_and(|ending| ISE_ENDINGS.contains(&ending))
        })
}

/// Proper names spelled the British way by their owners, which stay as they are.
const PROPER_NAMES: &[&str] = &["Provident Fund Organisation"];

/// The first British spelling in `text`, if any (proper names aside).
pub(super) fn british_word(text: &str) -> Option<String> {
    let mut text = text.to_owned();
    for name in PROPER_NAMES {
        text = text.replace(name, "");
    }
    text.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .find(|w| is_british(w))
}

#[cfg(test)]
mod tests {
    use super::british_word;

    #[test]
    fn finds_british_forms_and_leaves_us_ones() {
        assert_eq!(
            british_word("Organise the behaviour"),
            Some("organise".into())
        );
        assert_eq!(
            british_word("Data modelling basics"),
            Some("modelling".into())
        );
        assert_eq!(british_word("Optimistic locking"), None);
        assert_eq!(british_word("A characteristic of specialists"), None);
        assert_eq!(british_word("Organize the behavior, then analyze"), None);
        assert_eq!(british_word("An analysis with emphasis"), None);
        assert_eq!(british_word("Employees' Provident Fund Organisation"), None);
    }
}
