//! A bounded in-memory cache of hot boot files (iPXE binaries, kernels, initrds), shared by
//! TFTP and HTTP `/assets`, so a boot storm reads each file from disk once and every transfer
//! copies its blocks out of one shared [`Bytes`] instead of doing a thread-pool hop per block.
//!
//! - Keyed by the resolved path; an entry is valid only while the file's identity
//!   ([`FileKey`]: size, mtime, ctime, inode, device) is unchanged, so an edit in place or a
//!   replacement by rename is picked up at the next request (one `stat` per request, never
//!   per block).
//! - Bounded: files larger than `max_file` are never cached (served from disk as before);
//!   the cached total stays ≤ `max_total`, least recently used entries are evicted first.
//!   A transfer in progress keeps its `Bytes` alive after an eviction; that memory is bounded
//!   by the transfers in flight, not by the cache.
//! - Loads are serialised (one loader at a time, re-checking the map after taking the
//!   loader lock), so 200 clients asking for the same cold file read it once, not 200 times.

use std::collections::HashMap;
use std::io::{self, Read};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use bytes::Bytes;

/// Default cap on the bytes held by the cache.
pub const DEFAULT_MAX_TOTAL: u64 = 48 * 1024 * 1024;
/// Default cap on one cached file; larger files are served from disk.
pub const DEFAULT_MAX_FILE: u64 = 16 * 1024 * 1024;

/// What identifies one version of a file: any edit changes at least one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileKey {
    pub len: u64,
    pub mtime_ns: i128,
    pub ctime_ns: i128,
    pub ino: u64,
    pub dev: u64,
}

impl FileKey {
    pub fn of(meta: &std::fs::Metadata) -> FileKey {
        FileKey {
            len: meta.len(),
            mtime_ns: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
            ctime_ns: i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
            ino: meta.ino(),
            dev: meta.dev(),
        }
    }
}

/// A file opened for sending: its whole content from memory, or the open file when it is too
/// big to cache.
#[derive(Debug)]
pub enum Opened {
    Memory(Bytes),
    Disk(std::fs::File, u64),
}

