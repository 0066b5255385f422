//! Boot events as sentences for the timeline, the Events page and the live rows:
//! "DHCPv6 Solicit → Advertise 2001:db8::9352, x64 UEFI PXE", "TFTP ipxe.efi 850 KB in
//! 0.4 s", "script install.ipxe (profile debian)". Pure: it reads only what the protocol
//! paths put in an event (`dhcpv6::server`, `tftp`, `http::boot`), and never shows a server
//! file path (an absolute path anywhere in the text is cut to its file name).

use serde_json::Value;

/// One event in words.
pub fn describe(source: &str, stage: &str, address: Option<&str>, detail: &Value) -> String {
    let sentence = match (source, stage) {
        ("dhcp", _) => dhcp(stage, address, detail),
        ("tftp", "tftp_start") => format!(
            "TFTP {} started{}",
            file(detail),
            detail
                .get("size")
                .and_then(Value::as_u64)
                .map(|n| format!(" ({})", bytes(n)))
                .unwrap_or_default()
        ),
        ("tftp", "tftp_done") => format!(
            "TFTP {} {} in {}",
            file(detail),
            bytes(u64_of(detail, "bytes")),
            duration(u64_of(detail, "duration_ms"))
        ),
        ("tftp", "tftp_abort") => {
            let of = detail
                .get("size")
                .and_then(Value::as_u64)
                .map(|n| format!(" of {}", bytes(n)))
                .unwrap_or_default();
            format!(
                "TFTP {} aborted after {}{of} ({})",
                file(detail),
                bytes(u64_of(detail, "bytes")),
                duration(u64_of(detail, "duration_ms"))
            )
        }
        ("tftp", "tftp_refused") => format!(
            "TFTP {} refused: {}",
            file(detail),
            text_of(detail, "reason").unwrap_or("no reason given")
        ),
        ("http", "script") => script(detail),
        ("http", "asset") => {
            let mut s = format!(
                "HTTP {} {} {}",
                text_of(detail, "method").unwrap_or("GET"),
                file(detail),
                detail.get("status").and_then(Value::as_u64).unwrap_or(0)
            );
            if let Some(n) = detail.get("bytes").and_then(Value::as_u64) {
                s.push_str(&format!(", {}", bytes(n)));
            }
            if let Some(r) = text_of(detail, "range") {
                s.push_str(&format!(" (range {r})"));
            }
            s
        }
        ("http", "done") => "installed system reported done".to_string(),
        _ => format!("{source} {stage}"),
    };
    strip_paths(&sentence)
}

fn text_of<'a>(detail: &'a Value, key: &str) -> Option<&'a str> {
    match detail.get(key)? {
        Value::String(s) if !s.is_empty() => Some(s),
        _ => None,
    }
}

fn u64_of(detail: &Value, key: &str) -> u64 {
    detail.get(key).and_then(Value::as_u64).unwrap_or(0)
}

/// The file the client asked for, as it asked (relative to the boot root).
fn file(detail: &Value) -> String {
    text_of(detail, "file")
        .map(|f| f.trim_start_matches('/').to_string())
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| "(no file name)".into())
}

