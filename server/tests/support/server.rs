//! The real `bootforge serve` under test, for every integration test: built with
//! [`ServerBuilder`] (data dir, config file, arguments, environment, network namespace,
//! storage backend), started with `--ready-file` so the test knows when every listener is
//! bound and where (loopback servers bind port 0: no port is guessed or raced for), and
//! stopped (SIGTERM), killed (SIGKILL) or restarted on the same data. Killed on drop; its log
//! is printed when a test fails.

use std::cell::Cell;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::postgres::Database;
use super::Link;

/// Where the server keeps its inventory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The embedded default: `bootforge.db` in the data dir.
    Sqlite,
    /// A fresh database in the test binary's PostgreSQL cluster ([`super::postgres`]),
    /// passed as `database_url`.
    Postgres,
}

thread_local! {
    static BACKEND: Cell<Backend> = const { Cell::new(Backend::Sqlite) };
}

impl Backend {
    /// Runs `test` so that the servers it starts use this backend (each test has its own
    /// thread, so this is the test's choice only).
    pub fn run(self, test: fn()) {
        BACKEND.with(|b| b.set(self));
        test()
    }

    /// The backend servers started on this thread use unless told otherwise.
    pub fn current() -> Backend {
        BACKEND.with(|b| b.get())
    }
}

