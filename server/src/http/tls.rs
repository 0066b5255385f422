//! HTTPS for the dashboard and API: the certificate, and which plain-HTTP requests may
//! reach them.
//!
//! Boot endpoints stay on plain HTTP (firmware and iPXE cannot check our certificate); the
//! dashboard and API are served over TLS on `http.https_listen`. The certificate comes from
//! `http.tls_cert`/`http.tls_key`, or is made self-signed into `<data_dir>/tls/` on first
//! start; its SHA-256 fingerprint is logged so an operator can check what the browser shows.
//!
//! On the plain listener ([`plain_http_guard`]) the dashboard and API answer loopback
//! clients (the host itself, scripts, tests) and trusted proxies; anyone else is redirected
//! to HTTPS (or told to use it, for non-GET requests), so passwords and session cookies
//! never cross the network in clear.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use anyhow::Context;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_server::tls_rustls::RustlsConfig;
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::http::api::ApiError;
use crate::http::auth::Transport;
use crate::state::AppState;

/// Where the self-signed certificate lives, under the data dir.
const SELF_SIGNED_DIR: &str = "tls";

/// The TLS configuration and the certificate's fingerprint (`AB:CD:…`).
pub async fn server_config(config: &Config) -> anyhow::Result<(RustlsConfig, String)> {
    let (cert_path, key_path) = if config.http.tls_cert.as_os_str().is_empty() {
        ensure_self_signed(&config.data_dir.join(SELF_SIGNED_DIR), config)?
    } else {
        (config.http.tls_cert.clone(), config.http.tls_key.clone())
    };
    let cert = std::fs::read(&cert_path)
        .with_context(|| format!("http.tls_cert: reading {}", cert_path.display()))?;
    let key = std::fs::read(&key_path)
        .with_context(|| format!("http.tls_key: reading {}", key_path.display()))?;
    let fingerprint = fingerprint_of_pem(&cert).with_context(|| {
        format!(
            "http.tls_cert: no PEM certificate in {}",
            cert_path.display()
        )
    })?;
    let tls = RustlsConfig::from_pem(cert, key).await.with_context(|| {
        format!(
            "http.tls_cert/http.tls_key: {} and {} are not a matching PEM certificate and key",
            cert_path.display(),
            key_path.display()
        )
    })?;
    Ok((tls, fingerprint))
}

/// Create `dir/cert.pem` and `dir/key.pem` unless both exist.
fn ensure_self_signed(dir: &Path, config: &Config) -> anyhow::Result<(PathBuf, PathBuf)> {
    let cert_path = dir.join("cert.pem");
    let key_path = dir.join("key.pem");
    if cert_path.exists() && key_path.exists() {
        return Ok((cert_path, key_path));
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut names = vec!["localhost".to_string(), "::1".into(), "127.0.0.1".into()];
    if let Some(host) = nix::unistd::gethostname()
        .ok()
        .and_then(|h| h.into_string().ok())
        .filter(|h| !h.is_empty())
    {
        names.push(host);
    }
    if let Some(addr) = config.server_address {
        names.push(addr.to_string());
    }
    let made =
        rcgen::generate_simple_self_signed(names).context("making a self-signed certificate")?;
    crate::secret_file::write_private(&key_path, made.key_pair.serialize_pem().as_bytes())?;
    crate::secret_file::write_private(&cert_path, made.cert.pem().as_bytes())?;
    tracing::info!(cert = %cert_path.display(), "created a self-signed HTTPS certificate");
    Ok((cert_path, key_path))
}

/// SHA-256 of the first certificate's DER, as browsers show it.
pub fn fingerprint_of_pem(pem: &[u8]) -> Option<String> {
    use rustls_pki_types::pem::PemObject;
    let der = rustls_pki_types::CertificateDer::pem_slice_iter(pem)
        .next()?
        .ok()?;
    let digest = Sha256::digest(der.as_ref());
    Some(
        digest
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect::<Vec<_>>()
            .join(":"),
    )
}

/// Paths firmware and monitoring use, served to anyone over plain HTTP.
pub fn is_boot_path(path: &str) -> bool {
    path.starts_with("/boot/")
        || path.starts_with("/assets/")
        || path == "/healthz"
        || path == "/metrics"
        // /ipxe.efi, /ipxe-arm64.efi, …: the NBPs for UEFI HTTP Boot.
        || (path.ends_with(".efi") && path[1..].find('/').is_none())
}

/// What the plain listener does with a request that is not for a boot path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlainVerdict {
    /// Serve it, over this transport (a trusted proxy may say the client used TLS).
    Serve(Transport),
    /// Send the browser to this HTTPS URL.
    Redirect(String),
    /// Refuse: not over TLS and not a GET a browser can be redirected with.
    UseHttps(String),
}

/// Decide for one request (pure). `peer` is the TCP peer; `forwarded_https` whether the
/// request carries `X-Forwarded-Proto: https`; `host` its Host header.
pub fn plain_verdict(
    config: &Config,
    path: &str,
    path_and_query: &str,
    method: &Method,
    peer: Option<IpAddr>,
    forwarded_https: bool,
    host: Option<&str>,
) -> PlainVerdict {
    let trusted_proxy = peer.is_some_and(|p| config.http.trusted_proxies.contains(&p));
    if trusted_proxy && forwarded_https {
        return PlainVerdict::Serve(Transport::Tls);
    }
    let loopback = peer.is_some_and(|p| match p {
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        IpAddr::V4(v4) => v4.is_loopback(),
    });
    if !config.http.tls || loopback || trusted_proxy || is_boot_path(path) {
        return PlainVerdict::Serve(Transport::Plain);
    }
    let https_port = config.http.https_listen.port();
    let host = host
        .and_then(host_without_port)
        .unwrap_or_else(|| "localhost".into());
    let port = if https_port == 443 {
        String::new()
    } else {
        format!(":{https_port}")
    };
    let url = format!("https://{host}{port}{path_and_query}");
    if matches!(*method, Method::GET | Method::HEAD) {
        PlainVerdict::Redirect(url)
    } else {
        PlainVerdict::UseHttps(url)
    }
}

