package org.apogate.auto;

import java.util.List;

/**
 * Data-driven tie-break for the viability channel when only instrument conventions named it (no
 * stain, no pin) and several detectors qualify (PI is read in the PE region on some set-ups and in
 * the PerCP region on others). On each candidate's transformed single-cell values, the automatic
 * threshold looks for a separated positive population; the candidate whose positives sit furthest
 * above its negatives wins (PI is bright; FITC spill into a neighbouring detector is much dimmer).
 * With no positive population anywhere (e.g. an untreated sample) the convention order stands.
 * Give it compensated values: without compensation, FITC spill into the PE detector can look as
 * bright as PI read in the PerCP detector, and the choice is unreliable.
 */
public final class ViabilityChannelChooser {
    private final ThresholdFinder finder;

    public ViabilityChannelChooser(ThresholdOptions options) {
        this.finder = new ThresholdFinder(options);
    }

    /** The chosen channel index and why. */
    public record Choice(int channel, String reason) {
    }

    /**
     * @param candidates channel indices in convention order (from {@link ChannelRoleDetector#viabilityCandidates})
     * @param values     transformed single-cell values of each candidate, same order
     */
    public Choice choose(List<Integer> candidates, List<double[]> values) {
        if (candidates.isEmpty() || candidates.size() != values.size()) {
            throw new AutoGatingException("viability channel choice needs one value array per candidate channel, got "
                    + values.size() + " for " + candidates.size());
        }
        int best = -1;
        double bestShift = 0;
        for (int c = 0; c < candidates.size(); c++) {
            double[] v = values.get(c);
            if (v.length < 100) {
                continue;
            }
            double[] sorted = RobustStats.sortedFinite(v, v.length);
            Threshold t = finder.autoSorted(sorted, null);
            if (!"auto".equals(t.method()) || t.diagnostics().getOrDefault("positive_weight", 0.0) < 0.005) {
                continue;
            }
            double neg = RobustStats.median(below(sorted, t.transformed()));
            double pos = RobustStats.median(above(sorted, t.transformed()));
            // In display units (decades on a log-like scale): PI sits ~2 decades above its negatives,
            // FITC spill into a neighbour detector about one; normalising by the negative spread would
            // favour the detector whose negatives are tight, not the one holding the dye.
            double shift = pos - neg;
            if (shift > bestShift) {
                bestShift = shift;
                best = c;
            }
        }
        if (best < 0) {
            return new Choice(candidates.get(0), "no candidate shows a positive population: convention order kept");
        }
        // not String.format: its first use in a process costs ~18 ms, and this runs for every sample
        String shift = java.math.BigDecimal.valueOf(bestShift).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return new Choice(candidates.get(best),
                "brightest separated positive population (" + shift + " display units above the negatives)");
    }

    private static double[] below(double[] sorted, double t) {
        int k = 0;
        while (k < sorted.length && sorted[k] < t) {
            k++;
        }
        return java.util.Arrays.copyOf(sorted, Math.max(1, k));
    }

    private static double[] above(double[] sorted, double t) {
        int k = 0;
        while (k < sorted.length && sorted[k] < t) {
            k++;
        }
        return k >= sorted.length ? new double[] {sorted[sorted.length - 1]} : java.util.Arrays.copyOfRange(sorted, k, sorted.length);
    }
}
