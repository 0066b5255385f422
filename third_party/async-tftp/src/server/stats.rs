//! bootforge patch 9: what the server did with the requests it read, for monitoring.
//!
//! Every request read from the listening socket ends up in exactly one of: started as a
//! transfer, deferred (patch 6) or ignored as not a request. A deferred request is later
//! started, replaced by a newer one from the same peer, or dropped as stale. The delays
//! say where a request's first answer (OACK or first DATA) waited: for the transfer's task
//! to be polled, for the handler lock, and in total.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds of the [`Delays`] buckets; a last bucket holds everything longer.
pub const DELAY_BOUNDS: [Duration; 7] = [
    Duration::from_millis(1),
    Duration::from_millis(10),
    Duration::from_millis(100),
    Duration::from_millis(500),
    Duration::from_secs(1),
    Duration::from_secs(3),
    Duration::from_secs(6),
];

/// A histogram of delays: a count per bucket of [`DELAY_BOUNDS`] (not cumulative) and
/// the sum.
#[derive(Debug, Default)]
pub struct Delays {
    counts: [AtomicU64; DELAY_BOUNDS.len() + 1],
    sum_micros: AtomicU64,
}

impl Delays {
    /// Counts `delay` in its bucket.
    pub fn record(&self, delay: Duration) {
        let bucket = DELAY_BOUNDS
            .iter()
            .position(|bound| delay <= *bound)
            .unwrap_or(DELAY_BOUNDS.len());
        self.counts[bucket].fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(delay.as_micros()).unwrap_or(u64::MAX);
        self.sum_micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// How many delays fell in each bucket: `[i]` is at most `DELAY_BOUNDS[i]` and more
    /// than the bound before; the last is longer than every bound.
    pub fn counts(&self) -> [u64; DELAY_BOUNDS.len() + 1] {
        std::array::from_fn(|i| self.counts[i].load(Ordering::Relaxed))
    }

    /// The sum of all recorded delays.
    pub fn sum(&self) -> Duration {
        Duration::from_micros(self.sum_micros.load(Ordering::Relaxed))
    }
}

/// The server's counters, shared with the caller through
/// [`TftpServerBuilder::stats`](crate::server::TftpServerBuilder::stats).
#[derive(Debug, Default)]
pub struct ServerStats {
    /// RRQs and WRQs read from the listening socket.
    pub requests: AtomicU64,
    /// Other datagrams on the listening socket (not a request, or malformed).
    pub not_requests: AtomicU64,
    /// Requests from a peer whose previous transfer was still running, kept to start
    /// when it ends (patch 6).
    pub deferred: AtomicU64,
    /// Deferred requests replaced by a later one from the same peer before they started.
    pub deferred_replaced: AtomicU64,
    /// Deferred requests started when the peer's previous transfer ended.
    pub deferred_started: AtomicU64,
    /// Deferred requests dropped when the previous transfer ended, older than the timeout.
    pub deferred_stale: AtomicU64,
    /// Transfers started (a task spawned for a request).
    pub transfers: AtomicU64,
    /// Transfers whose handler refused the file (`read_req_open`/`write_req_open` error).
    pub refused: AtomicU64,
    /// Transfers that failed after the handler accepted them, before or during sending
    /// (socket, read or send errors, retries exhausted), the peer's ERROR excluded.
    pub failed: AtomicU64,
    /// Read transfers that sent their first packet (OACK or DATA 1).
    pub first_sent: AtomicU64,
    /// Request read → its transfer's task first polled.
    pub start_delay: Delays,
    /// Transfer's task first polled → handler lock taken.
    pub handler_wait: Delays,
    /// Request read → first packet sent (read transfers).
    pub first_send_delay: Delays,
}

impl ServerStats {
    pub(crate) fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}
