//! Read-only TFTP for UEFI PXE firmware, on the `async-tftp` crate (vendored with patches,
//! see `third_party/async-tftp/README.bootforge.md`).
//!
//! The crate owns the protocol (options, windows, retransmission, one task per transfer);
//! this module decides which file a request gets ([`crate::boot::files`]) and turns every
//! transfer into boot events. async-tftp has no completion callback, so the file is wrapped
//! in a [`TransferReader`] that counts bytes and reports how the transfer ended when the
//! crate drops it.

use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use async_tftp::packet;
use async_tftp::server::{Handler, TftpServerBuilder};
use futures_lite::AsyncRead;
use tokio::sync::oneshot;

use crate::boot::client::mac_for_address;
use crate::boot::files::{BootFiles, Refusal, ResolvedFile};
use crate::events::{BootStage, TftpEndDetail, TftpRefusedDetail, TftpStartDetail};
use crate::hot_files::{HotFiles, Opened};
use crate::state::AppState;
use crate::store::{BootEvent, EventSource};

pub mod window;

/// Retransmissions of one window before a silent client's transfer is dropped. The crate's
/// default (100 × timeout) would hold a vanished client for five minutes.
const MAX_SEND_RETRIES: u32 = 6;

/// Serve TFTP on `config.tftp.listen` until `state.shutdown` is cancelled.
pub async fn run(state: AppState) -> anyhow::Result<()> {
    let config = state.config();
    let cfg = &config.tftp;
    let root = BootFiles::from_config(&config).root;
    std::fs::create_dir_all(&root)
        .with_context(|| format!("creating TFTP root {}", root.display()))?;
    let handler = BootTftpHandler {
        state: state.clone(),
        runtime: tokio::runtime::Handle::current(),
    };
    // Bound here so the address actually bound (port 0: any free one) can be reported.
    let socket = bind_listener(cfg.listen)
        .with_context(|| format!("binding TFTP on {} (config key tftp.listen)", cfg.listen))?;
    let bound = socket.local_addr()?;
    let server = TftpServerBuilder::with_handler(handler)
        .std_socket(socket)?
        .block_size_limit(cfg.max_block_size)
        .window_size_limit(cfg.max_window_size)
        .timeout(Duration::from_secs(cfg.timeout_secs))
        .max_send_retries(MAX_SEND_RETRIES)
        .stats(state.metrics.tftp_server.clone())
        .handler_per_transfer()
        // A window (windowsize > 1) in one system call (async-tftp patch 8), segmented by
        // the kernel where it can (window.rs).
        .window_sender({
            let metrics = state.metrics.clone();
            move |socket, packets, peer| {
                window::send_window(socket, packets, peer, &metrics.tftp_windows)
            }
        })
        // Transfers on the server's own transfer threads, each ended by shutdown like the
        // serve future (see `TransferPool`).
        .spawner({
            let pool = TransferPool::start(state.shutdown.clone())?;
            move |transfer| pool.spawn(transfer)
        })
        .build()
        .await
        .with_context(|| format!("binding TFTP on {}", cfg.listen))?;
    state.listeners.bound(crate::ready::Listener::Tftp, bound);
    tracing::info!(listen = %bound, root = %root.display(), "TFTP serving");
    // The listener is a thread of its own, blocked in `recv_from` (async-tftp patch 12):
    // as a task it was woken through async-io's reactor thread and queued behind the
    // running transfers, and a storm's burst of probes waited in the socket for it. It
    // stops taking requests within `LISTENER_CHECK` of shutdown; transfers end with
    // `state.shutdown`.
    let (ended_tx, ended) = oneshot::channel();
    let shutdown = state.shutdown.clone();
    std::thread::Builder::new()
        .name("tftp-listener".into())
        .spawn(move || {
            let ended = server.serve_blocking(LISTENER_CHECK, || !shutdown.is_cancelled());
            let _ = ended_tx.send(ended);
        })
        .context("starting the TFTP listener thread")?;
    tokio::select! {
        ended = ended => match ended {
            Ok(res) => res.context("TFTP server"),
            Err(_) => anyhow::bail!("TFTP listener thread ended without a result"),
        },
        _ = state.shutdown.cancelled() => Ok(()),
    }
}

/// The threads that run TFTP transfers: one per core, each polling async-io's reactor
/// itself while it has nothing to run (`async_io::block_on`), all sharing one executor.
///
/// The crate's sockets are async-io's. As tokio tasks, a transfer that parked for its ACK
/// was woken by async-io's own reactor thread, then by a futex wake of a tokio worker:
/// two thread hand-offs per parked block, and a third thread competing for the cores. Here
/// the thread that reads the readiness is the one that runs the transfer (dnsmasq's
/// shape, on every core), and a timer insertion wakes no other thread.
struct TransferPool {
    executor: std::sync::Arc<async_executor::Executor<'static>>,
    shutdown: tokio_util::sync::CancellationToken,
}

