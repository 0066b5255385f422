//! Boot events and client identities as typed values: what the protocol paths (DHCPv6, TFTP,
//! HTTP boot) record, what the store writes and reads back, and what the dashboard describes.
//!
//! A leaf: it depends on no other module of the crate except the `Mac` value type, so the
//! store, the protocol paths and the web layer can all use it without importing each other.
//!
//! Stored rows keep the text they always had (`stage` is the same word, `detail` the same
//! JSON object), so rows written before these types existed still read: a stage word this
//! build does not know becomes [`BootStage::Other`], and a detail that does not fit its stage's
//! type is kept as [`EventDetail::Unparsed`].

use std::fmt;
use std::net::Ipv6Addr;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::mac::Mac;

/// How a MAC was learned (DHCPv6 identity resolution or a boot client's source address).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MacSource {
    /// Option 79 (RFC 6939) added by a relay.
    RelayOption,
    /// DUID-LLT or DUID-LL with hardware type Ethernet.
    Duid,
    /// Modified EUI-64 interface identifier of the source address.
    Eui64,
    /// The kernel neighbour cache.
    Neighbour,
    /// The client's DHCPv6 lease (HTTP/TFTP clients looked up by address).
    Lease,
}

impl MacSource {
    pub const ALL: [MacSource; 5] = [
        MacSource::RelayOption,
        MacSource::Duid,
        MacSource::Eui64,
        MacSource::Neighbour,
        MacSource::Lease,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            MacSource::RelayOption => "relay_option",
            MacSource::Duid => "duid",
            MacSource::Eui64 => "eui64",
            MacSource::Neighbour => "neighbour",
            MacSource::Lease => "lease",
        }
    }
}

impl FromStr for MacSource {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        MacSource::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or(())
    }
}

/// The DHCPv6 identity a MAC was seen with: client DUID, IAID and how the MAC was learned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientIdentity {
    pub duid: Vec<u8>,
    pub iaid: u32,
    pub mac_source: MacSource,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum EventSource {
    Dhcp,
    Tftp,
    Http,
    Api,
}

impl EventSource {
    pub const ALL: [EventSource; 4] = [
        EventSource::Dhcp,
        EventSource::Tftp,
        EventSource::Http,
        EventSource::Api,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EventSource::Dhcp => "dhcp",
            EventSource::Tftp => "tftp",
            EventSource::Http => "http",
            EventSource::Api => "api",
        }
    }
}

impl FromStr for EventSource {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        EventSource::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or(())
    }
}

impl fmt::Display for EventSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Compare with a stored word (`"dhcp"`), as readers of the JSON do.
impl PartialEq<&str> for EventSource {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for EventSource {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

/// One step of a boot. DHCPv6 steps are named after the client's message type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BootStage {
    Solicit,
    Request,
    Confirm,
    Renew,
    Rebind,
    Release,
    Decline,
    InformationRequest,
    TftpStart,
    TftpDone,
    TftpAbort,
    TftpRefused,
    /// An iPXE script was served.
    Script,
    /// A boot file was served over HTTP.
    Asset,
    /// The installed system reported that it is up.
    Done,
    /// A word this build does not know (another DHCPv6 message type, an older row).
    Other(String),
}

impl BootStage {
    /// Every stage with a fixed word, for parsing.
    const NAMED: [BootStage; 15] = [
        BootStage::Solicit,
        BootStage::Request,
        BootStage::Confirm,
        BootStage::Renew,
        BootStage::Rebind,
        BootStage::Release,
        BootStage::Decline,
        BootStage::InformationRequest,
        BootStage::TftpStart,
        BootStage::TftpDone,
        BootStage::TftpAbort,
        BootStage::TftpRefused,
        BootStage::Script,
        BootStage::Asset,
        BootStage::Done,
    ];

    /// The stored word (unchanged from the string stages: `informationrequest` is what the
    /// DHCPv6 path always wrote).
    pub fn as_str(&self) -> &str {
        match self {
            BootStage::Solicit => "solicit",
            BootStage::Request => "request",
            BootStage::Confirm => "confirm",
            BootStage::Renew => "renew",
            BootStage::Rebind => "rebind",
            BootStage::Release => "release",
            BootStage::Decline => "decline",
            BootStage::InformationRequest => "informationrequest",
            BootStage::TftpStart => "tftp_start",
            BootStage::TftpDone => "tftp_done",
            BootStage::TftpAbort => "tftp_abort",
            BootStage::TftpRefused => "tftp_refused",
            BootStage::Script => "script",
            BootStage::Asset => "asset",
            BootStage::Done => "done",
            BootStage::Other(s) => s,
        }
    }

