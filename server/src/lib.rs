//! bootforge: an IPv6 network-boot provisioning server.
//!
//! See ARCHITECTURE.md at the repository root for the path of a packet and of a request
//! through these modules, and the invariants they keep.

pub mod app;
pub mod boot;
pub mod check;
pub mod config;
pub mod dhcpv6;
pub mod events;
pub mod hot_files;
pub mod http;
pub mod mac;
pub mod metrics;
pub mod neighbour;
pub mod netif;
pub mod open_files;
pub mod prefix;
pub mod ra;
pub mod rate_limit;
pub mod ready;
pub mod relay;
pub mod reload;
pub mod secret_file;
pub mod service;
pub mod state;
pub mod store;
pub mod tftp;
pub mod udp_pktinfo;
pub mod web;
