//! The in-memory lease table the DHCPv6 policy decides against.
//!
//! It mirrors the `leases` table on disk (loaded at start-up) and is changed only together
//! with a [`LeaseChange`] list that the server commits before answering. Keyed by address, so
//! an address can be in at most one lease here exactly as on disk.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::Ipv6Addr;

use crate::dhcpv6::pool::{derive_address, AddressIdentity, Pool};
use crate::mac::Mac;
use crate::store::{LeaseChange, LeaseRecord, LeaseState};

/// A lease's owner: DUID and IAID, plus the MAC, because many machines share one all-zero
/// DUID-UUID and would otherwise be one client.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClientKey {
    pub duid: Vec<u8>,
    pub iaid: u32,
    pub mac: Option<Mac>,
}

impl ClientKey {
    fn of(l: &LeaseRecord) -> ClientKey {
        ClientKey {
            duid: l.duid.clone(),
            iaid: l.iaid,
            mac: l.mac,
        }
    }
}

/// Derived candidates tried before taking the next free address after the first one.
const DERIVATION_TRIES: u32 = 32;

/// Most pool ranges indexed at once; beyond, the indexes are dropped and rebuilt on use (a
/// reload that changes ranges over and over cannot grow the table).
const MAX_POOL_INDEXES: usize = 64;

/// What a pool range holds, kept in step with the table so that choosing an address never
/// scans the range: the free offsets as disjoint intervals (bounded by the number of leases,
/// not the range: a /64 range costs nothing until used), and the held ones by expiry (an
/// expired lease is free for anyone).
#[derive(Debug, Clone)]
struct PoolIndex {
    start: u128,
    /// Offset of the last address (size − 1), so a full 2^128 range still fits.
    last: u128,
    /// Free (never held, or released) offsets: interval start → inclusive end, disjoint and
    /// not adjacent.
    free: BTreeMap<u128, u128>,
    /// Held offsets (any state, any pool name) by expiry.
    expiry: BTreeSet<(i64, u128)>,
}

impl PoolIndex {
    fn new(start: u128, last: u128) -> PoolIndex {
        let mut free = BTreeMap::new();
        free.insert(0, last);
        PoolIndex {
            start,
            last,
            free,
            expiry: BTreeSet::new(),
        }
    }

    fn offset(&self, a: Ipv6Addr) -> Option<u128> {
        let off = u128::from(a).checked_sub(self.start)?;
        (off <= self.last).then_some(off)
    }

    fn address(&self, off: u128) -> Ipv6Addr {
        Ipv6Addr::from(self.start + off)
    }

    /// The free interval holding `off`, if any.
    fn interval_of(&self, off: u128) -> Option<(u128, u128)> {
        self.free
            .range(..=off)
            .next_back()
            .filter(|(_, e)| **e >= off)
            .map(|(s, e)| (*s, *e))
    }

    fn hold(&mut self, off: u128, expires_at: i64) {
        if let Some((s, e)) = self.interval_of(off) {
            self.free.remove(&s);
            if s < off {
                self.free.insert(s, off - 1);
            }
            if off < e {
                self.free.insert(off + 1, e);
            }
        }
        self.expiry.insert((expires_at, off));
    }

    fn release(&mut self, off: u128, expires_at: i64) {
        self.expiry.remove(&(expires_at, off));
        if self.interval_of(off).is_some() {
            return;
        }
        let mut s = off;
        let mut e = off;
        if let Some(left) = off.checked_sub(1) {
            if let Some((ls, _)) = self.interval_of(left) {
                self.free.remove(&ls);
                s = ls;
            }
        }
        if off < self.last {
            if let Some(re) = self.free.remove(&(off + 1)) {
                e = re;
            }
        }
        self.free.insert(s, e);
    }