impl Opened {
    pub fn len(&self) -> u64 {
        match self {
            Opened::Memory(b) => b.len() as u64,
            Opened::Disk(_, len) => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Counters for `/metrics` and the bench.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct HotStats {
    pub hits: u64,
    pub misses: u64,
    pub evictions: u64,
    pub entries: u64,
    pub bytes: u64,
}

#[derive(Debug)]
struct Entry {
    key: FileKey,
    data: Bytes,
    last_used: u64,
}

/// The pure part: a byte-bounded LRU map from path to (key, bytes). No I/O.
#[derive(Debug)]
pub struct LruBytes {
    map: HashMap<PathBuf, Entry>,
    total: u64,
    tick: u64,
    max_total: u64,
    max_file: u64,
    stats: HotStats,
}

impl LruBytes {
    pub fn new(max_total: u64, max_file: u64) -> LruBytes {
        LruBytes {
            map: HashMap::new(),
            total: 0,
            tick: 0,
            max_total,
            max_file: max_file.min(max_total),
            stats: HotStats::default(),
        }
    }

    /// Whether a file of `len` bytes may be cached at all.
    pub fn admits(&self, len: u64) -> bool {
        len <= self.max_file
    }

    /// The cached content of `path` if it is still `key`; a stale entry is dropped.
    pub fn get(&mut self, path: &Path, key: &FileKey) -> Option<Bytes> {
        self.tick += 1;
        let tick = self.tick;
        match self.map.get_mut(path) {
            Some(e) if e.key == *key => {
                e.last_used = tick;
                self.stats.hits += 1;
                Some(e.data.clone())
            }
            Some(_) => {
                if let Some(stale) = self.map.remove(path) {
                    self.total -= stale.data.len() as u64;
                }
                self.stats.misses += 1;
                None
            }
            None => {
                self.stats.misses += 1;
                None
            }
        }
    }

    /// Caches `data` as `path`'s content at `key`, evicting least recently used entries to
    /// stay within the cap. Returns false (and caches nothing) if the file is too big.
    pub fn insert(&mut self, path: PathBuf, key: FileKey, data: Bytes) -> bool {
        let len = data.len() as u64;
        if !self.admits(len) {
            return false;
        }
        if let Some(old) = self.map.remove(&path) {
            self.total -= old.data.len() as u64;
        }
        while self.total + len > self.max_total {
            let Some(victim) = self
                .map
                .iter()
                .min_by_key(|(_, e)| e.last_used)
                .map(|(p, _)| p.clone())
            else {
                break;
            };
            if let Some(e) = self.map.remove(&victim) {
                self.total -= e.data.len() as u64;
                self.stats.evictions += 1;
            }
        }
        self.tick += 1;
        self.total += len;
        self.map.insert(
            path,
            Entry {
                key,
                data,
                last_used: self.tick,
            },
        );
        true
    }

    pub fn stats(&self) -> HotStats {
        HotStats {
            entries: self.map.len() as u64,
            bytes: self.total,
            ..self.stats
        }
    }
}

/// The cache with its file I/O. All methods block (stat, read): call them from a blocking
/// thread.
#[derive(Debug)]
pub struct HotFiles {
    lru: Mutex<LruBytes>,
    /// Held while a file is read from disk into the cache (see the module docs).
    loader: Mutex<()>,
}

impl Default for HotFiles {
    fn default() -> Self {
        HotFiles::new(DEFAULT_MAX_TOTAL, DEFAULT_MAX_FILE)
    }
}

impl HotFiles {
    pub fn new(max_total: u64, max_file: u64) -> HotFiles {
        HotFiles {
            lru: Mutex::new(LruBytes::new(max_total, max_file)),
            loader: Mutex::new(()),
        }
    }

    fn lru(&self) -> std::sync::MutexGuard<'_, LruBytes> {
        self.lru.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn stats(&self) -> HotStats {
        self.lru().stats()
    }

    /// Opens `path` (already resolved and checked by [`crate::boot::files`]) for sending.
    pub fn open(&self, path: &Path) -> io::Result<Opened> {
        let meta = std::fs::metadata(path)?;
        if !meta.is_file() {
            return Err(io::ErrorKind::NotFound.into());
        }
        let key = FileKey::of(&meta);
        if let Some(data) = self.lru().get(path, &key) {
            return Ok(Opened::Memory(data));
        }
        if !self.lru().admits(key.len) {
            let file = std::fs::File::open(path)?;
            let len = file.metadata()?.len();
            return Ok(Opened::Disk(file, len));
        }
        let _loading = self.loader.lock().unwrap_or_else(|p| p.into_inner());
        // Another request may have loaded it while this one waited for the loader.
        let meta = std::fs::metadata(path)?;
        let key = FileKey::of(&meta);
        if let Some(data) = self.lru().get(path, &key) {
            return Ok(Opened::Memory(data));
        }
        let mut file = std::fs::File::open(path)?;
        let opened_key = FileKey::of(&file.metadata()?);
        let mut buf = Vec::with_capacity(usize::try_from(opened_key.len).unwrap_or(0));
        file.read_to_end(&mut buf)?;
        let data = Bytes::from(buf);
        // Cache only what was read from an unchanged file; a file being written is sent as
        // read but re-read next time.
        let after = FileKey::of(&file.metadata()?);
        if after == opened_key && data.len() as u64 == after.len {
            self.lru().insert(path.to_path_buf(), after, data.clone());
        }
        Ok(Opened::Memory(data))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(len: u64, mtime: i128) -> FileKey {
        FileKey {
            len,
            mtime_ns: mtime,
            ctime_ns: mtime,
            ino: 1,
            dev: 1,
        }
    }

    #[test]
    fn hit_requires_the_same_key_and_a_stale_entry_is_dropped() {
        let mut lru = LruBytes::new(100, 100);
        let p = PathBuf::from("/a");
        assert!(lru.insert(p.clone(), key(3, 1), Bytes::from_static(b"abc")));
        assert_eq!(lru.get(&p, &key(3, 1)).as_deref(), Some(&b"abc"[..]));
        assert!(lru.get(&p, &key(3, 2)).is_none(), "changed mtime misses");
        assert_eq!(lru.stats().entries, 0, "stale entry dropped");
        assert_eq!(lru.stats().bytes, 0);
        assert_eq!(lru.stats().hits, 1);
        assert_eq!(lru.stats().misses, 1);
    }

    #[test]
    fn total_stays_within_the_cap_evicting_least_recently_used() {
        let mut lru = LruBytes::new(10, 10);
        let (a, b, c) = (
            PathBuf::from("/a"),
            PathBuf::from("/b"),
            PathBuf::from("/c"),
        );
        lru.insert(a.clone(), key(4, 0), Bytes::from(vec![0; 4]));
        lru.insert(b.clone(), key(4, 0), Bytes::from(vec![0; 4]));
        // Touch a: b becomes the least recently used.
        assert!(lru.get(&a, &key(4, 0)).is_some());
        lru.insert(c.clone(), key(4, 0), Bytes::from(vec![0; 4]));
        assert!(lru.get(&b, &key(4, 0)).is_none(), "b evicted");
        assert!(lru.get(&a, &key(4, 0)).is_some());
        assert!(lru.get(&c, &key(4, 0)).is_some());
        let s = lru.stats();
        assert_eq!((s.entries, s.bytes, s.evictions), (2, 8, 1));
    }

    #[test]
    fn files_above_the_per_file_cap_are_not_cached() {
        let mut lru = LruBytes::new(100, 5);
        assert!(!lru.insert(PathBuf::from("/big"), key(6, 0), Bytes::from(vec![0; 6])));
        assert_eq!(lru.stats().bytes, 0);
        // Replacing an entry does not count it twice.
        assert!(lru.insert(PathBuf::from("/x"), key(5, 0), Bytes::from(vec![0; 5])));
        assert!(lru.insert(PathBuf::from("/x"), key(5, 1), Bytes::from(vec![1; 5])));
        assert_eq!(lru.stats().bytes, 5);
    }

    #[test]
    fn open_serves_from_memory_and_sees_edits() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"one").unwrap();
        let hot = HotFiles::new(1000, 1000);
        let Opened::Memory(first) = hot.open(&p).unwrap() else {
            panic!("small file not cached")
        };
        assert_eq!(&first[..], b"one");
        let Opened::Memory(again) = hot.open(&p).unwrap() else {
            panic!()
        };
        assert_eq!(
            again.as_ptr(),
            first.as_ptr(),
            "second open shares the bytes"
        );
        assert_eq!(hot.stats().hits, 1);
        // Same size, new content: the mtime/ctime change is seen.
        std::thread::sleep(std::time::Duration::from_millis(5));
        std::fs::write(&p, b"two").unwrap();
        let Opened::Memory(edited) = hot.open(&p).unwrap() else {
            panic!()
        };
        assert_eq!(&edited[..], b"two");
        // Replaced by rename (new inode).
        let tmp = dir.path().join("tmp");
        std::fs::write(&tmp, b"three").unwrap();
        std::fs::rename(&tmp, &p).unwrap();
        let Opened::Memory(renamed) = hot.open(&p).unwrap() else {
            panic!()
        };
        assert_eq!(&renamed[..], b"three");
    }

    #[test]
    fn open_sends_big_files_from_disk() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        std::fs::write(&p, vec![7u8; 64]).unwrap();
        let hot = HotFiles::new(1000, 10);
        match hot.open(&p).unwrap() {
            Opened::Disk(_, len) => assert_eq!(len, 64),
            Opened::Memory(_) => panic!("file above max_file cached"),
        }
        assert_eq!(hot.stats().bytes, 0);
        assert!(hot.open(&dir.path().join("missing")).is_err());
        assert!(hot.open(dir.path()).is_err(), "a directory is not a file");
    }
}
