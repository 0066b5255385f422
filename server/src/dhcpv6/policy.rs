//! The DHCPv6 reply policy of RFC 8415, as a pure function: a client message and what the
//! server knows about its sender in; a reply (or a reason to drop) and the lease changes to
//! commit before sending it out.

use std::collections::HashMap;
use std::net::Ipv6Addr;

use dhcproto::v6::{
    DhcpOption, IAAddr, Message, MessageType, OptionCode, Status, StatusCode, UnknownOption, IANA,
};
use dhcproto::Name;

use super::classify::{classify_client, pick_boot_target, BootMarkers, BootUrls, ClientClass};
use super::codec::vendor_class_option;
use super::identity::MacSource;
use super::leases::{ClientKey, LeaseChange, LeaseTable};
use super::pool::Pool;
use super::validate::{check_client_message, DropReason};
use crate::config::Config;
use crate::mac::Mac;

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

#[derive(Debug, Clone)]
pub struct Summary {
    pub class: ClientClass,
    /// The reply's message type; `None` if nothing is sent.
    pub reply: Option<MessageType>,
    pub dropped: Option<DropReason>,
    pub addresses: Vec<Ipv6Addr>,
    /// The status that says most: a per-IA one (NoAddrsAvail, NoBinding) over a top-level
    /// Success.
    pub status: Option<Status>,
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

/// The reply policy: the checks and the reply's frame shared by every message type here,
/// then one handler per message type (RFC 8415 §18.3), then [`finish`].
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
    use MessageType as M;
    let kind = msg.msg_type();
    if let Err(why) = check_client_message(msg, &cfg.server_duid, ctx.via_unicast) {
        d.summary.dropped = Some(why);
        return d;
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
        d.summary.status = Some(Status::UseMulticast);
        d.summary.reply = Some(reply_type);
        d.reply = Some(reply);
        return d;
    }

    let mac = ctx.mac.map(|m| m.0);
    let mut x = Exchange {
        cfg,
        ctx,
        pools: ctx
            .pools
            .iter()
            .filter_map(|n| cfg.pools.iter().find(|p| p.name == *n))
            .collect(),
        duid: p.client_id.unwrap_or_default(),
        mac,
        expires: ctx.now + i64::from(cfg.valid_lifetime),
        reserved: mac.and_then(|m| cfg.reservations.get(&m).copied()),
        reply,
        d,
    };
    let outcome = match kind {
        M::Solicit => solicit(&mut x, table, &p),
        M::Request => request(&mut x, table, &p),
        M::Renew | M::Rebind => renew_or_rebind(&mut x, table, &p),
        M::Release => release(&mut x, table, &p),
        M::Decline => decline(&mut x, table, &p),
        M::Confirm => confirm(&x, &p),
        // Information-Request: configuration only, added by `finish`.
        _ => Ok(None),
    };
    let Exchange { reply, mut d, .. } = x;
    match outcome {
        Ok(top_status) => finish(cfg, &ctx.urls, &p, kind, reply, &mut d, top_status),
        Err(why) => d.summary.dropped = Some(why),
    }
    d
}

/// A top-level status for the reply, or the reason to answer nothing.
type Outcome = Result<Option<(Status, &'static str)>, DropReason>;

/// One exchange under way: what every message type's handler reads (the configuration, the
/// link's pools, the client's identity) and what it builds (the reply, the decision).
struct Exchange<'a> {
    cfg: &'a PolicyConfig,
    ctx: &'a ClientContext,
    /// The link's pools, in order.
    pools: Vec<&'a Pool>,
    duid: &'a [u8],
    mac: Option<Mac>,
    /// When a lease granted now ends (Unix seconds).
    expires: i64,
    /// The client's reservation, if it has one (in any pool).
    reserved: Option<Ipv6Addr>,
    reply: Message,
    d: Decision,
}

