//! Asset events that say nothing new are not recorded again: the same client served the
//! same file and range with the same method and status within [`WINDOW`]. (Script fetches
//! are all in the timeline, repeats summarised with a count: [`super::script_repeats`].) A real machine fetches each once per boot; a client fetching in a loop (or a
//! flood) would otherwise turn every request into a database row and a MAC look-up. What
//! is left out is counted (`bootforge_http_events_coalesced_total`).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Repeats within this time are one event.
pub const WINDOW: Duration = Duration::from_secs(1);
/// Keys remembered; when full the memory is dropped (then a repeat is recorded once more).
pub const MAX_KEYS: usize = 8192;

pub struct Coalescer<K> {
    seen: Mutex<HashMap<K, Instant>>,
}

impl<K> Default for Coalescer<K> {
    fn default() -> Self {
        Coalescer {
            seen: Mutex::new(HashMap::new()),
        }
    }
}

impl<K: Hash + Eq> Coalescer<K> {
    /// Whether an event for `key` should be recorded now (none was within [`WINDOW`]).
    pub fn admit(&self, key: K, now: Instant) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(at) = seen.get(&key) {
            if now.saturating_duration_since(*at) < WINDOW {
                return false;
            }
        }
        if seen.len() >= MAX_KEYS && !seen.contains_key(&key) {
            seen.retain(|_, at| now.saturating_duration_since(*at) < WINDOW);
            if seen.len() >= MAX_KEYS {
                seen.clear();
            }
        }
        seen.insert(key, now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeat_within_the_window_is_left_out_and_a_later_one_is_not() {
        let c = Coalescer::default();
        let t = Instant::now();
        assert!(c.admit("a", t));
        assert!(!c.admit("a", t + Duration::from_millis(500)));
        assert!(c.admit("b", t + Duration::from_millis(500)));
        assert!(c.admit("a", t + WINDOW));
    }

    #[test]
    fn bounded() {
        let c = Coalescer::default();
        let t = Instant::now();
        for k in 0..(MAX_KEYS * 3) {
            assert!(c.admit(k, t));
        }
        assert!(c.seen.lock().unwrap().len() <= MAX_KEYS);
    }
}
