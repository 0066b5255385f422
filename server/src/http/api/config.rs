//! `/api/v1/config…`: the running configuration and reloading it
//! ([`crate::service::config`]).

use axum::extract::State;
use axum::{Extension, Json};

use super::ApiError;
use crate::reload::{ReloadError, ReloadReport};
use crate::service::config::reload_as;
use crate::service::{Principal, ServiceError};
use crate::state::AppState;

/// `GET /api/v1/config`: the configuration in effect, with the password of `database_url`
/// (the one secret that may live in it) replaced by `***`.
#[utoipa::path(get, path = "/api/v1/config", tag = "config",
    responses((status = 200, description = "The configuration in effect, as `bootforge config` prints it (TOML keys as JSON)",
        body = Object)))]
pub async fn show(State(app): State<AppState>) -> Json<crate::config::Config> {
    let mut config = (*app.config()).clone();
    config.database_url = config.database_url.as_deref().map(without_password);
    Json(config)
}

/// `scheme://user:secret@host/…` → `scheme://user:***@host/…`; anything else unchanged.
fn without_password(url: &str) -> String {
    let Some(start) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let authority_end = url[start..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| start + i);
    let Some(at) = url[start..authority_end].rfind('@').map(|i| start + i) else {
        return url.to_string();
    };
    match url[start..at].find(':').map(|i| start + i) {
        Some(colon) => format!("{}***{}", &url[..=colon], &url[at..]),
        None => url.to_string(),
    }
}

/// `POST /api/v1/config/reload`: what SIGHUP does, with the outcome in the answer.
#[utoipa::path(post, path = "/api/v1/config/reload", tag = "config",
    responses((status = 200, description = "Reloaded: what was applied and what needs a restart", body = ReloadReport),
        (status = 409, description = "The server was not started from a config it can re-read", body = super::ErrorBody),
        (status = 422, description = "The new configuration is invalid (the running one stays)", body = super::ErrorBody)))]
pub async fn reload(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> Result<Json<ReloadReport>, ApiError> {
    match reload_as(&app, &who.name).await {
        Ok(report) => Ok(Json(report)),
        Err(e @ ReloadError::NoSource) => Err(ServiceError::Conflict(e.to_string()).into()),
        Err(e @ ReloadError::Invalid { .. }) => Err(ServiceError::Invalid {
            field: None,
            message: e.to_string(),
        }
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::without_password;

    #[test]
    fn database_passwords_are_not_shown() {
        assert_eq!(
            without_password("postgres://bf:s3cr@t@db.example:5432/bootforge"),
            "postgres://bf:***@db.example:5432/bootforge"
        );
        assert_eq!(
            without_password("postgres://bf@db/bootforge?sslmode=require"),
            "postgres://bf@db/bootforge?sslmode=require"
        );
        assert_eq!(
            without_password("postgres:///bootforge?host=/run/postgresql"),
            "postgres:///bootforge?host=/run/postgresql"
        );
    }
}
