use std::net::{Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use bootforge::config::{Config, Overrides};

#[derive(Parser)]
#[command(
    name = "bootforge",
    version,
    about = "IPv6 network-boot provisioning server"
)]
struct Cli {
    /// TOML config file (every key optional; see bootforge.example.toml).
    #[arg(long, short, global = true, env = "BOOTFORGE_CONFIG")]
    config: Option<PathBuf>,
    #[command(flatten)]
    overrides: OverrideArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct OverrideArgs {
    /// Data directory (database, server DUID, secrets). [config: data_dir]
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// PostgreSQL database (postgres://…) instead of the SQLite file in the data directory.
    /// [config: database_url]
    #[arg(long, global = true)]
    database_url: Option<String>,
    /// Interface to serve DHCPv6 on (for `relay`: a client-facing interface to relay from);
    /// names and patterns, repeat for several. [config: dhcp.interfaces; relay.interfaces]
    #[arg(long = "interface", short = 'i', global = true)]
    interfaces: Vec<String>,
    /// Address pool: PREFIX or PREFIX,START,END. [config: dhcp.pools]
    #[arg(long, global = true)]
    pool: Option<String>,
    /// Address put into boot URLs. [config: server_address]
    #[arg(long, global = true)]
    server_address: Option<Ipv6Addr>,
    /// HTTP listen address. [config: http.listen]
    #[arg(long, global = true)]
    http_listen: Option<SocketAddr>,
    /// HTTPS (dashboard and API) listen address. [config: http.https_listen]
    #[arg(long, global = true)]
    https_listen: Option<SocketAddr>,
    /// TFTP listen address. [config: tftp.listen]
    #[arg(long, global = true)]
    tftp_listen: Option<SocketAddr>,
    /// DHCPv6 server port. [config: dhcp.port]
    #[arg(long, global = true)]
    dhcp_port: Option<u16>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server.
    Serve {
        /// Once the store is open and every listener is bound, write the bound addresses
        /// there as JSON (atomically), e.g. for listeners configured on port 0.
        #[arg(long)]
        ready_file: Option<PathBuf>,
    },
    /// Check the configuration and print the effective values.
    Config,
    /// Check that this host is ready to boot machines: interfaces, files, ports, and Router
    /// Advertisements with the M/O flags (one line per check; exit 1 on any FAIL).
    Check {
        /// Seconds to listen for Router Advertisements on each interface.
        #[arg(long, default_value_t = 5)]
        ra_wait: u64,
    },
    /// Relay DHCPv6 between client-facing interfaces (VLANs) and servers reached by routing;
    /// needs no database, TFTP or HTTP service. Interfaces: --interface (names and
    /// patterns, repeatable) [config: relay.interfaces].
    Relay(RelayArgs),
    /// Exit 0 if the running server answers GET /healthz (for container health checks).
    Healthcheck {
        #[arg(long, default_value_t = 3)]
        timeout: u64,
    },
    /// Manage dashboard users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Args)]
struct RelayArgs {
    /// DHCPv6 server to relay to: a unicast address, or ff05::1:3 (All_DHCP_Servers); repeat
    /// for several. [config: relay.servers]
    #[arg(long = "server")]
    servers: Vec<Ipv6Addr>,
    /// Address for /metrics and /healthz. [config: relay.listen]
    #[arg(long)]
    metrics_listen: Option<SocketAddr>,
    /// Port to listen on (547). [config: relay.port]
    #[arg(long)]
    port: Option<u16>,
    /// Do not add option 79 (the client's link-layer address). [config:
    /// relay.client_link_layer]
    #[arg(long)]
    no_client_link_layer: bool,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a user; the password is read from standard input (one line).
    Add {
        name: String,
        /// May change things (otherwise read-only).
        #[arg(long)]
        admin: bool,
        /// Read the password from standard input without prompting (the default when
        /// standard input is not a terminal).
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token and print it once; only its hash is stored.
    Create {
        name: String,
        #[arg(long, default_value = "read")]
        scope: String,
    },
}

impl OverrideArgs {
    fn to_overrides(&self) -> Overrides {
        Overrides {
            data_dir: self.data_dir.clone(),
            database_url: self.database_url.clone(),
            interfaces: self.interfaces.clone(),
            pool: self.pool.clone(),
            server_address: self.server_address,
            http_listen: self.http_listen,
            https_listen: self.https_listen,
            tftp_listen: self.tftp_listen,
            dhcp_port: self.dhcp_port,
        }
    }
}

/// mimalloc: the DHCPv6 path allocates per packet (dhcproto's option maps, the reply), and
/// glibc malloc was a quarter of the server's CPU time under a boot storm (bench/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// By then start-up (config, migrations, the first boot-file checks, binding) is over.
const STARTUP_SETTLES: std::time::Duration = std::time::Duration::from_secs(5);

/// Take the executable's clean file pages out of the resident set once, after start-up: the
/// kernel maps up to 64 KiB around each page a fault touches, so start-up code that runs once
/// (config, migrations, router set-up) and the built-in iPXE binaries it compares with their
/// written-out copies (~2.5 MB, `boot/files.rs`) left ~15 MiB of the binary resident (VmRSS
/// 43.9 MiB at 100 000 leases, 15.0 of it the binary; bench/README.md, boot storm I, fifth
/// step). Only what runs afterwards faults back in, from the page cache. Returns the bytes
/// released.
#[allow(unsafe_code)]
fn release_startup_pages() -> usize {
    let (Ok(exe), Ok(smaps)) = (
        std::fs::read_link("/proc/self/exe"),
        std::fs::read_to_string("/proc/self/smaps"),
    ) else {
        return 0;
    };
    let mut released = 0;
    for (start, end) in clean_exe_ranges(&smaps, &exe.to_string_lossy()) {
        // SAFETY: [start, end) is a whole mapping of the executable file that is not
        // writable and holds no private (copy-on-write) page (smaps `Anonymous: 0`; it cannot
        // gain one without being written, and nothing makes it writable). For such a mapping
        // MADV_DONTNEED only drops page-table entries: every later access faults the same
        // file bytes back in, so no code or `'static` data behind a live reference changes.
        // RELRO and .data (relocated or written) have private pages and are never passed.
        let rc =
            unsafe { libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_DONTNEED) };
        if rc == 0 {
            released += end - start;
        }
    }
    released
}

/// The `[start, end)` of each mapping in an smaps dump that is `exe`'s, read-only
/// (`r--p`/`r-xp`) and has no anonymous (copy-on-write) page.
fn clean_exe_ranges(smaps: &str, exe: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    for line in smaps.lines() {
        let mut fields = line.split_whitespace();
        let first = fields.next().unwrap_or("");
        if let Some((lo, hi)) = first.split_once('-') {
            if let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16))
            {
                let perms = fields.next().unwrap_or("");
                let path = fields.nth(3).unwrap_or("");
                current = (matches!(perms, "r--p" | "r-xp") && path == exe).then_some((lo, hi));
                continue;
            }
        }
        if first == "Anonymous:" {
            if let Some(range) = current.take() {
                if fields.next() == Some("0") {
                    out.push(range);
                }
            }
        }
    }
    out
}

