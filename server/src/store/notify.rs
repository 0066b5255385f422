//! Several instances on one PostgreSQL database: what each commits is announced to the others.
//!
//! The writer's transaction ends with `pg_notify` calls (delivered at COMMIT, in commit order,
//! never for a rolled-back transaction): on `bootforge_leases` the lease rows it wrote and
//! deleted, on `bootforge_events` the ids of the boot events it stored. Each instance keeps
//! one listening connection; what other instances announced goes to
//!
//! - the lease feed ([`LeaseFeed`], [`super::Store::lease_feed`]), which the DHCPv6 server
//!   applies to its in-memory lease table, so it does not offer an address another instance
//!   leased (the database's ownership check in `leases.rs` still decides; this keeps
//!   refusals rare);
//! - the writer's live-event broadcast, so every dashboard shows every instance's boots.
//!
//! A notification can be missed (the listening connection dropped and reconnected; a slow
//! receiver lagged): the feed then says [`LeaseFeed::Resync`] and the table is reloaded.
//! SQLite has no other instances: nothing is announced or listened for.

use serde::{Deserialize, Serialize};
use sqlx::postgres::PgListener;
use sqlx::Row;
use tokio::sync::broadcast;

use super::leases::{LeaseChange, LeaseRecord, LeaseState, LeaseWrite};
use super::statement::Statement;
use super::{Store, StoreResult};
use crate::events::StoredEvent;
use crate::mac::Mac;

const LEASES_CHANNEL: &str = "bootforge_leases";
const EVENTS_CHANNEL: &str = "bootforge_events";
/// PostgreSQL refuses payloads of 8000 bytes or more; stay well below.
const MAX_PAYLOAD: usize = 7000;

/// Lease changes committed by other instances on the same database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaseFeed {
    /// What one of their transactions wrote (each address once).
    Changes(Vec<LeaseChange>),
    /// Announcements may have been missed: reload every lease from the store.
    Resync,
}

#[derive(Debug, Serialize, Deserialize)]
struct LeaseNotice {
    from: String,
    #[serde(default)]
    up: Vec<WireLease>,
    #[serde(default)]
    rm: Vec<String>,
}

/// A lease row, compactly.
#[derive(Debug, Serialize, Deserialize)]
struct WireLease {
    a: String,
    /// DUID, hex.
    d: String,
    i: u32,
    m: Option<String>,
    p: String,
    s: String,
    e: i64,
}

impl WireLease {
    fn of(l: &LeaseRecord) -> WireLease {
        WireLease {
            a: l.address.to_string(),
            d: hex::encode(&l.duid),
            i: l.iaid,
            m: l.mac.map(|m| m.to_string()),
            p: l.pool.clone(),
            s: l.state.as_str().to_string(),
            e: l.expires_at,
        }
    }

