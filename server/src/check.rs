//! `bootforge check`: is this host ready to network-boot machines?
//!
//! One line per check, `OK`, `WARN` or `FAIL`; the command exits non-zero when any check
//! fails. Besides the static checks (interfaces, files, ports) it listens for Router
//! Advertisements on each served interface, because the RA's M/O flags decide whether iPXE
//! and UEFI firmware ask DHCPv6 at all (see PROTOCOL.md). It sends one Router Solicitation to
//! ff02::2 per interface so a router answers at once instead of at its next periodic RA.
//! Listening needs CAP_NET_RAW (root); without it that check is a WARN.

use std::fmt;
use std::net::{Ipv6Addr, SocketAddrV6};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use crate::boot::files::BootFiles;
use crate::config::Config;
use crate::dhcpv6::pool::Prefix;
use crate::netif::{InterfaceAddress, InterfaceSelector};
pub use crate::ra::message::{parse_router_advertisement, RouterAdvertisement};
use crate::ra::message::{RouterSolicitation, ALL_ROUTERS};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Ok => "OK  ",
            Level::Warn => "WARN",
            Level::Fail => "FAIL",
        })
    }
}

/// The result of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    /// What was checked, e.g. `interface eth0` or `ra eth0`.
    pub subject: String,
    pub message: String,
}

impl Finding {
    fn new(level: Level, subject: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            level,
            subject: subject.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.level, self.subject, self.message)
    }
}

pub struct CheckOptions {
    /// How long to listen for Router Advertisements on each interface (all in parallel).
    pub ra_wait: Duration,
}

/// Run every check. The configuration itself was validated when it was loaded.
pub fn run(config: &Config, options: &CheckOptions) -> Vec<Finding> {
    let mut findings = vec![Finding::new(
        Level::Ok,
        "config",
        format!(
            "valid; {} pool(s), data dir {}",
            config.dhcp.pools.len(),
            config.data_dir.display()
        ),
    )];
    let snapshot = crate::netif::Interfaces::scan();
    let selector = config.dhcp.interface_selector();
    // What is there now, plus what is named but missing (a typo, or a VLAN not made yet).
    let mut interfaces: Vec<String> = snapshot
        .selected(&selector)
        .map(|i| i.name.clone())
        .collect();
    for name in selector.named() {
        if !interfaces.iter().any(|i| i == name) {
            interfaces.push(name.to_string());
        }
    }
    let addresses: Vec<InterfaceAddress> = snapshot
        .list
        .iter()
        .flat_map(|i| i.addresses.iter().cloned())
        .collect();
    let pools: Vec<(String, Option<String>, Prefix)> = config
        .dhcp
        .pools
        .iter()
        .map(|p| (p.name.clone(), p.interface.clone(), p.prefix))
        .collect();
    if interfaces.is_empty() {
        findings.push(Finding::new(
            Level::Fail,
            "interfaces",
            "no interface to serve: none matches dhcp.interfaces (loopback is served only when named)",
        ));
    }
    for pattern in selector.wildcards() {
        if !snapshot
            .list
            .iter()
            .any(|i| InterfaceSelector::new(&[pattern.to_string()]).matches(&i.name))
        {
            findings.push(Finding::new(
                Level::Warn,
                format!("interfaces {pattern}"),
                "matches no interface yet; served as soon as one appears",
            ));
        }
    }
    for name in &interfaces {
        findings.push(interface_finding(
            name,
            snapshot.by_name(name).map(|i| i.index),
            &addresses,
            &pools,
        ));
    }
    if config.tftp.enabled {
        findings.push(tftp_root_finding(config));
    }
    findings.push(ipxe_finding(config));
    findings.push(http_port_finding(config));
    findings.extend(router_advertisement_findings(&interfaces, options.ra_wait));
    findings
}

fn is_link_local(a: Ipv6Addr) -> bool {
    a.segments()[0] & 0xffc0 == 0xfe80
}

