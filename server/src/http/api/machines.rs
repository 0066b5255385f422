//! `/api/v1/machines…`: the inventory of machines ([`crate::service::machines`]).

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::{Extension, Json};
use serde::Deserialize;

use super::{ApiError, ApiJson, ApiQuery};
use crate::service::input::MachineInput;
use crate::service::machines::{self as service, BulkOutcome, BulkRequest, MachinePage};
use crate::service::{Paging, Principal};
use crate::state::AppState;
use crate::store::{ImportOutcome, Machine, StoredEvent};

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only machines in this state.
    pub state: Option<String>,
    /// Substring of the MAC, hostname or profile.
    pub q: Option<String>,
    /// 1-based page number.
    #[param(value_type = Option<i64>)]
    pub page: Option<String>,
    /// Page size, 1–500 (default 50).
    #[param(value_type = Option<i64>)]
    pub per_page: Option<String>,
}

/// The machine's MAC address (any common spelling).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct MacPath {
    /// A MAC address, e.g. `52:54:00:12:34:56`.
    pub mac: String,
}

/// List machines (paginated).
#[utoipa::path(get, path = "/api/v1/machines", tag = "machines", params(ListQuery),
    responses((status = 200, description = "One page of machines", body = MachinePage),
        (status = 422, description = "A bad query value", body = super::ErrorBody)))]
pub async fn list(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<MachinePage>, ApiError> {
    let state = service::state_filter(q.state.as_deref())?;
    let paging = Paging::parse(q.page.as_deref(), q.per_page.as_deref(), 50)?;
    Ok(Json(
        service::list(&app.store, state, q.q.as_deref(), paging).await?,
    ))
}

/// Register a machine (approves a merely discovered one).
#[utoipa::path(post, path = "/api/v1/machines", tag = "machines", request_body = MachineInput,
    responses((status = 201, description = "Created", body = Machine),
        (status = 409, description = "The MAC is already in the inventory", body = super::ErrorBody),
        (status = 422, description = "A field is invalid", body = super::ErrorBody)))]
pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(input): ApiJson<MachineInput>,
) -> Result<(StatusCode, Json<Machine>), ApiError> {
    let machine = service::create(&app.store, &who.name, &input).await?;
    Ok((StatusCode::CREATED, Json(machine)))
}

/// One machine.
#[utoipa::path(get, path = "/api/v1/machines/{mac}", tag = "machines", params(MacPath),
    responses((status = 200, description = "The machine", body = Machine),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "Not a MAC address", body = super::ErrorBody)))]
pub async fn show(
    State(app): State<AppState>,
    Path(mac): Path<String>,
) -> Result<Json<Machine>, ApiError> {
    Ok(Json(
        service::get(&app.store, service::mac_param(&mac)?).await?,
    ))
}

/// PUT: the body is the whole operator-set description; the MAC comes from the path.
#[utoipa::path(put, path = "/api/v1/machines/{mac}", tag = "machines", params(MacPath),
    request_body = MachineInput,
    responses((status = 200, description = "Replaced", body = Machine),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "A field is invalid", body = super::ErrorBody)))]
pub async fn replace(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    ApiJson(input): ApiJson<MachineInput>,
) -> Result<Json<Machine>, ApiError> {
    let mac = service::mac_param(&mac)?;
    Ok(Json(
        service::replace(&app.store, &who.name, mac, input).await?,
    ))
}

/// PATCH: only the keys present change; `"profile": null` clears the profile.
#[utoipa::path(patch, path = "/api/v1/machines/{mac}", tag = "machines", params(MacPath),
    request_body(content = MachinePatch, description = "Any of hostname, profile, state, variables"),
    responses((status = 200, description = "Changed", body = Machine),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "A field is invalid or unknown", body = super::ErrorBody)))]
pub async fn patch(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    ApiJson(changes): ApiJson<serde_json::Map<String, serde_json::Value>>,
) -> Result<Json<Machine>, ApiError> {
    let mac = service::mac_param(&mac)?;
    Ok(Json(
        service::patch(&app.store, &who.name, mac, changes).await?,
    ))
}

