//! The DHCPv6 socket loop: receive, decode, resolve identity and pool, ask the policy, commit
//! the lease changes, then (and only then) send the reply.

use std::io::ErrorKind;
use std::net::{Ipv6Addr, SocketAddrV6};
use std::os::fd::AsRawFd;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use nix::sys::socket::{self, sockopt, MsgFlags, SockaddrIn6};
use tokio::sync::{broadcast, OwnedSemaphorePermit, Semaphore};
use tracing::Instrument;

use super::classify::{boot_server_for, BootUrls};
use super::codec::{self, Inbound};
use super::event_steps::StepFilter;
use super::identity::{resolve_mac, IdentityInputs};
use super::lease_store::{self, commit_before_reply};
use super::leases::{LeaseChange, LeaseTable};
use super::policy::{decide, ClientContext, Decision, PolicyConfig};
use super::pool::{select_pools, RelayLink};
use super::shed::{self, Kind, ShedReason};
use super::stats::DhcpStats;
use super::validate::{check_relays, DropReason};
use crate::config::Config;
use crate::events::{ArchRecord, BootStage, ClassRecord, ClientIdentity, DhcpDetail};
use crate::metrics::DhcpOutcome;
use crate::netif::membership::{GroupMembership, MembershipLabels};
use crate::netif::Interfaces;
use crate::secret_file::load_or_create_hex;
use crate::state::AppState;
use crate::store::{BootEvent, EventSource, LeaseFeed, StoreError};
use crate::udp_pktinfo::{recv_now, Received};

const ALL_DHCP_RELAY_AGENTS_AND_SERVERS: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 1, 2);
const ALL_DHCP_SERVERS: Ipv6Addr = Ipv6Addr::new(0xff05, 0, 0, 0, 0, 0, 1, 3);
/// Exchanges in flight at once; beyond this, packets are dropped and counted. New exchanges
/// stop at half of it (`shed::admit`): ~200 ms of commits at the writer's ~20 000/s, well
/// inside a client's 1 s retransmission time (4096 shed Solicits at 18 000/s offered, in
/// the bursts of a group commit: bench/README.md, boot storm I, sixth step).
const MAX_IN_FLIGHT: usize = 8192;
const RECLAIM_EVERY: Duration = Duration::from_secs(30);
/// Times one exchange chooses again after the database refused an address (another
/// instance leased it first); then the reply is withheld and the client retries.
const MAX_LEASE_CONFLICTS: u32 = 3;
/// Receive buffer of the DHCPv6 socket: ~8 000 small datagrams, under a second at the clean
/// rate (each costs ~1 KiB of buffer with its kernel overhead).
const RECEIVE_BUFFER: usize = 8 << 20;
/// Send buffer: replies are sent without waiting, so a full buffer would drop one.
const SEND_BUFFER: usize = 4 << 20;
/// Nice value of the receive threads (the process runs at 0).
const RECEIVE_NICE: i32 = -10;
/// How long a receive thread waits in `recvmsg` before it looks at the shutdown token.
const RECEIVE_TIMEOUT: Duration = Duration::from_millis(100);

struct Server {
    state: AppState,
    server_duid: Vec<u8>,
    secret: [u8; 16],
    /// Rebuilt from each reloaded configuration; leases stay in `table`.
    policy: RwLock<Arc<PolicyConfig>>,
    table: Mutex<LeaseTable>,
    /// Blocking, read by the receive threads (`SO_RCVTIMEO` so they see shutdown); sends
    /// from tasks use `MSG_DONTWAIT`.
    socket: std::net::UdpSocket,
    /// The runtime the exchanges that commit leases (or look up a neighbour) continue on.
    runtime: tokio::runtime::Handle,
    stats: Arc<DhcpStats>,
    /// The served interfaces: ff02::1:2 joined on each.
    joined: GroupMembership,
    /// Which exchange steps already have a boot event (retransmissions get none).
    steps: Mutex<StepFilter>,
    /// The socket's queueing delay, for shedding new work while a standing queue holds it.
    queue: shed::QueueDelay,
}

