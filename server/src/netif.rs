//! Network interfaces as the kernel lists them: names, indexes and IPv6 addresses.
//!
//! [`Interfaces`] is one consistent snapshot; [`watch`] keeps a fresh one as interfaces come
//! and go. [`InterfaceSelector`] says which of them a service (DHCPv6, RAs) serves.

pub mod membership;
pub mod watch;

use std::net::Ipv6Addr;

use crate::mac::Mac;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterfaceAddress {
    pub interface: String,
    pub index: u32,
    pub address: Ipv6Addr,
    pub prefix_len: u8,
    /// Kernel scope: 0 global, 0x20 link.
    pub scope: u8,
}

impl InterfaceAddress {
    pub fn is_global(&self) -> bool {
        self.scope == 0
    }
}

/// Parses `/proc/net/if_inet6`:
/// `20010db8b0070000000000000000000 1 02 40 00 80 br0` (address, index, prefix length, scope,
/// flags, name; all hex).
pub fn parse_if_inet6(text: &str) -> Vec<InterfaceAddress> {
    text.lines()
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            if f.len() < 6 || f[0].len() != 32 {
                return None;
            }
            let bits = u128::from_str_radix(f[0], 16).ok()?;
            Some(InterfaceAddress {
                address: Ipv6Addr::from(bits),
                index: u32::from_str_radix(f[1], 16).ok()?,
                prefix_len: u8::from_str_radix(f[2], 16).ok()?,
                scope: u8::from_str_radix(f[3], 16).ok()?,
                interface: f[5].to_string(),
            })
        })
        .collect()
}

pub fn addresses() -> Vec<InterfaceAddress> {
    std::fs::read_to_string("/proc/net/if_inet6")
        .map(|t| parse_if_inet6(&t))
        .unwrap_or_default()
}

