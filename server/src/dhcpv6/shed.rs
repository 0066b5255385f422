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
//! - **New work waits for work in progress**: when more than half of the in-flight budget is
//!   taken, a new exchange (Solicit, Information-Request) is refused, so Requests, Renews,
//!   Rebinds, Releases and Declines for exchanges already under way keep the other half.
//!
//! Each refusal is counted by its [`ShedReason`] in `bootforge_dhcp_shed_total{reason}`. A
//! message is only ever shed before its policy ran: a lease change is never shed.

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
}

impl ShedReason {
    pub const ALL: [ShedReason; 3] = [
        ShedReason::Stale,
        ShedReason::NewWorkBusy,
        ShedReason::InFlightFull,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ShedReason::Stale => "stale",
            ShedReason::NewWorkBusy => "new_work_busy",
            ShedReason::InFlightFull => "in_flight_full",
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

/// Admit a message `age` old (kernel receive time to now) while `in_flight` of `budget`
/// exchanges run (not counting this one), or say why not.
pub fn admit(kind: Kind, age: Duration, in_flight: usize, budget: usize) -> Result<(), ShedReason> {
    if is_stale(kind, age) {
        return Err(ShedReason::Stale);
    }
    if in_flight >= budget {
        return Err(ShedReason::InFlightFull);
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

    #[test]
    fn stale_messages_are_shed_by_their_retransmission_time() {
        let k = Kind::Known;
        assert_eq!(admit(k(M::Solicit), MS(999), 0, 100), Ok(()));
        assert_eq!(
            admit(k(M::Solicit), MS(1001), 0, 100),
            Err(ShedReason::Stale)
        );
        assert_eq!(
            admit(k(M::Request), MS(1001), 0, 100),
            Err(ShedReason::Stale)
        );
        // Renew and Rebind retransmit after 10 s.
        assert_eq!(admit(k(M::Renew), MS(5000), 0, 100), Ok(()));
        assert_eq!(
            admit(k(M::Rebind), MS(10_001), 0, 100),
            Err(ShedReason::Stale)
        );
        // Undecoded relayed messages: the longest bound; decoded, their own.
        assert_eq!(admit(Kind::Relayed, MS(5000), 0, 100), Ok(()));
        assert_eq!(
            admit(Kind::Relayed, MS(10_001), 0, 100),
            Err(ShedReason::Stale)
        );
    }

    #[test]
    fn new_work_yields_to_work_in_progress() {
        let k = Kind::Known;
        for kind in [M::Solicit, M::InformationRequest] {
            assert_eq!(admit(k(kind), MS(0), 49, 100), Ok(()));
            assert_eq!(admit(k(kind), MS(0), 50, 100), Err(ShedReason::NewWorkBusy));
        }
        for kind in [
            M::Request,
            M::Renew,
            M::Rebind,
            M::Release,
            M::Decline,
            M::Confirm,
        ] {
            assert_eq!(admit(k(kind), MS(0), 99, 100), Ok(()), "{kind:?}");
            assert_eq!(
                admit(k(kind), MS(0), 100, 100),
                Err(ShedReason::InFlightFull)
            );
        }
        assert_eq!(admit(Kind::Relayed, MS(0), 99, 100), Ok(()));
        // Staleness is checked first: old work is never worth a slot.
        assert_eq!(
            admit(k(M::Request), MS(2000), 100, 100),
            Err(ShedReason::Stale)
        );
    }

    #[test]
    fn peeking_the_first_byte() {
        assert_eq!(Kind::peek(Some(1)), Kind::Known(M::Solicit));
        assert_eq!(Kind::peek(Some(5)), Kind::Known(M::Renew));
        assert_eq!(Kind::peek(Some(12)), Kind::Relayed);
        assert_eq!(Kind::peek(None), Kind::Relayed);
        assert_eq!(ShedReason::ALL.map(|r| r.index()), [0, 1, 2]);
    }
}
