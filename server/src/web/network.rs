//! Network: this host's interfaces, which ones DHCPv6 serves and bootforge advertises on, and
//! the RA monitor's verdict per served interface. The same data as `GET /api/v1/network`.
//! `/network/banner` is the machines page's warning when a served interface has no usable RA
//! (loaded by htmx from the base layout, so that page's handler stays as it is).

use askama::Template;
use axum::extract::{Query, State};
use axum::Extension;

use super::{render, see_other, see_other_problem, Flash, Frame, WebResult};
use crate::ra::VerdictLevel;
use crate::service::network::{current, InterfaceView, RaFields};
use crate::service::Principal;
use crate::state::AppState;

pub struct InterfaceRow {
    pub name: String,
    pub index: u32,
    pub up: bool,
    pub mac: String,
    pub addresses: Vec<String>,
    pub dhcp_served: bool,
    /// What bootforge advertises here, in words; empty when it does not.
    pub advertising: String,
    /// `ok`, `warn`, `fail`, `pending`; empty when not served.
    pub verdict: &'static str,
    pub verdict_message: String,
    pub routers: Vec<RouterRow>,
}

pub struct RouterRow {
    pub source: String,
    pub summary: String,
    pub seen: String,
    pub own: bool,
}

fn describe(ra: &RaFields) -> String {
    let mut s = format!(
        "M={} O={}, router lifetime {} s",
        u8::from(ra.managed),
        u8::from(ra.other_config),
        ra.router_lifetime
    );
    if !ra.prefixes.is_empty() {
        s.push_str(&format!(", prefix {}", ra.prefixes.join(", ")));
    }
    if !ra.dns_servers.is_empty() {
        let dns: Vec<String> = ra.dns_servers.iter().map(|a| a.to_string()).collect();
        s.push_str(&format!(", DNS {}", dns.join(", ")));
    }
    s
}

fn level_name(level: VerdictLevel) -> &'static str {
    match level {
        VerdictLevel::Pending => "pending",
        VerdictLevel::Ok => "ok",
        VerdictLevel::Warn => "warn",
        VerdictLevel::Fail => "fail",
    }
}

impl From<&InterfaceView> for InterfaceRow {
    fn from(i: &InterfaceView) -> Self {
        InterfaceRow {
            name: i.name.clone(),
            index: i.index,
            up: i.up,
            mac: i.mac.map(|m| m.to_string()).unwrap_or_default(),
            addresses: i
                .addresses
                .iter()
                .map(|a| format!("{}/{} ({})", a.address, a.prefix_len, a.scope))
                .collect(),
            dhcp_served: i.dhcp_served,
            advertising: i
                .advertising
                .as_ref()
                .map(|a| format!("{}; {} sent", describe(&a.ra), a.sent))
                .unwrap_or_default(),
            verdict: i
                .ra
                .as_ref()
                .map(|r| level_name(r.verdict.level))
                .unwrap_or(""),
            verdict_message: i
                .ra
                .as_ref()
                .map(|r| r.verdict.message.clone())
                .unwrap_or_default(),
            routers: i
                .ra
                .iter()
                .flat_map(|r| &r.routers)
                .map(|r| RouterRow {
                    source: r.source.to_string(),
                    summary: describe(&r.ra),
                    seen: format!("{} s ago", r.seen_secs_ago),
                    own: r.own,
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "network.html")]
pub struct NetworkPage {
    pub frame: Frame,
    pub ra_enabled: bool,
    pub monitor_error: String,
    pub sender_error: String,
    pub rows: Vec<InterfaceRow>,
    pub missing: Vec<String>,
}

pub async fn page(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
    Query(flash): Query<Flash>,
) -> WebResult {
    let view = current(&app);
    Ok(render(&NetworkPage {
        frame: Frame::new(&who, "network", &flash),
        ra_enabled: view.ra_enabled,
        monitor_error: view.monitor_error.clone().unwrap_or_default(),
        sender_error: view.sender_error.clone().unwrap_or_default(),
        rows: view.interfaces.iter().map(InterfaceRow::from).collect(),
        missing: view.missing.clone(),
    }))
}

/// `POST /network/reload`: what SIGHUP does, with the outcome as the page's notice.
pub async fn reload(
    State(app): State<AppState>,
    Extension(who): Extension<Principal>,
) -> WebResult {
    Ok(
        match crate::service::config::reload_as(&app, &who.name).await {
            Ok(report) => {
                let mut notice = format!("configuration reloaded from {}", report.source);
                let list = |keys: &[String]| {
                    if keys.is_empty() {
                        "nothing".to_string()
                    } else {
                        keys.join(", ")
                    }
                };
                notice.push_str(&format!("; applied: {}", list(&report.outcome.applied)));
                if !report.outcome.need_restart.is_empty() {
                    notice.push_str(&format!(
                        "; needs a restart: {}",
                        report.outcome.need_restart.join(", ")
                    ));
                }
                if report.template_errors.is_empty() {
                    see_other("/network", &notice)
                } else {
                    see_other_problem(
                        "/network",
                        &format!(
                            "{notice}; broken templates: {}",
                            report.template_errors.join("; ")
                        ),
                    )
                }
            }
            Err(e) => see_other_problem("/network", &e.to_string()),
        },
    )
}

#[derive(Template)]
#[template(
    source = r#"{% if !failing.is_empty() %}<p class="flash error" role="alert" id="ra-banner">No Router Advertisement with the M or O flag on {{ failing.join(", ") }}: iPXE and UEFI machines there will not ask DHCPv6. <a href="/network">Network</a></p>{% endif %}"#,
    ext = "html"
)]
pub struct Banner {
    pub failing: Vec<String>,
}

/// The machines page's warning (empty when every served interface is fine).
pub async fn banner(State(app): State<AppState>) -> WebResult {
    let view = current(&app);
    let failing = view.failing().iter().map(|i| i.name.clone()).collect();
    Ok(render(&Banner { failing }))
}
