//! Reply building for each message type and status code, without sockets.

use super::*;
use crate::dhcpv6::classify::BootUrls;
use dhcproto::v4::Architecture;
use dhcproto::v6::{UserClass, VendorClass, ORO};
use dhcproto::{Decodable, Decoder, Encodable};

const SERVER_DUID: &[u8] = &[0, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];
const ZERO_DUID: &[u8] = &[0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const MAC_A: Mac = Mac([0x52, 0x54, 0, 0, 0, 0xa]);
const MAC_B: Mac = Mac([0x52, 0x54, 0, 0, 0, 0xb]);

fn cfg() -> PolicyConfig {
    PolicyConfig {
        server_duid: SERVER_DUID.to_vec(),
        preference: 255,
        rapid_commit: true,
        t1: 100,
        t2: 160,
        preferred_lifetime: 200,
        valid_lifetime: 300,
        decline_hold: 1000,
        dns_servers: vec!["2001:db8::53".parse().unwrap()],
        domain_search: vec![Name::from_ascii("lab.example.").unwrap()],
        secret: [5; 16],
        pools: vec![Pool {
            name: "lab".into(),
            prefix: "2001:db8:b007::/64".parse().unwrap(),
            start: "2001:db8:b007::1000".parse().unwrap(),
            end: "2001:db8:b007::1fff".parse().unwrap(),
            interface: None,
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }],
        reservations: HashMap::new(),
    }
}

fn ctx(mac: Option<Mac>) -> ClientContext {
    ClientContext {
        mac: mac.map(|m| (m, MacSource::Eui64)),
        pools: vec!["lab".into()],
        via_unicast: false,
        now: 1000,
        urls: BootUrls {
            server: "2001:db8:b007::1".parse().unwrap(),
            http_port: 8080,
        },
    }
}

fn msg(kind: MessageType, iaid: Option<u32>) -> Message {
    let mut m = Message::new_with_id(kind, [0xab, 0xcd, 0xef]);
    m.opts_mut()
        .insert(DhcpOption::ClientId(ZERO_DUID.to_vec()));
    if let Some(id) = iaid {
        m.opts_mut().insert(DhcpOption::IANA(IANA {
            id,
            t1: 0,
            t2: 0,
            opts: Default::default(),
        }));
    }
    m
}

fn with_server_id(mut m: Message, id: &[u8]) -> Message {
    m.opts_mut().insert(DhcpOption::ServerId(id.to_vec()));
    m
}

/// MAC_A's IA 1 requests and gets an address; returns it.
fn lease_one(c: &PolicyConfig, t: &mut LeaseTable) -> Ipv6Addr {
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    decide(c, t, &req, &ctx(Some(MAC_A))).summary.addresses[0]
}

/// A `kind` message to this server about `addr` in IA 1 (Renew, Release, Decline).
fn about(kind: MessageType, addr: Ipv6Addr) -> Message {
    with_addr(with_server_id(msg(kind, None), SERVER_DUID), 1, addr)
}

fn with_addr(mut m: Message, iaid: u32, addr: Ipv6Addr) -> Message {
    m.opts_mut().remove(OptionCode::IANA);
    let mut opts = dhcproto::v6::DhcpOptions::new();
    opts.insert(DhcpOption::IAAddr(IAAddr {
        addr,
        preferred_life: 0,
        valid_life: 0,
        opts: Default::default(),
    }));
    m.opts_mut().insert(DhcpOption::IANA(IANA {
        id: iaid,
        t1: 0,
        t2: 0,
        opts,
    }));
    m
}

fn firmware(mut m: Message, arch: u16) -> Message {
    m.opts_mut()
        .insert(DhcpOption::ClientArchType(vec![Architecture(arch)]));
    m
}

fn reply_ia(reply: &Message) -> &IANA {
    reply
        .opts()
        .iter()
        .find_map(|o| match o {
            DhcpOption::IANA(ia) => Some(ia),
            _ => None,
        })
        .expect("reply has an IA_NA")
}

fn ia_status(ia: &IANA) -> Option<Status> {
    ia.opts.iter().find_map(|o| match o {
        DhcpOption::StatusCode(s) => Some(s.status),
        _ => None,
    })
}

fn top_status(reply: &Message) -> Option<Status> {
    reply.opts().iter().find_map(|o| match o {
        DhcpOption::StatusCode(s) => Some(s.status),
        _ => None,
    })
}

fn boot_url(reply: &Message) -> Option<String> {
    crate::dhcpv6::codec::unknown_option(reply, 59).map(|d| String::from_utf8_lossy(d).into_owned())
}

/// Checked on the wire form, since that is what firmware sees.
fn http_client_echo(reply: &Message) -> bool {
    let wire = Message::decode(&mut Decoder::new(&reply.to_vec().unwrap())).unwrap();
    let echoed = wire.opts().iter().any(|o| {
        matches!(o, DhcpOption::VendorClass(v) if v.num == 343 && v.data == vec![b"HTTPClient".to_vec()])
    });
    echoed
}

#[test]
fn solicit_gets_advertise_with_address_preference_and_no_commit() {
    let mut t = LeaseTable::default();
    let d = decide(
        &cfg(),
        &mut t,
        &msg(MessageType::Solicit, Some(1)),
        &ctx(Some(MAC_A)),
    );
    let r = d.reply.unwrap();
    assert_eq!(r.msg_type(), MessageType::Advertise);
    assert_eq!(r.xid(), [0xab, 0xcd, 0xef]);
    assert!(r.opts().iter().any(|o| *o == DhcpOption::Preference(255)));
    assert!(r
        .opts()
        .iter()
        .any(|o| *o == DhcpOption::ClientId(ZERO_DUID.to_vec())));
    assert!(r
        .opts()
        .iter()
        .any(|o| *o == DhcpOption::ServerId(SERVER_DUID.to_vec())));
    let ia = reply_ia(&r);
    assert_eq!((ia.id, ia.t1, ia.t2), (1, 100, 160));
    assert!(d.changes.is_empty(), "an Advertise commits nothing");
    assert!(t.is_empty());
    assert_eq!(d.summary.addresses.len(), 1);
    assert!(cfg().pools[0].in_range(d.summary.addresses[0]));
}

#[test]
fn request_commits_the_advertised_address() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let adv = decide(
        &c,
        &mut t,
        &msg(MessageType::Solicit, Some(1)),
        &ctx(Some(MAC_A)),
    );
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    let d = decide(&c, &mut t, &req, &ctx(Some(MAC_A)));
    let r = d.reply.unwrap();
    assert_eq!(r.msg_type(), MessageType::Reply);
    assert_eq!(d.summary.addresses, adv.summary.addresses);
    assert_eq!(d.changes.len(), 1);
    match &d.changes[0] {
        LeaseChange::Upsert(l) => {
            assert_eq!(l.address, adv.summary.addresses[0]);
            assert_eq!(l.mac, Some(MAC_A));
            assert_eq!(l.expires_at, 1300);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn rapid_commit_replies_at_once_and_commits() {
    let mut m = msg(MessageType::Solicit, Some(1));
    m.opts_mut().insert(DhcpOption::RapidCommit);
    let mut t = LeaseTable::default();
    let d = decide(&cfg(), &mut t, &m, &ctx(Some(MAC_A)));
    let r = d.reply.unwrap();
    assert_eq!(r.msg_type(), MessageType::Reply);
    assert!(r.opts().iter().any(|o| *o == DhcpOption::RapidCommit));
    assert_eq!(d.changes.len(), 1);

    let mut no_rc = cfg();
    no_rc.rapid_commit = false;
    let d = decide(&no_rc, &mut LeaseTable::default(), &m, &ctx(Some(MAC_A)));
    assert_eq!(d.reply.unwrap().msg_type(), MessageType::Advertise);
}

#[test]
fn identical_duids_with_different_macs_get_distinct_leases() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    let a = decide(&c, &mut t, &req, &ctx(Some(MAC_A)));
    let b = decide(&c, &mut t, &req, &ctx(Some(MAC_B)));
    assert_ne!(a.summary.addresses, b.summary.addresses);
    assert_eq!(t.len(), 2);
}

#[test]
fn exhausted_pool_says_no_addrs_avail_in_the_ia() {
    let mut c = cfg();
    c.pools[0].end = c.pools[0].start;
    let mut t = LeaseTable::default();
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    decide(&c, &mut t, &req, &ctx(Some(MAC_A)));
    let d = decide(&c, &mut t, &req, &ctx(Some(MAC_B)));
    assert_eq!(
        ia_status(reply_ia(d.reply.as_ref().unwrap())),
        Some(Status::NoAddrsAvail)
    );
    assert!(d.changes.is_empty());
    let adv = decide(
        &c,
        &mut t,
        &msg(MessageType::Solicit, Some(1)),
        &ctx(Some(MAC_B)),
    );
    let r = adv.reply.unwrap();
    assert_eq!(r.msg_type(), MessageType::Advertise);
    assert_eq!(ia_status(reply_ia(&r)), Some(Status::NoAddrsAvail));
}

#[test]
fn server_id_rules() {
    let c = cfg();
    let mut t = LeaseTable::default();
    // Request for another server, or without a server id: dropped.
    let other = with_server_id(msg(MessageType::Request, Some(1)), &[0, 4, 1]);
    assert!(decide(&c, &mut t, &other, &ctx(None)).reply.is_none());
    assert!(
        decide(&c, &mut t, &msg(MessageType::Renew, Some(1)), &ctx(None))
            .reply
            .is_none()
    );
    // Solicit / Rebind / Confirm must not carry one.
    let sol = with_server_id(msg(MessageType::Solicit, Some(1)), SERVER_DUID);
    assert!(decide(&c, &mut t, &sol, &ctx(None)).reply.is_none());
    let reb = with_server_id(msg(MessageType::Rebind, Some(1)), SERVER_DUID);
    assert!(decide(&c, &mut t, &reb, &ctx(None)).reply.is_none());
    // Information-Request: ours or none.
    let info = Message::new_with_id(MessageType::InformationRequest, [1, 1, 1]);
    assert!(decide(&c, &mut t, &info, &ctx(None)).reply.is_some());
    let info_other = with_server_id(info.clone(), &[0, 4, 1]);
    assert!(decide(&c, &mut t, &info_other, &ctx(None)).reply.is_none());
    // No client id on a Solicit: dropped.
    let mut anon = Message::new_with_id(MessageType::Solicit, [1, 1, 1]);
    anon.opts_mut().insert(DhcpOption::IANA(IANA {
        id: 1,
        t1: 0,
        t2: 0,
        opts: Default::default(),
    }));
    assert!(decide(&c, &mut t, &anon, &ctx(None)).reply.is_none());
}

#[test]
fn renew_extends_and_unknown_renew_is_no_binding() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let addr = lease_one(&c, &mut t);
    let renew = about(MessageType::Renew, addr);
    let mut later = ctx(Some(MAC_A));
    later.now = 2000;
    let d = decide(&c, &mut t, &renew, &later);
    assert_eq!(d.summary.addresses, vec![addr]);
    assert!(matches!(&d.changes[0], LeaseChange::Upsert(l) if l.expires_at == 2300));

    let d = decide(&c, &mut t, &renew, &ctx(Some(MAC_B)));
    assert_eq!(
        ia_status(reply_ia(d.reply.as_ref().unwrap())),
        Some(Status::NoBinding)
    );
    assert!(d.changes.is_empty());
}

/// (address, preferred, valid) of every IAADDR in the IA.
fn ia_lifetimes(ia: &IANA) -> Vec<(Ipv6Addr, u32, u32)> {
    ia.opts
        .iter()
        .filter_map(|o| match o {
            DhcpOption::IAAddr(a) => Some((a.addr, a.preferred_life, a.valid_life)),
            _ => None,
        })
        .collect()
}

#[test]
fn rebind_or_renew_of_foreign_address_gets_zero_lifetimes_and_a_new_address() {
    let c = cfg();
    let foreign: Ipv6Addr = "2001:db8:dead::1".parse().unwrap();
    for kind in [MessageType::Rebind, MessageType::Renew] {
        let mut t = LeaseTable::default();
        let m = with_addr(msg(kind, None), 1, foreign);
        let m = if kind == MessageType::Renew {
            with_server_id(m, SERVER_DUID)
        } else {
            m
        };
        let d = decide(&c, &mut t, &m, &ctx(Some(MAC_A)));
        let lifetimes = ia_lifetimes(reply_ia(d.reply.as_ref().unwrap()));
        assert_eq!(lifetimes.len(), 2, "{kind:?}: {lifetimes:?}");
        assert!(lifetimes.contains(&(foreign, 0, 0)), "{kind:?}");
        // (dhcproto keeps options sorted, so the order within the IA is not ours to pick.)
        let (fresh, _, _) = *lifetimes.iter().find(|l| l.0 != foreign).unwrap();
        assert!(c.pools[0].in_range(fresh), "{kind:?}");
        assert!(lifetimes.contains(&(fresh, 200, 300)), "{kind:?}");
        // Committed, so the Reply may leave.
        assert!(matches!(&d.changes[..], [LeaseChange::Upsert(l)] if l.address == fresh));
    }
}

#[test]
fn renew_after_the_pool_moved_returns_the_old_address_at_zero_and_a_new_one() {
    let mut c = cfg();
    let mut t = LeaseTable::default();
    let old = lease_one(&c, &mut t);
    // Reload: the pool "lab" is gone; "lab2" serves the link with another prefix.
    c.pools[0] = Pool {
        name: "lab2".into(),
        prefix: "2001:db8:b008::/64".parse().unwrap(),
        start: "2001:db8:b008::1000".parse().unwrap(),
        end: "2001:db8:b008::1fff".parse().unwrap(),
        interface: None,
        interface_ids: Vec::new(),
        relay_addresses: Vec::new(),
    };
    let mut x = ctx(Some(MAC_A));
    x.pools = vec!["lab2".into()];
    let d = decide(&c, &mut t, &about(MessageType::Renew, old), &x);
    let lifetimes = ia_lifetimes(reply_ia(d.reply.as_ref().unwrap()));
    assert!(lifetimes.contains(&(old, 0, 0)), "{lifetimes:?}");
    let fresh = lifetimes.iter().find(|l| l.0 != old).unwrap().0;
    assert!(c.pools[0].in_range(fresh));
    assert!(lifetimes.contains(&(fresh, 200, 300)));
    assert_eq!(d.changes[0], LeaseChange::Remove(old), "old lease dropped");
    assert_eq!(
        t.binding(&ClientKey {
            duid: ZERO_DUID.to_vec(),
            iaid: 1,
            mac: Some(MAC_A)
        })
        .unwrap()
        .pool,
        "lab2"
    );
    // The range shrinks under the lease: moved again.
    c.pools[0].start = "2001:db8:b008::1".parse().unwrap();
    c.pools[0].end = "2001:db8:b008::1".parse().unwrap();
    let d = decide(&c, &mut t, &about(MessageType::Renew, fresh), &x);
    let lifetimes = ia_lifetimes(reply_ia(d.reply.as_ref().unwrap()));
    assert!(lifetimes.contains(&(fresh, 0, 0)), "{lifetimes:?}");
    let fresh = c.pools[0].start;
    assert!(lifetimes.contains(&(fresh, 200, 300)), "{lifetimes:?}");
    // Same pool, address in range: an ordinary renewal.
    let d = decide(&c, &mut t, &about(MessageType::Renew, fresh), &x);
    assert_eq!(
        ia_lifetimes(reply_ia(d.reply.as_ref().unwrap())),
        [(fresh, 200, 300)]
    );
}

#[test]
fn the_next_pool_on_the_link_serves_when_the_first_is_exhausted() {
    let mut c = cfg();
    c.pools[0].end = c.pools[0].start;
    c.pools.push(Pool {
        name: "overflow".into(),
        prefix: "2001:db8:b007::/64".parse().unwrap(),
        start: "2001:db8:b007::2000".parse().unwrap(),
        end: "2001:db8:b007::2fff".parse().unwrap(),
        interface: None,
        interface_ids: Vec::new(),
        relay_addresses: Vec::new(),
    });
    let mut x = ctx(Some(MAC_A));
    x.pools = vec!["lab".into(), "overflow".into()];
    let mut t = LeaseTable::default();
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    let first = decide(&c, &mut t, &req, &x);
    assert_eq!(first.summary.addresses, [c.pools[0].start]);
    x.mac = Some((MAC_B, MacSource::Eui64));
    let second = decide(&c, &mut t, &req, &x);
    assert!(c.pools[1].in_range(second.summary.addresses[0]));
    assert!(matches!(&second.changes[..], [LeaseChange::Upsert(l)] if l.pool == "overflow"));
    // The first pool frees up; the client in the second keeps its address.
    let rel = about(MessageType::Release, first.summary.addresses[0]);
    x.mac = Some((MAC_A, MacSource::Eui64));
    assert_eq!(decide(&c, &mut t, &rel, &x).changes.len(), 1);
    x.mac = Some((MAC_B, MacSource::Eui64));
    let again = decide(&c, &mut t, &req, &x);
    assert_eq!(again.summary.addresses, second.summary.addresses);
}

#[test]
fn release_and_decline_answer_per_ia() {
    let c = cfg();
    for kind in [MessageType::Release, MessageType::Decline] {
        let mut t = LeaseTable::default();
        let addr = lease_one(&c, &mut t);
        // IA 1 is bound; IA 2 (with an address) and IA 3 (without) are unknown.
        let mut m = about(kind, addr);
        let mut ia2 = dhcproto::v6::DhcpOptions::new();
        ia2.insert(DhcpOption::IAAddr(IAAddr {
            addr: "2001:db8:b007::1999".parse().unwrap(),
            preferred_life: 0,
            valid_life: 0,
            opts: Default::default(),
        }));
        m.opts_mut().insert(DhcpOption::IANA(IANA {
            id: 2,
            t1: 0,
            t2: 0,
            opts: ia2,
        }));
        m.opts_mut().insert(DhcpOption::IANA(IANA {
            id: 3,
            t1: 0,
            t2: 0,
            opts: Default::default(),
        }));
        let d = decide(&c, &mut t, &m, &ctx(Some(MAC_A)));
        let r = d.reply.unwrap();
        assert_eq!(top_status(&r), Some(Status::Success), "{kind:?}");
        let per_ia: Vec<(u32, Option<Status>)> = r
            .opts()
            .iter()
            .filter_map(|o| match o {
                DhcpOption::IANA(ia) => Some((ia.id, ia_status(ia))),
                _ => None,
            })
            .collect();
        assert_eq!(
            per_ia,
            [
                (1, Some(Status::Success)),
                (2, Some(Status::NoBinding)),
                (3, Some(Status::NoBinding))
            ],
            "{kind:?}"
        );
        assert_eq!(d.changes.len(), 1, "{kind:?}");
    }
}

#[test]
fn information_request_is_answered_without_any_pool() {
    let mut c = cfg();
    c.pools.clear();
    let mut x = ctx(None);
    x.pools.clear();
    let mut t = LeaseTable::default();
    let mut info = Message::new_with_id(MessageType::InformationRequest, [1, 1, 1]);
    info.opts_mut().insert(DhcpOption::ORO(ORO {
        opts: vec![OptionCode::DomainNameServers],
    }));
    let r = decide(&c, &mut t, &info, &x).reply.unwrap();
    assert_eq!(r.msg_type(), MessageType::Reply);
    assert!(r
        .opts()
        .iter()
        .any(|o| matches!(o, DhcpOption::DomainNameServers(s) if s == &c.dns_servers)));
    // A boot client gets its boot URL too.
    let uefi = firmware(
        Message::new_with_id(MessageType::InformationRequest, [1, 1, 2]),
        7,
    );
    let r = decide(&c, &mut t, &uefi, &x).reply.unwrap();
    assert!(
        boot_url(&r).is_some_and(|u| u.starts_with("tftp://")),
        "{:?}",
        boot_url(&r)
    );
    // Stateful service is dropped, counted as no pool.
    let d = decide(&c, &mut t, &msg(MessageType::Solicit, Some(1)), &x);
    assert_eq!(d.summary.dropped, Some(DropReason::NoPool));
}

#[test]
fn invalid_messages_are_dropped_with_their_reason() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut empty_cid = Message::new_with_id(MessageType::Request, [1, 1, 1]);
    empty_cid
        .opts_mut()
        .insert(DhcpOption::ClientId(Vec::new()));
    let empty_cid = with_server_id(empty_cid, SERVER_DUID);
    let d = decide(&c, &mut t, &empty_cid, &ctx(Some(MAC_A)));
    assert!(d.reply.is_none());
    assert_eq!(d.summary.dropped, Some(DropReason::ClientIdInvalid));
    assert!(d.changes.is_empty() && t.is_empty());
}

