//! HTTP: boot endpoints for machines (unauthenticated), the JSON API and the dashboard.

pub mod boot;

use axum::Router;

use crate::app::AppState;

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", axum::routing::get(|| async { "ok" }))
        .merge(boot::routes())
        .with_state(state)
}
