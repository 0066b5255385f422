//! The operator dashboard: server-rendered askama pages, htmx for partial updates and the
//! live event feed. One module per screen; templates in `web/templates/`, static assets
//! (pinned htmx + its SSE extension, one stylesheet) compiled into the binary from
//! `web/static/`. Every page here sits behind `http::auth::authenticate`; writes need an
//! admin session and the CSRF token (hidden `csrf_token` field, or the `X-CSRF-Token`
//! header htmx adds from `<body hx-headers>`).

pub mod audit;
pub mod discovered;
pub mod events;
pub mod leases;
pub mod login;
pub mod machine;
pub mod machines;
pub mod network;
pub mod profiles;
pub mod timeline;
pub mod tokens;
pub mod users;

use std::sync::Arc;

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{middleware, Router};
use serde::Deserialize;

use crate::http::auth::{self, AuthService};
use crate::service::Principal;
use crate::service::ServiceError;
use crate::state::AppState;
use crate::store::{StoreError, StoredEvent};

/// Render a page, or a plain 500 if the template fails (a bug, logged).
pub fn render<T: Template>(page: &T) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "template error").into_response()
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    status: StatusCode,
    message: &'a str,
}

pub fn error_page(status: StatusCode, message: &str) -> Response {
    (status, render(&ErrorPage { status, message })).into_response()
}

/// Dashboard failures: the API's error, shown as a page.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct WebError(#[from] pub ServiceError);

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        WebError(e.into())
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        if let ServiceError::Internal(detail) = &self.0 {
            tracing::error!(error = %detail, "dashboard request failed");
        }
        error_page(self.0.status(), &self.0.to_string())
    }
}

pub type WebResult = Result<Response, WebError>;

/// What every page's frame (navigation, user, CSRF token, flash messages) needs.
pub struct Frame {
    pub user: String,
    pub csrf_token: String,
    pub can_write: bool,
    pub active: &'static str,
    pub notice: Option<String>,
    pub problem: Option<String>,
}

impl Frame {
    pub fn new(who: &Principal, active: &'static str, flash: &Flash) -> Frame {
        Frame {
            user: who.name.clone(),
            csrf_token: who.csrf_token.clone().unwrap_or_default(),
            can_write: who.can_write(),
            active,
            notice: flash.notice.clone().filter(|s| !s.is_empty()),
            problem: flash.problem.clone().filter(|s| !s.is_empty()),
        }
    }
}

/// Messages carried across a redirect in the query string (`?notice=…` / `?problem=…`).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Flash {
    pub notice: Option<String>,
    pub problem: Option<String>,
}

/// Post/redirect/get: back to `path` with a notice.
pub fn see_other(path: &str, notice: &str) -> Response {
    let sep = if path.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{path}{sep}notice={}", query_encode(notice))).into_response()
}

pub fn see_other_problem(path: &str, problem: &str) -> Response {
    let sep = if path.contains('?') { '&' } else { '?' };
    Redirect::to(&format!("{path}{sep}problem={}", query_encode(problem))).into_response()
}

pub use crate::http::query_encode;

/// Unix milliseconds as `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn format_ms(ms: i64) -> String {
    format_secs(ms.div_euclid(1000))
}

