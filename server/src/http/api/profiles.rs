//! `/api/v1/profiles…`: what a machine boots ([`crate::service::profiles`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};

use super::{ApiError, ApiJson};
use crate::service::input::ProfileInput;
use crate::service::profiles::{self as service, ProfileWithUsage};
use crate::service::Principal;
use crate::state::AppState;
use crate::store::Profile;

/// List profiles with how many machines use each.
#[utoipa::path(get, path = "/api/v1/profiles", tag = "profiles",
    responses((status = 200, description = "Every profile with the number of machines using it",
        body = Vec<ProfileWithUsage>)))]
pub async fn list(State(app): State<AppState>) -> Result<Json<Vec<ProfileWithUsage>>, ApiError> {
    Ok(Json(service::profiles_with_usage(&app.store).await?))
}

/// Create a profile.
#[utoipa::path(post, path = "/api/v1/profiles", tag = "profiles", request_body = ProfileInput,
    responses((status = 201, description = "Created", body = Profile),
        (status = 409, description = "A profile of that name exists", body = super::ErrorBody),
        (status = 422, description = "A field is invalid", body = super::ErrorBody)))]
pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(input): ApiJson<ProfileInput>,
) -> Result<(StatusCode, Json<Profile>), ApiError> {
    let profile = service::create(&app.store, &who.name, &input).await?;
    Ok((StatusCode::CREATED, Json(profile)))
}

/// One profile.
#[utoipa::path(get, path = "/api/v1/profiles/{name}", tag = "profiles",
    params(("name" = String, Path, description = "The profile's name")),
    responses((status = 200, description = "The profile", body = Profile),
        (status = 404, description = "No such profile", body = super::ErrorBody)))]
pub async fn show(
    State(app): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<Profile>, ApiError> {
    Ok(Json(service::get(&app.store, &name).await?))
}

/// Replace a profile.
#[utoipa::path(put, path = "/api/v1/profiles/{name}", tag = "profiles",
    params(("name" = String, Path, description = "The profile's name")),
    request_body = ProfileInput,
    responses((status = 200, description = "Replaced", body = Profile),
        (status = 404, description = "No such profile", body = super::ErrorBody),
        (status = 422, description = "A field is invalid", body = super::ErrorBody)))]
pub async fn replace(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    ApiJson(input): ApiJson<ProfileInput>,
) -> Result<Json<Profile>, ApiError> {
    Ok(Json(
        service::replace(&app.store, &who.name, &name, input).await?,
    ))
}

/// Delete a profile no machine uses.
#[utoipa::path(delete, path = "/api/v1/profiles/{name}", tag = "profiles",
    params(("name" = String, Path, description = "The profile's name")),
    responses((status = 204, description = "Deleted"),
        (status = 404, description = "No such profile", body = super::ErrorBody),
        (status = 409, description = "Machines still use it", body = super::ErrorBody)))]
pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    service::delete_profile(&app.store, &who.name, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}
