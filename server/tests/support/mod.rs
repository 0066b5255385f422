//! The one test harness every integration test uses: network namespaces joined by a veth pair
//! ([`Link`]), the real `bootforge serve` ([`ServerBuilder`], [`Server`]: on loopback with port
//! 0, or in a namespace; ready when its `--ready-file` says so), plain HTTP to it ([`http`]),
//! DHCPv6 messages ([`dhcp`]), and a throwaway PostgreSQL cluster ([`postgres`]) for the suites
//! that run on each backend ([`on_each_backend!`]). Everything is torn down on drop, also when
//! a test fails.
#![allow(dead_code, unused_imports, unused_macros)]

pub mod dhcp;
pub mod http;
pub mod postgres;
mod server;

pub(crate) use server::on_each_backend;
pub use server::{Backend, Ready, Server, ServerBuilder};

use std::net::{Ipv6Addr, SocketAddrV6, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicU32 = AtomicU32::new(0);

pub fn require_root() {
    let uid = Command::new("id").arg("-u").output().expect("id");
    assert_eq!(
        String::from_utf8_lossy(&uid.stdout).trim(),
        "0",
        "these tests create network namespaces and need root (CI runs as root)"
    );
}

/// Runs a set-up command; panics with its stderr if it fails.
pub fn run(args: &[&str]) {
    let out = Command::new(args[0])
        .args(&args[1..])
        .output()
        .expect(args[0]);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Two namespaces, `server` and `client`, joined by a veth pair (`bfs0` / `bfc0`), with the
/// server holding `<prefix>::1/64`.
pub struct Link {
    pub server_ns: String,
    pub client_ns: String,
    pub server_if: &'static str,
    pub client_if: &'static str,
    pub server_addr: Ipv6Addr,
    pub prefix: String,
}

impl Link {
    /// `subnet` picks a distinct 2001:db8:<subnet>::/64 per test.
    pub fn new(subnet: u16) -> Link {
        require_root();
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let tag = format!("{}-{n}", std::process::id());
        let link = Link {
            server_ns: format!("bfs-{tag}"),
            client_ns: format!("bfc-{tag}"),
            server_if: "bfs0",
            client_if: "bfc0",
            server_addr: format!("2001:db8:{subnet:x}::1").parse().unwrap(),
            prefix: format!("2001:db8:{subnet:x}::/64"),
        };
        for ns in [&link.server_ns, &link.client_ns] {
            run(&["ip", "netns", "add", ns]);
            for key in ["all", "default"] {
                run(&[
                    "ip",
                    "netns",
                    "exec",
                    ns,
                    "sysctl",
                    "-q",
                    "-w",
                    &format!("net.ipv6.conf.{key}.accept_dad=0"),
                ]);
            }
            run(&["ip", "-n", ns, "link", "set", "lo", "up"]);
        }
        run(&[
            "ip",
            "-n",
            &link.server_ns,
            "link",
            "add",
            link.server_if,
            "type",
            "veth",
            "peer",
            "name",
            link.client_if,
            "netns",
            &link.client_ns,
        ]);
        run(&[
            "ip",
            "-n",
            &link.server_ns,
            "addr",
            "add",
            &format!("{}/64", link.server_addr),
            "dev",
            link.server_if,
            "nodad",
        ]);
        run(&[
            "ip",
            "-n",
            &link.server_ns,
            "link",
            "set",
            link.server_if,
            "up",
        ]);
        run(&[
            "ip",
            "-n",
            &link.client_ns,
            "link",
            "set",
            link.client_if,
            "up",
        ]);
        link.wait_link_local(&link.client_ns.clone(), link.client_if);
        link.wait_link_local(&link.server_ns.clone(), link.server_if);
        link
    }

    /// Another veth pair across the two namespaces (a second link, e.g. a VLAN coming up
    /// while the server runs), up, with link-local addresses ready.
    pub fn add_pair(&self, server_if: &str, client_if: &str) {
        run(&[
            "ip",
            "-n",
            &self.server_ns,
            "link",
            "add",
            server_if,
            "type",
            "veth",
            "peer",
            "name",
            client_if,
            "netns",
            &self.client_ns,
        ]);
        run(&["ip", "-n", &self.server_ns, "link", "set", server_if, "up"]);
        run(&["ip", "-n", &self.client_ns, "link", "set", client_if, "up"]);
        self.wait_link_local(&self.client_ns, client_if);
        self.wait_link_local(&self.server_ns, server_if);
    }

    /// Delete a pair made by [`Link::add_pair`] (deleting one end removes both).
    pub fn remove_pair(&self, server_if: &str) {
        run(&["ip", "-n", &self.server_ns, "link", "del", server_if]);
    }

    /// `ip addr add ADDRESS dev DEV nodad` in the server namespace.
    pub fn add_server_address(&self, dev: &str, address: &str) {
        run(&[
            "ip",
            "-n",
            &self.server_ns,
            "addr",
            "add",
            address,
            "dev",
            dev,
            "nodad",
        ]);
    }

    /// `ip addr add ADDRESS dev DEV nodad` in the client namespace.
    pub fn add_client_address(&self, dev: &str, address: &str) {
        run(&[
            "ip",
            "-n",
            &self.client_ns,
            "addr",
            "add",
            address,
            "dev",
            dev,
            "nodad",
        ]);
    }

    /// Make the server's prefix on-link for the client, for sources outside that prefix
    /// (a leased /128, addresses in other /64s).
    pub fn route_client_to_server_prefix(&self) {
        run(&[
            "ip",
            "-n",
            &self.client_ns,
            "route",
            "add",
            &self.prefix,
            "dev",
            self.client_if,
        ]);
    }

    fn wait_link_local(&self, ns: &str, dev: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let out = Command::new("ip")
                .args(["-n", ns, "-6", "addr", "show", "dev", dev, "scope", "link"])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&out.stdout);
            if text.contains("fe80") && !text.contains("tentative") {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("no usable link-local address on {dev} in {ns}");
    }

    /// The client's link-local address.
    pub fn client_link_local(&self) -> Ipv6Addr {
        let out = Command::new("ip")
            .args([
                "-n",
                &self.client_ns,
                "-6",
                "-o",
                "addr",
                "show",
                "dev",
                self.client_if,
                "scope",
                "link",
            ])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let word = text
            .split_whitespace()
            .find(|w| w.starts_with("fe80"))
            .expect("client link-local");
        word.split('/').next().unwrap().parse().unwrap()
    }

    /// Run `f` on a thread inside the client namespace; sockets it creates stay there.
    pub fn in_client_ns<T: Send + 'static>(&self, f: impl FnOnce() -> T + Send + 'static) -> T {
        let path = format!("/var/run/netns/{}", self.client_ns);
        std::thread::spawn(move || {
            let ns = std::fs::File::open(&path).expect("netns file");
            nix::sched::setns(ns, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
            f()
        })
        .join()
        .expect("thread in client netns")
    }

    pub fn client_ifindex(&self) -> u32 {
        self.client_ifindex_of(self.client_if)
    }

    pub fn client_ifindex_of(&self, dev: &str) -> u32 {
        self.client_sysfs(dev, "ifindex").parse().unwrap()
    }

    pub fn client_mac(&self) -> String {
        self.client_sysfs(self.client_if, "address")
    }

    /// `/sys/class/net/<dev>/<attribute>` in the client namespace, trimmed.
    fn client_sysfs(&self, dev: &str, attribute: &str) -> String {
        let path = format!("/sys/class/net/{dev}/{attribute}");
        let out = in_ns(&self.client_ns, &["cat", &path]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        for ns in [&self.server_ns, &self.client_ns] {
            // Kill anything still running in the namespace, then delete it.
            if let Ok(out) = Command::new("ip").args(["netns", "pids", ns]).output() {
                for pid in String::from_utf8_lossy(&out.stdout).split_whitespace() {
                    let _ = Command::new("kill").args(["-9", pid]).status();
                }
            }
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

/// A UDP socket in the client namespace, bound to `port` on all addresses.
pub fn client_socket(link: &Link, port: u16) -> UdpSocket {
    link.in_client_ns(move || {
        let s = UdpSocket::bind(SocketAddrV6::new(Ipv6Addr::UNSPECIFIED, port, 0, 0))
            .expect("bind client socket");
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        s
    })
}

pub fn write_script(dir: &Path, name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// Calls `fetch` every 100 ms until `ready` holds for its value or `timeout` passes; returns
/// the last value either way, for the caller's assertion to show.
pub fn poll_until<T>(
    timeout: Duration,
    mut fetch: impl FnMut() -> T,
    ready: impl Fn(&T) -> bool,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        let value = fetch();
        if ready(&value) || Instant::now() > deadline {
            return value;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until the file at `log` contains `needle`; panics with its text, naming `what`.
pub fn wait_for_text(log: &std::path::Path, needle: &str, timeout: Duration, what: &str) {
    let text = poll_until(
        timeout,
        || std::fs::read_to_string(log).unwrap_or_default(),
        |text| text.contains(needle),
    );
    assert!(
        text.contains(needle),
        "{what} log never said {needle:?}:\n{text}"
    );
}

/// Run a command inside a namespace.
pub fn in_ns(ns: &str, args: &[&str]) -> std::process::Output {
    Command::new("ip")
        .args(["netns", "exec", ns])
        .args(args)
        .output()
        .expect("ip netns exec")
}

/// Standard output, then standard error, as text.
pub fn output_text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The value of the Prometheus sample whose line starts with `series` (name and labels).
pub fn sample(text: &str, series: &str) -> f64 {
    try_sample(text, series).unwrap_or_else(|| panic!("no sample {series} in:\n{text}"))
}

/// [`sample`], or None when the series is not printed.
pub fn try_sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find(|l| l.starts_with(series) && l[series.len()..].starts_with(' '))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

/// The first line of `text` that mentions `subject`.
pub fn line_for<'t>(text: &'t str, subject: &str) -> &'t str {
    text.lines()
        .find(|l| l.contains(subject))
        .unwrap_or_else(|| panic!("no {subject} line in:\n{text}"))
}

/// `bootforge check` on `interface` in namespace `ns`, with an iPXE binary in place so only
/// the network decides the verdict: (exit success, output).
pub fn bootforge_check(link: &Link, ns: &str, interface: &str, ra_wait: u64) -> (bool, String) {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("tftp")).unwrap();
    std::fs::write(data.path().join("tftp/ipxe.efi"), b"MZ").unwrap();
    let out = in_ns(
        ns,
        &[
            env!("CARGO_BIN_EXE_bootforge"),
            "check",
            "--interface",
            interface,
            "--pool",
            &link.prefix,
            "--data-dir",
            data.path().to_str().unwrap(),
            "--ra-wait",
            &ra_wait.to_string(),
        ],
    );
    (out.status.success(), output_text(&out))
}

/// radvd on the client side of the link, acting as the router (M and O as `managed`);
/// killed on drop.
pub struct Radvd {
    _dir: tempfile::TempDir,
    pid_file: PathBuf,
}

impl Radvd {
    pub fn start(link: &Link, managed: bool) -> Radvd {
        let dir = tempfile::tempdir().unwrap();
        let conf = dir.path().join("radvd.conf");
        let flag = if managed { "on" } else { "off" };
        std::fs::write(
            &conf,
            format!(
                "interface {} {{\n  AdvSendAdvert on;\n  AdvManagedFlag {flag};\n  \
                 AdvOtherConfigFlag {flag};\n  MinRtrAdvInterval 3;\n  MaxRtrAdvInterval 4;\n  \
                 prefix {} {{ AdvAutonomous off; }};\n}};\n",
                link.client_if, link.prefix
            ),
        )
        .unwrap();
        // radvd refuses to run as a router without forwarding.
        let out = in_ns(
            &link.client_ns,
            &["sysctl", "-q", "-w", "net.ipv6.conf.all.forwarding=1"],
        );
        assert!(out.status.success(), "{out:?}");
        let pid_file = dir.path().join("radvd.pid");
        let out = in_ns(
            &link.client_ns,
            &[
                "radvd",
                "-C",
                conf.to_str().unwrap(),
                "-p",
                pid_file.to_str().unwrap(),
                "-m",
                "logfile",
                "-l",
                dir.path().join("radvd.log").to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "radvd: {out:?}");
        Radvd {
            _dir: dir,
            pid_file,
        }
    }
}

impl Drop for Radvd {
    fn drop(&mut self) {
        if let Ok(pid) = std::fs::read_to_string(&self.pid_file) {
            let _ = Command::new("kill").arg(pid.trim()).status();
        }
    }
}

/// server/tests/browser with its node modules installed (`npm ci` the first time); panics
/// with what to install when Chromium is missing.
pub fn browser_test_dir() -> PathBuf {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        Path::new(&chromium).exists(),
        "{chromium} not found: install Debian's chromium (apt-get install chromium) \
         or set BOOTFORGE_SKIP_BROWSER=1"
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if !dir.join("node_modules/playwright-core").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir)
            .status()
            .expect("npm (node) is needed for the browser tests");
        assert!(status.success(), "npm ci in {} failed", dir.display());
    }
    dir
}
