//! Whether anything in the scripts dir changed, without a `stat` per template per cached
//! script: an inotify watch on the dir (edits, creations, removals, renames, attribute
//! changes) and on its parent (the dir itself appearing, going or being replaced).
//!
//! The kernel queues an inotify event inside the syscall that made the change, so a
//! non-blocking read of the watch's descriptor before a cached script is served sees every
//! change made before the request: the guarantee of a `stat`, for one `read` that finds
//! nothing. The count of changes seen is what a cached script is compared with. When no
//! watch can be kept (no inotify, the parent missing, an overflowed queue being rebuilt)
//! the answer is `None` and callers fall back to `stat`ing their files.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use nix::errno::Errno;
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify, WatchDescriptor};

/// How long a dir that could not be watched is not tried again (meanwhile: `stat`s).
const RETRY: std::time::Duration = std::time::Duration::from_secs(1);

/// Follows one scripts dir (the configured one; a reload naming another dir moves it).
#[derive(Default)]
pub struct TemplateWatch {
    inner: Mutex<Option<Watched>>,
    /// The last dir that could not be watched, and when: not tried again for a second.
    failed: Mutex<Option<(PathBuf, std::time::Instant)>>,
}

struct Watched {
    dir: PathBuf,
    inotify: Inotify,
    /// The dir's own watch, if it exists; the parent's is always there.
    dir_watch: Option<WatchDescriptor>,
    parent_watch: WatchDescriptor,
    dir_name: Option<OsString>,
    /// Changes seen (never reset while this process runs; a new watch continues the count).
    changes: u64,
}

const DIR_EVENTS: AddWatchFlags = AddWatchFlags::IN_MODIFY
    .union(AddWatchFlags::IN_CLOSE_WRITE)
    .union(AddWatchFlags::IN_ATTRIB)
    .union(AddWatchFlags::IN_CREATE)
    .union(AddWatchFlags::IN_DELETE)
    .union(AddWatchFlags::IN_MOVED_FROM)
    .union(AddWatchFlags::IN_MOVED_TO)
    .union(AddWatchFlags::IN_DELETE_SELF)
    .union(AddWatchFlags::IN_MOVE_SELF)
    .union(AddWatchFlags::IN_DONT_FOLLOW);
const PARENT_EVENTS: AddWatchFlags = AddWatchFlags::IN_CREATE
    .union(AddWatchFlags::IN_DELETE)
    .union(AddWatchFlags::IN_MOVED_FROM)
    .union(AddWatchFlags::IN_MOVED_TO)
    .union(AddWatchFlags::IN_ATTRIB)
    .union(AddWatchFlags::IN_DELETE_SELF)
    .union(AddWatchFlags::IN_MOVE_SELF)
    .union(AddWatchFlags::IN_ONLYDIR);

impl Watched {
    fn new(dir: &Path, changes: u64) -> Option<Watched> {
        // A symlinked dir (or parent) can change where it points without an event here.
        if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return None;
        }
        let parent = dir.parent()?;
        let inotify = Inotify::init(InitFlags::IN_NONBLOCK | InitFlags::IN_CLOEXEC).ok()?;
        let parent_watch = inotify.add_watch(parent, PARENT_EVENTS).ok()?;
        let dir_watch = match inotify.add_watch(dir, DIR_EVENTS | AddWatchFlags::IN_ONLYDIR) {
            Ok(wd) => Some(wd),
            Err(Errno::ENOENT) => None,
            Err(_) => return None,
        };
        Some(Watched {
            dir: dir.to_path_buf(),
            inotify,
            dir_watch,
            parent_watch,
            dir_name: dir.file_name().map(OsString::from),
            changes,
        })
    }

    /// Drain the queue: `Ok(true)` if something changed, `Ok(false)` if nothing did,
    /// `Err(())` if the watch must be rebuilt (overflow, the dir replaced, a read error).
    fn drain(&mut self) -> Result<bool, ()> {
        let mut changed = false;
        loop {
            match self.inotify.read_events() {
                Ok(events) if events.is_empty() => return Ok(changed),
                Ok(events) => {
                    for e in events {
                        let about_dir =
                            e.wd == self.parent_watch && e.name.as_ref() == self.dir_name.as_ref();
                        if e.mask.intersects(
                            AddWatchFlags::IN_Q_OVERFLOW
                                | AddWatchFlags::IN_IGNORED
                                | AddWatchFlags::IN_DELETE_SELF
                                | AddWatchFlags::IN_MOVE_SELF,
                        ) || about_dir
                        {
                            return Err(());
                        }
                        if Some(e.wd) == self.dir_watch {
                            changed = true;
                        }
                    }
                }
                Err(Errno::EAGAIN) => return Ok(changed),
                Err(_) => return Err(()),
            }
        }
    }
}

