package org.apogate.config;

/** How debris is removed on FSC/SSC; in config files written in lower case. */
public enum DebrisMethod {
    CLUSTER, NONE;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
