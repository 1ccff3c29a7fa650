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

    /** {min, max} of the finite values among {@code values[0..n)}, or null when there are none. */
    static double[] finiteRange(double[] values, int n) {
        checkLength(values, n, "values");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean any = false;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                any = true;
            }
        }
        return any ? new double[] {min, max} : null;
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
        return org.apogate.numeric.Quantiles.type7(sorted, p);
    }

    static double median(double[] sorted) {
        return quantileSorted(sorted, 0.5);
    }

    /**
     * Median absolute deviation scaled to a normal sd (x 1.4826). The deviations of a sorted array
     * from its median are two ascending runs (walking left and right from the median), so they are
     * merged up to the middle instead of sorted: O(n), and the same value as sorting them.
     */
    static double madSd(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        double med = median(sorted);
        double h = (n - 1) * 0.5;
        int lo = (int) Math.floor(h);
        int hi = Math.min(n - 1, lo + 1);
        int right = lowerBound(sorted, med);
        int left = right - 1;
        double atLo = 0;
        double atHi = 0;
        for (int rank = 0; rank <= hi; rank++) {
            double d;
            if (right < n && (left < 0 || sorted[right] - med <= med - sorted[left])) {
                d = sorted[right++] - med;
            } else {
                d = med - sorted[left--];
            }
            if (rank == lo) {
                atLo = d;
            }
            atHi = d;
        }
        return 1.4826 * (atLo + (h - lo) * (atHi - atLo));
    }

    /** First index whose value is >= v in a sorted array (length if none). */
    static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