impl TemplateWatch {
    /// The number of changes seen in `dir` so far, or `None` when it cannot be watched.
    /// Equal answers mean nothing in the dir changed in between (read it *before* the
    /// templates are read).
    pub fn changes(&self, dir: &Path) -> Option<u64> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let previous = inner.as_ref().map_or(0, |w| w.changes);
        let rebuild = match inner.as_mut() {
            Some(w) if w.dir == dir => match w.drain() {
                Ok(changed) => {
                    w.changes += u64::from(changed);
                    false
                }
                Err(()) => true,
            },
            _ => true,
        };
        if rebuild {
            let mut failed = self.failed.lock().unwrap_or_else(|e| e.into_inner());
            if failed
                .as_ref()
                .is_some_and(|(d, at)| d == dir && at.elapsed() < RETRY)
            {
                *inner = None;
                return None;
            }
            // A new watch counts as a change: what happened before it is unknown.
            *inner = Watched::new(dir, previous + 1);
            *failed = inner
                .is_none()
                .then(|| (dir.to_path_buf(), std::time::Instant::now()));
        }
        inner.as_ref().map(|w| w.changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_change_in_the_dir_is_seen_by_the_next_call() {
        let top = tempfile::tempdir().unwrap();
        let dir = top.path().join("boot-scripts");
        let watch = TemplateWatch::default();
        // The dir does not exist yet: watched through its parent.
        let a = watch.changes(&dir).expect("watchable");
        assert_eq!(watch.changes(&dir), Some(a), "nothing happened");
        std::fs::create_dir(&dir).unwrap();
        let b = watch.changes(&dir).unwrap();
        assert_ne!(b, a, "the dir appeared");
        assert_eq!(watch.changes(&dir), Some(b));
        let file = dir.join("install.ipxe");
        std::fs::write(&file, "#!ipxe\n").unwrap();
        let c = watch.changes(&dir).unwrap();
        assert_ne!(c, b, "a template dropped in");
        std::fs::write(&file, "#!ipxe\necho 2\n").unwrap();
        let d = watch.changes(&dir).unwrap();
        assert_ne!(d, c, "edited in place");
        let tmp = dir.join("install.ipxe.new");
        std::fs::write(&tmp, "#!ipxe\necho 3\n").unwrap();
        std::fs::rename(&tmp, &file).unwrap();
        let e = watch.changes(&dir).unwrap();
        assert_ne!(e, d, "replaced by a rename");
        std::fs::remove_file(&file).unwrap();
        let f = watch.changes(&dir).unwrap();
        assert_ne!(f, e, "removed");
        // Unrelated files next to the dir do not count.
        std::fs::write(top.path().join("bootforge.db-wal"), "x").unwrap();
        assert_eq!(watch.changes(&dir), Some(f));
        // The dir replaced: a change, and its new contents are watched.
        std::fs::rename(&dir, top.path().join("old")).unwrap();
        std::fs::create_dir(&dir).unwrap();
        let g = watch.changes(&dir).unwrap();
        assert_ne!(g, f);
        std::fs::write(&file, "#!ipxe\n").unwrap();
        assert_ne!(watch.changes(&dir).unwrap(), g);
    }

    #[test]
    fn a_symlinked_dir_is_not_watched() {
        let top = tempfile::tempdir().unwrap();
        std::fs::create_dir(top.path().join("real")).unwrap();
        let link = top.path().join("boot-scripts");
        std::os::unix::fs::symlink(top.path().join("real"), &link).unwrap();
        assert_eq!(TemplateWatch::default().changes(&link), None);
    }
}
