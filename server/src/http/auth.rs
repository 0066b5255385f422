//! Who is asking: browser sessions (cookie + CSRF synchronizer token) and API tokens
//! (`Authorization: Bearer`), login with rate limiting, logout, and start-up bootstrap.
//!
//! Environment (read here, not by the config loader):
//! - `BOOTFORGE_ADMIN_USER` + `BOOTFORGE_ADMIN_PASSWORD`: create this admin on start-up when
//!   no user exists yet. There is no default password.
//! - `BOOTFORGE_BOOTSTRAP_TOKEN` (at least 32 characters): on start-up, create an admin-scope
//!   API token named `bootstrap` with this value unless one of that name exists.
//!
//! Cookies are `Secure` exactly when the request came over TLS ([`Transport`]): the HTTPS
//! listener, or a trusted proxy that says so.
//!
//! Failed logins are limited per client source and, for browsers that never logged in as
//! that user before, per user name; a browser that did carries a signed device cookie and
//! is exempt from the per-user limit, so an attacker guessing from elsewhere cannot lock the
//! operator out (OWASP's device-cookie scheme).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{middleware, Extension, Form, Router};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::http::api::ApiError;
use crate::rate_limit::{source_key, KeyedLimiter};
use crate::state::AppState;
use crate::store::{now_ms, Scope, Store, StoreError};

pub const SESSION_COOKIE: &str = "bf_session";
/// Double-submit token for the login form, which has no session to hold a token yet.
const LOGIN_CSRF_COOKIE: &str = "bf_login_csrf";
/// Form field and header that carry the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";
const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);
/// Name of the API token created from `BOOTFORGE_BOOTSTRAP_TOKEN`.
pub const BOOTSTRAP_TOKEN_NAME: &str = "bootstrap";
const MIN_BOOTSTRAP_TOKEN_LEN: usize = 32;
const MIN_PASSWORD_LEN: usize = 8;
/// Largest form body buffered to find its CSRF field (CSV pasted into the import form).
const MAX_FORM_BYTES: usize = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("{0}")]
    Bootstrap(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The authenticated caller, put into request extensions by [`authenticate`].
#[derive(Debug, Clone)]
pub struct Principal {
    pub name: String,
    pub scope: Scope,
    /// The session's CSRF token; `None` for API tokens (not sent by browsers on their own).
    pub csrf_token: Option<String>,
}

impl Principal {
    pub fn can_write(&self) -> bool {
        self.scope.can_write()
    }
}

/// Login bookkeeping shared by every request.
pub struct AuthService {
    store: Store,
    limiter: LoginLimiter,
    /// Signs device cookies; kept in the data dir so they outlive a restart.
    device_key: Vec<u8>,
}

/// How a request reached the server, put into request extensions by each listener: it
/// decides whether cookies are `Secure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Tls,
    Plain,
}

impl AuthService {
    pub fn new(state: &AppState) -> Arc<AuthService> {
        let path = state.config().data_dir.join(DEVICE_KEY_FILE);
        let device_key = crate::secret_file::load_or_create_hex(&path, || {
            crate::secret_file::random_bytes::<32>().to_vec()
        })
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "device-cookie key not kept on disk; browsers will be asked again after a restart");
            crate::secret_file::random_bytes::<32>().to_vec()
        });
        Arc::new(AuthService {
            store: state.store.clone(),
            limiter: LoginLimiter::default(),
            device_key,
        })
    }

    fn cookie(
        &self,
        name: &'static str,
        value: String,
        path: &'static str,
        transport: Transport,
    ) -> Cookie<'static> {
        Cookie::build((name, value))
            .path(path)
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(transport == Transport::Tls)
            .build()
    }

    /// `nonce.mac` naming `user`; only this server can make one.
    fn device_cookie_value(&self, user: &str) -> String {
        let nonce = random_hex(16);
        format!("{nonce}.{}", self.device_mac(user, &nonce))
    }

    fn device_mac(&self, user: &str, nonce: &str) -> String {
        use hmac::Mac as _;
        let mut mac = hmac::Hmac::<Sha256>::new_from_slice(&self.device_key)
            .expect("HMAC takes any key length");
        mac.update(user.as_bytes());
        mac.update(b"\0");
        mac.update(nonce.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Whether this browser logged in as `user` before.
    fn is_known_device(&self, jar: &CookieJar, user: &str) -> bool {
        let Some((nonce, mac)) = jar.get(DEVICE_COOKIE).and_then(|c| {
            let (n, m) = c.value().split_once('.')?;
            Some((n.to_string(), m.to_string()))
        }) else {
            return false;
        };
        constant_time_eq(self.device_mac(user, &nonce).as_bytes(), mac.as_bytes())
    }
}

/// The transport of a request (see [`Transport`]); `Plain` if no listener said.
pub fn transport_of(parts: &Parts) -> Transport {
    parts
        .extensions
        .get::<Transport>()
        .copied()
        .unwrap_or(Transport::Plain)
}

// ---- secrets ----------------------------------------------------------------------------

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).expect("the OS random source works");
    hex::encode(buf)
}

