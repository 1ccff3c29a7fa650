package org.apogate.auto;

import java.util.ArrayList;
import java.util.List;

/**
 * Acquisition QC on the Time channel: streams time values into a fine histogram whose bin width
 * doubles when a value exceeds it (so $PnR need not be right), then compares event counts per
 * coarse bin with the median rate. Clogs show as gaps (far too few events), bubbles and
 * restarts as bursts (far too many). Memory is constant whatever the event count.
 */
public final class TimeQc {
    private static final int FINE = 4096;
    /** A bin is anomalous when it departs from the median count by this many Poisson sds... */
    private static final double SIGMAS = 5;
    /** ...and by at least this factor (gap below 1/2, burst above 2x). */
    private static final double FACTOR = 2;

    private long[] counts = new long[FINE];
    private double width;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long events;

    /**
     * @param rangeHint expected largest time value (e.g. the Time channel's $PnR). Only a starting
     *                  point: the histogram starts at 1/64 of it and widens itself, so the data always
     *                  fill at least half of the fine bins whatever $PnR says.
     */
    public TimeQc(double rangeHint) {
        double hint = rangeHint > 0 && Double.isFinite(rangeHint) ? rangeHint : 1024;
        this.width = Math.max(1e-9, hint / 64 / FINE);
    }

    /** One kind of anomaly in one coarse bin. */
    public enum Kind { GAP, BURST }

    /** An anomalous coarse bin: time span, events seen and expected. */
    public record Anomaly(Kind kind, double start, double end, long count, double expected) {
    }

    /** Outcome: coarse bin count, median events per bin, the anomalies, and whether to flag. */
    public record Result(int bins, double medianCount, List<Anomaly> anomalies, boolean flagged) {
        public Result {
            anomalies = List.copyOf(anomalies);
        }
    }

    /** Adds time values {@code [0, n)}; negative and non-finite values are ignored. */
    public void add(double[] times, int n) {
        RobustStats.checkLength(times, n, "time values");
        for (int i = 0; i < n; i++) {
            double t = times[i];
            if (!(t >= 0) || !Double.isFinite(t)) {
                continue;
            }
            while (t >= width * FINE) {
                grow();
            }
            counts[(int) (t / width)]++;
            events++;
            if (t < min) {
                min = t;
            }
            if (t > max) {
                max = t;
            }
        }
    }

    /**
     * Adds another histogram of the same acquisition (e.g. the other half of the file, read by
     * another thread). Both started at the same bin width and only ever doubled it, so the merged
     * counts are exactly those of one histogram fed every value.
     */
    public void merge(TimeQc other) {
        if (other.events == 0) {
            return;
        }
        long[] theirs = other.counts.clone();
        double theirWidth = other.width;
        while (theirWidth < width) {
            long[] merged = new long[FINE];
            for (int i = 0; i < FINE; i++) {
                merged[i / 2] += theirs[i];
            }
            theirs = merged;
            theirWidth *= 2;
        }
        while (width < theirWidth) {
            grow();
        }
        for (int i = 0; i < FINE; i++) {
            counts[i] += theirs[i];
        }
        events += other.events;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private void grow() {
        long[] merged = new long[FINE];
        for (int i = 0; i < FINE; i++) {
            merged[i / 2] += counts[i];
        }
        counts = merged;
        width *= 2;
    }

    /** Evaluates with {@code bins} coarse bins over the observed time span (e.g. 100). */
    public Result result(int bins) {
        if (events < 100 || !(max > min)) {
            return new Result(0, 0, List.of(), false);
        }
        int first = (int) (min / width);
        int last = (int) (max / width);
        int span = last - first + 1;
        // Whole fine bins per coarse bin, so every coarse bin spans the same time; the last may be partial.
        int per = Math.max(1, (span + bins - 1) / Math.max(1, bins));
        int coarse = (span + per - 1) / per;
        long[] c = new long[coarse];
        for (int i = first; i <= last; i++) {
            c[(i - first) / per] += counts[i];
        }
        int full = span % per == 0 ? coarse : coarse - 1;
        double[] sorted = new double[Math.max(1, full)];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = c[i];
        }
        java.util.Arrays.sort(sorted);
        double median = RobustStats.median(sorted);
        List<Anomaly> anomalies = new ArrayList<>();
        double sd = Math.sqrt(Math.max(1, median));
        for (int i = 0; i < full; i++) {
            double start = (first + (double) i * per) * width;
            double end = (first + (double) (i + 1) * per) * width;
            boolean edge = i == 0 || i == full - 1;
            if (!edge && c[i] < median - SIGMAS * sd && c[i] < median / FACTOR) {
                anomalies.add(new Anomaly(Kind.GAP, start, end, c[i], median));
            } else if (c[i] > median + SIGMAS * sd && c[i] > median * FACTOR) {
                anomalies.add(new Anomaly(Kind.BURST, start, end, c[i], median));
            }
        }
        return new Result(coarse, median, anomalies, !anomalies.isEmpty());
    }

    public long events() {
        return events;
    }
}
