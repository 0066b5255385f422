//! The audit trail of operator actions, newest first, filtered and
//! paged by id.

use serde::{Deserialize, Serialize};

use super::{int_param, ServiceError};
use crate::mac::Mac;
use crate::store::{AuditEntry, AuditFilter, MAX_AUDIT_PAGE};

const KINDS: [&str; 5] = ["machine", "profile", "token", "user", "config"];

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// `machine`, `profile`, `token`, `user` or `config`.
    pub kind: Option<String>,
    /// A MAC (any spelling, for machines), profile, token or user name.
    pub target: Option<String>,
    /// A user name or `token:NAME`.
    pub actor: Option<String>,
    /// Entries older than this id: the previous page's `next_before`.
    #[param(value_type = Option<i64>)]
    pub before: Option<String>,
    /// At most this many, 1–500 (default 100).
    #[param(value_type = Option<i64>)]
    pub limit: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditPage {
    pub items: Vec<AuditEntry>,
    /// Pass as `before` for the next (older) page; null on the last page.
    pub next_before: Option<i64>,
}

fn non_empty(v: Option<&str>) -> Option<String> {
    v.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Validate the query into a store filter; shared with the dashboard's Audit page.
pub fn audit_filter(q: &AuditQuery, default_limit: i64) -> Result<AuditFilter, ServiceError> {
    let kind = non_empty(q.kind.as_deref());
    if let Some(k) = &kind {
        if !KINDS.contains(&k.as_str()) {
            return Err(ServiceError::field(
                "kind",
                format!("unknown kind {k:?} ({})", KINDS.join(", ")),
            ));
        }
    }
    let mut target = non_empty(q.target.as_deref());
    // Machines are recorded by canonical MAC; accept any spelling of one.
    if let (Some("machine") | None, Some(t)) = (kind.as_deref(), &target) {
        if let Ok(mac) = Mac::parse(t) {
            target = Some(mac.to_string());
        }
    }
    let before_id = non_empty(q.before.as_deref())
        .map(|b| int_param("before", Some(&b), 0, 1, i64::MAX))
        .transpose()?;
    Ok(AuditFilter {
        target_kind: kind,
        target,
        actor: non_empty(q.actor.as_deref()),
        before_id,
        limit: int_param(
            "limit",
            q.limit.as_deref(),
            default_limit,
            1,
            MAX_AUDIT_PAGE,
        )?,
    })
}

/// One page, with the cursor to the next when this one is full.
pub async fn audit_page(
    store: &crate::store::Store,
    filter: &AuditFilter,
) -> Result<AuditPage, ServiceError> {
    let items = store.audit(filter).await?;
    let next_before = if items.len() as i64 == filter.limit {
        items.last().map(|e| e.id)
    } else {
        None
    };
    Ok(AuditPage { items, next_before })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_normalise_macs_and_refuse_unknown_kinds() {
        let q = AuditQuery {
            kind: Some("machine".into()),
            target: Some("52-54-00-AB-CD-EF".into()),
            actor: Some("  ".into()),
            ..Default::default()
        };
        let f = audit_filter(&q, 50).unwrap();
        assert_eq!(f.target.as_deref(), Some("52:54:00:ab:cd:ef"));
        assert_eq!((f.actor, f.limit, f.before_id), (None, 50, None));
        let profile = AuditQuery {
            kind: Some("profile".into()),
            target: Some("aabbccddeeff".into()),
            ..Default::default()
        };
        assert_eq!(
            audit_filter(&profile, 50).unwrap().target.as_deref(),
            Some("aabbccddeeff"),
            "only machine targets are read as MACs"
        );
        let bad = AuditQuery {
            kind: Some("planet".into()),
            ..Default::default()
        };
        assert!(matches!(
            audit_filter(&bad, 50),
            Err(ServiceError::Invalid { field: Some(f), .. }) if f == "kind"
        ));
    }
}
