//! `/api/v1/events…` (history and live stream) and `/api/v1/leases`
//! ([`crate::service::events`], [`crate::service::leases`]).

use std::convert::Infallible;

use axum::extract::State;
use axum::response::sse::{Event, Sse};
use axum::Json;
use futures_lite::Stream;
use serde::Deserialize;

use super::{ApiError, ApiQuery};
use crate::service::leases::LeasesPage;
use crate::service::{events as service, Paging};
use crate::state::AppState;
use crate::store::StoredEvent;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// Only this machine's events.
    pub mac: Option<String>,
    /// Substring of the MAC, source or stage.
    pub q: Option<String>,
    /// Only events older than this event id.
    #[param(value_type = Option<i64>)]
    pub before: Option<String>,
    /// At most this many, 1–1000 (default 100).
    #[param(value_type = Option<i64>)]
    pub limit: Option<String>,
}

/// Boot events, newest first.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventsQuery),
    responses((status = 200, description = "Boot events, newest first", body = Vec<StoredEvent>),
        (status = 422, description = "A bad query value", body = super::ErrorBody)))]
pub async fn list(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<EventsQuery>,
) -> Result<Json<Vec<StoredEvent>>, ApiError> {
    Ok(Json(
        service::list(
            &app.store,
            q.mac.as_deref(),
            q.q.as_deref(),
            q.before.as_deref(),
            q.limit.as_deref(),
        )
        .await?,
    ))
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct StreamQuery {
    /// Only this machine's events.
    pub mac: Option<String>,
}

/// Live boot events (Server-Sent Events, event name `boot`, data = Event JSON).
#[utoipa::path(get, path = "/api/v1/events/stream", tag = "events", params(StreamQuery),
    responses((status = 200, description = "Server-Sent Events: `boot` events (data: one StoredEvent as JSON, id: its id) as they are committed; `lagged` (data: how many were missed)",
        content_type = "text/event-stream", body = StoredEvent),
        (status = 422, description = "A bad MAC", body = super::ErrorBody)))]
pub async fn stream(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<StreamQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let mac = service::mac_filter(q.mac.as_deref())?;
    Ok(crate::http::live::live_events(&app, mac, |ev| {
        Event::default()
            .event("boot")
            .id(ev.id.to_string())
            .data(serde_json::to_string(ev).unwrap_or_default())
    }))
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct LeasesQuery {
    /// 1-based page number.
    #[param(value_type = Option<i64>)]
    pub page: Option<String>,
    /// Page size, 1–500 (default 100).
    #[param(value_type = Option<i64>)]
    pub per_page: Option<String>,
}

/// Active leases and pool usage.
#[utoipa::path(get, path = "/api/v1/leases", tag = "leases", params(LeasesQuery),
    responses((status = 200, description = "Active leases and pool usage", body = LeasesPage),
        (status = 422, description = "A bad query value", body = super::ErrorBody)))]
pub async fn leases(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<LeasesQuery>,
) -> Result<Json<LeasesPage>, ApiError> {
    let paging = Paging::parse(q.page.as_deref(), q.per_page.as_deref(), 100)?;
    Ok(Json(
        crate::service::leases::leases_page(&app, paging).await?,
    ))
}
