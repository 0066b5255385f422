//! Load shedding, as pure choices: what to drop before doing any work on it.
//!
//! Two rules, applied when a datagram is taken off the socket (by the kernel's receive
//! timestamp and the first byte) and again when its exchange starts (by the decoded, innermost
//! message type):
//!
//! - **Stale**: a message older than its client's retransmission time (RFC 8415 §7.6: 1 s for
//!   Solicit, Request, Confirm, Release, Decline and Information-Request, 10 s for Renew and
//!   Rebind) has been sent again or given up on; answering it only delays fresher work, so it
//!   is dropped unread. Under overload this keeps the queue from filling with dead exchanges
//!   (the congestion collapse of an unbounded backlog).
//! - **No standing queue (CoDel-like)**: once every datagram taken off the socket has waited
//!   more than [`DELAY_TARGET`] for at least [`DELAY_INTERVAL`], the queue is not a burst
//!   draining but a standing queue, and new exchanges (Solicit, Information-Request) are
//!   refused as `queue_delay` until a datagram comes through under the target again. The deep
//!   receive buffer then absorbs bursts without holding a standing queue in which every
//!   Reply comes too late; Requests, Renews and Rebinds in the same queue are still served.
//! - **New work waits for work in progress**: when more than half of the in-flight budget is
//!   taken, a new exchange (Solicit, Information-Request) is refused, so Requests, Renews,
//!   Rebinds, Releases and Declines for exchanges already under way keep the other half.
//!
//! Each refusal is counted by its [`ShedReason`] in `bootforge_dhcp_shed_total{reason}`. A
//! message is only ever shed before its policy ran: a lease change is never shed.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use dhcproto::v6::MessageType;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShedReason {
    /// Older than its client's retransmission time when its turn came.
    Stale,
    /// A new exchange while more than half of the in-flight budget was taken.
    NewWorkBusy,
    /// The in-flight budget was exhausted (any message).
    InFlightFull,
    /// A new exchange while the socket held a standing queue (delay above the target for an
    /// interval).
    QueueDelay,
}

impl ShedReason {
    pub const ALL: [ShedReason; 4] = [
        ShedReason::Stale,
        ShedReason::NewWorkBusy,
        ShedReason::InFlightFull,
        ShedReason::QueueDelay,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ShedReason::Stale => "stale",
            ShedReason::NewWorkBusy => "new_work_busy",
            ShedReason::InFlightFull => "in_flight_full",
            ShedReason::QueueDelay => "queue_delay",
        }
    }

    pub fn index(self) -> usize {
        ShedReason::ALL
            .iter()
            .position(|r| *r == self)
            .expect("ALL lists every reason")
    }
}

/// What is known of a message before or after decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Known(MessageType),
    /// A Relay-Forward not yet decoded: its inner message could be anything.
    Relayed,
}

impl Kind {
    /// From a datagram's first byte (no decoding).
    pub fn peek(first_byte: Option<u8>) -> Kind {
        match first_byte.map(MessageType::from) {
            None | Some(MessageType::RelayForw) => Kind::Relayed,
            Some(t) => Kind::Known(t),
        }
    }
}

/// The client's retransmission time for this message (RFC 8415 §7.6 initial timeouts); a
/// relayed message not yet decoded gets the longest, so nothing is shed that might still be
/// wanted.
pub fn stale_after(kind: Kind) -> Duration {
    match kind {
        Kind::Known(MessageType::Renew | MessageType::Rebind) | Kind::Relayed => {
            Duration::from_secs(10)
        }
        Kind::Known(_) => Duration::from_secs(1),
    }
}

/// Older than its client's retransmission time: sent again already, or given up on.
pub fn is_stale(kind: Kind, age: Duration) -> bool {
    age > stale_after(kind)
}

/// A message that starts an exchange (new work) rather than continuing one.
pub fn is_new_work(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Known(MessageType::Solicit | MessageType::InformationRequest)
    )
}

