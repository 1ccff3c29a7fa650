package org.apogate.bench;

import java.util.SplittableRandom;
import org.apogate.fcs.EventBlock;

/**
 * Turns values into unsigned integers below $PnR 262144 with random instrument flag bits set above
 * bit 18, as some cytometers write them: only a reader that masks with $PnR recovers the value.
 */
final class FlagBits {
    private static final int FLAG_BITS = 14;
    private final SplittableRandom random;

    FlagBits(long seed) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    void apply(EventBlock block, int n) {
        for (int c = 0; c < block.channels(); c++) {
            double[] col = block.column(c);
            for (int i = 0; i < n; i++) {
                long value = Math.max(0, Math.min(BenchLayout.INT_MASK, Math.round(col[i])));
                long flags = 1 + random.nextInt((1 << FLAG_BITS) - 1);
                col[i] = (double) ((flags << 18) | value);
            }
        }
    }
}
