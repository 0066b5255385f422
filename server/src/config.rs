//! Configuration: TOML file < environment (`BOOTFORGE_…`) < command-line flags.
//!
//! Every key has a default (see `bootforge.example.toml`), so the server can start from flags
//! alone. `Config::validate` turns semantic mistakes into errors that name the key.

pub mod error;
pub mod list;

pub(crate) use list::one_or_many;

use std::net::{Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};

use crate::netif::InterfaceSelector;
use crate::prefix::Prefix;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Holds the SQLite database, the server DUID and the address-derivation secret.
    pub data_dir: PathBuf,
    /// `postgres://…`: keep the inventory and leases in PostgreSQL instead of the SQLite
    /// file in `data_dir`, so several instances can share them (docs/postgresql.md). Unset:
    /// SQLite.
    pub database_url: Option<String>,
    /// Address that goes into boot URLs (`tftp://[addr]/…`, `http://[addr]:port/…`).
    /// Empty: the first global address of the first served interface.
    pub server_address: Option<Ipv6Addr>,
    pub log: String,
    pub dhcp: DhcpConfig,
    pub tftp: TftpConfig,
    pub http: HttpConfig,
    pub boot: BootConfig,
    pub ra: RaConfig,
    /// `bootforge relay` only ([`crate::relay`]); `serve` ignores it.
    pub relay: crate::relay::config::RelayConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DhcpConfig {
    pub enabled: bool,
    /// Interfaces to serve: names and glob patterns (`vlan*`); empty or `"all"`: every
    /// interface but loopback. Interfaces that appear later and match are served when they
    /// appear (the server joins ff02::1:2 on each).
    #[serde(deserialize_with = "one_or_many")]
    pub interfaces: Vec<String>,
    pub port: u16,
    /// Port answers go to (546 for real clients; tests may change it).
    pub client_port: u16,
    pub preference: u8,
    pub rapid_commit: bool,
    pub t1: u32,
    pub t2: u32,
    pub preferred_lifetime: u32,
    pub valid_lifetime: u32,
    /// Seconds a declined address stays out of use.
    pub decline_hold: u32,
    pub dns_servers: Vec<Ipv6Addr>,
    pub domain_search: Vec<String>,
    /// Address pools; empty: stateless service only (Information-Request).
    pub pools: Vec<PoolConfig>,
    pub reservations: Vec<ReservationConfig>,
    /// Pool selection for relayed clients beyond the relay's link-address.
    pub relays: Vec<RelayConfig>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoolConfig {
    pub name: String,
    /// The on-link prefix, e.g. `2001:db8:b007::/64` (parsed when the configuration is read).
    pub prefix: Prefix,
    /// First and last address handed out, inclusive.
    pub range_start: Ipv6Addr,
    pub range_end: Ipv6Addr,
    /// Interface this pool serves directly (not via a relay). Empty: matched by the
    /// interface's addresses, or the only pool.
    #[serde(default)]
    pub interface: Option<String>,
}

/// `[[dhcp.relays]]`: relayed clients get pool `pool` when the relay closest to them sends
/// this Interface-ID option, or uses one of these link-addresses (for relays whose
/// link-address is outside the pool's prefix, as with VRRP).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayConfig {
    pub pool: String,
    #[serde(default)]
    pub interface_id: Option<String>,
    #[serde(default)]
    pub relay_addresses: Vec<Ipv6Addr>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReservationConfig {
    pub mac: String,
    pub address: Ipv6Addr,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TftpConfig {
    pub enabled: bool,
    pub listen: SocketAddr,
    /// Files served over TFTP (and under /assets over HTTP). Relative to data_dir if relative.
    pub root: PathBuf,
    pub max_block_size: u16,
    pub max_window_size: u16,
    pub timeout_secs: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Plain HTTP: the boot endpoints firmware uses (scripts, assets, iPXE binaries),
    /// `/healthz` and `/metrics`; the dashboard and API only for loopback clients and
    /// trusted proxies while `tls` is on (others are sent to HTTPS).
    pub listen: SocketAddr,
    /// Port written into boot URLs; defaults to the listen port.
    pub public_port: Option<u16>,
    /// Serve the dashboard and API over HTTPS on `https_listen`.
    pub tls: bool,
    pub https_listen: SocketAddr,
    /// PEM certificate chain and private key. Both empty: a self-signed certificate is
    /// created in the data dir on first start (its SHA-256 fingerprint is logged).
    pub tls_cert: PathBuf,
    pub tls_key: PathBuf,
    /// Reverse proxies whose `X-Forwarded-Proto: https` is believed, so a proxy that
    /// terminates TLS gets `Secure` cookies and the dashboard over plain HTTP.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// The built-in Router Advertisement sender, for labs with no router. Off by default: where a
/// router already advertises, a second source of RAs confuses hosts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RaConfig {
    pub enabled: bool,
    /// Interfaces to advertise on (names and patterns); empty: those DHCPv6 serves.
    #[serde(deserialize_with = "one_or_many")]
    pub interfaces: Vec<String>,
    /// M flag: get addresses from DHCPv6. UEFI PXE needs it.
    pub managed: bool,
    /// O flag: get other configuration (DNS, boot URL) from DHCPv6.
    pub other_config: bool,
    /// Seconds hosts may use this server as their default router; 0: not a default router.
    pub router_lifetime: u16,
    /// Seconds between unsolicited RAs (RFC 4861 MaxRtrAdvInterval, 4..=1800).
    pub interval_secs: u32,
    /// On-link prefixes to advertise; empty: the prefix of the pool serving each interface.
    pub prefixes: Vec<String>,
    /// A flag on the prefixes: hosts also make SLAAC addresses. Off: addresses come from
    /// DHCPv6 only.
    pub autonomous: bool,
    pub prefix_valid_lifetime: u32,
    pub prefix_preferred_lifetime: u32,
    /// RDNSS option (RFC 8106); empty: `dhcp.dns_servers`.
    pub dns_servers: Vec<Ipv6Addr>,
    /// Per-interface changes to the values above, e.g. `[ra.interface.vlan20] managed = false`.
    pub interface: std::collections::BTreeMap<String, RaInterfaceConfig>,
}

/// What one interface's RAs change from the `[ra]` values; an absent key keeps them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RaInterfaceConfig {
    pub managed: Option<bool>,
    pub other_config: Option<bool>,
    pub router_lifetime: Option<u16>,
    pub prefixes: Option<Vec<String>>,
    pub autonomous: Option<bool>,
    pub dns_servers: Option<Vec<Ipv6Addr>>,
}

impl Default for RaConfig {
    fn default() -> Self {
        RaConfig {
            enabled: false,
            interfaces: Vec::new(),
            managed: true,
            other_config: true,
            router_lifetime: 0,
            interval_secs: 60,
            prefixes: Vec::new(),
            autonomous: false,
            prefix_valid_lifetime: 86400,
            prefix_preferred_lifetime: 14400,
            dns_servers: Vec::new(),
            interface: Default::default(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BootConfig {
    /// Operator-editable iPXE script templates. Relative to data_dir if relative; the built-in
    /// templates are used for any name not found there.
    pub scripts_dir: PathBuf,
    /// Seconds a discovered (unknown) machine waits between script fetches.
    pub discovery_retry_secs: u32,
    /// iPXE binary per architecture name (x64, arm64, ia32, …), relative to the TFTP root or
    /// absolute. Missing entries fall back to the distribution's ipxe package.
    pub ipxe_binaries: std::collections::BTreeMap<String, String>,
    /// Most machines booting clients may register as `discovered` (anyone on the boot
    /// network can make up MACs); past it, unknown MACs are served but not registered.
    pub max_discovered: u64,
    /// Unknown MACs one client source (an IPv6 /64) may register per minute over HTTP.
    pub discovery_per_source_per_minute: u32,
    /// Boot events kept; older ones are deleted as new ones arrive.
    pub max_events: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data_dir: PathBuf::from("./data"),
            database_url: None,
            server_address: None,
            log: "info".into(),
            dhcp: DhcpConfig::default(),
            tftp: TftpConfig::default(),
            http: HttpConfig::default(),
            boot: BootConfig::default(),
            ra: RaConfig::default(),
            relay: Default::default(),
        }
    }
}

impl DhcpConfig {
    /// The interfaces DHCPv6 serves.
    pub fn interface_selector(&self) -> InterfaceSelector {
        InterfaceSelector::new(&self.interfaces)
    }
}

impl RaConfig {
    /// The interfaces RAs go out on: `ra.interfaces`, else those DHCPv6 serves.
    pub fn interface_selector(&self, dhcp: &DhcpConfig) -> InterfaceSelector {
        if self.interfaces.is_empty() {
            dhcp.interface_selector()
        } else {
            InterfaceSelector::new(&self.interfaces)
        }
    }
}

impl Default for DhcpConfig {
    fn default() -> Self {
        DhcpConfig {
            enabled: true,
            interfaces: Vec::new(),
            port: 547,
            client_port: 546,
            preference: 255,
            rapid_commit: true,
            t1: 1800,
            t2: 2880,
            preferred_lifetime: 3600,
            valid_lifetime: 7200,
            decline_hold: 3600,
            dns_servers: Vec::new(),
            domain_search: Vec::new(),
            pools: Vec::new(),
            reservations: Vec::new(),
            relays: Vec::new(),
        }
    }
}

impl Default for TftpConfig {
    fn default() -> Self {
        TftpConfig {
            enabled: true,
            listen: "[::]:69".parse().expect("static address"),
            root: PathBuf::from("tftp"),
            max_block_size: 1468,
            max_window_size: 16,
            timeout_secs: 3,
        }
    }
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            listen: "[::]:8080".parse().expect("static address"),
            public_port: None,
            tls: true,
            https_listen: "[::]:8443".parse().expect("static address"),
            tls_cert: PathBuf::new(),
            tls_key: PathBuf::new(),
            trusted_proxies: Vec::new(),
        }
    }
}

impl Default for BootConfig {
    fn default() -> Self {
        BootConfig {
            scripts_dir: PathBuf::from("boot-scripts"),
            discovery_retry_secs: 5,
            ipxe_binaries: Default::default(),
            max_discovered: 10_000,
            discovery_per_source_per_minute: 60,
            max_events: 1_000_000,
        }
    }
}

pub use error::ConfigError;

fn bad(key: impl Into<String>, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.into(),
        reason: reason.into(),
    }
}

