//! The FSRS-6 scheduler (Free Spaced Repetition Scheduler, the default in Anki),
//! from its published formulas and default parameters, as the reference
//! implementation py-fsrs 6 computes them with no learning steps and no fuzz:
//! every rating schedules the card in whole days.

/// The default FSRS-6 parameters `w0..w20`, fitted by the FSRS authors on
/// Anki review logs (py-fsrs `DEFAULT_PARAMETERS`).
pub const PARAMETERS: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

/// The probability of recall the schedule aims for when a card comes due.
pub const DESIRED_RETENTION: f64 = 0.9;

/// The longest interval, in days (a hundred years, as in py-fsrs).
pub const MAX_INTERVAL_DAYS: u32 = 36_500;

const STABILITY_MIN: f64 = 0.001;
const DIFFICULTY_MIN: f64 = 1.0;
const DIFFICULTY_MAX: f64 = 10.0;

/// How well the learner recalled the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    /// Forgot it.
    Again = 1,
    /// Recalled it with serious difficulty.
    Hard = 2,
    /// Recalled it after a moment.
    Good = 3,
    /// Recalled it at once.
    Easy = 4,
}

impl Rating {
    /// Every rating, in key order (1 to 4).
    pub const ALL: [Rating; 4] = [Self::Again, Self::Hard, Self::Good, Self::Easy];

    /// The rating stored as 1 to 4.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|r| *r as u8 == n)
    }

    /// Display label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Again => "Again",
            Self::Hard => "Hard",
            Self::Good => "Good",
            Self::Easy => "Easy",
        }
    }

    /// Whether the learner recalled the answer well (Good or Easy).
    pub fn is_success(self) -> bool {
        self >= Self::Good
    }

    fn value(self) -> f64 {
        f64::from(self as u8)
    }
}

/// What FSRS knows about a card's memory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// Days until recall probability falls to 90%.
    pub stability: f64,
    /// How hard the card is, 1 to 10.
    pub difficulty: f64,
}

/// The decay and factor of the forgetting curve, from `w20`.
fn curve() -> (f64, f64) {
    let decay = -PARAMETERS[20];
    (decay, 0.9f64.powf(1.0 / decay) - 1.0)
}

/// The probability of recalling a card `elapsed_days` after its last review.
pub fn retrievability(memory: Memory, elapsed_days: f64) -> f64 {
    let (decay, factor) = curve();
    (1.0 + factor * elapsed_days / memory.stability).powf(decay)
}

/// The interval in whole days after which recall probability falls to
/// [`DESIRED_RETENTION`] (rounded half to even, as Python rounds).
pub fn interval_days(stability: f64) -> u32 {
    let (decay, factor) = curve();
    let days = stability / factor * (DESIRED_RETENTION.powf(1.0 / decay) - 1.0);
    days.round_ties_even()
        .clamp(1.0, f64::from(MAX_INTERVAL_DAYS)) as u32
}

fn initial_difficulty(rating: Rating) -> f64 {
    PARAMETERS[4] - (PARAMETERS[5] * (rating.value() - 1.0)).exp() + 1.0
}

fn next_difficulty(difficulty: f64, rating: Rating) -> f64 {
    let delta = -(PARAMETERS[6] * (rating.value() - 3.0));
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0;
    let reverted =
        PARAMETERS[7] * initial_difficulty(Rating::Easy) + (1.0 - PARAMETERS[7]) * damped;
    reverted.clamp(DIFFICULTY_MIN, DIFFICULTY_MAX)
}

/// Stability after a second review on the same day.
fn short_term_stability(stability: f64, rating: Rating) -> f64 {
    let w = &PARAMETERS;
    let mut increase = (w[17] * (rating.value() - 3.0 + w[18])).exp() * stability.powf(-w[19]);
    if rating != Rating::Again {
        increase = increase.max(1.0);
    }
    (stability * increase).max(STABILITY_MIN)
}

/// Stability after a review a day or more after the last.
fn long_term_stability(memory: Memory, r: f64, rating: Rating) -> f64 {
    let w = &PARAMETERS;
    let Memory {
        stability: s,
        difficulty: d,
    } = memory;
    let next = if rating == Rating::Again {
        let long =
            w[11] * d.powf(-w[12]) * ((s + 1.0).powf(w[13]) - 1.0) * ((1.0 - r) * w[14]).exp();
        let short = s / (w[17] * w[18]).exp();
        long.min(short)
    } else {
        let hard = if rating == Rating::Hard { w[15] } else { 1.0 };
        let easy = if rating == Rating::Easy { w[16] } else { 1.0 };
        s * (1.0
            + w[8].exp()
                * (11.0 - d)
                * s.powf(-w[9])
                * (((1.0 - r) * w[10]).exp() - 1.0)
                * hard
                * easy)
    };
    next.max(STABILITY_MIN)
}

/// The memory after a review, from the memory before it (`None` for a card
/// never reviewed) and the whole days since the last review.
pub fn next_memory(before: Option<(Memory, u64)>, rating: Rating) -> Memory {
    match before {
        None => Memory {
            stability: PARAMETERS[rating as usize - 1].max(STABILITY_MIN),
            difficulty: initial_difficulty(rating).clamp(DIFFICULTY_MIN, DIFFICULTY_MAX),
        },
        Some((memory, elapsed_days)) => {
            let stability = if elapsed_days < 1 {
                short_term_stability(memory.stability, rating)
            } else {
                let r = retrievability(memory, elapsed_days as f64);
                long_term_stability(memory, r, rating)
            };
            Memory {
                stability,
                difficulty: next_difficulty(memory.difficulty, rating),
            }
        }
    }
}
