//! Two bootforge instances on one PostgreSQL database, both serving the same link (one
//! network namespace, both bound to port 547, so every multicast reaches both): thousands of
//! clients acquire through both and no address is ever acknowledged to two clients; one
//! instance is killed with SIGKILL while clients acquire and renew, and the other keeps
//! serving every acknowledged lease.

mod support;

use std::collections::{HashMap, HashSet};
use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dhcproto::v6::{DhcpOption, Message, MessageType};
use dhcproto::Encodable;
use support::dhcp::{
    address_in, duid_ll, ia, ia_status, recv_message, renew, server_id_of, valid_lifetime,
    ALL_SERVERS,
};
use support::postgres::Database;
use support::{client_socket, Backend, Link, Server, ServerBuilder};

fn solicit(xid: [u8; 3], duid: Vec<u8>) -> Vec<u8> {
    let mut m = Message::new_with_id(MessageType::Solicit, xid);
    m.opts_mut().insert(DhcpOption::ClientId(duid));
    m.opts_mut().insert(ia(1, None));
    m.opts_mut().insert(DhcpOption::RapidCommit);
    m.to_vec().unwrap()
}

fn client_of(m: &Message) -> u16 {
    u16::from_be_bytes([m.xid()[1], m.xid()[2]])
}

/// One bootforge on the link's server namespace, on the shared database. HTTP, HTTPS and
/// TFTP on port 0 (two instances share the namespace); DHCPv6 on 547 with SO_REUSEADDR.
fn instance(link: &Link, db: &Database, pool: &str) -> Server {
    ServerBuilder::on_link(link)
        // The database is the test's, shared: the harness must not make one per server.
        .backend(Backend::Sqlite)
        .args(&[
            "--pool",
            pool,
            "--http-listen",
            "[::]:0",
            "--https-listen",
            "[::]:0",
            "--tftp-listen",
            "[::]:0",
        ])
        .env("BOOTFORGE_DATABASE_URL", db.url())
        .env("BOOTFORGE_DHCP__RAPID_COMMIT", "true")
        // Debug logs of thousands of exchanges would slow both down for nothing.
        .env("BOOTFORGE_LOG", "info")
        .start()
}

/// Every (address, owner) the leases table holds, owner as hex DUID.
fn leases_on_disk(db: &Database) -> HashMap<Ipv6Addr, String> {
    db.sql("SELECT address || ' ' || encode(duid, 'hex') FROM leases")
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(a, d)| (a.parse().unwrap(), d.to_string()))
        .collect()
}

/// Replies collected so far: every address each client was acknowledged.
#[derive(Default)]
struct Acks {
    by_client: HashMap<u16, Vec<Ipv6Addr>>,
}

impl Acks {
    fn add(&mut self, client: u16, addr: Ipv6Addr) {
        let seen = self.by_client.entry(client).or_default();
        if !seen.contains(&addr) {
            seen.push(addr);
        }
    }

    /// No address acknowledged to two clients.
    fn assert_no_address_twice(&self) -> HashSet<Ipv6Addr> {
        let mut owner: HashMap<Ipv6Addr, u16> = HashMap::new();
        for (c, addrs) in &self.by_client {
            for a in addrs {
                if let Some(other) = owner.insert(*a, *c) {
                    panic!("{a} acknowledged to client {other} and to client {c}");
                }
            }
        }
        owner.into_keys().collect()
    }

