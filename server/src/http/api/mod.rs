//! The JSON API under `/api/v1`: machines, profiles, leases, events, tokens, users, audit.
//!
//! Every route here sits behind [`crate::http::auth::authenticate`]; handlers return
//! `Result<_, ApiError>` and [`ApiError`] alone decides status codes and error bodies.

pub mod audit;
pub mod config;
pub mod error;
pub mod events;
pub mod input;
pub mod machines;
pub mod network;
pub mod profiles;
pub mod script;
pub mod tokens;
pub mod users;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::routing::{any, get, post};
use axum::{middleware, Json, Router};
use serde::de::DeserializeOwned;

pub use error::ApiError;

use crate::http::auth::{self, AuthService};
use crate::state::AppState;

/// Hand-written OpenAPI 3.1 description of this router.
const OPENAPI: &str = include_str!("openapi.json");

/// Largest CSV import accepted (about 100k machines).
const IMPORT_LIMIT_BYTES: usize = 16 * 1024 * 1024;

pub fn router(auth_service: Arc<AuthService>) -> Router<AppState> {
    // What any logged-in user may do to their own account, read-only users included.
    let self_service = Router::new()
        .route("/api/v1/users/me/password", post(users::change_password))
        .route_layer(middleware::from_fn_with_state(
            auth_service.clone(),
            auth::authenticate_self_service,
        ));
    Router::new()
        .route(
            "/api/v1/machines",
            get(machines::list).post(machines::create),
        )
        .route("/api/v1/machines.csv", get(machines::export_csv))
        .route(
            "/api/v1/machines/import",
            post(machines::import_csv).layer(DefaultBodyLimit::max(IMPORT_LIMIT_BYTES)),
        )
        .route("/api/v1/machines/bulk", post(machines::bulk))
        .route(
            "/api/v1/machines/{mac}",
            get(machines::show)
                .put(machines::replace)
                .patch(machines::patch)
                .delete(machines::remove),
        )
        .route("/api/v1/machines/{mac}/events", get(machines::events))
        .route("/api/v1/machines/{mac}/script", get(machines::script))
        .route(
            "/api/v1/profiles",
            get(profiles::list).post(profiles::create),
        )
        .route(
            "/api/v1/profiles/{name}",
            get(profiles::show)
                .put(profiles::replace)
                .delete(profiles::remove),
        )
        .route("/api/v1/leases", get(events::leases))
        .route("/api/v1/events", get(events::list))
        .route("/api/v1/events/stream", get(events::stream))
        .route("/api/v1/tokens", get(tokens::list).post(tokens::create))
        .route("/api/v1/tokens/{id}", axum::routing::delete(tokens::remove))
        .route("/api/v1/users", get(users::list).post(users::create))
        .route("/api/v1/users/me", get(users::me))
        .route(
            "/api/v1/users/{name}",
            get(users::show)
                .patch(users::patch)
                .delete(users::remove_handler),
        )
        .route("/api/v1/audit", get(audit::list))
        .route("/api/v1/config", get(config::show))
        .route("/api/v1/config/reload", post(config::reload))
        .route("/api/v1/network", get(network::show))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1", any(not_found))
        .route("/api/v1/{*rest}", any(not_found))
        .route_layer(middleware::from_fn_with_state(
            auth_service,
            auth::authenticate,
        ))
        .merge(self_service)
        .layer(middleware::from_fn(error::errors_as_json))
}

async fn openapi() -> impl axum::response::IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        OPENAPI,
    )
}

async fn not_found() -> ApiError {
    ApiError::NotFound("no such API endpoint; see /api/v1/openapi.json".into())
}

/// `Json<T>` whose rejections are [`ApiError`]s.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        use axum::extract::rejection::JsonRejection;
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(ApiError::Invalid {
                field: None,
                message: e.body_text(),
            }),
            // Keeps the rejection's own status: 413 for a body over the limit, 415 for a
            // missing JSON content type.
            Err(e) => Err(ApiError::Rejected {
                status: e.status(),
                message: e.body_text(),
            }),
        }
    }
}

/// `Query<T>` whose rejections are [`ApiError`]s.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e| ApiError::BadRequest(e.body_text()))
    }
}

/// Parse an optional integer query value within bounds, naming the parameter if it is bad.
pub fn int_param(
    field: &'static str,
    raw: Option<&str>,
    default: i64,
    min: i64,
    max: i64,
) -> Result<i64, input::FieldError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => match s.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(input::FieldError::new(
                field,
                format!("must be a whole number from {min} to {max}"),
            )),
        },
    }
}

/// A page request: 1-based page number and page size.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

impl Paging {
    pub const MAX_PER_PAGE: i64 = 500;

    pub fn parse(
        page: Option<&str>,
        per_page: Option<&str>,
        default_per_page: i64,
    ) -> Result<Paging, input::FieldError> {
        Ok(Paging {
            page: int_param("page", page, 1, 1, 1_000_000)?,
            per_page: int_param(
                "per_page",
                per_page,
                default_per_page,
                1,
                Self::MAX_PER_PAGE,
            )?,
        })
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }

    pub fn pages(&self, total: i64) -> i64 {
        ((total + self.per_page - 1) / self.per_page).max(1)
    }
}
