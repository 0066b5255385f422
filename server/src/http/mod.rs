//! HTTP: boot endpoints for machines (unauthenticated), the JSON API and the dashboard.
//!
//! One router serves both listeners: plain HTTP (boot endpoints for everyone; the dashboard
//! and API only where [`tls::plain_http_guard`] allows) and HTTPS. Each listener marks its
//! requests with their [`auth::Transport`].

pub mod api;
pub mod auth;
pub mod boot;
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
        .merge(auth::router(auth.clone()))
        .merge(api::router(auth.clone()))
        .merge(crate::web::router(auth))
        .with_state(state)
}
