use async_executor::Executor;
use async_io::Async;
use async_lock::Mutex;
use log::trace;
use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::time::{Duration, Instant};


use super::read_req::*;
use super::write_req::*;
use super::{Handler, ServerStats};
use crate::error::*;
use crate::packet::{Packet, RwReq};

/// TFTP server.
pub struct TftpServer<H>
where
    H: Handler,
{
    pub(crate) socket: Async<UdpSocket>,
    pub(crate) handler: Arc<Mutex<H>>,
    /// bootforge patch: a plain mutex (never held across an await), locked before
    /// `reqs_deferred` when both are.
    pub(crate) reqs_in_progress: std::sync::Mutex<HashSet<SocketAddr>>,
    /// bootforge patch: per peer, the request waiting for its previous transfer to end
    /// (the latest one, whether a write, and when it came).
    pub(crate) reqs_deferred:
        std::sync::Mutex<HashMap<SocketAddr, (RwReq, bool, Instant)>>,
    pub(crate) ex: Executor<'static>,
    pub(crate) config: ServerConfig,
    pub(crate) local_ip: IpAddr,
    pub(crate) spawner: Option<Spawner>,
    /// bootforge patch 10: makes each transfer's own handler, see
    /// [`TftpServerBuilder::handler_per_transfer`](crate::server::TftpServerBuilder::handler_per_transfer).
    pub(crate) handler_per_transfer: Option<HandlerFactory<H>>,
}

/// bootforge patch 10: a handler for one transfer.
pub(crate) type HandlerFactory<H> = Arc<dyn Fn() -> H + Send + Sync>;

/// bootforge patch 10: the handler a transfer opens its file with: the server's shared one
/// (under its lock) or the transfer's own.
enum TransferHandler<H: Handler> {
    Shared(Arc<Mutex<H>>),
    Own(H),
}

impl<H: Handler> TransferHandler<H> {
    fn of(server: &TftpServer<H>) -> Self {
        match &server.handler_per_transfer {
            Some(make) => TransferHandler::Own(make()),
            None => TransferHandler::Shared(Arc::clone(&server.handler)),
        }
    }

    /// The handler, once its lock (if any) is taken; records how long that took (a
    /// transfer's own handler has no lock: nothing recorded).
    async fn get(&mut self, stats: &ServerStats) -> HandlerRef<'_, H> {
        match self {
            TransferHandler::Own(handler) => HandlerRef::Own(handler),
            TransferHandler::Shared(shared) => {
                let asked = Instant::now();
                let handler = shared.lock().await;
                stats.handler_wait.record(asked.elapsed());
                HandlerRef::Locked(handler)
            }
        }
    }
}

/// bootforge patch 10: see [`TransferHandler::get`].
enum HandlerRef<'a, H> {
    Own(&'a mut H),
    Locked(async_lock::MutexGuard<'a, H>),
}

impl<H> std::ops::Deref for HandlerRef<'_, H> {
    type Target = H;
    fn deref(&self) -> &H {
        match self {
            HandlerRef::Own(handler) => handler,
            HandlerRef::Locked(handler) => handler,
        }
    }
}

impl<H> std::ops::DerefMut for HandlerRef<'_, H> {
    fn deref_mut(&mut self) -> &mut H {
        match self {
            HandlerRef::Own(handler) => handler,
            HandlerRef::Locked(handler) => handler,
        }
    }
}

/// bootforge patch: where transfers run when not on the server's own executor, see
/// [`TftpServerBuilder::spawner`](crate::server::TftpServerBuilder::spawner).
pub(crate) type Spawner = Arc<
    dyn Fn(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>) + Send + Sync,
>;

/// bootforge patch 8: sends the first packets of a window at once, see
/// [`TftpServerBuilder::window_sender`](crate::server::TftpServerBuilder::window_sender).
pub(crate) type WindowSender = Arc<
    dyn Fn(&std::net::UdpSocket, &[bytes::Bytes], SocketAddr) -> std::io::Result<usize>
        + Send
        + Sync,
>;

#[derive(Clone)]
pub(crate) struct ServerConfig {
    pub(crate) window_sender: Option<WindowSender>,
    /// bootforge patch 9.
    pub(crate) stats: Arc<ServerStats>,
    pub(crate) timeout: Duration,
    pub(crate) block_size_limit: Option<u16>,
    pub(crate) window_size_limit: Option<u16>,
    pub(crate) max_send_retries: u32,
    pub(crate) ignore_client_timeout: bool,
    pub(crate) ignore_client_block_size: bool,
    pub(crate) ignore_client_window_size: bool,
}

