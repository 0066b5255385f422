//! Group commit: one task owns the write connection and turns everything queued since its
//! last transaction into the next one.
//!
//! Lease commits are acknowledged only after their transaction is durable, so the DHCPv6
//! server can hold a Reply until its lease is on disk without paying one fsync per client.
//! Boot events ride along in the same transactions and are broadcast (with their row id) to
//! live subscribers once committed.
//!
//! Lease commits and boot events arrive on separate bounded queues, so a lease never waits
//! behind events: each transaction takes every lease commit queued (up to [`MAX_BATCH`]) and
//! at most [`MAX_EVENTS_PER_TX`] events. A full event queue drops the event and counts it
//! (`events_dropped`); a lease commit is never dropped (its sender waits for room).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tokio::sync::{broadcast, mpsc, oneshot};

use std::collections::HashSet;
use std::net::Ipv6Addr;
use std::path::{Path, PathBuf};

use sqlx::{AnyConnection, Connection, Executor};

use super::events::DiscoveredCount;
use super::wal_sync::{SyncOutcome, WalSyncers};
use super::{
    notify, now_ms, Backend, BootEvent, LeaseChange, Store, StoreError, StoreResult, StoredEvent,
};

/// Most lease commits folded into one transaction.
const MAX_BATCH: usize = 512;
/// Most boot events in one transaction, so events cannot make a lease's transaction long.
const MAX_EVENTS_PER_TX: usize = 256;
/// Fewest events a transaction with lease commits takes (see [`events_beside`]).
const MIN_EVENTS_PER_TX: usize = 16;
/// Queue bounds.
const LEASE_QUEUE: usize = 8 * 1024;
const EVENT_QUEUE: usize = 16 * 1024;

enum WriteOp {
    /// Changes, and the DUID of the client they are for (its removals delete only its rows).
    Leases(
        Vec<LeaseChange>,
        Option<Vec<u8>>,
        oneshot::Sender<StoreResult<()>>,
    ),
    Event(Box<BootEvent>),
    Flush(oneshot::Sender<()>),
}

pub struct Writer;

#[derive(Clone)]
pub struct WriterHandle {
    /// Lease commits only.
    leases: mpsc::Sender<WriteOp>,
    /// Events and flushes.
    tx: mpsc::Sender<WriteOp>,
    events: broadcast::Sender<StoredEvent>,
    stats: Arc<WriterStats>,
    limits: Arc<InventoryLimits>,
}

#[derive(Default, Debug)]
pub struct WriterStats {
    pub transactions: AtomicU64,
    pub lease_changes: AtomicU64,
    pub events: AtomicU64,
    pub events_dropped: AtomicU64,
    /// New MACs not registered because `max_discovered` machines already were.
    pub discovery_refused: AtomicU64,
    /// Old events deleted to stay within `max_events`.
    pub events_pruned: AtomicU64,
    /// Lease upserts refused because another client's unexpired lease holds the address
    /// (another instance on the same database leased it first).
    pub leases_refused: AtomicU64,
    /// Batches tried again after a transient failure (another instance's transaction on
    /// the same rows made this one a deadlock victim).
    pub retries: AtomicU64,
    /// fdatasyncs of the SQLite WAL by the syncer (each makes one or more committed
    /// transactions durable).
    pub wal_syncs: AtomicU64,
}

/// Bounds on what booting clients (anyone on the wire) can make the writer store; set from
/// the configuration at start and on reload.
#[derive(Debug)]
struct InventoryLimits {
    max_discovered: AtomicU64,
    max_events: AtomicU64,
}

