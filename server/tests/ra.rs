//! Router Advertisements on a real link: bootforge's built-in router (`ra.enabled`) as the
//! client side's kernel and `bootforge check` see it, and the RA monitor's verdict in the API,
//! the dashboard and `/metrics`, with radvd as the router. Needs root (network namespaces,
//! raw sockets), as CI has.

mod support;

use std::net::Ipv6Addr;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::{
    bootforge_check, in_ns, line_for, output_text, poll_until, sample, Link, Radvd, Server,
};

const TOKEN: &str = "ra-test-bootstrap-token-0123456789abcdef";

/// The server side's link-local address (the source its RAs must have).
fn server_link_local(link: &Link) -> Ipv6Addr {
    let out = in_ns(
        &link.server_ns,
        &[
            "ip",
            "-6",
            "-o",
            "addr",
            "show",
            "dev",
            link.server_if,
            "scope",
            "link",
        ],
    );
    let t = String::from_utf8_lossy(&out.stdout);
    let word = t
        .split_whitespace()
        .find(|w| w.starts_with("fe80"))
        .expect("server link-local");
    word.split('/').next().unwrap().parse().unwrap()
}

/// `GET path` on the server's HTTP port from inside its namespace, with the bootstrap token.
fn get(link: &Link, path: &str) -> String {
    let url = format!("http://[::1]:8080{path}");
    let auth = format!("Authorization: Bearer {TOKEN}");
    let out = in_ns(
        &link.server_ns,
        &["curl", "-sf", "-m", "5", "-H", &auth, &url],
    );
    assert!(out.status.success(), "GET {path}: {}", output_text(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn network(link: &Link) -> Value {
    serde_json::from_str(&get(link, "/api/v1/network")).expect("JSON from /api/v1/network")
}

fn interface<'v>(view: &'v Value, name: &str) -> &'v Value {
    view["interfaces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no interface {name} in {view:#}"))
}

/// Polls `/api/v1/network` until `name`'s verdict is `level`; the last view either way.
fn network_when(link: &Link, name: &str, level: &str, timeout: Duration) -> Value {
    poll_until(
        timeout,
        || network(link),
        |view| interface(view, name)["ra"]["verdict"]["level"] == level,
    )
}

/// The value of the sample whose line starts with `series` (name and labels).
/// bootforge with the built-in router on, advertising the link's prefix with M=1 O=1.
fn start_router(link: &Link, interval: &str, router_lifetime: &str) -> Server {
    let server = Server::start(
        link,
        &["--pool", &link.prefix],
        &[
            ("BOOTFORGE_BOOTSTRAP_TOKEN", TOKEN),
            ("BOOTFORGE_RA__ENABLED", "true"),
            ("BOOTFORGE_RA__INTERVAL_SECS", interval),
            ("BOOTFORGE_RA__ROUTER_LIFETIME", router_lifetime),
        ],
    );
    // The first of the initial RAs leaves at once.
    let sent = poll_until(
        Duration::from_secs(10),
        || sample(&get(link, "/metrics"), "bootforge_ra_sent_total"),
        |n| *n >= 1.0,
    );
    assert!(sent >= 1.0, "no Router Advertisement sent in 10 s");
    server
}

/// `bootforge check` on the CLIENT side of the link: a host looking for a router.
fn client_check(link: &Link, ra_wait: u64) -> String {
    bootforge_check(link, &link.client_ns, link.client_if, ra_wait).1
}

