package org.apogate.report;

/** What a file is in the experiment; written in snake_case in CSV/JSON. */
public enum SampleRole {
    SAMPLE("sample"),
    UNSTAINED("unstained"),
    ANNEXIN_ONLY("annexin_only"),
    VIABILITY_ONLY("viability_only");

    private final String wireName;

    SampleRole(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in summary.csv / summary.json. */
    public String wireName() {
        return wireName;
    }
}