/// Values given on the command line, applied over file and environment.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub interfaces: Vec<String>,
    pub pool: Option<String>,
    pub server_address: Option<Ipv6Addr>,
    pub http_listen: Option<SocketAddr>,
    pub https_listen: Option<SocketAddr>,
    pub tftp_listen: Option<SocketAddr>,
    pub dhcp_port: Option<u16>,
}

/// Top-level keys, the only ones `BOOTFORGE_*` environment variables may set.
const CONFIG_SECTIONS: &[&str] = &[
    "data_dir",
    "database_url",
    "server_address",
    "log",
    "dhcp",
    "tftp",
    "http",
    "boot",
    "ra",
    "relay",
];

impl Config {
    /// The PostgreSQL URL, if one is set (an empty value means SQLite).
    pub fn database_url(&self) -> Option<&str> {
        self.database_url
            .as_deref()
            .filter(|u| !u.trim().is_empty())
    }

    /// Load from an optional TOML file, then `BOOTFORGE_*` environment variables (nested keys
    /// with `__`, e.g. `BOOTFORGE_DHCP__PREFERENCE=10`), then command-line overrides.
    pub fn load(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        let cfg = Config::load_unchecked(file, overrides)?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// [`Config::load`] without [`Config::validate`]: for commands that use only part of the
    /// configuration and check that part themselves (`bootforge relay` needs no pool).
    pub fn load_unchecked(file: Option<&Path>, overrides: &Overrides) -> anyhow::Result<Config> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.exists() {
                anyhow::bail!("config file {} does not exist", path.display());
            }
            fig = fig.merge(Toml::file(path));
        }
        fig = fig.merge(
            Env::prefixed("BOOTFORGE_")
                .split("__")
                // Only config sections: other BOOTFORGE_* variables (CONFIG, ADMIN_USER,
                // BOOTSTRAP_TOKEN, SKIP_VM, …) are read elsewhere and are not keys.
                .filter(|k| {
                    let top = k.as_str().split("__").next().unwrap_or_default();
                    let top = top.split('.').next().unwrap_or_default();
                    CONFIG_SECTIONS.iter().any(|s| top.eq_ignore_ascii_case(s))
                })
                .map(|k| k.as_str().to_ascii_lowercase().into()),
        );
        let mut cfg: Config = fig.extract().map_err(|e| {
            let key = e.path.join(".");
            anyhow::anyhow!("config key `{key}`: {}", e.kind)
        })?;
        cfg.apply(overrides)?;
        Ok(cfg)
    }

    fn apply(&mut self, o: &Overrides) -> Result<(), ConfigError> {
        if let Some(d) = &o.data_dir {
            self.data_dir = d.clone();
        }
        if let Some(u) = &o.database_url {
            self.database_url = Some(u.clone());
        }
        if !o.interfaces.is_empty() {
            self.dhcp.interfaces = o.interfaces.clone();
        }
        if let Some(p) = &o.pool {
            self.dhcp.pools = vec![pool_from_flag(p)?];
        }
        if o.server_address.is_some() {
            self.server_address = o.server_address;
        }
        if let Some(l) = o.http_listen {
            self.http.listen = l;
        }
        if let Some(l) = o.https_listen {
            self.http.https_listen = l;
        }
        if let Some(l) = o.tftp_listen {
            self.tftp.listen = l;
        }
        if let Some(p) = o.dhcp_port {
            self.dhcp.port = p;
        }
        Ok(())
    }

    /// Semantic checks the type system cannot make.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if let Some(url) = self.database_url() {
            if !crate::store::is_postgres_url(url) {
                return Err(bad(
                    "database_url",
                    "must start with postgres:// or postgresql:// (unset for SQLite)",
                ));
            }
        }
        let d = &self.dhcp;
        if d.t1 > d.t2 {
            return Err(bad(
                "dhcp.t1",
                format!("T1 ({}) must not exceed T2 ({})", d.t1, d.t2),
            ));
        }
        if d.preferred_lifetime > d.valid_lifetime {
            return Err(bad(
                "dhcp.preferred_lifetime",
                "must not exceed dhcp.valid_lifetime",
            ));
        }
        if d.t2 > d.preferred_lifetime {
            return Err(bad("dhcp.t2", "must not exceed dhcp.preferred_lifetime"));
        }
        let mut names = std::collections::HashSet::new();
        for (i, p) in d.pools.iter().enumerate() {
            let key = |k: &str| format!("dhcp.pools[{i}].{k}");
            let prefix = p.prefix;
            if !prefix.contains(p.range_start) {
                return Err(bad(key("range_start"), format!("not inside {}", p.prefix)));
            }
            if !prefix.contains(p.range_end) {
                return Err(bad(key("range_end"), format!("not inside {}", p.prefix)));
            }
            if u128::from(p.range_start) > u128::from(p.range_end) {
                return Err(bad(key("range_end"), "is below range_start"));
            }
            if !names.insert(p.name.clone()) {
                return Err(bad(
                    key("name"),
                    format!("duplicate pool name {:?}", p.name),
                ));
            }
        }
        for (i, r) in d.relays.iter().enumerate() {
            let key = |k: &str| format!("dhcp.relays[{i}].{k}");
            if !d.pools.iter().any(|p| p.name == r.pool) {
                return Err(bad(key("pool"), format!("no pool named {:?}", r.pool)));
            }
            if r.interface_id.as_deref().is_some_and(str::is_empty) {
                return Err(bad(key("interface_id"), "must not be empty"));
            }
            if r.interface_id.is_none() && r.relay_addresses.is_empty() {
                return Err(bad(
                    key("interface_id"),
                    "give interface_id or relay_addresses (or both)",
                ));
            }
            if let Some(a) = r
                .relay_addresses
                .iter()
                .find(|a| a.is_multicast() || a.is_unspecified())
            {
                return Err(bad(
                    key("relay_addresses"),
                    format!("{a} is not a relay's unicast address"),
                ));
            }
        }
        for (i, r) in d.reservations.iter().enumerate() {
            crate::mac::Mac::parse(&r.mac)
                .map_err(|e| bad(format!("dhcp.reservations[{i}].mac"), e.to_string()))?;
            let inside = d.pools.iter().any(|p| p.prefix.contains(r.address));
            if !inside {
                return Err(bad(
                    format!("dhcp.reservations[{i}].address"),
                    "not inside any pool prefix",
                ));
            }
        }
        for (i, s) in d.domain_search.iter().enumerate() {
            if s.is_empty() || s.len() > 253 || s.split('.').any(|l| l.len() > 63) {
                return Err(bad(format!("dhcp.domain_search[{i}]"), "not a domain name"));
            }
        }
        if self.tftp.max_block_size < 512 || self.tftp.max_block_size > 65464 {
            return Err(bad("tftp.max_block_size", "must be within 512..=65464"));
        }
        if self.tftp.max_window_size == 0 {
            return Err(bad("tftp.max_window_size", "must be at least 1"));
        }
        if self.boot.discovery_retry_secs == 0 {
            return Err(bad("boot.discovery_retry_secs", "must be at least 1"));
        }
        if self.boot.max_events < 1000 {
            return Err(bad("boot.max_events", "must be at least 1000"));
        }
        if self.http.tls {
            if self.http.tls_cert.as_os_str().is_empty() != self.http.tls_key.as_os_str().is_empty()
            {
                return Err(bad(
                    "http.tls_cert",
                    "set both http.tls_cert and http.tls_key, or neither (self-signed)",
                ));
            }
            // Port 0 on both is fine: each gets its own free port.
            if self.http.https_listen == self.http.listen && self.http.listen.port() != 0 {
                return Err(bad("http.https_listen", "must differ from http.listen"));
            }
        }
        self.validate_ra()?;
        if self.log.trim().is_empty() {
            return Err(bad("log", "must name a level such as info or debug"));
        }
        Ok(())
    }

    fn validate_ra(&self) -> Result<(), ConfigError> {
        let ra = &self.ra;
        if !(4..=1800).contains(&ra.interval_secs) {
            return Err(bad(
                "ra.interval_secs",
                "must be within 4..=1800 (RFC 4861)",
            ));
        }
        if ra.router_lifetime != 0 && u32::from(ra.router_lifetime) < ra.interval_secs {
            return Err(bad(
                "ra.router_lifetime",
                "must be 0 (not a default router) or at least ra.interval_secs",
            ));
        }
        if ra.prefix_preferred_lifetime > ra.prefix_valid_lifetime {
            return Err(bad(
                "ra.prefix_preferred_lifetime",
                "must not exceed ra.prefix_valid_lifetime",
            ));
        }
        let check_prefixes = |key: String, prefixes: &[String]| {
            for (i, p) in prefixes.iter().enumerate() {
                let prefix: Prefix = p.parse().map_err(|e| bad(format!("{key}[{i}]"), e))?;
                if prefix.len != 64 && ra.autonomous {
                    return Err(bad(
                        format!("{key}[{i}]"),
                        "SLAAC (ra.autonomous) needs a /64",
                    ));
                }
            }
            Ok(())
        };
        check_prefixes("ra.prefixes".into(), &ra.prefixes)?;
        for (name, over) in &ra.interface {
            if let Some(p) = &over.prefixes {
                check_prefixes(format!("ra.interface.{name}.prefixes"), p)?;
            }
        }
        Ok(())
    }

    /// A path from the config, resolved against the data dir when relative.
    pub fn data_path(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.data_dir.join(p)
        }
    }

    pub fn http_public_port(&self) -> u16 {
        self.http.public_port.unwrap_or(self.http.listen.port())
    }
}

