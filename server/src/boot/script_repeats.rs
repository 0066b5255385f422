//! Repeated script fetches summarised: a machine's first fetch is recorded at once (a boot's
//! timeline is unchanged), and further fetches of the same script by the same client within
//! [`WINDOW`] become one more event carrying their count, recorded when the window ends. A
//! client fetching in a loop (wrk, a broken iPXE retry loop, a flood) otherwise turns every
//! request into a database row: ~90 000 rows/s in the script benchmark
//! (bench/README.md, boot storm V). Nothing is left out: every fetch is in an event, either
//! its own or a summary's count.
//!
//! Bounded: at most [`MAX_MACS`] machines are remembered; beyond that (after dropping
//! windows that are over) a fetch is recorded on its own, as without the memo.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::mac::Mac;

/// Fetches within this time of a recorded one are summarised.
pub const WINDOW: Duration = Duration::from_secs(1);
/// Machines remembered at once.
pub const MAX_MACS: usize = 8192;

/// Repeats of one recorded fetch, to be recorded as one event.
#[derive(Debug, Clone)]
pub struct Summary<T> {
    pub mac: Mac,
    pub client: Option<IpAddr>,
    pub served: Arc<T>,
    /// Fetches after the recorded one, within its window.
    pub repeats: u32,
}

/// What the caller does with a fetch.
#[derive(Debug)]
pub enum Admission<T> {
    /// Record this fetch's event now, after `earlier` (the summary of an earlier window of
    /// the same machine that ended or that this fetch's different script closes).
    Record { earlier: Option<Summary<T>> },
    /// Counted into the current window's summary; `start_sweeper`: no sweeper runs, the
    /// caller starts one ([`ScriptRepeats::take_due`] until it says stop).
    Counted { start_sweeper: bool },
}

struct Window<T> {
    client: Option<IpAddr>,
    served: Arc<T>,
    since: Instant,
    repeats: u32,
}

struct Memo<T> {
    windows: HashMap<Mac, Window<T>>,
    sweeping: bool,
}

pub struct ScriptRepeats<T> {
    memo: Mutex<Memo<T>>,
}

impl<T> Default for ScriptRepeats<T> {
    fn default() -> Self {
        ScriptRepeats {
            memo: Mutex::new(Memo {
                windows: HashMap::new(),
                sweeping: false,
            }),
        }
    }
}

fn summary<T>(mac: Mac, w: Window<T>) -> Option<Summary<T>> {
    (w.repeats > 0).then_some(Summary {
        mac,
        client: w.client,
        served: w.served,
        repeats: w.repeats,
    })
}

impl<T: PartialEq> ScriptRepeats<T> {
    /// A fetch of `served` by `client` for `mac` at `now`.
    pub fn admit(
        &self,
        mac: Mac,
        client: Option<IpAddr>,
        served: &Arc<T>,
        now: Instant,
    ) -> Admission<T> {
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(w) = memo.windows.get_mut(&mac) {
            let same =
                w.client == client && (Arc::ptr_eq(&w.served, served) || *w.served == **served);
            if same && now.saturating_duration_since(w.since) < WINDOW {
                w.repeats += 1;
                let start_sweeper = !memo.sweeping;
                memo.sweeping = true;
                return Admission::Counted { start_sweeper };
            }
        }
        if memo.windows.len() >= MAX_MACS && !memo.windows.contains_key(&mac) {
            // Full: windows that are over and have nothing to report go first; if it is
            // still full, this fetch is recorded on its own and not remembered.
            memo.windows
                .retain(|_, w| w.repeats > 0 || now.saturating_duration_since(w.since) < WINDOW);
            if memo.windows.len() >= MAX_MACS {
                return Admission::Record { earlier: None };
            }
        }
        let earlier = memo
            .windows
            .insert(
                mac,
                Window {
                    client,
                    served: served.clone(),
                    since: now,
                    repeats: 0,
                },
            )
            .and_then(|w| summary(mac, w));
        Admission::Record { earlier }
    }

    /// The summaries of windows over at `now` (their machines forgotten), and whether the
    /// sweeper may stop: no window has repeats left to report (the next counted fetch then
    /// asks for a sweeper again).
    pub fn take_due(&self, now: Instant) -> (Vec<Summary<T>>, bool) {
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        let due: Vec<Mac> = memo
            .windows
            .iter()
            .filter(|(_, w)| now.saturating_duration_since(w.since) >= WINDOW)
            .map(|(mac, _)| *mac)
            .collect();
        let summaries = due
            .into_iter()
            .filter_map(|mac| memo.windows.remove(&mac).and_then(|w| summary(mac, w)))
            .collect();
        let stop = !memo.windows.values().any(|w| w.repeats > 0);
        if stop {
            memo.sweeping = false;
        }
        (summaries, stop)
    }

