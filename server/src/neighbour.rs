//! The kernel's IPv6 neighbour cache: the last-resort way to learn a client's MAC from its
//! source address (on-link clients only). Read over rtnetlink, as `ip -6 neigh` does, without
//! starting a process per lookup.

use std::net::Ipv6Addr;

use futures_util::TryStreamExt;
use rtnetlink::packet_route::neighbour::{
    NeighbourAddress, NeighbourAttribute, NeighbourMessage, NeighbourState,
};
use rtnetlink::packet_route::AddressFamily;

use crate::mac::Mac;

/// A usable cache entry: (address, interface index, MAC). Entries still resolving or failed
/// carry no trustworthy link-layer address.
pub fn entry_of(msg: &NeighbourMessage) -> Option<(Ipv6Addr, u32, Mac)> {
    if matches!(
        msg.header.state,
        NeighbourState::Incomplete | NeighbourState::Failed | NeighbourState::None
    ) {
        return None;
    }
    let mut address = None;
    let mut mac = None;
    for attribute in &msg.attributes {
        match attribute {
            NeighbourAttribute::Destination(NeighbourAddress::Inet6(a)) => address = Some(*a),
            NeighbourAttribute::LinkLayerAddress(bytes) => {
                mac = <[u8; 6]>::try_from(bytes.as_slice()).ok().map(Mac)
            }
            _ => {}
        }
    }
    Some((address?, msg.header.ifindex, mac?))
}

/// Look up `addr` (optionally only on interface `ifindex`) in the neighbour cache. A fresh
/// netlink socket per lookup: cheap, and never tied to a runtime that has since ended.
pub async fn lookup_mac(addr: Ipv6Addr, ifindex: Option<u32>) -> Option<Mac> {
    let (connection, handle, _) = match rtnetlink::new_connection() {
        Ok(c) => c,
        Err(e) => {
            tracing::debug!(error = %e, "netlink unavailable for the neighbour lookup");
            return None;
        }
    };
    let connection = tokio::spawn(connection);
    let mut dump = handle
        .neighbours()
        .get()
        .set_address_family(AddressFamily::Inet6)
        .execute();
    let mut found = None;
    loop {
        match dump.try_next().await {
            Ok(Some(msg)) => {
                if let Some((a, index, mac)) = entry_of(&msg) {
                    if a == addr && ifindex.is_none_or(|i| i == index) {
                        found = Some(mac);
                        break;
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                tracing::debug!(error = %e, "neighbour dump failed");
                break;
            }
        }
    }
    drop(dump);
    drop(handle);
    connection.abort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(state: NeighbourState, lladdr: Option<Vec<u8>>) -> NeighbourMessage {
        let mut m = NeighbourMessage::default();
        m.header.ifindex = 4;
        m.header.state = state;
        m.attributes
            .push(NeighbourAttribute::Destination(NeighbourAddress::Inet6(
                "fe80::1".parse().unwrap(),
            )));
        if let Some(l) = lladdr {
            m.attributes.push(NeighbourAttribute::LinkLayerAddress(l));
        }
        m
    }

    #[test]
    fn usable_entries_only() {
        let mac = vec![0x52, 0x54, 0, 0x12, 0x34, 0x56];
        let (a, index, m) = entry_of(&entry(NeighbourState::Reachable, Some(mac.clone()))).unwrap();
        assert_eq!(a, "fe80::1".parse::<Ipv6Addr>().unwrap());
        assert_eq!(index, 4);
        assert_eq!(m.to_string(), "52:54:00:12:34:56");
        assert!(entry_of(&entry(NeighbourState::Stale, Some(mac.clone()))).is_some());
        assert!(entry_of(&entry(NeighbourState::Incomplete, Some(mac.clone()))).is_none());
        assert!(entry_of(&entry(NeighbourState::Reachable, None)).is_none());
        assert!(entry_of(&entry(NeighbourState::Reachable, Some(vec![1, 2, 3]))).is_none());
    }
}
