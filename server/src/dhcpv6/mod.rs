//! DHCPv6 server: pure policy (classification, identity, pools, replies) plus a thin socket
//! loop. dhcproto does all encoding and decoding.

pub mod classify;
pub mod codec;
pub mod event_steps;
pub mod held_bits;
pub mod identity;
pub mod lease_store;
pub mod leases;
pub mod policy;
pub mod pool;
pub mod server;
pub mod shed;
pub mod stats;
pub mod validate;

#[cfg(test)]
mod fuzz;
