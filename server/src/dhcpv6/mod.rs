//! DHCPv6 server: pure policy (classification, identity, pools, replies) plus a thin socket
//! loop. dhcproto does all encoding and decoding.

pub mod classify;
pub mod identity;
pub mod pool;
pub mod server;
