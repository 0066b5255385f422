//! Machines screen: the searchable, filterable, paginated inventory with bulk actions,
//! CSV import, and the register form.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::{Extension, Form};
use serde::Deserialize;

use super::{format_opt_ms, render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::service::input::{message_for, FieldError, MachineInput};
use crate::service::machines::{apply_bulk, import_rows, state_filter};
use crate::service::machines::{BulkAction, BulkRequest};
use crate::service::Principal;
use crate::service::{Paging, ServiceError};
use crate::state::AppState;
use crate::store::{Machine, MachineState};

const PER_PAGE: i64 = 50;

pub struct MachineRow {
    pub mac: String,
    pub hostname: String,
    pub profile: String,
    pub state: &'static str,
    pub last_seen: String,
    pub last_address: String,
    pub last_stage: String,
    pub arch: String,
}

impl From<Machine> for MachineRow {
    fn from(m: Machine) -> Self {
        MachineRow {
            mac: m.mac.to_string(),
            hostname: m.hostname,
            profile: m.profile.unwrap_or_default(),
            state: m.state.as_str(),
            last_seen: format_opt_ms(m.last_seen),
            last_address: m.last_address.unwrap_or_default(),
            last_stage: m.last_stage.unwrap_or_default(),
            arch: m.arch,
        }
    }
}

#[derive(Template)]
#[template(path = "machines.html")]
pub struct MachinesPage {
    pub frame: Frame,
    pub rows: Vec<MachineRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub q: String,
    pub state: String,
    pub states: Vec<&'static str>,
    pub profiles: Vec<String>,
    /// Query string (without page) for pagination links.
    pub filter_query: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub q: Option<String>,
    pub state: Option<String>,
    pub page: Option<String>,
    #[serde(flatten)]
    pub flash: Flash,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(query): Query<ListQuery>,
) -> WebResult {
    let state = state_filter(query.state.as_deref()).map_err(ServiceError::from)?;
    let paging =
        Paging::parse(query.page.as_deref(), None, PER_PAGE).map_err(ServiceError::from)?;
    let q = query.q.clone().unwrap_or_default();
    let (machines, total) = app
        .store
        .machines(state, Some(&q), paging.per_page, paging.offset())
        .await?;
    let profiles = app.store.profile_names().await?;
    let state_text = state.map(|s| s.as_str()).unwrap_or("").to_string();
    let filter_query = format!(
        "q={}&state={}",
        super::query_encode(&q),
        super::query_encode(&state_text)
    );
    Ok(render(&MachinesPage {
        frame: Frame::new(&who, "machines", &query.flash),
        rows: machines.into_iter().map(MachineRow::from).collect(),
        total,
        page: paging.page,
        pages: paging.pages(total),
        q,
        state: state_text,
        states: MachineState::ALL.iter().map(|s| s.as_str()).collect(),
        profiles,
        filter_query,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    /// One per checked row.
    pub mac: Vec<String>,
    /// `assign_profile`, `reinstall`, `delete`, `ignore` or `unignore`.
    pub action: String,
    pub profile: Option<String>,
    /// Where to go back to (the list with its filters).
    pub back: String,
}

fn back_to(back: &str) -> &str {
    if back.starts_with("/machines") || back.starts_with("/discovered") {
        back
    } else {
        "/machines"
    }
}

pub async fn bulk(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<BulkForm>,
) -> WebResult {
    let back = back_to(&form.back);
    let action = match form.action.as_str() {
        "assign_profile" => BulkAction::AssignProfile,
        "reinstall" => BulkAction::Reinstall,
        "delete" => BulkAction::Delete,
        "ignore" => BulkAction::Ignore,
        "unignore" => BulkAction::Unignore,
        _ => return Ok(see_other_problem(back, "choose an action")),
    };
    let req = BulkRequest {
        action,
        macs: form.mac,
        profile: form.profile,
        state: None,
    };
    match apply_bulk(&app.store, &who.name, &req).await {
        Ok(out) => Ok(see_other(
            back,
            &format!(
                "{} of {} selected machine(s) changed",
                out.changed, out.requested
            ),
        )),
        Err(ServiceError::Invalid { message, .. }) => Ok(see_other_problem(back, &message)),
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ImportForm {
    pub csv: String,
}

pub async fn import(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Form(form): Form<ImportForm>,
) -> WebResult {
    match import_rows(&app.store, &who.name, &form.csv).await {
        Ok(out) => Ok(see_other(
            "/machines",
            &format!("imported: {} created, {} updated", out.created, out.updated),
        )),
        Err(e @ (ServiceError::Invalid { .. } | ServiceError::BadRequest(_))) => {
            Ok(see_other_problem("/machines", &e.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "machine_new.html")]
pub struct NewMachinePage {
    pub frame: Frame,
    pub input: MachineInput,
    pub profiles: Vec<String>,
    pub states: Vec<&'static str>,
    pub errors: Vec<FieldError>,
    pub variables_text: String,
}

impl NewMachinePage {
    pub fn error(&self, field: &str) -> Option<&str> {
        message_for(&self.errors, field)
    }
    pub fn chosen_profile(&self) -> &str {
        self.input.profile.as_deref().unwrap_or("")
    }
    pub fn chosen_state(&self) -> &str {
        self.input.state.as_deref().unwrap_or("")
    }
}

pub async fn new_form(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> WebResult {
    let page = new_machine_page(
        &app,
        &who,
        MachineInput::default(),
        String::new(),
        Vec::new(),
    )
    .await?;
    Ok(render(&page))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MachineForm {
    pub mac: String,
    pub hostname: String,
    pub profile: String,
    pub state: String,
    pub variables: String,
}

impl MachineForm {
    pub fn to_input(&self) -> MachineInput {
        MachineInput {
            mac: self.mac.clone(),
            hostname: self.hostname.clone(),
            profile: Some(self.profile.clone()),
            state: Some(self.state.clone()),
            variables: Some(serde_json::Value::String(self.variables.clone())),
        }
    }
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Form(form): Form<MachineForm>,
) -> WebResult {
    let input = form.to_input();
    // Validated here first so every field's problem is shown at once.
    let outcome = match input.validate() {
        Ok(_) => crate::service::machines::create(&app.store, &who.name, &input).await,
        Err(errors) => {
            return redisplay(&app, &who, input, form.variables, errors).await;
        }
    };
    match outcome {
        Ok(m) => Ok(see_other(
            &format!("/machines/{}", m.mac),
            "machine registered",
        )),
        Err(ServiceError::Invalid { field, message }) => {
            let field = match field.as_deref() {
                Some("profile") => "profile",
                _ => "mac",
            };
            let errors = vec![FieldError::new(field, message)];
            redisplay(&app, &who, input, form.variables, errors).await
        }
        Err(ServiceError::Conflict(message)) => {
            let errors = vec![FieldError::new("mac", message)];
            redisplay(&app, &who, input, form.variables, errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The registration form, empty or filled with what was sent.
async fn new_machine_page(
    app: &AppState,
    who: &Principal,
    input: MachineInput,
    variables_text: String,
    errors: Vec<FieldError>,
) -> Result<NewMachinePage, crate::store::StoreError> {
    Ok(NewMachinePage {
        frame: Frame::new(who, "machines", &Flash::default()),
        input,
        profiles: app.store.profile_names().await?,
        states: MachineState::ALL.iter().map(|s| s.as_str()).collect(),
        errors,
        variables_text,
    })
}

/// The form again, with the errors next to their fields.
async fn redisplay(
    app: &AppState,
    who: &Principal,
    input: MachineInput,
    variables_text: String,
    errors: Vec<FieldError>,
) -> WebResult {
    let page = new_machine_page(app, who, input, variables_text, errors).await?;
    Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}
