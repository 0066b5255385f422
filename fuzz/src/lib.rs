//! The harness shared by the libFuzzer target and the stable driver: the server's packet path
//! without sockets (decode → validate → policy → encode) over one lease table, checking what
//! must hold for every reply.
//!
//! Input: up to [`MAX_DATAGRAMS`] records `[control, len_hi, len_lo, bytes…]`; the control
//! byte says whether the datagram came by unicast (bit 0) and which of 8 MACs sent it (bits
//! 1–3), so sequences of messages reach the stateful paths (Request after Solicit, Renew,
//! Release, Decline, pools filling up).

use std::collections::{HashMap, HashSet};

use bootforge::dhcpv6::classify::BootUrls;
use bootforge::dhcpv6::codec;
use bootforge::dhcpv6::identity::MacSource;
use bootforge::dhcpv6::leases::LeaseState;
use bootforge::dhcpv6::leases::LeaseTable;
use bootforge::dhcpv6::policy::{decide, ClientContext, PolicyConfig};
use bootforge::dhcpv6::pool::Pool;
use bootforge::dhcpv6::validate;
use bootforge::mac::Mac;
use dhcproto::v6::{DhcpOption, MessageType};

pub const MAX_DATAGRAMS: usize = 8;
pub const SERVER_DUID: [u8; 18] = [0, 4, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7];

/// Two small pools on one link, so exhaustion and the move to the next pool happen.
pub fn policy() -> PolicyConfig {
    let pool = |name: &str, start: &str, end: &str| Pool {
        name: name.into(),
        prefix: "2001:db8:f::/64".parse().unwrap(),
        start: start.parse().unwrap(),
        end: end.parse().unwrap(),
        interface: None,
        interface_ids: vec![b"vlan42".to_vec()],
        relay_addresses: Vec::new(),
    };
    PolicyConfig {
        server_duid: SERVER_DUID.to_vec(),
        preference: 255,
        rapid_commit: true,
        t1: 10,
        t2: 16,
        preferred_lifetime: 20,
        valid_lifetime: 30,
        decline_hold: 60,
        dns_servers: vec!["2001:db8:f::53".parse().unwrap()],
        domain_search: vec![],
        secret: [3; 16],
        pools: vec![
            pool("first", "2001:db8:f::10", "2001:db8:f::13"),
            pool("second", "2001:db8:f::20", "2001:db8:f::2f"),
        ],
        reservations: HashMap::new(),
    }
}

/// Split the input into datagrams.
pub fn datagrams(mut data: &[u8]) -> Vec<(u8, &[u8])> {
    let mut out = Vec::new();
    while data.len() >= 3 && out.len() < MAX_DATAGRAMS {
        let control = data[0];
        let len = usize::from(u16::from_be_bytes([data[1], data[2]])).min(data.len() - 3);
        out.push((control, &data[3..3 + len]));
        data = &data[3 + len..];
    }
    out
}

