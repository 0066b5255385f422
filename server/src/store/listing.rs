//! Inventory queries for operators: bulk changes, CSV import/export, counts for the dashboard.

use sqlx::Row;

use super::inventory::machine_from_row;
use super::{now_ms, Machine, MachineSpec, MachineState, Store, StoreError, StoreResult};
use crate::mac::Mac;

/// What one import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
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
        let mut tx = self.pool.begin().await?;
        let mut changed = 0;
        let now = now_ms();
        for mac in macs {
            changed += sqlx::query(
                "UPDATE machines SET profile = ?, updated_at = ?, \
                 state = CASE WHEN state = 'discovered' THEN 'ready' ELSE state END WHERE mac = ?",
            )
            .bind(profile)
            .bind(now)
            .bind(mac.to_string())
            .execute(&mut *tx)
            .await
            .map_err(fk_to_invalid)?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(changed)
    }

    /// Set the state of many machines. `ready` and `reinstall` boot a profile, so machines
    /// without one are left alone; the count says how many changed.
    pub async fn bulk_set_state(&self, macs: &[Mac], state: MachineState) -> StoreResult<u64> {
        let needs_profile = matches!(state, MachineState::Ready | MachineState::Reinstall);
        let mut tx = self.pool.begin().await?;
        let mut changed = 0;
        let now = now_ms();
        for mac in macs {
            changed += sqlx::query(
                "UPDATE machines SET state = ?, updated_at = ? \
                 WHERE mac = ? AND (? = 0 OR profile IS NOT NULL)",
            )
            .bind(state.as_str())
            .bind(now)
            .bind(mac.to_string())
            .bind(i64::from(needs_profile))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(changed)
    }

    pub async fn bulk_delete(&self, macs: &[Mac]) -> StoreResult<u64> {
        let mut tx = self.pool.begin().await?;
        let mut changed = 0;
        for mac in macs {
            changed += sqlx::query("DELETE FROM machines WHERE mac = ?")
                .bind(mac.to_string())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        tx.commit().await?;
        Ok(changed)
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
        let mut tx = self.pool.begin().await?;
        let mut out = ImportOutcome::default();
        let now = now_ms();
        for (mac, spec) in rows {
            let state = spec.state.unwrap_or(if spec.profile.is_some() {
                MachineState::Ready
            } else {
                MachineState::Discovered
            });
            let existed: bool = sqlx::query("SELECT COUNT(*) AS n FROM machines WHERE mac = ?")
                .bind(mac.to_string())
                .fetch_one(&mut *tx)
                .await?
                .get::<i64, _>("n")
                > 0;
            sqlx::query(
                "INSERT INTO machines (mac, hostname, profile, state, variables, created_at, updated_at) \
                 VALUES (?, ?, ?, ?, ?, ?, ?) \
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
            if existed {
                out.updated += 1;
            } else {
                out.created += 1;
            }
        }
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
}
