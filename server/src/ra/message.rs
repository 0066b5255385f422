//! Router Advertisement and Router Solicitation messages (RFC 4861 4.1, 4.2, 4.6; RFC 8106),
//! as a raw ICMPv6 socket sends and receives them: no IPv6 header, checksum left 0 for the
//! kernel to fill in. Pure: bytes in, typed values out, and back.
//!
//! A small builder rather than a crate: `pnet_packet` has RA/RS packet views, but its options
//! are opaque byte blobs, so Prefix Information, RDNSS and DNSSL would be hand-built anyway.
//!
//! [`advertisement_for`] turns the `[ra]` configuration into what one interface advertises.

use std::net::Ipv6Addr;

use crate::config::{DhcpConfig, RaConfig};
use crate::dhcpv6::pool::Prefix;
use crate::mac::Mac;

pub const ALL_NODES: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 1);
pub const ALL_ROUTERS: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 2);
pub const ROUTER_SOLICITATION: u8 = 133;
pub const ROUTER_ADVERTISEMENT: u8 = 134;
/// What hosts use for outgoing packets unless told otherwise (RFC 8200 default).
pub const CUR_HOP_LIMIT: u8 = 64;

const OPT_SOURCE_LINK_LAYER: u8 = 1;
const OPT_PREFIX_INFORMATION: u8 = 3;
const OPT_RDNSS: u8 = 25;
const OPT_DNSSL: u8 = 31;
const FLAG_MANAGED: u8 = 0x80;
const FLAG_OTHER_CONFIG: u8 = 0x40;
const PREFIX_ON_LINK: u8 = 0x80;
const PREFIX_AUTONOMOUS: u8 = 0x40;
/// An option's length byte counts 8 octets; 255 units is the most one option can hold.
const MAX_RDNSS_SERVERS: usize = 127;

/// One Prefix Information option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrefixInformation {
    pub prefix: Prefix,
    /// L: the prefix is on-link (hosts talk to its addresses directly, not via a router).
    pub on_link: bool,
    /// A: hosts make SLAAC addresses in it (only meaningful for a /64).
    pub autonomous: bool,
    pub valid_lifetime: u32,
    pub preferred_lifetime: u32,
}

/// A Router Advertisement: the fields and options bootforge sends and the monitor reads.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RouterAdvertisement {
    pub cur_hop_limit: u8,
    /// M: addresses come from DHCPv6 (stateful).
    pub managed: bool,
    /// O: other configuration comes from DHCPv6 (stateless).
    pub other_config: bool,
    /// Seconds this router is a default router; 0: not a default router.
    pub router_lifetime: u16,
    pub reachable_time: u32,
    pub retrans_timer: u32,
    pub source_link_layer: Option<Mac>,
    pub prefixes: Vec<PrefixInformation>,
    /// RDNSS (RFC 8106): recursive DNS servers and their lifetime in seconds.
    pub dns_servers: Vec<Ipv6Addr>,
    pub dns_lifetime: u32,
    /// DNSSL (RFC 8106): search domains, with the same lifetime as the servers.
    pub search_domains: Vec<String>,
}

/// A Router Solicitation (type 133).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RouterSolicitation {
    pub source_link_layer: Option<Mac>,
}

