//! The process's open-files limit. Every TFTP transfer and HTTP connection is a descriptor,
//! and a shell's default soft limit (often 1 024) is far below what a storm needs, while the
//! hard limit is usually much higher: start-up raises the soft limit to the hard one, as Go's
//! runtime and nginx's `worker_rlimit_nofile` do. The systemd unit sets `LimitNOFILE`.

use nix::sys::resource::{getrlimit, setrlimit, Resource};

/// What is assumed when the limit cannot be read.
const ASSUMED: u64 = 1024;

/// Raise the soft `RLIMIT_NOFILE` to the hard limit; returns the soft limit now in force.
pub fn raise_to_hard_limit() -> u64 {
    let Ok((soft, hard)) = getrlimit(Resource::RLIMIT_NOFILE) else {
        return ASSUMED;
    };
    if soft < hard && setrlimit(Resource::RLIMIT_NOFILE, hard, hard).is_ok() {
        return hard;
    }
    soft
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_soft_limit_ends_at_the_hard_one() {
        let soft = raise_to_hard_limit();
        let (now_soft, now_hard) = getrlimit(Resource::RLIMIT_NOFILE).unwrap();
        assert_eq!(now_soft, now_hard);
        assert_eq!(soft, now_soft);
    }
}
