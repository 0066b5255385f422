//! Boot endpoints for machines: unauthenticated, since firmware and iPXE cannot log in.
//!
//! - `GET /boot/{mac}.ipxe`: the machine's iPXE script (colon, hyphen or bare-hex MAC).
//! - `POST /boot/{mac}/done`: the installed system reports that it finished (a boot
//!   completion: a `done` event and a metric); the template variable `done_url` names it.
//!   Accepted only from the machine's own address.
//!
//! Anyone on the boot network can call these: MACs must be station addresses, unknown MACs
//! register as discovered at most `boot.discovery_per_source_per_minute` per source (and
//! `boot.max_discovered` in all, enforced by the store writer), and a pending reinstall is
//! used up only by a fetch from the machine's own address.
//! - `GET|HEAD /assets/{*path}`: files under the TFTP root (kernels, initrds, …).
//! - `GET|HEAD /ipxe.efi`, `/ipxe-<arch>.efi`: the iPXE binary for UEFI HTTP Boot, resolved
//!   exactly as over TFTP.
//!
//! UEFI HTTP Boot sends HEAD first and needs Content-Length; retries use Range. Hot files come
//! from memory ([`crate::hot_files`]), files too big for it from the open file (the plain
//! listener sends those with `sendfile`); [`crate::http::memory_file`] answers both, with
//! HEAD, Range (206/416) and Content-Length; this module picks the file and sets
//! `Content-Type: application/efi` for `.efi`.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{ConnectInfo, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use bytes::Bytes;

use crate::boot::client::{mac_for_address, EventMacs};
use crate::boot::event_coalesce::Coalescer;
use crate::boot::files::{BootFiles, Refusal, ResolvedFile};
use crate::boot::script::{
    decide_script, fallback_script, ScriptChoice, ScriptContext, ScriptTemplates, ScriptUrls,
};
use crate::boot::script_cache::ScriptInputs;
use crate::boot::script_repeats::{self, Admission, Summary};
use crate::dhcpv6::classify::{BootTransport, BootUrls, ARCH_TABLE};
use crate::events::{AssetDetail, BootStage, ScriptDetail};
use crate::hot_files::Sendable;
use crate::http::memory_file;
use crate::mac::{Mac, NOT_A_STATION_MAC};
use crate::metrics::BootRefusal;
use crate::rate_limit::source_key;
use crate::state::AppState;
use crate::store::{BootEvent, EventSource, MachineState, StoreError};

/// Connections a listener lets the kernel queue before `accept`. A boot storm opens one per
/// machine within a few milliseconds (script, then kernel, then initrd); tokio's
/// `TcpListener::bind` listens with 128, and the N = 1000 chain overflowed it (703
/// `ListenOverflows`, clients reset: bench/README.md, boot storm IV). The kernel caps it at
/// `net.core.somaxconn` (4096 by default).
const LISTEN_BACKLOG: u32 = 4096;

/// The plain-HTTP (boot) listener on `addr`, with [`LISTEN_BACKLOG`].
pub fn bind_listener(addr: SocketAddr) -> std::io::Result<tokio::net::TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // As tokio's own bind does: a restarted server can take its port back at once.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(LISTEN_BACKLOG)
}

pub fn routes() -> Router<AppState> {
    let mut router = Router::new()
        .route("/boot/{script}", get(boot_script))
        .route("/boot/{mac}/done", axum::routing::post(boot_done))
        .route("/assets/{*path}", get(asset));
    let mut nbp_names: Vec<String> = ARCH_TABLE
        .iter()
        .filter(|a| a.transport != BootTransport::Bios)
        .map(BootUrls::nbp_name)
        .collect();
    nbp_names.sort();
    nbp_names.dedup();
    for name in nbp_names {
        router = router.route(&format!("/{name}"), get(nbp));
    }
    router
}

