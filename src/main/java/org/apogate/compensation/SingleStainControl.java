package org.apogate.compensation;

/**
 * One single-stain control tube: {@code name} (for messages, e.g. "FITC tube"), the detector its dye
 * is primary for, and its events as columns over the detectors passed to
 * {@link SingleStainCompensation#compute}: {@code events[detector][event]}.
 */
public record SingleStainControl(String name, String primaryDetector, double[][] events) {
    public SingleStainControl {
        events = Columns.copy(events);
    }

    @Override
    public double[][] events() {
        return Columns.copy(events);
    }

    /** The live column, for this package's estimators (not handed out). */
    double[] column(int detector) {
        return events[detector];
    }

    int detectors() {
        return events.length;
    }
}
