//! The boot-inputs generation (`boot_inputs.generation`, migration 0009): triggers bump it
//! whenever a machine's script-visible columns or any profile change, whoever writes —
//! this process, the `sqlite3` shell, another process on the same file. The rendered-script
//! cache (`boot::script_cache`) compares it with the value it rendered under.
//!
//! Read on a rusqlite connection of its own, synchronously under a mutex: a one-row read
//! (the WAL read lock plus a page already in the cache) takes microseconds, cheaper than a
//! hop to sqlx's worker thread, so it can run on every script request. It never writes.

use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OpenFlags};

pub(super) struct BootInputsProbe {
    /// `None` if it could not be opened: then every answer is "unknown" and no script is
    /// reused.
    conn: Option<Mutex<Connection>>,
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
        BootInputsProbe {
            conn: conn.map(Mutex::new),
        }
    }

    fn read(&self) -> Option<u64> {
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
