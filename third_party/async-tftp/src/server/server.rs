use async_executor::Executor;
use async_io::Async;
use async_lock::Mutex;
use log::trace;
use std::collections::HashSet;
use std::future::Future;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_io::Timer;

use super::read_req::*;
use super::write_req::*;
use super::Handler;
use crate::error::*;
use crate::packet::{Packet, RwReq};

/// TFTP server.
pub struct TftpServer<H>
where
    H: Handler,
{
    pub(crate) socket: Async<UdpSocket>,
    pub(crate) handler: Arc<Mutex<H>>,
    pub(crate) reqs_in_progress: Arc<Mutex<HashSet<SocketAddr>>>,
    /// bootforge patch: peers with a request waiting for their previous transfer to end.
    pub(crate) reqs_deferred: Mutex<HashSet<SocketAddr>>,
    pub(crate) ex: Executor<'static>,
    pub(crate) config: ServerConfig,
    pub(crate) local_ip: IpAddr,
    pub(crate) spawner: Option<Spawner>,
}

/// bootforge patch: where transfers run when not on the server's own executor, see
/// [`TftpServerBuilder::spawner`](crate::server::TftpServerBuilder::spawner).
pub(crate) type Spawner = Arc<
    dyn Fn(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>) + Send + Sync,
>;

#[derive(Clone)]
pub(crate) struct ServerConfig {
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

    /// Consume and start the server.
    pub async fn serve(self) -> Result<()> {
        let this = Arc::new(self);
        this.ex
            .run(async {
                let mut buf = [0u8; 4096];

                loop {
                    let (len, peer) = this.socket.recv_from(&mut buf).await?;
                    this.handle_req_packet(peer, &buf[..len]).await;
                }
            })
            .await
    }

    async fn handle_req_packet(self: &Arc<Self>, peer: SocketAddr, data: &[u8]) {
        let packet = match Packet::decode(data) {
            Ok(p @ Packet::Rrq(_)) => p,
            Ok(p @ Packet::Wrq(_)) => p,
            // Ignore packets that are not requests
            Ok(_) => return,
            // Ignore invalid packets
            Err(_) => return,
        };

        if !self.reqs_in_progress.lock().await.insert(peer) {
            // bootforge patch: a new request from a peer whose transfer is still
            // winding down (EDK2 sends ERROR 8 after the tsize probe and its real RRQ
            // from the same port right after) waits for it instead of being dropped,
            // which cost the client a retransmission timeout. At most one waits per
            // peer, for at most the retransmission timeout; after that it is dropped
            // as upstream does (a retransmitted RRQ of a live transfer).
            match packet {
                Packet::Rrq(req) => self.defer(peer, req, false).await,
                Packet::Wrq(req) => self.defer(peer, req, true).await,
                _ => unreachable!(),
            }
            return;
        }

        match packet {
            Packet::Rrq(req) => self.handle_rrq(peer, req),
            Packet::Wrq(req) => self.handle_wrq(peer, req),
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
    async fn defer(self: &Arc<Self>, peer: SocketAddr, req: RwReq, write: bool) {
        if !self.reqs_deferred.lock().await.insert(peer) {
            return;
        }
        let this = Arc::clone(self);
        self.spawn(async move {
            let deadline = Instant::now() + this.config.timeout;
            let mut started = false;
            while Instant::now() < deadline {
                Timer::after(Duration::from_millis(1)).await;
                if this.reqs_in_progress.lock().await.insert(peer) {
                    started = true;
                    break;
                }
            }
            this.reqs_deferred.lock().await.remove(&peer);
            if started && write {
                this.handle_wrq(peer, req);
            } else if started {
                this.handle_rrq(peer, req);
            }
        });
    }

    fn handle_rrq(&self, peer: SocketAddr, req: RwReq) {
        trace!("RRQ recieved (peer: {}, req: {:?})", &peer, &req);

        let handler = Arc::clone(&self.handler);
        let config = self.config.clone();
        let local_ip = self.local_ip;

        // Prepare request future
        let req_fut = async move {
            let (mut reader, size) = handler
                .lock()
                .await
                .read_req_open(&peer, req.filename.as_ref())
                .await
                .map_err(Error::Packet)?;

            let mut read_req = ReadRequest::init(
                &mut reader,
                size,
                peer,
                &req,
                config,
                local_ip,
            )
            .await?;

            read_req.handle().await;

            Ok(())
        };

        let reqs_in_progress = Arc::clone(&self.reqs_in_progress);

        // Run request future in a new task
        self.spawn(run_req(req_fut, peer, reqs_in_progress, local_ip));
    }

    fn handle_wrq(&self, peer: SocketAddr, req: RwReq) {
        trace!("WRQ recieved (peer: {}, req: {:?})", &peer, &req);

        let handler = Arc::clone(&self.handler);
        let config = self.config.clone();
        let local_ip = self.local_ip;

        // Prepare request future
        let req_fut = async move {
            let mut writer = handler
                .lock()
                .await
                .write_req_open(
                    &peer,
                    req.filename.as_ref(),
                    req.opts.transfer_size,
                )
                .await
                .map_err(Error::Packet)?;

            let mut write_req =
                WriteRequest::init(&mut writer, peer, &req, config, local_ip)
                    .await?;

            write_req.handle().await;

            Ok(())
        };

        let reqs_in_progress = Arc::clone(&self.reqs_in_progress);

        // Run request future in a new task
        self.spawn(run_req(req_fut, peer, reqs_in_progress, local_ip));
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

async fn run_req(
    req_fut: impl Future<Output = Result<()>>,
    peer: SocketAddr,
    reqs_in_progress: Arc<Mutex<HashSet<SocketAddr>>>,
    local_ip: IpAddr,
) {
    if let Err(e) = req_fut.await {
        trace!("Request failed (peer: {}, error: {}", &peer, &e);

        if let Err(e) = send_error(e, peer, local_ip).await {
            trace!("Failed to send error to peer {}: {}", &peer, &e);
        }
    }

    reqs_in_progress.lock().await.remove(&peer);
}
