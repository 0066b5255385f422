//! Which received messages a server must discard (RFC 8415 §16, §18.4 unicast rule), as pure
//! functions: a decoded message and what the socket saw in; `Ok` or the [`DropReason`] out.
//!
//! The rules follow Kea's `Dhcpv6Srv::sanityCheck` / `testServerID` / `testUnicast` where RFC
//! 8415 leaves room: exactly one Client Identifier where it is required (at most one where it
//! is optional), each DUID at least 3 bytes (type and one byte of value) and at most 130 (RFC
//! 8415 §11.1), and a Server Identifier that is not ours drops any message that carries it.

use dhcproto::v6::{DhcpOption, Message, MessageType, OptionCode};
use serde::Serialize;

use super::codec::{Inbound, RelayHop};

/// RFC 8415 §11.1: a DUID is a 2-byte type and up to 128 bytes of value.
const DUID_MAX: usize = 130;
/// Kea's minimum: the type and at least one byte of value.
const DUID_MIN: usize = 3;

/// Why a datagram got no answer. Each names itself for the `reason` label of
/// `bootforge_dhcp_dropped_total` (a fixed set: bounded cardinality).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum DropReason {
    /// The bytes did not decode (codec error).
    Malformed,
    /// Multicast that arrived on an interface the server does not serve.
    InterfaceNotServed,
    /// Not a message a client or relay sends to a server.
    NotClientMessage,
    /// No Client Identifier where §16 requires one.
    ClientIdMissing,
    /// More than one Client Identifier.
    ClientIdRepeated,
    /// A Client Identifier whose DUID is empty, too short or too long.
    ClientIdInvalid,
    /// A Server Identifier in a Solicit, Confirm or Rebind.
    ServerIdForbidden,
    /// No Server Identifier in a Request, Renew, Decline or Release.
    ServerIdMissing,
    /// More than one Server Identifier, or one whose DUID is empty, too short or too long.
    ServerIdInvalid,
    /// A Server Identifier that is not this server's DUID.
    ServerIdNotOurs,
    /// Solicit, Confirm, Rebind or Information-Request sent to a unicast address (§16).
    Unicast,
    /// An Information-Request carrying an IA option (§16.12).
    IaInInformationRequest,
    /// A client message carrying an option only servers or relays send.
    ServerOptionFromClient,
    /// A Relay-Forward carrying, at the relay level, an option relays never add.
    RelayOptionInvalid,
    /// No pool serves the client's link (stateful service asked for).
    NoPool,
    /// A Confirm holding no addresses to confirm (§18.3.3).
    ConfirmWithoutAddresses,
}

impl DropReason {
    pub const ALL: [DropReason; 16] = [
        DropReason::Malformed,
        DropReason::InterfaceNotServed,
        DropReason::NotClientMessage,
        DropReason::ClientIdMissing,
        DropReason::ClientIdRepeated,
        DropReason::ClientIdInvalid,
        DropReason::ServerIdForbidden,
        DropReason::ServerIdMissing,
        DropReason::ServerIdInvalid,
        DropReason::ServerIdNotOurs,
        DropReason::Unicast,
        DropReason::IaInInformationRequest,
        DropReason::ServerOptionFromClient,
        DropReason::RelayOptionInvalid,
        DropReason::NoPool,
        DropReason::ConfirmWithoutAddresses,
    ];

    /// The metrics label and log value.
    pub fn label(self) -> &'static str {
        match self {
            DropReason::Malformed => "malformed",
            DropReason::InterfaceNotServed => "interface_not_served",
            DropReason::NotClientMessage => "not_client_message",
            DropReason::ClientIdMissing => "client_id_missing",
            DropReason::ClientIdRepeated => "client_id_repeated",
            DropReason::ClientIdInvalid => "client_id_invalid",
            DropReason::ServerIdForbidden => "server_id_forbidden",
            DropReason::ServerIdMissing => "server_id_missing",
            DropReason::ServerIdInvalid => "server_id_invalid",
            DropReason::ServerIdNotOurs => "server_id_not_ours",
            DropReason::Unicast => "unicast",
            DropReason::IaInInformationRequest => "ia_in_information_request",
            DropReason::ServerOptionFromClient => "server_option_from_client",
            DropReason::RelayOptionInvalid => "relay_option_invalid",
            DropReason::NoPool => "no_pool",
            DropReason::ConfirmWithoutAddresses => "confirm_without_addresses",
        }
    }

    /// Position in [`DropReason::ALL`], for a counter array.
    pub fn index(self) -> usize {
        DropReason::ALL
            .iter()
            .position(|r| *r == self)
            .expect("ALL lists every reason")
    }
}

impl From<DropReason> for &'static str {
    fn from(r: DropReason) -> &'static str {
        r.label()
    }
}

