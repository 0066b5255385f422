//! Local users: adding (CLI, bootstrap, API, dashboard), removing, roles, passwords. The last
//! admin can be neither removed nor demoted (the store refuses; here it is a conflict).
//!
//! Environment read by [`bootstrap`] at start-up (not by the config loader):
//! - `BOOTFORGE_ADMIN_USER` + `BOOTFORGE_ADMIN_PASSWORD`: create this admin when no user
//!   exists yet. There is no default password.
//! - `BOOTFORGE_BOOTSTRAP_TOKEN` (at least 32 characters): create an admin-scope API token
//!   named `bootstrap` with this value unless one of that name exists.

use serde::Serialize;

use super::credentials::{self, AuthError};
use super::input::FieldError;
use super::{Principal, ServiceError};
use crate::store::{NewAudit, Scope, Store, StoreError, User};

/// Name of the API token created from `BOOTFORGE_BOOTSTRAP_TOKEN`.
pub const BOOTSTRAP_TOKEN_NAME: &str = "bootstrap";
const MIN_BOOTSTRAP_TOKEN_LEN: usize = 32;

/// A user as the API shows it (never the password hash).
#[derive(Debug, Serialize, utoipa::ToSchema)]
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

pub fn require_admin(who: &Principal) -> Result<(), ServiceError> {
    if who.can_write() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden(
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
fn last_admin_is_conflict(e: StoreError) -> ServiceError {
    match e {
        StoreError::Invalid(m) => ServiceError::Conflict(m),
        other => other.into(),
    }
}

fn auth_error(e: AuthError, field: &'static str) -> ServiceError {
    match e {
        AuthError::Bootstrap(m) => FieldError::new(field, m).into(),
        AuthError::Store(s) => s.into(),
        AuthError::Hash(m) => ServiceError::Internal(m),
    }
}

async fn existing(store: &Store, name: &str) -> Result<User, ServiceError> {
    store
        .user(name)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("user {name:?} not found")))
}

