//! PURE: typo-tolerant topic search, fast enough to run on every keystroke.
//!
//! # How it works
//!
//! [`SearchIndex::new`] splits every searchable text of every topic into
//! normalized words once: lowercased, with trivial Latin accents folded
//! ("résumé" → "resume") and split at punctuation ("Node.js" → "node", "js").
//! A chunk joined by punctuation is also kept whole ("CI/CD" → "cicd"), so
//! that a learner who types it without the punctuation still finds it. Each
//! distinct word is stored once with the topics and fields it occurs in.
//!
//! A query is split the same way. Each query word is compared with every
//! distinct catalog word (a few thousand) and a match is one of:
//!
//! * **exact**: the same word;
//! * **prefix**: the catalog word starts with the query word; always allowed
//!   for the last query word (the one being typed), and for earlier words of
//!   three or more letters as a cheap stand-in for stemming ("join" → "joins");
//! * **typo**: within 1 edit for words of 4–7 letters and 2 edits for 8 or more
//!   (optimal string alignment: insert, delete, substitute, or swap two
//!   neighbours). The last query word may also be a typo'd *prefix*.
//!
//! # Scoring
//!
//! A match is worth `SCORES[field][kind]` points. The field matters most: at the same
//! kind of match a title beats a concept, a concept a summary, and a summary
//! another track's title or concepts. Within a field exact beats prefix beats a
//! typo. Across fields a fully typed word outranks a guess: a prefix in the
//! title beats an exact word in a concept, but a typo in the title does not.
//!
//! Each query word scores, per topic, its best match times `PRIMARY_SCALE`,
//! plus a small bonus for also occurring in the topic's other fields that can
//! never outweigh a better best match. A topic's score is the sum over words.
//!
//! Only topics that match the largest number of query words are returned: every
//! word when any topic has them all (AND), and otherwise the best partial
//! matches, so that one hopeless word does not empty the results.

use std::collections::HashMap;

use crate::content::{Catalog, Topic, Track};

/// Where a query matched a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The title the learner's track shows.
    Title,
    /// A key concept of the learner's track.
    Concept,
    /// The summary the learner's track shows.
    Summary,
    /// The title or a concept of another language track.
    OtherTrack,
}

/// One topic that matched a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    /// The topic's id.
    pub topic_id: &'a str,
    /// Relevance; higher is better. Only comparable within one result list.
    pub score: u32,
    /// The field of the strongest match.
    pub matched: Field,
}

/// Where a word occurs; finer than [`Field`] so that another track's title can
/// outweigh another track's concepts.
#[derive(Debug, Clone, Copy)]
enum Source {
    Title,
    Concept,
    Summary,
    OtherTitle,
    OtherConcept,
}

/// Every source, in the row order of [`SCORES`].
const SOURCES: [Source; 5] = [
    Source::Title,
    Source::Concept,
    Source::Summary,
    Source::OtherTitle,
    Source::OtherConcept,
];

impl Source {
    fn bit(self) -> u8 {
        1 << self as u8
    }

    fn field(self) -> Field {
        match self {
            Source::Title => Field::Title,
            Source::Concept => Field::Concept,
            Source::Summary => Field::Summary,
            Source::OtherTitle | Source::OtherConcept => Field::OtherTrack,
        }
    }
}

/// How a query word matched a catalog word, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Exact,
    Prefix,
    Typo1,
    Typo2,
}

/// Points per source (rows, in [`SOURCES`] order) and kind (columns, in [`Kind`] order).
///
/// Every row and column is strictly decreasing, which is what the ranking rules
/// promise; the values in between decide how fields and kinds trade off.
const SCORES: [[u8; 4]; 5] = [
    [100, 70, 40, 30], // title
    [60, 42, 24, 18],  // concept
    [30, 21, 12, 9],   // summary
    [20, 14, 8, 6],    // another track's title
    [16, 11, 6, 5],    // another track's concepts
];

/// Weight of a word's best match against the bonus for its other fields.
///
/// The bonus is at most half the sum of the other fields' points, which is at
/// most (60 + 30 + 20 + 16) / 2 = 63, so one point of best match always wins.
const PRIMARY_SCALE: u32 = 64;