    /// Free offsets from `from` on, wrapping once: lazily, interval by interval.
    fn free_from(&self, from: u128) -> impl Iterator<Item = u128> + '_ {
        let head = self.interval_of(from).map(|(_, e)| (from, e));
        let after = self
            .free
            .range(from.saturating_add(1)..)
            .map(|(s, e)| (*s, *e))
            .filter(move |(s, _)| *s > from);
        let before = self
            .free
            .range(..from)
            .map(|(s, e)| (*s, *e))
            .filter(move |(_, e)| *e < from);
        let wrapped = self
            .interval_of(from)
            .filter(|(s, _)| *s < from)
            .map(|(s, _)| (s, from - 1));
        head.into_iter()
            .chain(after)
            .chain(before)
            .chain(wrapped)
            .flat_map(|(s, e)| OffsetRange {
                next: Some(s),
                end: e,
            })
    }

    /// Held offsets whose lease ended by `now`, soonest-ended first.
    fn expired(&self, now: i64) -> impl Iterator<Item = u128> + '_ {
        self.expiry
            .iter()
            .take_while(move |(t, _)| *t <= now)
            .map(|(_, off)| *off)
    }
}

/// `s..=e` over u128 without overflow at `u128::MAX`.
struct OffsetRange {
    next: Option<u128>,
    end: u128,
}

impl Iterator for OffsetRange {
    type Item = u128;
    fn next(&mut self) -> Option<u128> {
        let n = self.next?;
        self.next = (n < self.end).then(|| n + 1);
        Some(n)
    }
}

#[derive(Debug, Default)]
pub struct LeaseTable {
    by_addr: HashMap<Ipv6Addr, LeaseRecord>,
    by_client: HashMap<ClientKey, Ipv6Addr>,
    /// One per pool range chosen from, built on first use and kept in step by `insert` and
    /// `remove`.
    indexes: Vec<PoolIndex>,
}

impl LeaseTable {
    pub fn from_records(records: impl IntoIterator<Item = LeaseRecord>) -> LeaseTable {
        let mut t = LeaseTable::default();
        for r in records {
            t.insert(r);
        }
        t
    }

    fn insert(&mut self, r: LeaseRecord) {
        self.remove(r.address);
        if r.state == LeaseState::Active {
            self.by_client.insert(ClientKey::of(&r), r.address);
        }
        for idx in &mut self.indexes {
            if let Some(off) = idx.offset(r.address) {
                idx.hold(off, r.expires_at);
            }
        }
        self.by_addr.insert(r.address, r);
    }

    fn remove(&mut self, addr: Ipv6Addr) -> Option<LeaseRecord> {
        let old = self.by_addr.remove(&addr)?;
        let key = ClientKey::of(&old);
        if self.by_client.get(&key) == Some(&addr) {
            self.by_client.remove(&key);
        }
        for idx in &mut self.indexes {
            if let Some(off) = idx.offset(addr) {
                idx.release(off, old.expires_at);
            }
        }
        Some(old)
    }

    /// The index of `pool`'s range, built from the table the first time (one pass over the
    /// leases); `None` for an empty range.
    fn index_for(&mut self, pool: &Pool) -> Option<usize> {
        let start = u128::from(pool.start);
        let last = u128::from(pool.end).checked_sub(start)?;
        if let Some(i) = self
            .indexes
            .iter()
            .position(|x| x.start == start && x.last == last)
        {
            return Some(i);
        }
        if self.indexes.len() >= MAX_POOL_INDEXES {
            self.indexes.clear();
        }
        let mut idx = PoolIndex::new(start, last);
        for l in self.by_addr.values() {
            if let Some(off) = idx.offset(l.address) {
                idx.hold(off, l.expires_at);
            }
        }
        self.indexes.push(idx);
        Some(self.indexes.len() - 1)
    }

    pub fn get(&self, addr: Ipv6Addr) -> Option<&LeaseRecord> {
        self.by_addr.get(&addr)
    }

    pub fn records(&self) -> impl Iterator<Item = &LeaseRecord> {
        self.by_addr.values()
    }

    pub fn len(&self) -> usize {
        self.by_addr.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_addr.is_empty()
    }

    /// The client's current active binding, if any (expired or not).
    pub fn binding(&self, key: &ClientKey) -> Option<&LeaseRecord> {
        let addr = self.by_client.get(key)?;
        self.by_addr
            .get(addr)
            .filter(|l| l.state == LeaseState::Active)
    }