/// The keys a PATCH may carry (all optional; `null` clears `profile`).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // documentation only: the handler reads the keys one by one
pub struct MachinePatch {
    hostname: Option<String>,
    profile: Option<String>,
    state: Option<crate::store::MachineState>,
    #[schema(value_type = Object)]
    variables: Option<crate::store::Variables>,
}

/// Forget a machine.
#[utoipa::path(delete, path = "/api/v1/machines/{mac}", tag = "machines", params(MacPath),
    responses((status = 204, description = "Deleted"),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "Not a MAC address", body = super::ErrorBody)))]
pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> Result<StatusCode, ApiError> {
    service::remove(&app.store, &who.name, service::mac_param(&mac)?).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct EventsQuery {
    /// Only events older than this event id.
    #[param(value_type = Option<i64>)]
    pub before: Option<String>,
    /// At most this many, 1–1000 (default 100).
    #[param(value_type = Option<i64>)]
    pub limit: Option<String>,
}

/// Boot events of one machine, newest first.
#[utoipa::path(get, path = "/api/v1/machines/{mac}/events", tag = "machines",
    params(MacPath, EventsQuery),
    responses((status = 200, description = "The machine's boot events, newest first", body = Vec<StoredEvent>),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "Not a MAC address", body = super::ErrorBody)))]
pub async fn events(
    State(app): State<AppState>,
    Path(mac): Path<String>,
    ApiQuery(q): ApiQuery<EventsQuery>,
) -> Result<Json<Vec<StoredEvent>>, ApiError> {
    let mac = service::mac_param(&mac)?;
    Ok(Json(
        service::events(&app.store, mac, q.before.as_deref(), q.limit.as_deref()).await?,
    ))
}

/// The iPXE script the machine would be given if it booted now.
#[utoipa::path(get, path = "/api/v1/machines/{mac}/script", tag = "machines", params(MacPath),
    responses((status = 200, description = "The iPXE script", content_type = "text/plain", body = String),
        (status = 404, description = "Not in the inventory", body = super::ErrorBody),
        (status = 422, description = "Not a MAC address", body = super::ErrorBody)))]
pub async fn script(
    State(app): State<AppState>,
    Path(mac): Path<String>,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let mac = service::mac_param(&mac)?;
    let machine = service::get(&app.store, mac).await?;
    let base = crate::http::boot::http_base(&app, &headers);
    let text = crate::service::script::preview(&app, base, &machine).await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text))
}

/// Apply one action to many machines.
#[utoipa::path(post, path = "/api/v1/machines/bulk", tag = "machines", request_body = BulkRequest,
    responses((status = 200, description = "How many machines changed", body = BulkOutcome),
        (status = 422, description = "A bad MAC, no machines, or a missing profile/state", body = super::ErrorBody)))]
pub async fn bulk(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<BulkRequest>,
) -> Result<Json<BulkOutcome>, ApiError> {
    Ok(Json(
        service::apply_bulk(&app.store, &who.name, &req).await?,
    ))
}

/// Export all machines as CSV.
#[utoipa::path(get, path = "/api/v1/machines.csv", tag = "machines",
    responses((status = 200, description = "Every machine as CSV (header row first)",
        content_type = "text/csv", body = String)))]
pub async fn export_csv(State(app): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    let body = service::export_csv(&app.store).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"machines.csv\"",
            ),
        ],
        body,
    ))
}

/// Import machines from CSV (header row; mac required; hostname, profile, state, variables optional). All rows or none..
#[utoipa::path(post, path = "/api/v1/machines/import", tag = "machines",
    request_body(content = String, content_type = "text/csv",
        description = "CSV with a header row: mac, and any of hostname, profile, state, variables"),
    responses((status = 200, description = "Rows created and updated", body = ImportOutcome),
        (status = 400, description = "Unreadable CSV", body = super::ErrorBody),
        (status = 413, description = "Over 16 MiB", body = super::ErrorBody),
        (status = 422, description = "A row is invalid (nothing was written)", body = super::ErrorBody)))]
pub async fn import_csv(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    body: String,
) -> Result<Json<ImportOutcome>, ApiError> {
    Ok(Json(
        service::import_rows(&app.store, &who.name, &body).await?,
    ))
}
