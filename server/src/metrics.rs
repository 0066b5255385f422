//! Prometheus metrics at `GET /metrics`, rendered in the text exposition format straight from
//! the counters the protocol paths already keep (no registry crate).
//!
//! The endpoint is unauthenticated, like `/healthz` and the boot endpoints: it exposes counts
//! and pool names, nothing a client could act on. Restrict it at the network level (or a
//! reverse proxy) if pool names are sensitive.
//!
//! Sources:
//! - DHCPv6: [`DhcpStats`] (shared with the socket loop through `AppState::dhcp_stats`) and the
//!   per-message-type counters here, bumped by [`Metrics::dhcp_handled`].
//! - Leases: `Store::pool_usage`, queried at scrape time.
//! - TFTP and HTTP boot: counters here, bumped by `tftp.rs` and `http/boot.rs`.
//! - The store writer: [`crate::store::writer::WriterStats`].
//! - Router Advertisements: counters here, bumped by [`crate::ra`]; `bootforge_ra_managed_seen`
//!   from `AppState::ra` at scrape time.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::dhcpv6::stats::DhcpStats;
use crate::dhcpv6::validate::DropReason;

/// What became of one decoded DHCPv6 message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DhcpOutcome {
    /// A reply was sent.
    Replied,
    /// The policy decided not to answer (foreign server ID, no pool, BIOS client, …).
    Ignored,
    /// The lease commit or the send failed; nothing reached the client.
    Failed,
}

impl DhcpOutcome {
    const ALL: [DhcpOutcome; 3] = [
        DhcpOutcome::Replied,
        DhcpOutcome::Ignored,
        DhcpOutcome::Failed,
    ];

    fn label(self) -> &'static str {
        match self {
            DhcpOutcome::Replied => "replied",
            DhcpOutcome::Ignored => "ignored",
            DhcpOutcome::Failed => "failed",
        }
    }
}

/// RFC 8415 message type names, by code; codes without a name are reported as `other`.
fn dhcp_message_type_label(code: u8) -> &'static str {
    match code {
        1 => "solicit",
        2 => "advertise",
        3 => "request",
        4 => "confirm",
        5 => "renew",
        6 => "rebind",
        7 => "reply",
        8 => "release",
        9 => "decline",
        10 => "reconfigure",
        11 => "information_request",
        12 => "relay_forw",
        13 => "relay_repl",
        _ => "other",
    }
}

/// Why the boot endpoints turned a request down (or served it without acting on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BootRefusal {
    /// A zero, broadcast or multicast MAC.
    NotStationMac,
    /// Too many unknown MACs from one source: served, not registered.
    DiscoveryRateLimited,
    /// A reinstall not consumed: the request did not come from the machine's own address.
    ReinstallNotFromMachine,
    /// A completion report not from the machine's own address.
    DoneNotFromMachine,
}

impl BootRefusal {
    const ALL: [BootRefusal; 4] = [
        BootRefusal::NotStationMac,
        BootRefusal::DiscoveryRateLimited,
        BootRefusal::ReinstallNotFromMachine,
        BootRefusal::DoneNotFromMachine,
    ];

    fn label(self) -> &'static str {
        match self {
            BootRefusal::NotStationMac => "not_station_mac",
            BootRefusal::DiscoveryRateLimited => "discovery_rate_limited",
            BootRefusal::ReinstallNotFromMachine => "reinstall_not_from_machine",
            BootRefusal::DoneNotFromMachine => "done_not_from_machine",
        }
    }
}

/// The iPXE script kinds `http::boot` scripts report.
const SCRIPT_KINDS: [&str; 6] = ["install", "reinstall", "local", "wait", "error", "other"];

