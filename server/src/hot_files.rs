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
//! - HTTP sends files too big to cache from a descriptor kept open between requests
//!   ([`HotFiles::open_to_send`]; at most [`MAX_OPEN_LARGE`], each valid while the file's
//!   [`FileKey`] is unchanged, read only at offsets), so a ranged read of a kernel or an
//!   initrd costs one `stat` before its `sendfile`, as a cached file's does.

use std::collections::HashMap;
use std::io::{self, Read};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use bytes::Bytes;

/// Default cap on the bytes held by the cache.
pub const DEFAULT_MAX_TOTAL: u64 = 16 * 1024 * 1024;
/// Default cap on one cached file; larger files are served from disk. Boot loaders (iPXE,
/// ~1 MiB) fit, which TFTP sends block by block; kernels and initrds go over HTTP from a kept
/// descriptor with `sendfile`, where the kernel's page cache holds them instead of our heap
/// (a 4 MiB kernel and a 16 MiB initrd cached put 20 MiB on the chain storm's peak RSS).
pub const DEFAULT_MAX_FILE: u64 = 2 * 1024 * 1024;

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

/// A file opened for HTTP: from memory, or too big to cache and shared with other requests
/// (read only with `pread` and `sendfile` at explicit offsets, never through its position).
#[derive(Debug)]
pub enum Sendable {
    Memory(Bytes),
    File(Arc<std::fs::File>, u64),
}

/// Descriptors of files too big for memory that HTTP keeps open.
pub const MAX_OPEN_LARGE: usize = 64;

/// The pure part of the large-file descriptors: path to (key, descriptor), least recently
/// used dropped beyond [`MAX_OPEN_LARGE`]. Generic over the descriptor so it is tested
/// without files.
#[derive(Debug)]
struct OpenLarge<F> {
    map: HashMap<PathBuf, (FileKey, Arc<F>, u64)>,
    tick: u64,
}

impl<F> Default for OpenLarge<F> {
    fn default() -> Self {
        OpenLarge {
            map: HashMap::new(),
            tick: 0,
        }
    }
}

impl<F> OpenLarge<F> {
    /// The descriptor kept for `path` if the file is still `key`; a stale one is dropped.
    fn get(&mut self, path: &Path, key: &FileKey) -> Option<Arc<F>> {
        self.tick += 1;
        match self.map.get_mut(path) {
            Some((k, file, used)) if k == key => {
                *used = self.tick;
                Some(file.clone())
            }
            Some(_) => {
                self.map.remove(path);
                None
            }
            None => None,
        }
    }

