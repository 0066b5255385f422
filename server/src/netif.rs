//! Network interfaces as the kernel lists them: names, indexes and IPv6 addresses.

use std::net::Ipv6Addr;

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

pub fn addresses_of(interface: &str) -> Vec<Ipv6Addr> {
    addresses()
        .into_iter()
        .filter(|a| a.interface == interface)
        .map(|a| a.address)
        .collect()
}

pub fn index_of(interface: &str) -> Option<u32> {
    std::fs::read_to_string(format!("/sys/class/net/{interface}/ifindex"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

pub fn name_of(index: u32) -> Option<String> {
    let dir = std::fs::read_dir("/sys/class/net").ok()?;
    dir.flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| index_of(n) == Some(index))
}

/// Every interface but loopback.
pub fn all_except_loopback() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("/sys/class/net")
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n != "lo")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The first global address of the first of these interfaces that has one.
pub fn first_global_address(interfaces: &[String]) -> Option<Ipv6Addr> {
    let all = addresses();
    interfaces.iter().find_map(|i| {
        all.iter()
            .find(|a| &a.interface == i && a.is_global())
            .map(|a| a.address)
    })
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
}
