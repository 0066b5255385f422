//! Property tests over decode + reply policy: whatever arrives, the server neither panics nor
//! builds a reply it cannot encode, and replies echo the transaction id. Runs as part of
//! `cargo test` (proptest); the same properties, and more, are checked by the cargo-fuzz target
//! in `fuzz/` at the repository root (`fuzz/src/lib.rs`).

use std::collections::HashMap;

use dhcproto::v4::Architecture;
use dhcproto::v6::{DhcpOption, Message, MessageType, IANA};
use dhcproto::Encodable;
use proptest::prelude::*;

use super::classify::BootUrls;
use super::codec;
use super::identity::MacSource;
use super::leases::LeaseTable;
use super::policy::{decide, ClientContext, PolicyConfig};
use super::pool::Pool;
use crate::mac::Mac;

fn policy() -> PolicyConfig {
    PolicyConfig {
        server_duid: vec![0, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
        preference: 255,
        rapid_commit: true,
        t1: 10,
        t2: 16,
        preferred_lifetime: 20,
        valid_lifetime: 30,
        decline_hold: 60,
        dns_servers: vec!["2001:db8::53".parse().unwrap()],
        domain_search: vec![],
        secret: [1; 16],
        pools: vec![Pool {
            name: "p".into(),
            prefix: "2001:db8::/64".parse().unwrap(),
            start: "2001:db8::10".parse().unwrap(),
            end: "2001:db8::2f".parse().unwrap(),
            interface: None,
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }],
        reservations: HashMap::new(),
    }
}

/// Decode, decide and encode like the server does; returns the reply bytes.
fn serve_one(cfg: &PolicyConfig, table: &mut LeaseTable, bytes: &[u8], mac: u8) -> Option<Vec<u8>> {
    let inbound = codec::decode(bytes).ok()?;
    let ctx = ClientContext {
        mac: Some((Mac([2, 0, 0, 0, 0, mac]), MacSource::Eui64)),
        pools: vec!["p".into()],
        via_unicast: false,
        now: 1000,
        urls: BootUrls {
            server: "2001:db8::1".parse().unwrap(),
            http_port: 8080,
        },
    };
    let d = decide(cfg, table, &inbound.msg, &ctx);
    let reply = d.reply?;
    assert_eq!(reply.xid(), inbound.msg.xid(), "reply echoes the xid");
    Some(codec::encode(&reply, &inbound.relays).expect("every reply encodes"))
}

/// Valid client messages of every type, with arbitrary IAIDs and architectures.
fn client_message() -> impl Strategy<Value = Vec<u8>> {
    (
        0usize..8,
        any::<[u8; 3]>(),
        any::<u32>(),
        any::<u16>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(kind, xid, iaid, arch, with_server_id, rapid)| {
            let kinds = [
                MessageType::Solicit,
                MessageType::Request,
                MessageType::Confirm,
                MessageType::Renew,
                MessageType::Rebind,
                MessageType::Release,
                MessageType::Decline,
                MessageType::InformationRequest,
            ];
            let mut m = Message::new_with_id(kinds[kind], xid);
            m.opts_mut().insert(DhcpOption::ClientId(vec![0, 4, 0, 0]));
            if kinds[kind] != MessageType::InformationRequest {
                m.opts_mut().insert(DhcpOption::IANA(IANA {
                    id: iaid,
                    t1: 0,
                    t2: 0,
                    opts: Default::default(),
                }));
            }
            if with_server_id {
                m.opts_mut()
                    .insert(DhcpOption::ServerId(policy().server_duid));
            }
            if rapid {
                m.opts_mut().insert(DhcpOption::RapidCommit);
            }
            m.opts_mut()
                .insert(DhcpOption::ClientArchType(vec![Architecture(arch)]));
            m.to_vec().unwrap()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut table = LeaseTable::default();
        let _ = serve_one(&policy(), &mut table, &bytes, 1);
    }

    #[test]
    fn mutated_messages_never_panic(msg in client_message(), flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8), cut in any::<usize>()) {
        let mut bytes = msg;
        for (i, b) in flips {
            let n = bytes.len();
            bytes[i % n] ^= b;
        }
        bytes.truncate(cut % (bytes.len() + 1));
        let _ = serve_one(&policy(), &mut LeaseTable::default(), &bytes, 1);
    }

    #[test]
    fn every_client_holds_at_most_one_address_per_ia(msgs in proptest::collection::vec((client_message(), 0u8..40), 1..60)) {
        let cfg = policy();
        let mut table = LeaseTable::default();
        for (m, mac) in &msgs {
            let _ = serve_one(&cfg, &mut table, m, *mac);
        }
        // Addresses are unique by construction (the table is keyed by address, as the disk
        // is); what must also hold: each active lease is in range and no (client, IA) owns two.
        let mut owners = std::collections::HashSet::new();
        for l in table.records().filter(|l| l.state == crate::dhcpv6::leases::LeaseState::Active) {
            prop_assert!(cfg.pools[0].in_range(l.address));
            prop_assert!(owners.insert((l.duid.clone(), l.iaid, l.mac)), "{:?} holds two addresses", l);
        }
    }
}
