package org.apogate.config;

/** Doublet exclusion: events whose FSC-A/FSC-H ratio is within {@code tolerance} robust sigmas are singlets. */
public record SingletConfig(boolean enabled, double tolerance) {

    public SingletConfig {
        Violations v = new Violations();
        v.require(Double.isFinite(tolerance) && tolerance > 0, "tolerance",
                "must be > 0 (robust sigmas), got " + Violations.num(tolerance));
        v.throwIfAny();
    }

    public static SingletConfig defaults() {
        return new SingletConfig(true, 4.0);
    }
}
