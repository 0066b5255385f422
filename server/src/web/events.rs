//! Events: boot events newest first, searchable (MAC, source or stage) and paged by id, and
//! a live feed (SSE carrying rendered table rows, which htmx's SSE extension prepends).

use std::convert::Infallible;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::sse::{Event, Sse};
use axum::Extension;
use futures_lite::Stream;
use serde::Deserialize;

use super::{query_encode, render, EventView, Flash, Frame, WebError, WebResult};
use crate::http::live::live_events;
use crate::service::events::mac_filter;
use crate::service::Principal;
use crate::service::{int_param, ServiceError};
use crate::state::AppState;

const PER_PAGE: i64 = 100;

#[derive(Template)]
#[template(path = "events.html")]
pub struct EventsPage {
    pub frame: Frame,
    pub events: Vec<EventView>,
    pub q: String,
    /// Showing an older page (the live feed is only on the newest).
    pub paged: bool,
    /// `before` for the next older page, when there is one.
    pub older: Option<i64>,
    pub q_encoded: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EventsQuery {
    pub q: Option<String>,
    pub before: Option<String>,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(query): Query<EventsQuery>,
) -> WebResult {
    let before = query
        .before
        .as_deref()
        .filter(|b| !b.trim().is_empty())
        .map(|b| int_param("before", Some(b), 0, 1, i64::MAX))
        .transpose()
        .map_err(ServiceError::from)?;
    let q = query.q.unwrap_or_default();
    // One more than a page tells whether there is an older page.
    let mut events = app
        .store
        .events_matching(None, Some(&q), before, PER_PAGE + 1)
        .await?;
    let older = if events.len() as i64 > PER_PAGE {
        events.truncate(PER_PAGE as usize);
        events.last().map(|e| e.id)
    } else {
        None
    };
    Ok(render(&EventsPage {
        frame: Frame::new(&who, "events", &Flash::default()),
        events: events.iter().map(EventView::from).collect(),
        q_encoded: query_encode(&q),
        q,
        paged: before.is_some(),
        older,
    }))
}

/// One row, as the tables render it.
#[derive(Template)]
#[template(path = "_event_row.html")]
struct EventRow<'a> {
    ev: &'a EventView,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct StreamQuery {
    pub mac: Option<String>,
}

pub async fn stream(
    State(app): State<AppState>,
    Query(q): Query<StreamQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, WebError> {
    let mac = mac_filter(q.mac.as_deref())?;
    Ok(live_events(&app, mac, |ev| {
        let view = EventView::from(ev);
        let html = EventRow { ev: &view }.render().unwrap_or_default();
        // SSE data lines cannot hold newlines meaningfully for htmx; one line per row.
        Event::default()
            .event("boot")
            .id(ev.id.to_string())
            .data(html.replace('\n', " "))
    }))
}
