//! A fresh [`Interfaces`] snapshot for the services that follow interfaces as they come and go.
//!
//! The kernel says when a link or an IPv6 address changes (rtnetlink multicast groups, as
//! `ip monitor` listens); each notification triggers a rescan, so the snapshot is always whole
//! and never patched from half a message. A rescan also runs every [`RESCAN_EVERY`]: netlink
//! drops notifications when its socket buffer overflows, and a lost one must not leave a VLAN
//! unserved for good.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use rtnetlink::packet_core::NetlinkMessage;
use rtnetlink::packet_route::RouteNetlinkMessage;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;

use super::Interfaces;

/// Receives every new snapshot; `borrow()` is the current one.
pub type InterfacesWatch = watch::Receiver<Arc<Interfaces>>;

const RESCAN_EVERY: Duration = Duration::from_secs(30);
/// Changes come in bursts (a new link, then its addresses, then DAD finishing): wait this long
/// after the first notification and take the burst in one rescan.
const SETTLE: Duration = Duration::from_millis(100);

type Notifications = futures_channel::mpsc::UnboundedReceiver<(
    NetlinkMessage<RouteNetlinkMessage>,
    rtnetlink::sys::SocketAddr,
)>;

/// Start watching; the task ends with `shutdown`.
pub fn spawn(shutdown: CancellationToken) -> InterfacesWatch {
    let (tx, rx) = watch::channel(Arc::new(Interfaces::scan()));
    tokio::spawn(run(tx, shutdown));
    rx
}

fn subscribe() -> std::io::Result<(Notifications, rtnetlink::Handle)> {
    use rtnetlink::MulticastGroup;
    let (connection, handle, messages) =
        rtnetlink::new_multicast_connection(&[MulticastGroup::Link, MulticastGroup::Ipv6Ifaddr])?;
    tokio::spawn(connection);
    Ok((messages, handle))
}

async fn run(tx: watch::Sender<Arc<Interfaces>>, shutdown: CancellationToken) {
    // The handle keeps the connection task alive; it is not otherwise used.
    let (mut notifications, _handle) = match subscribe() {
        Ok((n, h)) => (Some(n), Some(h)),
        Err(e) => {
            tracing::warn!(error = %e, every = ?RESCAN_EVERY, "netlink unavailable; interfaces are rescanned periodically only");
            (None, None)
        }
    };
    let mut tick = tokio::time::interval(RESCAN_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tick.tick() => {}
            got = next(&mut notifications) => {
                if !got {
                    tracing::warn!("netlink notifications ended; interfaces are rescanned periodically only");
                    notifications = None;
                    continue;
                }
                tokio::time::sleep(SETTLE).await;
                if let Some(n) = notifications.as_mut() {
                    while n.try_recv().is_ok() {}
                }
            }
        }
        let fresh = Interfaces::scan();
        tx.send_if_modified(|current| {
            if **current == fresh {
                return false;
            }
            log_changes(current, &fresh);
            *current = Arc::new(fresh);
            true
        });
    }
}

/// True when a notification arrived, false when the stream ended; without a stream, never.
async fn next(notifications: &mut Option<Notifications>) -> bool {
    match notifications {
        Some(n) => n.next().await.is_some(),
        None => std::future::pending().await,
    }
}

fn log_changes(old: &Interfaces, new: &Interfaces) {
    for i in &new.list {
        match old.by_index(i.index) {
            None => tracing::info!(interface = %i.name, index = i.index, "interface appeared"),
            Some(o) if o.addresses != i.addresses || o.up != i.up || o.name != i.name => {
                tracing::info!(interface = %i.name, up = i.up, addresses = ?i.address_list(), "interface changed")
            }
            Some(_) => {}
        }
    }
    for o in &old.list {
        if new.by_index(o.index).is_none() {
            tracing::info!(interface = %o.name, index = o.index, "interface gone");
        }
    }
}
