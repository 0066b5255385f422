//! The plain-HTTP (boot) listener's connections. Firmware and iPXE speak HTTP/1.1 only.
//!
//! - A connection starts in [`BootConnection`]'s own loop: while its requests are the two a
//!   boot storm makes by the thousand, `GET /boot/NAME.ipxe` and `GET /assets/PATH`
//!   ([`request_head`]), it reads each head with `httparse`, calls the router's own handlers
//!   ([`boot::script_response_for`], [`boot::asset_response`]) and writes the response
//!   itself ([`response_head`]), head and body in one `writev`. That is ~0.8 µs less CPU
//!   per request than hyper's HTTP/1 dispatcher (~9 % of a script hit; bench/README.md,
//!   "HTTP: the boot listener's own loop"). A file too big for the hot-file cache goes from
//!   the page cache with `sendfile(2)` ([`FileRegion`]), which hyper cannot do.
//! - At its first other request (anything else, or a boot request with a body, an upgrade,
//!   HTTP/1.0, a head hyper should judge) the connection goes to hyper's HTTP/1 for good,
//!   with the bytes already read put back in front ([`Rewind`]), and its requests to the
//!   router with [`ConnectInfo`] set. So every other edge of HTTP/1.1 stays hyper's.
//!
//! Bounds as before: connections beyond [`ConnectionLimits::max`] are closed at accept, and
//! crowded ones get [`HEADER_READ_TIMEOUT`] per head in either loop. Shutdown as
//! `axum::serve`'s graceful one: stop accepting, let requests in flight finish, close idle
//! keep-alive connections.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::header;
use axum::response::Response;
use axum::Router;
use bytes::{Buf, Bytes, BytesMut};
use futures_util::StreamExt;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use nix::sys::socket::MsgFlags;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, Interest, ReadBuf};
use tokio::net::TcpStream;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower::ServiceExt;

use super::boot;
use super::memory_file::FileRegion;
use super::request_head::{self, BootRequest, BootTarget, Head};
use super::response_head::{self, Framing};
use crate::metrics::Metrics;
use crate::state::AppState;

/// A request's headers, and on a keep-alive connection the wait for the next request, must
/// arrive within this once the listener is crowded ([`ConnectionLimits::untimed`]).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Connections served without the header-read timer while no more are open.
const UNTIMED_CONNECTIONS: usize = 512;

/// The plain listener's bounds: anyone on the wire can open connections, so how many are
/// held, and for how long an idle or trickling one is kept, is bounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// Open at once; a connection beyond this is closed as soon as it is accepted (counted
    /// in `bootforge_http_connections_refused_total`) rather than failing `accept` for
    /// want of descriptors.
    pub max: usize,
    /// While no more than this many are open a new connection gets no header-read timer:
    /// hyper arms one per request, ~1 µs of the ~7 µs of CPU a script hit costs
    /// (bench/README.md, boot storm V). Beyond it every new connection must send each
    /// request's headers within [`HEADER_READ_TIMEOUT`], so connections that never send
    /// anything can hold at most this many slots for good.
    pub untimed: usize,
}

impl ConnectionLimits {
    /// Three quarters of the process's open-files limit, the rest left for TFTP transfers,
    /// the database and files.
    pub fn for_open_files(open_files: u64) -> ConnectionLimits {
        let max = usize::try_from(open_files / 4 * 3)
            .unwrap_or(usize::MAX)
            .clamp(64, 1 << 20);
        ConnectionLimits {
            max,
            untimed: UNTIMED_CONNECTIONS.min(max / 2),
        }
    }

