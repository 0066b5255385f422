//! The boot path end to end: the real `bootforge serve` binary on loopback, driven by real
//! clients (tftp-hpa's `tftp`, `curl`) and by a small hand-written TFTP client where the test
//! needs packet-level control (options, the EDK2 abort dance, error codes).
//!
//! Needs the Debian packages `tftp-hpa` and `curl`. No root, no network namespaces: the
//! server binds port 0 on loopback and reports its ports (`--ready-file`).

use std::net::{SocketAddr, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

mod support;

use bootforge::mac::Mac;
use bootforge::store::{MachineSpec, MachineState, Profile, Store, StoredEvent};
use support::ServerBuilder;

// ---- the server under test -----------------------------------------------------------------

/// The shared harness's loopback server (HTTP and TFTP on [::1] port 0) with a boot root of
/// known files, and this suite's views of it.
struct Fixture {
    server: support::Server,
    tftp: SocketAddr,
}

/// Not a multiple of any block size, so the last DATA packet is short.
fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u32).wrapping_mul(2_654_435_761).rotate_left(7) as u8 ^ seed)
        .collect()
}

const HELLO_LEN: usize = 100_003;
const IPXE_LEN: usize = 70_001;

impl Fixture {
    fn start() -> Fixture {
        let server = ServerBuilder::loopback()
            .prepare(|dir| {
                let root = dir.join("tftp");
                std::fs::create_dir_all(root.join("debian")).unwrap();
                std::fs::write(root.join("hello.bin"), pattern(HELLO_LEN, 1)).unwrap();
                std::fs::write(root.join("ipxe.efi"), pattern(IPXE_LEN, 2)).unwrap();
                std::fs::write(root.join("custom-arm.efi"), pattern(5000, 3)).unwrap();
                std::fs::write(root.join("debian/linux"), pattern(4096, 4)).unwrap();
                std::fs::write(root.join("debian/initrd.gz"), pattern(8192, 5)).unwrap();
                std::fs::write(dir.join("secret"), b"outside the root").unwrap();
                std::os::unix::fs::symlink(dir.join("secret"), root.join("escape")).unwrap();
            })
            .env("BOOTFORGE_BOOT__DISCOVERY_RETRY_SECS", "3")
            .env("BOOTFORGE_BOOT__IPXE_BINARIES__ARM64", "custom-arm.efi")
            // Short retransmission timeout: a transfer that failed to stop would show itself
            // within the test's listening window.
            .env("BOOTFORGE_TFTP__TIMEOUT_SECS", "1")
            .env("BOOTFORGE_LOG", "info,bootforge=debug")
            .start();
        let tftp = server.tftp_addr();
        Fixture { server, tftp }
    }

    fn dir(&self) -> &Path {
        self.server.data_dir()
    }

    fn log(&self) -> String {
        self.server.log_text()
    }

    fn root(&self) -> PathBuf {
        self.dir().join("tftp")
    }

    fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    fn store(&self) -> Store {
        block_on(Store::open(&self.server.db_path())).unwrap()
    }

