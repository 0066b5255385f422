//! Which file a boot client gets for a name it asked for, over TFTP or HTTP.
//!
//! Two rules, shared by both protocols so they can never disagree:
//! - [`resolve_tftp_path`]: a requested name is always relative to the boot root; `..`,
//!   device prefixes and symlinks that lead out of the root are refused.
//! - [`BootFiles::resolve`]: the iPXE binary names handed out by DHCPv6 (`ipxe.efi` for x64,
//!   `ipxe-<arch>.efi` otherwise, see `BootUrls::nbp_name`) are virtual: configured binary,
//!   else a file of that name in the root, else bootforge's own build ([`BUILTIN_IPXE`]),
//!   else the distribution's `ipxe` package. `undionly.kpxe` is served the same way, minus
//!   the configured and distribution steps.

use std::collections::{BTreeMap, HashMap};
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::dhcpv6::classify::{BootTransport, BootUrls, ARCH_TABLE};

/// Where Debian/Ubuntu's `ipxe` package installs its EFI binaries.
pub const DISTRO_IPXE_DIR: &str = "/usr/lib/ipxe";

/// bootforge's own iPXE builds (`boot-scripts/ipxe/build.sh`, from `third_party/ipxe`), by the
/// name clients ask for. Compiled into the server so that a source checkout, the Docker image
/// and an installed binary all serve the build that belongs to this version of bootforge,
/// whatever else is on the host; written out under the data dir on first use
/// ([`BootFiles::builtin_dir`]). Their SHA-256 sums are in `boot-scripts/ipxe/bin/SHA256SUMS`.
pub const BUILTIN_IPXE: &[(&str, &[u8])] = &[
    (
        "ipxe.efi",
        include_bytes!("../../../boot-scripts/ipxe/bin/ipxe.efi"),
    ),
    (
        "ipxe-arm64.efi",
        include_bytes!("../../../boot-scripts/ipxe/bin/ipxe-arm64.efi"),
    ),
    (
        "undionly.kpxe",
        include_bytes!("../../../boot-scripts/ipxe/bin/undionly.kpxe"),
    ),
    (
        "1af41000.rom",
        include_bytes!("../../../boot-scripts/ipxe/bin/1af41000.rom"),
    ),
];

/// `boot-scripts/ipxe/bin/SHA256SUMS`: what [`BUILTIN_IPXE`] must hash to.
pub const BUILTIN_IPXE_SHA256SUMS: &str = include_str!("../../../boot-scripts/ipxe/bin/SHA256SUMS");

/// Directory under the data dir where the built-in binaries are written for serving.
pub const BUILTIN_IPXE_DIR: &str = "ipxe-builtin";

/// Why a requested name is not served. Each becomes a TFTP ERROR packet or an HTTP 4xx.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("empty file name")]
    Empty,
    #[error("file name contains a NUL byte")]
    Nul,
    #[error("`..` is not allowed in file names")]
    ParentDir,
    #[error("path leaves the boot root")]
    Escape,
    #[error("no such file")]
    NotFound,
    #[error("not a regular file")]
    NotAFile,
    #[error("cannot read the boot root: {0}")]
    Root(String),
}

impl Refusal {
    /// True when the client asked for something it must never get (as opposed to a name that
    /// simply does not exist); those are logged as warnings.
    pub fn is_hostile(&self) -> bool {
        matches!(self, Refusal::ParentDir | Refusal::Escape | Refusal::Nul)
    }
}