/// Counters that have no other home. Everything is a plain atomic: bumping one never blocks a
/// protocol path.
#[derive(Debug)]
pub struct Metrics {
    /// `[message type code][outcome]`.
    dhcp_handled: [[AtomicU64; 3]; 256],
    /// DHCPv6 datagrams dropped, by index into [`DropReason::ALL`].
    dhcp_dropped: [AtomicU64; DropReason::ALL.len()],
    pub tftp_transfers_started: AtomicU64,
    pub tftp_transfers_completed: AtomicU64,
    pub tftp_transfers_aborted: AtomicU64,
    pub tftp_bytes_sent: AtomicU64,
    /// Read requests refused (not found, forbidden path, unavailable root).
    pub tftp_requests_refused: AtomicU64,
    /// Write requests, always refused.
    pub tftp_write_requests_refused: AtomicU64,
    /// async-tftp's own counters: requests read, deferred, started; where the first
    /// answer waited (`tftp.rs` hands them to the server).
    pub tftp_server: std::sync::Arc<async_tftp::server::ServerStats>,
    /// How windows (windowsize > 1) went out: segmented by the kernel or one by one.
    pub tftp_windows: crate::tftp::window::WindowSendStats,
    /// By index into [`SCRIPT_KINDS`].
    http_scripts_served: [AtomicU64; 6],
    /// Files (iPXE binaries, assets) served over HTTP, counted when a GET or HEAD succeeds.
    pub http_files_served: AtomicU64,
    /// Asset events not recorded because too many MAC look-ups for them were in flight
    /// (the bound on that queue, [`crate::http::boot`]).
    pub http_asset_events_shed: AtomicU64,
    /// Plain-HTTP connections open now ([`crate::http::plain`]).
    pub http_connections_open: AtomicU64,
    /// Plain-HTTP connections closed as soon as accepted: the listener's bound was reached.
    pub http_connections_refused: AtomicU64,
    /// Asset events left out as repeats ([`crate::boot::event_coalesce`]).
    pub http_events_coalesced: AtomicU64,
    /// The rendered-script cache ([`crate::boot::script_cache`]).
    pub script_cache: crate::boot::script_cache::CacheStats,
    /// `POST /boot/{mac}/done` from installed systems.
    pub boot_completions: AtomicU64,
    /// Boot requests refused by the boot endpoints' guards, by [`BootRefusal`].
    boot_refused: [AtomicU64; BootRefusal::ALL.len()],
    pub config_reloads_succeeded: AtomicU64,
    pub config_reloads_failed: AtomicU64,
    /// Router Advertisements sent by the built-in router (`ra.enabled`).
    pub ra_sent: AtomicU64,
    /// Router Solicitations received on interfaces the built-in router advertises on.
    pub router_solicitations: AtomicU64,
    /// Router Advertisements the RA monitor heard on served interfaces.
    pub ra_received: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            dhcp_handled: std::array::from_fn(|_| Default::default()),
            dhcp_dropped: Default::default(),
            tftp_transfers_started: AtomicU64::new(0),
            tftp_transfers_completed: AtomicU64::new(0),
            tftp_transfers_aborted: AtomicU64::new(0),
            tftp_bytes_sent: AtomicU64::new(0),
            tftp_requests_refused: AtomicU64::new(0),
            tftp_write_requests_refused: AtomicU64::new(0),
            tftp_server: Default::default(),
            tftp_windows: Default::default(),
            http_scripts_served: Default::default(),
            http_files_served: AtomicU64::new(0),
            http_asset_events_shed: AtomicU64::new(0),
            http_connections_open: AtomicU64::new(0),
            http_connections_refused: AtomicU64::new(0),
            http_events_coalesced: AtomicU64::new(0),
            script_cache: Default::default(),
            boot_completions: AtomicU64::new(0),
            boot_refused: Default::default(),
            config_reloads_succeeded: AtomicU64::new(0),
            config_reloads_failed: AtomicU64::new(0),
            ra_sent: AtomicU64::new(0),
            router_solicitations: AtomicU64::new(0),
            ra_received: AtomicU64::new(0),
        }
    }
}

/// The store writer's counters at scrape time.
#[derive(Debug, Default, Clone, Copy)]
pub struct WriterCounts {
    pub transactions: u64,
    pub lease_changes: u64,
    pub events: u64,
    pub events_dropped: u64,
    pub discovery_refused: u64,
    pub events_pruned: u64,
    pub leases_refused: u64,
    pub retries: u64,
    pub wal_syncs: u64,
}