/// The queueing delay (kernel receive time to being taken off the socket) a datagram may
/// have without counting towards a standing queue: well under a client's 1 s retransmission
/// time, so a Reply to what is admitted still arrives in time.
pub const DELAY_TARGET: Duration = Duration::from_millis(100);
/// How long the delay must stay above [`DELAY_TARGET`] before new work is refused (CoDel's
/// interval): a burst that drains within it is served whole.
pub const DELAY_INTERVAL: Duration = Duration::from_millis(100);

/// One step of the standing-queue detector: `above_since` is when the delay last went above
/// the target (`None`: it is under it), `now` the current time, `delay` this datagram's.
/// Returns the new `above_since` and whether a standing queue is established.
pub fn standing_queue(
    above_since: Option<Duration>,
    now: Duration,
    delay: Duration,
) -> (Option<Duration>, bool) {
    if delay <= DELAY_TARGET {
        return (None, false);
    }
    let since = above_since.unwrap_or(now);
    (Some(since), now.saturating_sub(since) >= DELAY_INTERVAL)
}

/// [`standing_queue`]'s state, shared by the receive threads of one socket (a lost race
/// between two threads only moves the start of an interval by one datagram).
#[derive(Debug, Default)]
pub struct QueueDelay {
    /// Nanoseconds since the epoch when the delay went above the target; 0 = under it.
    above_since_ns: AtomicU64,
}

impl QueueDelay {
    /// Record a datagram taken off the socket at `now` (since the epoch) after `delay`;
    /// whether the socket holds a standing queue.
    pub fn observe(&self, now: Duration, delay: Duration) -> bool {
        let ns = self.above_since_ns.load(Ordering::Relaxed);
        let above_since = (ns != 0).then(|| Duration::from_nanos(ns));
        let (next, standing) = standing_queue(above_since, now, delay);
        let next_ns = next.map_or(0, |d| {
            u64::try_from(d.as_nanos()).unwrap_or(u64::MAX).max(1)
        });
        if next_ns != ns {
            self.above_since_ns.store(next_ns, Ordering::Relaxed);
        }
        standing
    }
}

