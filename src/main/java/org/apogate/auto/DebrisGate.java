package org.apogate.auto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of {@link DebrisFinder}: cells are events with FSC-A >= {@code fscThreshold} (raw units;
 * ties are cells). {@code polygon} is the same region in raw FSC-A/SSC-A units, clipped to the
 * data range. {@code method} is "density-valley" or "none" (no debris cloud found: keeps all).
 */
public record DebrisGate(double fscThreshold, GatePolygon polygon, String method, double debrisFraction,
                         Map<String, Double> diagnostics) {
    public DebrisGate {
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    }

    /** Whether an event is a cell (not debris). */
    public boolean isCell(double fscA) {
        return fscA >= fscThreshold;
    }
}
