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
