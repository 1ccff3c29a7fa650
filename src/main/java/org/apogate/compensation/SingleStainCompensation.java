package org.apogate.compensation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Computes a spillover matrix from single-stain control tubes, as a compensation wizard does. For
 * each control with primary detector p, its positive events are those brighter on p than the
 * {@code unstainedPercentile} of the unstained tube (or, without an unstained tube, than an Otsu split
 * of the control's own events on an asinh scale, the lower part then serving as negatives). Then for
 * every other detector d:
 *
 * <pre>  S[p][d] = (median_pos(d) - median_neg(d)) / (median_pos(p) - median_neg(p))</pre>
 *
 * Medians make this robust to the long tails of real populations. The diagonal is 1, and rows of
 * detectors without a control stay identity (with a warning). Too few positive events (fewer than
 * {@code minPositiveEvents}) or negative ones is a {@link CompensationException} naming the control.
 */
public final class SingleStainCompensation {
    public static final String SOURCE = "single-stain controls";
    public static final double DEFAULT_UNSTAINED_PERCENTILE = 99.5;
    public static final int DEFAULT_MIN_POSITIVE_EVENTS = 50;
    /** Scale of the asinh used to split a control into negatives and positives without an unstained tube. */
    private static final double SPLIT_COFACTOR = 150;
    private static final int SPLIT_BINS = 256;

    private final double unstainedPercentile;
    private final int minPositiveEvents;

    public SingleStainCompensation() {
        this(DEFAULT_UNSTAINED_PERCENTILE, DEFAULT_MIN_POSITIVE_EVENTS);
    }

    public SingleStainCompensation(double unstainedPercentile, int minPositiveEvents) {
        if (!(unstainedPercentile > 0 && unstainedPercentile < 100) || minPositiveEvents < 1) {
            throw new IllegalArgumentException("percentile must be in (0, 100) and minPositiveEvents >= 1");
        }
        this.unstainedPercentile = unstainedPercentile;
        this.minPositiveEvents = minPositiveEvents;
    }

    /** Uses each control's own negative events as the reference. */
    public SingleStainResult compute(List<String> detectors, List<SingleStainControl> controls) {
        return compute(detectors, controls, null);
    }

    /**
     * @param detectors the detectors (matrix channels), in the column order of every event array
     * @param controls  one per stained detector
     * @param unstained the unstained tube's events {@code [detector][event]}, or null
     */
    public SingleStainResult compute(List<String> detectors, List<SingleStainControl> controls, double[][] unstained) {
        int n = detectors.size();
        checkShapes(detectors, controls, unstained);
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            s[i][i] = 1.0;
        }
        List<SingleStainResult.Diagnostics> diagnostics = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        // the unstained tube's medians serve every control's row: one sort per detector, not per control
        double[] unstainedMedians = null;
        if (unstained != null) {
            unstainedMedians = new double[n];
            for (int d = 0; d < n; d++) {
                unstainedMedians[d] = Columns.median(unstained[d], unstained[d].length);
            }
        }
        for (SingleStainControl control : controls) {
            int p = detectors.indexOf(control.primaryDetector());
            if (!covered.add(p)) {
                throw new CompensationException(SOURCE + ": control " + Quoted.of(control.name())
                        + " is a second control for detector " + Quoted.of(control.primaryDetector())
                        + ": expected one control per detector");
            }
            diagnostics.add(estimateRow(control, p, unstained, unstainedMedians, s[p]));
        }
        for (int d = 0; d < n; d++) {
            if (!covered.contains(d)) {
                warnings.add(SOURCE + ": no control for detector " + Quoted.of(detectors.get(d))
                        + "; its row is left as no spill");
            }
        }
        return new SingleStainResult(new SpilloverMatrix(detectors, s, SOURCE), diagnostics, warnings);
    }

    private SingleStainResult.Diagnostics estimateRow(SingleStainControl control, int p, double[][] unstained,
                                                      double[] unstainedMedians, double[] row) {
        double[] primary = control.column(p);
        int events = primary.length;
        double threshold = unstained != null
                ? Columns.percentile(unstained[p], unstained[p].length, unstainedPercentile)
                : otsuThreshold(primary);
        boolean[] positive = new boolean[events];
        int positives = 0;
        for (int i = 0; i < events; i++) {
            positive[i] = primary[i] > threshold;
            positives += positive[i] ? 1 : 0;
        }
        int negatives = unstained != null ? unstained[p].length : events - positives;
        if (positives < minPositiveEvents) {
            throw new CompensationException(SOURCE + ": control " + Quoted.of(control.name()) + " has " + positives
                    + " events above " + String.format(Locale.ROOT, "%.4g", threshold) + " on "
                    + Quoted.of(control.primaryDetector()) + ": expected at least " + minPositiveEvents
                    + " positive events");
        }
        if (negatives < minPositiveEvents) {
            throw new CompensationException(SOURCE + ": control " + Quoted.of(control.name()) + " has only " + negatives
                    + " negative events: expected at least " + minPositiveEvents + " (or give an unstained control)");
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        double posPrimary = medianOf(primary, positive, true, pos);
        double negPrimary = unstained != null ? unstainedMedians[p] : medianOf(primary, positive, false, neg);
        double span = posPrimary - negPrimary;
        if (!(span > 0)) {
            throw new CompensationException(SOURCE + ": control " + Quoted.of(control.name()) + " positive median "
                    + posPrimary + " is not above the negative median " + negPrimary + " on "
                    + Quoted.of(control.primaryDetector()) + ": expected a brighter positive population");
        }
        for (int d = 0; d < row.length; d++) {
            if (d == p) {
                continue;
            }
            double[] column = control.column(d);
            double posD = medianOf(column, positive, true, pos);
            double negD = unstained != null ? unstainedMedians[d] : medianOf(column, positive, false, neg);
            row[d] = (posD - negD) / span;
        }
        return new SingleStainResult.Diagnostics(control.name(), control.primaryDetector(), threshold, positives,
                negatives, unstained != null, posPrimary, negPrimary);
    }

    /** Median of {@code values} over events whose flag equals {@code wanted}, using {@code scratch} (sized to that count). */
    private static double medianOf(double[] values, boolean[] flag, boolean wanted, double[] scratch) {
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (flag[i] == wanted) {
                scratch[k++] = values[i];
            }
        }
        java.util.Arrays.sort(scratch, 0, k);
        return Columns.sortedPercentile(k == scratch.length ? scratch : java.util.Arrays.copyOf(scratch, k), 50);
    }

    /** Otsu's between-class-variance split of asinh(x / cofactor), returned on the original scale. */
    static double otsuThreshold(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] t = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            t[i] = asinh(values[i] / SPLIT_COFACTOR);
            lo = Math.min(lo, t[i]);
            hi = Math.max(hi, t[i]);
        }
        if (!(hi > lo)) {
            return Math.sinh(hi) * SPLIT_COFACTOR;
        }
        double width = (hi - lo) / SPLIT_BINS;
        double[] counts = new double[SPLIT_BINS];
        for (double v : t) {
            counts[Math.min(SPLIT_BINS - 1, (int) ((v - lo) / width))]++;
        }
        double total = values.length;
        double sumAll = 0;
        for (int b = 0; b < SPLIT_BINS; b++) {
            sumAll += b * counts[b];
        }
        double weightBelow = 0;
        double sumBelow = 0;
        double best = -1;
        int bestBin = 0;
        for (int b = 0; b < SPLIT_BINS - 1; b++) {
            weightBelow += counts[b];
            sumBelow += b * counts[b];
            double weightAbove = total - weightBelow;
            if (weightBelow == 0 || weightAbove == 0) {
                continue;
            }
            double meanBelow = sumBelow / weightBelow;
            double meanAbove = (sumAll - sumBelow) / weightAbove;
            double between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                bestBin = b;
            }
        }
        return Math.sinh(lo + (bestBin + 1) * width) * SPLIT_COFACTOR;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static void checkShapes(List<String> detectors, List<SingleStainControl> controls, double[][] unstained) {
        int n = detectors.size();
        if (unstained != null) {
            checkColumns("unstained control", unstained, n);
        }
        for (SingleStainControl c : controls) {
            if (!detectors.contains(c.primaryDetector())) {
                throw new CompensationException(SOURCE + ": control " + Quoted.of(c.name())
                        + " primary detector " + Quoted.of(c.primaryDetector()) + ": expected one of "
                        + Quoted.list(detectors));
            }
            double[][] view = new double[c.detectors()][];
            for (int d = 0; d < view.length; d++) {
                view[d] = c.column(d);
            }
            checkColumns("control " + Quoted.of(c.name()), view, n);
        }
    }

    private static void checkColumns(String what, double[][] columns, int n) {
        if (columns.length != n) {
            throw new CompensationException(SOURCE + ": " + what + " has " + columns.length
                    + " detector columns: expected " + n);
        }
        for (int d = 1; d < n; d++) {
            if (columns[d].length != columns[0].length) {
                throw new CompensationException(SOURCE + ": " + what + " column " + (d + 1) + " has "
                        + columns[d].length
                        + " events: expected " + columns[0].length + " like column 1");
            }
        }
    }
}