impl WriterCounts {
    pub fn of(writer: &crate::store::WriterHandle) -> WriterCounts {
        let s = writer.stats();
        WriterCounts {
            transactions: s.transactions.load(Ordering::Relaxed),
            lease_changes: s.lease_changes.load(Ordering::Relaxed),
            events: s.events.load(Ordering::Relaxed),
            events_dropped: s.events_dropped.load(Ordering::Relaxed),
            discovery_refused: s.discovery_refused.load(Ordering::Relaxed),
            events_pruned: s.events_pruned.load(Ordering::Relaxed),
            leases_refused: s.leases_refused.load(Ordering::Relaxed),
            retries: s.retries.load(Ordering::Relaxed),
            wal_syncs: s.wal_syncs.load(Ordering::Relaxed),
        }
    }
}

impl Metrics {
    /// Count one decoded DHCPv6 message of type `message_type` (the client's, innermost).
    pub fn dhcp_handled(&self, message_type: dhcproto::v6::MessageType, outcome: DhcpOutcome) {
        let code = u8::from(message_type);
        let column = DhcpOutcome::ALL
            .iter()
            .position(|o| *o == outcome)
            .unwrap_or(0);
        self.dhcp_handled[usize::from(code)][column].fetch_add(1, Ordering::Relaxed);
    }

    /// Count one DHCPv6 datagram dropped unanswered.
    pub fn dhcp_dropped(&self, reason: DropReason) {
        self.dhcp_dropped[reason.index()].fetch_add(1, Ordering::Relaxed);
    }

    pub fn boot_refused(&self, why: BootRefusal) {
        let index = BootRefusal::ALL.iter().position(|b| *b == why).unwrap_or(0);
        self.boot_refused[index].fetch_add(1, Ordering::Relaxed);
    }

    /// Count one iPXE script served, by its kind (`ServedScript::kind`).
    pub fn script_served(&self, kind: &str) {
        let index = SCRIPT_KINDS
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(SCRIPT_KINDS.len() - 1);
        self.http_scripts_served[index].fetch_add(1, Ordering::Relaxed);
    }
}

/// Prometheus text format, one metric family at a time.
struct Exposition {
    text: String,
}

impl Exposition {
    fn new() -> Self {
        Exposition {
            text: String::with_capacity(8 * 1024),
        }
    }

    fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.text, "# HELP {name} {help}");
        let _ = writeln!(self.text, "# TYPE {name} {kind}");
    }

    fn sample(&mut self, name: &str, labels: &[(&str, &str)], value: impl std::fmt::Display) {
        self.text.push_str(name);
        if !labels.is_empty() {
            self.text.push('{');
            for (i, (k, v)) in labels.iter().enumerate() {
                if i > 0 {
                    self.text.push(',');
                }
                let _ = write!(self.text, "{k}=\"{}\"", escape_label_value(v));
            }
            self.text.push('}');
        }
        let _ = writeln!(self.text, " {value}");
    }

    fn counter(&mut self, name: &str, help: &str, value: &AtomicU64) {
        self.counter_value(name, help, value.load(Ordering::Relaxed));
    }

    fn counter_value(&mut self, name: &str, help: &str, value: u64) {
        self.family(name, "counter", help);
        self.sample(name, &[], value);
    }
}

