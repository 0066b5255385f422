//! Events: the latest boot events and a live feed (SSE carrying rendered table rows, which
//! htmx's SSE extension prepends).

use std::convert::Infallible;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::sse::{Event, Sse};
use axum::Extension;
use futures_lite::Stream;

use super::{render, EventView, Flash, Frame, WebResult};
use crate::app::AppState;
use crate::http::api::events::{live_events, mac_filter, StreamQuery};
use crate::http::api::ApiError;
use crate::http::auth::Principal;

#[derive(Template)]
#[template(path = "events.html")]
pub struct EventsPage {
    pub frame: Frame,
    pub events: Vec<EventView>,
}

pub async fn page(State(app): State<AppState>, Extension(who): Extension<Principal>) -> WebResult {
    let events = app.store.events(None, None, 100).await?;
    Ok(render(&EventsPage {
        frame: Frame::new(&who, "events", &Flash::default()),
        events: events.iter().map(EventView::from).collect(),
    }))
}

/// One row, as the tables render it.
#[derive(Template)]
#[template(path = "_event_row.html")]
struct EventRow<'a> {
    ev: &'a EventView,
}

pub async fn stream(
    State(app): State<AppState>,
    Query(q): Query<StreamQuery>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
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