    fn insert(&mut self, path: PathBuf, key: FileKey, file: Arc<F>) {
        if !self.map.contains_key(&path) && self.map.len() >= MAX_OPEN_LARGE {
            if let Some(victim) = self
                .map
                .iter()
                .min_by_key(|(_, (_, _, used))| *used)
                .map(|(p, _)| p.clone())
            {
                self.map.remove(&victim);
            }
        }
        self.tick += 1;
        self.map.insert(path, (key, file, self.tick));
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
    large: Mutex<OpenLarge<std::fs::File>>,
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
            large: Mutex::default(),
        }
    }

    fn lru(&self) -> std::sync::MutexGuard<'_, LruBytes> {
        self.lru.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn stats(&self) -> HotStats {
        self.lru().stats()
    }

    /// Opens `path` (already resolved and checked by [`crate::boot::files`]) for HTTP: from
    /// memory, or a file too big for it from a descriptor shared with other requests.
    pub fn open_to_send(&self, path: &Path) -> io::Result<Sendable> {
        let key = file_key(path)?;
        if self.lru().admits(key.len) {
            return Ok(match self.open_at(path, key)? {
                Opened::Memory(data) => Sendable::Memory(data),
                Opened::Disk(file, len) => Sendable::File(Arc::new(file), len),
            });
        }
        let mut large = self.large.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(file) = large.get(path, &key) {
            return Ok(Sendable::File(file, key.len));
        }
        drop(large);
        let file = std::fs::File::open(path)?;
        let opened = FileKey::of(&file.metadata()?);
        let file = Arc::new(file);
        // Kept only when what was opened is what was stat'ed (not replaced in between).
        if opened == key {
            self.large.lock().unwrap_or_else(|p| p.into_inner()).insert(
                path.to_path_buf(),
                key,
                file.clone(),
            );
        }
        Ok(Sendable::File(file, opened.len))
    }

    /// Opens `path` (already resolved and checked by [`crate::boot::files`]) for sending
    /// from a descriptor of its own when it is too big to cache (TFTP reads it in order).
    pub fn open(&self, path: &Path) -> io::Result<Opened> {
        self.open_at(path, file_key(path)?)
    }

    /// [`HotFiles::open`] of `path`, stat'ed as `key`.
    fn open_at(&self, path: &Path, key: FileKey) -> io::Result<Opened> {
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

/// `path`'s identity now; a directory or other non-file is not found.
fn file_key(path: &Path) -> io::Result<FileKey> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(io::ErrorKind::NotFound.into());
    }
    Ok(FileKey::of(&meta))
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
    fn large_descriptors_are_kept_per_version_and_bounded() {
        let mut open = OpenLarge::<u32>::default();
        let p = PathBuf::from("/initrd");
        open.insert(p.clone(), key(100, 1), Arc::new(1));
        assert_eq!(open.get(&p, &key(100, 1)).as_deref(), Some(&1));
        assert!(
            open.get(&p, &key(100, 2)).is_none(),
            "another version misses"
        );
        assert!(
            open.get(&p, &key(100, 1)).is_none(),
            "and the stale one is gone"
        );
        for n in 0..MAX_OPEN_LARGE as u32 + 10 {
            open.insert(PathBuf::from(format!("/f{n}")), key(100, 1), Arc::new(n));
            // /f0 stays the most recently used.
            assert!(open.get(&PathBuf::from("/f0"), &key(100, 1)).is_some());
        }
        assert_eq!(open.map.len(), MAX_OPEN_LARGE);
        assert!(
            open.get(&PathBuf::from("/f1"), &key(100, 1)).is_none(),
            "oldest dropped"
        );
        assert!(open.get(&PathBuf::from("/f0"), &key(100, 1)).is_some());
    }

    #[test]
    fn http_shares_a_big_files_descriptor_until_the_file_changes() {
        use std::os::unix::fs::FileExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("initrd");
        std::fs::write(&p, vec![1u8; 64]).unwrap();
        let hot = HotFiles::new(1000, 10);
        let open = |hot: &HotFiles| match hot.open_to_send(&p).unwrap() {
            Sendable::File(f, len) => (f, len),
            Sendable::Memory(_) => panic!("file above max_file cached"),
        };
        let (first, len) = open(&hot);
        let (again, _) = open(&hot);
        assert_eq!(len, 64);
        assert!(
            Arc::ptr_eq(&first, &again),
            "the second request reuses the descriptor"
        );
        // Replaced by rename: a new descriptor with the new content.
        let tmp = dir.path().join("tmp");
        std::fs::write(&tmp, vec![2u8; 80]).unwrap();
        std::fs::rename(&tmp, &p).unwrap();
        let (renamed, len) = open(&hot);
        assert!(!Arc::ptr_eq(&first, &renamed));
        let mut byte = [0u8; 1];
        renamed.read_exact_at(&mut byte, 79).unwrap();
        assert_eq!((len, byte[0]), (80, 2));
        std::fs::remove_file(&p).unwrap();
        assert!(
            hot.open_to_send(&p).is_err(),
            "a deleted file is not served"
        );
        // Small files come from memory as for TFTP.
        let small = dir.path().join("small");
        std::fs::write(&small, b"abc").unwrap();
        assert!(matches!(
            hot.open_to_send(&small).unwrap(),
            Sendable::Memory(_)
        ));
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