    /// Boot events (newest first) once `pred` holds for them, or panic with the log.
    fn wait_events(&self, what: &str, pred: impl Fn(&[StoredEvent]) -> bool) -> Vec<StoredEvent> {
        let store = self.store();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let events = block_on(store.events(None, None, 500)).unwrap();
            if pred(&events) {
                block_on(store.close());
                return events;
            }
            if Instant::now() > deadline {
                panic!(
                    "events never showed {what}: {events:#?}\nlog:\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

// ---- a minimal TFTP client for packet-level checks -----------------------------------------

const RRQ: u16 = 1;
const WRQ: u16 = 2;
const DATA: u16 = 3;
const ACK: u16 = 4;
const ERROR: u16 = 5;
const OACK: u16 = 6;

fn request(opcode: u16, file: &str, opts: &[(&str, &str)]) -> Vec<u8> {
    let mut p = opcode.to_be_bytes().to_vec();
    for s in [file, "octet"] {
        p.extend_from_slice(s.as_bytes());
        p.push(0);
    }
    for (k, v) in opts {
        for s in [k, v] {
            p.extend_from_slice(s.as_bytes());
            p.push(0);
        }
    }
    p
}

fn ack(block: u16) -> Vec<u8> {
    let mut p = ACK.to_be_bytes().to_vec();
    p.extend_from_slice(&block.to_be_bytes());
    p
}

fn error_packet(code: u16, msg: &str) -> Vec<u8> {
    let mut p = ERROR.to_be_bytes().to_vec();
    p.extend_from_slice(&code.to_be_bytes());
    p.extend_from_slice(msg.as_bytes());
    p.push(0);
    p
}

fn opcode(p: &[u8]) -> u16 {
    u16::from_be_bytes([p[0], p[1]])
}

fn oack_options(p: &[u8]) -> Vec<(String, String)> {
    let words: Vec<String> = p[2..]
        .split(|b| *b == 0)
        .filter(|w| !w.is_empty())
        .map(|w| String::from_utf8_lossy(w).to_ascii_lowercase())
        .collect();
    words
        .chunks(2)
        .map(|c| (c[0].clone(), c.get(1).cloned().unwrap_or_default()))
        .collect()
}

fn client_socket(timeout: Duration) -> UdpSocket {
    let s = UdpSocket::bind("[::1]:0").unwrap();
    s.set_read_timeout(Some(timeout)).unwrap();
    s
}

fn recv(sock: &UdpSocket) -> Option<(Vec<u8>, SocketAddr)> {
    let mut buf = [0u8; 70_000];
    match sock.recv_from(&mut buf) {
        Ok((n, from)) => Some((buf[..n].to_vec(), from)),
        Err(_) => None,
    }
}

/// The ERROR code a request gets, or a panic if it gets anything else.
fn expect_tftp_error(server: SocketAddr, opcode_sent: u16, file: &str) -> u16 {
    let sock = client_socket(Duration::from_secs(3));
    sock.send_to(&request(opcode_sent, file, &[]), server)
        .unwrap();
    let (p, _) = recv(&sock).unwrap_or_else(|| panic!("no answer for {file:?}"));
    assert_eq!(opcode(&p), ERROR, "expected ERROR for {file:?}, got {p:?}");
    u16::from_be_bytes([p[2], p[3]])
}

/// Receives a windowed transfer whose first packet (DATA 1, or OACK when `oack`) comes
/// from `tid`; ACKs each full window. Returns the file. Fails on anything from `forbidden`.
fn receive_transfer(
    sock: &UdpSocket,
    tid: SocketAddr,
    first: Vec<u8>,
    block_size: usize,
    window: u16,
    forbidden: Option<SocketAddr>,
) -> Vec<u8> {
    let mut data = Vec::new();
    let mut last_good: u16 = 0;
    let mut packet = Some(first);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        assert!(Instant::now() < deadline, "transfer took too long");
        let Some(p) = packet.take() else {
            match recv(sock) {
                Some((p, from)) => {
                    assert_ne!(
                        Some(from),
                        forbidden,
                        "the aborted transfer is still sending"
                    );
                    if from == tid {
                        packet = Some(p);
                    }
                }
                // Lost something: re-ACK what we have so the server resends the rest.
                None => {
                    sock.send_to(&ack(last_good), tid).unwrap();
                }
            }
            continue;
        };
        match opcode(&p) {
            OACK => {
                sock.send_to(&ack(0), tid).unwrap();
            }
            DATA => {
                let block = u16::from_be_bytes([p[2], p[3]]);
                if block != last_good.wrapping_add(1) {
                    continue;
                }
                last_good = block;
                let payload = &p[4..];
                data.extend_from_slice(payload);
                let last = payload.len() < block_size;
                if last || block % window == 0 {
                    sock.send_to(&ack(block), tid).unwrap();
                }
                if last {
                    return data;
                }
            }
            other => panic!("unexpected packet {other}: {p:?}"),
        }
    }
}

// ---- TFTP ----------------------------------------------------------------------------------

#[test]
fn tftp_hpa_client_gets_the_exact_bytes() {
    let s = Fixture::start();
    let out = s.dir().join("fetched.bin");
    let status = Command::new("tftp")
        .args(["-6", "-v", "-m", "binary"])
        .arg("::1")
        .arg(s.tftp.port().to_string())
        .arg("-c")
        .arg("get")
        .arg("hello.bin")
        .arg(&out)
        .output()
        .expect("running tftp (Debian package tftp-hpa)");
    assert!(status.status.success(), "{status:?}\nlog:\n{}", s.log());
    assert_eq!(std::fs::read(&out).unwrap(), pattern(HELLO_LEN, 1));
    let events = s.wait_events("tftp_done", |e| {
        e.iter()
            .any(|e| e.stage == "tftp_done" && e.detail.to_json()["file"] == "hello.bin")
    });
    let done = events.iter().find(|e| e.stage == "tftp_done").unwrap();
    assert_eq!(done.detail.to_json()["bytes"], HELLO_LEN as u64);
    assert_eq!(done.address.as_deref(), Some("::1"));
    assert!(done.detail.to_json()["duration_ms"].is_u64());
    assert!(events.iter().any(|e| e.stage == "tftp_start"));
}

#[test]
fn tftp_options_are_negotiated_and_honoured() {
    let s = Fixture::start();
    let sock = client_socket(Duration::from_secs(2));
    let opts = [("tsize", "0"), ("blksize", "1024"), ("windowsize", "8")];
    sock.send_to(&request(RRQ, "/debian/initrd.gz", &opts), s.tftp)
        .unwrap();
    let (oack, tid) = recv(&sock).expect("OACK");
    assert_eq!(opcode(&oack), OACK, "{oack:?}");
    let got = oack_options(&oack);
    for want in [("tsize", "8192"), ("blksize", "1024"), ("windowsize", "8")] {
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{got:?}"
        );
    }
    let data = receive_transfer(&sock, tid, oack, 1024, 8, None);
    assert_eq!(data, pattern(8192, 5));
    // A block size above tftp.max_block_size (1468 by default) is capped.
    let sock = client_socket(Duration::from_secs(2));
    sock.send_to(&request(RRQ, "hello.bin", &[("blksize", "9000")]), s.tftp)
        .unwrap();
    let (oack, tid) = recv(&sock).expect("OACK");
    assert!(oack_options(&oack).contains(&("blksize".into(), "1468".into())));
    let data = receive_transfer(&sock, tid, oack, 1468, 1, None);
    assert_eq!(data, pattern(HELLO_LEN, 1));
}

/// Hot files are served from memory; an edit (same size, in place) or a replacement by
/// rename must reach the next transfer at once.
#[test]
fn tftp_sends_edited_files_at_once() {
    let s = Fixture::start();
    let fetch = |seed: u8| {
        let sock = client_socket(Duration::from_secs(2));
        sock.send_to(&request(RRQ, "hello.bin", &[("blksize", "1432")]), s.tftp)
            .unwrap();
        let (oack, tid) = recv(&sock).expect("OACK");
        let data = receive_transfer(&sock, tid, oack, 1432, 1, None);
        assert_eq!(data, pattern(HELLO_LEN, seed), "content of seed {seed}");
    };
    fetch(1);
    fetch(1);
    std::fs::write(s.root().join("hello.bin"), pattern(HELLO_LEN, 9)).unwrap();
    fetch(9);
    let tmp = s.dir().join("hello.new");
    std::fs::write(&tmp, pattern(HELLO_LEN, 10)).unwrap();
    std::fs::rename(&tmp, s.root().join("hello.bin")).unwrap();
    fetch(10);
}

#[test]
fn tftp_refuses_escapes_writes_and_missing_files_with_error_packets() {
    let s = Fixture::start();
    let refused = |series: &str| s.server.metric(series);
    let (reads, writes) = (
        refused("bootforge_tftp_requests_refused_total"),
        refused("bootforge_tftp_write_requests_refused_total"),
    );
    // 2 = access violation, 1 = file not found, 4 = illegal operation.
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "../secret"), 2);
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "debian/../../secret"), 2);
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "escape"), 2);
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "no-such-file"), 1);
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "debian"), 1);
    // An absolute name is root-relative: the host's /etc/passwd is not there.
    assert_eq!(expect_tftp_error(s.tftp, RRQ, "/etc/passwd"), 1);
    assert_eq!(expect_tftp_error(s.tftp, WRQ, "upload.bin"), 4);
    assert!(!s.root().join("upload.bin").exists());
    assert_eq!(
        refused("bootforge_tftp_requests_refused_total") - reads,
        6.0,
        "each refused read counted"
    );
    assert_eq!(
        refused("bootforge_tftp_write_requests_refused_total") - writes,
        1.0
    );
    // The operator's record of refused (and hostile) requests.
    let log = s.log();
    assert!(log.contains("TFTP request refused"), "log: {log:?}");
}

