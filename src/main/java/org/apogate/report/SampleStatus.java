package org.apogate.report;

/** Outcome of one sample; written in lower case in CSV/JSON. */
public enum SampleStatus {
    /** Gated, nothing suspicious. */
    OK("ok"),
    /** Gated, but numbers need a human look (see flags). */
    FLAGGED("flagged"),
    /** Not gated (see error). */
    FAILED("failed");

    private final String wireName;

    SampleStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in summary.csv / summary.json. */
    public String wireName() {
        return wireName;
    }
}
