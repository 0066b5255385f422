//! The error every configuration check returns; a leaf, so sections defined elsewhere
//! (`relay::config`) can return it without depending on the whole configuration.

/// A configuration mistake, naming the key and the reason.
#[derive(Debug, thiserror::Error)]
#[error("config key `{key}`: {reason}")]
pub struct ConfigError {
    pub key: String,
    pub reason: String,
}