impl TransferPool {
    fn start(shutdown: tokio_util::sync::CancellationToken) -> anyhow::Result<TransferPool> {
        let executor = std::sync::Arc::new(async_executor::Executor::new());
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        for i in 0..threads {
            let (executor, shutdown) = (executor.clone(), shutdown.clone());
            std::thread::Builder::new()
                .name(format!("tftp-transfer-{i}"))
                .spawn(move || async_io::block_on(executor.run(shutdown.cancelled())))
                .context("starting a TFTP transfer thread")?;
        }
        Ok(TransferPool { executor, shutdown })
    }

    /// Runs `transfer` until it ends or the server shuts down.
    fn spawn(&self, transfer: impl std::future::Future<Output = ()> + Send + 'static) {
        let shutdown = self.shutdown.clone();
        self.executor
            .spawn(async move {
                futures_lite::future::or(transfer, async move { shutdown.cancelled().await }).await
            })
            .detach();
    }
}

/// How often the listener thread looks at the shutdown token while no request comes.
const LISTENER_CHECK: Duration = Duration::from_millis(200);

/// The listening socket's receive buffer. A storm's probes come together (1 000 machines'
/// RRQs within ~0.5 s); the default (~208 KiB, about 200 small datagrams once the kernel's
/// per-datagram overhead is counted) dropped hundreds of them, each a 1 s retry for its
/// client. 4 MiB holds a few thousand requests; what a request costs while it waits is
/// bounded by it.
const LISTEN_RECEIVE_BUFFER: usize = 4 << 20;

/// The TFTP listening socket, non-blocking, with [`LISTEN_RECEIVE_BUFFER`].
fn bind_listener(addr: SocketAddr) -> io::Result<std::net::UdpSocket> {
    use nix::sys::socket::{setsockopt, sockopt};
    use socket2::{Domain, Protocol, Socket, Type};
    let sock = Socket::new(Domain::for_address(addr), Type::DGRAM, Some(Protocol::UDP))?;
    // SO_RCVBUFFORCE (root / CAP_NET_ADMIN) passes net.core.rmem_max; else SO_RCVBUF, capped.
    if setsockopt(&sock, sockopt::RcvBufForce, &LISTEN_RECEIVE_BUFFER).is_err() {
        let _ = sock.set_recv_buffer_size(LISTEN_RECEIVE_BUFFER);
    }
    sock.bind(&addr.into())?;
    Ok(sock.into())
}

/// Opens files for async-tftp. Each transfer has its own clone (async-tftp patch 10: no
/// server-wide lock around the open, which starved some requests for > 6 s in a storm of
/// 1 000); it only resolves and opens the file here, in the transfer's task; the MAC lookup
/// and event recording run in a separate tokio task per transfer.
#[derive(Clone)]
struct BootTftpHandler {
    state: AppState,
    runtime: tokio::runtime::Handle,
}

impl Handler for BootTftpHandler {
    type Reader = TransferReader;
    type Writer = futures_lite::io::Sink;

    async fn read_req_open(
        &mut self,
        client: &SocketAddr,
        path: &Path,
    ) -> Result<(Self::Reader, Option<u64>), packet::Error> {
        let requested = path.to_string_lossy().into_owned();
        // Per request, so a reload's TFTP root and iPXE binaries apply at once.
        let files = BootFiles::from_config(&self.state.config());
        // Inline, not on a blocking pool: a hot file costs a path resolution and a `stat`
        // (microseconds), while a hop to a pool thread and back, taken under the crate's
        // handler lock, made every request in a storm wait for the scheduler in turn (the
        // EDK2 probe's OACK took > 1 s at 1 000 clients). Only a cold file's first read
        // blocks longer, once.
        let opened = open_boot_file(&files, &self.state.hot_files, &requested);
        let (file, size, resolved) = match opened {
            Ok(found) => found,
            Err(refusal) => {
                self.state
                    .metrics
                    .tftp_requests_refused
                    .fetch_add(1, Ordering::Relaxed);
                self.refuse(*client, &requested, &refusal);
                return Err(tftp_error_for(&refusal));
            }
        };
        self.state
            .metrics
            .tftp_transfers_started
            .fetch_add(1, Ordering::Relaxed);
        let outcome = spawn_transfer_recorder(
            &self.runtime,
            self.state.clone(),
            *client,
            requested,
            resolved,
            size,
        );
        Ok((TransferReader::new(file, size, outcome), Some(size)))
    }

