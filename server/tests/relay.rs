//! `bootforge relay` in a routed topology of network namespaces, against ISC `dhclient -6`:
//!
//! ```text
//!  c10 ─ vlan10 ┐                 ┌ u1 ═ c1 (metric 100) ┐
//!  c20 ─ vlan20 ├─ rtr (relay) ───┤                      ├─ core ─ c0 ═ s0 ─ srv (serve)
//!  c30 ─ vlan30 ┘   (added later) └ u2 ═ c2 (metric 200) ┘
//! ```
//!
//! The relay is given only the server's address and `vlan*`: the uplink each Relay-Forward
//! takes is the routing table's choice at that moment. A packet socket in `core` shows which
//! uplink carried each Relay-Forward and what it said.

mod support;
#[path = "relay/topology.rs"]
mod topology;

use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::time::Duration;

use bootforge::dhcpv6::codec;
use support::{in_ns, output_text, sample, ServerBuilder};
use topology::{
    dhclient_address, sh, Process, Seen, Sniffer, Topology, SERVER, UPLINK_A, UPLINK_B,
};

const METRICS: &str = "http://[::1]:9547";

fn server_config(dir: &std::path::Path) -> std::path::PathBuf {
    let pool = |name: &str, net: &str| {
        format!(
            "[[dhcp.pools]]\nname = \"{name}\"\nprefix = \"2001:db8:{net}::/64\"\n\
             range_start = \"2001:db8:{net}::100\"\nrange_end = \"2001:db8:{net}::1ff\"\n"
        )
    };
    let text = format!(
        "[dhcp]\ninterfaces = [\"s0\"]\n[http]\ntls = false\n{}{}{}{}",
        pool("vlan10", "a10"),
        pool("vlan20", "a20"),
        pool("vlan30", "a30"),
        pool("vlan10-vrrp", "b10"),
    );
    let f = dir.join("server.toml");
    std::fs::write(&f, text).unwrap();
    f
}

fn in_prefix(a: Ipv6Addr, net: u16) -> bool {
    a.segments()[..4] == [0x2001, 0xdb8, net, 0] && (0x100..=0x1ff).contains(&a.segments()[7])
}

/// The Relay-Forwards the core saw, each decoded the way the server decodes it.
fn relay_forwards(seen: &[Seen]) -> Vec<(u32, Ipv6Addr, codec::Inbound)> {
    seen.iter()
        .filter(|s| s.payload.first() == Some(&12) && s.dst == SERVER.parse::<Ipv6Addr>().unwrap())
        .map(|s| {
            (
                s.ifindex,
                s.src,
                codec::decode(&s.payload).expect("relay-forward decodes"),
            )
        })
        .collect()
}