/// One exchange after decoding: the message and what the policy needs to decide on it.
struct Exchange {
    pkt: Received,
    inbound: Inbound,
    policy: Arc<PolicyConfig>,
    ctx: ClientContext,
    /// The arrival interface's name (for the boot event).
    interface: Option<String>,
    /// The client's own address: its packet's source, or what the innermost relay saw.
    client_addr: Ipv6Addr,
    /// Where the reply goes: the client's port 546, or back to the relay.
    dest: SocketAddrV6,
}

impl Exchange {
    fn note_mac(&self) {
        if let Some((m, _)) = self.ctx.mac {
            tracing::Span::current().record("mac", tracing::field::display(m));
        }
    }
}

pub async fn run(state: AppState) -> anyhow::Result<()> {
    let cfg = state.config();
    let server_duid = load_or_create_hex(&cfg.data_dir.join("server-duid"), || {
        // DUID-UUID (RFC 6355): type 4 and 16 random bytes, made once and kept.
        let mut d = vec![0, 4];
        d.extend(crate::secret_file::random_bytes::<16>());
        d
    })?;
    let secret: [u8; 16] = load_or_create_hex(&cfg.data_dir.join("address-secret"), || {
        crate::secret_file::random_bytes::<16>().to_vec()
    })?
    .try_into()
    .map_err(|_| {
        anyhow::anyhow!(
            "{}: must hold 16 bytes",
            cfg.data_dir.join("address-secret").display()
        )
    })?;
    // Instances sharing one database answer as one server (docs/postgresql.md).
    let (server_duid, secret) = state
        .store
        .shared_server_identity(server_duid, secret)
        .await?;
    let policy = PolicyConfig::new(&cfg, server_duid.clone(), secret);
    // Subscribed before loading, so no other instance's change falls in between.
    let lease_feed = state.store.lease_feed();
    let leases = state.store.load_leases().await?;
    tracing::info!(leases = leases.len(), duid = %hex::encode(&server_duid), "DHCPv6 lease table loaded");
    let socket = bind_socket(cfg.dhcp.port)?;
    let server = Arc::new(Server {
        state: state.clone(),
        server_duid,
        secret,
        policy: RwLock::new(Arc::new(policy)),
        table: Mutex::new(LeaseTable::from_records(
            leases.into_iter().map(lease_store::from_row),
        )),
        socket,
        runtime: tokio::runtime::Handle::current(),
        stats: state.dhcp_stats.clone(),
        joined: GroupMembership::new(
            ALL_DHCP_RELAY_AGENTS_AND_SERVERS,
            MembershipLabels {
                joined: "DHCPv6 serving interface",
                left: "DHCPv6 no longer serving",
            },
        ),
        steps: Mutex::new(StepFilter::new(Instant::now())),
        queue: shed::QueueDelay::default(),
    });
    server.follow_interfaces(&cfg, &state.interfaces.borrow().clone());
    state
        .listeners
        .bound(crate::ready::Listener::Dhcpv6, server.socket.local_addr()?);
    tracing::info!(port = cfg.dhcp.port, interfaces = ?cfg.dhcp.interfaces, "DHCPv6 serving");
    tokio::spawn(reclaim_expired(server.clone()));
    tokio::spawn(follow_changes(server.clone()));
    tokio::spawn(follow_other_instances(server.clone(), lease_feed));
    let permits = Arc::new(Semaphore::new(MAX_IN_FLIGHT));
    // One receive thread per core on the one socket (one membership set; SO_REUSEPORT would
    // copy each multicast datagram to every socket), each in a blocking `recvmsg`: the
    // kernel wakes one waiter per datagram, and an exchange that needs no disk (Solicit,
    // Information-Request, Confirm, anything refused) is answered on that thread, with no
    // epoll round and no hand-off to a runtime worker. Exchanges that commit leases
    // continue on the runtime (the writer is async).
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut ended = Vec::with_capacity(workers);
    for n in 0..workers {
        let (done, end) = tokio::sync::oneshot::channel::<()>();
        let (server, permits) = (server.clone(), permits.clone());
        std::thread::Builder::new()
            .name(format!("bootforge-dhcp-rx{n}"))
            .spawn(move || {
                raise_receive_priority();
                receive_loop(&server, &permits);
                let _ = done.send(());
            })
            .context("starting a DHCPv6 receive thread")?;
        ended.push(end);
    }
    for end in ended {
        let _ = end.await;
    }
    Ok(())
}

