//! SIGHUP: re-read the configuration and say what it changed.
//!
//! What takes effect without a restart:
//! - `log` (unless `BOOTFORGE_LOG` is set, which wins over the file both at start and here);
//! - boot-script templates and files under the TFTP root: they are read on every request
//!   anyway, so editing them never needed a signal.
//!
//! Everything else (pools, interfaces, listen addresses, lifetimes, …) is held by running
//! tasks; a reload logs each changed key as needing a restart and leaves the running values
//! alone. An invalid file is reported and ignored: the server keeps running as it was. Leases
//! are never touched.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{reload, EnvFilter, Registry};

use crate::app::AppState;
use crate::config::{Config, Overrides};

/// Where the running configuration came from, so a reload reads it the same way.
#[derive(Debug, Clone, Default)]
pub struct ConfigSource {
    pub file: Option<PathBuf>,
    pub overrides: Overrides,
}

impl ConfigSource {
    pub fn load(&self) -> anyhow::Result<Config> {
        Config::load(self.file.as_deref(), &self.overrides)
    }
}

const LOG_ENV: &str = "BOOTFORGE_LOG";

static LOG_FILTER: OnceLock<reload::Handle<EnvFilter, Registry>> = OnceLock::new();

/// Install the global subscriber with a log filter a reload can replace.
pub fn init_tracing(level: &str) {
    let filter = EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| EnvFilter::new(level));
    let (filter, handle) = reload::Layer::new(filter);
    let installed = tracing_subscriber::registry()
        .with(filter)
        .with(tracing_subscriber::fmt::layer())
        .try_init();
    if installed.is_ok() {
        let _ = LOG_FILTER.set(handle);
    }
}

/// Dotted keys whose values differ, e.g. `dhcp.pools`, `http.listen`. Arrays compare whole.
pub fn changed_keys(running: &Config, new: &Config) -> Vec<String> {
    let flatten = |c: &Config| {
        let mut out = BTreeMap::new();
        flatten_into("", &serde_json::to_value(c).unwrap_or_default(), &mut out);
        out
    };
    let (a, b) = (flatten(running), flatten(new));
    let mut keys: Vec<String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

fn flatten_into(
    prefix: &str,
    value: &serde_json::Value,
    out: &mut BTreeMap<String, serde_json::Value>,
) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten_into(&key, v, out);
            }
        }
        other => {
            out.insert(prefix.to_string(), other.clone());
        }
    }
}

/// What a reload did, for the log and the tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ReloadOutcome {
    pub applied: Vec<String>,
    pub need_restart: Vec<String>,
}

/// Compare and apply what can be applied live.
pub fn apply(running: &Config, new: &Config) -> ReloadOutcome {
    let mut outcome = ReloadOutcome::default();
    for key in changed_keys(running, new) {
        if key == "log" && apply_log_level(&new.log) {
            outcome.applied.push(key);
        } else {
            outcome.need_restart.push(key);
        }
    }
    outcome
}

fn apply_log_level(level: &str) -> bool {
    if std::env::var_os(LOG_ENV).is_some() {
        return false;
    }
    let Some(handle) = LOG_FILTER.get() else {
        return false;
    };
    handle.reload(EnvFilter::new(level)).is_ok()
}

/// Reload on every SIGHUP until shutdown. Installing the handler also keeps SIGHUP from
/// killing the process (its default action), even without a config source.
pub async fn reload_on_hangup(state: AppState, source: Option<ConfigSource>) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hangup = match signal(SignalKind::hangup()) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "cannot handle SIGHUP; reload is unavailable");
            return;
        }
    };
    // The values the first reload compares against: what the running tasks hold.
    let mut current = (*state.config()).clone();
    loop {
        tokio::select! {
            _ = state.shutdown.cancelled() => return,
            received = hangup.recv() => if received.is_none() { return },
        }
        let Some(source) = &source else {
            tracing::info!("SIGHUP: no configuration source to re-read");
            continue;
        };
        let file = source
            .file
            .as_ref()
            .map(|f| f.display().to_string())
            .unwrap_or_else(|| "environment and flags".into());
        match source.load() {
            Ok(new) => {
                let outcome = apply(&current, &new);
                state
                    .metrics
                    .config_reloads_succeeded
                    .fetch_add(1, Ordering::Relaxed);
                for key in &outcome.need_restart {
                    tracing::warn!(key = %key, "configuration changed; takes effect after a restart");
                }
                tracing::info!(
                    source = %file,
                    applied = ?outcome.applied,
                    need_restart = ?outcome.need_restart,
                    "configuration reloaded (boot-script templates and TFTP files are read per request)"
                );
                // Keys needing a restart keep being reported until the restart happens.
                if outcome.applied.iter().any(|k| k == "log") {
                    current.log = new.log.clone();
                }
            }
            Err(e) => {
                state
                    .metrics
                    .config_reloads_failed
                    .fetch_add(1, Ordering::Relaxed);
                tracing::error!(source = %file, error = %format!("{e:#}"), "configuration reload failed; keeping the running configuration");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Config {
        let mut c = Config::default();
        c.dhcp.pools.push(crate::config::PoolConfig {
            name: "lab".into(),
            prefix: "2001:db8::/64".into(),
            range_start: "2001:db8::10".parse().unwrap(),
            range_end: "2001:db8::20".parse().unwrap(),
            interface: None,
        });
        c
    }

    #[test]
    fn no_change_no_keys() {
        assert!(changed_keys(&base(), &base()).is_empty());
    }

    #[test]
    fn nested_and_array_changes_are_named() {
        let mut new = base();
        new.dhcp.preference = 7;
        new.dhcp.pools[0].range_end = "2001:db8::30".parse().unwrap();
        new.http.listen = "[::]:9090".parse().unwrap();
        assert_eq!(
            changed_keys(&base(), &new),
            ["dhcp.pools", "dhcp.preference", "http.listen"]
        );
    }

    #[test]
    fn everything_but_the_log_level_needs_a_restart() {
        let mut new = base();
        new.dhcp.t1 = 100;
        let outcome = apply(&base(), &new);
        assert!(outcome.applied.is_empty());
        assert_eq!(outcome.need_restart, ["dhcp.t1"]);
    }
}
