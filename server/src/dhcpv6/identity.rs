//! Which machine sent this? Operators think in MACs; DHCPv6 clients speak in DUIDs, which
//! change between firmware, iPXE and the installed OS and are often all-zero. Resolve the MAC
//! from the best source available and remember which one it was.

use std::net::Ipv6Addr;

use crate::mac::Mac;

/// One enum for every way a MAC is learned (here and for HTTP/TFTP clients).
pub use crate::events::MacSource;

const HTYPE_ETHERNET: u16 = 1;

/// MAC from option 79 data: hardware type (2 bytes) then the address.
pub fn mac_from_client_linklayer(data: &[u8]) -> Option<Mac> {
    if data.len() != 8 || u16::from_be_bytes([data[0], data[1]]) != HTYPE_ETHERNET {
        return None;
    }
    Mac::from_slice(&data[2..])
}

/// MAC inside a DUID-LLT (type 1: type, htype, time, addr) or DUID-LL (type 3: type, htype,
/// addr) with Ethernet hardware type.
pub fn mac_from_duid(duid: &[u8]) -> Option<Mac> {
    if duid.len() < 4 {
        return None;
    }
    let duid_type = u16::from_be_bytes([duid[0], duid[1]]);
    let htype = u16::from_be_bytes([duid[2], duid[3]]);
    if htype != HTYPE_ETHERNET {
        return None;
    }
    match duid_type {
        1 if duid.len() == 14 => Mac::from_slice(&duid[8..14]),
        3 if duid.len() == 10 => Mac::from_slice(&duid[4..10]),
        _ => None,
    }
}

/// MAC from a link-local address built by modified EUI-64 (`…:xxff:fexx:…`, U/L bit flipped).
pub fn mac_from_eui64(addr: Ipv6Addr) -> Option<Mac> {
    let o = addr.octets();
    let link_local = o[0] == 0xfe && (o[1] & 0xc0) == 0x80;
    if !link_local || o[11] != 0xff || o[12] != 0xfe {
        return None;
    }
    Some(Mac([o[8] ^ 0x02, o[9], o[10], o[13], o[14], o[15]]))
}

/// What the packet offers for MAC resolution. The neighbour lookup is I/O, so the caller
/// passes it as a closure that is only called when the other sources fail.
pub struct IdentityInputs<'a> {
    pub relay_linklayer: Option<&'a [u8]>,
    pub duid: Option<&'a [u8]>,
    pub source: Ipv6Addr,
}

pub fn resolve_mac(
    inputs: &IdentityInputs<'_>,
    neighbour: impl FnOnce(Ipv6Addr) -> Option<Mac>,
) -> Option<(Mac, MacSource)> {
    if let Some(m) = inputs.relay_linklayer.and_then(mac_from_client_linklayer) {
        return Some((m, MacSource::RelayOption));
    }
    if let Some(m) = inputs.duid.and_then(mac_from_duid) {
        return Some((m, MacSource::Duid));
    }
    if let Some(m) = mac_from_eui64(inputs.source) {
        return Some((m, MacSource::Eui64));
    }
    neighbour(inputs.source).map(|m| (m, MacSource::Neighbour))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAC: Mac = Mac([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);
    const EUI_LL: &str = "fe80::5054:ff:fe12:3456";

    fn inputs<'a>(
        relay: Option<&'a [u8]>,
        duid: Option<&'a [u8]>,
        src: &str,
    ) -> IdentityInputs<'a> {
        IdentityInputs {
            relay_linklayer: relay,
            duid,
            source: src.parse().unwrap(),
        }
    }

    #[test]
    fn relay_option_wins() {
        let opt79 = [0, 1, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
        let duid_ll = [0, 3, 0, 1, 0x52, 0x54, 0, 0x12, 0x34, 0x56];
        let r = resolve_mac(&inputs(Some(&opt79), Some(&duid_ll), EUI_LL), |_| None).unwrap();
        assert_eq!(
            r,
            (
                Mac([0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]),
                MacSource::RelayOption
            )
        );
    }

    #[test]
    fn duid_ll_and_llt() {
        let ll = [0, 3, 0, 1, 0x52, 0x54, 0, 0x12, 0x34, 0x56];
        assert_eq!(mac_from_duid(&ll), Some(MAC));
        let llt = [0, 1, 0, 1, 1, 2, 3, 4, 0x52, 0x54, 0, 0x12, 0x34, 0x56];
        assert_eq!(mac_from_duid(&llt), Some(MAC));
        let r = resolve_mac(&inputs(None, Some(&llt), "fe80::1"), |_| None).unwrap();
        assert_eq!(r.1, MacSource::Duid);
    }

    #[test]
    fn duid_uuid_and_non_ethernet_give_nothing() {
        let mut uuid = vec![0, 4];
        uuid.extend([0u8; 16]);
        assert_eq!(mac_from_duid(&uuid), None);
        assert_eq!(mac_from_duid(&[0, 3, 0, 6, 1, 2, 3, 4, 5, 6]), None);
        assert_eq!(mac_from_duid(&[0, 3]), None);
    }

    #[test]
    fn eui64_link_local() {
        assert_eq!(mac_from_eui64(EUI_LL.parse().unwrap()), Some(MAC));
        assert_eq!(
            mac_from_eui64("fe80::1234:5678:9abc:def0".parse().unwrap()),
            None
        );
        // A global address is not trusted for this even if it looks like EUI-64.
        assert_eq!(
            mac_from_eui64("2001:db8::5054:ff:fe12:3456".parse().unwrap()),
            None
        );
        let uuid = [0u8, 4, 0, 0];
        let r = resolve_mac(&inputs(None, Some(&uuid), EUI_LL), |_| panic!("not needed")).unwrap();
        assert_eq!(r, (MAC, MacSource::Eui64));
    }

    #[test]
    fn neighbour_cache_is_last_resort() {
        let r = resolve_mac(&inputs(None, None, "fe80::abcd"), |_| Some(MAC)).unwrap();
        assert_eq!(r, (MAC, MacSource::Neighbour));
        assert!(resolve_mac(&inputs(None, None, "fe80::abcd"), |_| None).is_none());
    }

    #[test]
    fn malformed_relay_option_falls_through() {
        let bad79 = [0, 1, 0xaa];
        let r = resolve_mac(&inputs(Some(&bad79), None, EUI_LL), |_| None).unwrap();
        assert_eq!(r.1, MacSource::Eui64);
    }
}
