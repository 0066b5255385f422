//! The audit trail: who changed which machine, profile, token or user, and what changed.
//!
//! Operator-facing changes go through [`Operator`] (`store.operator("ada")`), whose methods
//! are the store's own with the audit entry written in the same transaction as the change:
//! a change without its entry (or an entry for a change that rolled back) cannot happen.
//! The plain `Store` methods stay for changes no operator makes (the boot path, the CLI,
//! tests).

use serde::Serialize;
use sqlx::Row;

use super::statement::Statement;

use super::{
    now_ms, ImportOutcome, Machine, MachineSpec, MachineState, Profile, Scope, Store, StoreResult,
    Variables, ROWS_PER_STATEMENT,
};
use crate::mac::Mac;

/// Most entries one query returns.
pub const MAX_AUDIT_PAGE: i64 = 500;

/// One recorded operator action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    /// User name, or `token:NAME`.
    pub actor: String,
    pub action: String,
    /// `machine`, `profile`, `token`, `user` or `config`.
    pub target_kind: String,
    pub target: String,
    pub summary: String,
}

/// An entry about to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAudit {
    pub action: String,
    pub target_kind: &'static str,
    pub target: String,
    pub summary: String,
}

impl NewAudit {
    pub fn new(
        action: impl Into<String>,
        target_kind: &'static str,
        target: impl Into<String>,
        summary: impl Into<String>,
    ) -> NewAudit {
        NewAudit {
            action: action.into(),
            target_kind,
            target: target.into(),
            summary: summary.into(),
        }
    }
}

/// Which entries to list, newest first.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub target_kind: Option<String>,
    pub target: Option<String>,
    pub actor: Option<String>,
    /// Entries older than this id (keyset paging).
    pub before_id: Option<i64>,
    pub limit: i64,
}

fn entry_from_row(r: &sqlx::any::AnyRow) -> AuditEntry {
    AuditEntry {
        id: r.get("id"),
        at: r.get("at"),
        actor: r.get("actor"),
        action: r.get("action"),
        target_kind: r.get("target_kind"),
        target: r.get("target"),
        summary: r.get("summary"),
    }
}

impl Store {
    /// Write entries inside the caller's transaction; nothing without an actor.
    pub(super) async fn insert_audit(
        tx: &mut sqlx::AnyConnection,
        actor: Option<&str>,
        entries: &[NewAudit],
    ) -> StoreResult<()> {
        let Some(actor) = actor else {
            return Ok(());
        };
        let at = now_ms();
        for chunk in entries.chunks(ROWS_PER_STATEMENT) {
            let mut q = Statement::new(
                "INSERT INTO audit_log (at, actor, action, target_kind, target, summary) ",
            );
            q.values(chunk, |row, e| {
                row.bind(at)
                    .bind(actor.to_string())
                    .bind(e.action.clone())
                    .bind(e.target_kind)
                    .bind(e.target.clone())
                    .bind(e.summary.clone());
            });
            q.execute(&mut *tx).await?;
        }
        Ok(())
    }

    /// Entries newest first; every filter is optional and exact; at most
    /// [`MAX_AUDIT_PAGE`].
    pub async fn audit(&self, f: &AuditFilter) -> StoreResult<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT id, at, actor, action, target_kind, target, summary FROM audit_log \
             WHERE ($1 IS NULL OR target_kind = $1) AND ($2 IS NULL OR target = $2) \
             AND ($3 IS NULL OR actor = $3) AND ($4 IS NULL OR id < $4) \
             ORDER BY id DESC LIMIT $5",
        )
        .bind(&f.target_kind)
        .bind(&f.target)
        .bind(&f.actor)
        .bind(f.before_id)
        .bind(f.limit.clamp(1, MAX_AUDIT_PAGE))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.iter().map(entry_from_row).collect())
    }

    /// Changes made in `actor`'s name are audited.
    pub fn operator<'a>(&'a self, actor: &'a str) -> Operator<'a> {
        Operator { store: self, actor }
    }
}

/// The store as one operator changes it: every method writes its audit entries in the
/// same transaction as the change.
#[derive(Clone, Copy)]
pub struct Operator<'a> {
    store: &'a Store,
    actor: &'a str,
}