    async fn write_req_open(
        &mut self,
        client: &SocketAddr,
        path: &Path,
        _size: Option<u64>,
    ) -> Result<Self::Writer, packet::Error> {
        self.state
            .metrics
            .tftp_write_requests_refused
            .fetch_add(1, Ordering::Relaxed);
        tracing::warn!(client = %client, file = %path.display(), "TFTP write refused: server is read-only");
        Err(packet::Error::IllegalOperation)
    }
}

impl BootTftpHandler {
    fn refuse(&self, client: SocketAddr, requested: &str, refusal: &Refusal) {
        if refusal.is_hostile() {
            tracing::warn!(client = %client, file = requested, reason = %refusal, "TFTP request refused");
        } else {
            tracing::info!(client = %client, file = requested, reason = %refusal, "TFTP request refused");
        }
        let state = self.state.clone();
        let detail = TftpRefusedDetail {
            file: requested.to_string(),
            reason: refusal.to_string(),
        };
        self.runtime.spawn(async move {
            let mac = mac_for_address(&state, client.ip()).await;
            state.writer.record(
                BootEvent::new(EventSource::Tftp, BootStage::TftpRefused, mac.map(|m| m.0))
                    .address(client.ip())
                    .detail(detail),
            );
        });
    }
}

fn tftp_error_for(refusal: &Refusal) -> packet::Error {
    match refusal {
        Refusal::ParentDir | Refusal::Escape | Refusal::Nul => packet::Error::PermissionDenied,
        Refusal::Empty | Refusal::NotFound | Refusal::NotAFile => packet::Error::FileNotFound,
        Refusal::Root(_) => packet::Error::Msg("boot root unavailable".into()),
    }
}

fn open_boot_file(
    files: &BootFiles,
    hot: &HotFiles,
    requested: &str,
) -> Result<(Opened, u64, ResolvedFile), Refusal> {
    let resolved = files.resolve(requested)?;
    let opened = hot.open(&resolved.path).map_err(|_| Refusal::NotFound)?;
    let size = opened.len();
    Ok((opened, size, resolved))
}

/// How a transfer ended, as far as the server can tell.
#[derive(Debug, Clone, Copy)]
struct TransferOutcome {
    /// Bytes read from the file, i.e. sent to the client at least once.
    bytes: u64,
    complete: bool,
    duration: Duration,
}

/// Records `tftp_start` once the client's MAC is known, then `tftp_done`/`tftp_abort` when
/// the reader reports the outcome.
fn spawn_transfer_recorder(
    runtime: &tokio::runtime::Handle,
    state: AppState,
    client: SocketAddr,
    requested: String,
    resolved: ResolvedFile,
    size: u64,
) -> oneshot::Sender<TransferOutcome> {
    let (tx, rx) = oneshot::channel();
    runtime.spawn(async move {
        let found = state.asset_events.macs.lookup(&state, client.ip()).await;
        let mac = found.map(|(m, _)| m);
        let path: PathBuf = resolved.path;
        tracing::debug!(client = %client, mac = ?mac, file = %requested, size, "TFTP transfer starts");
        state.writer.record(
            BootEvent::new(EventSource::Tftp, BootStage::TftpStart, mac)
                .address(client.ip())
                .detail(TftpStartDetail {
                    file: requested.clone(),
                    path: path.display().to_string(),
                    origin: resolved.origin.as_str().to_string(),
                    size,
                    port: client.port(),
                    mac_source: found.map(|(_, s)| s),
                }),
        );
        // The sender is only dropped unsent if the reader never reported: count it as an
        // abort with nothing known.
        let outcome = rx.await.unwrap_or(TransferOutcome {
            bytes: 0,
            complete: false,
            duration: Duration::ZERO,
        });
        let metrics = &state.metrics;
        metrics
            .tftp_bytes_sent
            .fetch_add(outcome.bytes, Ordering::Relaxed);
        if outcome.complete {
            metrics
                .tftp_transfers_completed
                .fetch_add(1, Ordering::Relaxed);
        } else {
            metrics
                .tftp_transfers_aborted
                .fetch_add(1, Ordering::Relaxed);
        }
        let stage = if outcome.complete {
            BootStage::TftpDone
        } else {
            BootStage::TftpAbort
        };
        let duration_ms = u64::try_from(outcome.duration.as_millis()).unwrap_or(u64::MAX);
        tracing::info!(
            client = %client, mac = ?mac, file = %requested, bytes = outcome.bytes, size,
            duration_ms, stage = %stage, "TFTP transfer ended"
        );
        state.writer.record(
            BootEvent::new(EventSource::Tftp, stage, mac)
                .address(client.ip())
                .detail(TftpEndDetail {
                    file: requested,
                    bytes: outcome.bytes,
                    size,
                    duration_ms,
                }),
        );
    });
    tx
}

