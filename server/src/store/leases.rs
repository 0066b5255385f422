//! Leases: one row per address, written by the group-commit writer.

use std::collections::HashSet;
use std::net::Ipv6Addr;
use std::str::FromStr;

use serde::Serialize;
use sqlx::Row;

use super::statement::Statement;
use super::{Backend, Store, StoreResult, ROWS_PER_STATEMENT};
use crate::mac::Mac;

impl Store {
    pub async fn load_leases(&self) -> StoreResult<Vec<LeaseRecord>> {
        let rows = sqlx::query(&format!("SELECT {LEASE_COLUMNS} FROM leases"))
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().filter_map(lease_from_row).collect())
    }

    pub async fn lease(&self, address: Ipv6Addr) -> StoreResult<Option<LeaseRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {LEASE_COLUMNS} FROM leases WHERE address = $1"
        ))
        .bind(address.to_string())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().and_then(lease_from_row))
    }

    /// Every row of one client's IA (any MAC), as the database holds them.
    pub async fn client_leases(&self, duid: &[u8], iaid: u32) -> StoreResult<Vec<LeaseRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {LEASE_COLUMNS} FROM leases WHERE duid = $1 AND iaid = $2"
        ))
        .bind(duid.to_vec())
        .bind(i64::from(iaid))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(lease_from_row).collect())
    }

    /// Active (unexpired) leases, soonest expiry last; for the API and dashboard.
    pub async fn active_leases(
        &self,
        now_secs: i64,
        limit: i64,
        offset: i64,
    ) -> StoreResult<Vec<LeaseRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {LEASE_COLUMNS} FROM leases WHERE state = 'active' AND expires_at > $1 \
                 ORDER BY expires_at DESC LIMIT $2 OFFSET $3"
        ))
        .bind(now_secs)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(lease_from_row).collect())
    }

    pub async fn leases_for_mac(&self, mac: Mac) -> StoreResult<Vec<LeaseRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {LEASE_COLUMNS} FROM leases WHERE mac = $1 ORDER BY expires_at DESC"
        ))
        .bind(mac.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(lease_from_row).collect())
    }

    /// Count of active leases per pool.
    pub async fn pool_usage(&self, now_secs: i64) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT pool, COUNT(*) AS n FROM leases WHERE state = 'active' AND expires_at > $1 \
             GROUP BY pool ORDER BY pool",
        )
        .bind(now_secs)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| (r.get::<String, _>("pool"), r.get::<i64, _>("n")))
            .collect())
    }

    /// Apply a batch's lease changes in a few multi-row statements. Every change sets or
    /// removes a whole row by address, so only the last change per address matters.
    ///
    /// The database decides who holds an address: a row is overwritten only by the same
    /// client (DUID, IAID, MAC) or once it has expired. An upsert that meets another
    /// client's unexpired lease (another instance leased it first) writes nothing and is
    /// returned in [`LeaseWrite::refused`].
    pub(super) async fn apply_lease_changes(
        tx: &mut sqlx::AnyConnection,
        backend: Backend,
        changes: &[(&LeaseChange, Option<&[u8]>)],
        now_ms: i64,
    ) -> StoreResult<LeaseWrite> {
        let (mut upserts, mut removals) = last_change_per_address(changes);
        // In address order: instances writing the same leases at once (PostgreSQL) then take
        // their row locks in one order and cannot deadlock.
        upserts.sort_by_key(|l| l.address);
        removals.sort_by_key(|r| r.0);
        // Several instances: one active binding per client (DUID, IAID, MAC), as each
        // instance's lease table keeps it. Two instances that chose different addresses for
        // one client at the same moment (one table had not yet heard of the other's choice)
        // would otherwise both be written and the client told two addresses: the later one
        // is refused, and its exchange decides again with the client's rows. Under READ
        // COMMITTED neither transaction sees the other's uncommitted row, so the check is
        // made under a per-client lock held to commit, taken before any row lock.
        if backend == Backend::Postgres && !upserts.is_empty() {
            lock_clients(&mut *tx, &upserts).await?;
        }
        let mut written = LeaseWrite::default();
        // A removal for a client deletes the row only while it is that client's.
        let (owned, anyones): (Vec<_>, Vec<_>) = removals.into_iter().partition(|r| r.1.is_some());
        let anyones: Vec<Ipv6Addr> = anyones.into_iter().map(|r| r.0).collect();
        for chunk in anyones.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new("DELETE FROM leases WHERE address IN ");
            q.list(chunk, |a| a.to_string());
            q.push(" RETURNING address");
            written
                .removed
                .extend(addresses(q.fetch_all(&mut *tx).await?));
        }
        for chunk in owned.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new("DELETE FROM leases WHERE ");
            for (i, (a, duid)) in chunk.iter().enumerate() {
                q.push(if i == 0 {
                    "(address = "
                } else {
                    " OR (address = "
                });
                q.bind(a.to_string());
                q.push(" AND duid = ");
                q.bind(duid.clone().unwrap_or_default());
                q.push(")");
            }
            q.push(" RETURNING address");
            written
                .removed
                .extend(addresses(q.fetch_all(&mut *tx).await?));
        }
        if backend == Backend::Postgres && !upserts.is_empty() {
            let elsewhere = bound_elsewhere(&mut *tx, &upserts, now_ms).await?;
            upserts.retain(|l| {
                let keep = !elsewhere.contains(&l.address);
                if !keep {
                    written.refused.insert(l.address);
                }
                keep
            });
        }
        let same_mac = match backend {
            Backend::Sqlite => "leases.mac IS excluded.mac",
            Backend::Postgres => "leases.mac IS NOT DISTINCT FROM excluded.mac",
        };
        for chunk in upserts.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new(
                "INSERT INTO leases (address, duid, iaid, mac, pool, state, expires_at, updated_at) ",
            );
            q.values(chunk, |row, l| {
                row.bind(l.address.to_string())
                    .bind(l.duid.clone())
                    .bind(i64::from(l.iaid))
                    .bind(l.mac.map(|m| m.to_string()))
                    .bind(l.pool.clone())
                    .bind(l.state.as_str())
                    .bind(l.expires_at)
                    .bind(now_ms);
            });
            q.push(
                " ON CONFLICT(address) DO UPDATE SET duid = excluded.duid, iaid = excluded.iaid, \
                 mac = excluded.mac, pool = excluded.pool, state = excluded.state, \
                 expires_at = excluded.expires_at, updated_at = excluded.updated_at \
                 WHERE (leases.duid = excluded.duid AND leases.iaid = excluded.iaid AND ",
            );
            q.push(same_mac);
            q.push(") OR leases.expires_at <= ");
            q.bind(now_ms.div_euclid(1000));
            q.push(" RETURNING address");
            let applied: HashSet<Ipv6Addr> = q
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .filter_map(|r| r.get::<String, _>("address").parse().ok())
                .collect();
            for l in chunk {
                if applied.contains(&l.address) {
                    written.upserted.push(l.clone());
                } else {
                    written.refused.insert(l.address);
                }
            }
        }
        Ok(written)
    }

    /// Delete leases that expired before `now_secs`; returns the freed addresses.
    pub async fn reclaim_expired(&self, now_secs: i64) -> StoreResult<Vec<Ipv6Addr>> {
        let rows = sqlx::query("DELETE FROM leases WHERE expires_at <= $1 RETURNING address")
            .bind(now_secs)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| r.get::<String, _>("address").parse().ok())
            .collect())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LeaseState {
    Active,
    /// Declined by a client (address in use by someone else): kept out of use until expiry.
    Declined,
}