impl std::fmt::Display for DropReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Options only servers (or relays, in their own framing) send; a client message holding one
/// at its top level is forged or broken (RFC 8415 Appendix B). Preference (7), Relay Message
/// (9), Server Unicast (12), Status Code (13), Interface-ID (18), Reconfigure Message (19),
/// Information Refresh Time (32), SOL_MAX_RT (82), INF_MAX_RT (83). Kea does not check this;
/// the conformance suite the issue ran does.
const SERVER_ONLY_OPTIONS: [u16; 9] = [7, 9, 12, 13, 18, 19, 32, 82, 83];

/// Options a relay never puts in its own Relay-Forward (RFC 8415 Appendix B: they belong to
/// the client's or the server's message): Client and Server Identifier (1, 2), IA_NA, IA_TA,
/// IA Address (3, 4, 5), Preference (7), Elapsed Time (8), Server Unicast (12), Status Code
/// (13), Rapid Commit (14), Reconfigure Message and Accept (19, 20), IA_PD and IA Prefix (25,
/// 26). A deny list, not an allow list, so relay options from later RFCs still pass.
const NOT_FROM_RELAYS: [u16; 14] = [1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 19, 20, 25, 26];

/// Where §16's rules put a Server or Client Identifier for one message type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    Required,
    Optional,
    Forbidden,
}

/// Check a client message against §16 and the unicast rule. `server_duid` is ours;
/// `unicast` is true for a direct (not relayed) message whose destination was not one of the
/// DHCP multicast groups. A Request, Renew, Release or Decline by unicast passes: the policy
/// answers it with UseMulticast (§18.3.1 and following), since no Server Unicast option was
/// ever sent.
pub fn check_client_message(
    msg: &Message,
    server_duid: &[u8],
    unicast: bool,
) -> Result<(), DropReason> {
    use MessageType as M;
    let kind = msg.msg_type();
    let (client_id, server_id) = match kind {
        M::Solicit | M::Confirm | M::Rebind => (Presence::Required, Presence::Forbidden),
        M::Request | M::Renew | M::Release | M::Decline => (Presence::Required, Presence::Required),
        M::InformationRequest => (Presence::Optional, Presence::Optional),
        _ => return Err(DropReason::NotClientMessage),
    };
    if unicast
        && matches!(
            kind,
            M::Solicit | M::Confirm | M::Rebind | M::InformationRequest
        )
    {
        return Err(DropReason::Unicast);
    }
    let mut client_ids = Vec::new();
    let mut server_ids = Vec::new();
    for o in msg.opts().iter() {
        match o {
            DhcpOption::ClientId(d) => client_ids.push(d.as_slice()),
            DhcpOption::ServerId(d) => server_ids.push(d.as_slice()),
            _ => {}
        }
        let code = u16::from(OptionCode::from(o));
        if SERVER_ONLY_OPTIONS.contains(&code) {
            return Err(DropReason::ServerOptionFromClient);
        }
        if kind == M::InformationRequest && matches!(code, 3 | 4 | 25) {
            return Err(DropReason::IaInInformationRequest);
        }
    }
    match (client_id, client_ids.as_slice()) {
        (Presence::Required, []) => return Err(DropReason::ClientIdMissing),
        (_, [_, _, ..]) => return Err(DropReason::ClientIdRepeated),
        (_, [one]) if !duid_length_ok(one) => return Err(DropReason::ClientIdInvalid),
        _ => {}
    }
    match (server_id, server_ids.as_slice()) {
        (Presence::Forbidden, [_, ..]) => Err(DropReason::ServerIdForbidden),
        (Presence::Required, []) => Err(DropReason::ServerIdMissing),
        (_, [_, _, ..]) => Err(DropReason::ServerIdInvalid),
        (_, [one]) if !duid_length_ok(one) => Err(DropReason::ServerIdInvalid),
        (_, [one]) if *one != server_duid => Err(DropReason::ServerIdNotOurs),
        _ => Ok(()),
    }
}

fn duid_length_ok(duid: &[u8]) -> bool {
    (DUID_MIN..=DUID_MAX).contains(&duid.len())
}

/// Check each relay hop's own options (not the relayed message).
pub fn check_relays(relays: &[RelayHop]) -> Result<(), DropReason> {
    let forged = relays
        .iter()
        .flat_map(|hop| hop.other_options.iter())
        .any(|code| NOT_FROM_RELAYS.contains(code));
    if forged {
        Err(DropReason::RelayOptionInvalid)
    } else {
        Ok(())
    }
}

/// Everything this module checks for one decoded datagram.
pub fn check(inbound: &Inbound, server_duid: &[u8], unicast: bool) -> Result<(), DropReason> {
    check_relays(&inbound.relays)?;
    // Relays send by unicast; the rule is about clients talking to us directly.
    let direct_unicast = unicast && inbound.relays.is_empty();
    check_client_message(&inbound.msg, server_duid, direct_unicast)
}

#[cfg(test)]
mod tests;