/// Why a boot request failed, as the client sees it.
#[derive(Debug, thiserror::Error)]
enum BootHttpError {
    #[error("{0}")]
    BadRequest(String),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("inventory unavailable: {0}")]
    Store(#[from] StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl IntoResponse for BootHttpError {
    fn into_response(self) -> Response {
        let status = match &self {
            BootHttpError::BadRequest(_) => StatusCode::BAD_REQUEST,
            BootHttpError::NotFound => StatusCode::NOT_FOUND,
            BootHttpError::Forbidden => StatusCode::FORBIDDEN,
            BootHttpError::Store(_) | BootHttpError::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        if status.is_server_error() {
            tracing::error!(error = %self, "boot request failed");
        }
        (status, format!("{self}\n")).into_response()
    }
}

impl From<Refusal> for BootHttpError {
    fn from(r: Refusal) -> Self {
        match r {
            Refusal::ParentDir | Refusal::Escape | Refusal::Nul => BootHttpError::Forbidden,
            Refusal::Empty | Refusal::NotFound | Refusal::NotAFile => BootHttpError::NotFound,
            Refusal::Root(e) => BootHttpError::Internal(e),
        }
    }
}

// ---- scripts --------------------------------------------------------------------------------

/// A MAC from a boot URL: it must be able to name one network card.
fn station_mac(state: &AppState, text: &str) -> Result<Mac, BootHttpError> {
    let mac = Mac::parse(text).map_err(|e| BootHttpError::BadRequest(e.to_string()))?;
    if !mac.is_station() {
        state.metrics.boot_refused(BootRefusal::NotStationMac);
        return Err(BootHttpError::BadRequest(NOT_A_STATION_MAC.into()));
    }
    Ok(mac)
}

/// Whether `client` is `mac`'s own address (its DHCPv6 lease, the neighbour cache, or its
/// EUI-64 interface identifier): only the machine itself may use up its reinstall or report
/// its completion, since anyone on the boot network can send these requests.
async fn is_machine_address(state: &AppState, mac: Mac, client: Option<IpAddr>) -> bool {
    match client {
        Some(ip) => mac_for_address(state, ip).await.map(|(m, _)| m) == Some(mac),
        None => false,
    }
}

/// A boot completion. Only known machines, and only from the machine's own address: anyone
/// on the boot network can reach this, so an unknown MAC must not create inventory rows and
/// nobody else may report for a machine.
async fn boot_done(
    State(state): State<AppState>,
    Path(mac_text): Path<String>,
    request: Request,
) -> Result<StatusCode, BootHttpError> {
    let mac = station_mac(&state, &mac_text)?;
    if state.store.machine(mac).await?.is_none() {
        return Err(BootHttpError::NotFound);
    }
    let client = client_ip(&request);
    if !is_machine_address(&state, mac, client).await {
        state.metrics.boot_refused(BootRefusal::DoneNotFromMachine);
        tracing::warn!(mac = %mac, client = ?client, "boot completion refused: not from the machine's own address");
        return Err(BootHttpError::Forbidden);
    }
    tracing::info!(mac = %mac, client = ?client, "boot completion reported");
    state
        .metrics
        .boot_completions
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut event = BootEvent::new(EventSource::Http, BootStage::Done, Some(mac));
    if let Some(IpAddr::V6(a)) = client {
        event = event.address(a);
    }
    state.writer.record(event);
    Ok(StatusCode::NO_CONTENT)
}

async fn boot_script(
    State(state): State<AppState>,
    Path(script): Path<String>,
    request: Request,
) -> Result<Response, BootHttpError> {
    serve_script(&state, &script, client_ip(&request), request.headers()).await
}

/// `GET /boot/{mac}.ipxe` on HTTPS answered before the router's extractors (each cloned
/// the whole `AppState`, ~8 % of the CPU of a script storm in `perf`); the plain listener
/// answers it before its router altogether ([`super::plain`]). Anything else, including a
/// percent-encoded name (the router decodes it), goes on to the router.
#[derive(Clone)]
pub struct ScriptFastPath<S> {
    inner: S,
    state: Arc<AppState>,
}

/// The [`tower::Layer`] that puts [`ScriptFastPath`] in front of a router's routes.
#[derive(Clone)]
pub struct ScriptFastPathLayer(pub Arc<AppState>);

impl<S> tower::Layer<S> for ScriptFastPathLayer {
    type Service = ScriptFastPath<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ScriptFastPath {
            inner,
            state: self.0.clone(),
        }
    }
}

/// The script name of a request the fast path answers: `GET /boot/NAME.ipxe`, one plain
/// segment.
pub(crate) fn fast_script_name<B>(request: &axum::http::Request<B>) -> Option<&str> {
    if request.method() != Method::GET {
        return None;
    }
    script_name_in(request.uri().path())
}

