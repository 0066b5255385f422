//! libFuzzer entry point: every input is a short sequence of datagrams for one server.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = bootforge_fuzz::exercise(data);
});
