//! What a service call can fail with, in domain terms. The API ([`crate::http::api::ApiError`])
//! and the dashboard ([`crate::web::WebError`]) each turn it into their own response; the
//! status code for each kind is [`ServiceError::status`], so both agree.

use axum::http::StatusCode;

use crate::store::StoreError;

use super::input::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// A value failed validation; `field` names it when one field is to blame.
    #[error("{message}")]
    Invalid {
        field: Option<String>,
        message: String,
    },
    /// The input could not be read at all (a CSV without a header, …).
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    NotFound(String),
    /// The request conflicts with the current state (last admin, profile in use, …).
    #[error("{0}")]
    Conflict(String),
    /// The caller may not do this (a read-only user managing users, …).
    #[error("{0}")]
    Forbidden(String),
    /// Details go to the log, not to the caller.
    #[error("internal error")]
    Internal(String),
}

impl ServiceError {
    pub fn field(field: &str, message: impl Into<String>) -> ServiceError {
        ServiceError::Invalid {
            field: Some(field.to_string()),
            message: message.into(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ServiceError::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ServiceError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ServiceError::NotFound(_) => StatusCode::NOT_FOUND,
            ServiceError::Conflict(_) => StatusCode::CONFLICT,
            ServiceError::Forbidden(_) => StatusCode::FORBIDDEN,
            ServiceError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for ServiceError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound { .. } => ServiceError::NotFound(e.to_string()),
            StoreError::Conflict { .. } => ServiceError::Conflict(e.to_string()),
            StoreError::Invalid(m) => ServiceError::Invalid {
                field: None,
                message: m,
            },
            StoreError::Db(_) | StoreError::Migrate(_) | StoreError::WriterGone => {
                ServiceError::Internal(e.to_string())
            }
        }
    }
}

impl From<FieldError> for ServiceError {
    fn from(e: FieldError) -> Self {
        ServiceError::Invalid {
            field: Some(e.field.to_string()),
            message: e.message,
        }
    }
}

impl From<Vec<FieldError>> for ServiceError {
    /// The first problem is reported; fixing it reveals the next.
    fn from(mut errs: Vec<FieldError>) -> Self {
        if errs.is_empty() {
            return ServiceError::BadRequest("invalid request".into());
        }
        errs.swap_remove(0).into()
    }
}