pub fn format_secs(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

pub fn format_opt_ms(ms: Option<i64>) -> String {
    ms.map(format_ms).unwrap_or_else(|| "never".into())
}

/// A boot event as the timeline and live feed show it: a sentence, not its JSON.
pub struct EventView {
    pub id: i64,
    pub at: String,
    pub mac: String,
    pub source: String,
    pub stage: String,
    pub address: String,
    pub sentence: String,
}

impl From<&StoredEvent> for EventView {
    fn from(e: &StoredEvent) -> Self {
        EventView {
            id: e.id,
            at: format_ms(e.at),
            mac: e.mac.map(|m| m.to_string()).unwrap_or_default(),
            source: e.source.to_string(),
            stage: e.stage.to_string(),
            address: e.address.clone().unwrap_or_default(),
            sentence: timeline::describe_event(e),
        }
    }
}

/// Static assets, versioned by file name so they can be cached for long.
const STATIC_FILES: [(&str, &str, &[u8]); 3] = [
    (
        "htmx-2.0.11.min.js",
        "text/javascript",
        include_bytes!("../../../web/static/htmx-2.0.11.min.js"),
    ),
    (
        "htmx-ext-sse-2.2.4.min.js",
        "text/javascript",
        include_bytes!("../../../web/static/htmx-ext-sse-2.2.4.min.js"),
    ),
    (
        "style.css",
        "text/css",
        include_bytes!("../../../web/static/style.css"),
    ),
];

async fn static_file(axum::extract::Path(name): axum::extract::Path<String>) -> Response {
    match STATIC_FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *body,
        )
            .into_response(),
        None => error_page(StatusCode::NOT_FOUND, "no such file"),
    }
}

pub fn router(auth_service: Arc<AuthService>) -> Router<AppState> {
    let screens = Router::new()
        .route("/", get(|| async { Redirect::to("/machines") }))
        .route("/machines", get(machines::page))
        .route("/machines/bulk", post(machines::bulk))
        .route("/machines/import", post(machines::import))
        .route(
            "/machines/new",
            get(machines::new_form).post(machines::create),
        )
        .route("/machines/{mac}", get(machine::page).post(machine::update))
        .route("/machines/{mac}/reinstall", post(machine::reinstall))
        .route("/machines/{mac}/delete", post(machine::delete))
        .route("/machines/{mac}/approve", post(discovered::approve))
        .route("/machines/{mac}/ignore", post(discovered::ignore))
        .route("/machines/{mac}/unignore", post(discovered::unignore))
        .route("/discovered", get(discovered::page))
        .route("/profiles", get(profiles::page))
        .route(
            "/profiles/new",
            get(profiles::new_form).post(profiles::create),
        )
        .route(
            "/profiles/{name}",
            get(profiles::edit_form).post(profiles::update),
        )
        .route("/profiles/{name}/delete", post(profiles::delete))
        .route("/leases", get(leases::page))
        .route("/events", get(events::page))
        .route("/events/stream", get(events::stream))
        .route("/network", get(network::page))
        .route("/network/reload", post(network::reload))
        .route("/network/banner", get(network::banner))
        .route("/tokens", get(tokens::page).post(tokens::create))
        .route("/tokens/{id}/delete", post(tokens::delete))
        .route("/audit", get(audit::page))
        .route("/users", get(users::page).post(users::create))
        .route("/users/{name}/delete", post(users::delete))
        .route("/users/{name}/role", post(users::role))
        .route("/users/{name}/password", post(users::reset))
        .route("/account", get(users::account))
        .route_layer(middleware::from_fn_with_state(
            auth_service.clone(),
            auth::authenticate,
        ));
    // What any logged-in user may do to their own account, read-only users included.
    let self_service = Router::new()
        .route("/account/password", post(users::change_password))
        .route_layer(middleware::from_fn_with_state(
            auth_service.clone(),
            auth::authenticate_self_service,
        ));
    Router::new()
        .route("/static/{name}", get(static_file))
        .merge(screens)
        .merge(self_service)
        .merge(login::routes(auth_service))
        .layer(middleware::from_fn(render_denials))
}

/// A request the auth middleware refused ([`auth::Denied`]) gets the dashboard's error page.
async fn render_denials(req: axum::extract::Request, next: middleware::Next) -> Response {
    let response = next.run(req).await;
    match response.extensions().get::<auth::Denied>() {
        Some(denied) => error_page(denied.status, denied.message),
        None => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_unix_times_as_utc() {
        assert_eq!(format_secs(0), "1970-01-01 00:00:00");
        assert_eq!(format_secs(951_782_400), "2000-02-29 00:00:00");
        assert_eq!(format_ms(1_700_000_000_123), "2023-11-14 22:13:20");
    }
}
