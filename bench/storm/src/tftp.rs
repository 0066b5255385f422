//! TFTP read transfers as UEFI firmware does them (shared by `tftp-load` and `boot-sim`):
//! optionally the EDK2 tsize probe (RRQ tsize+blksize[+windowsize], read the OACK, ERROR 8),
//! then the real RRQ; 1 s timeouts: the probe sent up to 6 times, the ACK retransmitted, at
//! most 10 timeouts in a transfer.
//!
//! The client's rules are one [`Transfer`] (no I/O), driven either by [`fetch`] (one
//! blocking socket, one thread per client) or by [`fetch_many`] (a few threads, each an
//! epoll loop over its clients' sockets). The second costs the shared CPU far less per
//! block: a storm's clients are other machines, not threads of the server's host.

use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// RRQs sent by every `fetch` of this process (probe RRQs, real RRQs including resends),
/// to compare with what the server says it read.
pub static PROBE_RRQS_SENT: AtomicU64 = AtomicU64::new(0);
pub static REAL_RRQS_SENT: AtomicU64 = AtomicU64::new(0);

/// One finished transfer: its bytes and where its time went.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fetched {
    pub bytes: u64,
    /// First probe RRQ sent → its OACK read (zero without the probe).
    pub probe: Duration,
    /// Probe RRQs sent (1 = answered the first time).
    pub probe_rrqs: u32,
    /// Real RRQ sent → last DATA read.
    pub transfer: Duration,
    /// Receive timeouts during the real transfer (each cost 1 s).
    pub timeouts: u32,
}

const RRQ: u16 = 1;
const DATA: u16 = 3;
const ACK: u16 = 4;
const ERROR: u16 = 5;
const OACK: u16 = 6;

fn rrq(file: &str, opts: &[(&str, String)]) -> Vec<u8> {
    let mut p = RRQ.to_be_bytes().to_vec();
    for s in [file, "octet"] {
        p.extend_from_slice(s.as_bytes());
        p.push(0);
    }
    for (k, v) in opts {
        p.extend_from_slice(k.as_bytes());
        p.push(0);
        p.extend_from_slice(v.as_bytes());
        p.push(0);
    }
    p
}

fn ack(block: u16) -> [u8; 4] {
    let b = block.to_be_bytes();
    [0, ACK as u8, b[0], b[1]]
}

fn oack_opt(p: &[u8], name: &str) -> Option<u64> {
    let mut parts = p[2..].split(|&b| b == 0);
    while let (Some(k), Some(v)) = (parts.next(), parts.next()) {
        if std::str::from_utf8(k).ok()?.eq_ignore_ascii_case(name) {
            return std::str::from_utf8(v).ok()?.parse().ok();
        }
    }
    None
}

fn opcode(p: &[u8]) -> u16 {
    u16::from_be_bytes([p[0], p[1]])
}

fn options(blksize: u16, window: u16) -> Vec<(&'static str, String)> {
    let mut o = vec![("tsize", "0".to_string()), ("blksize", blksize.to_string())];
    if window > 1 {
        o.push(("windowsize", window.to_string()));
    }
    o
}

/// What a [`Transfer`] wants sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Send {
    /// The RRQ (probe or real), to the server's listening address.
    Rrq,
    /// ERROR 8 ending the tsize probe, to the probe's transfer port.
    ProbeAbort(SocketAddr),
    /// ACK of a block, to the transfer port.
    Ack(u16, SocketAddr),
}

/// Where a [`Transfer`] stands after an event.
#[derive(Debug)]
pub enum Step {
    Wait,
    Done(Result<Fetched, String>),
}

/// One client's read transfer, as rules over received packets and timeouts: the caller
/// sends what it is told (`out`) and calls [`Transfer::on_timeout`] after 1 s without a
/// packet.
pub struct Transfer {
    blksize: u16,
    window: u16,
    /// Probe RRQs still allowed; `None` once the probe is over (or without one).
    probe_tries_left: Option<u32>,
    probe_start: Instant,
    transfer_start: Instant,
    fetched: Fetched,
    peer: Option<SocketAddr>,
    block_size: u64,
    win: u16,
    tsize: Option<u64>,
    expected: u16,
    received: u64,
    in_window: u16,
}

