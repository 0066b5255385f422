//! The JSON API and authentication, against the real binary with a fresh database per test.

mod support;

use serde_json::json;
use support::http::{api_server, ADMIN_PASSWORD, ADMIN_USER};
use support::Server;

fn debian_profile(s: &Server) {
    let r = s.admin(
        "POST",
        "/api/v1/profiles",
        Some(json!({"name": "debian", "kernel": "vmlinuz", "initrd": "initrd.img"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
}

fn machine_crud_normalises_and_validates() {
    let s = api_server().start();
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

fn profiles_validate_and_conflict() {
    let s = api_server().start();
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

fn bulk_actions_and_csv_round_trip() {
    let s = api_server().start();
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
                &format!("Bearer {}", support::http::BOOTSTRAP_TOKEN),
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
            &format!("Bearer {}", support::http::BOOTSTRAP_TOKEN),
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

fn leases_and_events_endpoints_answer() {
    let s = api_server().start();
    let r = s.admin("GET", "/api/v1/leases", None);
    assert_eq!(r.status, 200);
    assert!(r.json()["leases"].is_array());
    assert!(r.json()["pools"].is_array());
    let r = s.admin("GET", "/api/v1/events?limit=5", None);
    assert_eq!(r.status, 200);
    let r = s.admin("GET", "/api/v1/events?mac=bogus", None);
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("mac")));
}

fn everything_but_boot_needs_auth_and_read_tokens_cannot_write() {
    let s = api_server().start();
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

fn sessions_need_csrf_on_forms_and_logout_ends_them() {
    let s = api_server().start();
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

fn session_cookie_flags() {
    let s = api_server().start();
    let form = s.request("GET", "/login", &[], b"");
    let line = form.set_cookie_line("bf_login_csrf").unwrap();
    assert!(
        line.contains("HttpOnly") && line.contains("SameSite=Strict"),
        "{line}"
    );
    // Plain http (from loopback): `Secure` is set exactly over TLS (tests/security.rs).
    assert!(!line.contains("Secure"), "{line}");
}

fn login_is_rate_limited() {
    let s = api_server().start();
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

fn cli_adds_users_and_tokens() {
    use std::io::Write;
    use std::process::Stdio;
    let s = api_server().start();
    let mut child = s
        .cli_command(&["user", "add", "ops", "--password-stdin"])
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

    let out = s
        .cli_command(&["token", "create", "ci", "--scope", "admin"])
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
    // The CLI's token is in the audit trail, by "cli"; what the token did, by the token.
    let r = s.admin("GET", "/api/v1/audit?actor=cli", None);
    assert_eq!(r.json()["items"][0]["target"], "ci");
    assert_eq!(r.json()["items"][0]["summary"], "created, scope admin");
    let r = s.admin("GET", "/api/v1/audit?actor=token:ci&kind=profile", None);
    assert_eq!(r.json()["items"].as_array().unwrap().len(), 1);
}

/// 10,000 machines: the API and the machines page still page through them correctly.
fn ten_thousand_machines_paginate() {
    let s = api_server().start();
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
            &format!("Bearer {}", support::http::BOOTSTRAP_TOKEN),
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
    let took = started.elapsed();
    eprintln!("machines page 200 (HTML): {took:?}");
    // Paged by the database (LIMIT/OFFSET, COUNT on an index), not rendered whole: even a
    // debug build answers in milliseconds; 2 s is a generous ceiling for a loaded CI box.
    assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
    assert_eq!(r.status, 200);
    let html = r.text();
    assert!(html.contains("10000 machines"), "shows the total");
    assert!(html.contains("node09999") && !html.contains("node09949"));
    assert_eq!(html.matches("<tr class=\"machine\"").count(), 50);
    assert!(html.contains("Page 200 of 200"));
    for path in ["/machines", "/machines?q=node0&state=discovered&page=3"] {
        let started = std::time::Instant::now();
        let r = s.request("GET", path, &[("Cookie", &session.cookie)], b"");
        let took = started.elapsed();
        eprintln!("{path} (HTML): {took:?}");
        assert!(
            took < std::time::Duration::from_secs(2),
            "{path} took {took:?}"
        );
        assert_eq!(
            r.text().matches("<tr class=\"machine\"").count(),
            50,
            "{path}"
        );
    }
}

/// Boot events are committed by the writer task a moment after the request that caused them.
fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "timed out: {what}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// A session's JSON request with the CSRF header, as the dashboard's scripts send it.
fn session_api(
    s: &Server,
    session: &support::http::Session,
    method: &str,
    path: &str,
    json: serde_json::Value,
) -> support::http::Response {
    s.request(
        method,
        path,
        &[
            ("Cookie", &session.cookie),
            ("X-CSRF-Token", &session.csrf),
            ("Content-Type", "application/json"),
        ],
        json.to_string().as_bytes(),
    )
}

fn users_are_managed_by_admins_and_change_their_own_password() {
    let s = api_server().start();
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "viewer", "password": "viewer-pass-1", "role": "read"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    assert_eq!(r.json()["role"], "read");
    assert!(r.json().get("password_hash").is_none());
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "viewer", "password": "another-pass"})),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "shorty", "password": "short"})),
    );
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("password"))
    );
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "has space", "password": "long-enough-1"})),
    );
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("name")));
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "x", "password": "long-enough-1", "role": "root"})),
    );
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("role")));
    let names: Vec<String> = s
        .admin("GET", "/api/v1/users", None)
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            format!(
                "{}:{}",
                u["name"].as_str().unwrap(),
                u["role"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(names, ["admin:admin", "viewer:read"]);

    // The read-only user can read, not write, not manage users, but can change their own
    // password (with the current one).
    let viewer = s.login("viewer", "viewer-pass-1").expect("viewer logs in");
    let other_viewer = s.login("viewer", "viewer-pass-1").expect("second session");
    let get = |sess: &support::http::Session, path: &str| {
        s.request("GET", path, &[("Cookie", &sess.cookie)], b"")
    };
    assert_eq!(get(&viewer, "/api/v1/machines").status, 200);
    assert_eq!(get(&viewer, "/api/v1/users").status, 403);
    assert_eq!(get(&viewer, "/api/v1/users/me").json()["role"], "read");
    let r = session_api(
        &s,
        &viewer,
        "POST",
        "/api/v1/users",
        json!({"name": "sneaky", "password": "sneaky-pass-1", "role": "admin"}),
    );
    assert_eq!(r.status, 403);
    let r = session_api(
        &s,
        &viewer,
        "POST",
        "/api/v1/users/me/password",
        json!({"current_password": "wrong-one", "new_password": "viewer-pass-2"}),
    );
    assert_eq!(
        (r.status, r.json()["field"].as_str()),
        (422, Some("current_password"))
    );
    // Without the CSRF token even this write is refused.
    let r = s.request(
        "POST",
        "/api/v1/users/me/password",
        &[
            ("Cookie", &viewer.cookie),
            ("Content-Type", "application/json"),
        ],
        json!({"current_password": "viewer-pass-1", "new_password": "viewer-pass-2"})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(r.status, 403);
    let r = session_api(
        &s,
        &viewer,
        "POST",
        "/api/v1/users/me/password",
        json!({"current_password": "viewer-pass-1", "new_password": "viewer-pass-2"}),
    );
    assert_eq!(r.status, 204, "{}", r.text());
    assert_eq!(
        get(&viewer, "/api/v1/machines").status,
        200,
        "this session stays"
    );
    assert_eq!(
        get(&other_viewer, "/api/v1/machines").status,
        401,
        "other sessions end"
    );
    assert_eq!(s.login("viewer", "viewer-pass-1").unwrap_err().status, 401);
    s.login("viewer", "viewer-pass-2")
        .expect("the new password works");
    // A token has no password to change.
    let r = s.admin(
        "POST",
        "/api/v1/users/me/password",
        Some(json!({"current_password": "x", "new_password": "yyyyyyyy"})),
    );
    assert_eq!(r.status, 409);

    // The last admin stays an admin and stays.
    let r = s.admin(
        "PATCH",
        "/api/v1/users/admin",
        Some(json!({"role": "read"})),
    );
    assert_eq!(r.status, 409, "{}", r.text());
    assert!(r.json()["error"].as_str().unwrap().contains("last admin"));
    let r = s.admin("DELETE", "/api/v1/users/admin", None);
    assert_eq!(r.status, 409);
    let r = s.admin(
        "PATCH",
        "/api/v1/users/viewer",
        Some(json!({"role": "admin"})),
    );
    assert_eq!((r.status, r.json()["role"].as_str()), (200, Some("admin")));
    let r = s.admin(
        "PATCH",
        "/api/v1/users/admin",
        Some(json!({"role": "read"})),
    );
    assert_eq!(r.status, 200, "another admin exists now");
    let r = s.admin(
        "PATCH",
        "/api/v1/users/admin",
        Some(json!({"role": "admin"})),
    );
    assert_eq!(r.status, 200);

    // Removing a user ends their sessions at once.
    let viewer = s.login("viewer", "viewer-pass-2").unwrap();
    assert_eq!(s.admin("DELETE", "/api/v1/users/viewer", None).status, 204);
    assert_eq!(get(&viewer, "/api/v1/machines").status, 401);
    assert_eq!(s.admin("DELETE", "/api/v1/users/viewer", None).status, 404);
    // Nobody removes themselves.
    let admin = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap();
    let r = s.request(
        "DELETE",
        "/api/v1/users/admin",
        &[("Cookie", &admin.cookie), ("X-CSRF-Token", &admin.csrf)],
        b"",
    );
    assert_eq!(r.status, 409);
}

fn audit_trail_records_who_changed_what() {
    let s = api_server().start();
    debian_profile(&s);
    let admin = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap();
    let mac = "52:54:00:00:00:77";
    let r = session_api(
        &s,
        &admin,
        "POST",
        "/api/v1/machines",
        json!({"mac": "52-54-00-00-00-77", "hostname": "web1"}),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    let r = s.admin(
        "PATCH",
        &format!("/api/v1/machines/{mac}"),
        Some(json!({"profile": "debian"})),
    );
    assert_eq!(r.status, 200);
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "reinstall", "macs": [mac]})),
    );
    assert_eq!(r.json()["changed"], 1);
    let r = s.admin(
        "POST",
        "/api/v1/tokens",
        Some(json!({"name": "ci", "scope": "read"})),
    );
    let token_id = r.json()["id"].as_i64().unwrap();
    assert_eq!(
        s.admin("DELETE", &format!("/api/v1/tokens/{token_id}"), None)
            .status,
        204
    );
    let r = s.admin(
        "POST",
        "/api/v1/users",
        Some(json!({"name": "ops", "password": "ops-password-1"})),
    );
    assert_eq!(r.status, 201);
    assert_eq!(s.admin("POST", "/api/v1/config/reload", None).status, 200);
    // A refused change leaves no entry.
    let r = s.admin(
        "PATCH",
        &format!("/api/v1/machines/{mac}"),
        Some(json!({"profile": "missing"})),
    );
    assert_eq!(r.status, 422);

    let entries = |q: &str| -> Vec<(String, String, String, String, String)> {
        let r = s.admin("GET", &format!("/api/v1/audit{q}"), None);
        assert_eq!(r.status, 200, "{}", r.text());
        r.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let f = |k: &str| e[k].as_str().unwrap().to_string();
                (
                    f("actor"),
                    f("action"),
                    f("target_kind"),
                    f("target"),
                    f("summary"),
                )
            })
            .collect()
    };
    let tok = "token:bootstrap".to_string();
    let machine = entries("?kind=machine&target=52-54-00-00-00-77");
    assert_eq!(
        machine,
        [
            (
                tok.clone(),
                "reinstall".into(),
                "machine".into(),
                mac.into(),
                "state ready → reinstall".into()
            ),
            (
                tok.clone(),
                "update".into(),
                "machine".into(),
                mac.into(),
                "profile none → debian; state discovered → ready".into()
            ),
            (
                "admin".into(),
                "create".into(),
                "machine".into(),
                mac.into(),
                "registered: hostname web1, profile none, state discovered".into()
            ),
        ]
    );
    let by_admin = entries("?actor=admin");
    assert_eq!(by_admin.len(), 1, "{by_admin:?}");
    let all = entries("");
    let kinds: Vec<(&str, &str)> = all.iter().map(|e| (e.1.as_str(), e.2.as_str())).collect();
    assert_eq!(
        kinds,
        [
            ("reload", "config"),
            ("create", "user"),
            ("revoke", "token"),
            ("create", "token"),
            ("reinstall", "machine"),
            ("update", "machine"),
            ("create", "machine"),
            ("create", "profile"),
        ]
    );
    // Paging: two at a time, following next_before to the end.
    let mut seen = 0;
    let mut before = String::new();
    loop {
        let r = s.admin("GET", &format!("/api/v1/audit?limit=2{before}"), None);
        let page = r.json();
        seen += page["items"].as_array().unwrap().len();
        match page["next_before"].as_i64() {
            Some(id) => before = format!("&before={id}"),
            None => break,
        }
    }
    assert_eq!(seen, all.len());
    let r = s.admin("GET", "/api/v1/audit?limit=501", None);
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("limit")));
    let r = s.admin("GET", "/api/v1/audit?kind=planet", None);
    assert_eq!((r.status, r.json()["field"].as_str()), (422, Some("kind")));

    // The machine page shows its entries with who made them.
    let page = s
        .request(
            "GET",
            &format!("/machines/{mac}"),
            &[("Cookie", &admin.cookie)],
            b"",
        )
        .text();
    assert_eq!(
        page.matches("<tr class=\"audit-entry\"").count(),
        3,
        "{page}"
    );
    assert!(page.contains("state ready → reinstall"));
    assert!(page.contains("token:bootstrap"));
    let audit = s
        .request(
            "GET",
            "/audit?actor=admin",
            &[("Cookie", &admin.cookie)],
            b"",
        )
        .text();
    assert_eq!(audit.matches("<tr class=\"audit-entry\"").count(), 1);
}

