//! Interfaces that come and go while the server runs: a link that appears is served as soon as
//! it matches `dhcp.interfaces`, an address added to it picks its pool and its boot URLs, a
//! link that goes away and comes back (with a new index) is served again, and a link that does
//! not match stays unserved. No restart anywhere. Needs root, as CI has.

mod support;

use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::time::{Duration, Instant};

use support::dhcp::{address_in, boot_url, solicit, try_exchange, ALL_SERVERS};
use support::{Link, Server};

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

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
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
    let server = Server::start_with(&link, &["--config", config.to_str().unwrap()], &[]);
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
    link.add_pair("bfv1", "bfw1");
    server.wait_for_log(
        "DHCPv6 serving interface interface=bfv1",
        Duration::from_secs(10),
    );
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex_of("bfw1"));
    let quiet = try_exchange(
        &sock,
        to,
        &solicit([0x70, 0x22, 0], 0x22, 1, false, Some(7)),
    );
    assert!(
        quiet.is_none(),
        "no pool fits a link-local-only link: {quiet:?}"
    );
    server.wait_for_log(
        "DHCPv6 message dropped reason=no_pool",
        Duration::from_secs(5),
    );

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
    server.wait_for_log(
        "DHCPv6 no longer serving interface=bfv1",
        Duration::from_secs(10),
    );
    link.add_pair("bfv1", "bfw1");
    let deadline = Instant::now() + Duration::from_secs(10);
    while count(
        &server.log_text(),
        "DHCPv6 serving interface interface=bfv1",
    ) < 2
    {
        assert!(
            Instant::now() < deadline,
            "bfv1 never served again:\n{}",
            server.log_text()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    link.add_server_address("bfv1", "2001:db8:312::1/64");
    assert!(
        solicit_until(&link, &sock, "bfw1", 0x33, |m| address_in(m).is_some()).is_some(),
        "the re-created link is answered"
    );

    // A link that matches no pattern is not served.
    link.add_pair("xx0", "xy0");
    std::thread::sleep(Duration::from_millis(500));
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
    assert!(!server
        .log_text()
        .contains("DHCPv6 serving interface interface=xx0"));
}
