//! Boot events as the writer stores them, and what they say about machines and identities.
//!
//! The event types themselves are in [`crate::events`] (a leaf module); this is their SQL.

use std::time::{Duration, Instant};

use serde::Serialize;
use sqlx::Row;

use super::machines::like_pattern;
use super::statement::Statement;
use super::{now_ms, Store, StoreError, StoreResult, ROWS_PER_STATEMENT};
use crate::events::{BootEvent, BootStage, EventDetail, EventSource, StoredEvent};
use crate::mac::Mac;

/// What a batch of events says about one machine: the end state of applying them in order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct MachineSighting {
    mac: String,
    /// Last non-empty architecture, else empty (keeps the stored one).
    arch: String,
    /// Last non-empty MAC source, else empty (keeps the stored one).
    mac_source: String,
    /// Last address given, if any (else the stored one stays).
    address: Option<String>,
    /// `source:stage` of the last event.
    stage: String,
}

/// How often the writer counts the `discovered` and `ignored` machines again. The count is a
/// scan of the state index (~1 ms at the default cap of 10 000 machines); once per batch
/// with a new MAC in it, it was most of the writer's work under a flood of new clients.
const RECOUNT_EVERY: Duration = Duration::from_secs(1);
/// Before refusing a new MAC, how old a count may be: an operator's approvals and deletions
/// in the meantime (which only lower the true count) then open room within this time.
const RECOUNT_BEFORE_REFUSING: Duration = Duration::from_millis(100);

/// The writer's idea of how many machines are `discovered` or `ignored`: the last count plus
/// the machines it registered since. With one instance only the writer adds such machines,
/// so the estimate is never below the truth and the cap holds exactly; several instances on
/// one database can each miss the others' registrations of the last [`RECOUNT_EVERY`], so
/// the cap can be passed by at most that long's registrations.
#[derive(Debug, Default)]
pub(super) struct DiscoveredCount {
    counted: Option<(u64, Instant)>,
}

impl DiscoveredCount {
    /// The count to decide `new` registrations with at `now`, or `None` when it must be
    /// counted again first.
    fn usable(&self, now: Instant, new: u64, cap: u64) -> Option<u64> {
        let (n, at) = self.counted?;
        let age = now.saturating_duration_since(at);
        let would_refuse = n.saturating_add(new) > cap;
        (age < RECOUNT_EVERY && !(would_refuse && age >= RECOUNT_BEFORE_REFUSING)).then_some(n)
    }

    fn set(&mut self, n: u64, now: Instant) {
        self.counted = Some((n, now));
    }

    /// `k` machines registered as discovered (a rolled-back transaction leaves the estimate
    /// high: the safe side, until the next count).
    fn registered(&mut self, k: u64) {
        if let Some((n, _)) = &mut self.counted {
            *n = n.saturating_add(k);
        }
    }
}

/// One (MAC, DUID, IAID) seen in a batch, with the last MAC source.
#[derive(Debug, Clone, PartialEq, Eq)]
struct IdentitySighting {
    mac: String,
    duid: Vec<u8>,
    iaid: u32,
    mac_source: String,
}

