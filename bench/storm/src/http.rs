//! One HTTP/1.1 GET from a given source address (a machine's leased address), as iPXE does
//! for its script, kernel and initrd; body read to its Content-Length.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// `http://[addr]:port/path` → (server, path).
pub fn split_url(url: &str) -> Option<(SocketAddr, String)> {
    let rest = url.strip_prefix("http://")?;
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let authority = if authority.contains("]:") || !authority.starts_with('[') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    Some((
        authority.parse().ok()?,
        if path.is_empty() {
            "/".into()
        } else {
            path.into()
        },
    ))
}

/// GET `url` from `source`; returns the body (empty unless `keep`) and its length.
pub fn get(source: std::net::IpAddr, url: &str, keep: bool) -> Result<(Vec<u8>, u64), String> {
    let (server, path) = split_url(url).ok_or_else(|| format!("bad URL {url}"))?;
    let sock = socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::STREAM, None)
        .map_err(|e| e.to_string())?;
    sock.bind(&SocketAddr::new(source, 0).into())
        .map_err(|e| format!("bind {source}: {e}"))?;
    sock.connect_timeout(&server.into(), Duration::from_secs(10))
        .map_err(|e| format!("connect {server}: {e}"))?;
    let mut stream: TcpStream = sock.into();
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    stream.set_nodelay(true).ok();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {server}\r\nUser-Agent: iPXE/1.21.1\r\nConnection: close\r\n\r\n"
    )
    .map_err(|e| e.to_string())?;
    let mut reader = BufReader::with_capacity(16 * 1024, stream);
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status line from {url}: {line:?}"))?;
    let mut length: Option<u64> = None;
    loop {
        line.clear();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                length = v.trim().parse().ok();
            }
        }
    }
    if status != 200 {
        return Err(format!("{url}: HTTP {status}"));
    }
    let length = length.ok_or_else(|| format!("{url}: no Content-Length"))?;
    let mut body = Vec::new();
    let mut got = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    while got < length {
        let n = reader.read(&mut buf).map_err(|e| format!("{url}: {e}"))?;
        if n == 0 {
            return Err(format!("{url}: closed after {got} of {length} bytes"));
        }
        if keep {
            body.extend_from_slice(&buf[..n]);
        }
        got += n as u64;
    }
    Ok((body, got))
}
