//! Who is asking: firmware PXE, UEFI HTTP Boot, iPXE, or an ordinary DHCPv6 client; and which
//! Boot File URL (option 59) each gets.

use std::net::Ipv6Addr;

use serde::Serialize;

use super::pool::Prefix;
use crate::netif::InterfaceAddress;

/// IANA processor architecture types (RFC 4578 / IANA "Processor Architecture Types") that
/// matter for network boot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct ArchInfo {
    pub code: u16,
    /// Short name used in config keys and scripts: `x64`, `arm64`, …
    pub name: &'static str,
    pub transport: BootTransport,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BootTransport {
    /// Legacy BIOS PXE: no IPv6 in practice.
    Bios,
    /// UEFI PXE: fetches the NBP over TFTP.
    Pxe,
    /// UEFI HTTP Boot: fetches the NBP over HTTP and wants "HTTPClient" echoed.
    Http,
}

pub const ARCH_TABLE: &[ArchInfo] = &[
    ArchInfo {
        code: 0x00,
        name: "bios",
        transport: BootTransport::Bios,
    },
    ArchInfo {
        code: 0x06,
        name: "ia32",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x07,
        name: "x64",
        transport: BootTransport::Pxe,
    },
    // 0x09 is EBC by the registry but old firmware used it for x64.
    ArchInfo {
        code: 0x09,
        name: "x64",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x0a,
        name: "arm32",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x0b,
        name: "arm64",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x0f,
        name: "ia32",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x10,
        name: "x64",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x12,
        name: "arm32",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x13,
        name: "arm64",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x19,
        name: "riscv32",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x1a,
        name: "riscv32",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x1b,
        name: "riscv64",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x1c,
        name: "riscv64",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x1d,
        name: "riscv128",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x1e,
        name: "riscv128",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x25,
        name: "loongarch32",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x26,
        name: "loongarch32",
        transport: BootTransport::Http,
    },
    ArchInfo {
        code: 0x27,
        name: "loongarch64",
        transport: BootTransport::Pxe,
    },
    ArchInfo {
        code: 0x28,
        name: "loongarch64",
        transport: BootTransport::Http,
    },
];

pub fn arch_info(code: u16) -> Option<ArchInfo> {
    ARCH_TABLE.iter().copied().find(|a| a.code == code)
}

/// What kind of boot client sent a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ClientClass {
    /// iPXE (user class "iPXE"); `arch` is its build architecture when it says.
    Ipxe { arch: Option<ArchInfo> },
    /// Firmware PXE or HTTP Boot.
    Firmware { arch: ArchInfo },
    /// Sent an architecture we do not know.
    UnknownArch { code: u16 },
    /// No boot markers: an installed OS, dhclient, …
    Plain,
}

impl ClientClass {
    /// The client's architecture, where it said one we know.
    pub fn arch(&self) -> Option<ArchInfo> {
        match self {
            ClientClass::Firmware { arch } | ClientClass::Ipxe { arch: Some(arch) } => Some(*arch),
            _ => None,
        }
    }
}

/// The facts classification looks at, already pulled out of the packet.
#[derive(Debug, Clone, Default)]
pub struct BootMarkers<'a> {
    pub arch_codes: &'a [u16],
    pub user_classes: &'a [Vec<u8>],
    /// Vendor class data items (opt 16), any enterprise.
    pub vendor_classes: &'a [Vec<u8>],
}

pub fn classify_client(m: &BootMarkers<'_>) -> ClientClass {
    let first_arch = m.arch_codes.first().copied();
    if m.user_classes.iter().any(|u| u.as_slice() == b"iPXE") {
        return ClientClass::Ipxe {
            arch: first_arch.and_then(arch_info),
        };
    }
    match first_arch {
        Some(code) => match arch_info(code) {
            // A firmware that says HTTPClient in its vendor class but sends a PXE arch code is
            // still an HTTP Boot client (some vendors do this).
            Some(mut arch) => {
                if arch.transport == BootTransport::Pxe && says_http_client(m.vendor_classes) {
                    if let Some(h) = ARCH_TABLE
                        .iter()
                        .find(|a| a.name == arch.name && a.transport == BootTransport::Http)
                    {
                        arch = *h;
                    }
                }
                ClientClass::Firmware { arch }
            }
            None => ClientClass::UnknownArch { code },
        },
        None => ClientClass::Plain,
    }
}

