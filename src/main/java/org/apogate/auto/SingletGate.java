package org.apogate.auto;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of {@link SingletFinder}: singlets have {@code minRatio <= FSC-A/FSC-H <= maxRatio}
 * (bounds inclusive) and FSC-H > 0. {@code polygon} is that band in raw FSC-A (x) / FSC-H (y)
 * units. {@code enabled} is false when the gate was skipped (no height channel): then everything passes.
 */
public record SingletGate(boolean enabled, double minRatio, double maxRatio, GatePolygon polygon,
                          Map<String, Double> diagnostics, String warning) {
    public SingletGate {
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    }

    public static SingletGate skipped(String warning) {
        return new SingletGate(false, 0, Double.POSITIVE_INFINITY, null, Map.of(), warning);
    }

    public boolean isSinglet(double fscA, double fscH) {
        if (!enabled) {
            return true;
        }
        return fscH > 0 && fscA >= minRatio * fscH && fscA <= maxRatio * fscH;
    }
}
