//! RFC 8415 conformance against the real server binary in a network namespace: every message
//! shape §16 (and the unicast rule, and the relay rules) says to discard gets silence and a
//! drop counted by its reason in `/metrics`, and valid exchanges right after still work.
//! Also: stateless service without pools, pools chosen by relay Interface-ID and relay
//! address, pools sharing a link, and NoBinding per IA on Release/Decline.

mod support;

use std::collections::BTreeMap;
use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::time::Duration;

use dhcproto::v6::{DhcpOption, Message, MessageType, OptionCode, Status, ORO};
use dhcproto::{Decodable, Decoder, Encodable};
use support::dhcp::{address_in, exchange, ia, server_id_of, ALL_SERVERS};
use support::{client_socket, in_ns, poll_until, sample, Link, Server};

const CLIENT_DUID: [u8; 10] = [0, 3, 0, 1, 2, 0, 0, 0, 0x40, 1];
const OTHER_SERVER: [u8; 18] = [0, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

fn metrics(link: &Link) -> String {
    let out = in_ns(
        &link.server_ns,
        &["curl", "-sf", "-m", "5", "http://[::1]:8080/metrics"],
    );
    assert!(out.status.success(), "GET /metrics failed: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn dropped(text: &str, reason: &str) -> f64 {
    sample(
        text,
        &format!("bootforge_dhcp_dropped_total{{reason=\"{reason}\"}}"),
    )
}

/// Gives the client side `<prefix>::2/64`, so it can unicast to the server's global address.
fn client_on_prefix(link: &Link) -> Ipv6Addr {
    let addr: Ipv6Addr = link
        .server_addr
        .to_string()
        .replace("::1", "::2")
        .parse()
        .unwrap();
    let out = std::process::Command::new("ip")
        .args(["-n", &link.client_ns, "addr", "add", &format!("{addr}/64")])
        .args(["dev", link.client_if, "nodad"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    addr
}

/// A client message of `kind` with xid `xid`, our client id unless `client_id` says
/// otherwise (`Some(vec![])`: an empty one), and the given extra options.
fn message(
    kind: MessageType,
    xid: u8,
    client_id: Option<&[u8]>,
    extra: Vec<DhcpOption>,
) -> Message {
    let mut m = Message::new_with_id(kind, [0x40, 0, xid]);
    if let Some(c) = client_id {
        m.opts_mut().insert(DhcpOption::ClientId(c.to_vec()));
    }
    for o in extra {
        m.opts_mut().insert(o);
    }
    m
}

fn top_status(m: &Message) -> Option<Status> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::StatusCode(s) => Some(s.status),
        _ => None,
    })
}

/// (IAID, status inside the IA) of each IA_NA.
fn ia_statuses(m: &Message) -> Vec<(u32, Option<Status>)> {
    m.opts()
        .iter()
        .filter_map(|o| match o {
            DhcpOption::IANA(ia) => Some((
                ia.id,
                ia.opts.iter().find_map(|x| match x {
                    DhcpOption::StatusCode(s) => Some(s.status),
                    _ => None,
                }),
            )),
            _ => None,
        })
        .collect()
}

/// A Relay-Forward from link-address `link` around `inner`, with these relay-level options
/// (code, data) before the Relay Message.
fn relay_forward(inner: &[u8], link: Ipv6Addr, options: &[(u16, &[u8])]) -> Vec<u8> {
    let mut b = vec![12u8, 0];
    b.extend_from_slice(&link.octets());
    b.extend_from_slice(&"fe80::40:1".parse::<Ipv6Addr>().unwrap().octets());
    let mut opt = |code: u16, data: &[u8]| {
        b.extend_from_slice(&code.to_be_bytes());
        b.extend_from_slice(&(data.len() as u16).to_be_bytes());
        b.extend_from_slice(data);
    };
    for (code, data) in options {
        opt(*code, data);
    }
    opt(9, inner);
    b
}

/// The client message inside a Relay-Reply.
fn relayed_reply(answer: &[u8]) -> Message {
    assert_eq!(answer[0], 13, "Relay-Reply");
    let mut rest = &answer[34..];
    while rest.len() >= 4 {
        let code = u16::from_be_bytes([rest[0], rest[1]]);
        let len = u16::from_be_bytes([rest[2], rest[3]]) as usize;
        if code == 9 {
            return Message::decode(&mut Decoder::new(&rest[4..4 + len])).unwrap();
        }
        rest = &rest[4 + len..];
    }
    panic!("Relay-Reply without a Relay Message");
}

/// Nothing arrives on `sock` within `wait`.
fn assert_silent(sock: &UdpSocket, wait: Duration, what: &str) {
    sock.set_read_timeout(Some(wait)).unwrap();
    let mut buf = [0u8; 2048];
    if let Ok((n, from)) = sock.recv_from(&mut buf) {
        let m = Message::decode(&mut Decoder::new(&buf[..n]));
        panic!(
            "{what}: an answer from {from}: {:02x?} ({m:?})",
            &buf[..n.min(8)]
        );
    }
    sock.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
}

enum Via {
    Multicast,
    Unicast,
    Relay,
}

struct Shape {
    what: &'static str,
    bytes: Vec<u8>,
    via: Via,
    reason: &'static str,
}

fn invalid_messages_get_silence_and_a_drop_counted_by_reason() {
    let link = Link::new(0x401);
    let server = Server::start(&link, &["--pool", "2001:db8:401::/64"], &[]);
    let client_global = client_on_prefix(&link);
    let sock = client_socket(&link, 546);
    let relay = link.in_client_ns(move || {
        let s = UdpSocket::bind(SocketAddrV6::new(client_global, 547, 0, 0)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s
    });
    let multicast = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let unicast = SocketAddrV6::new(link.server_addr, 547, 0, 0);

    // A valid Solicit first: it is answered, and tells us the server's DUID.
    let sol = message(
        MessageType::Solicit,
        1,
        Some(&CLIENT_DUID),
        vec![ia(1, None)],
    );
    let adv = exchange(&sock, multicast, &sol.to_vec().unwrap());
    assert_eq!(adv.msg_type(), MessageType::Advertise);
    let ours = server_id_of(&adv);
    let before = metrics(&link);

    use MessageType as M;
    let sid = |d: &[u8]| DhcpOption::ServerId(d.to_vec());
    let mut shapes: Vec<Shape> = Vec::new();
    let mut add = |what, m: Message, via, reason| {
        shapes.push(Shape {
            what,
            bytes: m.to_vec().unwrap(),
            via,
            reason,
        })
    };
    // §16: an empty Client Identifier in every type that requires one (CVE-2015-8373).
    for (what, kind, with_sid) in [
        ("Solicit, empty client id", M::Solicit, false),
        ("Request, empty client id", M::Request, true),
        ("Confirm, empty client id", M::Confirm, false),
        ("Renew, empty client id", M::Renew, true),
        ("Rebind, empty client id", M::Rebind, false),
        ("Decline, empty client id", M::Decline, true),
        ("Release, empty client id", M::Release, true),
    ] {
        let mut extra = vec![ia(1, Some("2001:db8:401::1234".parse().unwrap()))];
        if with_sid {
            extra.push(sid(&ours));
        }
        add(
            what,
            message(kind, 2, Some(&[]), extra),
            Via::Multicast,
            "client_id_invalid",
        );
    }
    for (what, kind) in [
        ("Solicit, no client id", M::Solicit),
        ("Rebind, no client id", M::Rebind),
    ] {
        add(
            what,
            message(kind, 3, None, vec![ia(1, None)]),
            Via::Multicast,
            "client_id_missing",
        );
    }
    let mut twice = message(M::Solicit, 4, Some(&CLIENT_DUID), vec![ia(1, None)]);
    twice
        .opts_mut()
        .insert(DhcpOption::ClientId(vec![0, 3, 0, 1, 9, 9, 9, 9, 9, 9]));
    add(
        "Solicit, two client ids",
        twice,
        Via::Multicast,
        "client_id_repeated",
    );
    // §16.2/.5/.7: no Server Identifier allowed, not even ours.
    for (what, kind) in [
        ("Solicit with our server id", M::Solicit),
        ("Confirm with a server id", M::Confirm),
        ("Rebind with a server id", M::Rebind),
    ] {
        let extra = vec![
            ia(1, Some("2001:db8:401::1234".parse().unwrap())),
            sid(&ours),
        ];
        add(
            what,
            message(kind, 5, Some(&CLIENT_DUID), extra),
            Via::Multicast,
            "server_id_forbidden",
        );
    }
    // §16.4/.6/.8/.9: ours required.
    for (what, kind) in [
        ("Request without server id", M::Request),
        ("Renew without server id", M::Renew),
        ("Decline without server id", M::Decline),
        ("Release without server id", M::Release),
    ] {
        add(
            what,
            message(kind, 6, Some(&CLIENT_DUID), vec![ia(1, None)]),
            Via::Multicast,
            "server_id_missing",
        );
    }
    for (what, kind) in [
        ("Request for another server", M::Request),
        ("Renew for another server", M::Renew),
        (
            "Information-Request for another server",
            M::InformationRequest,
        ),
    ] {
        let extra = if kind == M::InformationRequest {
            vec![sid(&OTHER_SERVER)]
        } else {
            vec![ia(1, None), sid(&OTHER_SERVER)]
        };
        add(
            what,
            message(kind, 7, Some(&CLIENT_DUID), extra),
            Via::Multicast,
            "server_id_not_ours",
        );
    }
    add(
        "Request with an empty server id",
        message(
            M::Request,
            8,
            Some(&CLIENT_DUID),
            vec![ia(1, None), sid(&[])],
        ),
        Via::Multicast,
        "server_id_invalid",
    );
    // §16.12.
    add(
        "Information-Request with an IA_NA",
        message(M::InformationRequest, 9, None, vec![ia(1, None)]),
        Via::Multicast,
        "ia_in_information_request",
    );
    // Options only servers send.
    add(
        "Solicit with a Preference option",
        message(
            M::Solicit,
            10,
            Some(&CLIENT_DUID),
            vec![ia(1, None), DhcpOption::Preference(9)],
        ),
        Via::Multicast,
        "server_option_from_client",
    );
    // §16: Solicit, Confirm, Rebind, Information-Request by unicast.
    for (what, kind) in [
        ("Solicit by unicast", M::Solicit),
        ("Confirm by unicast", M::Confirm),
        ("Rebind by unicast", M::Rebind),
        ("Information-Request by unicast", M::InformationRequest),
    ] {
        let extra = if kind == M::InformationRequest {
            vec![]
        } else {
            vec![ia(1, Some("2001:db8:401::1234".parse().unwrap()))]
        };
        add(
            what,
            message(kind, 11, Some(&CLIENT_DUID), extra),
            Via::Unicast,
            "unicast",
        );
    }
    // Relay-Forwards carrying client or server options at the relay level.
    let inner = message(M::Solicit, 12, Some(&CLIENT_DUID), vec![ia(1, None)])
        .to_vec()
        .unwrap();
    let link_addr: Ipv6Addr = "2001:db8:401::7".parse().unwrap();
    for (what, code, data) in [
        ("Relay-Forward with a Client ID", 1u16, &CLIENT_DUID[..]),
        ("Relay-Forward with a Server ID", 2, &ours[..]),
        ("Relay-Forward with a Preference", 7, &[255][..]),
        ("Relay-Forward with an Elapsed Time", 8, &[0, 0][..]),
        ("Relay-Forward with a Status Code", 13, &[0, 0][..]),
        ("Relay-Forward with a Reconfigure Accept", 20, &[][..]),
    ] {
        shapes.push(Shape {
            what,
            bytes: relay_forward(&inner, link_addr, &[(code, data)]),
            via: Via::Relay,
            reason: "relay_option_invalid",
        });
    }
    let with_pref = message(
        M::Solicit,
        13,
        Some(&CLIENT_DUID),
        vec![ia(1, None), DhcpOption::Preference(1)],
    );
    shapes.push(Shape {
        what: "relayed Solicit carrying a Preference",
        bytes: relay_forward(&with_pref.to_vec().unwrap(), link_addr, &[]),
        via: Via::Relay,
        reason: "server_option_from_client",
    });
    let empty = message(M::Solicit, 14, Some(&[]), vec![ia(1, None)]);
    shapes.push(Shape {
        what: "relayed Solicit with an empty client id",
        bytes: relay_forward(&empty.to_vec().unwrap(), link_addr, &[]),
        via: Via::Relay,
        reason: "client_id_invalid",
    });

    for s in &shapes {
        let sent = match s.via {
            Via::Multicast => sock.send_to(&s.bytes, multicast),
            Via::Unicast => sock.send_to(&s.bytes, unicast),
            Via::Relay => relay.send_to(&s.bytes, unicast),
        };
        sent.unwrap_or_else(|e| panic!("{}: {e}", s.what));
    }
    // One wait for all: each datagram is handled in its own task, at once.
    assert_silent(&sock, Duration::from_millis(1500), "client socket");
    assert_silent(&relay, Duration::from_millis(200), "relay socket");

    let mut want: BTreeMap<&str, f64> = BTreeMap::new();
    for s in &shapes {
        *want.entry(s.reason).or_default() += 1.0;
    }
    let counted = |t: &String| {
        want.iter()
            .all(|(r, n)| dropped(t, r) - dropped(&before, r) == *n)
    };
    let after = poll_until(Duration::from_secs(5), || metrics(&link), counted);
    for (reason, n) in &want {
        assert_eq!(
            dropped(&after, reason) - dropped(&before, reason),
            *n,
            "drops counted as {reason}:\n{}",
            server.log_text()
        );
    }
    let log = server.log_text();
    assert!(
        log.contains("DHCPv6 message dropped") && log.contains("reason=client_id_invalid"),
        "drops logged at debug with the reason:\n{log}"
    );

    // Valid exchanges right after: Request for the advertised address, then by unicast
    // (UseMulticast, RFC 8415 §18.3.1), then a relayed Solicit.
    let req = message(
        M::Request,
        20,
        Some(&CLIENT_DUID),
        vec![ia(1, None), sid(&ours)],
    );
    let reply = exchange(&sock, multicast, &req.to_vec().unwrap());
    assert_eq!(reply.msg_type(), MessageType::Reply);
    assert!(address_in(&reply).is_some(), "{reply:?}");
    let by_unicast = exchange(&sock, unicast, &req.to_vec().unwrap());
    assert_eq!(top_status(&by_unicast), Some(Status::UseMulticast));
    relay
        .send_to(&relay_forward(&inner, link_addr, &[]), unicast)
        .unwrap();
    let mut buf = [0u8; 2048];
    let (n, _) = relay.recv_from(&mut buf).expect("relayed Solicit answered");
    assert_eq!(relayed_reply(&buf[..n]).msg_type(), MessageType::Advertise);
}

fn release_and_decline_answer_no_binding_per_unknown_ia() {
    let link = Link::new(0x404);
    let _server = Server::start(&link, &["--pool", "2001:db8:404::/64"], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let mut sol = message(
        MessageType::Solicit,
        1,
        Some(&CLIENT_DUID),
        vec![ia(1, None)],
    );
    sol.opts_mut().insert(DhcpOption::RapidCommit);
    let reply = exchange(&sock, to, &sol.to_vec().unwrap());
    assert_eq!(reply.msg_type(), MessageType::Reply, "rapid commit");
    let leased = address_in(&reply).unwrap();
    let ours = DhcpOption::ServerId(server_id_of(&reply));

    let other: Ipv6Addr = "2001:db8:404::9999".parse().unwrap();
    let decline = message(
        MessageType::Decline,
        2,
        Some(&CLIENT_DUID),
        vec![ia(7, Some(other)), ours.clone()],
    );
    let r = exchange(&sock, to, &decline.to_vec().unwrap());
    assert_eq!(top_status(&r), Some(Status::Success));
    assert_eq!(ia_statuses(&r), [(7, Some(Status::NoBinding))]);

    let release = message(
        MessageType::Release,
        3,
        Some(&CLIENT_DUID),
        vec![ia(1, Some(leased)), ia(2, Some(other)), ours],
    );
    let r = exchange(&sock, to, &release.to_vec().unwrap());
    assert_eq!(top_status(&r), Some(Status::Success));
    assert_eq!(
        ia_statuses(&r),
        [(1, Some(Status::Success)), (2, Some(Status::NoBinding))]
    );
}

fn stateless_service_starts_without_pools_and_answers_information_request() {
    let link = Link::new(0x402);
    let server = Server::start(
        &link,
        &[],
        &[("BOOTFORGE_DHCP__DNS_SERVERS", "[\"2001:db8:402::53\"]")],
    );
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let info = message(
        MessageType::InformationRequest,
        1,
        Some(&CLIENT_DUID),
        vec![DhcpOption::ORO(ORO {
            opts: vec![OptionCode::DomainNameServers],
        })],
    );
    let r = exchange(&sock, to, &info.to_vec().unwrap());
    assert_eq!(r.msg_type(), MessageType::Reply);
    let want: Ipv6Addr = "2001:db8:402::53".parse().unwrap();
    assert!(
        r.opts()
            .iter()
            .any(|o| matches!(o, DhcpOption::DomainNameServers(s) if s == &vec![want])),
        "{r:?}"
    );
    // A Solicit finds no pool: silence, counted.
    let sol = message(
        MessageType::Solicit,
        2,
        Some(&CLIENT_DUID),
        vec![ia(1, None)],
    );
    sock.send_to(&sol.to_vec().unwrap(), to).unwrap();
    assert_silent(&sock, Duration::from_millis(1000), "Solicit without pools");
    let text = poll_until(
        Duration::from_secs(5),
        || metrics(&link),
        |t| dropped(t, "no_pool") == 1.0,
    );
    assert_eq!(dropped(&text, "no_pool"), 1.0, "{}", server.log_text());
}

fn relays_select_pools_by_interface_id_and_relay_address_and_pools_on_a_link_fill_in_order() {
    let link = Link::new(0x403);
    let cfg_dir = tempfile::tempdir().unwrap();
    let cfg = cfg_dir.path().join("bootforge.toml");
    std::fs::write(
        &cfg,
        r#"
[[dhcp.pools]]
name = "tiny"
prefix = "2001:db8:403::/64"
range_start = "2001:db8:403::100"
range_end = "2001:db8:403::100"

[[dhcp.pools]]
name = "more"
prefix = "2001:db8:403::/64"
range_start = "2001:db8:403::200"
range_end = "2001:db8:403::2ff"

[[dhcp.pools]]
name = "vlan42"
prefix = "2001:db8:42::/64"
range_start = "2001:db8:42::1000"
range_end = "2001:db8:42::1fff"

[[dhcp.pools]]
name = "vrrp"
prefix = "2001:db8:77::/64"
range_start = "2001:db8:77::1000"
range_end = "2001:db8:77::1fff"

[[dhcp.relays]]
pool = "vlan42"
interface_id = "vlan42"

[[dhcp.relays]]
pool = "vrrp"
relay_addresses = ["2001:db8:ffff::7"]
"#,
    )
    .unwrap();
    let _server = Server::start(&link, &["--config", cfg.to_str().unwrap()], &[]);
    let client_global = client_on_prefix(&link);
    let relay = link.in_client_ns(move || {
        let s = UdpSocket::bind(SocketAddrV6::new(client_global, 547, 0, 0)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s
    });
    let server = SocketAddrV6::new(link.server_addr, 547, 0, 0);
    let rapid = |xid: u8, duid_last: u8| {
        let mut duid = CLIENT_DUID;
        duid[9] = duid_last;
        let mut m = message(MessageType::Solicit, xid, Some(&duid), vec![ia(1, None)]);
        m.opts_mut().insert(DhcpOption::RapidCommit);
        m.to_vec().unwrap()
    };
    let relayed = |fwd: Vec<u8>| {
        relay.send_to(&fwd, server).unwrap();
        let mut buf = [0u8; 2048];
        let (n, _) = relay.recv_from(&mut buf).expect("a Relay-Reply");
        let reply = relayed_reply(&buf[..n]);
        address_in(&reply).unwrap_or_else(|| panic!("no address: {reply:?}"))
    };
    // Interface-ID "vlan42" wins over a link-address inside the on-link prefix (Kea's order).
    let a = relayed(relay_forward(
        &rapid(1, 1),
        "2001:db8:403::7".parse().unwrap(),
        &[(18, b"vlan42")],
    ));
    assert_eq!(&a.segments()[..3], &[0x2001, 0xdb8, 0x42], "{a}");
    // A relay whose link-address is outside every prefix, listed in relay_addresses.
    let b = relayed(relay_forward(
        &rapid(2, 2),
        "2001:db8:ffff::7".parse().unwrap(),
        &[(18, b"swp1")],
    ));
    assert_eq!(&b.segments()[..3], &[0x2001, 0xdb8, 0x77], "{b}");

    // Direct clients on the link: "tiny" holds one address, then "more" serves.
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let first = address_in(&exchange(&sock, to, &rapid(3, 3))).unwrap();
    assert_eq!(first, "2001:db8:403::100".parse::<Ipv6Addr>().unwrap());
    let second = address_in(&exchange(&sock, to, &rapid(4, 4))).unwrap();
    let last = second.segments()[7];
    assert!(
        second.segments()[..7] == [0x2001, 0xdb8, 0x403, 0, 0, 0, 0]
            && (0x200..=0x2ff).contains(&last),
        "{second} not from the second pool"
    );
}

/// (address, preferred, valid) of every address in the first IA_NA.
fn ia_addresses(m: &Message) -> Vec<(Ipv6Addr, u32, u32)> {
    m.opts()
        .iter()
        .find_map(|o| match o {
            DhcpOption::IANA(ia) => Some(
                ia.opts
                    .iter()
                    .filter_map(|x| match x {
                        DhcpOption::IAAddr(a) => Some((a.addr, a.preferred_life, a.valid_life)),
                        _ => None,
                    })
                    .collect(),
            ),
            _ => None,
        })
        .unwrap_or_default()
}

fn renew_after_a_reload_moved_the_pool_gets_the_old_address_at_zero_and_a_new_one() {
    let link = Link::new(0x405);
    let cfg_dir = tempfile::tempdir().unwrap();
    let cfg = cfg_dir.path().join("bootforge.toml");
    let pool = |name: &str, start: &str, end: &str| {
        format!("[[dhcp.pools]]\nname = \"{name}\"\nprefix = \"2001:db8:405::/64\"\nrange_start = \"{start}\"\nrange_end = \"{end}\"\n")
    };
    std::fs::write(
        &cfg,
        pool("before", "2001:db8:405::100", "2001:db8:405::1ff"),
    )
    .unwrap();
    let server = Server::start(&link, &["--config", cfg.to_str().unwrap()], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let mut sol = message(
        MessageType::Solicit,
        1,
        Some(&CLIENT_DUID),
        vec![ia(1, None)],
    );
    sol.opts_mut().insert(DhcpOption::RapidCommit);
    let reply = exchange(&sock, to, &sol.to_vec().unwrap());
    let old = address_in(&reply).unwrap();
    let ours = DhcpOption::ServerId(server_id_of(&reply));

    // The pool is replaced by another one on the same link; the lease stays in the table.
    std::fs::write(
        &cfg,
        pool("after", "2001:db8:405::200", "2001:db8:405::2ff"),
    )
    .unwrap();
    let hup = std::process::Command::new("kill")
        .args(["-HUP", &server.pid().to_string()])
        .status()
        .unwrap();
    assert!(hup.success());
    // Applied once another client is offered an address from the new range (an Advertise
    // stores nothing), not once a log line says so.
    const PROBE_DUID: [u8; 10] = [0, 3, 0, 1, 2, 0, 0, 0, 0x40, 0x99];
    let mut probe_xid = 0x10;
    let probe = poll_until(
        Duration::from_secs(5),
        || {
            probe_xid += 1;
            let sol = message(
                MessageType::Solicit,
                probe_xid,
                Some(&PROBE_DUID),
                vec![ia(9, None)],
            );
            address_in(&exchange(&sock, to, &sol.to_vec().unwrap()))
        },
        |a| a.is_some_and(|a| (0x200..=0x2ff).contains(&a.segments()[7])),
    );
    assert!(
        probe.is_some_and(|a| (0x200..=0x2ff).contains(&a.segments()[7])),
        "the reloaded pool is offered within 5 s: {probe:?}"
    );

    let renew = message(
        MessageType::Renew,
        2,
        Some(&CLIENT_DUID),
        vec![ia(1, Some(old)), ours],
    );
    let r = exchange(&sock, to, &renew.to_vec().unwrap());
    let addrs = ia_addresses(&r);
    assert!(
        addrs.contains(&(old, 0, 0)),
        "old address at lifetime 0: {r:?}"
    );
    let (fresh, preferred, valid) = *addrs.iter().find(|a| a.0 != old).expect("a new address");
    assert!(
        (0x200..=0x2ff).contains(&fresh.segments()[7]),
        "{fresh} from the new pool"
    );
    assert!(preferred > 0 && valid > 0);
    // On disk: only the new lease, in the new pool.
    assert_eq!(
        server.sql("SELECT address || ' ' || pool FROM leases"),
        format!("{fresh} after")
    );
}

// Each test above, against SQLite and against PostgreSQL.
support::on_each_backend!(
    invalid_messages_get_silence_and_a_drop_counted_by_reason,
    release_and_decline_answer_no_binding_per_unknown_ia,
    stateless_service_starts_without_pools_and_answers_information_request,
    relays_select_pools_by_interface_id_and_relay_address_and_pools_on_a_link_fill_in_order,
    renew_after_a_reload_moved_the_pool_gets_the_old_address_at_zero_and_a_new_one,
);
