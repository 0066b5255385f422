//! API tokens: list, create (the secret is shown once), revoke.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Form};

use super::{format_ms, format_opt_ms, render, see_other, Flash, Frame, WebResult};
use crate::service::tokens::{create_token, TokenRequest};
use crate::service::Principal;
use crate::service::ServiceError;
use crate::state::AppState;

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub scope: &'static str,
    pub created_by: String,
    pub created: String,
    pub last_used: String,
}

#[derive(Template)]
#[template(path = "tokens.html")]
pub struct TokensPage {
    pub frame: Frame,
    pub tokens: Vec<TokenRow>,
    /// A token just created: name and secret, shown this once.
    pub created: Option<(String, String)>,
    pub name_error: Option<String>,
}

async fn show(
    app: &AppState,
    who: &Principal,
    flash: &Flash,
    created: Option<(String, String)>,
    name_error: Option<String>,
) -> Result<TokensPage, ServiceError> {
    let tokens = app
        .store
        .tokens()
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            scope: t.scope.as_str(),
            created_by: t.created_by,
            created: format_ms(t.created_at),
            last_used: format_opt_ms(t.last_used_at),
        })
        .collect();
    Ok(TokensPage {
        frame: Frame::new(who, "tokens", flash),
        tokens,
        created,
        name_error,
    })
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(flash): Query<Flash>,
) -> WebResult {
    Ok(render(&show(&app, &who, &flash, None, None).await?))
}

pub async fn create(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Form(req): Form<TokenRequest>,
) -> WebResult {
    match create_token(&app.store, &req, &who.name).await {
        Ok(new) => {
            let page = show(
                &app,
                &who,
                &Flash::default(),
                Some((new.token.name, new.secret)),
                None,
            )
            .await?;
            Ok(render(&page))
        }
        Err(e @ (ServiceError::Invalid { .. } | ServiceError::Conflict(_))) => {
            let page = show(&app, &who, &Flash::default(), None, Some(e.to_string())).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn delete(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Path(id): Path<i64>,
) -> WebResult {
    crate::service::tokens::delete_id(&app.store, &who.name, id).await?;
    Ok(see_other("/tokens", "token revoked"))
}
