//! The DHCPv6 reply policy of RFC 8415, as a pure function: a client message and what the
//! server knows about its sender in; a reply (or a reason to drop) and the lease changes to
//! commit before sending it out.

use std::collections::HashMap;
use std::net::Ipv6Addr;

use dhcproto::v6::{
    DhcpOption, IAAddr, Message, MessageType, OptionCode, Status, StatusCode, UnknownOption, IANA,
};
use dhcproto::Name;
use serde::Serialize;

use super::classify::{classify_client, pick_boot_target, BootMarkers, BootUrls, ClientClass};
use super::codec::vendor_class_option;
use super::identity::MacSource;
use super::leases::{ClientKey, LeaseTable};
use super::pool::Pool;
use super::validate::{check_client_message, DropReason};
use crate::config::Config;
use crate::mac::Mac;
use crate::store::LeaseChange;

/// IANA enterprise number the UEFI spec uses for the "HTTPClient" vendor class.
pub const HTTP_CLIENT_ENTERPRISE: u32 = 343;
const OPT_BOOTFILE_URL: u16 = 59;

/// What the policy needs from the configuration, resolved once.
#[derive(Debug, Clone)]
pub struct PolicyConfig {
    pub server_duid: Vec<u8>,
    pub preference: u8,
    pub rapid_commit: bool,
    pub t1: u32,
    pub t2: u32,
    pub preferred_lifetime: u32,
    pub valid_lifetime: u32,
    pub decline_hold: u32,
    pub dns_servers: Vec<Ipv6Addr>,
    pub domain_search: Vec<Name>,
    pub secret: [u8; 16],
    pub pools: Vec<Pool>,
    pub reservations: HashMap<Mac, Ipv6Addr>,
}

impl PolicyConfig {
    pub fn new(cfg: &Config, server_duid: Vec<u8>, secret: [u8; 16]) -> PolicyConfig {
        let d = &cfg.dhcp;
        PolicyConfig {
            server_duid,
            preference: d.preference,
            rapid_commit: d.rapid_commit,
            t1: d.t1,
            t2: d.t2,
            preferred_lifetime: d.preferred_lifetime,
            valid_lifetime: d.valid_lifetime,
            decline_hold: d.decline_hold,
            dns_servers: d.dns_servers.clone(),
            // Validated in Config::validate; a name that still fails to parse is skipped.
            domain_search: d
                .domain_search
                .iter()
                .filter_map(|s| Name::from_ascii(s).ok())
                .collect(),
            secret,
            pools: Pool::all_from_config(d),
            reservations: d
                .reservations
                .iter()
                .filter_map(|r| Some((Mac::parse(&r.mac).ok()?, r.address)))
                .collect(),
        }
    }
}

/// What the server learned about the sender outside the message itself.
#[derive(Debug, Clone)]
pub struct ClientContext {
    pub mac: Option<(Mac, MacSource)>,
    /// Names of the pools serving the client's link, tried in this order (empty: none, only
    /// stateless service).
    pub pools: Vec<String>,
    /// A direct (not relayed) message sent to a unicast address.
    pub via_unicast: bool,
    /// Unix seconds.
    pub now: i64,
    /// Where this client's boot URLs point: an address of ours it can reach.
    pub urls: BootUrls,
}

/// The policy's verdict, plus what happened, for logs and boot events.
#[derive(Debug, Clone)]
pub struct Decision {
    pub reply: Option<Message>,
    pub changes: Vec<LeaseChange>,
    pub summary: Summary,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub class: ClientClass,
    pub reply: Option<String>,
    pub dropped: Option<DropReason>,
    pub addresses: Vec<Ipv6Addr>,
    pub status: Option<String>,
    pub boot_url: Option<String>,
    pub iaids: Vec<u32>,
}

/// Facts pulled out of a client message once.
struct Parsed<'m> {
    client_id: Option<&'m [u8]>,
    ias: Vec<&'m IANA>,
    oro: Vec<OptionCode>,
    rapid_commit: bool,
    class: ClientClass,
}

fn parse(msg: &Message) -> Parsed<'_> {
    let mut client_id = None;
    let mut ias = Vec::new();
    let mut oro = Vec::new();
    let mut rapid_commit = false;
    let mut arch_codes = Vec::new();
    let mut user_classes: Vec<Vec<u8>> = Vec::new();
    let mut vendor_classes: Vec<Vec<u8>> = Vec::new();
    for o in msg.opts().iter() {
        match o {
            DhcpOption::ClientId(d) => client_id = Some(d.as_slice()),
            DhcpOption::IANA(ia) => ias.push(ia),
            DhcpOption::ORO(r) => oro.extend(r.opts.iter().copied()),
            DhcpOption::RapidCommit => rapid_commit = true,
            DhcpOption::ClientArchType(a) => arch_codes.extend(a.iter().map(|x| x.0)),
            DhcpOption::UserClass(u) => user_classes.extend(u.data.iter().cloned()),
            DhcpOption::VendorClass(v) => vendor_classes.extend(v.data.iter().cloned()),
            _ => {}
        }
    }
    let class = classify_client(&BootMarkers {
        arch_codes: &arch_codes,
        user_classes: &user_classes,
        vendor_classes: &vendor_classes,
    });
    Parsed {
        client_id,
        ias,
        oro,
        rapid_commit,
        class,
    }
}

