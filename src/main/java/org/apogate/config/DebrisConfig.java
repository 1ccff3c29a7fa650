package org.apogate.config;

/** Debris removal on FSC-A/SSC-A; {@code maxSample} events are clustered (seeded subsample). */
public record DebrisConfig(DebrisMethod method, int maxSample) {
    static final int MIN_SAMPLE = 100;

    public DebrisConfig {
        method = method == null ? DebrisMethod.CLUSTER : method;
        Violations v = new Violations();
        v.require(maxSample >= MIN_SAMPLE, "max_sample", "must be at least " + MIN_SAMPLE + ", got " + maxSample);
        v.throwIfAny();
    }

    /**
     * The default is the default pass-1 sample size (gating.sample_size), so by default the debris
     * line sees the whole sample, as it did before this key took effect; a smaller value trades
     * precision for a faster fit.
     */
    public static DebrisConfig defaults() {
        return new DebrisConfig(DebrisMethod.CLUSTER, 50000);
    }
}