/// A rack powering on: many transfers at once, each from its own port, all complete and
/// byte-exact.
#[test]
fn tftp_serves_a_boot_storm_concurrently() {
    let s = Fixture::start();
    let clients: Vec<_> = (0..32)
        .map(|i| {
            let server = s.tftp;
            std::thread::spawn(move || {
                let sock = client_socket(Duration::from_secs(2));
                let (file, len, seed, window) = if i % 2 == 0 {
                    ("hello.bin", HELLO_LEN, 1, 4)
                } else {
                    ("ipxe.efi", IPXE_LEN, 2, 1)
                };
                let window_opt = window.to_string();
                let opts = [("blksize", "1432"), ("windowsize", window_opt.as_str())];
                sock.send_to(&request(RRQ, file, &opts), server).unwrap();
                let (first, tid) = recv(&sock).expect("OACK");
                let data = receive_transfer(&sock, tid, first, 1432, window, None);
                assert_eq!(data.len(), len);
                assert_eq!(data, pattern(len, seed), "client {i}");
            })
        })
        .collect();
    for c in clients {
        c.join().expect("a client failed");
    }
    s.wait_events("32 completed transfers", |e| {
        e.iter().filter(|e| e.stage == "tftp_done").count() == 32
    });
}

/// EDK2 asks with tsize+blksize+windowsize, reads the OACK, aborts with ERROR 8, then asks
/// again. The abort must end the first transfer at once: no more OACKs from it, and the
/// second request (same source port, as the strictest firmware does) is served at once.
/// EDK2 sends its real RRQ right after the ERROR that ends the tsize probe, from the same
/// port. It must be answered at once, not dropped as "still in progress" (which costs the
/// firmware a retransmission timeout): many clients at once, each sending the RRQ once only.
#[test]
fn rrq_right_after_the_probe_abort_is_answered_without_a_retry() {
    let s = Fixture::start();
    let server = s.tftp;
    let clients: Vec<_> = (0..40)
        .map(|_| {
            std::thread::spawn(move || {
                let sock = client_socket(Duration::from_millis(700));
                let opts = [("tsize", "0"), ("blksize", "1432")];
                sock.send_to(&request(RRQ, "ipxe.efi", &opts), server)
                    .unwrap();
                let (oack, probe_tid) = recv(&sock).expect("OACK for the size probe");
                assert_eq!(opcode(&oack), OACK);
                sock.send_to(&error_packet(8, "probe done"), probe_tid)
                    .unwrap();
                sock.send_to(&request(RRQ, "ipxe.efi", &opts), server)
                    .unwrap();
                loop {
                    let (p, from) = recv(&sock).expect("the real RRQ was not answered");
                    if from != probe_tid {
                        assert_eq!(opcode(&p), OACK);
                        let data = receive_transfer(&sock, from, p, 1432, 1, Some(probe_tid));
                        assert_eq!(data, pattern(IPXE_LEN, 2));
                        return;
                    }
                }
            })
        })
        .collect();
    for c in clients {
        c.join().expect("client failed");
    }
}

