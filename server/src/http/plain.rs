//! The plain-HTTP (boot) listener's connections, served with hyper's HTTP/1 directly
//! instead of `axum::serve`. Firmware and iPXE speak HTTP/1.1 only. A `GET
//! /boot/{mac}.ipxe` is answered before the router ([`boot::fast_script_name`]): in a
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
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::response::Response;
use axum::Router;
use futures_util::future::BoxFuture;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio_util::sync::CancellationToken;
use tower::ServiceExt;

use super::boot;
use crate::state::AppState;

/// Serve `listener` until `shutdown`, then finish what is in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    state: Arc<AppState>,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    // No header-read timeout (as under `axum::serve`): hyper arms it with a timer-wheel
    // entry per request, ~1 µs of the ~7 µs of CPU a script hit costs in all
    // (bench/README.md, boot storm V).
    let http = hyper::server::conn::http1::Builder::new();
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
        let router = self.router.clone();
        Box::pin(router.oneshot(request))
    }
}