/// The file being sent, counting bytes; reports the outcome when async-tftp drops it at the
/// end of the transfer, whatever ended it (last ACK, client ERROR, timeout, shutdown).
///
/// Bytes are counted as the crate reads them, a window ahead of the client's ACKs; a
/// transfer whose final ACK never arrives still counts as complete. That is the price of
/// having no completion callback, and it only matters for clients that vanish in the last
/// window.
pub struct TransferReader {
    source: Source,
    bytes: u64,
    size: u64,
    started: Instant,
    outcome: Option<oneshot::Sender<TransferOutcome>>,
}

/// Where the blocks come from: a hot file's shared bytes (a copy per block, no thread hop),
/// or, for files too big for [`HotFiles`], the file through a blocking-pool reader.
enum Source {
    Memory { data: bytes::Bytes, pos: usize },
    Disk(blocking::Unblock<std::fs::File>),
}

impl TransferReader {
    fn new(opened: Opened, size: u64, outcome: oneshot::Sender<TransferOutcome>) -> Self {
        let source = match opened {
            Opened::Memory(data) => Source::Memory { data, pos: 0 },
            Opened::Disk(file, _) => Source::Disk(blocking::Unblock::new(file)),
        };
        TransferReader {
            source,
            bytes: 0,
            size,
            started: Instant::now(),
            outcome: Some(outcome),
        }
    }
}

impl AsyncRead for TransferReader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut [u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let polled = match &mut this.source {
            Source::Memory { data, pos } => {
                let n = buf.len().min(data.len() - *pos);
                buf[..n].copy_from_slice(&data[*pos..*pos + n]);
                *pos += n;
                Poll::Ready(Ok(n))
            }
            Source::Disk(file) => Pin::new(file).poll_read(cx, buf),
        };
        if let Poll::Ready(Ok(n)) = polled {
            this.bytes += n as u64;
        }
        polled
    }
}

impl Drop for TransferReader {
    fn drop(&mut self) {
        if let Some(tx) = self.outcome.take() {
            let _ = tx.send(TransferOutcome {
                bytes: self.bytes,
                complete: self.bytes == self.size,
                duration: self.started.elapsed(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_lite::AsyncReadExt;

    #[test]
    fn refusals_map_to_tftp_error_codes() {
        assert!(matches!(
            tftp_error_for(&Refusal::ParentDir),
            packet::Error::PermissionDenied
        ));
        assert!(matches!(
            tftp_error_for(&Refusal::Escape),
            packet::Error::PermissionDenied
        ));
        assert!(matches!(
            tftp_error_for(&Refusal::NotFound),
            packet::Error::FileNotFound
        ));
    }

    fn reader_over(
        bytes: &[u8],
        from_disk: bool,
    ) -> (TransferReader, oneshot::Receiver<TransferOutcome>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, bytes).unwrap();
        let opened = if from_disk {
            Opened::Disk(std::fs::File::open(&path).unwrap(), bytes.len() as u64)
        } else {
            Opened::Memory(bytes::Bytes::copy_from_slice(bytes))
        };
        let (tx, rx) = oneshot::channel();
        (TransferReader::new(opened, bytes.len() as u64, tx), rx)
    }

    #[tokio::test]
    async fn reader_reports_complete_after_reading_everything() {
        for from_disk in [false, true] {
            let content = pattern(3000);
            let (mut r, mut rx) = reader_over(&content, from_disk);
            let mut out = Vec::new();
            r.read_to_end(&mut out).await.unwrap();
            assert_eq!(out, content);
            assert!(rx.try_recv().is_err(), "no outcome before the drop");
            drop(r);
            let o = rx.await.unwrap();
            assert!(o.complete);
            assert_eq!(o.bytes, 3000);
        }
    }

    fn pattern(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 % 251) as u8).collect()
    }

    #[tokio::test]
    async fn memory_reader_reads_in_blocks() {
        let content = pattern(3000);
        let (mut r, _rx) = reader_over(&content, false);
        let mut block = [0u8; 1432];
        let mut out = Vec::new();
        loop {
            let n = r.read(&mut block).await.unwrap();
            if n == 0 {
                break;
            }
            out.extend_from_slice(&block[..n]);
        }
        assert_eq!(out, content);
    }

    #[tokio::test]
    async fn reader_reports_abort_when_dropped_early() {
        let (mut r, rx) = reader_over(&[7u8; 3000], false);
        let mut block = [0u8; 512];
        r.read_exact(&mut block).await.unwrap();
        drop(r);
        let o = rx.await.unwrap();
        assert!(!o.complete);
        assert_eq!(o.bytes, 512);
    }
}
