//! Who is fetching: a client's source address → its MAC, for boot events.

use std::net::{IpAddr, Ipv6Addr};

use crate::mac::Mac;
use crate::state::AppState;

pub use crate::events::MacSource;

/// The MAC behind a client address: its DHCPv6 lease, else the kernel neighbour cache
/// (on-link clients), else a modified EUI-64 interface identifier. Never fails loudly: an
/// unknown MAC only makes the event anonymous.
pub async fn mac_for_address(state: &AppState, ip: IpAddr) -> Option<(Mac, MacSource)> {
    let addr = client_ipv6(ip)?;
    // Inline on this thread when the store can (SQLite); else through the pool.
    let leased = match state.store.lease_mac_now(addr) {
        Some(mac) => mac,
        None => match state.store.lease(addr).await {
            Ok(lease) => lease.and_then(|l| l.mac),
            Err(e) => {
                tracing::warn!(error = %e, client = %addr, "lease lookup failed");
                None
            }
        },
    };
    if let Some(mac) = leased {
        return Some((mac, MacSource::Lease));
    }
    if let Some(mac) = crate::neighbour::lookup_mac(addr, None).await {
        return Some((mac, MacSource::Neighbour));
    }
    crate::dhcpv6::identity::mac_from_eui64(addr).map(|m| (m, MacSource::Eui64))
}

/// Leases, neighbours and EUI-64 are IPv6 things: IPv4 (plain or mapped) has no MAC here.
fn client_ipv6(ip: IpAddr) -> Option<Ipv6Addr> {
    match ip {
        IpAddr::V6(v6) if v6.to_ipv4_mapped().is_some() => None,
        IpAddr::V6(v6) => Some(v6),
        IpAddr::V4(_) => None,
    }
}

/// How long a looked-up MAC labels a client's events without a new look-up. Longer than a
/// chain takes from the firmware's TFTP probe (the first look-up) to iPXE's kernel and
/// initrd GETs: 10 s ran out in a 1 000-machine storm once the script stage got fast, and
/// the kernel GETs' look-ups then came all at once (890 asset events shed; bench/README.md,
/// boot storm V). A lease does not move to another MAC within a minute.
pub const EVENT_MAC_TTL: std::time::Duration = std::time::Duration::from_secs(60);
/// Addresses remembered at most; when full the memo starts again empty.
pub const EVENT_MAC_ENTRIES: usize = 8192;

/// Recent answers of [`mac_for_address`], for labelling boot events only: a machine's TFTP
/// transfers and HTTP fetches all come from one address within seconds, and in a storm a
/// SQLite lease query per event (thousands queued for the pool) delayed the event and every
/// other query. Never used to decide anything (reinstall, completion reports): those ask
/// [`mac_for_address`] each time. Bounded in entries and age.
#[derive(Default)]
pub struct EventMacs {
    seen: std::sync::Mutex<std::collections::HashMap<IpAddr, (Mac, MacSource, std::time::Instant)>>,
}

impl EventMacs {
    /// The MAC recorded for `ip` within [`EVENT_MAC_TTL`], if any.
    pub fn recent(&self, ip: IpAddr) -> Option<(Mac, MacSource)> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.get(&ip)
            .filter(|(_, _, at)| at.elapsed() < EVENT_MAC_TTL)
            .map(|(mac, source, _)| (*mac, *source))
    }

    fn remember(&self, ip: IpAddr, found: (Mac, MacSource)) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= EVENT_MAC_ENTRIES {
            seen.clear();
        }
        seen.insert(ip, (found.0, found.1, std::time::Instant::now()));
    }

    /// [`EventMacs::recent`], else [`mac_for_address`] (remembered when found).
    pub async fn lookup(&self, state: &AppState, ip: IpAddr) -> Option<(Mac, MacSource)> {
        if let Some(found) = self.recent(ip) {
            return Some(found);
        }
        let found = mac_for_address(state, ip).await?;
        self.remember(ip, found);
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_briefly_and_bounded() {
        let macs = EventMacs::default();
        let mac = Mac::parse("52:54:00:00:00:01").unwrap();
        let ip: IpAddr = "2001:db8::1".parse().unwrap();
        assert_eq!(macs.recent(ip), None);
        macs.remember(ip, (mac, MacSource::Lease));
        assert_eq!(macs.recent(ip), Some((mac, MacSource::Lease)));
        // Aged out.
        macs.seen.lock().unwrap().get_mut(&ip).unwrap().2 -= EVENT_MAC_TTL;
        assert_eq!(macs.recent(ip), None);
        for i in 0..EVENT_MAC_ENTRIES as u32 + 10 {
            let other = IpAddr::V6(Ipv6Addr::from((0x2001_0db8_u128 << 96) + u128::from(i)));
            macs.remember(other, (mac, MacSource::Lease));
        }
        assert!(macs.seen.lock().unwrap().len() <= EVENT_MAC_ENTRIES);
    }
}
