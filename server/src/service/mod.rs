//! The domain services: what the API (`http/api`), the dashboard (`web/`), the CLI
//! (`main.rs`) and `/metrics` do to the inventory, each call once, here. Callers parse their
//! own transport (paths, JSON, forms, flags) into the values these take, and turn
//! [`ServiceError`] into their own responses; nothing here knows HTTP beyond the status code
//! a failure deserves. Below this sits only the store (and the running state it reads:
//! configuration, interfaces, RA status).
//!
//! Import direction: `http`, `web`, `main.rs`, `metrics` → `service` → `store`.

pub mod audit;
pub mod config;
pub mod credentials;
pub mod error;
pub mod events;
pub mod input;
pub mod leases;
pub mod machines;
pub mod network;
pub mod profiles;
pub mod script;
pub mod tokens;
pub mod users;

pub use error::ServiceError;
use input::FieldError;

pub type ServiceResult<T> = Result<T, ServiceError>;

/// Who is acting: a logged-in user (session) or an API token. The auth middleware resolves
/// it; services use it to check rights and to name the actor in the audit trail.
#[derive(Debug, Clone)]
pub struct Principal {
    /// The user name, or `token:NAME` for a token.
    pub name: String,
    pub scope: crate::store::Scope,
    /// The session's CSRF token; `None` for API tokens (not sent by browsers on their own).
    pub csrf_token: Option<String>,
}

impl Principal {
    pub fn can_write(&self) -> bool {
        self.scope.can_write()
    }
}

/// Parse an optional integer query value within bounds, naming the parameter if it is bad.
pub fn int_param(
    field: &'static str,
    raw: Option<&str>,
    default: i64,
    min: i64,
    max: i64,
) -> Result<i64, FieldError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(default),
        Some(s) => match s.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(FieldError::new(
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
    ) -> Result<Paging, FieldError> {
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
