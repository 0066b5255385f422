//! The auth middleware: every dashboard and API route sits behind [`authenticate`] (or
//! [`authenticate_self_service`]), which resolves the caller, refuses writes to read-only
//! callers and session writes without the CSRF token, and puts the [`Principal`] into the
//! request's extensions.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::CookieJar;

use super::{AuthService, Denied, Principal, CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE};
use crate::service::credentials::{constant_time_eq, hash_token};
use crate::store::StoreError;

/// Largest form body buffered to find its CSRF field (CSV pasted into the import form).
const MAX_FORM_BYTES: usize = 16 * 1024 * 1024;

/// Why a request was turned away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Denial {
    NotLoggedIn,
    ReadOnly,
    BadCsrf,
}

fn deny(denial: Denial, is_api: bool, path_and_query: &str) -> Response {
    let (status, message) = match denial {
        Denial::NotLoggedIn => (StatusCode::UNAUTHORIZED, "log in first"),
        Denial::ReadOnly => (
            StatusCode::FORBIDDEN,
            "read-only access: this needs an admin user or an admin-scope token",
        ),
        Denial::BadCsrf => (
            StatusCode::FORBIDDEN,
            "missing or wrong CSRF token: reload the page and try again",
        ),
    };
    if is_api {
        // `api::error::errors_as_json` gives these the API's error shape.
        return match denial {
            Denial::NotLoggedIn => (
                status,
                [(header::WWW_AUTHENTICATE, "Bearer")],
                API_UNAUTHORIZED,
            )
                .into_response(),
            _ => (status, message).into_response(),
        };
    }
    if denial == Denial::NotLoggedIn {
        let next = crate::http::query_encode(path_and_query);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    refused(status, message)
}

/// A plain refusal that names itself ([`Denied`]), for the dashboard to render.
fn refused(status: StatusCode, message: &'static str) -> Response {
    let mut response = (status, message).into_response();
    response.extensions_mut().insert(Denied { status, message });
    response
}

/// What an API caller without credentials is told.
const API_UNAUTHORIZED: &str =
    "authentication required: log in or send Authorization: Bearer <token>";

fn bearer_token(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Require a session or token on every route it wraps; refuse writes to read-only callers
/// and session writes without the CSRF token. Puts a [`Principal`] in the extensions.
pub async fn authenticate(
    State(auth): State<Arc<AuthService>>,
    req: Request,
    next: Next,
) -> Response {
    guard(&auth, req, next, WriteAccess::AdminOnly).await
}

/// [`authenticate`] for what every logged-in user may do to their own account (log out,
/// change their password): read-only callers may post here, still with the CSRF token.
pub async fn authenticate_self_service(
    State(auth): State<Arc<AuthService>>,
    req: Request,
    next: Next,
) -> Response {
    guard(&auth, req, next, WriteAccess::AnyUser).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WriteAccess {
    AdminOnly,
    AnyUser,
}

async fn guard(auth: &AuthService, req: Request, next: Next, writes: WriteAccess) -> Response {
    let (mut parts, body) = req.into_parts();
    let is_api = parts.uri.path().starts_with("/api/");
    let target = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let principal = match resolve_principal(auth, &parts).await {
        Ok(Some(p)) => p,
        Ok(None) => return deny(Denial::NotLoggedIn, is_api, &target),
        Err(e) => {
            tracing::error!(error = %e, "resolving the caller failed");
            return refused(StatusCode::INTERNAL_SERVER_ERROR, "internal error");
        }
    };
    let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let mut body = body;
    if !safe {
        if writes == WriteAccess::AdminOnly && !principal.can_write() {
            return deny(Denial::ReadOnly, is_api, &target);
        }
        if let Some(expected) = &principal.csrf_token {
            match csrf_matches(&parts, body, expected).await {
                (true, b) => body = b,
                (false, _) => return deny(Denial::BadCsrf, is_api, &target),
            }
        }
    }
    parts.extensions.insert(principal);
    next.run(Request::from_parts(parts, body)).await
}

async fn resolve_principal(
    auth: &AuthService,
    parts: &Parts,
) -> Result<Option<Principal>, StoreError> {
    if let Some(token) = bearer_token(parts) {
        return Ok(auth
            .store
            .use_token(&hash_token(token))
            .await?
            .map(|t| Principal {
                name: format!("token:{}", t.name),
                scope: t.scope,
                csrf_token: None,
            }));
    }
    let jar = CookieJar::from_headers(&parts.headers);
    let Some(session_id) = jar.get(SESSION_COOKIE) else {
        return Ok(None);
    };
    Ok(auth
        .store
        .session(&hash_token(session_id.value()))
        .await?
        .map(|s| Principal {
            scope: s.user.scope(),
            name: s.user.name,
            csrf_token: Some(s.csrf_token),
        }))
}

/// The token may come as a header (htmx, scripts) or as a form field (plain forms); for the
/// latter the body is read and handed back for the handler.
async fn csrf_matches(parts: &Parts, body: Body, expected: &str) -> (bool, Body) {
    if let Some(h) = parts.headers.get(CSRF_HEADER) {
        return (constant_time_eq(h.as_bytes(), expected.as_bytes()), body);
    }
    let is_form = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return (false, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return (false, Body::empty());
    };
    let found = form_urlencoded_pairs(&bytes)
        .into_iter()
        .any(|(k, v)| k == CSRF_FIELD && constant_time_eq(v.as_bytes(), expected.as_bytes()));
    (found, Body::from(bytes))
}

fn form_urlencoded_pairs(bytes: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(bytes).unwrap_or_default()
}