fn metrics(t: &Topology) -> String {
    let out = in_ns(&t.rtr, &["curl", "-sf", &format!("{METRICS}/metrics")]);
    assert!(out.status.success(), "metrics: {}", output_text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn client_mac(ns: &str) -> String {
    sh(ns, "cat /sys/class/net/eth0/address").trim().to_string()
}

/// Is the default route via uplink A present (after `ip link set u1 up`)?
fn wait_route(t: &Topology, needle: &str) {
    support::poll_until(
        Duration::from_secs(10),
        || sh(&t.rtr, "ip -6 route show default"),
        |r| r.contains(needle),
    );
}

#[test]
fn relay_through_a_routed_topology_follows_vlans_addresses_and_routes() {
    let t = Topology::new();
    let c10 = t.add_vlan(10);
    let c20 = t.add_vlan(20);
    let cfg_dir = tempfile::tempdir().unwrap();
    let cfg = server_config(cfg_dir.path());
    let server = ServerBuilder::new()
        .netns(&t.srv)
        .config_file(&cfg)
        .args(&["--server-address", SERVER])
        .env("BOOTFORGE_LOG", "debug,sqlx=warn")
        .start();
    let _relay = Process::start(
        "relay",
        &t.rtr,
        &[
            "relay",
            "--server",
            SERVER,
            "--interface",
            "vlan*",
            "--metrics-listen",
            "[::1]:9547",
        ],
        "DHCPv6 relay running",
    );
    let core = Sniffer::start(&t.core);
    let (c1, c2) = (t.ifindex(&t.core, "c1"), t.ifindex(&t.core, "c2"));
    let sql = |q: &str| server.sql(q);

    // 1. A client on vlan10 gets an address from vlan10's pool; the relay put the frame's
    //    MAC in option 79 and the server recorded it as the MAC's source.
    let a = dhclient_address(&c10).unwrap();
    assert!(in_prefix(a, 0xa10), "{a} not from vlan10's pool");
    let mac = client_mac(&c10);
    assert_eq!(
        sql(&format!(
            "SELECT mac || '|' || pool FROM leases WHERE address = '{a}'"
        )),
        format!("{mac}|vlan10")
    );
    let how = support::poll_until(
        Duration::from_secs(5),
        || {
            sql(&format!(
                "SELECT DISTINCT mac_source FROM identities WHERE mac = '{mac}'"
            ))
        },
        |s| !s.is_empty(),
    );
    assert_eq!(how, "relay_option", "MAC source for {mac}");
    let fwd = relay_forwards(&core.seen());
    assert!(!fwd.is_empty(), "core saw no Relay-Forward");
    let mac_bytes: Vec<u8> = mac
        .split(':')
        .map(|h| u8::from_str_radix(h, 16).unwrap())
        .collect();
    for (ifindex, src, inb) in &fwd {
        assert_eq!(
            (*ifindex, src.to_string()),
            (c1, UPLINK_A.to_string()),
            "the preferred uplink carries it"
        );
        let hop = &inb.relays[0];
        assert_eq!(hop.hop_count, 0);
        assert_eq!(
            hop.link_addr,
            "2001:db8:a10::1".parse::<Ipv6Addr>().unwrap()
        );
        assert_eq!(hop.interface_id.as_deref(), Some(&b"vlan10"[..]));
        let mut want = vec![0, 1];
        want.extend_from_slice(&mac_bytes);
        assert_eq!(hop.client_linklayer.as_deref(), Some(&want[..]));
        assert_eq!(hop.peer_addr.segments()[0], 0xfe80);
    }
    let b = dhclient_address(&c20).unwrap();
    assert!(in_prefix(b, 0xa20), "{b} not from vlan20's pool");

    // 2. A third VLAN appears while everything runs: its client is served, no restart.
    let c30 = t.add_vlan(30);
    let c = dhclient_address(&c30).unwrap();
    assert!(in_prefix(c, 0xa30), "{c} not from vlan30's pool");

    // 3. VRRP-style fail-over on vlan10: the address is replaced. The next Relay-Forward
    //    carries the new link-address and the client gets an address from its pool.
    sh(
        &t.rtr,
        "ip addr del 2001:db8:a10::1/64 dev vlan10 && \
         ip addr add 2001:db8:b10::1/64 dev vlan10 nodad",
    );
    std::thread::sleep(Duration::from_millis(500));
    core.clear();
    let d = dhclient_address(&c10).unwrap();
    assert!(in_prefix(d, 0xb10), "{d} not from the new vlan10 pool");
    assert_eq!(
        sql(&format!("SELECT pool FROM leases WHERE address = '{d}'")),
        "vlan10-vrrp"
    );
    let fwd = relay_forwards(&core.seen());
    assert!(!fwd.is_empty());
    for (_, _, inb) in &fwd {
        assert_eq!(
            inb.relays[0].link_addr,
            "2001:db8:b10::1".parse::<Ipv6Addr>().unwrap()
        );
    }

    // 4a. The preferred uplink goes down: relaying continues over the other.
    sh(&t.rtr, "ip link set u1 down");
    core.clear();
    let e = dhclient_address(&c20).unwrap();
    assert!(in_prefix(e, 0xa20));
    let fwd = relay_forwards(&core.seen());
    assert!(!fwd.is_empty());
    assert!(
        fwd.iter()
            .all(|(i, s, _)| *i == c2 && s.to_string() == UPLINK_B),
        "with u1 down: {:?}",
        fwd.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>()
    );
    // Back up: uplink A is preferred again.
    sh(
        &t.rtr,
        "ip link set u1 up && ip -6 route replace default via 2001:db8:fa::1 dev u1 metric 100",
    );
    wait_route(&t, "dev u1");
    std::thread::sleep(Duration::from_millis(500));
    core.clear();
    dhclient_address(&c20).unwrap();
    let fwd = relay_forwards(&core.seen());
    assert!(!fwd.is_empty() && fwd.iter().all(|(i, _, _)| *i == c1));
    // 4b. Its metric raised above uplink B's: the next Relay-Forwards take uplink B.
    sh(
        &t.rtr,
        "ip -6 route del default via 2001:db8:fa::1 dev u1 metric 100 && \
         ip -6 route add default via 2001:db8:fa::1 dev u1 metric 300",
    );
    core.clear();
    let f = dhclient_address(&c30).unwrap();
    assert!(in_prefix(f, 0xa30));
    let fwd = relay_forwards(&core.seen());
    assert!(
        !fwd.is_empty()
            && fwd
                .iter()
                .all(|(i, s, _)| *i == c2 && s.to_string() == UPLINK_B)
    );

    // 5. A downstream relay on vlan20: its Relay-Forward is nested (hop count 1) and the
    //    Relay-Reply comes back to it with one level stripped. Malformed and unexpected
    //    messages are dropped and counted by reason.
    let eth0 = t.ifindex(&c20, "eth0");
    // On-link with the relay's vlan20 address, to send it the forged Relay-Reply.
    sh(&c20, "ip addr add 2001:db8:a20::99/64 dev eth0 nodad");
    let ns_path = format!("/var/run/netns/{c20}");
    let downstream = std::thread::spawn(move || {
        let f = std::fs::File::open(&ns_path).unwrap();
        nix::sched::setns(f, nix::sched::CloneFlags::CLONE_NEWNET).unwrap();
        let sock = UdpSocket::bind(SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, 547, 0, 0)).unwrap();
        sock.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
        let relay_group = SocketAddrV6::new("ff02::1:2".parse().unwrap(), 547, 0, eth0);
        let solicit = support::dhcp::solicit([7, 7, 7], 0x42, 9, true, None);
        let link: Ipv6Addr = "2001:db8:a20::5".parse().unwrap();
        let peer: Ipv6Addr = "fe80::42".parse().unwrap();
        let forward = |hop: u8| {
            codec::encode_relay_level(
                dhcproto::v6::MessageType::RelayForw,
                hop,
                link,
                peer,
                Some(b"port3"),
                None,
                solicit.clone(),
            )
            .unwrap()
        };
        // Unexpected (an Advertise from a client link), malformed, over the hop limit, and
        // a Relay-Reply from someone who is not the server.
        sock.send_to(&[2, 0, 0, 1], relay_group).unwrap();
        sock.send_to(&[1, 0], relay_group).unwrap();
        sock.send_to(&forward(8), relay_group).unwrap();
        let fake_reply = codec::encode_relay_level(
            dhcproto::v6::MessageType::RelayRepl,
            0,
            link,
            peer,
            Some(b"vlan20"),
            None,
            vec![7, 1, 2, 3],
        )
        .unwrap();
        sock.send_to(
            &fake_reply,
            SocketAddrV6::new("2001:db8:a20::1".parse().unwrap(), 547, 0, 0),
        )
        .unwrap();
        let mut buf = [0u8; 2048];
        for _ in 0..3 {
            sock.send_to(&forward(0), relay_group).unwrap();
            if let Ok((n, from)) = sock.recv_from(&mut buf) {
                return Some((buf[..n].to_vec(), from));
            }
        }
        None
    });
    let (answer, from) = downstream
        .join()
        .unwrap()
        .expect("the downstream relay got no Relay-Reply");
    assert_eq!(answer[0], 13, "a Relay-Reply for the downstream relay");
    let (hop, inner) = codec::decode_relay_level(&answer).unwrap();
    assert_eq!(
        hop.link_addr,
        "2001:db8:a20::5".parse::<Ipv6Addr>().unwrap()
    );
    assert_eq!(hop.interface_id.as_deref(), Some(&b"port3"[..]));
    assert_eq!(inner[0], 7, "rapid commit: a Reply inside");
    let reply = codec::decode_message(&inner).unwrap();
    let leased = support::dhcp::leased_address(&reply);
    assert!(
        in_prefix(leased, 0xa20),
        "{leased}: pool by the inner link-address"
    );
    assert_eq!(from.port(), 547);

    let text = metrics(&t);
    for (series, at_least) in [
        ("bootforge_relay_dropped_total{reason=\"unexpected\"}", 1.0),
        ("bootforge_relay_dropped_total{reason=\"malformed\"}", 1.0),
        ("bootforge_relay_dropped_total{reason=\"hop_limit\"}", 1.0),
        (
            "bootforge_relay_dropped_total{reason=\"reply_from_unknown\"}",
            1.0,
        ),
        ("bootforge_relay_delivered_total{to=\"relay\"}", 1.0),
        ("bootforge_relay_delivered_total{to=\"client\"}", 12.0),
        (
            "bootforge_relay_client_link_layer_total{result=\"added\"}",
            12.0,
        ),
        (
            &format!("bootforge_relay_forwarded_total{{server=\"{SERVER}\",result=\"sent\"}}"),
            13.0,
        ),
    ] {
        let v = sample(&text, series);
        assert!(
            v >= at_least,
            "{series} = {v}, expected ≥ {at_least}\n{text}"
        );
    }
    assert_eq!(
        sample(
            &text,
            "bootforge_relay_client_link_layer_total{result=\"missing\"}"
        ),
        0.0
    );
    assert_eq!(sample(&text, "bootforge_relay_interfaces"), 3.0);
    let health = in_ns(&t.rtr, &["curl", "-sf", &format!("{METRICS}/healthz")]);
    let health = output_text(&health);
    assert!(
        health.contains("\"vlan30\"") && health.contains("\"status\":\"ok\""),
        "{health}"
    );
    drop(server);
}

#[test]
fn relay_config_mistakes_name_the_key() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_bootforge"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["relay", "--interface", "vlan*"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        output_text(&out).contains("relay.servers"),
        "{}",
        output_text(&out)
    );
    let out = run(&["relay", "--server", "fe80::1", "--interface", "vlan*"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        output_text(&out).contains("relay.servers[0]"),
        "{}",
        output_text(&out)
    );
    let out = run(&["relay", "--server", "2001:db8::d"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        output_text(&out).contains("relay.interfaces"),
        "{}",
        output_text(&out)
    );
    let out = run(&["relay", "--help"]);
    assert!(out.status.success());
    assert!(output_text(&out).contains("--server"));
}

/// An OVMF VM (PXE over IPv6) on a bridged "VLAN" of the router boots through the relay:
/// DHCPv6 via the relay, ipxe.efi over TFTP and the script over HTTP across the routed core,
/// iPXE's DHCPv6 via the relay again, then the profile's kernel prints the marker.
#[test]
fn ovmf_vm_boots_through_the_relay() {
    if std::env::var("BOOTFORGE_SKIP_VM").as_deref() == Ok("1") {
        eprintln!("SKIPPED ovmf_vm_boots_through_the_relay: BOOTFORGE_SKIP_VM=1");
        return;
    }
    use bootforge::mac::Mac;
    use bootforge::store::{MachineSpec, MachineState, Profile, Store, Variables};
    let manifest = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| manifest.join("../target"));
    let payload = target.join("vm-payload");
    let built = std::process::Command::new(manifest.join("tests/vm/build-payload.sh"))
        .arg(&payload)
        .output()
        .expect("build-payload.sh");
    assert!(built.status.success(), "payload: {}", output_text(&built));

    let t = Topology::new();
    sh(
        &t.rtr,
        "ip link add vlan40 type bridge && ip link set vlan40 up && \
         ip tuntap add dev tap40 mode tap && ip link set tap40 master vlan40 up && \
         ip addr add 2001:db8:a40::1/64 dev vlan40 nodad",
    );
    let dir = tempfile::tempdir().unwrap();
    let radvd_conf = dir.path().join("radvd.conf");
    std::fs::write(
        &radvd_conf,
        "interface vlan40 {\n AdvSendAdvert on;\n AdvManagedFlag on;\n AdvOtherConfigFlag on;\n \
         MinRtrAdvInterval 3;\n MaxRtrAdvInterval 4;\n \
         prefix 2001:db8:a40::/64 { AdvAutonomous off; };\n};\n",
    )
    .unwrap();
    let out = in_ns(
        &t.rtr,
        &[
            "radvd",
            "-C",
            radvd_conf.to_str().unwrap(),
            "-p",
            dir.path().join("radvd.pid").to_str().unwrap(),
            "-m",
            "logfile",
            "-l",
            dir.path().join("radvd.log").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "radvd: {}", output_text(&out));

    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("tftp")).unwrap();
    for f in ["vmlinuz", "initrd.img"] {
        std::fs::copy(payload.join(f), data.path().join("tftp").join(f)).unwrap();
    }
    let cfg = dir.path().join("server.toml");
    std::fs::write(
        &cfg,
        "[dhcp]\ninterfaces = [\"s0\"]\n[http]\ntls = false\nlisten = \"[::]:8080\"\n\
         [[dhcp.pools]]\nname = \"vlan40\"\nprefix = \"2001:db8:a40::/64\"\n\
         range_start = \"2001:db8:a40::100\"\nrange_end = \"2001:db8:a40::1ff\"\n",
    )
    .unwrap();
    let _server = ServerBuilder::new()
        .netns(&t.srv)
        .config_file(&cfg)
        .data_dir(data.path())
        .args(&["--server-address", SERVER])
        .env("BOOTFORGE_LOG", "debug,sqlx=warn")
        .start();
    let _relay = Process::start(
        "relay",
        &t.rtr,
        &[
            "relay",
            "--server",
            SERVER,
            "--interface",
            "vlan40",
            "--metrics-listen",
            "[::1]:9547",
        ],
        "DHCPv6 relay running",
    );
    let mac = Mac([0x52, 0x54, 0x00, 0xa4, 0x00, 0x01]);
    let token = format!("relay-vm-{}", std::process::id());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let store = rt
        .block_on(Store::open(&data.path().join("bootforge.db")))
        .unwrap();
    rt.block_on(store.create_profile(&Profile {
        name: "vmtest".into(),
        description: "relay VM test".into(),
        kernel: "vmlinuz".into(),
        initrd: "initrd.img".into(),
        cmdline: "console=ttyS0 panic=-1 bootforge.test={{ variables.token }}".into(),
        template: "install.ipxe".into(),
        variables: Variables::new(),
    }))
    .unwrap();
    let mut variables = Variables::new();
    variables.insert("token".into(), serde_json::Value::String(token.clone()));
    rt.block_on(store.create_machine(
        mac,
        &MachineSpec {
            hostname: "vm-relay".into(),
            profile: Some("vmtest".into()),
            state: Some(MachineState::Ready),
            variables,
        },
    ))
    .unwrap();
    rt.block_on(store.close());

    let serial = dir.path().join("serial.log");
    let status = std::process::Command::new(manifest.join("tests/vm/qemu.sh"))
        .args([
            &t.rtr,
            "tap40",
            &mac.to_string(),
            "pxe",
            serial.to_str().unwrap(),
            "300",
        ])
        .stdin(std::process::Stdio::null())
        .status()
        .expect("qemu.sh");
    let serial_text =
        String::from_utf8_lossy(&std::fs::read(&serial).unwrap_or_default()).into_owned();
    let marker = serial_text
        .lines()
        .find(|l| l.contains("BOOTFORGE-MARKER"))
        .unwrap_or_else(|| {
            let tail: Vec<&str> = serial_text.lines().rev().take(40).collect();
            panic!(
                "no marker from the VM (qemu {status}); serial tail:\n{}",
                tail.into_iter().rev().collect::<Vec<_>>().join("\n")
            )
        });
    assert!(
        marker.contains(&format!("bootforge.test={token}")),
        "{marker}"
    );
    let sql = |q: &str| {
        let out = std::process::Command::new("sqlite3")
            .arg("-cmd")
            .arg(".timeout 5000")
            .arg(data.path().join("bootforge.db"))
            .arg(q)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    assert_eq!(
        sql(&format!(
            "SELECT DISTINCT mac_source FROM identities WHERE mac = '{mac}'"
        )),
        "relay_option"
    );
    let pools = sql(&format!(
        "SELECT DISTINCT pool FROM leases WHERE mac = '{mac}'"
    ));
    assert_eq!(pools, "vlan40");
}