impl LeaseState {
    pub fn as_str(&self) -> &'static str {
        match self {
            LeaseState::Active => "active",
            LeaseState::Declined => "declined",
        }
    }
}

impl FromStr for LeaseState {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "active" => Ok(LeaseState::Active),
            "declined" => Ok(LeaseState::Declined),
            _ => Err(()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct LeaseRecord {
    #[schema(value_type = String)]
    pub address: Ipv6Addr,
    #[serde(serialize_with = "serialize_hex")]
    #[schema(value_type = String)] // hex
    pub duid: Vec<u8>,
    pub iaid: u32,
    pub mac: Option<Mac>,
    pub pool: String,
    pub state: LeaseState,
    /// Unix seconds.
    pub expires_at: i64,
}

fn serialize_hex<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&hex::encode(b))
}

/// What a batch's lease changes did on disk.
#[derive(Debug, Default)]
pub(super) struct LeaseWrite {
    /// Rows written (each address once).
    pub upserted: Vec<LeaseRecord>,
    /// Rows deleted.
    pub removed: Vec<Ipv6Addr>,
    /// Upserts refused: the address holds another client's unexpired lease.
    pub refused: HashSet<Ipv6Addr>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaseChange {
    Upsert(LeaseRecord),
    Remove(Ipv6Addr),
}
/// The `address` column of `rows`.
fn addresses(rows: Vec<sqlx::any::AnyRow>) -> impl Iterator<Item = Ipv6Addr> {
    rows.into_iter()
        .filter_map(|r| r.get::<String, _>("address").parse().ok())
}

/// An address to delete, and the DUID whose row it must still be (None: whoever's).
type Removal = (Ipv6Addr, Option<Vec<u8>>);

/// The end state of applying `changes` in order: the rows to write and the addresses to
/// delete, each address once.
fn last_change_per_address(
    changes: &[(&LeaseChange, Option<&[u8]>)],
) -> (Vec<LeaseRecord>, Vec<Removal>) {
    let mut last: std::collections::HashMap<Ipv6Addr, usize> = Default::default();
    for (i, (c, _)) in changes.iter().enumerate() {
        let address = match c {
            LeaseChange::Upsert(l) => l.address,
            LeaseChange::Remove(a) => *a,
        };
        last.insert(address, i);
    }
    let mut order: Vec<usize> = last.into_values().collect();
    order.sort_unstable();
    let mut upserts = Vec::new();
    let mut removals = Vec::new();
    for i in order {
        match changes[i] {
            (LeaseChange::Upsert(l), _) => upserts.push(l.clone()),
            (LeaseChange::Remove(a), owner) => removals.push((*a, owner.map(<[u8]>::to_vec))),
        }
    }
    (upserts, removals)
}

/// The first key of the advisory locks that stand for a client's lease binding
/// (`pg_advisory_xact_lock(class, client)`), apart from any other use of advisory locks.
const CLIENT_LOCK_CLASS: i32 = 0x6266_6c73; // "bfls"

/// Take the transaction-scoped lock of every client among `upserts`, in one order (so two
/// batches cannot deadlock), so that `bound_elsewhere` then sees every binding committed by
/// a batch that held one of them. Two clients sharing a key only wait for each other.
async fn lock_clients(tx: &mut sqlx::AnyConnection, upserts: &[LeaseRecord]) -> StoreResult<()> {
    let mut keys: Vec<i32> = upserts
        .iter()
        .map(|l| client_lock_key(&l.duid, l.iaid))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    for chunk in keys.chunks(ROWS_PER_STATEMENT) {
        // A VALUES scan yields its rows, and so takes the locks, in the order written.
        let mut q = Statement::new("SELECT pg_advisory_xact_lock(");
        q.push(&CLIENT_LOCK_CLASS.to_string());
        q.push(", k) FROM (");
        q.values(chunk, |row, k| {
            row.bind(*k);
        });
        q.push(") AS v(k)");
        q.fetch_all(&mut *tx).await?;
    }
    Ok(())
}

/// A client's lock key: FNV-1a over the DUID and IAID, stable across builds and instances
/// (std's hasher is not promised to be).
fn client_lock_key(duid: &[u8], iaid: u32) -> i32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in duid.iter().chain(iaid.to_be_bytes().iter()) {
        h = (h ^ u32::from(*b)).wrapping_mul(0x0100_0193);
    }
    h as i32
}