impl RouterAdvertisement {
    /// The ICMPv6 message: type 134, code 0, checksum 0 (the kernel computes it), cur hop
    /// limit, flags, router lifetime, reachable time, retrans timer, then the options.
    pub fn encode(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(128);
        let mut flags = 0;
        if self.managed {
            flags |= FLAG_MANAGED;
        }
        if self.other_config {
            flags |= FLAG_OTHER_CONFIG;
        }
        b.extend([ROUTER_ADVERTISEMENT, 0, 0, 0, self.cur_hop_limit, flags]);
        b.extend(self.router_lifetime.to_be_bytes());
        b.extend(self.reachable_time.to_be_bytes());
        b.extend(self.retrans_timer.to_be_bytes());
        if let Some(mac) = self.source_link_layer {
            b.extend([OPT_SOURCE_LINK_LAYER, 1]);
            b.extend(mac.0);
        }
        for p in &self.prefixes {
            let mut flags = 0;
            if p.on_link {
                flags |= PREFIX_ON_LINK;
            }
            if p.autonomous {
                flags |= PREFIX_AUTONOMOUS;
            }
            b.extend([OPT_PREFIX_INFORMATION, 4, p.prefix.len, flags]);
            b.extend(p.valid_lifetime.to_be_bytes());
            b.extend(p.preferred_lifetime.to_be_bytes());
            b.extend([0; 4]);
            // Bits past the prefix length are reserved and must be zero.
            b.extend(masked(p.prefix).octets());
        }
        if !self.dns_servers.is_empty() {
            let servers = &self.dns_servers[..self.dns_servers.len().min(MAX_RDNSS_SERVERS)];
            b.extend([OPT_RDNSS, (1 + 2 * servers.len()) as u8, 0, 0]);
            b.extend(self.dns_lifetime.to_be_bytes());
            for s in servers {
                b.extend(s.octets());
            }
        }
        let names: Vec<u8> = self
            .search_domains
            .iter()
            .filter_map(|d| encode_domain(d))
            .flatten()
            .collect();
        // Header (8) plus names, padded to 8 octets; longer lists are not sent at all.
        let units = (8 + names.len()).div_ceil(8);
        if !names.is_empty() && units <= 255 {
            b.extend([OPT_DNSSL, units as u8, 0, 0]);
            b.extend(self.dns_lifetime.to_be_bytes());
            b.extend(&names);
            b.resize(b.len() + units * 8 - 8 - names.len(), 0);
        }
        b
    }
}

impl RouterSolicitation {
    /// Type 133, code 0, checksum 0, reserved, then the source link-layer address if any (it
    /// must be left out when the packet's source is the unspecified address).
    pub fn encode(&self) -> Vec<u8> {
        let mut b = vec![ROUTER_SOLICITATION, 0, 0, 0, 0, 0, 0, 0];
        if let Some(mac) = self.source_link_layer {
            b.extend([OPT_SOURCE_LINK_LAYER, 1]);
            b.extend(mac.0);
        }
        b
    }
}

fn masked(p: Prefix) -> Ipv6Addr {
    let mask = if p.len == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(p.len.min(128)))
    };
    Ipv6Addr::from(u128::from(p.addr) & mask)
}

/// DNS wire format (labels, root); `None` for a name that does not fit.
fn encode_domain(name: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(name.len() + 2);
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 {
            return None;
        }
        out.push(label.len() as u8);
        out.extend(label.as_bytes());
    }
    out.push(0);
    (out.len() <= 255).then_some(out)
}

/// Names from a DNSSL option body; zero padding after the last name ends the list.
fn decode_domains(mut b: &[u8]) -> Vec<String> {
    let mut names = Vec::new();
    while let Some(&first) = b.first() {
        if first == 0 {
            break;
        }
        let mut labels = Vec::new();
        loop {
            let Some((&len, rest)) = b.split_first() else {
                return names;
            };
            b = rest;
            if len == 0 {
                break;
            }
            let len = usize::from(len);
            if len > 63 || len > b.len() {
                return names;
            }
            labels.push(String::from_utf8_lossy(&b[..len]).into_owned());
            b = &b[len..];
        }
        names.push(labels.join("."));
    }
    names
}

/// The options after a fixed header of `fixed` bytes: `(type, body after type and length)`.
/// `None` if an option has length 0 or runs past the end (RFC 4861 says: drop the message).
fn options(icmp: &[u8], fixed: usize) -> Option<Vec<(u8, &[u8])>> {
    let mut rest = icmp.get(fixed..)?;
    let mut out = Vec::new();
    while rest.len() >= 2 {
        let len = usize::from(rest[1]) * 8;
        if len == 0 || len > rest.len() {
            return None;
        }
        out.push((rest[0], &rest[2..len]));
        rest = &rest[len..];
    }
    Some(out)
}

