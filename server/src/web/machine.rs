//! Machine detail: identity (DUIDs, IAIDs, how the MAC was learned), leases, settings,
//! the script it would boot now, and its boot timeline updating live.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::{Extension, Form};

use super::machines::MachineForm;
use super::{
    format_ms, format_secs, render, see_other, EventView, Flash, Frame, WebError, WebResult,
};
use crate::mac::Mac;
use crate::service::input::{message_for, FieldError, MachineInput};
use crate::service::machines::{self as service, mac_param as path_mac};
use crate::service::Principal;
use crate::service::ServiceError;
use crate::state::AppState;
use crate::store::{AuditFilter, Machine, MachineState};

use super::audit::AuditRow;

/// Audit entries shown on the page; the Audit page has the rest.
const AUDIT_ROWS: i64 = 20;

pub struct IdentityRow {
    pub duid: String,
    pub iaid: u32,
    pub mac_source: String,
    pub first_seen: String,
    pub last_seen: String,
}

pub struct LeaseRow {
    pub address: String,
    pub pool: String,
    pub state: String,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "machine.html")]
pub struct MachinePage {
    pub frame: Frame,
    pub machine: Machine,
    pub mac: String,
    pub created: String,
    pub last_seen: String,
    pub identities: Vec<IdentityRow>,
    pub leases: Vec<LeaseRow>,
    pub events: Vec<EventView>,
    /// This machine's audit entries, newest first.
    pub audit: Vec<AuditRow>,
    pub script: Result<String, String>,
    pub profiles: Vec<String>,
    pub states: Vec<&'static str>,
    pub form: MachineInput,
    pub variables_text: String,
    pub errors: Vec<FieldError>,
}

impl MachinePage {
    pub fn error(&self, field: &str) -> Option<&str> {
        message_for(&self.errors, field)
    }
    pub fn chosen_profile(&self) -> &str {
        self.form.profile.as_deref().unwrap_or("")
    }
    pub fn chosen_state(&self) -> &str {
        self.form.state.as_deref().unwrap_or("")
    }
}

async fn load(
    app: &AppState,
    headers: &HeaderMap,
    who: &Principal,
    mac: Mac,
    flash: &Flash,
) -> Result<MachinePage, WebError> {
    let machine = app
        .store
        .machine(mac)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("machine {mac} not found")))?;
    let identities = app
        .store
        .identities(mac)
        .await?
        .into_iter()
        .map(|i| IdentityRow {
            duid: i.duid,
            iaid: i.iaid,
            mac_source: i.mac_source,
            first_seen: format_ms(i.first_seen),
            last_seen: format_ms(i.last_seen),
        })
        .collect();
    let leases = app
        .store
        .leases_for_mac(mac)
        .await?
        .into_iter()
        .map(|l| LeaseRow {
            address: l.address.to_string(),
            pool: l.pool,
            state: l.state.as_str().to_string(),
            expires: format_secs(l.expires_at),
        })
        .collect();
    let events = app
        .store
        .events(Some(mac), None, 50)
        .await?
        .iter()
        .map(EventView::from)
        .collect();
    let audit = app
        .store
        .audit(&AuditFilter {
            target_kind: Some("machine".into()),
            target: Some(mac.to_string()),
            limit: AUDIT_ROWS,
            ..Default::default()
        })
        .await?
        .iter()
        .map(AuditRow::from)
        .collect();
    let base = crate::http::boot::http_base(app, headers);
    let script = crate::service::script::preview(app, base, &machine)
        .await
        .map_err(|e| e.to_string());
    let profiles = app.store.profile_names().await?;
    let variables_text = serde_json::to_string_pretty(&machine.variables).unwrap_or_default();
    Ok(MachinePage {
        frame: Frame::new(who, "machines", flash),
        mac: mac.to_string(),
        created: format_ms(machine.created_at),
        last_seen: super::format_opt_ms(machine.last_seen),
        form: MachineInput {
            mac: mac.to_string(),
            hostname: machine.hostname.clone(),
            profile: machine.profile.clone(),
            state: Some(machine.state.as_str().to_string()),
            variables: None,
        },
        machine,
        identities,
        leases,
        events,
        audit,
        script,
        profiles,
        states: MachineState::ALL.iter().map(|s| s.as_str()).collect(),
        variables_text,
        errors: Vec::new(),
    })
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    Query(flash): Query<Flash>,
    headers: HeaderMap,
) -> WebResult {
    let mac = path_mac(&mac)?;
    Ok(render(&load(&app, &headers, &who, mac, &flash).await?))
}

pub async fn update(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    headers: HeaderMap,
    Form(mut form): Form<MachineForm>,
) -> WebResult {
    let mac = path_mac(&mac)?;
    form.mac = mac.to_string();
    let input = form.to_input();
    let result = match input.validate() {
        Ok(_) => service::replace(&app.store, &who.name, mac, input.clone())
            .await
            .map(|_| ()),
        Err(errors) => Err(ServiceError::from(errors)),
    };
    match result {
        Ok(()) => Ok(see_other(&format!("/machines/{mac}"), "saved")),
        Err(ServiceError::Invalid { field, message }) if field.is_some() => {
            let mut page = load(&app, &headers, &who, mac, &Flash::default()).await?;
            let field = match field.as_deref() {
                Some("hostname") => "hostname",
                Some("state") => "state",
                Some("variables") => "variables",
                _ => "profile",
            };
            page.errors = vec![FieldError::new(field, message)];
            page.form = input;
            page.variables_text = form.variables;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn reinstall(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> WebResult {
    let mac = path_mac(&mac)?;
    match service::reinstall(&app.store, &who.name, mac).await {
        Ok(()) => {}
        Err(ServiceError::Conflict(m)) => {
            return Ok(super::see_other_problem(&format!("/machines/{mac}"), &m))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(
        &format!("/machines/{mac}"),
        "reinstall set: the next boot installs, then boots from disk",
    ))
}

pub async fn delete(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> WebResult {
    let mac = path_mac(&mac)?;
    service::remove(&app.store, &who.name, mac).await?;
    Ok(see_other("/machines", &format!("machine {mac} deleted")))
}