/// async-tftp's counters: what became of each datagram on the listening socket, and the
/// three delays before a request's first answer as histograms.
fn render_tftp_server(out: &mut Exposition, stats: &async_tftp::server::ServerStats) {
    let counters = [
        ("bootforge_tftp_listener_requests_total", "TFTP requests (RRQ, WRQ) read from the listening socket.", &stats.requests),
        ("bootforge_tftp_listener_not_requests_total", "Datagrams on the TFTP listening socket that were not a request (dropped).", &stats.not_requests),
        ("bootforge_tftp_requests_deferred_total", "TFTP requests from a peer whose previous transfer was still running, kept until it ends.", &stats.deferred),
        ("bootforge_tftp_deferred_replaced_total", "Deferred TFTP requests replaced by a later one from the same peer.", &stats.deferred_replaced),
        ("bootforge_tftp_deferred_started_total", "Deferred TFTP requests started when the peer's previous transfer ended.", &stats.deferred_started),
        ("bootforge_tftp_deferred_stale_total", "Deferred TFTP requests dropped as older than the timeout when the previous transfer ended.", &stats.deferred_stale),
        ("bootforge_tftp_transfer_tasks_total", "TFTP transfer tasks started (one per request not deferred or dropped).", &stats.transfers),
        ("bootforge_tftp_transfer_tasks_refused_total", "TFTP transfer tasks whose file was refused by the handler.", &stats.refused),
        ("bootforge_tftp_transfer_tasks_failed_total", "TFTP transfers that failed on the server's side (socket, send, retries exhausted; not a client's ERROR).", &stats.failed),
        ("bootforge_tftp_first_answers_total", "TFTP read transfers that sent their first packet (OACK or DATA 1).", &stats.first_sent),
    ];
    for (name, help, value) in counters {
        out.counter(name, help, value);
    }
    let histograms = [
        (
            "bootforge_tftp_start_delay_seconds",
            "TFTP request read to its transfer task first run.",
            &stats.start_delay,
        ),
        (
            "bootforge_tftp_handler_wait_seconds",
            "TFTP transfer task start to the request handler's lock taken.",
            &stats.handler_wait,
        ),
        (
            "bootforge_tftp_first_answer_delay_seconds",
            "TFTP read request read to its first packet (OACK or DATA 1) sent.",
            &stats.first_send_delay,
        ),
    ];
    for (name, help, delays) in histograms {
        out.family(name, "histogram", help);
        let counts = delays.counts();
        let bucket = format!("{name}_bucket");
        let mut cumulative = 0;
        for (bound, count) in async_tftp::server::DELAY_BOUNDS.iter().zip(counts) {
            cumulative += count;
            out.sample(
                &bucket,
                &[("le", &bound.as_secs_f64().to_string())],
                cumulative,
            );
        }
        cumulative += counts[counts.len() - 1];
        out.sample(&bucket, &[("le", "+Inf")], cumulative);
        out.sample(&format!("{name}_sum"), &[], delays.sum().as_secs_f64());
        out.sample(&format!("{name}_count"), &[], cumulative);
    }
}

