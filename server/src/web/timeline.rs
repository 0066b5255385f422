//! Boot events as sentences for the timeline, the Events page and the live rows:
//! "DHCPv6 Solicit → Advertise 2001:db8::9352, x64 UEFI PXE", "TFTP ipxe.efi 850 KB in
//! 0.4 s", "script install.ipxe (profile debian)". Pure: it reads only what the protocol
//! paths put in an event (`dhcpv6::server`, `tftp`, `http::boot`), and never shows a server
//! file path (an absolute path anywhere in the text is cut to its file name).

use crate::events::{
    AssetDetail, BootStage, ClassRecord, DhcpDetail, EventDetail, EventSource, ScriptDetail,
    StoredEvent, TftpEndDetail, TftpStartDetail,
};

/// One stored event in words.
pub fn describe_event(e: &StoredEvent) -> String {
    describe(e.source, &e.stage, e.address.as_deref(), &e.detail)
}

/// One event in words. A detail that does not fit its stage (an older or foreign row) is
/// named by its source and stage only.
pub fn describe(
    source: EventSource,
    stage: &BootStage,
    address: Option<&str>,
    detail: &EventDetail,
) -> String {
    use BootStage as S;
    use EventDetail as D;
    let sentence = match (source, stage, detail) {
        (EventSource::Dhcp, _, D::Dhcp(d)) => dhcp(stage, address, d),
        (EventSource::Tftp, S::TftpStart, D::TftpStart(d)) => tftp_start(d),
        (EventSource::Tftp, S::TftpDone, D::TftpEnd(d)) => format!(
            "TFTP {} {} in {}",
            file(&d.file),
            bytes(d.bytes),
            duration(d.duration_ms)
        ),
        (EventSource::Tftp, S::TftpAbort, D::TftpEnd(d)) => tftp_abort(d),
        (EventSource::Tftp, S::TftpRefused, D::TftpRefused(d)) => format!(
            "TFTP {} refused: {}",
            file(&d.file),
            non_empty(&d.reason).unwrap_or("no reason given")
        ),
        (EventSource::Http, S::Script, D::Script(d)) => script(d),
        (EventSource::Http, S::Asset, D::Asset(d)) => asset(d),
        (EventSource::Http, S::Done, _) => "installed system reported done".to_string(),
        _ => format!("{source} {stage}"),
    };
    strip_paths(&sentence)
}

fn non_empty(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

fn opt_non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().and_then(non_empty)
}

/// The file the client asked for, as it asked (relative to the boot root).
fn file(asked: &str) -> &str {
    non_empty(asked.trim_start_matches('/')).unwrap_or("(no file name)")
}

fn tftp_start(d: &TftpStartDetail) -> String {
    format!("TFTP {} started ({})", file(&d.file), bytes(d.size))
}

fn tftp_abort(d: &TftpEndDetail) -> String {
    format!(
        "TFTP {} aborted after {} of {} ({})",
        file(&d.file),
        bytes(d.bytes),
        bytes(d.size),
        duration(d.duration_ms)
    )
}

fn asset(d: &AssetDetail) -> String {
    let method = non_empty(&d.method).unwrap_or("GET");
    let mut s = format!(
        "HTTP {method} {} {}, {}",
        file(&d.file),
        d.status,
        bytes(d.bytes)
    );
    if let Some(r) = opt_non_empty(&d.range) {
        s.push_str(&format!(" (range {r})"));
    }
    s
}