impl Writer {
    pub fn start(store: Store) -> WriterHandle {
        let (leases, lease_rx) = mpsc::channel(LEASE_QUEUE);
        let (tx, rx) = mpsc::channel(EVENT_QUEUE);
        let (events, _) = broadcast::channel(4096);
        let stats = Arc::new(WriterStats::default());
        let limits = Arc::new(InventoryLimits {
            max_discovered: AtomicU64::new(u64::MAX),
            max_events: AtomicU64::new(u64::MAX),
        });
        if store.backend == Backend::Postgres {
            tokio::spawn(notify::listen(store.clone(), events.clone()));
        }
        let writer = run(
            store,
            lease_rx,
            rx,
            events.clone(),
            stats.clone(),
            limits.clone(),
        );
        // Its own thread and runtime: in a boot storm the main runtime's run queues hold
        // thousands of TFTP and HTTP tasks, and each of a batch's awaits (a round trip to
        // sqlx's worker per statement) waited behind them (bench/README.md, session 10).
        std::thread::Builder::new()
            .name("bootforge-writer".into())
            .spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("writer runtime")
                    .block_on(writer)
            })
            .expect("writer thread");
        WriterHandle {
            leases,
            tx,
            events,
            stats,
            limits,
        }
    }
}

impl WriterHandle {
    /// Registration of new machines by booting clients stops at `max_discovered`
    /// discovered machines; only the newest `max_events` events are kept.
    pub fn set_limits(&self, max_discovered: u64, max_events: u64) {
        self.limits
            .max_discovered
            .store(max_discovered, Ordering::Relaxed);
        self.limits.max_events.store(max_events, Ordering::Relaxed);
    }

    /// Returns once the changes are committed to disk. `Err(Conflict { what: "lease", .. })` if the database
    /// refused an upsert because another client holds the address (only with several
    /// instances on one database): nothing was written for those addresses, the rest of the
    /// commit was.
    pub async fn commit_leases(&self, changes: Vec<LeaseChange>) -> StoreResult<()> {
        self.send_leases(changes, None).await
    }

    /// [`WriterHandle::commit_leases`] for one client's exchange: its removals delete a row
    /// only while it is still this DUID's, so a table that missed another instance's change
    /// cannot delete another client's lease.
    pub async fn commit_client_leases(
        &self,
        client_duid: &[u8],
        changes: Vec<LeaseChange>,
    ) -> StoreResult<()> {
        self.send_leases(changes, Some(client_duid.to_vec())).await
    }

    async fn send_leases(
        &self,
        changes: Vec<LeaseChange>,
        owner: Option<Vec<u8>>,
    ) -> StoreResult<()> {
        let (done, wait) = oneshot::channel();
        self.leases
            .send(WriteOp::Leases(changes, owner, done))
            .await
            .map_err(|_| StoreError::WriterGone)?;
        wait.await.map_err(|_| StoreError::WriterGone)?
    }

    /// Queue a boot event. Never blocks a protocol path: if the queue is full the event is
    /// dropped and counted.
    pub fn record(&self, event: BootEvent) {
        if self.tx.try_send(WriteOp::Event(Box::new(event))).is_err() {
            self.count_dropped();
        }
    }

    /// [`WriterHandle::record`] for an event that costs something to build (the DHCPv6
    /// path's strings): when the queue is already full, it is counted as dropped without
    /// being built, so a storm that fills the queue does not also pay for events it sheds.
    pub fn record_with(&self, build: impl FnOnce() -> BootEvent) {
        if self.tx.capacity() == 0 {
            self.count_dropped();
        } else {
            self.record(build());
        }
    }

    fn count_dropped(&self) {
        // Logged at the 1st, 2nd, 4th, … drop: under a storm a line per drop was the
        // server's biggest write load (the count is in /metrics).
        let dropped = self.stats.events_dropped.fetch_add(1, Ordering::Relaxed) + 1;
        if dropped.is_power_of_two() {
            tracing::warn!(dropped, "event queue full; boot event dropped");
        }
    }

    /// Waits until everything queued before this call is committed.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.tx.send(WriteOp::Flush(done)).await.is_ok() {
            let _ = wait.await;
        }
    }

    /// Live feed of committed events.
    pub fn subscribe(&self) -> broadcast::Receiver<StoredEvent> {
        self.events.subscribe()
    }

    pub fn stats(&self) -> &WriterStats {
        &self.stats
    }
}