/// An interface must exist and have a link-local address (DHCPv6 answers come from it); a
/// global address inside a pool prefix lets on-link clients reach TFTP/HTTP and picks the pool.
fn interface_finding(
    name: &str,
    index: Option<u32>,
    addresses: &[InterfaceAddress],
    pools: &[(String, Option<String>, Prefix)],
) -> Finding {
    let subject = format!("interface {name}");
    if index.is_none() {
        return Finding::new(Level::Fail, subject, "does not exist");
    }
    let mine: Vec<&InterfaceAddress> = addresses.iter().filter(|a| a.interface == name).collect();
    let Some(link_local) = mine.iter().find(|a| is_link_local(a.address)) else {
        return Finding::new(
            Level::Fail,
            subject,
            "no IPv6 link-local address (is the link up and IPv6 enabled?)",
        );
    };
    let globals: Vec<&&InterfaceAddress> = mine.iter().filter(|a| a.is_global()).collect();
    // Pools bound to this interface by name, else the unbound ones.
    let bound: Vec<&(String, Option<String>, Prefix)> = pools
        .iter()
        .filter(|(_, iface, _)| iface.as_deref() == Some(name))
        .collect();
    let candidates: Vec<&(String, Option<String>, Prefix)> = if bound.is_empty() {
        pools
            .iter()
            .filter(|(_, iface, _)| iface.is_none())
            .collect()
    } else {
        bound
    };
    for g in &globals {
        if let Some((pool, _, prefix)) = candidates.iter().find(|(_, _, p)| p.contains(g.address)) {
            return Finding::new(
                Level::Ok,
                subject,
                format!(
                    "link-local {}, global {} in pool {pool} ({prefix})",
                    link_local.address, g.address
                ),
            );
        }
    }
    let prefixes: Vec<String> = candidates.iter().map(|(_, _, p)| p.to_string()).collect();
    let globals_text = if globals.is_empty() {
        "no global address".to_string()
    } else {
        let list: Vec<String> = globals.iter().map(|g| g.address.to_string()).collect();
        format!("global {} outside the pools", list.join(", "))
    };
    Finding::new(
        Level::Warn,
        subject,
        format!(
            "link-local {}, {globals_text} ({}): on-link clients get an address in a prefix \
             this host is not on; boot URLs then need server_address reachable via a router",
            link_local.address,
            if prefixes.is_empty() {
                "no pool for this interface".to_string()
            } else {
                format!("pools: {}", prefixes.join(", "))
            }
        ),
    )
}

fn tftp_root_finding(config: &Config) -> Finding {
    let root = config.data_path(&config.tftp.root);
    match std::fs::metadata(&root) {
        Ok(m) if m.is_dir() => Finding::new(Level::Ok, "tftp root", root.display().to_string()),
        Ok(_) => Finding::new(
            Level::Fail,
            "tftp root",
            format!("{} is not a directory", root.display()),
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Finding::new(
            Level::Warn,
            "tftp root",
            format!(
                "{} does not exist yet (serve creates it empty)",
                root.display()
            ),
        ),
        Err(e) => Finding::new(Level::Fail, "tftp root", format!("{}: {e}", root.display())),
    }
}

/// The x64 iPXE binary, resolved exactly as a TFTP or HTTP request for `ipxe.efi` would be.
fn ipxe_finding(config: &Config) -> Finding {
    let mut files = BootFiles::from_config(config);
    if !files.root.exists() {
        // `serve` creates a missing root empty before the first request; resolve as it will
        // then see it. Nothing can be found under /dev/null, as under an empty directory.
        files.root = std::path::PathBuf::from("/dev/null");
    }
    match files.resolve("ipxe.efi") {
        Ok(resolved) => Finding::new(
            Level::Ok,
            "ipxe.efi",
            format!(
                "{} ({})",
                resolved.path.display(),
                format!("{:?}", resolved.origin).to_lowercase()
            ),
        ),
        Err(refusal) => Finding::new(
            Level::Fail,
            "ipxe.efi",
            format!(
                "not resolvable ({refusal}): put ipxe.efi in the TFTP root, set \
                 boot.ipxe_binaries.x64, or install the distribution's ipxe package"
            ),
        ),
    }
}

fn http_port_finding(config: &Config) -> Finding {
    let listen = config.http.listen;
    match std::net::TcpListener::bind(listen) {
        Ok(_) => Finding::new(Level::Ok, "http listen", format!("{listen} is bindable")),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            match probe_health(config, Duration::from_secs(1)) {
                Ok(()) => Finding::new(
                    Level::Ok,
                    "http listen",
                    format!("{listen} is in use by a running server that answers /healthz"),
                ),
                Err(_) => Finding::new(
                    Level::Fail,
                    "http listen",
                    format!("{listen} is in use by something that is not a healthy bootforge"),
                ),
            }
        }
        Err(e) => Finding::new(Level::Fail, "http listen", format!("{listen}: {e}")),
    }
}