    /// Every window's summary now, over or not (at shutdown, before the writer's last flush).
    pub fn take_all(&self) -> Vec<Summary<T>> {
        let mut memo = self.memo.lock().unwrap_or_else(|e| e.into_inner());
        memo.sweeping = false;
        memo.windows
            .drain()
            .filter_map(|(mac, w)| summary(mac, w))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mac(n: u32) -> Mac {
        let b = n.to_be_bytes();
        Mac::parse(&format!("52:54:00:{:02x}:{:02x}:{:02x}", b[1], b[2], b[3])).unwrap()
    }

    fn recorded<T>(a: &Admission<T>) -> bool {
        matches!(a, Admission::Record { .. })
    }

    #[test]
    fn the_first_fetch_is_recorded_and_repeats_become_one_summary() {
        let r = ScriptRepeats::default();
        let s = Arc::new("install");
        let t = Instant::now();
        let client = Some("2001:db8::1".parse().unwrap());
        assert!(recorded(&r.admit(mac(1), client, &s, t)));
        let mut starts = 0;
        for i in 1..=5u64 {
            match r.admit(mac(1), client, &s, t + Duration::from_millis(100 * i)) {
                Admission::Counted { start_sweeper } => starts += u32::from(start_sweeper),
                Admission::Record { .. } => panic!("a repeat within the window was recorded"),
            }
        }
        assert_eq!(starts, 1, "one sweeper asked for");
        let (none, stop) = r.take_due(t + Duration::from_millis(900));
        assert!(none.is_empty() && !stop, "window not over yet");
        let (due, stop) = r.take_due(t + WINDOW);
        assert_eq!(due.len(), 1);
        assert_eq!(
            (due[0].mac, due[0].client, due[0].repeats),
            (mac(1), client, 5)
        );
        assert!(stop);
        // The next fetch starts a new window: recorded at once.
        assert!(recorded(&r.admit(mac(1), client, &s, t + WINDOW)));
    }

    #[test]
    fn a_different_script_or_client_is_recorded_at_once_after_the_earlier_summary() {
        let r = ScriptRepeats::default();
        let t = Instant::now();
        let install = Arc::new("install".to_string());
        assert!(recorded(&r.admit(mac(1), None, &install, t)));
        assert!(!recorded(&r.admit(mac(1), None, &install, t)));
        // Equal but not the same allocation (a cache miss renders it again): a repeat.
        assert!(!recorded(&r.admit(
            mac(1),
            None,
            &Arc::new("install".to_string()),
            t
        )));
        let local = Arc::new("local".to_string());
        match r.admit(mac(1), None, &local, t) {
            Admission::Record { earlier: Some(s) } => {
                assert_eq!((s.repeats, s.served.as_str()), (2, "install"));
            }
            other => panic!("{other:?}"),
        }
        let other_client = Some("2001:db8::2".parse().unwrap());
        assert!(matches!(
            r.admit(mac(1), other_client, &local, t),
            Admission::Record { earlier: None }
        ));
        // A window over with repeats, reported by the next fetch if no sweep came first.
        assert!(!recorded(&r.admit(mac(1), other_client, &local, t)));
        match r.admit(mac(1), other_client, &local, t + WINDOW) {
            Admission::Record { earlier: Some(s) } => assert_eq!(s.repeats, 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bounded_and_nothing_counted_is_lost() {
        let r = ScriptRepeats::default();
        let s = Arc::new(0u8);
        let t = Instant::now();
        let n = u32::try_from(MAX_MACS).unwrap();
        for i in 0..n {
            assert!(recorded(&r.admit(mac(i), None, &s, t)));
            assert!(!recorded(&r.admit(mac(i), None, &s, t)));
        }
        // Full of windows with repeats to report: a new machine is recorded, not remembered.
        assert!(recorded(&r.admit(mac(n), None, &s, t)));
        assert!(recorded(&r.admit(mac(n), None, &s, t)));
        assert_eq!(r.memo.lock().unwrap().windows.len(), MAX_MACS);
        let all = r.take_all();
        assert_eq!(all.len(), MAX_MACS);
        assert!(all.iter().all(|s| s.repeats == 1));
        assert!(r.take_all().is_empty());
        // Windows over without repeats make room.
        for i in 0..n {
            r.admit(mac(i), None, &s, t);
        }
        assert!(recorded(&r.admit(mac(n), None, &s, t + WINDOW)));
        assert!(!recorded(&r.admit(mac(n), None, &s, t + WINDOW)));
    }
}
