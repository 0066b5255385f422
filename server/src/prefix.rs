//! IPv6 prefixes (`2001:db8::/64`): a leaf type, parsed once where configuration is read
//! and used by the DHCPv6 pools, the RA code and `bootforge check`.

use std::fmt;
use std::net::Ipv6Addr;
use std::str::FromStr;

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

/// In configuration and JSON a prefix is its text, `2001:db8::/64`.
impl serde::Serialize for Prefix {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Prefix {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_as_text() {
        let p: Prefix = serde_json::from_str("\"2001:db8:b007::/64\"").unwrap();
        assert_eq!(p.len, 64);
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"2001:db8:b007::/64\"");
        assert!(serde_json::from_str::<Prefix>("\"2001:db8::/129\"").is_err());
    }
}