/// The script name in a `/boot/NAME.ipxe` path, one plain segment.
pub(crate) fn script_name_in(path: &str) -> Option<&str> {
    let name = path.strip_prefix("/boot/")?;
    (name.ends_with(".ipxe") && !name.contains(['/', '%'])).then_some(name)
}

impl<S> tower::Service<Request> for ScriptFastPath<S>
where
    S: tower::Service<Request, Response = Response, Error = std::convert::Infallible>
        + Send
        + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future = futures_util::future::BoxFuture<'static, Result<Response, Self::Error>>;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        if fast_script_name(&request).is_some() {
            let state = self.state.clone();
            let client = client_ip(&request);
            let (parts, _) = request.into_parts();
            return Box::pin(async move {
                let name = parts.uri.path().strip_prefix("/boot/").unwrap_or_default();
                Ok(serve_script(&state, name, client, &parts.headers)
                    .await
                    .into_response())
            });
        }
        Box::pin(self.inner.call(request))
    }
}

/// `GET /boot/{script}` (`script`: the path's last segment) as a response, for the plain
/// listener's connections ([`super::plain`]), which answer it before the router.
pub(crate) async fn script_response_for(
    state: &AppState,
    script: &str,
    client: Option<IpAddr>,
    headers: &HeaderMap,
) -> Response {
    serve_script(state, script, client, headers)
        .await
        .into_response()
}

async fn serve_script(
    state: &AppState,
    script: &str,
    client: Option<IpAddr>,
    headers: &HeaderMap,
) -> Result<Response, BootHttpError> {
    let Some(mac_text) = script.strip_suffix(".ipxe") else {
        return Err(BootHttpError::NotFound);
    };
    let mac = station_mac(state, mac_text)?;
    let urls = ScriptUrls {
        http_base: http_base(state, headers),
    };
    // Read before the machine is loaded on a miss: a change committed after this makes a new
    // generation, so what is rendered below is never cached under an older one.
    let generation = state.store.boot_inputs_generation();
    let cached = generation.and_then(|version| {
        state.script_cache.get(
            mac,
            &urls.http_base,
            version,
            &state.config(),
            &state.metrics.script_cache,
        )
    });
    let script = match cached {
        Some(hit) => {
            tracing::debug!(mac = %mac, client = ?client, script = hit.served.kind, "iPXE script served from the cache");
            hit
        }
        None => {
            // Inline on this thread when the store can (SQLite); else through the pool.
            let (machine, profile) = match state.store.machine_and_profile_now(mac) {
                Some((machine, profile)) => (machine, Some(profile)),
                None => (state.store.machine(mac).await?, None),
            };
            let (served, inputs) = render_loaded(
                state,
                mac,
                machine,
                profile,
                &urls,
                ScriptUse::Boot { client },
                generation,
                state.config(),
            )
            .await?;
            tracing::info!(
                mac = %mac, client = ?client, script = served.kind, template = %served.template,
                state = %served.state, "iPXE script served"
            );
            let body = Bytes::from(served.text.clone());
            let script = Arc::new(CachedScript { served, body });
            if let Some(inputs) = inputs {
                state.script_cache.insert(
                    mac,
                    &urls.http_base,
                    script.clone(),
                    script.body.len(),
                    inputs,
                    &state.metrics.script_cache,
                );
            }
            script
        }
    };
    let served = &script.served;
    // The event below registers an unknown MAC: bounded per source, so one client cannot
    // fill the inventory with made-up machines (the writer also caps the total).
    let limit = state.config().boot.discovery_per_source_per_minute as usize;
    if served.state == UNKNOWN_STATE && !state.discovery.try_acquire(&source_key(client), limit) {
        state
            .metrics
            .boot_refused(BootRefusal::DiscoveryRateLimited);
        tracing::warn!(mac = %mac, client = ?client, "unknown MAC not registered: too many from this source");
        state.metrics.script_served(served.kind);
        return Ok(script_response(script.body.clone()));
    }
    // Off the request path: the writer's queue is bounded, a full one drops and counts.
    // Every fetch is in the timeline: its own event, or (a repeat within a second of the
    // last recorded one) the count of a summary event.
    match state
        .script_repeats
        .admit(mac, client, &script, Instant::now())
    {
        Admission::Record { earlier } => {
            if let Some(earlier) = earlier {
                state.writer.record(summary_event(&earlier));
            }
            state.writer.record(script_event(mac, client, served, None));
        }
        Admission::Counted { start_sweeper } => {
            if start_sweeper {
                sweep_script_repeats(state.clone());
            }
        }
    }
    state.metrics.script_served(served.kind);
    Ok(script_response(script.body.clone()))
}

