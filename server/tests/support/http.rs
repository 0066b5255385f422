//! Plain HTTP/1.1 to a test server, as a client on the server's own host would talk to it (from
//! inside its namespace when it runs in one): requests, bearer-token API calls, and logging in
//! through the form like a browser.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Stdio;
use std::time::Duration;

use bootforge::web::query_encode;

use super::{Server, ServerBuilder};

pub const BOOTSTRAP_TOKEN: &str = "test-bootstrap-token-0123456789abcdef";
pub const ADMIN_USER: &str = "admin";
pub const ADMIN_PASSWORD: &str = "correct-horse-battery";

/// The API and dashboard tests' server: loopback, port 0, DHCPv6 and TFTP off, the
/// bootstrap token and admin user from the environment.
pub fn api_server() -> ServerBuilder {
    ServerBuilder::loopback()
        .env("BOOTFORGE_TFTP__ENABLED", "false")
        .env("BOOTFORGE_BOOTSTRAP_TOKEN", BOOTSTRAP_TOKEN)
        .env("BOOTFORGE_ADMIN_USER", ADMIN_USER)
        .env("BOOTFORGE_ADMIN_PASSWORD", ADMIN_PASSWORD)
        .env("BOOTFORGE_LOG", "warn")
}

impl Server {
    /// Where a client on the server's host reaches the plain HTTP listener (`[::]` and
    /// `0.0.0.0` listeners through loopback).
    fn http_connect_addr(&self) -> SocketAddr {
        let mut addr = self.http_addr();
        if addr.ip().is_unspecified() {
            addr.set_ip(std::net::Ipv6Addr::LOCALHOST.into());
        }
        addr
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.http_connect_addr(), path)
    }

    /// A TCP connection to the plain HTTP listener, from the server's namespace if it has one.
    pub fn connect(&self) -> std::io::Result<TcpStream> {
        let addr = self.http_connect_addr();
        match self.netns() {
            None => TcpStream::connect(addr),
            Some(ns) => {
                // A socket stays in the namespace it was made in.
                let path = format!("/var/run/netns/{ns}");
                std::thread::spawn(move || {
                    let ns = std::fs::File::open(&path)?;
                    nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWNET)
                        .map_err(std::io::Error::from)?;
                    TcpStream::connect(addr)
                })
                .join()
                .expect("connect thread")
            }
        }
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Response {
        self.try_request(method, path, headers, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub fn try_request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> std::io::Result<Response> {
        let mut s = self.connect()?;
        s.set_read_timeout(Some(Duration::from_secs(60)))?;
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.http_connect_addr(),
            body.len()
        );
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        s.write_all(req.as_bytes())?;
        s.write_all(body)?;
        let mut raw = Vec::new();
        s.read_to_end(&mut raw)?;
        Ok(Response::parse(&raw))
    }

    /// `bootforge user add NAME --password-stdin [--admin]` against this server's data dir.
    pub fn add_user_cli(&self, name: &str, password: &str, admin: bool) -> std::process::Output {
        let mut cmd = self.cli_command(&["user", "add", name, "--password-stdin"]);
        if admin {
            cmd.arg("--admin");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("bootforge user add");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{password}\n").as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    /// Bearer-token request with an optional JSON body.
    pub fn api(
        &self,
        method: &str,
        path: &str,
        token: &str,
        json: Option<serde_json::Value>,
    ) -> Response {
        let auth = format!("Bearer {token}");
        let body = json.map(|j| j.to_string()).unwrap_or_default();
        let mut headers = vec![("Authorization", auth.as_str())];
        if !body.is_empty() {
            headers.push(("Content-Type", "application/json"));
        }
        self.request(method, path, &headers, body.as_bytes())
    }

    pub fn admin(&self, method: &str, path: &str, json: Option<serde_json::Value>) -> Response {
        self.api(method, path, BOOTSTRAP_TOKEN, json)
    }

    /// Log in through the form like a browser; returns the session cookie and CSRF token.
    pub fn login(&self, user: &str, password: &str) -> Result<Session, Response> {
        let form = self.request("GET", "/login", &[], b"");
        let login_cookie = form.cookie("bf_login_csrf").expect("login CSRF cookie");
        let csrf = form
            .hidden_input("csrf_token")
            .expect("login form CSRF field");
        let body = format!(
            "username={}&password={}&csrf_token={csrf}&next=%2Fmachines",
            query_encode(user),
            query_encode(password)
        );
        let cookie = format!("bf_login_csrf={login_cookie}");
        let r = self.request(
            "POST",
            "/login",
            &[
                ("Content-Type", "application/x-www-form-urlencoded"),
                ("Cookie", &cookie),
            ],
            body.as_bytes(),
        );
        let Some(session) = r.cookie("bf_session").filter(|_| r.status == 303) else {
            return Err(r);
        };
        let cookie = format!("bf_session={session}");
        let page = self.request("GET", "/machines", &[("Cookie", &cookie)], b"");
        let csrf = page
            .meta("csrf-token")
            .expect("pages carry the CSRF token in a meta tag");
        Ok(Session { cookie, csrf })
    }
}

#[derive(Debug)]
pub struct Session {
    /// `bf_session=…`, ready for a Cookie header.
    pub cookie: String,
    pub csrf: String,
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of headers");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("status line");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        let chunked = headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
        if chunked {
            body = dechunk(&body);
        }
        Response {
            status,
            headers,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// Value of a cookie set by this response.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k == "set-cookie")
            .filter_map(|(_, v)| v.split(';').next())
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| k.trim() == name)
            .map(|(_, v)| v.to_string())
    }

    pub fn set_cookie_line(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k == "set-cookie")
            .map(|(_, v)| v.clone())
            .find(|v| v.starts_with(&format!("{name}=")))
    }

    fn attr_after(&self, marker: &str) -> Option<String> {
        let text = self.text();
        let at = text.find(marker)?;
        let rest = &text[at..];
        let v = rest.find("value=\"").or_else(|| rest.find("content=\""))?;
        let start = &rest[v..];
        let start = &start[start.find('"')? + 1..];
        Some(start[..start.find('"')?].to_string())
    }

    pub fn hidden_input(&self, name: &str) -> Option<String> {
        self.attr_after(&format!("name=\"{name}\""))
    }

    pub fn meta(&self, name: &str) -> Option<String> {
        self.attr_after(&format!("<meta name=\"{name}\""))
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        let start = eol + 2;
        out.extend_from_slice(&b[start..(start + size).min(b.len())]);
        b = &b[(start + size + 2).min(b.len())..];
    }
}
