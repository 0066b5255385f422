//! The rendered-script cache never serves a stale script: with the cache warm (the same
//! script fetched again, and `/metrics` showing hits), every kind of change is in the very
//! next fetch — an API edit, a template file edited on disk, rows changed behind the
//! server's back with the `sqlite3` shell (machine and profile), a reinstall (kept for the
//! machine while strangers fetch, used up by the machine's own fetch, and not served again
//! after). One network namespace (`bfbs-…`), the real binary, real curl and sqlite3.
//! Repeated fetches of a script are summarised, every fetch still counted in the timeline
//! (`bfbt5-…`).

mod support;

use std::path::Path;
use std::process::Command;

use support::{run, Backend, Server, ServerBuilder};

const MAC: &str = "52:54:00:aa:bb:01";
/// The machine's own address: its DHCPv6 lease (written into the leases table below).
const MACHINE_ADDR: &str = "2001:db8:901:0:5054:ff:feaa:bb01";
const STRANGER_ADDR: &str = "2001:db8:901::99";
const SERVER_ADDR: &str = "2001:db8:901::1";
const TOKEN: &str = "script-cache-token-0123456789abcdef01";

struct Netns(String);

impl Netns {
    fn new() -> Netns {
        Netns::named("bfbs-cache")
    }

    /// `prefix-PID`: each test of this file its own (they run in parallel).
    fn named(prefix: &str) -> Netns {
        let name = format!("{prefix}-{}", std::process::id());
        run(&["ip", "netns", "add", &name]);
        let ns = Netns(name);
        run(&["ip", "-n", &ns.0, "link", "set", "lo", "up"]);
        for a in [SERVER_ADDR, MACHINE_ADDR, STRANGER_ADDR] {
            run(&[
                "ip",
                "-n",
                &ns.0,
                "addr",
                "add",
                &format!("{a}/128"),
                "dev",
                "lo",
            ]);
        }
        ns
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

/// The server in the test's namespace: HTTP on every address (the machine and the
/// stranger fetch from their own), DHCPv6 and TFTP off, SQLite (rows are edited behind its
/// back with sqlite3).
fn start_server(ns: &Netns) -> Server {
    ServerBuilder::new()
        .netns(&ns.0)
        .backend(Backend::Sqlite)
        .args(&["--http-listen", "[::]:8080", "--https-listen", "[::1]:8443"])
        .args(&["--server-address", SERVER_ADDR])
        .envs(&[
            ("BOOTFORGE_DHCP__ENABLED", "false"),
            ("BOOTFORGE_TFTP__ENABLED", "false"),
            ("BOOTFORGE_BOOTSTRAP_TOKEN", TOKEN),
        ])
        .prepare(|dir| std::fs::create_dir_all(dir.join("tftp")).unwrap())
        .start()
}

/// `curl` in the namespace from `from`: (status, body).
fn curl(ns: &Netns, from: &str, extra: &[&str], url: &str) -> (u16, String) {
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.0, "curl", "-sg", "-m", "10"])
        .args(["--interface", from, "-w", "\n%{http_code}"])
        .args(extra)
        .arg(url)
        .output()
        .expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let (body, code) = text.rsplit_once('\n').unwrap_or((&text, "0"));
    (code.trim().parse().unwrap_or(0), body.to_string())
}

fn api(ns: &Netns, method: &str, path: &str, body: &str) -> (u16, String) {
    curl(
        ns,
        "::1",
        &[
            "-X",
            method,
            "-H",
            &format!("Authorization: Bearer {TOKEN}"),
            "-H",
            "content-type: application/json",
            "-d",
            body,
        ],
        &format!("http://[::1]:8080{path}"),
    )
}

fn hits(ns: &Netns) -> u64 {
    let (_, text) = curl(ns, "::1", &[], "http://[::1]:8080/metrics");
    text.lines()
        .find_map(|l| l.strip_prefix("bootforge_http_script_cache_hits_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no cache hits counter in {text}"))
}

