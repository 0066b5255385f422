//! The boot path shared by TFTP and HTTP: which file a name means ([`files`]), which iPXE
//! script a machine gets and its text ([`script`]), and who a client address is
//! ([`client`]).

pub mod client;
pub mod files;
pub mod script;
