//! Reload: re-read the configuration (on SIGHUP or `POST /api/v1/config/reload`) and apply
//! what can change while serving.
//!
//! Applied at once: the log level (unless `BOOTFORGE_LOG` is set, which wins both at start and
//! here), everything DHCPv6 decides with (pools, reservations, lifetimes, DNS, interfaces to
//! serve: the policy is rebuilt, the lease table kept), boot settings, the server address,
//! the TFTP root and RA settings. Boot-script templates and TFTP files are read per request
//! anyway; a reload also compiles every template and reports the broken ones.
//!
//! Held by bound sockets or the open database, so they need a restart: [`RESTART_KEYS`]. A
//! reload reports them and keeps their running values. An invalid file is reported and
//! ignored: the server keeps running as it was. Leases are never touched.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{reload, EnvFilter, Registry};

use crate::boot::script::ScriptTemplates;
use crate::config::Config;
use crate::state::AppState;

pub use crate::config::ConfigSource;

const LOG_ENV: &str = "BOOTFORGE_LOG";

static LOG_FILTER: OnceLock<reload::Handle<EnvFilter, Registry>> = OnceLock::new();

/// Install the global subscriber with a log filter a reload can replace.
pub fn init_tracing(level: &str) {
    let filter = EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| EnvFilter::new(level));
    let (filter, handle) = reload::Layer::new(filter);
    let installed = tracing_subscriber::registry()
        .with(filter)
        // Colour only on a terminal: journald, files and pipes get plain text.
        .with(
            tracing_subscriber::fmt::layer()
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout())),
        )
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

/// Keys a running server cannot change (and their sub-keys).
pub const RESTART_KEYS: &[&str] = &[
    "data_dir",
    "database_url",
    "dhcp.enabled",
    "dhcp.port",
    "http.listen",
    "tftp.enabled",
    "tftp.listen",
    "tftp.max_block_size",
    "tftp.max_window_size",
    "tftp.timeout_secs",
];

