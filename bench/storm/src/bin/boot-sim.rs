//! The whole boot chain of N machines at once, as UEFI firmware and iPXE run it:
//! DHCPv6 Solicit/Advertise/Request/Reply (client architecture 7, DUID-LL of the machine's
//! MAC), TFTP of the Boot File URL with the EDK2 tsize probe then abort then the real
//! transfer (from the leased address, which is added to the interface as firmware would
//! configure it), DHCPv6 again as iPXE (user class "iPXE"), GET of the Boot File URL it
//! gets (the per-MAC script; `${mac}`/`${net0/mac}` expanded as iPXE does), then GET of the
//! script's kernel and initrd. Retransmissions as RFC 8415 (1 s, doubling) and as the TFTP
//! client in `tftp.rs`. Run inside the client network namespace.
//!
//!   boot-sim macs N                       the MACs, one per line (for the bench's setup)
//!   boot-sim run IFACE N BLKSIZE WINDOW OK_FILE
//!
//! `run` prints one line: ok failed wall_s machines_per_min p50_s p99_s max_s, the failures
//! by stage and the completed chains' time per stage (p50/p99/max/mean, resends) on stderr,
//! and writes the MACs whose chain completed to OK_FILE.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr, SocketAddrV6, UdpSocket};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use bootforge_storm::dhcpv6::{self, Answer, Client, ADVERTISE, REPLY, REQUEST, SOLICIT};
use bootforge_storm::netlink::Rtnl;
use bootforge_storm::{http, tftp};

fn mac_of(i: usize) -> [u8; 6] {
    [0x52, 0x54, 0x00, (i >> 16) as u8, (i >> 8) as u8, i as u8]
}