/// Frame datagrams as [`exercise`] reads them (for seeds).
pub fn frame(records: &[(u8, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (control, bytes) in records {
        out.push(*control);
        out.extend_from_slice(&(bytes.len() as u16).to_be_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

/// How far one input's datagrams got (for the driver's report).
#[derive(Debug, Default, Clone, Copy)]
pub struct Reach {
    pub datagrams: u64,
    pub decoded: u64,
    pub answered: u64,
}

/// Run one input; panics if an invariant breaks.
pub fn exercise(data: &[u8]) -> Reach {
    let mut reach = Reach::default();
    let cfg = policy();
    let mut table = LeaseTable::default();
    for (i, (control, bytes)) in datagrams(data).into_iter().enumerate() {
        reach.datagrams += 1;
        let Ok(inbound) = codec::decode(bytes) else {
            continue;
        };
        reach.decoded += 1;
        let unicast = control & 1 == 1;
        let direct = inbound.relays.is_empty();
        let verdict = validate::check(&inbound, &cfg.server_duid, unicast);
        if validate::check_relays(&inbound.relays).is_err() {
            assert!(verdict.is_err(), "check covers check_relays");
            continue;
        }
        let mac = Mac([2, 0, 0, 0, 0, (control >> 1) & 7]);
        let ctx = ClientContext {
            mac: Some((mac, MacSource::Eui64)),
            pools: vec!["first".into(), "second".into()],
            via_unicast: unicast && direct,
            now: 1000 + i as i64,
            urls: BootUrls {
                server: "2001:db8:f::1".parse().unwrap(),
                http_port: 8080,
            },
        };
        let d = decide(&cfg, &mut table, &inbound.msg, &ctx);
        let Some(reply) = d.reply else {
            assert!(d.changes.is_empty(), "a dropped message changes nothing");
            continue;
        };
        // What the validation step refuses, the policy never answers.
        assert!(
            verdict.is_ok(),
            "answered a message validation drops: {verdict:?}"
        );
        assert_eq!(reply.xid(), inbound.msg.xid(), "reply echoes the xid");
        assert!(
            matches!(
                reply.msg_type(),
                MessageType::Advertise | MessageType::Reply
            ),
            "only Advertise or Reply"
        );
        let ours = DhcpOption::ServerId(SERVER_DUID.to_vec());
        assert!(reply.opts().iter().any(|o| *o == ours), "our Server ID");
        let client_id = |m: &dhcproto::v6::Message| {
            m.opts()
                .iter()
                .find(|o| matches!(o, DhcpOption::ClientId(_)))
                .cloned()
        };
        assert_eq!(
            client_id(&reply),
            client_id(&inbound.msg),
            "Client ID echoed"
        );
        if reply.msg_type() == MessageType::Advertise {
            assert!(d.changes.is_empty(), "an Advertise commits nothing");
        }
        let wire = codec::encode(&reply, &inbound.relays).expect("every reply encodes");
        assert!(wire.len() <= u16::MAX as usize, "reply fits a datagram");
        reach.answered += 1;
    }
    // Table invariants: in range, one address per (client, IA).
    let mut owners = HashSet::new();
    for l in table.records() {
        assert!(
            cfg.pools
                .iter()
                .any(|p| l.pool == p.name && p.in_range(l.address)),
            "{l:?} outside its pool"
        );
        if l.state == LeaseState::Active {
            assert!(
                owners.insert((l.duid.clone(), l.iaid, l.mac)),
                "{l:?} holds two"
            );
        }
    }
    reach
}

/// Valid exchanges to start mutating from: each client message type, with and without
/// identifiers, boot-client options, and wrapped in a Relay-Forward.
pub fn seeds() -> Vec<Vec<u8>> {
    use dhcproto::v4::Architecture;
    use dhcproto::v6::{IAAddr, Message, IANA, ORO};
    use dhcproto::Encodable;
    let client: Vec<u8> = vec![0, 3, 0, 1, 2, 0, 0, 0, 0, 1];
    let ia = |addr: Option<&str>| {
        let mut opts = dhcproto::v6::DhcpOptions::new();
        if let Some(a) = addr {
            opts.insert(DhcpOption::IAAddr(IAAddr {
                addr: a.parse().unwrap(),
                preferred_life: 0,
                valid_life: 0,
                opts: Default::default(),
            }));
        }
        DhcpOption::IANA(IANA {
            id: 1,
            t1: 0,
            t2: 0,
            opts,
        })
    };
    let build = |kind: MessageType, server_id: bool, addr: Option<&str>, extra: Vec<DhcpOption>| {
        let mut m = Message::new_with_id(kind, [1, 2, 3]);
        m.opts_mut().insert(DhcpOption::ClientId(client.clone()));
        if server_id {
            m.opts_mut()
                .insert(DhcpOption::ServerId(SERVER_DUID.to_vec()));
        }
        if kind != MessageType::InformationRequest {
            m.opts_mut().insert(ia(addr));
        }
        for o in extra {
            m.opts_mut().insert(o);
        }
        m.to_vec().unwrap()
    };
    let boot = || {
        vec![
            DhcpOption::ClientArchType(vec![Architecture(7)]),
            DhcpOption::ORO(ORO {
                opts: vec![dhcproto::v6::OptionCode::OptBootfileUrl],
            }),
            DhcpOption::ElapsedTime(0),
        ]
    };
    let addr = Some("2001:db8:f::10");
    let solicit = build(MessageType::Solicit, false, None, boot());
    let rapid = build(
        MessageType::Solicit,
        false,
        None,
        vec![DhcpOption::RapidCommit],
    );
    let request = build(MessageType::Request, true, None, boot());
    let renew = build(MessageType::Renew, true, addr, vec![]);
    let rebind = build(MessageType::Rebind, false, Some("2001:db8:dead::1"), vec![]);
    let confirm = build(MessageType::Confirm, false, addr, vec![]);
    let release = build(MessageType::Release, true, addr, vec![]);
    let decline = build(MessageType::Decline, true, addr, vec![]);
    let info = build(MessageType::InformationRequest, false, None, boot());
    let relayed = |inner: &[u8]| {
        let mut b = vec![12, 0];
        b.extend_from_slice(
            &"2001:db8:f::1"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
        );
        b.extend_from_slice(&"fe80::1".parse::<std::net::Ipv6Addr>().unwrap().octets());
        for (code, data) in [
            (18u16, &b"vlan42"[..]),
            (79, &[0, 1, 2, 0, 0, 0, 0, 9][..]),
            (9, inner),
        ] {
            b.extend_from_slice(&code.to_be_bytes());
            b.extend_from_slice(&(data.len() as u16).to_be_bytes());
            b.extend_from_slice(data);
        }
        b
    };
    vec![
        frame(&[
            (0, solicit.clone()),
            (0, request.clone()),
            (0, renew.clone()),
            (0, release),
        ]),
        frame(&[(2, rapid), (2, rebind), (2, confirm), (2, decline)]),
        frame(&[(0, relayed(&solicit)), (0, relayed(&request))]),
        frame(&[(1, info.clone()), (0, info), (1, request), (1, renew)]),
        frame(&[(0, relayed(&relayed(&solicit)))]),
    ]
}
