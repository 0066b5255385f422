//! Machines: what operators register and booting clients are seen as.

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::audit::{describe_machine, machine_changes, NewAudit};
use super::columns::Columns;
use super::{now_ms, Store, StoreError, StoreResult};
use crate::mac::Mac;

/// Where a machine is in its life: what its next iPXE script will be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
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

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Machine {
    pub mac: Mac,
    pub hostname: String,
    pub profile: Option<String>,
    pub state: MachineState,
    #[schema(value_type = Object)]
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

pub(super) const MACHINE_COLUMNS: &str = "mac, hostname, profile, state, variables, arch, \
     mac_source, last_seen, last_address, last_stage, created_at, updated_at";

/// A machine from a row of [`MACHINE_COLUMNS`] (from the pool or from the boot path's inline
/// read); `None` if a value does not decode.
pub(super) fn machine_from_row(r: &impl Columns) -> Option<Machine> {
    Some(Machine {
        mac: Mac::parse(&r.text("mac")?).ok()?,
        hostname: r.text("hostname")?,
        profile: r.text("profile"),
        state: r.text("state")?.parse().ok()?,
        variables: serde_json::from_str(&r.text("variables")?).unwrap_or_default(),
        arch: r.text("arch")?,
        mac_source: r.text("mac_source")?,
        last_seen: r.int("last_seen"),
        last_address: r.text("last_address"),
        last_stage: r.text("last_stage"),
        created_at: r.int("created_at")?,
        updated_at: r.int("updated_at")?,
    })
}

fn machine_not_found(mac: Mac) -> StoreError {
    StoreError::NotFound {
        what: "machine",
        key: mac.to_string(),
    }
}

pub(super) fn json_text(v: &Variables) -> String {
    serde_json::Value::Object(v.clone()).to_string()
}

/// Maps a unique-constraint failure to `Conflict`, a foreign-key failure to `Invalid`.
pub(super) fn classify_write_error(e: sqlx::Error, what: &'static str, key: &str) -> StoreError {
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
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
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
            "UPDATE machines SET hostname = $1, profile = $2, state = $3, variables = $4, updated_at = $5 \
             WHERE mac = $6",
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
        sqlx::query("UPDATE machines SET state = $1, updated_at = $2 WHERE mac = $3")
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
            "UPDATE machines SET state = 'local', updated_at = $1 WHERE mac = $2 AND state = 'reinstall'",
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
        sqlx::query("DELETE FROM machines WHERE mac = $1")
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
            "($1 IS NULL OR state = $1) AND ($2 IS NULL OR mac LIKE $2 OR lower(hostname) LIKE $2)";
        let rows = sqlx::query(&format!(
            "SELECT {MACHINE_COLUMNS} FROM machines WHERE {filter} ORDER BY mac LIMIT $3 OFFSET $4"
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
    conn: &mut sqlx::AnyConnection,
    mac: Mac,
) -> StoreResult<Option<Machine>> {
    let row = sqlx::query(&format!(
        "SELECT {MACHINE_COLUMNS} FROM machines WHERE mac = $1"
    ))
    .bind(mac.to_string())
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.as_ref().and_then(machine_from_row))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{profile, temp_store, MAC};
    use super::*;

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