/// Run this receive thread at nice [`RECEIVE_NICE`], so a datagram's wake-up preempts the
/// writer's and SQLite's threads on a busy core instead of queueing behind them (measured:
/// Solicit→Advertise median 0.075–0.080 → 0.060–0.063 ms at 2 000/s; bench/README.md,
/// boot storm I, sixth step). Needs CAP_SYS_NICE (root has it); without it the thread keeps
/// the process's priority.
fn raise_receive_priority() {
    let tid = nix::unistd::gettid().as_raw();
    // SAFETY: setpriority(2) on this thread's own id reads and writes no memory of ours.
    #[allow(unsafe_code)]
    let rc = unsafe { libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, RECEIVE_NICE) };
    if rc != 0 {
        tracing::debug!(error = %std::io::Error::last_os_error(), "DHCPv6 receive thread keeps its priority");
    }
}

/// Receive, shed, and answer or hand on each admitted datagram, until shutdown.
fn receive_loop(server: &Arc<Server>, permits: &Arc<Semaphore>) {
    let mut buf = vec![0u8; 65536];
    let fd = server.socket.as_raw_fd();
    while !server.state.shutdown.is_cancelled() {
        let pkt = match recv_now(fd, &mut buf) {
            Ok(p) => p,
            // SO_RCVTIMEO ran out: look at the shutdown token again.
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::Interrupted) => {
                continue
            }
            Err(e) => {
                tracing::warn!(error = %e, "DHCPv6 receive failed");
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        server.stats.received.fetch_add(1, Ordering::Relaxed);
        if !server.accepts(&pkt) {
            server.stats.dropped.fetch_add(1, Ordering::Relaxed);
            server
                .state
                .metrics
                .dhcp_dropped(DropReason::InterfaceNotServed);
            continue;
        }
        // Shed before any work: stale datagrams, new exchanges while a standing queue holds
        // the socket or the budget is tight.
        let in_flight = MAX_IN_FLIGHT - permits.available_permits();
        let kind = Kind::peek(buf[..pkt.len].first().copied());
        let now = since_epoch();
        let age = pkt.age_at(now);
        let standing = server.queue.observe(now, age);
        if let Err(reason) = shed::admit(kind, age, in_flight, MAX_IN_FLIGHT, standing) {
            server.stats.shed(reason);
            tracing::debug!(
                reason = reason.label(),
                ?age,
                ?kind,
                in_flight,
                "DHCPv6 datagram shed"
            );
            continue;
        }
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            server.stats.shed(ShedReason::InFlightFull);
            continue;
        };
        server.handle(pkt, &buf[..pkt.len], permit);
    }
}

/// Keep the lease table in step with leases other instances on the same database commit, so
/// it does not offer what they gave away (the database still decides: see `exchange`).
async fn follow_other_instances(server: Arc<Server>, mut feed: broadcast::Receiver<LeaseFeed>) {
    loop {
        let got = tokio::select! {
            _ = server.state.shutdown.cancelled() => return,
            got = feed.recv() => got,
        };
        match got {
            Ok(LeaseFeed::Changes(changes)) => {
                let mut table = server.table.lock().unwrap_or_else(|p| p.into_inner());
                for c in changes {
                    table.apply(lease_store::from_store_change(c));
                }
            }
            Ok(LeaseFeed::Resync) | Err(broadcast::error::RecvError::Lagged(_)) => {
                match server.state.store.load_leases().await {
                    Ok(leases) => {
                        let fresh =
                            LeaseTable::from_records(leases.into_iter().map(lease_store::from_row));
                        *server.table.lock().unwrap_or_else(|p| p.into_inner()) = fresh;
                        tracing::info!("DHCPv6 lease table reloaded from the shared database");
                    }
                    Err(e) => tracing::warn!(error = %e, "lease table resync failed"),
                }
            }
            Err(broadcast::error::RecvError::Closed) => return,
        }
    }
}

