package org.apogate.config;

/** Scale of fixed thresholds: raw (compensated) values or transformed display units; in config files written in lower case. */
public enum ThresholdUnits {
    RAW, TRANSFORMED;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