    /// The stage for a stored word; never fails (unknown words are kept as `Other`).
    pub fn from_word(s: &str) -> BootStage {
        BootStage::NAMED
            .into_iter()
            .find(|n| n.as_str() == s)
            .unwrap_or_else(|| BootStage::Other(s.to_string()))
    }
}

impl fmt::Display for BootStage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Compare with a stored word (`"tftp_done"`).
impl PartialEq<&str> for BootStage {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for BootStage {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl Serialize for BootStage {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A stage is its word in the API: a DHCPv6 message type (`solicit`, …) or `tftp_start`,
/// `tftp_done`, `tftp_abort`, `tftp_refused`, `script`, `asset`, `done`.
impl utoipa::PartialSchema for BootStage {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some(
                "solicit, request, confirm, renew, rebind, release, decline, \
                 informationrequest, tftp_start, tftp_done, tftp_abort, tftp_refused, \
                 script, asset, done (or another word from an older row)",
            ))
            .into()
    }
}

impl utoipa::ToSchema for BootStage {}

impl<'de> Deserialize<'de> for BootStage {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BootStage::from_word(&String::deserialize(d)?))
    }
}

/// How the DHCPv6 path classified the client (mirrors `dhcpv6::classify::ClientClass` as it
/// serializes, so this module need not depend on the DHCPv6 code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ClassRecord {
    Ipxe { arch: Option<ArchRecord> },
    Firmware { arch: ArchRecord },
    UnknownArch { code: u16 },
    Plain,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ArchRecord {
    pub code: u16,
    pub name: String,
    /// `bios`, `pxe` or `http`.
    pub transport: String,
}

/// What a DHCPv6 exchange did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct DhcpDetail {
    /// Transaction id, hex.
    pub xid: String,
    /// Reply message type, if one was sent.
    pub reply: Option<String>,
    pub status: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub addresses: Vec<Ipv6Addr>,
    pub boot_url: Option<String>,
    pub class: Option<ClassRecord>,
    #[serde(default)]
    pub iaids: Vec<u32>,
    /// Client DUID, hex.
    #[serde(default)]
    pub duid: String,
    pub interface: Option<String>,
    #[serde(default)]
    pub relayed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TftpStartDetail {
    /// As the client asked for it.
    pub file: String,
    /// Where it resolved on disk.
    pub path: String,
    pub origin: String,
    pub size: u64,
    pub port: u16,
    pub mac_source: Option<MacSource>,
}

/// `tftp_done` and `tftp_abort`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TftpEndDetail {
    pub file: String,
    pub bytes: u64,
    pub size: u64,
    pub duration_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TftpRefusedDetail {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ScriptDetail {
    /// `install`, `reinstall`, `local`, `wait`, `error`.
    pub script: String,
    pub template: String,
    pub profile: Option<String>,
    pub state: String,
    pub reason: Option<String>,
    pub error: Option<String>,
    /// Set on a summary: it stands for this many fetches of the same script by the same
    /// client, within a second of the event recorded for the first
    /// ([`crate::boot::script_repeats`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AssetDetail {
    pub file: String,
    pub path: String,
    pub origin: String,
    pub method: String,
    pub status: u16,
    pub bytes: u64,
    pub range: Option<String>,
}

/// An event's detail, typed by its stage. Serialized untagged: the stored JSON is the
/// object of the inner type, as before.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum EventDetail {
    Dhcp(DhcpDetail),
    TftpStart(TftpStartDetail),
    TftpEnd(TftpEndDetail),
    TftpRefused(TftpRefusedDetail),
    Script(ScriptDetail),
    Asset(AssetDetail),
    /// No detail: `{}`.
    None(EmptyDetail),
    /// A stored detail that does not fit its stage's type (an older or foreign row), kept
    /// as it was.
    Unparsed(serde_json::Value),
}

/// Serializes as `{}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct EmptyDetail {}

impl EventDetail {
    pub const NONE: EventDetail = EventDetail::None(EmptyDetail {});

    /// The detail stored as `json` for an event of `source`/`stage`.
    pub fn from_stored(source: EventSource, stage: &BootStage, json: &str) -> EventDetail {
        fn typed<T: serde::de::DeserializeOwned>(
            json: &str,
            wrap: fn(T) -> EventDetail,
        ) -> EventDetail {
            match serde_json::from_str::<T>(json) {
                Ok(t) => wrap(t),
                Err(_) => EventDetail::unparsed(json),
            }
        }
        match (source, stage) {
            (EventSource::Dhcp, _) => typed(json, EventDetail::Dhcp),
            (EventSource::Tftp, BootStage::TftpStart) => typed(json, EventDetail::TftpStart),
            (EventSource::Tftp, BootStage::TftpDone | BootStage::TftpAbort) => {
                typed(json, EventDetail::TftpEnd)
            }
            (EventSource::Tftp, BootStage::TftpRefused) => typed(json, EventDetail::TftpRefused),
            (EventSource::Http, BootStage::Script) => typed(json, EventDetail::Script),
            (EventSource::Http, BootStage::Asset) => typed(json, EventDetail::Asset),
            _ => EventDetail::unparsed(json),
        }
    }

