//! The boot-inputs generation (`boot_inputs.generation`, migration 0009): triggers bump it
//! whenever a machine's script-visible columns or any profile change, whoever writes —
//! this process, the `sqlite3` shell, another process on the same file. The rendered-script
//! cache (`boot::script_cache`) compares it with the value it rendered under.
//!
//! Read at most once per database commit. Every commit to a WAL database, by any
//! connection of any process, rewrites the WAL-index header at the start of the `-shm` file
//! (its change counter `iChange` is incremented by every write transaction, and `mxFrame`
//! and the salts move with the WAL), and a commit is visible to readers only once that
//! header says so. So the probe keeps the header it last saw beside the generation it read
//! *after* seeing it: while the header (read with one `pread`, no lock) is the same, no
//! transaction has committed since, and that generation is still current. When it differs
//! the one-row table is read again on a rusqlite connection of the probe's own (a few
//! microseconds; no hop to sqlx's worker thread) and the pair replaced. It never writes.

use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, RwLock};

use rusqlite::{Connection, OpenFlags};

/// Bytes of SQLite's `WalIndexHdr` (wal.c); the `-shm` file starts with two copies of it.
const WAL_INDEX_HEADER: usize = 48;

/// A WAL-index header as read, both copies.
type HeaderBytes = [u8; 2 * WAL_INDEX_HEADER];

pub(super) struct BootInputsProbe {
    /// `None` if it could not be opened: then every answer is "unknown" and no script is
    /// reused.
    conn: Option<Mutex<Connection>>,
    /// The database's `-shm` file, or `None` (then the table is read on every call).
    shm: Option<File>,
    /// The header last seen and the generation read after seeing it.
    known: RwLock<Option<(HeaderBytes, u64)>>,
    /// Reads of the table (tests: once per commit, not once per call).
    table_reads: AtomicU64,
}

impl BootInputsProbe {
    pub(super) fn open(path: &Path) -> BootInputsProbe {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| {
            tracing::warn!(error = %e, "boot-inputs probe unavailable; iPXE scripts are not cached")
        })
        .ok();
        let probe = BootInputsProbe {
            conn: conn.map(Mutex::new),
            shm: None,
            known: RwLock::new(None),
            table_reads: AtomicU64::new(0),
        };
        // One read first: the probe's own connection then holds the WAL index open, so no
        // other process can find itself the last user and truncate or remove the file.
        if probe.read_table().is_none() {
            return probe;
        }
        let mut shm_path = path.as_os_str().to_owned();
        shm_path.push("-shm");
        let shm = File::open(&shm_path)
            .map_err(|e| {
                tracing::warn!(error = %e, path = ?shm_path, "WAL index unreadable; the boot-inputs generation is read on every script request")
            })
            .ok();
        BootInputsProbe { shm, ..probe }
    }

    fn read_table(&self) -> Option<u64> {
        self.table_reads.fetch_add(1, Ordering::Relaxed);
        let conn = self
            .conn
            .as_ref()?
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let mut stmt = conn
            .prepare_cached("SELECT generation FROM boot_inputs WHERE id = 1")
            .ok()?;
        stmt.query_row([], |r| r.get::<_, i64>(0))
            .ok()
            .map(|v| v as u64)
    }

    /// The WAL-index header now, if it reads whole and its two copies agree (a writer
    /// rewrites them one after the other; a torn read is treated as a change).
    fn header(&self) -> Option<HeaderBytes> {
        let mut bytes = [0u8; 2 * WAL_INDEX_HEADER];
        self.shm.as_ref()?.read_exact_at(&mut bytes, 0).ok()?;
        let (first, second) = bytes.split_at(WAL_INDEX_HEADER);
        // isInit (byte 12): 0 while the index is being rebuilt.
        (first == second && first[12] != 0).then_some(bytes)
    }

    fn read(&self) -> Option<u64> {
        let header = self.header();
        if let Some(header) = header {
            let known = self.known.read().unwrap_or_else(|e| e.into_inner());
            if let Some((seen, generation)) = known.as_ref() {
                if *seen == header {
                    return Some(*generation);
                }
            }
        }
        // Read after the header: it reflects at least every commit that header shows.
        let generation = self.read_table()?;
        if let Some(header) = header {
            *self.known.write().unwrap_or_else(|e| e.into_inner()) = Some((header, generation));
        }
        Some(generation)
    }
}

impl super::Store {
    /// Differs from any earlier value once a committed change (by anyone) touched what a
    /// boot script is rendered from: machines' MAC, hostname, profile, state, variables or
    /// architecture, or any profile. `None` when it cannot tell: treat as changed. Read it
    /// *before* loading the inputs.
    pub fn boot_inputs_generation(&self) -> Option<u64> {
        self.shared.boot_inputs.as_ref()?.read()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn database(dir: &Path) -> (std::path::PathBuf, Connection) {
        let path = dir.join("t.db");
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             CREATE TABLE boot_inputs (id INTEGER PRIMARY KEY, generation INTEGER NOT NULL);
             INSERT INTO boot_inputs VALUES (1, 7);
             CREATE TABLE other (x INTEGER);",
        )
        .unwrap();
        (path, conn)
    }

    #[test]
    fn table_read_once_per_commit_and_every_commit_seen() {
        let dir = tempfile::tempdir().unwrap();
        let (path, writer) = database(dir.path());
        let probe = BootInputsProbe::open(&path);
        assert!(probe.shm.is_some(), "the -shm file is read");
        assert_eq!(probe.read(), Some(7));
        let reads = probe.table_reads.load(Ordering::Relaxed);
        for _ in 0..100 {
            assert_eq!(probe.read(), Some(7));
        }
        assert_eq!(
            probe.table_reads.load(Ordering::Relaxed),
            reads,
            "no commit, no table read"
        );
        // Another connection's commit: seen by the very next read.
        writer
            .execute("UPDATE boot_inputs SET generation = 8 WHERE id = 1", [])
            .unwrap();
        assert_eq!(probe.read(), Some(8));
        // A commit that does not touch the table still costs one table read, no more.
        writer.execute("INSERT INTO other VALUES (1)", []).unwrap();
        let reads = probe.table_reads.load(Ordering::Relaxed);
        assert_eq!(probe.read(), Some(8));
        assert_eq!(probe.read(), Some(8));
        assert_eq!(probe.table_reads.load(Ordering::Relaxed), reads + 1);
        // After a checkpoint that restarts the WAL, a commit is still seen.
        writer
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
        writer
            .execute("UPDATE boot_inputs SET generation = 9 WHERE id = 1", [])
            .unwrap();
        assert_eq!(probe.read(), Some(9));
        for g in 10..200u64 {
            writer
                .execute(
                    "UPDATE boot_inputs SET generation = ?1 WHERE id = 1",
                    [g as i64],
                )
                .unwrap();
            assert_eq!(probe.read(), Some(g));
        }
    }

    #[test]
    fn without_a_database_nothing_is_known() {
        let dir = tempfile::tempdir().unwrap();
        let probe = BootInputsProbe::open(&dir.path().join("missing/t.db"));
        assert_eq!(probe.read(), None);
    }
}
