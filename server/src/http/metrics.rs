//! `GET /metrics`: reads the running state and renders it with [`crate::metrics`].

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::metrics::{render, render_ra, PoolLeases, WriterCounts};
use crate::state::AppState;

/// `GET /metrics`.
pub async fn handler(State(state): State<AppState>) -> impl IntoResponse {
    let pool_leases = match crate::service::leases::pool_usage(&state).await {
        Ok(usage) => Some(
            usage
                .into_iter()
                .map(|p| PoolLeases {
                    pool: p.name,
                    active: p.active,
                    size: p.size,
                })
                .collect::<Vec<_>>(),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: pool usage query failed");
            None
        }
    };
    let mut body = render(
        &state.metrics,
        &state.dhcp_stats,
        WriterCounts::of(&state.writer),
        pool_leases.as_deref(),
    );
    body.push_str(&render_ra(
        &state.metrics,
        &crate::ra::managed_seen(&state.ra),
    ));
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
}
