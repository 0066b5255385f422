//! Hardware (MAC) addresses: the identity operators use for a machine.
//!
//! Canonical text form is lower-case colon-separated (`52:54:00:12:34:56`); that is how MACs are
//! stored and shown everywhere.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mac(pub [u8; 6]);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a MAC address: {0:?} (expected e.g. 52:54:00:12:34:56)")]
pub struct MacParseError(pub String);

impl Mac {
    /// Accepts the forms operators and iPXE produce: `aa:bb:cc:dd:ee:ff`, `aa-bb-…`
    /// (`${net0/mac:hexhyp}`), `aabb.ccdd.eeff` and bare `aabbccddeeff`, any case.
    pub fn parse(s: &str) -> Result<Mac, MacParseError> {
        let hex: String = s
            .trim()
            .chars()
            .filter(|c| !matches!(c, ':' | '-' | '.'))
            .collect();
        let err = || MacParseError(s.to_string());
        if hex.len() != 12 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(err());
        }
        // Separators, if any, must sit on byte (or 16-bit group) boundaries.
        let seps: Vec<usize> = s
            .trim()
            .char_indices()
            .filter(|(_, c)| matches!(c, ':' | '-' | '.'))
            .map(|(i, _)| i)
            .collect();
        if !(seps.is_empty() || seps == [2, 5, 8, 11, 14] || seps == [4, 9]) {
            return Err(err());
        }
        let mut out = [0u8; 6];
        for (i, b) in out.iter_mut().enumerate() {
            *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| err())?;
        }
        Ok(Mac(out))
    }

    pub fn from_slice(b: &[u8]) -> Option<Mac> {
        <[u8; 6]>::try_from(b).ok().map(Mac)
    }

    /// Whether this can be one network card's own address: not all zeros (what loopback
    /// and broken clients yield), not broadcast, not a group (multicast) address.
    pub fn is_station(&self) -> bool {
        self.0 != [0; 6] && self.0[0] & 0x01 == 0
    }
}

/// Why a MAC cannot name a machine, for messages.
pub const NOT_A_STATION_MAC: &str = "a zero, broadcast or multicast MAC cannot name a machine";

impl fmt::Display for Mac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        write!(
            f,
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            b[0], b[1], b[2], b[3], b[4], b[5]
        )
    }
}

impl FromStr for Mac {
    type Err = MacParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Mac::parse(s)
    }
}

impl Serialize for Mac {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A MAC is a string in the API: `52:54:00:12:34:56`.
impl utoipa::PartialSchema for Mac {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"))
            .examples(["52:54:00:12:34:56"])
            .into()
    }
}

impl utoipa::ToSchema for Mac {}

impl<'de> Deserialize<'de> for Mac {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Mac::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ipxe_and_operator_forms() {
        let want = Mac([0x52, 0x54, 0x00, 0x12, 0x34, 0x56]);
        for s in [
            "52:54:00:12:34:56",
            "52-54-00-12-34-56",
            "525400123456",
            "5254.0012.3456",
            "52:54:00:12:34:5A".replace('A', "6").as_str(),
            " 52:54:00:12:34:56 ",
        ] {
            assert_eq!(Mac::parse(s).unwrap(), want, "{s}");
        }
        assert_eq!(want.to_string(), "52:54:00:12:34:56");
        assert_eq!(
            Mac::parse("AA:BB:CC:DD:EE:FF").unwrap().to_string(),
            "aa:bb:cc:dd:ee:ff"
        );
    }

    #[test]
    fn refuses_garbage() {
        for s in [
            "",
            "52:54:00:12:34",
            "52:54:00:12:34:56:78",
            "zz:54:00:12:34:56",
            "5:254:00:12:34:56",
        ] {
            assert!(Mac::parse(s).is_err(), "{s}");
        }
    }

    #[test]
    fn only_station_macs_name_machines() {
        assert!(Mac::parse("52:54:00:12:34:56").unwrap().is_station());
        assert!(Mac::parse("02:00:00:00:00:01").unwrap().is_station());
        for not in [
            "00:00:00:00:00:00",
            "ff:ff:ff:ff:ff:ff",
            "01:00:5e:00:00:01",
            "33:33:00:00:00:01",
        ] {
            assert!(!Mac::parse(not).unwrap().is_station(), "{not}");
        }
    }
}