/// The host part of a Host header (`[2001:db8::1]:8080` → `[2001:db8::1]`), if it is made
/// only of host characters (it becomes part of a Location header).
fn host_without_port(host: &str) -> Option<String> {
    let host = host.trim();
    let ok = !host.is_empty()
        && host.len() <= 255
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '[' | ']' | '-'));
    if !ok {
        return None;
    }
    if let Some(rest) = host.strip_prefix('[') {
        let end = rest.find(']')?;
        return Some(format!("[{}]", &rest[..end]));
    }
    Some(host.split(':').next().unwrap_or(host).to_string())
}

/// Middleware on the plain-HTTP listener: see the module docs.
pub async fn plain_http_guard(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let config = state.config();
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded_https = req
        .headers()
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"));
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let path = req.uri().path().to_string();
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    match plain_verdict(
        &config,
        &path,
        &path_and_query,
        req.method(),
        peer,
        forwarded_https,
        host.as_deref(),
    ) {
        PlainVerdict::Serve(transport) => {
            req.extensions_mut().insert(transport);
            next.run(req).await
        }
        PlainVerdict::Redirect(url) => Redirect::permanent(&url).into_response(),
        PlainVerdict::UseHttps(url) => {
            let message = format!("the dashboard and API are served over HTTPS: {url}");
            if path.starts_with("/api/") {
                ApiError::Rejected {
                    status: StatusCode::FORBIDDEN,
                    message,
                }
                .into_response()
            } else {
                (StatusCode::FORBIDDEN, message).into_response()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(config: &Config, path: &str, method: Method, peer: &str, fwd: bool) -> PlainVerdict {
        plain_verdict(
            config,
            path,
            path,
            &method,
            Some(peer.parse().unwrap()),
            fwd,
            Some("[2001:db8::1]:8080"),
        )
    }

    #[test]
    fn boot_paths_are_for_everyone_over_plain_http() {
        let c = Config::default();
        for p in [
            "/boot/52:54:00:12:34:56.ipxe",
            "/assets/linux",
            "/ipxe.efi",
            "/ipxe-arm64.efi",
            "/healthz",
            "/metrics",
        ] {
            assert_eq!(
                verdict(&c, p, Method::GET, "2001:db8::9", false),
                PlainVerdict::Serve(Transport::Plain),
                "{p}"
            );
        }
        assert!(!is_boot_path("/assets"));
        assert!(!is_boot_path("/web/x.efi"));
    }

    #[test]
    fn the_dashboard_over_plain_http_is_for_loopback_only() {
        let c = Config::default();
        assert_eq!(
            verdict(&c, "/machines", Method::GET, "::1", false),
            PlainVerdict::Serve(Transport::Plain)
        );
        assert_eq!(
            verdict(&c, "/machines?x=1", Method::GET, "2001:db8::9", false),
            PlainVerdict::Redirect("https://[2001:db8::1]:8443/machines?x=1".into())
        );
        assert!(matches!(
            verdict(&c, "/login", Method::POST, "2001:db8::9", false),
            PlainVerdict::UseHttps(_)
        ));
        // A client's own X-Forwarded-Proto means nothing.
        assert!(matches!(
            verdict(&c, "/login", Method::POST, "2001:db8::9", true),
            PlainVerdict::UseHttps(_)
        ));
        let mut no_tls = Config::default();
        no_tls.http.tls = false;
        assert_eq!(
            verdict(&no_tls, "/machines", Method::POST, "2001:db8::9", false),
            PlainVerdict::Serve(Transport::Plain)
        );
    }

    #[test]
    fn trusted_proxies_may_vouch_for_tls() {
        let mut c = Config::default();
        c.http.trusted_proxies = vec!["2001:db8::fe".parse().unwrap()];
        assert_eq!(
            verdict(&c, "/login", Method::POST, "2001:db8::fe", true),
            PlainVerdict::Serve(Transport::Tls)
        );
        assert_eq!(
            verdict(&c, "/login", Method::POST, "2001:db8::fe", false),
            PlainVerdict::Serve(Transport::Plain)
        );
    }

    #[test]
    fn redirect_hosts_are_checked() {
        assert_eq!(
            host_without_port("[2001:db8::1]:8080").as_deref(),
            Some("[2001:db8::1]")
        );
        assert_eq!(
            host_without_port("boot.example:8080").as_deref(),
            Some("boot.example")
        );
        assert_eq!(host_without_port("evil\r\nx"), None);
        assert_eq!(host_without_port("a/b"), None);
    }

    #[test]
    fn self_signed_certificate_is_made_once_with_a_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let c = Config::default();
        let (cert, key) = ensure_self_signed(dir.path(), &c).unwrap();
        let first = std::fs::read(&cert).unwrap();
        let fp = fingerprint_of_pem(&first).unwrap();
        assert_eq!(fp.len(), 32 * 3 - 1, "{fp}");
        ensure_self_signed(dir.path(), &c).unwrap();
        assert_eq!(std::fs::read(&cert).unwrap(), first, "kept, not remade");
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(key).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}
