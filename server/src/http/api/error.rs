//! The one place API failures become HTTP responses: `{"error": "...", "field": "..."}`.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::service::input::FieldError;
use crate::service::ServiceError;
use crate::store::StoreError;

/// The body of every API error response.
#[derive(utoipa::ToSchema)]
#[schema(as = Error)]
#[allow(dead_code)] // documentation only: `IntoResponse for ApiError` writes it
pub struct ErrorBody {
    /// What went wrong, for a person.
    error: String,
    /// The request field to blame, when one is.
    field: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A request value failed validation; `field` names it when one field is to blame.
    #[error("{message}")]
    Invalid {
        field: Option<String>,
        message: String,
    },
    /// The body or query could not be read at all.
    #[error("{0}")]
    BadRequest(String),
    /// A request an extractor refused with its own status (body too large, wrong
    /// content type, …).
    #[error("{message}")]
    Rejected { status: StatusCode, message: String },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("authentication required: log in or send Authorization: Bearer <token>")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(String),
    #[error("too many failed logins; wait a minute")]
    TooManyRequests,
    /// Details go to the log, not to the client.
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    pub fn field(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::Invalid {
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Rejected { status, .. } => *status,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ServiceError::from(e).into()
    }
}

impl From<ServiceError> for ApiError {
    fn from(e: ServiceError) -> Self {
        match e {
            ServiceError::Invalid { field, message } => ApiError::Invalid { field, message },
            ServiceError::BadRequest(m) => ApiError::BadRequest(m),
            ServiceError::NotFound(m) => ApiError::NotFound(m),
            ServiceError::Conflict(m) => ApiError::Conflict(m),
            ServiceError::Forbidden(m) => ApiError::Forbidden(m),
            ServiceError::Internal(m) => ApiError::Internal(m),
        }
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ApiError::Invalid {
            field: Some(e.field.to_string()),
            message: e.message,
        }
    }
}

impl From<Vec<FieldError>> for ApiError {
    /// The first problem is reported; fixing it reveals the next.
    fn from(mut errs: Vec<FieldError>) -> Self {
        if errs.is_empty() {
            return ApiError::BadRequest("invalid request".into());
        }
        errs.swap_remove(0).into()
    }
}

/// Any error response under `/api/` that did not come from [`ApiError`] (axum's own
/// rejections: body too large, bad path, method not allowed, …) becomes the same JSON
/// shape, so API clients never have to parse plain text.
pub async fn errors_as_json(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = if text.is_empty() {
        status.canonical_reason().unwrap_or("error").to_string()
    } else {
        text
    };
    let mut json = ApiError::Rejected { status, message }.into_response();
    for name in [header::WWW_AUTHENTICATE, header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = parts.headers.get(&name) {
            json.headers_mut().insert(name, v.clone());
        }
    }
    json
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let ApiError::Internal(detail) = &self {
            tracing::error!(error = %detail, "API request failed");
        }
        let mut body = serde_json::json!({ "error": self.to_string() });
        if let ApiError::Invalid {
            field: Some(field), ..
        } = &self
        {
            body["field"] = serde_json::Value::String(field.clone());
        }
        let mut resp = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}