fn says_http_client(vendor_classes: &[Vec<u8>]) -> bool {
    vendor_classes.iter().any(|v| v.starts_with(b"HTTPClient"))
}

/// Where a boot client is sent, and what else the answer must carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BootTarget {
    pub url: String,
    /// Echo the vendor class "HTTPClient" (enterprise 343): EDK2 HTTP Boot ignores offers
    /// without it.
    pub echo_http_client: bool,
}

/// What URLs to hand out to one client.
#[derive(Debug, Clone)]
pub struct BootUrls {
    pub server: Ipv6Addr,
    pub http_port: u16,
}

/// Which address of ours a client's boot URLs name: `server_address` when configured; for a
/// relayed message, the global address the relay sent it to; else a global address of the
/// interface it came in on, one inside the client's pool first. With several VLANs each
/// client so gets an address on its own link. None: nothing fits, the caller falls back.
pub fn boot_server_for(
    configured: Option<Ipv6Addr>,
    relayed_to: Option<Ipv6Addr>,
    interface_addresses: &[InterfaceAddress],
    pool_prefix: Option<&Prefix>,
) -> Option<Ipv6Addr> {
    if configured.is_some() {
        return configured;
    }
    if let Some(a) = relayed_to.filter(|a| is_global_unicast(*a)) {
        return Some(a);
    }
    let globals = || {
        interface_addresses
            .iter()
            .filter(|a| a.is_global())
            .map(|a| a.address)
    };
    globals()
        .find(|a| pool_prefix.is_some_and(|p| p.contains(*a)))
        .or_else(|| globals().next())
}

fn is_global_unicast(a: Ipv6Addr) -> bool {
    !a.is_multicast()
        && !a.is_loopback()
        && !a.is_unspecified()
        && a.segments()[0] & 0xffc0 != 0xfe80
}

impl BootUrls {
    fn http_base(&self) -> String {
        if self.http_port == 80 {
            format!("http://[{}]", self.server)
        } else {
            format!("http://[{}]:{}", self.server, self.http_port)
        }
    }

    /// The NBP file name for an architecture: iPXE's own EFI binary name per arch.
    pub fn nbp_name(arch: &ArchInfo) -> String {
        match arch.name {
            "x64" => "ipxe.efi".into(),
            other => format!("ipxe-{other}.efi"),
        }
    }

    /// iPXE fetches its per-machine script; it expands `${net0/mac}` itself before fetching.
    pub fn ipxe_script_url(&self) -> String {
        format!("{}/boot/${{net0/mac}}.ipxe", self.http_base())
    }
}