fn status(code: Status, msg: &str) -> DhcpOption {
    DhcpOption::StatusCode(StatusCode {
        status: code,
        msg: msg.to_string(),
    })
}

fn status_name(code: Status) -> String {
    format!("{code:?}")
}

/// An IA_NA with T1/T2 and its addresses, each with (preferred, valid) lifetimes.
fn ia_na(
    id: u32,
    t1: u32,
    t2: u32,
    addrs: impl IntoIterator<Item = (Ipv6Addr, u32, u32)>,
) -> DhcpOption {
    let mut opts = dhcproto::v6::DhcpOptions::new();
    for (addr, preferred_life, valid_life) in addrs {
        opts.insert(DhcpOption::IAAddr(IAAddr {
            addr,
            preferred_life,
            valid_life,
            opts: Default::default(),
        }));
    }
    DhcpOption::IANA(IANA { id, t1, t2, opts })
}

fn ia_with_status(id: u32, code: Status, msg: &str) -> DhcpOption {
    let mut opts = dhcproto::v6::DhcpOptions::new();
    opts.insert(status(code, msg));
    DhcpOption::IANA(IANA {
        id,
        t1: 0,
        t2: 0,
        opts,
    })
}

fn ia_addresses(ia: &IANA) -> Vec<Ipv6Addr> {
    ia.opts
        .iter()
        .filter_map(|o| match o {
            DhcpOption::IAAddr(a) => Some(a.addr),
            _ => None,
        })
        .collect()
}