impl Transfer {
    /// A transfer that has sent its first RRQ (`out`).
    pub fn start(options: Options, out: &mut Vec<Send>) -> Transfer {
        let now = Instant::now();
        let mut t = Transfer {
            blksize: options.blksize,
            window: options.window,
            probe_tries_left: options.probe.then_some(6),
            probe_start: now,
            transfer_start: now,
            fetched: Fetched::default(),
            peer: None,
            block_size: 512,
            win: 1,
            tsize: None,
            expected: 1,
            received: 0,
            in_window: 0,
        };
        t.send_rrq(out);
        t
    }

    /// The RRQ's bytes, for [`Send::Rrq`].
    pub fn rrq(&self, file: &str) -> Vec<u8> {
        rrq(file, &options(self.blksize, self.window))
    }

    fn send_rrq(&mut self, out: &mut Vec<Send>) {
        match &mut self.probe_tries_left {
            Some(left) => {
                // As EDK2: the probe RRQ is sent again after each timeout, up to 6 times.
                *left -= 1;
                self.fetched.probe_rrqs += 1;
                PROBE_RRQS_SENT.fetch_add(1, Ordering::Relaxed);
            }
            None => {
                REAL_RRQS_SENT.fetch_add(1, Ordering::Relaxed);
            }
        }
        out.push(Send::Rrq);
    }

    pub fn on_packet(&mut self, p: &[u8], from: SocketAddr, out: &mut Vec<Send>) -> Step {
        if p.len() < 4 {
            return Step::Wait;
        }
        if self.probe_tries_left.is_some() {
            self.fetched.probe = self.probe_start.elapsed();
            if opcode(p) != OACK {
                return Step::Done(Err(format!("probe: opcode {}", opcode(p))));
            }
            self.probe_tries_left = None;
            out.push(Send::ProbeAbort(from));
            self.transfer_start = Instant::now();
            self.send_rrq(out);
            return Step::Wait;
        }
        if self.peer.is_some_and(|peer| peer != from) {
            return Step::Wait;
        }
        match opcode(p) {
            OACK if self.peer.is_none() => {
                self.peer = Some(from);
                self.block_size = oack_opt(p, "blksize").unwrap_or(512);
                self.win = oack_opt(p, "windowsize").unwrap_or(1) as u16;
                self.tsize = oack_opt(p, "tsize");
                out.push(Send::Ack(0, from));
            }
            DATA => {
                if self.peer.is_none() {
                    self.peer = Some(from); // server ignored the options
                }
                let block = u16::from_be_bytes([p[2], p[3]]);
                if block != self.expected {
                    // Out of order or a retransmission: ack the last good block.
                    self.in_window = 0;
                    out.push(Send::Ack(self.expected.wrapping_sub(1), from));
                    return Step::Wait;
                }
                let len = (p.len() - 4) as u64;
                self.received += len;
                self.expected = self.expected.wrapping_add(1);
                self.in_window += 1;
                let last = len < self.block_size;
                if last || self.in_window >= self.win {
                    self.in_window = 0;
                    out.push(Send::Ack(block, from));
                }
                if last {
                    if let Some(t) = self.tsize {
                        if t != self.received {
                            return Step::Done(Err(format!("got {} of tsize {t}", self.received)));
                        }
                    }
                    self.fetched.bytes = self.received;
                    self.fetched.transfer = self.transfer_start.elapsed();
                    return Step::Done(Ok(self.fetched));
                }
            }
            ERROR => {
                return Step::Done(Err(format!(
                    "server ERROR {}",
                    u16::from_be_bytes([p[2], p[3]])
                )))
            }
            _ => {}
        }
        Step::Wait
    }

    /// 1 s passed without a packet.
    pub fn on_timeout(&mut self, out: &mut Vec<Send>) -> Step {
        if let Some(left) = self.probe_tries_left {
            if left == 0 {
                return Step::Done(Err("probe: no answer to 6 RRQs".into()));
            }
            self.send_rrq(out);
            return Step::Wait;
        }
        self.fetched.timeouts += 1;
        if self.fetched.timeouts > 10 {
            return Step::Done(Err(format!("timed out at block {}", self.expected)));
        }
        match self.peer {
            Some(p) => out.push(Send::Ack(self.expected.wrapping_sub(1), p)),
            None => self.send_rrq(out),
        }
        Step::Wait
    }
}

