use async_io::Async;
use bytes::{BufMut, Bytes, BytesMut};
use futures_lite::{AsyncRead, AsyncReadExt};
use log::trace;
use std::cmp;
use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::slice;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::packet::{Opts, Packet, RwReq, PACKET_DATA_HEADER_LEN};
use crate::server::{ServerConfig, ServerStats, DEFAULT_BLOCK_SIZE};
use crate::utils::io_timeout;

pub(crate) struct ReadRequest<'r, R>
where
    R: AsyncRead + Send,
{
    peer: SocketAddr,
    socket: Async<UdpSocket>,
    reader: &'r mut R,
    block_size: usize,
    timeout: Duration,
    max_send_retries: u32,
    oack_opts: Option<Opts>,
    window_size: usize,
    window_sender: Option<crate::server::WindowSender>,
    /// bootforge patch 9: the counters, and when the request was read until the first
    /// packet has been sent.
    stats: Arc<ServerStats>,
    unanswered_since: Option<Instant>,
}

impl<'r, R> ReadRequest<'r, R>
where
    R: AsyncRead + Send + Unpin,
{
    pub(crate) async fn init(
        reader: &'r mut R,
        file_size: Option<u64>,
        peer: SocketAddr,
        req: &RwReq,
        config: ServerConfig,
        local_ip: IpAddr,
        read_at: Instant,
    ) -> Result<ReadRequest<'r, R>> {
        let oack_opts = build_oack_opts(&config, req, file_size);

        let block_size = oack_opts
            .as_ref()
            .and_then(|o| o.block_size)
            .map(usize::from)
            .unwrap_or(DEFAULT_BLOCK_SIZE);

        // Default window size is 1 as per rfc7440
        let negotiated_window_size: usize =
            oack_opts.as_ref().and_then(|o| o.window_size).unwrap_or(1u16)
                as usize;

        let timeout = oack_opts
            .as_ref()
            .and_then(|o| o.timeout)
            .map(|t| Duration::from_secs(u64::from(t)))
            .unwrap_or(config.timeout);

        let addr = SocketAddr::new(local_ip, 0);
        let socket = Async::<UdpSocket>::bind(addr).map_err(Error::Bind)?;
        // bootforge patch 13: the transfer's socket is connected to its peer, so the
        // kernel keeps the route (no lookup per DATA packet) and drops datagrams from any
        // other source before they reach `recv_ack`. `send_to(peer)` still works on it.
        socket.get_ref().connect(peer).map_err(Error::Bind)?;

        Ok(ReadRequest {
            peer,
            socket,
            reader,
            block_size,
            timeout,
            max_send_retries: config.max_send_retries,
            oack_opts,
            window_size: negotiated_window_size,
            window_sender: config.window_sender,
            stats: config.stats,
            unanswered_since: Some(read_at),
        })
    }

    pub(crate) async fn handle(&mut self) {
        if let Err(e) = self.try_handle().await {
            trace!("RRQ request failed (peer: {}, error: {})", &self.peer, &e);
            // bootforge patch: the peer already gave up (RFC 1350: an ERROR is not
            // acknowledged), so answering it with an ERROR of our own is pointless.
            if matches!(e, Error::AbortedByPeer(..)) {
                return;
            }
            ServerStats::count(&self.stats.failed);
            let mut buffer = BytesMut::with_capacity(DEFAULT_BLOCK_SIZE);
            Packet::Error(e.into()).encode(&mut buffer);
            let buf = buffer.split().freeze();
            // Errors are never retransmitted.
            // We do not care if `send_to` resulted to an IO error.
            let _ = self.socket.send_to(&buf[..], self.peer).await;
        }
    }

    async fn try_handle(&mut self) -> Result<()> {
        let mut window: VecDeque<Bytes> =
            VecDeque::with_capacity(self.window_size);
        let mut block_id: u16;
        let mut window_base: u16 = 1;
        let mut buf: Bytes;
        let mut is_last_block: bool;

        (buf, is_last_block) = self.fill_data_block(window_base).await?;
        window.push_back(buf);

        // Send OACK after we manage to read the first block from reader.
        //
        // We do this because we want to give the developers the option to
        // produce an error after they construct a reader.
        if let Some(opts) = self.oack_opts.as_ref() {
            trace!("RRQ OACK (peer: {}, opts: {:?}", &self.peer, &opts);
            let mut buff = BytesMut::with_capacity(PACKET_DATA_HEADER_LEN + 64);
            Packet::OAck(opts.to_owned()).encode(&mut buff);
            // OACK is not really part of the window, so we send it separately
            self.send_window(&VecDeque::from([buff.freeze()]), 0).await?;
        }

        loop {
            // calculate next block_id, window might not be empty
            block_id = window_base.wrapping_add(window.len() as u16);

            while !is_last_block && (window.len() < self.window_size) {
                // we still have data and window is not full
                (buf, is_last_block) = self.fill_data_block(block_id).await?;
                window.push_back(buf);
                block_id = block_id.wrapping_add(1);
            }

            let blocks_acked = self.send_window(&window, window_base).await?;
            window_base = window_base.wrapping_add(blocks_acked);

            // remove acked blocks from window
            if blocks_acked == window.len() as u16 {
                window.clear()
            } else {
                window.drain(..blocks_acked as usize);
            }

            if is_last_block && window.is_empty() {
                // transfer is done
                break;
            }
        }

        trace!("RRQ request served (peer: {})", &self.peer);
        Ok(())
    }

    async fn fill_data_block(
        &mut self,
        block_id: u16,
    ) -> Result<(Bytes, bool), Error> {
        let mut buffer: BytesMut =
            BytesMut::with_capacity(PACKET_DATA_HEADER_LEN + self.block_size);
        Packet::encode_data_head(block_id, &mut buffer);

        // Read block in buffer
        unsafe {
            let uninit_buf = buffer.chunk_mut();
            let data_buf = slice::from_raw_parts_mut(
                uninit_buf.as_mut_ptr(),
                uninit_buf.len(),
            );

            let len = self.read_block(data_buf).await?;
            buffer.advance_mut(len);
            Ok((buffer.split().freeze(), len < self.block_size))
        }
    }

    /// Sends packets contained in a window and waits for client to acknowledge them. Returns amount
    /// of packets acknowledged.
    async fn send_window(
        &mut self,
        window: &VecDeque<Bytes>,
        window_base: u16,
    ) -> Result<u16> {
        // Send packet until we receive an ack
        for _ in 0..=self.max_send_retries {
            // bootforge patch 8: the window at once through the caller's sender, if any;
            // what it did not send (a full socket buffer) goes out one by one.
            let mut sent = 0;
            if let (Some(sender), true) = (&self.window_sender, window.len() > 1) {
                let packets: Vec<Bytes> = window.iter().cloned().collect();
                match sender(self.socket.get_ref(), &packets, self.peer) {
                    Ok(n) => sent = n.min(packets.len()),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(e.into()),
                }
            }
            for packet in window.iter().skip(sent) {
                self.socket.send_to(&packet[..], self.peer).await?;
            }
            if let Some(read_at) = self.unanswered_since.take() {
                ServerStats::count(&self.stats.first_sent);
                self.stats.first_send_delay.record(read_at.elapsed());
            }

            match self.recv_ack(window_base, window.len() as u16).await {
                Ok(blocks_acked) => {
                    trace!(
                        "RRQ (peer: {}, window_base: {}, blocks_acked: {}, window_len: {}) - Received ACK",
                        &self.peer,
                        window_base,
                        blocks_acked,
                        window.len()
                    );
                    return Ok(blocks_acked);
                }
                Err(ref e) if e.kind() == io::ErrorKind::TimedOut => {
                    trace!(
                        "RRQ (peer: {}, block_id: {}) - Timeout",
                        &self.peer,
                        window_base
                    );
                    continue;
                }
                // bootforge patch: see `recv_ack`.
                Err(e) if e.kind() == io::ErrorKind::ConnectionAborted => {
                    let code = e
                        .into_inner()
                        .and_then(|inner| inner.downcast::<PeerError>().ok())
                        .map(|peer_error| peer_error.0)
                        .unwrap_or(crate::packet::Error::UnknownError);
                    return Err(Error::AbortedByPeer(self.peer, code));
                }
                Err(e) => return Err(e.into()),
            }
        }

        Err(Error::MaxSendRetriesReached(self.peer, window_base))
    }

    /// Waits for ack packet, returns amount of packets acknowledged.
    async fn recv_ack(
        &mut self,
        window_base: u16,
        window_len: u16,
    ) -> io::Result<u16> {
        // We can not use `self` within `async_std::io::timeout` because not all
        // struct members implement `Sync`. So we borrow only what we need.
        let socket = &mut self.socket;
        let peer = self.peer;
        let mut buf = [0u8; 1024];

        // bootforge patch 7: look for the ACK a few times, yielding to the other transfers
        // first each time, before parking on the reactor. In a storm the ACK has usually
        // arrived by the time this task runs again, and reading it then costs no reactor
        // wake-up (with async-io, a re-armed epoll registration, a timer and a wake-up
        // per parked block); right after the send it is never there yet, so the first look
        // waits for a yield. On an idle server the yields return at once and this is
        // `ACK_POLLS` failed non-blocking reads, then the wait for readiness.
        for _ in 0..ACK_POLLS {
            futures_lite::future::yield_now().await;
            if let Some(acked) =
                read_ack(socket.get_ref(), &mut buf, peer, window_base, window_len)?
            {
                return Ok(acked);
            }
        }

        io_timeout(self.timeout, async {
            loop {
                // Readiness first: a read was just tried, so async-io's `recv_from` (a
                // read first, then the wait) would only fail once more.
                socket.readable().await?;
                if let Some(acked) =
                    read_ack(socket.get_ref(), &mut buf, peer, window_base, window_len)?
                {
                    return Ok(acked);
                }
            }
        })
        .await
    }

    async fn read_block(&mut self, buf: &mut [u8]) -> Result<usize> {
        let mut len = 0;

        while len < buf.len() {
            match self.reader.read(&mut buf[len..]).await? {
                0 => break,
                x => len += x,
            }
        }

        Ok(len)
    }
}