/// A new API token: 256 random bits, prefixed so leaked tokens are recognisable.
pub fn generate_token() -> String {
    format!("bf_{}", random_hex(32))
}

/// Tokens and session ids are high-entropy, so an unsalted fast hash suffices to keep the
/// database from holding usable secrets.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn hash_password(password: &str) -> Result<String, AuthError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|e| AuthError::Hash(e.to_string()))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| AuthError::Hash(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| {
            Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

pub fn check_new_password(password: &str) -> Result<(), AuthError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AuthError::Bootstrap(format!(
            "passwords need at least {MIN_PASSWORD_LEN} characters"
        )));
    }
    Ok(())
}

/// Add a local user (CLI `user add` and first-start bootstrap).
pub async fn add_user(
    store: &Store,
    name: &str,
    password: &str,
    is_admin: bool,
) -> Result<(), AuthError> {
    let name = name.trim();
    if name.is_empty() || name.len() > 64 || name.chars().any(|c| c.is_whitespace()) {
        return Err(AuthError::Bootstrap(
            "user names are 1-64 characters without spaces".into(),
        ));
    }
    check_new_password(password)?;
    store
        .create_user(name, &hash_password(password)?, is_admin)
        .await?;
    Ok(())
}

/// Create the first admin and the automation token from the environment; see module docs.
pub async fn bootstrap(store: &Store) -> Result<(), AuthError> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (env("BOOTFORGE_ADMIN_USER"), env("BOOTFORGE_ADMIN_PASSWORD")) {
        (Some(user), Some(password)) => {
            if store.user_count().await? == 0 {
                add_user(store, &user, &password, true).await?;
                tracing::info!(user = %user, "created the first admin from BOOTFORGE_ADMIN_USER");
            }
        }
        (None, None) => {}
        _ => {
            return Err(AuthError::Bootstrap(
                "set both BOOTFORGE_ADMIN_USER and BOOTFORGE_ADMIN_PASSWORD, or neither".into(),
            ))
        }
    }
    if let Some(token) = env("BOOTFORGE_BOOTSTRAP_TOKEN") {
        if token.len() < MIN_BOOTSTRAP_TOKEN_LEN {
            return Err(AuthError::Bootstrap(format!(
                "BOOTFORGE_BOOTSTRAP_TOKEN must be at least {MIN_BOOTSTRAP_TOKEN_LEN} characters"
            )));
        }
        if store.token_named(BOOTSTRAP_TOKEN_NAME).await?.is_none() {
            store
                .create_token(
                    BOOTSTRAP_TOKEN_NAME,
                    &hash_token(&token),
                    Scope::Admin,
                    "environment",
                )
                .await?;
            tracing::info!("created the bootstrap API token from BOOTFORGE_BOOTSTRAP_TOKEN");
        }
    }
    if store.user_count().await? == 0 {
        tracing::warn!(
            "no users yet: create one with `bootforge user add NAME --admin` \
             or BOOTFORGE_ADMIN_USER/BOOTFORGE_ADMIN_PASSWORD"
        );
    }
    Ok(())
}

// ---- login rate limiting ----------------------------------------------------------------

/// Login attempts per client source (IPv6 /64) a minute: one client guessing.
const SOURCE_ATTEMPTS_PER_MINUTE: usize = 5;
/// Failed logins per user name in [`USER_WINDOW`] from browsers without that user's device
/// cookie: guessing spread over many sources.
const UNKNOWN_DEVICE_ATTEMPTS_PER_USER: usize = 20;
const USER_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Keys tracked by each limiter at most, so a flood of sources or names cannot grow memory.
const MAX_TRACKED_KEYS: usize = 10_000;
/// Remembers a browser that logged in, for the per-user limit.
const DEVICE_COOKIE: &str = "bf_device";
const DEVICE_COOKIE_DAYS: i64 = 365;
const DEVICE_KEY_FILE: &str = "device-cookie.key";

