//! The in-memory lease table the DHCPv6 policy decides against.
//!
//! It mirrors the `leases` table on disk (loaded at start-up) and is changed only together
//! with a [`LeaseChange`] list that the server commits before answering. Keyed by address, so
//! an address can be in at most one lease here exactly as on disk.

use std::collections::HashMap;
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

/// Derived candidates tried before falling back to a scan.
const DERIVATION_TRIES: u32 = 32;
/// Upper bound on the fallback scan, so a huge exhausted pool cannot stall the server.
const SCAN_LIMIT: u128 = 1 << 16;

#[derive(Debug, Default)]
pub struct LeaseTable {
    by_addr: HashMap<Ipv6Addr, LeaseRecord>,
    by_client: HashMap<ClientKey, Ipv6Addr>,
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
        self.by_addr.insert(r.address, r);
    }

    fn remove(&mut self, addr: Ipv6Addr) -> Option<LeaseRecord> {
        let old = self.by_addr.remove(&addr)?;
        let key = ClientKey::of(&old);
        if self.by_client.get(&key) == Some(&addr) {
            self.by_client.remove(&key);
        }
        Some(old)
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

    /// Choose an address in `pool` for `key`: its existing binding, its reservation, a
    /// derived stable address, or (small or crowded pools) the next free one after it.
    #[allow(clippy::too_many_arguments)]
    pub fn choose_address(
        &self,
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
        let usable = |a: Ipv6Addr| self.is_free_for(a, key, now) && !reserved_for_others(a);
        let identity = match key.mac {
            Some(m) => AddressIdentity::Mac(m),
            None => AddressIdentity::Duid(&key.duid),
        };
        let mut first = None;
        for counter in 0..DERIVATION_TRIES {
            let a = derive_address(secret, pool, identity, key.iaid, counter);
            first.get_or_insert(a);
            if usable(a) {
                return Some(a);
            }
        }
        let start = u128::from(first?) - u128::from(pool.start);
        (1..pool.size().min(SCAN_LIMIT))
            .map(|i| pool.nth(start + i))
            .find(|a| usable(*a))
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
        let t = LeaseTable::default();
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
}