fn client_routes(link: &Link) -> String {
    let out = Command::new("ip")
        .args([
            "-n",
            &link.client_ns,
            "-6",
            "route",
            "show",
            "dev",
            link.client_if,
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Polls the client's routing table until `ready` holds; the table either way.
fn client_routes_when(link: &Link, ready: impl Fn(&str) -> bool) -> String {
    poll_until(
        Duration::from_secs(15),
        || client_routes(link),
        |r| ready(r),
    )
}

fn sysctl(ns: &str, key: &str) -> String {
    let out = in_ns(ns, &["sysctl", "-n", key]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn built_in_router_is_heard_by_check_and_by_the_kernel() {
    let link = Link::new(0x601);
    // A fresh namespace is a host that takes RAs: the kernel half of this test relies on it.
    let accept_ra = format!("net.ipv6.conf.{}.accept_ra", link.client_if);
    assert_eq!(sysctl(&link.client_ns, &accept_ra), "1");
    assert_eq!(sysctl(&link.client_ns, "net.ipv6.conf.all.forwarding"), "0");
    let mut server = start_router(&link, "600", "1800");
    let router = server_link_local(&link);

    let report = client_check(&link, 3);
    let ra = line_for(&report, "router advertisement bfc0");
    assert!(ra.starts_with("OK"), "{report}");
    assert!(
        ra.contains(&format!("{router} with M=1 O=1")),
        "from the server's link-local, M and O set:\n{report}"
    );

    // The kernel took the prefix as on-link (L=1) and the server as its default router. The
    // client has no address in the prefix (A=0), so an expiring route to it can only come
    // from the Prefix Information option (Linux marks those `proto kernel`, not `proto ra`).
    let prefix_route = format!("{} proto kernel metric 256 expires", link.prefix);
    let default_route = format!("default via {router} proto ra");
    let routes = client_routes_when(&link, |r| {
        r.contains(&prefix_route) && r.contains(&default_route)
    });
    assert!(routes.contains(&prefix_route), "{routes}");
    assert!(routes.contains(&default_route), "{routes}");

    // Our own RA counts for the monitor: the served interface is OK, and advertised by us.
    let view = network_when(&link, "bfs0", "ok", Duration::from_secs(10));
    let bfs0 = interface(&view, "bfs0");
    assert_eq!(bfs0["ra"]["verdict"]["level"], "ok", "{view:#}");
    assert_eq!(bfs0["dhcp_served"], true);
    assert_eq!(bfs0["ra_advertised"], true, "{view:#}");
    assert_eq!(bfs0["advertising"]["managed"], true);
    assert_eq!(bfs0["advertising"]["prefixes"][0], link.prefix.as_str());
    assert_eq!(bfs0["advertising"]["source"], router.to_string());
    assert_eq!(view["ra_enabled"], true);
    let metrics = get(&link, "/metrics");
    assert!(
        sample(&metrics, "bootforge_ra_sent_total") >= 1.0,
        "{metrics}"
    );
    assert_eq!(
        sample(&metrics, "bootforge_ra_managed_seen{interface=\"bfs0\"}"),
        1.0
    );

    // Stopping, the server says it is no longer a default router (RFC 4861 6.2.5).
    let status = Command::new("kill")
        .args(["-TERM", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(server.wait_exit(Duration::from_secs(10)).is_some());
    let routes = client_routes_when(&link, |r| !r.contains("default via"));
    assert!(
        !routes.contains("default via"),
        "the final RA (router lifetime 0) removes the default route (learnt with a 1800 s \
         lifetime, so nothing else removes it):\n{routes}"
    );
}

#[test]
fn router_solicitation_is_answered_at_once() {
    let link = Link::new(0x602);
    // With 600 s between periodic RAs, only an answer to the solicitation can arrive in time.
    let server = start_router(&link, "600", "0");
    // Let the three initial RAs (0, 2, 4 s) go out first.
    let deadline = Instant::now() + Duration::from_secs(15);
    let metrics = loop {
        let m = get(&link, "/metrics");
        if sample(&m, "bootforge_ra_sent_total") >= 3.0 || Instant::now() > deadline {
            break m;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    assert!(
        sample(&metrics, "bootforge_ra_sent_total") >= 3.0,
        "{metrics}"
    );
    // One snapshot of both counters: the initial RAs are done, the next periodic one is
    // 600 s away.
    let before = get(&link, "/metrics");
    let periodic = sample(&before, "bootforge_ra_sent_total");
    let solicitations = sample(&before, "bootforge_router_solicitations_total");

    let started = Instant::now();
    let report = client_check(&link, 2);
    let ra = line_for(&report, "router advertisement bfc0");
    assert!(
        ra.starts_with("OK"),
        "answered within the 2 s wait:\n{report}"
    );
    assert!(ra.contains("M=1 O=1"), "{report}");
    assert!(started.elapsed() < Duration::from_secs(10));

    let metrics = get(&link, "/metrics");
    let answered = sample(&metrics, "bootforge_router_solicitations_total") - solicitations;
    let sent = sample(&metrics, "bootforge_ra_sent_total") - periodic;
    assert!(answered >= 1.0, "the solicitation was received:\n{metrics}");
    // Solicited RAs may be merged (MIN_DELAY_BETWEEN_RAS), never outnumber the RSs: an RA
    // beyond them would be an unsolicited one the 600 s interval rules out.
    assert!(
        (1.0..=answered).contains(&sent),
        "{sent} RAs sent for {answered} solicitations:\n{metrics}"
    );
    drop(server);
}

fn start_plain(link: &Link) -> Server {
    Server::start(
        link,
        &["--pool", &link.prefix],
        &[("BOOTFORGE_BOOTSTRAP_TOKEN", TOKEN)],
    )
}

#[test]
fn monitor_reports_a_routers_managed_flag() {
    let link = Link::new(0x603);
    let _radvd = Radvd::start(&link, true);
    let _server = start_plain(&link);
    let radvd_source = link.client_link_local();

    let view = network_when(&link, "bfs0", "ok", Duration::from_secs(15));
    let bfs0 = interface(&view, "bfs0");
    assert_eq!(bfs0["ra"]["verdict"]["level"], "ok", "{view:#}");
    assert_eq!(view["ra_enabled"], false);
    assert_eq!(bfs0["ra_advertised"], false);
    let routers = bfs0["ra"]["routers"].as_array().unwrap();
    let radvd = routers
        .iter()
        .find(|r| r["source"] == radvd_source.to_string())
        .unwrap_or_else(|| panic!("radvd ({radvd_source}) not among {view:#}"));
    assert_eq!(radvd["managed"], true);
    assert_eq!(radvd["other_config"], true);
    assert_eq!(radvd["own"], false);
    assert_eq!(radvd["prefixes"][0], link.prefix.as_str());
    assert!(bfs0["ra"]["verdict"]["message"]
        .as_str()
        .unwrap()
        .contains(&format!("{radvd_source} with M=1 O=1")));

    let metrics = get(&link, "/metrics");
    assert_eq!(
        sample(&metrics, "bootforge_ra_managed_seen{interface=\"bfs0\"}"),
        1.0
    );
    assert!(sample(&metrics, "bootforge_ra_received_total") >= 1.0);
    // The dashboard shows it, and the machines page has no warning to show.
    let page = get(&link, "/network");
    assert!(page.contains(&radvd_source.to_string()), "{page}");
    assert!(page.contains("M=1 O=1"), "{page}");
    assert!(!get(&link, "/network/banner").contains("ra-banner"));
}

#[test]
fn monitor_fails_a_link_without_router_advertisements() {
    let link = Link::new(0x604);
    let _server = start_plain(&link);
    // Nothing is heard at first, but that is not yet a verdict.
    let first = network(&link);
    assert_eq!(
        interface(&first, "bfs0")["ra"]["verdict"]["level"],
        "pending",
        "{first:#}"
    );
    let view = network_when(&link, "bfs0", "fail", Duration::from_secs(20));
    let verdict = &interface(&view, "bfs0")["ra"]["verdict"];
    assert_eq!(verdict["level"], "fail", "{view:#}");
    assert!(
        verdict["message"]
            .as_str()
            .unwrap()
            .contains("NO RA with M/O flag"),
        "{view:#}"
    );
    let banner = get(&link, "/network/banner");
    assert!(
        banner.contains("ra-banner") && banner.contains("bfs0"),
        "{banner}"
    );
    let metrics = get(&link, "/metrics");
    assert_eq!(
        sample(&metrics, "bootforge_ra_managed_seen{interface=\"bfs0\"}"),
        0.0
    );
}