/// The addresses among `upserts` whose client already holds another active, unexpired row
/// that this batch does not also write.
async fn bound_elsewhere(
    tx: &mut sqlx::AnyConnection,
    upserts: &[LeaseRecord],
    now_ms: i64,
) -> StoreResult<HashSet<Ipv6Addr>> {
    let written: HashSet<Ipv6Addr> = upserts.iter().map(|l| l.address).collect();
    let mut held = Vec::new();
    for chunk in upserts.chunks(ROWS_PER_STATEMENT) {
        let mut q = Statement::new(&format!(
            "SELECT {LEASE_COLUMNS} FROM leases WHERE state = 'active' AND expires_at > "
        ));
        q.bind(now_ms.div_euclid(1000));
        for (i, l) in chunk.iter().enumerate() {
            q.push(if i == 0 {
                " AND ((duid = "
            } else {
                " OR (duid = "
            });
            q.bind(l.duid.clone());
            q.push(" AND iaid = ");
            q.bind(i64::from(l.iaid));
            q.push(")");
        }
        q.push(")");
        held.extend(
            q.fetch_all(&mut *tx)
                .await?
                .iter()
                .filter_map(lease_from_row),
        );
    }
    Ok(upserts
        .iter()
        .filter(|l| {
            held.iter().any(|h| {
                h.duid == l.duid
                    && h.iaid == l.iaid
                    && h.mac == l.mac
                    && h.address != l.address
                    && !written.contains(&h.address)
            })
        })
        .map(|l| l.address)
        .collect())
}

