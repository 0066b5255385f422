//! What the relay does with one datagram, as pure functions over bytes and the current
//! interface snapshot (RFC 8415 §19): wrap a client message or a downstream relay's
//! Relay-Forward in a new Relay-Forward, or unwrap one level of a Relay-Reply and say where it
//! goes. The 34-byte relay header and its options are framed by
//! [`crate::dhcpv6::codec`]'s relay functions; dhcproto checks the messages inside.

use std::net::{Ipv6Addr, SocketAddrV6};

use dhcproto::v6::MessageType;

use crate::dhcpv6::codec::{self, DecodeError, HOP_COUNT_LIMIT};
use crate::mac::Mac;
use crate::netif::{Interface, InterfaceSelector, Interfaces};

/// Why a datagram was not relayed; each is a `reason` label of
/// `bootforge_relay_dropped_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropReason {
    /// Bad framing, an option that does not decode, or no Relay Message option.
    Malformed,
    /// A message type a relay does not forward from where it came (Advertise from a client
    /// link, a Relay-Reply holding a client message, …).
    Unexpected,
    /// A Relay-Forward whose hop count already reached HOP_COUNT_LIMIT (RFC 8415 §19.1.2).
    HopLimit,
    /// From an interface the relay does not serve (an uplink, or not matching
    /// `relay.interfaces`).
    NotServedInterface,
    /// A Relay-Reply sent to a multicast address.
    ReplyNotUnicast,
    /// A Relay-Reply from an address that is none of `relay.servers` (all unicast).
    ReplyFromUnknown,
    /// A Relay-Reply naming an interface (Interface-ID or link-address) the relay does not
    /// serve now.
    UnknownInterface,
}

impl DropReason {
    pub const ALL: [DropReason; 7] = [
        DropReason::Malformed,
        DropReason::Unexpected,
        DropReason::HopLimit,
        DropReason::NotServedInterface,
        DropReason::ReplyNotUnicast,
        DropReason::ReplyFromUnknown,
        DropReason::UnknownInterface,
    ];

    pub fn label(self) -> &'static str {
        match self {
            DropReason::Malformed => "malformed",
            DropReason::Unexpected => "unexpected",
            DropReason::HopLimit => "hop_limit",
            DropReason::NotServedInterface => "not_served_interface",
            DropReason::ReplyNotUnicast => "reply_not_unicast",
            DropReason::ReplyFromUnknown => "reply_from_unknown",
            DropReason::UnknownInterface => "unknown_interface",
        }
    }
}

/// Message types clients send (RFC 8415 §7.3).
pub fn is_client_message(code: u8) -> bool {
    matches!(code, 1 | 3 | 4 | 5 | 6 | 8 | 9 | 11)
}

/// The link-address for a client on `iface`, chosen now: its first global (GUA or ULA)
/// address whose prefix is /64 or shorter (an address that names the link's prefix), else
/// its first global address. None when it has none (then only the Interface-ID says where
/// the client is). Read at each packet, so an address moved by VRRP is used at once.
pub fn link_address(iface: &Interface) -> Option<Ipv6Addr> {
    let global = || {
        iface
            .addresses
            .iter()
            .filter(|a| a.is_global() && !a.address.is_multicast())
    };
    global()
        .find(|a| a.prefix_len <= 64)
        .or_else(|| global().next())
        .map(|a| a.address)
}

/// Option 79 data: hardware type 1 (Ethernet) and the MAC (RFC 6939 §4).
pub fn client_linklayer_option(mac: Mac) -> Vec<u8> {
    let mut d = vec![0, 1];
    d.extend_from_slice(&mac.0);
    d
}

/// A datagram that arrived on a client-facing interface.
#[derive(Debug, Clone, Copy)]
pub struct FromDownstream<'a> {
    /// The interface it arrived on, from the current snapshot.
    pub iface: &'a Interface,
    /// The IPv6 source: the client, or the downstream relay.
    pub src: Ipv6Addr,
    /// The frame's source MAC, when the packet socket saw it (client messages only).
    pub client_mac: Option<Mac>,
}

/// What was relayed, for logs and metrics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forward {
    pub packet: Vec<u8>,
    /// The relayed message's type (a client message or Relay-Forward).
    pub inner_type: u8,
    pub hop_count: u8,
    pub link_addr: Ipv6Addr,
    /// Option 79 was added.
    pub linklayer: bool,
}

fn decode_error(e: DecodeError) -> DropReason {
    match e {
        DecodeError::TooDeep => DropReason::HopLimit,
        DecodeError::NotForServer(_) => DropReason::Unexpected,
        _ => DropReason::Malformed,
    }
}