/// Attempts are recorded before the password is checked (and taken back if it was right),
/// so concurrent attempts cannot overshoot a limit.
struct LoginLimiter {
    per_source: KeyedLimiter,
    per_user_unknown_device: KeyedLimiter,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        LoginLimiter {
            per_source: KeyedLimiter::new(Duration::from_secs(60), MAX_TRACKED_KEYS),
            per_user_unknown_device: KeyedLimiter::new(USER_WINDOW, MAX_TRACKED_KEYS),
        }
    }
}

/// A login attempt that passed the limits; dropped as a failure unless [`Self::succeeded`].
struct LoginAttempt<'a> {
    limiter: &'a LoginLimiter,
    source: String,
    user: Option<String>,
}

impl LoginLimiter {
    fn begin(&self, source: String, user: &str, known_device: bool) -> Option<LoginAttempt<'_>> {
        if !self
            .per_source
            .try_acquire(&source, SOURCE_ATTEMPTS_PER_MINUTE)
        {
            return None;
        }
        let user = if known_device {
            None
        } else {
            let key = user.to_string();
            if !self
                .per_user_unknown_device
                .try_acquire(&key, UNKNOWN_DEVICE_ATTEMPTS_PER_USER)
            {
                self.per_source.forget_latest(&source);
                return None;
            }
            Some(key)
        };
        Some(LoginAttempt {
            limiter: self,
            source,
            user,
        })
    }
}

impl LoginAttempt<'_> {
    fn succeeded(self) {
        self.limiter.per_source.forget_latest(&self.source);
        if let Some(user) = &self.user {
            self.limiter.per_user_unknown_device.forget_latest(user);
        }
    }
}

/// The client's IP when the server was started with connect info.
pub struct PeerIp(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

// ---- middleware -------------------------------------------------------------------------

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
        return match denial {
            Denial::NotLoggedIn => ApiError::Unauthorized.into_response(),
            _ => ApiError::Forbidden(message.into()).into_response(),
        };
    }
    if denial == Denial::NotLoggedIn {
        let next = url_encode(path_and_query);
        return Redirect::to(&format!("/login?next={next}")).into_response();
    }
    crate::web::error_page(status, message)
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

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
        Err(e) => return e.into_response(),
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
) -> Result<Option<Principal>, ApiError> {
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

/// Secrets are compared in constant time, so timing does not reveal how much matched.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.ct_eq(b).into()
}

// ---- login / logout ---------------------------------------------------------------------

pub fn router(auth: Arc<AuthService>) -> Router<AppState> {
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
    let page = crate::web::login::LoginPage {
        csrf_token: csrf,
        username: username.to_string(),
        next: next.to_string(),
        error,
    };
    (status, jar, crate::web::render(&page)).into_response()
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

/// Extractor for [`transport_of`].
pub struct RequestTransport(pub Transport);

impl<S: Send + Sync> FromRequestParts<S> for RequestTransport {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(RequestTransport(transport_of(parts)))
    }
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
        Err(e) => return ApiError::from(e).into_response(),
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
        return ApiError::from(e).into_response();
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
            return ApiError::from(e).into_response();
        }
    }
    let jar = jar.remove(Cookie::build(SESSION_COOKIE).path("/"));
    (jar, Redirect::to("/login")).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_and_verify() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn login_limits_per_source_and_spare_known_devices() {
        let l = LoginLimiter::default();
        let attacker = "2001:db8:bad::/64".to_string();
        for _ in 0..SOURCE_ATTEMPTS_PER_MINUTE {
            assert!(l.begin(attacker.clone(), "admin", false).is_some());
        }
        assert!(l.begin(attacker.clone(), "admin", false).is_none());
        // The operator, elsewhere, is not affected by the attacker's source.
        let operator = "2001:db8:1::/64".to_string();
        l.begin(operator.clone(), "admin", false)
            .unwrap()
            .succeeded();
        // Spread over many sources, unknown browsers run into the per-user limit...
        for i in 0..UNKNOWN_DEVICE_ATTEMPTS_PER_USER {
            let _ = l.begin(format!("2001:db8:{i:x}::/64"), "admin", false);
        }
        assert!(l
            .begin("2001:db8:ffff::/64".into(), "admin", false)
            .is_none());
        // ...but a browser that logged in as admin before still gets in.
        assert!(l.begin(operator, "admin", true).is_some());
    }

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

    #[test]
    fn tokens_are_distinct_and_hashed() {
        let (a, b) = (generate_token(), generate_token());
        assert_ne!(a, b);
        assert_eq!(hash_token(&a).len(), 64);
    }
}
