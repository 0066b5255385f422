//! Sending a TFTP window (windowsize > 1, RFC 7440) in as few system calls and as few trips
//! through the kernel's network stack as the kernel allows (async-tftp patch 8 hands the
//! window here).
//!
//! A window's DATA packets all have the negotiated block size but the file's last one, so
//! the kernel's UDP segmentation offload (`UDP_SEGMENT`, Linux ≥ 4.18) can take them as one
//! buffer and cut it into datagrams of one size, the last shorter: one `sendmsg`, one route
//! lookup and one pass through the IPv6 output path for the whole window, on the NIC (or in
//! the driver) rather than per block. Each DATA keeps its own 4-byte header, since the cut
//! falls exactly at packet boundaries. Where segmentation cannot be used (an old kernel, a
//! block larger than the path MTU allows, a device without checksum offload), the window
//! goes in one `sendmmsg(2)`: still one system call, one datagram each.

use std::io::{self, IoSlice};
use std::net::{SocketAddr, UdpSocket};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use bytes::Bytes;
use nix::errno::Errno;
use nix::sys::socket::{
    sendmmsg, sendmsg, ControlMessage, MsgFlags, MultiHeaders, SockaddrStorage,
};

/// Most datagrams one segmented send may carry (the kernel's `UDP_MAX_SEGMENTS`, 64 before
/// Linux 6.8, 128 since: the lower bound).
const MAX_SEGMENTS: usize = 64;

/// Most payload bytes one segmented send may carry: a UDP datagram's length field is 16
/// bits, and over IPv4 the IP header counts too (65 535 − 20 − 8).
const MAX_SEGMENTED_BYTES: usize = 65_507;

/// Windows (or parts of one) sent with segmentation, and segmented sends the kernel refused
/// (then sent with `sendmmsg`); rendered in `/metrics`.
#[derive(Debug, Default)]
pub struct WindowSendStats {
    pub segmented: AtomicU64,
    pub segmentation_refused: AtomicU64,
}

/// How many of the first packets (by length) one segmented send can carry: a run of equal
/// lengths, plus one shorter packet that ends it, within [`MAX_SEGMENTS`] and
/// [`MAX_SEGMENTED_BYTES`]. Fewer than 2 means segmentation gains nothing.
pub fn segmented_run(lengths: impl IntoIterator<Item = usize>) -> usize {
    let mut lengths = lengths.into_iter();
    let Some(segment) = lengths.next().filter(|&l| l > 0) else {
        return 0;
    };
    let (mut count, mut bytes) = (1, segment);
    for len in lengths {
        if count == MAX_SEGMENTS || bytes + len > MAX_SEGMENTED_BYTES || len > segment {
            break;
        }
        count += 1;
        bytes += len;
        if len < segment {
            // Only the last datagram may be shorter than the segment size.
            break;
        }
    }
    count
}

/// Whether this kernel knows `UDP_SEGMENT`. A kernel older than 4.18 would ignore the
/// control message and send the whole window as one oversized datagram, so it is asked once
/// (the socket option exists exactly where the control message does).
fn kernel_segments() -> bool {
    static KNOWN: OnceLock<bool> = OnceLock::new();
    *KNOWN.get_or_init(|| {
        let Ok(probe) = UdpSocket::bind("[::1]:0").or_else(|_| UdpSocket::bind("127.0.0.1:0"))
        else {
            return false;
        };
        nix::sys::socket::getsockopt(&probe, nix::sys::socket::sockopt::UdpGsoSegment).is_ok()
    })
}

/// Sends `packets` to `peer` on the transfer's non-blocking socket; returns how many went
/// (async-tftp sends the rest one by one, e.g. after a full socket buffer's `WouldBlock`).
pub fn send_window(
    socket: &UdpSocket,
    packets: &[Bytes],
    peer: SocketAddr,
    stats: &WindowSendStats,
) -> io::Result<usize> {
    let mut sent = 0;
    while sent < packets.len() {
        let rest = &packets[sent..];
        let run = if kernel_segments() {
            segmented_run(rest.iter().map(Bytes::len))
        } else {
            0
        };
        let result = if run >= 2 {
            match send_segmented(socket, &rest[..run], peer) {
                Ok(()) => {
                    stats.segmented.fetch_add(1, Ordering::Relaxed);
                    Ok(run)
                }
                // EMSGSIZE (EINVAL on older kernels): a segment larger than the path
                // MTU allows, which a datagram of its own may pass fragmented; EIO: no
                // checksum offload on the way; EOPNOTSUPP/ENOPROTOOPT: not for this
                // socket. The same packets then go one datagram each.
                Err(
                    Errno::EMSGSIZE
                    | Errno::EINVAL
                    | Errno::EIO
                    | Errno::EOPNOTSUPP
                    | Errno::ENOPROTOOPT,
                ) => {
                    stats.segmentation_refused.fetch_add(1, Ordering::Relaxed);
                    send_each(socket, rest, peer)
                }
                Err(e) => Err(e),
            }
        } else {
            send_each(socket, rest, peer)
        };
        match result {
            Ok(0) => break,
            Ok(n) => sent += n,
            Err(Errno::EAGAIN) if sent > 0 => break,
            Err(e) => return Err(io::Error::from(e)),
        }
    }
    Ok(sent)
}

