package org.apogate.bench;

import java.util.Arrays;

/** Measured durations of one case: median and minimum in nanoseconds, and how many were taken. */
record Timing(long medianNanos, long minNanos, int samples) {

    static Timing of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Timing(median, sorted[0], n);
    }

    double medianSeconds() {
        return medianNanos / 1e9;
    }

    double minSeconds() {
        return minNanos / 1e9;
    }

    double medianMillis() {
        return medianNanos / 1e6;
    }

    double minMillis() {
        return minNanos / 1e6;
    }
}
