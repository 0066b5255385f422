//! `/api/v1/users…`: local users. Admins list, add, remove users and set their role or
//! password; every logged-in user changes their own password (with the current one) at
//! `/api/v1/users/me/password`. The last admin can be neither removed nor demoted.
//!
//! Password rules and hashing are `http::auth`'s (`add_user`, `check_new_password`,
//! `hash_password`), called from here rather than repeated.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::{Extension, Json};
use axum_extra::extract::cookie::CookieJar;
use serde::{Deserialize, Serialize};

use super::input::FieldError;
use super::{ApiError, ApiJson};
use crate::http::auth::{self, AuthError, Principal};
use crate::state::AppState;
use crate::store::{NewAudit, Scope, Store, StoreError, User};

/// A user as the API shows it (never the password hash).
#[derive(Debug, Serialize)]
pub struct UserView {
    pub id: i64,
    pub name: String,
    /// `admin` or `read`.
    pub role: &'static str,
    pub created_at: i64,
}

impl From<User> for UserView {
    fn from(u: User) -> Self {
        UserView {
            id: u.id,
            role: u.scope().as_str(),
            name: u.name,
            created_at: u.created_at,
        }
    }
}

fn require_admin(who: &Principal) -> Result<(), ApiError> {
    if who.can_write() {
        Ok(())
    } else {
        Err(ApiError::Forbidden(
            "managing users needs an admin user or an admin-scope token".into(),
        ))
    }
}

pub fn parse_role(raw: &str) -> Result<bool, FieldError> {
    match raw.trim() {
        "" | "read" | "read-only" => Ok(false),
        other => other
            .parse::<Scope>()
            .map(|s| s == Scope::Admin)
            .map_err(|m| FieldError::new("role", m)),
    }
}

/// The last-admin guard comes back from the store as `Invalid`; it is a conflict with the
/// current state, not a bad value.
fn last_admin_is_conflict(e: StoreError) -> ApiError {
    match e {
        StoreError::Invalid(m) => ApiError::Conflict(m),
        other => other.into(),
    }
}

fn auth_error(e: AuthError, field: &'static str) -> ApiError {
    match e {
        AuthError::Bootstrap(m) => FieldError::new(field, m).into(),
        AuthError::Store(s) => s.into(),
        AuthError::Hash(m) => ApiError::Internal(m),
    }
}

async fn existing(store: &Store, name: &str) -> Result<User, ApiError> {
    store
        .user(name)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("user {name:?} not found")))
}

/// Add a user in `actor`'s name. The entry is written right after `auth::add_user`'s own
/// insert (which is not ours to put in a transaction); the user exists when it is written.
pub async fn add(
    store: &Store,
    actor: &str,
    name: &str,
    password: &str,
    role: &str,
) -> Result<User, ApiError> {
    let is_admin = parse_role(role)?;
    auth::check_new_password(password).map_err(|e| auth_error(e, "password"))?;
    auth::add_user(store, name, password, is_admin)
        .await
        .map_err(|e| auth_error(e, "name"))?;
    let user = existing(store, name.trim()).await?;
    let summary = format!("added, role {}", user.scope().as_str());
    store
        .operator(actor)
        .note(NewAudit::new("create", "user", &user.name, summary))
        .await?;
    Ok(user)
}

/// Remove a user (their sessions end). Nobody removes themselves: another admin does.
pub async fn remove(store: &Store, who: &Principal, name: &str) -> Result<(), ApiError> {
    if who.name == name {
        return Err(ApiError::Conflict(
            "you cannot remove yourself; another admin can".into(),
        ));
    }
    existing(store, name).await?;
    store
        .operator(&who.name)
        .delete_user(name)
        .await
        .map_err(last_admin_is_conflict)
}

pub async fn set_role(
    store: &Store,
    actor: &str,
    name: &str,
    role: &str,
) -> Result<User, ApiError> {
    let is_admin = parse_role(role)?;
    existing(store, name).await?;
    store
        .operator(actor)
        .set_user_role(name, is_admin)
        .await
        .map_err(last_admin_is_conflict)
}

