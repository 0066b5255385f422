//! Rendered iPXE scripts, kept per (MAC, base URL) so a repeated fetch costs a hash look-up
//! instead of two SQLite queries and a template render.
//!
//! An entry is served only while everything it was rendered from is unchanged:
//! - the inventory: [`crate::store::Store::boot_inputs_generation`] (read *before* the
//!   machine and profile were loaded) is the same. Database triggers bump it for every
//!   committed change to a machine's script-visible columns or to any profile, by anyone:
//!   the API and dashboard, a reinstall used up by a boot, a new architecture seen by
//!   DHCPv6, the `sqlite3` shell, another process. So such a change is in the very next
//!   response; boot events (last seen, last stage) do not count;
//! - the configuration is the same `Arc` (a reload replaces it);
//! - every template file the render read (or found absent, using the built-in) still has
//!   the same [`FileStamp`](crate::boot::script::FileStamp): while the scripts dir's inotify
//!   watch ([`TemplateWatch`]) has seen no change since the render, that is known without
//!   a `stat`; otherwise (a change elsewhere in the dir, no watch, a symlinked source) one
//!   `stat` per file;
//! - the entry is younger than [`MAX_AGE`] (a bound on anything the checks above missed).
//!
//! Callers cache only scripts that change nothing when served (never a pending reinstall,
//! never an unknown MAC, never an error fallback). Bounded in entries and bytes; beyond
//! either an arbitrary entry is evicted (the hash order is random per process).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::boot::script::TemplateSource;
use crate::boot::template_watch::TemplateWatch;
use crate::config::Config;
use crate::mac::Mac;

/// The oldest entry served, whatever the checks say.
pub const MAX_AGE: Duration = Duration::from_secs(5);
/// Bounds: entries and bytes of script text (plus keys).
pub const MAX_ENTRIES: usize = 4096;
pub const MAX_BYTES: usize = 8 << 20;
/// A script bigger than this is not cached (one entry must not take a large share).
pub const MAX_ENTRY_BYTES: usize = 64 << 10;

/// What a script was rendered from, as far as the cache can check it.
#[derive(Debug, Clone)]
pub struct ScriptInputs {
    /// [`crate::store::Store::boot_inputs_generation`] before the inputs were read.
    pub generation: u64,
    pub config: Arc<Config>,
    pub sources: Vec<TemplateSource>,
    /// The scripts dir and [`ScriptCache::template_changes`] before the render, when the
    /// dir is watched and no source is a symlink (whose target an edit elsewhere changes
    /// without an event): then a hit needs no `stat` while the count is the same.
    pub templates_seen: Option<(std::path::PathBuf, u64)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct CacheKey {
    mac: Mac,
    http_base: String,
}

struct Entry<V> {
    value: Arc<V>,
    inputs: ScriptInputs,
    rendered_at: Instant,
    bytes: usize,
}

/// Counters for `/metrics`.
#[derive(Debug, Default)]
pub struct CacheStats {
    pub hits: AtomicU64,
    pub misses: AtomicU64,
    /// Entries found but no longer current (a change, a reload, a template edit, age).
    pub stale: AtomicU64,
    /// Entries dropped to stay within the bounds.
    pub evicted: AtomicU64,
}

/// The counters live in [`crate::metrics::Metrics`]; every call is given them.
pub struct ScriptCache<V> {
    inner: Mutex<Inner<V>>,
    templates: TemplateWatch,
}

struct Inner<V> {
    entries: HashMap<CacheKey, Entry<V>>,
    bytes: usize,
}

impl<V> Default for ScriptCache<V> {
    fn default() -> Self {
        ScriptCache {
            inner: Mutex::new(Inner {
                entries: HashMap::new(),
                bytes: 0,
            }),
            templates: TemplateWatch::default(),
        }
    }
}

impl<V> ScriptCache<V> {
    /// The cached script for `mac` reached at `http_base`, if it is still current.
    /// `generation` and `config` are the current ones.
    pub fn get(
        &self,
        mac: Mac,
        http_base: &str,
        generation: u64,
        config: &Arc<Config>,
        stats: &CacheStats,
    ) -> Option<Arc<V>> {
        let key = CacheKey {
            mac,
            http_base: http_base.to_string(),
        };
        let (value, sources, fresh, templates_now) = {
            let mut inner = self.lock();
            let Some(e) = inner.entries.get_mut(&key) else {
                stats.misses.fetch_add(1, Ordering::Relaxed);
                return None;
            };
            let fresh = e.inputs.generation == generation
                && Arc::ptr_eq(&e.inputs.config, config)
                && e.rendered_at.elapsed() < MAX_AGE;
            // The watch, when it says nothing in the scripts dir changed: no `stat`.
            let templates_now = match &e.inputs.templates_seen {
                Some((dir, seen)) if fresh => {
                    let now = self.templates.changes(dir);
                    if now == Some(*seen) {
                        stats.hits.fetch_add(1, Ordering::Relaxed);
                        return Some(e.value.clone());
                    }
                    now
                }
                _ => None,
            };
            (
                e.value.clone(),
                e.inputs.sources.clone(),
                fresh,
                templates_now,
            )
        };
        // The stats run outside the lock.
        if fresh && sources.iter().all(TemplateSource::unchanged) {
            // Something else in the dir changed: these files did not (the count was read
            // before the `stat`s), so later hits compare with the new count.
            if let Some(now) = templates_now {
                let mut inner = self.lock();
                if let Some(e) = inner
                    .entries
                    .get_mut(&key)
                    .filter(|e| Arc::ptr_eq(&e.value, &value))
                {
                    if let Some((_, seen)) = e.inputs.templates_seen.as_mut() {
                        *seen = now;
                    }
                }
            }
            stats.hits.fetch_add(1, Ordering::Relaxed);
            return Some(value);
        }
        stats.stale.fetch_add(1, Ordering::Relaxed);
        stats.misses.fetch_add(1, Ordering::Relaxed);
        let mut inner = self.lock();
        if inner
            .entries
            .get(&key)
            .is_some_and(|e| Arc::ptr_eq(&e.value, &value))
        {
            let gone = inner.entries.remove(&key).map_or(0, |e| e.bytes);
            inner.bytes -= gone;
        }
        None
    }

