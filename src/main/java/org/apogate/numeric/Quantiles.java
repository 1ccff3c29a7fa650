package org.apogate.numeric;

/** Quantiles of already sorted values. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * Hyndman &amp; Fan type 7 (R's and NumPy's default): with {@code h = (n - 1) p}, the value at
     * {@code floor(h)} plus the fraction of the way to the next one. {@code p} is clamped to [0, 1];
     * NaN for no values.
     */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * Math.min(1.0, Math.max(0.0, p));
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
