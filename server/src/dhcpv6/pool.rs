//! Address pools and RFC 7943-style stable address derivation.
//!
//! An address is `F(prefix, identity, IAID, counter, secret)` cut into the pool range: the same
//! machine gets the same address across server restarts and reinstalls without any stored
//! state, and nobody without the secret can predict it. A collision or a Decline moves the
//! counter on.

use std::fmt;
use std::hash::Hasher;
use std::net::Ipv6Addr;
use std::str::FromStr;

use siphasher::sip::SipHasher24;

use crate::config::PoolConfig;
use crate::mac::Mac;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub addr: Ipv6Addr,
    pub len: u8,
}

impl Prefix {
    fn mask(&self) -> u128 {
        if self.len == 0 {
            0
        } else {
            u128::MAX << (128 - u32::from(self.len))
        }
    }

    pub fn contains(&self, a: Ipv6Addr) -> bool {
        u128::from(a) & self.mask() == u128::from(self.addr) & self.mask()
    }

    /// The range a pool given only as a prefix hands out: for a /64, `::1000`–`::ffff` within
    /// it, leaving low addresses for routers and servers.
    pub fn default_range(&self) -> (Ipv6Addr, Ipv6Addr) {
        let base = u128::from(self.addr) & self.mask();
        let host_bits = 128 - u32::from(self.len);
        if host_bits >= 16 {
            (Ipv6Addr::from(base + 0x1000), Ipv6Addr::from(base + 0xffff))
        } else {
            let top = if host_bits == 0 {
                0
            } else {
                (1u128 << host_bits) - 1
            };
            (Ipv6Addr::from(base + 1), Ipv6Addr::from(base + top))
        }
    }
}

impl FromStr for Prefix {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (a, l) = s
            .split_once('/')
            .ok_or_else(|| format!("{s:?} is not a prefix like 2001:db8::/64"))?;
        let addr: Ipv6Addr = a
            .parse()
            .map_err(|_| format!("{a:?} is not an IPv6 address"))?;
        let len: u8 = l
            .parse()
            .ok()
            .filter(|l| *l <= 128)
            .ok_or_else(|| format!("{l:?} is not a prefix length 0..=128"))?;
        Ok(Prefix { addr, len })
    }
}

impl fmt::Display for Prefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.len)
    }
}

/// One pool, validated.
#[derive(Debug, Clone)]
pub struct Pool {
    pub name: String,
    pub prefix: Prefix,
    pub start: Ipv6Addr,
    pub end: Ipv6Addr,
    pub interface: Option<String>,
}

impl Pool {
    /// Converts a config entry that `Config::validate` has already accepted.
    pub fn from_config(c: &PoolConfig) -> Pool {
        Pool {
            name: c.name.clone(),
            prefix: c.prefix.parse().expect("validated prefix"),
            start: c.range_start,
            end: c.range_end,
            interface: c.interface.clone(),
        }
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

/// Pick the pool for a client: a relay's link-address wins; otherwise the pool bound to the
/// receiving interface, then a pool whose prefix holds one of the interface's addresses, then
/// the only pool. The interface's addresses are asked for only when that rule is reached.
pub fn select_pool<'p>(
    pools: &'p [Pool],
    relay_link: Option<Ipv6Addr>,
    interface: Option<&str>,
    interface_addrs: impl FnOnce() -> Vec<Ipv6Addr>,
) -> Option<&'p Pool> {
    if let Some(link) = relay_link {
        return pools.iter().find(|p| p.prefix.contains(link));
    }
    if let Some(ifname) = interface {
        if let Some(p) = pools
            .iter()
            .find(|p| p.interface.as_deref() == Some(ifname))
        {
            return Some(p);
        }
    }
    let interface_addrs = interface_addrs();
    if let Some(p) = pools
        .iter()
        .find(|p| interface_addrs.iter().any(|a| p.prefix.contains(*a)))
    {
        return Some(p);
    }
    match pools {
        [only] => Some(only),
        _ => None,
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

    #[test]
    fn pool_selection_order() {
        let mut a = pool("2001:db8:a::/64", "2001:db8:a::10", "2001:db8:a::20");
        a.name = "a".into();
        let mut b = pool("2001:db8:b::/64", "2001:db8:b::10", "2001:db8:b::20");
        b.name = "b".into();
        b.interface = Some("eth1".into());
        let pools = vec![a, b];
        // Earlier rules decide without reading the interface's addresses.
        let not_needed = || -> Vec<Ipv6Addr> { panic!("interface addresses not needed") };
        let relay = select_pool(
            &pools,
            Some("2001:db8:a::1".parse().unwrap()),
            Some("eth1"),
            not_needed,
        );
        assert_eq!(relay.unwrap().name, "a");
        assert!(select_pool(
            &pools,
            Some("2001:db8:c::1".parse().unwrap()),
            None,
            not_needed
        )
        .is_none());
        assert_eq!(
            select_pool(&pools, None, Some("eth1"), not_needed)
                .unwrap()
                .name,
            "b"
        );
        let by_addr = select_pool(&pools, None, Some("eth0"), || {
            vec!["2001:db8:a::1".parse().unwrap()]
        });
        assert_eq!(by_addr.unwrap().name, "a");
        assert!(select_pool(&pools, None, Some("eth0"), Vec::new).is_none());
        assert_eq!(
            select_pool(&pools[..1], None, Some("eth9"), Vec::new)
                .unwrap()
                .name,
            "a"
        );
    }
}
