package org.apogate.auto;

/** QC limits (config {@code qc:}): minimum cells (1000), saturated fraction (0.05), minimum separation (1.0). */
public record QcOptions(long minCells, double maxSaturatedFraction, double minSeparation) {
    public QcOptions {
        if (minCells < 0 || !(maxSaturatedFraction >= 0 && maxSaturatedFraction <= 1) || !(minSeparation >= 0)) {
            throw new IllegalArgumentException("qc: min_cells >= 0, max_saturated_fraction in [0,1], min_separation >= 0");
        }
    }

    public static QcOptions defaults() {
        return new QcOptions(1000, 0.05, 1.0);
    }
}
