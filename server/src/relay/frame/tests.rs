use super::*;
use crate::netif::InterfaceAddress;
use dhcproto::v6::{DhcpOption, Message, IANA};
use dhcproto::{Decodable, Decoder, Encodable};

fn addr(iface: &str, index: u32, a: &str, len: u8, scope: u8) -> InterfaceAddress {
    InterfaceAddress {
        interface: iface.into(),
        index,
        address: a.parse().unwrap(),
        prefix_len: len,
        scope,
    }
}

fn vlan(name: &str, index: u32, globals: &[(&str, u8)]) -> Interface {
    let mut addresses = vec![addr(name, index, "fe80::1", 64, 0x20)];
    addresses.extend(globals.iter().map(|(a, l)| addr(name, index, a, *l, 0)));
    Interface {
        index,
        name: name.into(),
        mac: None,
        up: true,
        addresses,
    }
}

fn solicit() -> Vec<u8> {
    let mut m = Message::new_with_id(MessageType::Solicit, [9, 8, 7]);
    m.opts_mut()
        .insert(DhcpOption::ClientId(vec![0, 3, 0, 1, 2, 0, 0, 0, 0, 1]));
    m.opts_mut().insert(DhcpOption::IANA(IANA {
        id: 1,
        t1: 0,
        t2: 0,
        opts: Default::default(),
    }));
    m.to_vec().unwrap()
}

const CLIENT: &str = "fe80::5054:ff:fe00:1";
const MAC: Mac = Mac([0x52, 0x54, 0, 0, 0, 1]);

fn from<'a>(iface: &'a Interface, src: &str, mac: Option<Mac>) -> FromDownstream<'a> {
    FromDownstream {
        iface,
        src: src.parse().unwrap(),
        client_mac: mac,
    }
}

#[test]
fn client_message_becomes_a_relay_forward_with_link_address_interface_id_and_option_79() {
    let v = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let f = forward(&solicit(), &from(&v, CLIENT, Some(MAC))).unwrap();
    assert_eq!((f.hop_count, f.inner_type, f.linklayer), (0, 1, true));
    // The server's decoder reads it back: one hop, everything in place.
    let inb = codec::decode(&f.packet).unwrap();
    assert_eq!(inb.relays.len(), 1);
    let hop = &inb.relays[0];
    assert_eq!(hop.hop_count, 0);
    assert_eq!(hop.link_addr, "2001:db8:10::1".parse::<Ipv6Addr>().unwrap());
    assert_eq!(hop.peer_addr, CLIENT.parse::<Ipv6Addr>().unwrap());
    assert_eq!(hop.interface_id.as_deref(), Some(&b"vlan10"[..]));
    assert_eq!(
        hop.client_linklayer.as_deref(),
        Some(&[0, 1, 0x52, 0x54, 0, 0, 0, 1][..])
    );
    assert_eq!(inb.msg.to_vec().unwrap(), solicit());
}

#[test]
fn without_a_mac_option_79_is_left_out() {
    let v = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let f = forward(&solicit(), &from(&v, CLIENT, None)).unwrap();
    assert!(!f.linklayer);
    let inb = codec::decode(&f.packet).unwrap();
    assert_eq!(inb.relays[0].client_linklayer, None);
}

#[test]
fn link_address_follows_the_interface_and_prefers_a_link_prefix() {
    // A VRRP fail-over: the old address is gone, the new one is the link-address.
    let before = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let after = vlan("vlan10", 5, &[("2001:db8:11::1", 64)]);
    let a = forward(&solicit(), &from(&before, CLIENT, None)).unwrap();
    let b = forward(&solicit(), &from(&after, CLIENT, None)).unwrap();
    assert_eq!(a.link_addr, "2001:db8:10::1".parse::<Ipv6Addr>().unwrap());
    assert_eq!(b.link_addr, "2001:db8:11::1".parse::<Ipv6Addr>().unwrap());
    // A /128 (a loopback-style or VIP host route) is passed over for an address with a
    // link prefix; with no global address at all the link-address is ::.
    let mixed = vlan("vlan10", 5, &[("2001:db8:99::9", 128), ("fd00:10::1", 64)]);
    assert_eq!(link_address(&mixed), Some("fd00:10::1".parse().unwrap()));
    let only_host = vlan("vlan10", 5, &[("2001:db8:99::9", 128)]);
    assert_eq!(
        link_address(&only_host),
        Some("2001:db8:99::9".parse().unwrap())
    );
    let bare = vlan("vlan10", 5, &[]);
    assert_eq!(link_address(&bare), None);
    let f = forward(&solicit(), &from(&bare, CLIENT, None)).unwrap();
    assert!(f.link_addr.is_unspecified());
    assert_eq!(
        codec::decode(&f.packet).unwrap().relays[0]
            .interface_id
            .as_deref(),
        Some(&b"vlan10"[..])
    );
}

