//! The status line and headers of a response [`super::plain`]'s loop writes itself, framed
//! as hyper frames them: the handler's headers, then `content-length` (or none and a close
//! for a body of unknown length), `date`, and `connection: close` when the connection ends
//! after it.

use std::cell::RefCell;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::http::{header, HeaderMap, StatusCode};

/// How the body after the head is delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// No body may follow (1xx, 204, 304).
    None,
    Length(u64),
    /// Unknown length: the body ends when the connection closes.
    UntilClose,
}

impl Framing {
    pub fn for_status(status: StatusCode, length: Option<u64>) -> Framing {
        if status.is_informational()
            || status == StatusCode::NO_CONTENT
            || status == StatusCode::NOT_MODIFIED
        {
            Framing::None
        } else {
            length.map_or(Framing::UntilClose, Framing::Length)
        }
    }
}

/// Appends the head of a `status` response with `headers` to `out`. The framing headers are
/// this function's: any `content-length`, `transfer-encoding`, `connection` or `date` among
/// `headers` is replaced.
pub fn write(
    out: &mut Vec<u8>,
    status: StatusCode,
    headers: &HeaderMap,
    framing: Framing,
    close: bool,
) {
    out.extend_from_slice(b"HTTP/1.1 ");
    out.extend_from_slice(status.as_str().as_bytes());
    out.push(b' ');
    out.extend_from_slice(status.canonical_reason().unwrap_or("").as_bytes());
    out.extend_from_slice(b"\r\n");
    for (name, value) in headers {
        if [
            header::CONTENT_LENGTH,
            header::TRANSFER_ENCODING,
            header::CONNECTION,
            header::DATE,
        ]
        .contains(name)
        {
            continue;
        }
        out.extend_from_slice(name.as_str().as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    if let Framing::Length(len) = framing {
        out.extend_from_slice(b"content-length: ");
        out.extend_from_slice(len.to_string().as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"date: ");
    with_date(|date| out.extend_from_slice(date));
    out.extend_from_slice(b"\r\n");
    if close || framing == Framing::UntilClose {
        out.extend_from_slice(b"connection: close\r\n");
    }
    out.extend_from_slice(b"\r\n");
}

thread_local! {
    /// The `date` value, formatted once a second per thread (as hyper caches it).
    static DATE: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
}

fn with_date(f: impl FnOnce(&[u8])) {
    let now = SystemTime::now();
    let second = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    DATE.with_borrow_mut(|(cached_second, date)| {
        if *cached_second != second {
            *cached_second = second;
            *date = httpdate::fmt_http_date(now);
        }
        f(date.as_bytes());
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn head(status: StatusCode, headers: &HeaderMap, framing: Framing, close: bool) -> String {
        let mut out = Vec::new();
        write(&mut out, status, headers, framing, close);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn heads_are_framed_as_hyper_frames_them() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        // Framing is the writer's, whatever the handler set.
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from_static("999"));
        headers.insert(header::CONNECTION, HeaderValue::from_static("upgrade"));
        let text = head(StatusCode::OK, &headers, Framing::Length(12), false);
        let mut parsed = [httparse::EMPTY_HEADER; 8];
        let mut response = httparse::Response::new(&mut parsed);
        assert_eq!(
            response.parse(text.as_bytes()).unwrap(),
            httparse::Status::Complete(text.len())
        );
        assert_eq!((response.code, response.reason), (Some(200), Some("OK")));
        let names: Vec<_> = response.headers.iter().map(|h| h.name).collect();
        assert_eq!(names, ["content-type", "content-length", "date"]);
        assert_eq!(response.headers[1].value, b"12");
        let date = std::str::from_utf8(response.headers[2].value).unwrap();
        assert!(httpdate::parse_http_date(date).is_ok(), "{date}");

        let text = head(
            StatusCode::PARTIAL_CONTENT,
            &HeaderMap::new(),
            Framing::Length(0),
            true,
        );
        assert!(
            text.starts_with("HTTP/1.1 206 Partial Content\r\n"),
            "{text}"
        );
        assert!(text.ends_with("connection: close\r\n\r\n"), "{text}");
        assert!(text.contains("content-length: 0\r\n"));
    }

    #[test]
    fn no_length_for_bodiless_statuses_and_a_close_for_unknown_lengths() {
        assert_eq!(
            Framing::for_status(StatusCode::NOT_MODIFIED, Some(10)),
            Framing::None
        );
        assert_eq!(
            Framing::for_status(StatusCode::NO_CONTENT, None),
            Framing::None
        );
        assert_eq!(
            Framing::for_status(StatusCode::OK, Some(10)),
            Framing::Length(10)
        );
        assert_eq!(
            Framing::for_status(StatusCode::OK, None),
            Framing::UntilClose
        );
        let text = head(
            StatusCode::NOT_MODIFIED,
            &HeaderMap::new(),
            Framing::None,
            false,
        );
        assert!(
            !text.contains("content-length") && !text.contains("connection"),
            "{text}"
        );
        let text = head(
            StatusCode::OK,
            &HeaderMap::new(),
            Framing::UntilClose,
            false,
        );
        assert!(text.contains("connection: close\r\n"), "{text}");
        assert!(!text.contains("content-length"), "{text}");
    }
}
