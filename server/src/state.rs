//! The state every task and handler shares ([`AppState`]), apart from the launcher
//! ([`crate::app`]) that starts the tasks: modules take the state from here, so none of them
//! imports the module that imports them all.

use std::sync::Arc;

use anyhow::Context;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::dhcpv6::stats::DhcpStats;
use crate::metrics::Metrics;
use crate::netif::watch::InterfacesWatch;
use crate::store::{Store, Writer, WriterHandle};

/// Client sources whose discovery rate is tracked at once; beyond it new sources register
/// nothing until old entries expire (see [`crate::rate_limit::KeyedLimiter`]).
const DISCOVERY_SOURCES_TRACKED: usize = 10_000;

/// Everything the protocol paths and HTTP handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The running configuration. A reload ([`crate::reload`]) sends a new one; read it with
    /// [`AppState::config`], follow it with `subscribe()`.
    pub config_updates: Arc<watch::Sender<Arc<Config>>>,
    pub store: Store,
    pub writer: WriterHandle,
    pub shutdown: CancellationToken,
    /// This host's interfaces, kept fresh as they come and go.
    pub interfaces: InterfacesWatch,
    /// Where a reload re-reads the configuration from; None: reload is unavailable.
    pub reload_source: Option<Arc<crate::config::ConfigSource>>,
    /// DHCPv6 socket-loop counters, exported at `/metrics`.
    pub dhcp_stats: Arc<DhcpStats>,
    /// Counters for `/metrics` that have no other home.
    pub metrics: Arc<Metrics>,
    /// What the RA monitor hears and the RA sender sends, per interface ([`crate::ra`]).
    pub ra: Arc<crate::ra::RaStatus>,
    /// Unknown MACs registered over HTTP per client source ([`crate::http::boot`]).
    pub discovery: Arc<crate::rate_limit::KeyedLimiter>,
    /// Hot boot files in memory, shared by TFTP and HTTP `/assets` ([`crate::hot_files`]).
    pub hot_files: Arc<crate::hot_files::HotFiles>,
    /// Boot file names resolved recently, for HTTP `/assets` ([`crate::boot::files`]).
    pub resolved_files: Arc<crate::boot::files::ResolveMemo>,
    /// Rendered iPXE scripts per MAC ([`crate::boot::script_cache`]).
    pub script_cache: Arc<crate::boot::script_cache::ScriptCache<crate::http::boot::CachedScript>>,
    /// Asset events left out as repeats and event tasks in flight ([`crate::http::boot`]).
    pub asset_events: Arc<crate::http::boot::AssetEvents>,
    /// Repeated script fetches being summarised ([`crate::boot::script_repeats`]).
    pub script_repeats:
        Arc<crate::boot::script_repeats::ScriptRepeats<crate::http::boot::CachedScript>>,
    /// Addresses each service bound, for the start-up report ([`crate::ready`]).
    pub listeners: Arc<crate::ready::Listeners>,
}

impl AppState {
    pub async fn open(config: Config) -> anyhow::Result<AppState> {
        let store = open_store(&config).await?;
        let writer = Writer::start(store.clone());
        writer.set_limits(config.boot.max_discovered, config.boot.max_events);
        let shutdown = CancellationToken::new();
        // A runtime is needed for the netlink watch; one-shot commands have one too.
        let interfaces = crate::netif::watch::spawn(shutdown.clone());
        Ok(AppState {
            config_updates: Arc::new(watch::channel(Arc::new(config)).0),
            store,
            writer,
            shutdown,
            interfaces,
            reload_source: None,
            dhcp_stats: Arc::default(),
            metrics: Arc::default(),
            ra: Arc::default(),
            discovery: Arc::new(crate::rate_limit::KeyedLimiter::new(
                std::time::Duration::from_secs(60),
                DISCOVERY_SOURCES_TRACKED,
            )),
            hot_files: Arc::default(),
            resolved_files: Arc::default(),
            script_cache: Arc::default(),
            asset_events: Arc::default(),
            script_repeats: Arc::default(),
            listeners: Arc::default(),
        })
    }

    /// The configuration now; hold it for one request or exchange, not longer.
    pub fn config(&self) -> Arc<Config> {
        self.config_updates.borrow().clone()
    }

    /// The address boot URLs name when nothing more specific is known: `server_address`,
    /// else the first global address of a served interface, else `::1`.
    pub fn default_boot_server(&self) -> std::net::Ipv6Addr {
        let config = self.config();
        if let Some(a) = config.server_address {
            return a;
        }
        let selector = config.dhcp.interface_selector();
        let interfaces = self.interfaces.borrow();
        let found = interfaces
            .selected(&selector)
            .find_map(|i| i.addresses.iter().find(|a| a.is_global()))
            .map(|a| a.address);
        found.unwrap_or(std::net::Ipv6Addr::LOCALHOST)
    }
}

/// The inventory database in the data dir (created if needed), without starting anything:
/// enough for one-shot commands such as `bootforge user add`.
pub async fn open_store(config: &Config) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating data dir {}", config.data_dir.display()))?;
    let db = config.data_dir.join("bootforge.db");
    match config.database_url() {
        // Not the URL itself in the message: it may carry a password.
        Some(url) => Store::connect(url)
            .await
            .context("database_url: opening the PostgreSQL database"),
        None => Store::open(&db)
            .await
            .with_context(|| format!("opening database {}", db.display())),
    }
}