/// `--pool 2001:db8::/64` or `--pool 2001:db8::/64,2001:db8::100,2001:db8::1ff`.
fn pool_from_flag(s: &str) -> Result<PoolConfig, ConfigError> {
    let mut parts = s.split(',');
    let prefix: Prefix = parts
        .next()
        .unwrap_or_default()
        .trim()
        .parse()
        .map_err(|e| bad("--pool", e))?;
    let (start, end) = match (parts.next(), parts.next()) {
        (Some(a), Some(b)) => (
            a.trim()
                .parse()
                .map_err(|_| bad("--pool", "bad range start"))?,
            b.trim()
                .parse()
                .map_err(|_| bad("--pool", "bad range end"))?,
        ),
        (None, None) => prefix.default_range(),
        _ => return Err(bad("--pool", "give PREFIX or PREFIX,START,END")),
    };
    Ok(PoolConfig {
        name: "default".into(),
        prefix,
        range_start: start,
        range_end: end,
        interface: None,
    })
}

/// Where the running configuration came from, so a reload reads it the same way.
#[derive(Debug, Clone, Default)]
pub struct ConfigSource {
    pub file: Option<std::path::PathBuf>,
    pub overrides: Overrides,
}

impl ConfigSource {
    pub fn load(&self) -> anyhow::Result<Config> {
        Config::load(self.file.as_deref(), &self.overrides)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_pool() -> Config {
        let mut c = Config::default();
        c.dhcp.pools = vec![pool_from_flag("2001:db8:1::/64").unwrap()];
        c
    }

    #[test]
    fn defaults_with_a_pool_are_valid() {
        with_pool().validate().unwrap();
    }

    #[test]
    fn no_pools_is_stateless_service_and_valid() {
        Config::default().validate().unwrap();
    }

    #[test]
    fn relay_selectors_are_validated_naming_the_key() {
        let relay = |pool: &str, id: Option<&str>, addrs: &[&str]| RelayConfig {
            pool: pool.into(),
            interface_id: id.map(String::from),
            relay_addresses: addrs.iter().map(|a| a.parse().unwrap()).collect(),
        };
        let mut c = with_pool();
        let name = c.dhcp.pools[0].name.clone();
        c.dhcp.relays = vec![relay(&name, Some("vlan42"), &["2001:db8:ff::2"])];
        c.validate().unwrap();
        for (r, key) in [
            (relay("nope", Some("x"), &[]), "dhcp.relays[0].pool"),
            (relay(&name, Some(""), &[]), "dhcp.relays[0].interface_id"),
            (relay(&name, None, &[]), "dhcp.relays[0].interface_id"),
            (
                relay(&name, None, &["ff02::1"]),
                "dhcp.relays[0].relay_addresses",
            ),
        ] {
            c.dhcp.relays = vec![r];
            assert_eq!(c.validate().unwrap_err().key, key);
        }
    }

    #[test]
    fn t1_above_t2_names_the_key() {
        let mut c = with_pool();
        c.dhcp.t1 = 5000;
        assert_eq!(c.validate().unwrap_err().key, "dhcp.t1");
    }

    #[test]
    fn range_outside_prefix_is_refused() {
        let mut c = with_pool();
        c.dhcp.pools[0].range_end = "2001:db8:2::1".parse().unwrap();
        assert_eq!(c.validate().unwrap_err().key, "dhcp.pools[0].range_end");
    }

    #[test]
    fn toml_type_error_names_the_key() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        std::fs::write(&f, "[dhcp]\npreference = \"high\"\n").unwrap();
        let e = Config::load(Some(&f), &Overrides::default()).unwrap_err();
        assert!(e.to_string().contains("dhcp.preference"), "{e}");
    }

