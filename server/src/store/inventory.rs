//! Machines, profiles, identities and boot events.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::audit::{describe_machine, machine_changes, profile_changes, NewAudit};
use super::{now_ms, Store, StoreError, StoreResult, ROWS_PER_STATEMENT};
use crate::mac::Mac;

/// Where a machine is in its life: what its next iPXE script will be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MachineState {
    /// Booted but not registered by an operator: waits and retries.
    Discovered,
    /// Boots its profile every time.
    Ready,
    /// Runs its profile (install) once, then turns to `Local`.
    Reinstall,
    /// Exits to the local disk.
    Local,
    /// Booted, and an operator chose not to manage it: kept (not deleted, so it does not
    /// come back as discovered on its next boot) and hidden from the Discovered list until
    /// un-ignored. The boot path treats it like `discovered`.
    Ignored,
}

impl MachineState {
    pub const ALL: [MachineState; 5] = [
        MachineState::Discovered,
        MachineState::Ready,
        MachineState::Reinstall,
        MachineState::Local,
        MachineState::Ignored,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            MachineState::Discovered => "discovered",
            MachineState::Ready => "ready",
            MachineState::Reinstall => "reinstall",
            MachineState::Local => "local",
            MachineState::Ignored => "ignored",
        }
    }
}

impl std::str::FromStr for MachineState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        MachineState::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| {
                format!("unknown state {s:?} (discovered, ready, reinstall, local, ignored)")
            })
    }
}

