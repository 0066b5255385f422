//! `/api/v1/users…`: local users ([`crate::service::users`]). Admins list, add, remove users
//! and set their role or password; every logged-in user changes their own password (with
//! the current one) at `/api/v1/users/me/password`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::{Extension, Json};
use serde::Deserialize;

use super::{ApiError, ApiJson};
use crate::http::auth::session_hash;
use crate::service::users::{self as service, Me, UserView};
use crate::service::Principal;
use crate::state::AppState;

/// List users (admin).
#[utoipa::path(get, path = "/api/v1/users", tag = "users",
    responses((status = 200, description = "Every user (admins only)", body = Vec<UserView>),
        (status = 403, description = "Not an admin", body = super::ErrorBody)))]
pub async fn list(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> Result<Json<Vec<UserView>>, ApiError> {
    Ok(Json(service::list(&app.store, &who).await?))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct NewUser {
    pub name: String,
    pub password: String,
    /// `admin` or `read` (the default).
    pub role: String,
}

/// Add a user (admin).
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = NewUser,
    responses((status = 201, description = "Created", body = UserView),
        (status = 403, description = "Not an admin", body = super::ErrorBody),
        (status = 409, description = "A user of that name exists", body = super::ErrorBody),
        (status = 422, description = "A bad name, password or role", body = super::ErrorBody)))]
pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<NewUser>,
) -> Result<(StatusCode, Json<UserView>), ApiError> {
    service::require_admin(&who)?;
    let user = service::add(&app.store, &who.name, &req.name, &req.password, &req.role).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

/// One user (admin, or the user themselves).
#[utoipa::path(get, path = "/api/v1/users/{name}", tag = "users",
    params(("name" = String, Path, description = "The user's name")),
    responses((status = 200, description = "The user", body = UserView),
        (status = 403, description = "Someone else, and not an admin", body = super::ErrorBody),
        (status = 404, description = "No such user", body = super::ErrorBody)))]
pub async fn show(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<Json<UserView>, ApiError> {
    Ok(Json(service::show(&app.store, &who, &name).await?))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default, deny_unknown_fields)]
pub struct UserChanges {
    /// `admin` or `read`.
    pub role: Option<String>,
    pub password: Option<String>,
}

/// PATCH: an admin sets `role` and/or `password`.
#[utoipa::path(patch, path = "/api/v1/users/{name}", tag = "users",
    params(("name" = String, Path, description = "The user's name")),
    request_body = UserChanges,
    responses((status = 200, description = "Changed", body = UserView),
        (status = 400, description = "Nothing to change", body = super::ErrorBody),
        (status = 403, description = "Not an admin", body = super::ErrorBody),
        (status = 404, description = "No such user", body = super::ErrorBody),
        (status = 409, description = "It would demote the last admin", body = super::ErrorBody),
        (status = 422, description = "A bad role or password", body = super::ErrorBody)))]
pub async fn patch(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    ApiJson(changes): ApiJson<UserChanges>,
) -> Result<Json<UserView>, ApiError> {
    let user = service::change(
        &app.store,
        &who,
        &name,
        changes.role.as_deref(),
        changes.password.as_deref(),
    )
    .await?;
    Ok(Json(user))
}

/// Remove a user (admin); their sessions end. Removing yourself or the last admin is a 409..
#[utoipa::path(delete, path = "/api/v1/users/{name}", tag = "users",
    params(("name" = String, Path, description = "The user's name")),
    responses((status = 204, description = "Deleted; their sessions end"),
        (status = 403, description = "Not an admin", body = super::ErrorBody),
        (status = 404, description = "No such user", body = super::ErrorBody),
        (status = 409, description = "Yourself, or the last admin", body = super::ErrorBody)))]
pub async fn remove_handler(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    service::require_admin(&who)?;
    service::remove(&app.store, &who, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who is asking.
#[utoipa::path(get, path = "/api/v1/users/me", tag = "users",
    responses((status = 200, description = "Who is asking", body = Me)))]
pub async fn me(Extension(who): Extension<Principal>) -> Json<Me> {
    Json(service::me(&who))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Change your own password (any logged-in user, read-only ones too; sessions send X-CSRF-Token). Your other sessions end..
#[utoipa::path(post, path = "/api/v1/users/me/password", tag = "users",
    request_body = PasswordChange,
    responses((status = 204, description = "Changed; the user's other sessions end"),
        (status = 409, description = "A token has no password", body = super::ErrorBody),
        (status = 422, description = "Wrong current password or a bad new one", body = super::ErrorBody)))]
pub async fn change_password(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let session = session_hash(&headers);
    service::change_own_password(
        &app.store,
        &who,
        session.as_deref(),
        &req.current_password,
        &req.new_password,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