pub fn index_of(interface: &str) -> Option<u32> {
    std::fs::read_to_string(format!("/sys/class/net/{interface}/ifindex"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// One network interface at the moment of a scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interface {
    pub index: u32,
    pub name: String,
    /// Ethernet address, when the link has one (not for loopback, tun, …).
    pub mac: Option<Mac>,
    /// Administratively and operationally up (`IFF_UP` and `IFF_RUNNING`).
    pub up: bool,
    pub addresses: Vec<InterfaceAddress>,
}

impl Interface {
    pub fn link_local(&self) -> Option<Ipv6Addr> {
        self.addresses
            .iter()
            .map(|a| a.address)
            .find(|a| a.segments()[0] & 0xffc0 == 0xfe80)
    }

    pub fn address_list(&self) -> Vec<Ipv6Addr> {
        self.addresses.iter().map(|a| a.address).collect()
    }
}

/// Every interface of this host, sorted by index: one snapshot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interfaces {
    pub list: Vec<Interface>,
}

impl Interfaces {
    /// Read `/sys/class/net` and `/proc/net/if_inet6` now.
    pub fn scan() -> Interfaces {
        let addresses = addresses();
        let mut list: Vec<Interface> = std::fs::read_dir("/sys/class/net")
            .map(|d| {
                d.flatten()
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        let index = index_of(&name)?;
                        let read = |f: &str| {
                            std::fs::read_to_string(format!("/sys/class/net/{name}/{f}"))
                                .unwrap_or_default()
                        };
                        let flags =
                            u32::from_str_radix(read("flags").trim().trim_start_matches("0x"), 16)
                                .unwrap_or(0);
                        let mac = Mac::parse(read("address").trim())
                            .ok()
                            .filter(|m| m.0 != [0; 6]);
                        Some(Interface {
                            index,
                            mac,
                            up: flags & IFF_UP != 0 && read("operstate").trim() != "down",
                            addresses: addresses
                                .iter()
                                .filter(|a| a.interface == name)
                                .cloned()
                                .collect(),
                            name,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        list.sort_by_key(|i| i.index);
        Interfaces { list }
    }

    pub fn by_index(&self, index: u32) -> Option<&Interface> {
        self.list.iter().find(|i| i.index == index)
    }

    pub fn by_name(&self, name: &str) -> Option<&Interface> {
        self.list.iter().find(|i| i.name == name)
    }

    /// The interfaces `selector` picks, in index order.
    pub fn selected<'a>(
        &'a self,
        selector: &'a InterfaceSelector,
    ) -> impl Iterator<Item = &'a Interface> + 'a {
        self.list.iter().filter(|i| selector.matches(&i.name))
    }
}

const IFF_UP: u32 = 0x1;

/// Which interfaces a service uses: names and glob patterns (`*`, `?`), e.g. `eth0`,
/// `vlan*`, `enp1s0.*`. No entry, or `all`, means every interface but loopback; loopback is
/// served only when named.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InterfaceSelector {
    patterns: Vec<String>,
}

impl InterfaceSelector {
    pub fn new(patterns: &[String]) -> InterfaceSelector {
        let patterns = if patterns.iter().any(|p| p == "all") {
            Vec::new()
        } else {
            patterns.to_vec()
        };
        InterfaceSelector { patterns }
    }

    pub fn matches(&self, name: &str) -> bool {
        if self.patterns.is_empty() {
            return name != "lo";
        }
        self.patterns.iter().any(|p| {
            if p == name {
                return true;
            }
            // A wildcard never picks loopback; name it to serve it.
            name != "lo" && glob_match(p.as_bytes(), name.as_bytes())
        })
    }

    /// Plain names (no wildcard) the operator asked for, to say when one is missing.
    pub fn named(&self) -> impl Iterator<Item = &str> {
        self.patterns
            .iter()
            .filter(|p| !p.contains(['*', '?']))
            .map(String::as_str)
    }

    /// The wildcard patterns (`vlan*`), which may match nothing yet.
    pub fn wildcards(&self) -> impl Iterator<Item = &str> {
        self.patterns
            .iter()
            .filter(|p| p.contains(['*', '?']))
            .map(String::as_str)
    }
}

/// Shell-style match of `*` (any run) and `?` (one byte); interface names are ASCII.
fn glob_match(pattern: &[u8], name: &[u8]) -> bool {
    match (pattern.first(), name.first()) {
        (None, None) => true,
        (Some(b'*'), _) => {
            glob_match(&pattern[1..], name) || (!name.is_empty() && glob_match(pattern, &name[1..]))
        }
        (Some(b'?'), Some(_)) => glob_match(&pattern[1..], &name[1..]),
        (Some(p), Some(n)) if p == n => glob_match(&pattern[1..], &name[1..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_lines() {
        let t = "20010db8b00700000000000000000001 05 40 00 80     br0\n\
                 fe800000000000005054fffe12345602 05 40 20 80     br0\n\
                 bad line\n";
        let a = parse_if_inet6(t);
        assert_eq!(a.len(), 2);
        assert_eq!(
            a[0].address,
            "2001:db8:b007::1".parse::<Ipv6Addr>().unwrap()
        );
        assert_eq!(
            (a[0].index, a[0].prefix_len, a[0].interface.as_str()),
            (5, 64, "br0")
        );
        assert!(a[0].is_global() && !a[1].is_global());
    }

    #[test]
    fn selector_names_patterns_and_all() {
        let all = InterfaceSelector::new(&[]);
        assert!(all.matches("eth0") && all.matches("vlan42") && !all.matches("lo"));
        assert_eq!(InterfaceSelector::new(&["all".into()]), all);
        let some = InterfaceSelector::new(&["eth0".into(), "vlan*".into(), "br?".into()]);
        assert!(some.matches("eth0") && !some.matches("eth1"));
        assert!(some.matches("vlan") && some.matches("vlan100"));
        assert!(some.matches("br0") && !some.matches("br10"));
        assert_eq!(some.named().collect::<Vec<_>>(), ["eth0"]);
        assert_eq!(some.wildcards().collect::<Vec<_>>(), ["vlan*", "br?"]);
        assert!(!InterfaceSelector::new(&["*".into()]).matches("lo"));
        assert!(InterfaceSelector::new(&["lo".into()]).matches("lo"));
    }

    #[test]
    fn glob_edge_cases() {
        assert!(glob_match(b"*", b""));
        assert!(glob_match(b"a*b*c", b"a-x-b-y-c"));
        assert!(!glob_match(b"a*b", b"a-x-c"));
        assert!(!glob_match(b"?", b""));
    }
}
