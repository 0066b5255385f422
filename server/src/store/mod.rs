//! The inventory: the only module that speaks SQL.
//!
//! SQLite (WAL) is the embedded default. Everything outside this module sees typed values and
//! methods, so a PostgreSQL backend for scale-out only touches files in here.
//!
//! Writes from the hot paths (lease commits, boot events) go through [`Writer`], which batches
//! whatever is queued into one transaction: one fsync serves many leases (group commit), and a
//! lease's sender is told only after its transaction committed.

//!
//! One file per aggregate: `leases`, `machines`, `profiles`, `events` (boot events and the
//! identities they record), `auth` (users, sessions, tokens), `audit` (the audit trail and
//! `Operator`), `listing` (bulk changes and CSV), `writer` (group commit). The event and
//! identity types are in the leaf module [`crate::events`], re-exported here.

mod audit;
mod auth;
mod boot_inputs;
mod events;
mod leases;
mod listing;
mod machines;
mod profiles;
mod writer;

pub use crate::events::{
    BootEvent, BootStage, ClientIdentity, EventDetail, EventSource, MacSource, StoredEvent,
};
pub use audit::{describe_machine, AuditEntry, AuditFilter, NewAudit, Operator, MAX_AUDIT_PAGE};
pub use auth::{ApiToken, Scope, SessionRecord, User};
pub use events::Identity;
pub use leases::{LeaseChange, LeaseRecord, LeaseState};
pub use listing::ImportOutcome;
pub use machines::{Machine, MachineSpec, MachineState, Variables};
pub use profiles::Profile;
pub use writer::{Writer, WriterHandle, WriterStats};

use std::path::Path;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{what} {key:?} not found")]
    NotFound { what: &'static str, key: String },
    #[error("{what} {key:?} already exists")]
    Conflict { what: &'static str, key: String },
    #[error("{0}")]
    Invalid(String),
    #[error("the database writer has stopped")]
    WriterGone,
}

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
    /// Reads the boot-inputs generation ([`Store::boot_inputs_generation`]).
    boot_inputs: std::sync::Arc<boot_inputs::BootInputsProbe>,
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Store {
    /// Open (creating if needed) the database file and apply migrations.
    pub async fn open(path: &Path) -> StoreResult<Store> {
        let opts = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // With WAL, NORMAL loses no committed transaction on process crash; FULL also
            // survives power loss. Leases are promises to clients: pay for FULL, the group
            // commit keeps it cheap.
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(opts)
            .await?;
        sqlx::migrate!("../migrations").run(&pool).await?;
        let boot_inputs = std::sync::Arc::new(boot_inputs::BootInputsProbe::open(path));
        Ok(Store { pool, boot_inputs })
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// A transaction holding the write lock from its BEGIN. Operator changes read the row
    /// before writing it (for the audit entry); in a deferred transaction that upgrade fails
    /// at once with SQLITE_BUSY (no busy wait) when the event writer got the lock in between.
    pub(crate) async fn begin_write(
        &self,
    ) -> StoreResult<sqlx::Transaction<'static, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }
}

/// Rows per multi-row statement (leases, events, machines, identities): at most 9 bound
/// values a row, far below SQLite's limit of 32766.
const ROWS_PER_STATEMENT: usize = 500;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) async fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("t.db")).await.unwrap();
        (dir, s)
    }
}
