//! Just enough rtnetlink for boot-sim: add a machine's leased address (no DAD) and a
//! permanent neighbour entry on the server's side, each one request acknowledged by the
//! kernel, so a machine's address is usable the moment its own call returns. (Through one
//! shared `ip -batch` process, a thousand Replies arriving together queued for up to a
//! second, and every waiting machine polled `bind` meanwhile, taking CPU from the servers.)

use std::io;
use std::net::Ipv6Addr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const RTM_NEWADDR: u16 = 20;
const RTM_NEWNEIGH: u16 = 28;
const NLMSG_ERROR: u16 = 2;
const NLM_F_REQUEST: u16 = 0x1;
const NLM_F_ACK: u16 = 0x4;
const NLM_F_REPLACE: u16 = 0x100;
const NLM_F_CREATE: u16 = 0x400;
const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const IFA_F_NODAD: u8 = 0x02;
const NDA_DST: u16 = 1;
const NDA_LLADDR: u16 = 2;
const NUD_PERMANENT: u16 = 0x80;

/// A NETLINK_ROUTE socket in the network namespace it was opened in. One request at a
/// time (callers share it behind a mutex).
pub struct Rtnl {
    fd: OwnedFd,
    seq: u32,
}

impl Rtnl {
    /// A socket in this thread's network namespace.
    pub fn open() -> io::Result<Rtnl> {
        // SAFETY: plain socket(2); the descriptor is checked and owned at once.
        let fd = unsafe {
            libc::socket(
                libc::AF_NETLINK,
                libc::SOCK_RAW | libc::SOCK_CLOEXEC,
                libc::NETLINK_ROUTE,
            )
        };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` is a new descriptor nobody else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        Ok(Rtnl { fd, seq: 0 })
    }

    /// A socket in the named namespace (`ip netns` name) and the index of `dev` there,
    /// opened from a thread that enters it (a socket keeps the namespace it was made in).
    pub fn open_in_netns(ns: &str, dev: &str) -> io::Result<(Rtnl, u32)> {
        let path = format!("/run/netns/{ns}");
        let dev = std::ffi::CString::new(dev).map_err(io::Error::other)?;
        std::thread::spawn(move || {
            let ns_file = std::fs::File::open(&path)?;
            // SAFETY: setns(2) on an open namespace file; it changes only this thread,
            // which ends right after.
            if unsafe { libc::setns(ns_file.as_raw_fd(), libc::CLONE_NEWNET) } != 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: a NUL-terminated name.
            let index = unsafe { libc::if_nametoindex(dev.as_ptr()) };
            if index == 0 {
                return Err(io::Error::last_os_error());
            }
            Ok((Rtnl::open()?, index))
        })
        .join()
        .map_err(|_| io::Error::other("netns thread panicked"))?
    }

    /// `ip address replace ADDR/128 dev IFINDEX nodad`.
    pub fn add_address(&mut self, ifindex: u32, addr: Ipv6Addr) -> io::Result<()> {
        let mut body = vec![libc::AF_INET6 as u8, 128, IFA_F_NODAD, 0];
        body.extend_from_slice(&ifindex.to_ne_bytes());
        attr(&mut body, IFA_LOCAL, &addr.octets());
        attr(&mut body, IFA_ADDRESS, &addr.octets());
        self.request(RTM_NEWADDR, &body)
    }

    /// `ip neigh replace ADDR lladdr LLADDR dev IFINDEX nud permanent`.
    pub fn set_neighbour(
        &mut self,
        ifindex: u32,
        addr: Ipv6Addr,
        lladdr: [u8; 6],
    ) -> io::Result<()> {
        let mut body = vec![libc::AF_INET6 as u8, 0, 0, 0];
        body.extend_from_slice(&(ifindex as i32).to_ne_bytes());
        body.extend_from_slice(&NUD_PERMANENT.to_ne_bytes());
        body.extend_from_slice(&[0, 0]); // flags, type
        attr(&mut body, NDA_DST, &addr.octets());
        attr(&mut body, NDA_LLADDR, &lladdr);
        self.request(RTM_NEWNEIGH, &body)
    }

    /// Sends one request and waits for its acknowledgement (an NLMSG_ERROR, 0 = done).
    fn request(&mut self, msg_type: u16, body: &[u8]) -> io::Result<()> {
        self.seq = self.seq.wrapping_add(1);
        let mut msg = Vec::with_capacity(16 + body.len());
        msg.extend_from_slice(&((16 + body.len()) as u32).to_ne_bytes());
        msg.extend_from_slice(&msg_type.to_ne_bytes());
        let flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_REPLACE;
        msg.extend_from_slice(&flags.to_ne_bytes());
        msg.extend_from_slice(&self.seq.to_ne_bytes());
        msg.extend_from_slice(&0u32.to_ne_bytes());
        msg.extend_from_slice(body);
        // SAFETY: send(2) of an initialised buffer of the length given.
        let sent = unsafe { libc::send(self.fd.as_raw_fd(), msg.as_ptr().cast(), msg.len(), 0) };
        if sent < 0 {
            return Err(io::Error::last_os_error());
        }
        let mut buf = [0u8; 4096];
        loop {
            // SAFETY: recv(2) into a buffer of the length given.
            let n =
                unsafe { libc::recv(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
            if n < 0 {
                return Err(io::Error::last_os_error());
            }
            let got = &buf[..n as usize];
            if got.len() < 20 {
                return Err(io::Error::other("short netlink answer"));
            }
            let kind = u16::from_ne_bytes([got[4], got[5]]);
            let seq = u32::from_ne_bytes([got[8], got[9], got[10], got[11]]);
            if kind != NLMSG_ERROR || seq != self.seq {
                continue;
            }
            return match i32::from_ne_bytes([got[16], got[17], got[18], got[19]]) {
                0 => Ok(()),
                e => Err(io::Error::from_raw_os_error(-e)),
            };
        }
    }
}

/// Appends a route attribute (length, type, value, padded to 4 bytes).
fn attr(buf: &mut Vec<u8>, kind: u16, value: &[u8]) {
    buf.extend_from_slice(&((4 + value.len()) as u16).to_ne_bytes());
    buf.extend_from_slice(&kind.to_ne_bytes());
    buf.extend_from_slice(value);
    buf.resize(buf.len().next_multiple_of(4), 0);
}
