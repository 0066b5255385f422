//! Audit page: who changed what, newest first, filtered by kind, target and actor, paged by
//! id. The machine page shows the same rows for one machine.

use askama::Template;
use axum::extract::{Query, State};
use axum::Extension;

use super::{format_ms, query_encode, render, Flash, Frame, WebResult};
use crate::service::audit::{audit_filter, audit_page, AuditQuery};
use crate::service::Principal;
use crate::state::AppState;
use crate::store::AuditEntry;

const PER_PAGE: i64 = 50;

/// One entry as the tables show it.
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub kind: String,
    pub target: String,
    /// The target's page, where it has one.
    pub link: Option<String>,
    pub summary: String,
}

impl From<&AuditEntry> for AuditRow {
    fn from(e: &AuditEntry) -> Self {
        let link = match e.target_kind.as_str() {
            "machine" => Some(format!("/machines/{}", e.target)),
            "profile" => Some(format!("/profiles/{}", e.target)),
            _ => None,
        };
        AuditRow {
            at: format_ms(e.at),
            actor: e.actor.clone(),
            action: e.action.clone(),
            kind: e.target_kind.clone(),
            target: e.target.clone(),
            link,
            summary: e.summary.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPageView {
    pub frame: Frame,
    pub audit: Vec<AuditRow>,
    pub kinds: [&'static str; 5],
    pub kind: String,
    pub target: String,
    pub actor: String,
    /// The filters as a query string, for the pager.
    pub filter_query: String,
    pub next_before: Option<i64>,
    pub paged: bool,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AuditPageQuery {
    #[serde(flatten)]
    pub audit: AuditQuery,
    #[serde(flatten)]
    pub flash: Flash,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(q): Query<AuditPageQuery>,
) -> WebResult {
    let mut query = q.audit;
    query.limit = None;
    let filter = audit_filter(&query, PER_PAGE)?;
    let found = audit_page(&app.store, &filter).await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let (kind, target, actor) = (text(&query.kind), text(&query.target), text(&query.actor));
    Ok(render(&AuditPageView {
        frame: Frame::new(&who, "audit", &q.flash),
        audit: found.items.iter().map(AuditRow::from).collect(),
        kinds: ["machine", "profile", "token", "user", "config"],
        filter_query: format!(
            "kind={}&target={}&actor={}",
            query_encode(&kind),
            query_encode(&target),
            query_encode(&actor)
        ),
        kind,
        target,
        actor,
        next_before: found.next_before,
        paged: filter.before_id.is_some(),
    }))
}
