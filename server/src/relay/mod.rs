//! `bootforge relay`: a DHCPv6 relay agent (RFC 8415 §19, RFC 6939) for client VLANs behind
//! routers, with no database, TFTP or HTTP service of the server's.
//!
//! - It listens on ff02::1:2 on every interface `relay.interfaces` selects, following the
//!   rtnetlink interface watcher ([`crate::netif::watch`]): a VLAN that appears is served at
//!   once, one that goes is left.
//! - A client message becomes a Relay-Forward whose link-address is the interface's global
//!   address *at that moment* (read from the watcher's latest snapshot, so a VRRP fail-over
//!   that moves the address is followed), with the client as peer-address, the interface name
//!   as Interface-ID and the frame's source MAC as option 79 ([`capture`]). Relay-Forwards
//!   from downstream relays nest, with the hop count checked and raised ([`frame`]).
//! - Relay-Forwards leave from one socket bound to no interface: the kernel routes each
//!   datagram, so whichever uplink the routing table prefers now carries it, and no upstream
//!   interface is configured.
//! - A Relay-Reply (unicast, from a configured server) loses one level and goes to the peer
//!   on the interface its Interface-ID names, on the client port or, nested, the relay port.
//! - Anything else is dropped and counted by reason; `/metrics` and `/healthz` on
//!   `relay.listen`.

pub mod capture;
pub mod config;
pub mod frame;
pub mod stats;

use std::net::{Ipv6Addr, SocketAddrV6};
use std::sync::Arc;

use anyhow::Context;
use axum::extract::State;
use axum::response::IntoResponse;
use nix::sys::socket::{self, sockopt};
use tokio::net::UdpSocket;
use tokio_util::sync::CancellationToken;

pub use config::RelayConfig;

use crate::config::Config;
use crate::mac::Mac;
use crate::netif::membership::{GroupMembership, MembershipLabels};
use crate::netif::watch::InterfacesWatch;
use crate::netif::{InterfaceSelector, Interfaces};
use crate::udp_pktinfo::{recv, Received};
use frame::{DropReason, FromDownstream, Ports};
use stats::{Kind, RelayStats};

const ALL_DHCP_RELAY_AGENTS_AND_SERVERS: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 1, 2);
/// RFC 8415 §19.1: hop limit 32 for Relay-Forwards sent to a multicast address.
const MULTICAST_HOPS: u32 = 32;

struct Relay {
    cfg: RelayConfig,
    selector: InterfaceSelector,
    socket: UdpSocket,
    interfaces: InterfacesWatch,
    stats: Arc<RelayStats>,
    /// The interfaces listened on: ff02::1:2 joined on each.
    joined: GroupMembership,
    /// Client messages come from the packet socket (with their MAC), not the UDP socket.
    capture_active: bool,
}

/// Run the relay until SIGINT/SIGTERM. `config.relay` must be valid
/// ([`RelayConfig::validate`]); nothing else of `config` but `log` is used.
pub async fn run(config: Config) -> anyhow::Result<()> {
    crate::reload::init_tracing(&config.log);
    let cfg = config.relay.clone();
    cfg.validate()?;
    let shutdown = CancellationToken::new();
    let interfaces = crate::netif::watch::spawn(shutdown.clone());
    let socket = bind_socket(cfg.port)?;
    let capture = if cfg.client_link_layer {
        match capture::Capture::open(cfg.port) {
            Ok(c) => Some(c),
            Err(e) => {
                tracing::warn!(error = %e, "no packet socket (needs CAP_NET_RAW): relaying without option 79 (client link-layer address)");
                None
            }
        }
    } else {
        None
    };
    let stats = Arc::new(RelayStats::new(&cfg.servers));
    stats
        .capture
        .store(capture.is_some(), std::sync::atomic::Ordering::Relaxed);
    let relay = Arc::new(Relay {
        selector: cfg.interface_selector(),
        cfg,
        socket,
        interfaces,
        stats,
        joined: GroupMembership::new(
            ALL_DHCP_RELAY_AGENTS_AND_SERVERS,
            MembershipLabels {
                joined: "relay listening on interface",
                left: "relay no longer listening",
            },
        ),
        capture_active: capture.is_some(),
    });
    relay.follow_interfaces(&relay.interfaces.borrow().clone());

    let listen = relay.cfg.listen;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("relay.listen: binding {listen}"))?;
    let app = axum::Router::new()
        .route("/metrics", axum::routing::get(metrics))
        .route("/healthz", axum::routing::get(health))
        .with_state(relay.clone());
    let http =
        axum::serve(listener, app).with_graceful_shutdown(shutdown.clone().cancelled_owned());
    tokio::spawn(async move {
        if let Err(e) = http.await {
            tracing::warn!(error = %e, "relay metrics endpoint stopped");
        }
    });
    tokio::spawn(follow_changes(relay.clone(), shutdown.clone()));
    tokio::spawn(ignore_hangup(shutdown.clone()));
    if let Some(c) = capture {
        tokio::spawn(capture_loop(relay.clone(), c, shutdown.clone()));
    }
    tracing::info!(
        servers = ?relay.cfg.servers,
        interfaces = ?relay.cfg.interfaces,
        port = relay.cfg.port,
        metrics = %listen,
        client_link_layer = relay.capture_active,
        "DHCPv6 relay running"
    );
    let mut buf = vec![0u8; 65536];
    let stop = shutdown_signal();
    tokio::pin!(stop);
    loop {
        let received = tokio::select! {
            _ = &mut stop => break,
            r = recv(&relay.socket, &mut buf) => r,
        };
        match received {
            Ok(pkt) => relay.handle_udp(pkt, &buf[..pkt.len]).await,
            Err(e) => tracing::warn!(error = %e, "relay receive failed"),
        }
    }
    tracing::info!("relay shutting down");
    shutdown.cancel();
    Ok(())
}

