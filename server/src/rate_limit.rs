//! Sliding-window limits per key (a client address, a user name), bounded in memory.
//!
//! Used where anyone who can reach the server could otherwise make it do unbounded work or
//! write unbounded rows: login attempts and machines registered by booting clients.
//! Checking and recording happen under one lock ([`KeyedLimiter::try_acquire`]), so
//! concurrent requests cannot all pass a check that only one of them should.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct KeyedLimiter {
    window: Duration,
    /// Keys tracked at most; when full, keys with no hit in the window are swept, and if
    /// none can go, new keys are refused (fail closed: a flood of keys cannot grow memory).
    max_keys: usize,
    hits: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl KeyedLimiter {
    pub fn new(window: Duration, max_keys: usize) -> KeyedLimiter {
        KeyedLimiter {
            window,
            max_keys,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Record a hit for `key` unless it already has `limit` hits in the window; `false`
    /// means limited (nothing recorded). The limit is per call so it can follow a reload.
    pub fn try_acquire(&self, key: &str, limit: usize) -> bool {
        self.try_acquire_at(key, limit, Instant::now())
    }

    fn try_acquire_at(&self, key: &str, limit: usize, now: Instant) -> bool {
        let mut map = self.hits.lock().expect("limiter lock");
        if !map.contains_key(key) && map.len() >= self.max_keys {
            let window = self.window;
            map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < window));
            if map.len() >= self.max_keys {
                return false;
            }
        }
        let q = map.entry(key.to_string()).or_default();
        while q
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            q.pop_front();
        }
        if q.len() >= limit {
            return false;
        }
        q.push_back(now);
        true
    }

    /// Take back the latest hit of `key` (the attempt it stood for succeeded).
    pub fn forget_latest(&self, key: &str) {
        let mut map = self.hits.lock().expect("limiter lock");
        if let Some(q) = map.get_mut(key) {
            q.pop_back();
            if q.is_empty() {
                map.remove(key);
            }
        }
    }
}

/// The key for a client address: IPv6 clients by /64 (one host can use a whole prefix,
/// so per-address limits would be no limit), IPv4 and IPv4-mapped ones by address.
pub fn source_key(ip: Option<IpAddr>) -> String {
    match ip {
        Some(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(IpAddr::V6(v6)) => v6
            .to_ipv4_mapped()
            .map(|v4| v4.to_string())
            .unwrap_or_default(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        None => "unknown".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_key_within_the_window() {
        let l = KeyedLimiter::new(Duration::from_secs(60), 100);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(l.try_acquire_at("a", 3, t0));
        }
        assert!(!l.try_acquire_at("a", 3, t0), "fourth in the window");
        assert!(l.try_acquire_at("b", 3, t0), "another key is not affected");
        assert!(
            l.try_acquire_at("a", 3, t0 + Duration::from_secs(61)),
            "the window slides"
        );
    }

    #[test]
    fn forgetting_a_success_frees_its_slot() {
        let l = KeyedLimiter::new(Duration::from_secs(60), 100);
        assert!(l.try_acquire("a", 1));
        assert!(!l.try_acquire("a", 1));
        l.forget_latest("a");
        assert!(l.try_acquire("a", 1));
    }

    #[test]
    fn concurrent_acquires_never_overshoot() {
        let l = std::sync::Arc::new(KeyedLimiter::new(Duration::from_secs(60), 100));
        let passed: usize = (0..16)
            .map(|_| {
                let l = l.clone();
                std::thread::spawn(move || usize::from(l.try_acquire("admin", 5)))
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .sum();
        assert_eq!(passed, 5);
    }

    #[test]
    fn memory_is_bounded_and_stale_keys_make_room() {
        let l = KeyedLimiter::new(Duration::from_secs(60), 2);
        let t0 = Instant::now();
        assert!(l.try_acquire_at("a", 1, t0));
        assert!(l.try_acquire_at("b", 1, t0));
        assert!(!l.try_acquire_at("c", 1, t0), "full of live keys: refused");
        assert!(l.try_acquire_at("c", 1, t0 + Duration::from_secs(61)));
        assert!(l.hits.lock().unwrap().len() <= 2);
    }

    #[test]
    fn ipv6_sources_share_their_64() {
        let a = source_key(Some("2001:db8:1:2::1".parse().unwrap()));
        let b = source_key(Some("2001:db8:1:2:ffff::9".parse().unwrap()));
        let c = source_key(Some("2001:db8:1:3::1".parse().unwrap()));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(
            source_key(Some("::ffff:192.0.2.1".parse().unwrap())),
            "192.0.2.1"
        );
    }
}
