//! The JSON API under `/api/v1`: machines, profiles, leases, events, tokens, users, audit.
//!
//! Handlers are thin: they parse the request, call [`crate::service`] and map its errors;
//! every route here sits behind [`crate::http::auth::authenticate`]; handlers return
//! `Result<_, ApiError>` and [`ApiError`] alone decides status codes and error bodies.
//!
//! Every route is registered through `utoipa_axum::routes!` from its handler's
//! `#[utoipa::path]`, so the OpenAPI document ([`openapi`]) is built from the same
//! declarations as the router; `openapi::tests` checks the two against each other.

pub mod audit;
pub mod config;
pub mod error;
pub mod events;
pub mod machines;
pub mod network;
pub mod openapi;
pub mod profiles;
pub mod tokens;
pub mod users;

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::routing::any;
use axum::{middleware, Json, Router};
use serde::de::DeserializeOwned;
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

pub use error::{ApiError, ErrorBody};

use crate::http::auth::{self, AuthService};
use crate::service::ServiceError;
use crate::state::AppState;

/// Largest CSV import accepted (about 100k machines).
const IMPORT_LIMIT_BYTES: usize = 16 * 1024 * 1024;

/// The API's routes with their OpenAPI description, before authentication is layered on.
pub fn documented_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(openapi::base())
        .routes(routes!(machines::list, machines::create))
        .routes(routes!(machines::export_csv))
        .routes(routes!(machines::import_csv).layer(DefaultBodyLimit::max(IMPORT_LIMIT_BYTES)))
        .routes(routes!(machines::bulk))
        .routes(routes!(
            machines::show,
            machines::replace,
            machines::patch,
            machines::remove
        ))
        .routes(routes!(machines::events))
        .routes(routes!(machines::script))
        .routes(routes!(profiles::list, profiles::create))
        .routes(routes!(profiles::show, profiles::replace, profiles::remove))
        .routes(routes!(events::leases))
        .routes(routes!(events::list))
        .routes(routes!(events::stream))
        .routes(routes!(tokens::list, tokens::create))
        .routes(routes!(tokens::remove))
        .routes(routes!(users::list, users::create))
        .routes(routes!(users::me))
        .routes(routes!(users::show, users::patch, users::remove_handler))
        .routes(routes!(audit::list))
        .routes(routes!(config::show))
        .routes(routes!(config::reload))
        .routes(routes!(network::show))
        .routes(routes!(openapi::serve))
}

/// What any logged-in user may do to their own account, read-only users included.
fn self_service_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(users::change_password))
}

/// The whole OpenAPI document: [`documented_routes`] and the self-service routes, with the
/// answers every route shares (the auth middleware's, the query extractor's).
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = documented_routes()
        .merge(self_service_routes())
        .into_openapi();
    openapi::add_shared_responses(&mut doc);
    doc
}

pub fn router(auth_service: Arc<AuthService>) -> Router<AppState> {
    let self_service = Router::from(self_service_routes()).route_layer(
        middleware::from_fn_with_state(auth_service.clone(), auth::authenticate_self_service),
    );
    let (routes, _) = documented_routes().split_for_parts();
    routes
        .route("/api/v1", any(not_found))
        .route("/api/v1/{*rest}", any(not_found))
        .route_layer(middleware::from_fn_with_state(
            auth_service,
            auth::authenticate,
        ))
        .merge(self_service)
        .layer(middleware::from_fn(error::errors_as_json))
}

async fn not_found() -> ApiError {
    ServiceError::NotFound(NOT_FOUND_MESSAGE.into()).into()
}

/// The catch-all's answer: an unknown path under `/api/v1`.
const NOT_FOUND_MESSAGE: &str = "no such API endpoint; see /api/v1/openapi.json";

/// `Json<T>` whose rejections are [`ApiError`]s.
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        use axum::extract::rejection::JsonRejection;
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::JsonDataError(e)) => Err(ServiceError::Invalid {
                field: None,
                message: e.body_text(),
            }
            .into()),
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
            .map_err(|e| ServiceError::BadRequest(e.body_text()).into())
    }
}
