//! The launcher: starts the task that serves each protocol over one [`AppState`], and
//! stops them (SIGINT/SIGTERM → cancel → drain → flush).

use std::sync::Arc;

use anyhow::Context;

use crate::config::Config;
use crate::ready::{Listener, ReadyReport};
use crate::state::AppState;

/// Run every configured service until SIGINT/SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    serve_reloadable(config, None, None).await
}

/// [`serve`], re-reading `source` on SIGHUP (see [`crate::reload`]), and writing the
/// start-up report to `ready_file` once every listener is bound ([`crate::ready`]).
pub async fn serve_reloadable(
    config: Config,
    source: Option<crate::config::ConfigSource>,
    ready_file: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    crate::reload::init_tracing(&config.log);
    let mut state = AppState::open(config).await?;
    state.reload_source = source.map(Arc::new);
    let config = state.config();
    if config.server_address.is_none() && state.default_boot_server().is_loopback() {
        tracing::warn!(
            "no server_address configured and no global IPv6 address on a served interface \
             yet; boot URLs name ::1 until one has (or set server_address)"
        );
    }
    crate::service::users::bootstrap(&state.store)
        .await
        .context("bootstrapping users and tokens from the environment")?;
    let listener = crate::http::boot::bind_listener(config.http.listen)
        .with_context(|| format!("http.listen: binding {}", config.http.listen))?;
    let http_addr = listener.local_addr()?;
    if http_addr != config.http.listen {
        // Port 0: boot URLs must name the port actually bound.
        state
            .config_updates
            .send_modify(|c| Arc::make_mut(c).http.listen = http_addr);
    }
    state.listeners.bound(Listener::Http, http_addr);
    tracing::info!(listen = %http_addr, "HTTP serving (boot endpoints)");
    let shutdown = state.shutdown.clone();
    let (plain_router, tls_router) = crate::http::routes::routers(state.clone());
    // Boot endpoints answered before the router; connect info for the rest (events, MAC
    // lookup).
    let open_files = crate::open_files::raise_to_hard_limit();
    let limits = crate::http::plain::ConnectionLimits::for_open_files(open_files);
    tracing::info!(
        open_files,
        max_connections = limits.max,
        "HTTP connection bounds"
    );
    let http = crate::http::plain::serve(
        listener,
        plain_router,
        Arc::new(state.clone()),
        limits,
        shutdown.clone(),
    );
    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(async move { http.await.context("HTTP server") });
    if config.http.tls {
        let https = serve_https(&state, &config, tls_router).await?;
        tasks.spawn(https);
    }
    tokio::spawn(crate::reload::reload_on_hangup(state.clone()));
    if let Some(path) = ready_file {
        let expected: Vec<Listener> = [
            Some(Listener::Http),
            config.http.tls.then_some(Listener::Https),
            config.tftp.enabled.then_some(Listener::Tftp),
            config.dhcp.enabled.then_some(Listener::Dhcpv6),
        ]
        .into_iter()
        .flatten()
        .collect();
        let (listeners, shutdown) = (state.listeners.clone(), state.shutdown.clone());
        tasks.spawn(async move {
            tokio::select! {
                listeners = listeners.wait_for(&expected) => {
                    let pid = std::process::id();
                    crate::ready::write(&path, &ReadyReport { pid, listeners })?;
                }
                () = shutdown.cancelled() => return Ok(()),
            }
            // Stays in the set until shutdown: a task that ends stops the server.
            shutdown.cancelled().await;
            Ok(())
        });
    }
    if config.dhcp.enabled {
        let st = state.clone();
        tasks.spawn(async move { crate::dhcpv6::server::run(st).await });
    }
    if config.tftp.enabled {
        let st = state.clone();
        tasks.spawn(async move { crate::tftp::run(st).await });
    }
    // Both run until shutdown (the sender idles while ra.enabled is off); in the JoinSet so
    // the sender's final RA leaves before the process does.
    tasks.spawn(crate::ra::monitor::run(state.clone()));
    tasks.spawn(crate::ra::sender::run(state.clone()));
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
    crate::http::boot::record_script_repeats(&state);
    state.writer.flush().await;
    state.store.close().await;
    Ok(())
}

/// Bind the HTTPS listener (so a taken port stops start-up with the key) and return the
/// server's future, which ends after shutdown once open connections finish (at most 10 s).
async fn serve_https(
    state: &AppState,
    config: &Config,
    router: axum::Router,
) -> anyhow::Result<impl std::future::Future<Output = anyhow::Result<()>>> {
    let (tls, fingerprint) = crate::http::tls::server_config(config).await?;
    let addr = config.http.https_listen;
    let listener = std::net::TcpListener::bind(addr)
        .with_context(|| format!("http.https_listen: binding {addr}"))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    state.listeners.bound(Listener::Https, addr);
    tracing::info!(listen = %addr, sha256 = %fingerprint, "HTTPS serving (dashboard and API); certificate fingerprint");
    let handle = axum_server::Handle::new();
    let on_shutdown = handle.clone();
    let shutdown = state.shutdown.clone();
    tokio::spawn(async move {
        shutdown.cancelled().await;
        on_shutdown.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
    });
    let server = axum_server::from_tcp_rustls(listener, tls)
        .with_context(|| format!("http.https_listen: {addr}"))?
        .handle(handle)
        .serve(router.into_make_service_with_connect_info::<std::net::SocketAddr>());
    Ok(async move { server.await.context("HTTPS server") })
}

async fn shutdown_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}
