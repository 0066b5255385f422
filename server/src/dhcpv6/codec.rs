//! Wire format: dhcproto does the encoding and decoding; this module adds the two things
//! dhcproto 0.15 cannot do for a server:
//!
//! * it decodes the Relay Message option (9) of a Relay-Forward as another *relay* message,
//!   even when it holds a client message, and `RelayMessage` has no public constructor. So the
//!   relay header is decoded by dhcproto from its fixed 34 bytes, each relay option TLV by
//!   `DhcpOption::decode`, and option 9 is kept as bytes and decoded by the right type;
//! * its encoders for User Class (15) and Vendor Class (16) write the number of items as the
//!   option length instead of the byte length, so [`vendor_class_option`] and
//!   [`user_class_option`] build those two as raw options (decoding them is correct);
//! * it stops quietly at the first option it cannot decode, so the option framing is checked
//!   here and a message whose options do not all decode is refused; and some malformed
//!   options make it subtract past zero (a panic in debug builds), so decoding runs under
//!   `catch_unwind` and any panic is a decode error.

use std::net::Ipv6Addr;

use dhcproto::v6::{DhcpOption, Message, MessageType, OptionCode, RelayMessage, UnknownOption};
use dhcproto::{Decodable, Decoder, Encodable};

/// RFC 8415 §7.6 HOP_COUNT_LIMIT.
pub const HOP_COUNT_LIMIT: u8 = 8;
const RELAY_HEADER_LEN: usize = 34;
const OPT_RELAY_MSG: u16 = 9;
const OPT_CLIENT_LINKLAYER_ADDR: u16 = 79;

/// One relay agent on the way in, outermost first in [`Inbound::relays`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayHop {
    pub hop_count: u8,
    pub link_addr: Ipv6Addr,
    pub peer_addr: Ipv6Addr,
    /// Option 18, copied into the Relay-Reply.
    pub interface_id: Option<Vec<u8>>,
    /// Option 79 data (hardware type + address), RFC 6939.
    pub client_linklayer: Option<Vec<u8>>,
    /// Codes of the hop's other options, in order (for `validate::check_relays`). Bounded
    /// by the datagram: at most one per 4 bytes.
    pub other_options: Vec<u16>,
}

/// A decoded client message and the relays it came through (empty when direct).
#[derive(Debug, Clone, PartialEq)]
pub struct Inbound {
    pub relays: Vec<RelayHop>,
    pub msg: Message,
}

impl Inbound {
    /// The relay closest to the client.
    pub fn innermost_relay(&self) -> Option<&RelayHop> {
        self.relays.last()
    }

    /// The link the client is on, as relays describe it: the innermost non-zero
    /// link-address (a lightweight relay leaves it unspecified).
    pub fn relay_link(&self) -> Option<Ipv6Addr> {
        self.relays
            .iter()
            .rev()
            .map(|r| r.link_addr)
            .find(|a| !a.is_unspecified())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("packet too short ({0} bytes)")]
    Short(usize),
    #[error("malformed: {0}")]
    Malformed(String),
    #[error("relay nesting deeper than {HOP_COUNT_LIMIT}")]
    TooDeep,
    #[error("relay message without a Relay Message option")]
    NoRelayedMessage,
    #[error("message type {0} is not sent by clients or relays")]
    NotForServer(u8),
}

/// Decode a datagram received on the server port.
pub fn decode(bytes: &[u8]) -> Result<Inbound, DecodeError> {
    std::panic::catch_unwind(|| decode_inner(bytes, 0))
        .unwrap_or_else(|_| Err(DecodeError::Malformed("option lengths inconsistent".into())))
}