/// Sends `rrq` as EDK2 does, up to 6 times 1 s apart, until something answers; returns
/// how many were sent and the answer with its sender (none if all 6 went unanswered).
fn request_as_firmware(
    sock: &UdpSocket,
    server: SocketAddr,
    rrq: &[u8],
) -> (u32, Option<(Vec<u8>, SocketAddr)>) {
    for sent in 1..=6 {
        sock.send_to(rrq, server).unwrap();
        if let Some(answer) = recv(sock) {
            return (sent, Some(answer));
        }
    }
    (6, None)
}

/// A storm's size probes, many at once from distinct ports while other transfers are
/// running, are all answered without a retry (EDK2 waits 1 s before it sends the probe
/// again, 6 times, then gives up), and so are the running clients' own requests. Two
/// faults made them wait (bench/README.md, boot storm VI): the listening socket's default
/// receive buffer (~200 small datagrams) dropped part of such a burst, and every open ran
/// under async-tftp's one handler lock, whose hand-off to each waiter was a trip through
/// the runtime's run queue (at 1 000 machines some probes waited > 6 s for it).
#[test]
fn a_burst_of_probes_during_transfers_is_answered_without_a_retry() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Barrier};
    const BUSY: usize = 200;
    const PROBES: usize = 1000;
    let s = Fixture::start();
    let server = s.tftp;
    let stop = Arc::new(AtomicBool::new(false));
    // Transfers in progress the whole time, over and over; each returns how many it did
    // and the most RRQs one of them needed.
    let busy: Vec<_> = (0..BUSY)
        .map(|_| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                let (mut done, mut most_sent) = (0, 0);
                let opts = [("blksize", "1432"), ("windowsize", "4")];
                let rrq = request(RRQ, "hello.bin", &opts);
                while !stop.load(Ordering::Relaxed) {
                    let sock = client_socket(Duration::from_secs(1));
                    let (sent, answer) = request_as_firmware(&sock, server, &rrq);
                    most_sent = most_sent.max(sent);
                    let Some((first, tid)) = answer else { break };
                    let data = receive_transfer(&sock, tid, first, 1432, 4, None);
                    assert_eq!(data.len(), HELLO_LEN);
                    done += 1;
                }
                (done, most_sent)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let barrier = Arc::new(Barrier::new(PROBES));
    let probes: Vec<_> = (0..PROBES)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let sock = client_socket(Duration::from_secs(1));
                let rrq = request(RRQ, "ipxe.efi", &[("tsize", "0"), ("blksize", "1432")]);
                barrier.wait();
                let (sent, answer) = request_as_firmware(&sock, server, &rrq);
                if let Some((oack, tid)) = answer {
                    assert_eq!(opcode(&oack), OACK);
                    sock.send_to(&error_packet(8, "probe done"), tid).unwrap();
                    return sent;
                }
                u32::MAX
            })
        })
        .collect();
    let probes_sent: Vec<u32> = probes.into_iter().map(|p| p.join().unwrap()).collect();
    stop.store(true, Ordering::Relaxed);
    let busy: Vec<(u32, u32)> = busy.into_iter().map(|b| b.join().unwrap()).collect();
    let busy_done: u32 = busy.iter().map(|(done, _)| done).sum();
    assert!(busy_done >= BUSY as u32, "the busy transfers did not run");
    let resent = probes_sent.iter().filter(|sent| **sent > 1).count();
    let unanswered = probes_sent.iter().filter(|sent| **sent == u32::MAX).count();
    let busy_resent = busy.iter().filter(|(_, most)| *most > 1).count();
    assert!(
        resent == 0 && busy_resent == 0,
        "{resent} of {PROBES} probes ({unanswered} never answered) and {busy_resent} of \
         {BUSY} running clients had to resend a request\n{}",
        s.server
            .metrics()
            .lines()
            .filter(|l| l.starts_with("bootforge_tftp_"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// A client that goes away mid-transfer (firmware reset, machine powered off) frees its
/// transfer at the first retransmission: the transfer's socket is connected to the client
/// (async-tftp patch 13), so the kernel's "port unreachable" ends the wait for the ACK.
/// An unconnected socket would retransmit `MAX_SEND_RETRIES` (6) times, 1 s apart here.
#[test]
fn a_vanished_client_frees_its_transfer_at_the_first_retransmission() {
    let s = Fixture::start();
    let sock = client_socket(Duration::from_secs(2));
    sock.send_to(&request(RRQ, "ipxe.efi", &[]), s.tftp)
        .unwrap();
    let (first, _) = recv(&sock).expect("DATA 1");
    assert_eq!(opcode(&first), DATA);
    drop(sock);
    let gone = Instant::now();
    let events = s.wait_events("the abort", |e| e.iter().any(|e| e.stage == "tftp_abort"));
    let waited = gone.elapsed();
    assert!(
        waited < Duration::from_millis(3500),
        "the transfer outlived its client by {waited:?}; log:\n{}",
        s.log()
    );
    let abort = events.iter().find(|e| e.stage == "tftp_abort").unwrap();
    assert_eq!(abort.detail.to_json()["file"], "ipxe.efi");
}

#[test]
fn edk2_abort_dance_frees_the_transfer() {
    let s = Fixture::start();
    let sock = client_socket(Duration::from_millis(400));
    let probe = [("tsize", "0"), ("blksize", "1432"), ("windowsize", "4")];
    sock.send_to(&request(RRQ, "ipxe.efi", &probe), s.tftp)
        .unwrap();
    let (oack, first_tid) = recv(&sock).expect("OACK for the size probe");
    assert_eq!(opcode(&oack), OACK);
    let opts = oack_options(&oack);
    assert!(
        opts.contains(&("tsize".into(), IPXE_LEN.to_string())),
        "{opts:?}"
    );
    assert!(
        opts.contains(&("blksize".into(), "1432".into())),
        "{opts:?}"
    );
    assert!(
        opts.contains(&("windowsize".into(), "4".into())),
        "{opts:?}"
    );
    sock.send_to(&error_packet(8, "User aborted the transfer"), first_tid)
        .unwrap();

    // The real request, retried the way firmware retries an unanswered RRQ.
    let started = Instant::now();
    let real = [("blksize", "1432"), ("windowsize", "4")];
    let (first, tid) = loop {
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "second RRQ was not served promptly; log:\n{}",
            s.log()
        );
        sock.send_to(&request(RRQ, "ipxe.efi", &real), s.tftp)
            .unwrap();
        match recv(&sock) {
            Some((p, from)) if from != first_tid => break (p, from),
            Some((p, _)) => panic!("the aborted transfer sent again: {p:?}"),
            None => continue,
        }
    };
    let data = receive_transfer(&sock, tid, first, 1432, 4, Some(first_tid));
    assert_eq!(data, pattern(IPXE_LEN, 2));

    // With a 1 s retransmission timeout, a transfer that ignored the ERROR would resend its
    // OACK within this window.
    let quiet_until = Instant::now() + Duration::from_secs(2);
    while Instant::now() < quiet_until {
        if let Some((p, from)) = recv(&sock) {
            assert_ne!(from, first_tid, "aborted transfer still sending: {p:?}");
        }
    }

    let events = s.wait_events("abort and done", |e| {
        e.iter().any(|e| e.stage == "tftp_abort") && e.iter().any(|e| e.stage == "tftp_done")
    });
    let abort = events.iter().find(|e| e.stage == "tftp_abort").unwrap();
    assert_eq!(abort.detail.to_json()["file"], "ipxe.efi");
    assert!(abort.detail.to_json()["bytes"].as_u64().unwrap() < IPXE_LEN as u64);
    let done = events.iter().find(|e| e.stage == "tftp_done").unwrap();
    assert_eq!(done.detail.to_json()["bytes"], IPXE_LEN as u64);
}

// ---- HTTP ----------------------------------------------------------------------------------

struct HttpReply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl HttpReply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Runs `curl` (globbing off, so `[::1]` works) and returns status, headers and body.
fn curl(dir: &Path, url: &str, extra: &[&str]) -> HttpReply {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let body_file = dir.join(format!("curl-body-{n}"));
    let out = Command::new("curl")
        .args(["-sS", "-g", "-D", "-", "-o"])
        .arg(&body_file)
        .args(extra)
        .arg(url)
        .output()
        .expect("running curl");
    assert!(out.status.success(), "curl {url}: {out:?}");
    let head = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {head:?}"));
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let body = std::fs::read(&body_file).unwrap_or_default();
    HttpReply {
        status,
        headers,
        body,
    }
}

const MAC_TEXT: &str = "52:54:00:aa:bb:01";

#[test]
fn scripts_follow_the_machine_through_its_life() {
    let s = Fixture::start();
    let mac = Mac::parse(MAC_TEXT).unwrap();
    let script_url = s.url(&format!("/boot/{MAC_TEXT}.ipxe"));

    // Unknown: registered as discovered, told to wait and to come back to the same URL.
    let r = curl(s.dir(), &script_url, &[]);
    assert_eq!(r.status, 200);
    let text = r.text();
    assert!(text.starts_with("#!ipxe\n"), "{text}");
    assert!(text.contains("sleep 3\n"), "{text}");
    assert!(
        text.contains(&format!("chain --replace {script_url}\n")),
        "{text}"
    );
    s.wait_events("script event", |e| {
        e.iter().any(|e| {
            e.stage == "script"
                && e.mac == Some(mac)
                && e.address.as_deref() == Some("::1")
                && e.detail.to_json()["script"] == "wait"
        })
    });
    let store = s.store();
    let m = block_on(store.machine(mac)).unwrap().expect("discovered");
    assert_eq!(m.state, MachineState::Discovered);

    // The forms iPXE and operators write all name the same machine; garbage is a 400.
    for form in ["52-54-00-AA-BB-01", "525400aabb01"] {
        let r = curl(s.dir(), &s.url(&format!("/boot/{form}.ipxe")), &[]);
        assert_eq!(r.status, 200, "{form}");
        assert!(r.text().contains(&script_url), "{form}: {}", r.text());
    }
    let r = curl(s.dir(), &s.url("/boot/not-a-mac.ipxe"), &[]);
    assert_eq!(r.status, 400);
    assert!(r.text().contains("not a MAC address"), "{}", r.text());

    // Approved with a profile: the install script, every time.
    block_on(store.create_profile(&Profile {
        name: "debian".into(),
        description: String::new(),
        kernel: "debian/linux".into(),
        initrd: "debian/initrd.gz".into(),
        cmdline: "console=ttyS0 auto=true hostname={{ machine.hostname }}".into(),
        template: "install.ipxe".into(),
        variables: Default::default(),
    }))
    .unwrap();
    let spec = MachineSpec {
        hostname: "node1".into(),
        profile: Some("debian".into()),
        state: None,
        variables: Default::default(),
    };
    block_on(store.create_machine(mac, &spec)).unwrap();
    let assets = s.url("/assets");
    for _ in 0..2 {
        let text = curl(s.dir(), &script_url, &[]).text();
        assert!(text.starts_with("#!ipxe\n"), "{text}");
        assert!(
            text.contains(&format!(
                "kernel {assets}/debian/linux initrd=initrd.gz console=ttyS0 auto=true hostname=node1\n"
            )),
            "{text}"
        );
        assert!(
            text.contains(&format!(
                "initrd --name initrd.gz {assets}/debian/initrd.gz\n"
            )),
            "{text}"
        );
        assert!(text.trim_end().ends_with("boot"), "{text}");
    }

    // Reinstall: only the machine itself may use it up (tests/boot_guard.rs boots one from
    // its own leased address). This fetch comes from ::1, which is not the machine: it
    // gets the disk, and the reinstall stays pending.
    block_on(store.set_machine_state(mac, MachineState::Reinstall)).unwrap();
    let text = curl(s.dir(), &script_url, &[]).text();
    assert!(!text.contains("kernel "), "{text}");
    assert!(text.trim_end().ends_with("exit"), "{text}");
    let m = block_on(store.machine(mac)).unwrap().unwrap();
    assert_eq!(m.state, MachineState::Reinstall);
    block_on(store.set_machine_state(mac, MachineState::Local)).unwrap();

    // Completion reports (`done_url`) are likewise the machine's own: refused from ::1 and
    // for unknown MACs, creating nothing.
    let done = s.url(&format!("/boot/{MAC_TEXT}/done"));
    assert_eq!(curl(s.dir(), &done, &["-X", "POST"]).status, 403);
    let stranger = s.url("/boot/52:54:00:ff:ff:ff/done");
    assert_eq!(curl(s.dir(), &stranger, &["-X", "POST"]).status, 404);
    let unknown = Mac::parse("52:54:00:ff:ff:ff").unwrap();
    assert!(block_on(store.machine(unknown)).unwrap().is_none());
    let metrics = curl(s.dir(), &s.url("/metrics"), &[]).text();
    assert!(
        metrics.contains("\nbootforge_boot_completions_total 0\n"),
        "{metrics}"
    );
    assert!(
        metrics.contains("bootforge_boot_refused_total{reason=\"reinstall_not_from_machine\"} 1\n")
            && metrics
                .contains("bootforge_boot_refused_total{reason=\"done_not_from_machine\"} 1\n"),
        "{metrics}"
    );

    // Zero, broadcast and multicast MACs name no machine.
    for bad in [
        "00:00:00:00:00:00",
        "ff:ff:ff:ff:ff:ff",
        "33:33:00:00:00:01",
    ] {
        let r = curl(s.dir(), &s.url(&format!("/boot/{bad}.ipxe")), &[]);
        assert_eq!(r.status, 400, "{bad}");
        let m = Mac::parse(bad).unwrap();
        assert!(block_on(store.machine(m)).unwrap().is_none(), "{bad}");
    }

    // Local: exit, and an operator's edited template is used on the next fetch.
    let text = curl(s.dir(), &script_url, &[]).text();
    assert!(text.starts_with("#!ipxe\n") && text.trim_end().ends_with("exit"));
    let scripts = s.dir().join("boot-scripts");
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::write(
        scripts.join("local.ipxe"),
        "#!ipxe\necho edited for {{ machine.hostname }}\nexit\n",
    )
    .unwrap();
    let text = curl(s.dir(), &script_url, &[]).text();
    assert_eq!(text, "#!ipxe\necho edited for node1\nexit\n");

    // A broken template does not strand the machine: it is told why and retries.
    std::fs::write(scripts.join("local.ipxe"), "#!ipxe\necho {{ nope(\n").unwrap();
    let r = curl(s.dir(), &script_url, &[]);
    assert_eq!(r.status, 200);
    assert!(r.text().contains("cannot build"), "{}", r.text());
    assert!(r.text().contains(&format!("chain --replace {script_url}")));
    block_on(store.close());
}

#[test]
fn assets_support_head_get_range_and_efi_types() {
    let s = Fixture::start();
    let dir = s.dir();
    let hello = pattern(HELLO_LEN, 1);

    let r = curl(dir, &s.url("/assets/hello.bin"), &["-I"]);
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("content-length"),
        Some(HELLO_LEN.to_string().as_str())
    );
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));

    let r = curl(dir, &s.url("/assets/hello.bin"), &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, hello);

    let r = curl(
        dir,
        &s.url("/assets/hello.bin"),
        &["-H", "Range: bytes=10-19"],
    );
    assert_eq!(r.status, 206);
    assert_eq!(r.body, &hello[10..20]);
    assert_eq!(
        r.header("content-range"),
        Some(format!("bytes 10-19/{HELLO_LEN}").as_str())
    );

    let past_end = format!("Range: bytes={}-", HELLO_LEN + 10);
    let r = curl(dir, &s.url("/assets/hello.bin"), &["-H", &past_end]);
    assert_eq!(r.status, 416);

    // UEFI HTTP Boot's NBP: HEAD then GET, application/efi, Content-Length.
    let r = curl(dir, &s.url("/ipxe.efi"), &["-I"]);
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/efi"));
    assert_eq!(
        r.header("content-length"),
        Some(IPXE_LEN.to_string().as_str())
    );
    let r = curl(dir, &s.url("/ipxe.efi"), &[]);
    assert_eq!(r.body, pattern(IPXE_LEN, 2));
    // arm64 comes from boot.ipxe_binaries.
    let r = curl(dir, &s.url("/ipxe-arm64.efi"), &[]);
    assert_eq!(r.status, 200);
    assert_eq!(r.body, pattern(5000, 3));
    assert_eq!(r.header("content-type"), Some("application/efi"));

    // Escapes are refused, however they are spelt.
    let r = curl(dir, &s.url("/assets/..%2fsecret"), &[]);
    assert_eq!(r.status, 403, "{}", r.text());
    let r = curl(dir, &s.url("/assets/../secret"), &["--path-as-is"]);
    assert_ne!(r.status, 200);
    assert!(!r.text().contains("outside the root"));
    let r = curl(dir, &s.url("/assets/escape"), &[]);
    assert_eq!(r.status, 403);
    let r = curl(dir, &s.url("/assets/missing"), &[]);
    assert_eq!(r.status, 404);

    let events = s.wait_events("asset events", |e| {
        e.iter().filter(|e| e.stage == "asset").count() >= 7
    });
    let full_get = events
        .iter()
        .find(|e| {
            e.stage == "asset"
                && e.detail.to_json()["file"] == "hello.bin"
                && e.detail.to_json()["status"] == 200
                && e.detail.to_json()["method"] == "GET"
        })
        .expect("asset event for the GET");
    assert_eq!(full_get.detail.to_json()["bytes"], HELLO_LEN as u64);
    assert_eq!(full_get.address.as_deref(), Some("::1"));
}