#[test]
fn release_frees_and_unknown_release_is_no_binding() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let addr = lease_one(&c, &mut t);
    let rel = about(MessageType::Release, addr);
    let d = decide(&c, &mut t, &rel, &ctx(Some(MAC_A)));
    assert_eq!(d.changes, vec![LeaseChange::Remove(addr)]);
    assert_eq!(top_status(d.reply.as_ref().unwrap()), Some(Status::Success));
    assert!(t.is_empty());
    let again = decide(&c, &mut t, &rel, &ctx(Some(MAC_A)));
    assert_eq!(
        ia_status(reply_ia(again.reply.as_ref().unwrap())),
        Some(Status::NoBinding)
    );
}

#[test]
fn decline_holds_the_address_and_the_next_request_gets_another() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let addr = lease_one(&c, &mut t);
    let dec = about(MessageType::Decline, addr);
    let d = decide(&c, &mut t, &dec, &ctx(Some(MAC_A)));
    assert!(
        matches!(&d.changes[0], LeaseChange::Upsert(l) if l.state == crate::dhcpv6::leases::LeaseState::Declined && l.expires_at == 2000)
    );
    // The same Request again.
    assert_ne!(lease_one(&c, &mut t), addr);
}

#[test]
fn confirm_on_and_off_link() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let on = with_addr(
        msg(MessageType::Confirm, None),
        1,
        "2001:db8:b007::1234".parse().unwrap(),
    );
    let d = decide(&c, &mut t, &on, &ctx(None));
    assert_eq!(top_status(d.reply.as_ref().unwrap()), Some(Status::Success));
    let off = with_addr(
        msg(MessageType::Confirm, None),
        1,
        "2001:db8:ffff::1".parse().unwrap(),
    );
    let d = decide(&c, &mut t, &off, &ctx(None));
    assert_eq!(
        top_status(d.reply.as_ref().unwrap()),
        Some(Status::NotOnLink)
    );
    assert!(
        decide(&c, &mut t, &msg(MessageType::Confirm, None), &ctx(None))
            .reply
            .is_none()
    );
}

