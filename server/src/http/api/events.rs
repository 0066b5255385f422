//! `/api/v1/events…` (history and live stream) and `/api/v1/leases`.

use std::convert::Infallible;

use axum::extract::State;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::Json;
use futures_lite::Stream;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::RecvError;

use super::{int_param, ApiError, ApiQuery, Paging};
use crate::config::PoolConfig;
use crate::mac::Mac;
use crate::state::AppState;
use crate::store::{LeaseRecord, StoredEvent};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventsQuery {
    pub mac: Option<String>,
    /// Substring of the MAC, source or stage.
    pub q: Option<String>,
    pub before: Option<String>,
    pub limit: Option<String>,
}

/// An optional `?mac=` filter; empty means none.
pub fn mac_filter(raw: Option<&str>) -> Result<Option<Mac>, ApiError> {
    raw.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Mac::parse(s).map_err(|e| ApiError::field("mac", e.to_string())))
        .transpose()
}

pub async fn list(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<EventsQuery>,
) -> Result<Json<Vec<StoredEvent>>, ApiError> {
    let mac = mac_filter(q.mac.as_deref())?;
    let before = q
        .before
        .as_deref()
        .filter(|b| !b.trim().is_empty())
        .map(|b| int_param("before", Some(b), 0, 1, i64::MAX))
        .transpose()?;
    let limit = int_param("limit", q.limit.as_deref(), 100, 1, 1000)?;
    Ok(Json(
        app.store
            .events_matching(mac, q.q.as_deref(), before, limit)
            .await?,
    ))
}

/// Committed boot events as they happen, optionally for one MAC, each turned into an SSE
/// event by `render`. Ends when the server shuts down, so open streams never hold up a
/// graceful shutdown.
pub fn live_events<F>(
    app: &AppState,
    mac: Option<Mac>,
    render: F,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>>
where
    F: Fn(&StoredEvent) -> Event + Send + Sync + 'static,
{
    let rx = app.writer.subscribe();
    let shutdown = app.shutdown.clone();
    let render = std::sync::Arc::new(render);
    let stream = futures_lite::stream::unfold(rx, move |mut rx| {
        let shutdown = shutdown.clone();
        let render = render.clone();
        async move {
            loop {
                let got = tokio::select! {
                    _ = shutdown.cancelled() => return None,
                    got = rx.recv() => got,
                };
                match got {
                    Ok(ev) if mac.is_none() || ev.mac == mac => {
                        return Some((Ok(render(&ev)), rx));
                    }
                    Ok(_) => continue,
                    // A slow reader missed some; say how many rather than end the stream.
                    Err(RecvError::Lagged(n)) => {
                        return Some((Ok(Event::default().event("lagged").data(n.to_string())), rx))
                    }
                    Err(RecvError::Closed) => return None,
                }
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct StreamQuery {
    pub mac: Option<String>,
}

pub async fn stream(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<StreamQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let mac = mac_filter(q.mac.as_deref())?;
    Ok(live_events(&app, mac, |ev| {
        Event::default()
            .event("boot")
            .id(ev.id.to_string())
            .data(serde_json::to_string(ev).unwrap_or_default())
    }))
}

#[derive(Debug, Serialize)]
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
pub async fn pool_usage(app: &AppState) -> Result<Vec<PoolUsage>, ApiError> {
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
                prefix: p.prefix.clone(),
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

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LeasesQuery {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct LeasesPage {
    pub leases: Vec<LeaseRecord>,
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pools: Vec<PoolUsage>,
}

pub async fn leases_page(app: &AppState, paging: Paging) -> Result<LeasesPage, ApiError> {
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

pub async fn leases(
    State(app): State<AppState>,
    ApiQuery(q): ApiQuery<LeasesQuery>,
) -> Result<Json<LeasesPage>, ApiError> {
    let paging = Paging::parse(q.page.as_deref(), q.per_page.as_deref(), 100)?;
    Ok(Json(leases_page(&app, paging).await?))
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
                prefix: "2001:db8::/64".into(),
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