/// Parses an ICMPv6 message as a raw ICMPv6 socket delivers it (no IPv6 header). Unknown
/// options are skipped; a malformed option list refuses the whole message.
pub fn parse_router_advertisement(icmp: &[u8]) -> Option<RouterAdvertisement> {
    if icmp.len() < 16 || icmp[0] != ROUTER_ADVERTISEMENT || icmp[1] != 0 {
        return None;
    }
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let flags = icmp[5];
    let mut ra = RouterAdvertisement {
        cur_hop_limit: icmp[4],
        managed: flags & FLAG_MANAGED != 0,
        other_config: flags & FLAG_OTHER_CONFIG != 0,
        router_lifetime: u16::from_be_bytes([icmp[6], icmp[7]]),
        reachable_time: be32(&icmp[8..12]),
        retrans_timer: be32(&icmp[12..16]),
        ..Default::default()
    };
    for (kind, body) in options(icmp, 16)? {
        match kind {
            OPT_SOURCE_LINK_LAYER => ra.source_link_layer = body.get(..6).and_then(Mac::from_slice),
            OPT_PREFIX_INFORMATION if body.len() == 30 => {
                let addr: [u8; 16] = body[14..30].try_into().ok()?;
                ra.prefixes.push(PrefixInformation {
                    prefix: Prefix {
                        addr: Ipv6Addr::from(addr),
                        len: body[0].min(128),
                    },
                    on_link: body[1] & PREFIX_ON_LINK != 0,
                    autonomous: body[1] & PREFIX_AUTONOMOUS != 0,
                    valid_lifetime: be32(&body[2..6]),
                    preferred_lifetime: be32(&body[6..10]),
                });
            }
            OPT_RDNSS if body.len() >= 22 => {
                ra.dns_lifetime = be32(&body[2..6]);
                for chunk in body[6..].chunks_exact(16) {
                    let a: [u8; 16] = chunk.try_into().ok()?;
                    ra.dns_servers.push(Ipv6Addr::from(a));
                }
            }
            OPT_DNSSL if body.len() >= 6 => {
                ra.search_domains.extend(decode_domains(&body[6..]));
            }
            _ => {}
        }
    }
    Some(ra)
}

/// Parses a Router Solicitation (type 133, code 0, 8 bytes and options).
pub fn parse_router_solicitation(icmp: &[u8]) -> Option<RouterSolicitation> {
    if icmp.len() < 8 || icmp[0] != ROUTER_SOLICITATION || icmp[1] != 0 {
        return None;
    }
    let mut rs = RouterSolicitation::default();
    for (kind, body) in options(icmp, 8)? {
        if kind == OPT_SOURCE_LINK_LAYER {
            rs.source_link_layer = body.get(..6).and_then(Mac::from_slice);
        }
    }
    Some(rs)
}