    /// Is `addr` free for `key` at `now`: unleased, leased to `key`, or an expired active
    /// lease (declined addresses stay held until their hold time runs out).
    pub fn is_free_for(&self, addr: Ipv6Addr, key: &ClientKey, now: i64) -> bool {
        match self.by_addr.get(&addr) {
            None => true,
            Some(l) if l.expires_at <= now => true,
            Some(l) => l.state == LeaseState::Active && ClientKey::of(l) == *key,
        }
    }

    /// Choose an address in `pool` for `key`: its reservation, its existing binding, a
    /// derived stable address (RFC 7943), else the next free address after the first derived
    /// one, else an expired lease's. Never scans the range: the pool's index says at once
    /// whether anything is free and where, so a full pool costs what an empty one does.
    #[allow(clippy::too_many_arguments)]
    pub fn choose_address(
        &mut self,
        pool: &Pool,
        key: &ClientKey,
        reserved: Option<Ipv6Addr>,
        reserved_for_others: &dyn Fn(Ipv6Addr) -> bool,
        secret: &[u8; 16],
        now: i64,
    ) -> Option<Ipv6Addr> {
        if let Some(r) = reserved {
            return self.is_free_for(r, key, now).then_some(r);
        }
        if let Some(b) = self.binding(key) {
            if pool.in_range(b.address) && b.pool == pool.name {
                return Some(b.address);
            }
        }
        let i = self.index_for(pool)?;
        let idx = &self.indexes[i];
        let own = self
            .binding(key)
            .map(|b| b.address)
            .filter(|a| pool.in_range(*a) && !reserved_for_others(*a));
        let anything_free = !idx.free.is_empty() || idx.expired(now).next().is_some();
        if !anything_free {
            return own;
        }
        let usable = |a: Ipv6Addr| self.is_free_for(a, key, now) && !reserved_for_others(a);
        let identity = match key.mac {
            Some(m) => AddressIdentity::Mac(m),
            None => AddressIdentity::Duid(&key.duid),
        };
        let first = derive_address(secret, pool, identity, key.iaid, 0);
        if usable(first) {
            return Some(first);
        }
        for counter in 1..DERIVATION_TRIES {
            let a = derive_address(secret, pool, identity, key.iaid, counter);
            if usable(a) {
                return Some(a);
            }
        }
        // Each address reserved for someone else can refuse one candidate, so these stop
        // after at most (reservations + 1) candidates.
        let from = idx.offset(first)?;
        idx.free_from(from)
            .map(|off| idx.address(off))
            .find(|a| !reserved_for_others(*a))
            .or(own)
            .or_else(|| {
                idx.expired(now)
                    .map(|off| idx.address(off))
                    .find(|a| !reserved_for_others(*a))
            })
    }

    /// Record an active binding of `addr` for `key`; returns the changes to commit.
    pub fn bind(
        &mut self,
        key: &ClientKey,
        addr: Ipv6Addr,
        pool: &str,
        expires_at: i64,
    ) -> Vec<LeaseChange> {
        let mut changes = Vec::new();
        if let Some(prev) = self.by_client.get(key).copied() {
            if prev != addr {
                self.remove(prev);
                changes.push(LeaseChange::Remove(prev));
            }
        }
        let rec = LeaseRecord {
            address: addr,
            duid: key.duid.clone(),
            iaid: key.iaid,
            mac: key.mac,
            pool: pool.to_string(),
            state: LeaseState::Active,
            expires_at,
        };
        self.insert(rec.clone());
        changes.push(LeaseChange::Upsert(rec));
        changes
    }

    /// Release the client's binding of `addr`; `None` if it holds no such binding.
    pub fn release(&mut self, key: &ClientKey, addr: Ipv6Addr) -> Option<LeaseChange> {
        let owned = self
            .by_addr
            .get(&addr)
            .is_some_and(|l| l.state == LeaseState::Active && ClientKey::of(l) == *key);
        owned.then(|| {
            self.remove(addr);
            LeaseChange::Remove(addr)
        })
    }