pub fn decide(
    cfg: &PolicyConfig,
    table: &mut LeaseTable,
    msg: &Message,
    ctx: &ClientContext,
) -> Decision {
    let p = parse(msg);
    let mut d = Decision {
        reply: None,
        changes: Vec::new(),
        summary: Summary {
            class: p.class,
            reply: None,
            dropped: None,
            addresses: Vec::new(),
            status: None,
            boot_url: None,
            iaids: p.ias.iter().map(|ia| ia.id).collect(),
        },
    };
    let drop = |mut d: Decision, why: DropReason| {
        d.summary.dropped = Some(why);
        d
    };
    use MessageType as M;
    let kind = msg.msg_type();
    if let Err(why) = check_client_message(msg, &cfg.server_duid, ctx.via_unicast) {
        return drop(d, why);
    }

    let reply_type = match kind {
        M::Solicit if p.rapid_commit && cfg.rapid_commit => M::Reply,
        M::Solicit => M::Advertise,
        _ => M::Reply,
    };
    let mut reply = Message::new_with_id(reply_type, msg.xid());
    let opts = reply.opts_mut();
    opts.insert(DhcpOption::ServerId(cfg.server_duid.clone()));
    if let Some(cid) = p.client_id {
        // Clients (iPXE among them) compare this byte for byte.
        opts.insert(DhcpOption::ClientId(cid.to_vec()));
    }

    if ctx.via_unicast && matches!(kind, M::Request | M::Renew | M::Release | M::Decline) {
        reply
            .opts_mut()
            .insert(status(Status::UseMulticast, "send to ff02::1:2"));
        d.summary.status = Some(status_name(Status::UseMulticast));
        d.summary.reply = Some(format!("{reply_type:?}"));
        d.reply = Some(reply);
        return d;
    }

    let pools: Vec<&Pool> = ctx
        .pools
        .iter()
        .filter_map(|n| cfg.pools.iter().find(|p| p.name == *n))
        .collect();
    let duid = p.client_id.unwrap_or_default().to_vec();
    let mac = ctx.mac.map(|m| m.0);
    let key_for = |iaid: u32| ClientKey {
        duid: duid.clone(),
        iaid,
        mac,
    };
    let expires = ctx.now + i64::from(cfg.valid_lifetime);
    let reserved = mac.and_then(|m| cfg.reservations.get(&m).copied());
    let reserved_for_others = |a: Ipv6Addr| {
        cfg.reservations
            .iter()
            .any(|(m, r)| *r == a && Some(*m) != mac)
    };
    // The link's pools in order: the first with a free address serves (pools sharing a link).
    // A reservation wins; then the client's binding, in whichever of the link's pools holds
    // it, so a client that overflowed into a later pool keeps its address.
    let choose = |table: &mut LeaseTable, key: &ClientKey| {
        let reserved_here = reserved.is_some_and(|r| pools.iter().any(|p| p.prefix.contains(r)));
        let bound = table.binding(key).and_then(|b| {
            pools
                .iter()
                .find(|p| p.name == b.pool && p.in_range(b.address))
                .map(|p| (b.address, *p))
        });
        if let (Some(found), false) = (bound, reserved_here) {
            return Some(found);
        }
        pools.iter().find_map(|pool| {
            let r = reserved.filter(|r| pool.prefix.contains(*r));
            table
                .choose_address(pool, key, r, &reserved_for_others, &cfg.secret, ctx.now)
                .map(|a| (a, *pool))
        })
    };
    // RFC 8415 §18.3.4/§18.3.5 "appropriate for the link": inside one of the link's pools.
    let on_link = |a: Ipv6Addr| pools.iter().any(|pl| pl.prefix.contains(a));

    let mut top_status: Option<(Status, &str)> = None;
    match kind {
        M::Solicit | M::Request => {
            if pools.is_empty() {
                if kind == M::Solicit {
                    return drop(d, DropReason::NoPool);
                }
                top_status = Some((Status::NotOnLink, "no pool serves this link"));
                finish(cfg, &ctx.urls, &p, kind, reply, &mut d, top_status);
                return d;
            }
            if p.ias.is_empty() {
                top_status = Some((Status::NoAddrsAvail, "no IA_NA in the request"));
            }
            let commit = reply_type == M::Reply;
            let mut all_assigned = true;
            for ia in &p.ias {
                let key = key_for(ia.id);
                match choose(table, &key) {
                    Some((addr, pool)) => {
                        if commit {
                            d.changes
                                .extend(table.bind(&key, addr, &pool.name, expires));
                        }
                        d.summary.addresses.push(addr);
                        let lifetimes = (addr, cfg.preferred_lifetime, cfg.valid_lifetime);
                        reply
                            .opts_mut()
                            .insert(ia_na(ia.id, cfg.t1, cfg.t2, [lifetimes]));
                    }
                    None => {
                        all_assigned = false;
                        reply.opts_mut().insert(ia_with_status(
                            ia.id,
                            Status::NoAddrsAvail,
                            "pool exhausted",
                        ));
                        d.summary.status = Some(status_name(Status::NoAddrsAvail));
                    }
                }
            }
            if kind == M::Solicit && reply_type == M::Reply {
                if all_assigned {
                    reply.opts_mut().insert(DhcpOption::RapidCommit);
                } else {
                    // Could not commit everything: fall back to a normal Advertise.
                    reply.set_msg_type(M::Advertise);
                }
            }
            if reply.msg_type() == M::Advertise {
                reply
                    .opts_mut()
                    .insert(DhcpOption::Preference(cfg.preference));
            }
        }
        M::Renew | M::Rebind => {
            for ia in &p.ias {
                let key = key_for(ia.id);
                let asked = ia_addresses(ia);
                let binding = table.binding(&key).map(|b| (b.address, b.pool.clone()));
                // A binding still fits if its pool still serves this link and its range (or
                // the client's reservation) still holds the address: a reload may have
                // removed, moved or shrunk the pool.
                let fitting = binding.clone().filter(|(addr, pool_name)| {
                    pools.iter().any(|pl| {
                        pl.name == *pool_name
                            && pl.prefix.contains(*addr)
                            && (pl.in_range(*addr) || reserved == Some(*addr))
                    })
                });
                if let Some((addr, pool_name)) = fitting {
                    d.changes
                        .extend(table.bind(&key, addr, &pool_name, expires));
                    d.summary.addresses.push(addr);
                    // Addresses the client holds that are no longer its own: lifetimes 0.
                    let stale = asked.iter().filter(|a| **a != addr).map(|a| (*a, 0, 0));
                    let lifetimes = (addr, cfg.preferred_lifetime, cfg.valid_lifetime);
                    reply.opts_mut().insert(ia_na(
                        ia.id,
                        cfg.t1,
                        cfg.t2,
                        std::iter::once(lifetimes).chain(stale),
                    ));
                    continue;
                }
                // What the client holds (or we hold for it) that does not fit this link.
                let mut unfit: Vec<Ipv6Addr> =
                    asked.iter().copied().filter(|a| !on_link(*a)).collect();
                if let Some((old, _)) = binding {
                    if !unfit.contains(&old) {
                        unfit.push(old);
                    }
                }
                if unfit.is_empty() {
                    reply.opts_mut().insert(ia_with_status(
                        ia.id,
                        Status::NoBinding,
                        "no binding for this IA",
                    ));
                    d.summary.status = Some(status_name(Status::NoBinding));
                    continue;
                }
                // §18.3.4/§18.3.5: return the unfit addresses with lifetimes 0, and (as Kea
                // does) offer a new address from the right pool in the same Reply, so the
                // client moves at once instead of after its lifetimes run out.
                let zeroed = unfit.iter().map(|a| (*a, 0, 0));
                match choose(table, &key) {
                    Some((addr, pool)) => {
                        d.changes
                            .extend(table.bind(&key, addr, &pool.name, expires));
                        d.summary.addresses.push(addr);
                        let fresh = (addr, cfg.preferred_lifetime, cfg.valid_lifetime);
                        reply.opts_mut().insert(ia_na(
                            ia.id,
                            cfg.t1,
                            cfg.t2,
                            std::iter::once(fresh).chain(zeroed),
                        ));
                    }
                    None => reply.opts_mut().insert(ia_na(ia.id, 0, 0, zeroed)),
                }
            }
        }
        M::Confirm => {
            let addrs: Vec<Ipv6Addr> = p.ias.iter().flat_map(|ia| ia_addresses(ia)).collect();
            if addrs.is_empty() {
                return drop(d, DropReason::ConfirmWithoutAddresses);
            }
            if pools.is_empty() {
                return drop(d, DropReason::NoPool);
            }
            top_status = if addrs.iter().all(|a| on_link(*a)) {
                Some((Status::Success, "all addresses still on link"))
            } else {
                Some((Status::NotOnLink, "addresses not on this link"))
            };
        }
        M::Release | M::Decline => {
            for ia in &p.ias {
                let key = key_for(ia.id);
                let mut found = false;
                for a in ia_addresses(ia) {
                    let change = if kind == M::Release {
                        table.release(&key, a)
                    } else {
                        table.decline(&key, a, ctx.now + i64::from(cfg.decline_hold))
                    };
                    if let Some(c) = change {
                        found = true;
                        d.summary.addresses.push(a);
                        d.changes.push(c);
                    }
                }
                // §18.3.7/§18.3.8: NoBinding in the IA the server knows nothing of; for
                // the others, an IA with Success as Kea sends (the RFC leaves them out).
                let done = if kind == M::Release {
                    "released"
                } else {
                    "declined"
                };
                if found {
                    reply
                        .opts_mut()
                        .insert(ia_with_status(ia.id, Status::Success, done));
                } else {
                    reply.opts_mut().insert(ia_with_status(
                        ia.id,
                        Status::NoBinding,
                        "no binding for this IA",
                    ));
                    d.summary.status = Some(status_name(Status::NoBinding));
                }
            }
            top_status = Some((
                Status::Success,
                if kind == M::Release {
                    "released"
                } else {
                    "declined"
                },
            ));
        }
        _ => {}
    }
    finish(cfg, &ctx.urls, &p, kind, reply, &mut d, top_status);
    d
}

