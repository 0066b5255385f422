//! `/api/v1/tokens…`: API tokens for automation ([`crate::service::tokens`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};

use super::{ApiError, ApiJson};
use crate::service::tokens::{self as service, NewToken, TokenRequest};
use crate::service::Principal;
use crate::state::AppState;
use crate::store::ApiToken;

/// List API tokens (never their values).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens",
    responses((status = 200, description = "Every token (never its secret)", body = Vec<ApiToken>)))]
pub async fn list(State(app): State<AppState>) -> Result<Json<Vec<ApiToken>>, ApiError> {
    Ok(Json(service::list(&app.store).await?))
}

/// Create an API token; the response holds its secret, shown only once.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = TokenRequest,
    responses((status = 201, description = "Created; `secret` is shown only this once", body = NewToken),
        (status = 409, description = "A token of that name exists", body = super::ErrorBody),
        (status = 422, description = "A bad name or scope", body = super::ErrorBody)))]
pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    ApiJson(req): ApiJson<TokenRequest>,
) -> Result<(StatusCode, Json<NewToken>), ApiError> {
    let created = service::create_token(&app.store, &req, &who.name).await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// Revoke a token.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = i64, Path, description = "The token's id")),
    responses((status = 204, description = "Deleted"),
        (status = 404, description = "No such token", body = super::ErrorBody),
        (status = 422, description = "Not a number", body = super::ErrorBody)))]
pub async fn remove(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    service::delete(&app.store, &who.name, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
