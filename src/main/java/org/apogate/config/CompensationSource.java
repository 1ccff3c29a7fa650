package org.apogate.config;

/** Where the spillover matrix comes from (auto = file keyword, else single-stain controls if present, else none); in config files written in lower case. */
public enum CompensationSource {
    AUTO, KEYWORD, FILE, CONTROLS, NONE;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
