//! What needs real client addresses: a reinstall and a completion report belong to the
//! machine at its own leased address, not to anyone who knows its MAC; a login attack from
//! some sources does not lock out the operator at another; the dashboard is served over
//! HTTPS to the network and plain HTTP sends it there. Server and clients in network
//! namespaces, the client leasing its address over DHCPv6 from the real server.

mod support;

use std::net::{Ipv6Addr, SocketAddrV6};
use std::path::Path;
use std::time::Duration;

use support::dhcp::{exchange, leased_address, solicit, ALL_SERVERS};
use support::{client_socket, in_ns, output_text, Link, Server};

const TOKEN: &str = "boot-guard-token-0123456789abcdef0123";
const ADMIN_USER: &str = "admin";
const ADMIN_PASSWORD: &str = "guard-password-1";

fn run(ns: &str, args: &[&str]) {
    let out = in_ns(ns, args);
    assert!(out.status.success(), "{args:?}: {}", output_text(&out));
}

/// `curl` in `ns` from source address `from`; returns (status, headers+body).
fn curl(ns: &str, from: &str, extra: &[&str], url: &str) -> (u16, String) {
    let mut args = vec![
        "curl",
        "-sk",
        "-m",
        "10",
        "-i",
        "--interface",
        from,
        "-w",
        "\n%{http_code}",
    ];
    args.extend_from_slice(extra);
    args.push(url);
    let out = in_ns(ns, &args);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let (body, code) = text.rsplit_once('\n').unwrap_or((&text, "0"));
    (code.trim().parse().unwrap_or(0), body.to_string())
}

/// The server's API over plain HTTP from its own loopback (allowed there).
fn api(link: &Link, method: &str, path: &str, body: &str) -> (u16, String) {
    let auth = format!("Authorization: Bearer {TOKEN}");
    curl(
        &link.server_ns,
        "::1",
        &[
            "-X",
            method,
            "-H",
            &auth,
            "-H",
            "content-type: application/json",
            "-d",
            body,
        ],
        &format!("http://[::1]:8080{path}"),
    )
}

fn start_server(link: &Link) -> Server {
    let prefix = link.prefix.clone();
    Server::start(
        link,
        &["--pool", &prefix],
        &[
            ("BOOTFORGE_BOOTSTRAP_TOKEN", TOKEN),
            ("BOOTFORGE_ADMIN_USER", ADMIN_USER),
            ("BOOTFORGE_ADMIN_PASSWORD", ADMIN_PASSWORD),
        ],
    )
}

#[test]
fn reinstall_and_done_belong_to_the_machine_at_its_own_address() {
    let link = Link::new(0x701);
    let server = start_server(&link);
    let mac = link.client_mac();

    // The machine leases an address (rapid commit) and uses it, as iPXE would.
    let sock = client_socket(&link, 546);
    let to = SocketAddrV6::new(ALL_SERVERS, 547, 0, link.client_ifindex());
    let reply = exchange(&sock, to, &solicit([7, 0, 1], 0x71, 1, true, Some(7)));
    let leased: Ipv6Addr = leased_address(&reply);
    link.add_client_address(link.client_if, &format!("{leased}/128"));
    link.route_client_to_server_prefix();
    server.wait_sql(
        &format!("SELECT address FROM leases WHERE mac = '{mac}'"),
        Duration::from_secs(10),
    );

    // A stranger: another host (its own MAC) on a second link.
    link.add_pair("bfs1", "bfc1");
    link.add_server_address("bfs1", "2001:db8:702::1/64");
    link.add_client_address("bfc1", "2001:db8:702::99/64");

    let (status, _) = api(
        &link,
        "POST",
        "/api/v1/profiles",
        r#"{"name":"deb","kernel":"linux"}"#,
    );
    assert_eq!(status, 201);
    let body = format!(r#"{{"mac":"{mac}","profile":"deb","state":"reinstall"}}"#);
    let (status, text) = api(&link, "POST", "/api/v1/machines", &body);
    assert_eq!(status, 201, "{text}");

    let stranger_url = format!("http://[2001:db8:702::1]:8080/boot/{mac}.ipxe");
    let (status, script) = curl(&link.client_ns, "2001:db8:702::99", &[], &stranger_url);
    assert_eq!(status, 200);
    assert!(
        !script.contains("kernel "),
        "a stranger gets no install: {script}"
    );
    assert_eq!(
        server.sql(&format!("SELECT state FROM machines WHERE mac = '{mac}'")),
        "reinstall",
        "and does not use up the machine's reinstall"
    );
    let done = |from: &str, host: &str| {
        curl(
            &link.client_ns,
            from,
            &["-X", "POST"],
            &format!("http://[{host}]:8080/boot/{mac}/done"),
        )
        .0
    };
    assert_eq!(done("2001:db8:702::99", "2001:db8:702::1"), 403);

    // The machine itself, from its leased address.
    let own_url = format!("http://[{}]:8080/boot/{mac}.ipxe", link.server_addr);
    let (status, script) = curl(&link.client_ns, &leased.to_string(), &[], &own_url);
    assert_eq!(status, 200);
    assert!(
        script.contains("kernel "),
        "the machine gets its install: {script}"
    );
    assert_eq!(
        server.sql(&format!("SELECT state FROM machines WHERE mac = '{mac}'")),
        "local"
    );
    assert_eq!(
        done(&leased.to_string(), &link.server_addr.to_string()),
        204
    );
    server.wait_sql(
        &format!("SELECT id FROM events WHERE mac = '{mac}' AND stage = 'done'"),
        Duration::from_secs(10),
    );
}

/// A browser: a cookie jar file, and a source address.
struct Browser<'a> {
    ns: &'a str,
    from: String,
    jar: std::path::PathBuf,
}

