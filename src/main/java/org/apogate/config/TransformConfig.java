package org.apogate.config;

/** The display transform and the parameters of each kind (only those of {@link #kind()} are used). */
public record TransformConfig(TransformKind kind, LogicleConfig logicle, AsinhConfig asinh) {

    public TransformConfig {
        kind = kind == null ? TransformKind.LOGICLE : kind;
        logicle = logicle == null ? LogicleConfig.defaults() : logicle;
        asinh = asinh == null ? AsinhConfig.defaults() : asinh;
    }

    public static TransformConfig defaults() {
        return new TransformConfig(null, null, null);
    }
}