/// The next transaction's operations: every lease commit queued (up to `MAX_BATCH`), events
/// ([`events_beside`] of them) and flushes; empty once both queues are closed and drained.
async fn next_batch(
    leases: &mut mpsc::Receiver<WriteOp>,
    rx: &mut mpsc::Receiver<WriteOp>,
    batch: &mut Vec<WriteOp>,
) {
    let (mut leases_open, mut rx_open) = (true, true);
    while batch.is_empty() && (leases_open || rx_open) {
        tokio::select! {
            biased;
            op = leases.recv(), if leases_open => match op {
                Some(op) => batch.push(op),
                None => leases_open = false,
            },
            op = rx.recv(), if rx_open => match op {
                Some(op) => batch.push(op),
                None => rx_open = false,
            },
        }
    }
    let mut others = batch
        .iter()
        .filter(|op| !matches!(op, WriteOp::Leases(..)))
        .count();
    let mut lease_ops = batch.len() - others;
    take_queued(leases, batch, &mut lease_ops, MAX_BATCH);
    take_queued(rx, batch, &mut others, events_beside(lease_ops));
    // Lease commits queued by now join this transaction too (a flush covers them).
    take_queued(leases, batch, &mut lease_ops, MAX_BATCH);
}

/// Move what `queue` holds now into `batch` until `taken` (counted up) reaches `up_to`.
fn take_queued(
    queue: &mut mpsc::Receiver<WriteOp>,
    batch: &mut Vec<WriteOp>,
    taken: &mut usize,
    up_to: usize,
) {
    while *taken < up_to {
        let Ok(op) = queue.try_recv() else { break };
        batch.push(op);
        *taken += 1;
    }
}

/// Events a transaction takes beside `lease_ops` lease commits. With no lease waiting, up to
/// [`MAX_EVENTS_PER_TX`]; with leases waiting, about one event row per four lease commits
/// (at least [`MIN_EVENTS_PER_TX`]), because event rows (the event, and the machine a new
/// MAC registers) cost the writer more than lease rows do and every one of them delays the
/// Replies the transaction holds: a storm's events wait in their bounded queue for quieter
/// batches, and what overflows it is dropped and counted (`events_dropped`), never a lease.
/// Measured: writing no DHCPv6 events at all raised the peak from 21 900 to 25 900
/// exchanges/s (bench/README.md, boot storm I, fifth step).
fn events_beside(lease_ops: usize) -> usize {
    if lease_ops == 0 {
        MAX_EVENTS_PER_TX
    } else {
        (lease_ops / 4).clamp(MIN_EVENTS_PER_TX, MAX_EVENTS_PER_TX)
    }
}