/// bootforge patch 7: how many times `recv_ack` looks for the ACK before parking.
const ACK_POLLS: usize = 4;

/// bootforge patch 7: one non-blocking read for `judge_ack`. `Ok(None)` when nothing was
/// waiting or what was read does not count; the number of blocks acknowledged, or the
/// peer's ERROR / a socket error, otherwise.
fn read_ack(
    socket: &UdpSocket,
    buf: &mut [u8],
    peer: SocketAddr,
    window_base: u16,
    window_len: u16,
) -> io::Result<Option<u16>> {
    match socket.recv_from(buf) {
        Ok((len, recved_peer)) => {
            judge_ack(&buf[..len], recved_peer, peer, window_base, window_len)
                .transpose()
        }
        Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
        Err(e) => Err(e),
    }
}

/// What one datagram means to a transfer waiting for an ACK of `window_len` blocks from
/// `window_base`: `None` to keep waiting (not from the peer, not an ACK, an ACK outside
/// the window), else the number of blocks acknowledged or the peer's ERROR.
fn judge_ack(
    packet: &[u8],
    recved_peer: SocketAddr,
    peer: SocketAddr,
    window_base: u16,
    window_len: u16,
) -> Option<io::Result<u16>> {
    // if the packet do not come from the client we are serving, then ignore it
    if recved_peer != peer {
        return None;
    }

    let packet = Packet::decode(packet);

    // bootforge patch: an ERROR from the client ends the transfer at once.
    // EDK2 reads the OACK and answers ERROR 8 to learn tsize; without this
    // the transfer kept retransmitting the OACK until max_send_retries.
    if let Ok(Packet::Error(code)) = packet {
        return Some(Err(io::Error::new(
            io::ErrorKind::ConnectionAborted,
            PeerError(code),
        )));
    }

    // parse only valid Ack packets, the rest are ignored
    if let Ok(Packet::Ack(recved_block_id)) = packet {
        let window_end = window_base.wrapping_add(window_len);

        if window_end > window_base {
            // window_end did not wrap
            if recved_block_id >= window_base && recved_block_id < window_end {
                // number of blocks acked
                return Some(Ok(recved_block_id - window_base + 1u16));
            } else {
                trace!("Unexpected ack packet {recved_block_id}, window_base: {window_base}, window_len: {window_len}");
            }
        } else {
            // window_end wrapped
            if recved_block_id >= window_base {
                return Some(Ok(1u16 + (recved_block_id - window_base)));
            } else if recved_block_id < window_end {
                return Some(Ok(1u16 + recved_block_id + (window_len - window_end)));
            } else {
                trace!("Unexpected ack packet {recved_block_id}, window_base: {window_base}, window_len: {window_len}");
            }
        }
    }
    None
}

