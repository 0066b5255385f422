//! The plain-HTTP (boot) listener's connections, served with hyper's HTTP/1 directly
//! instead of `axum::serve`. Firmware and iPXE speak HTTP/1.1 only. A `GET
//! /boot/{mac}.ipxe` is answered before the router ([`boot::fast_script_name`]), and so is
//! a `GET /assets/PATH` ([`boot::fast_asset_path`]; the router's handler, without its
//! extractors' clones of the whole state): in a
//! script storm the per-request steps of `axum::serve` and the router (the HTTP/1-or-2
//! detection's connection wrapper, the connect-info extension, a boxed body, the route
//! match, a clone of the router) were a measurable share of each request's CPU
//! (bench/README.md, boot storm V). Everything else goes to the router as before, with
//! [`ConnectInfo`] set.
//!
//! Shutdown as `axum::serve`'s graceful one: stop accepting, let requests in flight finish,
//! close idle keep-alive connections.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::response::Response;
use axum::Router;
use futures_util::future::BoxFuture;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

use super::boot;
use crate::metrics::Metrics;
use crate::state::AppState;

/// A request's headers, and on a keep-alive connection the wait for the next request, must
/// arrive within this once the listener is crowded ([`ConnectionLimits::untimed`]).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Connections served without the header-read timer while no more are open.
const UNTIMED_CONNECTIONS: usize = 512;

/// The plain listener's bounds: anyone on the wire can open connections, so how many are
/// held, and for how long an idle or trickling one is kept, is bounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// Open at once; a connection beyond this is closed as soon as it is accepted (counted
    /// in `bootforge_http_connections_refused_total`) rather than failing `accept` for
    /// want of descriptors.
    pub max: usize,
    /// While no more than this many are open a new connection gets no header-read timer:
    /// hyper arms one per request, ~1 µs of the ~7 µs of CPU a script hit costs
    /// (bench/README.md, boot storm V). Beyond it every new connection must send each
    /// request's headers within [`HEADER_READ_TIMEOUT`], so connections that never send
    /// anything can hold at most this many slots for good.
    pub untimed: usize,
}

impl ConnectionLimits {
    /// Three quarters of the process's open-files limit, the rest left for TFTP transfers,
    /// the database and files.
    pub fn for_open_files(open_files: u64) -> ConnectionLimits {
        let max = usize::try_from(open_files / 4 * 3)
            .unwrap_or(usize::MAX)
            .clamp(64, 1 << 20);
        ConnectionLimits {
            max,
            untimed: UNTIMED_CONNECTIONS.min(max / 2),
        }
    }

    /// How a connection accepted while `open` others are open is served.
    fn admit(&self, open: usize) -> Admission {
        if open >= self.max {
            Admission::Refuse
        } else if open >= self.untimed {
            Admission::Timed
        } else {
            Admission::Untimed
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Admission {
    Untimed,
    Timed,
    Refuse,
}

/// Counts a connection in `http_connections_open` from its accept until dropped (its task
/// ends).
struct OpenConnection(Arc<Metrics>);

impl OpenConnection {
    fn count(metrics: &Arc<Metrics>) -> OpenConnection {
        metrics
            .http_connections_open
            .fetch_add(1, Ordering::Relaxed);
        OpenConnection(metrics.clone())
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.http_connections_open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Serve `listener` until `shutdown`, then finish what is in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    state: Arc<AppState>,
    limits: ConnectionLimits,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let untimed = hyper::server::conn::http1::Builder::new();
    let mut timed = hyper::server::conn::http1::Builder::new();
    timed
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = shutdown.cancelled() => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // As axum::serve: a connection that failed before accept is its client's
                // problem; anything else (out of file descriptors) is waited out.
                if !is_connection_error(&e) {
                    tracing::error!(error = %e, "HTTP accept failed; retrying in 1 s");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                continue;
            }
        };
        let open = state.metrics.http_connections_open.load(Ordering::Relaxed);
        let http = match limits.admit(usize::try_from(open).unwrap_or(usize::MAX)) {
            Admission::Untimed => &untimed,
            Admission::Timed => &timed,
            Admission::Refuse => {
                state
                    .metrics
                    .http_connections_refused
                    .fetch_add(1, Ordering::Relaxed);
                drop(stream);
                continue;
            }
        };
        let counted = OpenConnection::count(&state.metrics);
        // One response per request: nothing for Nagle to coalesce, only latency to add.
        let _ = stream.set_nodelay(true);
        let service = Connection {
            router: router.clone(),
            state: state.clone(),
            peer,
        };
        // No upgrades: nothing on this listener speaks WebSocket.
        let conn = http.serve_connection(TokioIo::new(stream), service);
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                tracing::trace!(error = %e, "HTTP connection ended with an error");
            }
            drop(counted);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}

/// One connection's requests.
#[derive(Clone)]
struct Connection {
    router: Router,
    state: Arc<AppState>,
    peer: SocketAddr,
}

impl hyper::service::Service<hyper::Request<Incoming>> for Connection {
    type Response = Response;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Response, Infallible>>;

    fn call(&self, request: hyper::Request<Incoming>) -> Self::Future {
        if boot::fast_script_name(&request).is_some() {
            let state = self.state.clone();
            let client = Some(self.peer.ip());
            let (parts, _) = request.into_parts();
            return Box::pin(async move {
                let name = parts.uri.path().strip_prefix("/boot/").unwrap_or_default();
                Ok(boot::script_response_for(&state, name, client, &parts.headers).await)
            });
        }
        let mut request = request.map(Body::new);
        request.extensions_mut().insert(ConnectInfo(self.peer));
        if let Some(path) = boot::fast_asset_path(&request).map(str::to_string) {
            let state = self.state.clone();
            return Box::pin(async move { Ok(boot::asset_response(&state, path, request).await) });
        }
        let router = self.router.clone();
        Box::pin(router.oneshot(request))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_are_untimed_then_timed_then_refused() {
        let limits = ConnectionLimits {
            max: 10,
            untimed: 4,
        };
        assert_eq!(limits.admit(0), Admission::Untimed);
        assert_eq!(limits.admit(3), Admission::Untimed);
        assert_eq!(limits.admit(4), Admission::Timed);
        assert_eq!(limits.admit(9), Admission::Timed);
        assert_eq!(limits.admit(10), Admission::Refuse);
    }

    #[test]
    fn limits_follow_the_open_files_limit() {
        assert_eq!(
            ConnectionLimits::for_open_files(65_536),
            ConnectionLimits {
                max: 49_152,
                untimed: UNTIMED_CONNECTIONS
            }
        );
        // A small limit: a quarter left for the rest, half the slots timed.
        assert_eq!(
            ConnectionLimits::for_open_files(1024),
            ConnectionLimits {
                max: 768,
                untimed: 384
            }
        );
        assert_eq!(ConnectionLimits::for_open_files(0).max, 64);
    }
}
