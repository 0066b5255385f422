//! The relay's counters, `/metrics` (Prometheus text) and `/healthz`. Label sets are bounded:
//! drop reasons and message kinds are fixed lists, servers are the configured ones.

use std::fmt::Write as _;
use std::net::Ipv6Addr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

use super::frame::{DropReason, Recipient};

/// What arrived, by kind (`kind` label of `bootforge_relay_received_total`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Client,
    RelayForward,
    RelayReply,
    Other,
}

impl Kind {
    const ALL: [Kind; 4] = [
        Kind::Client,
        Kind::RelayForward,
        Kind::RelayReply,
        Kind::Other,
    ];

    pub fn of(first_byte: Option<u8>) -> Kind {
        match first_byte {
            Some(12) => Kind::RelayForward,
            Some(13) => Kind::RelayReply,
            Some(t) if super::frame::is_client_message(t) => Kind::Client,
            _ => Kind::Other,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Client => "client",
            Kind::RelayForward => "relay_forward",
            Kind::RelayReply => "relay_reply",
            Kind::Other => "other",
        }
    }
}

#[derive(Debug, Default)]
pub struct RelayStats {
    received: [AtomicU64; 4],
    dropped: [AtomicU64; DropReason::ALL.len()],
    /// Per configured server: Relay-Forwards sent, sends that failed.
    forwarded: Mutex<Vec<(Ipv6Addr, u64, u64)>>,
    delivered_client: AtomicU64,
    delivered_relay: AtomicU64,
    delivery_failed: AtomicU64,
    linklayer_added: AtomicU64,
    linklayer_missing: AtomicU64,
    no_link_address: AtomicU64,
    interfaces: AtomicU64,
    pub capture: AtomicBool,
}

impl RelayStats {
    pub fn new(servers: &[Ipv6Addr]) -> RelayStats {
        let s = RelayStats::default();
        *s.forwarded.lock().unwrap_or_else(|p| p.into_inner()) =
            servers.iter().map(|a| (*a, 0, 0)).collect();
        s
    }

    pub fn received(&self, kind: Kind) {
        let i = Kind::ALL.iter().position(|k| *k == kind).unwrap_or(3);
        self.received[i].fetch_add(1, Ordering::Relaxed);
    }

    pub fn dropped(&self, reason: DropReason) {
        let i = DropReason::ALL
            .iter()
            .position(|r| *r == reason)
            .unwrap_or_default();
        self.dropped[i].fetch_add(1, Ordering::Relaxed);
    }

    pub fn dropped_count(&self, reason: DropReason) -> u64 {
        let i = DropReason::ALL
            .iter()
            .position(|r| *r == reason)
            .unwrap_or_default();
        self.dropped[i].load(Ordering::Relaxed)
    }

    pub fn forwarded(&self, server: Ipv6Addr, ok: bool) {
        let mut f = self.forwarded.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(e) = f.iter_mut().find(|e| e.0 == server) {
            if ok {
                e.1 += 1;
            } else {
                e.2 += 1;
            }
        }
    }