impl Operator<'_> {
    pub async fn create_machine(&self, mac: Mac, spec: &MachineSpec) -> StoreResult<Machine> {
        self.store
            .create_machine_as(Some(self.actor), mac, spec)
            .await
    }

    pub async fn update_machine(&self, mac: Mac, spec: &MachineSpec) -> StoreResult<Machine> {
        self.store
            .update_machine_as(Some(self.actor), "update", mac, spec)
            .await
    }

    /// An update recorded as approving a discovered machine.
    pub async fn approve_machine(&self, mac: Mac, spec: &MachineSpec) -> StoreResult<Machine> {
        self.store
            .update_machine_as(Some(self.actor), "approve", mac, spec)
            .await
    }

    pub async fn set_machine_state(
        &self,
        action: &str,
        mac: Mac,
        state: MachineState,
    ) -> StoreResult<()> {
        self.store
            .set_machine_state_as(Some(self.actor), action, mac, state)
            .await
    }

    pub async fn delete_machine(&self, mac: Mac) -> StoreResult<()> {
        self.store.delete_machine_as(Some(self.actor), mac).await
    }

    pub async fn bulk_assign_profile(&self, macs: &[Mac], profile: &str) -> StoreResult<u64> {
        self.store
            .bulk_assign_profile_as(Some(self.actor), macs, profile)
            .await
    }

    pub async fn bulk_set_state(&self, macs: &[Mac], state: MachineState) -> StoreResult<u64> {
        self.store
            .bulk_set_state_as(Some(self.actor), macs, state)
            .await
    }

    pub async fn bulk_delete(&self, macs: &[Mac]) -> StoreResult<u64> {
        self.store.bulk_delete_as(Some(self.actor), macs).await
    }

    pub async fn set_ignored(&self, macs: &[Mac], ignored: bool) -> StoreResult<u64> {
        self.store
            .set_ignored_as(Some(self.actor), macs, ignored)
            .await
    }

    pub async fn import_machines(&self, rows: &[(Mac, MachineSpec)]) -> StoreResult<ImportOutcome> {
        self.store.import_machines_as(Some(self.actor), rows).await
    }

    pub async fn create_profile(&self, p: &Profile) -> StoreResult<()> {
        self.store.create_profile_as(Some(self.actor), p).await
    }

    pub async fn update_profile(&self, p: &Profile) -> StoreResult<()> {
        self.store.update_profile_as(Some(self.actor), p).await
    }

    pub async fn delete_profile(&self, name: &str) -> StoreResult<()> {
        self.store.delete_profile_as(Some(self.actor), name).await
    }

    pub async fn create_token(
        &self,
        name: &str,
        token_hash: &str,
        scope: Scope,
    ) -> StoreResult<super::ApiToken> {
        self.store
            .create_token_as(Some(self.actor), name, token_hash, scope, self.actor)
            .await
    }

    pub async fn delete_token(&self, id: i64) -> StoreResult<()> {
        self.store.delete_token_as(Some(self.actor), id).await
    }

    pub async fn delete_user(&self, name: &str) -> StoreResult<()> {
        self.store.delete_user_as(Some(self.actor), name).await
    }

    pub async fn set_user_role(&self, name: &str, is_admin: bool) -> StoreResult<super::User> {
        self.store
            .set_user_role_as(Some(self.actor), name, is_admin)
            .await
    }

    /// Replace a user's password hash; their sessions end except `keep_session` (the hash
    /// of the session making the change, so changing your own password keeps you in).
    pub async fn set_user_password(
        &self,
        name: &str,
        password_hash: &str,
        keep_session: Option<&str>,
    ) -> StoreResult<()> {
        self.store
            .set_user_password_as(Some(self.actor), name, password_hash, keep_session)
            .await
    }

    /// An entry for something that changed outside the database (a configuration reload,
    /// a user added through `service::users::add_user`), written in its own transaction.
    pub async fn note(&self, entry: NewAudit) -> StoreResult<()> {
        let mut tx = self.store.begin_write().await?;
        Store::insert_audit(&mut tx, Some(self.actor), &[entry]).await?;
        tx.commit().await?;
        Ok(())
    }
}

// ---- summaries: what changed, in words ----------------------------------------------------

fn or_none(v: Option<&str>) -> &str {
    v.filter(|s| !s.is_empty()).unwrap_or("none")
}

fn text_or_empty(v: &str) -> &str {
    if v.is_empty() {
        "(empty)"
    } else {
        v
    }
}

/// A machine as created: "hostname node1, profile debian, state ready".
pub fn describe_machine(hostname: &str, profile: Option<&str>, state: MachineState) -> String {
    let mut parts = Vec::new();
    if !hostname.is_empty() {
        parts.push(format!("hostname {hostname}"));
    }
    parts.push(format!("profile {}", or_none(profile)));
    parts.push(format!("state {}", state.as_str()));
    parts.join(", ")
}

