//! One bit per address of a pool range (set = held), with summary levels above it (a bit per
//! word below: set = that word is all held), so the first free offset at or after any cursor
//! is found with a few word scans per level, however full the range is. The cost is fixed by
//! the range's size (1 bit per address, ~1/63 more for the summaries), never by how many
//! leases or holes there are; untouched words stay zero pages the kernel has not handed out.

#[derive(Debug, Clone)]
pub struct HeldBits {
    /// Offsets `0..len`.
    len: u64,
    /// `levels[0]`: a bit per offset; `levels[k + 1]`: a bit per word of `levels[k]`. Bits past
    /// the end of a level are set, so they never look free. The last level is one word.
    levels: Vec<Vec<u64>>,
}

const ALL: u64 = u64::MAX;

impl HeldBits {
    /// `len` offsets, all free.
    pub fn new(len: u64) -> HeldBits {
        let mut levels = Vec::new();
        let mut bits = len.max(1);
        loop {
            let words = bits.div_ceil(64);
            let mut level = vec![0u64; words as usize];
            let tail = bits % 64;
            if tail != 0 {
                level[words as usize - 1] = ALL << tail;
            }
            levels.push(level);
            if words == 1 {
                break;
            }
            bits = words;
        }
        let mut held = HeldBits { len, levels };
        if len == 0 {
            held.set(0);
        }
        held
    }

    pub fn is_held(&self, off: u64) -> bool {
        off >= self.len || self.levels[0][(off / 64) as usize] & (1 << (off % 64)) != 0
    }

    /// Mark `off` held (no-op if it is).
    pub fn set(&mut self, off: u64) {
        let mut pos = off;
        for level in &mut self.levels {
            let w = &mut level[(pos / 64) as usize];
            *w |= 1 << (pos % 64);
            if *w != ALL {
                return;
            }
            pos /= 64;
        }
    }

    /// Mark `off` free (no-op if it is).
    pub fn clear(&mut self, off: u64) {
        if off >= self.len {
            return;
        }
        let mut pos = off;
        for level in &mut self.levels {
            let w = &mut level[(pos / 64) as usize];
            let was_full = *w == ALL;
            *w &= !(1 << (pos % 64));
            if !was_full {
                return;
            }
            pos /= 64;
        }
    }

    /// The first free offset `>= from`, if any (no wrap-around).
    pub fn next_free(&self, from: u64) -> Option<u64> {
        if from >= self.len {
            return None;
        }
        // Up: the first level whose word at the cursor has a free bit at or after it.
        let mut level = 0;
        let mut pos = from;
        let found = loop {
            let words = self.levels.get(level)?;
            let w = (pos / 64) as usize;
            let free = !*words.get(w)? & (ALL << (pos % 64));
            if free != 0 {
                break w as u64 * 64 + u64::from(free.trailing_zeros());
            }
            // Nothing here: the next word of this level is the next bit one level up.
            pos = w as u64 + 1;
            level += 1;
        };
        // Down: a free summary bit means a word below with a free bit; take its first one.
        let mut pos = found;
        while level > 0 {
            level -= 1;
            let free = !self.levels[level][pos as usize];
            pos = pos * 64 + u64::from(free.trailing_zeros());
        }
        Some(pos)
    }

    /// True when no offset is free.
    pub fn is_full(&self) -> bool {
        self.levels.last().is_some_and(|top| top[0] == ALL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_free_finds_the_first_free_offset_at_any_fill_and_size() {
        for len in [1u64, 2, 63, 64, 65, 127, 4095, 4096, 4097, 70_000] {
            let mut b = HeldBits::new(len);
            let mut naive = vec![false; len as usize];
            let mut x = len.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
            for step in 0..3000u64 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let off = x % len;
                // Mostly fill, sometimes free, so full words and full summaries both occur.
                if x % 5 == 0 {
                    b.clear(off);
                    naive[off as usize] = false;
                } else {
                    b.set(off);
                    naive[off as usize] = true;
                }
                let from = (x >> 20) % len;
                let want = (from..len).find(|o| !naive[*o as usize]);
                assert_eq!(b.next_free(from), want, "len {len} step {step} from {from}");
                assert_eq!(b.is_held(off), naive[off as usize]);
                assert_eq!(
                    b.is_full(),
                    naive.iter().all(|h| *h),
                    "len {len} step {step}"
                );
            }
        }
    }

    #[test]
    fn a_completely_held_range_is_full_and_one_clear_frees_exactly_that_offset() {
        let len = 64 * 64 * 3 + 5;
        let mut b = HeldBits::new(len);
        for off in 0..len {
            b.set(off);
        }
        assert!(b.is_full());
        assert_eq!(b.next_free(0), None);
        b.clear(9000);
        assert!(!b.is_full());
        assert_eq!(b.next_free(0), Some(9000));
        assert_eq!(b.next_free(9001), None);
        assert_eq!(HeldBits::new(0).next_free(0), None);
        assert!(HeldBits::new(0).is_full());
    }
}
