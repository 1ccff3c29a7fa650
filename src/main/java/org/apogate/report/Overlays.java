package org.apogate.report;

import java.util.Objects;

/** Gate drawings laid over a {@link DensityPlot}: all coordinates on the plot scale. */
public final class Overlays {
    private Overlays() {
    }

    /** A polygon gate outline with "label 85.2%" beside it; percent may be null. */
    public record Polygon(String label, double[] xs, double[] ys, Double percent) {
        public Polygon {
            Objects.requireNonNull(label, "label");
            if (xs.length != ys.length || xs.length < 3) {
                throw new IllegalArgumentException("polygon " + label + " needs >= 3 vertices with x and y, got "
                        + xs.length + " x and " + ys.length + " y");
            }
            xs = xs.clone();
            ys = ys.clone();
        }

        @Override
        public double[] xs() {
            return xs.clone();
        }

        @Override
        public double[] ys() {
            return ys.clone();
        }
    }

    /**
     * A 1-D range gate on one axis drawn as lines at its bounds (an infinite bound draws no line, so
     * [t, +inf) is a threshold line), labelled inside the range; percent may be null.
     */
    public record Range(boolean onXAxis, double low, double high, String label, Double percent) {
        public Range {
            Objects.requireNonNull(label, "label");
            if (Double.isNaN(low) || Double.isNaN(high) || !(high > low)) {
                throw new IllegalArgumentException("range " + label + ": [" + low + ", " + high + "] is empty");
            }
        }

        /** A vertical line at x = {@code threshold}, labelled on its right (the kept side). */
        public static Range thresholdX(double threshold, String label, Double percent) {
            return new Range(true, threshold, Double.POSITIVE_INFINITY, label, percent);
        }
    }

    /** A quadrant corner's name and percent (percent may be null). */
    public record QuadrantLabel(String name, Double percent) {
        public QuadrantLabel {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Quadrant lines crossing at (x, y) with the four corner labels. */
    public record Quadrants(double x, double y, QuadrantLabel lowerLeft, QuadrantLabel lowerRight,
            QuadrantLabel upperRight, QuadrantLabel upperLeft) {
        public Quadrants {
            Objects.requireNonNull(lowerLeft);
            Objects.requireNonNull(lowerRight);
            Objects.requireNonNull(upperRight);
            Objects.requireNonNull(upperLeft);
        }

        /**
         * Annexin V on x, viability dye (PI/7-AAD) on y: live lower left, early apoptotic lower right,
         * late apoptotic upper right, necrotic upper left.
         */
        public static Quadrants apoptosis(double annexinThreshold, double viabilityThreshold, Double livePct,
                Double earlyPct, Double latePct, Double necroticPct) {
            return new Quadrants(annexinThreshold, viabilityThreshold,
                    new QuadrantLabel("Live", livePct), new QuadrantLabel("Early apoptotic", earlyPct),
                    new QuadrantLabel("Late apoptotic", latePct), new QuadrantLabel("Necrotic", necroticPct));
        }
    }

    /** "12.3%" (one decimal, '.' whatever the Locale), or "" for null. */
    static String percentText(Double percent) {
        if (percent == null || !Double.isFinite(percent)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(percent).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
