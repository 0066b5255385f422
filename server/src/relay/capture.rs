//! The client's MAC for option 79: a UDP socket never sees the frame's source address, so a
//! packet socket (`AF_PACKET`, cooked, IPv6 only) with a kernel filter for UDP to the relay
//! port receives client messages with the link-layer header's source address and the
//! interface index. Client messages are relayed from here; the UDP socket then handles only
//! relay messages. Needs CAP_NET_RAW; without it the relay runs without option 79.

use std::io;
use std::net::Ipv6Addr;
use std::os::fd::AsRawFd;

use nix::sys::socket::LinkAddr;
use socket2::{Domain, Protocol, Socket, Type};
use tokio::io::Interest;

use crate::mac::Mac;

const ETH_P_IPV6: u16 = 0x86dd;
const PACKET_OTHERHOST: u8 = 3;
const PACKET_OUTGOING: u8 = 4;
const IPV6_HEADER: usize = 40;
const UDP_HEADER: usize = 8;
const NEXT_HEADER_UDP: u8 = 17;

/// Classic BPF over the IPv6 header (a cooked socket starts there): next header UDP and
/// UDP destination port `port`, else nothing is queued.
fn filter(port: u16) -> Vec<libc::sock_filter> {
    let op = |code: u16, jt: u8, jf: u8, k: u32| libc::sock_filter { code, jt, jf, k };
    const LD_B_ABS: u16 = 0x30;
    const LD_H_ABS: u16 = 0x28;
    const JEQ_K: u16 = 0x15;
    const RET_K: u16 = 0x06;
    vec![
        op(LD_B_ABS, 0, 0, 6),
        op(JEQ_K, 0, 3, u32::from(NEXT_HEADER_UDP)),
        op(LD_H_ABS, 0, 0, (IPV6_HEADER + 2) as u32),
        op(JEQ_K, 0, 1, u32::from(port)),
        op(RET_K, 0, 0, 0xffff),
        op(RET_K, 0, 0, 0),
    ]
}

/// A client datagram as the packet socket saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub ifindex: u32,
    pub mac: Option<Mac>,
    pub src: Ipv6Addr,
    pub dst: Ipv6Addr,
    pub payload: Vec<u8>,
}

/// The IPv6 source, destination and UDP payload of a packet to `port` with no extension
/// headers; None for anything else (the filter lets only such packets through, but the
/// lengths are checked here).
pub fn parse_ipv6_udp(packet: &[u8], port: u16) -> Option<(Ipv6Addr, Ipv6Addr, &[u8])> {
    if packet.len() < IPV6_HEADER + UDP_HEADER || packet[0] >> 4 != 6 {
        return None;
    }
    if packet[6] != NEXT_HEADER_UDP {
        return None;
    }
    let payload_len = usize::from(u16::from_be_bytes([packet[4], packet[5]]));
    let ip_payload = packet.get(IPV6_HEADER..IPV6_HEADER + payload_len)?;
    let udp_len = usize::from(u16::from_be_bytes([ip_payload[4], ip_payload[5]]));
    if u16::from_be_bytes([ip_payload[2], ip_payload[3]]) != port
        || udp_len < UDP_HEADER
        || udp_len > ip_payload.len()
    {
        return None;
    }
    let octets =
        |r: std::ops::Range<usize>| -> [u8; 16] { packet[r].try_into().expect("16 bytes") };
    Some((
        Ipv6Addr::from(octets(8..24)),
        Ipv6Addr::from(octets(24..40)),
        &ip_payload[UDP_HEADER..udp_len],
    ))
}

/// Held as a tokio `UdpSocket` only for its readiness registration (`async_io`), as
/// [`crate::ra`]'s raw socket is; it is a packet socket.
pub struct Capture {
    fd: tokio::net::UdpSocket,
    port: u16,
}

impl Capture {
    pub fn open(port: u16) -> io::Result<Capture> {
        let proto = Protocol::from(i32::from(ETH_P_IPV6.to_be()));
        let sock = Socket::new(Domain::PACKET, Type::DGRAM, Some(proto))?;
        sock.attach_filter(&filter(port))?;
        sock.set_nonblocking(true)?;
        Ok(Capture {
            fd: tokio::net::UdpSocket::from_std(std::net::UdpSocket::from(sock))?,
            port,
        })
    }

