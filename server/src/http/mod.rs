//! HTTP: boot endpoints for machines (unauthenticated), the JSON API and the dashboard.
//!
//! One router serves both listeners: plain HTTP (boot endpoints for everyone; the dashboard
//! and API only where [`tls::plain_http_guard`] allows) and HTTPS. Each listener marks its
//! requests with their [`auth::Transport`].

pub mod api;
pub mod auth;
pub mod boot;
pub mod live;
pub mod memory_file;
pub mod tls;

use axum::Router;

use crate::state::AppState;

/// The routers for the plain-HTTP and the HTTPS listener. They share one
/// [`auth::AuthService`], so login limits hold across both.
pub fn routers(state: AppState) -> (Router, Router) {
    let auth = auth::AuthService::new(&state);
    let plain = router(state.clone(), auth.clone()).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        tls::plain_http_guard,
    ));
    let tls = router(state, auth).layer(axum::Extension(auth::Transport::Tls));
    (plain, tls)
}

fn router(state: AppState, auth: std::sync::Arc<auth::AuthService>) -> Router {
    Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route("/metrics", axum::routing::get(crate::metrics::handler))
        .merge(boot::routes())
        .merge(api::router(auth.clone()))
        .merge(crate::web::router(auth))
        .with_state(state)
}

/// Percent-encode `s` for a query value: everything but RFC 3986's unreserved characters
/// and `/` (legal in a query, and it keeps `?next=/machines` readable).
pub fn query_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
