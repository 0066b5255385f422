//! HTTP: boot endpoints for machines (unauthenticated), the JSON API and the dashboard.
//!
//! One router serves both listeners: plain HTTP (boot endpoints for everyone; the dashboard
//! and API only where [`tls::plain_http_guard`] allows) and HTTPS. Each listener marks its
//! requests with their [`auth::Transport`]. The routers are assembled in [`routes`] (it
//! imports the dashboard; nothing here does, so `web` may use `http`'s pieces).

pub mod api;
pub mod auth;
pub mod boot;
pub mod live;
pub mod memory_file;
pub mod metrics;
pub mod plain;
pub mod request_head;
pub mod response_head;
pub mod routes;
pub mod tls;

/// Percent-encode `s` for a query value: everything but RFC 3986's unreserved characters
/// and `/` (legal in a query, and it keeps `?next=/machines` readable).
pub fn query_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
