package org.apogate.auto;

import java.util.EnumSet;
import java.util.Set;

/** Sample-level QC checks that are not part of a gate: cell count, saturation, control behaviour, controls present. */
public final class QcChecks {
    private final QcOptions options;

    public QcChecks(QcOptions options) {
        this.options = options;
    }

    /** TOO_FEW_CELLS when fewer than qc.min_cells single non-debris cells were counted. */
    public Set<QcFlag> cellCount(long cells) {
        return cells < options.minCells() ? EnumSet.of(QcFlag.TOO_FEW_CELLS) : EnumSet.noneOf(QcFlag.class);
    }

    /** Fraction of values at or above the channel maximum ($PnR - 1, within rounding). */
    public static double saturatedFraction(double[] values, int n, double range) {
        if (n == 0 || !(range > 0)) {
            return 0;
        }
        double limit = (range - 1) * (1 - 1e-6);
        long c = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] >= limit) {
                c++;
            }
        }
        return (double) c / n;
    }

    /** SATURATED_EVENTS when the saturated fraction exceeds qc.max_saturated_fraction. */
    public Set<QcFlag> saturation(double saturatedFraction) {
        return saturatedFraction > options.maxSaturatedFraction() ? EnumSet.of(QcFlag.SATURATED_EVENTS)
                : EnumSet.noneOf(QcFlag.class);
    }

    /**
     * NO_POSITIVE_CONTROL_BEHAVIOUR when a single-stain control shows no separated positive population
     * on its own stained axis (wrong tube, failed stain). {@code stainedAxis}: transformed values.
     */
    public Set<QcFlag> singleStainControl(double[] stainedAxis, int n, ThresholdOptions thresholds) {
        Threshold t = new ThresholdFinder(thresholds).auto(stainedAxis, n, null);
        return "auto".equals(t.method()) ? EnumSet.noneOf(QcFlag.class) : EnumSet.of(QcFlag.NO_POSITIVE_CONTROL_BEHAVIOUR);
    }

    /** CONTROLS_MISSING when control-based thresholds were asked for and the group has no matching tube. */
    public static Set<QcFlag> controlsPresent(boolean asked, boolean present) {
        return asked && !present ? EnumSet.of(QcFlag.CONTROLS_MISSING) : EnumSet.noneOf(QcFlag.class);
    }

    /** ACQUISITION_ANOMALY when the Time channel shows gaps or bursts. */
    public static Set<QcFlag> time(TimeQc.Result r) {
        return r.flagged() ? EnumSet.of(QcFlag.ACQUISITION_ANOMALY) : EnumSet.noneOf(QcFlag.class);
    }
}
