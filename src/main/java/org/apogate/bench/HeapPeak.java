package org.apogate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap in use during a task: resets every heap pool's peak, then sums the pools' peaks after.
 * The sum over-states the true simultaneous peak slightly (pools peak at different moments), which
 * errs on the safe side for a memory bound.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Collects garbage first so the peak reflects the task, not leftovers of earlier ones. */
    @SuppressWarnings("java:S1215")
    static void settle() {
        System.gc();
    }
}
