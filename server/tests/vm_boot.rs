//! Real-client boot tests: OVMF (UEFI firmware) and iPXE in QEMU under `-accel tcg`, booting
//! from `bootforge serve` over an isolated IPv6 link, all the way to a Linux kernel whose
//! initrd prints `BOOTFORGE-MARKER cmdline=<kernel command line>` and powers off.
//!
//! Each test gets its own network namespace (`bfvm-<pid>-<n>`), bridge `br0` with its own
//! /64, a tap, radvd (M and O flags), a tshark capture and a bootforge with a temporary data
//! dir. Everything is torn down by [`Rig`]'s `Drop`, also on failure; a failing test first
//! prints the decoded capture, the serial log and the server log. Artifacts stay in
//! `target/vm-artifacts/<test>/`.
//!
//! Needs root, `ip netns`, qemu-system-x86, ovmf, ipxe, busybox-static, radvd, tshark, cpio,
//! qemu-system-arm and qemu-efi-aarch64 (the arm64 test), and network access to Debian's
//! archive once (the kernel packages, cached in `target/vm-payload` and
//! `target/vm-payload-arm64`). By default the server serves its own iPXE build
//! (`boot-scripts/ipxe/`, docs/ipxe.md); one test overrides it with Debian's. A missing piece fails the test with a message saying so;
//! `BOOTFORGE_SKIP_VM=1` skips the suite (loudly).
//!
//! The shell helpers in `tests/vm/` do the plumbing and are shared with `bench/boot_time.sh`.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

mod support;

use bootforge::mac::Mac;
use bootforge::store::{MachineSpec, MachineState, Profile, Store, StoredEvent, Variables};
use support::{poll_until, Server, ServerBuilder};

const MARKER: &str = "BOOTFORGE-MARKER";
/// One OVMF PXE chain took ~40-50 s alone under TCG; two VMs share 2 cores.
const PXE_TIMEOUT: Duration = Duration::from_secs(240);
/// UEFI HTTP Boot first spends ~50 s on HTTPv4.
const HTTP_BOOT_TIMEOUT: Duration = Duration::from_secs(300);
const PROFILE_CMDLINE: &str = "console=ttyS0 panic=-1 bootforge.test={{ variables.token }}";

static RIG_COUNTER: AtomicU32 = AtomicU32::new(0);

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn vm_dir() -> PathBuf {
    manifest_dir().join("tests/vm")
}

fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => PathBuf::from(d),
        None => manifest_dir().join("../target"),
    }
}

fn payload_dir() -> PathBuf {
    target_dir().join("vm-payload")
}

/// `target/vm-artifacts/<test>/`, emptied; if another live test process (someone else's
/// `cargo test` in the same tree) owns it, `<test>-<pid>/` instead.
fn artifact_dir(test: &str) -> PathBuf {
    let base = target_dir().join("vm-artifacts");
    let me = std::process::id();
    let mut art = base.join(test);
    if let Ok(owner) = fs::read_to_string(art.join("owner.pid")) {
        let owner = owner.trim();
        if owner != me.to_string() && Path::new("/proc").join(owner).exists() {
            art = base.join(format!("{test}-{me}"));
        }
    }
    let _ = fs::remove_dir_all(&art);
    fs::create_dir_all(&art).expect("artifact dir");
    fs::write(art.join("owner.pid"), me.to_string()).expect("artifact dir owner");
    art
}

/// Namespaces `bfvm-<pid>-<n>` left by a test process that was killed before its teardown
/// ran (SIGKILL, power loss): their pid is gone, so nobody owns them any more.
fn remove_stale_namespaces() {
    let Ok(list) = run(Command::new("ip").args(["netns", "list"])) else {
        return;
    };
    for name in list.lines().filter_map(|l| l.split_whitespace().next()) {
        let Some(pid) = name.strip_prefix("bfvm-").and_then(|r| r.split('-').next()) else {
            continue;
        };
        if !pid.is_empty()
            && pid.chars().all(|c| c.is_ascii_digit())
            && !Path::new("/proc").join(pid).exists()
        {
            eprintln!("vm_boot: removing stale namespace {name}");
            let _ = run(Command::new(vm_dir().join("link.sh")).args(["down", name]));
        }
    }
}

/// Straight to stderr, past the test harness's output capture: shown even for passing tests.
fn loud(msg: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{msg}");
}

