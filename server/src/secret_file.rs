//! Small secrets kept in the data dir (the server DUID and address key, the device-cookie
//! key, the TLS key): created once, mode 0600, written atomically so a crash mid-write
//! never leaves a truncated secret behind.

use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::Context;

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    getrandom::getrandom(&mut b).expect("the OS random source works");
    b
}

/// Read a hex file, or create it with `make` the first time.
pub fn load_or_create_hex(path: &Path, make: impl FnOnce() -> Vec<u8>) -> anyhow::Result<Vec<u8>> {
    match std::fs::read_to_string(path) {
        Ok(text) => hex::decode(text.trim())
            .with_context(|| format!("{}: not hex; delete it to regenerate", path.display())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let value = make();
            write_private(path, format!("{}\n", hex::encode(&value)).as_bytes())?;
            Ok(value)
        }
        Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
    }
}

/// Write `bytes` to `path` (mode 0600) through a synced temporary file and a rename.
pub fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .truncate(true)
            .write(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| format!("creating {}", tmp.display()))?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path).with_context(|| format!("renaming to {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_then_read_back_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let a = load_or_create_hex(&path, || vec![1, 2, 3]).unwrap();
        let b = load_or_create_hex(&path, || vec![9]).unwrap();
        assert_eq!(a, vec![1, 2, 3]);
        assert_eq!(a, b);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::write(&path, "zz").unwrap();
        assert!(load_or_create_hex(&path, Vec::new).is_err());
    }
}
