//! Network status (`GET /api/v1/network`, the Network page): this host's interfaces, which ones DHCPv6 serves and bootforge
//! advertises on, and per served interface the RA monitor's verdict (is an RA with M or O
//! flag heard there? — without one, iPXE and UEFI never ask DHCPv6).

use std::net::Ipv6Addr;
use std::time::Instant;

use serde::Serialize;

use crate::config::Config;
use crate::mac::Mac;
use crate::netif::Interfaces;
use crate::ra::message::RouterAdvertisement;
use crate::ra::{verdict, RaSnapshot, Verdict, VerdictLevel};
use crate::state::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct NetworkView {
    /// `ra.enabled`: the built-in router is on.
    pub ra_enabled: bool,
    /// Why the RA monitor cannot listen (then every verdict is WARN).
    pub monitor_error: Option<String>,
    /// Why the built-in router cannot send, when enabled.
    pub sender_error: Option<String>,
    pub interfaces: Vec<InterfaceView>,
    /// Interfaces `dhcp.interfaces` names that do not exist (yet).
    pub missing: Vec<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct InterfaceView {
    pub name: String,
    pub index: u32,
    pub up: bool,
    pub mac: Option<Mac>,
    pub addresses: Vec<AddressView>,
    /// DHCPv6 serves this interface.
    pub dhcp_served: bool,
    /// bootforge sends RAs here (`ra.enabled` and it has sent at least one).
    pub ra_advertised: bool,
    /// What bootforge advertises here, when it does.
    pub advertising: Option<AdvertisingView>,
    /// The RA monitor's verdict and what it heard; served interfaces only.
    pub ra: Option<RaView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AddressView {
    #[schema(value_type = String)]
    pub address: Ipv6Addr,
    pub prefix_len: u8,
    /// `link` or `global` (kernel scope), `host` for loopback.
    pub scope: &'static str,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AdvertisingView {
    #[schema(value_type = String)]
    pub source: Ipv6Addr,
    #[serde(flatten)]
    pub ra: RaFields,
    pub sent: u64,
    pub last_sent_ms: i64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RaView {
    pub verdict: Verdict,
    /// Routers heard, latest RA each.
    pub routers: Vec<RouterView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RouterView {
    #[schema(value_type = String)]
    pub source: Ipv6Addr,
    #[serde(flatten)]
    pub ra: RaFields,
    pub seen_ms: i64,
    pub seen_secs_ago: u64,
    /// Sent by this bootforge.
    pub own: bool,
}

/// The RA fields that matter for boot, as shown.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RaFields {
    pub managed: bool,
    pub other_config: bool,
    pub router_lifetime: u16,
    pub prefixes: Vec<String>,
    #[schema(value_type = Vec<String>)]
    pub dns_servers: Vec<Ipv6Addr>,
}

impl From<&RouterAdvertisement> for RaFields {
    fn from(ra: &RouterAdvertisement) -> Self {
        RaFields {
            managed: ra.managed,
            other_config: ra.other_config,
            router_lifetime: ra.router_lifetime,
            prefixes: ra.prefixes.iter().map(|p| p.prefix.to_string()).collect(),
            dns_servers: ra.dns_servers.clone(),
        }
    }
}

impl NetworkView {
    /// Served interfaces whose verdict is FAIL: boot clients there will not ask DHCPv6.
    pub fn failing(&self) -> Vec<&InterfaceView> {
        self.interfaces
            .iter()
            .filter(|i| {
                i.ra.as_ref()
                    .is_some_and(|r| r.verdict.level == VerdictLevel::Fail)
            })
            .collect()
    }
}

fn scope_name(scope: u8) -> &'static str {
    match scope {
        0 => "global",
        0x10 => "host",
        0x20 => "link",
        _ => "other",
    }
}

/// Everything the API and the Network page show (pure: the caller reads the state).
pub fn network_view(
    config: &Config,
    interfaces: &Interfaces,
    ra: &RaSnapshot,
    now: Instant,
) -> NetworkView {
    let served = config.dhcp.interface_selector();
    let list = interfaces
        .list
        .iter()
        .map(|i| {
            let dhcp_served = config.dhcp.enabled && served.matches(&i.name);
            let advertising = ra.advertising.get(&i.name).map(|a| AdvertisingView {
                source: a.source,
                ra: RaFields::from(&a.ra),
                sent: a.sent,
                last_sent_ms: a.last_sent_ms,
            });
            let routers = ra
                .heard
                .get(&i.name)
                .into_iter()
                .flatten()
                .map(|h| RouterView {
                    source: h.source,
                    ra: RaFields::from(&h.ra),
                    seen_ms: h.at_ms,
                    seen_secs_ago: now.saturating_duration_since(h.at).as_secs(),
                    own: h.own,
                })
                .collect();
            InterfaceView {
                name: i.name.clone(),
                index: i.index,
                up: i.up,
                mac: i.mac,
                addresses: i
                    .addresses
                    .iter()
                    .map(|a| AddressView {
                        address: a.address,
                        prefix_len: a.prefix_len,
                        scope: scope_name(a.scope),
                    })
                    .collect(),
                dhcp_served,
                ra_advertised: advertising.is_some(),
                advertising,
                ra: dhcp_served.then(|| RaView {
                    verdict: verdict(ra, &i.name, now),
                    routers,
                }),
            }
        })
        .collect();
    NetworkView {
        ra_enabled: config.ra.enabled,
        monitor_error: ra.monitor_error.clone(),
        sender_error: ra.sender_error.clone().filter(|_| config.ra.enabled),
        interfaces: list,
        missing: served
            .named()
            .filter(|n| interfaces.by_name(n).is_none())
            .map(String::from)
            .collect(),
    }
}

/// The view of the running server now.
pub fn current(app: &AppState) -> NetworkView {
    let interfaces = app.interfaces.borrow().clone();
    network_view(
        &app.config(),
        &interfaces,
        &app.ra.snapshot(),
        Instant::now(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netif::{Interface, InterfaceAddress};
    use crate::ra::{RaStatus, Sighting, GRACE};

    fn interface(index: u32, name: &str, addrs: &[(&str, u8)]) -> Interface {
        Interface {
            index,
            name: name.into(),
            mac: Some(Mac([2, 0, 0, 0, 0, index as u8])),
            up: true,
            addresses: addrs
                .iter()
                .map(|(a, scope)| InterfaceAddress {
                    interface: name.into(),
                    index,
                    address: a.parse().unwrap(),
                    prefix_len: 64,
                    scope: *scope,
                })
                .collect(),
        }
    }

    #[test]
    fn served_interfaces_carry_a_verdict() {
        let mut config = Config::default();
        config.dhcp.interfaces = vec!["eth0".into(), "eth1".into(), "vlan9".into()];
        let interfaces = Interfaces {
            list: vec![
                interface(1, "lo", &[("::1", 0x10)]),
                interface(2, "eth0", &[("fe80::2", 0x20), ("2001:db8::1", 0)]),
                interface(3, "eth1", &[("fe80::3", 0x20)]),
            ],
        };
        let start = Instant::now();
        let status = RaStatus::default();
        status.start_listening("eth0", start);
        status.start_listening("eth1", start);
        status.record(
            "eth0",
            Sighting {
                source: "fe80::99".parse().unwrap(),
                ra: RouterAdvertisement {
                    managed: true,
                    router_lifetime: 1800,
                    ..Default::default()
                },
                at: start,
                at_ms: 1,
                own: false,
            },
        );
        let view = network_view(&config, &interfaces, &status.snapshot(), start + GRACE * 2);
        assert_eq!(view.missing, ["vlan9"]);
        let names: Vec<_> = view.interfaces.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["lo", "eth0", "eth1"]);
        assert!(view.interfaces[0].ra.is_none() && !view.interfaces[0].dhcp_served);
        let eth0 = view.interfaces[1].ra.as_ref().unwrap();
        assert_eq!(eth0.verdict.level, VerdictLevel::Ok);
        assert_eq!(
            eth0.routers[0].source,
            "fe80::99".parse::<Ipv6Addr>().unwrap()
        );
        assert!(eth0.routers[0].ra.managed);
        assert_eq!(view.interfaces[1].addresses[0].scope, "link");
        let failing: Vec<_> = view.failing().iter().map(|i| i.name.as_str()).collect();
        assert_eq!(failing, ["eth1"]);
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(json["interfaces"][1]["ra"]["verdict"]["level"], "ok");
        assert_eq!(json["interfaces"][1]["ra"]["routers"][0]["managed"], true);
        assert_eq!(json["interfaces"][1]["mac"], "02:00:00:00:00:02");
    }
}