fn script_event(
    mac: Mac,
    client: Option<IpAddr>,
    served: &ServedScript,
    repeats: Option<u32>,
) -> BootEvent {
    let mut event =
        BootEvent::new(EventSource::Http, BootStage::Script, Some(mac)).detail(ScriptDetail {
            script: served.kind.to_string(),
            template: served.template.clone(),
            profile: served.profile.clone(),
            state: served.state.clone(),
            reason: served.reason.clone(),
            error: served.error.clone(),
            repeats,
        });
    if let Some(ip) = client {
        event = event.address(ip);
    }
    event
}

fn summary_event(s: &Summary<CachedScript>) -> BootEvent {
    script_event(s.mac, s.client, &s.served.served, Some(s.repeats))
}

/// Records the summaries of script-fetch windows as they end, until none has repeats left
/// (one task at a time; the next repeat starts another) or the server shuts down.
fn sweep_script_repeats(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(script_repeats::WINDOW / 4);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                () = state.shutdown.cancelled() => return,
            }
            let (due, stop) = state.script_repeats.take_due(Instant::now());
            for summary in &due {
                state.writer.record(summary_event(summary));
            }
            if stop {
                return;
            }
        }
    });
}

/// At shutdown, before the writer's last flush: the repeats counted so far, recorded.
pub fn record_script_repeats(state: &AppState) {
    for summary in state.script_repeats.take_all() {
        state.writer.record(summary_event(&summary));
    }
}

fn script_response(text: Bytes) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
        .into_response()
}

/// [`ServedScript::state`] of a MAC not in the inventory.
const UNKNOWN_STATE: &str = "unknown";

/// Whether rendering a script may change the machine (a reinstall is used up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptUse {
    /// A boot fetch from `client`: a pending reinstall is consumed if `client` is the
    /// machine's own address; anyone else gets the local-disk script and consumes nothing.
    Boot { client: Option<IpAddr> },
    /// Someone is looking (dashboard/API preview): nothing changes.
    Preview,
}

/// A rendered script and how it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct ServedScript {
    pub text: String,
    /// `install`, `reinstall`, `local`, `wait` or `error`.
    pub kind: &'static str,
    pub template: String,
    /// The machine's profile, if it has one (for the timeline: "(profile debian)").
    pub profile: Option<String>,
    /// The machine's state before this fetch (`unknown` if not in the inventory).
    pub state: String,
    pub reason: Option<String>,
    /// Set when the template failed and a fallback script was served.
    pub error: Option<String>,
}

/// A served script as the cache keeps it: the text once more as `Bytes`, so a hit clones a
/// pointer.
#[derive(Debug, PartialEq)]
pub struct CachedScript {
    pub served: ServedScript,
    pub body: Bytes,
}

/// The script `mac` gets now, for a machine already loaded (`None`: not in the inventory),
/// so a caller that has it (the API's and the dashboard's preview) does not load it twice.
pub async fn script_for_machine(
    state: &AppState,
    mac: Mac,
    machine: Option<crate::store::Machine>,
    urls: &ScriptUrls,
    usage: ScriptUse,
) -> Result<ServedScript, StoreError> {
    // Not cached, so no generation is needed.
    let config = state.config();
    Ok(
        render_loaded(state, mac, machine, None, urls, usage, None, config)
            .await?
            .0,
    )
}

