//! The dashboard from another host, over HTTPS, in headless Chromium
//! (server/tests/browser/https.mjs): the server in one network namespace, the browser in
//! another, reaching it by a global address as an operator's laptop would. Needs node and
//! Debian's chromium; skipped (loudly) with BOOTFORGE_SKIP_BROWSER=1.

mod support;

use std::path::Path;

use support::{output_text, Link, Server};

#[test]
fn login_over_https_from_another_host() {
    if std::env::var("BOOTFORGE_SKIP_BROWSER").as_deref() == Ok("1") {
        eprintln!("BOOTFORGE_SKIP_BROWSER=1: HTTPS browser flow skipped");
        return;
    }
    let dir = support::browser_test_dir();
    let link = Link::new(0x704);
    let prefix = link.prefix.clone();
    let _server = Server::start(
        &link,
        &["--pool", &prefix],
        &[
            ("BOOTFORGE_ADMIN_USER", "admin"),
            ("BOOTFORGE_ADMIN_PASSWORD", "https-password-1"),
        ],
    );
    link.add_client_address(link.client_if, "2001:db8:704::2/64");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/screenshots");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let out = std::process::Command::new("ip")
        .args(["netns", "exec", &link.client_ns, "node", "https.mjs"])
        .current_dir(&dir)
        .env(
            "BOOTFORGE_HTTP",
            format!("http://[{}]:8080", link.server_addr),
        )
        .env("BOOTFORGE_USER", "admin")
        .env("BOOTFORGE_PASSWORD", "https-password-1")
        .env("SCREENSHOT_DIR", &shots)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("node");
    let text = output_text(&out);
    assert!(
        out.status.success() && text.contains("ok - login over HTTPS"),
        "{text}"
    );
}
