//! Leases and pool usage (the Leases page, `GET /api/v1/leases`, `/metrics`).

use serde::Serialize;

use super::{Paging, ServiceError};
use crate::config::PoolConfig;
use crate::state::AppState;
use crate::store::LeaseRecord;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PoolUsage {
    pub name: String,
    pub prefix: String,
    pub range_start: String,
    pub range_end: String,
    /// Addresses in the range (saturating at u64::MAX for huge ranges).
    pub size: u64,
    pub active: i64,
    /// Share of the range in active leases, 0–100.
    pub percent_used: f64,
}

pub fn now_secs() -> i64 {
    crate::store::now_ms() / 1000
}

/// Configured pools with their active-lease counts; pools that only appear in leases
/// (removed from the config since) are listed with size 0.
pub async fn pool_usage(app: &AppState) -> Result<Vec<PoolUsage>, ServiceError> {
    let counts = app.store.pool_usage(now_secs()).await?;
    Ok(pool_usage_of(&app.config().dhcp.pools, &counts))
}

fn pool_usage_of(pools: &[PoolConfig], counts: &[(String, i64)]) -> Vec<PoolUsage> {
    let count_of = |name: &str| {
        counts
            .iter()
            .find(|(p, _)| p == name)
            .map(|(_, n)| *n)
            .unwrap_or(0)
    };
    let mut out: Vec<PoolUsage> = pools
        .iter()
        .map(|p| {
            let span = u128::from(p.range_end).saturating_sub(u128::from(p.range_start));
            let size = u64::try_from(span.saturating_add(1)).unwrap_or(u64::MAX);
            let active = count_of(&p.name);
            PoolUsage {
                name: p.name.clone(),
                prefix: p.prefix.to_string(),
                range_start: p.range_start.to_string(),
                range_end: p.range_end.to_string(),
                size,
                active,
                percent_used: if size == 0 {
                    0.0
                } else {
                    active as f64 * 100.0 / size as f64
                },
            }
        })
        .collect();
    for (name, active) in counts {
        if !out.iter().any(|p| &p.name == name) {
            out.push(PoolUsage {
                name: name.clone(),
                prefix: String::new(),
                range_start: String::new(),
                range_end: String::new(),
                size: 0,
                active: *active,
                percent_used: 0.0,
            });
        }
    }
    out
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LeasesPage {
    pub leases: Vec<LeaseRecord>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pools: Vec<PoolUsage>,
}

pub async fn leases_page(app: &AppState, paging: Paging) -> Result<LeasesPage, ServiceError> {
    let pools = pool_usage(app).await?;
    let leases = app
        .store
        .active_leases(now_secs(), paging.per_page, paging.offset())
        .await?;
    Ok(LeasesPage {
        leases,
        total: pools.iter().map(|p| p.active).sum(),
        page: paging.page,
        per_page: paging.per_page,
        pools,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configured_pools_at_zero_then_pools_only_the_database_knows() {
        let pools: Vec<PoolConfig> = ["a", "b"]
            .iter()
            .map(|name| PoolConfig {
                name: name.to_string(),
                prefix: "2001:db8::/64".parse().unwrap(),
                range_start: "2001:db8::10".parse().unwrap(),
                range_end: "2001:db8::1f".parse().unwrap(),
                interface: None,
            })
            .collect();
        let usage = pool_usage_of(&pools, &[("b".into(), 4), ("gone".into(), 1)]);
        let rows: Vec<(&str, i64, u64)> = usage
            .iter()
            .map(|p| (p.name.as_str(), p.active, p.size))
            .collect();
        assert_eq!(rows, [("a", 0, 16), ("b", 4, 16), ("gone", 1, 0)]);
        assert_eq!(usage[1].percent_used, 25.0);
    }
}
