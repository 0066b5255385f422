//! Login rate limits: failed logins per client source and, for browsers that never logged in
//! as that user before, per user name (a browser that did carries a signed device cookie
//! and is exempt, so an attacker guessing from elsewhere cannot lock the operator out).

use std::time::Duration;

use crate::rate_limit::KeyedLimiter;

/// Login attempts per client source (IPv6 /64) a minute: one client guessing.
const SOURCE_ATTEMPTS_PER_MINUTE: usize = 5;
/// Failed logins per user name in [`USER_WINDOW`] from browsers without that user's device
/// cookie: guessing spread over many sources.
const UNKNOWN_DEVICE_ATTEMPTS_PER_USER: usize = 20;
const USER_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Keys tracked by each limiter at most, so a flood of sources or names cannot grow memory.
const MAX_TRACKED_KEYS: usize = 10_000;

/// Attempts are recorded before the password is checked (and taken back if it was right),
/// so concurrent attempts cannot overshoot a limit.
pub struct LoginLimiter {
    per_source: KeyedLimiter,
    per_user_unknown_device: KeyedLimiter,
}

impl Default for LoginLimiter {
    fn default() -> Self {
        LoginLimiter {
            per_source: KeyedLimiter::new(Duration::from_secs(60), MAX_TRACKED_KEYS),
            per_user_unknown_device: KeyedLimiter::new(USER_WINDOW, MAX_TRACKED_KEYS),
        }
    }
}

/// A login attempt that passed the limits; dropped as a failure unless [`Self::succeeded`].
pub struct LoginAttempt<'a> {
    limiter: &'a LoginLimiter,
    source: String,
    user: Option<String>,
}

impl LoginLimiter {
    pub fn begin(
        &self,
        source: String,
        user: &str,
        known_device: bool,
    ) -> Option<LoginAttempt<'_>> {
        if !self
            .per_source
            .try_acquire(&source, SOURCE_ATTEMPTS_PER_MINUTE)
        {
            return None;
        }
        let user = if known_device {
            None
        } else {
            let key = user.to_string();
            if !self
                .per_user_unknown_device
                .try_acquire(&key, UNKNOWN_DEVICE_ATTEMPTS_PER_USER)
            {
                self.per_source.forget_latest(&source);
                return None;
            }
            Some(key)
        };
        Some(LoginAttempt {
            limiter: self,
            source,
            user,
        })
    }
}

impl LoginAttempt<'_> {
    pub fn succeeded(self) {
        self.limiter.per_source.forget_latest(&self.source);
        if let Some(user) = &self.user {
            self.limiter.per_user_unknown_device.forget_latest(user);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_limits_per_source_and_spare_known_devices() {
        let l = LoginLimiter::default();
        let attacker = "2001:db8:bad::/64".to_string();
        for _ in 0..SOURCE_ATTEMPTS_PER_MINUTE {
            assert!(l.begin(attacker.clone(), "admin", false).is_some());
        }
        assert!(l.begin(attacker.clone(), "admin", false).is_none());
        // The operator, elsewhere, is not affected by the attacker's source.
        let operator = "2001:db8:1::/64".to_string();
        l.begin(operator.clone(), "admin", false)
            .unwrap()
            .succeeded();
        // Spread over many sources, unknown browsers run into the per-user limit...
        for i in 0..UNKNOWN_DEVICE_ATTEMPTS_PER_USER {
            let _ = l.begin(format!("2001:db8:{i:x}::/64"), "admin", false);
        }
        assert!(l
            .begin("2001:db8:ffff::/64".into(), "admin", false)
            .is_none());
        // ...but a browser that logged in as admin before still gets in.
        assert!(l.begin(operator, "admin", true).is_some());
    }
}
