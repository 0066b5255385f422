//! Preview of the iPXE script a machine would be served now, rendered by the boot path
//! itself (so the preview cannot drift from what machines get) without consuming a
//! pending reinstall.

use axum::http::HeaderMap;

use super::ApiError;
use crate::boot::script::ScriptUrls;
use crate::http::boot::{http_base, script_for, ScriptUse};
use crate::mac::Mac;
use crate::state::AppState;

pub async fn preview(app: &AppState, headers: &HeaderMap, mac: Mac) -> Result<String, ApiError> {
    let urls = ScriptUrls {
        http_base: http_base(app, headers),
    };
    Ok(script_for(app, mac, &urls, ScriptUse::Preview).await?.text)
}
