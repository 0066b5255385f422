//! A routed provisioning network in namespaces: client namespaces on "VLAN" links to a router
//! namespace (the relay under test), two uplinks of different metric to a core namespace, and
//! a server namespace behind it running `bootforge serve`. Everything is deleted on drop.

use std::net::Ipv6Addr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::support::{in_ns, output_text, require_root, wait_for_text, write_script};

static NEXT: AtomicU32 = AtomicU32::new(0);

pub const SERVER: &str = "2001:db8:ff00::d";
pub const UPLINK_A: &str = "2001:db8:fa::2";
pub const UPLINK_B: &str = "2001:db8:fb::2";

pub fn sh(ns: &str, cmd: &str) -> String {
    let out = in_ns(ns, &["sh", "-c", cmd]);
    assert!(
        out.status.success(),
        "in {ns}: {cmd}: {}",
        output_text(&out)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The namespaces: `srv` (server, s0) — `core` (c0 to the server, c1 uplink A, c2 uplink B) —
/// `rtr` (u1, u2 uplinks; vlanNN client links) — one client namespace per VLAN (link `eth0`).
pub struct Topology {
    pub tag: String,
    pub srv: String,
    pub core: String,
    pub rtr: String,
    clients: Mutex<Vec<String>>,
}

fn add_ns(ns: &str) {
    let out = Command::new("ip")
        .args(["netns", "add", ns])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "ip netns add {ns}: {}",
        output_text(&out)
    );
    sh(
        ns,
        "sysctl -q -w net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
         net.ipv6.conf.all.keep_addr_on_down=1 net.ipv6.conf.default.keep_addr_on_down=1 \
         net.ipv6.conf.all.ignore_routes_with_linkdown=1 \
         net.ipv6.conf.default.ignore_routes_with_linkdown=1 && ip link set lo up",
    );
}

/// A veth pair `a_if` in `a` ↔ `b_if` in `b`, both up.
fn veth(a: &str, a_if: &str, b: &str, b_if: &str) {
    sh(
        a,
        &format!(
            "ip link add {a_if} type veth peer name {b_if} netns {b} && ip link set {a_if} up"
        ),
    );
    sh(b, &format!("ip link set {b_if} up"));
}

impl Topology {
    pub fn new() -> Topology {
        require_root();
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let tag = format!("{}-{n}", std::process::id());
        let t = Topology {
            srv: format!("bfr-srv-{tag}"),
            core: format!("bfr-core-{tag}"),
            rtr: format!("bfr-rtr-{tag}"),
            tag,
            clients: Mutex::default(),
        };
        for ns in [&t.srv, &t.core, &t.rtr] {
            add_ns(ns);
        }
        veth(&t.srv, "s0", &t.core, "c0");
        veth(&t.core, "c1", &t.rtr, "u1");
        veth(&t.core, "c2", &t.rtr, "u2");
        sh(
            &t.srv,
            &format!(
                "ip addr add {SERVER}/64 dev s0 nodad && \
                 ip -6 route add default via 2001:db8:ff00::1 dev s0"
            ),
        );
        sh(
            &t.core,
            "sysctl -q -w net.ipv6.conf.all.forwarding=1 && \
             ip addr add 2001:db8:ff00::1/64 dev c0 nodad && \
             ip addr add 2001:db8:fa::1/64 dev c1 nodad && \
             ip addr add 2001:db8:fb::1/64 dev c2 nodad && \
             ip -6 route add 2001:db8:a00::/40 via 2001:db8:fa::2 dev c1 metric 100 && \
             ip -6 route add 2001:db8:a00::/40 via 2001:db8:fb::2 dev c2 metric 200",
        );
        sh(
            &t.rtr,
            &format!(
                "sysctl -q -w net.ipv6.conf.all.forwarding=1 && \
                 ip addr add {UPLINK_A}/64 dev u1 nodad && \
                 ip addr add {UPLINK_B}/64 dev u2 nodad && \
                 ip -6 route add default via 2001:db8:fa::1 dev u1 metric 100 && \
                 ip -6 route add default via 2001:db8:fb::1 dev u2 metric 200"
            ),
        );
        t
    }

    /// A client namespace on a new link `vlan<id>` of the router, which holds
    /// `2001:db8:a<id>::1/64` on it; returns the client namespace (its link is `eth0`).
    pub fn add_vlan(&self, id: u16) -> String {
        let ns = format!("bfr-c{id}-{}", self.tag);
        add_ns(&ns);
        self.clients.lock().unwrap().push(ns.clone());
        let vlan = format!("vlan{id}");
        veth(&self.rtr, &vlan, &ns, "eth0");
        sh(
            &self.rtr,
            &format!("ip addr add 2001:db8:a{id}::1/64 dev {vlan} nodad"),
        );
        wait_link_local(&ns, "eth0");
        wait_link_local(&self.rtr, &vlan);
        ns
    }

    pub fn ifindex(&self, ns: &str, dev: &str) -> u32 {
        sh(ns, &format!("cat /sys/class/net/{dev}/ifindex"))
            .trim()
            .parse()
            .unwrap()
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        let mut all = vec![self.srv.clone(), self.core.clone(), self.rtr.clone()];
        all.extend(self.clients.lock().unwrap().iter().cloned());
        for ns in all {
            if let Ok(out) = Command::new("ip").args(["netns", "pids", &ns]).output() {
                for pid in String::from_utf8_lossy(&out.stdout).split_whitespace() {
                    let _ = Command::new("kill").args(["-9", pid]).status();
                }
            }
            let _ = Command::new("ip").args(["netns", "del", &ns]).status();
        }
    }
}

pub fn wait_link_local(ns: &str, dev: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        let text = sh(ns, &format!("ip -6 addr show dev {dev} scope link"));
        if text.contains("fe80") && !text.contains("tentative") {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("no usable link-local address on {dev} in {ns}");
}

/// A `bootforge relay` in a namespace, logging to a file; killed on drop (servers are
/// [`super::support::Server`]s).
pub struct Process {
    child: Child,
    _dir: tempfile::TempDir,
    pub log: PathBuf,
    pub name: &'static str,
}

impl Process {
    pub fn start(name: &'static str, ns: &str, args: &[&str], ready: &str) -> Process {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join(format!("{name}.log"));
        let logf = std::fs::File::create(&log).unwrap();
        let child = Command::new("ip")
            .args(["netns", "exec", ns, env!("CARGO_BIN_EXE_bootforge")])
            .args(args)
            .env("BOOTFORGE_LOG", "debug,sqlx=warn")
            .current_dir(dir.path())
            .stdout(Stdio::from(logf.try_clone().unwrap()))
            .stderr(Stdio::from(logf))
            .spawn()
            .expect("start bootforge");
        let p = Process {
            child,
            _dir: dir,
            log,
            name,
        };
        p.wait_for_log(ready, Duration::from_secs(30));
        p
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn wait_for_log(&self, needle: &str, timeout: Duration) {
        wait_for_text(&self.log, needle, timeout, self.name);
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            let text = self.log_text();
            let tail: Vec<&str> = text.lines().rev().take(150).collect();
            eprintln!("---- {} log (last lines) ----", self.name);
            for l in tail.iter().rev() {
                eprintln!("{l}");
            }
        }
    }
}

/// A dhclient script that records what dhclient tells it, instead of touching the host.
const RECORDING_SCRIPT: &str =
    "#!/bin/sh\nenv | sort > \"$(dirname \"$0\")/env-$reason\"\nexit 0\n";

/// `dhclient -6` once on `eth0` of `ns`, with its own script, lease and pid files (it never
/// touches the host's resolv.conf); returns the address it was given.
pub fn dhclient_address(ns: &str) -> Result<Ipv6Addr, String> {
    let dir = tempfile::tempdir().unwrap();
    let script = write_script(dir.path(), "record.sh", RECORDING_SCRIPT);
    let out = Command::new("timeout")
        .args([
            "40", "ip", "netns", "exec", ns, "dhclient", "-6", "-1", "-v",
        ])
        .args(["-sf", script.to_str().unwrap()])
        .args(["-lf", dir.path().join("leases").to_str().unwrap()])
        .args(["-pf", dir.path().join("pid").to_str().unwrap()])
        .arg("eth0")
        .output()
        .expect("dhclient");
    // It stays in the background to renew; this test wants one lease.
    if let Ok(pid) = std::fs::read_to_string(dir.path().join("pid")) {
        let _ = Command::new("kill").arg(pid.trim()).status();
    }
    if !out.status.success() {
        return Err(format!("dhclient in {ns}: {}", output_text(&out)));
    }
    let env = std::fs::read_to_string(dir.path().join("env-BOUND6")).map_err(|e| {
        format!(
            "no BOUND6 from dhclient in {ns}: {e}: {}",
            output_text(&out)
        )
    })?;
    env.lines()
        .find_map(|l| l.strip_prefix("new_ip6_address="))
        .map(|v| v.trim_matches('\'').parse().unwrap())
        .ok_or_else(|| format!("no address in {env}"))
}

/// One datagram to UDP port 547 seen by a [`Sniffer`].
#[derive(Debug, Clone)]
pub struct Seen {
    pub ifindex: u32,
    pub src: Ipv6Addr,
    pub dst: Ipv6Addr,
    pub payload: Vec<u8>,
}

/// Every IPv6 UDP datagram to port 547 arriving in a namespace, from a packet socket on a
/// thread inside it (the relay's own frame parser reads them).
pub struct Sniffer {
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sniffer {
    pub fn start(ns: &str) -> Sniffer {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let path = format!("/var/run/netns/{ns}");
        let (s, st) = (seen.clone(), stop.clone());
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            use socket2::{Domain, Protocol, Socket, Type};
            use std::os::fd::AsRawFd;
            let f = std::fs::File::open(&path).expect("netns file");
            nix::sched::setns(f, nix::sched::CloneFlags::CLONE_NEWNET).expect("setns");
            let proto = Protocol::from(i32::from(0x86ddu16.to_be()));
            let sock =
                Socket::new(Domain::PACKET, Type::DGRAM, Some(proto)).expect("packet socket");
            sock.set_read_timeout(Some(Duration::from_millis(100)))
                .unwrap();
            ready_tx.send(()).unwrap();
            let mut buf = vec![0u8; 65536];
            while !st.load(Ordering::SeqCst) {
                let Ok((n, Some(from))) = nix::sys::socket::recvfrom::<nix::sys::socket::LinkAddr>(
                    sock.as_raw_fd(),
                    &mut buf,
                ) else {
                    continue;
                };
                // Incoming only (4 = PACKET_OUTGOING).
                if from.pkttype() == 4 {
                    continue;
                }
                if let Some((src, dst, payload)) =
                    bootforge::relay::capture::parse_ipv6_udp(&buf[..n], 547)
                {
                    s.lock().unwrap().push(Seen {
                        ifindex: from.ifindex() as u32,
                        src,
                        dst,
                        payload: payload.to_vec(),
                    });
                }
            }
        });
        ready_rx.recv().unwrap();
        Sniffer {
            seen,
            stop,
            thread: Some(thread),
        }
    }

    pub fn clear(&self) {
        self.seen.lock().unwrap().clear();
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for Sniffer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
