package org.apogate.config;

/** Options of automatic (mixture-model) thresholds: up to {@code maxComponents} per axis, peaks at least {@code minSeparation} apart. */
public record AutoThresholdConfig(int maxComponents, double minSeparation) {

    public AutoThresholdConfig {
        Violations v = new Violations();
        v.require(maxComponents >= 2 && maxComponents <= 10, "max_components",
                "must be between 2 and 10, got " + maxComponents);
        v.require(Double.isFinite(minSeparation) && minSeparation > 0, "min_separation",
                "must be > 0, got " + Violations.num(minSeparation));
        v.throwIfAny();
    }

    public static AutoThresholdConfig defaults() {
        return new AutoThresholdConfig(3, 1.5);
    }
}
