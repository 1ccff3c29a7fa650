package org.apogate.auto;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apogate.transform.Transform;

/**
 * Positivity thresholds on a transformed axis (annexin or viability). Three methods, as in
 * {@code gating.thresholds.methods}: {@link #fromControl} (a high percentile of a negative control
 * tube), {@link #auto} (mixture model on the stained sample itself) and {@link #fixed}. All inputs
 * are already transformed values; {@code transform} (may be null = identity) only converts the
 * result back to raw units. Deterministic: no randomness at all.
 */
public final class ThresholdFinder {
    private static final int MIN_VALUES = 20;
    /** Separation above which a split without a density dip (a shoulder) is still trusted. */
    private static final double SHOULDER_SEPARATION = 2.0;
    /** Below this D an accepted split is reported as poorly separated. */
    private static final double CLEAN_SEPARATION = 2.0;
    /** Smallest weight a positive or negative group must have to count as a population. */
    private static final double MIN_GROUP_WEIGHT = 0.002;

    private final ThresholdOptions options;

    public ThresholdFinder(ThresholdOptions options) {
        this.options = options;
    }

    /** Percentile ({@code control_percentile}) of the control tube's values on this axis. */
    public Threshold fromControl(double[] controlTransformed, int n, Transform transform) {
        double[] s = RobustStats.sortedFinite(controlTransformed, n);
        if (s.length < MIN_VALUES) {
            throw new AutoGatingException("control tube has only " + s.length + " usable events on this axis; need at least "
                    + MIN_VALUES + " for a percentile threshold");
        }
        double p = options.controlPercentile() / 100.0;
        double t = RobustStats.quantileSorted(s, p);
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("percentile", options.controlPercentile());
        d.put("control_events", (double) s.length);
        d.put("control_median", RobustStats.median(s));
        Set<QcFlag> flags = EnumSet.noneOf(QcFlag.class);
        if (s.length < 200) {
            flags.add(QcFlag.TOO_FEW_CELLS);
        }
        return new Threshold(t, inverse(transform, t), "controls", d, flags);
    }

    /** Threshold given by the user, in raw or transformed units. */
    public Threshold fixed(double value, boolean rawUnits, Transform transform) {
        if (!Double.isFinite(value)) {
            throw new AutoGatingException("fixed threshold must be a finite number, got " + value);
        }
        double t = rawUnits ? (transform == null ? value : transform.apply(value)) : value;
        double raw = rawUnits ? value : inverse(transform, value);
        return new Threshold(t, raw, "fixed", Map.of(), Set.of());
    }

    /**
     * Threshold from the stained sample itself. A Gaussian mixture (1..max_components, chosen by BIC)
     * is fitted; the split is the lowest gap between adjacent components with separation >=
     * min_separation that is either a real density dip or a clear shoulder. The threshold is the
     * density valley (smoothed histogram) between the two groups, or for a shoulder the point where
     * the positive group's weighted density overtakes the negative's. Without a positive
     * population (e.g. PI in an untreated sample) it is median + negative_spread_sigmas x robust sd.
     * Every finite value is used: the caller's event sample bounds how many there are, and the
     * mixture fit's cost per EM iteration does not grow with their number.
     */
    public Threshold auto(double[] transformed, int n, Transform transform) {
        return autoSorted(RobustStats.sortedFinite(transformed, n), transform);
    }