impl Exchange<'_> {
    fn key(&self, iaid: u32) -> ClientKey {
        ClientKey {
            duid: self.duid.to_vec(),
            iaid,
            mac: self.mac,
        }
    }

    fn reserved_for_others(&self, a: Ipv6Addr) -> bool {
        self.cfg
            .reservations
            .iter()
            .any(|(m, r)| *r == a && Some(*m) != self.mac)
    }

    /// RFC 8415 §18.3.4/§18.3.5 "appropriate for the link": inside one of the link's pools.
    fn on_link(&self, a: Ipv6Addr) -> bool {
        self.pools.iter().any(|pl| pl.prefix.contains(a))
    }

    /// The link's pools in order: the first with a free address serves (pools sharing a
    /// link). A reservation wins; then the client's binding, in whichever of the link's pools
    /// holds it, so a client that overflowed into a later pool keeps its address.
    fn choose(&self, table: &mut LeaseTable, key: &ClientKey) -> Option<(Ipv6Addr, &Pool)> {
        let reserved_here = self
            .reserved
            .is_some_and(|r| self.pools.iter().any(|p| p.prefix.contains(r)));
        let bound = table.binding(key).and_then(|b| {
            self.pools
                .iter()
                .find(|p| table.pool_is(b, &p.name) && p.in_range(b.address))
                .map(|p| (b.address, *p))
        });
        if let (Some(found), false) = (bound, reserved_here) {
            return Some(found);
        }
        let others = |a: Ipv6Addr| self.reserved_for_others(a);
        self.pools.iter().find_map(|pool| {
            let r = self.reserved.filter(|r| pool.prefix.contains(*r));
            table
                .choose_address(pool, key, r, &others, &self.cfg.secret, self.ctx.now)
                .map(|a| (a, *pool))
        })
    }

    /// Bind `addr` for `key` in `pool` and record the change to commit.
    fn bind(&mut self, table: &mut LeaseTable, key: &ClientKey, addr: Ipv6Addr, pool: &str) {
        self.d
            .changes
            .extend(table.bind(key, addr, pool, self.expires));
        self.d.summary.addresses.push(addr);
    }

    fn lifetimes(&self, addr: Ipv6Addr) -> (Ipv6Addr, u32, u32) {
        (addr, self.cfg.preferred_lifetime, self.cfg.valid_lifetime)
    }

    fn insert(&mut self, opt: DhcpOption) {
        self.reply.opts_mut().insert(opt);
    }
}

/// Solicit (§18.3.1): an Advertise of what a Request would get, committing nothing; with
/// Rapid Commit on both sides, a Reply that commits it, if every IA got an address.
fn solicit(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>) -> Outcome {
    if x.pools.is_empty() {
        return Err(DropReason::NoPool);
    }
    let commit = x.reply.msg_type() == MessageType::Reply;
    let all_assigned = assign(x, table, p, commit);
    if commit {
        if all_assigned {
            x.insert(DhcpOption::RapidCommit);
        } else {
            // Could not commit everything: fall back to a normal Advertise.
            x.reply.set_msg_type(MessageType::Advertise);
        }
    }
    if x.reply.msg_type() == MessageType::Advertise {
        x.insert(DhcpOption::Preference(x.cfg.preference));
    }
    Ok(no_ia_status(p))
}

/// Request (§18.3.2): bind an address for each IA and commit it.
fn request(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>) -> Outcome {
    if x.pools.is_empty() {
        return Ok(Some((Status::NotOnLink, "no pool serves this link")));
    }
    assign(x, table, p, true);
    Ok(no_ia_status(p))
}

fn no_ia_status(p: &Parsed<'_>) -> Option<(Status, &'static str)> {
    p.ias
        .is_empty()
        .then_some((Status::NoAddrsAvail, "no IA_NA in the request"))
}

/// An address for each IA (bound if `commit`), or NoAddrsAvail in that IA; whether every IA
/// got one.
fn assign(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>, commit: bool) -> bool {
    let mut all_assigned = true;
    for ia in &p.ias {
        let key = x.key(ia.id);
        match x
            .choose(table, &key)
            .map(|(a, pool)| (a, pool.name.clone()))
        {
            Some((addr, pool)) => {
                if commit {
                    x.bind(table, &key, addr, &pool);
                } else {
                    x.d.summary.addresses.push(addr);
                }
                let lifetimes = x.lifetimes(addr);
                let (t1, t2) = (x.cfg.t1, x.cfg.t2);
                x.insert(ia_na(ia.id, t1, t2, [lifetimes]));
            }
            None => {
                all_assigned = false;
                x.insert(ia_with_status(
                    ia.id,
                    Status::NoAddrsAvail,
                    "pool exhausted",
                ));
                x.d.summary.status = Some(Status::NoAddrsAvail);
            }
        }
    }
    all_assigned
}

