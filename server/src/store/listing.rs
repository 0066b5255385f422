//! Inventory queries for operators: bulk changes, CSV import/export, counts for the dashboard.

use sqlx::Row;

use super::audit::{describe_machine, machine_changes, NewAudit};
use super::machines::{machine_from_row, machine_in};
use super::{now_ms, Machine, MachineSpec, MachineState, Store, StoreError, StoreResult};
use crate::mac::Mac;

/// What one import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct ImportOutcome {
    pub created: u64,
    pub updated: u64,
}

fn fk_to_invalid(e: sqlx::Error) -> StoreError {
    match &e {
        sqlx::Error::Database(db) if db.is_foreign_key_violation() => {
            StoreError::Invalid("refers to a profile that does not exist".into())
        }
        _ => StoreError::Db(e),
    }
}

impl Store {
    /// Assign one profile to many machines, in one transaction. Machines that were merely
    /// discovered become `ready` (that is approving them); others keep their state.
    pub async fn bulk_assign_profile(&self, macs: &[Mac], profile: &str) -> StoreResult<u64> {
        self.bulk_assign_profile_as(None, macs, profile).await
    }

    pub(super) async fn bulk_assign_profile_as(
        &self,
        actor: Option<&str>,
        macs: &[Mac],
        profile: &str,
    ) -> StoreResult<u64> {
        let mut tx = self.begin_write().await?;
        let mut audit = Vec::new();
        let now = now_ms();
        for mac in macs {
            let Some(before) = machine_in(&mut tx, *mac).await? else {
                continue;
            };
            sqlx::query(
                "UPDATE machines SET profile = $1, updated_at = $2, \
                 state = CASE WHEN state = 'discovered' THEN 'ready' ELSE state END WHERE mac = $3",
            )
            .bind(profile)
            .bind(now)
            .bind(mac.to_string())
            .execute(&mut *tx)
            .await
            .map_err(fk_to_invalid)?;
            let (action, state) = match before.state {
                MachineState::Discovered => ("approve", MachineState::Ready),
                s => ("bulk_assign_profile", s),
            };
            let summary = machine_changes(
                &before,
                &before.hostname,
                Some(profile),
                state,
                &before.variables,
            );
            audit.push(NewAudit::new(action, "machine", mac.to_string(), summary));
        }
        Store::insert_audit(&mut tx, actor, &audit).await?;
        tx.commit().await?;
        Ok(audit.len() as u64)
    }

    /// Set the state of many machines. `ready` and `reinstall` boot a profile, so machines
    /// without one are left alone; the count says how many changed.
    pub async fn bulk_set_state(&self, macs: &[Mac], state: MachineState) -> StoreResult<u64> {
        self.bulk_set_state_as(None, macs, state).await
    }

    pub(super) async fn bulk_set_state_as(
        &self,
        actor: Option<&str>,
        macs: &[Mac],
        state: MachineState,
    ) -> StoreResult<u64> {
        let needs_profile = matches!(state, MachineState::Ready | MachineState::Reinstall);
        let action = match state {
            MachineState::Reinstall => "reinstall",
            _ => "bulk_set_state",
        };
        self.bulk_change_state(actor, macs, action, |m| {
            (!needs_profile || m.profile.is_some()).then_some(state)
        })
        .await
    }

    /// Ignore discovered machines (`ignored = true`) or take ignored ones back to
    /// discovered; machines in any other state are left alone.
    pub async fn set_ignored(&self, macs: &[Mac], ignored: bool) -> StoreResult<u64> {
        self.set_ignored_as(None, macs, ignored).await
    }

    pub(super) async fn set_ignored_as(
        &self,
        actor: Option<&str>,
        macs: &[Mac],
        ignored: bool,
    ) -> StoreResult<u64> {
        let (from, to, action) = if ignored {
            (MachineState::Discovered, MachineState::Ignored, "ignore")
        } else {
            (MachineState::Ignored, MachineState::Discovered, "unignore")
        };
        self.bulk_change_state(actor, macs, action, |m| (m.state == from).then_some(to))
            .await
    }

    /// One transaction: each existing machine for which `next` gives a state is set to it.
    async fn bulk_change_state(
        &self,
        actor: Option<&str>,
        macs: &[Mac],
        action: &str,
        next: impl Fn(&Machine) -> Option<MachineState>,
    ) -> StoreResult<u64> {
        let mut tx = self.begin_write().await?;
        let mut audit = Vec::new();
        let now = now_ms();
        for mac in macs {
            let Some(before) = machine_in(&mut tx, *mac).await? else {
                continue;
            };
            let Some(state) = next(&before) else {
                continue;
            };
            sqlx::query("UPDATE machines SET state = $1, updated_at = $2 WHERE mac = $3")
                .bind(state.as_str())
                .bind(now)
                .bind(mac.to_string())
                .execute(&mut *tx)
                .await?;
            let summary = format!("state {} → {}", before.state.as_str(), state.as_str());
            audit.push(NewAudit::new(action, "machine", mac.to_string(), summary));
        }
        Store::insert_audit(&mut tx, actor, &audit).await?;
        tx.commit().await?;
        Ok(audit.len() as u64)
    }

