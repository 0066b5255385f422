//! The `[relay]` section: what `bootforge relay` needs, and nothing of the server's.

use std::net::{Ipv6Addr, SocketAddr};

use serde::{Deserialize, Serialize};

use crate::config::error::ConfigError;
use crate::netif::InterfaceSelector;

/// RFC 8415 §7.1 All_DHCP_Servers (site scope).
pub const ALL_DHCP_SERVERS: Ipv6Addr = Ipv6Addr::new(0xff05, 0, 0, 0, 0, 0, 1, 3);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelayConfig {
    /// Where Relay-Forwards go: unicast server addresses (reached by ordinary routing over any
    /// uplink) and/or All_DHCP_Servers `ff05::1:3`. Every packet goes to each of them.
    pub servers: Vec<Ipv6Addr>,
    /// Client-facing interfaces: names and glob patterns (`vlan*`). Interfaces that appear
    /// later and match are relayed at once. Required: a relay must not listen on its uplinks.
    #[serde(deserialize_with = "crate::config::list::one_or_many")]
    pub interfaces: Vec<String>,
    /// Port the relay listens on, for clients, downstream relays and Relay-Replies.
    pub port: u16,
    /// Port the servers listen on.
    pub server_port: u16,
    /// Port clients listen on (546).
    pub client_port: u16,
    /// `/metrics` and `/healthz` over plain HTTP.
    pub listen: SocketAddr,
    /// Add the Client Link-Layer Address option (79, RFC 6939) from each client frame's
    /// source MAC (needs CAP_NET_RAW for a packet socket; without it the option is left out).
    pub client_link_layer: bool,
}

impl Default for RelayConfig {
    fn default() -> Self {
        RelayConfig {
            servers: Vec::new(),
            interfaces: Vec::new(),
            port: 547,
            server_port: 547,
            client_port: 546,
            listen: "[::1]:9547".parse().expect("static address"),
            client_link_layer: true,
        }
    }
}

fn bad(key: &str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.into(),
        reason: reason.into(),
    }
}

impl RelayConfig {
    pub fn interface_selector(&self) -> InterfaceSelector {
        InterfaceSelector::new(&self.interfaces)
    }

    /// True when every server is unicast: then a Relay-Reply must come from one of them.
    pub fn servers_all_unicast(&self) -> bool {
        self.servers.iter().all(|s| !s.is_multicast())
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.servers.is_empty() {
            return Err(bad(
                "relay.servers",
                "name at least one DHCPv6 server (--server ADDRESS, or ff05::1:3)",
            ));
        }
        for (i, s) in self.servers.iter().enumerate() {
            let key = format!("relay.servers[{i}]");
            let seg = s.segments();
            if s.is_unspecified() || s.is_loopback() {
                return Err(bad(&key, format!("{s} is not a server address")));
            }
            if seg[0] & 0xffc0 == 0xfe80 {
                return Err(bad(
                    &key,
                    format!(
                        "{s} is link-local: servers are reached by routing, give a global address"
                    ),
                ));
            }
            // Multicast: only scopes beyond the link (the relay's own link is served by it).
            if s.is_multicast() && (seg[0] & 0x000f) <= 2 {
                return Err(bad(
                    &key,
                    format!("{s}: multicast servers need a scope beyond the link (ff05::1:3)"),
                ));
            }
        }
        if self.interfaces.is_empty() || self.interfaces.iter().any(|i| i == "all") {
            return Err(bad(
                "relay.interfaces",
                "name the client-facing interfaces (--interface 'vlan*'); the relay must not \
                 listen on its uplinks",
            ));
        }
        if self.port == 0 {
            return Err(bad("relay.port", "must not be 0"));
        }
        if self.server_port == 0 {
            return Err(bad("relay.server_port", "must not be 0"));
        }
        if self.client_port == 0 {
            return Err(bad("relay.client_port", "must not be 0"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok() -> RelayConfig {
        RelayConfig {
            servers: vec!["2001:db8::d".parse().unwrap()],
            interfaces: vec!["vlan*".into()],
            ..RelayConfig::default()
        }
    }

    #[test]
    fn a_server_and_an_interface_are_enough() {
        ok().validate().unwrap();
        assert!(ok().servers_all_unicast());
        let mut m = ok();
        m.servers.push(ALL_DHCP_SERVERS);
        m.validate().unwrap();
        assert!(!m.servers_all_unicast());
    }

    #[test]
    fn the_packaged_relay_example_loads() {
        let path = std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../packaging/relay.example.toml"
        ));
        let c = crate::config::Config::load_unchecked(Some(path), &Default::default()).unwrap();
        c.relay.validate().unwrap();
        assert_eq!(
            c.relay.servers,
            ["2001:db8::d".parse::<Ipv6Addr>().unwrap()]
        );
    }

    #[test]
    fn mistakes_name_the_key() {
        let mut c = ok();
        c.servers.clear();
        assert_eq!(c.validate().unwrap_err().key, "relay.servers");
        let mut c = ok();
        c.servers.push("fe80::1".parse().unwrap());
        assert_eq!(c.validate().unwrap_err().key, "relay.servers[1]");
        let mut c = ok();
        c.servers = vec!["ff02::1:2".parse().unwrap()];
        assert_eq!(c.validate().unwrap_err().key, "relay.servers[0]");
        let mut c = ok();
        c.interfaces.clear();
        assert_eq!(c.validate().unwrap_err().key, "relay.interfaces");
        let mut c = ok();
        c.interfaces = vec!["all".into()];
        assert_eq!(c.validate().unwrap_err().key, "relay.interfaces");
        let mut c = ok();
        c.port = 0;
        assert_eq!(c.validate().unwrap_err().key, "relay.port");
    }
}
