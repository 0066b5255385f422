//! Preview of the iPXE script a machine would be served now, rendered by the boot path
//! itself (so the preview cannot drift from what machines get) without consuming a
//! pending reinstall.

use super::ServiceError;
use crate::boot::script::ScriptUrls;
use crate::http::boot::{script_for_machine, ScriptUse};
use crate::state::AppState;
use crate::store::Machine;

/// The script `machine` would get now, with URLs under `http_base`.
pub async fn preview(
    app: &AppState,
    http_base: String,
    machine: &Machine,
) -> Result<String, ServiceError> {
    let urls = ScriptUrls { http_base };
    let served = script_for_machine(
        app,
        machine.mac,
        Some(machine.clone()),
        &urls,
        ScriptUse::Preview,
    )
    .await?;
    Ok(served.text)
}
