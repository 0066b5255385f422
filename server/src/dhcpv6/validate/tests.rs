//! One test per RFC 8415 §16 row (and the §18.4 unicast rule, and the relay-level rules),
//! each with a passing counterpart so the rule is shown to be what drops.

use super::*;
use crate::dhcpv6::codec;
use dhcproto::v6::{StatusCode, IANA};
use dhcproto::Encodable;

const OURS: &[u8] = &[0, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];
const OTHER: &[u8] = &[0, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const CLIENT: &[u8] = &[0, 3, 0, 1, 2, 0, 0, 0, 0, 1];

use MessageType as M;

/// A message of `kind` with the given client and server ids (each `None`: absent).
fn msg(kind: M, client: Option<&[u8]>, server: Option<&[u8]>) -> Message {
    let mut m = Message::new_with_id(kind, [1, 2, 3]);
    if let Some(c) = client {
        m.opts_mut().insert(DhcpOption::ClientId(c.to_vec()));
    }
    if let Some(s) = server {
        m.opts_mut().insert(DhcpOption::ServerId(s.to_vec()));
    }
    m
}

fn check_msg(m: &Message) -> Result<(), DropReason> {
    check_client_message(m, OURS, false)
}

/// The valid shape of each type: Solicit/Confirm/Rebind with a client id only;
/// Request/Renew/Release/Decline with both, ours; Information-Request with neither.
fn valid(kind: M) -> Message {
    match kind {
        M::Solicit | M::Confirm | M::Rebind => msg(kind, Some(CLIENT), None),
        M::InformationRequest => msg(kind, None, None),
        _ => msg(kind, Some(CLIENT), Some(OURS)),
    }
}

const ALL_CLIENT_TYPES: [M; 8] = [
    M::Solicit,
    M::Request,
    M::Confirm,
    M::Renew,
    M::Rebind,
    M::Release,
    M::Decline,
    M::InformationRequest,
];

#[test]
fn the_valid_shape_of_every_client_message_passes() {
    for kind in ALL_CLIENT_TYPES {
        assert_eq!(check_msg(&valid(kind)), Ok(()), "{kind:?}");
    }
}

/// §16.2 Solicit, §16.5 Confirm, §16.7 Rebind: client id required, server id forbidden.
fn client_id_required_server_id_forbidden(kind: M) {
    assert_eq!(check_msg(&valid(kind)), Ok(()), "{kind:?}");
    assert_eq!(
        check_msg(&msg(kind, None, None)),
        Err(DropReason::ClientIdMissing),
        "{kind:?}"
    );
    assert_eq!(
        check_msg(&msg(kind, Some(CLIENT), Some(OURS))),
        Err(DropReason::ServerIdForbidden),
        "{kind:?} with our own server id"
    );
    assert_eq!(
        check_msg(&msg(kind, Some(CLIENT), Some(OTHER))),
        Err(DropReason::ServerIdForbidden),
        "{kind:?}"
    );
}

/// §16.4 Request, §16.6 Renew, §16.8 Decline, §16.9 Release: both required, server id ours.
fn both_ids_required_server_id_ours(kind: M) {
    assert_eq!(check_msg(&valid(kind)), Ok(()), "{kind:?}");
    assert_eq!(
        check_msg(&msg(kind, Some(CLIENT), None)),
        Err(DropReason::ServerIdMissing),
        "{kind:?}"
    );
    assert_eq!(
        check_msg(&msg(kind, Some(CLIENT), Some(OTHER))),
        Err(DropReason::ServerIdNotOurs),
        "{kind:?}"
    );
    assert_eq!(
        check_msg(&msg(kind, None, Some(OURS))),
        Err(DropReason::ClientIdMissing),
        "{kind:?}"
    );
}

#[test]
fn rfc8415_16_2_solicit() {
    client_id_required_server_id_forbidden(M::Solicit);
}

#[test]
fn rfc8415_16_4_request() {
    both_ids_required_server_id_ours(M::Request);
}

#[test]
fn rfc8415_16_5_confirm() {
    client_id_required_server_id_forbidden(M::Confirm);
}

#[test]
fn rfc8415_16_6_renew() {
    both_ids_required_server_id_ours(M::Renew);
}

#[test]
fn rfc8415_16_7_rebind() {
    client_id_required_server_id_forbidden(M::Rebind);
}

#[test]
fn rfc8415_16_8_decline() {
    both_ids_required_server_id_ours(M::Decline);
}

#[test]
fn rfc8415_16_9_release() {
    both_ids_required_server_id_ours(M::Release);
}

// §16.12 Information-Request: server id optional but ours; no IA; client id optional.
#[test]
fn rfc8415_16_12_information_request() {
    assert_eq!(
        check_msg(&msg(M::InformationRequest, None, Some(OURS))),
        Ok(())
    );
    assert_eq!(
        check_msg(&msg(M::InformationRequest, Some(CLIENT), None)),
        Ok(())
    );
    assert_eq!(
        check_msg(&msg(M::InformationRequest, None, Some(OTHER))),
        Err(DropReason::ServerIdNotOurs)
    );
    let mut with_ia = msg(M::InformationRequest, Some(CLIENT), None);
    with_ia.opts_mut().insert(DhcpOption::IANA(IANA {
        id: 1,
        t1: 0,
        t2: 0,
        opts: Default::default(),
    }));
    assert_eq!(check_msg(&with_ia), Err(DropReason::IaInInformationRequest));
}

// CVE-2015-8373 family: an empty (or truncated, or oversized) client id, in every type that
// carries one; and in Information-Request, where it is optional but still checked.
#[test]
fn empty_short_or_long_client_ids_drop_every_type() {
    for kind in ALL_CLIENT_TYPES {
        for bad in [&[][..], &[0, 3][..], &[7u8; 131][..]] {
            let mut m = valid(kind);
            m.opts_mut().remove(OptionCode::ClientId);
            m.opts_mut().insert(DhcpOption::ClientId(bad.to_vec()));
            assert_eq!(
                check_msg(&m),
                Err(DropReason::ClientIdInvalid),
                "{kind:?} with a {}-byte client id",
                bad.len()
            );
        }
        let mut edge = valid(kind);
        edge.opts_mut().remove(OptionCode::ClientId);
        edge.opts_mut().insert(DhcpOption::ClientId(vec![0, 4, 1]));
        assert_eq!(check_msg(&edge), Ok(()), "{kind:?} with a 3-byte client id");
    }
}

#[test]
fn repeated_or_malformed_identifiers_drop() {
    let mut two = valid(M::Solicit);
    two.opts_mut()
        .insert(DhcpOption::ClientId(vec![0, 3, 0, 1, 9, 9, 9, 9, 9, 9]));
    assert_eq!(check_msg(&two), Err(DropReason::ClientIdRepeated));
    let mut two_servers = valid(M::Request);
    two_servers
        .opts_mut()
        .insert(DhcpOption::ServerId(OURS.to_vec()));
    assert_eq!(check_msg(&two_servers), Err(DropReason::ServerIdInvalid));
    for kind in [M::Request, M::InformationRequest] {
        let mut empty = valid(kind);
        empty.opts_mut().remove(OptionCode::ServerId);
        empty.opts_mut().insert(DhcpOption::ServerId(Vec::new()));
        assert_eq!(
            check_msg(&empty),
            Err(DropReason::ServerIdInvalid),
            "{kind:?}"
        );
    }
}

// RFC 8415 §16: Solicit, Confirm, Rebind, Information-Request by unicast are discarded; the
// others pass here (the policy answers UseMulticast).
#[test]
fn unicast_rule() {
    for kind in ALL_CLIENT_TYPES {
        let by_unicast = check_client_message(&valid(kind), OURS, true);
        match kind {
            M::Solicit | M::Confirm | M::Rebind | M::InformationRequest => {
                assert_eq!(by_unicast, Err(DropReason::Unicast), "{kind:?}")
            }
            _ => assert_eq!(by_unicast, Ok(()), "{kind:?}"),
        }
    }
}

#[test]
fn server_only_options_in_a_client_message_drop() {
    let server_only = [
        DhcpOption::Preference(255),
        DhcpOption::StatusCode(StatusCode {
            status: dhcproto::v6::Status::Success,
            msg: String::new(),
        }),
        DhcpOption::ServerUnicast("2001:db8::1".parse().unwrap()),
        DhcpOption::InterfaceId(b"eth0".to_vec()),
    ];
    for o in server_only {
        let mut m = valid(M::Solicit);
        m.opts_mut().insert(o.clone());
        assert_eq!(
            check_msg(&m),
            Err(DropReason::ServerOptionFromClient),
            "{o:?}"
        );
    }
    // Client options pass: Elapsed Time, Rapid Commit, Reconfigure Accept.
    let mut m = valid(M::Solicit);
    m.opts_mut().insert(DhcpOption::ElapsedTime(0));
    m.opts_mut().insert(DhcpOption::RapidCommit);
    m.opts_mut().insert(DhcpOption::ReconfAccept);
    assert_eq!(check_msg(&m), Ok(()));
}

// §16.3 Advertise, §16.10 Reply, §16.11 Reconfigure, §16.14 Relay-reply: servers discard them.
#[test]
fn rfc8415_16_3_10_11_14_server_and_relay_reply_messages_drop() {
    for kind in [M::Advertise, M::Reply, M::Reconfigure, M::RelayRepl] {
        assert_eq!(
            check_msg(&Message::new_with_id(kind, [0, 0, 0])),
            Err(DropReason::NotClientMessage)
        );
    }
}

/// A Relay-Forward around `inner` with these extra relay-level options (code, data).
fn relay_forward(inner: &[u8], extra: &[(u16, &[u8])]) -> Vec<u8> {
    let mut b = vec![12, 0];
    b.extend_from_slice(
        &"2001:db8:7::1"
            .parse::<std::net::Ipv6Addr>()
            .unwrap()
            .octets(),
    );
    b.extend_from_slice(&"fe80::1".parse::<std::net::Ipv6Addr>().unwrap().octets());
    let mut push = |code: u16, data: &[u8]| {
        b.extend_from_slice(&code.to_be_bytes());
        b.extend_from_slice(&(data.len() as u16).to_be_bytes());
        b.extend_from_slice(data);
    };
    for (code, data) in extra {
        push(*code, data);
    }
    push(18, b"swp1");
    push(9, inner);
    b
}

#[test]
fn relay_level_client_or_server_options_drop_the_relay_forward() {
    let inner = valid(M::Solicit).to_vec().unwrap();
    let ok = codec::decode(&relay_forward(&inner, &[(37, &[0, 0, 0, 9, 1])])).unwrap();
    assert_eq!(
        check(&ok, OURS, true),
        Ok(()),
        "Remote-ID is a relay option"
    );
    let forged: [(u16, &[u8]); 8] = [
        (1, CLIENT),
        (2, OURS),
        (7, &[255]),
        (8, &[0, 0]),
        (
            12,
            &[0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        ),
        (13, &[0, 0]),
        (14, &[]),
        (20, &[]),
    ];
    for (code, data) in forged {
        let inb = codec::decode(&relay_forward(&inner, &[(code, data)])).unwrap();
        assert_eq!(
            check(&inb, OURS, true),
            Err(DropReason::RelayOptionInvalid),
            "relay-level option {code}"
        );
    }
}

#[test]
fn relayed_messages_follow_the_client_rules_but_not_the_unicast_rule() {
    // Relays send by unicast: a relayed Solicit is fine.
    let inner = valid(M::Solicit).to_vec().unwrap();
    let inb = codec::decode(&relay_forward(&inner, &[])).unwrap();
    assert_eq!(check(&inb, OURS, true), Ok(()));
    // A relayed Solicit with an empty client id is still dropped.
    let bad = msg(M::Solicit, Some(&[]), None).to_vec().unwrap();
    let inb = codec::decode(&relay_forward(&bad, &[])).unwrap();
    assert_eq!(check(&inb, OURS, false), Err(DropReason::ClientIdInvalid));
    // And a relayed client message carrying a server-only option.
    let mut pref = valid(M::Solicit);
    pref.opts_mut().insert(DhcpOption::Preference(1));
    let inb = codec::decode(&relay_forward(&pref.to_vec().unwrap(), &[])).unwrap();
    assert_eq!(
        check(&inb, OURS, false),
        Err(DropReason::ServerOptionFromClient)
    );
}

#[test]
fn labels_are_distinct_and_indexed() {
    let labels: std::collections::HashSet<&str> =
        DropReason::ALL.iter().map(|r| r.label()).collect();
    assert_eq!(labels.len(), DropReason::ALL.len());
    for (i, r) in DropReason::ALL.iter().enumerate() {
        assert_eq!(r.index(), i);
    }
}