/// The script for a loaded machine (the boot endpoint and [`script_for_machine`]), plus what
/// it was rendered from when it may be cached: only with a `generation` read before `machine`
/// was loaded, and only for a script that changes nothing when served (not a pending
/// reinstall, not an unknown MAC, not an error fallback).
#[allow(clippy::too_many_arguments)]
async fn render_loaded(
    state: &AppState,
    mac: Mac,
    machine: Option<crate::store::Machine>,
    // `Some`: loaded with the machine (`Store::machine_and_profile_now`); `None`: load it.
    profile: Option<Option<crate::store::Profile>>,
    urls: &ScriptUrls,
    usage: ScriptUse,
    generation: Option<u64>,
    config: std::sync::Arc<crate::config::Config>,
) -> Result<(ServedScript, Option<ScriptInputs>), StoreError> {
    let profile = match (profile, machine.as_ref().and_then(|m| m.profile.as_deref())) {
        (Some(loaded), _) => loaded,
        (None, Some(name)) => state.store.profile(name).await?,
        (None, None) => None,
    };
    let mut choice = decide_script(machine.as_ref(), profile.as_ref());
    let profile_name = machine.as_ref().and_then(|m| m.profile.clone());
    let machine_state = machine
        .as_ref()
        .map(|m| m.state.as_str().to_string())
        .unwrap_or_else(|| UNKNOWN_STATE.into());
    let templates = ScriptTemplates::new(config.data_path(&config.boot.scripts_dir));
    // Before the templates are read: a change after this makes the count differ.
    let templates_seen = state.script_cache.template_changes(&templates.dir);
    let retry_secs = config.boot.discovery_retry_secs;
    // Inline: a render reads a few small template files and takes tens of microseconds,
    // less than the hand-off to the blocking pool and back that it used to take (in a
    // storm, a wait for a thread among the busy ones).
    let render = |choice: &ScriptChoice| {
        let ctx = ScriptContext::new(
            mac,
            machine.as_ref(),
            profile.as_ref(),
            choice,
            urls,
            retry_secs,
        );
        templates
            .render_noting_sources(choice.template(), &ctx)
            .map_err(|e| e.to_string())
    };
    let mut rendered = render(&choice);
    let cacheable = machine
        .as_ref()
        .is_some_and(|m| m.state != MachineState::Reinstall)
        && !matches!(choice, ScriptChoice::InstallOnce { .. });
    // Only a script that rendered may use up the reinstall, and only one fetch wins it; a
    // loser (or any later fetch) boots the disk.
    if let (ScriptChoice::InstallOnce { .. }, Ok(_)) = (&choice, &rendered) {
        let won = match usage {
            ScriptUse::Boot { client } => {
                if is_machine_address(state, mac, client).await {
                    state.store.consume_reinstall(mac).await?
                } else {
                    state
                        .metrics
                        .boot_refused(BootRefusal::ReinstallNotFromMachine);
                    tracing::warn!(mac = %mac, client = ?client, "reinstall kept pending: script fetched from an address that is not the machine's");
                    false
                }
            }
            ScriptUse::Preview => true,
        };
        if !won {
            choice = ScriptChoice::Local;
            rendered = render(&choice);
        }
    }
    let reason = match &choice {
        ScriptChoice::Wait { reason } => Some(reason.to_string()),
        _ => None,
    };
    Ok(match rendered {
        Ok((text, sources)) => (
            ServedScript {
                text,
                kind: choice.kind(),
                template: choice.template().to_string(),
                profile: profile_name.clone(),
                state: machine_state,
                reason,
                error: None,
            },
            generation
                .filter(|_| cacheable)
                .map(|generation| ScriptInputs {
                    generation,
                    config,
                    templates_seen: templates_seen
                        .filter(|_| !sources.iter().any(|s| is_symlink(&s.path)))
                        .map(|seen| (templates.dir.clone(), seen)),
                    sources,
                }),
        ),
        Err(error) => {
            tracing::error!(mac = %mac, template = choice.template(), error = %error, "iPXE script template failed; serving the retry script");
            (
                ServedScript {
                    text: fallback_script(&error, &urls.script_url(mac), retry_secs),
                    kind: "error",
                    template: choice.template().to_string(),
                    profile: profile_name,
                    state: machine_state,
                    reason,
                    error: Some(error),
                },
                None,
            )
        }
    })
}