    /// Each acknowledged lease is on disk, once (the address is the key), as its client's.
    fn assert_on_disk(&self, db: &Database, tag: u8) {
        let rows = leases_on_disk(db);
        for (c, addrs) in &self.by_client {
            for a in addrs {
                assert_eq!(
                    rows.get(a),
                    Some(&hex(&duid_ll(tag, *c))),
                    "client {c}'s acknowledged {a} is not on disk as its own"
                );
            }
        }
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Receives until `until`, recording Replies with an address and a lifetime to Solicits
/// (xid[0] == `phase`) in `acks`, and Renew replies (xid[0] == 0x20 | round) in `renewed`.
fn collect(
    sock: &UdpSocket,
    until: Instant,
    phase: u8,
    acks: &mut Acks,
    mut renewed: Option<&mut HashMap<u16, Option<Ipv6Addr>>>,
) {
    while Instant::now() < until {
        let Some(m) = recv_message(sock) else {
            continue;
        };
        if m.msg_type() != MessageType::Reply {
            continue;
        }
        let c = client_of(&m);
        if m.xid()[0] == phase {
            if let (Some(a), Some(v)) = (address_in(&m), valid_lifetime(&m)) {
                if v > 0 {
                    acks.add(c, a);
                }
            }
        } else if m.xid()[0] & 0xf0 == 0x20 {
            if let Some(r) = renewed.as_deref_mut() {
                let kept = valid_lifetime(&m).filter(|v| *v > 0).and(address_in(&m));
                r.insert(c, kept);
            }
        }
    }
}

/// Solicits (Rapid Commit) for `clients` until each has a Reply: up to six rounds.
fn acquire(sock: &UdpSocket, to: SocketAddrV6, tag: u8, phase: u8, clients: &[u16]) -> Acks {
    let mut acks = Acks::default();
    for _round in 0..6 {
        let missing: Vec<u16> = clients
            .iter()
            .copied()
            .filter(|c| !acks.by_client.contains_key(c))
            .collect();
        if missing.is_empty() {
            break;
        }
        for chunk in missing.chunks(200) {
            for c in chunk {
                let [hi, lo] = c.to_be_bytes();
                sock.send_to(&solicit([phase, hi, lo], duid_ll(tag, *c)), to)
                    .unwrap();
                // ~2 000 Solicits a second.
                std::thread::sleep(Duration::from_micros(500));
            }
            collect(
                sock,
                Instant::now() + Duration::from_millis(300),
                phase,
                &mut acks,
                None,
            );
        }
        collect(
            sock,
            Instant::now() + Duration::from_millis(700),
            phase,
            &mut acks,
            None,
        );
    }
    acks
}

/// Renews every client's first acknowledged address until each is answered (six rounds);
/// returns the address each Reply kept (None: refused).
fn renew_all(
    sock: &UdpSocket,
    to: SocketAddrV6,
    tag: u8,
    server_id: &[u8],
    acks: &Acks,
) -> HashMap<u16, Option<Ipv6Addr>> {
    let mut renewed = HashMap::new();
    let mut scratch = Acks::default();
    for round in 0..6u8 {
        let missing: Vec<(u16, Ipv6Addr)> = acks
            .by_client
            .iter()
            .filter(|(c, _)| !renewed.contains_key(*c))
            .map(|(c, a)| (*c, a[0]))
            .collect();
        if missing.is_empty() {
            break;
        }
        for chunk in missing.chunks(200) {
            for (c, a) in chunk {
                let [hi, lo] = c.to_be_bytes();
                sock.send_to(
                    &renew([0x20 | round, hi, lo], duid_ll(tag, *c), server_id, *a),
                    to,
                )
                .unwrap();
                std::thread::sleep(Duration::from_micros(500));
            }
            collect(
                sock,
                Instant::now() + Duration::from_millis(300),
                0xff,
                &mut scratch,
                Some(&mut renewed),
            );
        }
        collect(
            sock,
            Instant::now() + Duration::from_millis(700),
            0xff,
            &mut scratch,
            Some(&mut renewed),
        );
    }
    renewed
}

const REPLIED: &str = "bootforge_dhcp_messages_total{type=\"solicit\",result=\"replied\"}";
const REFUSED: &str = "bootforge_store_leases_refused_total";

#[test]
fn two_instances_on_one_link_never_give_an_address_twice() {
    let link = Link::new(0x801);
    let db = Database::create();
    // 8 192 addresses for 2 000 clients: derived addresses collide often enough that both
    // instances compete for the same free ones.
    let pool = "2001:db8:801::/64,2001:db8:801::1000,2001:db8:801::2fff";
    let a = instance(&link, &db, pool);
    let b = instance(&link, &db, pool);
    let sock = client_socket(&link, 546);
    sock.set_read_timeout(Some(Duration::from_millis(20)))
        .unwrap();
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    const TAG: u8 = 0x81;
    let clients: Vec<u16> = (0..2000).collect();
    let acks = acquire(&sock, to, TAG, 8, &clients);

    let missing = clients.len() - acks.by_client.len();
    assert_eq!(missing, 0, "{missing} of 2000 clients never got a lease");
    let addresses = acks.assert_no_address_twice();
    acks.assert_on_disk(&db, TAG);
    let (replied_a, replied_b) = (a.metric(REPLIED), b.metric(REPLIED));
    assert!(
        replied_a >= 2000.0 && replied_b >= 2000.0,
        "both instances answer every client: {replied_a} and {replied_b} Solicits replied"
    );
    let rows: usize = db.sql("SELECT count(*) FROM leases").parse().unwrap();
    assert_eq!(
        rows,
        addresses.len(),
        "leases on disk that no client was told about"
    );
    eprintln!(
        "2000 clients, {} addresses acknowledged (each once); replies A {replied_a}, B \
         {replied_b}; database refusals A {}, B {}",
        addresses.len(),
        a.metric(REFUSED),
        b.metric(REFUSED)
    );
}

#[test]
fn when_one_instance_dies_the_other_keeps_every_lease_and_serves_on() {
    let link = Link::new(0x802);
    let db = Database::create();
    let pool = "2001:db8:802::/64,2001:db8:802::1000,2001:db8:802::ffff";
    let mut a = instance(&link, &db, pool);
    let b = instance(&link, &db, pool);
    let sock = client_socket(&link, 546);
    sock.set_read_timeout(Some(Duration::from_millis(20)))
        .unwrap();
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    const TAG: u8 = 0x82;

    // Phase 1, both alive: 500 clients hold leases.
    let early: Vec<u16> = (0..500).collect();
    let first = acquire(&sock, to, TAG, 8, &early);
    assert_eq!(first.by_client.len(), early.len(), "phase 1 not all served");
    let sid = {
        let [hi, lo] = 0xfffeu16.to_be_bytes();
        sock.send_to(&solicit([7, hi, lo], duid_ll(TAG, 0xfffe)), to)
            .unwrap();
        let until = Instant::now() + Duration::from_secs(5);
        loop {
            assert!(Instant::now() < until, "no answer for the Server ID");
            if let Some(m) = recv_message(&sock) {
                if m.xid()[0] == 7 {
                    break server_id_of(&m);
                }
            }
        }
    };

    // Phase 2: new clients acquire and the early ones renew, ~2 000 messages a second;
    // instance A is killed 0.8 s in, the traffic goes on for 0.7 s.
    let known: Arc<Vec<(u16, Ipv6Addr)>> =
        Arc::new(first.by_client.iter().map(|(c, a)| (*c, a[0])).collect());
    let sender = sock.try_clone().unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let flood = {
        let (stop, known, sid) = (stop.clone(), known.clone(), sid.clone());
        std::thread::spawn(move || {
            let start = Instant::now();
            let (mut n, mut fresh) = (0u64, 500u16);
            while !stop.load(Ordering::Relaxed) && fresh < 0xff00 {
                let [hi, lo] = fresh.to_be_bytes();
                sender
                    .send_to(&solicit([9, hi, lo], duid_ll(TAG, fresh)), to)
                    .unwrap();
                fresh += 1;
                let (c, addr) = known[(n as usize) % known.len()];
                let [hi, lo] = c.to_be_bytes();
                sender
                    .send_to(&renew([0x2f, hi, lo], duid_ll(TAG, c), &sid, addr), to)
                    .unwrap();
                n += 2;
                let due = start + Duration::from_micros(500 * n);
                std::thread::sleep(due.saturating_duration_since(Instant::now()));
            }
            fresh - 500
        })
    };
    let renew_replies = Mutex::new(HashMap::new());
    let mut during = Acks::default();
    {
        let mut r = renew_replies.lock().unwrap();
        collect(
            &sock,
            Instant::now() + Duration::from_millis(800),
            9,
            &mut during,
            Some(&mut r),
        );
        a.kill9();
        collect(
            &sock,
            Instant::now() + Duration::from_millis(700),
            9,
            &mut during,
            Some(&mut r),
        );
        stop.store(true, Ordering::Relaxed);
        collect(
            &sock,
            Instant::now() + Duration::from_millis(500),
            9,
            &mut during,
            Some(&mut r),
        );
    }
    let sent = flood.join().unwrap();
    assert!(
        during.by_client.len() > 200,
        "{} of {sent} new clients served around the crash: too few to test anything",
        during.by_client.len()
    );
    // A renew answered during the crash never moved a client to another address.
    for (c, kept) in renew_replies.lock().unwrap().iter() {
        let held = &first.by_client[c];
        assert!(
            kept.is_some_and(|k| held.contains(&k)),
            "client {c} renewing {held:?} during the crash got {kept:?}"
        );
    }

    // Everything acknowledged, before and around the crash: never twice, all on disk as its
    // client's, and every one renews with its address from the surviving instance alone.
    let mut all = Acks::default();
    for (c, addrs) in first.by_client.iter().chain(during.by_client.iter()) {
        for x in addrs {
            all.add(*c, *x);
        }
    }
    let addresses = all.assert_no_address_twice();
    all.assert_on_disk(&db, TAG);
    let renewed = renew_all(&sock, to, TAG, &sid, &all);
    for (c, addrs) in &all.by_client {
        let got = renewed.get(c).copied().flatten();
        assert_eq!(
            got,
            Some(addrs[0]),
            "client {c} renewing {} after the crash",
            addrs[0]
        );
    }
    // New clients get none of them.
    let fresh: Vec<u16> = (0xf000..0xf064).collect();
    let after = acquire(&sock, to, TAG, 10, &fresh);
    assert_eq!(
        after.by_client.len(),
        fresh.len(),
        "new clients not served after the crash"
    );
    for (c, addrs) in &after.by_client {
        for x in addrs {
            assert!(!addresses.contains(x), "{x} given again, to new client {c}");
        }
    }
    after.assert_no_address_twice();
    eprintln!(
        "{} leases before the crash, {} of {sent} new around it, all kept and renewed by the \
         survivor; database refusals at the survivor {}",
        first.by_client.len(),
        during.by_client.len(),
        b.metric(REFUSED)
    );
}

/// Another instance's leases reach the database without this instance hearing of them (as
/// when a notification is lost): its table offers taken addresses, the database refuses them,
/// and the exchange chooses again from what the database holds. No reply ever names a taken
/// address; the last free one is found; once none is left the answer is NoAddrsAvail.
#[test]
fn the_database_refuses_what_the_table_has_not_heard_of() {
    let link = Link::new(0x803);
    let db = Database::create();
    // 16 addresses.
    let pool = "2001:db8:803::/64,2001:db8:803::100,2001:db8:803::10f";
    let server = instance(&link, &db, pool);
    // 15 of them leased, unexpired, to other clients, behind the server's back.
    let taken: Vec<Ipv6Addr> = (0x100..0x10f)
        .map(|i| format!("2001:db8:803::{i:x}").parse().unwrap())
        .collect();
    let rows: Vec<String> = taken
        .iter()
        .enumerate()
        .map(|(i, a)| {
            format!(
                "('{a}', '\\x{}'::bytea, 1, NULL, 'default', 'active', 4000000000, 0)",
                hex(&duid_ll(0x99, i as u16))
            )
        })
        .collect();
    db.sql(&format!(
        "INSERT INTO leases (address, duid, iaid, mac, pool, state, expires_at, updated_at) \
         VALUES {}",
        rows.join(", ")
    ));
    let sock = client_socket(&link, 546);
    sock.set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    const TAG: u8 = 0x83;
    // The client retransmits (as clients do) until it is answered.
    let ask = |client: u16, phase: u8| -> Message {
        let [hi, lo] = client.to_be_bytes();
        let msg = solicit([phase, hi, lo], duid_ll(TAG, client));
        for _ in 0..40 {
            sock.send_to(&msg, to).unwrap();
            let until = Instant::now() + Duration::from_millis(500);
            while Instant::now() < until {
                match recv_message(&sock) {
                    Some(m) if m.xid()[0] == phase && client_of(&m) == client => return m,
                    _ => {}
                }
            }
        }
        panic!("client {client} never answered");
    };
    let got = ask(1, 11);
    let addr = address_in(&got).filter(|_| valid_lifetime(&got).unwrap_or(0) > 0);
    assert_eq!(
        addr,
        Some("2001:db8:803::10f".parse().unwrap()),
        "the one free address: {got:?}"
    );
    let on_disk = leases_on_disk(&db);
    for (i, a) in taken.iter().enumerate() {
        assert_eq!(
            on_disk.get(a),
            Some(&hex(&duid_ll(0x99, i as u16))),
            "{a} changed hands"
        );
    }
    let none_left = ask(2, 12);
    assert_eq!(
        ia_status(&none_left),
        Some(dhcproto::v6::Status::NoAddrsAvail),
        "a full pool answers NoAddrsAvail: {none_left:?}"
    );
    assert_eq!(leases_on_disk(&db).len(), 16);
    // The table knew none of the 15: whichever of the two clients first chose one of them
    // (the second always does, if the first drew the free one) was refused by the database.
    assert!(
        server.metric(REFUSED) >= 1.0,
        "the table offered taken addresses, so the database must have refused at least one"
    );
}
