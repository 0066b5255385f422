//! A stable-toolchain fuzz driver: N executions of seeded random mutations of valid exchanges
//! through the same harness as the libFuzzer target (no coverage feedback; deterministic for a
//! given seed). `drive [executions] [seed]`; exits non-zero with the input in hex on a panic.
//! `drive seeds DIR` writes the seed inputs (a libFuzzer corpus); `drive replay FILE…` runs
//! inputs (e.g. libFuzzer crash artifacts) with panic messages shown.

use std::time::Instant;

/// xorshift64*: small, fast, and enough for picking mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Interesting values for lengths and codes.
const MAGIC: [u8; 8] = [0, 1, 2, 3, 4, 0x7f, 0x80, 0xff];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        let n = input.len();
        match rng.below(8) {
            0 if n > 0 => input[rng.below(n)] ^= 1 << rng.below(8),
            1 if n > 0 => input[rng.below(n)] = rng.next() as u8,
            2 if n > 0 => input[rng.below(n)] = MAGIC[rng.below(MAGIC.len())],
            3 if n > 0 => input.truncate(rng.below(n)),
            4 => {
                let at = rng.below(n + 1);
                input.insert(at, rng.next() as u8);
            }
            5 if n > 1 => {
                // Remove a run.
                let at = rng.below(n);
                let len = rng.below((n - at).min(16)) + 1;
                input.drain(at..at + len);
            }
            6 => {
                // Splice a piece of another seed in.
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let len = rng.below((other.len() - from).min(64)) + 1;
                let at = rng.below(n + 1);
                input.splice(at..at, other[from..from + len].iter().copied());
            }
            _ if n > 1 => {
                // Duplicate a run (repeated options, repeated records).
                let at = rng.below(n);
                let len = rng.below((n - at).min(32)) + 1;
                let piece: Vec<u8> = input[at..at + len].to_vec();
                let to = rng.below(n + 1);
                input.splice(to..to, piece);
            }
            _ => {}
        }
    }
    input.truncate(4096);
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    match args.peek().map(String::as_str) {
        Some("seeds") => {
            let dir = std::path::PathBuf::from(args.nth(1).expect("drive seeds DIR"));
            std::fs::create_dir_all(&dir).expect("seed directory");
            for (i, seed) in bootforge_fuzz::seeds().iter().enumerate() {
                std::fs::write(dir.join(format!("seed-{i}")), seed).expect("write seed");
            }
            return;
        }
        Some("replay") => {
            for file in args.skip(1) {
                let input = std::fs::read(&file).expect("read input");
                println!("{file}: {:?}", bootforge_fuzz::exercise(&input));
            }
            return;
        }
        _ => {}
    }
    let executions: u64 = args
        .next()
        .map_or(1_000_000, |a| a.parse().expect("executions"));
    let seed: u64 = args.next().map_or(0x5eed, |a| a.parse().expect("seed"));
    let seeds = bootforge_fuzz::seeds();
    // Panics that the codec catches by design stay quiet; one that escapes is reported below.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let mut input = Vec::with_capacity(4096);
    let mut total = bootforge_fuzz::Reach::default();
    for i in 0..executions {
        input.clear();
        input.extend_from_slice(&seeds[rng.below(seeds.len())]);
        mutate(&mut rng, &seeds, &mut input);
        let Ok(reach) = std::panic::catch_unwind(|| bootforge_fuzz::exercise(&input)) else {
            let _ = std::panic::take_hook();
            eprintln!("crash at execution {i}; input (hex):");
            eprintln!(
                "{}",
                input.iter().map(|b| format!("{b:02x}")).collect::<String>()
            );
            // Once more with the default hook, for the message and location.
            bootforge_fuzz::exercise(&input);
            std::process::exit(1);
        };
        total.datagrams += reach.datagrams;
        total.decoded += reach.decoded;
        total.answered += reach.answered;
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{executions} executions in {secs:.1} s ({:.0}/s), seed {seed}, no crash; \
         datagrams {}, decoded {}, answered {}",
        executions as f64 / secs,
        total.datagrams,
        total.decoded,
        total.answered
    );
}