    /// Mark `addr`, bound to this client, as declined (in use by someone else) until
    /// `hold_until`.
    pub fn decline(
        &mut self,
        key: &ClientKey,
        addr: Ipv6Addr,
        hold_until: i64,
    ) -> Option<LeaseChange> {
        let mut rec = self
            .by_addr
            .get(&addr)
            .filter(|l| l.state == LeaseState::Active && ClientKey::of(l) == *key)?
            .clone();
        self.remove(addr);
        rec.state = LeaseState::Declined;
        rec.expires_at = hold_until;
        self.insert(rec.clone());
        Some(LeaseChange::Upsert(rec))
    }

    /// Follow a change the database holds but this table did not decide: another instance's
    /// commit on a shared database, or the row that refused ours. Decides nothing.
    pub fn apply_committed_elsewhere(&mut self, change: LeaseChange) {
        match change {
            LeaseChange::Upsert(r) => self.insert(r),
            LeaseChange::Remove(a) => {
                self.remove(a);
            }
        }
    }

    /// Forget leases that ended before `now` (the store deletes them on disk).
    pub fn expire(&mut self, now: i64) -> usize {
        let gone: Vec<Ipv6Addr> = self
            .by_addr
            .values()
            .filter(|l| l.expires_at <= now)
            .map(|l| l.address)
            .collect();
        for a in &gone {
            self.remove(*a);
        }
        gone.len()
    }