#[test]
fn request_on_a_link_without_pool_is_not_on_link() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut x = ctx(Some(MAC_A));
    x.pools.clear();
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    let d = decide(&c, &mut t, &req, &x);
    assert_eq!(
        top_status(d.reply.as_ref().unwrap()),
        Some(Status::NotOnLink)
    );
    assert!(decide(&c, &mut t, &msg(MessageType::Solicit, Some(1)), &x)
        .reply
        .is_none());
}

#[test]
fn unicast_request_gets_use_multicast() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut x = ctx(Some(MAC_A));
    x.via_unicast = true;
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    let d = decide(&c, &mut t, &req, &x);
    assert_eq!(
        top_status(d.reply.as_ref().unwrap()),
        Some(Status::UseMulticast)
    );
    assert!(d.changes.is_empty());
    // A unicast Solicit is dropped (RFC 8415 §16).
    let d = decide(&c, &mut t, &msg(MessageType::Solicit, Some(1)), &x);
    assert_eq!(d.summary.dropped, Some(DropReason::Unicast));
}

#[test]
fn information_request_gets_dns_and_search_when_asked() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut info = Message::new_with_id(MessageType::InformationRequest, [1, 1, 1]);
    info.opts_mut().insert(DhcpOption::ORO(ORO {
        opts: vec![OptionCode::DomainNameServers, OptionCode::DomainSearchList],
    }));
    let r = decide(&c, &mut t, &info, &ctx(None)).reply.unwrap();
    assert!(r
        .opts()
        .iter()
        .any(|o| matches!(o, DhcpOption::DomainNameServers(s) if s == &c.dns_servers)));
    assert!(r
        .opts()
        .iter()
        .any(|o| matches!(o, DhcpOption::DomainSearchList(_))));
    assert!(!r.opts().iter().any(|o| matches!(o, DhcpOption::IANA(_))));
    // Not asked, not a boot client: no DNS.
    let plain = Message::new_with_id(MessageType::InformationRequest, [1, 1, 1]);
    let r = decide(&c, &mut t, &plain, &ctx(None)).reply.unwrap();
    assert!(!r
        .opts()
        .iter()
        .any(|o| matches!(o, DhcpOption::DomainNameServers(_))));
}

