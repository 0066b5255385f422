//! Boot events: the history, filtered.

use super::{int_param, ServiceError};
use crate::mac::Mac;
use crate::store::{Store, StoredEvent};

/// An optional `?mac=` filter; empty means none.
pub fn mac_filter(raw: Option<&str>) -> Result<Option<Mac>, ServiceError> {
    raw.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Mac::parse(s).map_err(|e| ServiceError::field("mac", e.to_string())))
        .transpose()
}

/// Events newest first: for one MAC, matching `q` (substring of the MAC, source or stage),
/// older than event id `before`; `limit` of them at most (1–1000, default 100).
pub async fn list(
    store: &Store,
    mac: Option<&str>,
    q: Option<&str>,
    before: Option<&str>,
    limit: Option<&str>,
) -> Result<Vec<StoredEvent>, ServiceError> {
    let mac = mac_filter(mac)?;
    let before = before
        .filter(|b| !b.trim().is_empty())
        .map(|b| int_param("before", Some(b), 0, 1, i64::MAX))
        .transpose()?;
    let limit = int_param("limit", limit, 100, 1, 1000)?;
    Ok(store.events_matching(mac, q, before, limit).await?)
}
