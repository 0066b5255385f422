//! Router Advertisements while serving: whether DHCPv6 happens at all is decided by them
//! (PROTOCOL.md: no RA with M or O, no DHCPv6 from iPXE or UEFI).
//!
//! - [`message`]: RA/RS bytes ⇄ typed values, and what one interface advertises (pure).
//! - [`sender`]: the optional built-in router (`ra.enabled`), for labs with no router.
//! - [`monitor`]: always on while serving; listens for RAs on the DHCPv6-served interfaces,
//!   like `bootforge check` but continuously.
//!
//! Both write into [`RaStatus`] (shared through `AppState::ra`); the dashboard's Network
//! page, `GET /api/v1/network` and `/metrics` read it, and [`verdict`] turns it into the same
//! OK / WARN / FAIL that `bootforge check` prints.

pub mod message;
pub mod monitor;
pub mod sender;
mod socket;

use std::collections::BTreeMap;
use std::net::Ipv6Addr;
use std::sync::RwLock;
use std::time::{Duration, Instant};

use message::RouterAdvertisement;

/// How long after it starts listening on an interface the monitor waits for an RA with M or
/// O before the verdict is FAIL. Its Router Solicitation makes routers answer within a
/// second or so (3.5 s at worst: RFC 4861 MIN_DELAY_BETWEEN_RAS plus MAX_RA_DELAY_TIME).
pub const GRACE: Duration = Duration::from_secs(8);
/// An RA not heard again for this long no longer counts (twice the longest RFC 4861
/// MaxRtrAdvInterval: a router that is still there has repeated itself by then).
pub const STALE_AFTER: Duration = Duration::from_secs(3600);

/// One router heard on one interface: its latest RA.
#[derive(Debug, Clone)]
pub struct Sighting {
    pub source: Ipv6Addr,
    pub ra: RouterAdvertisement,
    pub at: Instant,
    /// Unix milliseconds of `at`, for display.
    pub at_ms: i64,
    /// Sent by this bootforge (`ra.enabled`, from our link-local address).
    pub own: bool,
}

/// What this bootforge advertises on one interface.
#[derive(Debug, Clone)]
pub struct Advertising {
    pub ra: RouterAdvertisement,
    pub source: Ipv6Addr,
    pub sent: u64,
    pub last_sent: Instant,
    pub last_sent_ms: i64,
}

/// Everything the RA tasks know, by interface name.
#[derive(Debug, Clone, Default)]
pub struct RaSnapshot {
    /// Why the monitor cannot listen (no CAP_NET_RAW, …); `None` while it works.
    pub monitor_error: Option<String>,
    /// Why the sender cannot send, when `ra.enabled`.
    pub sender_error: Option<String>,
    /// Interfaces the monitor listens on, and since when.
    pub listening: BTreeMap<String, Instant>,
    pub heard: BTreeMap<String, Vec<Sighting>>,
    pub advertising: BTreeMap<String, Advertising>,
}

/// Shared between the RA tasks and the readers; every lock is held for a copy or an insert.
#[derive(Debug, Default)]
pub struct RaStatus {
    inner: RwLock<RaSnapshot>,
}

