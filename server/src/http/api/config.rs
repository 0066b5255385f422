//! `/api/v1/config…`: the running configuration and reloading it.

use axum::extract::State;
use axum::Json;

use super::ApiError;
use crate::app::AppState;
use crate::reload::{ReloadError, ReloadReport};

/// `GET /api/v1/config`: the configuration in effect (no secrets live in it).
pub async fn show(State(app): State<AppState>) -> Json<crate::config::Config> {
    Json((*app.config()).clone())
}

/// `POST /api/v1/config/reload`: what SIGHUP does, with the outcome in the answer.
pub async fn reload(State(app): State<AppState>) -> Result<Json<ReloadReport>, ApiError> {
    match crate::reload::reload(&app).await {
        Ok(report) => Ok(Json(report)),
        Err(e @ ReloadError::NoSource) => Err(ApiError::Conflict(e.to_string())),
        Err(e @ ReloadError::Invalid { .. }) => Err(ApiError::Invalid {
            field: None,
            message: e.to_string(),
        }),
    }
}
