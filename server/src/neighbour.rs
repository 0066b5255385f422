//! The kernel's IPv6 neighbour cache: the last-resort way to learn a client's MAC from its
//! source address (on-link clients only).

use std::net::Ipv6Addr;

use crate::mac::Mac;

/// Parses one line of `ip -6 neigh show` output:
/// `fe80::1 dev br0 lladdr 52:54:00:12:34:56 REACHABLE`.
pub fn parse_neigh_line(line: &str) -> Option<(Ipv6Addr, String, Mac)> {
    let mut words = line.split_whitespace();
    let addr: Ipv6Addr = words.next()?.parse().ok()?;
    let mut dev = None;
    let mut mac = None;
    while let Some(w) = words.next() {
        match w {
            "dev" => dev = words.next().map(str::to_string),
            "lladdr" => mac = words.next().and_then(|m| Mac::parse(m).ok()),
            _ => {}
        }
    }
    Some((addr, dev?, mac?))
}

/// Look up `addr` (optionally only on `interface`) in the neighbour cache.
pub async fn lookup_mac(addr: Ipv6Addr, interface: Option<&str>) -> Option<Mac> {
    let out = tokio::process::Command::new("ip")
        .args(["-6", "neigh", "show", "to", &addr.to_string()])
        .output()
        .await
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(parse_neigh_line)
        .find(|(a, dev, _)| *a == addr && interface.is_none_or(|i| i == dev))
        .map(|(_, _, m)| m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_reachable_and_skips_incomplete() {
        let (a, dev, m) =
            parse_neigh_line("fe80::1 dev br0 lladdr 52:54:00:12:34:56 router REACHABLE").unwrap();
        assert_eq!(a, "fe80::1".parse::<Ipv6Addr>().unwrap());
        assert_eq!(dev, "br0");
        assert_eq!(m.to_string(), "52:54:00:12:34:56");
        assert!(parse_neigh_line("fe80::2 dev br0 INCOMPLETE").is_none());
        assert!(parse_neigh_line("garbage").is_none());
    }
}
