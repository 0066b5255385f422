//! Runs the dashboard flows (server/tests/browser/flows.mjs) in headless Chromium against the
//! real server, so `cargo test` covers the UI. Needs node and Debian's chromium
//! (/usr/bin/chromium, or $CHROMIUM); fails loudly without them unless
//! BOOTFORGE_SKIP_BROWSER=1. Screenshots go to target/screenshots/; with
//! BOOTFORGE_UPDATE_SCREENSHOTS=1 the ones the README shows (machines, machine detail,
//! audit) are also copied to docs/screenshots/ (not on every run, which would dirty the work
//! tree).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::http::{api_server, ADMIN_PASSWORD, ADMIN_USER};

/// Screenshots the README shows, refreshed with BOOTFORGE_UPDATE_SCREENSHOTS=1.
const README_SCREENSHOTS: [&str; 3] = ["machines.png", "machine-detail.png", "audit.png"];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

#[test]
fn dashboard_flows_in_headless_chromium() {
    if std::env::var("BOOTFORGE_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("BOOTFORGE_SKIP_BROWSER=1: browser flows skipped");
        return;
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let dir = support::browser_test_dir();
    let server = api_server().start();
    let shots = repo_root().join("target/screenshots");
    let status = Command::new("node")
        .arg("flows.mjs")
        .current_dir(&dir)
        .env("BOOTFORGE_URL", server.url(""))
        .env("BOOTFORGE_USER", ADMIN_USER)
        .env("BOOTFORGE_PASSWORD", ADMIN_PASSWORD)
        .env("SCREENSHOT_DIR", &shots)
        .env("CHROMIUM", &chromium)
        .status()
        .expect("node is needed for the browser tests");
    assert!(
        status.success(),
        "browser flows failed (screenshots in {})",
        shots.display()
    );
    for name in README_SCREENSHOTS {
        assert!(shots.join(name).is_file(), "flows did not save {name}");
    }
    if std::env::var_os("BOOTFORGE_UPDATE_SCREENSHOTS").is_some() {
        let docs = repo_root().join("docs/screenshots");
        std::fs::create_dir_all(&docs).unwrap();
        for name in README_SCREENSHOTS {
            std::fs::copy(shots.join(name), docs.join(name)).unwrap();
        }
    }
}