/// The base URL scripts point at: the configured server address, else the authority the
/// client used to reach us (its Host header), else the address DHCPv6 hands out.
pub fn http_base(state: &AppState, headers: &HeaderMap) -> String {
    let config = state.config();
    let port = config.http_public_port();
    if let Some(addr) = config.server_address {
        return base_for(IpAddr::V6(addr), port);
    }
    if let Some(host) = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| is_safe_authority(h))
    {
        return format!("http://{host}");
    }
    base_for(IpAddr::V6(state.default_boot_server()), port)
}

fn base_for(ip: IpAddr, port: u16) -> String {
    let host = match ip {
        IpAddr::V6(v6) => format!("[{v6}]"),
        IpAddr::V4(v4) => v4.to_string(),
    };
    if port == 80 {
        format!("http://{host}")
    } else {
        format!("http://{host}:{port}")
    }
}

/// The Host header ends up inside an iPXE script: only characters of a host[:port] pass,
/// so it can never add a word or a line to the script.
fn is_safe_authority(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 255
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '[' | ']' | '-' | '%'))
}

fn is_symlink(path: &std::path::Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn client_ip(request: &Request) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
}

// ---- files ----------------------------------------------------------------------------------

async fn asset(
    State(state): State<AppState>,
    Path(path): Path<String>,
    request: Request,
) -> Result<Response, BootHttpError> {
    serve_boot_file(&state, path, FileRequest::of(&request)).await
}

/// What of a request for a boot file decides its response: the method, the Range header and
/// the client (for the event).
pub(crate) struct FileRequest {
    pub method: Method,
    pub range: Option<String>,
    pub client: Option<IpAddr>,
}

impl FileRequest {
    fn of(request: &Request) -> FileRequest {
        FileRequest {
            method: request.method().clone(),
            range: range_of(request.headers()),
            client: client_ip(request),
        }
    }

    /// A GET with `headers`, from `client`.
    pub(crate) fn get(headers: &HeaderMap, client: IpAddr) -> FileRequest {
        FileRequest {
            method: Method::GET,
            range: range_of(headers),
            client: Some(client),
        }
    }
}

fn range_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::RANGE)
        .and_then(|r| r.to_str().ok())
        .map(String::from)
}

/// The file a `/assets/PATH` path names when the router would extract the same string (no
/// percent-encoding, which its extractor decodes), for the plain listener to serve before
/// the router ([`super::plain`]); anything else goes on to the router.
pub(crate) fn asset_path_in(path: &str) -> Option<&str> {
    let path = path.strip_prefix("/assets/")?;
    (!path.is_empty() && !path.contains('%')).then_some(path)
}

/// [`asset_path_in`]'s response: the router's `asset` handler without the router, its
/// extractors and their clones of the whole [`AppState`] (~10 % of a Range request's CPU,
/// bench/README.md).
pub(crate) async fn asset_response(
    state: &AppState,
    path: String,
    request: FileRequest,
) -> Response {
    serve_boot_file(state, path, request).await.into_response()
}

/// `/ipxe.efi` and `/ipxe-<arch>.efi` for UEFI HTTP Boot.
async fn nbp(State(state): State<AppState>, request: Request) -> Result<Response, BootHttpError> {
    let name = request.uri().path().trim_start_matches('/').to_string();
    serve_boot_file(&state, name, FileRequest::of(&request)).await
}

