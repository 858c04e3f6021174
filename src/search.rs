//! PURE: topic search (to be written).
