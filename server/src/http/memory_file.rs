//! Responses for boot files held in memory ([`crate::hot_files`]): GET and HEAD with
//! Content-Length, a single byte Range (206 / 416), as tower-http's `ServeFile` answers them,
//! but from shared [`Bytes`] (a range is a slice of them, no copy, no file I/O).
//!
//! Range parsing is `http-range-header`'s (the crate tower-http uses). Like `ServeFile`: a
//! Range that does not parse or does not fit the file is 416 with `Content-Range: bytes */len`;
//! several ranges (multipart/byteranges) are not served (416).

use axum::body::Body;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::Response;
use bytes::Bytes;

/// The status and the part of `len` bytes a request with `range` gets.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    Range { start: u64, end_inclusive: u64 },
    Unsatisfiable,
}

pub fn part_for(range: Option<&str>, len: u64) -> Part {
    let Some(range) = range else {
        return Part::Whole;
    };
    let Ok(parsed) = http_range_header::parse_range_header(range) else {
        return Part::Unsatisfiable;
    };
    match parsed.validate(len).as_deref() {
        Ok([one]) if len > 0 => Part::Range {
            start: *one.start(),
            end_inclusive: *one.end(),
        },
        _ => Part::Unsatisfiable,
    }
}

/// The response for `data`. `range` is the request's Range header, if any.
pub fn respond(
    method: &Method,
    range: Option<&str>,
    data: Bytes,
    content_type: HeaderValue,
) -> Response {
    let len = data.len() as u64;
    let (status, body, content_range) = match part_for(range, len) {
        Part::Whole => (StatusCode::OK, data, None),
        Part::Range {
            start,
            end_inclusive,
        } => (
            StatusCode::PARTIAL_CONTENT,
            data.slice(start as usize..=end_inclusive as usize),
            Some(format!("bytes {start}-{end_inclusive}/{len}")),
        ),
        Part::Unsatisfiable => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            Bytes::new(),
            Some(format!("bytes */{len}")),
        ),
    };
    let body_len = body.len();
    let mut builder = Response::builder()
        .status(status)
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::CONTENT_LENGTH, body_len);
    if status != StatusCode::RANGE_NOT_SATISFIABLE {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    if let Some(cr) = content_range {
        builder = builder.header(header::CONTENT_RANGE, cr);
    }
    let body = if *method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(body)
    };
    builder.body(body).unwrap_or_else(|_| {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        r
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Bytes {
        Bytes::from((0..100u8).collect::<Vec<_>>())
    }

    async fn body(r: Response) -> Vec<u8> {
        axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    fn h(r: &Response, name: header::HeaderName) -> Option<&str> {
        r.headers().get(name).and_then(|v| v.to_str().ok())
    }

    #[test]
    fn ranges() {
        assert_eq!(part_for(None, 100), Part::Whole);
        assert_eq!(
            part_for(Some("bytes=10-19"), 100),
            Part::Range {
                start: 10,
                end_inclusive: 19
            }
        );
        assert_eq!(
            part_for(Some("bytes=-10"), 100),
            Part::Range {
                start: 90,
                end_inclusive: 99
            }
        );
        assert_eq!(
            part_for(Some("bytes=90-"), 100),
            Part::Range {
                start: 90,
                end_inclusive: 99
            }
        );
        // An end past the file is cut to the file.
        assert_eq!(
            part_for(Some("bytes=95-500"), 100),
            Part::Range {
                start: 95,
                end_inclusive: 99
            }
        );
        assert_eq!(part_for(Some("bytes=100-"), 100), Part::Unsatisfiable);
        assert_eq!(part_for(Some("bytes=-200"), 100), Part::Unsatisfiable);
        assert_eq!(part_for(Some("bytes=0-1,5-6"), 100), Part::Unsatisfiable);
        assert_eq!(part_for(Some("lines=1-2"), 100), Part::Unsatisfiable);
        assert_eq!(part_for(Some("bytes=0-"), 0), Part::Unsatisfiable);
    }

    #[tokio::test]
    async fn get_head_and_range_responses() {
        let efi = HeaderValue::from_static("application/efi");
        let r = respond(&Method::GET, None, data(), efi.clone());
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(h(&r, header::CONTENT_LENGTH), Some("100"));
        assert_eq!(h(&r, header::CONTENT_TYPE), Some("application/efi"));
        assert_eq!(body(r).await, data().to_vec());

        let r = respond(&Method::HEAD, None, data(), efi.clone());
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(h(&r, header::CONTENT_LENGTH), Some("100"));
        assert!(body(r).await.is_empty());

        let r = respond(&Method::GET, Some("bytes=10-19"), data(), efi.clone());
        assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(h(&r, header::CONTENT_RANGE), Some("bytes 10-19/100"));
        assert_eq!(h(&r, header::CONTENT_LENGTH), Some("10"));
        assert_eq!(body(r).await, (10..20u8).collect::<Vec<_>>());

        let r = respond(&Method::GET, Some("bytes=200-"), data(), efi);
        assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
        assert_eq!(h(&r, header::CONTENT_RANGE), Some("bytes */100"));
        assert!(body(r).await.is_empty());
    }
}
