//! The JSON API and authentication, against the real binary with a fresh database per test.

#[path = "api/harness.rs"]
mod harness;

use harness::{Server, ADMIN_PASSWORD, ADMIN_USER};
use serde_json::json;

fn debian_profile(s: &Server) {
    let r = s.admin(
        "POST",
        "/api/v1/profiles",
        Some(json!({"name": "debian", "kernel": "vmlinuz", "initrd": "initrd.img"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

#[test]
fn machine_crud_normalises_and_validates() {
    let s = Server::start();
    debian_profile(&s);

    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "52-54-00-AB-CD-EF", "hostname": "Node1", "profile": "debian"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let m = r.json();
    assert_eq!(m["mac"], "52:54:00:ab:cd:ef");
    assert_eq!(m["hostname"], "node1");
    assert_eq!(m["state"], "ready");

    // Same machine in another spelling: a conflict.
    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "525400abcdef", "profile": "debian"})),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.json()["error"]
        .as_str()
        .unwrap()
        .contains("already exists"));

    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "52:54:00:zz"})),
    );
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "mac");

    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "52:54:00:00:00:01", "profile": "nope"})),
    );
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "profile");

    let r = s.admin(
        "POST",
        "/api/v1/machines",
        Some(json!({"mac": "52:54:00:00:00:01", "state": "sideways"})),
    );
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("state")));

    let r = s.admin("GET", "/api/v1/machines/5254.00ab.cdef", None);
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["profile"], "debian");

    let r = s.admin(
        "PATCH",
        "/api/v1/machines/52:54:00:ab:cd:ef",
        Some(json!({"state": "reinstall", "variables": {"disk": "/dev/vda"}})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["state"], "reinstall");
    assert_eq!(r.json()["variables"]["disk"], "/dev/vda");

    let r = s.admin(
        "PUT",
        "/api/v1/machines/52:54:00:ab:cd:ef",
        Some(json!({"hostname": "node2", "profile": "debian", "state": "local"})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["hostname"], "node2");
    assert_eq!(r.json()["variables"], json!({}));

    let r = s.admin("GET", "/api/v1/machines?q=node2&state=local", None);
    assert_eq!(r.json()["total"], 1);
    let r = s.admin("GET", "/api/v1/machines?state=ready", None);
    assert_eq!(r.json()["total"], 0);
    let r = s.admin("GET", "/api/v1/machines?per_page=9999", None);
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("per_page"))
    );

    let r = s.admin("GET", "/api/v1/machines/52:54:00:ab:cd:ef/events", None);
    assert_eq!(r.status, 200);
    assert!(r.json().is_array());

    // A profile in use cannot be deleted.
    let r = s.admin("DELETE", "/api/v1/profiles/debian", None);
    assert_eq!(r.status, 409);
    assert!(r.json()["error"].as_str().unwrap().contains("used by 1"));

    let r = s.admin("DELETE", "/api/v1/machines/52:54:00:ab:cd:ef", None);
    assert_eq!(r.status, 204);
    let r = s.admin("GET", "/api/v1/machines/52:54:00:ab:cd:ef", None);
    assert_eq!(r.status, 404);
    assert_eq!(
        s.admin("DELETE", "/api/v1/profiles/debian", None).status,
        204
    );
    assert_eq!(s.admin("GET", "/api/v1/nothing-here", None).status, 404);
}

#[test]
fn profiles_validate_and_conflict() {
    let s = Server::start();
    debian_profile(&s);
    let r = s.admin("POST", "/api/v1/profiles", Some(json!({"name": "debian"})));
    assert_eq!(r.status, 409);
    let r = s.admin(
        "POST",
        "/api/v1/profiles",
        Some(json!({"name": "bad name!"})),
    );
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("name")));
    let r = s.admin(
        "POST",
        "/api/v1/profiles",
        Some(json!({"name": "x", "template": "../../etc/passwd"})),
    );
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("template"))
    );
    let r = s.admin(
        "PUT",
        "/api/v1/profiles/debian",
        Some(json!({"cmdline": "console=ttyS0", "variables": {"suite": "trixie"}})),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    let r = s.admin("GET", "/api/v1/profiles", None);
    assert_eq!(r.json()[0]["cmdline"], "console=ttyS0");
    assert_eq!(r.json()[0]["machines"], 0);
    let r = s.admin("GET", "/api/v1/openapi.json", None);
    assert_eq!(r.json()["openapi"], "3.1.0");
}

