package org.apogate.compensation;

import java.util.Arrays;

/** Small helpers for column arrays: copies and order statistics (medians, percentiles). */
final class Columns {
    private Columns() {
    }

    static double[][] copy(double[][] columns) {
        double[][] c = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            c[i] = columns[i].clone();
        }
        return c;
    }

    /** Percentile {@code q} in [0, 100] of the first {@code n} values, linear between order statistics. */
    static double percentile(double[] values, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return sortedPercentile(sorted, q);
    }

    static double sortedPercentile(double[] sorted, double q) {
        return org.apogate.numeric.Quantiles.type7(sorted, q / 100.0);
    }

    static double median(double[] values, int n) {
        return percentile(values, n, 50);
    }
}
