//! The inventory: the only module that speaks SQL.
//!
//! SQLite (WAL) is the embedded default. Everything outside this module sees typed values and
//! methods, so a PostgreSQL backend for scale-out only touches files in here.
//!
//! Writes from the hot paths (lease commits, boot events) go through [`Writer`], which batches
//! whatever is queued into one transaction: one fsync serves many leases (group commit), and a
//! lease's sender is told only after its transaction committed.
//!
//! PostgreSQL (`database_url = "postgres://…"`) is for several instances on one database;
//! both run through sqlx's `Any` driver with `$N` placeholders, and the few statements that
//! differ choose by [`Backend`]. ARCHITECTURE.md says why and what multi-instance keeps.
//!
//! One file per aggregate: `leases`, `machines`, `profiles`, `events` (boot events and the
//! identities they record), `auth` (users, sessions, tokens), `audit` (the audit trail and
//! `Operator`), `listing` (bulk changes and CSV), `writer` (group commit) with `wal_sync`
//! (its wait for the disk). The event and identity types are in the leaf module
//! [`crate::events`], re-exported here.

mod audit;
mod auth;
mod boot_inputs;
mod columns;
mod events;
mod leases;
mod listing;
mod machines;
mod notify;
mod profiles;
mod statement;
mod wal_sync;
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
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{AnyPool, ConnectOptions, Executor};
use tokio::sync::broadcast;

pub use notify::LeaseFeed;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("{what} {key:?} not found")]
    NotFound { what: &'static str, key: String },
    /// Also what a lease commit returns (`what: "lease"`, `key`: the addresses) when the
    /// database refused an upsert because another client's unexpired lease holds the
    /// address: another instance on the same database leased it first.
    #[error("{what} {key:?} already exists")]
    Conflict { what: &'static str, key: String },
    #[error("{0}")]
    Invalid(String),
    #[error("the database writer has stopped")]
    WriterGone,
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Which database the store runs on. Only this module looks at it: SQL that differs between
/// the two (transaction modes, the lease-ownership test, notifications) chooses by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    shared: Arc<Shared>,
}

/// What every clone of one store shares.
struct Shared {
    /// Random per process: tells this instance's notifications from other instances'.
    instance: String,
    /// Lease changes other instances committed (PostgreSQL only; SQLite has no others).
    lease_feed: broadcast::Sender<LeaseFeed>,
    /// The URL, for the notification listener's own connection (PostgreSQL only).
    url: Option<String>,
    /// Reads the boot-inputs generation ([`Store::boot_inputs_generation`]); SQLite only
    /// (on PostgreSQL there are no triggers for it yet, so scripts are not cached).
    boot_inputs: Option<boot_inputs::BootInputsProbe>,
    /// The SQLite database file; the writer makes its WAL durable itself (writer.rs).
    sqlite_path: Option<std::path::PathBuf>,
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Per-connection SQLite settings (the `Any` driver opens from a URL, which cannot carry
/// them). With WAL, NORMAL loses no committed transaction on process crash; FULL also
/// survives power loss. Leases are promises to clients: pay for FULL, the group commit keeps
/// it cheap. Temporary files in memory: a multi-row upsert (the writer's batches) keeps a
/// statement journal, which SQLite otherwise spills to a temporary file past 64 KiB — a
/// 4-byte and a 4 KiB `pwrite` per page the statement changes, ~40 % of the writer's
/// writes at 2 000 exchanges/s (bench/README.md, "Boot storm I, session 8"). The journal is
/// bounded by one statement.
const SQLITE_SESSION: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY;";

impl Store {
    /// Open (creating if needed) the SQLite database file and apply migrations.
    pub async fn open(path: &Path) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        let url = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .to_url_lossy();
        let opts: AnyConnectOptions = url.as_str().parse()?;
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(SQLITE_SESSION).await?;
                    Ok(())
                })
            })
            .connect_with(opts)
            .await?;
        sqlx::migrate!("../migrations").run(&pool).await?;
        let probe = boot_inputs::BootInputsProbe::open(path);
        let mut store = Store::new(pool, Backend::Sqlite, None, Some(probe));
        if let Some(shared) = Arc::get_mut(&mut store.shared) {
            shared.sqlite_path = Some(path.to_path_buf());
        }
        Ok(store)
    }

    /// Connect to PostgreSQL (`postgres://…` or `postgresql://…`) and apply its migrations.
    /// Several bootforge instances may share one database: see docs/postgresql.md.
    pub async fn connect(url: &str) -> StoreResult<Store> {
        sqlx::any::install_default_drivers();
        if !is_postgres_url(url) {
            return Err(StoreError::Invalid(
                "database_url must start with postgres:// or postgresql://".into(),
            ));
        }
        let opts: AnyConnectOptions = url.parse()?;
        let pool = AnyPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await?;
        // Instances starting together migrate one at a time (sqlx takes an advisory lock).
        sqlx::migrate!("../migrations/postgres").run(&pool).await?;
        Ok(Store::new(
            pool,
            Backend::Postgres,
            Some(url.to_string()),
            None,
        ))
    }

    fn new(
        pool: AnyPool,
        backend: Backend,
        url: Option<String>,
        boot_inputs: Option<boot_inputs::BootInputsProbe>,
    ) -> Store {
        let (lease_feed, _) = broadcast::channel(1024);
        Store {
            pool,
            backend,
            shared: Arc::new(Shared {
                instance: hex::encode(crate::secret_file::random_bytes::<8>()),
                lease_feed,
                url,
                boot_inputs,
                sqlite_path: None,
            }),
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// A transaction for a read-then-write operator change. On SQLite it holds the write
    /// lock from its BEGIN: in a deferred transaction the upgrade fails at once with
    /// SQLITE_BUSY (no busy wait) when the event writer got the lock in between. PostgreSQL
    /// locks rows, not the database: a plain BEGIN.
    pub(crate) async fn begin_write(&self) -> StoreResult<sqlx::Transaction<'static, sqlx::Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}

/// Whether `url` names a PostgreSQL database.
pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// Rows per multi-row statement (leases, events, machines, identities): at most 9 bound
/// values a row, far below SQLite's limit of 32766.
const ROWS_PER_STATEMENT: usize = 500;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::mac::Mac;

    pub(crate) async fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("t.db")).await.unwrap();
        (dir, s)
    }

    pub(crate) const MAC: Mac = Mac([0x52, 0x54, 0, 0x12, 0x34, 0x56]);

    /// A complete profile named `name`, as the store's unit tests use it.
    pub(crate) fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            description: String::new(),
            kernel: "vmlinuz".into(),
            initrd: "initrd.img".into(),
            cmdline: "console=ttyS0".into(),
            template: "install.ipxe".into(),
            variables: Default::default(),
        }
    }
}
