//! Operator input as it arrives (strings from JSON, forms or CSV) and its validation into
//! store types. The API and the dashboard share these, so both refuse the same things with
//! the same messages, naming the field.

use serde::Deserialize;

use crate::mac::Mac;
use crate::store::{MachineSpec, MachineState, Profile, Variables};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &'static str, message: impl Into<String>) -> FieldError {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

/// Message for `field` among `errors`, for showing next to a form input.
pub fn message_for<'a>(errors: &'a [FieldError], field: &str) -> Option<&'a str> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.as_str())
}

/// A machine as an operator describes it. Empty strings mean "not given".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MachineInput {
    pub mac: String,
    pub hostname: String,
    pub profile: Option<String>,
    pub state: Option<String>,
    pub variables: Option<serde_json::Value>,
}

impl MachineInput {
    /// Checks everything that needs no database; whether the profile exists is the caller's
    /// second step ([`MachineInput::profile_name`]).
    pub fn validate(&self) -> Result<(Mac, MachineSpec), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mac = Mac::parse(&self.mac)
            .map_err(|e| errors.push(FieldError::new("mac", e.to_string())))
            .ok();
        let hostname = self.hostname.trim().to_ascii_lowercase();
        if let Err(m) = check_hostname(&hostname) {
            errors.push(FieldError::new("hostname", m));
        }
        let profile = self.profile_name();
        let state = match self.state.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => match s.parse::<MachineState>() {
                Ok(st) => Some(st),
                Err(m) => {
                    errors.push(FieldError::new("state", m));
                    None
                }
            },
        };
        if profile.is_none() && matches!(state, Some(MachineState::Ready | MachineState::Reinstall))
        {
            errors.push(FieldError::new(
                "profile",
                format!(
                    "state {} boots a profile: choose one",
                    state.map(|s| s.as_str()).unwrap_or_default()
                ),
            ));
        }
        let variables = match parse_variables(self.variables.as_ref()) {
            Ok(v) => v,
            Err(m) => {
                errors.push(FieldError::new("variables", m));
                Variables::new()
            }
        };
        match mac {
            Some(mac) if errors.is_empty() => Ok((
                mac,
                MachineSpec {
                    hostname,
                    profile,
                    state,
                    variables,
                },
            )),
            _ => Err(errors),
        }
    }

    pub fn profile_name(&self) -> Option<String> {
        self.profile
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
    }
}

/// Variables arrive as a JSON object, or (from forms) as a string holding one.
pub fn parse_variables(v: Option<&serde_json::Value>) -> Result<Variables, String> {
    match v {
        None | Some(serde_json::Value::Null) => Ok(Variables::new()),
        Some(serde_json::Value::Object(m)) => Ok(m.clone()),
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => Ok(Variables::new()),
        Some(serde_json::Value::String(s)) => match serde_json::from_str(s) {
            Ok(serde_json::Value::Object(m)) => Ok(m),
            Ok(_) => Err("must be a JSON object, e.g. {\"disk\": \"/dev/sda\"}".into()),
            Err(e) => Err(format!("not valid JSON: {e}")),
        },
        Some(_) => Err("must be a JSON object, e.g. {\"disk\": \"/dev/sda\"}".into()),
    }
}

/// Empty (not named yet) or an RFC 1123 host name.
pub fn check_hostname(h: &str) -> Result<(), String> {
    if h.is_empty() {
        return Ok(());
    }
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if h.len() > 253 || !h.split('.').all(label_ok) {
        return Err(format!(
            "{h:?} is not a host name (letters, digits and '-', dot-separated labels)"
        ));
    }
    Ok(())
}

/// A profile as an operator describes it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ProfileInput {
    pub name: String,
    pub description: String,
    pub kernel: String,
    pub initrd: String,
    pub cmdline: String,
    pub template: String,
    pub variables: Option<serde_json::Value>,
}

impl ProfileInput {
    pub fn from_profile(p: &Profile) -> ProfileInput {
        ProfileInput {
            name: p.name.clone(),
            description: p.description.clone(),
            kernel: p.kernel.clone(),
            initrd: p.initrd.clone(),
            cmdline: p.cmdline.clone(),
            template: p.template.clone(),
            variables: Some(serde_json::Value::Object(p.variables.clone())),
        }
    }

    pub fn validate(&self) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        let name_ok = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.starts_with('.');
        if !name_ok {
            errors.push(FieldError::new(
                "name",
                "1-64 letters, digits, '-', '_' or '.', not starting with '.'",
            ));
        }
        let template = match self.template.trim() {
            "" => "install.ipxe",
            t => t,
        };
        // The template names a file in the scripts directory: no paths.
        if template.contains('/') || template.contains('\\') || template.starts_with('.') {
            errors.push(FieldError::new(
                "template",
                "a file name in the boot scripts directory, e.g. install.ipxe",
            ));
        }
        for (field, value) in [
            ("kernel", &self.kernel),
            ("initrd", &self.initrd),
            ("cmdline", &self.cmdline),
        ] {
            if value.contains('\n') || value.contains('\r') {
                errors.push(FieldError::new(field, "must be a single line"));
            }
        }
        let variables = match parse_variables(self.variables.as_ref()) {
            Ok(v) => v,
            Err(m) => {
                errors.push(FieldError::new("variables", m));
                Variables::new()
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Profile {
            name: name.to_string(),
            description: self.description.trim().to_string(),
            kernel: self.kernel.trim().to_string(),
            initrd: self.initrd.trim().to_string(),
            cmdline: self.cmdline.trim().to_string(),
            template: template.to_string(),
            variables,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_input_names_each_bad_field() {
        let input = MachineInput {
            mac: "nope".into(),
            hostname: "-bad".into(),
            state: Some("reinstall".into()),
            variables: Some(serde_json::json!([1])),
            ..Default::default()
        };
        let fields: Vec<_> = input
            .validate()
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["mac", "hostname", "profile", "variables"]);
    }

    #[test]
    fn machine_input_normalises() {
        let input = MachineInput {
            mac: "52-54-00-AB-CD-EF".into(),
            hostname: "Node1.Lab".into(),
            profile: Some(" debian ".into()),
            variables: Some(serde_json::json!("{\"a\": 1}")),
            ..Default::default()
        };
        let (mac, spec) = input.validate().unwrap();
        assert_eq!(mac.to_string(), "52:54:00:ab:cd:ef");
        assert_eq!(spec.hostname, "node1.lab");
        assert_eq!(spec.profile.as_deref(), Some("debian"));
        assert_eq!(spec.variables["a"], 1);
    }

    #[test]
    fn profile_template_cannot_be_a_path() {
        let p = ProfileInput {
            name: "deb".into(),
            template: "../etc/passwd".into(),
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap_err()[0].field, "template");
        let ok = ProfileInput {
            name: "deb".into(),
            ..Default::default()
        };
        assert_eq!(ok.validate().unwrap().template, "install.ipxe");
    }
}
