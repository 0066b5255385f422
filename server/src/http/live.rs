//! Committed boot events as Server-Sent Events, for the API's `/api/v1/events/stream` and
//! the dashboard's live pages.

use std::convert::Infallible;

use axum::response::sse::{Event, KeepAlive, Sse};
use futures_lite::Stream;
use tokio::sync::broadcast::error::RecvError;

use crate::mac::Mac;
use crate::state::AppState;
use crate::store::StoredEvent;

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