fn dhcp(stage: &str, address: Option<&str>, detail: &Value) -> String {
    let name = match stage {
        "informationrequest" | "information_request" => "Information-request".to_string(),
        other => {
            let mut c = other.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    };
    let mut s = format!("DHCPv6 {name}");
    match text_of(detail, "reply") {
        Some(reply) => s.push_str(&format!(" → {reply}")),
        None => s.push_str(" (no reply)"),
    }
    let addresses: Vec<&str> = detail
        .get("addresses")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if !addresses.is_empty() {
        s.push(' ');
        s.push_str(&addresses.join(", "));
    } else if let (Some(a), Some(_)) = (address, text_of(detail, "reply")) {
        s.push_str(&format!(" {a}"));
    }
    let mut facts = Vec::new();
    if let Some(class) = detail.get("class").and_then(client_class) {
        facts.push(class);
    }
    if let Some(status) = text_of(detail, "status") {
        facts.push(format!("status {status}"));
    }
    if let Some(url) = text_of(detail, "boot_url") {
        let name = url.rsplit('/').next().unwrap_or(url);
        facts.push(format!("boot file {name}"));
    }
    if detail.get("relayed").and_then(Value::as_bool) == Some(true) {
        facts.push("via relay".into());
    }
    for f in facts {
        s.push_str(", ");
        s.push_str(&f);
    }
    s
}

/// `dhcpv6::classify::ClientClass` as serialized: "x64 UEFI PXE", "iPXE arm64", …
fn client_class(class: &Value) -> Option<String> {
    let arch = class.get("arch").filter(|a| !a.is_null());
    let arch_name = arch.and_then(|a| a.get("name")).and_then(Value::as_str);
    match class.get("kind")?.as_str()? {
        "firmware" => {
            let name = arch_name?;
            let how = match arch
                .and_then(|a| a.get("transport"))
                .and_then(Value::as_str)
            {
                Some("bios") => return Some("BIOS PXE".into()),
                Some("http") => "UEFI HTTP Boot",
                _ => "UEFI PXE",
            };
            Some(format!("{name} {how}"))
        }
        "ipxe" => Some(match arch_name {
            Some(a) => format!("iPXE {a}"),
            None => "iPXE".into(),
        }),
        "unknown_arch" => Some(format!(
            "unknown architecture {}",
            class.get("code").and_then(Value::as_u64).unwrap_or(0)
        )),
        _ => None,
    }
}

fn script(detail: &Value) -> String {
    let template = text_of(detail, "template").unwrap_or("(no template)");
    let mut facts: Vec<String> = Vec::new();
    if let Some(p) = text_of(detail, "profile") {
        facts.push(format!("profile {p}"));
    }
    match text_of(detail, "script") {
        Some("reinstall") => facts.push("install once, then boot from disk".into()),
        Some("local") => facts.push("boot from local disk".into()),
        Some("wait") => facts.push(match text_of(detail, "reason") {
            Some(r) => format!("waiting: {r}"),
            None => "waiting".into(),
        }),
        Some("error") => facts.push(format!(
            "template failed, retry script served: {}",
            text_of(detail, "error").unwrap_or("unknown error")
        )),
        Some("install") if facts.is_empty() => facts.push("install".into()),
        _ => {}
    }
    if facts.is_empty() {
        format!("script {template}")
    } else {
        format!("script {template} ({})", facts.join("; "))
    }
}

/// 850 KB, 1.2 MB: binary units, as file sizes are usually shown.
pub fn bytes(n: u64) -> String {
    const K: f64 = 1024.0;
    let f = n as f64;
    if n < 1024 {
        format!("{n} B")
    } else if f < K * K {
        format!("{:.0} KB", f / K)
    } else if f < K * K * K {
        format!("{:.1} MB", f / (K * K))
    } else {
        format!("{:.2} GB", f / (K * K * K))
    }
}

fn duration(ms: u64) -> String {
    if ms < 100 {
        format!("{ms} ms")
    } else {
        format!("{:.1} s", ms as f64 / 1000.0)
    }
}

/// Absolute paths (`/usr/lib/ipxe/ipxe.efi`, also quoted or followed by punctuation) become
/// their file name: operators need the name, not the server's layout.
fn strip_paths(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let lead = word
                .find(|c: char| !matches!(c, '"' | '\'' | '(' | '`' | '['))
                .unwrap_or(word.len());
            let (open, rest) = word.split_at(lead);
            if !rest.starts_with('/') || rest.starts_with("//") || !rest[1..].contains('/') {
                return word.to_string();
            }
            let end = rest
                .find(['"', '\'', ')', '`', ']', ',', ';', ':'])
                .unwrap_or(rest.len());
            let (path, close) = rest.split_at(end);
            let name = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
            format!("{open}{name}{close}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dhcp_solicit_names_the_reply_address_and_client() {
        let detail = json!({
            "xid": "a1b2c3", "reply": "Advertise", "status": null,
            "addresses": ["2001:db8::9352"], "boot_url": null,
            "class": {"kind": "firmware", "arch": {"code": 7, "name": "x64", "transport": "pxe"}},
            "iaids": [1], "duid": "0004", "interface": "eth0", "relayed": false,
        });
        assert_eq!(
            describe("dhcp", "solicit", Some("2001:db8::9352"), &detail),
            "DHCPv6 Solicit → Advertise 2001:db8::9352, x64 UEFI PXE"
        );
    }

    #[test]
    fn dhcp_request_with_boot_url_status_http_boot_and_relay() {
        let detail = json!({
            "reply": "Reply", "status": "NoAddrsAvail", "addresses": [],
            "boot_url": "http://[2001:db8::1]:8080/boot/ipxe.efi",
            "class": {"kind": "firmware", "arch": {"code": 16, "name": "x64", "transport": "http"}},
            "relayed": true,
        });
        assert_eq!(
            describe("dhcp", "request", None, &detail),
            "DHCPv6 Request → Reply, x64 UEFI HTTP Boot, status NoAddrsAvail, \
             boot file ipxe.efi, via relay"
        );
        let ipxe = json!({"reply": "Reply", "addresses": ["2001:db8::5"],
            "class": {"kind": "ipxe", "arch": null}});
        assert_eq!(
            describe("dhcp", "informationrequest", None, &ipxe),
            "DHCPv6 Information-request → Reply 2001:db8::5, iPXE"
        );
        let silent = json!({"reply": null, "addresses": [], "class": {"kind": "plain"}});
        assert_eq!(
            describe("dhcp", "release", None, &silent),
            "DHCPv6 Release (no reply)"
        );
    }

    #[test]
    fn tftp_transfers_in_size_and_time() {
        let start = json!({"file": "ipxe.efi", "path": "/usr/lib/ipxe/ipxe.efi",
            "origin": "debian", "size": 870_400, "port": 1234});
        assert_eq!(
            describe("tftp", "tftp_start", Some("fe80::1"), &start),
            "TFTP ipxe.efi started (850 KB)"
        );
        let done =
            json!({"file": "/ipxe.efi", "bytes": 870_400, "size": 870_400, "duration_ms": 412});
        assert_eq!(
            describe("tftp", "tftp_done", None, &done),
            "TFTP ipxe.efi 850 KB in 0.4 s"
        );
        let abort = json!({"file": "ipxe.efi", "bytes": 0, "size": 870_400, "duration_ms": 12});
        assert_eq!(
            describe("tftp", "tftp_abort", None, &abort),
            "TFTP ipxe.efi aborted after 0 B of 850 KB (12 ms)"
        );
        let refused = json!({"file": "../etc/passwd",
            "reason": "`..` is not allowed in file names"});
        assert_eq!(
            describe("tftp", "tftp_refused", None, &refused),
            "TFTP ../etc/passwd refused: `..` is not allowed in file names"
        );
    }

    #[test]
    fn scripts_say_what_the_machine_will_do() {
        let install = json!({"script": "install", "template": "install.ipxe",
            "state": "ready", "reason": null, "error": null, "profile": "debian"});
        assert_eq!(
            describe("http", "script", None, &install),
            "script install.ipxe (profile debian)"
        );
        let no_profile_key = json!({"script": "install", "template": "install.ipxe"});
        assert_eq!(
            describe("http", "script", None, &no_profile_key),
            "script install.ipxe (install)"
        );
        let wait = json!({"script": "wait", "template": "discovered.ipxe",
            "state": "discovered", "reason": "not approved yet"});
        assert_eq!(
            describe("http", "script", None, &wait),
            "script discovered.ipxe (waiting: not approved yet)"
        );
        let once = json!({"script": "reinstall", "template": "install.ipxe"});
        assert_eq!(
            describe("http", "script", None, &once),
            "script install.ipxe (install once, then boot from disk)"
        );
        let broken = json!({"script": "error", "template": "custom.ipxe",
            "error": "syntax error in /var/lib/bootforge/boot-scripts/custom.ipxe: line 3"});
        assert_eq!(
            describe("http", "script", None, &broken),
            "script custom.ipxe (template failed, retry script served: syntax error in \
             custom.ipxe: line 3)"
        );
    }

    #[test]
    fn assets_and_done() {
        let asset = json!({"file": "debian/linux", "path": "/srv/tftp/debian/linux",
            "method": "GET", "status": 206, "bytes": 5_452_595, "range": "bytes=0-"});
        assert_eq!(
            describe("http", "asset", None, &asset),
            "HTTP GET debian/linux 206, 5.2 MB (range bytes=0-)"
        );
        assert_eq!(
            describe("http", "done", None, &json!({})),
            "installed system reported done"
        );
        assert_eq!(describe("api", "custom", None, &json!({})), "api custom");
    }

    #[test]
    fn no_server_path_survives() {
        for (text, want) in [
            (
                "cannot read the boot root: /srv/tftp: denied",
                "cannot read the boot root: tftp: denied",
            ),
            ("open '/usr/lib/ipxe/ipxe.efi'", "open 'ipxe.efi'"),
            ("relative debian/linux stays", "relative debian/linux stays"),
            ("url //host/x and / alone", "url //host/x and / alone"),
        ] {
            assert_eq!(strip_paths(text), want);
        }
        let refused = json!({"file": "x", "reason": "cannot read the boot root: /srv/tftp/"});
        assert!(!describe("tftp", "tftp_refused", None, &refused).contains("/srv"));
    }

    #[test]
    fn sizes_in_binary_units() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(870_400), "850 KB");
        assert_eq!(bytes(3 * 1024 * 1024 * 1024), "3.00 GB");
    }
}