async fn run(
    store: Store,
    mut leases: mpsc::Receiver<WriteOp>,
    mut rx: mpsc::Receiver<WriteOp>,
    events_out: broadcast::Sender<StoredEvent>,
    stats: Arc<WriterStats>,
    limits: Arc<InventoryLimits>,
) {
    // Pipelined group commits: this task commits batch N without waiting for the disk and
    // goes on to batch N+1 while a syncer thread makes N durable and only then answers N's
    // senders ([`super::wal_sync`]; two syncs may overlap). On SQLite the writer's own
    // connection commits with synchronous = NORMAL (no fsync in COMMIT) and a syncer
    // fdatasyncs the WAL after it: the durability of FULL, with the fsync off the writer's
    // path. PostgreSQL's COMMIT is the durable wait itself.
    let wal = match store.backend {
        Backend::Sqlite => store.shared.sqlite_path.as_deref().map(wal_path),
        Backend::Postgres => None,
    };
    let syncers = {
        let (wal, stats) = (wal.clone(), stats.clone());
        let sync = move || match &wal {
            Some(path) => {
                stats.wal_syncs.fetch_add(1, Ordering::Relaxed);
                std::fs::File::open(path).and_then(|f| f.sync_data())
            }
            None => Ok(()),
        };
        WalSyncers::start(
            WAL_SYNCERS,
            SYNC_QUEUE,
            sync,
            move |settled: Settled, outcome| settled.answer(outcome, &events_out),
        )
    };
    let mut conn: Option<AnyConnection> = None;
    let mut discovered = DiscoveredCount::default();
    let mut batch = Vec::with_capacity(MAX_BATCH + MAX_EVENTS_PER_TX);
    loop {
        next_batch(&mut leases, &mut rx, &mut batch).await;
        if batch.is_empty() {
            break;
        }
        // Another instance's transaction on the same rows (PostgreSQL) can still make this
        // one a deadlock victim or a serialization failure: nothing was written, so the same
        // batch is tried again.
        let mut retries = 0;
        let result = loop {
            let result = commit_on(
                &store,
                &mut conn,
                wal.is_some(),
                &batch,
                &limits,
                &stats,
                &mut discovered,
            )
            .await;
            if retries == MAX_RETRIES || !result.as_ref().is_err_and(is_transient) {
                break result;
            }
            retries += 1;
            stats.retries.fetch_add(1, Ordering::Relaxed);
        };
        stats.transactions.fetch_add(1, Ordering::Relaxed);
        let (ok, err_msg) = match &result {
            Ok(_) => (true, String::new()),
            Err(e) => {
                tracing::error!(error = %e, ops = batch.len(), "inventory transaction failed");
                // The connection may be what failed: the next batch opens a fresh one.
                conn = None;
                (false, e.to_string())
            }
        };
        let Committed { events, refused } = result.unwrap_or_default();
        let mut stored = events.into_iter();
        let mut settled = Settled {
            leases: Vec::with_capacity(batch.len()),
            events: Vec::new(),
            flushes: Vec::new(),
        };
        for op in batch.drain(..) {
            match op {
                WriteOp::Leases(changes, _, done) => {
                    stats
                        .lease_changes
                        .fetch_add(changes.len() as u64, Ordering::Relaxed);
                    let taken = taken_addresses(&changes, &refused);
                    settled.leases.push((
                        done,
                        if !ok {
                            Err(StoreError::Invalid(err_msg.clone()))
                        } else if !taken.is_empty() {
                            Err(lease_taken(&taken))
                        } else {
                            Ok(())
                        },
                    ));
                }
                WriteOp::Event(_) => {
                    stats.events.fetch_add(1, Ordering::Relaxed);
                    if let Some(ev) = stored.next() {
                        settled.events.push(ev);
                    }
                }
                WriteOp::Flush(done) => settled.flushes.push(done),
            }
        }
        // A committed SQLite transaction's WAL frames must be fsynced before its answers.
        syncers.push(settled, ok && wal.is_some()).await;
    }
    // Everything committed is made durable and answered before the writer ends.
    let _ = tokio::task::spawn_blocking(move || syncers.close()).await;
}

/// Batches committed but not yet durable that the writer may run ahead by; beyond that it
/// waits for the syncers (so memory stays bounded when the disk stalls).
const SYNC_QUEUE: usize = 64;

/// fdatasyncs of the WAL that may be in flight at once ([`super::wal_sync`]). Two: on a disk
/// whose flush took ~2.4 ms, one syncer ran back to back at 2 000 exchanges/s and a Request
/// waited for the sync under way and then its own (bench/README.md, "Overlapping WAL syncs").
const WAL_SYNCERS: usize = 2;

/// A committed batch's answers, sent once it is durable.
struct Settled {
    /// Each lease commit's sender and its result.
    leases: Vec<(oneshot::Sender<StoreResult<()>>, StoreResult<()>)>,
    /// Stored events, for the live broadcast.
    events: Vec<StoredEvent>,
    flushes: Vec<oneshot::Sender<()>>,
}

