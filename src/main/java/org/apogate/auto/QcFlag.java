package org.apogate.auto;

/** Quality-control findings attached to a sample, a gate or a threshold. {@link #code()} is the report/JSON spelling. */
public enum QcFlag {
    /** Fewer cells than qc.min_cells after debris and doublet exclusion. */
    TOO_FEW_CELLS,
    /** Mixture components overlap: the negative/positive split is uncertain. */
    POOR_SEPARATION,
    /** Threshold lies at (or beyond) the lowest or highest data value. */
    THRESHOLD_AT_EDGE,
    /** More than qc.max_saturated_fraction of events at the channel's $PnR maximum. */
    SATURATED_EVENTS,
    /** A single-stain control shows no positive population on its stained axis. */
    NO_POSITIVE_CONTROL_BEHAVIOUR,
    /** A group asked for control-based thresholds but has no matching control tube. */
    CONTROLS_MISSING,
    /** Flow-rate gaps or bursts in the Time channel (clogs, bubbles). */
    ACQUISITION_ANOMALY,
    /** No positive population found; threshold taken from the negative spread (informational). */
    NO_POSITIVE_POPULATION,
    /** No height channel: singlet gate skipped. */
    NO_SINGLET_GATE,
    /** The file's DATA ends before $TOT events: it was cut short; counts are of the events present. */
    TRUNCATED_DATA,
    /**
     * Gated without compensation although the config did not decline it: no usable $SPILLOVER, no
     * single-stain controls and no matrix file. Annexin V (e.g. FITC) spills into the viability dye's
     * detector, so late apoptotic and necrotic counts can be far off; declare compensation.source:
     * none to accept uncompensated data, or add controls or a matrix.
     */
    UNCOMPENSATED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