fn needs_restart(key: &str) -> bool {
    RESTART_KEYS.iter().any(|r| {
        key == *r
            || key
                .strip_prefix(r)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// What a reload did, for the log, the API and the tests.
#[derive(Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReloadOutcome {
    /// Changed keys now in effect.
    pub applied: Vec<String>,
    /// Changed keys that keep their running value until a restart.
    pub need_restart: Vec<String>,
}

/// Compare; return what changed and the configuration to run with from now on: the new one,
/// except for the keys that need a restart.
pub fn apply(running: &Config, new: &Config) -> (ReloadOutcome, Config) {
    let mut outcome = ReloadOutcome::default();
    let mut effective = new.clone();
    effective.data_dir = running.data_dir.clone();
    effective.dhcp.enabled = running.dhcp.enabled;
    effective.dhcp.port = running.dhcp.port;
    effective.http.listen = running.http.listen;
    let root = effective.tftp.root.clone();
    effective.tftp = running.tftp.clone();
    effective.tftp.root = root;
    for key in changed_keys(running, new) {
        if needs_restart(&key) || (key == "log" && !apply_log_level(&new.log)) {
            outcome.need_restart.push(key);
        } else {
            outcome.applied.push(key);
        }
    }
    if outcome.need_restart.iter().any(|k| k == "log") {
        effective.log = running.log.clone();
    }
    (outcome, effective)
}

/// The answer to one reload request.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReloadReport {
    /// The file read, or "environment and flags".
    pub source: String,
    #[serde(flatten)]
    pub outcome: ReloadOutcome,
    /// Boot-script templates that do not compile: `file: error`. Machines that need one get
    /// the fallback script (which says why on the console) until it is fixed.
    pub template_errors: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    #[error("this server was started without a configuration source to re-read")]
    NoSource,
    #[error("{source_name}: {message}; keeping the running configuration")]
    Invalid {
        source_name: String,
        message: String,
    },
}

/// Re-read the configuration this server was started with and apply it.
pub async fn reload(state: &AppState) -> Result<ReloadReport, ReloadError> {
    let source = state.reload_source.clone().ok_or(ReloadError::NoSource)?;
    let source_name = source
        .file
        .as_ref()
        .map(|f| f.display().to_string())
        .unwrap_or_else(|| "environment and flags".into());
    // One at a time, from reading the file to the swap: a slower earlier reload must not
    // overwrite a later one.
    let _one_at_a_time = RELOADING.lock().await;
    let loaded = {
        let source = source.clone();
        tokio::task::spawn_blocking(move || source.load())
            .await
            .unwrap_or_else(|e| Err(anyhow::anyhow!("reload task failed: {e}")))
    };
    let new = match loaded {
        Ok(c) => c,
        Err(e) => {
            state
                .metrics
                .config_reloads_failed
                .fetch_add(1, Ordering::Relaxed);
            let message = format!("{e:#}");
            tracing::error!(source = %source_name, error = %message, "configuration reload failed; keeping the running configuration");
            return Err(ReloadError::Invalid {
                source_name,
                message,
            });
        }
    };
    let (outcome, effective) = apply(&state.config(), &new);
    let templates = ScriptTemplates::new(effective.data_path(&effective.boot.scripts_dir));
    let template_errors = tokio::task::spawn_blocking(move || templates.check_all())
        .await
        .unwrap_or_default();
    state
        .writer
        .set_limits(effective.boot.max_discovered, effective.boot.max_events);
    state.config_updates.send_replace(Arc::new(effective));
    state
        .metrics
        .config_reloads_succeeded
        .fetch_add(1, Ordering::Relaxed);
    for key in &outcome.need_restart {
        tracing::warn!(key = %key, "configuration changed; takes effect after a restart");
    }
    for problem in &template_errors {
        tracing::warn!(problem = %problem, "boot-script template does not compile");
    }
    tracing::info!(
        source = %source_name,
        applied = ?outcome.applied,
        need_restart = ?outcome.need_restart,
        "configuration reloaded"
    );
    Ok(ReloadReport {
        source: source_name,
        outcome,
        template_errors,
    })
}

static RELOADING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

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
pub async fn reload_on_hangup(state: AppState) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut hangup = match signal(SignalKind::hangup()) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!(error = %e, "cannot handle SIGHUP; reload is unavailable");
            return;
        }
    };
    loop {
        tokio::select! {
            _ = state.shutdown.cancelled() => return,
            received = hangup.recv() => if received.is_none() { return },
        }
        if let Err(ReloadError::NoSource) = reload(&state).await {
            tracing::info!("SIGHUP: no configuration source to re-read");
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
            prefix: "2001:db8::/64".parse().unwrap(),
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
    fn live_keys_apply_and_bound_ones_wait_for_a_restart() {
        let mut new = base();
        new.dhcp.t1 = 100;
        new.dhcp.pools[0].range_end = "2001:db8::30".parse().unwrap();
        new.boot.discovery_retry_secs = 9;
        new.tftp.root = "/srv/tftp".into();
        new.http.listen = "[::]:9090".parse().unwrap();
        new.tftp.listen = "[::]:6969".parse().unwrap();
        new.dhcp.port = 5547;
        let (outcome, effective) = apply(&base(), &new);
        assert_eq!(
            outcome.applied,
            [
                "boot.discovery_retry_secs",
                "dhcp.pools",
                "dhcp.t1",
                "tftp.root"
            ]
        );
        assert_eq!(
            outcome.need_restart,
            ["dhcp.port", "http.listen", "tftp.listen"]
        );
        assert_eq!(effective.dhcp.t1, 100);
        assert_eq!(effective.tftp.root, std::path::Path::new("/srv/tftp"));
        assert_eq!(
            effective.http.listen,
            base().http.listen,
            "kept: the socket is bound"
        );
        assert_eq!(effective.dhcp.port, 547);
        assert_eq!(effective.tftp.listen, base().tftp.listen);
        // Reported again on the next reload, until the restart.
        let (again, _) = apply(&effective, &new);
        assert_eq!(again.need_restart, outcome.need_restart);
        assert!(again.applied.is_empty());
    }

    #[test]
    fn restart_keys_match_whole_segments() {
        assert!(needs_restart("tftp.listen"));
        assert!(needs_restart("data_dir"));
        assert!(!needs_restart("tftp.listener_extra"));
        assert!(!needs_restart("tftp.root"));
    }
}