    /** {@link #auto} on values already sorted and finite (not copied, not modified). */
    Threshold autoSorted(double[] s, Transform transform) {
        if (s.length < MIN_VALUES) {
            throw new AutoGatingException("only " + s.length + " usable events on this axis; need at least " + MIN_VALUES
                    + " for an automatic threshold");
        }
        int maxK = Math.max(1, Math.min(options.maxComponents(), s.length / 10));
        List<Mixture1D> fits = Mixture1D.fitSorted(s, maxK);
        Mixture1D best = Mixture1D.bestByBic(fits);
        Map<String, Double> d = new LinkedHashMap<>();
        Set<QcFlag> flags = EnumSet.noneOf(QcFlag.class);
        d.put("components", (double) best.k());
        for (int j = 0; j < best.k(); j++) {
            d.put("mean_" + j, best.mean(j));
            d.put("sd_" + j, best.sd(j));
            d.put("weight_" + j, best.weight(j));
        }
        double bestOverlapD = 0;
        // Pass 1 takes the lowest split with a real density dip; only if there is none, pass 2 accepts
        // the lowest clear shoulder (a small positive population without a dip).
        for (int pass = 1; pass <= 2; pass++) {
        for (int g = 0; g + 1 < best.k(); g++) {
            double lowW = groupWeight(best, 0, g + 1);
            double highW = 1 - lowW;
            if (lowW < MIN_GROUP_WEIGHT || highW < MIN_GROUP_WEIGHT) {
                continue;
            }
            // Compare the main (heaviest) component of each side: a broad low-weight component
            // bridging the two populations must not hide a clear split.
            int lowMain = heaviest(best, 0, g + 1);
            int highMain = heaviest(best, g + 1, best.k());
            double sep = separation(best, lowMain, highMain);
            if (sep < options.minSeparation()) {
                bestOverlapD = Math.max(bestOverlapD, sep);
                continue;
            }
            double lo = best.mean(lowMain);
            double hi = best.mean(highMain);
            double valley = histogramValley(s, lo, hi, Math.min(best.sd(lowMain), best.sd(highMain)));
            boolean dip = !Double.isNaN(valley);
            // A shoulder split must also separate the two components that meet at the split, or it
            // would cut through a population lying between the two mains.
            boolean shoulderOk = sep >= SHOULDER_SEPARATION && separation(best, g, g + 1) >= options.minSeparation();
            if (!dip && (pass == 1 || !shoulderOk)) {
                bestOverlapD = Math.max(bestOverlapD, sep);
                continue;
            }
            double t = dip ? valley : crossing(best, g, lo, hi);
            d.put("separation", sep);
            d.put("split_after_component", (double) g);
            d.put("positive_weight", highW);
            d.put("dip", dip ? 1.0 : 0.0);
            if (sep < CLEAN_SEPARATION) {
                flags.add(QcFlag.POOR_SEPARATION);
            }
            edgeFlag(s, t, flags);
            return new Threshold(t, inverse(transform, t), "auto", d, flags);
        }
        }
        double med = RobustStats.median(s);
        double sd = RobustStats.madSd(s);
        if (!(sd > 0)) {
            sd = Math.max(1e-9, 0.01 * (s[s.length - 1] - s[0]));
        }
        double t = med + options.negativeSpreadSigmas() * sd;
        d.put("negative_median", med);
        d.put("negative_sd", sd);
        flags.add(QcFlag.NO_POSITIVE_POPULATION);
        if (bestOverlapD >= options.qcMinSeparation()) {
            d.put("separation", bestOverlapD);
            flags.add(QcFlag.POOR_SEPARATION);
        }
        edgeFlag(s, t, flags);
        return new Threshold(t, inverse(transform, t), "auto-negative-spread", d, flags);
    }

    /**
     * Viability threshold using the 2-D structure: fitted on the annexin-positive events (early vs
     * late apoptotic), where the PI split is clean even when FITC light spills into the PI detector
     * (uncompensated or under-compensated data shift early cells up and would otherwise pass for a
     * third, "PI-dim" population). Falls back to all events when fewer than
     * max(200, 2%) events are annexin-positive. Necrotic cells (annexin-negative, PI bright) lie far
     * above either way.
     *
     * @param viability transformed viability values
     * @param annexin   transformed annexin values of the same events
     * @param annexinThreshold the annexin threshold already found
     */
    public Threshold autoViability(double[] viability, double[] annexin, int n, Threshold annexinThreshold,
                                   Transform transform) {
        RobustStats.checkLength(viability, n, "viability values");
        RobustStats.checkLength(annexin, n, "annexin values");
        int positives = 0;
        for (int i = 0; i < n; i++) {
            if (annexinThreshold.isPositive(annexin[i])) {
                positives++;
            }
        }
        if (positives < Math.max(200, 0.02 * n)) {
            return auto(viability, n, transform);
        }
        double[] subset = new double[positives];
        for (int i = 0, k = 0; i < n; i++) {
            if (annexinThreshold.isPositive(annexin[i])) {
                subset[k++] = viability[i];
            }
        }
        Threshold sub = auto(subset, positives, transform);
        if (!"auto".equals(sub.method())) {
            // Annexin-positive events are all PI-negative or all PI-positive: the whole sample decides.
            return auto(viability, n, transform);
        }
        Map<String, Double> d = new LinkedHashMap<>(sub.diagnostics());
        d.put("annexin_positive_events", (double) positives);
        return new Threshold(sub.transformed(), sub.raw(), "auto-annexin-positive", d, sub.flags());
    }