fn main() -> ExitCode {
    // mimalloc asks for transparent huge pages on its arenas (MADV_HUGEPAGE), so each 2 MiB
    // its sparse use touches becomes resident: 16 MiB idle and VmHWM 75 MiB in the HTTP
    // storm, against 5 and 44 MiB without, same req/s (bench/README.md, boot storm IV).
    // Best effort: a kernel without the flag leaves the default.
    let _ = nix::sys::prctl::set_thp_disable(true);
    let cli = Cli::parse();
    if let Command::Relay(args) = &cli.command {
        return relay(&cli, args);
    }
    let loaded = Config::load(cli.config.as_deref(), &cli.overrides.to_overrides());
    let config = match (loaded, &cli.command) {
        (Ok(c), _) => c,
        // User and token commands only need the data dir: a config that is incomplete for
        // serving (no DHCP pool yet) must not stop an operator from adding the first admin.
        (Err(_), Command::User(_) | Command::Token(_)) if cli.overrides.data_dir.is_some() => {
            Config {
                data_dir: cli.overrides.data_dir.clone().unwrap_or_default(),
                database_url: cli.overrides.database_url.clone(),
                ..Config::default()
            }
        }
        (Err(e), _) => {
            eprintln!("bootforge: bad configuration: {e:#}");
            return ExitCode::from(2);
        }
    };
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    let result = match cli.command {
        Command::Serve { ready_file } => {
            std::thread::spawn(|| {
                std::thread::sleep(STARTUP_SETTLES);
                let dropped = release_startup_pages();
                tracing::debug!(kib = dropped / 1024, "start-up's executable pages released");
            });
            let source = bootforge::reload::ConfigSource {
                file: cli.config.clone(),
                overrides: cli.overrides.to_overrides(),
            };
            rt.block_on(bootforge::app::serve_reloadable(
                config,
                Some(source),
                ready_file,
            ))
        }
        Command::Check { ra_wait } => {
            let options = bootforge::check::CheckOptions {
                ra_wait: std::time::Duration::from_secs(ra_wait),
            };
            let findings = bootforge::check::run(&config, &options);
            if bootforge::check::report(&findings) {
                Ok(())
            } else {
                return ExitCode::FAILURE;
            }
        }
        Command::Healthcheck { timeout } => {
            bootforge::check::probe_health(&config, std::time::Duration::from_secs(timeout))
                .map_err(anyhow::Error::from)
        }
        Command::User(UserCommand::Add {
            name,
            admin,
            password_stdin,
        }) => rt.block_on(add_user(config, &name, admin, password_stdin)),
        Command::Token(TokenCommand::Create { name, scope }) => {
            rt.block_on(create_token(config, &name, &scope))
        }
        Command::Relay(_) => unreachable!("handled above"),
        Command::Config => {
            println!(
                "{}",
                toml::to_string_pretty(&config).expect("config serialises")
            );
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bootforge: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `bootforge relay`: only `[relay]` (and `log`) matter, so the server's checks (a pool, …)
/// are not applied; flags override `[relay]`.
fn relay(cli: &Cli, args: &RelayArgs) -> ExitCode {
    let loaded = Config::load_unchecked(cli.config.as_deref(), &cli.overrides.to_overrides());
    let mut config = match loaded {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bootforge: bad configuration: {e:#}");
            return ExitCode::from(2);
        }
    };
    let r = &mut config.relay;
    if !cli.overrides.interfaces.is_empty() {
        r.interfaces = cli.overrides.interfaces.clone();
    }
    if !args.servers.is_empty() {
        r.servers = args.servers.clone();
    }
    if let Some(l) = args.metrics_listen {
        r.listen = l;
    }
    if let Some(p) = args.port {
        r.port = p;
    }
    if args.no_client_link_layer {
        r.client_link_layer = false;
    }
    if let Err(e) = r.validate() {
        eprintln!("bootforge: bad configuration: {e}");
        return ExitCode::from(2);
    }
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    match rt.block_on(bootforge::relay::run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bootforge: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn add_user(
    config: Config,
    name: &str,
    admin: bool,
    password_stdin: bool,
) -> anyhow::Result<()> {
    use std::io::{BufRead, IsTerminal, Write};
    let stdin = std::io::stdin();
    if !password_stdin && stdin.is_terminal() {
        eprint!("Password for {name} (echoed): ");
        std::io::stderr().flush()?;
    }
    let mut password = String::new();
    stdin.lock().read_line(&mut password)?;
    let password = password.trim_end_matches(['\r', '\n']);
    let store = bootforge::state::open_store(&config).await?;
    bootforge::service::users::add_user(&store, name, password, admin).await?;
    store.close().await;
    eprintln!(
        "user {name} added ({})",
        if admin { "admin" } else { "read-only" }
    );
    Ok(())
}

async fn create_token(config: Config, name: &str, scope: &str) -> anyhow::Result<()> {
    let store = bootforge::state::open_store(&config).await?;
    let request = bootforge::service::tokens::TokenRequest {
        name: name.to_string(),
        scope: scope.to_string(),
    };
    let created = bootforge::service::tokens::create_token(&store, &request, "cli")
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    store.close().await;
    println!("{}", created.secret);
    eprintln!(
        "token {name} ({scope}) created; it is shown only this once",
        scope = created.token.scope.as_str()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::clean_exe_ranges;

    #[test]
    fn only_read_only_unmodified_mappings_of_the_executable_are_released() {
        let smaps = "\
55628085e000-556281053000 r--p 00000000 fe:00 6163223    /usr/bin/bootforge
Rss:                2440 kB
Anonymous:             0 kB
556281053000-556281fe1000 r-xp 007f4000 fe:00 6163223    /usr/bin/bootforge
Rss:               12208 kB
Anonymous:             0 kB
556281fe1000-55628207e000 r--p 01781000 fe:00 6163223    /usr/bin/bootforge
Rss:                 628 kB
Anonymous:           628 kB
55628207e000-556282089000 rw-p 0181d000 fe:00 6163223    /usr/bin/bootforge
Anonymous:            44 kB
7f9388096000-7f93881ec000 r-xp 00026000 fe:00 326279     /usr/lib/x86_64-linux-gnu/libc.so.6
Anonymous:             0 kB
7f937c000000-7f937c497000 rw-p 00000000 00:00 0
Anonymous:          4240 kB
";
        assert_eq!(
            clean_exe_ranges(smaps, "/usr/bin/bootforge"),
            [
                (0x5562_8085_e000, 0x5562_8105_3000),
                (0x5562_8105_3000, 0x5562_81fe_1000)
            ]
        );
        assert!(clean_exe_ranges(smaps, "/usr/bin/other").is_empty());
    }

    #[test]
    fn the_running_binary_has_clean_read_only_mappings() {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let exe = std::fs::read_link("/proc/self/exe").unwrap();
        let ranges = clean_exe_ranges(&smaps, &exe.to_string_lossy());
        // At least the text; never anything writable (checked by the parser's rules above).
        assert!(!ranges.is_empty(), "no clean mapping of {}", exe.display());
        assert!(super::release_startup_pages() > 0);
    }
}