/// The server runs with transparent huge pages off: mimalloc marks its arenas MADV_HUGEPAGE,
/// which made every 2 MiB its sparse heap touched resident (VmHWM 75 MiB in the HTTP storm
/// instead of 46; bench/README.md, boot storm IV).
#[test]
fn server_runs_without_transparent_huge_pages() {
    let f = Fixture::start();
    let status = std::fs::read_to_string(format!("/proc/{}/status", f.server.pid())).unwrap();
    let thp = status
        .lines()
        .find_map(|l| l.strip_prefix("THP_enabled:"))
        .unwrap_or_else(|| panic!("no THP_enabled line in:\n{status}"));
    assert_eq!(thp.trim(), "0", "THP still enabled for the server");
}

/// The boot listener queues a storm's connections: a backlog of 4096, not tokio's 128
/// (which overflowed in the N = 1000 chain and reset clients; bench/README.md, boot storm IV).
#[test]
fn http_listener_queues_a_storm_of_connections() {
    let f = Fixture::start();
    let port = f.server.http_addr().port();
    let out = Command::new("nsenter")
        .args(["-t", &f.server.pid().to_string(), "-n", "ss", "-Hltn"])
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&out.stdout);
    // State Recv-Q Send-Q Local:Port Peer:Port; for a listener Send-Q is the backlog.
    let backlog = listing
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|c| c.len() >= 4 && c[3].ends_with(&format!(":{port}")))
        .map(|c| c[2].to_string())
        .unwrap_or_else(|| panic!("no listener on port {port} in:\n{listing}"));
    assert_eq!(backlog, "4096", "HTTP listen backlog");
}