pub use crate::ra::RaListening;

/// The finding for one interface: [`crate::ra::ra_rule`], the rule the RA monitor's verdict
/// uses too.
pub fn ra_finding(interface: &str, listening: &RaListening, waited: Duration) -> Finding {
    let (level, message) = crate::ra::ra_rule(listening, waited);
    let level = match level {
        crate::ra::VerdictLevel::Ok => Level::Ok,
        crate::ra::VerdictLevel::Warn | crate::ra::VerdictLevel::Pending => Level::Warn,
        crate::ra::VerdictLevel::Fail => Level::Fail,
    };
    Finding::new(level, format!("router advertisement {interface}"), message)
}

fn router_advertisement_findings(interfaces: &[String], wait: Duration) -> Vec<Finding> {
    std::thread::scope(|scope| {
        let listeners: Vec<_> = interfaces
            .iter()
            .map(|name| (name, scope.spawn(move || listen_for_ras(name, wait))))
            .collect();
        listeners
            .into_iter()
            .map(|(name, handle)| {
                let heard = handle
                    .join()
                    .unwrap_or_else(|_| RaListening::Unavailable("listener panicked".into()));
                ra_finding(name, &heard, wait)
            })
            .collect()
    })
}

/// Listen on `interface` for `wait`, after soliciting once.
fn listen_for_ras(interface: &str, wait: Duration) -> RaListening {
    use socket2::{Domain, Protocol, Socket, Type};
    let Some(index) = crate::netif::index_of(interface) else {
        return RaListening::Unavailable("no such interface".into());
    };
    let socket = match Socket::new(Domain::IPV6, Type::RAW, Some(Protocol::ICMPV6)) {
        Ok(s) => s,
        Err(e) => {
            return RaListening::Unavailable(format!(
                "raw ICMPv6 socket: {e} (needs root or CAP_NET_RAW)"
            ))
        }
    };
    if let Err(e) = socket.bind_device(Some(interface.as_bytes())) {
        return RaListening::Unavailable(format!("binding to {interface}: {e}"));
    }
    // Routers ignore a Router Solicitation whose hop limit is not 255 (RFC 4861 6.1.1).
    let _ = socket.set_multicast_hops_v6(255);
    let _ = socket.set_multicast_if_v6(index);
    // The kernel fills in the checksum for ICMPv6 raw sockets.
    let solicitation = RouterSolicitation::default().encode();
    let to = SocketAddrV6::new(ALL_ROUTERS, 0, 0, index);
    if let Err(e) = socket.send_to(&solicitation, &to.into()) {
        tracing::debug!(interface, error = %e, "router solicitation not sent");
    }
    let deadline = Instant::now() + wait;
    let mut heard: Vec<(Ipv6Addr, RouterAdvertisement)> = Vec::new();
    let mut buf = [0u8; 1500];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        if socket
            .set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .is_err()
        {
            break;
        }
        match nix::sys::socket::recvfrom::<nix::sys::socket::SockaddrIn6>(
            socket.as_raw_fd(),
            &mut buf,
        ) {
            Ok((len, Some(src))) => {
                let src = src.ip();
                if let Some(ra) = parse_router_advertisement(&buf[..len]) {
                    if !heard.iter().any(|(s, r)| *s == src && *r == ra) {
                        heard.push((src, ra));
                    }
                }
            }
            Ok((_, None)) => {}
            Err(nix::errno::Errno::EAGAIN | nix::errno::Errno::EINTR) => {}
            Err(e) => return RaListening::Unavailable(format!("receiving: {e}")),
        }
    }
    RaListening::Heard(heard)
}

