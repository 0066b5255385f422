//! The in-memory lease table the DHCPv6 policy decides against.
//!
//! It mirrors the `leases` table on disk (loaded at start-up) and is changed only together
//! with a [`LeaseChange`] list that the server commits before answering. Keyed by address, so
//! an address can be in at most one lease here exactly as on disk.
//!
//! Its records are its own ([`Lease`]: the DUID inline when short, the pool name shared),
//! not the store's rows: `dhcpv6::lease_store` converts at the store boundary. Records live
//! in fixed-size chunks ([`LeaseSlots`]: 72 bytes each, no doubling slack, never moved);
//! the address and client tables hold only a record's 4-byte slot (5 bytes a bucket with
//! the control byte). The pool index adds nothing per lease in a sparse range and a bit and
//! an 8-byte expiry entry in a dense one ([`FreeIndex`]).

use std::collections::BTreeSet;
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::net::Ipv6Addr;
use std::ops::Deref;
use std::sync::Arc;

use hashbrown::HashTable;

use crate::dhcpv6::held_bits::HeldBits;
use crate::dhcpv6::pool::{derive_address, AddressIdentity, Pool};
use crate::mac::Mac;

/// A lease's owner: DUID and IAID, plus the MAC, because many machines share one all-zero
/// DUID-UUID and would otherwise be one client.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClientKey {
    pub duid: Vec<u8>,
    pub iaid: u32,
    pub mac: Option<Mac>,
}

/// A client DUID (3–130 bytes): inline up to 22 bytes (DUID-LL, DUID-LLT, DUID-UUID), boxed
/// beyond, so the common lease costs no allocation for it.
#[derive(Clone)]
pub struct Duid(DuidBytes);

#[derive(Clone)]
enum DuidBytes {
    Inline { len: u8, bytes: [u8; 22] },
    Boxed(Box<[u8]>),
}

impl Duid {
    pub fn new(b: &[u8]) -> Duid {
        let mut bytes = [0u8; 22];
        match bytes.get_mut(..b.len()) {
            Some(head) => {
                head.copy_from_slice(b);
                Duid(DuidBytes::Inline {
                    len: b.len() as u8,
                    bytes,
                })
            }
            None => Duid(DuidBytes::Boxed(b.into())),
        }
    }

    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            DuidBytes::Inline { len, bytes } => &bytes[..usize::from(*len)],
            DuidBytes::Boxed(b) => b,
        }
    }
}

impl Deref for Duid {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl PartialEq for Duid {
    fn eq(&self, other: &Duid) -> bool {
        self.as_slice() == other.as_slice()
    }
}
impl Eq for Duid {}

impl std::hash::Hash for Duid {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_slice().hash(h)
    }
}

impl fmt::Debug for Duid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.as_slice()))
    }
}

/// A pool's name, shared by every lease of the pool (the table keeps one copy per name).
/// `Arc<Box<str>>`, not `Arc<str>`: one pointer instead of a fat one, 8 bytes less per lease
/// (a `Lease` is 72 bytes, not 80).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PoolName(Arc<Box<str>>);

impl PoolName {
    pub fn new(name: &str) -> PoolName {
        PoolName(Arc::new(name.into()))
    }
}

impl Deref for PoolName {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for PoolName {
    fn eq(&self, other: &str) -> bool {
        **self.0 == *other
    }
}

impl PartialEq<&str> for PoolName {
    fn eq(&self, other: &&str) -> bool {
        **self.0 == **other
    }
}

impl PartialEq<String> for PoolName {
    fn eq(&self, other: &String) -> bool {
        **self.0 == **other
    }
}

impl fmt::Debug for PoolName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self.0, f)
    }
}

impl fmt::Display for PoolName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaseState {
    Active,
    /// Reported in use by someone else (Decline); held until `expires_at`.
    Declined,
}

/// One lease as the table keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lease {
    pub address: Ipv6Addr,
    pub duid: Duid,
    pub iaid: u32,
    pub mac: Option<Mac>,
    pub pool: PoolName,
    pub state: LeaseState,
    /// Unix seconds.
    pub expires_at: i64,
}

