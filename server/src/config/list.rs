//! List keys that also take one string (`interfaces = "all"`, `"eth0, eth1"`); a leaf, so
//! sections defined elsewhere (`relay::config`) use it without depending on the whole
//! configuration.

use serde::Deserialize;

/// A list key that also takes a single string: `interfaces = "all"`.
pub(crate) fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => s
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        OneOrMany::Many(v) => v,
    })
}
