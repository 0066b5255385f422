//! The inventory of machines: listing, one machine, changes (one, bulk, CSV import), its
//! boot events and the CSV export.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::input::{FieldError, MachineInput};
use super::{int_param, Paging, ServiceError};
use crate::mac::Mac;
use crate::store::{ImportOutcome, Machine, MachineSpec, MachineState, Store, StoredEvent};

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MachinePage {
    pub items: Vec<Machine>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
}

/// An empty filter means "any state".
pub fn state_filter(raw: Option<&str>) -> Result<Option<MachineState>, FieldError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|m| FieldError::new("state", m)),
    }
}

/// A MAC as a caller spelled it (path segment, form field).
pub fn mac_param(raw: &str) -> Result<Mac, ServiceError> {
    Mac::parse(raw).map_err(|e| ServiceError::field("mac", e.to_string()))
}

/// `Some(name)` must name an existing profile.
pub async fn ensure_profile(store: &Store, profile: Option<&str>) -> Result<(), ServiceError> {
    if let Some(name) = profile {
        if store.profile(name).await?.is_none() {
            return Err(ServiceError::field(
                "profile",
                format!("no profile named {name:?}"),
            ));
        }
    }
    Ok(())
}

/// One page of machines, optionally in one state and matching `q` (MAC, hostname, …).
pub async fn list(
    store: &Store,
    state: Option<MachineState>,
    q: Option<&str>,
    paging: Paging,
) -> Result<MachinePage, ServiceError> {
    let (items, total) = store
        .machines(state, q, paging.per_page, paging.offset())
        .await?;
    Ok(MachinePage {
        items,
        total,
        page: paging.page,
        per_page: paging.per_page,
        pages: paging.pages(total),
    })
}

pub async fn create(
    store: &Store,
    actor: &str,
    input: &MachineInput,
) -> Result<Machine, ServiceError> {
    let (mac, spec) = input.validate()?;
    ensure_profile(store, spec.profile.as_deref()).await?;
    Ok(store.operator(actor).create_machine(mac, &spec).await?)
}

pub async fn get(store: &Store, mac: Mac) -> Result<Machine, ServiceError> {
    store
        .machine(mac)
        .await?
        .ok_or_else(|| ServiceError::NotFound(format!("machine {mac} not found")))
}

/// The whole operator-set description of `mac` becomes `input` (its MAC comes from `mac`).
pub async fn replace(
    store: &Store,
    actor: &str,
    mac: Mac,
    mut input: MachineInput,
) -> Result<Machine, ServiceError> {
    input.mac = mac.to_string();
    let (_, spec) = input.validate()?;
    ensure_profile(store, spec.profile.as_deref()).await?;
    Ok(store.operator(actor).update_machine(mac, &spec).await?)
}

/// Only the keys present change; `"profile": null` clears the profile.
pub async fn patch(
    store: &Store,
    actor: &str,
    mac: Mac,
    changes: serde_json::Map<String, serde_json::Value>,
) -> Result<Machine, ServiceError> {
    let current = get(store, mac).await?;
    let mut input = MachineInput {
        mac: mac.to_string(),
        hostname: current.hostname,
        profile: current.profile,
        // Unless the patch names a state, let the store decide (approving a discovered
        // machine by giving it a profile makes it ready).
        state: None,
        variables: Some(serde_json::Value::Object(current.variables)),
    };
    for (key, value) in changes {
        let text = || match &value {
            serde_json::Value::String(s) => Ok(Some(s.clone())),
            serde_json::Value::Null => Ok(None),
            _ => Err(ServiceError::field(&key, "must be a string or null")),
        };
        match key.as_str() {
            "mac" => {}
            "hostname" => input.hostname = text()?.unwrap_or_default(),
            "profile" => input.profile = text()?,
            "state" => input.state = text()?,
            "variables" => input.variables = Some(value),
            _ => {
                return Err(ServiceError::field(
                    &key,
                    "unknown field (hostname, profile, state, variables)",
                ))
            }
        }
    }
    let (_, spec) = input.validate()?;
    ensure_profile(store, spec.profile.as_deref()).await?;
    Ok(store.operator(actor).update_machine(mac, &spec).await?)
}

/// Install `mac` once more at its next boot (then it boots from disk). It needs a profile:
/// reinstalling runs it.
pub async fn reinstall(store: &Store, actor: &str, mac: Mac) -> Result<(), ServiceError> {
    if get(store, mac).await?.profile.is_none() {
        return Err(ServiceError::Conflict(
            "assign a profile first: reinstalling runs the profile".into(),
        ));
    }
    Ok(store
        .operator(actor)
        .set_machine_state("reinstall", mac, MachineState::Reinstall)
        .await?)
}

