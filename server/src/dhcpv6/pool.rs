//! Address pools and RFC 7943-style stable address derivation.
//!
//! An address is `F(prefix, identity, IAID, counter, secret)` cut into the pool range: the same
//! machine gets the same address across server restarts and reinstalls without any stored
//! state, and nobody without the secret can predict it. A collision or a Decline moves the
//! counter on.

use std::hash::Hasher;
use std::net::Ipv6Addr;

use siphasher::sip::SipHasher24;

use crate::config::PoolConfig;
use crate::mac::Mac;

pub use crate::prefix::Prefix;

/// One pool, validated.
#[derive(Debug, Clone)]
pub struct Pool {
    pub name: String,
    pub prefix: Prefix,
    pub start: Ipv6Addr,
    pub end: Ipv6Addr,
    pub interface: Option<String>,
    /// Relay Interface-ID option (18) values that select this pool (`dhcp.relays`).
    pub interface_ids: Vec<Vec<u8>>,
    /// Relay link-addresses that select this pool although outside its prefix (VRRP).
    pub relay_addresses: Vec<Ipv6Addr>,
}

impl Pool {
    /// Converts a config entry that `Config::validate` has already accepted.
    pub fn from_config(c: &PoolConfig) -> Pool {
        Pool {
            name: c.name.clone(),
            prefix: c.prefix,
            start: c.range_start,
            end: c.range_end,
            interface: c.interface.clone(),
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }
    }

    /// The pools of a configuration, with the `dhcp.relays` selectors attached to theirs.
    pub fn all_from_config(d: &crate::config::DhcpConfig) -> Vec<Pool> {
        let mut pools: Vec<Pool> = d.pools.iter().map(Pool::from_config).collect();
        for r in &d.relays {
            if let Some(p) = pools.iter_mut().find(|p| p.name == r.pool) {
                if let Some(id) = &r.interface_id {
                    p.interface_ids.push(id.clone().into_bytes());
                }
                p.relay_addresses.extend(r.relay_addresses.iter().copied());
            }
        }
        pools
    }

    pub fn size(&self) -> u128 {
        u128::from(self.end) - u128::from(self.start) + 1
    }

    pub fn in_range(&self, a: Ipv6Addr) -> bool {
        (u128::from(self.start)..=u128::from(self.end)).contains(&u128::from(a))
    }

    /// The `n`th address of the range (wrapping).
    pub fn nth(&self, n: u128) -> Ipv6Addr {
        let size = self.size();
        let off = if size == 0 { 0 } else { n % size };
        Ipv6Addr::from(u128::from(self.start) + off)
    }
}

/// Who an address is derived for: the MAC when known (so firmware, iPXE and the installed OS
/// of one machine hash alike), else the DUID.
#[derive(Debug, Clone, Copy)]
pub enum AddressIdentity<'a> {
    Mac(Mac),
    Duid(&'a [u8]),
}

/// Candidate address number `counter` for this identity and IAID in `pool`.
pub fn derive_address(
    secret: &[u8; 16],
    pool: &Pool,
    identity: AddressIdentity<'_>,
    iaid: u32,
    counter: u32,
) -> Ipv6Addr {
    let mut h = SipHasher24::new_with_key(secret);
    h.write(&pool.prefix.addr.octets());
    h.write_u8(pool.prefix.len);
    match identity {
        AddressIdentity::Mac(m) => {
            h.write_u8(1);
            h.write(&m.0);
        }
        AddressIdentity::Duid(d) => {
            h.write_u8(2);
            h.write_usize(d.len());
            h.write(d);
        }
    }
    h.write_u32(iaid);
    h.write_u32(counter);
    pool.nth(u128::from(h.finish()))
}

/// What a relayed message says about the client's link (innermost relay).
#[derive(Debug, Clone, Copy, Default)]
pub struct RelayLink<'a> {
    /// The innermost non-zero link-address.
    pub link_addr: Option<Ipv6Addr>,
    /// The innermost relay's Interface-ID option.
    pub interface_id: Option<&'a [u8]>,
}

