//! The running server: shared state and the tasks that serve each protocol.

use std::sync::Arc;

use anyhow::Context;
use tokio_util::sync::CancellationToken;

use crate::config::Config;
use crate::dhcpv6::classify::BootUrls;
use crate::dhcpv6::server::DhcpStats;
use crate::metrics::Metrics;
use crate::store::{Store, Writer, WriterHandle};

/// Everything the protocol paths and HTTP handlers share.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub store: Store,
    pub writer: WriterHandle,
    pub shutdown: CancellationToken,
    /// The server address and port that go into boot URLs.
    pub boot_urls: Arc<BootUrls>,
    /// DHCPv6 socket-loop counters, exported at `/metrics`.
    pub dhcp_stats: Arc<DhcpStats>,
    /// Counters for `/metrics` that have no other home.
    pub metrics: Arc<Metrics>,
}

impl AppState {
    pub async fn open(config: Config) -> anyhow::Result<AppState> {
        std::fs::create_dir_all(&config.data_dir)
            .with_context(|| format!("creating data dir {}", config.data_dir.display()))?;
        let db = config.data_dir.join("bootforge.db");
        let store = Store::open(&db)
            .await
            .with_context(|| format!("opening database {}", db.display()))?;
        let writer = Writer::start(store.clone());
        let boot_urls = BootUrls {
            server: boot_server_address(&config),
            http_port: config.http_public_port(),
        };
        Ok(AppState {
            config: Arc::new(config),
            store,
            writer,
            shutdown: CancellationToken::new(),
            boot_urls: Arc::new(boot_urls),
            dhcp_stats: Arc::default(),
            metrics: Arc::default(),
        })
    }
}

/// `server_address` from the config, else the first global address of a served interface.
fn boot_server_address(config: &Config) -> std::net::Ipv6Addr {
    if let Some(a) = config.server_address {
        return a;
    }
    let interfaces = config.dhcp.served_interfaces();
    crate::netif::first_global_address(&interfaces).unwrap_or_else(|| {
        tracing::warn!(
            "no server_address configured and no global IPv6 address on {interfaces:?}; \
             boot URLs will name ::1"
        );
        std::net::Ipv6Addr::LOCALHOST
    })
}

/// Run every configured service until SIGINT/SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    serve_reloadable(config, None).await
}

/// [`serve`], re-reading `source` on SIGHUP (see [`crate::reload`]).
pub async fn serve_reloadable(
    config: Config,
    source: Option<crate::reload::ConfigSource>,
) -> anyhow::Result<()> {
    crate::reload::init_tracing(&config.log);
    let state = AppState::open(config).await?;
    crate::http::auth::bootstrap(&state.store)
        .await
        .context("bootstrapping users and tokens from the environment")?;
    let listener = tokio::net::TcpListener::bind(state.config.http.listen)
        .await
        .with_context(|| format!("binding HTTP on {}", state.config.http.listen))?;
    tracing::info!(listen = %state.config.http.listen, "HTTP serving");
    let shutdown = state.shutdown.clone();
    // Connect info gives boot handlers the client's address (events, MAC lookup).
    let http = axum::serve(
        listener,
        crate::http::router(state.clone())
            .into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown.clone().cancelled_owned());
    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(async move { http.await.context("HTTP server") });
    tokio::spawn(crate::reload::reload_on_hangup(state.clone(), source));
    if state.config.dhcp.enabled {
        let st = state.clone();
        tasks.spawn(async move { crate::dhcpv6::server::run(st).await });
    }
    if state.config.tftp.enabled {
        let st = state.clone();
        tasks.spawn(async move { crate::tftp::run(st).await });
    }
    tokio::select! {
        _ = shutdown_signal() => tracing::info!("shutting down"),
        Some(res) = tasks.join_next() => {
            state.shutdown.cancel();
            res??;
        }
    }
    state.shutdown.cancel();
    while let Some(res) = tasks.join_next().await {
        if let Ok(Err(e)) = res {
            tracing::warn!(error = %e, "task ended with an error during shutdown");
        }
    }
    state.writer.flush().await;
    state.store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}
