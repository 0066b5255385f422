//! The operator dashboard: server-rendered askama pages, htmx for partial updates and the
//! live event feed. One module per screen; templates in `web/templates/`, static assets
//! (pinned htmx, one stylesheet) compiled into the binary from `web/static/`.

pub mod login;

use std::sync::Arc;

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::app::AppState;
use crate::http::auth::AuthService;

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

pub fn router(_auth: Arc<AuthService>) -> Router<AppState> {
    Router::new().route("/static/{name}", get(static_file))
}
