//! The built-in router: periodic Router Advertisements and answers to Router Solicitations on
//! each advertised interface (`ra.interfaces`, else those DHCPv6 serves), while `ra.enabled`.
//!
//! The task always runs and follows reloads: it opens its raw socket the first time RAs are
//! enabled, reads the configuration at each send, and follows interfaces as they come and
//! go (a new one is advertised on at once). Without CAP_NET_RAW it logs why and idles; the
//! rest of the server is unaffected.

use std::collections::BTreeMap;
use std::net::Ipv6Addr;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tokio::time::Instant;

use super::message::{
    self, parse_router_solicitation, RouterAdvertisement, ALL_NODES, ALL_ROUTERS,
};
use super::socket::{IcmpSocket, Received};
use crate::config::Config;
use crate::netif::{Interface, Interfaces};
use crate::state::AppState;

/// Gaps before the 2nd and 3rd RA on a newly advertised interface (RFC 4861 6.2.4 allows up
/// to MAX_INITIAL_RTR_ADVERT_INTERVAL, 16 s), so hosts that just came up learn quickly.
const INITIAL_GAPS: [Duration; 2] = [Duration::from_secs(2), Duration::from_secs(2)];
/// RFC 4861 MIN_DELAY_BETWEEN_RAS: multicast RAs in answer to solicitations are this far apart.
const MIN_DELAY_BETWEEN_RAS: Duration = Duration::from_secs(3);
/// A unicast answer to the same host is not repeated sooner than this.
const UNICAST_REPEAT: Duration = Duration::from_secs(1);
/// Retry soon when an interface has no usable link-local address yet (DAD still running).
const NOT_READY_RETRY: Duration = Duration::from_secs(1);

/// One interface being advertised on.
struct Advertised {
    name: String,
    next_at: Instant,
    initial_sent: usize,
    last_multicast: Option<Instant>,
    last_unicast: Option<(Ipv6Addr, Instant)>,
    /// The router lifetime of the last RA sent: a final RA with lifetime 0 is due if non-zero.
    router_lifetime: u16,
}

