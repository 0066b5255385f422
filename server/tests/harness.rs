//! The test harness itself (tests/support): servers on port 0 report where they listen, a
//! restart keeps the data, and the PostgreSQL cluster gives each test its own database.

mod support;

use std::time::Duration;

use serde_json::json;
use support::http::api_server;
use support::postgres::Database;

#[test]
fn port_zero_servers_report_distinct_ports_and_keep_data_across_restarts() {
    let both = || api_server().env("BOOTFORGE_TFTP__ENABLED", "true").start();
    let (a, b) = (both(), both());
    let (ra, rb) = (a.ready().clone(), b.ready().clone());
    for r in [&ra, &rb] {
        for addr in [r.http, r.https, r.tftp] {
            let addr = addr.unwrap_or_else(|| panic!("every listener reported: {r:?}"));
            assert_ne!(addr.port(), 0, "{r:?}");
        }
        assert_eq!(r.dhcpv6, None, "DHCPv6 is off on loopback servers: {r:?}");
    }
    assert_ne!(ra.http, rb.http);
    assert_eq!(ra.pid, a.pid(), "the report is the server's own");
    for s in [&a, &b] {
        assert_eq!(s.request("GET", "/healthz", &[], b"").status, 200);
    }
    let r = a.admin(
        "POST",
        "/api/v1/profiles",
        Some(json!({"name": "kept", "kernel": "vmlinuz", "initrd": "initrd.img"})),
    );
    assert_eq!(r.status, 201, "{}", r.text());
    // Boot URLs name the port actually bound, not 0.
    let script = a.request("GET", "/boot/52:54:00:00:00:01.ipxe", &[], b"");
    let port = ra.http.unwrap().port();
    assert!(
        script.text().contains(&format!(":{port}/")),
        "boot URLs name port {port}:\n{}",
        script.text()
    );

    let mut a = a.relaunch();
    assert_eq!(a.admin("GET", "/api/v1/profiles/kept", None).status, 200);
    assert_eq!(a.stop().map(|s| s.success()), Some(true), "SIGTERM: exit 0");
    assert!(b.metrics().contains("bootforge_"), "/metrics reader");
}

#[test]
fn postgres_databases_are_separate_and_dropped() {
    let one = Database::create();
    let two = Database::create();
    one.sql("CREATE TABLE marker (v integer); INSERT INTO marker VALUES (7)");
    assert_eq!(one.sql("SELECT v FROM marker"), "7");
    assert_eq!(
        two.sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'"),
        "0"
    );
    let name = one.sql("SELECT current_database()");
    drop(one);
    let left = support::poll_until(
        Duration::from_secs(5),
        || {
            two.sql(&format!(
                "SELECT count(*) FROM pg_database WHERE datname = '{name}'"
            ))
        },
        |n| n == "0",
    );
    assert_eq!(left, "0", "{name} dropped with its Database");
}