/// Approving a discovered machine: naming it and giving it `profile`; it is ready and boots
/// that profile next time. Its variables stay.
pub async fn approve(
    store: &Store,
    actor: &str,
    mac: Mac,
    hostname: &str,
    profile: &str,
) -> Result<(), ServiceError> {
    let hostname = hostname.trim().to_ascii_lowercase();
    super::input::check_hostname(&hostname).map_err(|m| ServiceError::field("hostname", m))?;
    let profile = profile.trim();
    if profile.is_empty() {
        return Err(ServiceError::field(
            "profile",
            format!("choose a profile to approve {mac}"),
        ));
    }
    ensure_profile(store, Some(profile)).await?;
    let current = get(store, mac).await?;
    let spec = MachineSpec {
        hostname,
        profile: Some(profile.to_string()),
        state: Some(MachineState::Ready),
        variables: current.variables,
    };
    store.operator(actor).approve_machine(mac, &spec).await?;
    Ok(())
}

/// Hide discovered machines from the Discovered list (or bring ignored ones back); how many
/// changed.
pub async fn set_ignored(
    store: &Store,
    actor: &str,
    macs: &[Mac],
    ignored: bool,
) -> Result<u64, ServiceError> {
    Ok(store.operator(actor).set_ignored(macs, ignored).await?)
}

pub async fn remove(store: &Store, actor: &str, mac: Mac) -> Result<(), ServiceError> {
    Ok(store.operator(actor).delete_machine(mac).await?)
}