    fn unparsed(json: &str) -> EventDetail {
        match serde_json::from_str::<serde_json::Value>(json) {
            Ok(serde_json::Value::Object(m)) if m.is_empty() => EventDetail::NONE,
            Ok(v) => EventDetail::Unparsed(v),
            Err(_) => EventDetail::NONE,
        }
    }

    /// The detail as the JSON object it is stored as (for readers that look up keys).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The JSON text stored in `events.detail`.
    pub fn to_json_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}

/// The stored JSON text.
impl fmt::Display for EventDetail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_json_text())
    }
}

macro_rules! detail_from {
    ($($t:ty => $v:ident),* $(,)?) => {
        $(impl From<$t> for EventDetail {
            fn from(d: $t) -> Self {
                EventDetail::$v(d)
            }
        })*
    };
}
detail_from!(
    DhcpDetail => Dhcp,
    TftpStartDetail => TftpStart,
    TftpEndDetail => TftpEnd,
    TftpRefusedDetail => TftpRefused,
    ScriptDetail => Script,
    AssetDetail => Asset,
);

/// Something that happened in a boot, as recorded by the protocol paths.
#[derive(Debug, Clone, Serialize)]
pub struct BootEvent {
    pub mac: Option<Mac>,
    pub source: EventSource,
    pub stage: BootStage,
    pub address: Option<String>,
    pub detail: EventDetail,
    /// Client architecture name, if this step learned it.
    #[serde(skip)]
    pub arch: Option<String>,
    /// DUID/IAID this MAC was seen with and how it was learned (DHCPv6 only).
    #[serde(skip)]
    pub identity: Option<ClientIdentity>,
}

impl BootEvent {
    pub fn new(source: EventSource, stage: BootStage, mac: Option<Mac>) -> Self {
        BootEvent {
            mac,
            source,
            stage,
            address: None,
            detail: EventDetail::NONE,
            arch: None,
            identity: None,
        }
    }

    pub fn address(mut self, a: impl ToString) -> Self {
        self.address = Some(a.to_string());
        self
    }

    pub fn detail(mut self, d: impl Into<EventDetail>) -> Self {
        self.detail = d.into();
        self
    }
}

/// A committed boot event, as read back (or broadcast once committed).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct StoredEvent {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub mac: Option<Mac>,
    pub source: EventSource,
    pub stage: BootStage,
    pub address: Option<String>,
    pub detail: EventDetail,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_keep_their_stored_words() {
        for s in BootStage::NAMED {
            assert_eq!(BootStage::from_word(s.as_str()), s);
        }
        assert_eq!(
            BootStage::from_word("leasequery"),
            BootStage::Other("leasequery".into())
        );
        assert_eq!(BootStage::InformationRequest.as_str(), "informationrequest");
    }

    #[test]
    fn details_written_as_json_before_read_as_their_types() {
        // Rows as the json!-built details stored them (keys sorted, nulls present).
        let dhcp = r#"{"addresses":["2001:db8::9"],"boot_url":null,"class":{"arch":{"code":7,"name":"x64","transport":"pxe"},"kind":"firmware"},"duid":"0004","iaids":[1],"interface":"eth0","relayed":false,"reply":"advertise","status":null,"xid":"abcdef"}"#;
        let d = EventDetail::from_stored(EventSource::Dhcp, &BootStage::Solicit, dhcp);
        let EventDetail::Dhcp(d) = d else {
            panic!("not a DHCPv6 detail: {d:?}")
        };
        assert_eq!(d.reply.as_deref(), Some("advertise"));
        assert_eq!(d.addresses, ["2001:db8::9".parse::<Ipv6Addr>().unwrap()]);
        assert!(matches!(d.class, Some(ClassRecord::Firmware { ref arch }) if arch.name == "x64"));
        let back: serde_json::Value =
            serde_json::from_str(&EventDetail::Dhcp(d).to_json_text()).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(dhcp).unwrap()
        );

        let start = r#"{"file":"ipxe.efi","mac_source":"lease","origin":"root","path":"/srv/ipxe.efi","port":1234,"size":10}"#;
        assert!(matches!(
            EventDetail::from_stored(EventSource::Tftp, &BootStage::TftpStart, start),
            EventDetail::TftpStart(TftpStartDetail {
                mac_source: Some(MacSource::Lease),
                ..
            })
        ));
        assert_eq!(
            EventDetail::from_stored(EventSource::Http, &BootStage::Done, "{}"),
            EventDetail::NONE
        );
        assert_eq!(EventDetail::NONE.to_json_text(), "{}");
        // A row that fits no type is kept as it was.
        let odd = r#"{"file":3}"#;
        assert_eq!(
            EventDetail::from_stored(EventSource::Tftp, &BootStage::TftpStart, odd),
            EventDetail::Unparsed(serde_json::json!({"file": 3}))
        );
    }
}
