//! Leases: pool usage and the active leases.

use askama::Template;
use axum::extract::{Query, State};
use axum::Extension;
use serde::Deserialize;

use super::{format_secs, render, Flash, Frame, WebResult};
use crate::service::leases::{leases_page, now_secs, PoolUsage};
use crate::service::Principal;
use crate::service::{Paging, ServiceError};
use crate::state::AppState;

pub struct LeaseRow {
    pub address: String,
    pub mac: String,
    pub pool: String,
    pub duid: String,
    pub iaid: u32,
    pub expires: String,
    pub remaining: String,
}

#[derive(Template)]
#[template(path = "leases.html")]
pub struct LeasesPage {
    pub frame: Frame,
    pub pools: Vec<PoolUsage>,
    pub leases: Vec<LeaseRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
}

impl LeasesPage {
    pub fn percent(&self, p: &PoolUsage) -> String {
        format!("{:.2}", p.percent_used)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LeasesQuery {
    pub page: Option<String>,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(q): Query<LeasesQuery>,
) -> WebResult {
    let paging = Paging::parse(q.page.as_deref(), None, 100).map_err(ServiceError::from)?;
    let data = leases_page(&app, paging).await?;
    let now = now_secs();
    let leases = data
        .leases
        .into_iter()
        .map(|l| {
            let left = (l.expires_at - now).max(0);
            LeaseRow {
                address: l.address.to_string(),
                mac: l.mac.map(|m| m.to_string()).unwrap_or_default(),
                pool: l.pool,
                duid: hex::encode(&l.duid),
                iaid: l.iaid,
                expires: format_secs(l.expires_at),
                remaining: format!("{}h {:02}m", left / 3600, left % 3600 / 60),
            }
        })
        .collect();
    Ok(render(&LeasesPage {
        frame: Frame::new(&who, "leases", &Flash::default()),
        pools: data.pools,
        leases,
        total: data.total,
        page: paging.page,
        pages: paging.pages(data.total),
    }))
}