    /// Active, unexpired leases in a pool.
    pub fn active_in_pool(&self, pool: &str, now: i64) -> usize {
        self.by_addr
            .values()
            .filter(|l| l.pool == pool && l.state == LeaseState::Active && l.expires_at > now)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(start: &str, end: &str) -> Pool {
        Pool {
            name: "p".into(),
            prefix: "2001:db8::/64".parse().unwrap(),
            start: start.parse().unwrap(),
            end: end.parse().unwrap(),
            interface: None,
            interface_ids: Vec::new(),
            relay_addresses: Vec::new(),
        }
    }

    fn key(mac: u8, iaid: u32) -> ClientKey {
        ClientKey {
            duid: vec![0, 4, 0, 0, 0, 0],
            iaid,
            mac: Some(Mac([2, 0, 0, 0, 0, mac])),
        }
    }

    const NEVER: &dyn Fn(Ipv6Addr) -> bool = &|_| false;

    #[test]
    fn same_duid_different_macs_get_different_addresses() {
        let p = pool("2001:db8::1000", "2001:db8::1fff");
        let mut t = LeaseTable::default();
        let a = t
            .choose_address(&p, &key(1, 5), None, NEVER, &[7; 16], 0)
            .unwrap();
        t.bind(&key(1, 5), a, "p", 100);
        let b = t
            .choose_address(&p, &key(2, 5), None, NEVER, &[7; 16], 0)
            .unwrap();
        assert_ne!(a, b);
        // The first client keeps its address.
        assert_eq!(
            t.choose_address(&p, &key(1, 5), None, NEVER, &[7; 16], 0),
            Some(a)
        );
    }

    #[test]
    fn a_tiny_pool_fills_then_is_exhausted() {
        let p = pool("2001:db8::10", "2001:db8::13");
        let mut t = LeaseTable::default();
        let mut got = std::collections::HashSet::new();
        for i in 0..4 {
            let a = t
                .choose_address(&p, &key(i, 1), None, NEVER, &[1; 16], 0)
                .unwrap();
            t.bind(&key(i, 1), a, "p", 100);
            got.insert(a);
        }
        assert_eq!(got.len(), 4);
        assert_eq!(
            t.choose_address(&p, &key(9, 1), None, NEVER, &[1; 16], 0),
            None
        );
        // After expiry the addresses are free again.
        assert!(t
            .choose_address(&p, &key(9, 1), None, NEVER, &[1; 16], 100)
            .is_some());
        assert_eq!(t.expire(100), 4);
        assert!(t.is_empty());
    }

    #[test]
    fn rebinding_moves_the_lease_and_keeps_one_row_per_address() {
        let p = pool("2001:db8::10", "2001:db8::ff");
        let mut t = LeaseTable::default();
        let k = key(1, 1);
        t.bind(&k, "2001:db8::20".parse().unwrap(), "p", 100);
        let changes = t.bind(&k, "2001:db8::21".parse().unwrap(), "p", 100);
        assert_eq!(
            changes[0],
            LeaseChange::Remove("2001:db8::20".parse().unwrap())
        );
        assert_eq!(t.len(), 1);
        assert_eq!(
            t.binding(&k).unwrap().address,
            "2001:db8::21".parse::<Ipv6Addr>().unwrap()
        );
        let _ = p;
    }

    #[test]
    fn decline_holds_the_address_and_moves_the_client_on() {
        let p = pool("2001:db8::10", "2001:db8::ff");
        let mut t = LeaseTable::default();
        let k = key(1, 1);
        let a = t.choose_address(&p, &k, None, NEVER, &[3; 16], 0).unwrap();
        t.bind(&k, a, "p", 100);
        assert!(t.decline(&k, a, 500).is_some());
        assert!(t.binding(&k).is_none());
        let b = t
            .choose_address(&p, &k, None, NEVER, &[3; 16], 200)
            .unwrap();
        assert_ne!(a, b);
        assert!(!t.is_free_for(a, &key(2, 2), 200));
        assert!(t.is_free_for(a, &key(2, 2), 500));
    }

    #[test]
    fn release_only_by_owner() {
        let mut t = LeaseTable::default();
        let a: Ipv6Addr = "2001:db8::20".parse().unwrap();
        t.bind(&key(1, 1), a, "p", 100);
        assert!(t.release(&key(2, 1), a).is_none());
        assert_eq!(t.release(&key(1, 1), a), Some(LeaseChange::Remove(a)));
        assert!(t.get(a).is_none());
    }

    #[test]
    fn reservations_win_and_are_kept_from_others() {
        let p = pool("2001:db8::10", "2001:db8::11");
        let mut t = LeaseTable::default();
        let r: Ipv6Addr = "2001:db8::10".parse().unwrap();
        assert_eq!(
            t.choose_address(&p, &key(1, 1), Some(r), NEVER, &[0; 16], 0),
            Some(r)
        );
        let others = |a: Ipv6Addr| a == r;
        for i in 2..20 {
            let a = t
                .choose_address(&p, &key(i, 1), None, &others, &[0; 16], 0)
                .unwrap();
            assert_ne!(a, r);
        }
    }

    /// A small deterministic generator (xorshift), so the property tests need no crate.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// The free addresses of `pool` for `k` at `now`, by scanning every address.
    fn naive_free(
        t: &LeaseTable,
        p: &Pool,
        k: &ClientKey,
        now: i64,
        others: &dyn Fn(Ipv6Addr) -> bool,
    ) -> Vec<Ipv6Addr> {
        (0..p.size())
            .map(|i| p.nth(i))
            .filter(|a| t.is_free_for(*a, k, now) && !others(*a))
            .collect()
    }

    #[test]
    fn the_free_index_agrees_with_a_scan_under_random_changes() {
        for seed in 1..=20u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let size = 1 + rng.below(40);
            let start: Ipv6Addr = "2001:db8::100".parse().unwrap();
            let end = Ipv6Addr::from(u128::from(start) + u128::from(size) - 1);
            let p = pool(&start.to_string(), &end.to_string());
            let reserved: Vec<Ipv6Addr> = (0..rng.below(4))
                .map(|_| p.nth(u128::from(rng.below(size))))
                .collect();
            let others = |a: Ipv6Addr| reserved.contains(&a);
            let mut t = LeaseTable::default();
            let mut now = 0;
            for step in 0..400 {
                let k = key(rng.below(60) as u8, 1);
                match rng.below(10) {
                    // Acquire (the common case), as the policy does: choose, then bind.
                    0..=4 => {
                        let free = naive_free(&t, &p, &k, now, &others);
                        let got = t.choose_address(&p, &k, None, &others, &[5; 16], now);
                        match got {
                            Some(a) => {
                                assert!(
                                    p.in_range(a) && t.is_free_for(a, &k, now) && !others(a),
                                    "seed {seed} step {step}: {a} is not free"
                                );
                                t.bind(&k, a, "p", now + 1 + rng.below(30) as i64);
                            }
                            None => assert!(
                                free.is_empty(),
                                "seed {seed} step {step}: none chosen but {free:?} free"
                            ),
                        }
                    }
                    5 => {
                        if let Some(b) = t.binding(&k).map(|b| b.address) {
                            t.release(&k, b);
                        }
                    }
                    6 => {
                        if let Some(b) = t.binding(&k).map(|b| b.address) {
                            t.decline(&k, b, now + 20);
                        }
                    }
                    7 => now += rng.below(10) as i64,
                    8 => {
                        t.expire(now);
                    }
                    // A lease outside the table's own choices (loaded from disk, another pool).
                    _ => {
                        let a = p.nth(u128::from(rng.below(size)));
                        if t.get(a).is_none() {
                            t.bind(&k, a, "other", now + 5);
                        }
                    }
                }
                // The index always mirrors the table exactly.
                let i = t.index_for(&p).unwrap();
                let idx = &t.indexes[i];
                let free_idx: Vec<u128> = idx.free_from(0).collect();
                let free_scan: Vec<u128> = (0..u128::from(size))
                    .filter(|o| t.get(p.nth(*o)).is_none())
                    .collect();
                assert_eq!(free_idx, free_scan, "seed {seed} step {step}");
                assert_eq!(idx.expiry.len(), t.len(), "seed {seed} step {step}");
            }
        }
    }