impl Settled {
    /// Tells the senders: a failed sync turns a commit's success into that failure.
    fn answer(self, synced: SyncOutcome<'_>, events_out: &broadcast::Sender<StoredEvent>) {
        for (done, result) in self.leases {
            let result = match (synced, result) {
                (Err(e), Ok(())) => Err(StoreError::Invalid(e.to_string())),
                (_, result) => result,
            };
            let _ = done.send(result);
        }
        for ev in self.events {
            let _ = events_out.send(ev);
        }
        for done in self.flushes {
            let _ = done.send(());
        }
    }
}

/// The SQLite write-ahead log of the database file at `db`.
fn wal_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// [`commit_batch`] on the writer's own connection, opened on first use (and again after a
/// failure). On SQLite it commits without fsync when `wal_synced` (the syncer does it).
async fn commit_on(
    store: &Store,
    conn: &mut Option<AnyConnection>,
    wal_synced: bool,
    batch: &[WriteOp],
    limits: &InventoryLimits,
    stats: &WriterStats,
    discovered: &mut DiscoveredCount,
) -> StoreResult<Committed> {
    let conn = match conn {
        Some(c) => c,
        None => {
            let mut c = store.pool.acquire().await?.detach();
            if wal_synced {
                c.execute("PRAGMA synchronous = NORMAL").await?;
            }
            conn.insert(c)
        }
    };
    commit_batch(store, conn, batch, limits, stats, discovered).await
}

/// The addresses of `changes` whose upsert the database refused.
fn taken_addresses(changes: &[LeaseChange], refused: &HashSet<Ipv6Addr>) -> Vec<Ipv6Addr> {
    if refused.is_empty() {
        return Vec::new();
    }
    changes
        .iter()
        .filter_map(|c| match c {
            LeaseChange::Upsert(l) if refused.contains(&l.address) => Some(l.address),
            _ => None,
        })
        .collect()
}

/// Times a batch is tried again after a transient failure.
const MAX_RETRIES: u32 = 3;

/// A failure that trying the same transaction again can cure: PostgreSQL's deadlock victim
/// (40P01) and serialization failure (40001).
fn is_transient(e: &StoreError) -> bool {
    matches!(e, StoreError::Db(sqlx::Error::Database(db))
        if matches!(db.code().as_deref(), Some("40P01") | Some("40001")))
}

/// What a lease commit returns when another client holds some of its addresses.
pub(super) fn lease_taken(addresses: &[Ipv6Addr]) -> StoreError {
    let key: Vec<String> = addresses.iter().map(|a| a.to_string()).collect();
    StoreError::Conflict {
        what: "lease",
        key: key.join(", "),
    }
}

/// What one batch's transaction did.
#[derive(Default)]
struct Committed {
    /// The stored events, in order.
    events: Vec<StoredEvent>,
    /// Upserts the database refused: another client's unexpired lease holds the address.
    refused: HashSet<Ipv6Addr>,
}

