//! Login screen and logout: the form, the login post (rate-limited, see
//! [`crate::http::auth::limiter`]) that starts a session, and logout, which ends it.

use std::sync::Arc;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{middleware, Extension, Form, Router};
use axum_extra::extract::cookie::{Cookie, CookieJar};
use serde::Deserialize;

use crate::http::auth::{
    authenticate_self_service, AuthService, PeerIp, RequestTransport, Transport, DEVICE_COOKIE,
    DEVICE_COOKIE_DAYS, LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_TTL,
};
use crate::rate_limit::source_key;
use crate::service::credentials::{
    constant_time_eq, hash_password, hash_token, random_hex, verify_password,
};
use crate::state::AppState;
use crate::store::{now_ms, StoreError};

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    pub csrf_token: String,
    pub username: String,
    pub next: String,
    pub error: Option<String>,
}

fn internal(e: StoreError) -> Response {
    tracing::error!(error = %e, "login or logout failed");
    super::error_page(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

/// `/login` (form and post) and `/logout`.
pub fn routes(auth: Arc<AuthService>) -> Router<AppState> {
    let logout =
        Router::new()
            .route("/logout", post(logout))
            .route_layer(middleware::from_fn_with_state(
                auth.clone(),
                authenticate_self_service,
            ));
    Router::new()
        .route("/login", get(login_form).post(login))
        .layer(Extension(auth))
        .merge(logout)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginQuery {
    pub next: Option<String>,
}

/// Only same-site paths: an open redirect after login would help phishing. Browsers drop
/// tabs and line breaks from URLs and read `\` as `/`, so `/\t/evil.example` would become
/// `//evil.example`: anything but printable ASCII without `\` is refused outright.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && n.len() <= 2048
                && n.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') =>
        {
            n.to_string()
        }
        _ => "/machines".into(),
    }
}

fn login_page(
    auth: &AuthService,
    jar: CookieJar,
    transport: Transport,
    status: StatusCode,
    username: &str,
    next: &str,
    error: Option<String>,
) -> Response {
    let csrf = random_hex(32);
    let jar = jar.add(auth.cookie(LOGIN_CSRF_COOKIE, csrf.clone(), "/login", transport));
    let page = LoginPage {
        csrf_token: csrf,
        username: username.to_string(),
        next: next.to_string(),
        error,
    };
    (status, jar, super::render(&page)).into_response()
}

async fn login_form(
    Extension(auth): Extension<Arc<AuthService>>,
    RequestTransport(transport): RequestTransport,
    jar: CookieJar,
    query: Result<axum::extract::Query<LoginQuery>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let next = safe_next(query.ok().and_then(|q| q.0.next).as_deref());
    login_page(&auth, jar, transport, StatusCode::OK, "", &next, None)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LoginForm {
    pub username: String,
    pub password: String,
    pub csrf_token: String,
    pub next: String,
}

async fn login(
    Extension(auth): Extension<Arc<AuthService>>,
    PeerIp(ip): PeerIp,
    RequestTransport(transport): RequestTransport,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> Response {
    let next = safe_next(Some(&form.next));
    let expected = jar.get(LOGIN_CSRF_COOKIE).map(|c| c.value().to_string());
    if !expected.is_some_and(|e| constant_time_eq(e.as_bytes(), form.csrf_token.as_bytes())) {
        return login_page(
            &auth,
            jar,
            transport,
            StatusCode::FORBIDDEN,
            &form.username,
            &next,
            Some("The form expired; please try again.".into()),
        );
    }
    let username = form.username.trim().to_string();
    let known_device = auth.is_known_device(&jar, &username);
    let Some(attempt) = auth.limiter.begin(source_key(ip), &username, known_device) else {
        tracing::warn!(user = %username, ip = ?ip, "login refused: too many failed attempts");
        return login_page(
            &auth,
            jar,
            transport,
            StatusCode::TOO_MANY_REQUESTS,
            &username,
            &next,
            Some("Too many failed attempts; wait a minute and try again.".into()),
        );
    };
    let user = match auth.store.user_credentials(&username).await {
        Ok(found) => {
            // Verify against a throwaway hash for unknown users too, so response time does
            // not reveal which names exist.
            let (user, phc) = match found {
                Some((u, h)) => (Some(u), h),
                None => (None, dummy_hash().to_string()),
            };
            let password = form.password.clone();
            let verified = tokio::task::spawn_blocking(move || verify_password(&password, &phc))
                .await
                .unwrap_or(false);
            user.filter(|_| verified)
        }
        Err(e) => return internal(e),
    };
    let Some(user) = user else {
        tracing::info!(user = %username, ip = ?ip, "failed login");
        return login_page(
            &auth,
            jar,
            transport,
            StatusCode::UNAUTHORIZED,
            &username,
            &next,
            Some("Wrong user name or password.".into()),
        );
    };
    attempt.succeeded();
    let session_id = random_hex(32);
    let expires = now_ms() + SESSION_TTL.as_millis() as i64;
    if let Err(e) = auth
        .store
        .create_session(&hash_token(&session_id), user.id, &random_hex(32), expires)
        .await
    {
        return internal(e);
    }
    tracing::info!(user = %user.name, "logged in");
    let mut device = auth.cookie(
        DEVICE_COOKIE,
        auth.device_cookie_value(&user.name),
        "/login",
        transport,
    );
    device.set_max_age(time::Duration::days(DEVICE_COOKIE_DAYS));
    let jar = jar
        .remove(Cookie::build(LOGIN_CSRF_COOKIE).path("/login"))
        .add(device)
        .add(auth.cookie(SESSION_COOKIE, session_id, "/", transport));
    (jar, Redirect::to(&next)).into_response()
}

fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not-a-real-password").unwrap_or_default())
}

async fn logout(State(app): State<AppState>, jar: CookieJar) -> Response {
    if let Some(c) = jar.get(SESSION_COOKIE) {
        if let Err(e) = app.store.delete_session(&hash_token(c.value())).await {
            return internal(e);
        }
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    (jar, Redirect::to("/login")).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_site() {
        assert_eq!(safe_next(Some("/profiles")), "/profiles");
        assert_eq!(safe_next(Some("//evil.example")), "/machines");
        assert_eq!(safe_next(Some("https://evil.example")), "/machines");
        for bad in [
            "/\t/evil.example/phish",
            "/\n/x",
            "/\\evil.example",
            "/a b",
            "/\u{a0}x",
        ] {
            assert_eq!(safe_next(Some(bad)), "/machines", "{bad:?}");
        }
        assert_eq!(
            safe_next(Some("/machines?state=ready&q=a%20b")),
            "/machines?state=ready&q=a%20b"
        );
    }
}
