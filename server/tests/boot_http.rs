//! The plain listener's own HTTP/1 loop (`http::plain`, `http::request_head`) against the
//! real binary over raw TCP: boot requests answered by the loop, and every other request
//! handed to hyper on the same connection with nothing lost or misread: pipelined requests,
//! heads split across writes, bodies, HTTP/1.0, `Connection: close`.

#[path = "support/mod.rs"]
mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use support::http::api_server;
use support::{poll_until, Server};

const FILE_LEN: usize = 100_000;
/// One byte more than the hot-file cache takes (`hot_files::DEFAULT_MAX_FILE`): served from
/// the open file.
const BIG_LEN: usize = 2 * 1024 * 1024 + 1;

fn pattern_of(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

fn pattern() -> Vec<u8> {
    pattern_of(FILE_LEN)
}

fn server() -> Server {
    api_server()
        .prepare(|dir| {
            std::fs::create_dir_all(dir.join("tftp")).unwrap();
            std::fs::write(dir.join("tftp/file.bin"), pattern()).unwrap();
            std::fs::write(dir.join("tftp/big.bin"), pattern_of(BIG_LEN)).unwrap();
        })
        .start()
}

struct Reply {
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn status(&self) -> u16 {
        self.head.split(' ').nth(1).unwrap().parse().unwrap()
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

/// Reads one response from `stream`, `buf` holding what was read beyond the last one.
/// `head_only`: the response to a HEAD (a Content-Length but no body).
fn read_reply(stream: &mut TcpStream, buf: &mut Vec<u8>, head_only: bool) -> Reply {
    let mut chunk = [0u8; 65536];
    let end = loop {
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
        let n = stream.read(&mut chunk).expect("reading a response head");
        assert!(n > 0, "connection closed before a response; got {buf:?}");
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(buf[..end].to_vec()).unwrap();
    buf.drain(..end);
    let mut reply = Reply { head, body: vec![] };
    let len: usize = match reply.header("content-length") {
        Some(len) if !head_only => len.parse().unwrap(),
        _ => 0,
    };
    while buf.len() < len {
        let n = stream.read(&mut chunk).expect("reading a body");
        assert!(n > 0, "connection closed inside a body");
        buf.extend_from_slice(&chunk[..n]);
    }
    reply.body = buf.drain(..len).collect();
    reply
}

fn connect(s: &Server) -> TcpStream {
    let stream = s.connect().unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream
}

fn closed(stream: &mut TcpStream) -> bool {
    let mut rest = Vec::new();
    matches!(stream.read_to_end(&mut rest), Ok(0))
}

#[test]
fn pipelined_boot_and_other_requests_are_answered_in_order_on_one_connection() {
    let s = server();
    let mac = "52-54-00-b7-00-01";
    let data = pattern();
    // The first script for an unknown MAC registers it, and that registration is written
    // behind the reply; wait until it is stored so both scripts below see the same machine.
    let path = format!("/boot/{mac}.ipxe");
    let registered = poll_until(
        Duration::from_secs(10),
        || s.request("GET", &path, &[], b"").text(),
        |text| text.contains("discovered, not approved yet"),
    );
    assert!(
        registered.contains("discovered, not approved yet"),
        "{registered}"
    );
    let mut stream = connect(&s);
    // Loop, loop, then a request for hyper (HEAD), then boot requests hyper now serves,
    // all in one write.
    let requests = format!(
        "GET /assets/file.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=10-19\r\n\r\n\
         GET /boot/{mac}.ipxe HTTP/1.1\r\nHost: [::1]\r\n\r\n\
         HEAD /assets/file.bin HTTP/1.1\r\nHost: x\r\n\r\n\
         GET /assets/file.bin HTTP/1.1\r\nHost: x\r\n\r\n\
         GET /boot/{mac}.ipxe HTTP/1.1\r\nHost: [::1]\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(requests.as_bytes()).unwrap();
    let mut buf = Vec::new();

    let range = read_reply(&mut stream, &mut buf, false);
    assert_eq!(range.status(), 206, "{}", range.head);
    assert_eq!(range.header("content-range"), Some("bytes 10-19/100000"));
    assert_eq!(range.body, &data[10..20]);
    assert!(range.header("date").is_some(), "{}", range.head);

    let script = read_reply(&mut stream, &mut buf, false);
    assert_eq!(script.status(), 200, "{}", script.head);
    let text = String::from_utf8(script.body.clone()).unwrap();
    assert!(text.starts_with("#!ipxe"), "{text}");

    let head = read_reply(&mut stream, &mut buf, true);
    assert_eq!(head.status(), 200, "{}", head.head);
    assert_eq!(head.header("content-length"), Some("100000"));

    let whole = read_reply(&mut stream, &mut buf, false);
    assert_eq!(whole.status(), 200, "{}", whole.head);
    assert_eq!(whole.body, data);

    let again = read_reply(&mut stream, &mut buf, false);
    assert_eq!(again.status(), 200, "{}", again.head);
    assert_eq!(again.body, script.body, "the same script from hyper's side");
    assert!(buf.is_empty() && closed(&mut stream), "closed as asked");
}

#[test]
fn a_head_split_across_writes_is_read_whole() {
    let s = server();
    let mut stream = connect(&s);
    stream.set_nodelay(true).unwrap();
    let request = b"GET /assets/file.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=-5\r\n\r\n";
    for piece in request.chunks(7) {
        stream.write_all(piece).unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut buf = Vec::new();
    let reply = read_reply(&mut stream, &mut buf, false);
    assert_eq!(reply.status(), 206, "{}", reply.head);
    assert_eq!(reply.body, &pattern()[FILE_LEN - 5..]);
    // Still open for the next request (keep-alive).
    stream
        .write_all(b"GET /assets/file.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=0-0\r\n\r\n")
        .unwrap();
    assert_eq!(
        read_reply(&mut stream, &mut buf, false).body,
        [pattern()[0]]
    );
}

#[test]
fn a_body_is_framed_by_hyper_and_never_read_as_a_request() {
    let s = server();
    let mut stream = connect(&s);
    // A GET with a body that looks like a request: hyper takes the connection, reads the
    // body as a body, and the real second request is answered next.
    let smuggled = "GET /assets/missing HTTP/1.1\r\n\r\n";
    let requests = format!(
        "GET /assets/file.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=0-1\r\nContent-Length: {}\r\n\r\n{smuggled}\
         GET /assets/file.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=2-3\r\n\r\n",
        smuggled.len()
    );
    stream.write_all(requests.as_bytes()).unwrap();
    let mut buf = Vec::new();
    let first = read_reply(&mut stream, &mut buf, false);
    assert_eq!(
        (first.status(), first.body.as_slice()),
        (206, &pattern()[0..2])
    );
    let second = read_reply(&mut stream, &mut buf, false);
    assert_eq!(
        (second.status(), second.body.as_slice()),
        (206, &pattern()[2..4]),
        "the body was read as a request: {}",
        second.head
    );
}

#[test]
fn http_1_0_and_malformed_heads_are_hyper_s() {
    let s = server();
    let mut stream = connect(&s);
    stream
        .write_all(b"GET /assets/file.bin HTTP/1.0\r\nRange: bytes=0-2\r\n\r\n")
        .unwrap();
    let mut buf = Vec::new();
    let reply = read_reply(&mut stream, &mut buf, false);
    assert_eq!(
        (reply.status(), reply.body.as_slice()),
        (206, &pattern()[0..3])
    );
    assert!(closed(&mut stream), "HTTP/1.0 without keep-alive closes");

    let mut stream = connect(&s);
    stream
        .write_all(b"GET /boot/a.ipxe HTTP/1.1\r\nBad Header: x\r\n\r\n")
        .unwrap();
    let reply = read_reply(&mut stream, &mut Vec::new(), false);
    assert_eq!(reply.status(), 400, "{}", reply.head);
}

#[test]
fn a_file_too_big_for_memory_is_sent_whole_and_in_ranges_by_both_writers() {
    let s = server();
    let big = pattern_of(BIG_LEN);
    let mut stream = connect(&s);
    // The loop's (sendfile) whole and ranged, then hyper's (the body read in chunks) after
    // the HEAD hands the connection over.
    let mid = BIG_LEN / 2;
    let requests = format!(
        "GET /assets/big.bin HTTP/1.1\r\nHost: x\r\n\r\n\
         GET /assets/big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes={mid}-{}\r\n\r\n\
         HEAD /assets/big.bin HTTP/1.1\r\nHost: x\r\n\r\n\
         GET /assets/big.bin HTTP/1.1\r\nHost: x\r\nRange: bytes=-70000\r\n\r\n\
         GET /assets/big.bin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        mid + 99_999
    );
    stream.write_all(requests.as_bytes()).unwrap();
    let mut buf = Vec::new();
    let whole = read_reply(&mut stream, &mut buf, false);
    assert_eq!(whole.status(), 200, "{}", whole.head);
    assert!(whole.body == big, "sendfile: the whole file, byte for byte");
    let part = read_reply(&mut stream, &mut buf, false);
    assert_eq!(part.status(), 206, "{}", part.head);
    assert_eq!(part.body, &big[mid..mid + 100_000]);
    let head = read_reply(&mut stream, &mut buf, true);
    assert_eq!(
        head.header("content-length"),
        Some(BIG_LEN.to_string().as_str())
    );
    let tail = read_reply(&mut stream, &mut buf, false);
    assert_eq!(tail.status(), 206, "{}", tail.head);
    assert_eq!(tail.body, &big[BIG_LEN - 70_000..]);
    let again = read_reply(&mut stream, &mut buf, false);
    assert!(
        again.body == big,
        "read through the body stream: the whole file"
    );
    assert!(closed(&mut stream));
}

/// The listener is bound without `SO_REUSEPORT`: a second server on the port must fail to
/// start, not silently take a share of the first one's connections.
#[test]
fn a_second_server_on_the_same_port_fails_with_address_in_use() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let listen = s.http_addr().to_string();
    let mut second = std::process::Command::new(env!("CARGO_BIN_EXE_bootforge"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["--http-listen", &listen, "--https-listen", "[::1]:0"])
        .args(["--tftp-listen", "[::1]:0", "serve"])
        .env("BOOTFORGE_DHCP__ENABLED", "false")
        .env("BOOTFORGE_TFTP__ENABLED", "false")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            let _ = second.wait();
            panic!("a second server on {listen} started");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = second.wait_with_output().unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!status.success(), "{said}");
    assert!(said.contains("in use"), "{said}");
    // The first still serves.
    let r = s.request("GET", "/assets/file.bin", &[], b"");
    assert_eq!(r.status, 200);
}