fn ignored_machines_are_kept_hidden_and_still_wait() {
    let s = api_server().start();
    debian_profile(&s);
    let mac = "52:54:00:00:00:99";
    let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
    assert_eq!(r.status, 200);
    let discovered = |s: &Server| {
        s.admin("GET", "/api/v1/machines?state=discovered", None)
            .json()["total"]
            .as_i64()
            .unwrap()
    };
    // The boot event (which registers the machine) is committed by the writer shortly after.
    wait_for("the first boot registers it", || discovered(&s) == 1);
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "ignore", "macs": [mac]})),
    );
    assert_eq!(r.json()["changed"], 1);
    assert_eq!(discovered(&s), 0);
    let r = s.admin("GET", &format!("/api/v1/machines/{mac}"), None);
    assert_eq!(r.json()["state"], "ignored", "kept, not deleted");
    // It boots again: still ignored (not re-discovered), and it gets the waiting script.
    let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
    assert_eq!(r.status, 200);
    // What another discovered (not ignored) machine gets, on its second fetch.
    s.request("GET", "/boot/52:54:00:00:00:98.ipxe", &[], b"");
    wait_for("the other machine is discovered", || {
        s.admin("GET", "/api/v1/machines/52:54:00:00:00:98", None)
            .status
            == 200
    });
    let waiting = s.request("GET", "/boot/52:54:00:00:00:98.ipxe", &[], b"");
    assert!(r.text().contains("is waiting"), "{}", r.text());
    assert_eq!(r.text(), waiting.text().replace("52:54:00:00:00:98", mac));
    assert_eq!(
        s.admin("GET", &format!("/api/v1/machines/{mac}"), None)
            .json()["state"],
        "ignored"
    );
    let admin = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap();
    let html = |path: &str| {
        s.request("GET", path, &[("Cookie", &admin.cookie)], b"")
            .text()
    };
    assert!(!html("/discovered").contains(&format!("data-mac=\"{mac}\"")));
    assert!(html("/discovered?show=ignored").contains(&format!("data-mac=\"{mac}\"")));
    // Only discovered machines can be ignored, only ignored ones un-ignored.
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "ignore", "macs": [mac]})),
    );
    assert_eq!(r.json()["changed"], 0);
    let r = s.admin(
        "POST",
        "/api/v1/machines/bulk",
        Some(json!({"action": "unignore", "macs": [mac]})),
    );
    assert_eq!(r.json()["changed"], 1);
    assert_eq!(discovered(&s), 2);
}