/// One transaction for the whole batch.
async fn commit_batch(
    store: &Store,
    conn: &mut AnyConnection,
    batch: &[WriteOp],
    limits: &InventoryLimits,
    stats: &WriterStats,
    discovered: &mut DiscoveredCount,
) -> StoreResult<Committed> {
    let now = now_ms();
    let mut tx = conn.begin().await?;
    let mut leases = Vec::new();
    let mut events = Vec::new();
    for op in batch {
        match op {
            WriteOp::Leases(changes, owner, _) => {
                leases.extend(changes.iter().map(|c| (c, owner.as_deref())))
            }
            WriteOp::Event(ev) => events.push(&**ev),
            WriteOp::Flush(_) => {}
        }
    }
    // A few multi-row statements for the lot: each statement is a round trip (to sqlx's
    // worker thread, or to the PostgreSQL server), and one per change made the writer the
    // bottleneck (bench/README.md).
    let written = Store::apply_lease_changes(&mut tx, store.backend, &leases, now).await?;
    let max_discovered = limits.max_discovered.load(Ordering::Relaxed);
    let (stored, refused) =
        Store::insert_events(&mut tx, &events, max_discovered, discovered).await?;
    let pruned = if events.is_empty() {
        0
    } else {
        Store::prune_events(&mut tx, limits.max_events.load(Ordering::Relaxed)).await?
    };
    if store.backend == Backend::Postgres {
        let ids: Vec<i64> = stored.iter().map(|e| e.id).collect();
        notify::announce(&mut tx, store.instance(), &written, &ids).await?;
    }
    tx.commit().await?;
    // Warn once; under a flood every batch would say the same (the metric counts).
    if refused > 0
        && stats
            .discovery_refused
            .fetch_add(refused, Ordering::Relaxed)
            == 0
    {
        tracing::warn!(
            max_discovered,
            "boot.max_discovered reached: new MACs are served but not registered \
             (bootforge_discovery_refused_total counts them)"
        );
    }
    stats.events_pruned.fetch_add(pruned, Ordering::Relaxed);
    if !written.refused.is_empty() {
        stats
            .leases_refused
            .fetch_add(written.refused.len() as u64, Ordering::Relaxed);
    }
    Ok(Committed {
        events: stored,
        refused: written.refused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{BootStage, EventSource};

    fn event() -> WriteOp {
        WriteOp::Event(Box::new(BootEvent::new(
            EventSource::Dhcp,
            BootStage::Solicit,
            None,
        )))
    }

    fn lease() -> WriteOp {
        WriteOp::Leases(Vec::new(), None, oneshot::channel().0)
    }

    fn counts(batch: &[WriteOp]) -> (usize, usize, usize) {
        let leases = batch
            .iter()
            .filter(|op| matches!(op, WriteOp::Leases(..)))
            .count();
        let flushes = batch
            .iter()
            .filter(|op| matches!(op, WriteOp::Flush(..)))
            .count();
        (leases, batch.len() - leases - flushes, flushes)
    }

    #[test]
    fn events_get_a_quarter_of_a_busy_transaction_and_all_of_an_idle_one() {
        assert_eq!(events_beside(0), MAX_EVENTS_PER_TX);
        assert_eq!(events_beside(1), MIN_EVENTS_PER_TX);
        assert_eq!(events_beside(200), 50);
        assert_eq!(events_beside(MAX_BATCH), MAX_BATCH / 4);
        assert!(events_beside(10 * MAX_BATCH) <= MAX_EVENTS_PER_TX);
    }

    #[tokio::test]
    async fn a_busy_batch_takes_every_lease_and_leaves_most_events_queued() {
        let (lease_tx, mut lease_rx) = mpsc::channel(1024);
        let (tx, mut rx) = mpsc::channel(1024);
        for _ in 0..500 {
            tx.send(event()).await.unwrap();
        }
        for _ in 0..200 {
            lease_tx.send(lease()).await.unwrap();
        }
        let mut batch = Vec::new();
        next_batch(&mut lease_rx, &mut rx, &mut batch).await;
        assert_eq!(counts(&batch), (200, 50, 0));
        // With no lease waiting, events get the whole transaction.
        batch.clear();
        next_batch(&mut lease_rx, &mut rx, &mut batch).await;
        assert_eq!(counts(&batch), (0, MAX_EVENTS_PER_TX, 0));
    }

    #[tokio::test]
    async fn a_flush_covers_the_lease_commits_queued_before_it() {
        let (lease_tx, mut lease_rx) = mpsc::channel(1024);
        let (tx, mut rx) = mpsc::channel(1024);
        tx.send(WriteOp::Flush(oneshot::channel().0)).await.unwrap();
        for _ in 0..3 {
            lease_tx.send(lease()).await.unwrap();
        }
        let mut batch = Vec::new();
        next_batch(&mut lease_rx, &mut rx, &mut batch).await;
        assert_eq!(counts(&batch), (3, 0, 1));
    }
}