#[test]
fn bulk_actions_and_csv_round_trip() {
    let s = Server::start();
    debian_profile(&s);
    let csv = "mac,hostname,profile,state\n\
               52:54:00:00:00:01,a,,\n\
               52-54-00-00-00-02,b,debian,\n\
               525400000003,c,,local\n";
    let r = s.request(
        "POST",
        "/api/v1/machines/import",
        &[
            (
                "Authorization",
                &format!("Bearer {}", harness::BOOTSTRAP_TOKEN),
            ),
            ("Content-Type", "text/csv"),
        ],
        csv.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json(), json!({"created": 3, "updated": 0}));

    let bad = "mac,profile\n52:54:00:00:00:09,debian\n52:54:00:00:00:0a,missing\n";
    let r = s.request(
        "POST",
        "/api/v1/machines/import",
        &[(
            "Authorization",
            &format!("Bearer {}", harness::BOOTSTRAP_TOKEN),
        )],
        bad.as_bytes(),
    );
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["field"], "profile");
    assert!(r.json()["error"].as_str().unwrap().starts_with("line 3"));
    assert_eq!(s.admin("GET", "/api/v1/machines", None).json()["total"], 3);

    let all = [
        "52:54:00:00:00:01",
        "52:54:00:00:00:02",
        "52:54:00:00:00:03",
    ];
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "reinstall", "macs": all})),
    );
    // Only the machine with a profile can reinstall.
    assert_eq!(r.json(), json!({"requested": 3, "changed": 1}));
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "assign_profile", "profile": "debian", "macs": all})),
    );
    assert_eq!(r.json()["changed"], 3);
    let r = s.admin("GET", "/api/v1/machines/52:54:00:00:00:01", None);
    assert_eq!(r.json()["state"], "ready", "assigning a profile approves");
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "assign_profile", "profile": "nope", "macs": all})),
    );
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("profile"))
    );

    let r = s.admin("GET", "/api/v1/machines.csv", None);
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/csv"));
    let text = r.text();
    let mut lines = text.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("mac,hostname,profile,state"));
    assert_eq!(lines.count(), 3);
    assert!(text.contains("52:54:00:00:00:02,b,debian,reinstall"));
}

#[test]
fn leases_and_events_endpoints_answer() {
    let s = Server::start();
    let r = s.admin("GET", "/api/v1/leases", None);
    assert_eq!(r.status, 200);
    assert!(r.json()["leases"].is_array());
    assert!(r.json()["pools"].is_array());
    let r = s.admin("GET", "/api/v1/events?limit=5", None);
    assert_eq!(r.status, 200);
    let r = s.admin("GET", "/api/v1/events?mac=bogus", None);
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("mac")));
}