    fn record(&self) -> Option<LeaseRecord> {
        Some(LeaseRecord {
            address: self.a.parse().ok()?,
            duid: hex::decode(&self.d).ok()?,
            iaid: self.i,
            mac: match &self.m {
                Some(m) => Some(Mac::parse(m).ok()?),
                None => None,
            },
            pool: self.p.clone(),
            state: self.s.parse::<LeaseState>().ok()?,
            expires_at: self.e,
        })
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct EventNotice {
    from: String,
    ids: Vec<i64>,
}

/// The payloads announcing one transaction's writes, each under [`MAX_PAYLOAD`] bytes.
fn payloads(instance: &str, write: &LeaseWrite, event_ids: &[i64]) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut notice = LeaseNotice {
        from: instance.to_string(),
        up: Vec::new(),
        rm: Vec::new(),
    };
    let mut size = 0;
    let flush = |notice: &mut LeaseNotice, out: &mut Vec<(&'static str, String)>| {
        if !notice.up.is_empty() || !notice.rm.is_empty() {
            let text = serde_json::to_string(&*notice).unwrap_or_default();
            out.push((LEASES_CHANNEL, text));
            notice.up.clear();
            notice.rm.clear();
        }
    };
    for a in &write.removed {
        let a = a.to_string();
        size += a.len() + 3;
        notice.rm.push(a);
        if size > MAX_PAYLOAD - 600 {
            flush(&mut notice, &mut out);
            size = 0;
        }
    }
    for l in &write.upserted {
        let w = WireLease::of(l);
        // A row is at most ~560 bytes (a 130-byte DUID in hex, a long pool name).
        size += 64 + w.a.len() + w.d.len() + w.p.len();
        notice.up.push(w);
        if size > MAX_PAYLOAD - 600 {
            flush(&mut notice, &mut out);
            size = 0;
        }
    }
    flush(&mut notice, &mut out);
    for ids in event_ids.chunks(400) {
        let notice = EventNotice {
            from: instance.to_string(),
            ids: ids.to_vec(),
        };
        out.push((
            EVENTS_CHANNEL,
            serde_json::to_string(&notice).unwrap_or_default(),
        ));
    }
    out
}

/// Announce, inside the writer's transaction, what it wrote.
pub(super) async fn announce(
    tx: &mut sqlx::AnyConnection,
    instance: &str,
    write: &LeaseWrite,
    event_ids: &[i64],
) -> StoreResult<()> {
    let payloads = payloads(instance, write, event_ids);
    if payloads.is_empty() {
        return Ok(());
    }
    let mut q = Statement::new("SELECT count(pg_notify(c, p)) AS n FROM (");
    q.values(&payloads, |row, (channel, text)| {
        row.bind(*channel).bind(text.clone());
    });
    q.push(") AS t(c, p)");
    q.fetch_all(tx).await?;
    Ok(())
}

/// Listen for other instances' announcements until the store is closed; `events_out` is the
/// writer's live-event broadcast.
pub(super) async fn listen(store: Store, events_out: broadcast::Sender<StoredEvent>) {
    let Some(url) = store.shared.url.clone() else {
        return;
    };
    let mut listener = loop {
        if store.pool.is_closed() {
            return;
        }
        match connect(&url).await {
            Ok(l) => break l,
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for other instances' changes; retrying");
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            }
        }
    };
    loop {
        if store.pool.is_closed() {
            return;
        }
        match listener.try_recv().await {
            Ok(Some(n)) => match n.channel() {
                LEASES_CHANNEL => store.lease_notice(n.payload()),
                EVENTS_CHANNEL => store.event_notice(n.payload(), &events_out).await,
                _ => {}
            },
            // The connection dropped; the next call reconnects and listens again. Whatever
            // was announced in between is lost: the lease table reloads.
            Ok(None) => {
                tracing::warn!(
                    "lost the notification connection; reconnecting, lease table resyncs"
                );
                let _ = store.shared.lease_feed.send(LeaseFeed::Resync);
            }
            Err(e) => {
                tracing::warn!(error = %e, "notification listener failed; retrying");
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
                let _ = store.shared.lease_feed.send(LeaseFeed::Resync);
            }
        }
    }
}

async fn connect(url: &str) -> Result<PgListener, sqlx::Error> {
    let mut l = PgListener::connect(url).await?;
    l.listen_all([LEASES_CHANNEL, EVENTS_CHANNEL]).await?;
    Ok(l)
}

impl Store {
    /// Lease changes other instances commit, for the DHCPv6 lease table. Nothing ever
    /// arrives on SQLite.
    pub fn lease_feed(&self) -> broadcast::Receiver<LeaseFeed> {
        self.shared.lease_feed.subscribe()
    }

    pub(super) fn instance(&self) -> &str {
        &self.shared.instance
    }

