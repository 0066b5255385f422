//! `/api/v1/tokens…`: API tokens for automation. A token's value is shown once, at creation.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use serde::{Deserialize, Serialize};

use super::input::FieldError;
use super::{ApiError, ApiJson};
use crate::http::auth::{self, Principal};
use crate::state::AppState;
use crate::store::{ApiToken, Scope, Store};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TokenRequest {
    pub name: String,
    pub scope: String,
}

#[derive(Debug, Serialize)]
pub struct NewToken {
    #[serde(flatten)]
    pub token: ApiToken,
    /// The secret; not retrievable later.
    pub secret: String,
}

/// Validate, generate and store a token; shared with the dashboard's tokens screen.
pub async fn create_token(
    store: &Store,
    req: &TokenRequest,
    created_by: &str,
) -> Result<NewToken, ApiError> {
    let name = req.name.trim();
    if name.is_empty() || name.len() > 64 || name.chars().any(|c| c.is_control()) {
        return Err(FieldError::new("name", "1-64 printable characters").into());
    }
    let scope: Scope = req
        .scope
        .trim()
        .parse()
        .map_err(|m: String| FieldError::new("scope", m))?;
    let secret = auth::generate_token();
    let token = store
        .operator(created_by)
        .create_token(name, &auth::hash_token(&secret), scope)
        .await?;
    Ok(NewToken { token, secret })
}

pub async fn list(State(app): State<AppState>) -> Result<Json<Vec<ApiToken>>, ApiError> {
    Ok(Json(app.store.tokens().await?))
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<TokenRequest>,
) -> Result<(StatusCode, Json<NewToken>), ApiError> {
    let created = create_token(&app.store, &req, &who.name).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::field("id", "a token id is a number"))?;
    app.store.operator(&who.name).delete_token(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
