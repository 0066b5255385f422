//! `/api/v1/profiles…`: what a machine boots.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::Serialize;

use super::input::ProfileInput;
use super::{ApiError, ApiJson};
use crate::http::auth::Principal;
use crate::state::AppState;
use crate::store::{Profile, Store};

#[derive(Debug, Serialize)]
pub struct ProfileWithUsage {
    #[serde(flatten)]
    pub profile: Profile,
    /// Machines assigned this profile.
    pub machines: i64,
}

pub async fn profiles_with_usage(store: &Store) -> Result<Vec<ProfileWithUsage>, ApiError> {
    let usage = store.profile_usage().await?;
    Ok(store
        .profiles()
        .await?
        .into_iter()
        .map(|p| {
            let machines = usage
                .iter()
                .find(|(name, _)| *name == p.name)
                .map(|(_, n)| *n)
                .unwrap_or(0);
            ProfileWithUsage {
                profile: p,
                machines,
            }
        })
        .collect())
}

pub async fn list(State(app): State<AppState>) -> Result<Json<Vec<ProfileWithUsage>>, ApiError> {
    Ok(Json(profiles_with_usage(&app.store).await?))
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(input): ApiJson<ProfileInput>,
) -> Result<(StatusCode, Json<Profile>), ApiError> {
    let profile = input.validate()?;
    app.store
        .operator(&who.name)
        .create_profile(&profile)
        .await?;
    Ok((StatusCode::CREATED, Json(profile)))
}

pub async fn show(
    State(app): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<Profile>, ApiError> {
    app.store
        .profile(&name)
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::NotFound(format!("profile {name:?} not found")))
}

pub async fn replace(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    ApiJson(mut input): ApiJson<ProfileInput>,
) -> Result<Json<Profile>, ApiError> {
    input.name = name;
    let profile = input.validate()?;
    app.store
        .operator(&who.name)
        .update_profile(&profile)
        .await?;
    Ok(Json(profile))
}

/// Deleting a profile machines still use is a conflict: reassign them first.
pub async fn delete_profile(store: &Store, actor: &str, name: &str) -> Result<(), ApiError> {
    let users = store
        .profile_usage()
        .await?
        .into_iter()
        .find(|(p, _)| p == name)
        .map(|(_, n)| n)
        .unwrap_or(0);
    if users > 0 {
        return Err(ApiError::Conflict(format!(
            "profile {name:?} is used by {users} machine(s); reassign them first"
        )));
    }
    store
        .operator(actor)
        .delete_profile(name)
        .await
        .map_err(|e| match e {
            // A machine took the profile between the check and the delete.
            crate::store::StoreError::Invalid(m) => ApiError::Conflict(m),
            other => other.into(),
        })
}

pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    delete_profile(&app.store, &who.name, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}
