package org.apogate.auto;

/** Config {@code gating.singlets}: enabled (default true), tolerance in robust sigmas of ln(FSC-A/FSC-H) (default 4.0). */
public record SingletOptions(boolean enabled, double tolerance) {
    public SingletOptions {
        if (!(tolerance > 0)) {
            throw new AutoGatingException("gating.singlets.tolerance must be > 0, got " + tolerance);
        }
    }

    public static SingletOptions defaults() {
        return new SingletOptions(true, 4.0);
    }
}
