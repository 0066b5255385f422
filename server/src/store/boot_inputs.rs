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

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::machines::{machine_from_row, MACHINE_COLUMNS};
use super::profiles::profile_from_row;
use super::{Machine, Profile};
use crate::mac::Mac;

/// The script path's machine read, as the pool's (`?1`: rusqlite's placeholder).
static MACHINE_SQL: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("SELECT {MACHINE_COLUMNS} FROM machines WHERE mac = ?1"));

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

impl BootInputsProbe {
    /// `mac`'s machine and its profile, in one read transaction on the probe's connection,
    /// decoded as the pool's reads are (`machines::machine_from_row`,
    /// `profiles::profile_from_row`), or `None` if that fails (busy, a row that does not
    /// decode): the caller uses the pool instead.
    fn machine_and_profile(&self, mac: Mac) -> Option<(Option<Machine>, Option<Profile>)> {
        let conn = self
            .conn
            .as_ref()?
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        // Both rows from one snapshot, as a render must see them.
        let tx = conn.unchecked_transaction().ok()?;
        let machine = tx
            .prepare_cached(&MACHINE_SQL)
            .ok()?
            .query_row([mac.to_string()], |r| Ok(machine_from_row(r)))
            .optional()
            .ok()?;
        let Some(machine) = machine else {
            return Some((None, None));
        };
        let machine = machine?;
        let profile = match machine.profile.as_deref() {
            Some(name) => tx
                .prepare_cached("SELECT * FROM profiles WHERE name = ?1")
                .ok()?
                .query_row([name], |r| Ok(profile_from_row(r)))
                .optional()
                .ok()?,
            None => None,
        };
        // A profile row that does not decode: the pool's read decides.
        let profile = match profile {
            Some(decoded) => Some(decoded?),
            None => None,
        };
        Some((Some(machine), profile))
    }
}

impl BootInputsProbe {
    /// The MAC of the lease on `address` (`Some(None)`: no lease, or one without a MAC).
    fn lease_mac(&self, address: std::net::Ipv6Addr) -> Option<Option<Mac>> {
        let conn = self
            .conn
            .as_ref()?
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let mac = conn
            .prepare_cached("SELECT mac FROM leases WHERE address = ?1")
            .ok()?
            .query_row([address.to_string()], |r| r.get::<_, Option<String>>(0))
            .optional()
            .ok()?;
        Some(mac.flatten().and_then(|m| Mac::parse(&m).ok()))
    }
}

impl super::Store {
    /// The MAC of the lease on `address`, read now on the boot-inputs probe's connection
    /// (as [`Self::machine_and_profile_now`]: the boot path's other hot read, a client's
    /// MAC for its events, whose pool queries in a storm each waited for a core). `None`
    /// when it cannot: use [`Self::lease`].
    pub fn lease_mac_now(&self, address: std::net::Ipv6Addr) -> Option<Option<Mac>> {
        self.shared.boot_inputs.as_ref()?.lease_mac(address)
    }

    /// `mac`'s machine and its profile (`None`: no such machine / no profile), read now on
    /// the boot-inputs probe's own connection: a few microseconds on the calling thread, no
    /// pool and no hop to sqlx's worker thread, which in a 1 000-machine storm each waited
    /// for a core (the script GET's p50 was 1–2.5 s; bench/README.md, boot storm V).
    /// `None` when it cannot (PostgreSQL, busy): use [`Self::machine`] and [`Self::profile`].
    pub fn machine_and_profile_now(&self, mac: Mac) -> Option<(Option<Machine>, Option<Profile>)> {
        self.shared.boot_inputs.as_ref()?.machine_and_profile(mac)
    }

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

    #[tokio::test]
    async fn machine_and_profile_now_reads_what_the_pool_reads() {
        use crate::store::tests::{profile, temp_store, MAC};
        use crate::store::MachineSpec;
        let (_d, s) = temp_store().await;
        assert_eq!(s.machine_and_profile_now(MAC), Some((None, None)));
        s.create_profile(&profile("deb")).await.unwrap();
        let mut variables = crate::store::Variables::default();
        variables.insert("disk".into(), serde_json::json!("/dev/vda"));
        let spec = MachineSpec {
            hostname: "node1".into(),
            profile: Some("deb".into()),
            variables,
            ..Default::default()
        };
        s.create_machine(MAC, &spec).await.unwrap();
        let (machine, profile_now) = s.machine_and_profile_now(MAC).expect("read inline");
        assert_eq!(machine, s.machine(MAC).await.unwrap());
        assert_eq!(profile_now, s.profile("deb").await.unwrap());
        assert_eq!(machine.unwrap().variables["disk"], "/dev/vda");
        // A machine without a profile.
        let other = Mac([0x52, 0x54, 0, 0, 0, 2]);
        s.create_machine(other, &MachineSpec::default())
            .await
            .unwrap();
        let (machine, profile_now) = s.machine_and_profile_now(other).unwrap();
        assert_eq!(machine, s.machine(other).await.unwrap());
        assert_eq!(profile_now, None);
    }

    #[tokio::test]
    async fn lease_mac_now_reads_what_the_pool_reads() {
        use crate::store::tests::{temp_store, MAC};
        let (d, s) = temp_store().await;
        let addr: std::net::Ipv6Addr = "2001:db8:9e0::5".parse().unwrap();
        let bare: std::net::Ipv6Addr = "2001:db8:9e0::6".parse().unwrap();
        assert_eq!(s.lease_mac_now(addr), Some(None));
        // Written behind the store's back, as another process would.
        let other = Connection::open(d.path().join("t.db")).unwrap();
        other
            .execute_batch(&format!(
                "INSERT INTO leases (address, duid, iaid, mac, pool, state, expires_at, updated_at) \
                 VALUES ('{addr}', x'0003', 1, '{MAC}', 'default', 'active', 4000000000, 0), \
                 ('{bare}', x'0004', 1, NULL, 'default', 'active', 4000000000, 0)"
            ))
            .unwrap();
        assert_eq!(s.lease_mac_now(addr), Some(Some(MAC)));
        assert_eq!(s.lease(addr).await.unwrap().unwrap().mac, Some(MAC));
        assert_eq!(s.lease_mac_now(bare), Some(None));
        assert_eq!(s.lease(bare).await.unwrap().unwrap().mac, None);
    }
}