fn decode_inner(bytes: &[u8], depth: u8) -> Result<Inbound, DecodeError> {
    let first = *bytes.first().ok_or(DecodeError::Short(0))?;
    match MessageType::from(first) {
        MessageType::RelayForw => {
            if depth > HOP_COUNT_LIMIT {
                return Err(DecodeError::TooDeep);
            }
            let (hop, inner) = decode_relay(bytes)?;
            let mut inbound = decode_inner(&inner, depth + 1)?;
            inbound.relays.insert(0, hop);
            Ok(inbound)
        }
        MessageType::Solicit
        | MessageType::Request
        | MessageType::Confirm
        | MessageType::Renew
        | MessageType::Rebind
        | MessageType::Release
        | MessageType::Decline
        | MessageType::InformationRequest => {
            if bytes.len() < 4 {
                return Err(DecodeError::Short(bytes.len()));
            }
            let tlvs = option_tlvs(&bytes[4..])?;
            let msg = Message::decode(&mut Decoder::new(bytes))
                .map_err(|e| DecodeError::Malformed(e.to_string()))?;
            // dhcproto stops quietly at the first option it cannot decode and returns the
            // rest as a shorter list: a count mismatch is how a bad option shows.
            let decoded = msg.opts().iter().count();
            if decoded != tlvs.len() {
                let bad = tlvs.get(decoded).map(|t| t.0).unwrap_or_default();
                return Err(DecodeError::Malformed(format!("option {bad} is malformed")));
            }
            Ok(Inbound {
                relays: Vec::new(),
                msg,
            })
        }
        _ => Err(DecodeError::NotForServer(first)),
    }
}

/// One option as it sits in the packet: its code, the whole TLV, and its data.
type OptionTlv<'a> = (u16, &'a [u8], &'a [u8]);

/// Split a buffer into its option TLVs, checking that the lengths tile it exactly.
fn option_tlvs(mut rest: &[u8]) -> Result<Vec<OptionTlv<'_>>, DecodeError> {
    let mut out = Vec::new();
    while !rest.is_empty() {
        if rest.len() < 4 {
            return Err(DecodeError::Malformed("truncated option header".into()));
        }
        let code = u16::from_be_bytes([rest[0], rest[1]]);
        let len = usize::from(u16::from_be_bytes([rest[2], rest[3]]));
        if rest.len() < 4 + len {
            return Err(DecodeError::Malformed(format!(
                "option {code} overruns the packet"
            )));
        }
        out.push((code, &rest[..4 + len], &rest[4..4 + len]));
        rest = &rest[4 + len..];
    }
    Ok(out)
}

fn decode_relay(bytes: &[u8]) -> Result<(RelayHop, Vec<u8>), DecodeError> {
    if bytes.len() < RELAY_HEADER_LEN {
        return Err(DecodeError::Short(bytes.len()));
    }
    let header = RelayMessage::decode(&mut Decoder::new(&bytes[..RELAY_HEADER_LEN]))
        .map_err(|e| DecodeError::Malformed(e.to_string()))?;
    let mut hop = RelayHop {
        hop_count: header.hop_count(),
        link_addr: header.link_addr(),
        peer_addr: header.peer_addr(),
        interface_id: None,
        client_linklayer: None,
        other_options: Vec::new(),
    };
    let mut inner = None;
    for (code, tlv, data) in option_tlvs(&bytes[RELAY_HEADER_LEN..])? {
        if code == OPT_RELAY_MSG {
            inner = Some(data.to_vec());
            continue;
        }
        match DhcpOption::decode(&mut Decoder::new(tlv)) {
            Ok(DhcpOption::InterfaceId(id)) => hop.interface_id = Some(id),
            Ok(DhcpOption::Unknown(u)) if code == OPT_CLIENT_LINKLAYER_ADDR => {
                hop.client_linklayer = Some(u.data().to_vec())
            }
            Ok(_) => hop.other_options.push(code),
            Err(e) => return Err(DecodeError::Malformed(e.to_string())),
        }
    }
    Ok((hop, inner.ok_or(DecodeError::NoRelayedMessage)?))
}

#[derive(Debug, thiserror::Error)]
#[error("encoding reply: {0}")]
pub struct EncodeError(String);

