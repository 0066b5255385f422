//! `GET /api/v1/audit`: the audit trail of operator actions, newest first, filtered and
//! paged by id ([`crate::service::audit`]).

use axum::extract::State;
use axum::Json;

use super::{ApiError, ApiQuery};
use crate::service::audit::{audit_filter, audit_page, AuditPage, AuditQuery};
use crate::state::AppState;

/// The audit trail of operator actions, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditQuery),
    responses((status = 200, description = "One page of the audit trail, newest first", body = AuditPage),
        (status = 422, description = "A bad query value", body = super::ErrorBody)))]
pub async fn list(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<AuditPage>, ApiError> {
    let filter = audit_filter(&q, 100)?;
    Ok(Json(audit_page(&app.store, &filter).await?))
}
