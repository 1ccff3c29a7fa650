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

    public static DebrisConfig defaults() {
        return new DebrisConfig(DebrisMethod.CLUSTER, 20000);
    }
}
