package org.apogate.config;

/**
 * The whole ApoGate config (schema version 1). Every part is optional in the file; null parts
 * passed here are replaced by their defaults. Build one with {@link ConfigLoader} or {@link #defaults()}.
 */
public record ApoGateConfig(int version, long seed, ChannelsConfig channels, CompensationConfig compensation,
        TransformConfig transform, GatingConfig gating, QcConfig qc, SamplePatterns samples, OutputConfig output) {

    /** The only config format version this code reads. */
    public static final int CURRENT_VERSION = 1;
    public static final long DEFAULT_SEED = 20240601L;

    public ApoGateConfig {
        channels = channels == null ? ChannelsConfig.defaults() : channels;
        compensation = compensation == null ? CompensationConfig.defaults() : compensation;
        transform = transform == null ? TransformConfig.defaults() : transform;
        gating = gating == null ? GatingConfig.defaults() : gating;
        qc = qc == null ? QcConfig.defaults() : qc;
        samples = samples == null ? SamplePatterns.defaults() : samples;
        output = output == null ? OutputConfig.defaults() : output;
        Violations v = new Violations();
        v.require(version == CURRENT_VERSION, "version",
                "unsupported config version " + version + ", this ApoGate reads version " + CURRENT_VERSION);
        v.throwIfAny();
    }

    public static ApoGateConfig defaults() {
        return new ApoGateConfig(CURRENT_VERSION, DEFAULT_SEED, null, null, null, null, null, null, null);
    }
}
