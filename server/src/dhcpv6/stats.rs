//! The DHCPv6 server's counters, shared through `AppState::dhcp_stats` with `/metrics`
//! and the dashboard. A leaf (it knows only the shed reasons), so `state` and `metrics`
//! import it downward instead of from the socket loop that updates it.

use std::sync::atomic::{AtomicU64, Ordering};

use super::shed::ShedReason;

/// Counters for logs, the dashboard and metrics.
#[derive(Debug, Default)]
pub struct DhcpStats {
    pub received: AtomicU64,
    pub malformed: AtomicU64,
    pub dropped: AtomicU64,
    pub overload: AtomicU64,
    pub replied: AtomicU64,
    pub commit_failures: AtomicU64,
    /// Boot events not recorded because the message was a retransmission of a step already
    /// on the timeline ([`super::event_steps`]).
    pub events_summarised: AtomicU64,
    /// Datagrams shed before any work, by index into [`ShedReason::ALL`].
    pub shed: [AtomicU64; ShedReason::ALL.len()],
}

impl DhcpStats {
    pub fn shed(&self, reason: ShedReason) {
        self.shed[reason.index()].fetch_add(1, Ordering::Relaxed);
        if reason != ShedReason::Stale {
            self.overload.fetch_add(1, Ordering::Relaxed);
        }
    }
}