/// Label values escape backslash, double quote and newline.
fn escape_label_value(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Leases per pool, every configured pool listed (zero when unused).
pub struct PoolLeases {
    pub pool: String,
    pub active: i64,
    /// Addresses in the range; 0 for a pool only the database still knows.
    pub size: u64,
}

/// Render everything; `pool_leases` is `None` when the store could not be queried.
pub fn render(
    metrics: &Metrics,
    dhcp: &DhcpStats,
    writer: WriterCounts,
    pool_leases: Option<&[PoolLeases]>,
) -> String {
    let mut out = Exposition::new();

    out.counter(
        "bootforge_dhcp_packets_received_total",
        "DHCPv6 datagrams received on the server socket.",
        &dhcp.received,
    );
    out.counter(
        "bootforge_dhcp_packets_malformed_total",
        "DHCPv6 datagrams dropped because they did not decode.",
        &dhcp.malformed,
    );
    out.counter(
        "bootforge_dhcp_packets_overload_total",
        "DHCPv6 datagrams dropped because too many exchanges were in flight.",
        &dhcp.overload,
    );
    out.counter(
        "bootforge_dhcp_lease_commit_failures_total",
        "DHCPv6 replies withheld because the lease could not be written.",
        &dhcp.commit_failures,
    );
    let name = "bootforge_dhcp_messages_total";
    out.family(
        name,
        "counter",
        "Decoded DHCPv6 messages by client message type and outcome (replied, ignored, failed).",
    );
    for (code, row) in metrics.dhcp_handled.iter().enumerate() {
        for (outcome, count) in DhcpOutcome::ALL.iter().zip(row) {
            let count = count.load(Ordering::Relaxed);
            // Always show the common types so dashboards have a series from the start.
            let common = matches!(code, 1 | 3 | 5 | 6 | 8 | 9 | 11);
            if count > 0 || common {
                let type_label = dhcp_message_type_label(code as u8);
                let type_label = if type_label == "other" {
                    format!("type_{code}")
                } else {
                    type_label.to_string()
                };
                out.sample(
                    name,
                    &[("type", &type_label), ("result", outcome.label())],
                    count,
                );
            }
        }
    }

    let name = "bootforge_dhcp_dropped_total";
    out.family(
        name,
        "counter",
        "DHCPv6 datagrams dropped unanswered, by reason (RFC 8415 §16 validation, decode, policy).",
    );
    for (reason, count) in DropReason::ALL.iter().zip(&metrics.dhcp_dropped) {
        out.sample(
            name,
            &[("reason", reason.label())],
            count.load(Ordering::Relaxed),
        );
    }

    let name = "bootforge_dhcp_shed_total";
    out.family(
        name,
        "counter",
        "DHCPv6 datagrams shed before any work under load, by reason (stale: older than the \
         client's retransmission time; new_work_busy: a new exchange while half the in-flight \
         budget was taken; in_flight_full; queue_delay: a new exchange while the socket held a \
         standing queue, every datagram waiting over 100 ms for 100 ms).",
    );
    for (reason, count) in crate::dhcpv6::shed::ShedReason::ALL.iter().zip(&dhcp.shed) {
        out.sample(
            name,
            &[("reason", reason.label())],
            count.load(Ordering::Relaxed),
        );
    }

    out.counter(
        "bootforge_dhcp_events_summarised_total",
        "DHCPv6 retransmissions answered without a boot event of their own (one per exchange step).",
        &dhcp.events_summarised,
    );

    let name = "bootforge_dhcp_leases_active";
    out.family(name, "gauge", "Active, unexpired leases per pool.");
    for p in pool_leases.unwrap_or_default() {
        out.sample(name, &[("pool", &p.pool)], p.active);
    }
    let name = "bootforge_dhcp_leases_free";
    out.family(name, "gauge", "Addresses per pool not in an active lease.");
    for p in pool_leases.unwrap_or_default() {
        let active = u64::try_from(p.active).unwrap_or(0);
        out.sample(name, &[("pool", &p.pool)], p.size.saturating_sub(active));
    }
    out.family(
        "bootforge_store_up",
        "gauge",
        "Whether this scrape could query the inventory database (lease counts are missing if not).",
    );
    out.sample("bootforge_store_up", &[], u8::from(pool_leases.is_some()));

    out.counter(
        "bootforge_boot_completions_total",
        "Installed systems that reported completion (POST /boot/{mac}/done).",
        &metrics.boot_completions,
    );
    out.counter(
        "bootforge_tftp_transfers_started_total",
        "TFTP read transfers started (file found and opened).",
        &metrics.tftp_transfers_started,
    );
    out.counter(
        "bootforge_tftp_transfers_completed_total",
        "TFTP read transfers that sent the whole file.",
        &metrics.tftp_transfers_completed,
    );
    out.counter(
        "bootforge_tftp_transfers_aborted_total",
        "TFTP read transfers that ended early (client error such as the EDK2 option probe, timeout, shutdown).",
        &metrics.tftp_transfers_aborted,
    );
    out.counter(
        "bootforge_tftp_bytes_sent_total",
        "Bytes read from files for TFTP transfers.",
        &metrics.tftp_bytes_sent,
    );
    out.counter(
        "bootforge_tftp_requests_refused_total",
        "TFTP read requests refused (not found, forbidden path, boot root unavailable).",
        &metrics.tftp_requests_refused,
    );
    out.counter(
        "bootforge_tftp_write_requests_refused_total",
        "TFTP write requests (always refused: the server is read-only).",
        &metrics.tftp_write_requests_refused,
    );

    render_tftp_server(&mut out, &metrics.tftp_server);
    out.counter(
        "bootforge_tftp_windows_segmented_total",
        "TFTP windows (or parts of one) sent as one buffer the kernel cut into DATA datagrams.",
        &metrics.tftp_windows.segmented,
    );
    out.counter(
        "bootforge_tftp_windows_segmentation_refused_total",
        "Segmented TFTP window sends the kernel refused (block over the path MTU, no checksum offload); sent one datagram each instead.",
        &metrics.tftp_windows.segmentation_refused,
    );

    let name = "bootforge_http_scripts_served_total";
    out.family(name, "counter", "iPXE boot scripts served, by script kind.");
    for (kind, count) in SCRIPT_KINDS.iter().zip(&metrics.http_scripts_served) {
        out.sample(name, &[("kind", kind)], count.load(Ordering::Relaxed));
    }
    let name = "bootforge_boot_refused_total";
    out.family(
        name,
        "counter",
        "Boot requests refused or not acted on, by reason (bad MAC, discovery rate limit, reinstall or completion not from the machine's own address).",
    );
    for (why, count) in BootRefusal::ALL.iter().zip(&metrics.boot_refused) {
        out.sample(
            name,
            &[("reason", why.label())],
            count.load(Ordering::Relaxed),
        );
    }
    out.counter(
        "bootforge_http_files_served_total",
        "Boot files (iPXE binaries, assets) served over HTTP.",
        &metrics.http_files_served,
    );
    let name = "bootforge_http_connections_open";
    out.family(name, "gauge", "Plain-HTTP (boot) connections open now.");
    out.sample(
        name,
        &[],
        metrics.http_connections_open.load(Ordering::Relaxed),
    );
    out.counter(
        "bootforge_http_connections_refused_total",
        "Plain-HTTP connections closed at once: as many as the listener holds were open.",
        &metrics.http_connections_refused,
    );
    out.counter(
        "bootforge_http_asset_events_shed_total",
        "Asset events dropped: too many MAC look-ups for them in flight.",
        &metrics.http_asset_events_shed,
    );
    out.counter(
        "bootforge_http_events_coalesced_total",
        "Asset events not recorded: the same one within the last second.",
        &metrics.http_events_coalesced,
    );
    out.counter(
        "bootforge_http_script_cache_hits_total",
        "iPXE scripts served from the rendered-script cache.",
        &metrics.script_cache.hits,
    );
    out.counter(
        "bootforge_http_script_cache_misses_total",
        "iPXE script requests rendered (not cached, or the cached one was stale).",
        &metrics.script_cache.misses,
    );
    out.counter(
        "bootforge_http_script_cache_stale_total",
        "Cached iPXE scripts found out of date (inventory, template, configuration or age).",
        &metrics.script_cache.stale,
    );
    out.counter(
        "bootforge_http_script_cache_evicted_total",
        "Cached iPXE scripts dropped to stay within the cache's bounds.",
        &metrics.script_cache.evicted,
    );

    out.counter_value(
        "bootforge_store_transactions_total",
        "Write transactions committed or attempted by the store writer.",
        writer.transactions,
    );
    out.counter_value(
        "bootforge_store_wal_syncs_total",
        "fdatasyncs of the SQLite WAL by the writer's syncers; each makes every transaction \
         committed before it durable (fewer than transactions when commits overlap an fsync).",
        writer.wal_syncs,
    );
    out.counter_value(
        "bootforge_store_lease_changes_total",
        "Lease changes written.",
        writer.lease_changes,
    );
    out.counter_value(
        "bootforge_store_events_total",
        "Boot events written.",
        writer.events,
    );
    out.counter_value(
        "bootforge_store_events_dropped_total",
        "Boot events dropped because the writer queue was full.",
        writer.events_dropped,
    );
    out.counter_value(
        "bootforge_store_events_pruned_total",
        "Old boot events deleted to stay within boot.max_events.",
        writer.events_pruned,
    );
    out.counter_value(
        "bootforge_store_leases_refused_total",
        "Lease writes the database refused: another client's unexpired lease held the address \
         (another instance on the same database leased it first); the exchange chose again.",
        writer.leases_refused,
    );
    out.counter_value(
        "bootforge_store_transaction_retries_total",
        "Writer transactions tried again after a deadlock or serialization failure (another \
         instance's transaction on the same rows).",
        writer.retries,
    );
    out.counter_value(
        "bootforge_discovery_refused_total",
        "New MACs not registered as discovered because boot.max_discovered was reached.",
        writer.discovery_refused,
    );

    let name = "bootforge_config_reloads_total";
    out.family(name, "counter", "SIGHUP configuration reloads, by result.");
    out.sample(
        name,
        &[("result", "success")],
        metrics.config_reloads_succeeded.load(Ordering::Relaxed),
    );
    out.sample(
        name,
        &[("result", "failure")],
        metrics.config_reloads_failed.load(Ordering::Relaxed),
    );

    out.text
}

/// The Router Advertisement families: the RA counters, and per served interface whether an
/// RA with the M flag is being heard (`managed_seen`: interface name, seen).
pub fn render_ra(metrics: &Metrics, managed_seen: &[(String, bool)]) -> String {
    let mut out = Exposition::new();
    out.counter(
        "bootforge_ra_sent_total",
        "Router Advertisements sent by the built-in router (ra.enabled).",
        &metrics.ra_sent,
    );
    out.counter(
        "bootforge_router_solicitations_total",
        "Router Solicitations received on interfaces the built-in router advertises on.",
        &metrics.router_solicitations,
    );
    out.counter(
        "bootforge_ra_received_total",
        "Router Advertisements heard by the RA monitor on served interfaces.",
        &metrics.ra_received,
    );
    let name = "bootforge_ra_managed_seen";
    out.family(
        name,
        "gauge",
        "1 when an RA with the M flag (ours or a router's) is current on the served interface: without M or O, boot clients never ask DHCPv6.",
    );
    for (interface, seen) in managed_seen {
        out.sample(name, &[("interface", interface)], u8::from(*seen));
    }
    out.text
}

#[cfg(test)]
mod tests {
    use super::*;
    use dhcproto::v6::MessageType;

    fn sample_value(text: &str, line_prefix: &str) -> Option<u64> {
        text.lines()
            .find(|l| l.starts_with(line_prefix))
            .and_then(|l| l.rsplit(' ').next())
            .and_then(|v| v.parse().ok())
    }

    #[test]
    fn drop_counters_list_every_reason_and_count_by_reason() {
        let m = Metrics::default();
        m.dhcp_dropped(DropReason::ClientIdInvalid);
        m.dhcp_dropped(DropReason::ClientIdInvalid);
        m.dhcp_dropped(DropReason::Unicast);
        let text = render(
            &m,
            &DhcpStats::default(),
            WriterCounts::default(),
            Some(&[]),
        );
        for r in DropReason::ALL {
            let series = format!("bootforge_dhcp_dropped_total{{reason=\"{}\"}}", r.label());
            let want = match r {
                DropReason::ClientIdInvalid => 2,
                DropReason::Unicast => 1,
                _ => 0,
            };
            assert_eq!(sample_value(&text, &series), Some(want), "{series}");
        }
    }

    #[test]
    fn message_counters_are_keyed_by_type_and_outcome() {
        let m = Metrics::default();
        m.dhcp_handled(MessageType::Solicit, DhcpOutcome::Replied);
        m.dhcp_handled(MessageType::Solicit, DhcpOutcome::Replied);
        m.dhcp_handled(MessageType::Request, DhcpOutcome::Ignored);
        m.dhcp_handled(MessageType::Unknown(200), DhcpOutcome::Failed);
        let text = render(
            &m,
            &DhcpStats::default(),
            WriterCounts::default(),
            Some(&[]),
        );
        assert_eq!(
            sample_value(
                &text,
                "bootforge_dhcp_messages_total{type=\"solicit\",result=\"replied\"}"
            ),
            Some(2)
        );
        assert_eq!(
            sample_value(
                &text,
                "bootforge_dhcp_messages_total{type=\"request\",result=\"ignored\"}"
            ),
            Some(1)
        );
        assert_eq!(
            sample_value(
                &text,
                "bootforge_dhcp_messages_total{type=\"type_200\",result=\"failed\"}"
            ),
            Some(1)
        );
        assert_eq!(
            sample_value(
                &text,
                "bootforge_dhcp_messages_total{type=\"renew\",result=\"replied\"}"
            ),
            Some(0)
        );
    }

    #[test]
    fn every_sample_has_a_declared_family() {
        let m = Metrics::default();
        m.script_served("install");
        m.script_served("something-new");
        let pools = [PoolLeases {
            pool: "lab \"a\"".into(),
            active: 3,
            size: 10,
        }];
        let text = render(
            &m,
            &DhcpStats::default(),
            WriterCounts::default(),
            Some(&pools),
        );
        let declared: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# TYPE "))
            .filter_map(|l| l.split(' ').next())
            .collect();
        let histograms: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# TYPE "))
            .filter_map(|l| l.strip_suffix(" histogram"))
            .collect();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let name = line.split(['{', ' ']).next().unwrap();
            // A histogram's samples are its name with _bucket, _sum or _count.
            let of_histogram = ["_bucket", "_sum", "_count"]
                .iter()
                .filter_map(|suffix| name.strip_suffix(suffix))
                .any(|family| histograms.contains(&family));
            assert!(
                declared.contains(&name) || of_histogram,
                "undeclared sample {line}"
            );
        }
        let mut sorted = declared.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), declared.len(), "a family is declared twice");
        assert!(text.contains("bootforge_dhcp_leases_active{pool=\"lab \\\"a\\\"\"} 3"));
        assert!(text.contains("bootforge_dhcp_leases_free{pool=\"lab \\\"a\\\"\"} 7"));
        assert_eq!(
            sample_value(&text, "bootforge_http_scripts_served_total{kind=\"other\"}"),
            Some(1)
        );
    }

    #[test]
    fn tftp_delays_render_as_cumulative_histograms() {
        let m = Metrics::default();
        for ms in [0, 5, 5, 700, 9_000] {
            m.tftp_server
                .first_send_delay
                .record(std::time::Duration::from_millis(ms));
        }
        let text = render(&m, &DhcpStats::default(), WriterCounts::default(), None);
        let bucket = |le: &str| {
            sample_value(
                &text,
                &format!("bootforge_tftp_first_answer_delay_seconds_bucket{{le=\"{le}\"}}"),
            )
        };
        assert_eq!(bucket("0.001"), Some(1));
        assert_eq!(bucket("0.01"), Some(3));
        assert_eq!(bucket("0.5"), Some(3));
        assert_eq!(bucket("1"), Some(4));
        assert_eq!(bucket("6"), Some(4));
        assert_eq!(bucket("+Inf"), Some(5));
        assert_eq!(
            sample_value(&text, "bootforge_tftp_first_answer_delay_seconds_count"),
            Some(5)
        );
        assert!(text.contains("bootforge_tftp_first_answer_delay_seconds_sum 9.71\n"));
    }

    #[test]
    fn ra_families_are_declared_and_labelled() {
        let m = Metrics::default();
        m.ra_sent.fetch_add(3, Ordering::Relaxed);
        m.router_solicitations.fetch_add(1, Ordering::Relaxed);
        let text = render_ra(&m, &[("eth0".into(), true), ("vlan7".into(), false)]);
        assert_eq!(sample_value(&text, "bootforge_ra_sent_total "), Some(3));
        assert_eq!(
            sample_value(&text, "bootforge_router_solicitations_total "),
            Some(1)
        );
        assert_eq!(
            sample_value(&text, "bootforge_ra_managed_seen{interface=\"eth0\"}"),
            Some(1)
        );
        assert_eq!(
            sample_value(&text, "bootforge_ra_managed_seen{interface=\"vlan7\"}"),
            Some(0)
        );
        // Appended to the rest, no family is declared twice.
        let all = render(
            &m,
            &DhcpStats::default(),
            WriterCounts::default(),
            Some(&[]),
        ) + &text;
        let mut declared: Vec<&str> = all
            .lines()
            .filter_map(|l| l.strip_prefix("# TYPE "))
            .collect();
        let n = declared.len();
        declared.sort();
        declared.dedup();
        assert_eq!(declared.len(), n);
    }
}
