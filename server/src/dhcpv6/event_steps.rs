//! One boot event per exchange step, not one per retransmission: a client resends the same
//! message with the same transaction ID (RFC 8415 §15) until it gets an answer, and under a
//! storm most of what arrives is resends. The answer still goes out each time; only the
//! timeline row is skipped, and counted (`bootforge_dhcp_events_summarised_total`).
//!
//! Bounded: two generations of fingerprints (SipHash with a per-process key, so clients
//! cannot aim collisions), each at most [`GENERATION_CAP`] entries or [`GENERATION_SPAN`]
//! long; a step is a repeat if either generation holds it.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};
use std::time::{Duration, Instant};

use dhcproto::v6::MessageType;

pub const GENERATION_CAP: usize = 32_768;
/// Longer than a client retransmits one message for (Request: REQ_MAX_RC 10 tries at up to
/// 30 s; Solicit's backoff to SOL_MAX_RT ends in a new round that is worth a row).
pub const GENERATION_SPAN: Duration = Duration::from_secs(60);

pub struct StepFilter {
    key: RandomState,
    current: HashSet<u64>,
    previous: HashSet<u64>,
    started: Instant,
}

impl StepFilter {
    pub fn new(now: Instant) -> StepFilter {
        StepFilter {
            key: RandomState::new(),
            current: HashSet::new(),
            previous: HashSet::new(),
            started: now,
        }
    }

    /// Is this the first time (within the window) that this client sent this message type
    /// with this transaction ID? Records it.
    pub fn first_of_step(
        &mut self,
        duid: &[u8],
        xid: [u8; 3],
        kind: MessageType,
        now: Instant,
    ) -> bool {
        if self.current.len() >= GENERATION_CAP
            || now.saturating_duration_since(self.started) >= GENERATION_SPAN
        {
            self.previous = std::mem::take(&mut self.current);
            self.started = now;
        }
        let fp = self.key.hash_one((duid, xid, u8::from(kind)));
        !self.previous.contains(&fp) && self.current.insert(fp)
    }

    /// Fingerprints held (at most 2 × [`GENERATION_CAP`]).
    pub fn remembered(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retransmission_is_not_a_new_step_but_the_next_message_is() {
        let t0 = Instant::now();
        let mut f = StepFilter::new(t0);
        let duid = [0, 1, 0, 1, 2, 3];
        assert!(f.first_of_step(&duid, [1, 2, 3], MessageType::Solicit, t0));
        assert!(!f.first_of_step(&duid, [1, 2, 3], MessageType::Solicit, t0));
        // The Request of the same exchange, another client, another transaction: new steps.
        assert!(f.first_of_step(&duid, [1, 2, 3], MessageType::Request, t0));
        assert!(f.first_of_step(&[0, 1, 9], [1, 2, 3], MessageType::Solicit, t0));
        assert!(f.first_of_step(&duid, [1, 2, 4], MessageType::Solicit, t0));
        // Still a repeat one generation later; forgotten after two.
        let t1 = t0 + GENERATION_SPAN;
        assert!(!f.first_of_step(&duid, [1, 2, 3], MessageType::Solicit, t1));
        let t2 = t1 + GENERATION_SPAN;
        assert!(f.first_of_step(&duid, [1, 2, 4], MessageType::Request, t2));
        assert!(f.first_of_step(&duid, [1, 2, 3], MessageType::Solicit, t2 + GENERATION_SPAN));
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_distinct_clients() {
        let t0 = Instant::now();
        let mut f = StepFilter::new(t0);
        for i in 0..(5 * GENERATION_CAP as u32) {
            assert!(f.first_of_step(&i.to_be_bytes(), [0; 3], MessageType::Solicit, t0));
            assert!(f.remembered() <= 2 * GENERATION_CAP);
        }
    }
}