impl Lease {
    fn is_of(&self, key: &ClientKey) -> bool {
        self.iaid == key.iaid && self.mac == key.mac && *self.duid == *key.duid
    }
}

/// A change to commit (and, from another instance, to apply with [`LeaseTable::apply`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeaseChange {
    Upsert(Lease),
    Remove(Ipv6Addr),
}

/// Derived candidates tried before taking the next free address after the first one.
const DERIVATION_TRIES: u32 = 32;

/// Most pool ranges indexed at once; beyond, the indexes are dropped and rebuilt on use (a
/// reload that changes ranges over and over cannot grow the table).
const MAX_POOL_INDEXES: usize = 64;

/// Ranges of at most this many addresses get a [`HeldBits`] index (a bit per address: 2 MiB
/// at the limit, only the touched pages resident); larger ones are probed (see [`FreeIndex`]).
/// 2^24 keeps the expiry key of a dense range in one `u64` (offset in the low 24 bits).
const DENSE_MAX: u128 = 1 << 24;

/// Addresses probed one by one in a sparse range after the derived candidates, from the first
/// derived one on (the same order as a dense range's "next free address").
const SPARSE_PROBES: u32 = 256;

/// What a pool range holds, kept in step with the table so that choosing an address never
/// scans the range.
#[derive(Debug, Clone)]
struct PoolIndex {
    start: u128,
    /// Offset of the last address (size − 1), so a full 2^128 range still fits.
    last: u128,
    free: FreeIndex,
}

#[derive(Debug, Clone)]
enum FreeIndex {
    /// Up to [`DENSE_MAX`] addresses: which are held, as bits (so "none free" and "the next
    /// free one" cost a few word scans at any occupancy), and the held ones by expiry (an
    /// expired lease is free for anyone), packed `expires_at << 24 | offset`.
    Dense {
        held: HeldBits,
        expiry: BTreeSet<u64>,
    },
    /// Larger ranges (a /64 pool's default is 61 440 addresses, dense; the bench's 2^32):
    /// nothing per address or per hole; the by-address table says what is held. Such a range cannot be more than a small
    /// fraction full — 2^24 leases are > 1 GiB of table — so the derived candidates (each
    /// free with probability ≥ 1 − occupancy) and [`SPARSE_PROBES`] addresses after the first
    /// one find a free address; the cost is bounded by those lookups whatever the occupancy.
    Sparse,
}

/// The expiry key of a dense range: seconds clamped to 40 bits (34 000 years), offset below.
fn expiry_key(expires_at: i64, off: u128) -> u64 {
    (expires_at.clamp(0, (1 << 40) - 1) as u64) << 24 | off as u64
}

impl PoolIndex {
    fn new(start: u128, last: u128, dense_max: u128) -> PoolIndex {
        let free = if last < dense_max {
            FreeIndex::Dense {
                held: HeldBits::new(last as u64 + 1),
                expiry: BTreeSet::new(),
            }
        } else {
            FreeIndex::Sparse
        };
        PoolIndex { start, last, free }
    }

    fn offset(&self, a: Ipv6Addr) -> Option<u128> {
        let off = u128::from(a).checked_sub(self.start)?;
        (off <= self.last).then_some(off)
    }

    fn address(&self, off: u128) -> Ipv6Addr {
        Ipv6Addr::from(self.start + off)
    }

    /// `off` is now leased until `expires_at` (the table never holds one address twice).
    fn hold(&mut self, off: u128, expires_at: i64) {
        match &mut self.free {
            FreeIndex::Dense { held, expiry } => {
                held.set(off as u64);
                expiry.insert(expiry_key(expires_at, off));
            }
            FreeIndex::Sparse => {}
        }
    }

    fn release(&mut self, off: u128, expires_at: i64) {
        match &mut self.free {
            FreeIndex::Dense { held, expiry } => {
                expiry.remove(&expiry_key(expires_at, off));
                held.clear(off as u64);
            }
            FreeIndex::Sparse => {}
        }
    }

