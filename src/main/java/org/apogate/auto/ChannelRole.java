package org.apogate.auto;

/** The channels ApoGate needs to know about; {@link #configKey()} is the key under {@code channels:} in config. */
public enum ChannelRole {
    ANNEXIN("annexin", true),
    VIABILITY("viability", true),
    FSC_A("fsc_a", true),
    FSC_H("fsc_h", false),
    SSC_A("ssc_a", true),
    FSC_W("fsc_w", false),
    SSC_H("ssc_h", false),
    TIME("time", false);

    private final String configKey;
    private final boolean required;

    ChannelRole(String configKey, boolean required) {
        this.configKey = configKey;
        this.required = required;
    }

    public String configKey() {
        return configKey;
    }

    public boolean required() {
        return required;
    }
}