/// Encode a reply, wrapped in one Relay-Reply per relay hop (RFC 8415 §19.3): each copies the
/// hop count, link and peer address and Interface-ID of its Relay-Forward.
pub fn encode(reply: &Message, relays: &[RelayHop]) -> Result<Vec<u8>, EncodeError> {
    let mut bytes = reply.to_vec().map_err(|e| EncodeError(e.to_string()))?;
    for hop in relays.iter().rev() {
        let mut header = Vec::with_capacity(RELAY_HEADER_LEN);
        header.push(u8::from(MessageType::RelayRepl));
        header.push(hop.hop_count);
        header.extend_from_slice(&hop.link_addr.octets());
        header.extend_from_slice(&hop.peer_addr.octets());
        let mut relay = RelayMessage::decode(&mut Decoder::new(&header))
            .map_err(|e| EncodeError(e.to_string()))?;
        if let Some(id) = &hop.interface_id {
            relay.opts_mut().insert(DhcpOption::InterfaceId(id.clone()));
        }
        relay
            .opts_mut()
            .insert(DhcpOption::Unknown(UnknownOption::new(
                OPT_RELAY_MSG.into(),
                bytes,
            )));
        bytes = relay.to_vec().map_err(|e| EncodeError(e.to_string()))?;
    }
    Ok(bytes)
}

/// One relay level, for a relay agent that frames and unframes a single hop: the header and
/// options of a Relay-Forward or Relay-Reply, and its Relay Message (option 9) as bytes.
/// Malformed framing, or no option 9, is an error (never a panic).
pub fn decode_relay_level(bytes: &[u8]) -> Result<(RelayHop, Vec<u8>), DecodeError> {
    std::panic::catch_unwind(|| decode_relay(bytes))
        .unwrap_or_else(|_| Err(DecodeError::Malformed("option lengths inconsistent".into())))
}

/// Decode a client or server message (not a relay message) of any type, with the same checks
/// as [`decode`]: every option must decode. For a relay agent checking what it passes on.
pub fn decode_message(bytes: &[u8]) -> Result<Message, DecodeError> {
    std::panic::catch_unwind(|| {
        if bytes.len() < 4 {
            return Err(DecodeError::Short(bytes.len()));
        }
        let tlvs = option_tlvs(&bytes[4..])?;
        let msg = Message::decode(&mut Decoder::new(bytes))
            .map_err(|e| DecodeError::Malformed(e.to_string()))?;
        if msg.opts().iter().count() != tlvs.len() {
            return Err(DecodeError::Malformed("an option is malformed".into()));
        }
        Ok(msg)
    })
    .unwrap_or_else(|_| Err(DecodeError::Malformed("option lengths inconsistent".into())))
}

/// One relay level around `inner` (a client message or another relay message): the 34-byte
/// header, then Interface-ID (18) and Client Link-Layer Address (79) when given, then the
/// Relay Message option (9). `msg_type` is Relay-Forward or Relay-Reply.
pub fn encode_relay_level(
    msg_type: MessageType,
    hop_count: u8,
    link_addr: Ipv6Addr,
    peer_addr: Ipv6Addr,
    interface_id: Option<&[u8]>,
    client_linklayer: Option<&[u8]>,
    inner: Vec<u8>,
) -> Result<Vec<u8>, EncodeError> {
    let mut header = Vec::with_capacity(RELAY_HEADER_LEN);
    header.push(u8::from(msg_type));
    header.push(hop_count);
    header.extend_from_slice(&link_addr.octets());
    header.extend_from_slice(&peer_addr.octets());
    let mut relay =
        RelayMessage::decode(&mut Decoder::new(&header)).map_err(|e| EncodeError(e.to_string()))?;
    if let Some(id) = interface_id {
        relay
            .opts_mut()
            .insert(DhcpOption::InterfaceId(id.to_vec()));
    }
    if let Some(ll) = client_linklayer {
        relay
            .opts_mut()
            .insert(DhcpOption::Unknown(UnknownOption::new(
                OPT_CLIENT_LINKLAYER_ADDR.into(),
                ll.to_vec(),
            )));
    }
    relay
        .opts_mut()
        .insert(DhcpOption::Unknown(UnknownOption::new(
            OPT_RELAY_MSG.into(),
            inner,
        )));
    relay.to_vec().map_err(|e| EncodeError(e.to_string()))
}