/// Build the Relay-Forward for a message from downstream (RFC 8415 §19.1.1, §19.1.2):
/// - a client message: hop count 0, link-address = the interface's current global address
///   ([`link_address`]; `::` if it has none), peer-address = the client, Interface-ID = the
///   interface name, option 79 when the MAC is known;
/// - a Relay-Forward from a downstream relay: hop count + 1 (dropped at HOP_COUNT_LIMIT),
///   link-address `::` (the inner relay names the link), peer-address = that relay,
///   Interface-ID.
///
/// The whole message is checked first (dhcproto decodes the client message at the bottom of
/// every nesting); anything else is dropped with its reason.
pub fn forward(bytes: &[u8], from: &FromDownstream<'_>) -> Result<Forward, DropReason> {
    let first = *bytes.first().ok_or(DropReason::Malformed)?;
    let iid = from.iface.name.as_bytes();
    if first == u8::from(MessageType::RelayForw) {
        codec::decode(bytes).map_err(decode_error)?;
        let hop = *bytes.get(1).ok_or(DropReason::Malformed)?;
        if hop >= HOP_COUNT_LIMIT {
            return Err(DropReason::HopLimit);
        }
        let packet = codec::encode_relay_level(
            MessageType::RelayForw,
            hop + 1,
            Ipv6Addr::UNSPECIFIED,
            from.src,
            Some(iid),
            None,
            bytes.to_vec(),
        )
        .map_err(|_| DropReason::Malformed)?;
        return Ok(Forward {
            packet,
            inner_type: first,
            hop_count: hop + 1,
            link_addr: Ipv6Addr::UNSPECIFIED,
            linklayer: false,
        });
    }
    if !is_client_message(first) {
        return Err(DropReason::Unexpected);
    }
    let inbound = codec::decode(bytes).map_err(decode_error)?;
    if !inbound.relays.is_empty() {
        return Err(DropReason::Malformed);
    }
    let link = link_address(from.iface).unwrap_or(Ipv6Addr::UNSPECIFIED);
    let ll = from.client_mac.map(client_linklayer_option);
    let packet = codec::encode_relay_level(
        MessageType::RelayForw,
        0,
        link,
        from.src,
        Some(iid),
        ll.as_deref(),
        bytes.to_vec(),
    )
    .map_err(|_| DropReason::Malformed)?;
    Ok(Forward {
        packet,
        inner_type: first,
        hop_count: 0,
        link_addr: link,
        linklayer: ll.is_some(),
    })
}

/// Who a Relay-Reply's inner message is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    Client,
    /// A downstream relay: the inner message is itself a Relay-Reply.
    Relay,
}

/// One level of a Relay-Reply taken off, and where it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub packet: Vec<u8>,
    /// The peer-address, on the client port or the relay port, scoped to the interface
    /// when link-local.
    pub to: SocketAddrV6,
    pub interface: String,
    pub ifindex: u32,
    pub recipient: Recipient,
}

/// Ports a [`Delivery`] goes to.
#[derive(Debug, Clone, Copy)]
pub struct Ports {
    pub client: u16,
    pub relay: u16,
}

/// Take one level off a Relay-Reply from a server (RFC 8415 §19.2): the interface is the one
/// its Interface-ID names (the relay always sends one), or without it the served interface
/// holding the link-address or its prefix; it must be served by this relay now. The inner
/// message must be one a server sends a client (Advertise, Reply, Reconfigure), decoded by
/// dhcproto, or a Relay-Reply for a downstream relay.
pub fn deliver(
    bytes: &[u8],
    interfaces: &Interfaces,
    served: &InterfaceSelector,
    ports: Ports,
) -> Result<Delivery, DropReason> {
    if bytes.first() != Some(&u8::from(MessageType::RelayRepl)) {
        return Err(DropReason::Unexpected);
    }
    let (hop, inner) = codec::decode_relay_level(bytes).map_err(decode_error)?;
    let iface = match &hop.interface_id {
        Some(id) => {
            let name = std::str::from_utf8(id).map_err(|_| DropReason::UnknownInterface)?;
            interfaces.by_name(name)
        }
        None if !hop.link_addr.is_unspecified() => interfaces.list.iter().find(|i| {
            served.matches(&i.name)
                && i.addresses
                    .iter()
                    .any(|a| a.is_global() && same_prefix(a.address, hop.link_addr, a.prefix_len))
        }),
        None => None,
    }
    .filter(|i| served.matches(&i.name))
    .ok_or(DropReason::UnknownInterface)?;
    let inner_type = *inner.first().ok_or(DropReason::Malformed)?;
    let recipient = match inner_type {
        13 => {
            codec::decode_relay_level(&inner).map_err(decode_error)?;
            Recipient::Relay
        }
        2 | 7 | 10 => {
            server_message_decodes(&inner)?;
            Recipient::Client
        }
        _ => return Err(DropReason::Unexpected),
    };
    let peer = hop.peer_addr;
    if peer.is_unspecified() || peer.is_multicast() {
        return Err(DropReason::Malformed);
    }
    let port = match recipient {
        Recipient::Client => ports.client,
        Recipient::Relay => ports.relay,
    };
    let scope = if peer.segments()[0] & 0xffc0 == 0xfe80 {
        iface.index
    } else {
        0
    };
    Ok(Delivery {
        packet: inner,
        to: SocketAddrV6::new(peer, port, 0, scope),
        interface: iface.name.clone(),
        ifindex: iface.index,
        recipient,
    })
}

fn server_message_decodes(bytes: &[u8]) -> Result<(), DropReason> {
    codec::decode_message(bytes)
        .map(|_| ())
        .map_err(|_| DropReason::Malformed)
}

fn same_prefix(a: Ipv6Addr, b: Ipv6Addr, len: u8) -> bool {
    let len = u32::from(len.min(128));
    if len == 0 {
        return true;
    }
    let mask = u128::MAX << (128 - len);
    u128::from(a) & mask == u128::from(b) & mask
}

#[cfg(test)]
mod tests;