    /// The next incoming (not sent by this host) IPv6 UDP packet to the relay port.
    pub async fn recv(&self, buf: &mut [u8]) -> io::Result<Frame> {
        let fd = self.fd.as_raw_fd();
        loop {
            let (len, from) = self
                .fd
                .async_io(Interest::READABLE, || {
                    nix::sys::socket::recvfrom::<LinkAddr>(fd, buf).map_err(io::Error::from)
                })
                .await?;
            let Some(from) = from else { continue };
            if matches!(from.pkttype(), PACKET_OTHERHOST | PACKET_OUTGOING) {
                continue;
            }
            let Some((src, dst, payload)) = parse_ipv6_udp(&buf[..len], self.port) else {
                continue;
            };
            return Ok(Frame {
                ifindex: from.ifindex() as u32,
                mac: from
                    .addr()
                    .map(Mac)
                    .filter(|m| from.halen() == 6 && m.0 != [0; 6]),
                src,
                dst,
                payload: payload.to_vec(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packet(next: u8, dport: u16, payload: &[u8]) -> Vec<u8> {
        let mut p = vec![0x60, 0, 0, 0];
        let udp_len = (UDP_HEADER + payload.len()) as u16;
        p.extend_from_slice(&udp_len.to_be_bytes());
        p.extend_from_slice(&[next, 1]);
        p.extend_from_slice(&"fe80::1".parse::<Ipv6Addr>().unwrap().octets());
        p.extend_from_slice(&"ff02::1:2".parse::<Ipv6Addr>().unwrap().octets());
        p.extend_from_slice(&546u16.to_be_bytes());
        p.extend_from_slice(&dport.to_be_bytes());
        p.extend_from_slice(&udp_len.to_be_bytes());
        p.extend_from_slice(&[0, 0]);
        p.extend_from_slice(payload);
        p
    }

    #[test]
    fn parses_a_udp_packet_to_the_port() {
        let p = packet(17, 547, &[1, 2, 3, 4]);
        let (src, dst, payload) = parse_ipv6_udp(&p, 547).unwrap();
        assert_eq!(src, "fe80::1".parse::<Ipv6Addr>().unwrap());
        assert_eq!(dst, "ff02::1:2".parse::<Ipv6Addr>().unwrap());
        assert_eq!(payload, [1, 2, 3, 4]);
        // Ethernet padding after the IPv6 payload is not part of the message.
        let mut padded = p.clone();
        padded.extend_from_slice(&[0; 6]);
        assert_eq!(parse_ipv6_udp(&padded, 547).unwrap().2, [1, 2, 3, 4]);
    }

    #[test]
    fn refuses_other_packets() {
        assert!(parse_ipv6_udp(&packet(6, 547, &[1]), 547).is_none());
        assert!(parse_ipv6_udp(&packet(17, 546, &[1]), 547).is_none());
        let p = packet(17, 547, &[1, 2, 3, 4]);
        assert!(parse_ipv6_udp(&p[..p.len() - 1], 547).is_none());
        assert!(parse_ipv6_udp(&p[..30], 547).is_none());
        let mut v4 = p.clone();
        v4[0] = 0x45;
        assert!(parse_ipv6_udp(&v4, 547).is_none());
        let mut short_udp = p;
        short_udp[44..46].copy_from_slice(&4u16.to_be_bytes());
        assert!(parse_ipv6_udp(&short_udp, 547).is_none());
    }

    #[test]
    fn the_filter_tests_udp_and_the_port() {
        let f = filter(547);
        assert_eq!(f.len(), 6);
        assert_eq!((f[1].k, f[3].k), (17, 547));
        // Both failed tests jump to the final "drop".
        assert_eq!(1 + 1 + usize::from(f[1].jf), 5);
        assert_eq!(3 + 1 + usize::from(f[3].jf), 5);
    }
}