/// `mac`'s boot events, newest first, older than event id `before` if given.
pub async fn events(
    store: &Store,
    mac: Mac,
    before: Option<&str>,
    limit: Option<&str>,
) -> Result<Vec<StoredEvent>, ServiceError> {
    get(store, mac).await?;
    let before = before
        .map(|b| int_param("before", Some(b), 0, 1, i64::MAX))
        .transpose()?;
    let limit = int_param("limit", limit, 100, 1, 1000)?;
    Ok(store.events(Some(mac), before, limit).await?)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BulkAction {
    /// Give every machine `profile` (approves discovered ones).
    AssignProfile,
    /// Set every machine to `state`.
    SetState,
    /// Shorthand for `set_state` with `reinstall`.
    Reinstall,
    Delete,
    /// Hide discovered machines from the Discovered list (they are kept, not deleted).
    Ignore,
    /// Ignored machines back to discovered.
    Unignore,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct BulkRequest {
    pub action: BulkAction,
    pub macs: Vec<String>,
    #[serde(default)]
    pub profile: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
}

#[derive(Debug, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct BulkOutcome {
    /// Machines named in the request.
    pub requested: usize,
    /// Machines that changed; the rest did not exist or (for ready/reinstall) had no profile.
    pub changed: u64,
}

/// Apply one bulk action in `actor`'s name; shared by the API and the dashboard's lists.
pub async fn apply_bulk(
    store: &Store,
    actor: &str,
    req: &BulkRequest,
) -> Result<BulkOutcome, ServiceError> {
    let op = store.operator(actor);
    let mut macs = Vec::with_capacity(req.macs.len());
    let mut seen = HashSet::new();
    for raw in &req.macs {
        let mac = Mac::parse(raw).map_err(|e| ServiceError::field("macs", e.to_string()))?;
        if seen.insert(mac) {
            macs.push(mac);
        }
    }
    if macs.is_empty() {
        return Err(ServiceError::field("macs", "select at least one machine"));
    }
    let changed = match req.action {
        BulkAction::AssignProfile => {
            let profile = req
                .profile
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .ok_or_else(|| ServiceError::field("profile", "choose a profile to assign"))?;
            ensure_profile(store, Some(profile)).await?;
            op.bulk_assign_profile(&macs, profile).await?
        }
        BulkAction::SetState => {
            let state = state_filter(req.state.as_deref())?
                .ok_or_else(|| ServiceError::field("state", "choose a state"))?;
            op.bulk_set_state(&macs, state).await?
        }
        BulkAction::Reinstall => op.bulk_set_state(&macs, MachineState::Reinstall).await?,
        BulkAction::Delete => op.bulk_delete(&macs).await?,
        BulkAction::Ignore => op.set_ignored(&macs, true).await?,
        BulkAction::Unignore => op.set_ignored(&macs, false).await?,
    };
    Ok(BulkOutcome {
        requested: macs.len(),
        changed,
    })
}

/// Columns of the CSV export; an import needs `mac` and reads the operator-set ones.
const CSV_COLUMNS: [&str; 9] = [
    "mac",
    "hostname",
    "profile",
    "state",
    "variables",
    "arch",
    "last_seen",
    "last_address",
    "last_stage",
];

/// Every machine as CSV ([`CSV_COLUMNS`]), for the export.
pub async fn export_csv(store: &Store) -> Result<Vec<u8>, ServiceError> {
    let machines = store.all_machines().await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| ServiceError::Internal(format!("writing CSV: {e}"));
    out.write_record(CSV_COLUMNS).map_err(internal)?;
    for m in machines {
        out.write_record([
            m.mac.to_string(),
            m.hostname,
            m.profile.unwrap_or_default(),
            m.state.as_str().to_string(),
            serde_json::Value::Object(m.variables).to_string(),
            m.arch,
            m.last_seen.map(|t| t.to_string()).unwrap_or_default(),
            m.last_address.unwrap_or_default(),
            m.last_stage.unwrap_or_default(),
        ])
        .map_err(internal)?;
    }
    out.into_inner()
        .map_err(|e| ServiceError::Internal(format!("writing CSV: {e}")))
}

/// Parse and validate a CSV import (header row required). Every row is checked before
/// anything is written; the first problem is reported with its line number.
pub async fn import_rows(
    store: &Store,
    actor: &str,
    text: &str,
) -> Result<ImportOutcome, ServiceError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ServiceError::BadRequest(format!("reading CSV header: {e}")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let mac_col = column("mac")
        .ok_or_else(|| ServiceError::field("mac", "the CSV header must have a mac column"))?;
    let (host_col, profile_col, state_col, vars_col) = (
        column("hostname"),
        column("profile"),
        column("state"),
        column("variables"),
    );
    let known_profiles: HashSet<String> = store.profile_names().await?.into_iter().collect();
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record =
            record.map_err(|e| ServiceError::BadRequest(format!("CSV line {line}: {e}")))?;
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").to_string();
        let input = MachineInput {
            mac: cell(Some(mac_col)),
            hostname: cell(host_col),
            profile: Some(cell(profile_col)),
            state: Some(cell(state_col)),
            variables: Some(serde_json::Value::String(cell(vars_col))),
        };
        let at_line = |e: FieldError| ServiceError::Invalid {
            field: Some(e.field.to_string()),
            message: format!("line {line}: {}", e.message),
        };
        let (mac, spec) = input
            .validate()
            .map_err(|mut errs| at_line(errs.swap_remove(0)))?;
        if let Some(p) = &spec.profile {
            if !known_profiles.contains(p) {
                return Err(at_line(FieldError::new(
                    "profile",
                    format!("no profile named {p:?}"),
                )));
            }
        }
        if !seen.insert(mac) {
            return Err(at_line(FieldError::new(
                "mac",
                format!("{mac} appears twice"),
            )));
        }
        rows.push((mac, spec));
    }
    Ok(store.operator(actor).import_machines(&rows).await?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::input::ProfileInput;

    async fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("t.db")).await.unwrap();
        (dir, store)
    }

    fn input(mac: &str, profile: Option<&str>) -> MachineInput {
        MachineInput {
            mac: mac.into(),
            hostname: "node1".into(),
            profile: profile.map(String::from),
            ..Default::default()
        }
    }

    #[tokio::test]
    async fn reinstall_needs_a_profile_and_approve_checks_before_writing() {
        let (_dir, store) = store().await;
        let mac = mac_param("52:54:00:00:00:01").unwrap();
        create(&store, "admin", &input("52:54:00:00:00:01", None))
            .await
            .unwrap();
        assert!(matches!(
            reinstall(&store, "admin", mac).await,
            Err(ServiceError::Conflict(_))
        ));
        assert!(matches!(
            approve(&store, "admin", mac, "node1", " ").await,
            Err(ServiceError::Invalid { field: Some(f), .. }) if f == "profile"
        ));
        assert!(matches!(
            approve(&store, "admin", mac, "node1", "nope").await,
            Err(ServiceError::Invalid { field: Some(f), .. }) if f == "profile"
        ));
        assert!(matches!(
            approve(&store, "admin", mac, "bad host!", "nope").await,
            Err(ServiceError::Invalid { field: Some(f), .. }) if f == "hostname"
        ));
        let profile = ProfileInput {
            name: "debian".into(),
            kernel: "vmlinuz".into(),
            ..Default::default()
        };
        crate::service::profiles::create(&store, "admin", &profile)
            .await
            .unwrap();
        approve(&store, "admin", mac, "Node1", "debian")
            .await
            .unwrap();
        let m = get(&store, mac).await.unwrap();
        assert_eq!(
            (m.hostname.as_str(), m.profile.as_deref(), m.state),
            ("node1", Some("debian"), MachineState::Ready)
        );
        reinstall(&store, "admin", mac).await.unwrap();
        assert_eq!(
            get(&store, mac).await.unwrap().state,
            MachineState::Reinstall
        );
        let unknown = mac_param("52:54:00:00:00:02").unwrap();
        assert!(matches!(
            reinstall(&store, "admin", unknown).await,
            Err(ServiceError::NotFound(_))
        ));
    }
}
