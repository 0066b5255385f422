//! TFTP read transfers as UEFI firmware does them (shared by `tftp-load` and `boot-sim`):
//! optionally the EDK2 tsize probe (RRQ tsize+blksize[+windowsize], read the OACK, ERROR 8),
//! then the real RRQ; blocking socket, 1 s timeouts: the probe sent up to 6 times, the ACK
//! retransmitted, at most 10 timeouts in a transfer.

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

/// One transfer from a socket bound to `bind`; returns the bytes received. An error names
/// the client's address and port.
pub fn fetch(
    bind: SocketAddr,
    server: SocketAddr,
    file: &str,
    blksize: u16,
    window: u16,
    probe: bool,
) -> Result<Fetched, String> {
    let sock = UdpSocket::bind(bind).map_err(|e| e.to_string())?;
    let local = sock.local_addr().map_err(|e| e.to_string())?;
    fetch_on(sock, server, file, blksize, window, probe)
        .map_err(|e| format!("{e} (client {local})"))
}

fn fetch_on(
    sock: UdpSocket,
    server: SocketAddr,
    file: &str,
    blksize: u16,
    window: u16,
    probe: bool,
) -> Result<Fetched, String> {
    let mut fetched = Fetched::default();
    sock.set_read_timeout(Some(Duration::from_millis(1000)))
        .unwrap();
    let mut buf = vec![0u8; 65536];
    if probe {
        // As EDK2: the probe RRQ is sent again after each timeout, up to 6 times.
        let mut answer = None;
        let probe_start = Instant::now();
        for _ in 0..6 {
            fetched.probe_rrqs += 1;
            PROBE_RRQS_SENT.fetch_add(1, Ordering::Relaxed);
            sock.send_to(&rrq(file, &options(blksize, window)), server)
                .map_err(|e| e.to_string())?;
            if let Ok(got) = sock.recv_from(&mut buf) {
                answer = Some(got);
                break;
            }
        }
        let (n, from) = answer.ok_or("probe: no answer to 6 RRQs")?;
        fetched.probe = probe_start.elapsed();
        if opcode(&buf[..n]) != OACK {
            return Err(format!("probe: opcode {}", opcode(&buf[..n])));
        }
        let mut err = vec![0, ERROR as u8, 0, 8];
        err.extend_from_slice(b"tsize probe\0");
        sock.send_to(&err, from).map_err(|e| e.to_string())?;
    }
    let transfer_start = Instant::now();
    REAL_RRQS_SENT.fetch_add(1, Ordering::Relaxed);
    sock.send_to(&rrq(file, &options(blksize, window)), server)
        .map_err(|e| e.to_string())?;
    let mut peer: Option<SocketAddr> = None;
    let mut block_size = 512u64;
    let mut win = 1u16;
    let mut tsize: Option<u64> = None;
    let mut expected: u16 = 1;
    let mut received: u64 = 0;
    let mut in_window = 0u16;
    let mut timeouts = 0;
    loop {
        let (n, from) = match sock.recv_from(&mut buf) {
            Ok(x) => x,
            Err(_) => {
                timeouts += 1;
                if timeouts > 10 {
                    return Err(format!("timed out at block {expected}"));
                }
                if let Some(p) = peer {
                    let _ = sock.send_to(&ack(expected.wrapping_sub(1)), p);
                } else {
                    REAL_RRQS_SENT.fetch_add(1, Ordering::Relaxed);
                    let _ = sock.send_to(&rrq(file, &options(blksize, window)), server);
                }
                continue;
            }
        };
        if peer.is_some_and(|p| p != from) {
            continue;
        }
        let p = &buf[..n];
        match opcode(p) {
            OACK if peer.is_none() => {
                peer = Some(from);
                block_size = oack_opt(p, "blksize").unwrap_or(512);
                win = oack_opt(p, "windowsize").unwrap_or(1) as u16;
                tsize = oack_opt(p, "tsize");
                sock.send_to(&ack(0), from).map_err(|e| e.to_string())?;
            }
            DATA => {
                if peer.is_none() {
                    peer = Some(from); // server ignored the options
                }
                let block = u16::from_be_bytes([p[2], p[3]]);
                if block != expected {
                    // Out of order or a retransmission: ack the last good block.
                    in_window = 0;
                    sock.send_to(&ack(expected.wrapping_sub(1)), from)
                        .map_err(|e| e.to_string())?;
                    continue;
                }
                let len = (n - 4) as u64;
                received += len;
                expected = expected.wrapping_add(1);
                in_window += 1;
                let last = len < block_size;
                if last || in_window >= win {
                    in_window = 0;
                    sock.send_to(&ack(block), from).map_err(|e| e.to_string())?;
                }
                if last {
                    if let Some(t) = tsize {
                        if t != received {
                            return Err(format!("got {received} of tsize {t}"));
                        }
                    }
                    fetched.bytes = received;
                    fetched.transfer = transfer_start.elapsed();
                    fetched.timeouts = timeouts;
                    return Ok(fetched);
                }
            }
            ERROR => return Err(format!("server ERROR {}", u16::from_be_bytes([p[2], p[3]]))),
            _ => {}
        }
    }
}
