//! A scripted DHCPv6 client on dhcproto: build a Solicit, exchange it, read the answer.

use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};

use dhcproto::v4::Architecture;
use dhcproto::v6::{DhcpOption, IAAddr, Message, MessageType, OptionCode, Status, IANA, ORO};
use dhcproto::{Decodable, Decoder, Encodable};

pub const ALL_SERVERS: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 1, 2);

/// A Solicit from DUID-UUID `[0, 4, duid_tail × 16]` with one IA_NA, asking for the boot file
/// URL; `rapid` adds Rapid Commit (one exchange commits a lease), `arch` the client
/// architecture (option 61) a boot client sends.
pub fn solicit(xid: [u8; 3], duid_tail: u8, iaid: u32, rapid: bool, arch: Option<u16>) -> Vec<u8> {
    let mut m = Message::new_with_id(MessageType::Solicit, xid);
    let mut duid = vec![0, 4];
    duid.extend([duid_tail; 16]);
    m.opts_mut().insert(DhcpOption::ClientId(duid));
    m.opts_mut().insert(DhcpOption::IANA(IANA {
        id: iaid,
        t1: 0,
        t2: 0,
        opts: Default::default(),
    }));
    if rapid {
        m.opts_mut().insert(DhcpOption::RapidCommit);
    }
    if let Some(a) = arch {
        m.opts_mut()
            .insert(DhcpOption::ClientArchType(vec![Architecture(a)]));
    }
    m.opts_mut().insert(DhcpOption::ORO(ORO {
        opts: vec![OptionCode::OptBootfileUrl],
    }));
    m.to_vec().unwrap()
}

/// Send (up to three times) and return the first answer's bytes; None if none came.
pub fn try_exchange_raw(sock: &UdpSocket, to: SocketAddrV6, msg: &[u8]) -> Option<Vec<u8>> {
    let mut buf = [0u8; 2048];
    for _ in 0..3 {
        sock.send_to(msg, to).unwrap();
        if let Ok((n, _)) = sock.recv_from(&mut buf) {
            return Some(buf[..n].to_vec());
        }
    }
    None
}

pub fn exchange_raw(sock: &UdpSocket, to: SocketAddrV6, msg: &[u8]) -> Vec<u8> {
    try_exchange_raw(sock, to, msg).expect("no answer from the server")
}

/// [`try_exchange_raw`], decoded.
pub fn try_exchange(sock: &UdpSocket, to: SocketAddrV6, msg: &[u8]) -> Option<Message> {
    let bytes = try_exchange_raw(sock, to, msg)?;
    Some(Message::decode(&mut Decoder::new(&bytes)).unwrap())
}

pub fn exchange(sock: &UdpSocket, to: SocketAddrV6, msg: &[u8]) -> Message {
    try_exchange(sock, to, msg).expect("no answer from the server")
}

/// The first address in the first IA_NA, if any.
pub fn address_in(m: &Message) -> Option<Ipv6Addr> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::IANA(ia) => ia.opts.iter().find_map(|x| match x {
            DhcpOption::IAAddr(a) => Some(a.addr),
            _ => None,
        }),
        _ => None,
    })
}

pub fn leased_address(m: &Message) -> Ipv6Addr {
    address_in(m).expect("an IA_NA with an address")
}

/// Option 59, the boot file URL.
pub fn boot_url(m: &Message) -> Option<String> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::Unknown(u) if u16::from(u.code()) == 59 => {
            Some(String::from_utf8_lossy(u.data()).into_owned())
        }
        _ => None,
    })
}

/// An IA_NA with `id`, holding `addr` (lifetimes 0) if given.
pub fn ia(id: u32, addr: Option<Ipv6Addr>) -> DhcpOption {
    let mut opts = dhcproto::v6::DhcpOptions::new();
    if let Some(addr) = addr {
        opts.insert(DhcpOption::IAAddr(IAAddr {
            addr,
            preferred_life: 0,
            valid_life: 0,
            opts: Default::default(),
        }));
    }
    DhcpOption::IANA(IANA {
        id,
        t1: 0,
        t2: 0,
        opts,
    })
}

/// The Server ID an answer carries.
pub fn server_id_of(m: &Message) -> Vec<u8> {
    m.opts()
        .iter()
        .find_map(|o| match o {
            DhcpOption::ServerId(d) => Some(d.clone()),
            _ => None,
        })
        .expect("a Server ID")
}

/// DUID-LL (Ethernet) of MAC 02:00:00:tag:hi:lo: one distinct client per `n`.
pub fn duid_ll(tag: u8, n: u16) -> Vec<u8> {
    let [hi, lo] = n.to_be_bytes();
    vec![0, 3, 0, 1, 2, 0, 0, tag, hi, lo]
}

/// A Renew of `addr` in IA_NA 1, to the server that leased it.
pub fn renew(xid: [u8; 3], duid: Vec<u8>, server_id: &[u8], addr: Ipv6Addr) -> Vec<u8> {
    let mut m = Message::new_with_id(MessageType::Renew, xid);
    m.opts_mut().insert(DhcpOption::ClientId(duid));
    m.opts_mut()
        .insert(DhcpOption::ServerId(server_id.to_vec()));
    m.opts_mut().insert(ia(1, Some(addr)));
    m.to_vec().unwrap()
}

/// The status inside the first IA_NA, if any.
pub fn ia_status(m: &Message) -> Option<Status> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::IANA(ia) => ia.opts.iter().find_map(|x| match x {
            DhcpOption::StatusCode(s) => Some(s.status),
            _ => None,
        }),
        _ => None,
    })
}

/// The valid lifetime of the first address in the first IA_NA.
pub fn valid_lifetime(m: &Message) -> Option<u32> {
    m.opts().iter().find_map(|o| match o {
        DhcpOption::IANA(ia) => ia.opts.iter().find_map(|x| match x {
            DhcpOption::IAAddr(a) => Some(a.valid_life),
            _ => None,
        }),
        _ => None,
    })
}

/// One datagram from `sock` decoded, or None on timeout or garbage.
pub fn recv_message(sock: &UdpSocket) -> Option<Message> {
    let mut buf = [0u8; 2048];
    let (n, _) = sock.recv_from(&mut buf).ok()?;
    Message::decode(&mut Decoder::new(&buf[..n])).ok()
}
