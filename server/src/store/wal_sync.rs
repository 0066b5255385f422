//! Durability for the writer's pipelined commits: a committed batch waits here until an
//! fdatasync of the SQLite WAL that *began after its commit* has returned, and is then
//! answered, in commit order.
//!
//! Several syncer threads may each have an fdatasync in flight, so a commit that lands while
//! one sync is under way need not wait for it to end before its own sync starts: on a disk
//! whose cache flush takes milliseconds, a Request then waits for about one flush instead of
//! the rest of the one under way plus its own (bench/README.md, "Overlapping WAL syncs").
//! Any sync that returns covers every batch committed before it began (fsync's contract is
//! about all data written to the file before the call, whoever wrote it and whichever
//! descriptor is used), so a later sync finishing first answers the earlier batches too.
//!
//! A failed sync answers every batch not yet answered that was committed before it began
//! with the error, even those another sync still covers: after an fsync error the kernel may
//! have dropped the dirty pages, so a later success proves nothing about them.
//!
//! The item type and the sync and answer functions are parameters, so the rules are tested
//! here without a disk.

use std::collections::VecDeque;
use std::io;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A sync's outcome as the answers see it.
pub(super) type SyncOutcome<'a> = Result<(), &'a str>;

/// The committed batches waiting for durability and the syncer threads.
pub(super) struct WalSyncers<T: Send + 'static> {
    shared: Arc<Shared<T>>,
    /// Bounds the committed-but-unanswered batches, so the writer cannot run ahead of a
    /// stalled disk without limit.
    room: Arc<Semaphore>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

struct Shared<T> {
    state: Mutex<State<T>>,
    work: Condvar,
}

struct State<T> {
    /// Committed, not yet answered, in commit order: (sequence number, needs a sync, item).
    waiting: VecDeque<Waiting<T>>,
    /// The sequence number the next committed batch gets.
    next: u64,
    /// Every batch numbered below this is covered by a sync already started (or by none,
    /// when it needed none).
    claimed: u64,
    /// Every batch numbered below this is durable.
    durable: u64,
    /// Every unanswered batch numbered below this is answered with `error`.
    failed: u64,
    error: String,
    closed: bool,
}

struct Waiting<T> {
    seq: u64,
    needs_sync: bool,
    item: T,
    _room: OwnedSemaphorePermit,
}

impl<T> State<T> {
    /// Answers the batches at the front that are settled, in commit order. Called with the
    /// lock held, so two threads never interleave their answers.
    fn answer_settled(&mut self, answer: &(dyn Fn(T, SyncOutcome<'_>) + Send + Sync)) {
        while let Some(front) = self.waiting.front() {
            let outcome = if front.seq < self.failed {
                Err(self.error.as_str())
            } else if front.seq < self.durable || !front.needs_sync {
                Ok(())
            } else {
                break;
            };
            let Some(done) = self.waiting.pop_front() else {
                break;
            };
            answer(done.item, outcome);
        }
    }
}

impl<T: Send + 'static> WalSyncers<T> {
    /// `threads` syncer threads (at least one), at most `capacity` batches waiting. `sync`
    /// makes everything written so far durable; `answer` is called once per batch, in commit
    /// order, after its sync (or at once for a batch that needs none).
    pub fn start(
        threads: usize,
        capacity: usize,
        sync: impl Fn() -> io::Result<()> + Send + Sync + 'static,
        answer: impl Fn(T, SyncOutcome<'_>) + Send + Sync + 'static,
    ) -> WalSyncers<T> {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                waiting: VecDeque::new(),
                next: 0,
                claimed: 0,
                durable: 0,
                failed: 0,
                error: String::new(),
                closed: false,
            }),
            work: Condvar::new(),
        });
        let sync: Arc<dyn Fn() -> io::Result<()> + Send + Sync> = Arc::new(sync);
        let answer: Arc<dyn Fn(T, SyncOutcome<'_>) + Send + Sync> = Arc::new(answer);
        let threads = (0..threads.max(1))
            .map(|n| {
                let (shared, sync, answer) = (shared.clone(), sync.clone(), answer.clone());
                std::thread::Builder::new()
                    .name(format!("bootforge-wal-sync-{n}"))
                    .spawn(move || sync_loop(&shared, &*sync, &*answer))
                    .expect("spawn a WAL sync thread")
            })
            .collect();
        WalSyncers {
            shared,
            room: Arc::new(Semaphore::new(capacity.max(1))),
            threads,
        }
    }

    /// Hands over a committed batch; waits while `capacity` batches are unanswered.
    pub async fn push(&self, item: T, needs_sync: bool) {
        let room = self
            .room
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let mut state = lock(&self.shared);
        let seq = state.next;
        state.next += 1;
        state.waiting.push_back(Waiting {
            seq,
            needs_sync,
            item,
            _room: room,
        });
        drop(state);
        self.shared.work.notify_one();
    }

    /// Answers everything pushed (after its sync) and stops the threads.
    pub fn close(self) {
        lock(&self.shared).closed = true;
        self.shared.work.notify_all();
        for thread in self.threads {
            let _ = thread.join();
        }
    }
}

