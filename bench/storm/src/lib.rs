//! Load generators for bench/*.sh.

pub mod dhcpv6;
pub mod http;
pub mod netlink;
pub mod tftp;