fn run(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{cmd:?} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Checks the environment once per test binary. `false`: skipped on request. Panics (fails the
/// test) with the reason if the environment cannot run VMs.
fn preflight() -> bool {
    static RESULT: OnceLock<Result<bool, String>> = OnceLock::new();
    let r = RESULT.get_or_init(|| {
        if std::env::var("BOOTFORGE_SKIP_VM").is_ok_and(|v| v == "1") {
            loud(
                "\n############################################################\n\
                 ## BOOTFORGE_SKIP_VM=1: the VM boot tests were SKIPPED.   ##\n\
                 ## Nothing about real-client boots was verified.          ##\n\
                 ############################################################\n",
            );
            return Ok(false);
        }
        let uid = run(Command::new("id").arg("-u"))?;
        if uid.trim() != "0" {
            return Err(format!(
                "VM boot tests need root (network namespaces, taps); running as uid {}. \
                 Run as root or set BOOTFORGE_SKIP_VM=1 to skip them explicitly.",
                uid.trim()
            ));
        }
        for tool in [
            "ip",
            "ss",
            "qemu-system-x86_64",
            "radvd",
            "tshark",
            "cpio",
            "dpkg-deb",
            "apt-get",
            "timeout",
            "flock",
        ] {
            if run(Command::new("sh")
                .arg("-c")
                .arg(format!("command -v {tool}")))
            .is_err()
            {
                return Err(format!(
                    "VM boot tests need `{tool}` (packages: qemu-system-x86 ovmf ipxe \
                     busybox-static radvd tshark cpio iproute2); set BOOTFORGE_SKIP_VM=1 to skip"
                ));
            }
        }
        for file in [
            "/usr/lib/ipxe/ipxe.efi",
            "/bin/busybox",
            "/usr/share/ovmf/OVMF.fd",
        ] {
            if !Path::new(file).exists() {
                return Err(format!(
                    "VM boot tests need {file} (packages ovmf, ipxe, busybox-static); \
                     set BOOTFORGE_SKIP_VM=1 to skip"
                ));
            }
        }
        remove_stale_namespaces();
        run(Command::new(vm_dir().join("build-payload.sh")).arg(payload_dir()))
            .map_err(|e| format!("building the VM payload failed: {e}"))?;
        Ok(true)
    });
    match r {
        Ok(go) => *go,
        Err(e) => panic!("{e}"),
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// OVMF PXE over IPv6 (TFTP for ipxe.efi).
    Pxe,
    /// OVMF UEFI HTTP Boot over IPv6.
    Http,
    /// arm64 (qemu-system-aarch64 -M virt, AAVMF) PXE over IPv6.
    Arm64Pxe,
    /// SeaBIOS with bootforge's iPXE as the NIC's option ROM.
    BiosIpxe,
}

impl Mode {
    fn arg(self) -> &'static str {
        match self {
            Mode::Pxe => "pxe",
            Mode::Http => "http",
            Mode::Arm64Pxe => "arm64-pxe",
            Mode::BiosIpxe => "bios-ipxe",
        }
    }
}

struct Vm {
    label: String,
    child: Child,
    serial: PathBuf,
    started: Instant,
}

/// One test's link, server and VMs. Dropping it tears everything down.
struct Rig {
    test: String,
    ns: String,
    prefix: String,
    mac: Mac,
    art: PathBuf,
    data: PathBuf,
    server: Option<Server>,
    vms: Vec<Vm>,
    captures: Vec<(PathBuf, PathBuf)>,
    rt: tokio::runtime::Runtime,
    store: Option<Store>,
    link_up: bool,
    /// Written to `bootforge.toml` and passed as `--config` when set before `start_server`.
    config_toml: Option<String>,
}

impl Rig {
    /// `slot` picks the test's /64 (2001:db8:b0<slot>::/64) and MAC; distinct per test so
    /// tests can run in parallel.
    fn new(test: &str, slot: u8) -> Rig {
        Rig::new_with_ra(test, slot, true)
    }

    /// [`Rig::new`]; `ra_managed` false: radvd's RAs carry neither M nor O, so no client
    /// on the link starts DHCPv6.
    fn new_with_ra(test: &str, slot: u8, ra_managed: bool) -> Rig {
        let n = RIG_COUNTER.fetch_add(1, Ordering::SeqCst);
        let ns = format!("bfvm-{}-{n}", std::process::id());
        let prefix = format!("2001:db8:b0{slot:02x}");
        let mac = Mac([0x52, 0x54, 0x00, 0xb0, 0x07, slot]);
        let art = artifact_dir(test);
        let art = art.canonicalize().expect("artifact dir path");
        let data = art.join("data");
        fs::create_dir_all(data.join("tftp")).expect("data dir");
        let mut rig = Rig {
            test: test.to_string(),
            ns,
            prefix,
            mac,
            art,
            data,
            server: None,
            vms: Vec::new(),
            captures: Vec::new(),
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("tokio runtime"),
            store: None,
            link_up: false,
            config_toml: None,
        };
        rig.link_up = true;
        if let Err(e) = run(Command::new(vm_dir().join("link.sh"))
            .args([
                "up",
                &rig.ns,
                &rig.prefix,
                rig.art.join("link").to_str().unwrap(),
                "1",
            ])
            .env("LINK_RA_MO", if ra_managed { "on" } else { "off" }))
        {
            panic!("[{test}] setting up the test link failed (root, ip netns, radvd?): {e}");
        }
        for f in ["vmlinuz", "initrd.img"] {
            fs::copy(payload_dir().join(f), rig.data.join("tftp").join(f))
                .unwrap_or_else(|e| panic!("copying payload {f}: {e}"));
        }
        rig.log(&format!(
            "netns {} prefix {}::/64 mac {} artifacts {}",
            rig.ns,
            rig.prefix,
            rig.mac,
            rig.art.display()
        ));
        rig
    }

    fn log(&self, msg: &str) {
        let line = format!("[vm_boot {}] {msg}", self.test);
        if msg.starts_with("PASS") {
            loud(&line);
        } else {
            eprintln!("{line}");
        }
        if let Ok(mut f) = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.art.join("test.log"))
        {
            let _ = writeln!(f, "{line}");
        }
    }

    fn server_addr(&self) -> String {
        format!("{}::1", self.prefix)
    }

    fn db_path(&self) -> PathBuf {
        self.data.join("bootforge.db")
    }

    fn server_log(&self) -> PathBuf {
        self.art.join("bootforge.log")
    }

    fn start_capture(&mut self, name: &str) {
        let pcap = self.art.join(format!("{name}.pcapng"));
        let pid = self.art.join(format!("{name}.tshark.pid"));
        run(Command::new(vm_dir().join("capture.sh")).args([
            "start",
            &self.ns,
            pcap.to_str().unwrap(),
            pid.to_str().unwrap(),
        ]))
        .unwrap_or_else(|e| panic!("starting tshark: {e}"));
        self.captures.push((pcap, pid));
    }

    fn stop_capture(&mut self, name: &str) {
        let pid = self.art.join(format!("{name}.tshark.pid"));
        let _ =
            run(Command::new(vm_dir().join("capture.sh")).args(["stop", pid.to_str().unwrap()]));
    }

    /// `bootforge serve` inside the namespace (the shared harness: returns once its ready file
    /// says every listener is bound), and the test's handle on the database.
    fn start_server(&mut self) {
        // A fresh log per start, as before.
        fs::File::create(self.server_log()).expect("server log");
        let mut builder = ServerBuilder::new()
            .netns(&self.ns)
            .data_dir(&self.data)
            .log_file(&self.server_log())
            .quiet_on_failure()
            .args(&["--interface", "br0"])
            .args(&["--pool", &format!("{}::/64", self.prefix)])
            .args(&["--server-address", &self.server_addr()])
            .args(&["--http-listen", "[::]:8080"])
            .env("BOOTFORGE_LOG", "debug,sqlx=warn")
            .env("RUST_BACKTRACE", "1");
        if let Some(toml) = &self.config_toml {
            let path = self.art.join("bootforge.toml");
            fs::write(&path, toml).expect("writing bootforge.toml");
            builder = builder.config_file(&path);
        }
        let server = builder.start();
        let ready = server.ready();
        assert_eq!(
            (ready.dhcpv6.map(|a| a.port()), ready.http.map(|a| a.port())),
            (Some(547), Some(8080)),
            "DHCPv6 on 547 and HTTP on 8080: {ready:?}"
        );
        if ready.tftp.map(|a| a.port()) != Some(69) {
            self.log(&format!(
                "warning: bootforge does not listen on udp/69 (TFTP): {ready:?}"
            ));
        }
        self.server = Some(server);
        let store = self
            .rt
            .block_on(Store::open(&self.db_path()))
            .unwrap_or_else(|e| panic!("opening {}: {e}", self.db_path().display()));
        self.store = Some(store);
        self.log("bootforge serve is up");
    }

    fn store(&self) -> &Store {
        self.store.as_ref().expect("server started")
    }

    fn create_profile(&self, name: &str) {
        self.create_profile_with(name, PROFILE_CMDLINE);
    }

    fn create_profile_with(&self, name: &str, cmdline: &str) {
        let p = Profile {
            name: name.to_string(),
            description: "vm_boot test payload".into(),
            kernel: "vmlinuz".into(),
            initrd: "initrd.img".into(),
            cmdline: cmdline.into(),
            template: "install.ipxe".into(),
            variables: Variables::new(),
        };
        self.rt
            .block_on(self.store().create_profile(&p))
            .unwrap_or_else(|e| panic!("create_profile {name}: {e}"));
    }

    fn spec(&self, profile: Option<&str>, state: Option<MachineState>, token: &str) -> MachineSpec {
        let mut variables = Variables::new();
        variables.insert("token".into(), serde_json::Value::String(token.into()));
        MachineSpec {
            hostname: format!("vm-{}", self.test.replace('_', "-")),
            profile: profile.map(str::to_string),
            state,
            variables,
        }
    }

    fn boot(&mut self, label: &str, mode: Mode, timeout: Duration) -> usize {
        let serial = self.art.join(format!("{label}.serial.log"));
        let child = Command::new(vm_dir().join("qemu.sh"))
            .args([
                &self.ns,
                "tap0",
                &self.mac.to_string(),
                mode.arg(),
                serial.to_str().unwrap(),
                &timeout.as_secs().to_string(),
            ])
            .args((mode == Mode::BiosIpxe).then(|| {
                manifest_dir()
                    .join("../boot-scripts/ipxe/bin/1af41000.rom")
                    .display()
                    .to_string()
            }))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(
                fs::File::create(self.art.join(format!("{label}.qemu.log")))
                    .map(Stdio::from)
                    .unwrap_or_else(|_| Stdio::null()),
            )
            .spawn()
            .expect("spawning qemu.sh");
        self.log(&format!(
            "{label}: VM started ({mode:?}, timeout {timeout:?})"
        ));
        self.vms.push(Vm {
            label: label.to_string(),
            child,
            serial,
            started: Instant::now(),
        });
        self.vms.len() - 1
    }

    /// Waits for the marker line on VM `i`'s serial console; `None` if the VM ended (or
    /// `limit` passed) without it. Returns the line and the time since power-on.
    fn wait_marker(&mut self, i: usize, limit: Duration) -> Option<(String, Duration)> {
        loop {
            let vm = &mut self.vms[i];
            if let Some(line) = marker_line(&vm.serial) {
                let t = vm.started.elapsed();
                let label = vm.label.clone();
                self.log(&format!(
                    "{label}: marker after {:.1} s: {line}",
                    t.as_secs_f64()
                ));
                return Some((line, t));
            }
            let ended = vm.child.try_wait().ok().flatten().is_some();
            if ended || vm.started.elapsed() > limit {
                // One last look: the VM may have written the line just before it powered off.
                let last = marker_line(&vm.serial);
                let t = vm.started.elapsed();
                return last.map(|l| (l, t));
            }
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// Waits for VM `i` to end by itself (power off) for up to 30 s, then stops it.
    fn finish_vm(&mut self, i: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.vms[i].child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        stop_child(&mut self.vms[i].child);
    }

    fn stop_vm(&mut self, i: usize) {
        stop_child(&mut self.vms[i].child);
    }

    fn events(&self) -> Vec<StoredEvent> {
        let mut ev = self
            .rt
            .block_on(self.store().events(Some(self.mac), None, 1000))
            .expect("reading events");
        ev.reverse(); // oldest first
        ev
    }

    /// Events for the MAC, waiting (the server writes them in group commits) until `pred` holds
    /// or `limit` passes; returns the last read either way.
    fn events_until(
        &self,
        limit: Duration,
        pred: impl Fn(&[StoredEvent]) -> bool,
    ) -> Vec<StoredEvent> {
        let deadline = Instant::now() + limit;
        loop {
            let ev = self.events();
            if pred(&ev) || Instant::now() > deadline {
                return ev;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    fn assert_stages(&self, ev: &[StoredEvent], sources: &[&str]) {
        for s in sources {
            assert!(
                ev.iter().any(|e| e.source == *s),
                "no `{s}` event recorded for {}; events:\n{}",
                self.mac,
                fmt_events(ev)
            );
        }
    }

    fn assert_lease(&self) {
        let leases = self
            .rt
            .block_on(self.store().leases_for_mac(self.mac))
            .expect("reading leases");
        assert!(
            !leases.is_empty(),
            "no lease recorded for {} (leases for the MAC are empty)",
            self.mac
        );
        let want = format!("{}:", self.prefix);
        assert!(
            leases
                .iter()
                .any(|l| l.address.to_string().starts_with(&want)),
            "no lease for {} inside {}::/64: {leases:?}",
            self.mac,
            self.prefix
        );
        self.log(&format!(
            "leases: {:?}",
            leases.iter().map(|l| l.address).collect::<Vec<_>>()
        ));
    }

    fn machine_state(&self) -> Option<MachineState> {
        self.rt
            .block_on(self.store().machine(self.mac))
            .expect("reading machine")
            .map(|m| m.state)
    }

    fn diagnostics(&mut self) {
        eprintln!(
            "\n========== vm_boot {} FAILED: diagnostics (artifacts in {}) ==========",
            self.test,
            self.art.display()
        );
        let names: Vec<String> = self
            .captures
            .iter()
            .map(|(p, _)| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        for n in &names {
            self.stop_capture(n);
        }
        for (pcap, _) in &self.captures {
            match run(
                Command::new(vm_dir().join("capture.sh")).args(["summary", pcap.to_str().unwrap()])
            ) {
                Ok(s) => eprintln!("{s}"),
                Err(e) => eprintln!("(capture summary failed: {e})"),
            }
        }
        for vm in &self.vms {
            eprintln!("---------- serial log {} (tail) ----------", vm.label);
            eprintln!("{}", tail(&vm.serial, 40));
        }
        eprintln!("---------- bootforge log (tail) ----------");
        eprintln!("{}", tail(&self.server_log(), 80));
        if self.store.is_some() {
            if let Ok(mut ev) = self.rt.block_on(self.store().events(None, None, 60)) {
                ev.reverse();
                eprintln!("---------- last events (all MACs) ----------");
                eprintln!("{}", fmt_events(&ev));
            }
        }
        eprintln!("========== end of diagnostics ==========\n");
    }
}

impl Drop for Rig {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.diagnostics();
        }
        for vm in &mut self.vms {
            stop_child(&mut vm.child);
        }
        if let Some(mut s) = self.server.take() {
            s.stop();
        }
        if let Some(store) = self.store.take() {
            self.rt.block_on(store.close());
        }
        let names: Vec<String> = self
            .captures
            .iter()
            .map(|(p, _)| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        for n in &names {
            self.stop_capture(n);
        }
        if self.link_up {
            // Kills whatever is left in the namespace (radvd, a stray qemu) and deletes it.
            let _ = run(Command::new(vm_dir().join("link.sh")).args(["down", &self.ns]));
        }
    }
}

/// SIGTERM (qemu.sh's `timeout` forwards it to qemu; bootforge shuts down cleanly), then
/// SIGKILL after 5 s.
fn stop_child(c: &mut Child) {
    if c.try_wait().ok().flatten().is_some() {
        return;
    }
    let _ = Command::new("kill")
        .args(["-TERM", &c.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if c.try_wait().ok().flatten().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = c.kill();
    let _ = c.wait();
}

fn read_lossy(p: &Path) -> String {
    fs::read(p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn marker_line(serial: &Path) -> Option<String> {
    read_lossy(serial)
        .lines()
        .find(|l| l.contains(MARKER))
        .map(|l| l.trim().to_string())
}

/// Drops ANSI escape sequences (firmware, iPXE and coloured logs are full of them).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.peek() == Some(&'[') {
            chars.next();
            // Parameters and intermediates, then one final byte in @..~.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        }
    }
    out
}

fn tail(p: &Path, n: usize) -> String {
    let s = strip_ansi(&read_lossy(p));
    let lines: Vec<&str> = s.lines().collect();
    let from = lines.len().saturating_sub(n);
    if lines.is_empty() {
        format!("({} is empty or missing)", p.display())
    } else {
        lines[from..].join("\n")
    }
}

fn fmt_events(ev: &[StoredEvent]) -> String {
    ev.iter()
        .map(|e| {
            format!(
                "  #{} {} {}:{} addr={} {}",
                e.id,
                e.mac.map(|m| m.to_string()).unwrap_or_else(|| "-".into()),
                e.source,
                e.stage,
                e.address.as_deref().unwrap_or("-"),
                e.detail
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The iPXE scripts (bodies starting `#!ipxe`) the server sent over HTTP in a capture.
fn scripts_in_capture(pcap: &Path) -> Vec<String> {
    let out = Command::new("tshark")
        .arg("-r")
        .arg(pcap)
        .args([
            "-Y",
            "http.response",
            "-T",
            "fields",
            "-e",
            "http.file_data",
        ])
        .stderr(Stdio::null())
        .output();
    let Ok(out) = out else { return Vec::new() };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("#!ipxe"))
        .map(|l| l.replace("\\n", "\n").replace("\\r", ""))
        .collect()
}

/// HTTP request URIs in a capture.
fn http_requests_in_capture(pcap: &Path) -> Vec<String> {
    let out = Command::new("tshark")
        .arg("-r")
        .arg(pcap)
        .args([
            "-Y",
            "http.request",
            "-T",
            "fields",
            "-e",
            "http.request.uri",
        ])
        .stderr(Stdio::null())
        .output();
    let Ok(out) = out else { return Vec::new() };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

/// `source`, `stage`, and optionally a `key` = `value` in the event's detail.
type EventPattern<'a> = (&'a str, &'a str, Option<(&'a str, &'a str)>);

/// True if `e` is `source:stage` and (when given) its detail has `key` == `value`.
fn is_event(e: &StoredEvent, source: &str, stage: &str, kv: Option<(&str, &str)>) -> bool {
    e.source == source
        && e.stage == stage
        && kv.is_none_or(|(k, v)| e.detail.to_json().get(k).and_then(|x| x.as_str()) == Some(v))
}

/// Asserts the full chain is in the events: DHCPv6 request, (TFTP of ipxe.efi,) the `script`
/// kind of script, and the kernel and initrd fetched over HTTP.
fn assert_chain_events(ev: &[StoredEvent], tftp: bool, script: &str) {
    let need: Vec<EventPattern> = [
        ("dhcp", "request", None),
        ("http", "script", Some(("script", script))),
        ("http", "asset", Some(("file", "vmlinuz"))),
        ("http", "asset", Some(("file", "initrd.img"))),
    ]
    .into_iter()
    .chain(tftp.then_some(("tftp", "tftp_done", Some(("file", "ipxe.efi")))))
    .collect();
    for (source, stage, kv) in need {
        assert!(
            ev.iter().any(|e| is_event(e, source, stage, kv)),
            "no `{source}:{stage}` event{} recorded for the machine; events:\n{}",
            kv.map(|(k, v)| format!(" with {k}={v}"))
                .unwrap_or_default(),
            fmt_events(ev)
        );
    }
}

fn token(test: &str) -> String {
    format!("{test}-{}", std::process::id())
}

fn assert_marker_token(marker: &str, token: &str) {
    let want = format!("bootforge.test={token}");
    assert!(
        marker.split_whitespace().any(|w| w == want),
        "the kernel command line in the marker lacks `{want}` (profile cmdline with the \
         machine variable rendered): {marker}"
    );
}

/// A registered machine with a profile, powered on in `mode`: waits for the marker line with
/// the machine's variable in it, then for events from DHCP, HTTP and (PXE only) TFTP.
/// Returns the rig, those events and the time from power-on to the marker.
fn boot_registered_machine(
    name: &str,
    subnet: u8,
    mode: Mode,
    timeout: Duration,
) -> (Rig, Vec<StoredEvent>, Duration) {
    boot_registered_machine_with(name, subnet, mode, timeout, None)
}

/// [`boot_registered_machine`] with a server configuration file.
fn boot_registered_machine_with(
    name: &str,
    subnet: u8,
    mode: Mode,
    timeout: Duration,
    config_toml: Option<&str>,
) -> (Rig, Vec<StoredEvent>, Duration) {
    let mut rig = Rig::new(name, subnet);
    rig.config_toml = config_toml.map(str::to_string);
    rig.start_capture("capture");
    rig.start_server();
    let tok = token(name);
    rig.create_profile("vmtest");
    rig.rt
        .block_on(rig.store().create_machine(
            rig.mac,
            &rig.spec(Some("vmtest"), Some(MachineState::Ready), &tok),
        ))
        .expect("create_machine");
    let vm = rig.boot("boot", mode, timeout);
    let (marker, t) = rig
        .wait_marker(vm, timeout)
        .expect("the VM did not reach the marker line");
    assert_marker_token(&marker, &tok);
    rig.finish_vm(vm);
    let sources: &[&str] = match mode {
        Mode::Pxe | Mode::Arm64Pxe => &["dhcp", "tftp", "http"],
        Mode::Http | Mode::BiosIpxe => &["dhcp", "http"],
    };
    let ev = rig.events_until(Duration::from_secs(10), |ev| {
        sources.iter().all(|s| ev.iter().any(|e| e.source == *s))
    });
    (rig, ev, t)
}

/// Full chain with a registered machine: OVMF PXE over IPv6 → ipxe.efi over TFTP → iPXE
/// DHCPv6 → per-MAC script → kernel + initrd → marker with the machine's variable.
#[test]
fn vm_pxe_ipv6_registered_machine_boots_profile() {
    if !preflight() {
        return;
    }
    let (rig, ev, t) = boot_registered_machine("pxe_registered", 0x11, Mode::Pxe, PXE_TIMEOUT);
    rig.assert_stages(&ev, &["dhcp", "tftp", "http"]);
    assert_chain_events(&ev, true, "install");
    rig.assert_lease();
    rig.log(&format!(
        "PASS: power-on -> marker {:.1} s",
        t.as_secs_f64()
    ));
}

/// OVMF UEFI HTTP Boot over IPv6: ipxe.efi over HTTP (after OVMF's ~50 s of HTTPv4), then
/// the same chain.
#[test]
fn vm_uefi_http_boot_ipv6_registered_machine_boots_profile() {
    if !preflight() {
        return;
    }
    let (rig, ev, t) = boot_registered_machine("http_boot", 0x12, Mode::Http, HTTP_BOOT_TIMEOUT);
    rig.assert_stages(&ev, &["dhcp", "http"]);
    assert_chain_events(&ev, false, "install");
    assert!(
        ev.iter()
            .any(|e| is_event(e, "http", "asset", Some(("file", "ipxe.efi")))),
        "no http asset event for ipxe.efi (UEFI HTTP Boot fetches the NBP over HTTP); \
         events:\n{}",
        fmt_events(&ev)
    );
    assert!(
        !ev.iter().any(|e| e.source == "tftp"),
        "HTTP Boot should not use TFTP; events:\n{}",
        fmt_events(&ev)
    );
    // ipxe.efi itself came over HTTP: no TFTP in this boot.
    let reqs = http_requests_in_capture(&rig.art.join("capture.pcapng"));
    assert!(
        reqs.iter().any(|u| u.ends_with(".efi")),
        "no HTTP request for an .efi in the capture (UEFI HTTP Boot should fetch ipxe.efi \
         over HTTP); requests: {reqs:?}"
    );
    rig.assert_lease();
    rig.log(&format!(
        "PASS: power-on -> marker {:.1} s",
        t.as_secs_f64()
    ));
}

/// An unknown machine gets the "discovered, waiting" script and keeps retrying; once an
/// operator assigns a profile, the same running VM reaches the marker without a power cycle.
#[test]
fn vm_unknown_machine_waits_then_boots_after_approval() {
    if !preflight() {
        return;
    }
    let mut rig = Rig::new("unknown_then_approved", 0x13);
    rig.start_capture("capture");
    rig.start_server();
    let tok = token("approved");
    rig.create_profile("vmtest");

    let vm = rig.boot("boot", Mode::Pxe, PXE_TIMEOUT + Duration::from_secs(60));
    // Waiting: the machine is discovered and fetches its script at least twice (retries).
    let waits = |ev: &[StoredEvent]| {
        ev.iter()
            .filter(|e| is_event(e, "http", "script", Some(("script", "wait"))))
            .count()
    };
    let ev = rig.events_until(PXE_TIMEOUT, |ev| waits(ev) >= 2);
    let http_before = waits(&ev);
    assert!(
        http_before >= 2,
        "the unknown machine did not fetch the waiting script repeatedly (wait scripts: \
         {http_before}); events:\n{}",
        fmt_events(&ev)
    );
    assert!(
        !ev.iter().any(|e| is_event(e, "http", "asset", None)),
        "an unregistered machine fetched boot assets; events:\n{}",
        fmt_events(&ev)
    );
    assert_eq!(
        rig.machine_state(),
        Some(MachineState::Discovered),
        "an unregistered machine that booted should be recorded as discovered"
    );
    assert!(
        marker_line(&rig.vms[vm].serial).is_none(),
        "an unregistered machine must not boot a kernel"
    );
    let scripts = scripts_in_capture(&rig.art.join("capture.pcapng"));
    assert!(
        !scripts
            .iter()
            .any(|s| s.contains("kernel ") || s.contains("initrd ")),
        "the waiting script must not load a kernel: {scripts:?}"
    );
    rig.log(&format!(
        "discovered after {:.1} s, {http_before} script fetches; approving",
        rig.vms[vm].started.elapsed().as_secs_f64()
    ));

    // Approve: assign the profile (state goes discovered → ready).
    let approved_at = Instant::now();
    rig.rt
        .block_on(
            rig.store()
                .update_machine(rig.mac, &rig.spec(Some("vmtest"), None, &tok)),
        )
        .expect("update_machine");
    assert_eq!(rig.machine_state(), Some(MachineState::Ready));

    let (marker, t) = rig
        .wait_marker(vm, PXE_TIMEOUT + Duration::from_secs(60))
        .expect("the waiting VM did not reach the marker after approval");
    assert_marker_token(&marker, &tok);
    assert_eq!(rig.vms.len(), 1, "one VM, no power cycle");
    rig.finish_vm(vm);
    let ev = rig.events_until(Duration::from_secs(10), |ev| {
        ev.iter()
            .any(|e| is_event(e, "http", "asset", Some(("file", "initrd.img"))))
    });
    assert_chain_events(&ev, true, "install");
    let first_install = ev
        .iter()
        .position(|e| is_event(e, "http", "script", Some(("script", "install"))))
        .unwrap();
    let last_wait = ev
        .iter()
        .rposition(|e| is_event(e, "http", "script", Some(("script", "wait"))))
        .unwrap();
    assert!(
        last_wait < first_install,
        "wait scripts after the install script; events:\n{}",
        fmt_events(&ev)
    );
    rig.assert_lease();
    rig.log(&format!(
        "PASS: power-on -> marker {:.1} s, approval -> marker {:.1} s",
        t.as_secs_f64(),
        approved_at.elapsed().as_secs_f64()
    ));
}

/// Boot-once: a machine in `reinstall` installs on its first boot and then turns `local`; the
/// next boot gets `exit` (to the local disk) and loads no kernel.
#[test]
fn vm_reinstall_boots_once_then_exits() {
    if !preflight() {
        return;
    }
    let mut rig = Rig::new("boot_once", 0x14);
    rig.start_capture("boot1");
    rig.start_server();
    let tok = token("once");
    rig.create_profile("vmtest");
    rig.rt
        .block_on(rig.store().create_machine(
            rig.mac,
            &rig.spec(Some("vmtest"), Some(MachineState::Reinstall), &tok),
        ))
        .expect("create_machine");

    // Boot 1: install.
    let vm1 = rig.boot("boot1", Mode::Pxe, PXE_TIMEOUT);
    let (marker, t1) = rig
        .wait_marker(vm1, PXE_TIMEOUT)
        .expect("first (reinstall) boot did not reach the marker");
    assert_marker_token(&marker, &tok);
    rig.finish_vm(vm1);
    rig.stop_capture("boot1");
    assert_eq!(
        rig.machine_state(),
        Some(MachineState::Local),
        "after the install boot the machine should be `local`"
    );
    let ev = rig.events_until(Duration::from_secs(10), |ev| {
        ev.iter()
            .any(|e| is_event(e, "http", "asset", Some(("file", "initrd.img"))))
    });
    assert_chain_events(&ev, true, "reinstall");
    let last_id = ev.last().map(|e| e.id).unwrap_or(0);

    // Boot 2: same machine, fresh power-on.
    rig.start_capture("boot2");
    let vm2 = rig.boot("boot2", Mode::Pxe, PXE_TIMEOUT);
    let pcap2 = rig.art.join("boot2.pcapng");
    // Wait for the server to hand the second boot its script, then for the firmware to say
    // the PXE boot option ended (iPXE's `exit` returns to it; a kernel would not), then stop
    // the VM: OVMF's next boot option is not part of this test.
    let ev = rig.events_until(PXE_TIMEOUT, |ev| {
        ev.iter()
            .any(|e| e.id > last_id && is_event(e, "http", "script", None))
    });
    assert!(
        ev.iter()
            .any(|e| e.id > last_id && is_event(e, "http", "script", Some(("script", "local")))),
        "second boot: no `local` script recorded within {PXE_TIMEOUT:?}; events:\n{}",
        fmt_events(&ev)
    );
    let t2 = rig.vms[vm2].started.elapsed();
    let serial = poll_until(
        Duration::from_secs(60),
        || strip_ansi(&read_lossy(&rig.vms[vm2].serial)),
        |s| returned_to_firmware(s),
    );
    assert!(
        returned_to_firmware(&serial),
        "second boot: the firmware never reported the PXE option ended after the `local` \
         script:\n{}",
        tail(&rig.vms[vm2].serial, 30)
    );
    rig.stop_vm(vm2);
    rig.stop_capture("boot2");
    assert!(
        marker_line(&rig.vms[vm2].serial).is_none(),
        "second boot reached the marker although the machine is `local`"
    );
    let scripts = scripts_in_capture(&pcap2);
    let exit_script = scripts
        .iter()
        .find(|s| {
            s.lines()
                .any(|l| l.trim() == "exit" || l.trim().starts_with("exit "))
        })
        .unwrap_or_else(|| {
            panic!("second boot: no iPXE script with `exit` seen on the wire; scripts: {scripts:?}")
        });
    assert!(
        !scripts.iter().any(|s| s.contains("kernel ")),
        "second boot was sent a script that loads a kernel: {scripts:?}"
    );
    let reqs = http_requests_in_capture(&pcap2);
    assert!(
        !reqs
            .iter()
            .any(|u| u.contains("vmlinuz") || u.contains("initrd")),
        "second boot fetched the kernel/initrd: {reqs:?}"
    );
    let ev = rig.events();
    let second: Vec<StoredEvent> = ev.into_iter().filter(|e| e.id > last_id).collect();
    assert!(
        !second.iter().any(|e| is_event(e, "http", "asset", None)
            || is_event(e, "http", "script", Some(("script", "reinstall")))
            || is_event(e, "http", "script", Some(("script", "install")))),
        "second boot was given the install again; events:\n{}",
        fmt_events(&second)
    );
    assert_eq!(rig.machine_state(), Some(MachineState::Local));
    rig.log(&format!(
        "PASS: install boot -> marker {:.1} s; second boot got exit after {:.1} s:\n{exit_script}",
        t1.as_secs_f64(),
        t2.as_secs_f64()
    ));
}

/// On OVMF's console: iPXE printed the `local` script's line, and after it the firmware
/// reported that boot option as ended (it goes on to the next one).
fn returned_to_firmware(serial: &str) -> bool {
    serial
        .find("boots from local disk")
        .is_some_and(|at| serial[at..].contains("BdsDxe: failed to start"))
}

/// The time from the server's DHCPv6 Reply to iPXE (the exchange whose client class is iPXE)
/// to iPXE's first script fetch after it, from the boot events' timestamps (ms). `Err` says
/// which event is missing.
fn ipxe_reply_to_script_gap(ev: &[StoredEvent]) -> Result<Duration, String> {
    let script = ev
        .iter()
        .position(|e| is_event(e, "http", "script", None))
        .ok_or("no http:script event")?;
    let reply = ev[..script]
        .iter()
        .rev()
        .find(|e| {
            e.source == "dhcp"
                && e.detail.to_json()["reply"].as_str() == Some("Reply")
                && e.detail.to_json()["class"]["kind"].as_str() == Some("ipxe")
        })
        .ok_or("no DHCPv6 Reply to an iPXE client before the first script fetch")?;
    let ms = ev[script].at - reply.at;
    u64::try_from(ms).map(Duration::from_millis).map_err(|_| {
        format!(
            "script event #{} is older than the Reply #{}",
            ev[script].id, reply.id
        )
    })
}

/// The origin (`builtin`, `configured`, `root`, `distro`) the server recorded for the TFTP
/// transfer of `file`.
fn tftp_origin<'a>(ev: &'a [StoredEvent], file: &str) -> Option<&'a str> {
    ev.iter()
        .find(|e| is_event(e, "tftp", "tftp_start", Some(("file", file))))
        .and_then(|e| match &e.detail {
            bootforge::events::EventDetail::TftpStart(d) => Some(d.origin.as_str()),
            _ => None,
        })
}

fn has_initrd_arg(marker: &str) -> bool {
    marker.split_whitespace().any(|w| w.starts_with("initrd="))
}

/// bootforge's own iPXE (the default ipxe.efi, boot-scripts/ipxe/): OVMF PXE over IPv6 →
/// built-in ipxe.efi over TFTP → the embedded script configures by IPv6 only and chains the
/// Boot File URL at once: under 2 s from the DHCPv6 Reply to the script fetch (Debian's
/// ipxe.efi waits ~15 s for DHCPv4 there). The kernel gets its initrd through LoadFile2: no
/// `initrd=` on its command line, and the initrd's /init still runs (it prints the marker).
#[test]
fn vm_pxe_own_ipxe_chains_script_within_2s_of_dhcpv6_reply() {
    if !preflight() {
        return;
    }
    let (rig, ev, t) = boot_registered_machine("own_ipxe", 0x15, Mode::Pxe, PXE_TIMEOUT);
    assert_chain_events(&ev, true, "install");
    assert_eq!(
        tftp_origin(&ev, "ipxe.efi"),
        Some("builtin"),
        "ipxe.efi should be bootforge's built-in build by default; events:\n{}",
        fmt_events(&ev)
    );
    let gap = ipxe_reply_to_script_gap(&ev)
        .unwrap_or_else(|e| panic!("{e}; events:\n{}", fmt_events(&ev)));
    assert!(
        gap < Duration::from_secs(2),
        "iPXE fetched its script {:.1} s after its DHCPv6 Reply (want < 2 s: the embedded \
         script must not wait for DHCPv4); events:\n{}",
        gap.as_secs_f64(),
        fmt_events(&ev)
    );
    let marker = marker_line(&rig.vms[0].serial).expect("marker");
    assert!(
        !has_initrd_arg(&marker),
        "with bootforge's iPXE the kernel should get its initrd via LoadFile2, without \
         `initrd=` on the command line: {marker}"
    );
    let scripts = scripts_in_capture(&rig.art.join("capture.pcapng"));
    assert!(
        scripts.iter().any(|s| s.contains("${bootforge_ipxe}")),
        "the install script on the wire does not branch on ${{bootforge_ipxe}}: {scripts:?}"
    );
    rig.assert_lease();
    rig.log(&format!(
        "PASS: DHCPv6 Reply -> script GET {:.3} s; power-on -> marker {:.1} s",
        gap.as_secs_f64(),
        t.as_secs_f64()
    ));
}

/// The distribution's ipxe.efi, configured explicitly (`boot.ipxe_binaries.x64`), still
/// boots the same template: it lacks LoadFile2, so the kernel gets `initrd=initrd.img`. It
/// also shows what the gap assertion above measures: Debian's build waits for DHCPv4.
#[test]
fn vm_pxe_distro_ipxe_override_still_boots_with_initrd_arg() {
    if !preflight() {
        return;
    }
    let (rig, ev, t) = boot_registered_machine_with(
        "distro_ipxe",
        0x16,
        Mode::Pxe,
        PXE_TIMEOUT,
        Some("[boot.ipxe_binaries]\nx64 = \"/usr/lib/ipxe/ipxe.efi\"\n"),
    );
    assert_chain_events(&ev, true, "install");
    assert_eq!(
        tftp_origin(&ev, "ipxe.efi"),
        Some("configured"),
        "boot.ipxe_binaries.x64 must override the built-in; events:\n{}",
        fmt_events(&ev)
    );
    let marker = marker_line(&rig.vms[0].serial).expect("marker");
    assert!(
        marker.split_whitespace().any(|w| w == "initrd=initrd.img"),
        "Debian's iPXE needs `initrd=initrd.img` on the kernel command line: {marker}"
    );
    let gap = ipxe_reply_to_script_gap(&ev)
        .unwrap_or_else(|e| panic!("{e}; events:\n{}", fmt_events(&ev)));
    assert!(
        gap > Duration::from_secs(8),
        "Debian's ipxe.efi fetched its script {:.1} s after its DHCPv6 Reply; it was measured \
         to wait ~15 s for DHCPv4 (if Debian's build changed, this control is stale); \
         events:\n{}",
        gap.as_secs_f64(),
        fmt_events(&ev)
    );
    rig.log(&format!(
        "PASS: distro iPXE DHCPv6 Reply -> script GET {:.1} s; power-on -> marker {:.1} s",
        gap.as_secs_f64(),
        t.as_secs_f64()
    ));
}

/// An arm64 VM under TCG is slow: AAVMF tries PXE over IPv4 first, and the kernel is 33 MB.
const ARM64_TIMEOUT: Duration = Duration::from_secs(600);

/// arm64: `qemu-system-aarch64 -M virt` with Debian's AAVMF firmware, PXE over IPv6 →
/// bootforge's built-in ipxe-arm64.efi over TFTP (client arch 0x000b) → the embedded script →
/// per-MAC script → Debian's arm64 kernel + a busybox initrd (LoadFile2, no `initrd=`) →
/// marker on ttyAMA0.
#[test]
fn vm_arm64_pxe_ipv6_boots_profile_with_own_ipxe() {
    if !preflight() {
        return;
    }
    for (what, present) in [
        (
            "qemu-system-aarch64 (package qemu-system-arm)",
            run(Command::new("sh").args(["-c", "command -v qemu-system-aarch64"])).is_ok(),
        ),
        (
            "/usr/share/qemu-efi-aarch64/QEMU_EFI.fd (package qemu-efi-aarch64)",
            Path::new("/usr/share/qemu-efi-aarch64/QEMU_EFI.fd").exists(),
        ),
    ] {
        assert!(
            present,
            "the arm64 VM test needs {what}; set BOOTFORGE_SKIP_VM=1 to skip"
        );
    }
    let arm_payload = target_dir().join("vm-payload-arm64");
    run(Command::new(vm_dir().join("build-payload.sh"))
        .arg(&arm_payload)
        .arg("arm64"))
    .unwrap_or_else(|e| panic!("building the arm64 payload failed: {e}"));
    let mut rig = Rig::new("arm64_pxe", 0x17);
    for f in ["vmlinuz", "initrd.img"] {
        fs::copy(arm_payload.join(f), rig.data.join("tftp").join(f))
            .unwrap_or_else(|e| panic!("copying arm64 payload {f}: {e}"));
    }
    rig.start_capture("capture");
    rig.start_server();
    let tok = token("arm64");
    rig.create_profile_with(
        "vmtest-arm64",
        "console=ttyAMA0 panic=-1 bootforge.test={{ variables.token }}",
    );
    rig.rt
        .block_on(rig.store().create_machine(
            rig.mac,
            &rig.spec(Some("vmtest-arm64"), Some(MachineState::Ready), &tok),
        ))
        .expect("create_machine");
    let vm = rig.boot("boot", Mode::Arm64Pxe, ARM64_TIMEOUT);
    let (marker, t) = rig
        .wait_marker(vm, ARM64_TIMEOUT)
        .expect("the arm64 VM did not reach the marker line");
    assert_marker_token(&marker, &tok);
    rig.finish_vm(vm);
    let ev = rig.events_until(Duration::from_secs(10), |ev| {
        ev.iter()
            .any(|e| is_event(e, "http", "asset", Some(("file", "initrd.img"))))
    });
    let need: Vec<EventPattern> = vec![
        ("dhcp", "request", None),
        ("tftp", "tftp_done", Some(("file", "ipxe-arm64.efi"))),
        ("http", "script", Some(("script", "install"))),
        ("http", "asset", Some(("file", "vmlinuz"))),
        ("http", "asset", Some(("file", "initrd.img"))),
    ];
    for (source, stage, kv) in need {
        assert!(
            ev.iter().any(|e| is_event(e, source, stage, kv)),
            "no `{source}:{stage}` {kv:?} event for the arm64 machine; events:\n{}",
            fmt_events(&ev)
        );
    }
    assert_eq!(
        tftp_origin(&ev, "ipxe-arm64.efi"),
        Some("builtin"),
        "ipxe-arm64.efi should be bootforge's built-in arm64 build; events:\n{}",
        fmt_events(&ev)
    );
    assert!(
        !has_initrd_arg(&marker),
        "bootforge's arm64 iPXE should hand over the initrd via LoadFile2: {marker}"
    );
    let gap = ipxe_reply_to_script_gap(&ev)
        .unwrap_or_else(|e| panic!("{e}; events:\n{}", fmt_events(&ev)));
    rig.assert_lease();
    rig.log(&format!(
        "PASS: arm64 power-on -> marker {:.1} s; DHCPv6 Reply -> script GET {:.3} s",
        t.as_secs_f64(),
        gap.as_secs_f64()
    ));
}

/// The operators whose VMs run iPXE directly: SeaBIOS (QEMU's default BIOS, no UEFI) with
/// bootforge's virtio-net iPXE ROM (boot-scripts/ipxe/bin/1af41000.rom, IPv6 enabled, unlike
/// Debian's BIOS builds) as the NIC's option ROM. The ROM's embedded script configures by
/// IPv6, DHCPv6 classifies it as iPXE, and it boots the per-MAC script: no TFTP at all.
#[test]
fn vm_seabios_ipxe_rom_boots_per_mac_script_over_ipv6() {
    if !preflight() {
        return;
    }
    let (rig, ev, t) = boot_registered_machine("seabios_ipxe", 0x18, Mode::BiosIpxe, PXE_TIMEOUT);
    assert_chain_events(&ev, false, "install");
    assert!(
        !ev.iter().any(|e| e.source == "tftp"),
        "iPXE as the NIC ROM should go straight to its script over HTTP; events:\n{}",
        fmt_events(&ev)
    );
    let first_dhcp = ev
        .iter()
        .find(|e| e.source == "dhcp")
        .expect("a dhcp event");
    assert_eq!(
        first_dhcp.detail.to_json()["class"]["kind"].as_str(),
        Some("ipxe"),
        "the first DHCPv6 client on this machine should be iPXE itself (the ROM); events:\n{}",
        fmt_events(&ev)
    );
    let reqs = http_requests_in_capture(&rig.art.join("capture.pcapng"));
    let want = format!("/boot/{}.ipxe", rig.mac);
    assert!(
        reqs.iter().any(|u| u == &want),
        "no GET {want} in the capture: {reqs:?}"
    );
    let gap = ipxe_reply_to_script_gap(&ev)
        .unwrap_or_else(|e| panic!("{e}; events:\n{}", fmt_events(&ev)));
    assert!(
        gap < Duration::from_secs(2),
        "the ROM fetched its script {:.1} s after its DHCPv6 Reply (want < 2 s)",
        gap.as_secs_f64()
    );
    rig.assert_lease();
    rig.log(&format!(
        "PASS: SeaBIOS + iPXE ROM power-on -> marker {:.1} s; DHCPv6 Reply -> script GET {:.3} s",
        t.as_secs_f64(),
        gap.as_secs_f64()
    ));
}

/// The embedded script's fallback: on a link whose RAs have neither M nor O, IPv6 gives no
/// boot file, so the ROM says so, tries every configurator (DHCPv4 included: nothing answers
/// here either) and returns to the firmware instead of booting anything or hanging.
#[test]
fn vm_seabios_ipxe_rom_without_dhcpv6_falls_back_then_exits() {
    if !preflight() {
        return;
    }
    let mut rig = Rig::new_with_ra("seabios_no_dhcpv6", 0x19, false);
    rig.start_capture("capture");
    rig.start_server();
    let limit = Duration::from_secs(180);
    let vm = rig.boot("boot", Mode::BiosIpxe, limit);
    let want = [
        "bootforge: no boot file from IPv6",
        "bootforge: no boot file from DHCPv6 or DHCP; returning to the firmware",
    ];
    let started = Instant::now();
    let serial = loop {
        let s = strip_ansi(&read_lossy(&rig.vms[vm].serial));
        if s.contains(want[1]) || started.elapsed() > limit {
            break s;
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    let t = started.elapsed();
    rig.stop_vm(vm);
    for w in want {
        assert!(
            serial.contains(w),
            "the ROM's serial output lacks `{w}` after {:.0} s",
            t.as_secs_f64()
        );
    }
    assert!(
        serial.find(want[0]) < serial.find(want[1]),
        "the IPv6 attempt should come before the fallback"
    );
    assert!(
        marker_line(&rig.vms[vm].serial).is_none(),
        "nothing should have booted"
    );
    let ev = rig.events();
    assert!(
        !ev.iter().any(|e| e.source == "dhcp" || e.source == "http"),
        "without M/O in the RA no DHCPv6 (and so no script) should happen; events:\n{}",
        fmt_events(&ev)
    );
    // Not one DHCPv6 datagram reached the server's socket (the events above could only lag
    // behind; the counter moves as a datagram arrives).
    let server = rig.server.as_ref().expect("server started");
    assert_eq!(
        server.metric("bootforge_dhcp_packets_received_total"),
        0.0,
        "no DHCPv6 from the ROM without M/O"
    );
    rig.log(&format!(
        "PASS: no DHCPv6 on the link: fallback and exit to the firmware after {:.1} s",
        t.as_secs_f64()
    ));
}