/// The receive timeout of every transfer.
pub const TIMEOUT: Duration = Duration::from_millis(1000);

/// The bytes of `send` (in `scratch` unless it is the RRQ) and where they go.
fn encode<'a>(
    send: Send,
    rrq: &'a [u8],
    server: SocketAddr,
    scratch: &'a mut [u8; 16],
) -> (&'a [u8], SocketAddr) {
    match send {
        Send::Rrq => (rrq, server),
        Send::ProbeAbort(to) => {
            const ABORT: &[u8; 16] = b"\0\x05\0\x08tsize probe\0";
            scratch.copy_from_slice(ABORT);
            (&scratch[..], to)
        }
        Send::Ack(block, to) => {
            scratch[..4].copy_from_slice(&ack(block));
            (&scratch[..4], to)
        }
    }
}

/// One transfer from a socket bound to `bind`, on this thread (a blocking socket); returns
/// the bytes received. An error names the client's address and port.
pub fn fetch(
    bind: SocketAddr,
    server: SocketAddr,
    file: &str,
    options: Options,
) -> Result<Fetched, String> {
    let sock = UdpSocket::bind(bind).map_err(|e| e.to_string())?;
    let local = sock.local_addr().map_err(|e| e.to_string())?;
    fetch_on(sock, server, file, options).map_err(|e| format!("{e} (client {local})"))
}

fn fetch_on(
    sock: UdpSocket,
    server: SocketAddr,
    file: &str,
    options: Options,
) -> Result<Fetched, String> {
    sock.set_read_timeout(Some(TIMEOUT)).unwrap();
    let mut buf = vec![0u8; 65536];
    let mut out = Vec::new();
    let mut t = Transfer::start(options, &mut out);
    let rrq = t.rrq(file);
    send_all(&sock, &mut out, &rrq, server).map_err(|e| e.to_string())?;
    loop {
        let step = match sock.recv_from(&mut buf) {
            Ok((n, from)) => t.on_packet(&buf[..n], from, &mut out),
            Err(_) => t.on_timeout(&mut out),
        };
        // Sent before a finished transfer returns: it may be the final ACK.
        send_all(&sock, &mut out, &rrq, server).map_err(|e| e.to_string())?;
        if let Step::Done(r) = step {
            return r;
        }
    }
}

/// What a transfer asks for ([`fetch`], every one of [`fetch_many`]).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub blksize: u16,
    pub window: u16,
    /// The EDK2 tsize probe first.
    pub probe: bool,
}

/// `clients` transfers from sockets bound to `bind` (port 0), spread over `threads` epoll
/// loops, all started together; each result with the time from its start to its end, in
/// client order. Every transfer ends (done, or failed after its timeouts), so this does.
pub fn fetch_many(
    bind: SocketAddr,
    server: SocketAddr,
    file: &str,
    clients: usize,
    options: Options,
    threads: usize,
) -> Vec<Result<(Fetched, Duration), String>> {
    let threads = threads.clamp(1, clients.max(1));
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|i| {
            let n = clients / threads + usize::from(i < clients % threads);
            let (file, barrier) = (file.to_string(), barrier.clone());
            std::thread::spawn(move || {
                let socks: Vec<UdpSocket> = (0..n)
                    .map(|_| UdpSocket::bind(bind).expect("binding a client socket"))
                    .collect();
                barrier.wait();
                event_loop(socks, server, &file, options)
            })
        })
        .collect();
    handles
        .into_iter()
        .flat_map(|h| h.join().expect("client thread"))
        .collect()
}

