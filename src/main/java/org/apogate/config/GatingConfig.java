package org.apogate.config;

/** Gating steps (debris, singlets, quadrant thresholds) and the seeded fitting subsample size. */
public record GatingConfig(DebrisConfig debris, SingletConfig singlets, ThresholdConfig thresholds, int sampleSize) {
    static final int MIN_SAMPLE = 100;

    public GatingConfig {
        debris = debris == null ? DebrisConfig.defaults() : debris;
        singlets = singlets == null ? SingletConfig.defaults() : singlets;
        thresholds = thresholds == null ? ThresholdConfig.defaults() : thresholds;
        Violations v = new Violations();
        v.require(sampleSize >= MIN_SAMPLE, "sample_size", "must be at least " + MIN_SAMPLE + ", got " + sampleSize);
        v.throwIfAny();
    }

    public static GatingConfig defaults() {
        return new GatingConfig(null, null, null, 50000);
    }
}