    /// Keep `value` (whose text is `text_len` bytes) for `mac` at `http_base`, rendered
    /// from `inputs`. `inputs.generation` must have been read before the inputs were
    /// loaded.
    pub fn insert(
        &self,
        mac: Mac,
        http_base: &str,
        value: Arc<V>,
        text_len: usize,
        inputs: ScriptInputs,
        stats: &CacheStats,
    ) {
        if !inputs.sources.iter().all(|s| s.stamp.is_known()) {
            return;
        }
        let bytes = text_len + http_base.len() + std::mem::size_of::<Entry<V>>() + 64;
        if bytes > MAX_ENTRY_BYTES {
            return;
        }
        let key = CacheKey {
            mac,
            http_base: http_base.to_string(),
        };
        let mut inner = self.lock();
        if let Some(old) = inner.entries.remove(&key) {
            inner.bytes -= old.bytes;
        }
        while !inner.entries.is_empty()
            && (inner.entries.len() >= MAX_ENTRIES || inner.bytes + bytes > MAX_BYTES)
        {
            let Some(victim) = inner.entries.keys().next().cloned() else {
                break;
            };
            let gone = inner.entries.remove(&victim).map_or(0, |e| e.bytes);
            inner.bytes -= gone;
            stats.evicted.fetch_add(1, Ordering::Relaxed);
        }
        inner.bytes += bytes;
        inner.entries.insert(
            key,
            Entry {
                value,
                inputs,
                rendered_at: Instant::now(),
                bytes,
            },
        );
    }

    /// The scripts dir's change count ([`TemplateWatch::changes`]); read it before a render
    /// and keep it in [`ScriptInputs::templates_seen`].
    pub fn template_changes(&self, dir: &std::path::Path) -> Option<u64> {
        self.templates.changes(dir)
    }

    /// Entries and bytes held now.
    pub fn size(&self) -> (usize, usize) {
        let inner = self.lock();
        (inner.entries.len(), inner.bytes)
    }