/// One thread's clients: their transfers driven by the readiness of their sockets.
fn event_loop(
    socks: Vec<UdpSocket>,
    server: SocketAddr,
    file: &str,
    options: Options,
) -> Vec<Result<(Fetched, Duration), String>> {
    use std::os::fd::AsRawFd;
    // SAFETY: plain epoll calls on descriptors this function owns for its whole run.
    let epoll = unsafe { libc::epoll_create1(libc::EPOLL_CLOEXEC) };
    assert!(
        epoll >= 0,
        "epoll_create1: {}",
        std::io::Error::last_os_error()
    );
    let start = Instant::now();
    let mut out = Vec::new();
    let mut transfers = Vec::with_capacity(socks.len());
    let mut results: Vec<Option<Result<(Fetched, Duration), String>>> = vec![None; socks.len()];
    let mut deadlines = vec![start + TIMEOUT; socks.len()];
    let mut rrq = Vec::new();
    let mut pending = socks.len();
    for (i, sock) in socks.iter().enumerate() {
        sock.set_nonblocking(true).unwrap();
        let mut ev = libc::epoll_event {
            events: libc::EPOLLIN as u32,
            u64: i as u64,
        };
        // SAFETY: see above; `ev` outlives the call.
        let rc = unsafe { libc::epoll_ctl(epoll, libc::EPOLL_CTL_ADD, sock.as_raw_fd(), &mut ev) };
        assert_eq!(rc, 0, "epoll_ctl: {}", std::io::Error::last_os_error());
        let t = Transfer::start(options, &mut out);
        if rrq.is_empty() {
            rrq = t.rrq(file);
        }
        // A failed send is left to the transfer's timeout, here and below.
        let _ = send_all(sock, &mut out, &rrq, server);
        transfers.push(t);
    }
    let mut events = vec![libc::epoll_event { events: 0, u64: 0 }; 256];
    let mut buf = vec![0u8; 65536];
    let mut next_timeout_scan = start + TIMEOUT;
    while pending > 0 {
        let wait_ms = next_timeout_scan
            .saturating_duration_since(Instant::now())
            .as_millis()
            .min(1000) as i32;
        // SAFETY: see above; `events` is a live buffer of its length.
        let n =
            unsafe { libc::epoll_wait(epoll, events.as_mut_ptr(), events.len() as i32, wait_ms) };
        let now = Instant::now();
        let mut ended = Vec::new();
        for ev in &events[..n.max(0) as usize] {
            let i = ev.u64 as usize;
            if results[i].is_some() {
                continue;
            }
            // One datagram per readiness: the registration is level-triggered, so a second
            // one waiting is reported again, and draining would cost a failed read per packet.
            if let Ok((len, from)) = socks[i].recv_from(&mut buf) {
                deadlines[i] = now + TIMEOUT;
                let step = transfers[i].on_packet(&buf[..len], from, &mut out);
                let _ = send_all(&socks[i], &mut out, &rrq, server);
                if let Step::Done(r) = step {
                    ended.push((i, r));
                }
            }
        }
        if now >= next_timeout_scan {
            for i in 0..socks.len() {
                if results[i].is_none() && now >= deadlines[i] {
                    deadlines[i] = now + TIMEOUT;
                    let step = transfers[i].on_timeout(&mut out);
                    let _ = send_all(&socks[i], &mut out, &rrq, server);
                    if let Step::Done(r) = step {
                        ended.push((i, r));
                    }
                }
            }
            next_timeout_scan = now + Duration::from_millis(100);
        }
        for (i, r) in ended {
            results[i] = Some(done(r, start, &socks[i]));
            pending -= 1;
            // SAFETY: see above.
            unsafe {
                libc::epoll_ctl(
                    epoll,
                    libc::EPOLL_CTL_DEL,
                    socks[i].as_raw_fd(),
                    std::ptr::null_mut(),
                )
            };
        }
    }
    // SAFETY: the descriptor is this function's, closed once.
    unsafe { libc::close(epoll) };
    results
        .into_iter()
        .map(|r| r.expect("every transfer ended"))
        .collect()
}

fn done(
    r: Result<Fetched, String>,
    start: Instant,
    sock: &UdpSocket,
) -> Result<(Fetched, Duration), String> {
    match r {
        Ok(f) => Ok((f, start.elapsed())),
        Err(e) => {
            let local = sock.local_addr().map(|a| a.to_string()).unwrap_or_default();
            Err(format!("{e} (client {local})"))
        }
    }
}

