//! The start-up report (`bootforge serve --ready-file PATH`): once the store is open and every
//! configured listener is bound, a small JSON document naming the addresses actually bound
//! (port 0 in the config means "any free port") is written to PATH, atomically (a temporary
//! file renamed into place), so a supervisor or a test reads either nothing or all of it.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Context;
use serde::Serialize;
use tokio::sync::Notify;

/// One kind of listener, as named in the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Listener {
    /// Plain HTTP: boot endpoints, `/metrics`, `/healthz`.
    Http,
    /// The dashboard and API over TLS.
    Https,
    Tftp,
    Dhcpv6,
}

/// Addresses the services have bound so far; each service records its own once bound.
#[derive(Default)]
pub struct Listeners {
    bound: Mutex<BTreeMap<Listener, SocketAddr>>,
    changed: Notify,
}

impl Listeners {
    pub fn bound(&self, listener: Listener, addr: SocketAddr) {
        self.bound
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(listener, addr);
        self.changed.notify_waiters();
    }

    /// Waits until every one of `expected` is bound; returns all bound addresses.
    pub async fn wait_for(&self, expected: &[Listener]) -> BTreeMap<Listener, SocketAddr> {
        loop {
            // Registered before the check, so a `bound` between the two is not missed.
            let changed = self.changed.notified();
            {
                let bound = self.bound.lock().unwrap_or_else(|p| p.into_inner());
                if expected.iter().all(|l| bound.contains_key(l)) {
                    return bound.clone();
                }
            }
            changed.await;
        }
    }
}

/// The document written to the ready file.
#[derive(Debug, Serialize)]
pub struct ReadyReport {
    pub pid: u32,
    /// Bound address per listener, e.g. `"http": "[::1]:41577"`.
    pub listeners: BTreeMap<Listener, SocketAddr>,
}

/// Writes `report` to `path` through a temporary file in the same directory and a rename.
pub fn write(path: &Path, report: &ReadyReport) -> anyhow::Result<()> {
    let mut tmp: PathBuf = path.to_path_buf();
    tmp.as_mut_os_string().push(".tmp");
    let text = serde_json::to_vec_pretty(report).expect("report serialises");
    std::fs::write(&tmp, text)
        .with_context(|| format!("--ready-file: writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path)
        .with_context(|| format!("--ready-file: renaming into {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waits_for_every_expected_listener() {
        let listeners = std::sync::Arc::new(Listeners::default());
        let http: SocketAddr = "[::1]:4000".parse().unwrap();
        listeners.bound(Listener::Http, http);
        let waiter = {
            let l = listeners.clone();
            tokio::spawn(async move { l.wait_for(&[Listener::Http, Listener::Tftp]).await })
        };
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished(), "TFTP is not bound yet");
        let tftp: SocketAddr = "[::]:6900".parse().unwrap();
        listeners.bound(Listener::Tftp, tftp);
        let got = waiter.await.unwrap();
        assert_eq!(got.get(&Listener::Http), Some(&http));
        assert_eq!(got.get(&Listener::Tftp), Some(&tftp));
    }

    #[test]
    fn report_is_written_whole_under_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ready.json");
        let mut listeners = BTreeMap::new();
        listeners.insert(Listener::Https, "[::1]:8443".parse().unwrap());
        write(&path, &ReadyReport { pid: 7, listeners }).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(v["pid"], 7);
        assert_eq!(v["listeners"]["https"], "[::1]:8443");
        assert!(!dir.path().join("ready.json.tmp").exists());
    }
}
