package org.apogate.simulate;

import java.util.List;

/**
 * Channel naming, range and number format of one instrument family. Fluorescence detectors are
 * listed in spectral order: index 0 is the FITC detector (annexin); {@code viabilityDetector} is
 * where PI is read by default.
 */
public enum InstrumentStyle {
    BD(List.of("FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A"), 1, 262144, 1.0, false, true, "BD FACSCanto II"),
    ACCURI(List.of("FL1-A", "FL2-A", "FL3-A", "FL4-A"), 1, 16777216, 12.0, true, false, "BD Accuri C6"),
    ATTUNE(List.of("BL1-A", "BL2-A", "BL3-A", "RL1-A"), 1, 1048576, 4.0, false, true, "Attune NxT"),
    CYTOFLEX(List.of("FITC-A", "PE-A", "ECD-A", "PC5.5-A", "PC7-A", "APC-A"), 1, 1048576, 5.0, false, true, "CytoFLEX S");

    private final List<String> fluorescence;
    private final int viabilityDetector;
    private final double range;
    private final double scale;
    private final boolean integerData;
    private final boolean negativesAfterBaseline;
    private final String cytometer;

    InstrumentStyle(List<String> fluorescence, int viabilityDetector, double range, double scale, boolean integerData,
                    boolean negativesAfterBaseline, String cytometer) {
        this.fluorescence = fluorescence;
        this.viabilityDetector = viabilityDetector;
        this.range = range;
        this.scale = scale;
        this.integerData = integerData;
        this.negativesAfterBaseline = negativesAfterBaseline;
        this.cytometer = cytometer;
    }

    public List<String> fluorescence() {
        return fluorescence;
    }

    public int defaultViabilityDetector() {
        return viabilityDetector;
    }

    /** $PnR of every channel. */
    public double range() {
        return range;
    }

    /** Intensity multiplier relative to a BD 18-bit scale. */
    public double scale() {
        return scale;
    }

    public boolean integerData() {
        return integerData;
    }

    public boolean negativesAfterBaseline() {
        return negativesAfterBaseline;
    }

    public String cytometer() {
        return cytometer;
    }
}
