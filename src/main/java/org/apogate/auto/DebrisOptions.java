package org.apogate.auto;

/** Config {@code gating.debris}: method cluster | none (default cluster), events used for the fit (default 20000). */
public record DebrisOptions(String method, int maxSample) {
    public DebrisOptions {
        if (!"cluster".equalsIgnoreCase(method) && !"none".equalsIgnoreCase(method)) {
            throw new AutoGatingException("gating.debris.method must be cluster or none, got '" + method + "'");
        }
        if (maxSample < 100) {
            throw new AutoGatingException("gating.debris.max_sample must be >= 100, got " + maxSample);
        }
    }

    public static DebrisOptions defaults() {
        return new DebrisOptions("cluster", 20000);
    }
}
