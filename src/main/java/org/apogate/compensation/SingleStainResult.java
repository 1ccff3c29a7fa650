package org.apogate.compensation;

import java.util.List;

/**
 * A spillover matrix computed from single-stain controls, with per-control diagnostics and warnings
 * (e.g. detectors without a control, whose rows are left as identity).
 */
public record SingleStainResult(SpilloverMatrix matrix, List<Diagnostics> diagnostics, List<String> warnings) {
    public SingleStainResult {
        diagnostics = List.copyOf(diagnostics);
        warnings = List.copyOf(warnings);
    }

    /**
     * How one control was read: the primary-detector threshold that separated its positive events,
     * how many events were positive, how many negative reference events were used (unstained tube or
     * the control's own negatives), and the primary-detector medians of both populations.
     */
    public record Diagnostics(String control, String primaryDetector, double threshold, int positiveEvents,
            int negativeEvents, boolean negativesFromUnstained, double positiveMedian, double negativeMedian) {
    }
}
