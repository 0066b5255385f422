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
    /// Interface to serve DHCPv6 on; repeat for several. [config: dhcp.interfaces]
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
    Serve,
    /// Check the configuration and print the effective values.
    Config,
}

impl OverrideArgs {
    fn to_overrides(&self) -> Overrides {
        Overrides {
            data_dir: self.data_dir.clone(),
            interfaces: self.interfaces.clone(),
            pool: self.pool.clone(),
            server_address: self.server_address,
            http_listen: self.http_listen,
            tftp_listen: self.tftp_listen,
            dhcp_port: self.dhcp_port,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::load(cli.config.as_deref(), &cli.overrides.to_overrides()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("bootforge: bad configuration: {e:#}");
            return ExitCode::from(2);
        }
    };
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    let result = match cli.command {
        Command::Serve => rt.block_on(bootforge::app::serve(config)),
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
