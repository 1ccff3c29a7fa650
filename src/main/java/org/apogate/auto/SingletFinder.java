package org.apogate.auto;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Singlet band on FSC-A vs FSC-H. Doublets have more area for their height, so they sit above the
 * singlet ratio. Robust fit: median and MAD of ln(A/H), refitted after trimming the upper (doublet)
 * tail; the band is median +- tolerance x robust sd, as a polygon in raw units.
 */
public final class SingletFinder {
    private static final double MIN_SD = 0.005;

    /**
     * @param fscA      raw FSC-A of cells (debris already removed by the caller)
     * @param fscH      raw FSC-H of the same events, or null when the file has no height channel
     * @param tolerance robust sigmas of ln(A/H) (config gating.singlets.tolerance, default 4.0)
     */
    public SingletGate find(double[] fscA, double[] fscH, int n, double tolerance) {
        if (fscH == null) {
            return SingletGate.skipped("no FSC height channel: singlet gate skipped");
        }
        if (!(tolerance > 0)) {
            throw new AutoGatingException("gating.singlets.tolerance must be > 0, got " + tolerance);
        }
        RobustStats.checkLength(fscA, n, "FSC-A");
        RobustStats.checkLength(fscH, n, "FSC-H");
        double[] r = new double[n];
        int m = 0;
        double hMin = Double.POSITIVE_INFINITY;
        double hMax = 0;
        for (int i = 0; i < n; i++) {
            double a = fscA[i];
            double h = fscH[i];
            if (a > 0 && h > 0 && Double.isFinite(a) && Double.isFinite(h)) {
                r[m++] = Math.log(a / h);
                hMin = Math.min(hMin, h);
                hMax = Math.max(hMax, h);
            }
        }
        if (m < 20) {
            return SingletGate.skipped("only " + m + " events with positive FSC-A and FSC-H: singlet gate skipped");
        }
        double[] sorted = RobustStats.sortedFinite(r, m);
        double med = RobustStats.median(sorted);
        double sd = Math.max(MIN_SD, RobustStats.madSd(sorted));
        int keep = 0;
        while (keep < sorted.length && sorted[keep] <= med + 3 * sd) {
            keep++;
        }
        double[] trimmed = java.util.Arrays.copyOf(sorted, keep);
        double med2 = RobustStats.median(trimmed);
        // MAD of a sample trimmed at +3 sd is barely biased; keep the lower-half spread as a check.
        double sd2 = Math.max(MIN_SD, RobustStats.madSd(trimmed));
        double lowRatio = Math.exp(med2 - tolerance * sd2);
        double highRatio = Math.exp(med2 + tolerance * sd2);
        Map<String, Double> d = new LinkedHashMap<>();
        d.put("median_ratio", Math.exp(med2));
        d.put("robust_sd_log_ratio", sd2);
        int doublets = 0;
        for (int i = 0; i < m; i++) {
            if (sorted[i] > med2 + tolerance * sd2) {
                doublets++;
            }
        }
        d.put("fraction_above_band", (double) doublets / m);
        double h0 = Math.max(hMin * 0.5, 1e-6);
        double h1 = hMax * 1.01 + 1;
        GatePolygon poly = new GatePolygon("FSC-A", "FSC-H",
                new double[] {lowRatio * h0, lowRatio * h1, highRatio * h1, highRatio * h0},
                new double[] {h0, h1, h1, h0});
        return new SingletGate(true, lowRatio, highRatio, poly, d, null);
    }
}
