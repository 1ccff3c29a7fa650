package org.apogate.report;

/**
 * Square 2-D event histogram over two axes' ranges. Out-of-range values land in the edge bins (as
 * cytometry software shows them); NaN events are skipped. Events can be added block by block.
 */
final class Histogram2D {
    private final int bins;
    private final double xMin;
    private final double xScale;
    private final double yMin;
    private final double yScale;
    private final int[] counts;
    private long events;

    Histogram2D(Axis x, Axis y, int bins) {
        if (bins < 2 || bins > 4096) {
            throw new IllegalArgumentException("bins must be 2..4096, got " + bins);
        }
        this.bins = bins;
        this.xMin = x.min();
        this.xScale = bins / (x.max() - x.min());
        this.yMin = y.min();
        this.yScale = bins / (y.max() - y.min());
        this.counts = new int[bins * bins];
    }

    /** Adds the first {@code n} events of x/y. */
    void add(double[] x, double[] y, int n) {
        if (n < 0 || n > x.length || n > y.length) {
            throw new IllegalArgumentException("event count " + n + " exceeds x (" + x.length + ") or y ("
                    + y.length + ") values");
        }
        int last = bins - 1;
        for (int i = 0; i < n; i++) {
            double xv = x[i];
            double yv = y[i];
            if (Double.isNaN(xv) || Double.isNaN(yv)) {
                continue;
            }
            int bx = clamp((xv - xMin) * xScale, last);
            int by = clamp((yv - yMin) * yScale, last);
            if (counts[by * bins + bx] < Integer.MAX_VALUE) {
                counts[by * bins + bx]++;
            }
            events++;
        }
    }

    private static int clamp(double position, int last) {
        if (position <= 0) {
            return 0;
        }
        return position >= last ? last : (int) position;
    }

    int bins() {
        return bins;
    }

    /** Count of bin (bx, by), by = 0 at the bottom of the plot. */
    int count(int bx, int by) {
        return counts[by * bins + bx];
    }

    int max() {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    long events() {
        return events;
    }
}