/// Apply each new configuration and interface snapshot: rebuild the policy, join and leave
/// ff02::1:2 as served interfaces come and go.
async fn follow_changes(server: Arc<Server>) {
    let mut configs = server.state.config_updates.subscribe();
    let mut interfaces = server.state.interfaces.clone();
    loop {
        tokio::select! {
            _ = server.state.shutdown.cancelled() => return,
            r = configs.changed() => {
                if r.is_err() { return }
                let cfg = configs.borrow_and_update().clone();
                let policy = PolicyConfig::new(&cfg, server.server_duid.clone(), server.secret);
                *server.policy.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(policy);
                tracing::info!("DHCPv6 policy rebuilt from the reloaded configuration");
            }
            r = interfaces.changed() => if r.is_err() { return },
        }
        let snapshot = interfaces.borrow_and_update().clone();
        server.follow_interfaces(&server.state.config(), &snapshot);
    }
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

impl Received {
    /// How long the datagram has waited: in the socket buffer, then in the task queue.
    fn age(&self) -> Duration {
        self.age_at(since_epoch())
    }

    /// [`Received::age`] at `now` (since the epoch).
    fn age_at(&self, now: Duration) -> Duration {
        self.arrived
            .map(|t| now.saturating_sub(t))
            .unwrap_or_default()
    }
}

impl Server {
    /// Join ff02::1:2 on every selected interface, leave the others; warn about configured
    /// names that do not exist (yet).
    fn follow_interfaces(&self, cfg: &Config, interfaces: &Interfaces) {
        let selector = cfg.dhcp.interface_selector();
        self.joined.follow(&self.socket, &selector, interfaces);
        for name in selector.named() {
            if interfaces.by_name(name).is_none() {
                tracing::warn!(interface = %name, "configured interface does not exist (yet); served when it appears");
            }
        }
    }

    /// Multicast only from served interfaces (the socket may see the group joined by another
    /// program); unicast, as relays send, from anywhere.
    fn accepts(&self, pkt: &Received) -> bool {
        match pkt.dst {
            Some(d) if d.is_multicast() => self.joined.contains(pkt.ifindex),
            _ => true,
        }
    }

    /// Decode, validate and decide on the receive thread; answer there when nothing needs
    /// the disk, else continue on the runtime (`permit` is held until the exchange ends).
    fn handle(self: &Arc<Self>, pkt: Received, bytes: &[u8], permit: OwnedSemaphorePermit) {
        let inbound = match codec::decode(bytes) {
            Ok(i) => i,
            Err(e) => {
                self.stats.malformed.fetch_add(1, Ordering::Relaxed);
                self.state.metrics.dhcp_dropped(DropReason::Malformed);
                tracing::debug!(src = %pkt.src, error = %e, "malformed DHCPv6 packet dropped");
                return;
            }
        };
        // Again with the innermost message type (a Relay-Forward was admitted as the
        // longest-lived type).
        let kind = Kind::Known(inbound.msg.msg_type());
        if shed::is_stale(kind, pkt.age()) {
            self.stats.shed(ShedReason::Stale);
            tracing::debug!(age = ?pkt.age(), ?kind, "stale DHCPv6 message shed");
            return;
        }
        if let Err(reason) = check_relays(&inbound.relays) {
            self.count_drop(inbound.msg.msg_type(), reason, &pkt);
            return;
        }
        let msg = &inbound.msg;
        let span = tracing::info_span!(
            "dhcpv6",
            xid = %hex::encode(msg.xid()),
            msg = ?msg.msg_type(),
            duid = %hex::encode(client_duid(msg).unwrap_or_default()),
            mac = tracing::field::Empty,
            arch = tracing::field::Empty,
        );
        let entered = span.enter();
        let (mut exchange, neighbour) = self.prepare(pkt, inbound);
        if let Some(ifindex) = neighbour {
            // The MAC is only in the kernel's neighbour cache: a netlink dump, async.
            let server = self.clone();
            drop(entered);
            self.runtime.spawn(
                async move {
                    let addr = exchange.client_addr;
                    exchange.ctx.mac = crate::neighbour::lookup_mac(addr, ifindex)
                        .await
                        .map(|m| (m, super::identity::MacSource::Neighbour));
                    exchange.note_mac();
                    let decision = server.decide_now(&exchange);
                    server.commit_and_answer(exchange, decision).await;
                    drop(permit);
                }
                .instrument(span),
            );
            return;
        }
        exchange.note_mac();
        let decision = self.decide_now(&exchange);
        if decision.reply.is_some() && !decision.changes.is_empty() {
            let server = self.clone();
            drop(entered);
            self.runtime.spawn(
                async move {
                    server.commit_and_answer(exchange, decision).await;
                    drop(permit);
                }
                .instrument(span),
            );
        } else {
            self.answer(&exchange, &decision);
        }
    }

    /// Everything `decide` needs that the packet, the configuration and the interface
    /// snapshot say; plus the interface to ask the neighbour cache on, when the MAC is
    /// known only there.
    fn prepare(&self, pkt: Received, inbound: Inbound) -> (Exchange, Option<Option<u32>>) {
        let cfg = self.state.config();
        let policy = self
            .policy
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let interfaces = self.state.interfaces.borrow();
        let arrived_on = interfaces.by_index(pkt.ifindex);
        let interface = arrived_on.map(|i| i.name.clone());
        let direct = inbound.relays.is_empty();
        // The client's own address: its packet's source, or what the innermost relay saw.
        let client_addr = inbound
            .innermost_relay()
            .map(|r| r.peer_addr)
            .unwrap_or(*pkt.src.ip());
        let inputs = IdentityInputs {
            relay_linklayer: inbound
                .innermost_relay()
                .and_then(|r| r.client_linklayer.as_deref()),
            duid: client_duid(&inbound.msg),
            source: client_addr,
        };
        let mac = resolve_mac(&inputs, |_| None);
        let neighbour = (mac.is_none() && direct).then(|| arrived_on.map(|i| i.index));
        let on_link = arrived_on
            .map(|i| i.addresses.as_slice())
            .unwrap_or_default();
        let relay = inbound.innermost_relay().map(|hop| RelayLink {
            link_addr: inbound.relay_link(),
            interface_id: hop.interface_id.as_deref(),
        });
        let pools = select_pools(&policy.pools, relay, interface.as_deref(), || {
            on_link.iter().map(|a| a.address).collect()
        });
        let server_address = boot_server_for(
            cfg.server_address,
            pkt.dst.filter(|_| !direct),
            on_link,
            pools.first().map(|p| &p.prefix),
        )
        .unwrap_or_else(|| self.state.default_boot_server());
        let ctx = ClientContext {
            mac,
            pools: pools.iter().map(|p| p.name.clone()).collect(),
            via_unicast: direct && pkt.dst.is_some_and(is_unicast_destination),
            now: crate::store::now_ms() / 1000,
            urls: BootUrls {
                server: server_address,
                http_port: cfg.http_public_port(),
            },
        };
        drop(interfaces);
        let exchange = Exchange {
            dest: if direct {
                SocketAddrV6::new(*pkt.src.ip(), cfg.dhcp.client_port, 0, pkt.src.scope_id())
            } else {
                pkt.src
            },
            pkt,
            inbound,
            policy,
            ctx,
            interface,
            client_addr,
        };
        (exchange, neighbour)
    }

    fn decide_now(&self, exchange: &Exchange) -> Decision {
        let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
        decide(
            &exchange.policy,
            &mut table,
            &exchange.inbound.msg,
            &exchange.ctx,
        )
    }

    /// Commit the decision's lease changes, then answer.
    async fn commit_and_answer(&self, exchange: Exchange, mut decision: Decision) {
        let msg = &exchange.inbound.msg;
        let duid = client_duid(msg);
        // Invariant: a lease is on disk before the Reply that grants it leaves. With several
        // instances on one database, the database may refuse an address another instance
        // leased first: the table takes the database's rows and the policy chooses again.
        let mut conflicts = 0;
        while decision.reply.is_some() && !decision.changes.is_empty() {
            match commit_before_reply(&self.state.writer, duid, &decision.changes).await {
                Ok(()) => break,
                Err(StoreError::Conflict { what: "lease", .. })
                    if conflicts < MAX_LEASE_CONFLICTS =>
                {
                    conflicts += 1;
                    tracing::info!("address leased by another instance; choosing again");
                    self.follow_store(&decision.changes).await;
                    decision = self.decide_now(&exchange);
                }
                Err(e) => {
                    self.stats.commit_failures.fetch_add(1, Ordering::Relaxed);
                    self.state
                        .metrics
                        .dhcp_handled(msg.msg_type(), DhcpOutcome::Failed);
                    tracing::error!(error = %e, "lease commit failed; reply withheld");
                    return;
                }
            }
        }
        self.answer(&exchange, &decision);
    }

    /// Send the decision's reply (its leases are on disk) and record the step's event.
    fn answer(&self, exchange: &Exchange, decision: &Decision) {
        let (inbound, pkt) = (&exchange.inbound, &exchange.pkt);
        let msg = &inbound.msg;
        let duid = client_duid(msg);
        if let Some(arch) = decision.summary.class.arch() {
            tracing::Span::current().record("arch", arch.name);
        }
        let Some(reply) = &decision.reply else {
            // `decide` names a reason for every drop; the fallback only keeps this total.
            let reason = decision
                .summary
                .dropped
                .unwrap_or(DropReason::NotClientMessage);
            self.count_drop(msg.msg_type(), reason, pkt);
            return;
        };
        let out = match codec::encode(reply, &inbound.relays) {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(error = %e, "cannot encode reply");
                return;
            }
        };
        let dest = exchange.dest;
        // Never waits, on a receive thread or a runtime worker: a full send buffer is a
        // failed send (the client retransmits; its lease, if any, is already on disk).
        let sent = socket::sendto(
            self.socket.as_raw_fd(),
            &out,
            &SockaddrIn6::from(dest),
            MsgFlags::MSG_DONTWAIT,
        );
        if let Err(e) = sent {
            tracing::warn!(%dest, error = %e, "DHCPv6 send failed");
            self.state
                .metrics
                .dhcp_handled(msg.msg_type(), DhcpOutcome::Failed);
            return;
        }
        self.stats.replied.fetch_add(1, Ordering::Relaxed);
        self.state
            .metrics
            .dhcp_handled(msg.msg_type(), DhcpOutcome::Replied);
        tracing::info!(
            reply = ?decision.summary.reply,
            addresses = ?decision.summary.addresses,
            status = ?decision.summary.status,
            boot_url = decision.summary.boot_url.as_deref().unwrap_or(""),
            "DHCPv6 answered"
        );
        let first = self
            .steps
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .first_of_step(
                duid.unwrap_or_default(),
                msg.xid(),
                msg.msg_type(),
                Instant::now(),
            );
        if first {
            self.record_event(
                inbound,
                duid,
                decision,
                exchange.ctx.mac,
                exchange.interface.clone(),
            );
        } else {
            self.stats.events_summarised.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Take the database's rows for the addresses a refused commit wanted.
    async fn follow_store(&self, changes: &[LeaseChange]) {
        for c in changes {
            let LeaseChange::Upsert(l) = c else { continue };
            let held = match self.state.store.lease(l.address).await {
                Ok(Some(row)) => LeaseChange::Upsert(lease_store::from_row(row)),
                Ok(None) => LeaseChange::Remove(l.address),
                Err(e) => {
                    tracing::warn!(error = %e, address = %l.address, "lease lookup failed");
                    continue;
                }
            };
            self.table
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .apply(held);
        }
        // The database may instead have refused because the client already holds another
        // address (another instance bound it first): take the client's rows too.
        let mut clients: Vec<(&[u8], u32)> = Vec::new();
        for c in changes {
            if let LeaseChange::Upsert(l) = c {
                let key = (l.duid.as_slice(), l.iaid);
                if !clients.contains(&key) {
                    clients.push(key);
                }
            }
        }
        for (duid, iaid) in clients {
            match self.state.store.client_leases(duid, iaid).await {
                Ok(rows) => {
                    let mut table = self.table.lock().unwrap_or_else(|p| p.into_inner());
                    for row in rows {
                        table.apply(LeaseChange::Upsert(lease_store::from_row(row)));
                    }
                }
                Err(e) => tracing::warn!(error = %e, "client lease lookup failed"),
            }
        }
    }

    /// A decoded message that gets no answer: counted by reason, logged at debug.
    fn count_drop(&self, kind: dhcproto::v6::MessageType, reason: DropReason, pkt: &Received) {
        self.stats.dropped.fetch_add(1, Ordering::Relaxed);
        self.state.metrics.dhcp_handled(kind, DhcpOutcome::Ignored);
        self.state.metrics.dhcp_dropped(reason);
        tracing::debug!(%reason, src = %pkt.src, dst = ?pkt.dst, "DHCPv6 message dropped");
    }

    fn record_event(
        &self,
        inbound: &Inbound,
        duid: Option<&[u8]>,
        decision: &Decision,
        mac: Option<(crate::mac::Mac, super::identity::MacSource)>,
        interface: Option<String>,
    ) {
        self.state
            .writer
            .record_with(|| dhcp_event(inbound, duid, decision, mac, interface));
    }
}

/// The boot event of one answered exchange step.
fn dhcp_event(
    inbound: &Inbound,
    duid: Option<&[u8]>,
    decision: &Decision,
    mac: Option<(crate::mac::Mac, super::identity::MacSource)>,
    interface: Option<String>,
) -> BootEvent {
    let msg = &inbound.msg;
    let s = &decision.summary;
    // The stage word is the message type's name, as it always was ("informationrequest").
    let stage = BootStage::from_word(&format!("{:?}", msg.msg_type()).to_ascii_lowercase());
    let detail = DhcpDetail {
        xid: hex::encode(msg.xid()),
        reply: s.reply.map(|t| format!("{t:?}")),
        status: s.status.map(|c| format!("{c:?}")),
        addresses: s.addresses.clone(),
        boot_url: s.boot_url.clone(),
        class: Some(class_record(s.class)),
        iaids: s.iaids.clone(),
        duid: hex::encode(duid.unwrap_or_default()),
        interface,
        relayed: !inbound.relays.is_empty(),
    };
    let mut ev = BootEvent::new(EventSource::Dhcp, stage, mac.map(|m| m.0)).detail(detail);
    if let Some(a) = s.addresses.first() {
        ev = ev.address(a);
    }
    ev.arch = s.class.arch().map(|a| a.name.to_string());
    if let (Some((_, mac_source)), Some(duid)) = (mac, duid) {
        ev.identity = Some(ClientIdentity {
            duid: duid.to_vec(),
            iaid: s.iaids.first().copied().unwrap_or(0),
            mac_source,
        });
    }
    ev
}

/// The client class as boot events record it.
fn class_record(class: super::classify::ClientClass) -> ClassRecord {
    use super::classify::{ArchInfo, BootTransport, ClientClass};
    let arch = |a: ArchInfo| ArchRecord {
        code: a.code,
        name: a.name.to_string(),
        transport: match a.transport {
            BootTransport::Bios => "bios",
            BootTransport::Pxe => "pxe",
            BootTransport::Http => "http",
        }
        .to_string(),
    };
    match class {
        ClientClass::Ipxe { arch: a } => ClassRecord::Ipxe { arch: a.map(arch) },
        ClientClass::Firmware { arch: a } => ClassRecord::Firmware { arch: arch(a) },
        ClientClass::UnknownArch { code } => ClassRecord::UnknownArch { code },
        ClientClass::Plain => ClassRecord::Plain,
    }
}

/// RFC 8415 §16: only ff02::1:2 and ff05::1:3 are multicast *to DHCP*; anything else a
/// client sends us (our unicast address, another group) counts as unicast.
fn is_unicast_destination(dst: Ipv6Addr) -> bool {
    dst != ALL_DHCP_RELAY_AGENTS_AND_SERVERS && dst != ALL_DHCP_SERVERS
}

fn client_duid(msg: &dhcproto::v6::Message) -> Option<&[u8]> {
    msg.opts().iter().find_map(|o| match o {
        dhcproto::v6::DhcpOption::ClientId(d) => Some(d.as_slice()),
        _ => None,
    })
}

async fn reclaim_expired(server: Arc<Server>) {
    let mut tick = tokio::time::interval(RECLAIM_EVERY);
    loop {
        tokio::select! {
            _ = server.state.shutdown.cancelled() => return,
            _ = tick.tick() => {}
        }
        let now = crate::store::now_ms() / 1000;
        match server.state.store.reclaim_expired(now).await {
            Ok(freed) if !freed.is_empty() => {
                tracing::info!(count = freed.len(), "expired leases reclaimed")
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "reclaiming expired leases failed"),
        }
        server
            .table
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .expire(now);
    }
}

fn bind_socket(port: u16) -> anyhow::Result<std::net::UdpSocket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let sock = Socket::new(Domain::IPV6, Type::DGRAM, Some(Protocol::UDP))?;
    sock.set_only_v6(true)?;
    sock.set_reuse_address(true)?;
    // Blocking, for the receive threads; the timeout lets them notice shutdown.
    sock.set_read_timeout(Some(RECEIVE_TIMEOUT))?;
    socket::setsockopt(&sock, sockopt::Ipv6RecvPacketInfo, &true)
        .context("enabling IPV6_RECVPKTINFO")?;
    socket::setsockopt(&sock, sockopt::ReceiveTimestampns, &true)
        .context("enabling SO_TIMESTAMPNS")?;
    // A boot storm arrives in bursts: a deep receive buffer holds a burst instead of the
    // kernel dropping it uncounted (Udp6RcvbufErrors), and what waits too long in it is shed
    // by its receive time (`shed::is_stale`), so depth never turns into stale work.
    // SO_RCVBUFFORCE (root / CAP_NET_ADMIN) passes net.core.rmem_max; else SO_RCVBUF, capped.
    if socket::setsockopt(&sock, sockopt::RcvBufForce, &RECEIVE_BUFFER).is_err() {
        let _ = sock.set_recv_buffer_size(RECEIVE_BUFFER);
    }
    let addr = SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, port, 0, 0);
    sock.bind(&addr.into())
        .with_context(|| format!("binding DHCPv6 on [::]:{port} (config key dhcp.port; port 547 needs root or CAP_NET_BIND_SERVICE)"))?;
    // Replies leave with MSG_DONTWAIT: room for a burst of them (SO_SNDBUFFORCE, else capped).
    if socket::setsockopt(&sock, sockopt::SndBufForce, &SEND_BUFFER).is_err() {
        let _ = sock.set_send_buffer_size(SEND_BUFFER);
    }
    Ok(sock.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_dhcp_groups_count_as_multicast() {
        assert!(!is_unicast_destination(ALL_DHCP_RELAY_AGENTS_AND_SERVERS));
        assert!(!is_unicast_destination(ALL_DHCP_SERVERS));
        for other in ["2001:db8::1", "fe80::1", "ff02::1", "ff05::1:2"] {
            assert!(is_unicast_destination(other.parse().unwrap()), "{other}");
        }
    }
}
