//! `/api/v1/machines…`: the inventory of machines.

use std::collections::HashSet;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use super::input::{FieldError, MachineInput};
use super::{int_param, ApiError, ApiJson, ApiQuery, Paging};
use crate::http::auth::Principal;
use crate::mac::Mac;
use crate::state::AppState;
use crate::store::{ImportOutcome, Machine, MachineState, Store, StoredEvent};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub state: Option<String>,
    pub q: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct MachinePage {
    pub items: Vec<Machine>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
}

/// An empty filter means "any state".
pub fn state_filter(raw: Option<&str>) -> Result<Option<MachineState>, FieldError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|m| FieldError::new("state", m)),
    }
}

pub fn path_mac(raw: &str) -> Result<Mac, ApiError> {
    Mac::parse(raw).map_err(|e| ApiError::field("mac", e.to_string()))
}

/// `Some(name)` must name an existing profile.
pub async fn ensure_profile(store: &Store, profile: Option<&str>) -> Result<(), ApiError> {
    if let Some(name) = profile {
        if store.profile(name).await?.is_none() {
            return Err(ApiError::field(
                "profile",
                format!("no profile named {name:?}"),
            ));
        }
    }
    Ok(())
}

pub async fn list(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<ListQuery>,
) -> Result<Json<MachinePage>, ApiError> {
    let state = state_filter(q.state.as_deref())?;
    let paging = Paging::parse(q.page.as_deref(), q.per_page.as_deref(), 50)?;
    let (items, total) = app
        .store
        .machines(state, q.q.as_deref(), paging.per_page, paging.offset())
        .await?;
    Ok(Json(MachinePage {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
        pages: paging.pages(total),
    }))
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(input): ApiJson<MachineInput>,
) -> Result<(StatusCode, Json<Machine>), ApiError> {
    let (mac, spec) = input.validate()?;
    ensure_profile(&app.store, spec.profile.as_deref()).await?;
    let machine = app
        .store
        .operator(&who.name)
        .create_machine(mac, &spec)
        .await?;
    Ok((StatusCode::CREATED, Json(machine)))
}

async fn existing(store: &Store, mac: Mac) -> Result<Machine, ApiError> {
    store
        .machine(mac)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("machine {mac} not found")))
}

pub async fn show(
    State(app): State<AppState>,
    Path(mac): Path<String>,
) -> Result<Json<Machine>, ApiError> {
    Ok(Json(existing(&app.store, path_mac(&mac)?).await?))
}

/// PUT: the body is the whole operator-set description; the MAC comes from the path.
pub async fn replace(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    ApiJson(mut input): ApiJson<MachineInput>,
) -> Result<Json<Machine>, ApiError> {
    let mac = path_mac(&mac)?;
    input.mac = mac.to_string();
    let (_, spec) = input.validate()?;
    ensure_profile(&app.store, spec.profile.as_deref()).await?;
    Ok(Json(
        app.store
            .operator(&who.name)
            .update_machine(mac, &spec)
            .await?,
    ))
}

/// PATCH: only the keys present change; `"profile": null` clears the profile.
pub async fn patch(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    ApiJson(changes): ApiJson<serde_json::Map<String, serde_json::Value>>,
) -> Result<Json<Machine>, ApiError> {
    let mac = path_mac(&mac)?;
    let current = existing(&app.store, mac).await?;
    let mut input = MachineInput {
        mac: mac.to_string(),
        hostname: current.hostname,
        profile: current.profile,
        // Unless the patch names a state, let the store decide (approving a discovered
        // machine by giving it a profile makes it ready).
        state: None,
        variables: Some(serde_json::Value::Object(current.variables)),
    };
    for (key, value) in changes {
        let text = || match &value {
            serde_json::Value::String(s) => Ok(Some(s.clone())),
            serde_json::Value::Null => Ok(None),
            _ => Err(ApiError::field(&key, "must be a string or null")),
        };
        match key.as_str() {
            "mac" => {}
            "hostname" => input.hostname = text()?.unwrap_or_default(),
            "profile" => input.profile = text()?,
            "state" => input.state = text()?,
            "variables" => input.variables = Some(value),
            _ => {
                return Err(ApiError::field(
                    &key,
                    "unknown field (hostname, profile, state, variables)",
                ))
            }
        }
    }
    let (_, spec) = input.validate()?;
    ensure_profile(&app.store, spec.profile.as_deref()).await?;
    Ok(Json(
        app.store
            .operator(&who.name)
            .update_machine(mac, &spec)
            .await?,
    ))
}

pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> Result<StatusCode, ApiError> {
    app.store
        .operator(&who.name)
        .delete_machine(path_mac(&mac)?)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventsQuery {
    pub before: Option<String>,
    pub limit: Option<String>,
}

pub async fn events(
    State(app): State<AppState>,
    Path(mac): Path<String>,
    ApiQuery(q): ApiQuery<EventsQuery>,
) -> Result<Json<Vec<StoredEvent>>, ApiError> {
    let mac = path_mac(&mac)?;
    existing(&app.store, mac).await?;
    let before = q
        .before
        .as_deref()
        .map(|b| int_param("before", Some(b), 0, 1, i64::MAX))
        .transpose()?;
    let limit = int_param("limit", q.limit.as_deref(), 100, 1, 1000)?;
    Ok(Json(app.store.events(Some(mac), before, limit).await?))
}

/// The iPXE script the machine would be given if it booted now.
pub async fn script(
    State(app): State<AppState>,
    Path(mac): Path<String>,
    headers: axum::http::HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let mac = path_mac(&mac)?;
    existing(&app.store, mac).await?;
    let text = super::script::preview(&app, &headers, mac).await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BulkAction {
    /// Give every machine `profile` (approves discovered ones).
    AssignProfile,
    /// Set every machine to `state`.
    SetState,
    /// Shorthand for `set_state` with `reinstall`.
    Reinstall,
    Delete,
    /// Hide discovered machines from the Discovered list (they are kept, not deleted).
    Ignore,
    /// Ignored machines back to discovered.
    Unignore,
}

#[derive(Debug, Deserialize)]
pub struct BulkRequest {
    pub action: BulkAction,
    pub macs: Vec<String>,
    #[serde(default)]
    pub profile: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct BulkOutcome {
    /// Machines named in the request.
    pub requested: usize,
    /// Machines that changed; the rest did not exist or (for ready/reinstall) had no profile.
    pub changed: u64,
}

/// Apply one bulk action in `actor`'s name; shared by the API and the dashboard's lists.
pub async fn apply_bulk(
    store: &Store,
    actor: &str,
    req: &BulkRequest,
) -> Result<BulkOutcome, ApiError> {
    let op = store.operator(actor);
    let mut macs = Vec::with_capacity(req.macs.len());
    let mut seen = HashSet::new();
    for raw in &req.macs {
        let mac = Mac::parse(raw).map_err(|e| ApiError::field("macs", e.to_string()))?;
        if seen.insert(mac) {
            macs.push(mac);
        }
    }
    if macs.is_empty() {
        return Err(ApiError::field("macs", "select at least one machine"));
    }
    let changed = match req.action {
        BulkAction::AssignProfile => {
            let profile = req
                .profile
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .ok_or_else(|| ApiError::field("profile", "choose a profile to assign"))?;
            ensure_profile(store, Some(profile)).await?;
            op.bulk_assign_profile(&macs, profile).await?
        }
        BulkAction::SetState => {
            let state = state_filter(req.state.as_deref())?
                .ok_or_else(|| ApiError::field("state", "choose a state"))?;
            op.bulk_set_state(&macs, state).await?
        }
        BulkAction::Reinstall => op.bulk_set_state(&macs, MachineState::Reinstall).await?,
        BulkAction::Delete => op.bulk_delete(&macs).await?,
        BulkAction::Ignore => op.set_ignored(&macs, true).await?,
        BulkAction::Unignore => op.set_ignored(&macs, false).await?,
    };
    Ok(BulkOutcome {
        requested: macs.len(),
        changed,
    })
}

pub async fn bulk(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<BulkRequest>,
) -> Result<Json<BulkOutcome>, ApiError> {
    Ok(Json(apply_bulk(&app.store, &who.name, &req).await?))
}

/// Columns of the CSV export; an import needs `mac` and reads the operator-set ones.
const CSV_COLUMNS: [&str; 9] = [
    "mac",
    "hostname",
    "profile",
    "state",
    "variables",
    "arch",
    "last_seen",
    "last_address",
    "last_stage",
];

pub async fn export_csv(State(app): State<AppState>) -> Result<impl IntoResponse, ApiError> {
    let machines = app.store.all_machines().await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| ApiError::Internal(format!("writing CSV: {e}"));
    out.write_record(CSV_COLUMNS).map_err(internal)?;
    for m in machines {
        out.write_record([
            m.mac.to_string(),
            m.hostname,
            m.profile.unwrap_or_default(),
            m.state.as_str().to_string(),
            serde_json::Value::Object(m.variables).to_string(),
            m.arch,
            m.last_seen.map(|t| t.to_string()).unwrap_or_default(),
            m.last_address.unwrap_or_default(),
            m.last_stage.unwrap_or_default(),
        ])
        .map_err(internal)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| ApiError::Internal(format!("writing CSV: {e}")))?;
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

/// Parse and validate a CSV import (header row required). Every row is checked before
/// anything is written; the first problem is reported with its line number.
pub async fn import_rows(
    store: &Store,
    actor: &str,
    text: &str,
) -> Result<ImportOutcome, ApiError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ApiError::BadRequest(format!("reading CSV header: {e}")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let mac_col = column("mac")
        .ok_or_else(|| ApiError::field("mac", "the CSV header must have a mac column"))?;
    let (host_col, profile_col, state_col, vars_col) = (
        column("hostname"),
        column("profile"),
        column("state"),
        column("variables"),
    );
    let known_profiles: HashSet<String> = store.profile_names().await?.into_iter().collect();
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| ApiError::BadRequest(format!("CSV line {line}: {e}")))?;
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").to_string();
        let input = MachineInput {
            mac: cell(Some(mac_col)),
            hostname: cell(host_col),
            profile: Some(cell(profile_col)),
            state: Some(cell(state_col)),
            variables: Some(serde_json::Value::String(cell(vars_col))),
        };
        let at_line = |e: FieldError| ApiError::Invalid {
            field: Some(e.field.to_string()),
            message: format!("line {line}: {}", e.message),
        };
        let (mac, spec) = input
            .validate()
            .map_err(|mut errs| at_line(errs.swap_remove(0)))?;
        if let Some(p) = &spec.profile {
            if !known_profiles.contains(p) {
                return Err(at_line(FieldError::new(
                    "profile",
                    format!("no profile named {p:?}"),
                )));
            }
        }
        if !seen.insert(mac) {
            return Err(at_line(FieldError::new(
                "mac",
                format!("{mac} appears twice"),
            )));
        }
        rows.push((mac, spec));
    }
    Ok(store.operator(actor).import_machines(&rows).await?)
}

pub async fn import_csv(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    body: String,
) -> Result<Json<ImportOutcome>, ApiError> {
    Ok(Json(import_rows(&app.store, &who.name, &body).await?))
}