/// An admin sets someone's password; all that user's sessions end.
pub async fn reset_password(
    store: &Store,
    actor: &str,
    name: &str,
    password: &str,
) -> Result<(), ApiError> {
    existing(store, name).await?;
    auth::check_new_password(password).map_err(|e| auth_error(e, "password"))?;
    let hash = auth::hash_password(password).map_err(|e| auth_error(e, "password"))?;
    Ok(store
        .operator(actor)
        .set_user_password(name, &hash, None)
        .await?)
}

/// The logged-in user changes their own password, proving the current one. Their other
/// sessions end; `session_hash` (the one asking) stays.
pub async fn change_own_password(
    store: &Store,
    who: &Principal,
    session_hash: Option<&str>,
    current: &str,
    new: &str,
) -> Result<(), ApiError> {
    if who.csrf_token.is_none() {
        return Err(ApiError::Conflict(
            "API tokens have no password; log in as a user to change one".into(),
        ));
    }
    let (_, phc) = store
        .user_credentials(&who.name)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("user {:?} not found", who.name)))?;
    if !auth::verify_password(current, &phc) {
        return Err(FieldError::new("current_password", "the current password is wrong").into());
    }
    if current == new {
        return Err(FieldError::new(
            "new_password",
            "the new password must differ from the current one",
        )
        .into());
    }
    auth::check_new_password(new).map_err(|e| auth_error(e, "new_password"))?;
    let hash = auth::hash_password(new).map_err(|e| auth_error(e, "new_password"))?;
    Ok(store
        .operator(&who.name)
        .set_user_password(&who.name, &hash, session_hash)
        .await?)
}

/// The hash of the session cookie on this request, if any.
pub fn session_hash(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(auth::SESSION_COOKIE)
        .map(|c| auth::hash_token(c.value()))
}

// ---- handlers ---------------------------------------------------------------------------

pub async fn list(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> Result<Json<Vec<UserView>>, ApiError> {
    require_admin(&who)?;
    Ok(Json(
        app.store
            .users()
            .await?
            .into_iter()
            .map(UserView::from)
            .collect(),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewUser {
    pub name: String,
    pub password: String,
    /// `admin` or `read` (the default).
    pub role: String,
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<NewUser>,
) -> Result<(StatusCode, Json<UserView>), ApiError> {
    require_admin(&who)?;
    let user = add(&app.store, &who.name, &req.name, &req.password, &req.role).await?;
    Ok((StatusCode::CREATED, Json(user.into())))
}

pub async fn show(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<Json<UserView>, ApiError> {
    if who.name != name {
        require_admin(&who)?;
    }
    Ok(Json(existing(&app.store, &name).await?.into()))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UserChanges {
    pub role: Option<String>,
    pub password: Option<String>,
}

/// PATCH: an admin sets `role` and/or `password`.
pub async fn patch(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    ApiJson(changes): ApiJson<UserChanges>,
) -> Result<Json<UserView>, ApiError> {
    require_admin(&who)?;
    if changes.role.is_none() && changes.password.is_none() {
        return Err(ApiError::BadRequest(
            "nothing to change: send role and/or password".into(),
        ));
    }
    if let Some(role) = &changes.role {
        set_role(&app.store, &who.name, &name, role).await?;
    }
    if let Some(password) = &changes.password {
        reset_password(&app.store, &who.name, &name, password).await?;
    }
    Ok(Json(existing(&app.store, &name).await?.into()))
}

pub async fn remove_handler(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> Result<StatusCode, ApiError> {
    require_admin(&who)?;
    remove(&app.store, &who, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize)]
pub struct Me {
    pub name: String,
    /// `admin` or `read`.
    pub role: &'static str,
    /// `user` (a session) or `token`.
    pub kind: &'static str,
}

pub async fn me(Extension(who): Extension<Principal>) -> Json<Me> {
    Json(Me {
        role: who.scope.as_str(),
        kind: if who.csrf_token.is_some() {
            "user"
        } else {
            "token"
        },
        name: who.name,
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

pub async fn change_password(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let session = session_hash(&headers);
    change_own_password(
        &app.store,
        &who,
        session.as_deref(),
        &req.current_password,
        &req.new_password,
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_admin_or_read_and_read_is_the_default() {
        assert_eq!(parse_role("admin"), Ok(true));
        assert_eq!(parse_role(" read "), Ok(false));
        assert_eq!(parse_role("read-only"), Ok(false));
        assert_eq!(parse_role(""), Ok(false));
        assert_eq!(parse_role("root").unwrap_err().field, "role");
    }
}
