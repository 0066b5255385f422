//! The running configuration: reloading it in an operator's name.

use crate::reload::{ReloadError, ReloadReport};
use crate::state::AppState;
use crate::store::NewAudit;

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