    pub async fn bulk_delete(&self, macs: &[Mac]) -> StoreResult<u64> {
        self.bulk_delete_as(None, macs).await
    }

    pub(super) async fn bulk_delete_as(
        &self,
        actor: Option<&str>,
        macs: &[Mac],
    ) -> StoreResult<u64> {
        let mut tx = self.begin_write().await?;
        let mut audit = Vec::new();
        for mac in macs {
            let Some(before) = machine_in(&mut tx, *mac).await? else {
                continue;
            };
            sqlx::query("DELETE FROM machines WHERE mac = $1")
                .bind(mac.to_string())
                .execute(&mut *tx)
                .await?;
            let summary = format!(
                "deleted in bulk ({})",
                describe_machine(&before.hostname, before.profile.as_deref(), before.state)
            );
            audit.push(NewAudit::new("delete", "machine", mac.to_string(), summary));
        }
        Store::insert_audit(&mut tx, actor, &audit).await?;
        tx.commit().await?;
        Ok(audit.len() as u64)
    }

    /// Every machine, by MAC: for CSV export.
    pub async fn all_machines(&self) -> StoreResult<Vec<Machine>> {
        let rows = sqlx::query(
            "SELECT mac, hostname, profile, state, variables, arch, mac_source, last_seen, \
             last_address, last_stage, created_at, updated_at FROM machines ORDER BY mac",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().filter_map(machine_from_row).collect())
    }

    /// Create or replace the operator-set fields of many machines in one transaction: all
    /// rows land or none do.
    pub async fn import_machines(&self, rows: &[(Mac, MachineSpec)]) -> StoreResult<ImportOutcome> {
        self.import_machines_as(None, rows).await
    }