/// Why `bootforge healthcheck` failed.
#[derive(Debug, thiserror::Error)]
pub enum HealthError {
    #[error("connecting to {0}: {1}")]
    Connect(std::net::SocketAddr, std::io::Error),
    #[error("talking to {0}: {1}")]
    Io(std::net::SocketAddr, std::io::Error),
    #[error("{0} answered {1:?}")]
    Unhealthy(std::net::SocketAddr, String),
}

/// `GET /healthz` on the running server's HTTP port (loopback when it listens on a wildcard
/// address), for container health checks without curl in the image.
pub fn probe_health(config: &Config, timeout: Duration) -> Result<(), HealthError> {
    use std::io::{Read, Write};
    use std::net::{IpAddr, Ipv4Addr, SocketAddr};
    let listen = config.http.listen;
    let ip = match listen.ip() {
        IpAddr::V6(a) if a.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        IpAddr::V4(a) if a.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        other => other,
    };
    let target = SocketAddr::new(ip, listen.port());
    let mut stream = std::net::TcpStream::connect_timeout(&target, timeout)
        .map_err(|e| HealthError::Connect(target, e))?;
    let io = |e| HealthError::Io(target, e);
    stream.set_read_timeout(Some(timeout)).map_err(io)?;
    stream.set_write_timeout(Some(timeout)).map_err(io)?;
    stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .map_err(io)?;
    let mut response = Vec::new();
    stream.take(4096).read_to_end(&mut response).map_err(io)?;
    let text = String::from_utf8_lossy(&response);
    let status_line = text.lines().next().unwrap_or_default().to_string();
    if status_line.split_whitespace().nth(1) == Some("200") {
        Ok(())
    } else {
        Err(HealthError::Unhealthy(target, status_line))
    }
}

