package org.apogate.config;

/** Arcsinh transform {@code asinh(x / cofactor)}. */
public record AsinhConfig(double cofactor) {

    public AsinhConfig {
        Violations v = new Violations();
        v.require(Double.isFinite(cofactor) && cofactor > 0, "cofactor", "must be > 0, got " + Violations.num(cofactor));
        v.throwIfAny();
    }

    public static AsinhConfig defaults() {
        return new AsinhConfig(150.0);
    }
}