impl Browser<'_> {
    fn new<'a>(ns: &'a str, from: &str, dir: &Path, name: &str) -> Browser<'a> {
        Browser {
            ns,
            from: from.to_string(),
            jar: dir.join(name),
        }
    }

    /// Log in through the form over `base`; returns the POST's status and headers.
    fn login(&self, base: &str, password: &str) -> (u16, String) {
        let jar = self.jar.to_str().unwrap();
        let (_, form) = curl(
            self.ns,
            &self.from,
            &["-c", jar, "-b", jar],
            &format!("{base}/login"),
        );
        let csrf = form
            .split("name=\"csrf_token\" value=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or_else(|| panic!("no CSRF field in {form}"))
            .to_string();
        let body =
            format!("username={ADMIN_USER}&password={password}&csrf_token={csrf}&next=/machines");
        curl(
            self.ns,
            &self.from,
            &["-c", jar, "-b", jar, "-X", "POST", "-d", &body],
            &format!("{base}/login"),
        )
    }
}

#[test]
fn the_operator_logs_in_over_https_while_others_guess() {
    let link = Link::new(0x703);
    let _server = start_server(&link);
    let dir = tempfile::tempdir().unwrap();
    // Client sources in distinct /64s, all on the client's link.
    run(
        &link.server_ns,
        &[
            "ip",
            "route",
            "add",
            "2001:db8:703::/48",
            "dev",
            link.server_if,
        ],
    );
    let source = |n: u16| format!("2001:db8:703:{n:x}::2");
    for n in 1..=8 {
        link.add_client_address(link.client_if, &format!("{}/64", source(n)));
    }
    link.route_client_to_server_prefix();
    let https = format!("https://[{}]:8443", link.server_addr);
    let http = format!("http://[{}]:8080", link.server_addr);

    // Plain HTTP from the network: sent to HTTPS, and no password is taken in clear.
    let (status, head) = curl(
        &link.client_ns,
        &source(1),
        &[],
        &format!("{http}/machines?x=1"),
    );
    assert_eq!(status, 308, "{head}");
    assert!(
        head.contains(&format!("location: {https}/machines?x=1")),
        "{head}"
    );
    let (status, _) = curl(
        &link.client_ns,
        &source(1),
        &["-X", "POST", "-d", "username=admin"],
        &format!("{http}/login"),
    );
    assert_eq!(status, 403);
    // Boot endpoints stay on plain HTTP for everyone.
    let (status, _) = curl(&link.client_ns, &source(1), &[], &format!("{http}/healthz"));
    assert_eq!(status, 200);

    // The operator logs in over HTTPS: a Secure session cookie and a device cookie.
    let operator = Browser::new(&link.client_ns, &source(1), dir.path(), "operator");
    let (status, head) = operator.login(&https, ADMIN_PASSWORD);
    assert_eq!(status, 303, "{head}");
    let session_line = head
        .lines()
        .find(|l| {
            l.to_ascii_lowercase()
                .starts_with("set-cookie: bf_session=")
        })
        .unwrap_or_else(|| panic!("no session cookie: {head}"));
    assert!(
        session_line.contains("Secure") && session_line.contains("HttpOnly"),
        "{session_line}"
    );
    assert!(head.contains("bf_device="), "{head}");

    // An attacker at one source: five guesses, then refused even with the right password.
    let attacker = Browser::new(&link.client_ns, &source(2), dir.path(), "attacker");
    for _ in 0..5 {
        assert_eq!(attacker.login(&https, "wrong-guess").0, 401);
    }
    assert_eq!(attacker.login(&https, ADMIN_PASSWORD).0, 429);
    // Someone else, elsewhere, with no history, is not locked out by that.
    let colleague = Browser::new(&link.client_ns, &source(3), dir.path(), "colleague");
    assert_eq!(colleague.login(&https, ADMIN_PASSWORD).0, 303);

    // Guesses spread over sources reach the per-user limit for unknown browsers...
    let mut guesses = 5;
    for n in 4..=7 {
        let b = Browser::new(
            &link.client_ns,
            &source(n),
            dir.path(),
            &format!("guesser{n}"),
        );
        for _ in 0..5 {
            if guesses < 20 {
                assert_eq!(b.login(&https, "wrong-guess").0, 401);
                guesses += 1;
            }
        }
    }
    let fresh = Browser::new(&link.client_ns, &source(8), dir.path(), "fresh");
    assert_eq!(
        fresh.login(&https, ADMIN_PASSWORD).0,
        429,
        "unknown browsers wait"
    );
    // ...but the operator's browser, which logged in before, still gets in.
    assert_eq!(operator.login(&https, ADMIN_PASSWORD).0, 303);
}