/// Top-level status, then configuration and boot options (only in answers that configure a
/// client, not in those to Release, Decline or Confirm); then the reply is final.
fn finish(
    cfg: &PolicyConfig,
    urls: &BootUrls,
    p: &Parsed<'_>,
    kind: MessageType,
    mut reply: Message,
    d: &mut Decision,
    top_status: Option<(Status, &str)>,
) {
    if let Some((code, text)) = top_status {
        reply.opts_mut().insert(status(code, text));
        // A per-IA status (NoBinding, NoAddrsAvail) says more than a top-level Success.
        d.summary.status.get_or_insert_with(|| status_name(code));
    }
    use MessageType as M;
    let configures = matches!(
        kind,
        M::Solicit | M::Request | M::Renew | M::Rebind | M::InformationRequest
    );
    if configures {
        let is_boot_client = !matches!(
            p.class,
            ClientClass::Plain | ClientClass::UnknownArch { .. }
        );
        let wants = |code: OptionCode| is_boot_client || p.oro.contains(&code);
        if !cfg.dns_servers.is_empty() && wants(OptionCode::DomainNameServers) {
            reply
                .opts_mut()
                .insert(DhcpOption::DomainNameServers(cfg.dns_servers.clone()));
        }
        if !cfg.domain_search.is_empty() && wants(OptionCode::DomainSearchList) {
            reply
                .opts_mut()
                .insert(DhcpOption::DomainSearchList(cfg.domain_search.clone()));
        }
        if let Some(target) = pick_boot_target(&p.class, urls) {
            reply
                .opts_mut()
                .insert(DhcpOption::Unknown(UnknownOption::new(
                    OPT_BOOTFILE_URL.into(),
                    target.url.clone().into_bytes(),
                )));
            if target.echo_http_client {
                reply.opts_mut().insert(vendor_class_option(
                    HTTP_CLIENT_ENTERPRISE,
                    &[b"HTTPClient"],
                ));
            }
            d.summary.boot_url = Some(target.url);
        }
    }
    d.summary.reply = Some(format!("{:?}", reply.msg_type()));
    d.reply = Some(reply);
}

#[cfg(test)]
mod tests;