async fn follow_changes(relay: Arc<Relay>, shutdown: CancellationToken) {
    let mut interfaces = relay.interfaces.clone();
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            r = interfaces.changed() => if r.is_err() { return },
        }
        let snapshot = interfaces.borrow_and_update().clone();
        relay.follow_interfaces(&snapshot);
    }
}

async fn capture_loop(relay: Arc<Relay>, capture: capture::Capture, shutdown: CancellationToken) {
    let mut buf = vec![0u8; 65536];
    loop {
        let frame = tokio::select! {
            _ = shutdown.cancelled() => return,
            f = capture.recv(&mut buf) => f,
        };
        match frame {
            // The packet socket sees every interface (bridge ports, uplinks): what does not
            // arrive on a served interface is not for the relay, and not counted.
            Ok(f) if !relay.serves(f.ifindex) => {}
            // Relay messages are the UDP socket's; the capture takes client messages only.
            Ok(f) if Kind::of(f.payload.first().copied()) == Kind::Client => {
                relay.stats.received(Kind::Client);
                relay
                    .relay_downstream(f.ifindex, f.src, f.mac, &f.payload)
                    .await;
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "packet socket receive failed");
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
        }
    }
}

impl Relay {
    fn follow_interfaces(&self, interfaces: &Interfaces) {
        let joined = self.joined.follow(&self.socket, &self.selector, interfaces);
        self.stats.set_interfaces(joined);
    }

    fn serves(&self, ifindex: u32) -> bool {
        self.joined.contains(ifindex)
    }

    fn drop_packet(&self, reason: DropReason, src: Ipv6Addr) {
        self.stats.dropped(reason);
        tracing::debug!(%src, reason = reason.label(), "relay dropped a datagram");
    }

    async fn handle_udp(&self, pkt: Received, bytes: &[u8]) {
        let kind = Kind::of(bytes.first().copied());
        if kind == Kind::Client && self.capture_active {
            // The packet socket relays it, with the MAC.
            return;
        }
        self.stats.received(kind);
        let src = *pkt.src.ip();
        match kind {
            Kind::RelayReply => self.relay_reply(pkt, bytes).await,
            Kind::Client | Kind::RelayForward => {
                self.relay_downstream(pkt.ifindex, src, None, bytes).await
            }
            Kind::Other => self.drop_packet(DropReason::Unexpected, src),
        }
    }

