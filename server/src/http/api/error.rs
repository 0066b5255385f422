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
    /// What the service refused or failed at.
    #[error(transparent)]
    Service(#[from] ServiceError),
    /// A request an extractor refused with its own status (body too large, wrong
    /// content type, …), or any other non-JSON error response under `/api/`.
    #[error("{message}")]
    Rejected { status: StatusCode, message: String },
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Service(e) => e.status(),
            ApiError::Rejected { status, .. } => *status,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        ServiceError::from(e).into()
    }
}

impl From<FieldError> for ApiError {
    fn from(e: FieldError) -> Self {
        ServiceError::from(e).into()
    }
}

impl From<Vec<FieldError>> for ApiError {
    /// The first problem is reported; fixing it reveals the next.
    fn from(errs: Vec<FieldError>) -> Self {
        ServiceError::from(errs).into()
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
        if let ApiError::Service(ServiceError::Internal(detail)) = &self {
            tracing::error!(error = %detail, "API request failed");
        }
        let mut body = serde_json::json!({ "error": self.to_string() });
        if let ApiError::Service(ServiceError::Invalid {
            field: Some(field), ..
        }) = &self
        {
            body["field"] = serde_json::Value::String(field.clone());
        }
        (status, Json(body)).into_response()
    }
}
