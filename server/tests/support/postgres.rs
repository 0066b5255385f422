//! A throwaway PostgreSQL cluster for the tests that run against the PostgreSQL backend:
//! Debian's postgresql 15 binaries, `initdb` as the `postgres` user into a temp dir, `pg_ctl`
//! with its Unix socket in that dir and `listen_addresses = ''` (no TCP, so no port to race
//! for). One cluster per test binary, started on first use and stopped and removed by a
//! watchdog process when the binary exits (also after failed tests, or a SIGKILL); one database per test, dropped with its
//! [`Database`]. Missing binaries fail the test, naming the package (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;

const PG_BIN: &str = "/usr/lib/postgresql/15/bin";
/// Only names the socket file (`.s.PGSQL.<port>`) in the cluster's private socket dir.
const PORT: u16 = 5432;
const CLUSTER_PREFIX: &str = "bootforge-test-pg-";

static CLUSTER: OnceLock<Cluster> = OnceLock::new();
static NEXT_DB: AtomicU32 = AtomicU32::new(0);

struct Cluster {
    /// Holds `data/` and `socket/`; owned by `postgres`.
    dir: PathBuf,
}

impl Cluster {
    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn socket_dir(&self) -> PathBuf {
        self.dir.join("socket")
    }
}

fn as_postgres(program: &str, args: &[&str]) -> std::process::Output {
    let bin = format!("{PG_BIN}/{program}");
    Command::new("runuser")
        .args(["-u", "postgres", "--", &bin])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("runuser -u postgres -- {bin}: {e}"))
}

fn check(what: &str, out: std::process::Output) {
    assert!(
        out.status.success(),
        "{what} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Stops a cluster left by a test binary that was killed (SIGKILL skips the exit hook).
fn remove_stale_clusters() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(CLUSTER_PREFIX)
            .and_then(|rest| rest.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if Path::new(&format!("/proc/{pid}")).exists() {
            continue;
        }
        stop_and_remove(&entry.path());
    }
}

fn stop_and_remove(dir: &Path) {
    let data = dir.join("data");
    if data.exists() {
        let _ = as_postgres(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// A process outside the test binary that stops and removes the cluster once the binary has
/// exited, however it exits (statics are never dropped; a panic or SIGKILL skips any hook).
fn watch_for_exit(dir: &Path) {
    let script = format!(
        "while [ -e /proc/{pid} ]; do sleep 0.5; done; \
         runuser -u postgres -- {PG_BIN}/pg_ctl -D '{data}' -m immediate -w stop; \
         rm -rf '{dir}'",
        pid = std::process::id(),
        data = dir.join("data").display(),
        dir = dir.display(),
    );
    // `setsid -f`: detached, in its own session, so it outlives this process.
    let status = Command::new("setsid")
        .args(["-f", "sh", "-c", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("cluster watchdog (setsid sh)");
    assert!(status.success(), "cluster watchdog: {status}");
}

fn cluster() -> &'static Cluster {
    CLUSTER.get_or_init(|| {
        assert!(
            Path::new(PG_BIN).join("initdb").exists() && Path::new(PG_BIN).join("pg_ctl").exists(),
            "{PG_BIN}/initdb and pg_ctl not found: the PostgreSQL tests need Debian's \
             postgresql 15 (apt-get install postgresql; .ci/run installs it)"
        );
        remove_stale_clusters();
        let dir = tempfile::Builder::new()
            .prefix(&format!("{CLUSTER_PREFIX}{}-", std::process::id()))
            .tempdir()
            .expect("cluster temp dir")
            .keep();
        let cluster = Cluster { dir };
        watch_for_exit(&cluster.dir);
        std::fs::create_dir_all(cluster.socket_dir()).unwrap();
        check(
            "chown postgres (cluster dir)",
            Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&cluster.dir)
                .output()
                .expect("chown"),
        );
        let data = cluster.data();
        check(
            "initdb",
            as_postgres(
                "initdb",
                &[
                    "-D",
                    data.to_str().unwrap(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ],
            ),
        );
        let options = format!(
            "-c listen_addresses='' -k {} -p {PORT} -c fsync=off -c max_connections=400",
            cluster.socket_dir().display()
        );
        let log = cluster.dir.join("postgres.log");
        check(
            "pg_ctl start",
            as_postgres(
                "pg_ctl",
                &[
                    "-D",
                    data.to_str().unwrap(),
                    "-l",
                    log.to_str().unwrap(),
                    "-o",
                    &options,
                    "-w",
                    "start",
                ],
            ),
        );
        cluster
    })
}

/// `psql` as the cluster's superuser against `db`: unaligned, tuples only, fields joined by
/// `|` (the same shape as the sqlite3 CLI's default output).
fn psql(db: &str, query: &str) -> Result<String, String> {
    let c = cluster();
    let out = Command::new(format!("{PG_BIN}/psql"))
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-At", "-U", "postgres"])
        .arg("-h")
        .arg(c.socket_dir())
        .args(["-p", &PORT.to_string(), "-d", db, "-c", query])
        .output()
        .expect("psql");
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// One test's database in the shared cluster; dropped (connections closed) on drop.
pub struct Database {
    name: String,
    url: String,
}

impl Database {
    pub fn create() -> Database {
        let name = format!(
            "bootforge_{}_{}",
            std::process::id(),
            NEXT_DB.fetch_add(1, Ordering::SeqCst)
        );
        psql("postgres", &format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
        let url = format!(
            "postgres://postgres@localhost:{PORT}/{name}?host={}",
            cluster().socket_dir().display()
        );
        Database { name, url }
    }

    /// The `database_url` the server is given.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Runs `query`; panics with PostgreSQL's message if it fails.
    pub fn sql(&self, query: &str) -> String {
        psql(&self.name, query).unwrap_or_else(|e| panic!("psql {query:?}: {e}"))
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let _ = psql(
            "postgres",
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}