#[test]
fn a_downstream_relay_forward_nests_with_hop_count_plus_one() {
    let v = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let inner = forward(&solicit(), &from(&v, CLIENT, Some(MAC))).unwrap();
    let up = vlan("vlan20", 6, &[("2001:db8:20::1", 64)]);
    let f = forward(&inner.packet, &from(&up, "2001:db8:20::7", None)).unwrap();
    assert_eq!((f.hop_count, f.inner_type), (1, 12));
    let inb = codec::decode(&f.packet).unwrap();
    assert_eq!(inb.relays.len(), 2);
    assert_eq!(inb.relays[0].hop_count, 1);
    assert!(inb.relays[0].link_addr.is_unspecified());
    assert_eq!(
        inb.relays[0].peer_addr,
        "2001:db8:20::7".parse::<Ipv6Addr>().unwrap()
    );
    assert_eq!(inb.relays[0].interface_id.as_deref(), Some(&b"vlan20"[..]));
    assert_eq!(inb.relays[0].client_linklayer, None);
    // The server still finds the client's link from the innermost relay.
    assert_eq!(inb.relay_link(), Some("2001:db8:10::1".parse().unwrap()));
}

#[test]
fn hop_count_limit_is_enforced() {
    let v = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let inner = solicit();
    let at = |hop: u8| {
        codec::encode_relay_level(
            MessageType::RelayForw,
            hop,
            Ipv6Addr::UNSPECIFIED,
            "2001:db8:20::7".parse().unwrap(),
            None,
            None,
            inner.clone(),
        )
        .unwrap()
    };
    assert_eq!(
        forward(&at(HOP_COUNT_LIMIT - 1), &from(&v, "2001:db8:20::7", None))
            .unwrap()
            .hop_count,
        HOP_COUNT_LIMIT
    );
    assert_eq!(
        forward(&at(HOP_COUNT_LIMIT), &from(&v, "2001:db8:20::7", None)),
        Err(DropReason::HopLimit)
    );
    assert_eq!(
        forward(&at(200), &from(&v, "2001:db8:20::7", None)),
        Err(DropReason::HopLimit)
    );
}

#[test]
fn what_a_relay_does_not_forward() {
    let v = vlan("vlan10", 5, &[("2001:db8:10::1", 64)]);
    let f = |b: &[u8]| forward(b, &from(&v, CLIENT, None));
    assert_eq!(f(&[]), Err(DropReason::Malformed));
    // Advertise, Reply, Reconfigure and Relay-Reply from a client link.
    for t in [2u8, 7, 10, 13] {
        assert_eq!(f(&[t, 0, 0, 1]), Err(DropReason::Unexpected), "type {t}");
    }
    assert_eq!(f(&[200, 0, 0, 1]), Err(DropReason::Unexpected));
    // Truncated, an option overrunning the packet, a relay without option 9.
    assert_eq!(f(&[1, 0]), Err(DropReason::Malformed));
    assert_eq!(f(&[1, 0, 0, 1, 0, 1, 0, 40, 0]), Err(DropReason::Malformed));
    let mut no_msg = vec![12, 0];
    no_msg.extend_from_slice(&[0; 32]);
    assert_eq!(f(&no_msg), Err(DropReason::Malformed));
    // A Relay-Forward holding a server message.
    let bad_inner = codec::encode_relay_level(
        MessageType::RelayForw,
        0,
        Ipv6Addr::UNSPECIFIED,
        CLIENT.parse().unwrap(),
        None,
        None,
        vec![7, 0, 0, 1],
    )
    .unwrap();
    assert_eq!(f(&bad_inner), Err(DropReason::Unexpected));
}

fn snapshot() -> Interfaces {
    Interfaces {
        list: vec![
            vlan("uplink0", 2, &[("2001:db8:f0::2", 64)]),
            vlan("vlan10", 5, &[("2001:db8:10::1", 64)]),
            vlan("vlan20", 6, &[("2001:db8:20::1", 64)]),
        ],
    }
}

fn served() -> InterfaceSelector {
    InterfaceSelector::new(&["vlan*".into()])
}

const PORTS: Ports = Ports {
    client: 546,
    relay: 547,
};

fn reply() -> Vec<u8> {
    let mut m = Message::new_with_id(MessageType::Advertise, [9, 8, 7]);
    m.opts_mut().insert(DhcpOption::ServerId(vec![0, 4, 1, 2]));
    m.to_vec().unwrap()
}

