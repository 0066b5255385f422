//! Discovered machines: booted but not registered. Approve one (name + profile) or many
//! (select, pick a profile), or ignore them: ignored machines are kept, hidden from this
//! list (the "ignored" filter shows them) until un-ignored. Searchable and paged.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::{Extension, Form};
use serde::Deserialize;

use super::machines::MachineRow;
use super::{query_encode, render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::service::machines::{self as service, mac_param as path_mac};
use crate::service::Principal;
use crate::service::{Paging, ServiceError};
use crate::state::AppState;
use crate::store::MachineState;

const PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "discovered.html")]
pub struct DiscoveredPage {
    pub frame: Frame,
    pub rows: Vec<MachineRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub profiles: Vec<String>,
    pub q: String,
    /// Showing ignored machines instead of waiting ones.
    pub ignored: bool,
    /// Query string (without page) for the pager and for coming back after an action.
    pub filter_query: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DiscoveredQuery {
    pub q: Option<String>,
    /// `ignored` shows the ignored machines.
    pub show: Option<String>,
    pub page: Option<String>,
    #[serde(flatten)]
    pub flash: Flash,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(query): Query<DiscoveredQuery>,
) -> WebResult {
    let paging =
        Paging::parse(query.page.as_deref(), None, PER_PAGE).map_err(ServiceError::from)?;
    let ignored = query.show.as_deref() == Some("ignored");
    let state = if ignored {
        MachineState::Ignored
    } else {
        MachineState::Discovered
    };
    let q = query.q.clone().unwrap_or_default();
    let (machines, total) = app
        .store
        .machines(Some(state), Some(&q), paging.per_page, paging.offset())
        .await?;
    let profiles = app.store.profile_names().await?;
    Ok(render(&DiscoveredPage {
        frame: Frame::new(&who, "discovered", &query.flash),
        rows: machines.into_iter().map(MachineRow::from).collect(),
        total,
        page: paging.page,
        pages: paging.pages(total),
        profiles,
        filter_query: format!(
            "q={}&show={}",
            query_encode(&q),
            if ignored { "ignored" } else { "" }
        ),
        q,
        ignored,
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
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
    Form(form): Form<ApproveForm>,
) -> WebResult {
    let mac = path_mac(&mac)?;
    let profile = form.profile.trim();
    match service::approve(&app.store, &who.name, mac, &form.hostname, profile).await {
        Ok(()) => {}
        Err(ServiceError::Invalid { message, .. }) => {
            return Ok(see_other_problem("/discovered", &message))
        }
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(
        "/discovered",
        &format!("{mac} approved with profile {profile}"),
    ))
}

async fn set_ignored(app: &AppState, who: &Principal, mac: &str, ignored: bool) -> WebResult {
    let mac = path_mac(mac)?;
    let changed = service::set_ignored(&app.store, &who.name, &[mac], ignored).await?;
    Ok(match (changed, ignored) {
        (0, true) => see_other_problem("/discovered", &format!("{mac} is not discovered")),
        (0, false) => {
            see_other_problem("/discovered?show=ignored", &format!("{mac} is not ignored"))
        }
        (_, true) => see_other(
            "/discovered",
            &format!("{mac} ignored: kept, but no longer listed here"),
        ),
        (_, false) => see_other(
            "/discovered?show=ignored",
            &format!("{mac} is discovered again"),
        ),
    })
}

pub async fn ignore(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> WebResult {
    set_ignored(&app, &who, &mac, true).await
}

pub async fn unignore(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(mac): Path<String>,
) -> WebResult {
    set_ignored(&app, &who, &mac, false).await
}