/// What bootforge advertises on `interface` (whose addresses are `addresses`): the `[ra]`
/// values with `[ra.interface.<name>]` changes applied. Without configured prefixes, the
/// prefixes of the pools DHCPv6 serves there ([`pool_prefixes_for`]); without configured DNS
/// servers, `dhcp.dns_servers`. The source link-layer address is the caller's to add.
pub fn advertisement_for(
    ra: &RaConfig,
    dhcp: &DhcpConfig,
    interface: &str,
    addresses: &[Ipv6Addr],
) -> RouterAdvertisement {
    let over = ra.interface.get(interface).cloned().unwrap_or_default();
    let autonomous = over.autonomous.unwrap_or(ra.autonomous);
    let configured = over.prefixes.as_ref().unwrap_or(&ra.prefixes);
    let prefixes: Vec<Prefix> = if configured.is_empty() {
        pool_prefixes_for(dhcp, interface, addresses)
    } else {
        configured.iter().filter_map(|p| p.parse().ok()).collect()
    };
    let dns_servers = over
        .dns_servers
        .clone()
        .filter(|d| !d.is_empty())
        .or_else(|| Some(ra.dns_servers.clone()).filter(|d| !d.is_empty()))
        .unwrap_or_else(|| dhcp.dns_servers.clone());
    RouterAdvertisement {
        cur_hop_limit: CUR_HOP_LIMIT,
        managed: over.managed.unwrap_or(ra.managed),
        other_config: over.other_config.unwrap_or(ra.other_config),
        router_lifetime: over.router_lifetime.unwrap_or(ra.router_lifetime),
        reachable_time: 0,
        retrans_timer: 0,
        source_link_layer: None,
        prefixes: prefixes
            .into_iter()
            .map(|prefix| PrefixInformation {
                prefix,
                on_link: true,
                // SLAAC builds a 64-bit interface identifier: only a /64 can be autonomous.
                autonomous: autonomous && prefix.len == 64,
                valid_lifetime: ra.prefix_valid_lifetime,
                preferred_lifetime: ra.prefix_preferred_lifetime,
            })
            .collect(),
        dns_servers,
        // RFC 8106 5.1: at least 3 × MaxRtrAdvInterval, so one lost RA does not expire them.
        dns_lifetime: ra.interval_secs.saturating_mul(3),
        search_domains: dhcp.domain_search.clone(),
    }
}