/// The Boot File URL for a classified client, or `None` when it should get no boot answer.
pub fn pick_boot_target(class: &ClientClass, urls: &BootUrls) -> Option<BootTarget> {
    match class {
        ClientClass::Ipxe { .. } => Some(BootTarget {
            url: urls.ipxe_script_url(),
            echo_http_client: false,
        }),
        ClientClass::Firmware { arch } => match arch.transport {
            // BIOS PXE ROMs have no IPv6 stack worth answering.
            BootTransport::Bios => None,
            // No port: EDK2's TFTP URL parser rejects one.
            BootTransport::Pxe => Some(BootTarget {
                url: format!("tftp://[{}]/{}", urls.server, BootUrls::nbp_name(arch)),
                echo_http_client: false,
            }),
            BootTransport::Http => Some(BootTarget {
                url: format!("{}/{}", urls.http_base(), BootUrls::nbp_name(arch)),
                echo_http_client: true,
            }),
        },
        ClientClass::UnknownArch { .. } | ClientClass::Plain => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls() -> BootUrls {
        BootUrls {
            server: "2001:db8:b007::1".parse().unwrap(),
            http_port: 8080,
        }
    }

    fn class(arch: &[u16], user: &[&[u8]], vendor: &[&[u8]]) -> ClientClass {
        let u: Vec<Vec<u8>> = user.iter().map(|x| x.to_vec()).collect();
        let v: Vec<Vec<u8>> = vendor.iter().map(|x| x.to_vec()).collect();
        classify_client(&BootMarkers {
            arch_codes: arch,
            user_classes: &u,
            vendor_classes: &v,
        })
    }

    #[test]
    fn uefi_pxe_x64_gets_tftp_url_without_port() {
        let c = class(&[0x0007], &[], &[]);
        let t = pick_boot_target(&c, &urls()).unwrap();
        assert_eq!(t.url, "tftp://[2001:db8:b007::1]/ipxe.efi");
        assert!(!t.echo_http_client);
    }

    #[test]
    fn uefi_http_x64_gets_http_url_and_echo() {
        let c = class(&[0x0010], &[], &[b"HTTPClient:Arch:00016:UNDI:003001"]);
        let t = pick_boot_target(&c, &urls()).unwrap();
        assert_eq!(t.url, "http://[2001:db8:b007::1]:8080/ipxe.efi");
        assert!(t.echo_http_client);
    }

    #[test]
    fn arm64_pxe_and_http() {
        let t = pick_boot_target(&class(&[0x000b], &[], &[]), &urls()).unwrap();
        assert_eq!(t.url, "tftp://[2001:db8:b007::1]/ipxe-arm64.efi");
        let t = pick_boot_target(&class(&[0x0013], &[], &[]), &urls()).unwrap();
        assert!(t.url.starts_with("http://") && t.echo_http_client);
    }

    #[test]
    fn ipxe_user_class_wins_over_arch() {
        let c = class(
            &[0x0007],
            &[b"iPXE"],
            &[b"PXEClient:Arch:00007:UNDI:003010"],
        );
        assert!(matches!(c, ClientClass::Ipxe { arch: Some(a) } if a.name == "x64"));
        let t = pick_boot_target(&c, &urls()).unwrap();
        assert_eq!(
            t.url,
            "http://[2001:db8:b007::1]:8080/boot/${net0/mac}.ipxe"
        );
        assert!(!t.echo_http_client);
    }

    #[test]
    fn bios_unknown_and_plain_get_nothing() {
        assert!(pick_boot_target(&class(&[0x0000], &[], &[]), &urls()).is_none());
        assert_eq!(
            class(&[0x7777], &[], &[]),
            ClientClass::UnknownArch { code: 0x7777 }
        );
        assert!(pick_boot_target(&class(&[0x7777], &[], &[]), &urls()).is_none());
        assert_eq!(class(&[], &[], &[]), ClientClass::Plain);
        assert!(pick_boot_target(&ClientClass::Plain, &urls()).is_none());
    }

    #[test]
    fn http_client_vendor_class_with_pxe_arch_is_http_boot() {
        let c = class(&[0x0007], &[], &[b"HTTPClient"]);
        assert!(
            matches!(c, ClientClass::Firmware { arch } if arch.transport == BootTransport::Http)
        );
    }

    #[test]
    fn port_80_is_left_out_of_http_urls() {
        let u = BootUrls {
            server: "2001:db8::1".parse().unwrap(),
            http_port: 80,
        };
        assert_eq!(
            u.ipxe_script_url(),
            "http://[2001:db8::1]/boot/${net0/mac}.ipxe"
        );
    }

    #[test]
    fn every_table_entry_is_unique_by_code() {
        let mut codes: Vec<u16> = ARCH_TABLE.iter().map(|a| a.code).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), ARCH_TABLE.len());
    }

    #[test]
    fn boot_server_follows_the_client_link() {
        let addr = |a: &str, scope: u8| InterfaceAddress {
            interface: "vlan20".into(),
            index: 7,
            address: a.parse().unwrap(),
            prefix_len: 64,
            scope,
        };
        let on_link = [
            addr("fe80::1", 0x20),
            addr("2001:db8:99::1", 0),
            addr("2001:db8:20::1", 0),
        ];
        let pool: Prefix = "2001:db8:20::/64".parse().unwrap();
        let ip = |s: &str| s.parse::<Ipv6Addr>().unwrap();
        assert_eq!(
            boot_server_for(Some(ip("2001:db8::5")), None, &on_link, Some(&pool)),
            Some(ip("2001:db8::5")),
            "the configured address wins"
        );
        assert_eq!(
            boot_server_for(None, Some(ip("2001:db8:1::2")), &on_link, Some(&pool)),
            Some(ip("2001:db8:1::2")),
            "a relay reached us at this address"
        );
        assert_eq!(
            boot_server_for(None, Some(ip("ff02::1:2")), &on_link, Some(&pool)),
            Some(ip("2001:db8:20::1")),
            "multicast is no address to reach us; the one in the pool is preferred"
        );
        assert_eq!(
            boot_server_for(None, None, &on_link, None),
            Some(ip("2001:db8:99::1"))
        );
        assert_eq!(
            boot_server_for(None, None, &on_link[..1], Some(&pool)),
            None
        );
    }
}