    /// Whether some offset may be free: a dense range knows (never held, or released); a
    /// sparse one is always probed (its expired leases are free too, and it keeps no expiry
    /// order), at a bounded cost, see [`FreeIndex::Sparse`].
    fn may_have_free(&self) -> bool {
        match &self.free {
            FreeIndex::Dense { held, .. } => !held.is_full(),
            FreeIndex::Sparse => true,
        }
    }

    /// Free offsets of a dense range from `from` on, wrapping once; nothing for a sparse one.
    fn free_from(&self, from: u128) -> impl Iterator<Item = u128> + '_ {
        let held = match &self.free {
            FreeIndex::Dense { held, .. } => Some(held),
            FreeIndex::Sparse => None,
        };
        let from = from as u64;
        let mut cursor = Some(from);
        let mut wrapped = false;
        std::iter::from_fn(move || {
            let held = held?;
            loop {
                let c = cursor?;
                match held.next_free(c) {
                    Some(o) if !wrapped || o < from => {
                        cursor = Some(o + 1);
                        return Some(u128::from(o));
                    }
                    _ if !wrapped => {
                        wrapped = true;
                        cursor = Some(0);
                    }
                    _ => {
                        cursor = None;
                    }
                }
            }
        })
    }

    /// Held offsets of a dense range whose lease ended by `now`, soonest-ended first (a sparse
    /// range finds expired leases by probing: [`LeaseTable::is_free_for`]).
    fn expired(&self, now: i64) -> impl Iterator<Item = u128> + '_ {
        let expiry = match &self.free {
            FreeIndex::Dense { expiry, .. } => Some(expiry),
            FreeIndex::Sparse => None,
        };
        let now = expiry_key(now, 0) >> 24;
        expiry
            .into_iter()
            .flatten()
            .take_while(move |k| *k >> 24 <= now)
            .map(|k| u128::from(k & ((1 << 24) - 1)))
    }
}

/// Records per [`LeaseSlots`] chunk: 72 KiB, so a table grows by small steps and never
/// copies its records (a doubling `Vec` or hash table of records would hold up to twice
/// what it needs, and both copies while it grows).
const SLOTS_PER_CHUNK: usize = 1024;

/// The lease records, each at a `u32` slot that stays put until the lease is removed;
/// removed slots are reused first.
#[derive(Default)]
struct LeaseSlots {
    chunks: Vec<Box<[Option<Lease>]>>,
    free: Vec<u32>,
}

impl LeaseSlots {
    fn get(&self, slot: u32) -> &Lease {
        let s = slot as usize;
        self.chunks[s / SLOTS_PER_CHUNK][s % SLOTS_PER_CHUNK]
            .as_ref()
            .expect("an indexed slot holds a lease")
    }

    fn put(&mut self, lease: Lease) -> u32 {
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                let slot = u32::try_from(self.chunks.len() * SLOTS_PER_CHUNK)
                    .expect("fewer than 2^32 leases");
                self.chunks
                    .push((0..SLOTS_PER_CHUNK).map(|_| None).collect());
                self.free
                    .extend((slot + 1..slot + SLOTS_PER_CHUNK as u32).rev());
                slot
            }
        };
        let s = slot as usize;
        self.chunks[s / SLOTS_PER_CHUNK][s % SLOTS_PER_CHUNK] = Some(lease);
        slot
    }

    fn take(&mut self, slot: u32) -> Lease {
        let s = slot as usize;
        let lease = self.chunks[s / SLOTS_PER_CHUNK][s % SLOTS_PER_CHUNK]
            .take()
            .expect("an indexed slot holds a lease");
        self.free.push(slot);
        lease
    }

    fn iter(&self) -> impl Iterator<Item = &Lease> {
        self.chunks.iter().flat_map(|c| c.iter().flatten())
    }
}

pub struct LeaseTable {
    hasher: RandomState,
    records: LeaseSlots,
    /// Every lease's slot, by address.
    by_addr: HashTable<u32>,
    /// Active leases' slots, by their [`ClientKey`] (one per key: the latest inserted).
    by_client: HashTable<u32>,
    /// One per pool range chosen from, built on first use and kept in step by `insert` and
    /// `remove`.
    indexes: Vec<PoolIndex>,
    /// One shared copy of each pool name.
    pool_names: Vec<PoolName>,
    /// [`DENSE_MAX`] (smaller in tests, to exercise sparse ranges).
    dense_max: u128,
}

