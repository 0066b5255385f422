//! A UDP socket's membership of one multicast group on every selected interface, followed
//! as interface snapshots change: joined when an interface appears (or becomes selected),
//! left when it is no longer selected. Shared by the DHCPv6 server and the relay (ff02::1:2).

use std::collections::BTreeMap;
use std::net::Ipv6Addr;
use std::sync::RwLock;

use tokio::net::UdpSocket;

use super::{InterfaceSelector, Interfaces};

/// What the logs call joining and leaving (e.g. "DHCPv6 serving interface").
pub struct MembershipLabels {
    pub joined: &'static str,
    pub left: &'static str,
}

/// A socket that can join and leave an IPv6 group: the relay's tokio socket, the DHCPv6
/// server's blocking std socket (read by its receive threads).
pub trait MulticastSocket {
    fn join_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()>;
    fn leave_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()>;
}

impl MulticastSocket for UdpSocket {
    fn join_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()> {
        UdpSocket::join_multicast_v6(self, group, index)
    }
    fn leave_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()> {
        UdpSocket::leave_multicast_v6(self, group, index)
    }
}

impl MulticastSocket for std::net::UdpSocket {
    fn join_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()> {
        std::net::UdpSocket::join_multicast_v6(self, group, index)
    }
    fn leave_multicast_v6(&self, group: &Ipv6Addr, index: u32) -> std::io::Result<()> {
        std::net::UdpSocket::leave_multicast_v6(self, group, index)
    }
}

pub struct GroupMembership {
    group: Ipv6Addr,
    labels: MembershipLabels,
    /// Interfaces (by index) whose membership the socket holds, with their names.
    joined: RwLock<BTreeMap<u32, String>>,
}

impl GroupMembership {
    pub fn new(group: Ipv6Addr, labels: MembershipLabels) -> GroupMembership {
        GroupMembership {
            group,
            labels,
            joined: RwLock::default(),
        }
    }

    /// Join on every selected interface not yet joined; leave those no longer selected (the
    /// kernel drops a membership by itself when its interface goes away). A failed join is
    /// retried at the next call. Returns how many interfaces are joined.
    pub fn follow(
        &self,
        socket: &impl MulticastSocket,
        selector: &InterfaceSelector,
        interfaces: &Interfaces,
    ) -> usize {
        let mut joined = self.joined.write().unwrap_or_else(|p| p.into_inner());
        let wanted: BTreeMap<u32, String> = interfaces
            .selected(selector)
            .map(|i| (i.index, i.name.clone()))
            .collect();
        joined.retain(|index, name| {
            if let Some(now) = wanted.get(index) {
                // Renamed: the membership is the index's, only the name changes.
                now.clone_into(name);
                return true;
            }
            if interfaces.by_index(*index).is_some() {
                if let Err(e) = socket.leave_multicast_v6(&self.group, *index) {
                    tracing::debug!(interface = %name, error = %e, group = %self.group, "leaving group");
                }
            }
            tracing::info!(interface = %name, "{}", self.labels.left);
            false
        });
        for (index, name) in wanted {
            if joined.contains_key(&index) {
                continue;
            }
            match socket.join_multicast_v6(&self.group, index) {
                Ok(()) => {
                    tracing::info!(interface = %name, index, "{}", self.labels.joined);
                    joined.insert(index, name);
                }
                Err(e) => {
                    tracing::warn!(interface = %name, error = %e, "cannot join {}; retried at the next change", self.group)
                }
            }
        }
        joined.len()
    }

    pub fn contains(&self, ifindex: u32) -> bool {
        self.joined
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .contains_key(&ifindex)
    }

    /// Names of the joined interfaces, by index.
    pub fn names(&self) -> Vec<String> {
        self.joined
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .cloned()
            .collect()
    }
}
