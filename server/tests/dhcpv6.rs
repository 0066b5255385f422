//! DHCPv6 against real clients: the real server binary in a network namespace, ISC
//! `dhclient -6` and a scripted client built on dhcproto in another, joined by a veth pair.

mod support;

use std::net::{Ipv6Addr, SocketAddrV6};
use std::time::Duration;

use bootforge::dhcpv6::codec::{user_class_option, vendor_class_option};
use dhcproto::v4::Architecture;
use dhcproto::v6::{DhcpOption, Message, MessageType, OptionCode, IANA, ORO};
use dhcproto::{Decodable, Decoder, Encodable};
use support::dhcp::{boot_url, exchange, exchange_raw, ALL_SERVERS};
use support::{client_socket, write_script, Link, Server};

/// A dhclient script that records what dhclient tells it, instead of touching the host.
const RECORDING_SCRIPT: &str =
    "#!/bin/sh\nenv | sort > \"$(dirname \"$0\")/env-$reason\"\nexit 0\n";

fn dhclient(link: &Link, dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let script = write_script(dir, "record.sh", RECORDING_SCRIPT);
    std::process::Command::new("timeout")
        .args([
            "60",
            "ip",
            "netns",
            "exec",
            &link.client_ns,
            "dhclient",
            "-6",
            "-1",
            "-v",
        ])
        .args(["-sf", script.to_str().unwrap()])
        .args(["-lf", dir.join("leases").to_str().unwrap()])
        .args(["-pf", dir.join("pid").to_str().unwrap()])
        .args(extra)
        .arg(link.client_if)
        .output()
        .expect("dhclient")
}

