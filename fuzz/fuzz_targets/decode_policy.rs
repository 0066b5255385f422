//! libFuzzer entry point: every input is a short sequence of datagrams for one server.
#![no_main]

use std::sync::Once;

static QUIET_CAUGHT_PANICS: Once = Once::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // libfuzzer-sys aborts in its panic hook, before unwinding, so even a panic the codec
    // catches by design (its `catch_unwind` around dhcproto) would count as a crash. Without
    // the hook, only a panic that escapes `exercise` aborts (libfuzzer-sys's own catch).
    QUIET_CAUGHT_PANICS.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let _ = bootforge_fuzz::exercise(data);
});