pub(crate) const DEFAULT_BLOCK_SIZE: usize = 512;

impl<H: 'static> TftpServer<H>
where
    H: Handler + Sync,
{
    /// Returns the listenning socket address.
    pub fn listen_addr(&self) -> Result<SocketAddr> {
        Ok(self.socket.get_ref().local_addr()?)
    }

    /// The server's counters (bootforge patch 9).
    pub fn stats(&self) -> Arc<ServerStats> {
        Arc::clone(&self.config.stats)
    }

    /// Consume and start the server.
    pub async fn serve(self) -> Result<()> {
        let this = Arc::new(self);
        this.ex
            .run(async {
                let mut buf = [0u8; 4096];

                loop {
                    let (len, peer) = this.socket.recv_from(&mut buf).await?;
                    this.handle_req_packet(peer, &buf[..len], Instant::now());
                }
            })
            .await
    }

    /// Serve on the calling thread, blocked in the listening socket's `recv_from`
    /// (bootforge patch 12), until `keep_serving` returns false (asked at least every
    /// `check_every`). Transfers go to the [`spawner`](crate::server::TftpServerBuilder::spawner);
    /// without one this is [`serve`](Self::serve) under `block_on`.
    ///
    /// The kernel wakes a thread blocked in `recv_from` as soon as a request arrives. With
    /// [`serve`](Self::serve) the listener is a task like the transfers: woken through
    /// async-io's reactor thread and then queued behind the running transfers, so in a
    /// storm a burst of requests waited in the socket's buffer for it (up to ~0.7 s with
    /// 1 000 clients starting at once).
    pub fn serve_blocking(
        self,
        check_every: Duration,
        keep_serving: impl Fn() -> bool,
    ) -> Result<()> {
        if self.spawner.is_none() {
            return futures_lite::future::block_on(self.serve());
        }
        let this = Arc::new(self);
        let socket = this.socket.get_ref();
        socket.set_nonblocking(false)?;
        socket.set_read_timeout(Some(check_every))?;
        let mut buf = [0u8; 4096];
        while keep_serving() {
            match socket.recv_from(&mut buf) {
                Ok((len, peer)) => {
                    this.handle_req_packet(peer, &buf[..len], Instant::now())
                }
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock
                            | std::io::ErrorKind::TimedOut
                            | std::io::ErrorKind::Interrupted
                    ) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    fn handle_req_packet(
        self: &Arc<Self>,
        peer: SocketAddr,
        data: &[u8],
        read_at: Instant,
    ) {
        let stats = &self.config.stats;
        let packet = match Packet::decode(data) {
            Ok(p @ Packet::Rrq(_)) => p,
            Ok(p @ Packet::Wrq(_)) => p,
            // Ignore packets that are not requests, and invalid packets
            Ok(_) | Err(_) => {
                ServerStats::count(&stats.not_requests);
                return;
            }
        };
        ServerStats::count(&stats.requests);

        {
            let mut in_progress = self.in_progress();
            if !in_progress.insert(peer) {
                // bootforge patch: a new request from a peer whose transfer is still
                // winding down (EDK2 sends ERROR 8 after the tsize probe and its real RRQ
                // from the same port right after) waits for it instead of being dropped,
                // which cost the client a retransmission timeout. The transfer's end
                // (`finish`) starts it; nothing polls. One waits per peer (a later
                // request replaces an earlier one: the client has moved on), and one
                // older than the retransmission timeout by then is dropped, as upstream
                // drops a retransmitted RRQ of a live transfer.
                let (req, write) = match packet {
                    Packet::Rrq(req) => (req, false),
                    Packet::Wrq(req) => (req, true),
                    _ => unreachable!(),
                };
                ServerStats::count(&stats.deferred);
                let replaced = self
                    .reqs_deferred
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(peer, (req, write, read_at));
                if replaced.is_some() {
                    ServerStats::count(&stats.deferred_replaced);
                }
                return;
            }
        }

        match packet {
            Packet::Rrq(req) => self.handle_rrq(peer, req, read_at),
            Packet::Wrq(req) => self.handle_wrq(peer, req, read_at),
            _ => unreachable!(),
        }
    }

    // bootforge patch: on the caller's spawner if one was given.
    fn spawn(&self, task: impl Future<Output = ()> + Send + 'static) {
        match &self.spawner {
            Some(spawner) => spawner(Box::pin(task)),
            None => self.ex.spawn(task).detach(),
        }
    }

    // bootforge patch: see `handle_req_packet`.
    fn in_progress(&self) -> std::sync::MutexGuard<'_, HashSet<SocketAddr>> {
        self.reqs_in_progress
            .lock()
            .unwrap_or_else(|e| e.into_inner())
    }

    // bootforge patch: `peer`'s transfer ended: start the request that waited for it, or
    // free `peer` (under the in-progress lock, so no request is deferred in between).
    fn finish(self: &Arc<Self>, peer: SocketAddr) {
        let next = {
            let mut in_progress = self.in_progress();
            let stats = &self.config.stats;
            let deferred = self
                .reqs_deferred
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&peer)
                .filter(|(_, _, at)| {
                    let fresh = at.elapsed() < self.config.timeout;
                    ServerStats::count(if fresh {
                        &stats.deferred_started
                    } else {
                        &stats.deferred_stale
                    });
                    fresh
                });
            if deferred.is_none() {
                in_progress.remove(&peer);
            }
            deferred
        };
        match next {
            Some((req, true, at)) => self.handle_wrq(peer, req, at),
            Some((req, false, at)) => self.handle_rrq(peer, req, at),
            None => {}
        }
    }

    fn handle_rrq(self: &Arc<Self>, peer: SocketAddr, req: RwReq, read_at: Instant) {
        trace!("RRQ recieved (peer: {}, req: {:?})", &peer, &req);

        let mut handler = TransferHandler::of(self);
        let config = self.config.clone();
        let local_ip = self.local_ip;
        ServerStats::count(&config.stats.transfers);

        // Prepare request future
        let req_fut = async move {
            let stats = Arc::clone(&config.stats);
            stats.start_delay.record(read_at.elapsed());
            let opened = handler
                .get(&stats)
                .await
                .read_req_open(&peer, req.filename.as_ref())
                .await;
            let (mut reader, size) = opened.map_err(|e| {
                ServerStats::count(&stats.refused);
                Error::Packet(e)
            })?;

            let mut read_req = ReadRequest::init(
                &mut reader,
                size,
                peer,
                &req,
                config,
                local_ip,
                read_at,
            )
            .await
            .inspect_err(|_| ServerStats::count(&stats.failed))?;

            read_req.handle().await;

            Ok(())
        };

        // Run request future in a new task
        self.spawn(run_req(req_fut, peer, Arc::clone(self), local_ip));
    }

    fn handle_wrq(self: &Arc<Self>, peer: SocketAddr, req: RwReq, _read_at: Instant) {
        trace!("WRQ recieved (peer: {}, req: {:?})", &peer, &req);

        let mut handler = TransferHandler::of(self);
        let config = self.config.clone();
        let local_ip = self.local_ip;
        ServerStats::count(&config.stats.transfers);

        // Prepare request future
        let req_fut = async move {
            let stats = Arc::clone(&config.stats);
            let mut writer = handler
                .get(&stats)
                .await
                .write_req_open(
                    &peer,
                    req.filename.as_ref(),
                    req.opts.transfer_size,
                )
                .await
                .map_err(|e| {
                    ServerStats::count(&stats.refused);
                    Error::Packet(e)
                })?;

            let mut write_req =
                WriteRequest::init(&mut writer, peer, &req, config, local_ip)
                    .await?;

            write_req.handle().await;

            Ok(())
        };

        // Run request future in a new task
        self.spawn(run_req(req_fut, peer, Arc::clone(self), local_ip));
    }
}

async fn send_error(
    error: Error,
    peer: SocketAddr,
    local_ip: IpAddr,
) -> Result<()> {
    let addr: SocketAddr = SocketAddr::new(local_ip, 0);
    let socket = Async::<UdpSocket>::bind(addr).map_err(Error::Bind)?;

    let data = Packet::Error(error.into()).to_bytes();
    socket.send_to(&data[..], peer).await?;

    Ok(())
}

async fn run_req<H: Handler + Sync + 'static>(
    req_fut: impl Future<Output = Result<()>>,
    peer: SocketAddr,
    server: Arc<TftpServer<H>>,
    local_ip: IpAddr,
) {
    if let Err(e) = req_fut.await {
        trace!("Request failed (peer: {}, error: {}", &peer, &e);

        if let Err(e) = send_error(e, peer, local_ip).await {
            trace!("Failed to send error to peer {}: {}", &peer, &e);
        }
    }

    // bootforge patch: the peer's deferred request, if any, starts now (see
    // `handle_req_packet`); else the peer is free.
    server.finish(peer);
}
