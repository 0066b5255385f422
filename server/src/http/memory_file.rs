//! Responses for boot files: from memory ([`crate::hot_files`]; a range is a slice of the
//! shared [`Bytes`], no copy, no file I/O) or, for a file too big for it, from the open file
//! ([`respond_from_file`]: the plain listener sends its region with `sendfile(2)`, other
//! writers read it in chunks on the blocking pool). GET and HEAD with Content-Length, a single
//! byte Range (206 / 416), as tower-http's `ServeFile` answers them.
//!
//! Range parsing is `http-range-header`'s (the crate tower-http uses). Like `ServeFile`: a
//! Range that does not parse or does not fit the file is 416 with `Content-Range: bytes */len`;
//! several ranges (multipart/byteranges) are not served (416).

use std::os::unix::fs::FileExt;
use std::sync::Arc;

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

/// Where a response's body lies in a file the server holds open (a response extension):
/// the plain listener sends it with `sendfile(2)` from the page cache ([`super::plain`])
/// instead of reading it through this process. The body reads the same bytes for any other
/// writer (hyper, TLS).
#[derive(Clone, Debug)]
pub struct FileRegion {
    pub file: Arc<std::fs::File>,
    pub offset: u64,
    pub len: u64,
}

/// What a request with `range` gets of `len` bytes: the status, the bytes to send (offset,
/// count) and the Content-Range value.
fn plan(range: Option<&str>, len: u64) -> (StatusCode, (u64, u64), Option<String>) {
    match part_for(range, len) {
        Part::Whole => (StatusCode::OK, (0, len), None),
        Part::Range {
            start,
            end_inclusive,
        } => (
            StatusCode::PARTIAL_CONTENT,
            (start, end_inclusive - start + 1),
            Some(format!("bytes {start}-{end_inclusive}/{len}")),
        ),
        Part::Unsatisfiable => (
            StatusCode::RANGE_NOT_SATISFIABLE,
            (0, 0),
            Some(format!("bytes */{len}")),
        ),
    }
}

/// The response for `data`. `range` is the request's Range header, if any.
pub fn respond(
    method: &Method,
    range: Option<&str>,
    data: Bytes,
    content_type: HeaderValue,
) -> Response {
    let (status, (offset, count), content_range) = plan(range, data.len() as u64);
    let body = if *method == Method::HEAD || count == 0 {
        Body::empty()
    } else {
        Body::from(data.slice(offset as usize..(offset + count) as usize))
    };
    build(status, count, content_range, content_type, body, None)
}

/// The response for the open `file` of `len` bytes: its region as a [`FileRegion`], and a
/// body that reads it in chunks on the blocking pool for writers that cannot `sendfile`.
pub fn respond_from_file(
    method: &Method,
    range: Option<&str>,
    file: Arc<std::fs::File>,
    len: u64,
    content_type: HeaderValue,
) -> Response {
    let (status, (offset, count), content_range) = plan(range, len);
    if *method == Method::HEAD || count == 0 {
        return build(
            status,
            count,
            content_range,
            content_type,
            Body::empty(),
            None,
        );
    }
    let body = Body::from_stream(read_region(file.clone(), offset, count));
    let region = FileRegion {
        file,
        offset,
        len: count,
    };
    build(
        status,
        count,
        content_range,
        content_type,
        body,
        Some(region),
    )
}

/// Bytes read per blocking-pool hop when a file region is read rather than sent.
const READ_CHUNK: u64 = 256 * 1024;

fn read_region(
    file: Arc<std::fs::File>,
    offset: u64,
    count: u64,
) -> impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send + 'static {
    futures_util::stream::try_unfold((file, offset, count), |(file, offset, left)| async move {
        if left == 0 {
            return Ok(None);
        }
        let n = left.min(READ_CHUNK);
        let (file, chunk) = tokio::task::spawn_blocking(move || {
            let mut chunk = vec![0u8; n as usize];
            // A file cut short meanwhile ends the body early (an error, not a short
            // body under a Content-Length that promised more).
            file.read_exact_at(&mut chunk, offset)
                .map(|()| (file, chunk))
        })
        .await
        .map_err(std::io::Error::other)??;
        Ok(Some((Bytes::from(chunk), (file, offset + n, left - n))))
    })
}

fn build(
    status: StatusCode,
    count: u64,
    content_range: Option<String>,
    content_type: HeaderValue,
    body: Body,
    region: Option<FileRegion>,
) -> Response {
    let mut builder = Response::builder()
        .status(status)
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::CONTENT_LENGTH, count);
    if status != StatusCode::RANGE_NOT_SATISFIABLE {
        builder = builder.header(header::CONTENT_TYPE, content_type);
    }
    if let Some(cr) = content_range {
        builder = builder.header(header::CONTENT_RANGE, cr);
    }
    if let Some(region) = region {
        builder = builder.extension(region);
    }
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

    #[tokio::test]
    async fn file_responses_carry_their_region_and_read_the_same_bytes() {
        let efi = HeaderValue::from_static("application/efi");
        let len = READ_CHUNK as usize * 2 + 100;
        let content: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut tmp, &content).unwrap();
        let open = || Arc::new(std::fs::File::open(tmp.path()).unwrap());
        let region = |r: &Response| {
            r.extensions()
                .get::<FileRegion>()
                .map(|region| (region.offset, region.len))
        };

        let r = respond_from_file(&Method::GET, None, open(), len as u64, efi.clone());
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(region(&r), Some((0, len as u64)));
        assert_eq!(
            h(&r, header::CONTENT_LENGTH),
            Some(len.to_string().as_str())
        );
        // The body, for writers that cannot sendfile: the same bytes, across chunks.
        assert_eq!(body(r).await, content);

        let r = respond_from_file(
            &Method::GET,
            Some("bytes=262140-262149"),
            open(),
            len as u64,
            efi.clone(),
        );
        assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
        assert_eq!(region(&r), Some((262_140, 10)));
        assert_eq!(
            h(&r, header::CONTENT_RANGE),
            Some(format!("bytes 262140-262149/{len}").as_str())
        );
        assert_eq!(body(r).await, &content[262_140..262_150]);

        let r = respond_from_file(&Method::HEAD, None, open(), len as u64, efi.clone());
        assert_eq!(
            (region(&r), h(&r, header::CONTENT_LENGTH)),
            (None, Some(len.to_string().as_str()))
        );
        let r = respond_from_file(&Method::GET, Some("bytes=999999-"), open(), len as u64, efi);
        assert_eq!(
            (r.status(), region(&r)),
            (StatusCode::RANGE_NOT_SATISFIABLE, None)
        );
    }
}