/// The script fetched from `from`, twice; the second must be a cache hit when `cached`.
fn script_twice(ns: &Netns, from: &str, cached: bool) -> String {
    let url = format!("http://[{SERVER_ADDR}]:8080/boot/{MAC}.ipxe");
    let (status, first) = curl(ns, from, &[], &url);
    assert_eq!(status, 200, "{first}");
    let before = hits(ns);
    let (_, second) = curl(ns, from, &[], &url);
    assert_eq!(first, second);
    let after = hits(ns);
    if cached {
        assert_eq!(after, before + 1, "the second fetch came from the cache");
    } else {
        assert_eq!(after, before, "this script must not be cached");
    }
    second
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn every_change_is_in_the_next_fetch_of_a_cached_script() {
    let ns = Netns::new();
    let server = start_server(&ns);

    let (status, text) = api(
        &ns,
        "POST",
        "/api/v1/profiles",
        r#"{"name":"deb","kernel":"debian/linux","cmdline":"console=ttyS0 host={{ machine.hostname }}"}"#,
    );
    assert_eq!(status, 201, "{text}");
    let body = format!(r#"{{"mac":"{MAC}","hostname":"node1","profile":"deb"}}"#);
    let (status, text) = api(&ns, "POST", "/api/v1/machines", &body);
    assert_eq!(status, 201, "{text}");
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert!(script.contains("host=node1"), "{script}");

    // An operator's edit through the API.
    let body = format!(r#"{{"mac":"{MAC}","hostname":"node2","profile":"deb"}}"#);
    let (status, text) = api(&ns, "PUT", &format!("/api/v1/machines/{MAC}"), &body);
    assert_eq!(status, 200, "{text}");
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert!(script.contains("host=node2"), "{script}");

    // Rows changed behind the server's back: the machine, then its profile.
    server.sql(&format!(
        "UPDATE machines SET hostname = 'node3' WHERE mac = '{MAC}'"
    ));
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert!(script.contains("host=node3"), "{script}");
    server.sql("UPDATE profiles SET cmdline = 'quiet h={{ machine.hostname }}' WHERE name = 'deb'");
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert!(script.contains("quiet h=node3"), "{script}");

    // A template dropped into the scripts dir overrides the built-in, then is edited.
    let template = server.data_dir().join("boot-scripts/install.ipxe");
    write(
        &template,
        "#!ipxe\necho first {{ machine.hostname }}\nboot\n",
    );
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert_eq!(script, "#!ipxe\necho first node3\nboot\n");
    write(
        &template,
        "#!ipxe\necho again {{ machine.hostname }}\nboot\n",
    );
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert_eq!(script, "#!ipxe\necho again node3\nboot\n");
    std::fs::remove_file(&template).unwrap();
    let script = script_twice(&ns, STRANGER_ADDR, true);
    assert!(script.contains("kernel "), "the built-in again: {script}");

    // A reinstall: strangers get the disk and leave it pending (never from the cache, or
    // the machine's own fetch would be answered with the disk too) ...
    let (status, text) = api(
        &ns,
        "PATCH",
        &format!("/api/v1/machines/{MAC}"),
        r#"{"state":"reinstall"}"#,
    );
    assert_eq!(status, 200, "{text}");
    let script = script_twice(&ns, STRANGER_ADDR, false);
    assert!(script.trim_end().ends_with("exit"), "{script}");
    let state = format!("SELECT state FROM machines WHERE mac = '{MAC}'");
    assert_eq!(server.sql(&state), "reinstall");
    // ... the machine's own fetch (from its leased address) installs and uses it up; from
    // then on: the disk.
    server.sql(&format!(
        "INSERT INTO leases (address, duid, iaid, mac, pool, state, expires_at, updated_at) \
         VALUES ('{MACHINE_ADDR}', x'0003000152540000aabb01', 1, '{MAC}', 'default', 'active', \
         strftime('%s','now') + 3600, 0)"
    ));
    let url = format!("http://[{SERVER_ADDR}]:8080/boot/{MAC}.ipxe");
    let (status, script) = curl(&ns, MACHINE_ADDR, &[], &url);
    assert_eq!(status, 200);
    assert!(script.contains("kernel "), "the machine installs: {script}");
    assert_eq!(server.sql(&state), "local");
    let script = script_twice(&ns, MACHINE_ADDR, true);
    assert!(script.trim_end().ends_with("exit"), "{script}");

    // Deleted behind the server's back: an unknown MAC again (discovery, never cached).
    server.sql(&format!("DELETE FROM machines WHERE mac = '{MAC}'"));
    let before = hits(&ns);
    let (status, script) = curl(&ns, STRANGER_ADDR, &[], &url);
    assert_eq!(status, 200);
    assert!(script.contains("chain --replace"), "{script}");
    assert_eq!(hits(&ns), before);
}

/// A client fetching one script in a loop: the first fetch is its own event at once, the
/// rest are summarised (an event carrying `repeats`: that many fetches), and every fetch is
/// counted: the events, a summary counting its `repeats`, add up to the fetches made. A different client's fetch is
/// its own event again.
#[test]
fn repeated_fetches_are_summarised_and_every_one_counted() {
    let ns = Netns::named("bfbt5-repeats");
    let _server = start_server(&ns);
    let (status, body) = api(
        &ns,
        "POST",
        "/api/v1/machines",
        &format!(r#"{{"mac":"{MAC}"}}"#),
    );
    assert_eq!(status, 201, "{body}");
    let url = format!("http://[{SERVER_ADDR}]:8080/boot/{MAC}.ipxe");
    const FETCHES: usize = 40;
    // One curl, one connection, FETCHES requests: well within a second or two.
    let out = Command::new("ip")
        .args(["netns", "exec", &ns.0, "curl", "-sg", "-m", "20"])
        .args([
            "--interface",
            STRANGER_ADDR,
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}\n",
        ])
        .args(std::iter::repeat_n(url.as_str(), FETCHES))
        .output()
        .expect("curl");
    let codes = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(
        codes.lines().filter(|c| *c == "200").count(),
        FETCHES,
        "{codes}"
    );
    let script_events = || {
        let (status, text) = api(
            &ns,
            "GET",
            &format!("/api/v1/events?mac={MAC}&limit=1000"),
            "",
        );
        assert_eq!(status, 200, "{text}");
        let events: Vec<serde_json::Value> = serde_json::from_str(&text).expect("events JSON");
        events
            .into_iter()
            .filter(|e| e["stage"] == "script")
            .collect::<Vec<_>>()
    };
    let counted = |events: &Vec<serde_json::Value>| -> u64 {
        events
            .iter()
            .map(|e| e["detail"]["repeats"].as_u64().unwrap_or(1))
            .sum()
    };
    // Summaries are recorded when their second is over.
    let events = support::poll_until(
        std::time::Duration::from_secs(10),
        script_events,
        |events| counted(events) >= FETCHES as u64,
    );
    assert_eq!(
        counted(&events),
        FETCHES as u64,
        "every fetch counted once: {events:?}"
    );
    assert!(
        events.len() < FETCHES / 4,
        "summarised, not one row per fetch: {events:?}"
    );
    // Newest first: the oldest is the first fetch, recorded as itself.
    let first = events.last().unwrap();
    assert!(first["detail"].get("repeats").is_none(), "{first}");
    assert_eq!(first["address"], STRANGER_ADDR);
    assert!(events
        .iter()
        .any(|e| e["detail"]["repeats"].as_u64() > Some(0)));
    assert!(events.iter().all(|e| e["address"] == STRANGER_ADDR));
    // Another client's fetch is recorded as itself, at once.
    let (status, _) = curl(&ns, MACHINE_ADDR, &[], &url);
    assert_eq!(status, 200);
    let events = support::poll_until(std::time::Duration::from_secs(5), script_events, |events| {
        events.iter().any(|e| e["address"] == MACHINE_ADDR)
    });
    let mine = events
        .iter()
        .find(|e| e["address"] == MACHINE_ADDR)
        .unwrap();
    assert!(mine["detail"].get("repeats").is_none(), "{mine}");
}
