package org.apogate.auto;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Separates the low-FSC debris cloud from all cells, shrunken apoptotic and necrotic cells
 * included. Works on log10 FSC-A of a (seeded, already drawn) sample: a smoothed histogram, the
 * main cell peak (highest peak in the upper half of the events), and the deepest valley at least
 * {@value #MIN_DECADES_BELOW_PEAK} decades below it with a real debris rise on its low side. No
 * such valley means no debris cloud: the gate keeps everything. A fixed FSC line rather than a
 * tight scatter gate, because dying cells shrink and raise their SSC, and those are the cells we count.
 */
public final class DebrisFinder {
    static final double MIN_DECADES_BELOW_PEAK = 0.3;
    private static final int MAX_BINS = 256;
    /** The debris side must rise at least this much above the valley. */
    private static final double MIN_RISE = 1.5;
    private static final double MIN_DEBRIS_FRACTION = 0.003;

    /**
     * @param fscA raw FSC-A of the sampled events
     * @param sscA raw SSC-A of the same events (for the polygon's extent)
     * @param n    number of events used
     * @param method "cluster" (find the valley) or "none" (keep all)
     */
    public DebrisGate find(double[] fscA, double[] sscA, int n, String method) {
        double[] fs = RobustStats.sortedFinite(fscA, n);
        double[] ssRange = RobustStats.finiteRange(sscA, n); // SSC only bounds the polygon: no sort needed
        if (fs.length == 0 || ssRange == null) {
            throw new AutoGatingException("no finite FSC-A/SSC-A values to find debris in");
        }
        double xMax = fs[fs.length - 1];
        double yMin = Math.min(0, ssRange[0]);
        double yMax = ssRange[1];
        Map<String, Double> diag = new LinkedHashMap<>();
        if ("none".equalsIgnoreCase(method) || fs.length < 50) {
            return keepAll(fs[0], xMax, yMin, yMax, "none", diag);
        }
        if (!"cluster".equalsIgnoreCase(method)) {
            throw new AutoGatingException("gating.debris.method must be cluster or none, got '" + method + "'");
        }
        double floor = Math.max(1.0, 1e-4 * RobustStats.quantileSorted(fs, 0.99));
        double[] u = new double[fs.length];
        for (int i = 0; i < fs.length; i++) {
            u[i] = Math.log10(Math.max(floor, fs[i]));
        }
        double lo = RobustStats.quantileSorted(u, 0.001);
        double hi = RobustStats.quantileSorted(u, 0.999);
        if (!(hi - lo > 0.2)) {
            return keepAll(fs[0], xMax, yMin, yMax, "none", diag);
        }
        // Fewer bins for small samples so noise does not fake a valley.
        int bins = (int) Math.max(32, Math.min(MAX_BINS, 2 * Math.sqrt(u.length)));
        double width = (hi - lo) / bins;
        double[] h = new double[bins];
        for (double v : u) {
            int b = (int) ((v - lo) / width);
            if (b >= 0 && b < bins) {
                h[b]++;
            }
        }
        double sdBins = Math.max(1.5, 0.025 / width);
        double[] sm = ThresholdFinder.smooth(h, sdBins);
        int medianBin = (int) ((RobustStats.median(u) - lo) / width);
        int peak = Math.max(0, Math.min(bins - 1, medianBin));
        for (int i = Math.max(0, medianBin); i < bins; i++) {
            if (sm[i] > sm[peak]) {
                peak = i;
            }
        }
        int limit = (int) Math.floor(peak - MIN_DECADES_BELOW_PEAK / width);
        diag.put("cell_peak_log10_fsc", lo + (peak + 0.5) * width);
        if (limit < 2) {
            return keepAll(fs[0], xMax, yMin, yMax, "none", diag);
        }
        // The valley is the point of greatest prominence: the lower of the debris maximum on its left
        // and the cell peak on its right, minus its own density. Holes in a sparse debris tail have
        // little on their left and lose to the real valley.
        int valley = 0;
        double bestProminence = 0;
        double rise = 0;
        double leftMax = 0;
        for (int i = 0; i <= limit; i++) {
            leftMax = Math.max(leftMax, sm[i]);
            double prominence = Math.min(leftMax, sm[peak]) - sm[i];
            if (prominence > bestProminence) {
                bestProminence = prominence;
                valley = i;
                rise = leftMax;
            }
        }
        double threshold = Math.pow(10, lo + (valley + 0.5) * width);
        int below = RobustStats.lowerBound(fs, threshold);
        double fraction = (double) below / fs.length;
        diag.put("valley_log10_fsc", lo + (valley + 0.5) * width);
        diag.put("valley_rise_ratio", sm[valley] > 0 ? rise / sm[valley] : Double.POSITIVE_INFINITY);
        if (valley == 0 || rise < MIN_RISE * sm[valley] || fraction < MIN_DEBRIS_FRACTION) {
            return keepAll(fs[0], xMax, yMin, yMax, "none", diag);
        }
        diag.put("debris_fraction", fraction);
        return new DebrisGate(threshold, rectangle(threshold, xMax, yMin, yMax), "density-valley", fraction, diag);
    }

    private static DebrisGate keepAll(double xMin, double xMax, double yMin, double yMax, String method,
                                      Map<String, Double> diag) {
        double t = Math.min(0, xMin) - 1;
        diag.put("debris_fraction", 0.0);
        return new DebrisGate(t, rectangle(t, xMax, yMin, yMax), method, 0.0, diag);
    }

    private static GatePolygon rectangle(double x0, double xMax, double yMin, double yMax) {
        double x1 = Math.max(xMax, x0) * 1.001 + 1;
        double y1 = yMax * 1.001 + 1;
        double y0 = yMin - 1;
        return new GatePolygon("FSC-A", "SSC-A", new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1});
    }
}
