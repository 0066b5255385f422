//! HTTP: boot endpoints for machines (unauthenticated), the JSON API and the dashboard.

pub mod api;
pub mod auth;
pub mod boot;

use axum::Router;

use crate::app::AppState;

pub fn router(state: AppState) -> Router {
    let auth = auth::AuthService::new(&state);
    Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .route("/metrics", axum::routing::get(crate::metrics::handler))
        .merge(boot::routes())
        .merge(auth::router(auth.clone()))
        .merge(api::router(auth.clone()))
        .merge(crate::web::router(auth))
        .with_state(state)
}