    async fn relay_reply(&self, pkt: Received, bytes: &[u8]) {
        let src = *pkt.src.ip();
        if pkt.dst.is_none_or(|d| d.is_multicast()) {
            return self.drop_packet(DropReason::ReplyNotUnicast, src);
        }
        if self.cfg.servers_all_unicast() && !self.cfg.servers.contains(&src) {
            return self.drop_packet(DropReason::ReplyFromUnknown, src);
        }
        let snapshot = self.interfaces.borrow().clone();
        let ports = Ports {
            client: self.cfg.client_port,
            relay: self.cfg.port,
        };
        let d = match frame::deliver(bytes, &snapshot, &self.selector, ports) {
            Ok(d) => d,
            Err(r) => return self.drop_packet(r, src),
        };
        if !self.serves(d.ifindex) {
            return self.drop_packet(DropReason::UnknownInterface, src);
        }
        match self.socket.send_to(&d.packet, d.to).await {
            Ok(_) => {
                self.stats.delivered(d.recipient, true);
                tracing::debug!(to = %d.to, interface = %d.interface, recipient = ?d.recipient, "relay reply delivered");
            }
            Err(e) => {
                self.stats.delivered(d.recipient, false);
                tracing::warn!(to = %d.to, error = %e, "relay reply send failed");
            }
        }
    }

    async fn relay_downstream(&self, ifindex: u32, src: Ipv6Addr, mac: Option<Mac>, bytes: &[u8]) {
        if !self.serves(ifindex) {
            return self.drop_packet(DropReason::NotServedInterface, src);
        }
        let snapshot = self.interfaces.borrow().clone();
        let Some(iface) = snapshot.by_index(ifindex) else {
            return self.drop_packet(DropReason::NotServedInterface, src);
        };
        let from = FromDownstream {
            iface,
            src,
            client_mac: mac,
        };
        let f = match frame::forward(bytes, &from) {
            Ok(f) => f,
            Err(r) => return self.drop_packet(r, src),
        };
        if f.hop_count == 0 {
            self.stats.linklayer(f.linklayer);
            if f.link_addr.is_unspecified() {
                self.stats.no_link_address();
            }
        }
        for server in &self.cfg.servers {
            let to = SocketAddrV6::new(*server, self.cfg.server_port, 0, 0);
            match self.socket.send_to(&f.packet, to).await {
                Ok(_) => self.stats.forwarded(*server, true),
                Err(e) => {
                    self.stats.forwarded(*server, false);
                    tracing::warn!(%server, error = %e, "relay forward send failed");
                }
            }
        }
        tracing::debug!(
            interface = %iface.name,
            peer = %src,
            link_address = %f.link_addr,
            hop_count = f.hop_count,
            msg_type = f.inner_type,
            option_79 = f.linklayer,
            "relayed to servers"
        );
    }
}

async fn metrics(State(relay): State<Arc<Relay>>) -> impl IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        relay.stats.render(),
    )
}

async fn health(State(relay): State<Arc<Relay>>) -> impl IntoResponse {
    let interfaces = relay.joined.names();
    axum::Json(serde_json::json!({
        "status": "ok",
        "role": "relay",
        "interfaces": interfaces,
        "servers": relay.cfg.servers,
        "client_link_layer": relay.capture_active,
    }))
}

/// One UDP socket on `[::]:port`, bound to no interface: the kernel routes every
/// Relay-Forward by the routing table of the moment.
fn bind_socket(port: u16) -> anyhow::Result<UdpSocket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let sock = Socket::new(Domain::IPV6, Type::DGRAM, Some(Protocol::UDP))?;
    sock.set_only_v6(true)?;
    sock.set_reuse_address(true)?;
    sock.set_nonblocking(true)?;
    sock.set_multicast_hops_v6(MULTICAST_HOPS)?;
    // Our own Relay-Forwards to ff05::1:3 must not come back to us.
    sock.set_multicast_loop_v6(false)?;
    socket::setsockopt(&sock, sockopt::Ipv6RecvPacketInfo, &true)
        .context("enabling IPV6_RECVPKTINFO")?;
    let addr = SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, port, 0, 0);
    sock.bind(&addr.into()).with_context(|| {
        format!("relay.port: binding [::]:{port} (port 547 needs root or CAP_NET_BIND_SERVICE)")
    })?;
    Ok(UdpSocket::from_std(sock.into())?)
}

/// SIGHUP would end the process; the relay re-reads nothing (interfaces and addresses are
/// followed live), so it says so and keeps running.
async fn ignore_hangup(shutdown: CancellationToken) {
    use tokio::signal::unix::{signal, SignalKind};
    let Ok(mut hup) = signal(SignalKind::hangup()) else {
        return;
    };
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = hup.recv() => tracing::warn!(
                "SIGHUP: the relay does not reload its configuration; restart it to apply \
                 changes (interfaces and addresses are followed without one)"
            ),
        }
    }
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}