pub type Variables = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Machine {
    pub mac: Mac,
    pub hostname: String,
    pub profile: Option<String>,
    pub state: MachineState,
    pub variables: Variables,
    pub arch: String,
    pub mac_source: String,
    /// Unix milliseconds.
    pub last_seen: Option<i64>,
    pub last_address: Option<String>,
    pub last_stage: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What an operator sets on a machine.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct MachineSpec {
    pub hostname: String,
    pub profile: Option<String>,
    pub state: Option<MachineState>,
    #[serde(default)]
    pub variables: Variables,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub kernel: String,
    #[serde(default)]
    pub initrd: String,
    #[serde(default)]
    pub cmdline: String,
    #[serde(default = "default_template")]
    pub template: String,
    #[serde(default)]
    pub variables: Variables,
}

fn default_template() -> String {
    "install.ipxe".into()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventSource {
    Dhcp,
    Tftp,
    Http,
    Api,
}

impl EventSource {
    pub fn as_str(&self) -> &'static str {
        match self {
            EventSource::Dhcp => "dhcp",
            EventSource::Tftp => "tftp",
            EventSource::Http => "http",
            EventSource::Api => "api",
        }
    }
}

/// Something that happened in a boot, as recorded by the protocol paths.
#[derive(Debug, Clone, Serialize)]
pub struct BootEvent {
    pub mac: Option<Mac>,
    pub source: EventSource,
    /// Short machine-readable step: `solicit`, `advertise`, `reply`, `tftp_start`,
    /// `tftp_done`, `tftp_abort`, `script`, `asset`, …
    pub stage: String,
    pub address: Option<String>,
    pub detail: serde_json::Value,
    /// Client architecture name, if this step learned it.
    #[serde(skip)]
    pub arch: Option<String>,
    /// DUID/IAID this MAC was seen with and how it was learned (DHCPv6 only).
    #[serde(skip)]
    pub identity: Option<(Vec<u8>, u32, String)>,
}

impl BootEvent {
    pub fn new(source: EventSource, stage: impl Into<String>, mac: Option<Mac>) -> Self {
        BootEvent {
            mac,
            source,
            stage: stage.into(),
            address: None,
            detail: serde_json::Value::Object(Default::default()),
            arch: None,
            identity: None,
        }
    }

    pub fn address(mut self, a: impl ToString) -> Self {
        self.address = Some(a.to_string());
        self
    }

    pub fn detail(mut self, d: serde_json::Value) -> Self {
        self.detail = d;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub mac: Option<Mac>,
    pub source: String,
    pub stage: String,
    pub address: Option<String>,
    pub detail: serde_json::Value,
}

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
            .map(|i| i.2.clone())
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
        if let Some((duid, iaid, source)) = &ev.identity {
            match identities
                .iter_mut()
                .find(|i| i.mac == mac && &i.duid == duid && i.iaid == *iaid)
            {
                Some(i) => i.mac_source = source.clone(),
                None => identities.push(IdentitySighting {
                    mac,
                    duid: duid.clone(),
                    iaid: *iaid,
                    mac_source: source.clone(),
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

const MACHINE_COLUMNS: &str = "mac, hostname, profile, state, variables, arch, mac_source, \
     last_seen, last_address, last_stage, created_at, updated_at";

pub(super) fn machine_from_row(r: &sqlx::sqlite::SqliteRow) -> Option<Machine> {
    Some(Machine {
        mac: Mac::parse(&r.get::<String, _>("mac")).ok()?,
        hostname: r.get("hostname"),
        profile: r.get("profile"),
        state: r.get::<String, _>("state").parse().ok()?,
        variables: serde_json::from_str(&r.get::<String, _>("variables")).unwrap_or_default(),
        arch: r.get("arch"),
        mac_source: r.get("mac_source"),
        last_seen: r.get("last_seen"),
        last_address: r.get("last_address"),
        last_stage: r.get("last_stage"),
        created_at: r.get("created_at"),
        updated_at: r.get("updated_at"),
    })
}

fn profile_from_row(r: &sqlx::sqlite::SqliteRow) -> Profile {
    Profile {
        name: r.get("name"),
        description: r.get("description"),
        kernel: r.get("kernel"),
        initrd: r.get("initrd"),
        cmdline: r.get("cmdline"),
        template: r.get("template"),
        variables: serde_json::from_str(&r.get::<String, _>("variables")).unwrap_or_default(),
    }
}

fn event_from_row(r: &sqlx::sqlite::SqliteRow) -> StoredEvent {
    StoredEvent {
        id: r.get("id"),
        at: r.get("at"),
        mac: r
            .get::<Option<String>, _>("mac")
            .and_then(|m| Mac::parse(&m).ok()),
        source: r.get("source"),
        stage: r.get("stage"),
        address: r.get("address"),
        detail: serde_json::from_str(&r.get::<String, _>("detail")).unwrap_or_default(),
    }
}

fn machine_not_found(mac: Mac) -> StoreError {
    StoreError::NotFound {
        what: "machine",
        key: mac.to_string(),
    }
}

fn json_text(v: &Variables) -> String {
    serde_json::Value::Object(v.clone()).to_string()
}

/// Maps a unique-constraint failure to `Conflict`, a foreign-key failure to `Invalid`.
fn classify_write_error(e: sqlx::Error, what: &'static str, key: &str) -> StoreError {
    if let sqlx::Error::Database(db) = &e {
        if db.is_unique_violation() {
            return StoreError::Conflict {
                what,
                key: key.to_string(),
            };
        }
        if db.is_foreign_key_violation() {
            return StoreError::Invalid(format!(
                "{what} {key:?} refers to a profile that does not exist"
            ));
        }
    }
    StoreError::Db(e)
}

impl Store {
    // ---- events (written by the Writer) ----------------------------------------------------

    /// Write a batch of events in a few multi-row statements (three per
    /// [`ROWS_PER_STATEMENT`] events, not three per event): the events, then one upsert per
    /// machine seen and one per identity seen, folded as if applied one by one.
    ///
    /// A MAC seen for the first time is registered as `discovered` only while fewer than
    /// `max_discovered` machines are; the number left out is returned with the events.
    pub(super) async fn insert_events(
        tx: &mut sqlx::SqliteConnection,
        events: &[&BootEvent],
        max_discovered: u64,
    ) -> StoreResult<(Vec<StoredEvent>, u64)> {
        let at = now_ms();
        let mut stored = Vec::with_capacity(events.len());
        for chunk in events.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO events (at, mac, source, stage, address, detail) ",
            );
            q.push_values(chunk, |mut row, ev| {
                row.push_bind(at)
                    .push_bind(ev.mac.map(|m| m.to_string()))
                    .push_bind(ev.source.as_str())
                    .push_bind(ev.stage.clone())
                    .push_bind(ev.address.clone())
                    .push_bind(ev.detail.to_string());
            });
            q.push(" RETURNING id");
            let mut ids: Vec<i64> = q
                .build()
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
                source: ev.source.as_str().to_string(),
                stage: ev.stage.clone(),
                address: ev.address.clone(),
                detail: ev.detail.clone(),
            }));
        }
        let (mut machines, mut identities) = fold_sightings(events);
        let refused = Self::keep_within_discovery_cap(tx, &mut machines, max_discovered).await?;
        if refused > 0 {
            identities.retain(|i| machines.iter().any(|m| m.mac == i.mac));
        }
        for chunk in machines.chunks(ROWS_PER_STATEMENT) {
            // The first sign of a MAC registers it as discovered; later ones update
            // "last seen".
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO machines (mac, state, arch, mac_source, last_seen, last_address, \
                 last_stage, created_at, updated_at) ",
            );
            q.push_values(chunk, |mut row, m| {
                row.push_bind(m.mac.clone())
                    .push_unseparated(", 'discovered'")
                    .push_bind(m.arch.clone())
                    .push_bind(m.mac_source.clone())
                    .push_bind(at)
                    .push_bind(m.address.clone())
                    .push_bind(m.stage.clone())
                    .push_bind(at)
                    .push_bind(at);
            });
            q.push(
                " ON CONFLICT(mac) DO UPDATE SET last_seen = excluded.last_seen, \
                 last_stage = excluded.last_stage, \
                 last_address = COALESCE(excluded.last_address, machines.last_address), \
                 arch = CASE WHEN excluded.arch <> '' THEN excluded.arch ELSE machines.arch END, \
                 mac_source = CASE WHEN excluded.mac_source <> '' THEN excluded.mac_source \
                 ELSE machines.mac_source END",
            );
            q.build().execute(&mut *tx).await?;
        }
        for chunk in identities.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT INTO identities (mac, duid, iaid, mac_source, first_seen, last_seen) ",
            );
            q.push_values(chunk, |mut row, i| {
                row.push_bind(i.mac.clone())
                    .push_bind(i.duid.clone())
                    .push_bind(i64::from(i.iaid))
                    .push_bind(i.mac_source.clone())
                    .push_bind(at)
                    .push_bind(at);
            });
            q.push(
                " ON CONFLICT(mac, duid, iaid) DO UPDATE SET last_seen = excluded.last_seen, \
                 mac_source = excluded.mac_source",
            );
            q.build().execute(&mut *tx).await?;
        }
        Ok((stored, refused))
    }

    /// Drop sightings of new MACs beyond the room left under `max_discovered`; returns how
    /// many were dropped. Known machines are always kept.
    async fn keep_within_discovery_cap(
        tx: &mut sqlx::SqliteConnection,
        machines: &mut Vec<MachineSighting>,
        max_discovered: u64,
    ) -> StoreResult<u64> {
        let mut known = std::collections::HashSet::new();
        for chunk in machines.chunks(ROWS_PER_STATEMENT) {
            let mut q =
                sqlx::QueryBuilder::<sqlx::Sqlite>::new("SELECT mac FROM machines WHERE mac IN (");
            let mut list = q.separated(", ");
            for m in chunk {
                list.push_bind(m.mac.clone());
            }
            q.push(")");
            for row in q.build().fetch_all(&mut *tx).await? {
                known.insert(row.get::<String, _>("mac"));
            }
        }
        if known.len() == machines.len() {
            return Ok(0);
        }
        // Ignored machines were discovered too: counting them keeps "ignore them all" from
        // reopening room for an unbounded flood of new MACs.
        let discovered: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM machines WHERE state IN ('discovered', 'ignored')",
        )
        .fetch_one(&mut *tx)
        .await?;
        let mut room = max_discovered.saturating_sub(u64::try_from(discovered).unwrap_or(0));
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
        Ok((before - machines.len()) as u64)
    }

    /// Delete the oldest events beyond the newest `keep`; returns how many went.
    pub(super) async fn prune_events(
        tx: &mut sqlx::SqliteConnection,
        keep: u64,
    ) -> StoreResult<u64> {
        let keep = i64::try_from(keep).unwrap_or(i64::MAX);
        let res = sqlx::query("DELETE FROM events WHERE id <= (SELECT max(id) FROM events) - ?")
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
             WHERE (?1 IS NULL OR mac = ?1) AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3",
        )
        .bind(mac.map(|m| m.to_string()))
        .bind(before_id)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(event_from_row).collect())
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
             WHERE (?4 IS NULL OR mac = ?4) \
             AND (?1 IS NULL OR mac LIKE ?1 OR stage LIKE ?1 OR source LIKE ?1) \
             AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3",
        )
        .bind(like_pattern(search))
        .bind(before_id)
        .bind(limit)
        .bind(mac.map(|m| m.to_string()))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(event_from_row).collect())
    }

    pub async fn identities(&self, mac: Mac) -> StoreResult<Vec<Identity>> {
        let rows = sqlx::query(
            "SELECT mac, duid, iaid, mac_source, first_seen, last_seen FROM identities \
             WHERE mac = ? ORDER BY last_seen DESC",
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

    // ---- machines --------------------------------------------------------------------------

    pub async fn machine(&self, mac: Mac) -> StoreResult<Option<Machine>> {
        let mut conn = self.pool.acquire().await?;
        machine_in(&mut conn, mac).await
    }

    /// Register a machine an operator names. A machine that is only `discovered` is taken
    /// over (that is what approving means); any other existing one is a conflict.
    pub async fn create_machine(&self, mac: Mac, spec: &MachineSpec) -> StoreResult<Machine> {
        self.create_machine_as(None, mac, spec).await
    }

    pub(super) async fn create_machine_as(
        &self,
        actor: Option<&str>,
        mac: Mac,
        spec: &MachineSpec,
    ) -> StoreResult<Machine> {
        let now = now_ms();
        let state = spec.state.unwrap_or(if spec.profile.is_some() {
            MachineState::Ready
        } else {
            MachineState::Discovered
        });
        let mut tx = self.begin_write().await?;
        let before = machine_in(&mut tx, mac).await?;
        let res = sqlx::query(
            "INSERT INTO machines (mac, hostname, profile, state, variables, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT(mac) DO UPDATE SET hostname = excluded.hostname, profile = excluded.profile, \
             state = excluded.state, variables = excluded.variables, updated_at = excluded.updated_at \
             WHERE machines.state = 'discovered' AND machines.profile IS NULL",
        )
        .bind(mac.to_string())
        .bind(&spec.hostname)
        .bind(&spec.profile)
        .bind(state.as_str())
        .bind(json_text(&spec.variables))
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| classify_write_error(e, "machine", &mac.to_string()))?;
        if res.rows_affected() == 0 {
            return Err(StoreError::Conflict {
                what: "machine",
                key: mac.to_string(),
            });
        }
        let created = machine_in(&mut tx, mac)
            .await?
            .ok_or_else(|| machine_not_found(mac))?;
        let summary = match &before {
            Some(b) => format!(
                "registered (was discovered): {}",
                machine_changes(
                    b,
                    &spec.hostname,
                    spec.profile.as_deref(),
                    state,
                    &spec.variables
                )
            ),
            None => format!(
                "registered: {}",
                describe_machine(&spec.hostname, spec.profile.as_deref(), state)
            ),
        };
        let entry = NewAudit::new("create", "machine", mac.to_string(), summary);
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// Replace what an operator sets on an existing machine.
    pub async fn update_machine(&self, mac: Mac, spec: &MachineSpec) -> StoreResult<Machine> {
        self.update_machine_as(None, "update", mac, spec).await
    }

    pub(super) async fn update_machine_as(
        &self,
        actor: Option<&str>,
        action: &str,
        mac: Mac,
        spec: &MachineSpec,
    ) -> StoreResult<Machine> {
        let mut tx = self.begin_write().await?;
        let current = machine_in(&mut tx, mac)
            .await?
            .ok_or_else(|| machine_not_found(mac))?;
        let state = spec.state.unwrap_or(match (current.state, &spec.profile) {
            (MachineState::Discovered, Some(_)) => MachineState::Ready,
            (s, _) => s,
        });
        sqlx::query(
            "UPDATE machines SET hostname = ?, profile = ?, state = ?, variables = ?, updated_at = ? \
             WHERE mac = ?",
        )
        .bind(&spec.hostname)
        .bind(&spec.profile)
        .bind(state.as_str())
        .bind(json_text(&spec.variables))
        .bind(now_ms())
        .bind(mac.to_string())
        .execute(&mut *tx)
        .await
        .map_err(|e| classify_write_error(e, "machine", &mac.to_string()))?;
        let summary = machine_changes(
            &current,
            &spec.hostname,
            spec.profile.as_deref(),
            state,
            &spec.variables,
        );
        let entry = NewAudit::new(action, "machine", mac.to_string(), summary);
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        let updated = machine_in(&mut tx, mac)
            .await?
            .ok_or_else(|| machine_not_found(mac))?;
        tx.commit().await?;
        Ok(updated)
    }

    pub async fn set_machine_state(&self, mac: Mac, state: MachineState) -> StoreResult<()> {
        self.set_machine_state_as(None, "update", mac, state).await
    }

    pub(super) async fn set_machine_state_as(
        &self,
        actor: Option<&str>,
        action: &str,
        mac: Mac,
        state: MachineState,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let current = machine_in(&mut tx, mac)
            .await?
            .ok_or_else(|| machine_not_found(mac))?;
        sqlx::query("UPDATE machines SET state = ?, updated_at = ? WHERE mac = ?")
            .bind(state.as_str())
            .bind(now_ms())
            .bind(mac.to_string())
            .execute(&mut *tx)
            .await?;
        let summary = format!("state {} → {}", current.state.as_str(), state.as_str());
        let entry = NewAudit::new(action, "machine", mac.to_string(), summary);
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Atomically turn a `reinstall` machine into `local`; true if this call did it. The
    /// script that wins this race is the one that installs.
    pub async fn consume_reinstall(&self, mac: Mac) -> StoreResult<bool> {
        let res = sqlx::query(
            "UPDATE machines SET state = 'local', updated_at = ? WHERE mac = ? AND state = 'reinstall'",
        )
        .bind(now_ms())
        .bind(mac.to_string())
        .execute(&self.pool)
        .await?;
        Ok(res.rows_affected() == 1)
    }

    pub async fn delete_machine(&self, mac: Mac) -> StoreResult<()> {
        self.delete_machine_as(None, mac).await
    }

    pub(super) async fn delete_machine_as(&self, actor: Option<&str>, mac: Mac) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let current = machine_in(&mut tx, mac)
            .await?
            .ok_or_else(|| machine_not_found(mac))?;
        sqlx::query("DELETE FROM machines WHERE mac = ?")
            .bind(mac.to_string())
            .execute(&mut *tx)
            .await?;
        let summary = format!(
            "deleted ({})",
            describe_machine(&current.hostname, current.profile.as_deref(), current.state)
        );
        let entry = NewAudit::new("delete", "machine", mac.to_string(), summary);
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }

    /// A page of machines, optionally filtered by state and a MAC/hostname substring.
    pub async fn machines(
        &self,
        state: Option<MachineState>,
        search: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> StoreResult<(Vec<Machine>, i64)> {
        let pattern = like_pattern(search);
        let filter =
            "(?1 IS NULL OR state = ?1) AND (?2 IS NULL OR mac LIKE ?2 OR lower(hostname) LIKE ?2)";
        let rows = sqlx::query(&format!(
            "SELECT {MACHINE_COLUMNS} FROM machines WHERE {filter} ORDER BY mac LIMIT ?3 OFFSET ?4"
        ))
        .bind(state.map(|s| s.as_str()))
        .bind(&pattern)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await?;
        let total: i64 = sqlx::query(&format!(
            "SELECT COUNT(*) AS n FROM machines WHERE {filter}"
        ))
        .bind(state.map(|s| s.as_str()))
        .bind(&pattern)
        .fetch_one(&self.pool)
        .await?
        .get("n");
        Ok((rows.iter().filter_map(machine_from_row).collect(), total))
    }

    // ---- profiles --------------------------------------------------------------------------

    pub async fn profile(&self, name: &str) -> StoreResult<Option<Profile>> {
        let mut conn = self.pool.acquire().await?;
        profile_in(&mut conn, name).await
    }

    pub async fn profiles(&self) -> StoreResult<Vec<Profile>> {
        let rows = sqlx::query("SELECT * FROM profiles ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(profile_from_row).collect())
    }

    /// Profile names only, for pickers and validation.
    pub async fn profile_names(&self) -> StoreResult<Vec<String>> {
        let rows = sqlx::query("SELECT name FROM profiles ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|r| r.get("name")).collect())
    }

    pub async fn create_profile(&self, p: &Profile) -> StoreResult<()> {
        self.create_profile_as(None, p).await
    }

    pub(super) async fn create_profile_as(
        &self,
        actor: Option<&str>,
        p: &Profile,
    ) -> StoreResult<()> {
        let now = now_ms();
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO profiles (name, description, kernel, initrd, cmdline, template, variables, created_at, updated_at) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&p.name)
        .bind(&p.description)
        .bind(&p.kernel)
        .bind(&p.initrd)
        .bind(&p.cmdline)
        .bind(&p.template)
        .bind(json_text(&p.variables))
        .bind(now)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| classify_write_error(e, "profile", &p.name))?;
        let summary = format!(
            "created: kernel {}, initrd {}, template {}",
            or_empty(&p.kernel),
            or_empty(&p.initrd),
            p.template
        );
        let entry = NewAudit::new("create", "profile", p.name.clone(), summary);
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn update_profile(&self, p: &Profile) -> StoreResult<()> {
        self.update_profile_as(None, p).await
    }

    pub(super) async fn update_profile_as(
        &self,
        actor: Option<&str>,
        p: &Profile,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let before = profile_in(&mut tx, &p.name)
            .await?
            .ok_or_else(|| StoreError::NotFound {
                what: "profile",
                key: p.name.clone(),
            })?;
        sqlx::query(
            "UPDATE profiles SET description = ?, kernel = ?, initrd = ?, cmdline = ?, template = ?, \
             variables = ?, updated_at = ? WHERE name = ?",
        )
        .bind(&p.description)
        .bind(&p.kernel)
        .bind(&p.initrd)
        .bind(&p.cmdline)
        .bind(&p.template)
        .bind(json_text(&p.variables))
        .bind(now_ms())
        .bind(&p.name)
        .execute(&mut *tx)
        .await?;
        let entry = NewAudit::new(
            "update",
            "profile",
            p.name.clone(),
            profile_changes(&before, p),
        );
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Refuses while any machine uses the profile.
    pub async fn delete_profile(&self, name: &str) -> StoreResult<()> {
        self.delete_profile_as(None, name).await
    }

    pub(super) async fn delete_profile_as(
        &self,
        actor: Option<&str>,
        name: &str,
    ) -> StoreResult<()> {
        let mut tx = self.begin_write().await?;
        let users: i64 = sqlx::query("SELECT COUNT(*) AS n FROM machines WHERE profile = ?")
            .bind(name)
            .fetch_one(&mut *tx)
            .await?
            .get("n");
        if users > 0 {
            return Err(StoreError::Invalid(format!(
                "profile {name:?} is used by {users} machine(s); reassign them first"
            )));
        }
        let res = sqlx::query("DELETE FROM profiles WHERE name = ?")
            .bind(name)
            .execute(&mut *tx)
            .await?;
        if res.rows_affected() == 0 {
            return Err(StoreError::NotFound {
                what: "profile",
                key: name.to_string(),
            });
        }
        let entry = NewAudit::new("delete", "profile", name, "deleted");
        Store::insert_audit(&mut tx, actor, &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }
}

fn or_empty(s: &str) -> &str {
    if s.is_empty() {
        "(none)"
    } else {
        s
    }
}

/// `%text%` for a LIKE over MACs, hostnames and stages (lower-cased; `%` and `_` dropped so
/// they match literally nowhere); None for an empty search.
pub(super) fn like_pattern(search: Option<&str>) -> Option<String> {
    search.filter(|s| !s.trim().is_empty()).map(|s| {
        format!(
            "%{}%",
            s.trim().to_ascii_lowercase().replace(['%', '_'], "")
        )
    })
}

pub(super) async fn machine_in(
    conn: &mut sqlx::SqliteConnection,
    mac: Mac,
) -> StoreResult<Option<Machine>> {
    let row = sqlx::query(&format!(
        "SELECT {MACHINE_COLUMNS} FROM machines WHERE mac = ?"
    ))
    .bind(mac.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.as_ref().and_then(machine_from_row))
}

async fn profile_in(conn: &mut sqlx::SqliteConnection, name: &str) -> StoreResult<Option<Profile>> {
    let row = sqlx::query("SELECT * FROM profiles WHERE name = ?")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.as_ref().map(profile_from_row))
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_store;
    use super::super::Writer;
    use super::*;

    const MAC: Mac = Mac([0x52, 0x54, 0, 0x12, 0x34, 0x56]);

    fn profile(name: &str) -> Profile {
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

    #[tokio::test]
    async fn event_discovers_machine_then_operator_approves_it() {
        let (_d, s) = temp_store().await;
        let w = Writer::start(s.clone());
        let mut live = w.subscribe();
        let mut ev = BootEvent::new(EventSource::Dhcp, "solicit", Some(MAC)).address("2001:db8::5");
        ev.arch = Some("x64".into());
        ev.identity = Some((vec![0, 4, 0, 0], 7, "eui64".into()));
        w.record(ev);
        w.flush().await;
        let got = live.recv().await.unwrap();
        assert_eq!(got.stage, "solicit");
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
        let mut ev = BootEvent::new(EventSource::Dhcp, stage, Some(mac));
        ev.arch = arch.map(String::from);
        ev.address = address.map(String::from);
        ev
    }

    #[test]
    fn a_batch_folds_to_what_one_by_one_upserts_leave() {
        const OTHER: Mac = Mac([0x52, 0x54, 0, 0, 0, 1]);
        let mut first = event("solicit", MAC, Some("x64"), None);
        first.identity = Some((vec![0, 4], 1, "eui64".into()));
        let mut second = event("request", MAC, None, Some("2001:db8::5"));
        second.identity = Some((vec![0, 4], 1, "duid".into()));
        let other = event("script", OTHER, None, None);
        let third = event("reply", MAC, Some(""), None);
        let anonymous = BootEvent::new(EventSource::Tftp, "tftp_start", None);
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
                got.stage,
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

    #[tokio::test]
    async fn unknown_profile_is_refused() {
        let (_d, s) = temp_store().await;
        let spec = MachineSpec {
            profile: Some("nope".into()),
            ..Default::default()
        };
        assert!(matches!(
            s.create_machine(MAC, &spec).await,
            Err(StoreError::Invalid(_))
        ));
    }

    #[tokio::test]
    async fn reinstall_is_consumed_once() {
        let (_d, s) = temp_store().await;
        s.create_profile(&profile("p")).await.unwrap();
        let spec = MachineSpec {
            profile: Some("p".into()),
            state: Some(MachineState::Reinstall),
            ..Default::default()
        };
        s.create_machine(MAC, &spec).await.unwrap();
        assert!(s.consume_reinstall(MAC).await.unwrap());
        assert!(!s.consume_reinstall(MAC).await.unwrap());
        assert_eq!(
            s.machine(MAC).await.unwrap().unwrap().state,
            MachineState::Local
        );
    }

    #[tokio::test]
    async fn profile_in_use_cannot_be_deleted() {
        let (_d, s) = temp_store().await;
        s.create_profile(&profile("p")).await.unwrap();
        assert!(matches!(
            s.create_profile(&profile("p")).await,
            Err(StoreError::Conflict { .. })
        ));
        let spec = MachineSpec {
            profile: Some("p".into()),
            ..Default::default()
        };
        s.create_machine(MAC, &spec).await.unwrap();
        assert!(matches!(
            s.delete_profile("p").await,
            Err(StoreError::Invalid(_))
        ));
        s.delete_machine(MAC).await.unwrap();
        s.delete_profile("p").await.unwrap();
    }

    #[tokio::test]
    async fn machine_listing_filters_and_counts() {
        let (_d, s) = temp_store().await;
        for i in 0..30u8 {
            let spec = MachineSpec {
                hostname: format!("node{i}"),
                ..Default::default()
            };
            s.create_machine(Mac([2, 0, 0, 0, 0, i]), &spec)
                .await
                .unwrap();
        }
        let (page, total) = s.machines(None, None, 10, 0).await.unwrap();
        assert_eq!((page.len(), total), (10, 30));
        let (found, total) = s.machines(None, Some("node2"), 50, 0).await.unwrap();
        assert_eq!(total, 11); // node2, node20..node29
        assert!(found.iter().all(|m| m.hostname.starts_with("node2")));
        let (_, total) = s
            .machines(Some(MachineState::Ready), None, 50, 0)
            .await
            .unwrap();
        assert_eq!(total, 0);
    }
}
