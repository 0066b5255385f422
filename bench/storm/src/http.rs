//! One HTTP/1.1 GET from a given source address (a machine's leased address), as iPXE does
//! for its script, kernel and initrd; body read to its Content-Length.
//!
//! A body that is not kept (kernel, initrd) is counted and discarded in the kernel
//! (`recv(MSG_TRUNC)` on TCP), not copied out: a real machine receives its kernel on its
//! own CPU, and here a thousand simulated machines' copies of 20 MiB each would take the
//! cores the servers under test run on.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::AsRawFd;
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
    if !keep {
        let got = discard(reader, length).map_err(|e| format!("{url}: {e}"))?;
        return Ok((Vec::new(), got));
    }
    let mut body = Vec::new();
    let mut got = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    while got < length {
        let n = reader.read(&mut buf).map_err(|e| format!("{url}: {e}"))?;
        if n == 0 {
            return Err(format!("{url}: closed after {got} of {length} bytes"));
        }
        body.extend_from_slice(&buf[..n]);
        got += n as u64;
    }
    Ok((body, got))
}

/// Reads and drops `length` bytes of body: what the reader holds already, then the rest
/// discarded by the kernel without a copy (TCP's `MSG_TRUNC`: the count of bytes dropped).
fn discard(mut reader: BufReader<TcpStream>, length: u64) -> Result<u64, String> {
    let mut got = (reader.buffer().len() as u64).min(length);
    reader.consume(got as usize);
    let stream = reader.into_inner();
    // Never written to (the kernel does not copy under MSG_TRUNC on TCP); its size only
    // bounds how much one call may drop.
    let mut scratch = vec![0u8; 1 << 20];
    while got < length {
        let want = (length - got).min(scratch.len() as u64) as usize;
        // SAFETY: recv(2) into a buffer of at least `want` bytes.
        let n = unsafe {
            libc::recv(
                stream.as_raw_fd(),
                scratch.as_mut_ptr().cast(),
                want,
                libc::MSG_TRUNC,
            )
        };
        match n {
            0 => return Err(format!("closed after {got} of {length} bytes")),
            n if n < 0 => return Err(std::io::Error::last_os_error().to_string()),
            n => got += n as u64,
        }
    }
    Ok(got)
}
