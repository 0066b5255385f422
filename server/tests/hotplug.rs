//! Interfaces that come and go while the server runs: a link that appears is served as soon as
//! it matches `dhcp.interfaces`, an address added to it picks its pool and its boot URLs, a
//! link that goes away and comes back (with a new index) is served again, and a link that does
//! not match stays unserved. No restart anywhere. Needs root, as CI has.

mod support;

use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::time::{Duration, Instant};

use support::dhcp::{address_in, boot_url, solicit, try_exchange, ALL_SERVERS};
use support::http::BOOTSTRAP_TOKEN;
use support::{poll_until, Link, Server};

const NO_POOL: &str = "bootforge_dhcp_dropped_total{reason=\"no_pool\"}";
const RECEIVED: &str = "bootforge_dhcp_packets_received_total";

/// A client socket on port 546 in the client namespace with a short read timeout.
fn client(link: &Link) -> UdpSocket {
    let sock = support::client_socket(link, 546);
    sock.set_read_timeout(Some(Duration::from_millis(700)))
        .unwrap();
    sock
}

/// Solicit on `dev` (client side) until `ok` holds for an answer, for up to 10 s.
fn solicit_until(
    link: &Link,
    sock: &UdpSocket,
    dev: &str,
    duid_tail: u8,
    ok: impl Fn(&dhcproto::v6::Message) -> bool,
) -> Option<dhcproto::v6::Message> {
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex_of(dev));
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut xid = 0u8;
    while Instant::now() < deadline {
        xid = xid.wrapping_add(1);
        let msg = solicit([0x70, duid_tail, xid], duid_tail, 1, false, Some(7));
        if let Some(m) = try_exchange(sock, to, &msg) {
            if ok(&m) {
                return Some(m);
            }
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    None
}

/// The interface names the server's interface watch lists in `/api/v1/network`, each with
/// whether it matches `dhcp.interfaces`.
fn interfaces_seen(server: &Server) -> Vec<(String, bool)> {
    let r = server.admin("GET", "/api/v1/network", None);
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["interfaces"]
        .as_array()
        .expect("interfaces")
        .iter()
        .map(|i| {
            let name = i["name"].as_str().unwrap_or_default().to_string();
            (name, i["dhcp_served"] == true)
        })
        .collect()
}

fn seen(server: &Server, name: &str) -> Option<bool> {
    interfaces_seen(server)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, served)| served)
}

#[test]
fn interfaces_added_changed_and_removed_while_running() {
    let link = Link::new(0x311);
    let config_dir = tempfile::tempdir().unwrap();
    let config = config_dir.path().join("bootforge.toml");
    // Two pools, neither bound by name: an interface's global address picks its pool.
    std::fs::write(
        &config,
        "[dhcp]\ninterfaces = \"bfs0, bfv*\"\n\n\
         [[dhcp.pools]]\nname = \"lan\"\nprefix = \"2001:db8:311::/64\"\n\
         range_start = \"2001:db8:311::100\"\nrange_end = \"2001:db8:311::1ff\"\n\n\
         [[dhcp.pools]]\nname = \"vlan\"\nprefix = \"2001:db8:312::/64\"\n\
         range_start = \"2001:db8:312::100\"\nrange_end = \"2001:db8:312::1ff\"\n",
    )
    .unwrap();
    // No server_address: boot URLs must name an address on the client's own link.
    let server = Server::start_with(
        &link,
        &["--config", config.to_str().unwrap()],
        &[("BOOTFORGE_BOOTSTRAP_TOKEN", BOOTSTRAP_TOKEN)],
    );
    let sock = client(&link);

    // The first link works as configured, and its boot URL names bfs0's address.
    let first = solicit_until(&link, &sock, link.client_if, 0x11, |m| {
        address_in(m).is_some()
    })
    .expect("bfs0 is served");
    let url = boot_url(&first).expect("a boot URL for an x64 UEFI client");
    assert_eq!(url, "tftp://[2001:db8:311::1]/ipxe.efi");

    // A new link appears, matching `bfv*`, with only a link-local address: served (the
    // server hears its multicast), but no pool fits it yet, so it stays quiet there.
    // Solicit until the server shows it received one there and dropped it for want of a
    // pool (so it does serve bfv1), and no Solicit got an answer.
    link.add_pair("bfv1", "bfw1");
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex_of("bfw1"));
    let no_pool_before = server.metric(NO_POOL);
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut xid = 0u8;
    while server.metric(NO_POOL) == no_pool_before {
        assert!(
            Instant::now() < deadline,
            "no Solicit on bfv1 was received and dropped as no_pool in 10 s"
        );
        xid += 1;
        let quiet = try_exchange(
            &sock,
            to,
            &solicit([0x70, 0x22, xid], 0x22, 1, false, Some(7)),
        );
        assert!(
            quiet.is_none(),
            "no pool fits a link-local-only link: {quiet:?}"
        );
    }

    // An address in the second pool's prefix arrives: noticed, the pool follows, and so does
    // the boot URL.
    link.add_server_address("bfv1", "2001:db8:312::1/64");
    let answer = solicit_until(&link, &sock, "bfw1", 0x22, |m| address_in(m).is_some())
        .expect("an address once bfv1 has a global address");
    let address = address_in(&answer).unwrap();
    assert!(
        (u128::from("2001:db8:312::100".parse::<Ipv6Addr>().unwrap())
            ..=u128::from("2001:db8:312::1ff".parse::<Ipv6Addr>().unwrap()))
            .contains(&u128::from(address)),
        "{address} is from the vlan pool"
    );
    assert_eq!(
        boot_url(&answer).as_deref(),
        Some("tftp://[2001:db8:312::1]/ipxe.efi"),
        "the boot URL names the server's address on the client's own link"
    );

    // The link goes away and comes back under the same name with a new index: served again.
    link.remove_pair("bfv1");
    let gone = poll_until(
        Duration::from_secs(10),
        || seen(&server, "bfv1"),
        |s| s.is_none(),
    );
    assert_eq!(gone, None, "the server saw bfv1 go");
    link.add_pair("bfv1", "bfw1");
    link.add_server_address("bfv1", "2001:db8:312::1/64");
    assert!(
        solicit_until(&link, &sock, "bfw1", 0x33, |m| address_in(m).is_some()).is_some(),
        "the re-created link is answered"
    );

    // A link that matches no pattern is not served: once the server has seen it (and
    // judged it unserved), a Solicit there is not even received, while one on bfs0 right
    // after it is: the received counter moves by exactly one.
    link.add_pair("xx0", "xy0");
    let xx0 = poll_until(
        Duration::from_secs(10),
        || seen(&server, "xx0"),
        |s| s.is_some(),
    );
    assert_eq!(xx0, Some(false), "xx0 seen, and not to be served");
    let received_before = server.metric(RECEIVED);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex_of("xy0"));
    assert!(
        try_exchange(
            &sock,
            to,
            &solicit([0x70, 0x44, 1], 0x44, 1, false, Some(7))
        )
        .is_none(),
        "xx0 matches neither bfs0 nor bfv*"
    );
    let to_bfs0 = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let answer = try_exchange(
        &sock,
        to_bfs0,
        &solicit([0x70, 0x45, 1], 0x45, 1, false, Some(7)),
    );
    assert!(
        answer.is_some_and(|m| address_in(&m).is_some()),
        "bfs0 still answers"
    );
    let received = server.wait_metric(RECEIVED, Duration::from_secs(5), |v| v > received_before);
    assert_eq!(
        received - received_before,
        1.0,
        "only the Solicit on bfs0 reached the server, not the one on xx0"
    );
}
