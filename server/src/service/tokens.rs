//! API tokens for automation. A token's value is shown once, at creation.

use serde::{Deserialize, Serialize};

use super::credentials;
use super::input::FieldError;
use super::ServiceError;
use crate::store::{ApiToken, Scope, Store};

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TokenRequest {
    pub name: String,
    pub scope: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
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
) -> Result<NewToken, ServiceError> {
    let name = req.name.trim();
    if name.is_empty() || name.len() > 64 || name.chars().any(|c| c.is_control()) {
        return Err(FieldError::new("name", "1-64 printable characters").into());
    }
    let scope: Scope = req
        .scope
        .trim()
        .parse()
        .map_err(|m: String| FieldError::new("scope", m))?;
    let secret = credentials::generate_token();
    let token = store
        .operator(created_by)
        .create_token(name, &credentials::hash_token(&secret), scope)
        .await?;
    Ok(NewToken { token, secret })
}

pub async fn list(store: &Store) -> Result<Vec<ApiToken>, ServiceError> {
    Ok(store.tokens().await?)
}

/// `raw` is the id as the caller spelled it.
pub async fn delete(store: &Store, actor: &str, raw: &str) -> Result<(), ServiceError> {
    let id: i64 = raw
        .parse()
        .map_err(|_| ServiceError::field("id", "a token id is a number"))?;
    delete_id(store, actor, id).await
}

pub async fn delete_id(store: &Store, actor: &str, id: i64) -> Result<(), ServiceError> {
    Ok(store.operator(actor).delete_token(id).await?)
}