    #[test]
    fn unknown_key_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        std::fs::write(&f, "[dhcp]\npreferrence = 3\n").unwrap();
        let e = Config::load(Some(&f), &Overrides::default()).unwrap_err();
        assert!(e.to_string().contains("preferrence"), "{e}");
    }

    #[test]
    fn the_example_config_loads() {
        let path = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../bootforge.example.toml"
        ));
        let c = Config::load(Some(path), &Overrides::default()).unwrap();
        assert_eq!(c.dhcp.pools[0].name, "lab");
        assert_eq!(c.dhcp.reservations.len(), 1);
        // The [relay] section `bootforge relay` reads is valid as documented.
        c.relay.validate().unwrap();
        assert_eq!(c.relay.interfaces, ["vlan*"]);
        // Every key the example names is a key (deny_unknown_fields) with the default value.
        assert_eq!(
            c.relay,
            crate::relay::RelayConfig {
                servers: c.relay.servers.clone(),
                interfaces: c.relay.interfaces.clone(),
                ..Default::default()
            }
        );
    }

    #[test]
    fn foreign_bootforge_variables_are_not_config_keys() {
        // Set for this test binary only; no other test reads these names.
        std::env::set_var("BOOTFORGE_SKIP_SOMETHING", "1");
        std::env::set_var("BOOTFORGE_DHCP__DECLINE_HOLD", "77");
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        std::fs::write(&f, "[[dhcp.pools]]\nname = \"p\"\nprefix = \"2001:db8::/64\"\nrange_start = \"2001:db8::10\"\nrange_end = \"2001:db8::20\"\n").unwrap();
        let c = Config::load(Some(&f), &Overrides::default()).unwrap();
        assert_eq!(c.dhcp.decline_hold, 77);
        std::env::remove_var("BOOTFORGE_DHCP__DECLINE_HOLD");
    }

    #[test]
    fn interfaces_take_a_string_or_a_list() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("c.toml");
        let pool = "[[dhcp.pools]]\nname = \"p\"\nprefix = \"2001:db8::/64\"\nrange_start = \"2001:db8::10\"\nrange_end = \"2001:db8::20\"\n";
        std::fs::write(&f, format!("[dhcp]\ninterfaces = \"vlan*, eth0\"\n{pool}")).unwrap();
        let c = Config::load(Some(&f), &Overrides::default()).unwrap();
        assert_eq!(c.dhcp.interfaces, ["vlan*", "eth0"]);
        std::fs::write(&f, format!("[dhcp]\ninterfaces = [\"br0\"]\n{pool}")).unwrap();
        let c = Config::load(Some(&f), &Overrides::default()).unwrap();
        assert_eq!(c.dhcp.interfaces, ["br0"]);
    }

    #[test]
    fn ra_mistakes_name_the_key() {
        let mut c = with_pool();
        c.ra.interval_secs = 2;
        assert_eq!(c.validate().unwrap_err().key, "ra.interval_secs");
        let mut c = with_pool();
        c.ra.router_lifetime = 10;
        assert_eq!(c.validate().unwrap_err().key, "ra.router_lifetime");
        let mut c = with_pool();
        c.ra.autonomous = true;
        c.ra.interface.insert(
            "vlan7".into(),
            RaInterfaceConfig {
                prefixes: Some(vec!["2001:db8:7::/48".into()]),
                ..Default::default()
            },
        );
        assert_eq!(
            c.validate().unwrap_err().key,
            "ra.interface.vlan7.prefixes[0]"
        );
    }

    #[test]
    fn pool_flag_with_range() {
        let p = pool_from_flag("2001:db8::/64,2001:db8::10,2001:db8::20").unwrap();
        assert_eq!(p.range_start, "2001:db8::10".parse::<Ipv6Addr>().unwrap());
        assert_eq!(p.range_end, "2001:db8::20".parse::<Ipv6Addr>().unwrap());
    }
}
