package org.apogate.auto;

import java.util.Arrays;

/** Quantiles, median and MAD on the first n finite values of an array (never modifies the input). */
final class RobustStats {
    private RobustStats() {
    }

    /** Sorted copy of the finite values among {@code values[0..n)}. */
    static double[] sortedFinite(double[] values, int n) {
        checkLength(values, n, "values");
        double[] s = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(values[i])) {
                s[m++] = values[i];
            }
        }
        s = Arrays.copyOf(s, m);
        Arrays.sort(s);
        return s;
    }

    /** Fails with a one-line message (not an index or null-pointer error) when n does not fit the array. */
    static void checkLength(double[] values, int n, String what) {
        if (values == null) {
            throw new AutoGatingException(what + ": no array given (expected " + n + " values)");
        }
        if (n < 0 || n > values.length) {
            throw new AutoGatingException(what + ": asked for " + n + " values but the array holds " + values.length);
        }
    }

    /** Linear-interpolated quantile (type 7) of a sorted array; p in [0, 1]. */
    static double quantileSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * Math.min(1.0, Math.max(0.0, p));
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static double median(double[] sorted) {
        return quantileSorted(sorted, 0.5);
    }

    /** Median absolute deviation scaled to a normal sd (x 1.4826). */
    static double madSd(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double med = median(sorted);
        double[] dev = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            dev[i] = Math.abs(sorted[i] - med);
        }
        Arrays.sort(dev);
        return 1.4826 * quantileSorted(dev, 0.5);
    }
}