impl Default for LeaseTable {
    fn default() -> LeaseTable {
        LeaseTable {
            hasher: RandomState::default(),
            records: LeaseSlots::default(),
            by_addr: HashTable::new(),
            by_client: HashTable::new(),
            indexes: Vec::new(),
            pool_names: Vec::new(),
            dense_max: DENSE_MAX,
        }
    }
}

impl fmt::Debug for LeaseTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LeaseTable")
            .field("leases", &self.by_addr.len())
            .field("indexes", &self.indexes.len())
            .finish()
    }
}

impl LeaseTable {
    pub fn from_records(records: impl IntoIterator<Item = Lease>) -> LeaseTable {
        let mut t = LeaseTable::default();
        for r in records {
            t.apply(LeaseChange::Upsert(r));
        }
        t
    }

    /// Follow a change the database holds but this table did not decide (loaded at start-up,
    /// another instance's commit on a shared database, or the row that refused ours); decides
    /// nothing. O(1) plus the pool index's O(log n).
    pub fn apply(&mut self, change: LeaseChange) {
        match change {
            LeaseChange::Upsert(mut l) => {
                l.pool = self.pool_name_for(&l.pool);
                self.insert(l);
            }
            LeaseChange::Remove(a) => {
                self.remove(a);
            }
        }
    }

    fn addr_hash(&self, a: Ipv6Addr) -> u64 {
        self.hasher.hash_one(a)
    }

    fn client_hash(&self, duid: &[u8], iaid: u32, mac: Option<Mac>) -> u64 {
        self.hasher.hash_one((duid, iaid, mac))
    }

    fn pool_name_for(&mut self, name: &str) -> PoolName {
        if let Some(n) = self.pool_names.iter().find(|n| **n == *name) {
            return n.clone();
        }
        let n = PoolName::new(name);
        self.pool_names.push(n.clone());
        n
    }

    fn insert(&mut self, r: Lease) {
        self.remove(r.address);
        for idx in &mut self.indexes {
            if let Some(off) = idx.offset(r.address) {
                idx.hold(off, r.expires_at);
            }
        }
        let addr_hash = self.addr_hash(r.address);
        let client_hash =
            (r.state == LeaseState::Active).then(|| self.client_hash(&r.duid, r.iaid, r.mac));
        let slot = self.records.put(r);
        let (records, hasher) = (&self.records, &self.hasher);
        if let Some(h) = client_hash {
            let new = records.get(slot);
            let same_owner = |&s: &u32| {
                let l = records.get(s);
                l.iaid == new.iaid && l.mac == new.mac && l.duid == new.duid
            };
            match self.by_client.find_mut(h, same_owner) {
                Some(s) => *s = slot,
                None => {
                    let rehash = |&s: &u32| {
                        let l = records.get(s);
                        hasher.hash_one((l.duid.as_slice(), l.iaid, l.mac))
                    };
                    self.by_client.insert_unique(h, slot, rehash);
                }
            }
        }
        self.by_addr.insert_unique(addr_hash, slot, |&s| {
            hasher.hash_one(records.get(s).address)
        });
    }

    fn slot_of(&self, addr: Ipv6Addr) -> Option<u32> {
        self.by_addr
            .find(self.addr_hash(addr), |&s| {
                self.records.get(s).address == addr
            })
            .copied()
    }

    fn remove(&mut self, addr: Ipv6Addr) -> Option<Lease> {
        let h = self.addr_hash(addr);
        let records = &self.records;
        let (slot, _) = self
            .by_addr
            .find_entry(h, |&s| records.get(s).address == addr)
            .ok()?
            .remove();
        let old = self.records.get(slot);
        let ch = self.client_hash(&old.duid, old.iaid, old.mac);
        if let Ok(e) = self.by_client.find_entry(ch, |&s| s == slot) {
            e.remove();
        }
        let old = self.records.take(slot);
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
        let mut idx = PoolIndex::new(start, last, self.dense_max);
        for l in self.records.iter() {
            if let Some(off) = idx.offset(l.address) {
                idx.hold(off, l.expires_at);
            }
        }
        self.indexes.push(idx);
        Some(self.indexes.len() - 1)
    }

