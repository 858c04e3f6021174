//! PURE: the personal study schedule (to be written).
