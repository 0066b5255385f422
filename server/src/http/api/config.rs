//! `/api/v1/config…`: the running configuration and reloading it.

use axum::extract::State;
use axum::{Extension, Json};

use super::ApiError;
use crate::http::auth::Principal;
use crate::reload::{ReloadError, ReloadReport};
use crate::state::AppState;
use crate::store::NewAudit;

/// `GET /api/v1/config`: the configuration in effect (no secrets live in it).
pub async fn show(State(app): State<AppState>) -> Json<crate::config::Config> {
    Json((*app.config()).clone())
}

/// `POST /api/v1/config/reload`: what SIGHUP does, with the outcome in the answer.
pub async fn reload(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> Result<Json<ReloadReport>, ApiError> {
    match reload_as(&app, &who.name).await {
        Ok(report) => Ok(Json(report)),
        Err(e @ ReloadError::NoSource) => Err(ApiError::Conflict(e.to_string())),
        Err(e @ ReloadError::Invalid { .. }) => Err(ApiError::Invalid {
            field: None,
            message: e.to_string(),
        }),
    }
}

/// Reload in `actor`'s name and note the outcome in the audit trail. The entry is written
/// after the reload in a transaction of its own: a reload changes no database row, so there
/// is no change to share one with. A failure to write it is logged, not fatal: the reload
/// has already happened.
pub async fn reload_as(app: &AppState, actor: &str) -> Result<ReloadReport, ReloadError> {
    let result = crate::reload::reload(app).await;
    let list = |keys: &[String]| {
        if keys.is_empty() {
            "nothing".to_string()
        } else {
            keys.join(", ")
        }
    };
    let summary = match &result {
        Ok(r) => format!(
            "reloaded from {}; applied: {}; needs a restart: {}",
            r.source,
            list(&r.outcome.applied),
            list(&r.outcome.need_restart)
        ),
        Err(e) => format!("reload refused: {e}"),
    };
    let entry = NewAudit::new("reload", "config", "", summary);
    if let Err(e) = app.store.operator(actor).note(entry).await {
        tracing::warn!(error = %e, "could not write the audit entry for a reload");
    }
    result
}