/// Each item as a 2-byte length and its bytes (RFC 8415 §21.15, §21.16).
fn length_prefixed(items: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for i in items {
        out.extend_from_slice(&(i.len() as u16).to_be_bytes());
        out.extend_from_slice(i);
    }
    out
}

/// A Vendor Class option (16) that encodes correctly.
pub fn vendor_class_option(enterprise: u32, items: &[&[u8]]) -> DhcpOption {
    let mut data = enterprise.to_be_bytes().to_vec();
    data.extend(length_prefixed(items));
    DhcpOption::Unknown(UnknownOption::new(OptionCode::VendorClass, data))
}

/// A User Class option (15) that encodes correctly.
pub fn user_class_option(items: &[&[u8]]) -> DhcpOption {
    DhcpOption::Unknown(UnknownOption::new(
        OptionCode::UserClass,
        length_prefixed(items),
    ))
}

/// Data of every option with this code (dhcproto keeps options it has no type for, such as
/// 59, 79 and 61's relatives, as `Unknown`).
pub fn unknown_option(msg: &Message, code: u16) -> Option<&[u8]> {
    msg.opts().iter().find_map(|o| match o {
        DhcpOption::Unknown(u) if u16::from(u.code()) == code => Some(u.data()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dhcproto::v6::IANA;

    fn solicit() -> Message {
        let mut m = Message::new_with_id(MessageType::Solicit, [1, 2, 3]);
        m.opts_mut()
            .insert(DhcpOption::ClientId(vec![0, 3, 0, 1, 1, 2, 3, 4, 5, 6]));
        m.opts_mut().insert(DhcpOption::IANA(IANA {
            id: 7,
            t1: 0,
            t2: 0,
            opts: Default::default(),
        }));
        m
    }

    fn relay_forward(
        inner: &[u8],
        link: &str,
        hop: u8,
        iface: Option<&[u8]>,
        ll: Option<&[u8]>,
    ) -> Vec<u8> {
        let mut b = vec![12, hop];
        b.extend_from_slice(&link.parse::<Ipv6Addr>().unwrap().octets());
        b.extend_from_slice(
            &"fe80::5054:ff:fe12:3456"
                .parse::<Ipv6Addr>()
                .unwrap()
                .octets(),
        );
        let mut push = |code: u16, data: &[u8]| {
            b.extend_from_slice(&code.to_be_bytes());
            b.extend_from_slice(&(data.len() as u16).to_be_bytes());
            b.extend_from_slice(data);
        };
        if let Some(i) = iface {
            push(18, i);
        }
        if let Some(l) = ll {
            push(79, l);
        }
        push(9, inner);
        b
    }

    #[test]
    fn class_options_encode_with_byte_lengths() {
        let mut m = Message::new_with_id(MessageType::Reply, [1, 2, 3]);
        m.opts_mut()
            .insert(vendor_class_option(343, &[b"HTTPClient"]));
        m.opts_mut().insert(user_class_option(&[b"iPXE"]));
        let bytes = m.to_vec().unwrap();
        // The exact bytes EDK2 looks for (docs/boot-clients.md).
        let want: &[u8] = &[
            0, 16, 0, 16, 0, 0, 1, 0x57, 0, 10, b'H', b'T', b'T', b'P', b'C', b'l', b'i', b'e',
            b'n', b't',
        ];
        assert!(bytes.windows(want.len()).any(|w| w == want), "{bytes:02x?}");
        let back = Message::decode(&mut Decoder::new(&bytes)).unwrap();
        assert!(back.opts().iter().any(|o| matches!(o, DhcpOption::VendorClass(v) if v.num == 343 && v.data == vec![b"HTTPClient".to_vec()])));
        assert!(back
            .opts()
            .iter()
            .any(|o| matches!(o, DhcpOption::UserClass(u) if u.data == vec![b"iPXE".to_vec()])));
    }

    #[test]
    fn direct_solicit_round_trips() {
        let bytes = solicit().to_vec().unwrap();
        let inb = decode(&bytes).unwrap();
        assert!(inb.relays.is_empty());
        assert_eq!(inb.msg, solicit());
        assert_eq!(encode(&inb.msg, &[]).unwrap(), bytes);
    }

    #[test]
    fn nested_relay_forward_decodes_and_reply_wraps_back() {
        let client = solicit().to_vec().unwrap();
        let ll = [0, 1, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
        let inner = relay_forward(&client, "2001:db8:a::1", 0, Some(b"eth7"), Some(&ll));
        let outer = relay_forward(&inner, "::", 1, Some(b"uplink"), None);
        let inb = decode(&outer).unwrap();
        assert_eq!(inb.relays.len(), 2);
        assert_eq!(inb.relays[0].hop_count, 1);
        assert_eq!(inb.relays[1].interface_id.as_deref(), Some(&b"eth7"[..]));
        assert_eq!(inb.relays[1].client_linklayer.as_deref(), Some(&ll[..]));
        assert_eq!(inb.relay_link(), Some("2001:db8:a::1".parse().unwrap()));
        assert_eq!(inb.msg.msg_type(), MessageType::Solicit);

        let reply = Message::new_with_id(MessageType::Advertise, [1, 2, 3]);
        let out = encode(&reply, &inb.relays).unwrap();
        assert_eq!(out[0], 13);
        assert_eq!(out[1], 1);
        // Decode the reply with dhcproto's own relay types down to the client message.
        let outer = RelayMessage::decode(&mut Decoder::new(&out[..34])).unwrap();
        assert!(outer.link_addr().is_unspecified());
        let tlvs = option_tlvs(&out[34..]).unwrap();
        assert!(tlvs.iter().any(|(c, _, d)| *c == 18 && *d == b"uplink"));
        let (_, _, inner) = tlvs.iter().find(|(c, _, _)| *c == 9).unwrap();
        assert_eq!(inner[0], 13);
        let inner_tlvs = option_tlvs(&inner[34..]).unwrap();
        assert!(inner_tlvs.iter().any(|(c, _, d)| *c == 18 && *d == b"eth7"));
        let (_, _, msg) = inner_tlvs.iter().find(|(c, _, _)| *c == 9).unwrap();
        assert_eq!(Message::decode(&mut Decoder::new(msg)).unwrap(), reply);
    }

    #[test]
    fn malformed_input_is_an_error_not_a_panic() {
        assert!(matches!(decode(&[]), Err(DecodeError::Short(0))));
        assert!(matches!(decode(&[1, 2]), Err(DecodeError::Short(2))));
        assert!(matches!(
            decode(&[2, 0, 0, 0]),
            Err(DecodeError::NotForServer(2))
        ));
        // Option 16 claiming 2 bytes: dhcproto computes len - 4.
        assert!(decode(&[1, 0, 0, 1, 0, 16, 0, 2, 0, 0]).is_err());
        // Status code option with length 0.
        assert!(decode(&[1, 0, 0, 1, 0, 13, 0, 0]).is_err());
        // Option overrunning the packet.
        assert!(decode(&[1, 0, 0, 1, 0, 1, 0, 40, 0]).is_err());
        // Relay without a relayed message.
        let r = relay_forward(&[], "::", 0, None, None);
        assert!(decode(&r[..r.len() - 4]).is_err());
        // Relay nesting too deep.
        let mut b = solicit().to_vec().unwrap();
        for _ in 0..12 {
            b = relay_forward(&b, "::", 0, None, None);
        }
        assert_eq!(decode(&b).unwrap_err(), DecodeError::TooDeep);
    }
}