impl RaStatus {
    pub fn snapshot(&self) -> RaSnapshot {
        self.inner.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn update<T>(&self, f: impl FnOnce(&mut RaSnapshot) -> T) -> T {
        f(&mut self.inner.write().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn set_monitor_error(&self, error: Option<String>) {
        self.update(|s| s.monitor_error = error);
    }

    pub fn set_sender_error(&self, error: Option<String>) {
        self.update(|s| s.sender_error = error);
    }

    /// The monitor starts (or restarts, after the link came back) listening on `interface`.
    pub fn start_listening(&self, interface: &str, now: Instant) {
        self.update(|s| {
            s.listening.insert(interface.to_string(), now);
            // What was heard before the interface went away or down no longer says anything.
            s.heard.retain(|name, _| name != interface);
        });
    }

    pub fn stop_listening(&self, interface: &str) {
        self.update(|s| {
            s.listening.remove(interface);
            s.heard.remove(interface);
        });
    }

    /// Keep the latest RA per source on `interface`.
    pub fn record(&self, interface: &str, sighting: Sighting) {
        self.update(|s| {
            let list = s.heard.entry(interface.to_string()).or_default();
            list.retain(|h| h.source != sighting.source);
            list.push(sighting);
        });
    }

    pub fn advertised(&self, interface: &str, source: Ipv6Addr, ra: &RouterAdvertisement) {
        self.update(|s| {
            let entry = s
                .advertising
                .entry(interface.to_string())
                .or_insert_with(|| Advertising {
                    ra: ra.clone(),
                    source,
                    sent: 0,
                    last_sent: Instant::now(),
                    last_sent_ms: 0,
                });
            entry.ra = ra.clone();
            entry.source = source;
            entry.sent += 1;
            entry.last_sent = Instant::now();
            entry.last_sent_ms = crate::store::now_ms();
        });
    }

    pub fn stop_advertising(&self, interface: &str) {
        self.update(|s| {
            s.advertising.remove(interface);
        });
    }
}

/// The RAs that count on `interface` now: heard within [`STALE_AFTER`], and our own.
pub fn current(
    snapshot: &RaSnapshot,
    interface: &str,
    now: Instant,
) -> Vec<(Ipv6Addr, RouterAdvertisement)> {
    snapshot
        .heard
        .get(interface)
        .into_iter()
        .flatten()
        .filter(|h| now.saturating_duration_since(h.at) < STALE_AFTER)
        .map(|h| (h.source, h.ra.clone()))
        .chain(
            snapshot
                .advertising
                .get(interface)
                .filter(|a| now.saturating_duration_since(a.last_sent) < STALE_AFTER)
                .map(|a| (a.source, a.ra.clone())),
        )
        .collect()
}

/// Per interface the monitor listens on: is an RA with M current there? (`/metrics`)
pub fn managed_seen(status: &RaStatus) -> Vec<(String, bool)> {
    let snapshot = status.snapshot();
    let now = Instant::now();
    snapshot
        .listening
        .keys()
        .map(|name| {
            let seen = current(&snapshot, name, now)
                .iter()
                .any(|(_, ra)| ra.managed);
            (name.clone(), seen)
        })
        .collect()
}

/// The monitor's verdict on one served interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum VerdictLevel {
    /// Listening, nothing useful heard yet, within [`GRACE`].
    Pending,
    Ok,
    Warn,
    Fail,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Verdict {
    pub level: VerdictLevel,
    pub message: String,
}

/// The verdict for `interface`: `bootforge check`'s rules ([`ra_rule`]) over the RAs heard
/// in the last [`STALE_AFTER`], with [`VerdictLevel::Pending`] for the first [`GRACE`] of
/// listening. Our own RAs count (the sender reports them: they are not looped back to the
/// monitor), because they are what boot clients hear.
pub fn verdict(snapshot: &RaSnapshot, interface: &str, now: Instant) -> Verdict {
    let from = |(level, message): (VerdictLevel, String)| Verdict { level, message };
    if let Some(why) = &snapshot.monitor_error {
        return from(ra_rule(
            &RaListening::Unavailable(why.clone()),
            Duration::ZERO,
        ));
    }
    let Some(since) = snapshot.listening.get(interface) else {
        return Verdict {
            level: VerdictLevel::Pending,
            message: "not listening yet".into(),
        };
    };
    let heard = current(snapshot, interface, now);
    let useful = heard.iter().any(|(_, ra)| ra.managed || ra.other_config);
    let waited = now.saturating_duration_since(*since);
    if !useful && waited < GRACE {
        return Verdict {
            level: VerdictLevel::Pending,
            message: format!(
                "listening for {}s; no RA with M/O flag yet",
                waited.as_secs()
            ),
        };
    }
    from(ra_rule(&RaListening::Heard(heard), waited))
}

/// What one interface heard while listening.
#[derive(Debug)]
pub enum RaListening {
    Heard(Vec<(Ipv6Addr, RouterAdvertisement)>),
    /// Could not listen (no such interface, no CAP_NET_RAW, …).
    Unavailable(String),
}

fn bit(b: bool) -> u8 {
    u8::from(b)
}

/// The rule for one interface, shared by `bootforge check` and the RA monitor's verdict: an
/// RA with M is what boot clients need (OK), one with only O is second best (WARN), none is
/// FAIL; not being able to listen is WARN. Never [`VerdictLevel::Pending`].
pub fn ra_rule(listening: &RaListening, waited: Duration) -> (VerdictLevel, String) {
    let heard = match listening {
        RaListening::Unavailable(why) => {
            return (VerdictLevel::Warn, format!("cannot listen: {why}"))
        }
        RaListening::Heard(h) => h,
    };
    let describe = |(src, ra): &(Ipv6Addr, RouterAdvertisement)| {
        format!(
            "{src} with M={} O={}",
            bit(ra.managed),
            bit(ra.other_config)
        )
    };
    // A router with M is what UEFI PXE needs; one with only O is second best.
    let good = heard
        .iter()
        .find(|(_, ra)| ra.managed)
        .or_else(|| heard.iter().find(|(_, ra)| ra.other_config));
    if let Some(good) = good {
        let mode = if good.1.managed {
            "stateful DHCPv6"
        } else {
            "stateless DHCPv6 only: UEFI PXE needs M=1 to get an address"
        };
        let level = if good.1.managed {
            VerdictLevel::Ok
        } else {
            VerdictLevel::Warn
        };
        return (level, format!("RA seen from {} ({mode})", describe(good)));
    }
    let seen = if heard.is_empty() {
        format!("no RA within {}s", waited.as_secs())
    } else {
        let list: Vec<String> = heard.iter().map(describe).collect();
        format!("RA seen from {}", list.join(", "))
    };
    (
        VerdictLevel::Fail,
        format!(
            "NO RA with M/O flag ({seen}): iPXE and UEFI will not ask DHCPv6; configure the \
             router (radvd: AdvManagedFlag on; AdvOtherConfigFlag on)"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sighting(source: &str, managed: bool, other: bool, at: Instant) -> Sighting {
        Sighting {
            source: source.parse().unwrap(),
            ra: RouterAdvertisement {
                managed,
                other_config: other,
                router_lifetime: 1800,
                ..Default::default()
            },
            at,
            at_ms: 0,
            own: false,
        }
    }

    #[test]
    fn verdicts_follow_the_check_rules_after_the_grace_period() {
        let start = Instant::now();
        let status = RaStatus::default();
        assert_eq!(
            verdict(&status.snapshot(), "eth0", start).level,
            VerdictLevel::Pending
        );
        status.start_listening("eth0", start);
        let soon = start + Duration::from_secs(2);
        let later = start + GRACE + Duration::from_secs(1);
        assert_eq!(
            verdict(&status.snapshot(), "eth0", soon).level,
            VerdictLevel::Pending
        );
        let v = verdict(&status.snapshot(), "eth0", later);
        assert_eq!(v.level, VerdictLevel::Fail, "{v:?}");
        assert!(v.message.contains("no RA within 9s"), "{v:?}");

        // A router without M/O: still FAIL once the grace period is over, naming it.
        status.record("eth0", sighting("fe80::1", false, false, soon));
        assert_eq!(
            verdict(&status.snapshot(), "eth0", soon).level,
            VerdictLevel::Pending
        );
        let v = verdict(&status.snapshot(), "eth0", later);
        assert_eq!(v.level, VerdictLevel::Fail);
        assert!(v.message.contains("fe80::1 with M=0 O=0"), "{v:?}");

        // O only: WARN at once; then the same router with M: OK (latest RA per source).
        status.record("eth0", sighting("fe80::1", false, true, soon));
        assert_eq!(
            verdict(&status.snapshot(), "eth0", soon).level,
            VerdictLevel::Warn
        );
        status.record("eth0", sighting("fe80::1", true, true, soon));
        let v = verdict(&status.snapshot(), "eth0", soon);
        assert_eq!(v.level, VerdictLevel::Ok, "{v:?}");
        assert!(v.message.contains("fe80::1 with M=1 O=1"), "{v:?}");
        assert_eq!(status.snapshot().heard["eth0"].len(), 1);

        // An RA heard long ago no longer counts.
        let much_later = soon + STALE_AFTER + Duration::from_secs(1);
        assert_eq!(
            verdict(&status.snapshot(), "eth0", much_later).level,
            VerdictLevel::Fail
        );

        // The link went down and came back: start over.
        status.start_listening("eth0", later);
        assert_eq!(
            verdict(&status.snapshot(), "eth0", later).level,
            VerdictLevel::Pending
        );
    }

    #[test]
    fn cannot_listen_is_a_warning() {
        let status = RaStatus::default();
        status.set_monitor_error(Some("raw ICMPv6 socket: EPERM".into()));
        let v = verdict(&status.snapshot(), "eth0", Instant::now());
        assert_eq!(v.level, VerdictLevel::Warn);
        assert!(v.message.contains("cannot listen"), "{v:?}");
    }
}
