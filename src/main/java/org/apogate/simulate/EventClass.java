package org.apogate.simulate;

/** Per-event truth of a simulated sample. The four cell classes are counted among single, non-debris cells. */
public enum EventClass {
    DEBRIS, DOUBLET, LIVE, EARLY, LATE, NECROTIC;

    /** Truth label as written to sidecar files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isSingleCell() {
        return this == LIVE || this == EARLY || this == LATE || this == NECROTIC;
    }
}