#[test]
fn everything_but_boot_needs_auth_and_read_tokens_cannot_write() {
    let s = Server::start();
    for path in [
        "/api/v1/machines",
        "/api/v1/profiles",
        "/api/v1/events",
        "/api/v1/leases",
    ] {
        let r = s.request("GET", path, &[], b"");
        assert_eq!(r.status, 401, "{path}");
        assert_eq!(r.header("www-authenticate"), Some("Bearer"));
        assert!(r.json()["error"].is_string());
    }
    let r = s.api("GET", "/api/v1/machines", "bf_not-a-real-token", None);
    assert_eq!(r.status, 401);
    // Dashboard pages send browsers to the login form instead.
    let r = s.request("GET", "/machines", &[], b"");
    assert_eq!(r.status, 303);
    assert!(r
        .header("location")
        .unwrap()
        .starts_with("/login?next=/machines"));
    assert_eq!(s.request("GET", "/healthz", &[], b"").status, 200);

    let r = s.admin(
        "POST",
        "/api/v1/tokens",
        Some(json!({"name": "monitoring", "scope": "read"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let read_token = r.json()["secret"].as_str().unwrap().to_string();
    assert!(read_token.starts_with("bf_"));
    let listed = s.admin("GET", "/api/v1/tokens", None).text();
    assert!(
        !listed.contains(&read_token),
        "token values are never listed"
    );

    assert_eq!(
        s.api("GET", "/api/v1/machines", &read_token, None).status,
        200
    );
    let r = s.api(
        "POST",
        "/api/v1/profiles",
        &read_token,
        Some(json!({"name": "x"})),
    );
    assert_eq!(r.status, 403);
    assert!(r.json()["error"].as_str().unwrap().contains("read-only"));
    assert_eq!(
        s.api(
            "DELETE",
            "/api/v1/machines/52:54:00:00:00:01",
            &read_token,
            None
        )
        .status,
        403
    );
}

#[test]
fn sessions_need_csrf_on_forms_and_logout_ends_them() {
    let s = Server::start();
    let session = s.login(ADMIN_USER, ADMIN_PASSWORD).expect("login");
    let form = "name=fromform&template=install.ipxe";
    let r = s.request(
        "POST",
        "/profiles/new",
        &[
            ("Cookie", &session.cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        form.as_bytes(),
    );
    assert_eq!(
        r.status, 403,
        "a form POST without the CSRF token is refused"
    );
    let r = s.request(
        "POST",
        "/profiles/new",
        &[
            ("Cookie", &session.cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        format!("{form}&csrf_token=wrong").as_bytes(),
    );
    assert_eq!(r.status, 403);
    let r = s.request(
        "POST",
        "/profiles/new",
        &[
            ("Cookie", &session.cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        format!("{form}&csrf_token={}", session.csrf).as_bytes(),
    );
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(
        s.admin("GET", "/api/v1/profiles/fromform", None).status,
        200
    );

    // The session also works for the API, with the token in a header for writes.
    let r = s.request(
        "GET",
        "/api/v1/profiles",
        &[("Cookie", &session.cookie)],
        b"",
    );
    assert_eq!(r.status, 200);
    let r = s.request(
        "DELETE",
        "/api/v1/profiles/fromform",
        &[("Cookie", &session.cookie)],
        b"",
    );
    assert_eq!(r.status, 403);
    let r = s.request(
        "DELETE",
        "/api/v1/profiles/fromform",
        &[("Cookie", &session.cookie), ("X-CSRF-Token", &session.csrf)],
        b"",
    );
    assert_eq!(r.status, 204);

    let r = s.request(
        "POST",
        "/logout",
        &[
            ("Cookie", &session.cookie),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        format!("csrf_token={}", session.csrf).as_bytes(),
    );
    assert_eq!(r.status, 303);
    let r = s.request(
        "GET",
        "/api/v1/profiles",
        &[("Cookie", &session.cookie)],
        b"",
    );
    assert_eq!(r.status, 401, "the session is gone after logout");
}

#[test]
fn session_cookie_flags() {
    let s = Server::start();
    let form = s.request("GET", "/login", &[], b"");
    let line = form.set_cookie_line("bf_login_csrf").unwrap();
    assert!(
        line.contains("HttpOnly") && line.contains("SameSite=Strict"),
        "{line}"
    );
    // Plain http (from loopback): `Secure` is set exactly over TLS (tests/security.rs).
    assert!(!line.contains("Secure"), "{line}");
}

#[test]
fn login_is_rate_limited() {
    let s = Server::start();
    for i in 0..5 {
        let r = s.login(ADMIN_USER, "wrong password").unwrap_err();
        assert_eq!(r.status, 401, "attempt {i}");
    }
    let r = s.login(ADMIN_USER, "wrong password").unwrap_err();
    assert_eq!(r.status, 429);
    // Even the right password waits out the minute.
    let r = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap_err();
    assert_eq!(r.status, 429);
}

#[test]
fn cli_adds_users_and_tokens() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let s = Server::start();
    let mut child = Command::new(env!("CARGO_BIN_EXE_bootforge"))
        .args(["user", "add", "ops", "--password-stdin", "--data-dir"])
        .arg(s.data_dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"ops-password-1\n")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let session = s
        .login("ops", "ops-password-1")
        .expect("CLI user can log in");
    // Not --admin: read-only.
    let r = s.request(
        "DELETE",
        "/api/v1/profiles/x",
        &[("Cookie", &session.cookie), ("X-CSRF-Token", &session.csrf)],
        b"",
    );
    assert_eq!(r.status, 403);

    let out = Command::new(env!("CARGO_BIN_EXE_bootforge"))
        .args(["token", "create", "ci", "--scope", "admin", "--data-dir"])
        .arg(s.data_dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let r = s.api(
        "POST",
        "/api/v1/profiles",
        &token,
        Some(json!({"name": "ci"})),
    );
    assert_eq!(r.status, 201);
}

/// 10,000 machines: the API and the machines page still page through them correctly.
#[test]
fn ten_thousand_machines_paginate() {
    let s = Server::start();
    let mut csv = String::from("mac,hostname\n");
    for i in 0..10_000u32 {
        let b = i.to_be_bytes();
        csv.push_str(&format!(
            "02:00:00:{:02x}:{:02x}:{:02x},node{i:05}\n",
            b[1], b[2], b[3]
        ));
    }
    let started = std::time::Instant::now();
    let r = s.request(
        "POST",
        "/api/v1/machines/import",
        &[(
            "Authorization",
            &format!("Bearer {}", harness::BOOTSTRAP_TOKEN),
        )],
        csv.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["created"], 10_000);
    eprintln!("import of 10k machines: {:?}", started.elapsed());

    let started = std::time::Instant::now();
    let r = s.admin("GET", "/api/v1/machines?page=101&per_page=50", None);
    eprintln!("API page 101: {:?}", started.elapsed());
    let page = r.json();
    assert_eq!(page["total"], 10_000);
    assert_eq!(page["pages"], 200);
    assert_eq!(page["items"].as_array().unwrap().len(), 50);
    assert_eq!(page["items"][0]["hostname"], "node05000");
    let r = s.admin("GET", "/api/v1/machines?q=node0999&per_page=100", None);
    assert_eq!(r.json()["total"], 10); // node09990..node09999

    let session = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap();
    let started = std::time::Instant::now();
    let r = s.request(
        "GET",
        "/machines?page=200",
        &[("Cookie", &session.cookie)],
        b"",
    );
    eprintln!("machines page 200 (HTML): {:?}", started.elapsed());
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("10000 machines"), "shows the total");
    assert!(html.contains("node09999") && !html.contains("node09949"));
    assert_eq!(html.matches("<tr class=\"machine\"").count(), 50);
    assert!(html.contains("Page 200 of 200"));
}
