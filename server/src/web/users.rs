//! Users (admins): add, remove, make admin or read-only, set a password. Account (everyone):
//! change your own password. The rules are `service::users`'s, shared with the API.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::{Extension, Form};
use serde::Deserialize;

use super::{format_ms, render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::http::auth::session_hash;
use crate::service::users::{add, change_own_password, remove, reset_password};
use crate::service::Principal;
use crate::service::ServiceError;
use crate::state::AppState;

pub struct UserRow {
    pub name: String,
    /// The name percent-encoded for a URL path (names may hold `/`, `?`, `#`).
    pub path: String,
    pub role: &'static str,
    pub created: String,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "users.html")]
pub struct UsersPage {
    pub frame: Frame,
    pub users: Vec<UserRow>,
    pub form_name: String,
    pub form_role: String,
    pub form_error: Option<String>,
}

fn admins_only(who: &Principal) -> Result<(), ServiceError> {
    if who.can_write() {
        Ok(())
    } else {
        Err(ServiceError::Forbidden(
            "managing users needs an admin; change your own password under Account".into(),
        ))
    }
}

async fn users_page(
    app: &AppState,
    who: &Principal,
    flash: &Flash,
    form: Option<(&NewUserForm, String)>,
) -> Result<UsersPage, ServiceError> {
    let users = app
        .store
        .users()
        .await?
        .into_iter()
        .map(|u| UserRow {
            is_me: u.name == who.name,
            path: super::query_encode(&u.name),
            role: u.scope().as_str(),
            created: format_ms(u.created_at),
            name: u.name,
        })
        .collect();
    let (form_name, form_role, form_error) = match form {
        Some((f, e)) => (f.name.clone(), f.role.clone(), Some(e)),
        None => (String::new(), "read".into(), None),
    };
    Ok(UsersPage {
        frame: Frame::new(who, "users", flash),
        users,
        form_name,
        form_role,
        form_error,
    })
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(flash): Query<Flash>,
) -> WebResult {
    admins_only(&who)?;
    Ok(render(&users_page(&app, &who, &flash, None).await?))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewUserForm {
    pub name: String,
    pub password: String,
    pub role: String,
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Form(form): Form<NewUserForm>,
) -> WebResult {
    admins_only(&who)?;
    match add(
        &app.store,
        &who.name,
        &form.name,
        &form.password,
        &form.role,
    )
    .await
    {
        Ok(u) => Ok(see_other(
            "/users",
            &format!("user {} added ({})", u.name, u.scope().as_str()),
        )),
        Err(e @ (ServiceError::Invalid { .. } | ServiceError::Conflict(_))) => {
            let page =
                users_page(&app, &who, &Flash::default(), Some((&form, e.to_string()))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Results the user can act on go back to the list as a problem; the rest are errors.
fn back_with(result: Result<String, ServiceError>) -> WebResult {
    match result {
        Ok(notice) => Ok(see_other("/users", &notice)),
        Err(e @ (ServiceError::Invalid { .. } | ServiceError::Conflict(_))) => {
            Ok(see_other_problem("/users", &e.to_string()))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
) -> WebResult {
    admins_only(&who)?;
    let done = remove(&app.store, &who, &name).await;
    back_with(done.map(|()| format!("user {name} removed; their sessions ended")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    pub role: String,
}

pub async fn role(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    Form(form): Form<RoleForm>,
) -> WebResult {
    admins_only(&who)?;
    let done = crate::service::users::set_role(&app.store, &who.name, &name, &form.role).await;
    back_with(done.map(|u| format!("{} is now {}", u.name, u.scope().as_str())))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ResetForm {
    pub password: String,
}

pub async fn reset(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(name): Path<String>,
    Form(form): Form<ResetForm>,
) -> WebResult {
    admins_only(&who)?;
    let done = reset_password(&app.store, &who.name, &name, &form.password).await;
    back_with(done.map(|()| format!("password of {name} set; their sessions ended")))
}

// ---- account: your own password ---------------------------------------------------------

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    pub frame: Frame,
    pub is_user: bool,
    pub error: Option<(String, String)>,
}

impl AccountPage {
    /// The message for `field`, if the last attempt failed there.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

pub async fn account(
    Extension(who): Extension<Principal>,
    Query(flash): Query<Flash>,
) -> WebResult {
    Ok(render(&AccountPage {
        is_user: who.csrf_token.is_some(),
        frame: Frame::new(&who, "account", &flash),
        error: None,
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
    pub confirm_password: String,
}

pub async fn change_password(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    headers: HeaderMap,
    Form(form): Form<PasswordForm>,
) -> WebResult {
    let failed = |field: &str, message: String| {
        let page = AccountPage {
            is_user: who.csrf_token.is_some(),
            frame: Frame::new(&who, "account", &Flash::default()),
            error: Some((field.to_string(), message)),
        };
        Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
    };
    if form.new_password != form.confirm_password {
        return failed("confirm_password", "the two new passwords differ".into());
    }
    let session = session_hash(&headers);
    match change_own_password(
        &app.store,
        &who,
        session.as_deref(),
        &form.current_password,
        &form.new_password,
    )
    .await
    {
        Ok(()) => Ok(see_other(
            "/account",
            "password changed; your other sessions were logged out",
        )),
        Err(ServiceError::Invalid { field, message }) => {
            failed(field.as_deref().unwrap_or("new_password"), message)
        }
        Err(ServiceError::Conflict(m)) => failed("current_password", m),
        Err(e) => Err(e.into()),
    }
}