#[test]
fn uefi_pxe_gets_tftp_url_in_advertise_and_reply() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let adv = decide(
        &c,
        &mut t,
        &firmware(msg(MessageType::Solicit, Some(1)), 7),
        &ctx(Some(MAC_A)),
    );
    let r = adv.reply.unwrap();
    assert_eq!(
        boot_url(&r).as_deref(),
        Some("tftp://[2001:db8:b007::1]/ipxe.efi")
    );
    assert!(!http_client_echo(&r));
    let req = firmware(
        with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID),
        7,
    );
    let r = decide(&c, &mut t, &req, &ctx(Some(MAC_A))).reply.unwrap();
    assert_eq!(
        boot_url(&r).as_deref(),
        Some("tftp://[2001:db8:b007::1]/ipxe.efi")
    );
}

#[test]
fn uefi_http_boot_gets_http_url_and_http_client_echo_in_both() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut sol = firmware(msg(MessageType::Solicit, Some(1)), 0x10);
    sol.opts_mut().insert(DhcpOption::VendorClass(VendorClass {
        num: 343,
        data: vec![b"HTTPClient:Arch:00016:UNDI:003001".to_vec()],
    }));
    let r = decide(&c, &mut t, &sol, &ctx(Some(MAC_A))).reply.unwrap();
    assert_eq!(
        boot_url(&r).as_deref(),
        Some("http://[2001:db8:b007::1]:8080/ipxe.efi")
    );
    assert!(http_client_echo(&r));
    let mut req = firmware(
        with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID),
        0x10,
    );
    req.opts_mut().insert(DhcpOption::VendorClass(VendorClass {
        num: 343,
        data: vec![b"HTTPClient".to_vec()],
    }));
    let r = decide(&c, &mut t, &req, &ctx(Some(MAC_A))).reply.unwrap();
    assert!(http_client_echo(&r));
    assert!(boot_url(&r).unwrap().starts_with("http://"));
}

