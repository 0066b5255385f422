//! Raw ICMPv6 sockets (RA monitor, RA sender, `bootforge check`): [`open_raw`] makes one
//! with hop limit 255 (RFC 4861 §6.1); [`IcmpSocket`] is one for all interfaces, where
//! `IPV6_PKTINFO` says which interface a message arrived on (received with
//! [`crate::udp_pktinfo::recv`]) and picks the interface and source address of each one sent.

use std::io;
use std::net::{Ipv6Addr, SocketAddrV6};
use std::os::fd::AsRawFd;

use nix::sys::socket::{self, sockopt, ControlMessage, MsgFlags, SockaddrIn6};
use socket2::{Domain, Protocol, Socket, Type};

/// Where an ICMPv6 message came from.
#[derive(Debug, Clone, Copy)]
pub struct Received {
    pub len: usize,
    pub source: Ipv6Addr,
    pub ifindex: u32,
}

/// Held as a tokio `UdpSocket` only for its readiness registration (`async_io`), the way the
/// DHCPv6 loop receives with `recvmsg`; datagram semantics are the same for a raw socket, and
/// nothing here uses its UDP-specific calls.
pub struct IcmpSocket {
    fd: tokio::net::UdpSocket,
}

impl IcmpSocket {
    /// Needs CAP_NET_RAW. Hop limit 255 for unicast and multicast (RFC 4861 6.1: receivers
    /// drop RAs and RSs with any other hop limit, proof that they were not routed). Multicast
    /// loopback is off: this host's kernel must not take our own RAs as a router's.
    pub fn open() -> io::Result<IcmpSocket> {
        let s = open_raw()?;
        s.set_nonblocking(true)?;
        s.set_multicast_loop_v6(false)?;
        socket::setsockopt(&s, sockopt::Ipv6RecvPacketInfo, &true).map_err(io::Error::from)?;
        Ok(IcmpSocket {
            fd: tokio::net::UdpSocket::from_std(std::net::UdpSocket::from(s))?,
        })
    }

    pub fn join(&self, group: &Ipv6Addr, ifindex: u32) -> io::Result<()> {
        self.fd.join_multicast_v6(group, ifindex)
    }

    pub fn leave(&self, group: &Ipv6Addr, ifindex: u32) -> io::Result<()> {
        self.fd.leave_multicast_v6(group, ifindex)
    }

    /// The next ICMPv6 message of any type, as the kernel delivers it (no IPv6 header).
    pub async fn recv(&self, buf: &mut [u8]) -> io::Result<Received> {
        let r = crate::udp_pktinfo::recv(&self.fd, buf).await?;
        Ok(Received {
            len: r.len,
            source: *r.src.ip(),
            ifindex: r.ifindex,
        })
    }

    /// Send `icmp` to `to` out of interface `ifindex`, from `from` (unspecified: the kernel
    /// picks the source address). A full send buffer is an error, not a wait: these messages
    /// are periodic and a lost one is repeated.
    pub fn send(&self, icmp: &[u8], to: Ipv6Addr, ifindex: u32, from: Ipv6Addr) -> io::Result<()> {
        let info = nix::libc::in6_pktinfo {
            ipi6_addr: nix::libc::in6_addr {
                s6_addr: from.octets(),
            },
            ipi6_ifindex: ifindex,
        };
        let scope = if is_link_scope(to) { ifindex } else { 0 };
        let dest = SockaddrIn6::from(SocketAddrV6::new(to, 0, 0, scope));
        socket::sendmsg(
            self.fd.as_raw_fd(),
            &[io::IoSlice::new(icmp)],
            &[ControlMessage::Ipv6PacketInfo(&info)],
            MsgFlags::empty(),
            Some(&dest),
        )
        .map(|_| ())
        .map_err(io::Error::from)
    }
}

/// A raw ICMPv6 socket with hop limit 255 for unicast and multicast (needs CAP_NET_RAW). The
/// kernel fills in the ICMPv6 checksum.
pub fn open_raw() -> io::Result<Socket> {
    let s = Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::ICMPV6))?;
    s.set_unicast_hops_v6(255)?;
    s.set_multicast_hops_v6(255)?;
    Ok(s)
}

fn is_link_scope(a: Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80 || (a.is_multicast() && a.segments()[0] & 0x000f == 2)
}
