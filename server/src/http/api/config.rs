//! `/api/v1/config…`: the running configuration and reloading it
//! ([`crate::service::config`]).

use axum::extract::State;
use axum::{Extension, Json};

use super::ApiError;
use crate::reload::{ReloadError, ReloadReport};
use crate::service::config::reload_as;
use crate::service::{Principal, ServiceError};
use crate::state::AppState;

/// `GET /api/v1/config`: the configuration in effect (no secrets live in it).
#[utoipa::path(get, path = "/api/v1/config", tag = "config",
    responses((status = 200, description = "The configuration in effect, as `bootforge config` prints it (TOML keys as JSON)",
        body = Object)))]
pub async fn show(State(app): State<AppState>) -> Json<crate::config::Config> {
    Json((*app.config()).clone())
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
