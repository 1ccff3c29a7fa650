package org.apogate.gating;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Collects one membership bit per event, block by block, straight into 64-bit words: far cheaper
 * per event than {@link BitSet#set(int)}, which the evaluator would otherwise call millions of times.
 */
final class MaskBuilder {
    private long[] words = new long[1024];

    /** Sets bit {@code offset + i} for every {@code i < n} with {@code inside[i]}. */
    void add(long offset, boolean[] inside, int n) {
        long end = offset + n;
        int needed = (int) ((end + 63) >>> 6);
        if (needed > words.length) {
            words = Arrays.copyOf(words, Math.max(needed, words.length * 2));
        }
        long[] w = words;
        int i = 0;
        // Leading bits up to a word boundary, then whole words, then the tail.
        long pos = offset;
        while (i < n && (pos & 63) != 0) {
            if (inside[i]) {
                w[(int) (pos >>> 6)] |= 1L << pos;
            }
            i++;
            pos++;
        }
        while (n - i >= 64) {
            long word = 0;
            for (int b = 0; b < 64; b++) {
                word |= (inside[i + b] ? 1L : 0L) << b;
            }
            w[(int) (pos >>> 6)] = word;
            i += 64;
            pos += 64;
        }
        while (i < n) {
            if (inside[i]) {
                w[(int) (pos >>> 6)] |= 1L << pos;
            }
            i++;
            pos++;
        }
    }

    BitSet toBitSet() {
        return BitSet.valueOf(words);
    }
}