fn dhcp_message_name(stage: &BootStage) -> String {
    match stage {
        BootStage::InformationRequest => "Information-request".to_string(),
        BootStage::Other(word) if word == "information_request" => {
            "Information-request".to_string()
        }
        other => {
            let mut c = other.as_str().chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

fn dhcp(stage: &BootStage, address: Option<&str>, d: &DhcpDetail) -> String {
    let mut s = format!("DHCPv6 {}", dhcp_message_name(stage));
    let reply = opt_non_empty(&d.reply);
    match reply {
        Some(reply) => s.push_str(&format!(" → {reply}")),
        None => s.push_str(" (no reply)"),
    }
    if !d.addresses.is_empty() {
        let list: Vec<String> = d.addresses.iter().map(|a| a.to_string()).collect();
        s.push(' ');
        s.push_str(&list.join(", "));
    } else if let (Some(a), Some(_)) = (address, reply) {
        s.push_str(&format!(" {a}"));
    }
    let mut facts = Vec::new();
    if let Some(class) = d.class.as_ref().and_then(client_class) {
        facts.push(class);
    }
    if let Some(status) = opt_non_empty(&d.status) {
        facts.push(format!("status {status}"));
    }
    if let Some(url) = opt_non_empty(&d.boot_url) {
        let name = url.rsplit('/').next().unwrap_or(url);
        facts.push(format!("boot file {name}"));
    }
    if d.relayed {
        facts.push("via relay".into());
    }
    for f in facts {
        s.push_str(", ");
        s.push_str(&f);
    }
    s
}

/// The client class in words: "x64 UEFI PXE", "iPXE arm64", …
fn client_class(class: &ClassRecord) -> Option<String> {
    match class {
        ClassRecord::Firmware { arch } => {
            let how = match arch.transport.as_str() {
                "bios" => return Some("BIOS PXE".into()),
                "http" => "UEFI HTTP Boot",
                _ => "UEFI PXE",
            };
            Some(format!("{} {how}", arch.name))
        }
        ClassRecord::Ipxe { arch } => Some(match arch {
            Some(a) => format!("iPXE {}", a.name),
            None => "iPXE".into(),
        }),
        ClassRecord::UnknownArch { code } => Some(format!("unknown architecture {code}")),
        ClassRecord::Plain => None,
    }
}

fn script(d: &ScriptDetail) -> String {
    let template = non_empty(&d.template).unwrap_or("(no template)");
    let mut facts: Vec<String> = Vec::new();
    if let Some(p) = opt_non_empty(&d.profile) {
        facts.push(format!("profile {p}"));
    }
    match d.script.as_str() {
        "reinstall" => facts.push("install once, then boot from disk".into()),
        "local" => facts.push("boot from local disk".into()),
        "wait" => facts.push(match opt_non_empty(&d.reason) {
            Some(r) => format!("waiting: {r}"),
            None => "waiting".into(),
        }),
        "error" => facts.push(format!(
            "template failed, retry script served: {}",
            opt_non_empty(&d.error).unwrap_or("unknown error")
        )),
        "install" if facts.is_empty() => facts.push("install".into()),
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
    use crate::events::{ArchRecord, TftpRefusedDetail};

    fn dhcp_detail(reply: Option<&str>, addresses: &[&str], class: ClassRecord) -> DhcpDetail {
        DhcpDetail {
            xid: "a1b2c3".into(),
            reply: reply.map(str::to_string),
            status: None,
            addresses: addresses.iter().map(|a| a.parse().unwrap()).collect(),
            boot_url: None,
            class: Some(class),
            iaids: vec![1],
            duid: "0004".into(),
            interface: Some("eth0".into()),
            relayed: false,
        }
    }

    fn arch(code: u16, name: &str, transport: &str) -> ArchRecord {
        ArchRecord {
            code,
            name: name.into(),
            transport: transport.into(),
        }
    }

    fn dhcp(stage: BootStage, address: Option<&str>, d: DhcpDetail) -> String {
        describe(EventSource::Dhcp, &stage, address, &EventDetail::Dhcp(d))
    }

    fn script_detail(script: &str, template: &str) -> ScriptDetail {
        ScriptDetail {
            script: script.into(),
            template: template.into(),
            profile: None,
            state: "ready".into(),
            reason: None,
            error: None,
            repeats: None,
        }
    }

    fn http(stage: BootStage, d: impl Into<EventDetail>) -> String {
        describe(EventSource::Http, &stage, None, &d.into())
    }

    fn tftp(stage: BootStage, d: impl Into<EventDetail>) -> String {
        describe(EventSource::Tftp, &stage, None, &d.into())
    }

    #[test]
    fn dhcp_solicit_names_the_reply_address_and_client() {
        let firmware = ClassRecord::Firmware {
            arch: arch(7, "x64", "pxe"),
        };
        assert_eq!(
            dhcp(
                BootStage::Solicit,
                Some("2001:db8::9352"),
                dhcp_detail(Some("Advertise"), &["2001:db8::9352"], firmware.clone())
            ),
            "DHCPv6 Solicit → Advertise 2001:db8::9352, x64 UEFI PXE"
        );
        // No address in the detail: the event's address, but only when there was a reply.
        assert_eq!(
            dhcp(
                BootStage::Renew,
                Some("2001:db8::7"),
                dhcp_detail(Some("Reply"), &[], ClassRecord::Plain)
            ),
            "DHCPv6 Renew → Reply 2001:db8::7"
        );
        assert_eq!(
            dhcp(
                BootStage::Renew,
                Some("2001:db8::7"),
                dhcp_detail(None, &[], firmware)
            ),
            "DHCPv6 Renew (no reply), x64 UEFI PXE"
        );
    }

    #[test]
    fn dhcp_request_with_boot_url_status_http_boot_and_relay() {
        let mut d = dhcp_detail(
            Some("Reply"),
            &[],
            ClassRecord::Firmware {
                arch: arch(16, "x64", "http"),
            },
        );
        d.status = Some("NoAddrsAvail".into());
        d.boot_url = Some("http://[2001:db8::1]:8080/boot/ipxe.efi".into());
        d.relayed = true;
        assert_eq!(
            dhcp(BootStage::Request, None, d),
            "DHCPv6 Request → Reply, x64 UEFI HTTP Boot, status NoAddrsAvail, \
             boot file ipxe.efi, via relay"
        );
        let ipxe = dhcp_detail(
            Some("Reply"),
            &["2001:db8::5"],
            ClassRecord::Ipxe { arch: None },
        );
        assert_eq!(
            dhcp(BootStage::InformationRequest, None, ipxe),
            "DHCPv6 Information-request → Reply 2001:db8::5, iPXE"
        );
        let ipxe_arm = ClassRecord::Ipxe {
            arch: Some(arch(11, "arm64", "pxe")),
        };
        assert_eq!(
            dhcp(BootStage::Solicit, None, dhcp_detail(None, &[], ipxe_arm)),
            "DHCPv6 Solicit (no reply), iPXE arm64"
        );
        let bios = ClassRecord::Firmware {
            arch: arch(0, "x86", "bios"),
        };
        assert_eq!(
            dhcp(BootStage::Solicit, None, dhcp_detail(None, &[], bios)),
            "DHCPv6 Solicit (no reply), BIOS PXE"
        );
        let unknown = ClassRecord::UnknownArch { code: 99 };
        assert_eq!(
            dhcp(BootStage::Solicit, None, dhcp_detail(None, &[], unknown)),
            "DHCPv6 Solicit (no reply), unknown architecture 99"
        );
        assert_eq!(
            dhcp(
                BootStage::Release,
                None,
                dhcp_detail(None, &[], ClassRecord::Plain)
            ),
            "DHCPv6 Release (no reply)"
        );
    }

    #[test]
    fn tftp_transfers_in_size_and_time() {
        let start = TftpStartDetail {
            file: "ipxe.efi".into(),
            path: "/usr/lib/ipxe/ipxe.efi".into(),
            origin: "debian".into(),
            size: 870_400,
            port: 1234,
            mac_source: None,
        };
        assert_eq!(
            tftp(BootStage::TftpStart, start),
            "TFTP ipxe.efi started (850 KB)"
        );
        let end = |file: &str, bytes, duration_ms| TftpEndDetail {
            file: file.into(),
            bytes,
            size: 870_400,
            duration_ms,
        };
        assert_eq!(
            tftp(BootStage::TftpDone, end("/ipxe.efi", 870_400, 412)),
            "TFTP ipxe.efi 850 KB in 0.4 s"
        );
        assert_eq!(
            tftp(BootStage::TftpAbort, end("ipxe.efi", 0, 12)),
            "TFTP ipxe.efi aborted after 0 B of 850 KB (12 ms)"
        );
        let refused = TftpRefusedDetail {
            file: "../etc/passwd".into(),
            reason: "`..` is not allowed in file names".into(),
        };
        assert_eq!(
            tftp(BootStage::TftpRefused, refused),
            "TFTP ../etc/passwd refused: `..` is not allowed in file names"
        );
    }

    #[test]
    fn scripts_say_what_the_machine_will_do() {
        let mut install = script_detail("install", "install.ipxe");
        install.profile = Some("debian".into());
        assert_eq!(
            http(BootStage::Script, install),
            "script install.ipxe (profile debian)"
        );
        assert_eq!(
            http(BootStage::Script, script_detail("install", "install.ipxe")),
            "script install.ipxe (install)"
        );
        let mut wait = script_detail("wait", "discovered.ipxe");
        wait.reason = Some("not approved yet".into());
        assert_eq!(
            http(BootStage::Script, wait),
            "script discovered.ipxe (waiting: not approved yet)"
        );
        assert_eq!(
            http(
                BootStage::Script,
                script_detail("reinstall", "install.ipxe")
            ),
            "script install.ipxe (install once, then boot from disk)"
        );
        assert_eq!(
            http(BootStage::Script, script_detail("local", "local.ipxe")),
            "script local.ipxe (boot from local disk)"
        );
        let mut broken = script_detail("error", "custom.ipxe");
        broken.error =
            Some("syntax error in /var/lib/bootforge/boot-scripts/custom.ipxe: line 3".into());
        assert_eq!(
            http(BootStage::Script, broken),
            "script custom.ipxe (template failed, retry script served: syntax error in \
             custom.ipxe: line 3)"
        );
    }

    #[test]
    fn assets_done_and_rows_that_fit_no_type() {
        let asset = AssetDetail {
            file: "debian/linux".into(),
            path: "/srv/tftp/debian/linux".into(),
            origin: "root".into(),
            method: "GET".into(),
            status: 206,
            bytes: 5_452_595,
            range: Some("bytes=0-".into()),
        };
        assert_eq!(
            http(BootStage::Asset, asset),
            "HTTP GET debian/linux 206, 5.2 MB (range bytes=0-)"
        );
        assert_eq!(
            http(BootStage::Done, EventDetail::NONE),
            "installed system reported done"
        );
        let custom = BootStage::Other("custom".into());
        assert_eq!(
            describe(EventSource::Api, &custom, None, &EventDetail::NONE),
            "api custom"
        );
        // A stored row whose detail did not parse as its stage's type.
        let odd = EventDetail::Unparsed(serde_json::json!({"file": 3}));
        assert_eq!(tftp(BootStage::TftpStart, odd), "tftp tftp_start");
        // A detail of another stage's type is not read as this stage's.
        assert_eq!(
            tftp(BootStage::TftpDone, script_detail("install", "x")),
            "tftp tftp_done"
        );
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
        let refused = TftpRefusedDetail {
            file: "x".into(),
            reason: "cannot read the boot root: /srv/tftp/".into(),
        };
        assert!(!tftp(BootStage::TftpRefused, refused).contains("/srv"));
    }

    #[test]
    fn sizes_in_binary_units() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(1023), "1023 B");
        assert_eq!(bytes(870_400), "850 KB");
        assert_eq!(bytes(3 * 1024 * 1024 * 1024), "3.00 GB");
    }
}
