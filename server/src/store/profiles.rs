//! Profiles: what a machine installs (kernel, initrd, command line, script template).

use serde::{Deserialize, Serialize};
use sqlx::Row;

use super::audit::{profile_changes, NewAudit};
use super::columns::Columns;
use super::machines::{classify_write_error, json_text, Variables};
use super::{now_ms, Store, StoreError, StoreResult};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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
    #[schema(value_type = Object)]
    pub variables: Variables,
}

fn default_template() -> String {
    "install.ipxe".into()
}

/// A profile from its row (from the pool or from the boot path's inline read); `None` if a
/// value does not decode.
pub(super) fn profile_from_row(r: &impl Columns) -> Option<Profile> {
    Some(Profile {
        name: r.text("name")?,
        description: r.text("description")?,
        kernel: r.text("kernel")?,
        initrd: r.text("initrd")?,
        cmdline: r.text("cmdline")?,
        template: r.text("template")?,
        variables: serde_json::from_str(&r.text("variables")?).unwrap_or_default(),
    })
}

impl Store {
    pub async fn profile(&self, name: &str) -> StoreResult<Option<Profile>> {
        let mut conn = self.pool.acquire().await?;
        profile_in(&mut conn, name).await
    }

    pub async fn profiles(&self) -> StoreResult<Vec<Profile>> {
        let rows = sqlx::query("SELECT * FROM profiles ORDER BY name")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().filter_map(profile_from_row).collect())
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
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
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
            "UPDATE profiles SET description = $1, kernel = $2, initrd = $3, cmdline = $4, template = $5, \
             variables = $6, updated_at = $7 WHERE name = $8",
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
        let users: i64 = sqlx::query("SELECT COUNT(*) AS n FROM machines WHERE profile = $1")
            .bind(name)
            .fetch_one(&mut *tx)
            .await?
            .get("n");
        if users > 0 {
            return Err(StoreError::Invalid(format!(
                "profile {name:?} is used by {users} machine(s); reassign them first"
            )));
        }
        let res = sqlx::query("DELETE FROM profiles WHERE name = $1")
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

async fn profile_in(conn: &mut sqlx::AnyConnection, name: &str) -> StoreResult<Option<Profile>> {
    let row = sqlx::query("SELECT * FROM profiles WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.as_ref().and_then(profile_from_row))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{profile, temp_store, MAC};
    use super::super::MachineSpec;
    use super::*;

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
}