/// Print the findings, one line each; true when nothing failed.
pub fn report(findings: &[Finding]) -> bool {
    for f in findings {
        println!("{f}");
    }
    let failed = findings.iter().filter(|f| f.level == Level::Fail).count();
    let warned = findings.iter().filter(|f| f.level == Level::Warn).count();
    println!(
        "{} checks: {failed} failed, {warned} warnings",
        findings.len()
    );
    failed == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ra_bytes(flags: u8) -> Vec<u8> {
        let mut b = vec![134, 0, 0x12, 0x34, 64, flags, 0x07, 0x08];
        b.extend([0u8; 8]);
        b
    }

    #[test]
    fn parses_m_and_o_flags_and_lifetime() {
        let ra = parse_router_advertisement(&ra_bytes(0xc0)).unwrap();
        assert!(ra.managed && ra.other_config);
        assert_eq!(ra.router_lifetime, 0x0708);
        let ra = parse_router_advertisement(&ra_bytes(0x40)).unwrap();
        assert!(!ra.managed && ra.other_config);
        // Home agent / preference bits are not M or O.
        let ra = parse_router_advertisement(&ra_bytes(0x3f)).unwrap();
        assert!(!ra.managed && !ra.other_config);
    }

    #[test]
    fn refuses_other_messages_and_short_ones() {
        let mut rs = ra_bytes(0xc0);
        rs[0] = 133;
        assert_eq!(parse_router_advertisement(&rs), None);
        let mut bad_code = ra_bytes(0xc0);
        bad_code[1] = 1;
        assert_eq!(parse_router_advertisement(&bad_code), None);
        assert_eq!(parse_router_advertisement(&ra_bytes(0xc0)[..15]), None);
    }

    fn heard(flags: &[(bool, bool)]) -> RaListening {
        RaListening::Heard(
            flags
                .iter()
                .enumerate()
                .map(|(i, &(managed, other_config))| {
                    (
                        Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, i as u16 + 1),
                        RouterAdvertisement {
                            managed,
                            other_config,
                            router_lifetime: 1800,
                            ..Default::default()
                        },
                    )
                })
                .collect(),
        )
    }

    #[test]
    fn ra_verdicts() {
        let wait = Duration::from_secs(5);
        let f = ra_finding("eth0", &heard(&[(true, true)]), wait);
        assert_eq!(f.level, Level::Ok);
        assert!(
            f.message.contains("RA seen from fe80::1 with M=1 O=1"),
            "{f}"
        );

        let f = ra_finding("eth0", &heard(&[(false, true)]), wait);
        assert_eq!(f.level, Level::Warn, "{f}");

        let f = ra_finding("eth0", &heard(&[(false, false), (true, false)]), wait);
        assert_eq!(f.level, Level::Ok, "a second router with M counts: {f}");
        assert!(f.message.contains("fe80::2 with M=1 O=0"), "{f}");

        let f = ra_finding("eth0", &heard(&[(false, false)]), wait);
        assert_eq!(f.level, Level::Fail);
        assert!(f.message.contains("NO RA with M/O flag"), "{f}");
        assert!(f.message.contains("fe80::1 with M=0 O=0"), "{f}");

        let f = ra_finding("eth0", &heard(&[]), wait);
        assert_eq!(f.level, Level::Fail);
        assert!(f.message.contains("no RA within 5s"), "{f}");

        let f = ra_finding("eth0", &RaListening::Unavailable("EPERM".into()), wait);
        assert_eq!(f.level, Level::Warn);
    }

    fn addr(interface: &str, a: &str, scope: u8) -> InterfaceAddress {
        InterfaceAddress {
            interface: interface.into(),
            index: 2,
            address: a.parse().unwrap(),
            prefix_len: 64,
            scope,
        }
    }

    fn pool(name: &str, iface: Option<&str>, prefix: &str) -> (String, Option<String>, Prefix) {
        (
            name.into(),
            iface.map(String::from),
            prefix.parse().unwrap(),
        )
    }

    #[test]
    fn interface_verdicts() {
        let pools = [pool("lab", None, "2001:db8:1::/64")];
        let addrs = [
            addr("eth0", "fe80::1", 0x20),
            addr("eth0", "2001:db8:1::1", 0),
            addr("eth1", "fe80::2", 0x20),
            addr("eth1", "2001:db8:9::1", 0),
        ];
        assert_eq!(
            interface_finding("eth9", None, &addrs, &pools).level,
            Level::Fail
        );
        let ok = interface_finding("eth0", Some(2), &addrs, &pools);
        assert_eq!(ok.level, Level::Ok, "{ok}");
        assert!(ok.message.contains("pool lab"), "{ok}");
        let outside = interface_finding("eth1", Some(3), &addrs, &pools);
        assert_eq!(outside.level, Level::Warn, "{outside}");
        assert!(outside.message.contains("outside the pools"), "{outside}");
        let no_ll = interface_finding("eth2", Some(4), &[addr("eth2", "2001:db8:1::5", 0)], &pools);
        assert_eq!(no_ll.level, Level::Fail, "{no_ll}");
    }

    #[test]
    fn a_pool_bound_to_another_interface_does_not_count() {
        let pools = [pool("other", Some("eth1"), "2001:db8:1::/64")];
        let addrs = [
            addr("eth0", "fe80::1", 0x20),
            addr("eth0", "2001:db8:1::1", 0),
        ];
        assert_eq!(
            interface_finding("eth0", Some(2), &addrs, &pools).level,
            Level::Warn
        );
    }
}
