//! The routers for both listeners: boot endpoints, `/metrics`, the API and the dashboard.

use axum::Router;

use super::{api, auth, boot, tls};
use crate::state::AppState;

/// The routers for the plain-HTTP and the HTTPS listener. They share one
/// [`auth::AuthService`], so login limits hold across both.
pub fn routers(state: AppState) -> (Router, Router) {
    let auth = auth::AuthService::new(&state);
    // The plain listener answers iPXE script fetches before its router
    // ([`super::plain`]); on HTTPS they skip the extractors (`boot::ScriptFastPath`).
    let fast = boot::ScriptFastPathLayer(std::sync::Arc::new(state.clone()));
    let plain = router(state.clone(), auth.clone()).layer(axum::middleware::from_fn_with_state(
        state.clone(),
        tls::plain_http_guard,
    ));
    let tls = router(state, auth)
        .layer(axum::Extension(auth::Transport::Tls))
        .layer(fast);
    (plain, tls)
}

fn router(state: AppState, auth: std::sync::Arc<auth::AuthService>) -> Router {
    Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route("/metrics", axum::routing::get(super::metrics::handler))
        .merge(boot::routes())
        .merge(api::router(auth.clone()))
        .merge(crate::web::router(auth))
        .with_state(state)
}