/// The prefixes of the pools DHCPv6 hands out from on `interface`, by the rules of
/// [`crate::dhcpv6::pool::select_pools`] for a direct client: pools bound to it by name,
/// else pools whose prefix holds one of its addresses, else the only pool.
pub fn pool_prefixes_for(
    dhcp: &DhcpConfig,
    interface: &str,
    addresses: &[Ipv6Addr],
) -> Vec<Prefix> {
    let pools: Vec<(Option<&str>, Prefix)> = dhcp
        .pools
        .iter()
        .map(|p| (p.interface.as_deref(), p.prefix))
        .collect();
    let bound: Vec<Prefix> = pools
        .iter()
        .filter(|(i, _)| *i == Some(interface))
        .map(|(_, p)| *p)
        .collect();
    if !bound.is_empty() {
        return bound;
    }
    let on_link: Vec<Prefix> = pools
        .iter()
        .filter(|(_, p)| addresses.iter().any(|a| p.contains(*a)))
        .map(|(_, p)| *p)
        .collect();
    if !on_link.is_empty() {
        return on_link;
    }
    match pools.as_slice() {
        [(_, only)] => vec![*only],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{PoolConfig, RaInterfaceConfig};

    fn prefix(s: &str) -> Prefix {
        s.parse().unwrap()
    }

    fn sample() -> RouterAdvertisement {
        RouterAdvertisement {
            cur_hop_limit: 64,
            managed: true,
            other_config: false,
            router_lifetime: 1800,
            reachable_time: 0,
            retrans_timer: 0,
            source_link_layer: Some(Mac([0x52, 0x54, 0, 0x12, 0x34, 0x56])),
            prefixes: vec![PrefixInformation {
                // Host bits set on purpose: they must go out as zero.
                prefix: prefix("2001:db8:b007::1/64"),
                on_link: true,
                autonomous: false,
                valid_lifetime: 86400,
                preferred_lifetime: 14400,
            }],
            dns_servers: vec!["2001:db8::53".parse().unwrap()],
            dns_lifetime: 180,
            search_domains: vec!["lab.example".into()],
        }
    }

    #[test]
    fn builds_a_router_advertisement_byte_for_byte() {
        #[rustfmt::skip]
        let expected: Vec<u8> = vec![
            // type 134, code 0, checksum 0 (kernel), hop limit 64, M=1 O=0, lifetime 1800
            134, 0, 0, 0, 64, 0x80, 0x07, 0x08,
            // reachable time 0, retrans timer 0
            0, 0, 0, 0, 0, 0, 0, 0,
            // source link-layer address: type 1, 1 × 8 octets
            1, 1, 0x52, 0x54, 0x00, 0x12, 0x34, 0x56,
            // prefix information: type 3, 4 × 8, /64, L=1 A=0
            3, 4, 64, 0x80,
            0x00, 0x01, 0x51, 0x80, // valid 86400
            0x00, 0x00, 0x38, 0x40, // preferred 14400
            0, 0, 0, 0,             // reserved
            0x20, 0x01, 0x0d, 0xb8, 0xb0, 0x07, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            // RDNSS: type 25, 3 × 8, reserved, lifetime 180, one server
            25, 3, 0, 0, 0, 0, 0, 180,
            0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x53,
            // DNSSL: type 31, 3 × 8, reserved, lifetime 180, "lab.example", zero padding
            31, 3, 0, 0, 0, 0, 0, 180,
            3, b'l', b'a', b'b', 7, b'e', b'x', b'a', b'm', b'p', b'l', b'e', 0, 0, 0, 0,
        ];
        assert_eq!(sample().encode(), expected);
    }

    #[test]
    fn parses_what_it_builds() {
        let mut ra = sample();
        let parsed = parse_router_advertisement(&ra.encode()).unwrap();
        ra.prefixes[0].prefix = prefix("2001:db8:b007::/64");
        assert_eq!(parsed, ra);
        let bare = RouterAdvertisement {
            cur_hop_limit: 64,
            other_config: true,
            ..Default::default()
        };
        assert_eq!(parse_router_advertisement(&bare.encode()), Some(bare));
    }

    #[test]
    fn parses_m_and_o_flags_and_lifetime() {
        let mut b = vec![134, 0, 0x12, 0x34, 64, 0xc0, 0x07, 0x08];
        b.extend([0u8; 8]);
        let ra = parse_router_advertisement(&b).unwrap();
        assert!(ra.managed && ra.other_config);
        assert_eq!(ra.router_lifetime, 0x0708);
        // Home agent / preference bits are not M or O.
        b[5] = 0x3f;
        let ra = parse_router_advertisement(&b).unwrap();
        assert!(!ra.managed && !ra.other_config);
    }

    #[test]
    fn refuses_bad_options_and_skips_unknown_ones() {
        let good = sample().encode();
        // An option of length zero would loop forever: the message is dropped.
        let mut zero = good.clone();
        zero[17] = 0;
        assert_eq!(parse_router_advertisement(&zero), None);
        // An option running past the end.
        let mut long = good.clone();
        long[17] = 200;
        assert_eq!(parse_router_advertisement(&long), None);
        // An unknown option (MTU, type 5) is skipped.
        let mut mtu = good.clone();
        mtu.extend([5, 1, 0, 0, 0, 0, 0x05, 0xdc]);
        assert_eq!(parse_router_advertisement(&mtu).unwrap().prefixes.len(), 1);
        assert_eq!(parse_router_advertisement(&good[..15]), None);
        let mut rs = good;
        rs[0] = 133;
        assert_eq!(parse_router_advertisement(&rs), None);
    }

    #[test]
    fn router_solicitations() {
        let mac = Mac([2, 0, 0, 0, 0, 9]);
        let rs = RouterSolicitation {
            source_link_layer: Some(mac),
        };
        assert_eq!(
            rs.encode(),
            [133, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 0, 0, 0, 0, 9]
        );
        assert_eq!(parse_router_solicitation(&rs.encode()), Some(rs));
        assert_eq!(
            parse_router_solicitation(&[133, 0, 0xab, 0xcd, 0, 0, 0, 0]),
            Some(RouterSolicitation::default())
        );
        assert_eq!(parse_router_solicitation(&[134, 0, 0, 0, 0, 0, 0, 0]), None);
        assert_eq!(parse_router_solicitation(&[133, 0, 0, 0, 0, 0, 0]), None);
    }

    fn pool(name: &str, prefix: &str, interface: Option<&str>) -> PoolConfig {
        let p: Prefix = prefix.parse().unwrap();
        let (range_start, range_end) = p.default_range();
        PoolConfig {
            name: name.into(),
            prefix: prefix.parse().unwrap(),
            range_start,
            range_end,
            interface: interface.map(String::from),
        }
    }

    fn addrs(list: &[&str]) -> Vec<Ipv6Addr> {
        list.iter().map(|a| a.parse().unwrap()).collect()
    }

    #[test]
    fn prefixes_follow_the_pools_serving_the_interface() {
        let mut dhcp = DhcpConfig {
            pools: vec![
                pool("a", "2001:db8:a::/64", None),
                pool("b", "2001:db8:b::/64", Some("eth1")),
                pool("b2", "2001:db8:b2::/64", Some("eth1")),
            ],
            ..Default::default()
        };
        // Bound by name: both of them.
        assert_eq!(
            pool_prefixes_for(&dhcp, "eth1", &addrs(&["2001:db8:a::1"])),
            [prefix("2001:db8:b::/64"), prefix("2001:db8:b2::/64")]
        );
        // By address.
        assert_eq!(
            pool_prefixes_for(&dhcp, "eth0", &addrs(&["fe80::1", "2001:db8:a::1"])),
            [prefix("2001:db8:a::/64")]
        );
        // Several pools and no match: nothing to advertise.
        assert!(pool_prefixes_for(&dhcp, "eth0", &addrs(&["fe80::1"])).is_empty());
        // The only pool.
        dhcp.pools.truncate(1);
        assert_eq!(
            pool_prefixes_for(&dhcp, "eth9", &[]),
            [prefix("2001:db8:a::/64")]
        );
    }

    #[test]
    fn interface_overrides_apply() {
        let dhcp = DhcpConfig {
            pools: vec![pool("a", "2001:db8:a::/64", None)],
            dns_servers: addrs(&["2001:db8::53"]),
            domain_search: vec!["lab.example".into()],
            ..Default::default()
        };
        let mut ra = RaConfig {
            autonomous: true,
            interval_secs: 100,
            ..Default::default()
        };
        let plain = advertisement_for(&ra, &dhcp, "eth0", &[]);
        assert!(plain.managed && plain.other_config);
        assert_eq!(plain.router_lifetime, 0);
        assert_eq!(plain.cur_hop_limit, 64);
        assert_eq!(plain.prefixes.len(), 1);
        let p = plain.prefixes[0];
        assert_eq!(p.prefix, prefix("2001:db8:a::/64"));
        assert!(p.on_link && p.autonomous);
        assert_eq!((p.valid_lifetime, p.preferred_lifetime), (86400, 14400));
        assert_eq!(plain.dns_servers, addrs(&["2001:db8::53"]));
        assert_eq!(plain.dns_lifetime, 300);
        assert_eq!(plain.search_domains, ["lab.example"]);

        ra.dns_servers = addrs(&["2001:db8::1:53"]);
        ra.prefixes = vec!["2001:db8:c::/64".into()];
        ra.interface.insert(
            "vlan7".into(),
            RaInterfaceConfig {
                managed: Some(false),
                router_lifetime: Some(1800),
                prefixes: Some(vec!["2001:db8:7::/48".into()]),
                dns_servers: Some(addrs(&["2001:db8:7::53"])),
                ..Default::default()
            },
        );
        let eth0 = advertisement_for(&ra, &dhcp, "eth0", &[]);
        assert_eq!(eth0.prefixes[0].prefix, prefix("2001:db8:c::/64"));
        assert_eq!(eth0.dns_servers, addrs(&["2001:db8::1:53"]));
        let vlan7 = advertisement_for(&ra, &dhcp, "vlan7", &[]);
        assert!(!vlan7.managed && vlan7.other_config);
        assert_eq!(vlan7.router_lifetime, 1800);
        assert_eq!(vlan7.prefixes[0].prefix, prefix("2001:db8:7::/48"));
        assert!(!vlan7.prefixes[0].autonomous, "a /48 cannot be autonomous");
        assert_eq!(vlan7.dns_servers, addrs(&["2001:db8:7::53"]));
    }
}