/// Resolve `requested` inside `root`. A leading `/` (clients send `/pxelinux.0` as often as
/// `pxelinux.0`) and `\` separators (Windows-era PXE clients) are taken as root-relative.
/// The result is canonical and inside the canonical root, and is a regular file.
pub fn resolve_tftp_path(root: &Path, requested: &str) -> Result<PathBuf, Refusal> {
    let relative = relative_request(requested)?;
    let root = root
        .canonicalize()
        .map_err(|e| Refusal::Root(format!("{}: {e}", root.display())))?;
    let candidate = root.join(&relative);
    // Canonicalising follows every symlink, so the prefix test below sees where the file
    // really is; a link to /etc/passwd fails it.
    // Unreadable (permissions) looks the same as missing to the client, on purpose.
    let real = candidate.canonicalize().map_err(|_| Refusal::NotFound)?;
    if !real.starts_with(&root) {
        return Err(Refusal::Escape);
    }
    if !real.is_file() {
        return Err(Refusal::NotAFile);
    }
    Ok(real)
}

/// The requested name as a relative path of plain components, or why it is refused.
fn relative_request(requested: &str) -> Result<PathBuf, Refusal> {
    if requested.contains('\0') {
        return Err(Refusal::Nul);
    }
    let normalised = requested.replace('\\', "/");
    let mut out = PathBuf::new();
    for component in Path::new(normalised.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => return Err(Refusal::ParentDir),
            // After trimming leading slashes these cannot appear on Unix; refuse anyway.
            Component::RootDir | Component::Prefix(_) => return Err(Refusal::Escape),
        }
    }
    if out.as_os_str().is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(out)
}

/// The architecture a virtual iPXE binary name stands for: `ipxe.efi` → `x64`,
/// `ipxe-arm64.efi` → `arm64`. Only architectures that network-boot over EFI count.
pub fn ipxe_arch_for_name(requested: &str) -> Option<&'static str> {
    let name = requested.trim_start_matches('/');
    ARCH_TABLE
        .iter()
        .filter(|a| a.transport != BootTransport::Bios)
        .find(|a| BootUrls::nbp_name(a) == name)
        .map(|a| a.name)
}

/// Files in the distribution's iPXE directory that can stand in for `ipxe-<arch>.efi`, best
/// first. Debian ships `ipxe.efi` (x64, full driver set) and `snponly.efi` (x64, firmware
/// network driver only); arm64 builds only exist in newer or self-built packages.
pub fn distro_ipxe_candidates(arch: &str) -> &'static [&'static str] {
    match arch {
        "x64" => &["ipxe.efi", "snponly.efi"],
        "arm64" => &[
            "arm64-efi/ipxe.efi",
            "ipxe-arm64.efi",
            "snp-arm64.efi",
            "snp.efi",
        ],
        "ia32" => &["i386-efi/ipxe.efi", "ipxe-ia32.efi"],
        _ => &[],
    }
}

/// Where a resolved file came from; recorded in boot events so an operator can tell which
/// iPXE build a machine got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileOrigin {
    /// A file under the boot root, by its own name.
    Root,
    /// `boot.ipxe_binaries[arch]` from the config.
    Configured,
    /// bootforge's own build ([`BUILTIN_IPXE`]).
    Builtin,
    /// The distribution's ipxe package.
    Distro,
}