fn discovered_and_events_pages_search_and_page() {
    let s = api_server().start();
    for i in 0..60u8 {
        let r = s.request(
            "GET",
            &format!("/boot/02:00:00:00:01:{i:02x}.ipxe"),
            &[],
            b"",
        );
        assert_eq!(r.status, 200);
    }
    let admin = s.login(ADMIN_USER, ADMIN_PASSWORD).unwrap();
    let html = |path: &str| {
        s.request("GET", path, &[("Cookie", &admin.cookie)], b"")
            .text()
    };
    // The writer commits the 60 events (and discovers the 60 machines) a moment later.
    wait_for("60 events", || {
        let r = s.admin("GET", "/api/v1/events?limit=1000", None);
        r.json().as_array().unwrap().len() == 60
    });
    let first = html("/discovered");
    assert!(first.contains("60 waiting"));
    assert_eq!(first.matches("<tr class=\"machine\"").count(), 50);
    assert!(first.contains("Page 1 of 2"));
    let second = html("/discovered?page=2");
    assert_eq!(second.matches("<tr class=\"machine\"").count(), 10);
    let found = html("/discovered?q=01:3b");
    assert_eq!(found.matches("<tr class=\"machine\"").count(), 1);
    assert!(found.contains("data-mac=\"02:00:00:00:01:3b\""));

    let r = s.admin("GET", "/api/v1/events?q=01:3b", None);
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    let r = s.admin("GET", "/api/v1/events?q=script&mac=02:00:00:00:01:3a", None);
    assert_eq!(r.json()[0]["mac"], "02:00:00:00:01:3a", "{}", r.text());
    assert_eq!(r.json().as_array().unwrap().len(), 1);
    let events = html("/events?q=01:3b");
    assert_eq!(events.matches("<tr class=\"event\"").count(), 1);
    assert!(
        events.contains("script discovery.ipxe (waiting: unknown machine"),
        "sentence, not JSON: {events}"
    );
    assert!(!events.contains("&quot;template&quot;"));
    let none = html("/events?q=tftp");
    assert!(none.contains("No event matches this search"));
    let all = html("/events");
    assert_eq!(all.matches("<tr class=\"event\"").count(), 60);
    assert!(!all.contains("Older →"));

    // Past one page (100), an "Older" link pages by id to the rest. Fifty more machines
    // (registered, so the per-source discovery limit does not apply), one fetch each: one
    // machine fetching fifty times within a second would be one event and a summary of
    // its repeats (tests/script_cache.rs).
    for i in 0..50u8 {
        let mac = format!("02:00:00:00:02:{i:02x}");
        let r = s.admin("POST", "/api/v1/machines", Some(json!({ "mac": mac })));
        assert_eq!(r.status, 201, "{}", r.text());
        let r = s.request("GET", &format!("/boot/{mac}.ipxe"), &[], b"");
        assert_eq!(r.status, 200);
    }
    wait_for("110 events", || {
        let r = s.admin("GET", "/api/v1/events?limit=1000", None);
        r.json().as_array().unwrap().len() == 110
    });
    let newest = html("/events");
    assert_eq!(newest.matches("<tr class=\"event\"").count(), 100);
    let at = newest.find("&before=").expect("an Older link") + "&before=".len();
    let before: String = newest[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let older = html(&format!("/events?q=&before={before}"));
    assert_eq!(older.matches("<tr class=\"event\"").count(), 10);
    assert!(older.contains("← Newest") && !older.contains("Older →"));
}

// Each test above, against SQLite and against PostgreSQL.
support::on_each_backend!(
    machine_crud_normalises_and_validates,
    profiles_validate_and_conflict,
    bulk_actions_and_csv_round_trip,
    leases_and_events_endpoints_answer,
    everything_but_boot_needs_auth_and_read_tokens_cannot_write,
    sessions_need_csrf_on_forms_and_logout_ends_them,
    session_cookie_flags,
    login_is_rate_limited,
    cli_adds_users_and_tokens,
    ten_thousand_machines_paginate,
    users_are_managed_by_admins_and_change_their_own_password,
    audit_trail_records_who_changed_what,
    ignored_machines_are_kept_hidden_and_still_wait,
    discovered_and_events_pages_search_and_page,
);