fn mac_text(m: &[u8; 6]) -> String {
    m.iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Where one machine's chain spent its time, stage by stage (the names in `STAGES`).
#[derive(Default)]
struct Timeline {
    secs: [f64; STAGES.len()],
    /// Messages or RRQs sent again after a timeout, over the whole chain: DHCPv6, probe
    /// RRQs, TFTP transfer timeouts.
    dhcp_resent: u32,
    probe_resent: u32,
    tftp_timeouts: u32,
}

const STAGES: [&str; 10] = [
    "solicit>advertise",
    "request>reply",
    "address_up",
    "tftp_probe",
    "tftp_transfer",
    "ipxe_solicit>adv",
    "ipxe_request>reply",
    "script_get",
    "kernel_get",
    "initrd_get",
];

/// Replies by xid to the machine waiting for them.
type Waiters = Arc<Mutex<HashMap<u32, Sender<Answer>>>>;

struct Net {
    sock: UdpSocket,
    ifindex: u32,
    waiters: Waiters,
    /// Adds each leased address to the interface (this namespace).
    rtnl: Mutex<Rtnl>,
    /// The server's side: a permanent neighbour entry per address on its device (index),
    /// pointing at this interface's MAC (BOOT_SIM_SERVER_NEIGH="NS DEV"), see `configure`.
    server_neigh: Option<(Mutex<Rtnl>, u32, [u8; 6])>,
}

impl Net {
    /// One exchange: send `msg` (retransmitted after 1, 2, 4, … s, at most `tries` times)
    /// until an answer of `want` type arrives.
    fn exchange(
        &self,
        xid: u32,
        msg: &[u8],
        want: u8,
        tries: u32,
    ) -> Result<(Answer, u32), String> {
        let (tx, rx): (Sender<Answer>, Receiver<Answer>) = channel();
        self.waiters.lock().unwrap().insert(xid, tx);
        let to = SocketAddrV6::new("ff02::1:2".parse().unwrap(), 547, 0, self.ifindex);
        let mut rt = Duration::from_secs(1);
        let result = (|| {
            for sent in 0..tries {
                self.sock.send_to(msg, to).map_err(|e| e.to_string())?;
                let deadline = Instant::now() + rt;
                while let Some(left) = deadline.checked_duration_since(Instant::now()) {
                    match rx.recv_timeout(left) {
                        Ok(a) if a.msg_type == want => return Ok((a, sent)),
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
                rt = (rt * 2).min(Duration::from_secs(8));
            }
            Err(format!("no answer of type {want} after {tries} tries"))
        })();
        self.waiters.lock().unwrap().remove(&xid);
        result
    }

    /// Solicit/Advertise then Request/Reply; their times go to `timeline.secs[first]` and
    /// `[first + 1]`.
    fn lease(
        &self,
        client: &Client,
        xid: u32,
        timeline: &mut Timeline,
        first: usize,
    ) -> Result<Answer, String> {
        let t = Instant::now();
        let (adv, resent) =
            self.exchange(xid, &client.message(SOLICIT, xid, None), ADVERTISE, 6)?;
        timeline.secs[first] = t.elapsed().as_secs_f64();
        timeline.dhcp_resent += resent;
        if adv.address.is_none() {
            return Err(format!(
                "advertise without address (status {:?})",
                adv.status
            ));
        }
        let req = client.message(REQUEST, xid + 1, Some(&adv));
        let t = Instant::now();
        let (reply, resent) = self.exchange(xid + 1, &req, REPLY, 10)?;
        timeline.secs[first + 1] = t.elapsed().as_secs_f64();
        timeline.dhcp_resent += resent;
        match (reply.address, reply.status) {
            (Some(_), None) => Ok(reply),
            _ => Err(format!("reply without address (status {:?})", reply.status)),
        }
    }

    /// Configure `addr` on the interface (no DAD: usable once the kernel has acknowledged).
    fn configure(&self, addr: Ipv6Addr) -> Result<(), String> {
        self.rtnl
            .lock()
            .unwrap()
            .add_address(self.ifindex, addr)
            .map_err(|e| format!("address {addr}: {e}"))?;
        // The kernel's neighbour table limit (gc_thresh3) is the host's and shared by every
        // namespace: N machines' dynamic entries on the server's side overflowed it at
        // N = 1000 with other tests running. Permanent entries do not count against it.
        if let Some((rtnl, dev, lladdr)) = &self.server_neigh {
            rtnl.lock()
                .unwrap()
                .set_neighbour(*dev, addr, *lladdr)
                .map_err(|e| format!("neighbour {addr}: {e}"))?;
        }
        UdpSocket::bind(SocketAddr::new(IpAddr::V6(addr), 0))
            .map(drop)
            .map_err(|e| format!("address {addr} not usable: {e}"))
    }
}

/// `tftp://[addr](:port)/file` → (server, file).
fn tftp_url(url: &str) -> Option<(SocketAddr, String)> {
    let rest = url.strip_prefix("tftp://")?;
    let slash = rest.find('/')?;
    let (authority, file) = (&rest[..slash], &rest[slash + 1..]);
    let server = if authority.contains("]:") {
        authority.parse().ok()?
    } else {
        SocketAddr::new(authority.trim_matches(['[', ']']).parse().ok()?, 69)
    };
    Some((server, file.to_string()))
}

/// The kernel and initrd URLs of an iPXE script (`kernel URL …`, `initrd [--name N] URL`).
fn script_urls(script: &str) -> Result<(String, String), String> {
    let url_in = |verb: &str| {
        script
            .lines()
            .filter(|l| l.trim_start().starts_with(verb))
            .flat_map(|l| l.split_whitespace())
            .find(|w| w.starts_with("http://"))
            .map(String::from)
    };
    match (url_in("kernel "), url_in("initrd ")) {
        (Some(k), Some(i)) => Ok((k, i)),
        _ => Err(format!("script: no kernel/initrd URL in {script:?}")),
    }
}

fn chain(
    net: &Net,
    index: usize,
    blksize: u16,
    window: u16,
    timeline: &mut Timeline,
) -> Result<(), String> {
    let mac = mac_of(index);
    let xid = (index as u32 * 4) & 0xff_ffff;
    let firmware = Client {
        mac,
        iaid: 1,
        ipxe: false,
    };
    let reply = net
        .lease(&firmware, xid, timeline, 0)
        .map_err(|e| format!("dhcp: {e}"))?;
    let addr = reply.address.unwrap();
    let url = reply.boot_url.ok_or("dhcp: no boot file URL")?;
    let t = Instant::now();
    net.configure(addr).map_err(|e| format!("address: {e}"))?;
    timeline.secs[2] = t.elapsed().as_secs_f64();
    let (server, file) = tftp_url(&url).ok_or_else(|| format!("dhcp: not a TFTP URL: {url}"))?;
    let bind = SocketAddr::new(IpAddr::V6(addr), 0);
    let options = tftp::Options {
        blksize,
        window,
        probe: true,
    };
    let fetched = tftp::fetch(bind, server, &file, options).map_err(|e| format!("tftp: {e}"))?;
    timeline.secs[3] = fetched.probe.as_secs_f64();
    timeline.secs[4] = fetched.transfer.as_secs_f64();
    timeline.probe_resent = fetched.probe_rrqs.saturating_sub(1);
    timeline.tftp_timeouts = fetched.timeouts;
    let ipxe = Client {
        mac,
        iaid: 1,
        ipxe: true,
    };
    let reply = net
        .lease(&ipxe, xid + 2, timeline, 5)
        .map_err(|e| format!("ipxe-dhcp: {e}"))?;
    let mac_s = mac_text(&mac);
    let url = reply
        .boot_url
        .ok_or("ipxe-dhcp: no boot file URL")?
        .replace("${net0/mac}", &mac_s)
        .replace("${mac}", &mac_s);
    let source = IpAddr::V6(addr);
    let t = Instant::now();
    let (script, _) = http::get(source, &url, true).map_err(|e| format!("script: {e}"))?;
    timeline.secs[7] = t.elapsed().as_secs_f64();
    let (kernel, initrd) = script_urls(&String::from_utf8_lossy(&script))?;
    let t = Instant::now();
    http::get(source, &kernel, false).map_err(|e| format!("kernel: {e}"))?;
    timeline.secs[8] = t.elapsed().as_secs_f64();
    let t = Instant::now();
    http::get(source, &initrd, false).map_err(|e| format!("initrd: {e}"))?;
    timeline.secs[9] = t.elapsed().as_secs_f64();
    Ok(())
}

/// The value at fraction `f` of sorted `v` (NaN when empty).
fn quantile(v: &[f64], f: f64) -> f64 {
    v.get(((v.len() as f64 * f).ceil() as usize).saturating_sub(1))
        .copied()
        .unwrap_or(f64::NAN)
}

/// Per stage over the completed chains: p50, p99, max and mean, in ms, and how many chains
/// had to resend something (each resend is a 1 s timeout or more), on stderr.
fn print_stages(timelines: &[Timeline]) {
    eprintln!("  stage                 p50_ms    p99_ms    max_ms   mean_ms");
    for (i, name) in STAGES.iter().enumerate() {
        let mut v: Vec<f64> = timelines.iter().map(|t| t.secs[i] * 1e3).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mean = v.iter().sum::<f64>() / v.len().max(1) as f64;
        eprintln!(
            "  {name:<20} {:>9.1} {:>9.1} {:>9.1} {:>9.1}",
            quantile(&v, 0.5),
            quantile(&v, 0.99),
            quantile(&v, 1.0),
            mean
        );
    }
    let count = |f: &dyn Fn(&Timeline) -> u32| {
        let n = timelines.iter().filter(|t| f(t) > 0).count();
        let total: u32 = timelines.iter().map(f).sum();
        format!("{n} chains ({total} resends)")
    };
    eprintln!(
        "  resent: dhcp {}; tftp probe {}; tftp transfer timeouts {}",
        count(&|t| t.dhcp_resent),
        count(&|t| t.probe_resent),
        count(&|t| t.tftp_timeouts)
    );
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.get(1).map(String::as_str) == Some("macs") {
        let n: usize = a[2].parse().unwrap();
        for i in 0..n {
            println!("{}", mac_text(&mac_of(i)));
        }
        return;
    }
    if a.len() != 7 || a[1] != "run" {
        eprintln!("usage: boot-sim macs N | boot-sim run IFACE N BLKSIZE WINDOW OK_FILE");
        std::process::exit(2);
    }
    let iface = a[2].clone();
    let n: usize = a[3].parse().unwrap();
    let blksize: u16 = a[4].parse().unwrap();
    let window: u16 = a[5].parse().unwrap();
    let ifindex: u32 = std::fs::read_to_string(format!("/sys/class/net/{iface}/ifindex"))
        .expect("interface")
        .trim()
        .parse()
        .unwrap();
    let sock = UdpSocket::bind("[::]:546").expect("bind [::]:546");
    let lladdr = std::fs::read_to_string(format!("/sys/class/net/{iface}/address"))
        .expect("interface address");
    let lladdr: Vec<u8> = lladdr
        .trim()
        .split(':')
        .map(|b| u8::from_str_radix(b, 16).expect("MAC"))
        .collect();
    let lladdr: [u8; 6] = lladdr.try_into().expect("a 6-byte MAC");
    let server_neigh = std::env::var("BOOT_SIM_SERVER_NEIGH").ok().map(|v| {
        let (ns, dev) = v.split_once(' ').expect("BOOT_SIM_SERVER_NEIGH=\"NS DEV\"");
        let (rtnl, dev) = Rtnl::open_in_netns(ns, dev).expect("netlink in the server's namespace");
        (Mutex::new(rtnl), dev, lladdr)
    });
    let net = Arc::new(Net {
        server_neigh,
        sock: sock.try_clone().unwrap(),
        ifindex,
        waiters: Arc::default(),
        rtnl: Mutex::new(Rtnl::open().expect("netlink")),
    });
    // Every answer to its machine, by xid.
    {
        let waiters = net.waiters.clone();
        sock.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 2048];
            loop {
                let Ok((len, _)) = sock.recv_from(&mut buf) else {
                    continue;
                };
                if let Some(answer) = dhcpv6::parse(&buf[..len]) {
                    if let Some(tx) = waiters.lock().unwrap().get(&answer.xid) {
                        let _ = tx.send(answer);
                    }
                }
            }
        });
    }
    let barrier = Arc::new(Barrier::new(n + 1));
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let (barrier, net) = (barrier.clone(), net.clone());
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    barrier.wait();
                    let t = Instant::now();
                    let mut timeline = Timeline::default();
                    let r = chain(&net, i, blksize, window, &mut timeline);
                    (r, t.elapsed(), timeline)
                })
                .unwrap()
        })
        .collect();
    barrier.wait();
    let start = Instant::now();
    let mut times = Vec::new();
    let mut timelines = Vec::new();
    let mut failures: HashMap<String, usize> = HashMap::new();
    let mut ok_macs = String::new();
    for (i, h) in handles.into_iter().enumerate() {
        let (r, d, timeline) = h.join().unwrap();
        match r {
            Ok(()) => {
                times.push(d.as_secs_f64());
                timelines.push(timeline);
                ok_macs.push_str(&mac_text(&mac_of(i)));
                ok_macs.push('\n');
            }
            Err(e) => {
                let stage = e.split(':').next().unwrap_or("?").to_string();
                if failures.values().sum::<usize>() < 40 {
                    eprintln!("failed {}: {e}", mac_text(&mac_of(i)));
                }
                *failures.entry(stage).or_default() += 1;
            }
        }
    }
    let wall = start.elapsed().as_secs_f64();
    drop(net);
    std::fs::write(&a[6], ok_macs).expect("OK_FILE");
    for (stage, count) in &failures {
        eprintln!("failed at {stage}: {count}");
    }
    print_stages(&timelines);
    eprintln!(
        "  tftp RRQs sent: probe {}, real {} (with resends)",
        tftp::PROBE_RRQS_SENT.load(std::sync::atomic::Ordering::Relaxed),
        tftp::REAL_RRQS_SENT.load(std::sync::atomic::Ordering::Relaxed)
    );
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let q = |f: f64| quantile(&times, f);
    let failed: usize = failures.values().sum();
    println!(
        "{} {failed} {wall:.3} {:.1} {:.3} {:.3} {:.3}",
        times.len(),
        times.len() as f64 / wall * 60.0,
        q(0.5),
        q(0.99),
        q(1.0)
    );
}