    /** Ashman's D between components a and b. */
    static double separation(Mixture1D m, int a, int b) {
        double s1 = m.sd(a);
        double s2 = m.sd(b);
        return Math.sqrt(2) * Math.abs(m.mean(b) - m.mean(a)) / Math.sqrt(s1 * s1 + s2 * s2);
    }

    private static int heaviest(Mixture1D m, int from, int to) {
        int best = from;
        for (int j = from + 1; j < to; j++) {
            if (m.weight(j) > m.weight(best)) {
                best = j;
            }
        }
        return best;
    }

    private static double groupWeight(Mixture1D m, int from, int to) {
        double w = 0;
        for (int j = from; j < to; j++) {
            w += m.weight(j);
        }
        return w;
    }

    /**
     * Location of the lowest point of a smoothed histogram strictly between lo and hi, if it is a real
     * dip (at most 80% of the smaller of the two flanking maxima); NaN otherwise.
     */
    static double histogramValley(double[] sorted, double lo, double hi, double componentSd) {
        int n = sorted.length;
        double bandwidth = Math.max(0.15 * componentSd, 1.06 * componentSd * Math.pow(n, -0.2));
        int bins = 200;
        double a = lo - 3 * bandwidth;
        double b = hi + 3 * bandwidth;
        double width = (b - a) / bins;
        double[] h = new double[bins];
        int from = RobustStats.lowerBound(sorted, a);
        for (int i = from; i < n && sorted[i] < b; i++) {
            int bin = (int) ((sorted[i] - a) / width);
            if (bin >= 0 && bin < bins) {
                h[bin]++;
            }
        }
        double[] sm = smooth(h, bandwidth / width);
        int iLo = (int) Math.round((lo - a) / width);
        int iHi = Math.min(bins - 1, (int) Math.round((hi - a) / width));
        int argMin = -1;
        double min = Double.POSITIVE_INFINITY;
        for (int i = iLo; i <= iHi; i++) {
            if (sm[i] < min) {
                min = sm[i];
                argMin = i;
            }
        }
        if (argMin <= iLo || argMin >= iHi) {
            return Double.NaN;
        }
        double leftMax = 0;
        for (int i = iLo; i <= argMin; i++) {
            leftMax = Math.max(leftMax, sm[i]);
        }
        double rightMax = 0;
        for (int i = argMin; i <= iHi; i++) {
            rightMax = Math.max(rightMax, sm[i]);
        }
        if (min > 0.8 * Math.min(leftMax, rightMax)) {
            return Double.NaN;
        }
        return a + (argMin + 0.5) * width;
    }

    /** Gaussian smoothing with the given sd in bins. */
    static double[] smooth(double[] h, double sdBins) {
        int r = Math.max(1, (int) Math.ceil(3 * sdBins));
        double[] kernel = new double[2 * r + 1];
        for (int k = -r; k <= r; k++) {
            kernel[k + r] = Math.exp(-0.5 * (k / sdBins) * (k / sdBins));
        }
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            double s = 0;
            double w = 0;
            for (int k = -r; k <= r; k++) {
                int j = i + k;
                if (j >= 0 && j < h.length) {
                    s += kernel[k + r] * h[j];
                    w += kernel[k + r];
                }
            }
            out[i] = s / w;
        }
        return out;
    }

    /** First point between lo and hi where the upper group's weighted density reaches the lower group's. */
    private static double crossing(Mixture1D m, int g, double lo, double hi) {
        int steps = 400;
        for (int i = 0; i <= steps; i++) {
            double x = lo + (hi - lo) * i / steps;
            if (m.partialDensity(x, g + 1, m.k()) >= m.partialDensity(x, 0, g + 1)) {
                return x;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static void edgeFlag(double[] sorted, double t, Set<QcFlag> flags) {
        if (t <= sorted[0] || t >= sorted[sorted.length - 1]) {
            flags.add(QcFlag.THRESHOLD_AT_EDGE);
        }
    }

    private static double inverse(Transform transform, double t) {
        return transform == null ? t : transform.inverse(t);
    }
}