/// Renew (§18.3.4) and Rebind (§18.3.5): extend a binding that still fits the link; return
/// what does not fit with lifetimes 0, with a new address when there is one.
fn renew_or_rebind(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>) -> Outcome {
    let (t1, t2) = (x.cfg.t1, x.cfg.t2);
    for ia in &p.ias {
        let key = x.key(ia.id);
        let asked = ia_addresses(ia);
        let binding = table
            .binding(&key)
            .map(|b| (b.address, table.pool_name(b).to_string()));
        // A binding still fits if its pool still serves this link and its range (or the
        // client's reservation) still holds the address: a reload may have removed, moved or
        // shrunk the pool.
        let fitting = binding.clone().filter(|(addr, pool_name)| {
            x.pools.iter().any(|pl| {
                pl.name == *pool_name
                    && pl.prefix.contains(*addr)
                    && (pl.in_range(*addr) || x.reserved == Some(*addr))
            })
        });
        if let Some((addr, pool_name)) = fitting {
            x.bind(table, &key, addr, &pool_name);
            // Addresses the client holds that are no longer its own: lifetimes 0.
            let stale = asked.iter().filter(|a| **a != addr).map(|a| (*a, 0, 0));
            let lifetimes = x.lifetimes(addr);
            x.insert(ia_na(
                ia.id,
                t1,
                t2,
                std::iter::once(lifetimes).chain(stale),
            ));
            continue;
        }
        // What the client holds (or we hold for it) that does not fit this link.
        let mut unfit: Vec<Ipv6Addr> = asked.iter().copied().filter(|a| !x.on_link(*a)).collect();
        if let Some((old, _)) = binding {
            if !unfit.contains(&old) {
                unfit.push(old);
            }
        }
        if unfit.is_empty() {
            x.insert(ia_with_status(
                ia.id,
                Status::NoBinding,
                "no binding for this IA",
            ));
            x.d.summary.status = Some(Status::NoBinding);
            continue;
        }
        // §18.3.4/§18.3.5: return the unfit addresses with lifetimes 0, and (as Kea does)
        // offer a new address from the right pool in the same Reply, so the client moves at
        // once instead of after its lifetimes run out.
        let zeroed = unfit.iter().map(|a| (*a, 0, 0));
        match x
            .choose(table, &key)
            .map(|(a, pool)| (a, pool.name.clone()))
        {
            Some((addr, pool)) => {
                x.bind(table, &key, addr, &pool);
                let fresh = x.lifetimes(addr);
                x.insert(ia_na(ia.id, t1, t2, std::iter::once(fresh).chain(zeroed)));
            }
            None => x.insert(ia_na(ia.id, 0, 0, zeroed)),
        }
    }
    Ok(None)
}

/// Confirm (§18.3.3): are the client's addresses still on this link?
fn confirm(x: &Exchange<'_>, p: &Parsed<'_>) -> Outcome {
    let addrs: Vec<Ipv6Addr> = p.ias.iter().flat_map(|ia| ia_addresses(ia)).collect();
    if addrs.is_empty() {
        return Err(DropReason::ConfirmWithoutAddresses);
    }
    if x.pools.is_empty() {
        return Err(DropReason::NoPool);
    }
    Ok(Some(if addrs.iter().all(|a| x.on_link(*a)) {
        (Status::Success, "all addresses still on link")
    } else {
        (Status::NotOnLink, "addresses not on this link")
    }))
}

/// Release (§18.3.7): the client's addresses go back to the pool.
fn release(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>) -> Outcome {
    give_back(x, p, "released", |key, a| table.release(key, a))
}

/// Decline (§18.3.8): the addresses are in use by someone else; held for `decline_hold`.
fn decline(x: &mut Exchange<'_>, table: &mut LeaseTable, p: &Parsed<'_>) -> Outcome {
    let hold_until = x.ctx.now + i64::from(x.cfg.decline_hold);
    give_back(x, p, "declined", |key, a| table.decline(key, a, hold_until))
}

/// Release and Decline alike: apply `change` to each address of each IA; NoBinding in an IA
/// the server knows nothing of; for the others an IA with Success, as Kea sends (the RFC
/// leaves them out).
fn give_back(
    x: &mut Exchange<'_>,
    p: &Parsed<'_>,
    done: &'static str,
    mut change: impl FnMut(&ClientKey, Ipv6Addr) -> Option<LeaseChange>,
) -> Outcome {
    for ia in &p.ias {
        let key = x.key(ia.id);
        let mut found = false;
        for a in ia_addresses(ia) {
            if let Some(c) = change(&key, a) {
                found = true;
                x.d.summary.addresses.push(a);
                x.d.changes.push(c);
            }
        }
        if found {
            x.insert(ia_with_status(ia.id, Status::Success, done));
        } else {
            x.insert(ia_with_status(
                ia.id,
                Status::NoBinding,
                "no binding for this IA",
            ));
            x.d.summary.status = Some(Status::NoBinding);
        }
    }
    Ok(Some((Status::Success, done)))
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
        d.summary.status.get_or_insert(code);
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
    d.summary.reply = Some(reply.msg_type());
    d.reply = Some(reply);
}

#[cfg(test)]
mod tests;