/// Query words beyond this many are ignored, which bounds the work per keystroke.
const MAX_QUERY_WORDS: usize = 8;

/// Longest query word typo tolerance applies to, so a pasted blob costs no edit-distance work.
const MAX_TYPO_LEN: usize = 32;

/// Common words that say nothing about a topic; dropped from queries that have others.
const STOP_WORDS: [&str; 14] = [
    "a", "an", "and", "as", "for", "in", "is", "of", "on", "or", "the", "to", "vs", "with",
];

/// One distinct catalog word.
///
/// The first character, length and mask sit inline so that most terms are
/// ruled out without following the pointer to their characters.
#[derive(Debug)]
struct Term {
    first: char,
    len: usize,
    /// [`char_mask`] of `chars`.
    mask: u64,
    chars: Box<[char]>,
}

/// Where a term occurs: topic positions, ascending, each with a bit set per
/// [`Source`] the term occurs in.
type Postings = Vec<(u32, u8)>;

/// The catalog's words for one language track, ready to be searched.
#[derive(Debug)]
pub struct SearchIndex<'a> {
    track: Track,
    ids: Vec<&'a str>,
    terms: Vec<Term>,
    /// Postings of each term, by the term's position in `terms`.
    postings: Vec<Postings>,
}

impl<'a> SearchIndex<'a> {
    /// Indexes every topic of `catalog` as a learner on `track` sees it.
    pub fn new(catalog: &'a Catalog, track: Track) -> Self {
        let mut builder = Builder::default();
        for (position, topic) in catalog.topics().iter().enumerate() {
            let position = u32::try_from(position).expect("fewer than 2^32 topics");
            for (source, text) in texts(topic, track) {
                for word in indexed_words(text) {
                    builder.add(word, position, source);
                }
            }
        }
        Self {
            track,
            ids: catalog.topics().iter().map(|t| t.id.as_str()).collect(),
            terms: builder.terms,
            postings: builder.postings,
        }
    }

    /// The track the index was built for; rebuild it when the learner switches.
    pub fn track(&self) -> Track {
        self.track
    }

    /// Up to `limit` topics matching `query`, best first, ties in catalog order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'a>> {
        let query = query_words(query);
        if query.is_empty() || limit == 0 {
            return Vec::new();
        }
        let topics = self.ids.len();
        let mut matched_words = vec![0u32; topics];
        let mut score = vec![0u32; topics];
        // The best single match per topic, to report which field matched.
        let mut strongest: Vec<Option<(u8, Field)>> = vec![None; topics];
        // Per topic, the best points per source for the current word.
        let mut points = vec![[0u8; SOURCES.len()]; topics];
        let mut rows = Rows::default();

        for word in &query {
            points.iter_mut().for_each(|p| *p = [0; SOURCES.len()]);
            for (term, postings) in self.terms.iter().zip(&self.postings) {
                let Some(kind) = word.classify(term, &mut rows) else {
                    continue;
                };
                for &(topic, mask) in postings {
                    let best = &mut points[topic as usize];
                    for source in SOURCES {
                        if mask & source.bit() != 0 {
                            let p = SCORES[source as usize][kind as usize];
                            best[source as usize] = best[source as usize].max(p);
                        }
                    }
                }
            }
            for (topic, best) in points.iter().enumerate() {
                let Some((top, source)) = SOURCES
                    .iter()
                    .map(|&s| (best[s as usize], s))
                    .max_by_key(|&(p, s)| (p, std::cmp::Reverse(s as u8)))
                    .filter(|&(p, _)| p > 0)
                else {
                    continue;
                };
                let others: u32 = best.iter().map(|&p| u32::from(p)).sum::<u32>() - u32::from(top);
                let points = u32::from(top) * PRIMARY_SCALE + others / 2;
                matched_words[topic] += 1;
                score[topic] = score[topic].saturating_add(points);
                if strongest[topic].is_none_or(|(p, _)| top > p) {
                    strongest[topic] = Some((top, source.field()));
                }
            }
        }