#[test]
fn ipxe_gets_its_script_url_and_never_pxeclient() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut sol = firmware(msg(MessageType::Solicit, Some(1)), 7);
    sol.opts_mut().insert(DhcpOption::UserClass(UserClass {
        data: vec![b"iPXE".to_vec()],
    }));
    sol.opts_mut().insert(DhcpOption::VendorClass(VendorClass {
        num: 343,
        data: vec![b"PXEClient:Arch:00007:UNDI:003010".to_vec()],
    }));
    let r = decide(&c, &mut t, &sol, &ctx(Some(MAC_A))).reply.unwrap();
    assert_eq!(
        boot_url(&r).as_deref(),
        Some("http://[2001:db8:b007::1]:8080/boot/${net0/mac}.ipxe")
    );
    let wire = Message::decode(&mut Decoder::new(&r.to_vec().unwrap())).unwrap();
    let echoes_pxeclient = wire.opts().iter().any(|o| {
        matches!(o, DhcpOption::VendorClass(v) if v.data.iter().any(|d| d.starts_with(b"PXEClient")))
    });
    assert!(!echoes_pxeclient);
}

#[test]
fn plain_clients_get_no_boot_url() {
    let c = cfg();
    let mut t = LeaseTable::default();
    let mut sol = msg(MessageType::Solicit, Some(1));
    sol.opts_mut().insert(DhcpOption::ORO(ORO {
        opts: vec![OptionCode::OptBootfileUrl],
    }));
    let r = decide(&c, &mut t, &sol, &ctx(Some(MAC_A))).reply.unwrap();
    assert!(boot_url(&r).is_none());
    let bios = decide(
        &c,
        &mut t,
        &firmware(msg(MessageType::Solicit, Some(1)), 0),
        &ctx(Some(MAC_A)),
    );
    assert!(boot_url(&bios.reply.unwrap()).is_none());
}

#[test]
fn reservation_by_mac_is_honoured() {
    let mut c = cfg();
    let fixed: Ipv6Addr = "2001:db8:b007::1500".parse().unwrap();
    c.reservations.insert(MAC_A, fixed);
    let mut t = LeaseTable::default();
    let req = with_server_id(msg(MessageType::Request, Some(1)), SERVER_DUID);
    assert_eq!(
        decide(&c, &mut t, &req, &ctx(Some(MAC_A)))
            .summary
            .addresses,
        vec![fixed]
    );
    assert_ne!(
        decide(&c, &mut t, &req, &ctx(Some(MAC_B)))
            .summary
            .addresses,
        vec![fixed]
    );
}