/// Sends what a transfer asked for, every packet even after a failure; the first error.
fn send_all(
    sock: &UdpSocket,
    out: &mut Vec<Send>,
    rrq: &[u8],
    server: SocketAddr,
) -> std::io::Result<()> {
    let mut scratch = [0u8; 16];
    let mut first_error = Ok(());
    for send in out.drain(..) {
        let (bytes, to) = encode(send, rrq, server, &mut scratch);
        if let Err(e) = sock.send_to(bytes, to) {
            first_error = first_error.and(Err(e));
        }
    }
    first_error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(window: u16, probe: bool) -> Options {
        Options {
            blksize: 8,
            window,
            probe,
        }
    }

    fn oack(opts: &[(&str, &str)]) -> Vec<u8> {
        let mut p = OACK.to_be_bytes().to_vec();
        for (k, v) in opts {
            p.extend_from_slice(k.as_bytes());
            p.push(0);
            p.extend_from_slice(v.as_bytes());
            p.push(0);
        }
        p
    }

    fn data(block: u16, len: usize) -> Vec<u8> {
        let mut p = DATA.to_be_bytes().to_vec();
        p.extend_from_slice(&block.to_be_bytes());
        p.resize(4 + len, 0xab);
        p
    }

    #[test]
    fn probe_then_transfer_acks_every_block_and_the_last_one_before_it_ends() {
        let probe_port: SocketAddr = "[::1]:40001".parse().unwrap();
        let transfer_port: SocketAddr = "[::1]:40002".parse().unwrap();
        let mut out = Vec::new();
        let mut t = Transfer::start(opts(1, true), &mut out);
        assert_eq!(std::mem::take(&mut out), [Send::Rrq]);
        let answer = oack(&[("tsize", "12"), ("blksize", "8")]);
        assert!(matches!(
            t.on_packet(&answer, probe_port, &mut out),
            Step::Wait
        ));
        assert_eq!(
            std::mem::take(&mut out),
            [Send::ProbeAbort(probe_port), Send::Rrq]
        );
        assert!(matches!(
            t.on_packet(&answer, transfer_port, &mut out),
            Step::Wait
        ));
        assert_eq!(std::mem::take(&mut out), [Send::Ack(0, transfer_port)]);
        assert!(matches!(
            t.on_packet(&data(1, 8), transfer_port, &mut out),
            Step::Wait
        ));
        assert_eq!(std::mem::take(&mut out), [Send::Ack(1, transfer_port)]);
        // A stray packet from another port changes nothing.
        assert!(matches!(
            t.on_packet(&data(2, 4), probe_port, &mut out),
            Step::Wait
        ));
        assert!(out.is_empty());
        match t.on_packet(&data(2, 4), transfer_port, &mut out) {
            Step::Done(Ok(f)) => assert_eq!(f.bytes, 12),
            other => panic!("expected the end, got {other:?}"),
        }
        // The final ACK is still to be sent when the transfer reports its end.
        assert_eq!(std::mem::take(&mut out), [Send::Ack(2, transfer_port)]);
    }

    #[test]
    fn a_window_is_acked_once_and_a_gap_re_acks_the_last_good_block() {
        let port: SocketAddr = "[::1]:40003".parse().unwrap();
        let mut out = Vec::new();
        let mut t = Transfer::start(opts(2, false), &mut out);
        out.clear();
        let _ = t.on_packet(
            &oack(&[("blksize", "8"), ("windowsize", "2")]),
            port,
            &mut out,
        );
        out.clear();
        let _ = t.on_packet(&data(1, 8), port, &mut out);
        assert!(out.is_empty(), "no ACK inside a window");
        let _ = t.on_packet(&data(2, 8), port, &mut out);
        assert_eq!(std::mem::take(&mut out), [Send::Ack(2, port)]);
        let _ = t.on_packet(&data(4, 8), port, &mut out);
        assert_eq!(std::mem::take(&mut out), [Send::Ack(2, port)]);
    }

    #[test]
    fn timeouts_resend_then_give_up() {
        let mut out = Vec::new();
        let mut t = Transfer::start(opts(1, true), &mut out);
        for _ in 0..5 {
            assert!(matches!(t.on_timeout(&mut out), Step::Wait));
        }
        assert_eq!(out.len(), 6, "the probe RRQ, sent six times in all");
        assert!(matches!(t.on_timeout(&mut out), Step::Done(Err(_))));
    }
}