    #[test]
    fn free_from_walks_every_free_offset_once_from_the_cursor() {
        let mut idx = PoolIndex::new(0, 9);
        for off in [0, 3, 4, 9] {
            idx.hold(off, 1);
        }
        assert_eq!(idx.free_from(4).collect::<Vec<_>>(), [5, 6, 7, 8, 1, 2]);
        assert_eq!(idx.free_from(6).collect::<Vec<_>>(), [6, 7, 8, 1, 2, 5]);
        idx.release(4, 1);
        idx.release(3, 1);
        assert_eq!(idx.free.len(), 1, "{:?}", idx.free);
        assert_eq!(
            idx.free_from(0).collect::<Vec<_>>(),
            (1..=8).collect::<Vec<_>>()
        );
        // A range ending at the last IPv6 address: no overflow.
        let mut top = PoolIndex::new(u128::MAX - 3, 3);
        top.hold(3, 1);
        assert_eq!(top.free_from(2).collect::<Vec<_>>(), [2, 0, 1]);
    }

    #[test]
    fn a_full_pool_is_known_full_without_a_scan_and_an_expired_lease_frees_it() {
        // A /64 default range of 61 440 addresses, every one leased.
        let p = pool("2001:db8::1000", "2001:db8::ffff");
        let records = (0..p.size()).map(|i| LeaseRecord {
            address: p.nth(i),
            duid: vec![0, 3, 0, 1],
            iaid: i as u32,
            mac: None,
            pool: "p".into(),
            state: LeaseState::Active,
            expires_at: 1000 + i as i64,
        });
        let mut t = LeaseTable::from_records(records);
        assert_eq!(
            t.choose_address(&p, &key(1, 1), None, NEVER, &[1; 16], 10),
            None
        );
        let i = t.index_for(&p).unwrap();
        assert!(t.indexes[i].free.is_empty());
        // The first lease to end is the one offered after it ended.
        assert_eq!(
            t.choose_address(&p, &key(1, 1), None, NEVER, &[1; 16], 1000),
            Some(p.nth(0))
        );
        // One release: that address, found at once.
        let k0 = ClientKey {
            duid: vec![0, 3, 0, 1],
            iaid: 30_000,
            mac: None,
        };
        let freed = p.nth(30_000);
        assert!(t.release(&k0, freed).is_some());
        assert_eq!(
            t.choose_address(&p, &key(2, 1), None, NEVER, &[1; 16], 10),
            Some(freed)
        );
        // Reserved for someone else: not offered, and the pool is full for this client.
        let others = |a: Ipv6Addr| a == freed;
        assert_eq!(
            t.choose_address(&p, &key(2, 1), None, &others, &[1; 16], 10),
            None
        );
    }
}
