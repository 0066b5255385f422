//! Discovered machines: booted but not registered. Approve (name + profile) or forget.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::{Extension, Form};
use serde::Deserialize;

use super::machines::MachineRow;
use super::{render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::app::AppState;
use crate::http::api::input::check_hostname;
use crate::http::api::machines::{ensure_profile, path_mac};
use crate::http::api::{ApiError, Paging};
use crate::http::auth::Principal;
use crate::store::{MachineSpec, MachineState};

#[derive(Template)]
#[template(path = "discovered.html")]
pub struct DiscoveredPage {
    pub frame: Frame,
    pub rows: Vec<MachineRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub profiles: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DiscoveredQuery {
    pub page: Option<String>,
    #[serde(flatten)]
    pub flash: Flash,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(q): Query<DiscoveredQuery>,
) -> WebResult {
    let paging = Paging::parse(q.page.as_deref(), None, 50).map_err(ApiError::from)?;
    let (machines, total) = app
        .store
        .machines(
            Some(MachineState::Discovered),
            None,
            paging.per_page,
            paging.offset(),
        )
        .await?;
    let profiles = app.store.profile_names().await?;
    Ok(render(&DiscoveredPage {
        frame: Frame::new(&who, "discovered", &q.flash),
        rows: machines.into_iter().map(MachineRow::from).collect(),
        total,
        page: paging.page,
        pages: paging.pages(total),
        profiles,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ApproveForm {
    pub hostname: String,
    pub profile: String,
}

/// Approving = naming the machine and giving it a profile; it boots that profile next time.
pub async fn approve(
    State(app): State<AppState>,
    Path(mac): Path<String>,
    Form(form): Form<ApproveForm>,
) -> WebResult {
    let mac = path_mac(&mac)?;
    let hostname = form.hostname.trim().to_ascii_lowercase();
    if let Err(m) = check_hostname(&hostname) {
        return Ok(see_other_problem("/discovered", &m));
    }
    let profile = form.profile.trim();
    if profile.is_empty() {
        return Ok(see_other_problem(
            "/discovered",
            &format!("choose a profile to approve {mac}"),
        ));
    }
    if let Err(ApiError::Invalid { message, .. }) = ensure_profile(&app.store, Some(profile)).await
    {
        return Ok(see_other_problem("/discovered", &message));
    }
    let current = app
        .store
        .machine(mac)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("machine {mac} not found")))?;
    let spec = MachineSpec {
        hostname,
        profile: Some(profile.to_string()),
        state: Some(MachineState::Ready),
        variables: current.variables,
    };
    app.store.update_machine(mac, &spec).await?;
    Ok(see_other(
        "/discovered",
        &format!("{mac} approved with profile {profile}"),
    ))
}
