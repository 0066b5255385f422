//! The RA monitor: `bootforge check`'s Router Advertisement test, running for as long as the
//! server does. It listens passively on the DHCPv6-served interfaces and sends one Router
//! Solicitation per interface when it starts listening there (at start, when the interface
//! appears, when its link comes back up), so routers answer at once instead of at their next
//! periodic RA. What it hears goes into [`super::RaStatus`].

use std::collections::BTreeMap;
use std::net::Ipv6Addr;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::message::{parse_router_advertisement, RouterSolicitation, ALL_ROUTERS};
use super::socket::IcmpSocket;
use super::Sighting;
use crate::config::Config;
use crate::netif::Interfaces;
use crate::state::AppState;

/// One watched interface.
struct Watched {
    name: String,
    up: bool,
    /// A Router Solicitation went out since the link was last seen coming up.
    solicited: bool,
}

pub async fn run(state: AppState) -> anyhow::Result<()> {
    let socket = match IcmpSocket::open() {
        Ok(s) => s,
        Err(e) => {
            let why = format!("raw ICMPv6 socket: {e} (needs root or CAP_NET_RAW)");
            tracing::warn!(error = %why, "cannot watch for Router Advertisements; the Network page shows WARN");
            state.ra.set_monitor_error(Some(why));
            state.shutdown.cancelled().await;
            return Ok(());
        }
    };
    let mut configs = state.config_updates.subscribe();
    let mut interfaces = state.interfaces.clone();
    let mut watched: BTreeMap<u32, Watched> = BTreeMap::new();
    let mut buf = vec![0u8; 1500];
    // Retries a solicitation that could not leave yet (no link-local address during DAD).
    let mut retry = tokio::time::interval(Duration::from_secs(1));
    retry.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let config = state.config();
        let snapshot = interfaces.borrow_and_update().clone();
        follow_interfaces(&state, &socket, &config, &snapshot, &mut watched);
        tokio::select! {
            _ = state.shutdown.cancelled() => return Ok(()),
            r = configs.changed() => if r.is_err() { return Ok(()) },
            r = interfaces.changed() => if r.is_err() { return Ok(()) },
            _ = retry.tick(), if watched.values().any(|w| w.up && !w.solicited) => {}
            got = socket.recv(&mut buf) => match got {
                Ok(pkt) => {
                    let Some(w) = watched.get(&pkt.ifindex) else { continue };
                    let Some(ra) = parse_router_advertisement(&buf[..pkt.len]) else { continue };
                    state.metrics.ra_received.fetch_add(1, Ordering::Relaxed);
                    let own = config.ra.enabled
                        && snapshot
                            .by_index(pkt.ifindex)
                            .is_some_and(|i| i.addresses.iter().any(|a| a.address == pkt.source));
                    tracing::debug!(interface = %w.name, source = %pkt.source, managed = ra.managed, other_config = ra.other_config, own, "Router Advertisement heard");
                    state.ra.record(&w.name, Sighting {
                        source: pkt.source,
                        ra,
                        at: Instant::now(),
                        at_ms: crate::store::now_ms(),
                        own,
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "receiving on the RA monitor socket");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
        }
    }
}

/// Watch the served interfaces that exist now; (re)start listening on new ones and on those
/// whose link came back up, soliciting once there.
fn follow_interfaces(
    state: &AppState,
    socket: &IcmpSocket,
    config: &Config,
    snapshot: &Interfaces,
    watched: &mut BTreeMap<u32, Watched>,
) {
    let selector = config.dhcp.interface_selector();
    let served: Vec<_> = if config.dhcp.enabled {
        snapshot.selected(&selector).collect()
    } else {
        Vec::new()
    };
    watched.retain(|index, w| {
        let keep = served.iter().any(|i| i.index == *index && i.name == w.name);
        if !keep {
            state.ra.stop_listening(&w.name);
        }
        keep
    });
    for i in served {
        let w = watched.entry(i.index).or_insert_with(|| {
            state.ra.start_listening(&i.name, Instant::now());
            Watched {
                name: i.name.clone(),
                up: i.up,
                solicited: false,
            }
        });
        if i.up && !w.up {
            // The link came back: what was heard before says nothing about the link now.
            state.ra.start_listening(&i.name, Instant::now());
            w.solicited = false;
        }
        w.up = i.up;
        if w.up && !w.solicited && i.link_local().is_some() {
            // Source chosen by the kernel: the interface's link-local address.
            match socket.send(
                &RouterSolicitation::default().encode(),
                ALL_ROUTERS,
                i.index,
                Ipv6Addr::UNSPECIFIED,
            ) {
                Ok(()) => {
                    tracing::debug!(interface = %i.name, "Router Solicitation sent");
                    w.solicited = true;
                }
                Err(e) => {
                    tracing::debug!(interface = %i.name, error = %e, "Router Solicitation not sent")
                }
            }
        }
    }
}
