//! The DHCPv6 path's boundary with the store: the lease table's records ⇄ the store's rows,
//! and the one place a Reply waits for its lease changes to be on disk
//! ([`commit_before_reply`]). A multi-instance backend hooks in here: a commit the store
//! refuses (the address taken by another instance) comes back as an error, so the Reply is
//! withheld, and other instances' changes go into the table through [`LeaseTable::apply`]
//! after [`from_row`].
//!
//! [`LeaseTable::apply`]: super::leases::LeaseTable::apply
//!
//! The refusal is `StoreError::Conflict { what: "lease" }`; `server.rs` then takes the
//! database's rows for those addresses into the table and decides again (at most
//! `MAX_LEASE_CONFLICTS` times).

use super::leases::{Duid, Lease, LeaseChange, LeaseState, PoolName};
use crate::store::{self, LeaseRecord, StoreResult, WriterHandle};

pub fn from_row(r: LeaseRecord) -> Lease {
    Lease {
        address: r.address,
        duid: Duid::new(&r.duid),
        iaid: r.iaid,
        mac: r.mac,
        pool: PoolName::new(&r.pool),
        state: match r.state {
            store::LeaseState::Active => LeaseState::Active,
            store::LeaseState::Declined => LeaseState::Declined,
        },
        expires_at: r.expires_at,
    }
}

pub fn to_row(l: &Lease) -> LeaseRecord {
    LeaseRecord {
        address: l.address,
        duid: l.duid.to_vec(),
        iaid: l.iaid,
        mac: l.mac,
        pool: l.pool.to_string(),
        state: match l.state {
            LeaseState::Active => store::LeaseState::Active,
            LeaseState::Declined => store::LeaseState::Declined,
        },
        expires_at: l.expires_at,
    }
}

pub fn to_store_change(c: &LeaseChange) -> store::LeaseChange {
    match c {
        LeaseChange::Upsert(l) => store::LeaseChange::Upsert(to_row(l)),
        LeaseChange::Remove(a) => store::LeaseChange::Remove(*a),
    }
}

/// A change another instance committed, as the table takes it.
pub fn from_store_change(c: store::LeaseChange) -> LeaseChange {
    match c {
        store::LeaseChange::Upsert(r) => LeaseChange::Upsert(from_row(r)),
        store::LeaseChange::Remove(a) => LeaseChange::Remove(a),
    }
}

/// Invariant: a lease is on disk before the Reply that grants it leaves. Returns once the
/// writer has committed `changes` (fsynced); an error means the Reply must not be sent.
/// `client_duid` is the exchange's client: its removals delete only rows still its own (a
/// table that missed another instance's change must not delete that instance's lease).
pub async fn commit_before_reply(
    writer: &WriterHandle,
    client_duid: Option<&[u8]>,
    changes: &[LeaseChange],
) -> StoreResult<()> {
    if changes.is_empty() {
        return Ok(());
    }
    let changes = changes.iter().map(to_store_change).collect();
    match client_duid {
        Some(duid) => writer.commit_client_leases(duid, changes).await,
        None => writer.commit_leases(changes).await,
    }
}
