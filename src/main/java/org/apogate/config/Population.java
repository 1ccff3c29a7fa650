package org.apogate.config;

/** A quadrant population that can be exported as events; in config files written in lower case. */
public enum Population {
    LIVE, EARLY_APOPTOTIC, LATE_APOPTOTIC, NECROTIC;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