/// Admit a message `age` old (kernel receive time to now) while `in_flight` of `budget`
/// exchanges run (not counting this one) and the socket does or does not hold a standing
/// queue ([`QueueDelay::observe`]), or say why not.
pub fn admit(
    kind: Kind,
    age: Duration,
    in_flight: usize,
    budget: usize,
    standing_queue: bool,
) -> Result<(), ShedReason> {
    if is_stale(kind, age) {
        return Err(ShedReason::Stale);
    }
    if in_flight >= budget {
        return Err(ShedReason::InFlightFull);
    }
    if is_new_work(kind) && standing_queue {
        return Err(ShedReason::QueueDelay);
    }
    if is_new_work(kind) && in_flight >= budget / 2 {
        return Err(ShedReason::NewWorkBusy);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use MessageType as M;

    const MS: fn(u64) -> Duration = Duration::from_millis;
    /// Messages of exchanges already under way.
    const IN_PROGRESS: [MessageType; 6] = [
        M::Request,
        M::Renew,
        M::Rebind,
        M::Release,
        M::Decline,
        M::Confirm,
    ];

    #[test]
    fn stale_messages_are_shed_by_their_retransmission_time() {
        let k = Kind::Known;
        assert_eq!(admit(k(M::Solicit), MS(999), 0, 100, false), Ok(()));
        assert_eq!(
            admit(k(M::Solicit), MS(1001), 0, 100, false),
            Err(ShedReason::Stale)
        );
        assert_eq!(
            admit(k(M::Request), MS(1001), 0, 100, false),
            Err(ShedReason::Stale)
        );
        // Renew and Rebind retransmit after 10 s.
        assert_eq!(admit(k(M::Renew), MS(5000), 0, 100, false), Ok(()));
        assert_eq!(
            admit(k(M::Rebind), MS(10_001), 0, 100, false),
            Err(ShedReason::Stale)
        );
        // Undecoded relayed messages: the longest bound; decoded, their own.
        assert_eq!(admit(Kind::Relayed, MS(5000), 0, 100, false), Ok(()));
        assert_eq!(
            admit(Kind::Relayed, MS(10_001), 0, 100, false),
            Err(ShedReason::Stale)
        );
    }

    #[test]
    fn new_work_yields_to_work_in_progress() {
        let k = Kind::Known;
        for kind in [M::Solicit, M::InformationRequest] {
            assert_eq!(admit(k(kind), MS(0), 49, 100, false), Ok(()));
            assert_eq!(
                admit(k(kind), MS(0), 50, 100, false),
                Err(ShedReason::NewWorkBusy)
            );
        }
        for kind in IN_PROGRESS {
            assert_eq!(admit(k(kind), MS(0), 99, 100, false), Ok(()), "{kind:?}");
            assert_eq!(
                admit(k(kind), MS(0), 100, 100, false),
                Err(ShedReason::InFlightFull)
            );
        }
        assert_eq!(admit(Kind::Relayed, MS(0), 99, 100, false), Ok(()));
        // Staleness is checked first: old work is never worth a slot.
        assert_eq!(
            admit(k(M::Request), MS(2000), 100, 100, false),
            Err(ShedReason::Stale)
        );
    }

    #[test]
    fn peeking_the_first_byte() {
        assert_eq!(Kind::peek(Some(1)), Kind::Known(M::Solicit));
        assert_eq!(Kind::peek(Some(5)), Kind::Known(M::Renew));
        assert_eq!(Kind::peek(Some(12)), Kind::Relayed);
        assert_eq!(Kind::peek(None), Kind::Relayed);
        assert_eq!(ShedReason::ALL.map(|r| r.index()), [0, 1, 2, 3]);
    }

    #[test]
    fn a_burst_is_absorbed_a_standing_queue_refuses_new_work() {
        let at = |ms: u64| Duration::from_millis(ms);
        // Under the target: no queue, whatever came before.
        assert_eq!(standing_queue(Some(at(0)), at(500), MS(100)), (None, false));
        // Above it: the interval starts, and new work is admitted while it lasts (a burst).
        assert_eq!(
            standing_queue(None, at(1000), MS(300)),
            (Some(at(1000)), false)
        );
        assert_eq!(
            standing_queue(Some(at(1000)), at(1099), MS(300)),
            (Some(at(1000)), false)
        );
        // Above it for a whole interval: a standing queue.
        assert_eq!(
            standing_queue(Some(at(1000)), at(1100), MS(101)),
            (Some(at(1000)), true)
        );
        // One datagram under the target ends it.
        assert_eq!(
            standing_queue(Some(at(1000)), at(1200), MS(20)),
            (None, false)
        );
    }

    #[test]
    fn a_standing_queue_sheds_only_new_exchanges() {
        let k = Kind::Known;
        for kind in [M::Solicit, M::InformationRequest] {
            assert_eq!(
                admit(k(kind), MS(300), 0, 100, true),
                Err(ShedReason::QueueDelay)
            );
            assert_eq!(admit(k(kind), MS(300), 0, 100, false), Ok(()));
        }
        for kind in IN_PROGRESS {
            assert_eq!(admit(k(kind), MS(300), 0, 100, true), Ok(()), "{kind:?}");
        }
        assert_eq!(admit(Kind::Relayed, MS(300), 0, 100, true), Ok(()));
    }

    #[test]
    fn the_detector_follows_the_datagrams() {
        let q = QueueDelay::default();
        let at = |ms: u64| Duration::from_millis(1_000_000 + ms);
        assert!(!q.observe(at(0), MS(150)));
        assert!(!q.observe(at(50), MS(150)));
        assert!(q.observe(at(100), MS(150)));
        assert!(q.observe(at(400), MS(500)));
        assert!(!q.observe(at(401), MS(5)));
        assert!(!q.observe(at(402), MS(150)), "a new interval starts");
    }
}