/// The operator-set fields that differ: "hostname a → b; state ready → local".
pub fn machine_changes(
    before: &Machine,
    hostname: &str,
    profile: Option<&str>,
    state: MachineState,
    variables: &Variables,
) -> String {
    let mut parts = Vec::new();
    if before.hostname != hostname {
        parts.push(format!(
            "hostname {} → {}",
            text_or_empty(&before.hostname),
            text_or_empty(hostname)
        ));
    }
    if before.profile.as_deref() != profile {
        parts.push(format!(
            "profile {} → {}",
            or_none(before.profile.as_deref()),
            or_none(profile)
        ));
    }
    if before.state != state {
        parts.push(format!(
            "state {} → {}",
            before.state.as_str(),
            state.as_str()
        ));
    }
    if &before.variables != variables {
        // Keys only: values may be secrets (a preseed password) and the trail is for reading.
        let keys = |v: &Variables| v.keys().cloned().collect::<Vec<_>>().join(", ");
        parts.push(format!(
            "variables {{{}}} → {{{}}}",
            keys(&before.variables),
            keys(variables)
        ));
    }
    if parts.is_empty() {
        "saved without changes".into()
    } else {
        parts.join("; ")
    }
}

/// The profile fields that differ.
pub fn profile_changes(before: &Profile, after: &Profile) -> String {
    let mut parts = Vec::new();
    let fields = [
        ("description", &before.description, &after.description),
        ("kernel", &before.kernel, &after.kernel),
        ("initrd", &before.initrd, &after.initrd),
        ("cmdline", &before.cmdline, &after.cmdline),
        ("template", &before.template, &after.template),
    ];
    for (name, b, a) in fields {
        if b != a {
            parts.push(format!(
                "{name} {} → {}",
                text_or_empty(b),
                text_or_empty(a)
            ));
        }
    }
    if before.variables != after.variables {
        parts.push("variables changed".into());
    }
    if parts.is_empty() {
        "saved without changes".into()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::temp_store;
    use super::*;

    fn machine(hostname: &str, profile: Option<&str>, state: MachineState) -> Machine {
        Machine {
            mac: Mac([2, 0, 0, 0, 0, 1]),
            hostname: hostname.into(),
            profile: profile.map(String::from),
            state,
            variables: Default::default(),
            arch: String::new(),
            mac_source: String::new(),
            last_seen: None,
            last_address: None,
            last_stage: None,
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn machine_changes_name_only_what_differs() {
        let before = machine("", None, MachineState::Discovered);
        assert_eq!(
            machine_changes(
                &before,
                "node1",
                Some("debian"),
                MachineState::Ready,
                &Default::default()
            ),
            "hostname (empty) → node1; profile none → debian; state discovered → ready"
        );
        assert_eq!(
            machine_changes(
                &before,
                "",
                None,
                MachineState::Discovered,
                &Default::default()
            ),
            "saved without changes"
        );
        let mut vars = Variables::new();
        vars.insert("disk".into(), "/dev/vda".into());
        assert_eq!(
            machine_changes(&before, "", None, MachineState::Discovered, &vars),
            "variables {} → {disk}"
        );
    }

    #[tokio::test]
    async fn operator_changes_are_audited_and_plain_ones_are_not() {
        let (_d, s) = temp_store().await;
        let mac = Mac([2, 0, 0, 0, 0, 9]);
        s.create_machine(mac, &MachineSpec::default())
            .await
            .unwrap();
        let all = AuditFilter {
            limit: 100,
            ..Default::default()
        };
        assert!(
            s.audit(&all).await.unwrap().is_empty(),
            "no actor, no entry"
        );

        let spec = MachineSpec {
            hostname: "node9".into(),
            ..Default::default()
        };
        s.operator("ada").update_machine(mac, &spec).await.unwrap();
        s.operator("token:ci").delete_machine(mac).await.unwrap();
        let got = s.audit(&all).await.unwrap();
        let rows: Vec<(&str, &str, &str, &str)> = got
            .iter()
            .map(|e| {
                (
                    e.actor.as_str(),
                    e.action.as_str(),
                    e.target.as_str(),
                    e.summary.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "token:ci",
                    "delete",
                    "02:00:00:00:00:09",
                    "deleted (hostname node9, profile none, state discovered)"
                ),
                (
                    "ada",
                    "update",
                    "02:00:00:00:00:09",
                    "hostname (empty) → node9"
                ),
            ]
        );
        let by_ada = AuditFilter {
            actor: Some("ada".into()),
            limit: 100,
            ..Default::default()
        };
        assert_eq!(s.audit(&by_ada).await.unwrap().len(), 1);
        let older = AuditFilter {
            before_id: Some(got[0].id),
            limit: 100,
            ..Default::default()
        };
        assert_eq!(s.audit(&older).await.unwrap()[0].actor, "ada");
    }

    #[tokio::test]
    async fn a_failed_change_leaves_no_entry() {
        let (_d, s) = temp_store().await;
        let spec = MachineSpec {
            profile: Some("missing".into()),
            ..Default::default()
        };
        assert!(s
            .operator("ada")
            .create_machine(Mac([2, 0, 0, 0, 0, 1]), &spec)
            .await
            .is_err());
        let all = AuditFilter {
            limit: 10,
            ..Default::default()
        };
        assert!(s.audit(&all).await.unwrap().is_empty());
    }
}