    fn lease_notice(&self, payload: &str) {
        let Ok(notice) = serde_json::from_str::<LeaseNotice>(payload) else {
            tracing::warn!("unreadable lease notification; lease table resyncs");
            let _ = self.shared.lease_feed.send(LeaseFeed::Resync);
            return;
        };
        if notice.from == self.shared.instance {
            return;
        }
        let mut changes: Vec<LeaseChange> = notice
            .rm
            .iter()
            .filter_map(|a| a.parse().ok())
            .map(LeaseChange::Remove)
            .collect();
        changes.extend(
            notice
                .up
                .iter()
                .filter_map(WireLease::record)
                .map(LeaseChange::Upsert),
        );
        let _ = self.shared.lease_feed.send(LeaseFeed::Changes(changes));
    }

    async fn event_notice(&self, payload: &str, events_out: &broadcast::Sender<StoredEvent>) {
        let Ok(notice) = serde_json::from_str::<EventNotice>(payload) else {
            return;
        };
        if notice.from == self.shared.instance || notice.ids.is_empty() {
            return;
        }
        match self.events_by_id(&notice.ids).await {
            Ok(events) => {
                for ev in events {
                    let _ = events_out.send(ev);
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot read other instances' events"),
        }
    }

    /// The server DUID and address-derivation secret every instance on this database uses:
    /// the first instance's (written once, in the database), so that clients see one server
    /// and each instance derives the same address for a client. On SQLite, the local ones.
    pub async fn shared_server_identity(
        &self,
        local_duid: Vec<u8>,
        local_secret: [u8; 16],
    ) -> StoreResult<(Vec<u8>, [u8; 16])> {
        if self.backend == super::Backend::Sqlite {
            return Ok((local_duid, local_secret));
        }
        sqlx::query(
            "INSERT INTO server_identity (id, duid, address_secret, created_at) \
             VALUES (1, $1, $2, $3) ON CONFLICT (id) DO NOTHING",
        )
        .bind(local_duid.clone())
        .bind(local_secret.to_vec())
        .bind(super::now_ms())
        .execute(&self.pool)
        .await?;
        let row = sqlx::query("SELECT duid, address_secret FROM server_identity WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        let duid: Vec<u8> = row.get("duid");
        let secret: Vec<u8> = row.get("address_secret");
        let secret: [u8; 16] = secret.try_into().map_err(|_| {
            super::StoreError::Invalid("server_identity.address_secret must hold 16 bytes".into())
        })?;
        Ok((duid, secret))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lease(i: u32, duid_len: usize) -> LeaseRecord {
        LeaseRecord {
            address: format!("2001:db8::{i:x}").parse().unwrap(),
            duid: vec![0xab; duid_len],
            iaid: i,
            mac: Some(Mac([2, 0, 0, 0, 0, 1])),
            pool: "p".repeat(64),
            state: LeaseState::Active,
            expires_at: 2_000_000_000,
        }
    }

    #[test]
    fn payloads_stay_under_the_limit_and_carry_every_change() {
        let write = LeaseWrite {
            upserted: (0..600).map(|i| lease(i, 130)).collect(),
            removed: (1000..1300)
                .map(|i| format!("2001:db8::{i:x}").parse().unwrap())
                .collect(),
            refused: Default::default(),
        };
        let ids: Vec<i64> = (1..=900).collect();
        let out = payloads("me", &write, &ids);
        let (mut up, mut rm, mut events) = (0, 0, 0);
        for (channel, text) in &out {
            assert!(text.len() < 8000, "payload of {} bytes", text.len());
            match *channel {
                LEASES_CHANNEL => {
                    let n: LeaseNotice = serde_json::from_str(text).unwrap();
                    assert_eq!(n.from, "me");
                    for w in &n.up {
                        assert_eq!(w.record().unwrap(), lease(w.i, 130));
                    }
                    up += n.up.len();
                    rm += n.rm.len();
                }
                _ => events += serde_json::from_str::<EventNotice>(text).unwrap().ids.len(),
            }
        }
        assert_eq!((up, rm, events), (600, 300, 900));
    }
}
