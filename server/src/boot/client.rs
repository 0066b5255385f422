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
    match state.store.lease(addr).await {
        Ok(Some(lease)) => {
            if let Some(mac) = lease.mac {
                return Some((mac, MacSource::Lease));
            }
        }
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, client = %addr, "lease lookup failed"),
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
