package org.apogate.config;

/** Quality-control limits that flag a sample: too few cells, too many saturated events, poorly separated populations. */
public record QcConfig(int minCells, double maxSaturatedFraction, double minSeparation) {

    public QcConfig {
        Violations v = new Violations();
        v.require(minCells >= 0, "min_cells", "must be >= 0, got " + minCells);
        v.require(Double.isFinite(maxSaturatedFraction) && maxSaturatedFraction >= 0 && maxSaturatedFraction <= 1,
                "max_saturated_fraction", "must be between 0 and 1, got " + Violations.num(maxSaturatedFraction));
        v.require(Double.isFinite(minSeparation) && minSeparation >= 0, "min_separation",
                "must be >= 0, got " + Violations.num(minSeparation));
        v.throwIfAny();
    }

    public static QcConfig defaults() {
        return new QcConfig(1000, 0.05, 1.0);
    }
}
