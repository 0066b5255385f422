//! N concurrent TFTP read transfers of one file, as UEFI firmware fetches ipxe.efi:
//! optionally the EDK2 tsize probe (RRQ tsize+blksize[+windowsize], read the OACK, ERROR 8),
//! then the real RRQ, all clients started together. LOOPS absent or 0: one OS thread per
//! client, blocking sockets; LOOPS = n: the clients spread over n epoll loops (a thread
//! each), which costs the host's CPU far less per block.
//!
//! tftp-load SERVER FILE CLIENTS BLKSIZE WINDOWSIZE PROBE(0|1) [LOOPS]
//! Prints one line: ok failed bytes wall_s aggregate_MBps p50_s p99_s max_s

use std::net::SocketAddr;

use bootforge_storm::tftp::{fetch, fetch_many, Fetched, Options};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if !(7..=8).contains(&a.len()) {
        eprintln!("usage: tftp-load SERVER FILE CLIENTS BLKSIZE WINDOWSIZE PROBE(0|1) [LOOPS]");
        std::process::exit(2);
    }
    let server: SocketAddr = a[1].parse().expect("server address");
    let file = a[2].clone();
    let clients: usize = a[3].parse().unwrap();
    let blksize: u16 = a[4].parse().unwrap();
    let window: u16 = a[5].parse().unwrap();
    let probe = a[6] == "1";
    let loops: usize = a.get(7).map_or(0, |l| l.parse().expect("LOOPS"));
    let bind: SocketAddr = if server.is_ipv6() {
        "[::]:0"
    } else {
        "0.0.0.0:0"
    }
    .parse()
    .unwrap();
    let options = Options {
        blksize,
        window,
        probe,
    };
    let start = Instant::now();
    let results = if loops > 0 {
        fetch_many(bind, server, &file, clients, options, loops)
    } else {
        per_client_threads(bind, server, &file, clients, options)
    };
    let mut times = Vec::new();
    let (mut ok, mut failed, mut bytes) = (0, 0, 0u64);
    for r in results {
        match r {
            Ok((fetched, d)) => {
                ok += 1;
                bytes += fetched.bytes;
                times.push(d.as_secs_f64());
            }
            Err(e) => {
                failed += 1;
                eprintln!("failed: {e}");
            }
        }
    }
    let wall = start.elapsed().as_secs_f64();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let q = |f: f64| {
        times
            .get(((times.len() as f64 * f).ceil() as usize).saturating_sub(1))
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "{ok} {failed} {bytes} {wall:.3} {:.1} {:.3} {:.3} {:.3}",
        bytes as f64 / wall / 1e6,
        q(0.50),
        q(0.99),
        q(1.0)
    );
}

/// One OS thread per client, each a blocking `fetch`, all started together.
fn per_client_threads(
    bind: SocketAddr,
    server: SocketAddr,
    file: &str,
    clients: usize,
    options: Options,
) -> Vec<Result<(Fetched, Duration), String>> {
    let barrier = Arc::new(Barrier::new(clients + 1));
    let handles: Vec<_> = (0..clients)
        .map(|_| {
            let barrier = barrier.clone();
            let file = file.to_string();
            std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || {
                    barrier.wait();
                    let t = Instant::now();
                    fetch(bind, server, &file, options).map(|f| (f, t.elapsed()))
                })
                .unwrap()
        })
        .collect();
    barrier.wait();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}