fn env_file(dir: &std::path::Path, reason: &str) -> String {
    for _ in 0..100 {
        if let Ok(t) = std::fs::read_to_string(dir.join(format!("env-{reason}"))) {
            return t;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("dhclient never ran its script with reason {reason}");
}

fn env_value(env: &str, key: &str) -> Option<String> {
    env.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .map(|v| v.trim_matches('\'').to_string())
}

fn kill_dhclient(dir: &std::path::Path) {
    if let Ok(pid) = std::fs::read_to_string(dir.join("pid")) {
        let _ = std::process::Command::new("kill").arg(pid.trim()).status();
    }
}

fn dhclient_stateful_lease_renew_and_release() {
    let link = Link::new(0x101);
    // Short timers so dhclient renews within the test.
    let server = Server::start(
        &link,
        &[
            "--pool",
            "2001:db8:101::/64,2001:db8:101::100,2001:db8:101::1ff",
        ],
        &[
            ("BOOTFORGE_DHCP__T1", "2"),
            ("BOOTFORGE_DHCP__T2", "3"),
            ("BOOTFORGE_DHCP__PREFERRED_LIFETIME", "4"),
            ("BOOTFORGE_DHCP__VALID_LIFETIME", "30"),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dhclient(&link, dir.path(), &[]);
    assert!(
        out.status.success(),
        "dhclient: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let env = env_file(dir.path(), "BOUND6");
    let addr: Ipv6Addr = env_value(&env, "new_ip6_address")
        .expect("dhclient got an address")
        .parse()
        .unwrap();
    let seg = addr.segments();
    assert_eq!(&seg[..4], &[0x2001, 0xdb8, 0x101, 0]);
    assert!(
        (0x100..=0x1ff).contains(&seg[7]) && seg[4..7] == [0, 0, 0],
        "{addr} not in the pool range"
    );

    // On disk, with the client's MAC (from its DUID-LLT).
    let mac = link.client_mac();
    let row = server.sql(&format!(
        "SELECT mac, state FROM leases WHERE address = '{addr}'"
    ));
    assert_eq!(row, format!("{mac}|active"));
    let first_expiry: i64 = server
        .sql(&format!(
            "SELECT expires_at FROM leases WHERE address = '{addr}'"
        ))
        .parse()
        .unwrap();

    // dhclient renews after T1 = 2 s: the lease is extended and a renew event is recorded.
    let renewed = server.wait_sql(
        &format!("SELECT expires_at FROM leases WHERE address = '{addr}' AND expires_at > {first_expiry}"),
        Duration::from_secs(15),
    );
    assert!(
        !renewed.is_empty(),
        "lease was not renewed:\n{}",
        server.log_text()
    );
    assert_eq!(
        server.wait_sql(
            &format!("SELECT 1 WHERE EXISTS (SELECT 1 FROM events WHERE mac = '{mac}' AND stage = 'renew')"),
            Duration::from_secs(5)
        ),
        "1"
    );
    assert_eq!(
        server.sql(&format!("SELECT state FROM machines WHERE mac = '{mac}'")),
        "discovered"
    );
    kill_dhclient(dir.path());

    // Release (-r): the lease is gone from SQLite.
    let out = dhclient(&link, dir.path(), &["-r"]);
    assert!(
        out.status.success(),
        "dhclient -r: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let gone = server.wait_sql(
        &format!("SELECT 'gone' WHERE NOT EXISTS (SELECT 1 FROM leases WHERE address = '{addr}')"),
        Duration::from_secs(10),
    );
    assert_eq!(
        gone,
        "gone",
        "lease still present after release:\n{}",
        server.log_text()
    );
    // The event is queued after the Reply is sent, so it may land a moment after the lease.
    assert_eq!(
        server.wait_sql(
            &format!("SELECT COUNT(*) FROM events WHERE mac = '{mac}' AND stage = 'release' HAVING COUNT(*) > 0"),
            Duration::from_secs(5),
        ),
        "1"
    );
}

fn dhclient_stateless_gets_dns_options() {
    let link = Link::new(0x102);
    let _server = Server::start(
        &link,
        &["--pool", "2001:db8:102::/64"],
        &[
            ("BOOTFORGE_DHCP__DNS_SERVERS", "[\"2001:db8:102::53\"]"),
            ("BOOTFORGE_DHCP__DOMAIN_SEARCH", "[\"lab.example\"]"),
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dhclient(&link, dir.path(), &["-S"]);
    assert!(
        out.status.success(),
        "dhclient -S: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // ISC dhclient 4.4 reports a stateless exchange to its script as RENEW6.
    let env = env_file(dir.path(), "RENEW6");
    assert_eq!(
        env_value(&env, "new_dhcp6_name_servers").as_deref(),
        Some("2001:db8:102::53")
    );
    assert_eq!(
        env_value(&env, "new_dhcp6_domain_search").as_deref(),
        Some("lab.example.")
    );
    assert!(env_value(&env, "new_ip6_address").is_none());
    kill_dhclient(dir.path());
}

// ---- scripted boot clients ---------------------------------------------------------------

const ZERO_DUID_UUID: [u8; 18] = [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

fn solicit(xid: [u8; 3], iaid: u32) -> Message {
    let mut m = Message::new_with_id(MessageType::Solicit, xid);
    m.opts_mut()
        .insert(DhcpOption::ClientId(ZERO_DUID_UUID.to_vec()));
    m.opts_mut().insert(DhcpOption::IANA(IANA {
        id: iaid,
        t1: 0,
        t2: 0,
        opts: Default::default(),
    }));
    m.opts_mut().insert(DhcpOption::ORO(ORO {
        opts: vec![OptionCode::OptBootfileUrl, OptionCode::DomainNameServers],
    }));
    m
}

fn vendor_class(m: &Message) -> Option<(u32, Vec<Vec<u8>>)> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::VendorClass(v) => Some((v.num, v.data.clone())),
        _ => None,
    })
}

fn server_id(m: &Message) -> Vec<u8> {
    m.opts()
        .iter()
        .find_map(|o| match o {
            DhcpOption::ServerId(d) => Some(d.clone()),
            _ => None,
        })
        .expect("server id")
}

fn iaaddr(m: &Message) -> Option<Ipv6Addr> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::IANA(ia) => ia.opts.iter().find_map(|x| match x {
            DhcpOption::IAAddr(a) => Some(a.addr),
            _ => None,
        }),
        _ => None,
    })
}

fn scripted_boot_clients_get_the_right_boot_file_url() {
    let link = Link::new(0x103);
    let server = Server::start(&link, &["--pool", "2001:db8:103::/64"], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());

    // UEFI PXE x64: tftp URL without port, no vendor class echo; and a Request gets the same.
    let mut pxe = solicit([1, 0, 1], 0x1111);
    pxe.opts_mut()
        .insert(DhcpOption::ClientArchType(vec![Architecture(0x0007)]));
    let adv = exchange(&sock, to, &pxe.to_vec().unwrap());
    assert_eq!(adv.msg_type(), MessageType::Advertise);
    assert_eq!(
        boot_url(&adv).as_deref(),
        Some("tftp://[2001:db8:103::1]/ipxe.efi")
    );
    assert!(vendor_class(&adv).is_none());
    assert!(adv.opts().iter().any(|o| *o == DhcpOption::Preference(255)));
    assert!(adv
        .opts()
        .iter()
        .any(|o| *o == DhcpOption::ClientId(ZERO_DUID_UUID.to_vec())));
    let offered = iaaddr(&adv).expect("IA_NA with IAADDR in Advertise");

    let mut req = pxe.clone();
    req.set_msg_type(MessageType::Request);
    req.set_xid([1, 0, 2]);
    req.opts_mut().insert(DhcpOption::ServerId(server_id(&adv)));
    let reply = exchange(&sock, to, &req.to_vec().unwrap());
    assert_eq!(reply.msg_type(), MessageType::Reply);
    assert_eq!(iaaddr(&reply), Some(offered));
    assert_eq!(
        boot_url(&reply).as_deref(),
        Some("tftp://[2001:db8:103::1]/ipxe.efi")
    );

    // UEFI HTTP Boot x64: http URL and the HTTPClient echo, in Advertise and in Reply.
    let mut http = solicit([2, 0, 1], 0x2222);
    http.opts_mut()
        .insert(DhcpOption::ClientArchType(vec![Architecture(0x0010)]));
    http.opts_mut().insert(vendor_class_option(
        343,
        &[b"HTTPClient:Arch:00016:UNDI:003001"],
    ));
    let adv = exchange(&sock, to, &http.to_vec().unwrap());
    assert_eq!(
        boot_url(&adv).as_deref(),
        Some("http://[2001:db8:103::1]:8080/ipxe.efi")
    );
    assert_eq!(
        vendor_class(&adv),
        Some((343, vec![b"HTTPClient".to_vec()]))
    );
    let mut req = http.clone();
    req.set_msg_type(MessageType::Request);
    req.opts_mut().insert(DhcpOption::ServerId(server_id(&adv)));
    let reply = exchange(&sock, to, &req.to_vec().unwrap());
    assert_eq!(
        vendor_class(&reply),
        Some((343, vec![b"HTTPClient".to_vec()]))
    );

    // iPXE: the per-machine script URL, and never a PXEClient echo.
    let mut ipxe = solicit([3, 0, 1], 0x3333);
    ipxe.opts_mut()
        .insert(DhcpOption::ClientArchType(vec![Architecture(0x0007)]));
    ipxe.opts_mut().insert(user_class_option(&[b"iPXE"]));
    ipxe.opts_mut().insert(vendor_class_option(
        343,
        &[b"PXEClient:Arch:00007:UNDI:003010"],
    ));
    let adv = exchange(&sock, to, &ipxe.to_vec().unwrap());
    assert_eq!(
        boot_url(&adv).as_deref(),
        Some("http://[2001:db8:103::1]:8080/boot/${net0/mac}.ipxe")
    );
    assert!(vendor_class(&adv).is_none());

    // Three clients, one all-zero DUID: the MAC (from the EUI-64 link-local source) tells
    // them apart from other machines; the committed lease carries it.
    let mac = link.client_mac();
    let row = server.sql(&format!(
        "SELECT mac FROM leases WHERE address = '{offered}'"
    ));
    assert_eq!(row, mac);
    let how = server.wait_sql(
        &format!("SELECT mac_source FROM identities WHERE mac = '{mac}' LIMIT 1"),
        Duration::from_secs(5),
    );
    assert_eq!(how, "eui64");
}

fn relay_forward(
    inner: &[u8],
    link_addr: Ipv6Addr,
    peer: Ipv6Addr,
    interface_id: &[u8],
    mac: [u8; 6],
) -> Vec<u8> {
    let mut b = vec![12u8, 0];
    b.extend_from_slice(&link_addr.octets());
    b.extend_from_slice(&peer.octets());
    let mut opt = |code: u16, data: &[u8]| {
        b.extend_from_slice(&code.to_be_bytes());
        b.extend_from_slice(&(data.len() as u16).to_be_bytes());
        b.extend_from_slice(data);
    };
    opt(18, interface_id);
    let mut ll = vec![0, 1];
    ll.extend_from_slice(&mac);
    opt(79, &ll);
    opt(9, inner);
    b
}

fn relay_forward_gets_relay_reply_and_pool_by_link_address() {
    let link = Link::new(0x104);
    // Two pools: the on-link one and a remote one selected by the relay's link-address.
    let cfg_dir = tempfile::tempdir().unwrap();
    let cfg = cfg_dir.path().join("bootforge.toml");
    std::fs::write(
        &cfg,
        r#"
[[dhcp.pools]]
name = "local"
prefix = "2001:db8:104::/64"
range_start = "2001:db8:104::100"
range_end = "2001:db8:104::1ff"

[[dhcp.pools]]
name = "rack7"
prefix = "2001:db8:777::/64"
range_start = "2001:db8:777::1000"
range_end = "2001:db8:777::1fff"
"#,
    )
    .unwrap();
    let server = Server::start(&link, &["--config", cfg.to_str().unwrap()], &[]);
    // The "relay" lives in the client namespace and sends to the server's unicast address.
    let relay_addr: Ipv6Addr = "2001:db8:104::7".parse().unwrap();
    std::process::Command::new("ip")
        .args([
            "-n",
            &link.client_ns,
            "addr",
            "add",
            "2001:db8:104::7/64",
            "dev",
            link.client_if,
            "nodad",
        ])
        .status()
        .unwrap();
    let sock = link.in_client_ns(move || {
        let s = std::net::UdpSocket::bind(SocketAddrV6::new(relay_addr, 547, 0, 0)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s
    });
    let mac = [0x02, 0xaa, 0xbb, 0xcc, 0xdd, 0xee];
    let peer: Ipv6Addr = "fe80::1234".parse().unwrap();
    let mut inner = solicit([9, 9, 9], 0x77);
    inner.opts_mut().insert(DhcpOption::RapidCommit);
    let fwd = relay_forward(
        &inner.to_vec().unwrap(),
        "2001:db8:777::1".parse().unwrap(),
        peer,
        b"swp7",
        mac,
    );
    let to = SocketAddrV6::new(link.server_addr, 547, 0, 0);
    let answer = exchange_raw(&sock, to, &fwd);
    assert_eq!(answer[0], 13, "Relay-Reply");
    assert_eq!(answer[1], 0, "hop count copied");
    assert_eq!(
        &answer[2..18],
        &"2001:db8:777::1".parse::<Ipv6Addr>().unwrap().octets()
    );
    assert_eq!(&answer[18..34], &peer.octets());
    // Walk the relay options: Interface-ID copied, Relay Message holds the Reply.
    let mut rest = &answer[34..];
    let (mut iface, mut msg) = (None, None);
    while rest.len() >= 4 {
        let code = u16::from_be_bytes([rest[0], rest[1]]);
        let len = u16::from_be_bytes([rest[2], rest[3]]) as usize;
        let data = &rest[4..4 + len];
        match code {
            18 => iface = Some(data.to_vec()),
            9 => msg = Some(Message::decode(&mut Decoder::new(data)).unwrap()),
            _ => {}
        }
        rest = &rest[4 + len..];
    }
    assert_eq!(iface.as_deref(), Some(&b"swp7"[..]));
    let reply = msg.expect("relayed reply");
    assert_eq!(reply.msg_type(), MessageType::Reply, "rapid commit");
    let addr = iaaddr(&reply).unwrap();
    assert_eq!(
        &addr.segments()[..3],
        &[0x2001, 0xdb8, 0x777],
        "pool chosen by link-address"
    );
    // The MAC came from option 79 and is on the committed lease.
    assert_eq!(
        server.sql(&format!(
            "SELECT mac, pool FROM leases WHERE address = '{addr}'"
        )),
        "02:aa:bb:cc:dd:ee|rack7"
    );
    let how = server.wait_sql(
        "SELECT mac_source FROM identities WHERE mac = '02:aa:bb:cc:dd:ee'",
        Duration::from_secs(5),
    );
    assert_eq!(how, "relay_option");
}

fn malformed_packets_are_dropped_and_the_server_keeps_answering() {
    let link = Link::new(0x105);
    let server = Server::start(&link, &["--pool", "2001:db8:105::/64"], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let garbage: &[&[u8]] = &[
        &[],
        &[1],
        &[1, 0, 0, 1, 0, 16, 0, 2, 0, 0],
        &[1, 0, 0, 1, 0, 13, 0, 0],
        &[1, 0, 0, 1, 0, 1, 0xff, 0xff, 0],
        &[12, 0, 1, 2, 3],
        &[7, 1, 2, 3],
    ];
    for g in garbage {
        sock.send_to(g, to).unwrap();
    }
    let adv = exchange_raw(&sock, to, &solicit([4, 4, 4], 1).to_vec().unwrap());
    assert_eq!(adv[0], 2, "Advertise after garbage");
    // Each datagram is handled in its own task, so the counter may trail the Advertise.
    let count = server.wait_metric(
        "bootforge_dhcp_packets_malformed_total",
        Duration::from_secs(5),
        |n| n >= garbage.len() as f64,
    );
    assert_eq!(
        count,
        garbage.len() as f64,
        "every malformed packet is counted"
    );
}

#[test]
fn bad_config_stops_start_up_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[dhcp]\nt1 = 5000\nt2 = 100\n[[dhcp.pools]]\nname = \"p\"\nprefix = \"2001:db8::/64\"\nrange_start = \"2001:db8::10\"\nrange_end = \"2001:db8::20\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bootforge"))
        .args(["--config", cfg.to_str().unwrap(), "serve"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("dhcp.t1"), "{err}");

    std::fs::write(&cfg, "[dhcp]\npreference = \"high\"\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bootforge"))
        .args(["--config", cfg.to_str().unwrap(), "serve"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dhcp.preference"));
}

/// A client whose DUID holds no MAC and whose link-local address is not EUI-64 (random
/// interface identifier): only the kernel's neighbour cache, read over netlink, knows its MAC.
fn mac_from_the_neighbour_cache_when_nothing_else_has_it() {
    let link = Link::new(0x106);
    let sysctl = |key: &str| {
        let out = std::process::Command::new("ip")
            .args(["netns", "exec", &link.client_ns, "sysctl", "-q", "-w", key])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    sysctl(&format!("net.ipv6.conf.{}.addr_gen_mode=3", link.client_if));
    // Down and up: the link-local address is made again, now with a random identifier.
    for state in ["down", "up"] {
        let out = std::process::Command::new("ip")
            .args(["-n", &link.client_ns, "link", "set", link.client_if, state])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    let mac = link.client_mac();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let client_ll = loop {
        let out = std::process::Command::new("ip")
            .args([
                "-n",
                &link.client_ns,
                "-6",
                "-o",
                "addr",
                "show",
                "dev",
                link.client_if,
            ])
            .args(["scope", "link"])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if text.contains("fe80") && !text.contains("tentative") {
            break link.client_link_local();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no new link-local address"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_ne!(
        bootforge::dhcpv6::identity::mac_from_eui64(client_ll).map(|m| m.to_string()),
        Some(mac.clone()),
        "the link-local address {client_ll} must not give the MAC away"
    );
    let server = Server::start(&link, &["--pool", "2001:db8:106::/64"], &[]);
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    // The first answer makes the server resolve the client's address (a neighbour entry);
    // the second exchange finds the MAC there.
    for xid in 1..=2u8 {
        let answer = exchange(
            &sock,
            to,
            &support::dhcp::solicit([6, 0, xid], 0x66, 1, true, None),
        );
        assert!(support::dhcp::address_in(&answer).is_some());
    }
    let row = server.wait_sql(
        "SELECT mac || ' ' || mac_source FROM identities WHERE mac_source = 'neighbour'",
        Duration::from_secs(5),
    );
    assert_eq!(row, format!("{mac} neighbour"));
}

// Each test above, against SQLite and against PostgreSQL.
support::on_each_backend!(
    dhclient_stateful_lease_renew_and_release,
    dhclient_stateless_gets_dns_options,
    scripted_boot_clients_get_the_right_boot_file_url,
    relay_forward_gets_relay_reply_and_pool_by_link_address,
    malformed_packets_are_dropped_and_the_server_keeps_answering,
    mac_from_the_neighbour_cache_when_nothing_else_has_it,
);