/// `#[test]` variants of each named function, once per backend: `sqlite::NAME` and
/// `postgres::NAME` (the functions themselves carry no `#[test]`).
macro_rules! on_each_backend {
    ($($test:ident),+ $(,)?) => {
        mod sqlite {
            $( #[test] fn $test() { $crate::support::Backend::Sqlite.run(super::$test) } )+
        }
        mod postgres {
            $( #[test] fn $test() { $crate::support::Backend::Postgres.run(super::$test) } )+
        }
    };
}
pub(crate) use on_each_backend;

enum DataDir {
    Temp(tempfile::TempDir),
    /// Kept after the test (the VM tests' artifact dirs).
    Kept(PathBuf),
}

impl DataDir {
    fn path(&self) -> &Path {
        match self {
            DataDir::Temp(t) => t.path(),
            DataDir::Kept(p) => p,
        }
    }
}

/// How to start (and restart) one server.
#[derive(Clone)]
struct Launch {
    netns: Option<String>,
    /// Before `serve` (`--config FILE`).
    global_args: Vec<String>,
    /// After `serve`.
    args: Vec<String>,
    env: Vec<(String, String)>,
    log: Option<PathBuf>,
    /// `RLIMIT_NOFILE` (soft and hard) for the server, through `prlimit`.
    open_files: Option<u64>,
    /// Print the whole log when a test fails (off where the test prints its own tail).
    print_log_on_failure: bool,
}

pub struct ServerBuilder {
    launch: Launch,
    data_dir: Option<DataDir>,
    backend: Backend,
}

impl ServerBuilder {
    /// Nothing implied: `serve` with only the data dir and ready file.
    pub fn new() -> ServerBuilder {
        ServerBuilder {
            launch: Launch {
                netns: None,
                global_args: Vec::new(),
                args: Vec::new(),
                env: vec![("BOOTFORGE_LOG".into(), "debug".into())],
                log: None,
                open_files: None,
                print_log_on_failure: true,
            },
            data_dir: None,
            backend: Backend::current(),
        }
    }

    /// In the test's own network namespace, on loopback only: HTTP, HTTPS and TFTP on
    /// `[::1]` port 0, DHCPv6 off.
    pub fn loopback() -> ServerBuilder {
        ServerBuilder::new()
            .args(&[
                "--http-listen",
                "[::1]:0",
                "--https-listen",
                "[::1]:0",
                "--tftp-listen",
                "[::1]:0",
            ])
            .env("BOOTFORGE_DHCP__ENABLED", "false")
    }

    /// In the link's server namespace, serving DHCPv6 on its interface (port 547), with the
    /// server's address in boot URLs.
    pub fn on_link(link: &Link) -> ServerBuilder {
        let address = link.server_addr.to_string();
        ServerBuilder::new().netns(&link.server_ns).args(&[
            "--interface",
            link.server_if,
            "--server-address",
            &address,
        ])
    }

    pub fn netns(mut self, ns: &str) -> ServerBuilder {
        self.launch.netns = Some(ns.to_string());
        self
    }

    /// Arguments after `serve`.
    pub fn args(mut self, args: &[&str]) -> ServerBuilder {
        self.launch.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    /// Start the server with this open-files limit (soft and hard).
    pub fn open_files(mut self, limit: u64) -> ServerBuilder {
        self.launch.open_files = Some(limit);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> ServerBuilder {
        self.launch.env.push((key.into(), value.into()));
        self
    }

    pub fn envs(mut self, env: &[(&str, &str)]) -> ServerBuilder {
        for (k, v) in env {
            self = self.env(k, v);
        }
        self
    }

    /// `--config FILE`.
    pub fn config_file(mut self, path: &Path) -> ServerBuilder {
        self.launch.global_args.push("--config".into());
        self.launch.global_args.push(path.display().to_string());
        self
    }

    /// A data dir of the caller's (kept after the test); default: a fresh temp dir.
    pub fn data_dir(mut self, path: &Path) -> ServerBuilder {
        self.data_dir = Some(DataDir::Kept(path.to_path_buf()));
        self
    }

    /// Fills the data dir before the server starts (seed files, templates).
    pub fn prepare(mut self, prepare: impl FnOnce(&Path)) -> ServerBuilder {
        let dir = self
            .data_dir
            .get_or_insert_with(|| DataDir::Temp(tempfile::tempdir().expect("data dir")));
        prepare(dir.path());
        self
    }

    /// Where the server's log goes; default: `server.log` in the data dir.
    pub fn log_file(mut self, path: &Path) -> ServerBuilder {
        self.launch.log = Some(path.to_path_buf());
        self
    }

    /// Leave the log out of a failing test's output (the test prints its own excerpt).
    pub fn quiet_on_failure(mut self) -> ServerBuilder {
        self.launch.print_log_on_failure = false;
        self
    }

    pub fn backend(mut self, backend: Backend) -> ServerBuilder {
        self.backend = backend;
        self
    }

    pub fn start(self) -> Server {
        let data = self
            .data_dir
            .unwrap_or_else(|| DataDir::Temp(tempfile::tempdir().expect("data dir")));
        let database = match self.backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(Arc::new(Database::create())),
        };
        Server::launch(self.launch, data, database)
    }
}

impl Default for ServerBuilder {
    fn default() -> Self {
        ServerBuilder::new()
    }
}

/// What the server reported in its ready file.
#[derive(Clone, Debug)]
pub struct Ready {
    pub pid: u32,
    pub http: Option<SocketAddr>,
    pub https: Option<SocketAddr>,
    pub tftp: Option<SocketAddr>,
    pub dhcpv6: Option<SocketAddr>,
}

impl Ready {
    fn parse(text: &str) -> Option<Ready> {
        let v: serde_json::Value = serde_json::from_str(text).ok()?;
        let addr = |name: &str| v["listeners"][name].as_str().and_then(|s| s.parse().ok());
        Some(Ready {
            pid: v["pid"].as_u64()? as u32,
            http: addr("http"),
            https: addr("https"),
            tftp: addr("tftp"),
            dhcpv6: addr("dhcpv6"),
        })
    }
}

/// A running `bootforge serve`.
pub struct Server {
    child: Child,
    launch: Launch,
    data: DataDir,
    pub log: PathBuf,
    ready: Ready,
    database: Option<Arc<Database>>,
}

impl Server {
    /// `bootforge serve` on the link's interface with `extra_args` and `env`
    /// ([`ServerBuilder::on_link`]).
    pub fn start(link: &Link, extra_args: &[&str], env: &[(&str, &str)]) -> Server {
        ServerBuilder::on_link(link)
            .args(extra_args)
            .envs(env)
            .start()
    }

    /// In the link's server namespace, without the interface and server address: `args` say
    /// everything; `--config FILE` among them is passed before `serve`.
    pub fn start_with(link: &Link, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut b = ServerBuilder::new().netns(&link.server_ns).envs(env);
        let mut rest = args.iter();
        while let Some(a) = rest.next() {
            if *a == "--config" {
                b = b.config_file(Path::new(rest.next().expect("--config FILE")));
            } else {
                b = b.args(&[a]);
            }
        }
        b.start()
    }

    fn launch(launch: Launch, data: DataDir, database: Option<Arc<Database>>) -> Server {
        panic_capture::install();
        let log = launch
            .log
            .clone()
            .unwrap_or_else(|| data.path().join("server.log"));
        let ready_file = data.path().join("ready.json");
        let _ = std::fs::remove_file(&ready_file);
        let logf = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .expect("server log");
        let bin = env!("CARGO_BIN_EXE_bootforge");
        // Each wrapper execs the next, so the process is bootforge itself.
        let mut argv: Vec<String> = Vec::new();
        if let Some(n) = launch.open_files {
            argv.extend(["prlimit".into(), format!("--nofile={n}:{n}"), "--".into()]);
        }
        if let Some(ns) = &launch.netns {
            argv.extend(["ip".into(), "netns".into(), "exec".into(), ns.clone()]);
        }
        argv.push(bin.to_string());
        let mut cmd = Command::new(&argv[0]);
        cmd.args(&argv[1..])
            .args(&launch.global_args)
            .arg("serve")
            .arg("--data-dir")
            .arg(data.path())
            .arg("--ready-file")
            .arg(&ready_file)
            .args(&launch.args)
            .env_remove("BOOTFORGE_CONFIG")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::from(logf.try_clone().unwrap()))
            .stderr(Stdio::from(logf));
        for (k, v) in &launch.env {
            cmd.env(k, v);
        }
        if let Some(db) = &database {
            cmd.env("BOOTFORGE_DATABASE_URL", db.url());
        }
        let child = cmd.spawn().expect("start bootforge");
        let mut server = Server {
            child,
            launch,
            data,
            log,
            ready: Ready {
                pid: 0,
                http: None,
                https: None,
                tftp: None,
                dhcpv6: None,
            },
            database,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(ready) = std::fs::read_to_string(&ready_file)
                .ok()
                .and_then(|t| Ready::parse(&t))
            {
                server.ready = ready;
                break;
            }
            if let Some(status) = server.child.try_wait().expect("try_wait") {
                panic!(
                    "bootforge serve exited at start-up ({status}); log:\n{}",
                    server.log_text()
                );
            }
            assert!(
                Instant::now() < deadline,
                "bootforge serve wrote no ready file in 60 s; log:\n{}",
                server.log_text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        server.check_backend();
        server
    }

    /// A PostgreSQL server must really keep its inventory there: its schema is in the
    /// test's database (a server that ignored `database_url` would pass on SQLite).
    fn check_backend(&self) {
        if let Some(db) = &self.database {
            let tables = db.sql(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
            );
            assert_ne!(
                tables,
                "0",
                "the server was given database_url but created no table there; log:\n{}",
                self.log_text()
            );
        }
    }

    pub fn ready(&self) -> &Ready {
        &self.ready
    }

    /// The plain HTTP listener's address (boot endpoints, `/metrics`).
    pub fn http_addr(&self) -> SocketAddr {
        self.ready.http.expect("HTTP listener")
    }

    pub fn https_addr(&self) -> SocketAddr {
        self.ready.https.expect("HTTPS listener (http.tls on)")
    }

    pub fn tftp_addr(&self) -> SocketAddr {
        self.ready.tftp.expect("TFTP listener (tftp.enabled)")
    }

    pub fn backend(&self) -> Backend {
        if self.database.is_some() {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// The `database_url` the server was given (PostgreSQL backend).
    pub fn database_url(&self) -> Option<&str> {
        self.database.as_deref().map(Database::url)
    }

    pub fn netns(&self) -> Option<&str> {
        self.launch.netns.as_deref()
    }

    pub fn data_dir(&self) -> &Path {
        self.data.path()
    }

    /// The server's process id (`ip netns exec` execs the binary, so it is bootforge itself).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM, then waits up to 10 s for a clean exit; returns its status.
    pub fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status();
        let status = self.wait_exit(Duration::from_secs(10));
        if status.is_none() {
            self.kill9();
        }
        status
    }

    /// SIGKILL: no shutdown, no flush (a crash, or a stop to edit the database).
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Kills the server if still running and starts it again with the same arguments on the
    /// same data (and database); the log goes on in the same file.
    pub fn relaunch(mut self) -> Server {
        self.kill9();
        let (launch, database) = (self.launch.clone(), self.database.take());
        let data = std::mem::replace(&mut self.data, DataDir::Kept(PathBuf::new()));
        drop(self);
        Server::launch(launch, data, database)
    }

    /// [`Server::relaunch`] with the link's interface and `extra_args`/`env` instead of
    /// the earlier arguments.
    pub fn restart(mut self, link: &Link, extra_args: &[&str], env: &[(&str, &str)]) -> Server {
        let fresh = ServerBuilder::on_link(link).args(extra_args).envs(env);
        self.launch.args = fresh.launch.args;
        self.launch.env = fresh.launch.env;
        self.relaunch()
    }

    /// Waits up to `timeout` for the server to exit on its own.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    /// The SQLite file (SQLite backend only).
    pub fn db_path(&self) -> PathBuf {
        assert_eq!(
            self.backend(),
            Backend::Sqlite,
            "no SQLite file on PostgreSQL"
        );
        self.data.path().join("bootforge.db")
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn wait_for_log(&self, needle: &str, timeout: Duration) {
        super::wait_for_text(&self.log, needle, timeout, "server");
    }

    /// Runs a query against the server's database from outside, as an operator would: the
    /// sqlite3 CLI on the SQLite file, or psql on the PostgreSQL database. Rows come back
    /// one per line, fields joined by `|`.
    pub fn sql(&self, query: &str) -> String {
        if let Some(db) = &self.database {
            return db.sql(query);
        }
        // The server may hold the write lock for a moment (a boot event's commit): wait
        // for it as the server's own connections do, instead of failing "database is locked".
        let out = Command::new("sqlite3")
            .arg("-cmd")
            .arg(".timeout 5000")
            .arg(self.db_path())
            .arg(query)
            .output()
            .expect("sqlite3 CLI");
        assert!(
            out.status.success(),
            "sqlite3: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Polls `query` until it returns something non-empty.
    pub fn wait_sql(&self, query: &str, timeout: Duration) -> String {
        super::poll_until(timeout, || self.sql(query), |r| !r.is_empty())
    }

    /// The `bootforge` binary with `args`, then this server's data dir and database: for the
    /// one-shot commands (`user add`, `token create`) against its store.
    pub fn cli_command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_bootforge"));
        cmd.args(args).arg("--data-dir").arg(self.data_dir());
        if let Some(url) = self.database_url() {
            cmd.env("BOOTFORGE_DATABASE_URL", url);
        }
        cmd
    }

    /// `GET /metrics` from the plain HTTP listener.
    pub fn metrics(&self) -> String {
        let r = self.request("GET", "/metrics", &[], b"");
        assert_eq!(r.status, 200, "GET /metrics: {}", r.text());
        r.text()
    }

    /// The value of one series (`name{labels}` as printed) now; 0 if it is not printed yet
    /// (labelled counters appear with their first increment).
    pub fn metric(&self, series: &str) -> f64 {
        super::try_sample(&self.metrics(), series).unwrap_or(0.0)
    }

    /// Polls [`Server::metric`] until `ready` holds for it or `timeout` passes; returns the
    /// last value either way, for the caller's assertion to show.
    pub fn wait_metric(&self, series: &str, timeout: Duration, ready: impl Fn(f64) -> bool) -> f64 {
        super::poll_until(timeout, || self.metric(series), |v| ready(*v))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() && self.launch.print_log_on_failure {
            // Only the end: a storm test's log is thousands of lines, and the reason the test
            // failed must still be in sight (it is printed again below the log).
            let text = self.log_text();
            let lines: Vec<&str> = text.lines().collect();
            let from = lines.len().saturating_sub(LOG_LINES_ON_FAILURE);
            eprintln!(
                "---- server log {} (last {} of {} lines) ----\n{}",
                self.log.display(),
                lines.len() - from,
                lines.len(),
                lines[from..].join("\n")
            );
            if let Some(why) = panic_capture::last_message() {
                eprintln!("---- the test failed: {why}");
            }
        }
    }
}

/// How much of a server's log a failed test prints.
const LOG_LINES_ON_FAILURE: usize = 60;

/// Remembers each test thread's panic message, so that a server dropped while the test
/// unwinds can repeat it after its log.
mod panic_capture {
    use std::cell::RefCell;
    use std::sync::Once;

    thread_local! {
        static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    pub fn install() {
        static ONCE: Once = Once::new();
        ONCE.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                // "panicked at FILE:LINE:" and the message.
                LAST.with(|m| *m.borrow_mut() = Some(info.to_string()));
                previous(info);
            }));
        });
    }

    pub fn last_message() -> Option<String> {
        LAST.with(|m| m.borrow().clone())
    }
}
