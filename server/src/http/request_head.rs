//! The head of a request on the plain (boot) listener, read before hyper sees the
//! connection. The two requests a boot storm makes by the thousand, `GET /boot/NAME.ipxe`
//! and `GET /assets/PATH`, are answered by [`super::plain`]'s own loop; anything else, and
//! anything unusual about one of those (a body, an upgrade, HTTP/1.0, a head hyper should
//! judge), goes to hyper with the bytes read so far, so every other edge of HTTP/1.1 stays
//! hyper's.
//!
//! Parsing is `httparse`'s (hyper's own parser). This module only decides.

use axum::http::{HeaderMap, HeaderName, HeaderValue, Uri};

use super::boot;

/// The most bytes a head may take on the loop's path; a longer one goes to hyper, which
/// answers it as it answers any other (431 beyond its own limit).
pub const MAX_HEAD: usize = 8 * 1024;

/// Headers a boot request may carry; one with more goes to hyper.
const MAX_HEADERS: usize = 32;

/// What the bytes at the start of a connection's buffer are.
#[derive(Debug)]
pub enum Head {
    /// Not all of a head yet: read more.
    Partial,
    /// Not a request the loop answers: the connection goes to hyper from here.
    HandOff,
    Boot(BootRequest),
}

/// A boot request the loop answers itself.
#[derive(Debug)]
pub struct BootRequest {
    pub target: BootTarget,
    pub uri: Uri,
    pub headers: HeaderMap,
    /// The client asked for the connection to be closed after this response.
    pub close: bool,
    /// Bytes of the buffer this head took (no body follows: see [`read`]).
    pub len: usize,
}

#[derive(Debug, PartialEq, Eq)]
pub enum BootTarget {
    Script,
    Asset,
}

impl BootRequest {
    /// The script name (`GET /boot/NAME.ipxe`) or the asset path (`GET /assets/PATH`).
    pub fn name(&self) -> &str {
        let path = self.uri.path();
        match self.target {
            BootTarget::Script => boot::script_name_in(path),
            BootTarget::Asset => boot::asset_path_in(path),
        }
        .unwrap_or_default()
    }
}

/// Reads the head at the start of `buf`.
pub fn read(buf: &[u8]) -> Head {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    let len = match request.parse(buf) {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => return Head::Partial,
        // Too long, too many headers, malformed: hyper answers these as it always has.
        Ok(httparse::Status::Partial) | Err(_) => return Head::HandOff,
    };
    // HTTP/1.0's keep-alive rules differ; firmware and iPXE speak 1.1.
    if request.method != Some("GET") || request.version != Some(1) {
        return Head::HandOff;
    }
    let Some(uri) = request
        .path
        .filter(|p| p.starts_with('/'))
        .and_then(|p| Uri::try_from(p).ok())
    else {
        return Head::HandOff;
    };
    let target = if boot::script_name_in(uri.path()).is_some() {
        BootTarget::Script
    } else if boot::asset_path_in(uri.path()).is_some() {
        BootTarget::Asset
    } else {
        return Head::HandOff;
    };
    let mut map = HeaderMap::with_capacity(request.headers.len());
    let mut close = false;
    for header in request.headers.iter() {
        let name = header.name;
        if name.eq_ignore_ascii_case("connection") {
            match connection_close(header.value) {
                Some(c) => close |= c,
                None => return Head::HandOff,
            }
        } else if name.eq_ignore_ascii_case("content-length") {
            // A GET with a body: hyper frames it (and refuses a conflicting length).
            if header.value != b"0" {
                return Head::HandOff;
            }
        } else if ["transfer-encoding", "upgrade", "expect"]
            .iter()
            .any(|h| name.eq_ignore_ascii_case(h))
        {
            return Head::HandOff;
        }
        let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(header.value),
        ) else {
            return Head::HandOff;
        };
        map.append(name, value);
    }
    Head::Boot(BootRequest {
        target,
        uri,
        headers: map,
        close,
        len,
    })
}