    /// The name of the pool `l` was granted from.
    pub fn pool_name<'a>(&'a self, l: &'a Lease) -> &'a str {
        &l.pool
    }

    pub fn pool_is(&self, l: &Lease, name: &str) -> bool {
        l.pool == *name
    }

    pub fn get(&self, addr: Ipv6Addr) -> Option<&Lease> {
        self.slot_of(addr).map(|s| self.records.get(s))
    }

    pub fn records(&self) -> impl Iterator<Item = &Lease> {
        self.records.iter()
    }

    pub fn len(&self) -> usize {
        self.by_addr.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_addr.is_empty()
    }

    /// The client's current active binding, if any (expired or not).
    pub fn binding(&self, key: &ClientKey) -> Option<&Lease> {
        self.bound_address(key)
            .and_then(|a| self.get(a))
            .filter(|l| l.state == LeaseState::Active)
    }

    /// The address `by_client` holds for `key`.
    fn bound_address(&self, key: &ClientKey) -> Option<Ipv6Addr> {
        let h = self.client_hash(&key.duid, key.iaid, key.mac);
        self.by_client
            .find(h, |&s| self.records.get(s).is_of(key))
            .map(|&s| self.records.get(s).address)
    }

    /// Is `addr` free for `key` at `now`: unleased, leased to `key`, or an expired active
    /// lease (declined addresses stay held until their hold time runs out).
    pub fn is_free_for(&self, addr: Ipv6Addr, key: &ClientKey, now: i64) -> bool {
        match self.get(addr) {
            None => true,
            Some(l) if l.expires_at <= now => true,
            Some(l) => l.state == LeaseState::Active && l.is_of(key),
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
        let anything_free = idx.may_have_free() || idx.expired(now).next().is_some();
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
        let from = idx.offset(first)?;
        if let FreeIndex::Sparse = idx.free {
            // The offsets after `from`, wrapping at the end of the range.
            let after = |n: u128| match idx.last - from {
                room if n <= room => Some(from + n),
                room => (n - room - 1 < from).then(|| n - room - 1),
            };
            return (1..u128::from(SPARSE_PROBES))
                .map_while(after)
                .map(|off| idx.address(off))
                .find(|a| usable(*a))
                .or(own);
        }
        // Each address reserved for someone else can refuse one candidate, so these stop
        // after at most (reservations + 1) candidates.
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
        if let Some(prev) = self.bound_address(key) {
            if prev != addr {
                self.remove(prev);
                changes.push(LeaseChange::Remove(prev));
            }
        }
        let rec = Lease {
            address: addr,
            duid: Duid::new(&key.duid),
            iaid: key.iaid,
            mac: key.mac,
            pool: self.pool_name_for(pool),
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
            .get(addr)
            .is_some_and(|l| l.state == LeaseState::Active && l.is_of(key));
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
            .get(addr)
            .filter(|l| l.state == LeaseState::Active && l.is_of(key))?
            .clone();
        self.remove(addr);
        rec.state = LeaseState::Declined;
        rec.expires_at = hold_until;
        self.insert(rec.clone());
        Some(LeaseChange::Upsert(rec))
    }

    /// Forget leases that ended before `now` (the store deletes them on disk).
    pub fn expire(&mut self, now: i64) -> usize {
        let gone: Vec<Ipv6Addr> = self
            .records
            .iter()
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
        self.records
            .iter()
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
        random_changes_agree_with_a_scan(DENSE_MAX);
    }

    /// The same with every range sparse (probed, no per-address index): for ranges of at
    /// most [`SPARSE_PROBES`] addresses the probe covers the range, so it must find exactly
    /// what the scan finds.
    #[test]
    fn the_sparse_probe_agrees_with_a_scan_under_random_changes() {
        random_changes_agree_with_a_scan(0);
    }

    fn random_changes_agree_with_a_scan(dense_max: u128) {
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
            let mut t = LeaseTable {
                dense_max,
                ..LeaseTable::default()
            };
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
                match &idx.free {
                    FreeIndex::Dense { expiry, .. } => {
                        let free_idx: Vec<u128> = idx.free_from(0).collect();
                        let free_scan: Vec<u128> = (0..u128::from(size))
                            .filter(|o| t.get(p.nth(*o)).is_none())
                            .collect();
                        assert_eq!(free_idx, free_scan, "seed {seed} step {step}");
                        assert_eq!(expiry.len(), t.len(), "seed {seed} step {step}");
                    }
                    FreeIndex::Sparse => {}
                }
            }
        }
    }

