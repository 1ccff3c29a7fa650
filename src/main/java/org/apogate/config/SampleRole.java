package org.apogate.config;

/** What a file is in an experiment (a stained sample or one of the single-stain/unstained controls); in config files written in lower case. */
public enum SampleRole {
    SAMPLE, UNSTAINED, ANNEXIN_ONLY, VIABILITY_ONLY;

    /** The spelling used in config files and sample sheets. */
    public String configName() {
        return ConfigEnums.configName(this);
    }
}