    /// How a connection accepted while `open` others are open is served.
    fn admit(&self, open: usize) -> Admission {
        if open >= self.max {
            Admission::Refuse
        } else if open >= self.untimed {
            Admission::Timed
        } else {
            Admission::Untimed
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Admission {
    Untimed,
    Timed,
    Refuse,
}

/// Counts a connection in `http_connections_open` from its accept until dropped (its task
/// ends).
struct OpenConnection(Arc<Metrics>);

impl OpenConnection {
    fn count(metrics: &Arc<Metrics>) -> OpenConnection {
        metrics
            .http_connections_open
            .fetch_add(1, Ordering::Relaxed);
        OpenConnection(metrics.clone())
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        self.0.http_connections_open.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Serve `listener` until `shutdown`, then finish what is in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    state: Arc<AppState>,
    limits: ConnectionLimits,
    shutdown: CancellationToken,
) -> std::io::Result<()> {
    let untimed = Arc::new(hyper::server::conn::http1::Builder::new());
    let mut timed = hyper::server::conn::http1::Builder::new();
    timed
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let timed = Arc::new(timed);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let connections = TaskTracker::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = shutdown.cancelled() => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // As axum::serve: a connection that failed before accept is its client's
                // problem; anything else (out of file descriptors) is waited out.
                if !is_connection_error(&e) {
                    tracing::error!(error = %e, "HTTP accept failed; retrying in 1 s");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
                continue;
            }
        };
        let open = state.metrics.http_connections_open.load(Ordering::Relaxed);
        let admission = limits.admit(usize::try_from(open).unwrap_or(usize::MAX));
        let http = match admission {
            Admission::Untimed => &untimed,
            Admission::Timed => &timed,
            Admission::Refuse => {
                state
                    .metrics
                    .http_connections_refused
                    .fetch_add(1, Ordering::Relaxed);
                drop(stream);
                continue;
            }
        };
        let counted = OpenConnection::count(&state.metrics);
        // One response per request: nothing for Nagle to coalesce, only latency to add.
        let _ = stream.set_nodelay(true);
        let connection = BootConnection {
            stream,
            peer,
            state: state.clone(),
            head_deadline: (admission == Admission::Timed).then_some(HEADER_READ_TIMEOUT),
            shutdown: shutdown.clone(),
        };
        let hand_off = HandOff {
            http: http.clone(),
            router: router.clone(),
            watcher: graceful.watcher(),
        };
        connections.spawn(async move {
            connection.serve(hand_off).await;
            drop(counted);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    connections.close();
    connections.wait().await;
    Ok(())
}

fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}

/// One connection while its requests are boot requests ([`request_head`]), answered here:
/// read the head, call the same handlers the router would, write the response.
struct BootConnection {
    stream: TcpStream,
    peer: SocketAddr,
    state: Arc<AppState>,
    /// Timed connections ([`Admission::Timed`]) get this long for each head.
    head_deadline: Option<Duration>,
    shutdown: CancellationToken,
}

/// Where a connection goes at its first request that is not a boot request.
struct HandOff {
    http: Arc<hyper::server::conn::http1::Builder>,
    router: Router,
    watcher: hyper_util::server::graceful::Watcher,
}

impl BootConnection {
    async fn serve(mut self, hand_off: HandOff) {
        let mut buf = BytesMut::with_capacity(READ_CHUNK);
        loop {
            let request = match self.read_head(&mut buf).await {
                Some(Head::Boot(request)) => request,
                Some(Head::HandOff) => break,
                // Closed, timed out, shut down, or a read error.
                Some(Head::Partial) | None => return,
            };
            buf.advance(request.len);
            let close = request.close;
            let response = answer(&self.state, request, self.peer).await;
            match write_response(&self.stream, response, close).await {
                Ok(true) if !self.shutdown.is_cancelled() => {}
                // Asked to close, a body of unknown length, gone, or shutting down.
                Ok(_) | Err(_) => return,
            }
        }
        // The rest of the connection is hyper's, starting with the bytes already read.
        let io = TokioIo::new(Rewind {
            prefix: buf.freeze(),
            stream: self.stream,
        });
        let service = Connection {
            router: hand_off.router,
            peer: self.peer,
        };
        let conn = hand_off.http.serve_connection(io, service);
        if let Err(e) = hand_off.watcher.watch(conn).await {
            tracing::trace!(error = %e, "HTTP connection ended with an error");
        }
    }

    /// Reads until `buf` starts with a whole head (or one to hand off). `None`: the
    /// connection is to be dropped.
    async fn read_head(&mut self, buf: &mut BytesMut) -> Option<Head> {
        let deadline = self.head_deadline.map(|d| tokio::time::Instant::now() + d);
        loop {
            match request_head::read(buf) {
                Head::Partial => {}
                head => return Some(head),
            }
            if buf.capacity() - buf.len() < READ_CHUNK / 4 {
                buf.reserve(READ_CHUNK);
            }
            let read = async {
                match deadline {
                    Some(at) => tokio::time::timeout_at(at, self.stream.read_buf(buf))
                        .await
                        .unwrap_or(Ok(0)),
                    None => self.stream.read_buf(buf).await,
                }
            };
            let read = tokio::select! {
                read = read => read,
                // At shutdown a connection waiting for a head closes (an idle keep-alive one,
                // as hyper's graceful shutdown closes it, and one whose head has not all
                // come, so a stalled client cannot hold the shutdown up).
                () = self.shutdown.cancelled() => return None,
            };
            match read {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
        }
    }
}

/// How much a connection's buffer grows by when a head needs more room.
const READ_CHUNK: usize = 4096;

/// The same response the router's handler gives.
async fn answer(state: &AppState, request: BootRequest, peer: SocketAddr) -> Response {
    match request.target {
        BootTarget::Script => {
            boot::script_response_for(state, request.name(), Some(peer.ip()), &request.headers)
                .await
        }
        BootTarget::Asset => {
            let file = boot::FileRequest::get(&request.headers, peer.ip());
            boot::asset_response(state, request.name().to_string(), file).await
        }
    }
}

/// Writes `response`; `Ok(true)` if the connection may carry another request.
async fn write_response(
    stream: &TcpStream,
    response: Response,
    close: bool,
) -> std::io::Result<bool> {
    let (parts, body) = response.into_parts();
    let region = parts.extensions.get::<FileRegion>();
    let length = region.map(|r| r.len).or_else(|| {
        http_body::Body::size_hint(&body).exact().or_else(|| {
            parts
                .headers
                .get(header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok()?.parse().ok())
        })
    });
    let framing = Framing::for_status(parts.status, length);
    let mut out = Vec::with_capacity(HEAD_CAPACITY);
    response_head::write(&mut out, parts.status, &parts.headers, framing, close);
    match (framing, region) {
        (Framing::None, _) => write_all(stream, &out, MsgFlags::empty()).await?,
        // A file too big for memory: its bytes go from the page cache to the socket, and the
        // body (which would read them through this process) is dropped unread. The head
        // waits in the socket for the file's first bytes (one segment).
        (_, Some(region)) => {
            write_all(stream, &out, MsgFlags::from_bits_retain(libc::MSG_MORE)).await?;
            send_file(stream, region).await?;
        }
        (Framing::Length(_) | Framing::UntilClose, None) => {
            // The head goes out with the body's first bytes: a head of its own would be a
            // segment of its own (no Nagle here), and one more wake-up of the client.
            let mut body = body.into_data_stream();
            let mut sent = 0u64;
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(std::io::Error::other)?;
                sent += chunk.len() as u64;
                if matches!(framing, Framing::Length(len) if sent > len) {
                    return Err(std::io::ErrorKind::InvalidData.into());
                }
                write_all_vectored(stream, &out, &chunk).await?;
                out.clear();
            }
            // An empty body: the head alone.
            write_all(stream, &out, MsgFlags::empty()).await?;
            if matches!(framing, Framing::Length(len) if sent != len) {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
        }
    }
    Ok(!close && framing != Framing::UntilClose)
}

/// Room for a head.
const HEAD_CAPACITY: usize = 512;

/// `first` then `second`, in as few `writev`s as the socket takes.
async fn write_all_vectored(
    stream: &TcpStream,
    mut first: &[u8],
    mut second: &[u8],
) -> std::io::Result<()> {
    while !first.is_empty() {
        let slices = [std::io::IoSlice::new(first), std::io::IoSlice::new(second)];
        let n = stream
            .async_io(Interest::WRITABLE, || {
                nix::sys::uio::writev(stream, &slices).map_err(std::io::Error::from)
            })
            .await?;
        let from_first = n.min(first.len());
        first = &first[from_first..];
        second = &second[n - from_first..];
    }
    write_all(stream, second, MsgFlags::empty()).await
}

async fn write_all(stream: &TcpStream, mut bytes: &[u8], flags: MsgFlags) -> std::io::Result<()> {
    while !bytes.is_empty() {
        let n = stream
            .async_io(Interest::WRITABLE, || {
                nix::sys::socket::send(stream.as_raw_fd(), bytes, flags | MsgFlags::MSG_NOSIGNAL)
                    .map_err(std::io::Error::from)
            })
            .await?;
        bytes = &bytes[n..];
    }
    Ok(())
}

/// `region` from its file into the socket with `sendfile(2)`. Like nginx's default, this
/// runs on the worker: a page not in the page cache is read from disk inside the call (boot
/// files are read again and again in a storm, so they are cached after the first). A file
/// cut short meanwhile ends the connection (the head promised its length).
async fn send_file(stream: &TcpStream, region: &FileRegion) -> std::io::Result<()> {
    let mut offset = i64::try_from(region.offset).map_err(std::io::Error::other)?;
    let mut left = region.len;
    while left > 0 {
        let count = usize::try_from(left)
            .unwrap_or(usize::MAX)
            .min(SENDFILE_CHUNK);
        let n = stream
            .async_io(Interest::WRITABLE, || {
                nix::sys::sendfile::sendfile64(stream, &*region.file, Some(&mut offset), count)
                    .map_err(std::io::Error::from)
            })
            .await?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        left -= n as u64;
    }
    Ok(())
}

/// At most this much per `sendfile` call, so one large file does not hold a worker long.
const SENDFILE_CHUNK: usize = 512 * 1024;

/// A connection's stream with the bytes already read from it put back in front, for hyper.
struct Rewind {
    prefix: Bytes,
    stream: TcpStream,
}

impl AsyncRead for Rewind {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        if !self.prefix.is_empty() {
            let n = self.prefix.len().min(buf.remaining());
            buf.put_slice(&self.prefix.split_to(n));
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Rewind {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

/// A handed-off connection's requests: the router, with [`ConnectInfo`] set.
#[derive(Clone)]
struct Connection {
    router: Router,
    peer: SocketAddr,
}

impl hyper::service::Service<hyper::Request<Incoming>> for Connection {
    type Response = Response;
    type Error = Infallible;
    type Future = tower::util::Oneshot<Router, axum::http::Request<Body>>;

    fn call(&self, request: hyper::Request<Incoming>) -> Self::Future {
        let mut request = request.map(Body::new);
        request.extensions_mut().insert(ConnectInfo(self.peer));
        self.router.clone().oneshot(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_are_untimed_then_timed_then_refused() {
        let limits = ConnectionLimits {
            max: 10,
            untimed: 4,
        };
        assert_eq!(limits.admit(0), Admission::Untimed);
        assert_eq!(limits.admit(3), Admission::Untimed);
        assert_eq!(limits.admit(4), Admission::Timed);
        assert_eq!(limits.admit(9), Admission::Timed);
        assert_eq!(limits.admit(10), Admission::Refuse);
    }

    #[test]
    fn limits_follow_the_open_files_limit() {
        assert_eq!(
            ConnectionLimits::for_open_files(65_536),
            ConnectionLimits {
                max: 49_152,
                untimed: UNTIMED_CONNECTIONS
            }
        );
        // A small limit: a quarter left for the rest, half the slots timed.
        assert_eq!(
            ConnectionLimits::for_open_files(1024),
            ConnectionLimits {
                max: 768,
                untimed: 384
            }
        );
        assert_eq!(ConnectionLimits::for_open_files(0).max, 64);
    }
}