    pub(super) async fn import_machines_as(
        &self,
        actor: Option<&str>,
        rows: &[(Mac, MachineSpec)],
    ) -> StoreResult<ImportOutcome> {
        let mut tx = self.begin_write().await?;
        let mut out = ImportOutcome::default();
        let mut audit = Vec::with_capacity(rows.len());
        let now = now_ms();
        for (mac, spec) in rows {
            let state = spec.state.unwrap_or(if spec.profile.is_some() {
                MachineState::Ready
            } else {
                MachineState::Discovered
            });
            let before = machine_in(&mut tx, *mac).await?;
            sqlx::query(
                "INSERT INTO machines (mac, hostname, profile, state, variables, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT(mac) DO UPDATE SET hostname = excluded.hostname, \
                 profile = excluded.profile, state = excluded.state, \
                 variables = excluded.variables, updated_at = excluded.updated_at",
            )
            .bind(mac.to_string())
            .bind(&spec.hostname)
            .bind(&spec.profile)
            .bind(state.as_str())
            .bind(serde_json::Value::Object(spec.variables.clone()).to_string())
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await
            .map_err(|e| match fk_to_invalid(e) {
                StoreError::Invalid(m) => StoreError::Invalid(format!("{mac}: {m}")),
                other => other,
            })?;
            let summary = match &before {
                Some(b) => {
                    out.updated += 1;
                    format!(
                        "imported from CSV: {}",
                        machine_changes(
                            b,
                            &spec.hostname,
                            spec.profile.as_deref(),
                            state,
                            &spec.variables
                        )
                    )
                }
                None => {
                    out.created += 1;
                    format!(
                        "imported from CSV: {}",
                        describe_machine(&spec.hostname, spec.profile.as_deref(), state)
                    )
                }
            };
            audit.push(NewAudit::new("import", "machine", mac.to_string(), summary));
        }
        Store::insert_audit(&mut tx, actor, &audit).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// Machines per state, every state present (zero if none).
    pub async fn machine_counts(&self) -> StoreResult<Vec<(MachineState, i64)>> {
        let rows = sqlx::query("SELECT state, COUNT(*) AS n FROM machines GROUP BY state")
            .fetch_all(&self.pool)
            .await?;
        Ok(MachineState::ALL
            .into_iter()
            .map(|s| {
                let n = rows
                    .iter()
                    .find(|r| r.get::<String, _>("state") == s.as_str())
                    .map(|r| r.get::<i64, _>("n"))
                    .unwrap_or(0);
                (s, n)
            })
            .collect())
    }

    /// How many machines use each profile (profiles with none are absent).
    pub async fn profile_usage(&self) -> StoreResult<Vec<(String, i64)>> {
        let rows = sqlx::query(
            "SELECT profile, COUNT(*) AS n FROM machines WHERE profile IS NOT NULL \
             GROUP BY profile",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| (r.get::<String, _>("profile"), r.get::<i64, _>("n")))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_store;
    use super::super::Profile;
    use super::*;

    fn profile(name: &str) -> Profile {
        Profile {
            name: name.into(),
            description: String::new(),
            kernel: String::new(),
            initrd: String::new(),
            cmdline: String::new(),
            template: "install.ipxe".into(),
            variables: Default::default(),
        }
    }

    #[tokio::test]
    async fn bulk_assign_approves_discovered_and_reinstall_needs_a_profile() {
        let (_d, s) = temp_store().await;
        s.create_profile(&profile("deb")).await.unwrap();
        let macs: Vec<Mac> = (0..3u8).map(|i| Mac([2, 0, 0, 0, 0, i])).collect();
        for m in &macs {
            s.create_machine(*m, &MachineSpec::default()).await.unwrap();
        }
        assert_eq!(
            s.bulk_set_state(&macs, MachineState::Reinstall)
                .await
                .unwrap(),
            0
        );
        assert_eq!(s.bulk_assign_profile(&macs[..2], "deb").await.unwrap(), 2);
        let m = s.machine(macs[0]).await.unwrap().unwrap();
        assert_eq!(
            (m.profile.as_deref(), m.state),
            (Some("deb"), MachineState::Ready)
        );
        assert!(matches!(
            s.bulk_assign_profile(&macs, "nope").await,
            Err(StoreError::Invalid(_))
        ));
        assert_eq!(
            s.bulk_set_state(&macs, MachineState::Reinstall)
                .await
                .unwrap(),
            2
        );
        let counts = s.machine_counts().await.unwrap();
        assert!(counts.contains(&(MachineState::Reinstall, 2)));
        assert!(counts.contains(&(MachineState::Discovered, 1)));
        assert_eq!(s.profile_usage().await.unwrap(), vec![("deb".into(), 2)]);
    }

    #[tokio::test]
    async fn import_is_all_or_nothing() {
        let (_d, s) = temp_store().await;
        s.create_profile(&profile("deb")).await.unwrap();
        let spec = |p: &str| MachineSpec {
            hostname: "h".into(),
            profile: Some(p.into()),
            ..Default::default()
        };
        let ok = vec![(Mac([2, 0, 0, 0, 0, 1]), spec("deb"))];
        assert_eq!(s.import_machines(&ok).await.unwrap().created, 1);
        assert_eq!(s.import_machines(&ok).await.unwrap().updated, 1);
        let bad = vec![
            (Mac([2, 0, 0, 0, 0, 2]), spec("deb")),
            (Mac([2, 0, 0, 0, 0, 3]), spec("nope")),
        ];
        assert!(s.import_machines(&bad).await.is_err());
        assert_eq!(s.all_machines().await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn ignore_only_discovered_and_unignore_only_ignored() {
        let (_d, s) = temp_store().await;
        s.create_profile(&profile("deb")).await.unwrap();
        let (a, b) = (Mac([2, 0, 0, 0, 0, 1]), Mac([2, 0, 0, 0, 0, 2]));
        s.create_machine(a, &MachineSpec::default()).await.unwrap();
        let ready = MachineSpec {
            profile: Some("deb".into()),
            ..Default::default()
        };
        s.create_machine(b, &ready).await.unwrap();
        let op = s.operator("ada");
        assert_eq!(op.set_ignored(&[a, b], true).await.unwrap(), 1);
        let state = |m: Machine| m.state;
        assert_eq!(
            state(s.machine(a).await.unwrap().unwrap()),
            MachineState::Ignored
        );
        assert_eq!(
            state(s.machine(b).await.unwrap().unwrap()),
            MachineState::Ready
        );
        let (hidden, n) = s
            .machines(Some(MachineState::Discovered), None, 10, 0)
            .await
            .unwrap();
        assert_eq!((hidden.len(), n), (0, 0), "ignored is not discovered");
        assert_eq!(op.set_ignored(&[a, b], false).await.unwrap(), 1);
        assert_eq!(
            state(s.machine(a).await.unwrap().unwrap()),
            MachineState::Discovered
        );
    }

    #[tokio::test]
    async fn ignored_machines_count_toward_the_discovery_cap() {
        let (_d, s) = temp_store().await;
        let w = super::super::Writer::start(s.clone());
        w.set_limits(1, u64::MAX);
        let boot = |i: u8| {
            super::super::BootEvent::new(
                super::super::EventSource::Http,
                super::super::BootStage::Script,
                Some(Mac([2, 0, 0, 0, 9, i])),
            )
        };
        w.record(boot(1));
        w.flush().await;
        s.operator("ada")
            .set_ignored(&[Mac([2, 0, 0, 0, 9, 1])], true)
            .await
            .unwrap();
        w.record(boot(2));
        w.flush().await;
        assert!(
            s.machine(Mac([2, 0, 0, 0, 9, 2])).await.unwrap().is_none(),
            "ignoring does not make room for more new machines"
        );
        assert_eq!(
            w.stats()
                .discovery_refused
                .load(std::sync::atomic::Ordering::Relaxed),
            1
        );
    }
}
