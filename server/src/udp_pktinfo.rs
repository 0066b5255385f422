//! Receiving a UDP datagram with where it arrived: `recvmsg` with IPV6_PKTINFO (arrival
//! interface and destination address, so a multicast Solicit is told from a unicast one and
//! each interface gets its own answer) and SO_TIMESTAMPNS (the kernel's receive time, for
//! shedding work a client has already given up on). Shared by the DHCPv6 server, the relay
//! and the raw ICMPv6 socket of the RA monitor and sender (held as a tokio `UdpSocket` for
//! its readiness; the port is then 0); the socket must have IPV6_RECVPKTINFO (and, for
//! `arrived`, SO_TIMESTAMPNS) set.

use std::io;
use std::net::{Ipv6Addr, SocketAddrV6};
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

use nix::sys::socket::{self, ControlMessageOwned, MsgFlags, SockaddrIn6};
use tokio::io::Interest;
use tokio::net::UdpSocket;

/// Where a datagram came from and arrived.
#[derive(Debug, Clone, Copy)]
pub struct Received {
    pub len: usize,
    pub src: SocketAddrV6,
    /// The destination address (pktinfo); None if the kernel gave none.
    pub dst: Option<Ipv6Addr>,
    pub ifindex: u32,
    /// The kernel's receive time (SO_TIMESTAMPNS), since the Unix epoch.
    pub arrived: Option<Duration>,
}

/// Wait for the next datagram on `socket`, into `buf`.
pub async fn recv(socket: &UdpSocket, buf: &mut [u8]) -> io::Result<Received> {
    let fd = socket.as_raw_fd();
    socket
        .async_io(Interest::READABLE, || recv_now(fd, buf))
        .await
}

/// One `recvmsg` on `fd` now: waits only if the socket is blocking (the DHCPv6 server's
/// receive threads); `WouldBlock` on a non-blocking socket with nothing queued.
pub fn recv_now(fd: RawFd, buf: &mut [u8]) -> io::Result<Received> {
    let mut iov = [io::IoSliceMut::new(buf)];
    let mut cmsg = nix::cmsg_space!(nix::libc::in6_pktinfo, nix::sys::time::TimeSpec);
    let msg = socket::recvmsg::<SockaddrIn6>(fd, &mut iov, Some(&mut cmsg), MsgFlags::empty())
        .map_err(io::Error::from)?;
    let mut dst = None;
    let mut ifindex = 0;
    let mut arrived = None;
    for c in msg.cmsgs().map_err(io::Error::from)? {
        match c {
            ControlMessageOwned::Ipv6PacketInfo(pi) => {
                dst = Some(Ipv6Addr::from(pi.ipi6_addr.s6_addr));
                ifindex = pi.ipi6_ifindex;
            }
            ControlMessageOwned::ScmTimestampns(ts) => {
                arrived = Some(Duration::from(ts));
            }
            _ => {}
        }
    }
    let src = msg
        .address
        .map(SocketAddrV6::from)
        .ok_or_else(|| io::Error::other("datagram without a source address"))?;
    Ok(Received {
        len: msg.bytes,
        src,
        dst,
        ifindex,
        arrived,
    })
}