/// The columns `lease_from_row` reads.
const LEASE_COLUMNS: &str = "address, duid, iaid, mac, pool, state, expires_at";

fn lease_from_row(r: &sqlx::any::AnyRow) -> Option<LeaseRecord> {
    Some(LeaseRecord {
        address: r.get::<String, _>("address").parse().ok()?,
        duid: r.get("duid"),
        iaid: u32::try_from(r.get::<i64, _>("iaid")).ok()?,
        mac: r
            .get::<Option<String>, _>("mac")
            .and_then(|m| Mac::parse(&m).ok()),
        pool: r.get("pool"),
        state: r.get::<String, _>("state").parse().ok()?,
        expires_at: r.get("expires_at"),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_store;
    use super::super::{StoreError, Writer, WriterHandle};
    use super::*;

    #[test]
    fn only_the_last_change_per_address_is_written() {
        let a1 = LeaseChange::Upsert(lease("2001:db8::1", 1));
        let gone = LeaseChange::Remove("2001:db8::1".parse().unwrap());
        let b1 = LeaseChange::Upsert(lease("2001:db8::2", 1));
        let b2 = LeaseChange::Upsert(lease("2001:db8::2", 2));
        let c = LeaseChange::Remove("2001:db8::3".parse().unwrap());
        let owner: &[u8] = &[0, 4];
        let (upserts, removals) = last_change_per_address(&[
            (&a1, None),
            (&b1, None),
            (&gone, Some(owner)),
            (&c, None),
            (&b2, None),
        ]);
        assert_eq!(upserts, [lease("2001:db8::2", 2)]);
        let removed: Vec<(String, Option<Vec<u8>>)> = removals
            .iter()
            .map(|(a, o)| (a.to_string(), o.clone()))
            .collect();
        assert_eq!(
            removed,
            [
                ("2001:db8::1".to_string(), Some(vec![0, 4])),
                ("2001:db8::3".to_string(), None)
            ]
        );
        let back = LeaseChange::Upsert(lease("2001:db8::1", 9));
        let (upserts, removals) = last_change_per_address(&[(&gone, None), (&back, None)]);
        assert_eq!(upserts, vec![lease("2001:db8::1", 9)]);
        assert!(removals.is_empty());
    }

    #[tokio::test]
    async fn a_clients_removal_never_deletes_another_clients_row() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let held = lease("2001:db8::20", 1);
        w.commit_leases(vec![LeaseChange::Upsert(held.clone())])
            .await
            .unwrap();
        // Another client's exchange, from a table that thought it held the address.
        w.commit_client_leases(&[9, 9], vec![LeaseChange::Remove(held.address)])
            .await
            .unwrap();
        assert_eq!(s.lease(held.address).await.unwrap(), Some(held.clone()));
        // Its owner's removal deletes it.
        w.commit_client_leases(&held.duid, vec![LeaseChange::Remove(held.address)])
            .await
            .unwrap();
        assert_eq!(s.lease(held.address).await.unwrap(), None);
    }

    fn lease(addr: &str, iaid: u32) -> LeaseRecord {
        LeaseRecord {
            address: addr.parse().unwrap(),
            duid: vec![0, 4, 0, 0],
            iaid,
            mac: Some(Mac([2, 0, 0, 0, 0, 1])),
            pool: "default".into(),
            state: LeaseState::Active,
            expires_at: 2_000_000_000,
        }
    }

    #[tokio::test]
    async fn lease_upsert_is_one_row_per_address() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        w.commit_leases(vec![LeaseChange::Upsert(lease("2001:db8::10", 1))])
            .await
            .unwrap();
        let mut renewed = lease("2001:db8::10", 1);
        renewed.expires_at += 600;
        w.commit_leases(vec![LeaseChange::Upsert(renewed.clone())])
            .await
            .unwrap();
        assert_eq!(s.load_leases().await.unwrap(), [renewed]);
        w.commit_leases(vec![LeaseChange::Remove("2001:db8::10".parse().unwrap())])
            .await
            .unwrap();
        assert!(s.load_leases().await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn another_clients_unexpired_lease_is_never_overwritten() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let first = lease("2001:db8::10", 1);
        w.commit_leases(vec![LeaseChange::Upsert(first.clone())])
            .await
            .unwrap();
        // Another client (IAID 2) for the same address, in a commit that also writes a
        // free address: the free one is written, the taken one refused and named.
        let refused = w
            .commit_leases(vec![
                LeaseChange::Upsert(lease("2001:db8::10", 2)),
                LeaseChange::Upsert(lease("2001:db8::11", 2)),
            ])
            .await;
        match refused {
            Err(StoreError::Conflict { what: "lease", key }) => assert_eq!(key, "2001:db8::10"),
            other => panic!("expected a lease conflict, got {other:?}"),
        }
        let on_disk = s.load_leases().await.unwrap();
        assert_eq!(on_disk.len(), 2);
        assert_eq!(s.lease(first.address).await.unwrap(), Some(first.clone()));
        // The same MAC and DUID with another MAC is another client too.
        let mut other_mac = first.clone();
        other_mac.mac = Some(Mac([2, 0, 0, 0, 0, 9]));
        assert!(w
            .commit_leases(vec![LeaseChange::Upsert(other_mac)])
            .await
            .is_err());
        assert_eq!(
            w.stats()
                .leases_refused
                .load(std::sync::atomic::Ordering::Relaxed),
            2
        );
        // Once expired, the address is anyone's.
        let mut expired = first.clone();
        expired.expires_at = 100;
        w.commit_leases(vec![LeaseChange::Upsert(expired)])
            .await
            .unwrap();
        let mut taker = lease("2001:db8::10", 3);
        taker.duid = vec![9, 9];
        w.commit_leases(vec![LeaseChange::Upsert(taker.clone())])
            .await
            .unwrap();
        assert_eq!(s.lease(taker.address).await.unwrap(), Some(taker));
    }

    #[tokio::test]
    async fn expired_leases_are_reclaimed() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let mut old = lease("2001:db8::11", 1);
        old.expires_at = 100;
        w.commit_leases(vec![
            LeaseChange::Upsert(old),
            LeaseChange::Upsert(lease("2001:db8::12", 2)),
        ])
        .await
        .unwrap();
        let freed = s.reclaim_expired(1000).await.unwrap();
        assert_eq!(freed, vec!["2001:db8::11".parse::<Ipv6Addr>().unwrap()]);
        assert_eq!(s.load_leases().await.unwrap().len(), 1);
    }

    /// `n` clients each commit one lease (2001:db8::`first`+i) at once; all must succeed.
    async fn commit_concurrently(w: &WriterHandle, first: u32, n: u32) {
        let mut tasks = Vec::new();
        for i in 0..n {
            let w = w.clone();
            tasks.push(tokio::spawn(async move {
                let addr = format!("2001:db8::{:x}", first + i);
                w.commit_leases(vec![LeaseChange::Upsert(lease(&addr, i))])
                    .await
            }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
    }

    #[tokio::test]
    async fn many_concurrent_commits_all_land() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        commit_concurrently(&w, 0x1000, 200).await;
        assert_eq!(s.load_leases().await.unwrap().len(), 200);
    }

    /// Pipelined group commits: every acknowledged commit was made durable by a WAL fsync
    /// (one covers several transactions), and the writer's connection is the only one that
    /// commits without fsync (everyone else's stays FULL).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn acknowledged_commits_are_fsynced_by_the_syncers() {
        let (dir, s) = temp_store().await;
        let w = Writer::start(s.clone());
        commit_concurrently(&w, 0x2000, 500).await;
        let stats = w.stats();
        let syncs = stats.wal_syncs.load(std::sync::atomic::Ordering::Relaxed);
        let txs = stats
            .transactions
            .load(std::sync::atomic::Ordering::Relaxed);
        assert!(
            syncs >= 1 && syncs <= txs,
            "{syncs} WAL syncs for {txs} transactions"
        );
        // Another process sees every row (it reads the WAL).
        let other = rusqlite::Connection::open(dir.path().join("t.db")).unwrap();
        let n: i64 = other
            .query_row("SELECT count(*) FROM leases", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 500);
        let mut conn = s.pool.acquire().await.unwrap();
        let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(sync, 2, "pool connections keep synchronous = FULL");
    }
}