fn lock<T>(shared: &Shared<T>) -> MutexGuard<'_, State<T>> {
    shared.state.lock().unwrap_or_else(|p| p.into_inner())
}

fn sync_loop<T>(
    shared: &Shared<T>,
    sync: &(dyn Fn() -> io::Result<()> + Send + Sync),
    answer: &(dyn Fn(T, SyncOutcome<'_>) + Send + Sync),
) {
    let mut state = lock(shared);
    loop {
        if state.claimed < state.next {
            let (from, upto) = (state.claimed, state.next);
            state.claimed = upto;
            let needed = state
                .waiting
                .iter()
                .any(|w| w.seq >= from && w.seq < upto && w.needs_sync);
            drop(state);
            let result = if needed { sync() } else { Ok(()) };
            state = lock(shared);
            match result {
                Ok(()) if needed => state.durable = state.durable.max(upto),
                Ok(()) => {}
                Err(e) => {
                    tracing::error!(error = %e, "fsync of the SQLite WAL failed; commits not acknowledged");
                    state.failed = state.failed.max(upto);
                    state.error = format!("fsync of the WAL failed: {e}");
                }
            }
            state.answer_settled(answer);
            continue;
        }
        if state.closed {
            return;
        }
        state = shared.work.wait(state).unwrap_or_else(|p| p.into_inner());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    /// Syncs that the test starts and ends by hand: each sync reports its start and then
    /// waits for the test's word (`Ok` or an error) on its own channel.
    struct GatedSyncs {
        started: mpsc::Receiver<mpsc::Sender<io::Result<()>>>,
    }

    fn gated() -> (
        GatedSyncs,
        impl Fn() -> io::Result<()> + Send + Sync + 'static,
    ) {
        let (tx, started) = mpsc::channel();
        let tx = Mutex::new(tx);
        let sync = move || {
            let (end_tx, end) = mpsc::channel();
            tx.lock().unwrap().send(end_tx).unwrap();
            end.recv().unwrap()
        };
        (GatedSyncs { started }, sync)
    }

    impl GatedSyncs {
        fn next_start(&self) -> mpsc::Sender<io::Result<()>> {
            self.started
                .recv_timeout(Duration::from_secs(5))
                .expect("a sync starts")
        }
        fn no_start(&self) {
            assert!(
                self.started
                    .recv_timeout(Duration::from_millis(100))
                    .is_err(),
                "no further sync starts"
            );
        }
    }

    type Answers = Arc<Mutex<Vec<(u32, Result<(), String>)>>>;

    fn recorder() -> (
        Answers,
        impl Fn(u32, SyncOutcome<'_>) + Send + Sync + 'static,
    ) {
        let answers: Answers = Arc::default();
        let out = answers.clone();
        (answers, move |item, outcome: SyncOutcome<'_>| {
            out.lock()
                .unwrap()
                .push((item, outcome.map_err(str::to_string)))
        })
    }

    fn answered(answers: &Answers) -> Vec<(u32, Result<(), String>)> {
        answers.lock().unwrap().clone()
    }

    /// Waits (bounded) until `n` answers are in.
    fn wait_for(answers: &Answers, n: usize) -> Vec<(u32, Result<(), String>)> {
        for _ in 0..500 {
            let now = answered(answers);
            if now.len() >= n {
                return now;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("expected {n} answers, have {:?}", answered(answers));
    }

    #[tokio::test]
    async fn a_second_sync_overlaps_the_first_and_its_return_answers_both_in_order() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = WalSyncers::start(2, 64, sync, answer);
        syncers.push(0, true).await;
        let first = syncs.next_start();
        // Committed while the first sync is in flight: a second one starts at once.
        syncers.push(1, true).await;
        let second = syncs.next_start();
        std::thread::sleep(Duration::from_millis(50));
        assert!(
            answered(&answers).is_empty(),
            "nothing answered before a sync returns"
        );
        // The second sync began after both commits: its return makes both durable.
        second.send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 2), vec![(0, Ok(())), (1, Ok(()))]);
        first.send(Ok(())).unwrap();
        syncers.close();
        assert_eq!(answered(&answers).len(), 2, "each batch answered once");
    }

    #[tokio::test]
    async fn the_first_sync_returning_answers_only_what_was_committed_before_it_began() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = WalSyncers::start(2, 64, sync, answer);
        syncers.push(0, true).await;
        let first = syncs.next_start();
        syncers.push(1, true).await;
        let second = syncs.next_start();
        first.send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 1), vec![(0, Ok(()))]);
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(
            answered(&answers).len(),
            1,
            "batch 1 waits for its own sync"
        );
        second.send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 2)[1], (1, Ok(())));
        syncers.close();
    }

    #[tokio::test]
    async fn with_every_syncer_busy_later_commits_share_the_next_sync() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = WalSyncers::start(1, 64, sync, answer);
        syncers.push(0, true).await;
        let first = syncs.next_start();
        for n in 1..=3 {
            syncers.push(n, true).await;
        }
        syncs.no_start();
        first.send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 1), vec![(0, Ok(()))]);
        let next = syncs.next_start();
        next.send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 4).len(), 4);
        syncers.close();
        syncs.no_start();
    }

    #[tokio::test]
    async fn a_failed_sync_fails_every_earlier_unanswered_batch_and_later_ones_go_on() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = WalSyncers::start(2, 64, sync, answer);
        syncers.push(0, true).await;
        let first = syncs.next_start();
        syncers.push(1, true).await;
        let second = syncs.next_start();
        second.send(Err(io::Error::other("disk on fire"))).unwrap();
        let got = wait_for(&answers, 2);
        assert!(got
            .iter()
            .all(|(_, r)| r.as_ref().is_err_and(|e| e.contains("disk on fire"))));
        // The first sync's late success does not answer anything again.
        first.send(Ok(())).unwrap();
        syncers.push(2, true).await;
        syncs.next_start().send(Ok(())).unwrap();
        assert_eq!(wait_for(&answers, 3)[2], (2, Ok(())));
        syncers.close();
        assert_eq!(answered(&answers).len(), 3);
    }

    #[tokio::test]
    async fn a_batch_that_needs_no_sync_is_answered_at_once_but_never_before_an_earlier_one() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = WalSyncers::start(2, 64, sync, answer);
        syncers.push(0, false).await;
        assert_eq!(wait_for(&answers, 1), vec![(0, Ok(()))]);
        syncs.no_start();
        syncers.push(1, true).await;
        let gate = syncs.next_start();
        syncers.push(2, false).await;
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(answered(&answers).len(), 1, "batch 2 waits behind batch 1");
        gate.send(Ok(())).unwrap();
        assert_eq!(
            wait_for(&answers, 3),
            vec![(0, Ok(())), (1, Ok(())), (2, Ok(()))]
        );
        syncers.close();
    }

    #[tokio::test]
    async fn the_writer_waits_while_capacity_batches_are_unanswered_and_close_drains() {
        let (syncs, sync) = gated();
        let (answers, answer) = recorder();
        let syncers = Arc::new(WalSyncers::start(1, 2, sync, answer));
        syncers.push(0, true).await;
        let gate = syncs.next_start();
        syncers.push(1, true).await;
        let pusher = syncers.clone();
        let third = tokio::spawn(async move { pusher.push(2, true).await });
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!third.is_finished(), "a third batch waits for room");
        gate.send(Ok(())).unwrap();
        tokio::time::timeout(Duration::from_secs(5), third)
            .await
            .expect("room after the first answer")
            .unwrap();
        let closer = std::thread::spawn(move || {
            Arc::into_inner(syncers)
                .expect("the only handle left")
                .close()
        });
        // Batches 1 and 2 take one sync or two, as the thread happens to claim them.
        for _ in 0..100 {
            if answered(&answers).len() == 3 {
                break;
            }
            if let Ok(end) = syncs.started.recv_timeout(Duration::from_millis(50)) {
                end.send(Ok(())).unwrap();
            }
        }
        closer.join().unwrap();
        assert_eq!(
            answered(&answers),
            vec![(0, Ok(())), (1, Ok(())), (2, Ok(()))]
        );
    }
}
