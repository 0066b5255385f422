//! Who is asking: browser sessions (cookie + CSRF synchronizer token) and API tokens
//! (`Authorization: Bearer`). Split by concern:
//! - [`middleware`]: [`authenticate`] / [`authenticate_self_service`] resolve the
//!   [`Principal`], refuse writes to read-only callers and check CSRF;
//! - [`limiter`]: failed-login limits;
//! - here: [`AuthService`] (the limiter, the device-cookie key, cookie building) and the
//!   request facts auth needs ([`Transport`], [`PeerIp`]).
//!
//! Hashing and password rules are [`crate::service::credentials`]; start-up bootstrap from
//! the environment is [`crate::service::users::bootstrap`]; the login and logout handlers
//! and page are the dashboard's (`web::login`). Nothing here renders a page: a refusal of a
//! dashboard request carries a [`Denied`] the dashboard renders.
//!
//! Cookies are `Secure` exactly when the request came over TLS ([`Transport`]): the HTTPS
//! listener, or a trusted proxy that says so.

pub mod limiter;
pub mod middleware;

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use sha2::Sha256;

pub use crate::service::Principal;
pub use middleware::{authenticate, authenticate_self_service};

use crate::service::credentials::{constant_time_eq, hash_token, random_hex};
use crate::state::AppState;
use crate::store::Store;
use limiter::LoginLimiter;

pub const SESSION_COOKIE: &str = "bf_session";
/// Double-submit token for the login form, which has no session to hold a token yet.
pub const LOGIN_CSRF_COOKIE: &str = "bf_login_csrf";
/// Form field and header that carry the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";
pub const CSRF_HEADER: &str = "x-csrf-token";
pub const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);
/// Remembers a browser that logged in, for the per-user limit.
pub const DEVICE_COOKIE: &str = "bf_device";
pub const DEVICE_COOKIE_DAYS: i64 = 365;
const DEVICE_KEY_FILE: &str = "device-cookie.key";

/// Login bookkeeping shared by every request.
pub struct AuthService {
    pub store: Store,
    pub limiter: LoginLimiter,
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

/// A dashboard request the auth middleware refused, in the response's extensions: the
/// dashboard turns it into its error page (see `web::router`).
#[derive(Debug, Clone)]
pub struct Denied {
    pub status: StatusCode,
    pub message: &'static str,
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

    pub fn cookie(
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
    pub fn device_cookie_value(&self, user: &str) -> String {
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
    pub fn is_known_device(&self, jar: &CookieJar, user: &str) -> bool {
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

/// Extractor for [`transport_of`].
pub struct RequestTransport(pub Transport);

impl<S: Send + Sync> FromRequestParts<S> for RequestTransport {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(RequestTransport(transport_of(parts)))
    }
}

/// The hash of the session cookie on this request, if any.
pub fn session_hash(headers: &HeaderMap) -> Option<String> {
    CookieJar::from_headers(headers)
        .get(SESSION_COOKIE)
        .map(|c| hash_token(c.value()))
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
