package org.apogate.config;

/** Display transform applied before gating; in config files written in lower case. */
public enum TransformKind {
    LOGICLE, ASINH;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