async fn serve_boot_file(
    state: &AppState,
    requested: String,
    request: FileRequest,
) -> Result<Response, BootHttpError> {
    let FileRequest {
        method,
        range,
        client,
    } = request;
    let files = BootFiles::from_config(&state.config());
    // Resolve (remembered for a second: canonicalising costs a readlink per path
    // component), then take the file from memory (one stat when it is hot) or open it.
    // Inline, not through the blocking pool: that takes microseconds, less than the hand-off
    // to a pool thread and back that small Range requests paid on every request. Only a
    // cold file's first read blocks longer, once.
    let resolved = resolve_and_open(state, &files, &requested);
    let (resolved, opened) = match resolved {
        Ok(r) => r,
        Err(refusal) => {
            if refusal.is_hostile() {
                tracing::warn!(client = ?client, file = %requested, reason = %refusal, "asset request refused");
            } else {
                tracing::info!(client = ?client, file = %requested, reason = %refusal, "asset request refused");
            }
            return Err(refusal.into());
        }
    };
    let path: PathBuf = resolved.path.clone();
    let response = match opened {
        Ok(Sendable::Memory(data)) => memory_file::respond(
            &method,
            range.as_deref(),
            data,
            content_type_for(&requested),
        ),
        // Too big for the memory cache: from the open file (the plain listener sends it
        // with `sendfile`; ServeFile read it through the blocking pool, ~5x the CPU of
        // nginx per byte, and a small Range of it cost ~100 µs: bench/README.md).
        Ok(Sendable::File(file, len)) => memory_file::respond_from_file(
            &method,
            range.as_deref(),
            file,
            len,
            content_type_for(&requested),
        ),
        // Gone or unreadable since it was resolved.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(BootHttpError::NotFound),
        Err(e) => return Err(BootHttpError::Internal(e.to_string())),
    };
    let status = response.status();
    if status.is_success() {
        state
            .metrics
            .http_files_served
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    let bytes = if method == Method::HEAD {
        0
    } else {
        response
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let repeat_key = (
        client,
        method.clone(),
        requested.clone(),
        range.clone(),
        status.as_u16(),
    );
    // A repeat within a second is logged at debug and not recorded again: under a flood
    // a line and a row per request would cost more than serving it.
    if !state.asset_events.repeats.admit(repeat_key, Instant::now()) {
        tracing::debug!(
            client = ?client, file = %requested, method = %method, status = status.as_u16(),
            bytes, range = ?range, "boot file served again"
        );
        state
            .metrics
            .http_events_coalesced
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        return Ok(response);
    }
    tracing::info!(
        client = ?client, file = %requested, method = %method, status = status.as_u16(), bytes,
        range = ?range, "boot file served"
    );
    let detail = AssetDetail {
        file: requested.clone(),
        path: path.display().to_string(),
        origin: resolved.origin.as_str().to_string(),
        method: method.as_str().to_string(),
        status: status.as_u16(),
        bytes,
        range,
    };
    // The MAC lookup may run `ip neigh`; never make the client wait for it. The look-ups in
    // flight are bounded: in a storm a task per request would pile up without limit (they
    // outpace the store), so beyond the bound the event is shed and counted.
    let event_for = move |mac: Option<Mac>, detail: AssetDetail| {
        let mut event = BootEvent::new(EventSource::Http, BootStage::Asset, mac).detail(detail);
        if let Some(ip) = client {
            event = event.address(ip);
        }
        event
    };
    // The client's MAC from a recent look-up (its TFTP transfer, its script): no task.
    if let Some(found) = client.and_then(|ip| state.asset_events.macs.recent(ip)) {
        let mac = Some(found.0).filter(Mac::is_station);
        state.writer.record(event_for(mac, detail));
        return Ok(response);
    }
    let Ok(permit) = state.asset_events.tasks.clone().try_acquire_owned() else {
        state
            .metrics
            .http_asset_events_shed
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        return Ok(response);
    };
    let state = state.clone();
    tokio::spawn(async move {
        let _permit = permit;
        let mac = match client {
            Some(ip) => state
                .asset_events
                .macs
                .lookup(&state, ip)
                .await
                .map(|(m, _)| m)
                .filter(Mac::is_station),
            None => None,
        };
        state.writer.record(event_for(mac, detail));
    });
    Ok(response)
}

/// `requested` resolved ([`crate::boot::files::ResolveMemo`]) and opened
/// ([`crate::hot_files`]). A remembered path that is gone is resolved again.
fn resolve_and_open(
    state: &AppState,
    files: &BootFiles,
    requested: &str,
) -> Result<(ResolvedFile, std::io::Result<Sendable>), Refusal> {
    let (resolved, remembered) = state
        .resolved_files
        .resolve(files, requested, Instant::now())?;
    match state.hot_files.open_to_send(&resolved.path) {
        Err(e) if remembered && e.kind() == std::io::ErrorKind::NotFound => {
            state.resolved_files.forget(requested);
            let (resolved, _) = state
                .resolved_files
                .resolve(files, requested, Instant::now())?;
            let opened = state.hot_files.open_to_send(&resolved.path);
            Ok((resolved, opened))
        }
        opened => Ok((resolved, opened)),
    }
}

/// Repeated asset events ([`crate::boot::event_coalesce`]).
type AssetEventKey = (Option<IpAddr>, Method, String, Option<String>, u16);

/// Bound on asset-event tasks (MAC look-up, then the writer's bounded queue) in flight.
const MAX_ASSET_EVENT_TASKS: usize = 256;

/// What one server keeps to record asset events off the request path: the repeats it
/// leaves out and the permits for event tasks in flight.
pub struct AssetEvents {
    repeats: Coalescer<AssetEventKey>,
    tasks: Arc<tokio::sync::Semaphore>,
    /// Client MACs looked up recently (TFTP transfers use them too).
    pub macs: EventMacs,
}

impl Default for AssetEvents {
    fn default() -> Self {
        AssetEvents {
            repeats: Coalescer::default(),
            tasks: Arc::new(tokio::sync::Semaphore::new(MAX_ASSET_EVENT_TASKS)),
            macs: EventMacs::default(),
        }
    }
}

/// UEFI HTTP Boot wants `application/efi` for the NBP; everything else is opaque bytes.
fn content_type_for(name: &str) -> HeaderValue {
    if name.to_ascii_lowercase().ends_with(".efi") {
        HeaderValue::from_static("application/efi")
    } else {
        HeaderValue::from_static("application/octet-stream")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(method: &str, uri: &str) -> Request {
        Request::builder()
            .method(method)
            .uri(uri)
            .body(axum::body::Body::empty())
            .unwrap()
    }

    #[test]
    fn fast_path_takes_only_plain_asset_paths() {
        let path = |uri: &str| {
            let uri: axum::http::Uri = uri.parse().unwrap();
            asset_path_in(uri.path()).map(str::to_string)
        };
        assert_eq!(
            path("/assets/os/vmlinuz?x=1").as_deref(),
            Some("os/vmlinuz")
        );
        // Traversal reaches the same refusal as through the router: the path is not changed.
        assert_eq!(
            path("/assets/../etc/passwd").as_deref(),
            Some("../etc/passwd")
        );
        // The router decodes these.
        assert_eq!(path("/assets/a%2Fb"), None);
        assert_eq!(path("/assets/"), None);
        assert_eq!(path("/ipxe.efi"), None);
    }

    #[test]
    fn fast_path_takes_only_plain_script_gets() {
        let name = |r: &Request| fast_script_name(r).map(str::to_string);
        assert_eq!(
            name(&req("GET", "/boot/52:54:00:00:00:01.ipxe")).as_deref(),
            Some("52:54:00:00:00:01.ipxe")
        );
        assert_eq!(
            name(&req("GET", "/boot/525400000001.ipxe?x=1")).as_deref(),
            Some("525400000001.ipxe")
        );
        // The router's: other methods, other paths, encoded names (it decodes them).
        assert_eq!(name(&req("HEAD", "/boot/525400000001.ipxe")), None);
        assert_eq!(name(&req("POST", "/boot/52:54:00:00:00:01/done")), None);
        assert_eq!(
            name(&req("GET", "/boot/52%3A54%3A00%3A00%3A00%3A01.ipxe")),
            None
        );
        assert_eq!(name(&req("GET", "/boot/a/b.ipxe")), None);
        assert_eq!(name(&req("GET", "/assets/x.ipxe")), None);
    }

    #[test]
    fn host_header_cannot_inject_script_text() {
        assert!(is_safe_authority("[2001:db8::1]:8080"));
        assert!(is_safe_authority("boot.example.org"));
        assert!(!is_safe_authority("evil\nexit"));
        assert!(!is_safe_authority("a b"));
        assert!(!is_safe_authority("${x}"));
        assert!(!is_safe_authority(""));
    }

    #[test]
    fn bases_bracket_ipv6_and_drop_port_80() {
        assert_eq!(
            base_for("2001:db8::1".parse().unwrap(), 8080),
            "http://[2001:db8::1]:8080"
        );
        assert_eq!(
            base_for("2001:db8::1".parse().unwrap(), 80),
            "http://[2001:db8::1]"
        );
    }

    #[test]
    fn efi_files_are_application_efi() {
        assert_eq!(content_type_for("ipxe.efi"), "application/efi");
        assert_eq!(content_type_for("x/SNP.EFI"), "application/efi");
        assert_eq!(content_type_for("linux"), "application/octet-stream");
    }
}