/// The pools serving a client's link, in configuration order: the first with a free address
/// serves, so pools sharing a link fill one after the other.
///
/// Relayed (Kea's order): pools whose Interface-ID matches the relay's; else those listing
/// the link-address among their relay addresses; else those whose prefix holds it. A relay
/// that sets neither (a lightweight relay's zero link-address, no Interface-ID) falls through
/// to the direct rules. Direct: pools bound to the receiving interface; else those whose
/// prefix holds one of the interface's addresses (asked for only when that rule is reached);
/// else the only pool.
pub fn select_pools<'p>(
    pools: &'p [Pool],
    relay: Option<RelayLink<'_>>,
    interface: Option<&str>,
    interface_addrs: impl FnOnce() -> Vec<Ipv6Addr>,
) -> Vec<&'p Pool> {
    let matching = |f: &dyn Fn(&Pool) -> bool| pools.iter().filter(|p| f(p)).collect::<Vec<_>>();
    if let Some(relay) = relay {
        if let Some(id) = relay.interface_id {
            let by_id = matching(&|p| p.interface_ids.iter().any(|i| i == id));
            if !by_id.is_empty() {
                return by_id;
            }
        }
        if let Some(link) = relay.link_addr {
            let by_relay = matching(&|p| p.relay_addresses.contains(&link));
            if !by_relay.is_empty() {
                return by_relay;
            }
            return matching(&|p| p.prefix.contains(link));
        }
    }
    if let Some(ifname) = interface {
        let bound = matching(&|p| p.interface.as_deref() == Some(ifname));
        if !bound.is_empty() {
            return bound;
        }
    }
    let interface_addrs = interface_addrs();
    let by_addr = matching(&|p| interface_addrs.iter().any(|a| p.prefix.contains(*a)));
    if !by_addr.is_empty() {
        return by_addr;
    }
    match pools {
        [only] => vec![only],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(prefix: &str, start: &str, end: &str) -> Pool {
        Pool {
            name: "p".into(),
            prefix: prefix.parse().unwrap(),
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
            interface: None,
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }
    }

    #[test]
    fn prefix_contains() {
        let p: Prefix = "2001:db8:b007::/64".parse().unwrap();
        assert!(p.contains("2001:db8:b007::1234".parse().unwrap()));
        assert!(!p.contains("2001:db8:b008::1".parse().unwrap()));
        assert!("2001:db8::/129".parse::<Prefix>().is_err());
        assert!("2001:db8::".parse::<Prefix>().is_err());
    }

    #[test]
    fn derivation_is_stable_keyed_and_in_range() {
        let p = pool("2001:db8::/64", "2001:db8::1000", "2001:db8::ffff");
        let mac = Mac([0x52, 0x54, 0, 0x12, 0x34, 0x56]);
        let k1 = [1u8; 16];
        let k2 = [2u8; 16];
        let a = derive_address(&k1, &p, AddressIdentity::Mac(mac), 7, 0);
        assert_eq!(a, derive_address(&k1, &p, AddressIdentity::Mac(mac), 7, 0));
        assert!(p.in_range(a));
        assert_ne!(a, derive_address(&k2, &p, AddressIdentity::Mac(mac), 7, 0));
        assert_ne!(a, derive_address(&k1, &p, AddressIdentity::Mac(mac), 8, 0));
        assert_ne!(a, derive_address(&k1, &p, AddressIdentity::Mac(mac), 7, 1));
        let d = derive_address(&k1, &p, AddressIdentity::Duid(&[0, 4, 0, 0]), 7, 0);
        assert!(p.in_range(d));
    }

    #[test]
    fn derivation_spreads_over_the_range() {
        let p = pool("2001:db8::/64", "2001:db8::1000", "2001:db8::10ff");
        let mut seen = std::collections::HashSet::new();
        for i in 0..200u8 {
            let a = derive_address(
                &[9; 16],
                &p,
                AddressIdentity::Mac(Mac([0, 0, 0, 0, 0, i])),
                1,
                0,
            );
            assert!(p.in_range(a));
            seen.insert(a);
        }
        assert!(seen.len() > 100, "only {} distinct", seen.len());
    }

    fn named(name: &str, prefix: &str) -> Pool {
        let pr: Prefix = prefix.parse().unwrap();
        let (start, end) = pr.default_range();
        Pool {
            name: name.into(),
            prefix: pr,
            start,
            end,
            interface: None,
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }
    }

    fn names(pools: Vec<&Pool>) -> Vec<&str> {
        pools.into_iter().map(|p| p.name.as_str()).collect()
    }

    fn relayed(link: Option<&str>, id: Option<&'static [u8]>) -> Option<RelayLink<'static>> {
        Some(RelayLink {
            link_addr: link.map(|l| l.parse().unwrap()),
            interface_id: id,
        })
    }

    const NOT_NEEDED: fn() -> Vec<Ipv6Addr> = || panic!("interface addresses not needed");

    #[test]
    fn pool_selection_order() {
        let a = named("a", "2001:db8:a::/64");
        let mut b = named("b", "2001:db8:b::/64");
        b.interface = Some("eth1".into());
        let pools = vec![a, b];
        // Earlier rules decide without reading the interface's addresses.
        let relay = select_pools(
            &pools,
            relayed(Some("2001:db8:a::1"), None),
            Some("eth1"),
            NOT_NEEDED,
        );
        assert_eq!(names(relay), ["a"]);
        assert!(select_pools(
            &pools,
            relayed(Some("2001:db8:c::1"), None),
            None,
            NOT_NEEDED
        )
        .is_empty());
        assert_eq!(
            names(select_pools(&pools, None, Some("eth1"), NOT_NEEDED)),
            ["b"]
        );
        let by_addr = select_pools(&pools, None, Some("eth0"), || {
            vec!["2001:db8:a::1".parse().unwrap()]
        });
        assert_eq!(names(by_addr), ["a"]);
        assert!(select_pools(&pools, None, Some("eth0"), Vec::new).is_empty());
        assert_eq!(
            names(select_pools(&pools[..1], None, Some("eth9"), Vec::new)),
            ["a"]
        );
        // A lightweight relay (zero link-address, no Interface-ID): the direct rules.
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(None, None),
                Some("eth1"),
                NOT_NEEDED
            )),
            ["b"]
        );
    }

    #[test]
    fn relay_interface_id_and_relay_addresses_select_pools() {
        let on_link = named("on-link", "2001:db8:a::/64");
        let mut vlan42 = named("vlan42", "2001:db8:42::/64");
        vlan42.interface_ids.push(b"vlan42".to_vec());
        let mut vrrp = named("vrrp", "2001:db8:77::/64");
        vrrp.relay_addresses
            .push("2001:db8:ffff::7".parse().unwrap());
        let pools = vec![on_link, vlan42, vrrp];
        // The Interface-ID wins over a link-address in another pool's prefix (Kea's order).
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(Some("2001:db8:a::1"), Some(b"vlan42")),
                None,
                NOT_NEEDED
            )),
            ["vlan42"]
        );
        // With a zero link-address too.
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(None, Some(b"vlan42")),
                None,
                NOT_NEEDED
            )),
            ["vlan42"]
        );
        // An unknown Interface-ID: the link-address decides.
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(Some("2001:db8:a::1"), Some(b"vlan9")),
                None,
                NOT_NEEDED
            )),
            ["on-link"]
        );
        // A relay address outside every prefix.
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(Some("2001:db8:ffff::7"), None),
                None,
                NOT_NEEDED
            )),
            ["vrrp"]
        );
        assert!(select_pools(
            &pools,
            relayed(Some("2001:db8:ffff::8"), None),
            None,
            NOT_NEEDED
        )
        .is_empty());
    }

    #[test]
    fn pools_sharing_a_link_are_all_candidates_in_order() {
        let mut first = named("first", "2001:db8:a::/64");
        first.interface = Some("eth0".into());
        let mut second = named("second", "2001:db8:a::/64");
        second.interface = Some("eth0".into());
        let other = named("other", "2001:db8:b::/64");
        let pools = vec![first, other, second];
        assert_eq!(
            names(select_pools(&pools, None, Some("eth0"), NOT_NEEDED)),
            ["first", "second"]
        );
        assert_eq!(
            names(select_pools(
                &pools,
                relayed(Some("2001:db8:a::1"), None),
                None,
                NOT_NEEDED
            )),
            ["first", "second"]
        );
    }

    #[test]
    fn relay_selectors_attach_to_their_pool() {
        let mut d = crate::config::DhcpConfig::default();
        d.pools.push(crate::config::PoolConfig {
            name: "rack7".into(),
            prefix: "2001:db8:7::/64".parse().unwrap(),
            range_start: "2001:db8:7::10".parse().unwrap(),
            range_end: "2001:db8:7::20".parse().unwrap(),
            interface: None,
        });
        d.relays.push(crate::config::RelayConfig {
            pool: "rack7".into(),
            interface_id: Some("vlan42".into()),
            relay_addresses: vec!["2001:db8:ffff::2".parse().unwrap()],
        });
        let pools = Pool::all_from_config(&d);
        assert_eq!(pools[0].interface_ids, [b"vlan42".to_vec()]);
        assert_eq!(
            pools[0].relay_addresses,
            ["2001:db8:ffff::2".parse::<Ipv6Addr>().unwrap()]
        );
    }
}
