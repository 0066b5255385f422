//! Running bootforge like infrastructure: `/metrics` after real traffic, SIGTERM and SIGHUP
//! on the real binary, and `bootforge check` against a real radvd. Needs root (network
//! namespaces, raw sockets), as CI has.

mod support;

use std::net::{Ipv6Addr, SocketAddrV6};
use std::process::Command;
use std::time::{Duration, Instant};

use dhcproto::v6::{DhcpOption, Message, MessageType, OptionCode};
use dhcproto::{Decodable, Decoder, Encodable};
use support::dhcp::{exchange, leased_address, solicit, ALL_SERVERS};
use support::{
    bootforge_check, client_socket, in_ns, line_for, poll_until, sample, Link, Radvd, Server,
};

/// A Solicit with Rapid Commit, so one exchange commits a lease.
fn rapid_solicit(xid: [u8; 3], duid_tail: u8, iaid: u32) -> Vec<u8> {
    solicit(xid, duid_tail, iaid, true, None)
}

fn metrics(link: &Link) -> String {
    let out = in_ns(
        &link.server_ns,
        &["curl", "-sf", "-m", "5", "http://[::1]:8080/metrics"],
    );
    assert!(
        out.status.success(),
        "GET /metrics failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Polls `/metrics` until `ready` holds (counters move a moment after the packet).
fn metrics_when(link: &Link, ready: impl Fn(&str) -> bool) -> String {
    poll_until(Duration::from_secs(10), || metrics(link), |t| ready(t))
}

/// Gives the client side `<prefix>::2/64` so it can reach the server's global address.
fn client_on_prefix(link: &Link) {
    let address = format!("{}/64", link.prefix.replace("::/64", "::2"));
    let out = Command::new("ip")
        .args(["-n", &link.client_ns, "addr", "add", &address])
        .args(["dev", link.client_if, "nodad"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// `bootforge healthcheck` in the server namespace (default HTTP listen, as the server has).
fn healthcheck(link: &Link) -> bool {
    let data = tempfile::tempdir().unwrap();
    in_ns(
        &link.server_ns,
        &[
            env!("CARGO_BIN_EXE_bootforge"),
            "healthcheck",
            "--pool",
            &link.prefix,
            "--data-dir",
            data.path().to_str().unwrap(),
        ],
    )
    .status
    .success()
}

fn signal(server: &Server, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -{name}");
}

#[test]
fn metrics_count_real_dhcpv6_tftp_and_http_traffic() {
    let link = Link::new(0x301);
    let server = Server::start(&link, &["--pool", "2001:db8:301::/64"], &[]);
    let before = metrics(&link);
    assert_eq!(
        sample(
            &before,
            "bootforge_dhcp_messages_total{type=\"solicit\",result=\"replied\"}"
        ),
        0.0
    );
    assert_eq!(
        sample(&before, "bootforge_dhcp_packets_malformed_total"),
        0.0
    );
    assert_eq!(
        sample(&before, "bootforge_dhcp_leases_active{pool=\"default\"}"),
        0.0
    );

    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    sock.send_to(&[1, 0, 0, 1, 0, 1, 0xff, 0xff, 0], to)
        .unwrap();
    let reply = exchange(&sock, to, &rapid_solicit([3, 0, 1], 0x31, 1));
    assert_eq!(reply.msg_type(), MessageType::Reply);

    // A file over TFTP and a script over HTTP, fetched from the client side.
    client_on_prefix(&link);
    let tftp_root = server.data_dir().join("tftp");
    std::fs::create_dir_all(&tftp_root).unwrap();
    std::fs::write(tftp_root.join("hello.bin"), vec![0x5a; 3000]).unwrap();
    let url = format!("tftp://[{}]/hello.bin", link.server_addr);
    let got = in_ns(&link.client_ns, &["curl", "-sf", "-m", "10", &url]);
    assert_eq!(got.stdout.len(), 3000, "TFTP fetch: {got:?}");
    let url = format!(
        "http://[{}]:8080/boot/52-54-00-30-01-01.ipxe",
        link.server_addr
    );
    let got = in_ns(&link.client_ns, &["curl", "-sf", "-m", "10", &url]);
    assert!(got.status.success(), "script fetch: {got:?}");

    let text = metrics_when(&link, |t| {
        t.contains("bootforge_tftp_transfers_completed_total 1")
    });
    assert_eq!(
        sample(
            &text,
            "bootforge_dhcp_messages_total{type=\"solicit\",result=\"replied\"}"
        ),
        1.0
    );
    assert_eq!(sample(&text, "bootforge_dhcp_packets_malformed_total"), 1.0);
    assert!(sample(&text, "bootforge_dhcp_packets_received_total") >= 2.0);
    assert_eq!(
        sample(&text, "bootforge_dhcp_leases_active{pool=\"default\"}"),
        1.0
    );
    assert_eq!(sample(&text, "bootforge_tftp_transfers_started_total"), 1.0);
    assert_eq!(
        sample(&text, "bootforge_tftp_transfers_completed_total"),
        1.0
    );
    assert_eq!(sample(&text, "bootforge_tftp_bytes_sent_total"), 3000.0);
    let scripts: f64 = ["install", "reinstall", "local", "wait", "error", "other"]
        .iter()
        .map(|k| {
            sample(
                &text,
                &format!("bootforge_http_scripts_served_total{{kind=\"{k}\"}}"),
            )
        })
        .sum();
    assert_eq!(scripts, 1.0, "one script served");
    assert!(sample(&text, "bootforge_store_transactions_total") >= 1.0);
    assert!(sample(&text, "bootforge_store_lease_changes_total") >= 1.0);
    assert_eq!(sample(&text, "bootforge_store_events_dropped_total"), 0.0);

    // A missing file is a refused request, not a transfer.
    let url = format!("tftp://[{}]/missing.bin", link.server_addr);
    let _ = in_ns(&link.client_ns, &["curl", "-s", "-m", "5", &url]);
    let text = metrics_when(&link, |t| {
        t.contains("bootforge_tftp_requests_refused_total 1")
    });
    assert_eq!(sample(&text, "bootforge_tftp_requests_refused_total"), 1.0);
    assert_eq!(sample(&text, "bootforge_tftp_transfers_started_total"), 1.0);
    drop(server);
}

#[test]
fn sigterm_exits_zero_quickly_with_a_consistent_database() {
    let link = Link::new(0x302);
    let mut server = Server::start(&link, &["--pool", "2001:db8:302::/64"], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let address = leased_address(&exchange(&sock, to, &rapid_solicit([3, 0, 2], 0x32, 7)));
    // An open keep-alive HTTP connection must not hold the shutdown up.
    client_on_prefix(&link);
    let mut idle = link.in_client_ns({
        let server_addr = link.server_addr;
        move || std::net::TcpStream::connect(SocketAddrV6::new(server_addr, 8080, 0, 0)).unwrap()
    });
    {
        use std::io::Write;
        idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
    }

    assert!(healthcheck(&link), "healthcheck passes while serving");

    signal(&server, "TERM");
    let started = Instant::now();
    let status = server
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("still running 5 s after SIGTERM:\n{}", server.log_text()));
    assert!(status.success(), "exit status {status:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(server.log_text().contains("shutting down"));
    assert!(
        !healthcheck(&link),
        "healthcheck fails once the server is gone"
    );

    assert_eq!(server.sql("PRAGMA integrity_check"), "ok");
    assert_eq!(
        server.sql(&format!(
            "SELECT state FROM leases WHERE address = '{address}'"
        )),
        "active"
    );
    // A clean close checkpoints the WAL into the database file.
    let wal = server.data_dir().join("bootforge.db-wal");
    let wal_len = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    assert_eq!(wal_len, 0, "WAL left behind after shutdown");
}

const TOKEN: &str = "ops-test-admin-token-0123456789abcdef";

/// An authenticated API call from the server namespace: (HTTP status, body).
fn api(link: &Link, method: &str, path: &str) -> (u16, String) {
    let out = in_ns(
        &link.server_ns,
        &[
            "curl",
            "-s",
            "-m",
            "10",
            "-X",
            method,
            "-H",
            &format!("Authorization: Bearer {TOKEN}"),
            "-w",
            "\n%{http_code}",
            &format!("http://[::1]:8080{path}"),
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').expect("curl printed a status");
    (
        code.trim().parse().expect("an HTTP status"),
        body.to_string(),
    )
}

fn pool_config(first: &str, last: &str, preference: u8) -> String {
    format!(
        "[dhcp]\npreference = {preference}\n\n[[dhcp.pools]]\nname = \"lab\"\n\
         prefix = \"2001:db8:303::/64\"\nrange_start = \"2001:db8:303::{first}\"\n\
         range_end = \"2001:db8:303::{last}\"\n"
    )
}

fn preference_of(m: &Message) -> Option<u8> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::Preference(p) => Some(*p),
        _ => None,
    })
}

#[test]
fn reload_applies_live_keeps_leases_and_refuses_a_broken_file() {
    let link = Link::new(0x303);
    let config_dir = tempfile::tempdir().unwrap();
    let config = config_dir.path().join("bootforge.toml");
    std::fs::write(&config, pool_config("100", "1ff", 255)).unwrap();
    let server = Server::start(
        &link,
        &["--config", config.to_str().unwrap()],
        &[("BOOTFORGE_BOOTSTRAP_TOKEN", TOKEN)],
    );
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let first = leased_address(&exchange(&sock, to, &rapid_solicit([3, 0, 3], 0x33, 9)));

    // SIGHUP: a new range and preference apply at once; a new listen address cannot.
    std::fs::write(
        &config,
        pool_config("200", "2ff", 10) + "\n[http]\nlisten = \"[::]:8081\"\n",
    )
    .unwrap();
    let reloads = |result: &str| format!("bootforge_config_reloads_total{{result=\"{result}\"}}");
    let succeeded = server.metric(&reloads("success"));
    signal(&server, "HUP");
    let now = server.wait_metric(&reloads("success"), Duration::from_secs(5), |n| {
        n > succeeded
    });
    assert_eq!(now, succeeded + 1.0, "SIGHUP reloaded once");
    // A SIGHUP has no one to answer but the log: the operator's warning is the product.
    let log = server.log_text();
    assert!(
        log.contains("key=http.listen") && log.contains("takes effect after a restart"),
        "a bound key is reported as needing a restart:\n{log}"
    );
    let mut plain = Message::decode(&mut Decoder::new(&rapid_solicit([3, 1, 1], 0x44, 1))).unwrap();
    plain.opts_mut().remove(OptionCode::RapidCommit);
    let advertise = exchange(&sock, to, &plain.to_vec().unwrap());
    assert_eq!(advertise.msg_type(), MessageType::Advertise);
    assert_eq!(
        preference_of(&advertise),
        Some(10),
        "preference applied live"
    );
    let offered = u128::from(leased_address(&advertise));
    let range = |a: &str| u128::from(a.parse::<Ipv6Addr>().unwrap());
    assert!(
        (range("2001:db8:303::200")..=range("2001:db8:303::2ff")).contains(&offered),
        "a new client gets an address from the reloaded range"
    );
    // Still listening on 8080 (api() talks to it): the restart-only key kept its value.
    let (code, body) = api(&link, "GET", "/api/v1/config");
    assert_eq!(code, 200, "{body}");
    let running: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(running["dhcp"]["preference"], 10);
    assert_eq!(running["http"]["listen"], "[::]:8080");

    // A broken file, by SIGHUP and by the API: refused, naming the key; nothing changes.
    std::fs::write(&config, "[dhcp]\npreference = \"high\"\n").unwrap();
    let failed = server.metric(&reloads("failure"));
    signal(&server, "HUP");
    let now = server.wait_metric(&reloads("failure"), Duration::from_secs(5), |n| n > failed);
    assert_eq!(now, failed + 1.0, "the broken file was refused");
    let (code, body) = api(&link, "POST", "/api/v1/config/reload");
    assert_eq!(code, 422, "{body}");
    assert!(body.contains("dhcp.preference"), "{body}");

    // Fixed, through the API: the answer lists what changed.
    std::fs::write(&config, pool_config("200", "2ff", 20)).unwrap();
    let (code, body) = api(&link, "POST", "/api/v1/config/reload");
    assert_eq!(code, 200, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["applied"], serde_json::json!(["dhcp.preference"]));
    assert_eq!(report["need_restart"], serde_json::json!([]));
    assert_eq!(report["template_errors"], serde_json::json!([]));

    // The first client's lease, from the old range, survived every reload.
    assert_eq!(
        server.sql(&format!(
            "SELECT COUNT(*) FROM leases WHERE address = '{first}' AND state = 'active'"
        )),
        "1"
    );
    let text = metrics(&link);
    assert_eq!(
        sample(&text, "bootforge_config_reloads_total{result=\"success\"}"),
        2.0
    );
    assert_eq!(
        sample(&text, "bootforge_config_reloads_total{result=\"failure\"}"),
        2.0
    );
    assert_eq!(
        sample(&text, "bootforge_dhcp_leases_active{pool=\"lab\"}"),
        1.0
    );
    // The reloaded range 2001:db8:303::200–2ff holds 256 addresses; one is leased, from the
    // old range, and still counts against the pool.
    assert_eq!(
        sample(&text, "bootforge_dhcp_leases_free{pool=\"lab\"}"),
        255.0
    );
    // `check` next to the running server: the HTTP port is taken, but by a healthy bootforge.
    let (_, text) = check(&link, 1);
    assert!(line_for(&text, "http listen").starts_with("OK"), "{text}");
}

/// `bootforge check` in the server namespace.
fn check(link: &Link, ra_wait: u64) -> (bool, String) {
    bootforge_check(link, &link.server_ns, link.server_if, ra_wait)
}

#[test]
fn check_sees_radvd_managed_flag() {
    let link = Link::new(0x304);
    let _radvd = Radvd::start(&link, true);
    let (ok, text) = check(&link, 6);
    let ra = line_for(&text, "router advertisement bfs0");
    assert!(ra.starts_with("OK"), "{text}");
    assert!(ra.contains("with M=1 O=1"), "{text}");
    assert!(
        line_for(&text, "interface bfs0").starts_with("OK"),
        "{text}"
    );
    assert!(line_for(&text, "ipxe.efi").starts_with("OK"), "{text}");
    assert!(ok, "every check passed, so exit 0:\n{text}");
}

#[test]
fn check_fails_without_managed_router_advertisements() {
    let link = Link::new(0x305);
    let (ok, text) = check(&link, 2);
    let ra = line_for(&text, "router advertisement bfs0");
    assert!(ra.starts_with("FAIL"), "{text}");
    assert!(ra.contains("NO RA with M/O flag"), "{text}");
    assert!(!ok, "a FAIL exits non-zero:\n{text}");

    // A router that advertises but without M/O is just as useless to boot clients.
    let _radvd = Radvd::start(&link, false);
    let (ok, text) = check(&link, 6);
    let ra = line_for(&text, "router advertisement bfs0");
    assert!(ra.starts_with("FAIL"), "{text}");
    assert!(ra.contains("M=0 O=0"), "{text}");
    assert!(!ok);
}