/// bootforge patch: carries the client's ERROR out of `recv_ack` (which speaks io::Error).
#[derive(Debug)]
struct PeerError(crate::packet::Error);

impl std::fmt::Display for PeerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "client sent ERROR {:?}", self.0)
    }
}

impl std::error::Error for PeerError {}

fn build_oack_opts(
    config: &ServerConfig,
    req: &RwReq,
    file_size: Option<u64>,
) -> Option<Opts> {
    let mut opts = Opts::default();

    if !config.ignore_client_block_size {
        opts.block_size = match (req.opts.block_size, config.block_size_limit) {
            (Some(bsize), Some(limit)) => Some(cmp::min(bsize, limit)),
            (Some(bsize), None) => Some(bsize),
            _ => None,
        };
    }

    if !config.ignore_client_timeout {
        opts.timeout = req.opts.timeout;
    }

    if let (Some(0), Some(file_size)) = (req.opts.transfer_size, file_size) {
        opts.transfer_size = Some(file_size);
    }

    if !config.ignore_client_window_size {
        opts.window_size =
            match (req.opts.window_size, config.window_size_limit) {
                (Some(wsize), Some(limit)) => Some(cmp::min(wsize, limit)),
                (Some(wsize), None) => Some(wsize),
                _ => None,
            };
    }

    if opts == Opts::default() {
        None
    } else {
        Some(opts)
    }
}