/// Fold a batch into one row per machine and per identity, in first-seen order, with the
/// values the per-event upserts would have left behind.
fn fold_sightings(events: &[&BootEvent]) -> (Vec<MachineSighting>, Vec<IdentitySighting>) {
    let mut machines: Vec<MachineSighting> = Vec::new();
    let mut identities: Vec<IdentitySighting> = Vec::new();
    for ev in events {
        // Loopback and broken clients resolve to zero or group MACs: never a machine.
        let Some(mac) = ev.mac.filter(Mac::is_station).map(|m| m.to_string()) else {
            continue;
        };
        let source = ev
            .identity
            .as_ref()
            .map(|i| i.mac_source.as_str().to_string())
            .unwrap_or_default();
        let stage = format!("{}:{}", ev.source.as_str(), ev.stage);
        match machines.iter_mut().find(|m| m.mac == mac) {
            Some(m) => {
                if let Some(arch) = ev.arch.as_ref().filter(|a| !a.is_empty()) {
                    m.arch = arch.clone();
                }
                if !source.is_empty() {
                    m.mac_source = source.clone();
                }
                if ev.address.is_some() {
                    m.address = ev.address.clone();
                }
                m.stage = stage;
            }
            None => machines.push(MachineSighting {
                mac: mac.clone(),
                arch: ev.arch.clone().unwrap_or_default(),
                mac_source: source.clone(),
                address: ev.address.clone(),
                stage,
            }),
        }
        if let Some(id) = &ev.identity {
            let source = id.mac_source.as_str().to_string();
            match identities
                .iter_mut()
                .find(|i| i.mac == mac && i.duid == id.duid && i.iaid == id.iaid)
            {
                Some(i) => i.mac_source = source,
                None => identities.push(IdentitySighting {
                    mac,
                    duid: id.duid.clone(),
                    iaid: id.iaid,
                    mac_source: source,
                }),
            }
        }
    }
    (machines, identities)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identity {
    pub mac: Mac,
    pub duid: String,
    pub iaid: u32,
    pub mac_source: String,
    pub first_seen: i64,
    pub last_seen: i64,
}

/// None only for a row whose source is none of ours (never written by bootforge).
fn event_from_row(r: &sqlx::any::AnyRow) -> Option<StoredEvent> {
    let source: EventSource = r.get::<String, _>("source").parse().ok()?;
    let stage = BootStage::from_word(&r.get::<String, _>("stage"));
    let detail = EventDetail::from_stored(source, &stage, &r.get::<String, _>("detail"));
    Some(StoredEvent {
        id: r.get("id"),
        at: r.get("at"),
        mac: r
            .get::<Option<String>, _>("mac")
            .and_then(|m| Mac::parse(&m).ok()),
        source,
        stage,
        address: r.get("address"),
        detail,
    })
}

impl Store {
    /// Write a batch of events in a few multi-row statements (three per
    /// [`ROWS_PER_STATEMENT`] events, not three per event): the events, then one upsert per
    /// machine seen and one per identity seen, folded as if applied one by one.
    ///
    /// A MAC seen for the first time is registered as `discovered` only while fewer than
    /// `max_discovered` machines are (as `discovered` estimates); the number left out is
    /// returned with the events.
    pub(super) async fn insert_events(
        tx: &mut sqlx::AnyConnection,
        events: &[&BootEvent],
        max_discovered: u64,
        discovered: &mut DiscoveredCount,
    ) -> StoreResult<(Vec<StoredEvent>, u64)> {
        let at = now_ms();
        let mut stored = Vec::with_capacity(events.len());
        for chunk in events.chunks(ROWS_PER_STATEMENT) {
            let mut q =
                Statement::new("INSERT INTO events (at, mac, source, stage, address, detail) ");
            q.values(chunk, |row, ev| {
                row.bind(at)
                    .bind(ev.mac.map(|m| m.to_string()))
                    .bind(ev.source.as_str())
                    .bind(ev.stage.as_str().to_string())
                    .bind(ev.address.clone())
                    .bind(ev.detail.to_json_text());
            });
            q.push(" RETURNING id");
            let mut ids: Vec<i64> = q
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.get("id"))
                .collect();
            // Ids ascend in insertion order, whatever order RETURNING lists them in.
            ids.sort_unstable();
            if ids.len() != chunk.len() {
                return Err(StoreError::Invalid(format!(
                    "{} events inserted, {} ids returned",
                    chunk.len(),
                    ids.len()
                )));
            }
            stored.extend(chunk.iter().zip(ids).map(|(ev, id)| StoredEvent {
                id,
                at,
                mac: ev.mac,
                source: ev.source,
                stage: ev.stage.clone(),
                address: ev.address.clone(),
                detail: ev.detail.clone(),
            }));
        }
        let (mut machines, mut identities) = fold_sightings(events);
        let refused =
            Self::keep_within_discovery_cap(tx, &mut machines, max_discovered, discovered).await?;
        if refused > 0 {
            identities.retain(|i| machines.iter().any(|m| m.mac == i.mac));
        }
        // Rows in key order: instances writing the same machines at once (PostgreSQL) then
        // take their row locks in one order and cannot deadlock.
        machines.sort_by(|a, b| a.mac.cmp(&b.mac));
        identities.sort_by(|a, b| (&a.mac, &a.duid, a.iaid).cmp(&(&b.mac, &b.duid, b.iaid)));
        for chunk in machines.chunks(ROWS_PER_STATEMENT) {
            // The first sign of a MAC registers it as discovered; later ones update
            // "last seen".
            let mut q = Statement::new(
                "INSERT INTO machines (mac, state, arch, mac_source, last_seen, last_address, \
                 last_stage, created_at, updated_at) ",
            );
            q.values(chunk, |row, m| {
                row.bind(m.mac.clone())
                    .raw("'discovered'")
                    .bind(m.arch.clone())
                    .bind(m.mac_source.clone())
                    .bind(at)
                    .bind(m.address.clone())
                    .bind(m.stage.clone())
                    .bind(at)
                    .bind(at);
            });
            q.push(
                " ON CONFLICT(mac) DO UPDATE SET last_seen = excluded.last_seen, \
                 last_stage = excluded.last_stage, \
                 last_address = COALESCE(excluded.last_address, machines.last_address), \
                 arch = CASE WHEN excluded.arch <> '' THEN excluded.arch ELSE machines.arch END, \
                 mac_source = CASE WHEN excluded.mac_source <> '' THEN excluded.mac_source \
                 ELSE machines.mac_source END",
            );
            q.execute(&mut *tx).await?;
        }
        for chunk in identities.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new(
                "INSERT INTO identities (mac, duid, iaid, mac_source, first_seen, last_seen) ",
            );
            q.values(chunk, |row, i| {
                row.bind(i.mac.clone())
                    .bind(i.duid.clone())
                    .bind(i64::from(i.iaid))
                    .bind(i.mac_source.clone())
                    .bind(at)
                    .bind(at);
            });
            q.push(
                " ON CONFLICT(mac, duid, iaid) DO UPDATE SET last_seen = excluded.last_seen, \
                 mac_source = excluded.mac_source",
            );
            q.execute(&mut *tx).await?;
        }
        Ok((stored, refused))
    }

    /// Drop sightings of new MACs beyond the room left under `max_discovered`; returns how
    /// many were dropped. Known machines are always kept.
    async fn keep_within_discovery_cap(
        tx: &mut sqlx::AnyConnection,
        machines: &mut Vec<MachineSighting>,
        max_discovered: u64,
        discovered: &mut DiscoveredCount,
    ) -> StoreResult<u64> {
        let mut known = std::collections::HashSet::new();
        for chunk in machines.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new("SELECT mac FROM machines WHERE mac IN ");
            q.list(chunk, |m| m.mac.clone());
            for row in q.fetch_all(&mut *tx).await? {
                known.insert(row.get::<String, _>("mac"));
            }
        }
        let new = (machines.len() - known.len()) as u64;
        if new == 0 {
            return Ok(0);
        }
        let now = Instant::now();
        let count = match discovered.usable(now, new, max_discovered) {
            Some(n) => n,
            None => {
                // Ignored machines were discovered too: counting them keeps "ignore them
                // all" from reopening room for an unbounded flood of new MACs.
                let n: i64 = sqlx::query_scalar(
                    "SELECT count(*) FROM machines WHERE state IN ('discovered', 'ignored')",
                )
                .fetch_one(&mut *tx)
                .await?;
                let n = u64::try_from(n).unwrap_or(0);
                discovered.set(n, now);
                n
            }
        };
        let mut room = max_discovered.saturating_sub(count);
        let before = machines.len();
        machines.retain(|m| {
            if known.contains(&m.mac) {
                true
            } else if room > 0 {
                room -= 1;
                true
            } else {
                false
            }
        });
        let refused = (before - machines.len()) as u64;
        discovered.registered(new - refused);
        Ok(refused)
    }

    /// Delete the oldest events beyond the newest `keep`; returns how many went.
    pub(super) async fn prune_events(tx: &mut sqlx::AnyConnection, keep: u64) -> StoreResult<u64> {
        let keep = i64::try_from(keep).unwrap_or(i64::MAX);
        let res = sqlx::query("DELETE FROM events WHERE id <= (SELECT max(id) FROM events) - $1")
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        Ok(res.rows_affected())
    }

    /// Events newest first; `mac` narrows to one machine, `before_id` pages backwards.
    pub async fn events(
        &self,
        mac: Option<Mac>,
        before_id: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<StoredEvent>> {
        let rows = sqlx::query(
            "SELECT id, at, mac, source, stage, address, detail FROM events \
             WHERE ($1 IS NULL OR mac = $1) AND ($2 IS NULL OR id < $2) ORDER BY id DESC LIMIT $3",
        )
        .bind(mac.map(|m| m.to_string()))
        .bind(before_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(event_from_row).collect())
    }

    /// The events with these ids, oldest first (another instance's, to broadcast live).
    pub(super) async fn events_by_id(&self, ids: &[i64]) -> StoreResult<Vec<StoredEvent>> {
        let mut q = Statement::new(
            "SELECT id, at, mac, source, stage, address, detail FROM events WHERE id IN ",
        );
        q.list(ids, |id| *id);
        q.push(" ORDER BY id");
        let mut conn = self.pool.acquire().await?;
        Ok(q.fetch_all(&mut conn)
            .await?
            .iter()
            .filter_map(event_from_row)
            .collect())
    }

    /// Events newest first, of one machine if `mac` is given, whose MAC, source or stage
    /// contains `search`; `before_id` pages backwards.
    pub async fn events_matching(
        &self,
        mac: Option<Mac>,
        search: Option<&str>,
        before_id: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<StoredEvent>> {
        let rows = sqlx::query(
            "SELECT id, at, mac, source, stage, address, detail FROM events \
             WHERE ($4 IS NULL OR mac = $4) \
             AND ($1 IS NULL OR mac LIKE $1 OR stage LIKE $1 OR source LIKE $1) \
             AND ($2 IS NULL OR id < $2) ORDER BY id DESC LIMIT $3",
        )
        .bind(like_pattern(search))
        .bind(before_id)
        .bind(limit)
        .bind(mac.map(|m| m.to_string()))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(event_from_row).collect())
    }

    pub async fn identities(&self, mac: Mac) -> StoreResult<Vec<Identity>> {
        let rows = sqlx::query(
            "SELECT mac, duid, iaid, mac_source, first_seen, last_seen FROM identities \
             WHERE mac = $1 ORDER BY last_seen DESC",
        )
        .bind(mac.to_string())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| Identity {
                mac,
                duid: hex::encode(r.get::<Vec<u8>, _>("duid")),
                iaid: r.get::<i64, _>("iaid") as u32,
                mac_source: r.get("mac_source"),
                first_seen: r.get("first_seen"),
                last_seen: r.get("last_seen"),
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{profile, temp_store, MAC};
    use super::super::{MachineSpec, MachineState, Writer};
    use super::*;
    use crate::events::{ClientIdentity, MacSource};

    #[test]
    fn a_discovered_count_is_reused_for_a_second_and_redone_before_refusing() {
        let t0 = Instant::now();
        let ms = Duration::from_millis;
        let mut c = DiscoveredCount::default();
        assert_eq!(c.usable(t0, 1, 10), None, "never counted");
        c.set(4, t0);
        assert_eq!(c.usable(t0 + ms(900), 6, 10), Some(4), "fits: no count");
        assert_eq!(c.usable(t0 + RECOUNT_EVERY, 1, 10), None, "a second old");
        assert_eq!(
            c.usable(t0 + ms(50), 7, 10),
            Some(4),
            "would refuse, counted just now"
        );
        assert_eq!(
            c.usable(t0 + ms(100), 7, 10),
            None,
            "would refuse: count first"
        );
        c.registered(6);
        assert_eq!(c.usable(t0 + ms(10), 1, 10), Some(10));
        assert_eq!(
            c.usable(t0 + ms(10), 1, 9),
            Some(10),
            "full: refuse from the count"
        );
    }

    #[tokio::test]
    async fn the_discovery_cap_holds_on_the_writers_own_tally_and_reopens_after_a_delete() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        w.set_limits(3, u64::MAX);
        let mac = |i: u8| Mac([2, 0, 0, 0, 8, i]);
        let boot = |i: u8| BootEvent::new(EventSource::Http, BootStage::Script, Some(mac(i)));
        // One batch each: the first counts, the next two use the writer's own tally.
        for i in 1..=5 {
            w.record(boot(i));
            w.flush().await;
        }
        for i in 1..=3 {
            assert!(s.machine(mac(i)).await.unwrap().is_some(), "{i} registered");
        }
        for i in 4..=5 {
            assert!(
                s.machine(mac(i)).await.unwrap().is_none(),
                "{i} over the cap"
            );
        }
        s.delete_machine(mac(1)).await.unwrap();
        tokio::time::sleep(RECOUNT_BEFORE_REFUSING).await;
        w.record(boot(6));
        w.flush().await;
        assert!(
            s.machine(mac(6)).await.unwrap().is_some(),
            "a deleted machine's room is seen once the count is redone"
        );
        w.record(boot(7));
        w.flush().await;
        assert!(s.machine(mac(7)).await.unwrap().is_none(), "full again");
        let refused = w
            .stats()
            .discovery_refused
            .load(std::sync::atomic::Ordering::Relaxed);
        assert_eq!(refused, 3);
    }

    #[tokio::test]
    async fn event_discovers_machine_then_operator_approves_it() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let mut live = w.subscribe();
        let mut ev =
            BootEvent::new(EventSource::Dhcp, BootStage::Solicit, Some(MAC)).address("2001:db8::5");
        ev.arch = Some("x64".into());
        ev.identity = Some(ClientIdentity {
            duid: vec![0, 4, 0, 0],
            iaid: 7,
            mac_source: MacSource::Eui64,
        });
        w.record(ev);
        w.flush().await;
        let got = live.recv().await.unwrap();
        assert_eq!(got.stage, BootStage::Solicit);
        let m = s.machine(MAC).await.unwrap().unwrap();
        assert_eq!(m.state, MachineState::Discovered);
        assert_eq!(m.arch, "x64");
        assert_eq!(m.mac_source, "eui64");
        assert_eq!(m.last_address.as_deref(), Some("2001:db8::5"));
        assert_eq!(s.identities(MAC).await.unwrap().len(), 1);

        s.create_profile(&profile("debian")).await.unwrap();
        let spec = MachineSpec {
            hostname: "node1".into(),
            profile: Some("debian".into()),
            ..Default::default()
        };
        let m = s.create_machine(MAC, &spec).await.unwrap();
        assert_eq!(m.state, MachineState::Ready);
        // Registering it again is a conflict now that it is no longer merely discovered.
        assert!(matches!(
            s.create_machine(MAC, &spec).await,
            Err(StoreError::Conflict { .. })
        ));
    }

    fn event(stage: &str, mac: Mac, arch: Option<&str>, address: Option<&str>) -> BootEvent {
        let mut ev = BootEvent::new(EventSource::Dhcp, BootStage::from_word(stage), Some(mac));
        ev.arch = arch.map(String::from);
        ev.address = address.map(String::from);
        ev
    }

    fn identity(mac_source: MacSource) -> ClientIdentity {
        ClientIdentity {
            duid: vec![0, 4],
            iaid: 1,
            mac_source,
        }
    }

    #[test]
    fn a_batch_folds_to_what_one_by_one_upserts_leave() {
        const OTHER: Mac = Mac([0x52, 0x54, 0, 0, 0, 1]);
        let mut first = event("solicit", MAC, Some("x64"), None);
        first.identity = Some(identity(MacSource::Eui64));
        let mut second = event("request", MAC, None, Some("2001:db8::5"));
        second.identity = Some(identity(MacSource::Duid));
        let other = event("script", OTHER, None, None);
        let third = event("reply", MAC, Some(""), None);
        let anonymous = BootEvent::new(EventSource::Tftp, BootStage::TftpStart, None);
        let batch = [&first, &second, &other, &third, &anonymous];
        let (machines, identities) = fold_sightings(&batch);
        assert_eq!(
            machines,
            [
                MachineSighting {
                    mac: MAC.to_string(),
                    arch: "x64".into(),
                    mac_source: "duid".into(),
                    address: Some("2001:db8::5".into()),
                    stage: "dhcp:reply".into(),
                },
                MachineSighting {
                    mac: OTHER.to_string(),
                    arch: String::new(),
                    mac_source: String::new(),
                    address: None,
                    stage: "dhcp:script".into(),
                },
            ]
        );
        assert_eq!(
            identities,
            [IdentitySighting {
                mac: MAC.to_string(),
                duid: vec![0, 4],
                iaid: 1,
                mac_source: "duid".into(),
            }]
        );
    }

    #[tokio::test]
    async fn a_large_batch_keeps_event_order_ids_and_machine_state() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let mut live = w.subscribe();
        // More than one statement's worth, for several machines, in one transaction.
        let macs: Vec<Mac> = (0..7u8).map(|i| Mac([2, 0, 0, 0, 0, i])).collect();
        let total = ROWS_PER_STATEMENT + 300;
        for n in 0..total {
            let mac = macs[n % macs.len()];
            let address = format!("2001:db8::{n:x}");
            w.record(event(&format!("step{n}"), mac, None, Some(&address)));
        }
        w.flush().await;
        let mut last_id = 0;
        for n in 0..total {
            let got = live.recv().await.unwrap();
            assert_eq!(
                got.stage.as_str(),
                format!("step{n}"),
                "broadcast in recording order"
            );
            assert!(got.id > last_id, "ids ascend with the order");
            last_id = got.id;
            let row = s.events(None, Some(got.id + 1), 1).await.unwrap();
            assert_eq!(row[0].id, got.id);
            assert_eq!(row[0].stage, got.stage, "the id names this event's row");
        }
        for (i, mac) in macs.iter().enumerate() {
            let m = s.machine(*mac).await.unwrap().unwrap();
            let last = (0..total).rev().find(|n| n % macs.len() == i).unwrap();
            assert_eq!(
                m.last_stage.as_deref(),
                Some(format!("dhcp:step{last}").as_str())
            );
            assert_eq!(m.last_address, Some(format!("2001:db8::{last:x}")));
        }
    }
}