        let most = matched_words.iter().copied().max().unwrap_or(0);
        if most == 0 {
            return Vec::new();
        }
        let mut hits: Vec<(usize, Hit<'a>)> = (0..topics)
            .filter(|&t| matched_words[t] == most)
            .filter_map(|t| {
                strongest[t].map(|(_, field)| {
                    (
                        t,
                        Hit {
                            topic_id: self.ids[t],
                            score: score[t],
                            matched: field,
                        },
                    )
                })
            })
            .collect();
        hits.sort_by(|(ta, a), (tb, b)| b.score.cmp(&a.score).then(ta.cmp(tb)));
        hits.truncate(limit);
        hits.into_iter().map(|(_, hit)| hit).collect()
    }
}

/// Collects distinct words and their postings while the index is built.
#[derive(Default)]
struct Builder {
    lookup: HashMap<String, usize>,
    terms: Vec<Term>,
    postings: Vec<Postings>,
}

impl Builder {
    fn add(&mut self, word: String, topic: u32, source: Source) {
        let (terms, all_postings) = (&mut self.terms, &mut self.postings);
        let id = *self.lookup.entry(word).or_insert_with_key(|word| {
            let chars: Box<[char]> = word.chars().collect();
            terms.push(Term {
                first: chars[0],
                len: chars.len(),
                mask: char_mask(&chars),
                chars,
            });
            all_postings.push(Vec::new());
            terms.len() - 1
        });
        let postings = &mut all_postings[id];
        // Topics are added in order, so a topic's entry, if any, is the last one.
        match postings.last_mut() {
            Some((t, mask)) if *t == topic => *mask |= source.bit(),
            _ => postings.push((topic, source.bit())),
        }
    }
}

/// The texts of a topic that search looks at, with where each comes from.
fn texts(topic: &Topic, track: Track) -> Vec<(Source, &str)> {
    let mut out = vec![
        (Source::Title, topic.title_for(track)),
        (Source::Summary, topic.summary_for(track)),
    ];
    out.extend(
        topic
            .concepts_for(track)
            .iter()
            .map(|c| (Source::Concept, c.as_str())),
    );
    if topic.has_tracks() {
        // The generic title and concepts are no track's, so they count as
        // "other" too; a word also in the learner's own fields scores there.
        out.push((Source::OtherTitle, topic.title.as_str()));
        out.extend(
            topic
                .concepts
                .iter()
                .map(|c| (Source::OtherConcept, c.as_str())),
        );
        for other in Track::ALL.into_iter().filter(|&t| t != track) {
            out.push((Source::OtherTitle, topic.title_for(other)));
            out.extend(
                topic
                    .concepts_for(other)
                    .iter()
                    .map(|c| (Source::OtherConcept, c.as_str())),
            );
        }
    }
    out
}

/// Lowercases `c` and folds trivial Latin accents, so "Résumé" matches "resume".
fn fold(c: char, out: &mut String) {
    for c in c.to_lowercase() {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ñ' | 'ń' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ś' | 'š' => out.push('s'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ł' => out.push('l'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            c => out.push(c),
        }
    }
}

/// Normalized words of `text`, as a query is read.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace().flat_map(chunk_words).collect()
}

/// Normalized words of `text`, as the index stores them: a chunk split by
/// punctuation is also kept whole ("pytest-cov" → "pytest", "cov", "pytestcov").
fn indexed_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let parts = chunk_words(chunk);
        let whole = (parts.len() > 1).then(|| parts.concat());
        out.extend(parts);
        out.extend(whole);
    }
    out
}

