package org.apogate.config;

/** How a quadrant threshold is found; the first method in gating.thresholds.methods that applies wins; in config files written in lower case. */
public enum ThresholdMethod {
    CONTROLS, AUTO, FIXED;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