    pub fn delivered(&self, to: Recipient, ok: bool) {
        let c = match (ok, to) {
            (false, _) => &self.delivery_failed,
            (true, Recipient::Client) => &self.delivered_client,
            (true, Recipient::Relay) => &self.delivered_relay,
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    pub fn linklayer(&self, added: bool) {
        let c = if added {
            &self.linklayer_added
        } else {
            &self.linklayer_missing
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    pub fn no_link_address(&self) {
        self.no_link_address.fetch_add(1, Ordering::Relaxed);
    }

    pub fn set_interfaces(&self, n: usize) {
        self.interfaces.store(n as u64, Ordering::Relaxed);
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let ld = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let _ = writeln!(out, "# HELP bootforge_relay_received_total Datagrams received, by kind.\n# TYPE bootforge_relay_received_total counter");
        for (k, c) in Kind::ALL.iter().zip(&self.received) {
            let _ = writeln!(
                out,
                "bootforge_relay_received_total{{kind=\"{}\"}} {}",
                k.label(),
                ld(c)
            );
        }
        let _ = writeln!(out, "# HELP bootforge_relay_dropped_total Datagrams not relayed, by reason.\n# TYPE bootforge_relay_dropped_total counter");
        for (r, c) in DropReason::ALL.iter().zip(&self.dropped) {
            let _ = writeln!(
                out,
                "bootforge_relay_dropped_total{{reason=\"{}\"}} {}",
                r.label(),
                ld(c)
            );
        }
        let _ = writeln!(out, "# HELP bootforge_relay_forwarded_total Relay-Forwards sent, by server and result.\n# TYPE bootforge_relay_forwarded_total counter");
        for (server, ok, failed) in self
            .forwarded
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
        {
            let _ = writeln!(
                out,
                "bootforge_relay_forwarded_total{{server=\"{server}\",result=\"sent\"}} {ok}\n\
                 bootforge_relay_forwarded_total{{server=\"{server}\",result=\"failed\"}} {failed}"
            );
        }
        let _ = writeln!(out, "# HELP bootforge_relay_delivered_total Relay-Reply contents sent downstream, by recipient.\n# TYPE bootforge_relay_delivered_total counter");
        let _ = writeln!(
            out,
            "bootforge_relay_delivered_total{{to=\"client\"}} {}\n\
             bootforge_relay_delivered_total{{to=\"relay\"}} {}\n\
             bootforge_relay_delivered_total{{to=\"failed\"}} {}",
            ld(&self.delivered_client),
            ld(&self.delivered_relay),
            ld(&self.delivery_failed)
        );
        let _ = writeln!(out, "# HELP bootforge_relay_client_link_layer_total Client messages relayed with and without option 79.\n# TYPE bootforge_relay_client_link_layer_total counter");
        let _ = writeln!(
            out,
            "bootforge_relay_client_link_layer_total{{result=\"added\"}} {}\n\
             bootforge_relay_client_link_layer_total{{result=\"missing\"}} {}",
            ld(&self.linklayer_added),
            ld(&self.linklayer_missing)
        );
        let _ = writeln!(out, "# HELP bootforge_relay_no_link_address_total Client messages relayed with link-address :: (no global address on the interface).\n# TYPE bootforge_relay_no_link_address_total counter\nbootforge_relay_no_link_address_total {}", ld(&self.no_link_address));
        let _ = writeln!(out, "# HELP bootforge_relay_interfaces Client-facing interfaces listened on now.\n# TYPE bootforge_relay_interfaces gauge\nbootforge_relay_interfaces {}", ld(&self.interfaces));
        let _ = writeln!(out, "# HELP bootforge_relay_link_layer_capture 1 when the packet socket for option 79 is open.\n# TYPE bootforge_relay_link_layer_capture gauge\nbootforge_relay_link_layer_capture {}", u8::from(self.capture.load(Ordering::Relaxed)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_label_and_counts() {
        let s = RelayStats::new(&["2001:db8::d".parse().unwrap()]);
        s.received(Kind::of(Some(1)));
        s.received(Kind::of(Some(13)));
        s.dropped(DropReason::HopLimit);
        s.forwarded("2001:db8::d".parse().unwrap(), true);
        // A server that is not configured adds no label.
        s.forwarded("2001:db8::e".parse().unwrap(), true);
        s.delivered(Recipient::Relay, true);
        let text = s.render();
        assert!(text.contains("bootforge_relay_received_total{kind=\"client\"} 1"));
        assert!(text.contains("bootforge_relay_received_total{kind=\"relay_reply\"} 1"));
        assert!(text.contains("bootforge_relay_dropped_total{reason=\"hop_limit\"} 1"));
        assert!(text.contains("bootforge_relay_dropped_total{reason=\"malformed\"} 0"));
        assert!(text
            .contains("bootforge_relay_forwarded_total{server=\"2001:db8::d\",result=\"sent\"} 1"));
        assert!(!text.contains("2001:db8::e"));
        assert!(text.contains("bootforge_relay_delivered_total{to=\"relay\"} 1"));
        assert_eq!(s.dropped_count(DropReason::HopLimit), 1);
    }
}