    /// Make every entry `by` older (tests of [`MAX_AGE`] without waiting for it).
    #[cfg(test)]
    fn backdate(&self, by: Duration) {
        for e in self.lock().entries.values_mut() {
            e.rendered_at -= by;
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner<V>> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::boot::script::FileStamp;

    fn mac(n: u32) -> Mac {
        Mac::parse(&format!(
            "52:54:00:{:02x}:{:02x}:{:02x}",
            n >> 16 & 0xff,
            n >> 8 & 0xff,
            n & 0xff
        ))
        .unwrap()
    }

    fn inputs(generation: u64, config: &Arc<Config>, sources: Vec<TemplateSource>) -> ScriptInputs {
        ScriptInputs {
            generation,
            config: config.clone(),
            sources,
            templates_seen: None,
        }
    }

    #[test]
    fn served_while_inputs_unchanged_and_not_after_any_change() {
        let dir = tempfile::tempdir().unwrap();
        let template = dir.path().join("install.ipxe");
        std::fs::write(&template, "#!ipxe\n").unwrap();
        let source = TemplateSource {
            path: template.clone(),
            stamp: FileStamp::of(&template),
        };
        let config = Arc::new(Config::default());
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        let base = "http://[2001:db8::1]:8080";
        cache.insert(
            mac(1),
            base,
            Arc::new("a".into()),
            1,
            inputs(7, &config, vec![source]),
            &stats,
        );
        assert_eq!(
            cache
                .get(mac(1), base, 7, &config, &stats)
                .as_deref()
                .map(String::as_str),
            Some("a")
        );
        // Another base URL, MAC, generation or configuration: not this entry.
        assert!(cache
            .get(mac(1), "http://other", 7, &config, &stats)
            .is_none());
        assert!(cache.get(mac(2), base, 7, &config, &stats).is_none());
        let reloaded = Arc::new(Config::default());
        assert!(cache.get(mac(1), base, 7, &reloaded, &stats).is_none());
        // That look-up dropped the entry; a newer data version never sees an older render.
        cache.insert(
            mac(1),
            base,
            Arc::new("a".into()),
            1,
            inputs(7, &config, vec![]),
            &stats,
        );
        assert!(cache.get(mac(1), base, 8, &config, &stats).is_none());
        assert_eq!(cache.size().0, 0);
    }

    #[test]
    fn a_template_edit_or_a_new_override_is_seen_on_the_next_look_up() {
        let dir = tempfile::tempdir().unwrap();
        let config = Arc::new(Config::default());
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        let edited = dir.path().join("install.ipxe");
        std::fs::write(&edited, "#!ipxe\necho one\n").unwrap();
        let added = dir.path().join("local.ipxe");
        for (path, change) in [(&edited, "#!ipxe\necho two\n"), (&added, "#!ipxe\nexit\n")] {
            let source = TemplateSource {
                path: path.clone(),
                stamp: FileStamp::of(path),
            };
            cache.insert(
                mac(1),
                "b",
                Arc::new("x".into()),
                1,
                inputs(1, &config, vec![source]),
                &stats,
            );
            assert!(cache.get(mac(1), "b", 1, &config, &stats).is_some());
            // Same length, same second: the change time and inode still differ.
            std::fs::write(path, change).unwrap();
            assert!(
                cache.get(mac(1), "b", 1, &config, &stats).is_none(),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn entries_expire_after_max_age() {
        let config = Arc::new(Config::default());
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        cache.insert(
            mac(1),
            "b",
            Arc::new("x".into()),
            1,
            inputs(1, &config, vec![]),
            &stats,
        );
        assert!(cache.get(mac(1), "b", 1, &config, &stats).is_some());
        cache.backdate(MAX_AGE);
        assert!(cache.get(mac(1), "b", 1, &config, &stats).is_none());
    }

    #[test]
    fn bounded_in_entries_and_bytes() {
        let config = Arc::new(Config::default());
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        for n in 0..(MAX_ENTRIES as u32 + 500) {
            cache.insert(
                mac(n),
                "b",
                Arc::new(String::new()),
                100,
                inputs(1, &config, vec![]),
                &stats,
            );
        }
        let (entries, bytes) = cache.size();
        assert!(entries <= MAX_ENTRIES, "{entries}");
        assert!(bytes <= MAX_BYTES, "{bytes}");
        assert!(stats.evicted.load(Ordering::Relaxed) >= 500);
        // Large scripts: the byte bound binds first.
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        for n in 0..1000 {
            cache.insert(
                mac(n),
                "b",
                Arc::new(String::new()),
                60_000,
                inputs(1, &config, vec![]),
                &stats,
            );
        }
        let (entries, bytes) = cache.size();
        assert!(bytes <= MAX_BYTES, "{bytes}");
        assert!(entries < 1000 && entries > 100, "{entries}");
        // One too big for an entry is not kept.
        cache.insert(
            mac(5000),
            "b",
            Arc::new(String::new()),
            MAX_ENTRY_BYTES,
            inputs(1, &config, vec![]),
            &stats,
        );
        assert!(cache.get(mac(5000), "b", 1, &config, &stats).is_none());
    }

    #[test]
    fn a_script_from_an_unreadable_template_is_not_cached() {
        let config = Arc::new(Config::default());
        let cache = ScriptCache::<String>::default();
        let stats = CacheStats::default();
        let source = TemplateSource {
            path: "/nonexistent".into(),
            stamp: FileStamp::Unknown,
        };
        cache.insert(
            mac(1),
            "b",
            Arc::new("x".into()),
            1,
            inputs(1, &config, vec![source]),
            &stats,
        );
        assert!(cache.get(mac(1), "b", 1, &config, &stats).is_none());
    }
}