impl FileOrigin {
    /// The word boot events record.
    pub fn as_str(&self) -> &'static str {
        match self {
            FileOrigin::Root => "root",
            FileOrigin::Configured => "configured",
            FileOrigin::Builtin => "builtin",
            FileOrigin::Distro => "distro",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedFile {
    pub path: PathBuf,
    pub origin: FileOrigin,
}

/// The boot file namespace: the root plus the virtual iPXE names.
#[derive(Debug, Clone)]
pub struct BootFiles {
    pub root: PathBuf,
    /// Arch name → binary, relative to `root` or absolute (the operator chose it).
    pub ipxe_binaries: BTreeMap<String, String>,
    pub distro_dir: PathBuf,
    /// Where the built-in binaries are written out to be served; `None`: no built-ins.
    pub builtin_dir: Option<PathBuf>,
    /// The built-in binaries by name ([`BUILTIN_IPXE`] outside tests).
    pub builtins: &'static [(&'static str, &'static [u8])],
}

impl BootFiles {
    pub fn from_config(config: &crate::config::Config) -> BootFiles {
        BootFiles {
            root: config.data_path(&config.tftp.root),
            ipxe_binaries: config.boot.ipxe_binaries.clone(),
            distro_dir: PathBuf::from(DISTRO_IPXE_DIR),
            builtin_dir: Some(config.data_path(Path::new(BUILTIN_IPXE_DIR))),
            builtins: BUILTIN_IPXE,
        }
    }

    /// The file to send for `requested`.
    pub fn resolve(&self, requested: &str) -> Result<ResolvedFile, Refusal> {
        let Some(arch) = ipxe_arch_for_name(requested) else {
            let root = resolve_tftp_path(&self.root, requested);
            if root == Err(Refusal::NotFound) {
                if let Some(builtin) = self.builtin(requested) {
                    return Ok(builtin);
                }
            }
            return root.map(|path| ResolvedFile {
                path,
                origin: FileOrigin::Root,
            });
        };
        if let Some(configured) = self.ipxe_binaries.get(arch) {
            let configured_path = Path::new(configured);
            // An absolute path is the operator's explicit choice and may live anywhere;
            // a relative one obeys the root like any client request.
            let path = if configured_path.is_absolute() {
                regular_file(configured_path)?
            } else {
                resolve_tftp_path(&self.root, configured)?
            };
            return Ok(ResolvedFile {
                path,
                origin: FileOrigin::Configured,
            });
        }
        match resolve_tftp_path(&self.root, requested) {
            Ok(path) => {
                return Ok(ResolvedFile {
                    path,
                    origin: FileOrigin::Root,
                })
            }
            Err(Refusal::NotFound) => {}
            Err(other) => return Err(other),
        }
        if let Some(builtin) = self.builtin(requested) {
            return Ok(builtin);
        }
        distro_ipxe_candidates(arch)
            .iter()
            .map(|name| self.distro_dir.join(name))
            .find_map(|p| regular_file(&p).ok())
            .map(|path| ResolvedFile {
                path,
                origin: FileOrigin::Distro,
            })
            .ok_or(Refusal::NotFound)
    }

    /// Whether `self` resolves every name as `other` does (the built-ins by identity: they
    /// are megabytes).
    fn same_namespace(&self, other: &BootFiles) -> bool {
        self.root == other.root
            && self.ipxe_binaries == other.ipxe_binaries
            && self.distro_dir == other.distro_dir
            && self.builtin_dir == other.builtin_dir
            && std::ptr::eq(self.builtins, other.builtins)
    }

    /// The built-in binary called `requested`, written out under `builtin_dir` if it is not
    /// there yet (or differs). `None` when there is no such built-in, or it cannot be written
    /// (logged; the caller falls back to the distribution's binary).
    fn builtin(&self, requested: &str) -> Option<ResolvedFile> {
        let dir = self.builtin_dir.as_ref()?;
        // The same spelling rules as the root (`/x`, `./x`, `\\x` all mean `x`).
        let relative = relative_request(requested).ok()?;
        let (name, bytes) = self
            .builtins
            .iter()
            .find(|(n, _)| relative.as_os_str() == *n)?;
        match materialise(dir, name, bytes) {
            Ok(path) => Some(ResolvedFile {
                path,
                origin: FileOrigin::Builtin,
            }),
            Err(e) => {
                tracing::warn!(
                    "cannot write the built-in {name} under {}: {e}; falling back",
                    dir.display()
                );
                None
            }
        }
    }
}

/// How long [`ResolveMemo`] reuses a resolution.
pub const RESOLVE_MEMO_TTL: Duration = Duration::from_secs(1);

/// Names [`ResolveMemo`] holds at most; when full it starts again empty.
const RESOLVE_MEMO_ENTRIES: usize = 1024;

/// Recent successful [`BootFiles::resolve`] answers, for the HTTP asset path. Resolving
/// canonicalises the root and the file, a `readlink` per path component (11 per request
/// with the bench's root, most of a Range request's syscalls: bench/README.md, session 8),
/// and a storm asks for the same few names thousands of times a second.
///
/// Reused for at most [`RESOLVE_MEMO_TTL`], and only while the namespace (root, configured
/// binaries, …) is the same. What is reused is a path that was inside the root when it was
/// resolved, and the caller still `stat`s it on every request (the hot-file cache's check),
/// so an edited or replaced file is seen at once; only a symlink, root or built-in changed
/// within the last second can be missed, and a remembered path that is gone is resolved
/// again ([`ResolveMemo::forget`]). Refusals are not remembered.
#[derive(Debug, Default)]
pub struct ResolveMemo {
    memo: Mutex<Memo>,
}

#[derive(Debug, Default)]
struct Memo {
    /// The namespace the entries were resolved in.
    files: Option<BootFiles>,
    resolved: HashMap<String, (ResolvedFile, Instant)>,
}

impl ResolveMemo {
    /// `files.resolve(requested)`, or its answer from within the last [`RESOLVE_MEMO_TTL`];
    /// the flag says it was remembered.
    pub fn resolve(
        &self,
        files: &BootFiles,
        requested: &str,
        now: Instant,
    ) -> Result<(ResolvedFile, bool), Refusal> {
        {
            let memo = self.lock();
            if memo.files.as_ref().is_some_and(|f| f.same_namespace(files)) {
                if let Some((resolved, at)) = memo.resolved.get(requested) {
                    if now.saturating_duration_since(*at) < RESOLVE_MEMO_TTL {
                        return Ok((resolved.clone(), true));
                    }
                }
            }
        }
        let resolved = files.resolve(requested)?;
        let mut memo = self.lock();
        if !memo.files.as_ref().is_some_and(|f| f.same_namespace(files)) {
            memo.files = Some(files.clone());
            memo.resolved.clear();
        }
        if memo.resolved.len() >= RESOLVE_MEMO_ENTRIES {
            memo.resolved.clear();
        }
        memo.resolved
            .insert(requested.to_string(), (resolved.clone(), now));
        Ok((resolved, false))
    }

    /// Drops `requested`'s answer (its file was not there).
    pub fn forget(&self, requested: &str) {
        self.lock().resolved.remove(requested);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Memo> {
        self.memo.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// `dir/name` holding exactly `bytes`. A file is compared with `bytes` when first served and
/// again whenever its size or modification time differ from what was verified (a stat per
/// request, not a read); a stale, partial or missing one is replaced atomically (write to a
/// temporary name, then rename), so a concurrent reader sees the old file or the new one.
fn materialise(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    type Verified = BTreeMap<PathBuf, (u64, std::time::SystemTime)>;
    static VERIFIED: Mutex<Verified> = Mutex::new(BTreeMap::new());
    let stamp = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| Ok((m.len(), m.modified()?)))
            .ok()
    };
    let path = dir.join(name);
    let mut verified = VERIFIED.lock().unwrap_or_else(|e| e.into_inner());
    let now = stamp(&path);
    if now.is_some() && verified.get(&path) == now.as_ref() {
        return Ok(path);
    }
    if std::fs::read(&path).ok().as_deref() != Some(bytes) {
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, &path)?;
    }
    match stamp(&path) {
        Some(s) => {
            verified.insert(path.clone(), s);
        }
        None => {
            verified.remove(&path);
        }
    }
    Ok(path)
}

fn regular_file(path: &Path) -> Result<PathBuf, Refusal> {
    let real = path.canonicalize().map_err(|_| Refusal::NotFound)?;
    if real.is_file() {
        Ok(real)
    } else {
        Err(Refusal::NotAFile)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    struct Tree {
        _dir: tempfile::TempDir,
        root: PathBuf,
        outside: PathBuf,
        distro: PathBuf,
    }

    fn tree() -> Tree {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let outside = dir.path().join("outside");
        let distro = dir.path().join("distro");
        for d in [&root, &outside, &distro] {
            fs::create_dir_all(d).unwrap();
        }
        fs::create_dir_all(root.join("debian")).unwrap();
        fs::write(root.join("debian/linux"), b"kernel").unwrap();
        fs::write(outside.join("secret"), b"secret").unwrap();
        Tree {
            _dir: dir,
            root,
            outside,
            distro,
        }
    }

    fn files(t: &Tree) -> BootFiles {
        BootFiles {
            root: t.root.clone(),
            ipxe_binaries: BTreeMap::new(),
            distro_dir: t.distro.clone(),
            builtin_dir: None,
            builtins: &[],
        }
    }

    const TEST_BUILTINS: &[(&str, &[u8])] = &[
        ("ipxe.efi", b"builtin x64"),
        ("undionly.kpxe", b"builtin bios"),
    ];

    fn with_builtins(t: &Tree) -> BootFiles {
        BootFiles {
            builtin_dir: Some(t.outside.join("data/ipxe-builtin")),
            builtins: TEST_BUILTINS,
            ..files(t)
        }
    }

    #[test]
    fn resolutions_are_remembered_briefly_per_namespace_and_refusals_never() {
        let t = tree();
        let f = files(&t);
        let memo = ResolveMemo::default();
        let now = Instant::now();
        let (first, remembered) = memo.resolve(&f, "debian/linux", now).unwrap();
        assert!(!remembered);
        assert_eq!(
            first.path,
            t.root.join("debian/linux").canonicalize().unwrap()
        );
        assert_eq!(
            memo.resolve(&f, "debian/linux", now + RESOLVE_MEMO_TTL / 2)
                .unwrap(),
            (first.clone(), true)
        );
        // Expired: resolved again.
        assert!(
            !memo
                .resolve(&f, "debian/linux", now + RESOLVE_MEMO_TTL)
                .unwrap()
                .1
        );
        // Another root is another namespace.
        fs::create_dir_all(t.outside.join("debian")).unwrap();
        fs::write(t.outside.join("debian/linux"), b"other").unwrap();
        let other = BootFiles {
            root: t.outside.clone(),
            ..files(&t)
        };
        let (moved, remembered) = memo.resolve(&other, "debian/linux", now).unwrap();
        assert!(!remembered);
        assert!(moved.path.starts_with(t.outside.canonicalize().unwrap()));
        // A refusal is not remembered: the file added next is found at once.
        assert_eq!(memo.resolve(&f, "late", now), Err(Refusal::NotFound));
        fs::write(t.root.join("late"), b"x").unwrap();
        assert!(memo.resolve(&f, "late", now).is_ok());
        memo.forget("late");
        assert!(!memo.resolve(&f, "late", now).unwrap().1);
    }

    #[test]
    fn builtin_is_served_before_distro_and_after_config_and_root() {
        let t = tree();
        fs::write(t.distro.join("ipxe.efi"), b"distro").unwrap();
        let mut f = with_builtins(&t);
        let r = f.resolve("ipxe.efi").unwrap();
        assert_eq!(r.origin, FileOrigin::Builtin);
        assert_eq!(fs::read(&r.path).unwrap(), b"builtin x64");
        assert!(r.path.starts_with(t.outside.join("data/ipxe-builtin")));
        // No built-in for arm64 here: the distro (if any) still answers.
        fs::write(t.distro.join("snp.efi"), b"snp").unwrap();
        assert_eq!(
            f.resolve("ipxe-arm64.efi").unwrap().origin,
            FileOrigin::Distro
        );
        // A file of that name in the root, then the configured binary, win over the built-in.
        fs::write(t.root.join("ipxe.efi"), b"root").unwrap();
        assert_eq!(f.resolve("ipxe.efi").unwrap().origin, FileOrigin::Root);
        fs::write(t.root.join("custom.efi"), b"custom").unwrap();
        f.ipxe_binaries.insert("x64".into(), "custom.efi".into());
        assert_eq!(
            f.resolve("ipxe.efi").unwrap().origin,
            FileOrigin::Configured
        );
    }

    #[test]
    fn builtin_file_is_rewritten_when_changed_or_removed() {
        let t = tree();
        let f = with_builtins(&t);
        let p = f.resolve("/undionly.kpxe").unwrap().path;
        assert_eq!(fs::read(&p).unwrap(), b"builtin bios");
        fs::remove_file(&p).unwrap();
        let p = f.resolve("./undionly.kpxe").unwrap().path;
        assert_eq!(fs::read(&p).unwrap(), b"builtin bios");
        // Changed behind the server's back (other size): replaced on the next request.
        fs::write(&p, b"stale").unwrap();
        let p = f.resolve("undionly.kpxe").unwrap().path;
        assert_eq!(fs::read(&p).unwrap(), b"builtin bios");
        // A non-iPXE name is never a built-in.
        assert_eq!(f.resolve("undionly.kpxe.bak"), Err(Refusal::NotFound));
    }

    #[test]
    fn unwritable_builtin_dir_falls_back_to_distro() {
        let t = tree();
        fs::write(t.distro.join("ipxe.efi"), b"distro").unwrap();
        fs::write(t.outside.join("file"), b"not a dir").unwrap();
        let f = BootFiles {
            builtin_dir: Some(t.outside.join("file/sub")),
            ..with_builtins(&t)
        };
        assert_eq!(f.resolve("ipxe.efi").unwrap().origin, FileOrigin::Distro);
    }

    /// The binaries compiled into the server are the ones `boot-scripts/ipxe/bin/SHA256SUMS`
    /// records (build.sh writes both), and every one of them is listed there.
    #[test]
    fn compiled_in_ipxe_matches_recorded_sha256() {
        use sha2::{Digest, Sha256};
        let sums: BTreeMap<&str, &str> = BUILTIN_IPXE_SHA256SUMS
            .lines()
            .filter_map(|l| l.split_once("  "))
            .map(|(h, n)| (n.trim(), h.trim()))
            .collect();
        assert!(!BUILTIN_IPXE.is_empty());
        for (name, bytes) in BUILTIN_IPXE {
            let want = sums
                .get(name)
                .unwrap_or_else(|| panic!("{name} is not in SHA256SUMS"));
            assert_eq!(hex::encode(Sha256::digest(bytes)), *want, "{name}");
            // An EFI binary is a PE image ("MZ"); a .kpxe starts with real-mode code.
            if name.ends_with(".efi") {
                assert_eq!(&bytes[..2], b"MZ", "{name} is not a PE image");
            }
        }
    }

    #[test]
    fn plain_and_slash_prefixed_names_resolve_inside_root() {
        let t = tree();
        let want = t.root.join("debian/linux").canonicalize().unwrap();
        for name in [
            "debian/linux",
            "/debian/linux",
            "./debian/linux",
            "debian\\linux",
        ] {
            assert_eq!(resolve_tftp_path(&t.root, name).unwrap(), want, "{name}");
        }
    }

    #[test]
    fn parent_dir_is_refused_even_when_it_would_stay_inside() {
        let t = tree();
        for name in [
            "../outside/secret",
            "debian/../debian/linux",
            "/../../etc/passwd",
            "..\\outside\\secret",
        ] {
            assert_eq!(
                resolve_tftp_path(&t.root, name),
                Err(Refusal::ParentDir),
                "{name}"
            );
        }
    }

    #[test]
    fn absolute_paths_are_root_relative_not_host_paths() {
        let t = tree();
        // /etc/passwd exists on the host but not under the root.
        assert_eq!(
            resolve_tftp_path(&t.root, "/etc/passwd"),
            Err(Refusal::NotFound)
        );
    }

    #[test]
    fn symlink_out_of_root_is_refused_but_inside_is_fine() {
        let t = tree();
        std::os::unix::fs::symlink(t.outside.join("secret"), t.root.join("escape")).unwrap();
        std::os::unix::fs::symlink(&t.outside, t.root.join("outdir")).unwrap();
        std::os::unix::fs::symlink(t.root.join("debian/linux"), t.root.join("vmlinuz")).unwrap();
        assert_eq!(resolve_tftp_path(&t.root, "escape"), Err(Refusal::Escape));
        assert_eq!(
            resolve_tftp_path(&t.root, "outdir/secret"),
            Err(Refusal::Escape)
        );
        assert!(resolve_tftp_path(&t.root, "vmlinuz").is_ok());
    }

    #[test]
    fn directories_empty_and_nul_names_are_refused() {
        let t = tree();
        assert_eq!(resolve_tftp_path(&t.root, "debian"), Err(Refusal::NotAFile));
        assert_eq!(resolve_tftp_path(&t.root, "/"), Err(Refusal::Empty));
        assert_eq!(resolve_tftp_path(&t.root, ""), Err(Refusal::Empty));
        assert_eq!(resolve_tftp_path(&t.root, "a\0b"), Err(Refusal::Nul));
        assert_eq!(resolve_tftp_path(&t.root, "nope"), Err(Refusal::NotFound));
    }

    #[test]
    fn virtual_names_map_to_architectures() {
        assert_eq!(ipxe_arch_for_name("ipxe.efi"), Some("x64"));
        assert_eq!(ipxe_arch_for_name("/ipxe.efi"), Some("x64"));
        assert_eq!(ipxe_arch_for_name("ipxe-arm64.efi"), Some("arm64"));
        assert_eq!(ipxe_arch_for_name("ipxe-riscv64.efi"), Some("riscv64"));
        assert_eq!(ipxe_arch_for_name("ipxe-bios.efi"), None);
        assert_eq!(ipxe_arch_for_name("ipxe-x64.efi"), None);
        assert_eq!(ipxe_arch_for_name("sub/ipxe.efi"), None);
    }

    #[test]
    fn virtual_name_prefers_config_then_root_then_distro() {
        let t = tree();
        let mut f = files(&t);
        // Nothing anywhere: not found.
        assert_eq!(f.resolve("ipxe.efi"), Err(Refusal::NotFound));
        // Distro only.
        fs::write(t.distro.join("ipxe.efi"), b"distro").unwrap();
        let r = f.resolve("ipxe.efi").unwrap();
        assert_eq!(r.origin, FileOrigin::Distro);
        assert_eq!(fs::read(&r.path).unwrap(), b"distro");
        // A file of that name in the root wins over the distro.
        fs::write(t.root.join("ipxe.efi"), b"root").unwrap();
        assert_eq!(f.resolve("/ipxe.efi").unwrap().origin, FileOrigin::Root);
        // The configured binary wins over both.
        fs::write(t.root.join("custom.efi"), b"custom").unwrap();
        f.ipxe_binaries.insert("x64".into(), "custom.efi".into());
        let r = f.resolve("ipxe.efi").unwrap();
        assert_eq!(r.origin, FileOrigin::Configured);
        assert_eq!(fs::read(&r.path).unwrap(), b"custom");
    }

    #[test]
    fn configured_binary_obeys_root_unless_absolute() {
        let t = tree();
        let mut f = files(&t);
        f.ipxe_binaries
            .insert("arm64".into(), "../outside/secret".into());
        assert_eq!(f.resolve("ipxe-arm64.efi"), Err(Refusal::ParentDir));
        let abs = t.outside.join("secret");
        f.ipxe_binaries
            .insert("arm64".into(), abs.to_string_lossy().into_owned());
        assert_eq!(
            f.resolve("ipxe-arm64.efi").unwrap().origin,
            FileOrigin::Configured
        );
    }

    #[test]
    fn arm64_falls_back_to_distro_snp_only_if_present() {
        let t = tree();
        let f = files(&t);
        assert_eq!(f.resolve("ipxe-arm64.efi"), Err(Refusal::NotFound));
        fs::write(t.distro.join("snp.efi"), b"snp").unwrap();
        assert_eq!(
            f.resolve("ipxe-arm64.efi").unwrap().origin,
            FileOrigin::Distro
        );
    }
}