pub async fn run(state: AppState) -> anyhow::Result<()> {
    let mut configs = state.config_updates.subscribe();
    let mut interfaces = state.interfaces.clone();
    let mut socket: Option<IcmpSocket> = None;
    // Set after a failed open; cleared by a reload so a fixed capability is retried.
    let mut open_failed = false;
    let mut advertised: BTreeMap<u32, Advertised> = BTreeMap::new();
    let mut buf = vec![0u8; 1500];
    // A closed channel only means nothing will change any more (the server is stopping).
    let (mut configs_open, mut interfaces_open) = (true, true);
    loop {
        let config = state.config();
        let snapshot = interfaces.borrow_and_update().clone();
        if config.ra.enabled && socket.is_none() && !open_failed {
            match IcmpSocket::open() {
                Ok(s) => {
                    state.ra.set_sender_error(None);
                    socket = Some(s);
                }
                Err(e) => {
                    let why = format!("raw ICMPv6 socket: {e} (needs root or CAP_NET_RAW)");
                    tracing::error!(error = %why, "cannot send Router Advertisements (ra.enabled); serving without them");
                    state.ra.set_sender_error(Some(why));
                    open_failed = true;
                }
            }
        }
        if let Some(s) = &socket {
            follow_interfaces(&state, s, &config, &snapshot, &mut advertised);
        }
        let next_due = advertised.values().map(|a| a.next_at).min();
        tokio::select! {
            // Shutdown first: the interface watcher ends with it too, and a closed channel
            // must not win the race and skip the final RAs.
            biased;
            _ = state.shutdown.cancelled() => {
                if let Some(s) = &socket {
                    for (index, a) in &advertised {
                        if let Some(i) = snapshot.by_index(*index) {
                            say_goodbye(&state, s, &config, i, a);
                        }
                    }
                }
                return Ok(());
            }
            r = configs.changed(), if configs_open => match r {
                Ok(()) => open_failed = false,
                Err(_) => configs_open = false,
            },
            r = interfaces.changed(), if interfaces_open => if r.is_err() { interfaces_open = false },
            _ = sleep_until(next_due) => {
                if let Some(s) = &socket {
                    let now = Instant::now();
                    for (index, a) in advertised.iter_mut().filter(|(_, a)| a.next_at <= now) {
                        periodic(&state, s, &config, snapshot.by_index(*index), a, now);
                    }
                }
            }
            got = recv(socket.as_ref(), &mut buf) => match got {
                Ok(pkt) => {
                    if let Some(a) = advertised.get_mut(&pkt.ifindex) {
                        let interface = snapshot.by_index(pkt.ifindex);
                        solicited(&state, socket.as_ref(), &config, interface, a, pkt, &buf[..pkt.len]);
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "receiving on the RA socket");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

async fn recv(socket: Option<&IcmpSocket>, buf: &mut [u8]) -> std::io::Result<Received> {
    match socket {
        Some(s) => s.recv(buf).await,
        None => std::future::pending().await,
    }
}

/// Start advertising on interfaces that are now selected (at once), join ff02::2 there so
/// solicitations arrive; stop on those no longer selected, with a final RA if still there.
fn follow_interfaces(
    state: &AppState,
    socket: &IcmpSocket,
    config: &Config,
    snapshot: &Interfaces,
    advertised: &mut BTreeMap<u32, Advertised>,
) {
    let selector = config.ra.interface_selector(&config.dhcp);
    let wanted: BTreeMap<u32, &Interface> = if config.ra.enabled {
        snapshot.selected(&selector).map(|i| (i.index, i)).collect()
    } else {
        BTreeMap::new()
    };
    advertised.retain(|index, a| {
        if wanted.contains_key(index) {
            return true;
        }
        if let Some(i) = snapshot.by_index(*index) {
            say_goodbye(state, socket, config, i, a);
            let _ = socket.leave(&ALL_ROUTERS, *index);
        }
        state.ra.stop_advertising(&a.name);
        tracing::info!(interface = %a.name, "no longer sending Router Advertisements");
        false
    });
    for (index, i) in wanted {
        if advertised.contains_key(&index) {
            continue;
        }
        if let Err(e) = socket.join(&ALL_ROUTERS, index) {
            tracing::warn!(interface = %i.name, error = %e, "cannot join ff02::2: Router Solicitations will go unanswered");
        }
        tracing::info!(interface = %i.name, index, "sending Router Advertisements");
        advertised.insert(
            index,
            Advertised {
                name: i.name.clone(),
                next_at: Instant::now(),
                initial_sent: 0,
                last_multicast: None,
                last_unicast: None,
                router_lifetime: 0,
            },
        );
    }
}

/// What goes out on `interface` now: the configuration read afresh, our MAC in it.
fn advertisement(config: &Config, interface: &Interface) -> RouterAdvertisement {
    let mut ra = message::advertisement_for(
        &config.ra,
        &config.dhcp,
        &interface.name,
        &interface.address_list(),
    );
    ra.source_link_layer = interface.mac;
    ra
}

/// RAs must come from the interface's link-local address (RFC 4861 6.1.2: hosts drop others).
fn source_of(interface: &Interface) -> Option<Ipv6Addr> {
    interface.link_local()
}

/// Send `ra` to `to` on `interface`; true when it left.
fn send(
    state: &AppState,
    socket: &IcmpSocket,
    interface: &Interface,
    ra: &RouterAdvertisement,
    to: Ipv6Addr,
) -> bool {
    let Some(source) = source_of(interface) else {
        tracing::debug!(interface = %interface.name, "no link-local address yet; RA postponed");
        return false;
    };
    match socket.send(&ra.encode(), to, interface.index, source) {
        Ok(()) => {
            state.metrics.ra_sent.fetch_add(1, Ordering::Relaxed);
            state.ra.advertised(&interface.name, source, ra);
            tracing::debug!(interface = %interface.name, %to, managed = ra.managed, other_config = ra.other_config, router_lifetime = ra.router_lifetime, "Router Advertisement sent");
            true
        }
        Err(e) => {
            tracing::debug!(interface = %interface.name, %to, error = %e, "Router Advertisement not sent");
            false
        }
    }
}

/// The unsolicited multicast RA, then the next one scheduled.
fn periodic(
    state: &AppState,
    socket: &IcmpSocket,
    config: &Config,
    interface: Option<&Interface>,
    a: &mut Advertised,
    now: Instant,
) {
    let Some(interface) = interface else {
        a.next_at = now + NOT_READY_RETRY;
        return;
    };
    let ra = advertisement(config, interface);
    if !send(state, socket, interface, &ra, ALL_NODES) {
        a.next_at = now + NOT_READY_RETRY;
        return;
    }
    a.router_lifetime = ra.router_lifetime;
    a.last_multicast = Some(now);
    let interval = Duration::from_secs(u64::from(config.ra.interval_secs));
    let gap = match INITIAL_GAPS.get(a.initial_sent) {
        Some(g) => (*g).min(interval),
        None => jittered(interval),
    };
    a.initial_sent += 1;
    a.next_at = now + gap;
}

/// Uniformly within [¾ interval, interval]: RFC 4861 6.2.4 wants RAs of several routers not
/// to fall into step.
fn jittered(interval: Duration) -> Duration {
    let mut r = [0u8; 2];
    let _ = getrandom::getrandom(&mut r);
    let fraction = f64::from(u16::from_ne_bytes(r)) / f64::from(u16::MAX);
    interval.mul_f64(0.75 + 0.25 * fraction)
}

/// A Router Solicitation on an advertised interface: answer a host that has an address
/// directly (unicast, at once); one without (source `::`) gets the next multicast RA, brought
/// forward but no sooner than [`MIN_DELAY_BETWEEN_RAS`] after the last one.
fn solicited(
    state: &AppState,
    socket: Option<&IcmpSocket>,
    config: &Config,
    interface: Option<&Interface>,
    a: &mut Advertised,
    pkt: Received,
    icmp: &[u8],
) {
    let (Some(socket), Some(interface)) = (socket, interface) else {
        return;
    };
    if parse_router_solicitation(icmp).is_none() {
        return;
    }
    state
        .metrics
        .router_solicitations
        .fetch_add(1, Ordering::Relaxed);
    let now = Instant::now();
    tracing::debug!(interface = %interface.name, source = %pkt.source, "Router Solicitation");
    if pkt.source.is_unspecified() {
        let earliest = a
            .last_multicast
            .map_or(now, |last| (last + MIN_DELAY_BETWEEN_RAS).max(now));
        a.next_at = a.next_at.min(earliest);
        return;
    }
    if matches!(a.last_unicast, Some((to, at)) if to == pkt.source && now < at + UNICAST_REPEAT) {
        return;
    }
    let ra = advertisement(config, interface);
    if send(state, socket, interface, &ra, pkt.source) {
        a.last_unicast = Some((pkt.source, now));
        a.router_lifetime = ra.router_lifetime;
    }
}

/// RFC 4861 6.2.5: a router that stops advertising on an interface says it is no longer a
/// default router there, so hosts do not keep routing through it.
fn say_goodbye(
    state: &AppState,
    socket: &IcmpSocket,
    config: &Config,
    interface: &Interface,
    a: &Advertised,
) {
    if a.router_lifetime == 0 {
        return;
    }
    let mut ra = advertisement(config, interface);
    ra.router_lifetime = 0;
    if send(state, socket, interface, &ra, ALL_NODES) {
        tracing::info!(interface = %interface.name, "final Router Advertisement sent (router lifetime 0)");
    }
}