fn relay_reply(link: &str, peer: &str, iid: Option<&[u8]>, inner: Vec<u8>) -> Vec<u8> {
    codec::encode_relay_level(
        MessageType::RelayRepl,
        0,
        link.parse().unwrap(),
        peer.parse().unwrap(),
        iid,
        None,
        inner,
    )
    .unwrap()
}

#[test]
fn relay_reply_goes_to_the_interface_its_interface_id_names() {
    let out = relay_reply("2001:db8:10::1", CLIENT, Some(b"vlan20"), reply());
    let d = deliver(&out, &snapshot(), &served(), PORTS).unwrap();
    assert_eq!(d.interface, "vlan20");
    assert_eq!(d.recipient, Recipient::Client);
    assert_eq!(d.to, SocketAddrV6::new(CLIENT.parse().unwrap(), 546, 0, 6));
    assert_eq!(d.packet, reply());
    let back = Message::decode(&mut Decoder::new(&d.packet)).unwrap();
    assert_eq!(back.msg_type(), MessageType::Advertise);
}

#[test]
fn without_interface_id_the_link_address_prefix_picks_the_interface() {
    // The address may have moved since (VRRP); the prefix still names the link.
    let out = relay_reply("2001:db8:10::99", CLIENT, None, reply());
    let d = deliver(&out, &snapshot(), &served(), PORTS).unwrap();
    assert_eq!((d.interface.as_str(), d.ifindex), ("vlan10", 5));
    let nowhere = relay_reply("2001:db8:77::1", CLIENT, None, reply());
    assert_eq!(
        deliver(&nowhere, &snapshot(), &served(), PORTS),
        Err(DropReason::UnknownInterface)
    );
    let unspecified = relay_reply("::", CLIENT, None, reply());
    assert_eq!(
        deliver(&unspecified, &snapshot(), &served(), PORTS),
        Err(DropReason::UnknownInterface)
    );
}

#[test]
fn nested_relay_reply_goes_to_the_downstream_relay_one_level_stripped() {
    let inner = relay_reply("2001:db8:30::1", CLIENT, Some(b"eth3"), reply());
    let out = relay_reply("::", "2001:db8:20::7", Some(b"vlan20"), inner.clone());
    let d = deliver(&out, &snapshot(), &served(), PORTS).unwrap();
    assert_eq!(d.recipient, Recipient::Relay);
    assert_eq!(
        d.to,
        SocketAddrV6::new("2001:db8:20::7".parse().unwrap(), 547, 0, 0)
    );
    assert_eq!(d.packet, inner);
}

#[test]
fn relay_replies_not_to_deliver() {
    let s = snapshot();
    // An interface that is not served (an uplink), or gone.
    for iid in [&b"uplink0"[..], b"vlan99", &[0xff, 0xfe]] {
        let out = relay_reply("::", CLIENT, Some(iid), reply());
        assert_eq!(
            deliver(&out, &s, &served(), PORTS),
            Err(DropReason::UnknownInterface)
        );
    }
    // A client message inside, or a Relay-Forward.
    let out = relay_reply("::", CLIENT, Some(b"vlan10"), solicit());
    assert_eq!(
        deliver(&out, &s, &served(), PORTS),
        Err(DropReason::Unexpected)
    );
    let out = relay_reply("::", CLIENT, Some(b"vlan10"), vec![12; 40]);
    assert_eq!(
        deliver(&out, &s, &served(), PORTS),
        Err(DropReason::Unexpected)
    );
    // Not a Relay-Reply, truncated, no Relay Message, a broken inner message.
    assert_eq!(
        deliver(&solicit(), &s, &served(), PORTS),
        Err(DropReason::Unexpected)
    );
    assert_eq!(
        deliver(&[13, 0, 1], &s, &served(), PORTS),
        Err(DropReason::Malformed)
    );
    let mut no_msg = vec![13, 0];
    no_msg.extend_from_slice(&[0; 32]);
    assert_eq!(
        deliver(&no_msg, &s, &served(), PORTS),
        Err(DropReason::Malformed)
    );
    let out = relay_reply("::", CLIENT, Some(b"vlan10"), vec![7, 0, 0, 1, 0, 1, 0, 40]);
    assert_eq!(
        deliver(&out, &s, &served(), PORTS),
        Err(DropReason::Malformed)
    );
    // A multicast or unspecified peer.
    let out = relay_reply("::", "ff02::1", Some(b"vlan10"), reply());
    assert_eq!(
        deliver(&out, &s, &served(), PORTS),
        Err(DropReason::Malformed)
    );
}

#[test]
fn client_message_types() {
    let client: Vec<u8> = (0..=20).filter(|t| is_client_message(*t)).collect();
    assert_eq!(client, [1, 3, 4, 5, 6, 8, 9, 11]);
}