/// One datagram per packet, one system call for all of them.
fn send_each(socket: &UdpSocket, packets: &[Bytes], peer: SocketAddr) -> Result<usize, Errno> {
    let slices: Vec<[IoSlice<'_>; 1]> = packets.iter().map(|p| [IoSlice::new(p)]).collect();
    let addrs = vec![Some(SockaddrStorage::from(peer)); packets.len()];
    let mut headers = MultiHeaders::<SockaddrStorage>::preallocate(packets.len(), None);
    let no_cmsgs: [ControlMessage<'_>; 0] = [];
    let sent = sendmmsg(
        socket.as_raw_fd(),
        &mut headers,
        &slices,
        &addrs,
        no_cmsgs,
        MsgFlags::empty(),
    )?;
    Ok(sent.count())
}

/// `packets` (a [`segmented_run`]) as one buffer the kernel cuts at the first packet's
/// length: all or none of them are sent.
fn send_segmented(socket: &UdpSocket, packets: &[Bytes], peer: SocketAddr) -> Result<(), Errno> {
    let mut iov = [IoSlice::new(&[]); MAX_SEGMENTS];
    for (slot, p) in iov.iter_mut().zip(packets) {
        *slot = IoSlice::new(p);
    }
    let segment = u16::try_from(packets[0].len()).map_err(|_| Errno::EINVAL)?;
    let cmsgs = [ControlMessage::UdpGsoSegments(&segment)];
    let addr = SockaddrStorage::from(peer);
    sendmsg(
        socket.as_raw_fd(),
        &iov[..packets.len()],
        &cmsgs,
        MsgFlags::empty(),
        Some(&addr),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_equal_lengths_ended_by_at_most_one_shorter() {
        assert_eq!(segmented_run([1436; 8]), 8);
        assert_eq!(segmented_run([1436, 1436, 1436, 100]), 4);
        // The shorter one ends the run: nothing may follow it in the same send.
        assert_eq!(segmented_run([1436, 100, 1436]), 2);
        // A longer one cannot be cut at the first one's length.
        assert_eq!(segmented_run([100, 1436]), 1);
        assert_eq!(segmented_run([1436]), 1);
        assert_eq!(segmented_run(std::iter::empty()), 0);
        assert_eq!(segmented_run([0, 0]), 0);
    }

    #[test]
    fn a_run_stays_within_the_kernels_limits() {
        // 45 × 1436 = 64 620 ≤ 65 507 < 46 × 1436.
        assert_eq!(segmented_run([1436; 64]), 45);
        assert_eq!(segmented_run([516; 200]), MAX_SEGMENTS);
        assert_eq!(segmented_run([65_000, 65_000]), 1);
    }

    fn server_socket() -> UdpSocket {
        let server = UdpSocket::bind("[::1]:0").unwrap();
        server.set_nonblocking(true).unwrap();
        server
    }

    /// Sends `packets` from `server` to a real socket on loopback and checks that each
    /// arrived as one datagram, exactly, in order; returns the stats.
    fn send_and_receive(server: &UdpSocket, packets: &[Bytes]) -> WindowSendStats {
        let client = UdpSocket::bind("[::1]:0").unwrap();
        client
            .set_read_timeout(Some(std::time::Duration::from_secs(2)))
            .unwrap();
        let stats = WindowSendStats::default();
        let sent = send_window(server, packets, client.local_addr().unwrap(), &stats).unwrap();
        assert_eq!(sent, packets.len());
        let mut buf = [0u8; 65_536];
        for p in packets {
            let (n, from) = client.recv_from(&mut buf).unwrap();
            assert_eq!(from, server.local_addr().unwrap());
            assert_eq!(&buf[..n], &p[..]);
        }
        stats
    }

    /// 8 DATA packets of blksize 1432, the last one short.
    fn window_of_eight() -> Vec<Bytes> {
        (1..=8u16)
            .map(|block| {
                let len = if block == 8 { 300 } else { 1432 };
                let mut p = vec![0, 3];
                p.extend_from_slice(&block.to_be_bytes());
                p.extend((0..len).map(|i| (i as u16 ^ block) as u8));
                Bytes::from(p)
            })
            .collect()
    }

    /// A window: 8 datagrams, in one segmented send where the kernel segments (loopback
    /// does).
    #[test]
    fn a_window_arrives_as_one_datagram_per_packet() {
        let stats = send_and_receive(&server_socket(), &window_of_eight());
        if kernel_segments() {
            assert_eq!(stats.segmented.load(Ordering::Relaxed), 1);
            assert_eq!(stats.segmentation_refused.load(Ordering::Relaxed), 0);
        }
    }

    /// Lengths that never make a long run (each shorter than the one before) still all go,
    /// in order, in runs of two.
    #[test]
    fn packets_of_falling_lengths_go_in_order() {
        let packets: Vec<Bytes> = (0..8u8)
            .map(|i| Bytes::from(vec![i; 1432 - usize::from(i)]))
            .collect();
        let stats = send_and_receive(&server_socket(), &packets);
        if kernel_segments() {
            assert_eq!(stats.segmented.load(Ordering::Relaxed), 4);
        }
    }

    /// A path MTU below the block size (here the socket's own `IPV6_MTU`, 1280): the kernel
    /// refuses the segmented send, and the window still arrives whole, one (fragmented)
    /// datagram per packet, through `sendmmsg`.
    #[test]
    #[allow(unsafe_code)]
    fn a_refused_segmentation_falls_back_to_one_datagram_each() {
        let server = server_socket();
        let mtu: libc::c_int = 1280;
        // SAFETY: `server` is an open IPv6 UDP socket and the value is a `c_int` of the
        // length passed, as IPV6_MTU takes.
        let rc = unsafe {
            libc::setsockopt(
                server.as_raw_fd(),
                libc::IPPROTO_IPV6,
                libc::IPV6_MTU,
                (&mtu as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        };
        assert_eq!(rc, 0, "{}", io::Error::last_os_error());
        let stats = send_and_receive(&server, &window_of_eight());
        if kernel_segments() {
            assert_eq!(stats.segmented.load(Ordering::Relaxed), 0);
            assert_eq!(stats.segmentation_refused.load(Ordering::Relaxed), 1);
        }
    }
}