    #[test]
    fn free_from_walks_every_free_offset_once_from_the_cursor() {
        let mut idx = PoolIndex::new(0, 9, DENSE_MAX);
        for off in [0, 3, 4, 9] {
            idx.hold(off, 1);
        }
        assert_eq!(idx.free_from(4).collect::<Vec<_>>(), [5, 6, 7, 8, 1, 2]);
        assert_eq!(idx.free_from(6).collect::<Vec<_>>(), [6, 7, 8, 1, 2, 5]);
        idx.release(4, 1);
        idx.release(3, 1);
        assert_eq!(
            idx.free_from(0).collect::<Vec<_>>(),
            (1..=8).collect::<Vec<_>>()
        );
        assert_eq!(idx.expired(1).collect::<Vec<_>>(), [0, 9]);
        assert_eq!(idx.expired(0).count(), 0);
        // A range ending at the last IPv6 address: no overflow.
        let mut top = PoolIndex::new(u128::MAX - 3, 3, DENSE_MAX);
        top.hold(3, 1);
        assert_eq!(top.free_from(2).collect::<Vec<_>>(), [2, 0, 1]);
    }

    #[test]
    fn a_full_pool_is_known_full_without_a_scan_and_an_expired_lease_frees_it() {
        // A /64 default range of 61 440 addresses, every one leased.
        let p = pool("2001:db8::1000", "2001:db8::ffff");
        let records = (0..p.size()).map(|i| Lease {
            address: p.nth(i),
            duid: Duid::new(&[0, 3, 0, 1]),
            iaid: i as u32,
            mac: None,
            pool: PoolName::new("p"),
            state: LeaseState::Active,
            expires_at: 1000 + i as i64,
        });
        let mut t = LeaseTable::from_records(records);
        assert_eq!(
            t.choose_address(&p, &key(1, 1), None, NEVER, &[1; 16], 10),
            None
        );
        let i = t.index_for(&p).unwrap();
        assert!(!t.indexes[i].may_have_free());
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

    #[test]
    fn a_sparse_range_probes_after_the_derived_candidates_without_an_index() {
        // 2^32 addresses, as in the bench: no per-address index.
        let p = pool("2001:db8::1:0:0", "2001:db8::1:ffff:ffff");
        let mut t = LeaseTable::default();
        let k = key(1, 1);
        let secret = [9; 16];
        let derived: Vec<Ipv6Addr> = (0..DERIVATION_TRIES)
            .map(|c| derive_address(&secret, &p, AddressIdentity::Mac(k.mac.unwrap()), 1, c))
            .collect();
        assert_eq!(
            t.choose_address(&p, &k, None, NEVER, &secret, 0),
            Some(derived[0])
        );
        let i = t.index_for(&p).unwrap();
        assert!(matches!(t.indexes[i].free, FreeIndex::Sparse));
        // Every derived candidate and the 10 addresses after the first one held by others.
        let first = u128::from(derived[0]);
        let taken = derived
            .iter()
            .copied()
            .chain((1..=10).map(|n| Ipv6Addr::from(first + n)));
        for (n, a) in taken.enumerate() {
            t.bind(&key(100 + n as u8, 1), a, "p", 1000);
        }
        assert_eq!(
            t.choose_address(&p, &k, None, NEVER, &secret, 0),
            Some(Ipv6Addr::from(first + 11))
        );
        // An expired lease met by the probe is free again.
        assert_eq!(
            t.choose_address(&p, &k, None, NEVER, &secret, 1000),
            Some(derived[0])
        );
    }

    #[test]
    fn a_lease_record_stays_compact() {
        // The address table holds one per lease: 100 000 leases are ~9 MiB of it.
        assert!(
            std::mem::size_of::<Lease>() <= 72,
            "{}",
            std::mem::size_of::<Lease>()
        );
    }

    #[test]
    fn a_slot_costs_no_more_than_its_lease() {
        assert_eq!(
            std::mem::size_of::<Option<Lease>>(),
            std::mem::size_of::<Lease>()
        );
    }

    #[test]
    fn churn_reuses_slots_and_every_index_follows_its_record() {
        let mut t = LeaseTable::default();
        let addr = |i: u32| Ipv6Addr::from(0x2001_0db8_u128 << 96 | u128::from(i));
        let many = SLOTS_PER_CHUNK as u32 * 3 / 2;
        for round in 0..4u32 {
            for i in 0..many {
                t.bind(&key((i % 200) as u8, i), addr(i + round * many), "p", 100);
            }
            assert_eq!(t.len(), many as usize);
            for i in 0..many {
                let k = key((i % 200) as u8, i);
                assert_eq!(
                    t.binding(&k).map(|l| l.address),
                    Some(addr(i + round * many))
                );
                assert_eq!(t.get(addr(i + round * many)).map(|l| l.iaid), Some(i));
            }
            for i in (0..many).step_by(2) {
                assert!(t
                    .release(&key((i % 200) as u8, i), addr(i + round * many))
                    .is_some());
            }
            assert_eq!(t.records().count(), (many / 2) as usize);
        }
        // Released slots were reused: never more chunks than the most leases held at once
        // needed.
        assert_eq!(t.records.chunks.len(), 2);
        let held = t.len();
        assert_eq!(t.expire(100), held);
        assert!(t.is_empty() && t.records().next().is_none());
    }

    #[test]
    fn duids_inline_or_boxed_compare_by_bytes() {
        let short = Duid::new(&[0, 1, 0, 1, 9, 9]);
        let long = Duid::new(&[7; 130]);
        assert_eq!(&*short, &[0, 1, 0, 1, 9, 9]);
        assert_eq!(long.len(), 130);
        assert_eq!(Duid::new(&[7; 22]).as_slice(), &[7; 22]);
        assert_eq!(Duid::new(&[7; 23]).as_slice(), &[7; 23]);
        assert_ne!(Duid::new(&[7; 22]), Duid::new(&[7; 23]));
    }

    #[test]
    fn an_external_change_applies_to_the_table_and_its_index() {
        let p = pool("2001:db8::10", "2001:db8::11");
        let mut t = LeaseTable::default();
        let k = key(1, 1);
        // Index built while empty, then another instance takes both addresses.
        assert!(t.choose_address(&p, &k, None, NEVER, &[1; 16], 0).is_some());
        for (i, off) in [0x10u16, 0x11].into_iter().enumerate() {
            t.apply(LeaseChange::Upsert(Lease {
                address: Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, off),
                duid: Duid::new(&[0, 3, 0, 1, i as u8]),
                iaid: 1,
                mac: None,
                pool: PoolName::new("p"),
                state: LeaseState::Active,
                expires_at: 100,
            }));
        }
        assert_eq!(t.choose_address(&p, &k, None, NEVER, &[1; 16], 0), None);
        let other = ClientKey {
            duid: vec![0, 3, 0, 1, 0],
            iaid: 1,
            mac: None,
        };
        assert_eq!(
            t.binding(&other).map(|l| l.address),
            Some("2001:db8::10".parse().unwrap())
        );
        t.apply(LeaseChange::Remove("2001:db8::10".parse().unwrap()));
        assert!(t.binding(&other).is_none());
        assert_eq!(
            t.choose_address(&p, &k, None, NEVER, &[1; 16], 0),
            Some("2001:db8::10".parse().unwrap())
        );
    }
}