/// A `Connection` header's meaning for the loop: `Some(true)` to close after the response,
/// `Some(false)` to keep the connection, `None` for anything else (an upgrade, hop-by-hop
/// header names), which hyper handles.
fn connection_close(value: &[u8]) -> Option<bool> {
    let mut close = false;
    for token in value.split(|b| *b == b',') {
        let token = token.trim_ascii();
        if token.eq_ignore_ascii_case(b"close") {
            close = true;
        } else if !token.eq_ignore_ascii_case(b"keep-alive") {
            return None;
        }
    }
    Some(close)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boot(raw: &str) -> BootRequest {
        match read(raw.as_bytes()) {
            Head::Boot(request) => request,
            other => panic!("{raw:?}: {other:?}"),
        }
    }

    fn handed_off(raw: &str) -> bool {
        matches!(read(raw.as_bytes()), Head::HandOff)
    }

    #[test]
    fn boot_requests_are_answered_by_the_loop() {
        let raw = "GET /boot/52-54-00-12-34-56.ipxe HTTP/1.1\r\nHost: [2001:db8::1]:8080\r\nUser-Agent: iPXE/1.21\r\n\r\n";
        let r = boot(raw);
        assert_eq!(r.target, BootTarget::Script);
        assert_eq!(r.name(), "52-54-00-12-34-56.ipxe");
        assert_eq!(r.len, raw.len());
        assert!(!r.close);
        assert_eq!(r.headers["host"], "[2001:db8::1]:8080");
        assert_eq!(r.headers.len(), 2);

        let r = boot("GET /assets/debian/linux?x=1 HTTP/1.1\r\nRange: bytes=0-9\r\nConnection: close\r\n\r\n");
        assert_eq!(r.target, BootTarget::Asset);
        assert_eq!(r.name(), "debian/linux");
        assert!(r.close);
        assert_eq!(r.headers["range"], "bytes=0-9");
        // An explicit empty body is no body.
        assert!(
            !boot("GET /assets/a HTTP/1.1\r\nContent-Length: 0\r\nConnection: Keep-Alive\r\n\r\n")
                .close
        );
    }

    #[test]
    fn a_head_not_yet_complete_is_read_further_up_to_the_limit() {
        assert!(matches!(
            read(b"GET /boot/a.ipxe HTTP/1.1\r\nHost: x\r\n"),
            Head::Partial
        ));
        assert!(matches!(read(b""), Head::Partial));
        let long = format!("GET /boot/a.ipxe HTTP/1.1\r\nX: {}", "a".repeat(MAX_HEAD));
        assert!(handed_off(&long));
    }

    #[test]
    fn only_the_two_plain_boot_gets_stay_in_the_loop() {
        for raw in [
            // Other methods, paths and versions.
            "HEAD /assets/a HTTP/1.1\r\n\r\n",
            "POST /boot/aa/done HTTP/1.1\r\nContent-Length: 0\r\n\r\n",
            "GET /ipxe.efi HTTP/1.1\r\n\r\n",
            "GET /machines HTTP/1.1\r\n\r\n",
            "GET /boot/a.ipxe HTTP/1.0\r\n\r\n",
            "GET http://h/boot/a.ipxe HTTP/1.1\r\n\r\n",
            // What the router's extractor would decode or refuse.
            "GET /assets/a%2fb HTTP/1.1\r\n\r\n",
            "GET /boot/a%2e.ipxe HTTP/1.1\r\n\r\n",
            "GET /boot/a/b.ipxe HTTP/1.1\r\n\r\n",
            "GET /assets/ HTTP/1.1\r\n\r\n",
            // Bodies, upgrades and the rest of HTTP/1.1's framing stay hyper's.
            "GET /boot/a.ipxe HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
            "GET /boot/a.ipxe HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 5\r\n\r\n",
            "GET /boot/a.ipxe HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            "GET /boot/a.ipxe HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n",
            "GET /boot/a.ipxe HTTP/1.1\r\nExpect: 100-continue\r\n\r\n",
            // Malformed heads.
            "GET /boot/a.ipxe HTTP/1.1\r\nBad Header: x\r\n\r\n",
            "GET /boot/a.ipxe HTTP/1.1\r\n: x\r\n\r\n",
            "GET\r\n\r\n",
        ] {
            assert!(handed_off(raw), "{raw:?} should go to hyper");
        }
        let many: String = (0..=MAX_HEADERS).map(|i| format!("X-{i}: v\r\n")).collect();
        assert!(handed_off(&format!(
            "GET /boot/a.ipxe HTTP/1.1\r\n{many}\r\n"
        )));
    }

    #[test]
    fn pipelined_requests_are_read_one_at_a_time() {
        let first = "GET /boot/a.ipxe HTTP/1.1\r\n\r\n";
        let raw = format!("{first}GET /assets/b HTTP/1.1\r\n\r\n");
        let r = boot(&raw);
        assert_eq!((r.name(), r.len), ("a.ipxe", first.len()));
        assert_eq!(boot(&raw[r.len..]).name(), "b");
    }
}