/// The normalized words of one whitespace-separated chunk.
fn chunk_words(chunk: &str) -> Vec<String> {
    let mut folded = String::with_capacity(chunk.len());
    chunk.chars().for_each(|c| fold(c, &mut folded));
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A query word, with what matching it needs worked out once per search.
struct Needle {
    chars: Vec<char>,
    /// [`char_mask`] of `chars`.
    mask: u64,
    /// Typo edits allowed, 0 when the word is too short or too long for typos.
    edits: usize,
    /// Whether this is the last word, the one still being typed.
    last: bool,
}

impl Needle {
    fn new(word: &str, last: bool) -> Self {
        let chars: Vec<char> = word.chars().collect();
        let edits = if chars.len() > MAX_TYPO_LEN {
            0
        } else {
            allowed_edits(chars.len())
        };
        Self {
            mask: char_mask(&chars),
            chars,
            edits,
            last,
        }
    }

    /// How this word matches a catalog word, if at all.
    fn classify(&self, term: &Term, rows: &mut Rows) -> Option<Kind> {
        let (word, edits) = (&self.chars[..], self.edits);
        // The inline first character settles most terms without a memory load.
        if term.first == word[0] && term.len >= word.len() && term.chars[..word.len()] == *word {
            if term.len == word.len() {
                return Some(Kind::Exact);
            }
            if self.last || word.len() >= 3 {
                return Some(Kind::Prefix);
            }
        }
        if edits == 0 || word.len() > term.len + edits {
            return None;
        }
        // A prefix of the term longer than word + edits is too far away to help,
        // so comparing against at most that much answers both questions at once.
        let cut = term.len.min(word.len() + edits);
        let whole_fits = cut == term.len;
        if !self.last && !whole_fits {
            return None;
        }
        // Each character of the word that the term lacks costs at least one
        // edit: a cheap test that spares the edit-distance table for most terms.
        let term_mask = if whole_fits {
            term.mask
        } else {
            char_mask(&term.chars[..cut])
        };
        if (self.mask & !term_mask).count_ones() as usize > edits {
            return None;
        }
        let (whole, prefix) = osa(word, &term.chars[..cut], edits, rows);
        let distance = match (whole_fits, self.last) {
            (true, true) => whole.min(prefix),
            (true, false) => whole,
            (false, _) => prefix,
        };
        match distance {
            1 => Some(Kind::Typo1),
            2 if edits >= 2 => Some(Kind::Typo2),
            _ => None,
        }
    }
}

/// The words of a query, with stop words dropped unless they are the last
/// word (still being typed) or all there is.
fn query_words(query: &str) -> Vec<Needle> {
    let all = words(query);
    let count = all.len();
    let kept: Vec<&String> = all
        .iter()
        .enumerate()
        .filter(|&(i, w)| i + 1 == count || !STOP_WORDS.contains(&w.as_str()))
        .map(|(_, w)| w)
        .collect();
    let only_stop_words = kept.iter().all(|w| STOP_WORDS.contains(&w.as_str()));
    let chosen: Vec<&String> = if only_stop_words {
        all.iter().collect()
    } else {
        kept
    };
    let count = chosen.len().min(MAX_QUERY_WORDS);
    chosen
        .into_iter()
        .take(count)
        .enumerate()
        .map(|(i, w)| Needle::new(w, i + 1 == count))
        .collect()
}

/// Edits a query word of `len` characters may be away from a catalog word.
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// A bit for a character: one each for `a`-`z` and `0`-`9`, others share the rest.
///
/// Sharing only makes [`Needle::classify`]'s filter let more through, never fewer.
fn char_bit(c: char) -> u64 {
    let bit = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        _ => 36 + c as u32 % 28,
    };
    1 << bit
}

/// The bits of every character in `chars`.
fn char_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0, |m, &c| m | char_bit(c))
}

/// Scratch rows for [`osa`], reused across the words of one search.
#[derive(Default)]
struct Rows {
    before: Vec<usize>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

/// Optimal-string-alignment distance from `a` to all of `b` and to its closest prefix.
///
/// Returns `(whole, prefix)`: the distance to `b`, and the smallest distance
/// to any prefix of `b`. Stops early, returning `bound + 1` for both, once a
/// whole row exceeds `bound`, since no later row can come back within it (a
/// swap reaches back two rows, but never below the diagonal cell it skips).
fn osa(a: &[char], b: &[char], bound: usize, rows: &mut Rows) -> (usize, usize) {
    let Rows {
        before,
        previous,
        current,
    } = rows;
    let width = b.len() + 1;
    for row in [&mut *before, &mut *previous, &mut *current] {
        row.clear();
        row.resize(width, 0);
    }
    previous.iter_mut().enumerate().for_each(|(j, d)| *d = j);
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > bound {
            return (bound.saturating_add(1), bound.saturating_add(1));
        }
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    let prefix = previous.iter().copied().min().unwrap_or(0);
    (previous[b.len()], prefix)
}

/// Edit distance between two strings, counting insertions, deletions,
/// substitutions and swaps of adjacent characters (optimal string alignment).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa(&a, &b, usize::MAX, &mut Rows::default()).0
}