/// Add a user in `actor`'s name. The entry is written right after `credentials::add_user`'s own
/// insert (which is not ours to put in a transaction); the user exists when it is written.
pub async fn add(
    store: &Store,
    actor: &str,
    name: &str,
    password: &str,
    role: &str,
) -> Result<User, ServiceError> {
    let is_admin = parse_role(role)?;
    credentials::check_new_password(password).map_err(|e| auth_error(e, "password"))?;
    add_user(store, name, password, is_admin)
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
pub async fn remove(store: &Store, who: &Principal, name: &str) -> Result<(), ServiceError> {
    if who.name == name {
        return Err(ServiceError::Conflict(
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
) -> Result<User, ServiceError> {
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
) -> Result<(), ServiceError> {
    existing(store, name).await?;
    credentials::check_new_password(password).map_err(|e| auth_error(e, "password"))?;
    let hash = credentials::hash_password(password).map_err(|e| auth_error(e, "password"))?;
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
) -> Result<(), ServiceError> {
    if who.csrf_token.is_none() {
        return Err(ServiceError::Conflict(
            "API tokens have no password; log in as a user to change one".into(),
        ));
    }
    let (_, phc) = store
        .user_credentials(&who.name)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("user {:?} not found", who.name)))?;
    if !credentials::verify_password(current, &phc) {
        return Err(FieldError::new("current_password", "the current password is wrong").into());
    }
    if current == new {
        return Err(FieldError::new(
            "new_password",
            "the new password must differ from the current one",
        )
        .into());
    }
    credentials::check_new_password(new).map_err(|e| auth_error(e, "new_password"))?;
    let hash = credentials::hash_password(new).map_err(|e| auth_error(e, "new_password"))?;
    Ok(store
        .operator(&who.name)
        .set_user_password(&who.name, &hash, session_hash)
        .await?)
}

/// Add a local user (CLI `user add` and first-start bootstrap).
pub async fn add_user(
    store: &Store,
    name: &str,
    password: &str,
    is_admin: bool,
) -> Result<(), AuthError> {
    let name = name.trim();
    if name.is_empty() || name.len() > 64 || name.chars().any(|c| c.is_whitespace()) {
        return Err(AuthError::Bootstrap(
            "user names are 1-64 characters without spaces".into(),
        ));
    }
    credentials::check_new_password(password)?;
    store
        .create_user(name, &credentials::hash_password(password)?, is_admin)
        .await?;
    Ok(())
}

/// Create the first admin and the automation token from the environment; see module docs.
pub async fn bootstrap(store: &Store) -> Result<(), AuthError> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (env("BOOTFORGE_ADMIN_USER"), env("BOOTFORGE_ADMIN_PASSWORD")) {
        (Some(user), Some(password)) => {
            if store.user_count().await? == 0 {
                add_user(store, &user, &password, true).await?;
                tracing::info!(user = %user, "created the first admin from BOOTFORGE_ADMIN_USER");
            }
        }
        (None, None) => {}
        _ => {
            return Err(AuthError::Bootstrap(
                "set both BOOTFORGE_ADMIN_USER and BOOTFORGE_ADMIN_PASSWORD, or neither".into(),
            ))
        }
    }
    if let Some(token) = env("BOOTFORGE_BOOTSTRAP_TOKEN") {
        if token.len() < MIN_BOOTSTRAP_TOKEN_LEN {
            return Err(AuthError::Bootstrap(format!(
                "BOOTFORGE_BOOTSTRAP_TOKEN must be at least {MIN_BOOTSTRAP_TOKEN_LEN} characters"
            )));
        }
        if store.token_named(BOOTSTRAP_TOKEN_NAME).await?.is_none() {
            store
                .create_token(
                    BOOTSTRAP_TOKEN_NAME,
                    &credentials::hash_token(&token),
                    Scope::Admin,
                    "environment",
                )
                .await?;
            tracing::info!("created the bootstrap API token from BOOTFORGE_BOOTSTRAP_TOKEN");
        }
    }
    if store.user_count().await? == 0 {
        tracing::warn!(
            "no users yet: create one with `bootforge user add NAME --admin` \
             or BOOTFORGE_ADMIN_USER/BOOTFORGE_ADMIN_PASSWORD"
        );
    }
    Ok(())
}

/// Every user, for admins.
pub async fn list(store: &Store, who: &Principal) -> Result<Vec<UserView>, ServiceError> {
    require_admin(who)?;
    Ok(store
        .users()
        .await?
        .into_iter()
        .map(UserView::from)
        .collect())
}

/// One user: admins see anyone, others themselves.
pub async fn show(store: &Store, who: &Principal, name: &str) -> Result<UserView, ServiceError> {
    if who.name != name {
        require_admin(who)?;
    }
    Ok(existing(store, name).await?.into())
}

/// An admin sets `role` and/or `password` of `name`.
pub async fn change(
    store: &Store,
    who: &Principal,
    name: &str,
    role: Option<&str>,
    password: Option<&str>,
) -> Result<UserView, ServiceError> {
    require_admin(who)?;
    if role.is_none() && password.is_none() {
        return Err(ServiceError::BadRequest(
            "nothing to change: send role and/or password".into(),
        ));
    }
    if let Some(role) = role {
        set_role(store, &who.name, name, role).await?;
    }
    if let Some(password) = password {
        reset_password(store, &who.name, name, password).await?;
    }
    Ok(existing(store, name).await?.into())
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    pub name: String,
    /// `admin` or `read`.
    pub role: &'static str,
    /// `user` (a session) or `token`.
    pub kind: &'static str,
}

pub fn me(who: &Principal) -> Me {
    Me {
        role: who.scope.as_str(),
        kind: if who.csrf_token.is_some() {
            "user"
        } else {
            "token"
        },
        name: who.name.clone(),
    }
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
