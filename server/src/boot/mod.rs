//! The boot path shared by TFTP and HTTP: which file a name means ([`files`]), which iPXE
//! script a machine gets and its text ([`script`]), what a value may contain to be printed
//! into one ([`script_value`]), and who a client address is
//! ([`client`]), and repeated script fetches summarised ([`script_repeats`]).

pub mod client;
pub mod event_coalesce;
pub mod files;
pub mod script;
pub mod script_cache;
pub mod script_repeats;
pub mod script_value;
pub mod template_watch;
