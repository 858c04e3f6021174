//! Self-check questions: how many, their ids, and their wording.

use std::collections::HashMap;

use super::{is_kebab_case, Report};
use crate::content::catalog::Catalog;
use crate::content::model::{Topic, Track};

/// Three to six questions per topic, each id under the topic's, each question
/// and answer well formed in every track.
pub(super) fn check_questions(r: &mut Report, file: &str, t: &Topic) {
    let n = t.questions.len();
    if !(3..=6).contains(&n) {
        r.add(file, &t.id, format!("has {n} questions, expected 3 to 6"));
    }
    let prefix = format!("{}-q-", t.id);
    for q in &t.questions {
        if !is_kebab_case(&q.id) || !q.id.starts_with(&prefix) {
            r.add(
                file,
                &q.id,
                format!("question id is not kebab-case starting with '{prefix}'"),
            );
        }
        check_wording(r, file, &q.id, Some(&q.prompt), Some(&q.answer));
        if let Some(tracks) = &q.tracks {
            for track in Track::ALL {
                let v = tracks.get(track);
                let at = format!("{}/{}", q.id, track.id());
                check_wording(r, file, &at, v.prompt.as_deref(), v.answer.as_deref());
            }
        }
    }
}

/// A question is one sentence ending in `?`; an answer has two to five sentences.
fn check_wording(r: &mut Report, file: &str, id: &str, prompt: Option<&str>, answer: Option<&str>) {
    if let Some(prompt) = prompt {
        r.text(file, id, "question", prompt, 10, 200);
        if !prompt.trim_end().ends_with('?') {
            r.add(file, id, "question does not end with '?'");
        }
    }
    if let Some(answer) = answer {
        r.text(file, id, "answer", answer, 60, 650);
        r.sentences(file, id, "answer", answer, 2..=5);
    }
}

/// Question ids are unique across the catalog (review history is keyed by
/// them), and at least a fifth of the questions are marked interview-style.
pub(super) fn check_unique_ids(r: &mut Report, catalog: &Catalog) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let (mut total, mut interview) = (0, 0);
    for (i, t) in catalog.topics().iter().enumerate() {
        for q in &t.questions {
            total += 1;
            interview += usize::from(q.interview);
            if let Some(first) = seen.insert(&q.id, &t.id) {
                r.add(
                    catalog.topic_file(i),
                    &q.id,
                    format!("question id is not unique (also in topic {first})"),
                );
            }
        }
    }
    if interview * 5 < total {
        r.add(
            "topics",
            "questions",
            format!(
                "{interview} of {total} questions are interview-style, expected at least a fifth"
            ),
        );
    }
}
